"""Openers and letter frames before the question: "Dzień dobry, mam pytanie:", "wracając do tematu,",
"Dziękuję bardzo. A …", and a signature naming the office, which goes first as a statement.

Pure: no I/O, no state.
"""

from __future__ import annotations

import re

from bot.dialogue.parsing.answers import small_talk
from bot.dialogue.parsing.statements import statement_unit

# "wracając do …", "ok, wróćmy do …", "a wracając jeszcze do …": back to something said before (the
# acknowledgement before it included); the one lead the features share for it
BACK_TO = (
    r"(?:(?:ok|okej|dobra|dobrze|dzi[eę]ki|a|i|to|no)\W+)*(?:wracaj[aą]c|wr[oó][cć]my|wracam|wracamy)\s+"
    r"(?:(?:jeszcze|jednak|teraz|na\s+chwil[eę])\s+)?do\s+"
)
# Openers that carry no content: "wracając do tematu, a skanery?", "a tak w ogóle, do kiedy …?"
_OPENER = re.compile(
    # "wracając do cp – …", "wracając do gminy 3017042 – …": the programme or unit is the subject, only the
    # opener goes
    r"(?i)^\W*(?:(?:ok|okej|dobra|dobrze|no|dzi[eę]ki|dzi[eę]kuj[eę](?:\s+bardzo)?|szkoda|trudno|rozumiem|jasne|aha|super)"
    r"\W+)?(?:(?:a\s+|to\s+)?wracaj[aą]c\s+do(?=\s+(?:cg|cp|cs|cyfrow\w*|cyber\w*|gmin\w*|powiat\w*|miast\w*|wojew\w*|grant\w*|wylicze\w*|oblicze\w*)\b)|(?:a\s+)?wracaj[aą]c\s+do\s+(?:tematu|poprzedniego\s+(?:tematu|pytania)|wcze[sś]niejsz\w+\s+\w+|"
    r"sprawy|(?:tego|tej|te[jg]o|tych)\s+(?:temat\w*|pytani\w*|w[aą]tk\w*|spraw\w*|kwesti\w*|zagadnie\w*|rozmow\w*)|(?-i:[A-ZĄĆĘŁŃÓŚŹŻ])\w+(?=\s*[,:;.!–—-](?!\s*(?:a\s+)?(?:(?:u\s+nas|u\s+nich|my|nam|oni)\s+)?(?:ile|czy|jak\w*|kiedy|do\s+kiedy|gdzie|kto)\b))|(?:nas|siebie|naszego|naszej)(?=\s*[,:;.!–—-])(?!\s*[,:;–—-]?\s*(?:czyli\b|a\s+(?:w|we|z|ze)\s+[\w-]+(?:\s+[\w-]+)?\s*\??\s*$)))|a\s+tak\s+w\s+og[oó]le|(?:i\s+|a\s+)?jeszcze\s+jedno|przy\s+okazji|"
    r"mam\s+jeszcze\s+(?:jedno\s+)?pytanie|(?:i|a)\s+jeszcze\s+pytanie|btw|nawiasem\s+m[oó]wi[aą]c|"
    # "informatyk pyta – skaner …?", "skarbnik pyta, czy …": who in the office asks (no unit of their own) is no
    # part of the question
    r"(?:nasz\w*\s+|m[oó]j\s+|moja\s+)?(?:informatyk\w*|skarbnik\w*|sekretarz\w*|ksi[eę]gow\w*|szef\w*|prezes\w*|"
    r"koleg\w*|kole[zż]ank\w*|dyrektor\w*|kierownik\w*|audytor\w*|radn\w*)\s+pyta(?:j[aą])?(?:\s*[–—])?|"
    # "aha, to pomyliłam programy. ile w cyfrowym powiecie?": the slip owned, then the question
    r"(?:to\s+|czyli\s+)?(?:(?:si[eę]\s+)?pomyli[lł]\w*(?:\s+si[eę])?(?:\s+(?:program\w*|nazw\w*))?|moja\s+pomy[lł]ka|pomy[lł]ka)|"
    # "Sąsiednia gmina też pyta, ale najpierw my – ile …?": the others wait; the question is ours
    r"[^?–—]{0,60}?\bale\s+najpierw\s+(?:my|nas|o\s+nas|nasz\w*)(?:\s*[–—])?|"
    # greetings and polite formulas carry no content ("Dzień dobry, mam pytanie: …")
    r"dzie[nń]\s+dobry(?:\s+pa[nń]stwu|\s+pani|\s+panu)?|dobry\s+wiecz[oó]r|witam(?:\s+serdecznie|\s+pa[nń]stwa)?|"
    r"cze[sś][cć]|hej|halo|szanown\w+\s+pa[nń]stw\w*|mam\s+(?:takie\s+|kr[oó]tkie\s+)?pytanie|"
    r"uprzejmie\s+prosz[eę]\s+o\s+informacj[eę]|"
    # "to, co pisałeś o trwałości – dotyczy też CS?": the subject of an earlier answer, asked about again
    r"(?:a\s+)?(?:to|te|ta|tamto),?\s+co\s+(?:mi\s+)?(?:(?:wcze[sś]niej|przedtem)\s+)?"
    r"(?:na)?(?:pisa[lł]\w*|m[oó]wi[lł]\w*|powiedzia[lł]\w*|wspomina[lł]\w*|odpisa[lł]\w*)(?:\s+(?:wcze[sś]niej|przedtem))?\s+"
    r"(?:o|odno[sś]nie|na\s+temat)|"
    # thanks for the previous answer before the next question ("Dziękuję bardzo. A od kiedy …?")
    r"dzi[eę]kuj[eę](?:\s+bardzo|\s+serdecznie|\s+pi[eę]knie)?|dzi[eę]ki(?:\s+wielkie|\s+bardzo)?)\s*[,:;.!-]*\s+"
)


# A letter's closing and the signature after it: "Pozdrawiam, Jan Kowalski, Urząd Gminy w Sieradzu"
_SIGNATURE = re.compile(
    r"(?is)(?:^|[\s,.;!?])(?:z\s+powa[zż]aniem|z\s+wyrazami\s+szacunku|pozdrawiam\w*|pozdrowienia|pzdr)\W+(?P<who>[^?]+)$"
)


def without_opener(text: str) -> str:
    """The message without a content-free opener ("wracając do tematu, a skanery?" -> "a skanery?").

    >>> without_opener("wracajac do tematu, a skanery?")
    'a skanery?'
    >>> without_opener("a tak w ogóle do kiedy był nabór?")
    'do kiedy był nabór?'
    >>> without_opener("Dzień dobry! Mam pytanie: czy serwer jest kwalifikowalny?")
    'czy serwer jest kwalifikowalny?'
    >>> without_opener("Dzień dobry")
    'Dzień dobry'
    >>> without_opener("ok, a laptopy dla urzędników z tego cs można?")
    'a laptopy dla urzędników z tego cs można?'
    >>> without_opener("wracając do nas – a w cs?")  # "nas" is the subject of a bare follow-up: kept
    'wracając do nas – a w cs?'
    >>> without_opener("wracając do Kórnika – ile na doradztwo?")  # a question about that unit: kept
    'wracając do Kórnika – ile na doradztwo?'
    >>> without_opener("informatyk pyta – skaner do sekretariatu można z grantu?")
    'skaner do sekretariatu można z grantu?'
    >>> without_opener("to, co pisałeś o trwałości – dotyczy też CS?")
    'trwałości – dotyczy też CS?'
    """
    from knowledge.faq_split import without_letter

    if small_talk(text):
        return text  # "dziękuję, to wszystko": thanks, not an opener before a question
    signed = _SIGNATURE.search(text)
    if signed and text[: signed.start()].strip(" ,.") and statement_unit(signed.group("who").strip(" .")):
        # "… Z poważaniem, Jan Kowalski, Urząd Gminy w Sieradzu": who writes goes first, as a statement
        text = f"{signed.group('who').strip(' .')}. {text[: signed.start()].strip()}"
    first, end, rest = _first_sentence(text)
    if rest and statement_unit(first.strip(" .!")):
        # "Witam, tu UM Płock. Ile max …?": who writes is a statement the features read, not a letter's frame
        return f"{first}{end}{without_opener(rest)}"
    stripped = without_letter(text)  # "Szanowni Państwo, … Z poważaniem, Jan Nowak": the letter's frame
    for _ in range(3):  # "Dzień dobry, mam pytanie: wracając do tematu, …"
        shorter = _OPENER.sub("", stripped, count=1)
        if shorter == stripped:
            break
        stripped = shorter
    # "ok, a laptopy dla urzędników z tego cs można?": an acknowledgement before the follow-up is no part of it
    stripped = _ACK_BEFORE.sub("", stripped, count=1)
    return stripped if stripped.strip(" ?!.") else text


_ACK_BEFORE = re.compile(
    r"(?i)^\W*(?:ok|okej|okay|dobra|dobrze|aha|jasne|rozumiem|super|no\s+dobrze|no\s+to)\s*[,.!–—-]\s*(?=(?:a|i)\s+\S)"
)


def _first_sentence(text: str) -> tuple[str, str, str]:
    """(first sentence, the space after it, the rest); the rest is "" for one sentence."""
    parts = re.split(r"(?<=[.!])(\s+)", text.strip(), maxsplit=1)
    return (parts[0], parts[1], parts[2]) if len(parts) == 3 else (text, "", "")


# "a w cyfrowym powiecie? przeciez jestesmy tez powiatem": a short question, then why the user asks it
_REASON_AFTER = re.compile(
    r"(?is)^(?P<question>[^?]{2,80}\?)\s*(?:(?:[^\W\d]+\s+){0,2}przecie[zż]|bo|skoro|w\s+ko[nń]cu|no\s+bo)\b[^?]{0,120}[.!]?$"
)


# "a Nędza? wskaźnika nie znam", "a Rudnik? G nie mamy": the question, then that no G is known (the range answers it)
_NO_G_AFTER = re.compile(
    r"(?is)^(?P<question>[^?]{2,80}\?)\s*(?:ale\s+|a\s+)?(?:(?:tego\s+|ich\s+|jej\s+)?wska[zź]nik\w*(?:\s+G)?|G)\s+"
    r"(?:nie\s+(?:znam\w*|wiem\w*|mam\w*|podam\w*)|nieznan\w*)\W*$"
)


# "a cyberbezpieczny samorząd? też się możemy załapać?": a short follow-up, then the same asked again in other words
_SAME_ASKED_AGAIN = re.compile(
    r"(?is)^(?P<question>[^?]{2,60}\?)\s*(?:(?:a|i|czy|no)\s+)?(?:te[zż]\s+)?(?:si[eę]\s+)?"
    r"(?:mo[zż]emy|mo[zż]na|da\s+si[eę]|za[lł]apiemy|dostaniemy|przys[lł]uguje)(?:\s+(?:si[eę]\s+)?\w+)?\s*(?:nam\s+)?\?\s*$"
)


def without_reason(text: str) -> str:
    """A short question without the reason said after it: the question alone is what to answer.

    >>> without_reason("a w cyfrowym powiecie? przeciez jestesmy tez powiatem")
    'a w cyfrowym powiecie?'
    >>> without_reason("czy laptop przejdzie? bo nie wiem")
    'czy laptop przejdzie?'
    >>> without_reason("a w cyfrowym powiecie? jestesmy przeciez miastem na prawach powiatu")
    'a w cyfrowym powiecie?'
    >>> without_reason("a w cs? a w cp?"), without_reason("bo tak?")
    ('a w cs? a w cp?', 'bo tak?')
    >>> without_reason("a cyberbezpieczny samorzad? tez sie mozemy zalapac?")
    'ile dla nas w cs?'
    >>> without_reason("a laptop? tez mozemy kupic?")
    'a laptop? tez mozemy kupic?'
    >>> without_reason("a Nędza? wskaźnika nie znam")
    'a Nędza?'
    """
    match = _REASON_AFTER.match(text.strip()) or _NO_G_AFTER.match(text.strip())
    if match is None:
        from bot.dialogue.parsing.followups import follow_up

        again = _SAME_ASKED_AGAIN.match(text.strip())
        found = follow_up(again.group("question")) if again else None
        if again and found is not None and found.programme and not found.item:
            # "a cs? też się możemy załapać?": whether (and how much) the user's unit can get there
            return f"ile dla nas w {found.programme}?"
    return match.group("question") if match else text


# "wójt Bukowiny Tatrzańskiej pyta – z cg, G 1950, ile dostaniemy?": the head of a named unit asking through the user
# is a statement of that unit ("wójt Bukowiny Tatrzańskiej. …"), read as "jesteśmy z …" is
_HEAD_ASKS = re.compile(
    r"^\W*(?P<who>(?:w[oó]jt|burmistrz|prezydent|starosta)\w*\s+"
    r"(?:(?:gminy|miasta|powiatu|starostwa)\s+)?(?-i:[A-ZĄĆĘŁŃÓŚŹŻ])[\w-]+(?:\s+(?-i:[A-ZĄĆĘŁŃÓŚŹŻ])[\w-]+)?)"
    r"\s+pyta(?:j[aą])?\s*(?:[,:–—-]\s*)?(?P<rest>\S.*)$",
    re.IGNORECASE | re.DOTALL,
)


# "gmina Poronin pyta, czy też może wziąć z cyfrowego powiatu": another unit's question passed on – asked of that unit
_UNIT_ASKS_IF = re.compile(
    r"^\W*(?:a\s+)?(?P<unit>(?:gmina|powiat|miasto|starostwo)\s+(?-i:[A-ZĄĆĘŁŃÓŚŹŻ])[\w-]+(?:\s+(?-i:[A-ZĄĆĘŁŃÓŚŹŻ])[\w-]+)?)"
    r"\s+pyta(?:j[aą])?\W+czy\s+(?:te[zż]\s+|tak[zż]e\s+|r[oó]wnie[zż]\s+)?(?:mo[zż]e|mog[aą])\s+"
    r"(?:wzi[aą][cć]|dosta[cć]|skorzysta[cć]|startowa[cć]|aplikowa[cć]|z[lł]o[zż]y[cć]\s+wniosek|mie[cć])\b\s*(?P<rest>.*)$",
    re.IGNORECASE | re.DOTALL,
)


def asker_as_statement(text: str) -> str:
    """ "wójt Bukowiny Tatrzańskiej pyta – ile dostaniemy?" -> "wójt Bukowiny Tatrzańskiej. ile dostaniemy?"

    >>> asker_as_statement("wojt Bukowiny Tatrzanskiej pyta – z cyfrowej gminy, G 1950, ile dostaniemy?")
    'wojt Bukowiny Tatrzanskiej. z cyfrowej gminy, G 1950, ile dostaniemy?'
    >>> asker_as_statement("gmina Poronin pyta czy tez moze wziac z cyfrowego powiatu")
    'czy gmina Poronin może dostać grant z cyfrowego powiatu'
    >>> asker_as_statement("starosta tatrzanski pyta ile powiat dostaje")  # no name: as it was
    'starosta tatrzanski pyta ile powiat dostaje'
    """
    other = _UNIT_ASKS_IF.match(text)
    if other is not None:
        return f"czy {other.group('unit')} może dostać grant {other.group('rest')}".rstrip()
    said = _HEAD_ASKS.match(text)
    if said is None:
        return text
    return f"{said.group('who')}. {said.group('rest')}"


# "(a sąsiedzi pytają, ile oni mogą) z tego samego programu", "w tym programie": the programme talked about
_SAME_PROGRAMME = re.compile(
    r"(?i)\b(?:z|ze|w|we)\s+(?:tego|tym)\s+(?:samego\s+|samym\s+)?(?:programu|programie|konkursu|konkursie)\b"
)


def same_programme_named(text: str, name: str | None) -> str:
    """The programme meant by "z tego samego programu" named ("z programu Cyfrowa Gmina"), when one is in context.

    >>> same_programme_named("ile oni moga z tego samego programu", "Cyfrowa Gmina")
    'ile oni moga z programu Cyfrowa Gmina'
    >>> same_programme_named("ile oni moga z tego samego programu", None)
    'ile oni moga z tego samego programu'
    """
    if not name:
        return text
    return _SAME_PROGRAMME.sub(
        lambda m: (
            f"{m.group(0).split()[0]} programu {name}"
            if m.group(0).split()[0].lower() in ("z", "ze")
            else f"w programie {name}"
        ),
        text,
    )
