"""Pure text parsing for the conversation: commands, money, dates, programme names, TERYT codes,
grant requests, report parameters, follow-ups and statements. No I/O, no state: every function
takes a string and returns a value, so each is tested on its own.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass
from datetime import date
from decimal import Decimal, InvalidOperation

from knowledge.normalize import fold
from knowledge.number_words import ORDINALS_GENITIVE

# -- cleaning and commands --------------------------------------------------------------------------

# NUL, other controls and zero-width characters: a line of only these is an empty message.
_INVISIBLE = re.compile(r"[\x00-\x08\x0b-\x1f\x7f\u200b-\u200f\u2060\ufeff]")
# Markup pasted from web pages or other chats: "<b>Czy</b> laptop…" is the same question.
_TAG = re.compile(r"</?[A-Za-z][A-Za-z0-9-]*(?:\s[^<>]{0,200})?/?>")
_COMMAND = re.compile(r"^/([A-Za-z_ąćęłńóśźżĄĆĘŁŃÓŚŹŻ]+)(?:@\w+)?(?:\s+(.*))?$", re.DOTALL)


def clean(text: str) -> str:
    text = _INVISIBLE.sub("", text).strip()
    if "<" in text:
        text = " ".join(_TAG.sub(" ", text).split())
    return text


# Openers that carry no content: "wracając do tematu, a skanery?", "a tak w ogóle, do kiedy …?"
_OPENER = re.compile(
    # "wracając do cp – …", "wracając do gminy 3017042 – …": the programme or unit is the subject, only the
    # opener goes
    r"(?i)^\W*(?:(?:ok|okej|dobra|dobrze|no|dzi[eę]ki|dzi[eę]kuj[eę](?:\s+bardzo)?|szkoda|trudno|rozumiem|jasne|aha|super)"
    r"\W+)?(?:(?:a\s+)?wracaj[aą]c\s+do(?=\s+(?:cg|cp|cs|cyfrow\w*|cyber\w*|gmin\w*|powiat\w*|miast\w*|wojew\w*|grant\w*|wylicze\w*|oblicze\w*)\b)|(?:a\s+)?wracaj[aą]c\s+do\s+(?:tematu|poprzedniego\s+(?:tematu|pytania)|wcze[sś]niejsz\w+\s+\w+|"
    r"sprawy|(?:tego|tej|te[jg]o|tych)\s+\w+|\w+(?=\s*[,:;.!–—-]))|a\s+tak\s+w\s+og[oó]le|(?:i\s+|a\s+)?jeszcze\s+jedno|przy\s+okazji|"
    r"mam\s+jeszcze\s+(?:jedno\s+)?pytanie|(?:i|a)\s+jeszcze\s+pytanie|btw|nawiasem\s+m[oó]wi[aą]c|"
    # greetings and polite formulas carry no content ("Dzień dobry, mam pytanie: …")
    r"dzie[nń]\s+dobry(?:\s+pa[nń]stwu|\s+pani|\s+panu)?|dobry\s+wiecz[oó]r|witam(?:\s+serdecznie|\s+pa[nń]stwa)?|"
    r"cze[sś][cć]|hej|halo|szanown\w+\s+pa[nń]stw\w*|mam\s+(?:takie\s+|kr[oó]tkie\s+)?pytanie|"
    r"uprzejmie\s+prosz[eę]\s+o\s+informacj[eę]|"
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
    """
    from knowledge.faq_split import without_letter

    if small_talk(text):
        return text  # "dziękuję, to wszystko": thanks, not an opener before a question
    signed = _SIGNATURE.search(text)
    if signed and text[: signed.start()].strip(" ,.") and statement_unit(signed.group("who").strip(" .")):
        # "… Z poważaniem, Jan Kowalski, Urząd Gminy w Sieradzu": who writes goes first, as a statement
        text = f"{signed.group('who').strip(' .')}. {text[: signed.start()].strip()}"
    stripped = without_letter(text)  # "Szanowni Państwo, … Z poważaniem, Jan Nowak": the letter's frame
    for _ in range(3):  # "Dzień dobry, mam pytanie: wracając do tematu, …"
        shorter = _OPENER.sub("", stripped, count=1)
        if shorter == stripped:
            break
        stripped = shorter
    return stripped if stripped.strip(" ?!.") else text


def split_command(text: str) -> tuple[str, str] | None:
    """'/grant@grantbot 0201' -> ('grant', '0201') (name lower-cased, aliases not resolved)."""
    match = _COMMAND.match(text.strip())
    if not match:
        return None
    return match.group(1).lower(), (match.group(2) or "").strip()


# -- programmes -------------------------------------------------------------------------------------

# Every inflected form ("w Cyfrowej Gminie", "Cyfrowym Powiecie"), beyond the aliases in the rules.
_PROGRAMME_FORMS = {
    "cg": r"cyfrow\w*\s+g(?:mi|im|mn)\w*"
    # "odnośnie tej cyfrowej": the feminine adjective after a demonstrative is the nickname of Cyfrowa Gmina
    r"|(?<=\s)(?:tej|ta|t[eę]|t[aą])\s+cyfrow(?:ej|a|ą)(?=\s)"
    r"(?!\s+(?:p\w*|edukac\w*|transform\w*|us[lł]ug\w*|administrac\w*|kompeten\w*|dost[eę]p\w*))",
    "cp": r"cyfrow\w*\s+pow(?:i|a)\w*",  # "cyfrowy powat": a typo of an official
    # the adjective alone is the nickname ("my w cyberbezpiecznym"); the noun "cyberbezpieczeństwo" is
    # a topic of every programme, so it is not one
    "cs": r"cyber\w*\s+samorz\w*|cybersamorz\w*|cyberbezpieczn(?:y|ym|ego|emu)(?!\w)"
    # "to samo dla cyber", "a w cyberze?": the short nickname after a preposition ("szkolenie z cyber" is a topic)
    r"|(?<=\s)(?:dla|w|we)\s+cyber(?:ze|a)?(?=\s)",
}
_PROGRAMME_WORDS = (("cyber", "cs"), ("bezpiecz", "cs"), ("gmin", "cg"), ("powia", "cp"), ("powie", "cp"))


def programmes() -> dict:  # type: ignore[type-arg]
    """The programmes' rules, imported on first use (the CLI imports the command table at start-up)."""
    from knowledge.programmes import programmes as load

    return load()


def detect_programmes(text: str) -> list[str]:
    """Programme codes named in the text ('w CS', 'Cyfrowy Powiat'), in programme order."""
    folded = " " + re.sub(r"[^\w]+", " ", text.casefold()) + " "
    found = []
    for code_, programme in programmes().items():
        if re.search(_PROGRAMME_FORMS[code_.value], folded) or any(
            f" {alias.casefold()} " in folded for alias in programme.aliases
        ):
            found.append(code_.value)
    return found


def programme_from_arg(raw: str) -> str:
    """'/program 3', '/program cyberbezpieczny', '/program gmina' -> a code; else `raw` unchanged."""
    text = raw.strip().casefold()
    codes: list[str] = [str(c.value) for c in programmes()]  # menu order
    if text.isdigit() and 1 <= int(text) <= len(codes):
        return codes[int(text) - 1]
    named = detect_programmes(raw)
    if named:
        return named[0]
    if text in codes:
        return text
    words = re.findall(r"\w+", text)
    for prefix, code_ in _PROGRAMME_WORDS:
        if any(w.startswith(prefix) for w in words):
            return code_
    return raw


def strip_programmes(text: str, *, keep_if_empty: bool = True) -> str:
    """'0201 cs' -> '0201', 'Kościerzyna w Cyfrowej Gminie' keeps only the unit part.

    A text that is only a programme name comes back unchanged (or "" with keep_if_empty=False)."""
    result = f" {text} "
    for code_, programme in programmes().items():
        forms = [
            _PROGRAMME_FORMS[code_.value],
            *(re.escape(a) for a in sorted(programme.aliases, key=len, reverse=True)),
        ]
        for form in forms:
            result = re.sub(rf"(?i)(?<!\w)(?:(?:w|we|dla|z)\s+)?(?:{form})(?!\w)", " ", result)
    stripped = " ".join(result.split())
    return stripped or (text.strip() if keep_if_empty else "")


# -- numbers, money, dates --------------------------------------------------------------------------

_NUMBER = re.compile(r"(?<![\d,.])(\d{1,3}(?:[ \u00a0]\d{3})+|\d+)(?:[.,](\d{1,2}))?(?![\d])")
_CURRENCY = re.compile(r"\s*(zł|zl|pln)\.?$")


def _decimal(whole: str, fraction: str) -> Decimal | None:
    try:
        return Decimal(whole.replace(" ", "").replace("\u00a0", "") + ("." + fraction if fraction else ""))
    except InvalidOperation:
        return None


def parse_money(text: str) -> Decimal | None:
    """'1 523,45 zł' -> Decimal('1523.45'); None when there is no single clear number."""
    cleaned = text.strip().lower().removeprefix("g").strip(" =:")
    cleaned = _CURRENCY.sub("", cleaned)
    matches = _NUMBER.findall(cleaned)
    if len(matches) != 1 or _NUMBER.sub("", cleaned).strip():
        return None
    value = _decimal(*matches[0])
    return value if value is not None and value > 0 else None


def money_in(text: str) -> Decimal | None:
    """The one amount in a sentence ('kwota grantu wynosi 150 000,00 zł'); None for none or several."""
    without_dates = _DATE_NUMERIC.sub(" ", text)
    matches = _NUMBER.findall(without_dates)
    if len(matches) != 1:
        return None
    value = _decimal(*matches[0])
    return value if value is not None and value > 0 else None


_MONTHS = {
    "stycz": 1,
    "luty": 2,
    "lut": 2,
    "marz": 3,
    "marc": 3,
    "kwiet": 4,
    "kwiec": 4,
    "maj": 5,
    "czerw": 6,
    "lip": 7,
    "sierp": 8,
    "wrze": 9,
    "paźdz": 10,
    "pazdz": 10,
    "listop": 11,
    "grud": 12,
}


def month_of(word: str) -> int | None:
    """The month a (lower-case) month word names in any case: 'stycznia' -> 1, 'pazdziernika' -> 10."""
    return next((n for prefix, n in _MONTHS.items() if word.startswith(prefix)), None)


_DATE_NUMERIC = re.compile(r"\b(\d{1,2})[./-](\d{1,2})[./-](\d{4})\b|\b(\d{4})-(\d{2})-(\d{2})\b")
_DATE_WORDS = re.compile(r"\b(\d{1,2})\s+([a-ząćęłńóśźż]+)\s+(\d{4})\b", re.IGNORECASE)


# "trzydziestego czerwca 2026", "dwudziestego pierwszego marca 2025": the day as an ordinal word
_ORDINAL_DAYS = ORDINALS_GENITIVE


def _year(text: str) -> int | None:
    """'2026 r.' or 'dwa tysiące dwudziestego trzeciego roku' at the start of the text -> the year."""
    first = text.split()[:1]
    if first and first[0].isdigit():
        return int(first[0]) if len(first[0]) == 4 else None
    from extractors.parse.numbers import amount_in_words
    from knowledge.normalize import fold

    words = text.split()
    for end in range(len(words), 1, -1):  # the longest run of number words that is a year
        value = amount_in_words(" ".join(words[:end]))
        if value is None:
            continue
        # "dwa tysiące dwudziestego czwartego (roku)": the ordinal rest of the year
        ordinals = [_ORDINAL_DAYS.get(fold(w)) for w in words[end : end + 2]]
        value += sum(o for o in ordinals[: len(ordinals)] if o is not None) if ordinals and ordinals[0] else 0
        if ordinals and ordinals[0] is None and re.fullmatch(r"\w+ego", fold(words[end])):
            return None  # an ordinal we cannot read: no year rather than a wrong one
        return int(value) if 2000 <= value <= 2100 else None
    return None


def _ordinal_day(words: list[str]) -> int | None:
    from knowledge.normalize import fold

    values = [_ORDINAL_DAYS.get(fold(w)) for w in words if w]
    if not values or None in values:
        return None
    tens, *units = values
    if units and (tens not in (20, 30) or units[0] is None or units[0] > 9):  # "dwudziestego pierwszego"
        return None
    return int(tens or 0) + int(units[0] or 0) if units else tens


def _date_in_ordinal_words(text: str) -> date | None:
    """'trzydziestego czerwca 2026', 'trzydziestego pierwszego grudnia dwa tysiące dwadzieścia trzy' -> the date."""
    words = re.findall(r"[\w]+", text.casefold())
    for at, word in enumerate(words):
        month = month_of(word)
        if month is None or at == 0:
            continue
        day = _ordinal_day(words[max(0, at - 2) : at]) if at >= 2 else None
        if day is None:
            day = _ordinal_day(words[at - 1 : at])
        year = _year(" ".join(words[at + 1 : at + 5]))
        if day is not None and year is not None:
            try:
                return date(year, month, day)
            except ValueError:
                return None
    return None


def parse_date(text: str) -> date | None:
    """'30.06.2025', '2025-06-30', '30 czerwca 2025', 'trzydziestego czerwca 2025' -> date; None when absent
    or impossible.

    >>> parse_date("koniec projektu mamy trzydziestego czerwca 2026"), parse_date("dwudziestego pierwszego maja 2025")
    (datetime.date(2026, 6, 30), datetime.date(2025, 5, 21))
    """
    match = _DATE_NUMERIC.search(text)
    try:
        if match:
            if match.group(1):
                return date(int(match.group(3)), int(match.group(2)), int(match.group(1)))
            return date(int(match.group(4)), int(match.group(5)), int(match.group(6)))
        match = _DATE_WORDS.search(text)
        if match:
            word = match.group(2).casefold()
            month = month_of(word)
            if month is not None:
                return date(int(match.group(3)), month, int(match.group(1)))
    except ValueError:
        return None
    return _date_in_ordinal_words(text)


# -- grants -----------------------------------------------------------------------------------------

_GRANT_WORDS = re.compile(
    r"\b(grant\w*|dofinansowan\w*|dotacj\w*|kwot\w*|ile\s+(?:(?:maksymalnie|max|maks|najwi[eę]cej|razem|[lł][aą]cznie)\s+)?"
    r"(?:pieni\w+|dostani\w+|dostanie|dostaniemy|dostan[aą]|dosta[lł]\w*by|"
    r"otrzyma\w*|przysługuje|wynosi|mo[zż]e\s+dosta\w*|mo[zż]emy\s+dosta\w*|nam\s+si[eę]\s+nale[zż]y|"
    r"si[eę]\s+nam\s+nale[zż]y|nale[zż]y\s+(?:si[eę]\s+)?nam))\b",
    re.IGNORECASE,
)
_UNIT_AFTER = re.compile(
    r"\b(?:dla|w|we)\s+((?:gmin\w*|powiat\w*|miast\w*|wojew[oó]dztw\w*|jst)\b.*|\d[\d\s-]{1,12}\d)$",
    re.IGNORECASE,
)
_UNIT_WORD = re.compile(r"\b((?:gmin[aey]?|gminie|powiat\w*|miast[oau]?|wojew[oó]dztw\w*)\s+\S.*)$", re.IGNORECASE)
_AMOUNT_CONTEXT = re.compile(
    r"(?i)(?:\b(?:grant\w*|kwot\w*|bud[zż]et\w*)\s+(?:to|wynosi\w*|ma|mamy|=)\s*\d|\d\s*(?:z[lł]\b|pln\b|z[lł]otych)|%|procent)"
)
_NAMED_CODE = re.compile(
    r"(?i)\b(?:teryt|kod\w*(?:\s+teryt)?)\s*(?:nr\.?\s*)?[:=]?\s*(\d{2}(?:\d{2}(?:\d{2,3})?)?)(?!\d)"
)
# "ile grantu dla Suwałki?": a bare name after "dla" (checked against the register before it is used)
BARE_NAME_AFTER = re.compile(r"(?i)\bdla\s+([^\d\s?!.,]\S*(?:\s+[^\d\s?!.,]\S*){0,2})\s*$")
CODE_ONLY = re.compile(r"^\d{2}(?:[\s-]?\d{2}(?:[\s-]?\d{2,3}[\s-]?\d?)?)?$")
# "wskaźnik G u nas wynosi 1950", "G naszej gminy na 2021 r. to …": whose G, and for which year
_G_OWNER = (
    r"(?:\s+(?:u\s+nas|dla\s+nas|nasz\w*(?:\s+gminy)?|tej\s+gminy|gminy|miasta|(?:na|za|w|z)\s+2021(?:\s*r\.?)?)){0,2}"
)
_G_VALUE = re.compile(
    r"(?i)(?:\bwska[zź]nik\w*\s+G\b|(?<![\w])G(?![\w]))"
    + _G_OWNER
    + r"\s*(?:=|:|wynosi|wynosi[lł]\b|to\s+jest|to|jest|ma|mamy|maj[aą]|mieli[sś]my|równa\s+si[eę]|"
    # "a gdyby G było 2100?", "jakby G wynosiło 2500": a G supposed
    r"by[lł]o(?:by)?|wynosi[lł]o(?:by)?|b[eę]dzie|mia[lł]o(?:by)?)?"
    # "wskaźnik G wynosił u nas 1 812,40 zł": whose after the verb
    r"(?:\s+(?:u|dla)\s+(?:nas|nich))?\s*"
    r"(\d{1,3}(?:[ \u00a0]\d{3})+(?:[.,]\d{1,2})?|\d+(?:[.,]\d{1,2})?)\s*(?:zł|zl|pln)?"
)


# "G wynosi tysiąc dziewięćset osiem": the value in words (only number words may follow)
_G_WORDS = re.compile(
    r"(?i)(?:\bwska[zź]nik\w*\s+G\b|(?<![\w])G(?![\w]))"
    + _G_OWNER
    + r"\s*(?:[=:]|(?:wynosi|to\s+jest|to|jest|mamy|ma|maj[aą]|r[oó]wna\s+si[eę])\b)?\s*"
    # "… złotych równo", "… zł dokładnie": a word that only stresses the figure
    r"([^\W\d_][\w\s]*?)(?:\s+(?:r[oó]wno|dok[lł]adnie|okr[aą]g[lł]e|netto))?\s*[.!]?$"
)


_SPACED_CODES = (
    # "22 06 03 2", "22-06-03-2": a gmina's code as TERYT prints it (woj, powiat, gmina, kind)
    re.compile(r"(?<![\d,.])(\d{2})[ -](\d{2})[ -](\d{2})[ -](\d)(?![\d,.])"),
    # "0201-011", "30 12 011", "2206 032" after a word that names a code
    re.compile(r"(?<![\d,.])(\d{4})-(\d{3})(?![\d,.])"),
    re.compile(r"(?<![\d,.])(\d{2})[ -](\d{2})[ -](\d{3})(?![\d,.])"),
    re.compile(r"(?i)(?<=teryt )(\d{4}) (\d{3})(?![\d,.])"),
)


def joined_codes(text: str) -> str:
    """TERYT codes typed in groups, joined: 'dla gminy Karsin (22 06 03 2)' -> '… (2206032)', '0201-011' -> '0201011'.

    Amounts keep their groups: '1 500 000' has groups of three after the first.
    >>> joined_codes("ile w cg dla 0201-011?"), joined_codes("gminy Karsin (22 06 03 2)"), joined_codes("1 500 000 zł")
    ('ile w cg dla 0201011?', 'gminy Karsin (2206032)', '1 500 000 zł')
    """
    for pattern in _SPACED_CODES:
        text = pattern.sub(lambda m: "".join(m.groups()), text)
    return text


_UNIT_ABBREVIATIONS = (
    (re.compile(r"(?<![\w.])m\.\s*(?=[A-ZĄĆĘŁŃÓŚŹŻ])"), "miasto "),  # "m. Płock", "m.st. Warszawa" stays
    (re.compile(r"(?i)(?<![\w.])gm\.\s*"), "gmina "),
    (re.compile(r"(?i)(?<![\w.])pow\.\s*(?=[a-ząćęłńóśźż])"), "powiat "),
    (re.compile(r"(?i)(?<![\w.])woj\.\s*(?=[a-ząćęłńóśźż])"), "województwo "),
)


def expanded_units(text: str) -> str:
    """Abbreviated unit words written out: 'm. Płock' -> 'miasto Płock', 'gm. Karsin', 'pow. kościerski'.

    >>> expanded_units("m. Płock – ile w cp?"), expanded_units("gm. Karsin i pow. kościerski")
    ('miasto Płock – ile w cp?', 'gmina Karsin i powiat kościerski')
    """
    for pattern, words in _UNIT_ABBREVIATIONS:
        text = pattern.sub(words, text)
    return text


def grant_query(text: str) -> str | None:
    """The unit part of a grant request ('Ile wynosi grant dla gminy Kościerzyna?'), or None."""
    stripped = text.strip().rstrip("?!. ")
    if CODE_ONLY.match(stripped):
        return stripped
    # "ile dla 3003?", "a ile dla 2206042": a code straight after "ile … dla"
    short_code = re.search(
        r"(?i)^\W*(?:a\s+)?ile\b.{0,20}?\bdla\s+(\d{2}|\d{4}|\d{6,7})"
        r"(?:\s+(?:w|we|z|ze)\s+(?:c[gps]|cyfrow\w*(?:\s+\w+)?|cyber\w*(?:\s+\w+)?))?$",  # "ile dla 1419 w cp"
        stripped,
    )
    if short_code:
        return short_code.group(1)
    # "kod teryt 300301, ile w cyberbezpiecznym?": a code named as one, in a question about amounts
    named_code = _NAMED_CODE.search(stripped)
    if named_code and re.search(r"(?i)\bile\b", stripped):
        return named_code.group(1)
    # "sprawdź kod 3022053 w cyfrowej gminie", "policz dla 3022": a request for a unit's grant by its code
    check = re.match(
        r"(?i)^\W*(?:sprawd[zź]|policz|poka[zż]|oblicz)\w*\s+(?:(?:grant\w*|kwot\w*)\s+)?(?:dla\s+)?"
        r"(?:kod\w*\s+)?(?:teryt\s*)?:?\s*(\d{7}|\d{4}|\d{2})\b",
        stripped,
    )
    if check:
        return check.group(1)
    if not _GRANT_WORDS.search(stripped):
        return None
    match = _UNIT_AFTER.search(stripped)
    if match:
        return match.group(1).strip()
    # "powiat o kodzie teryt 2206", "kod TERYT: 2206042": a code of any level, named as one
    named_code = _NAMED_CODE.search(stripped)
    if named_code:
        return named_code.group(1)
    # A 6–7 digit number cannot be a year in such a question: a gmina code — unless it is said to be an
    # amount ("jeśli grant to 300000", "300000 zł", "5 % z 300000").
    code_match = re.search(r"(?<![\d,.])(\d{6,7})(?![\d,.])", stripped)
    if code_match and not _AMOUNT_CONTEXT.search(stripped):
        return code_match.group(1)
    # "ile dostanie gmina Kościerzyna": the unit follows a level word anywhere after the grant words.
    after = stripped[_GRANT_WORDS.search(stripped).end() :]  # type: ignore[union-attr]
    match = _UNIT_WORD.search(strip_programmes(after)) if after.strip() else None
    if match and len(match.group(1).split()) >= 2:
        return match.group(1).strip()
    # "ile może dostać Gniezno w cyfrowej gminie?": a capitalised name right after the grant words
    # "ile dostałyby Brzeziny w wielkopolsce?": the name may carry its region
    bare = re.match(
        r"\s*((?:[A-ZĄĆĘŁŃÓŚŹŻ][\w-]+)(?:\s+[A-ZĄĆĘŁŃÓŚŹŻ][\w-]+){0,2}(?:\s+(?:w|we|z|ze)\s+[\w-]+)?)\s*$",
        strip_programmes(after),
    )
    return bare.group(1) if bare else None


# whose G it is, between "G" and its value: "G dla nich 1998,22", "G dla gminy Pszczyna: 1900"
_G_FOR_WHOM = re.compile(
    r"\bG\s+(?:dla|u)\s+[^\d=:,?]{2,50}?\s*(?:=|:|\bto\b|\bwynosi\b|\bjest\b|\bma\b|(?=\d))\s*", re.IGNORECASE
)


def g_value(text: str) -> Decimal | None:
    """'G wynosi 1908,88', 'G=1873,91', 'wskaźnik G to 1 523,45 zł' -> the value; else None.

    >>> g_value("wskaznik G mamy tysiac dziewiecset osiem zl 88 gr")
    Decimal('1908.88')
    """
    match = _G_VALUE.search(text) or _G_VALUE.search(_G_FOR_WHOM.sub("G = ", text, count=1))  # "G dla nich 1998,22"
    if not match:
        words = _G_WORDS.search(text)
        if words:
            from extractors.parse.numbers import amount_in_words

            value = amount_in_words(words.group(1))
            return value if value is not None and value > 0 else None
        return None
    number = _NUMBER.fullmatch(match.group(1).strip())
    if not number:
        return None
    value = _decimal(number.group(1), number.group(2) or "")
    return value if value is not None and value > 0 else None


# "nie, przepraszam, źle przeczytałam – tysiąc dziewięćset", "sorry, pomyłka: 1900": a figure corrected
_CORRECTING = re.compile(
    r"(?i)^\W*(?:(?:nie|sorry|sory|przepraszam|pardon|oj|ups|jednak|poprawka|korekta|pomy[lł]k\w*|"
    r"pomyli[lł]\w*(?:\s+si[eę])?|[zź]le\s+\w+|[zź]le|b[lł][aą]d|mia[lł]o\s+by[cć])\b\W*)+"
)
_TO_BE = re.compile(
    r"(?i)^(?:a\s+)?(?:(?:g|wska[zź]nik\w*(?:\s+g)?)\s+)?(?:(?:to|jest|wynosi|ma\s+by[cć]|powinno\s+by[cć])\s+)*"
)


def corrected_value(text: str) -> Decimal | None:
    """The figure of a correction that says nothing else: 'nie, źle przeczytałam – tysiąc dziewięćset' -> 1900.

    >>> corrected_value("nie, przepraszam, źle przeczytałam – tysiąc dziewięćset")
    Decimal('1900.00')
    >>> corrected_value("sorry, pomyłka: G to 1 873,91"), corrected_value("nie, chodziło mi o powiat")
    (Decimal('1873.91'), None)
    """
    lead = _CORRECTING.match(text)
    if lead is None or not lead.group(0).strip(" ,.!–-:"):
        return None
    tail = _TO_BE.sub("", text[lead.end() :].strip(" ,.!?–—-:;")).strip()
    return g_value(f"G {tail}") if tail else None


# "wskaźnik G dla Świnoujścia to 2048,22", "dla Bobowej G = 1948,22", "G u nich (Ustka) 1950": whose G it is
_G_FOR_UNIT = (
    re.compile(r"(?i)\bG\s+(?:dla|u)\s+(?P<unit>[^\d=:,?]{3,50}?)\s*(?:=|:|\bto\b|\bwynosi\b|\bjest\b|\bma\b|(?=\d))"),
    re.compile(r"(?i)^\W*(?:a\s+|i\s+|ok\W+)?(?:dla|u)\s+(?P<unit>[^\d=:,?]{3,50}?)\s*,?\s*(?:wska[zź]nik\w*\s+)?G\b"),
)


def g_unit(text: str) -> str | None:
    """The unit a G is given for, when the message names it: 'G dla Kobylnicy to 2048,22' -> 'Kobylnicy'."""
    for pattern in _G_FOR_UNIT:
        match = pattern.search(text)
        if match and not re.fullmatch(
            r"(?i)(?:nas|nich|niej|niego|tej\s+gminy|gminy|miasta|nas\s+\w+)", match.group("unit")
        ):
            return match.group("unit").strip()
    return None


def without_g(text: str) -> str:
    if not _G_VALUE.search(text) and _G_VALUE.search(_G_FOR_WHOM.sub("G = ", text, count=1)):
        text = _G_FOR_WHOM.sub("G = ", text, count=1)  # "G dla nich 1998,22": the owner goes with the value
    rest = _G_VALUE.sub(" ", text)
    if g_value(rest) is not None:  # the value in words
        rest = _G_WORDS.sub(" ", rest)
    return " ".join(rest.split())


def teryt_in(text: str) -> str | None:
    """A 2-, 4- or 7-digit TERYT code standing alone in the text."""
    match = re.search(r"(?<![\d,.])(\d{7}|\d{4}|\d{2})(?![\d,.])", text)
    return match.group(1) if match else None


# -- report parameters ------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class ReportParams:
    project_end: date | None = None
    grant_amount: Decimal | None = None
    vat_recoverable: bool | None = None

    def __bool__(self) -> bool:
        return any(v is not None for v in (self.project_end, self.grant_amount, self.vat_recoverable))


_QUESTION = re.compile(r"(?i)^\W*(?:czy|ile|jak\w*|kiedy|do\s+kiedy|gdzie|co|dlaczego|czemu|jaki\w*)\b|\?\s*$")
_END_WORDS = re.compile(
    r"(?i)\b(?:koni?ec|zako[nń]cz\w*|ko[nń]czy\w*|termin\w*\s+realizacji|realizuj\w*\s+do|trwa\s+do)\b"
)
_AMOUNT_WORDS = re.compile(
    r"(?i)\b(?:kwot\w*\s+(?:grantu|dofinansowania|przyznan\w*)|przyzna\w*|otrzyma\w*|dostali\w*|dosta[lł]\w*|"
    r"grant\s+(?:wynosi|to|w\s+wysoko[sś]ci|na\s+kwot\w*|:)|wysoko[sś][cć]\s+grantu|umow\w*\s+na)\b"
)
_VAT_NOT = re.compile(
    r"(?i)\b(?:nie\s+(?:mo[zż]emy\s+|mamy\s+prawa\s+)?(?:odlicza\w*|odzyskuj\w*|odzyska\w*|odlicz\w*)|"
    r"bez\s+(?:prawa\s+do\s+)?odliczeni\w*|nie\s+jeste[sś]my\s+(?:czynnym\s+)?podatnikiem|"
    r"vat\s+(?:jest\s+)?(?:kosztem\s+)?kwalifikowaln\w*|vat\s+nie\s+(?:jest\s+)?(?:do\s+)?(?:odzyskani|odliczeni)\w*|"
    r"nieodzyskiwaln\w*|niepodlegaj\w*\s+odliczeni\w*)"
)
_VAT_YES = re.compile(
    r"(?i)\b(?:(?:mo[zż]emy\s+|mamy\s+prawo\s+)?(?:odliczamy|odzyskujemy|odliczy[cć]|odzyska[cć])|"
    r"vat\s+(?:jest\s+)?(?:do\s+)?(?:odzyskani|odliczeni)\w*|odzyskiwaln\w*|vat\s+(?:jest\s+)?niekwalifikowaln\w*|"
    r"jeste[sś]my\s+(?:czynnym\s+)?podatnikiem)"
)


# The words an official puts before the granted amount, and what may stand between them and the amount.
_GRANT_AMOUNT_WORDS = (
    r"kwot\w*(?:\s+(?:grantu|dofinansowania|przyznan\w*))?|grant\w*|dofinansowani\w*|przyzna\w*|"
    r"otrzyma\w*|dostali\w*|dosta[lł]\w*"
)
_BEFORE_AMOUNT = r"(?:\s*(?:wynosi|to|w\s+wysoko[sś]ci|na\s+kwot\w*|mamy|:|-|–|=))*\s*"
_AMOUNT_AFTER = re.compile(
    rf"(?i)\b(?:{_GRANT_AMOUNT_WORDS}|umow\w*\s+na){_BEFORE_AMOUNT}"
    r"(?P<num>\d{1,3}(?:[ \u00a0.]\d{3})+(?:,\d{1,2})?|\d+(?:[.,]\d{1,2})?)\s*"
    r"(?P<mult>tys(?:i[aąeę]c\w*)?\.?|k(?!\w)|mln\.?|milion\w*)?"
)


# "kwota grantu to trzysta tysięcy (złotych)": the amount in words after a grant word, up to the clause's end
_WORDS_AFTER = re.compile(rf"(?i)\b(?:{_GRANT_AMOUNT_WORDS}){_BEFORE_AMOUNT}(?P<words>[^\W\d_][^,;.?!\d]*)")


def _amount_in_words_after(text: str) -> Decimal | None:
    """'kwota grantu to trzysta tysięcy' -> 300000 (only number words, and zł, may follow the grant word)."""
    match = _WORDS_AFTER.search(text)
    if match is None:
        return None
    from extractors.parse.numbers import amount_in_words

    value = amount_in_words(match.group("words").strip())
    return value if value is not None and value >= 1000 else None


def amount_after_words(text: str) -> Decimal | None:
    """The amount right after a grant word: 'grant 200 tys' -> 200000, 'kwota grantu: 1,2 mln zł'.

    >>> amount_after_words("projekt kończy się 30 czerwca 2026, grant 200 tys, vat odliczamy")
    Decimal('200000')
    >>> amount_after_words("dostaliśmy 1,2 mln zł")
    Decimal('1200000.0')
    >>> amount_after_words("kwota grantu 150 000,00 zł")
    Decimal('150000.00')
    """
    match = _AMOUNT_AFTER.search(text)
    if match is None:
        return _amount_in_words_after(text)
    from extractors.parse.numbers import parse_amount  # the one parser of Polish amounts

    raw = match.group("num")
    value = parse_amount(raw)
    if value is None:
        return None
    mult = (match.group("mult") or "").casefold()
    if not mult and re.fullmatch(r"(?:19|20)\d\d", raw):
        return None  # "grant 2024": a year, not an amount
    if mult.startswith(("tys", "k")):
        value *= 1000
    elif mult.startswith(("mln", "milion")):
        value *= 1_000_000
    return value if value > 0 else None


def report_params(text: str) -> ReportParams:
    """Settlement parameters stated in plain words; empty when the text states none.

    'koniec projektu mamy 30.06.2025', 'kwota grantu 150000', 'VAT odzyskujemy', 'nie odliczamy VAT'.
    A question ('czy VAT jest kwalifikowalny?') states nothing.
    """
    if _QUESTION.search(text.strip()):
        return ReportParams()
    end = parse_date(text) if _END_WORDS.search(text) else None
    amount = amount_after_words(text)
    if amount is None and re.search(r"(?i)\b(?:tysi[eę]c\w*|milion\w*|stu|dwustu|trzystu|czterystu|\w+set)\b", text):
        from knowledge.faq_numbers import digits_for_number_words

        # "grant w wysokości stu pięćdziesięciu tysięcy złotych": number words in any case, as digits
        amount = amount_after_words(digits_for_number_words(text))
    if amount is None and (_AMOUNT_WORDS.search(text) or re.search(r"(?i)\bkwot\w*\s+grant\w*", text)):
        amount = money_in(_DATE_NUMERIC.sub(" ", text))
    vat: bool | None = None
    if re.search(r"(?i)\bvat\b|podatnik", text):
        if _VAT_NOT.search(text):
            vat = False
        elif _VAT_YES.search(text):
            vat = True
    return ReportParams(end, amount, vat)


# -- follow-ups and statements ----------------------------------------------------------------------

_QUESTION_WORDS = re.compile(
    r"(?i)\b(?:czy|ile|jak|jaki\w*|kiedy|kto|co|gdzie|dlaczego|czemu|sk[aą]d|po\s+co|mo[zż]na|trzeba|musimy)\b"
)
_LEVELS = {"gmin": "gmina", "powiat": "powiat", "powiec": "powiat", "wojew": "województwo"}


@dataclass(frozen=True, slots=True)
class FollowUp:
    """What an elliptical message changes relative to the previous turn."""

    programme: str | None = None  # "a w cs?"
    level: str | None = None  # "a dla powiatu?"
    item: str | None = None  # "a laptop?"
    question: str | None = None  # "a jak nie zdążymy?": a new question leaning on the previous one
    net: bool = False  # "ile to netto?"
    amount: bool = False  # "a w cs ile?": the grant amount in that programme, not the previous question


# "a w cyfrowej gminie jest coś podobnego?", "a w cp tak samo?": the previous question, another programme
_SAME_THERE = re.compile(
    r"(?:(?:czy\s+)?(?:jest|bedzie|będzie|tez\s+jest|też\s+jest|istnieje|obowiazuje|obowiązuje)\s+)?"
    r"(?:co[sś]\s+podobn\w*|to\s+samo|tak\s+samo|podobnie|analogicznie|te[zż]|r[oó]wnie[zż]|"
    r"podobn\w*\s+(?:zasad\w*|wym[oó]g\w*|obowi[aą]z\w*))"
)


_HOW_MUCH = re.compile(
    r"ile(?:\s+(?:tam|tu|by[lł]oby|by\s+by[lł]o|b[eę]dzie|wyjdzie|dostaniemy|mo[zż]emy\s+dosta[cć]|mamy|jest))?"
    # "a w cg ile maksymalnie?", "cp – od ilu do ilu?", "jaki przedział?": the amount there
    r"(?:\s+(?:maksymalnie|maks\.?|max|najwy[zż]ej|najwi[eę]cej|minimalnie|min\.?|najmniej))?"
    r"|(?:to\s+)?od\s+ilu\s+do\s+ilu|jaki\s+(?:jest\s+)?(?:przedzia[lł]|zakres|grant)|jaka\s+(?:jest\s+)?kwota"
    r"|ile\s+(?:wynosi\s+)?(?:grant\w*|kwota)"
)


_SAME_WORDS = {"tez", "też", "tak", "samo", "podobnie", "również", "rowniez", "analogicznie"}
# "a w cg te dwa?", "a w cp obie?": the things just judged, in another programme
_SAME_WORDS |= {"dwa", "dwie", "trzy", "oba", "obie", "obydwa", "obydwie", "je", "one", "wszystkie"}
# "a gdyby to było w cp?": the same thing supposed in another programme
_SAME_WORDS |= {"gdyby", "jakby", "jezeli", "jeżeli", "jesli", "jeśli"}
_SAME_FILLERS = {
    "czy",
    "jest",
    "to",
    "obowiązuje",
    "obowiazuje",
    "działa",
    "dziala",
    "będzie",
    "bedzie",
    "wygląda",
    "wyglada",
    "było",
    "bylo",
    "sa",
    "są",
    "tam",
    "u",
    "nich",
    "te",
    "ten",
    "ta",
    "rzeczy",
    "pozycje",
    "zakupy",
}


def _same_in_words(remainder: str) -> bool:
    """'też tak jest', 'tak samo jest', 'czy tam też obowiązuje': the same question in another programme."""
    words = remainder.split()
    return (
        1 <= len(words) <= 5
        and any(w in _SAME_WORDS for w in words)
        and all(w in _SAME_WORDS or w in _SAME_FILLERS for w in words)
    )


# "ok, to ile w cp?", "dobra, a w cs?": an acknowledgement before the follow-up does not change it
_LEAD_FILLER = re.compile(
    r"(?i)^(?:(?:ok|okej|oki|dobra|dobrze|no|aha|acha|rozumiem|jasne|super|dzi[eę]ki)\b[,.!]?\s+)*"
    r"(?:(?:to\s+)?w\s+takim\s+razie\s+|to\s+(?=ile\b))?"
)


_MEANT = re.compile(
    r"(?:(?:nie|sorry|sory|przepraszam|pomy[lł]ka|nie\s+o\s+to\s+(?:pyta[lł]\w*|(?:mi|nam)\s+chodzi[lł]o))\W+)*"
    r"(?:chodzi(?:[lł]o)?\s+(?:mi|nam)?\s*o|pytam\s+o|pyta[lł]\w*\s+o)\s+(.+)"
)


# "pytałem o ten powiatowy", "chodzi o ten gminny": the programme by its kind of unit, said of a programme
_PROGRAMME_BY_LEVEL = re.compile(r"(?:ten|tamten|t[eę]|program)?\s*(?P<level>powiatow\w*|gminn\w*)(?:\s+program\w*)?")


def meant_programme(text: str) -> str | None:
    """'chodzi mi o cs', 'pytałem o cyfrowy powiat' -> the programme the user meant, nothing else said."""
    meant = _MEANT.fullmatch(" ".join(text.strip().rstrip("?!.").split()).casefold())
    by_level = _PROGRAMME_BY_LEVEL.fullmatch(meant.group(1).strip()) if meant else None
    if by_level is not None:
        return "cp" if by_level.group("level").startswith("powiat") else "cg"
    named = detect_programmes(meant.group(1)) if meant else []
    if meant and len(named) == 1 and not strip_programmes(meant.group(1), keep_if_empty=False):
        return named[0]
    return None


# "by przeszły", "też przejdą", "to byłoby kwalifikowalne": the verdict on the same thing asked again
_VERDICT_WORD = re.compile(
    r"(?:przesz[lł]\w*|przeszed[lł]\w*|przejd\w*|przechodz\w*|wesz[lł]\w*|wszed[lł]\w*|wejd\w*|wchodz\w*|"
    r"kwalifik\w*|dozwolon\w*|finansowan\w*|sfinansuj\w*|ok|okej|zaliczon\w*|uznan\w*|uzna\w*|"
    # "a w cs byłyby?" (would they be – eligible), "by się załapał", "łapie się"
    r"by[lł](?:by|oby|yby|aby)|za[lł]ap\w*|[lł]api\w*|[lł]apa\w*)"
)
_VERDICT_FILLER = re.compile(
    r"(?:a|czy|by|to|te|ten|ta|tym|tej|tamtym|tamtej|one|on|ona|ono|one|te[zż]|tam|si[eę]|by[lł]\w*|s[aą]|jest|nie|mog[aą]|mo[zż]e|"
    r"mo[zż]na|tak|samo|wtedy|rowniez|również|dalej|nadal)"
)


def _same_verdict(remainder: str) -> bool:
    words = remainder.split()
    return (
        0 < len(words) <= 5
        and any(_VERDICT_WORD.fullmatch(w) for w in words)
        and all(_VERDICT_WORD.fullmatch(w) or _VERDICT_FILLER.fullmatch(w) for w in words)
    )


_CAN = re.compile(r"mo[zż]emy|mo[zż]na|mo[zż]e|mog[aą]|mo[zż]ecie|wolno|da\s+si[eę]")
_CAN_FILLER = re.compile(
    r"a|my|nie|te[zż]|tam|r[oó]wnie[zż]|tak[zż]e|to|czy|by[cć]|wtedy|jako|si[eę]|da|"
    # "a z cyfrowej gminy powiat może?": the unit talked about, by its kind
    r"powiat|gmina|miasto|wojew[oó]dztwo|jednostka|starostwo|urz[aą]d"
)


def _can_there(remainder: str) -> bool:
    """'też możemy', 'a my nie możemy', 'czy tam też można': can we there – the same subject there."""
    words = remainder.replace("da się", "da_się").split()
    return (
        0 < len(words) <= 5
        and any(_CAN.fullmatch(w.replace("_", " ")) for w in words)
        and all(_CAN.fullmatch(w.replace("_", " ")) or _CAN_FILLER.fullmatch(w) for w in words)
    )


def follow_up(text: str) -> FollowUp | None:
    """An elliptical message that only makes sense against the previous turn, or None."""
    body = _LEAD_FILLER.sub("", " ".join(text.strip().rstrip("?!.").split()))
    folded = body.casefold()
    if re.fullmatch(r"(?:a\s+)?(?:ile\s+to|ile\s+(?:by[lł]oby|b[eę]dzie|wynosi))\s+(?:w\s+)?netto|a\s+netto", folded):
        return FollowUp(net=True)
    how_much = re.fullmatch(r"(?:a\s+|to\s+)?ile\s+(?:w|we|z|dla)\s+(.+)", folded)
    if (
        how_much
        and len(detect_programmes(how_much.group(1))) == 1
        and not strip_programmes(how_much.group(1), keep_if_empty=False).strip(" ?")
    ):
        return FollowUp(programme=detect_programmes(how_much.group(1))[0], amount=True)  # "ile w cs?"
    meant = meant_programme(body)
    if meant is not None:
        return FollowUp(programme=meant)  # "chodzi mi o cs": the same, there
    lead = re.match(
        r"^(?:a\s+co\s+z|a\s+jak\s+z|a\s+jak\s+(?:to\s+)?(?:jest|by[lł]o|wygl[aą]da)(?=\s+w)|a|i|oraz)\s+(.+)$", folded
    )
    if lead is None:
        bare = detect_programmes(body)
        rest_words = " ".join(
            re.sub(
                r"\b(?:w|we|z|ze|dla|to|o|tego|tej|ten|ta|tym|tamtego|tamten|program\w*)\b",
                " ",
                strip_programmes(body, keep_if_empty=False).casefold(),
            )
            .strip(" ,.?!")
            .split()
        )
        if len(bare) == 1 and (
            not rest_words
            or _SAME_THERE.fullmatch(rest_words)
            or _same_in_words(rest_words)
            or _same_verdict(rest_words)  # "czy w cp by przeszło?"
        ):
            # "cs", "w cyfrowym powiecie?", "to samo dla cyber": the previous subject there
            return FollowUp(programme=bare[0])
        if len(bare) == 1 and _HOW_MUCH.fullmatch(rest_words.strip(" –-")):
            return FollowUp(programme=bare[0], amount=True)  # "cp – od ilu do ilu?"
        return None
    rest = lead.group(1)
    named = detect_programmes(rest)
    remainder = strip_programmes(rest, keep_if_empty=False).casefold().strip(" ?!.,")
    remainder = re.sub(r"^(?:w|we|dla|z|u|przy|to|tam)(?:\s+|$)", "", remainder).strip()
    if (
        named
        and len(named) == 1
        and (
            remainder
            in (
                "",
                "w",
                "z",
                "dla",
                "programie",
                "tym programie",
                "przypadku",
                "konkretnie",
                "a",
                "jak",
                "jak jest",
            )
            or _HOW_MUCH.fullmatch(remainder)
            or _SAME_THERE.fullmatch(remainder)
            or _same_in_words(remainder)
            # "a w cyfrowej gminie nie możemy?": can we there – the same subject there
            or _can_there(remainder)
            or _same_verdict(remainder)
        )
    ):
        return FollowUp(programme=named[0], amount=bool(_HOW_MUCH.fullmatch(remainder)))
    if (
        len(named) == 1
        and 1 <= len(remainder.split()) <= 4
        and not _QUESTION_WORDS.search(remainder)
        and not re.search(r"\d", remainder)
    ):
        return FollowUp(programme=named[0], item=remainder)  # "a w cp klawiatury?"
    level_match = re.fullmatch(
        r"(?:(?:to\s+samo|tak\s+samo|podobnie|jak\s+to\s+jest)\s+)?(?:(?:dla|w|we|u)\s+)?(gmin\w*|powiat\w*|powiec\w*|wojew\w*)",
        rest,
    )
    if level_match:
        word = level_match.group(1)
        level = next(v for k, v in _LEVELS.items() if word.startswith(k))
        return FollowUp(level=level)
    if _QUESTION_WORDS.search(rest) or rest.startswith(("jeśli", "jeżeli", "gdy", "kiedy", "jak")):
        return FollowUp(question=body)
    words = rest.split()
    if 1 <= len(words) <= 6 and not named and not re.fullmatch(r"[\d\s.,/-]+", rest):
        return FollowUp(item=body[len(body) - len(rest) :].strip())
    return None


_STATEMENT = re.compile(
    # at the start or of a clause after a comma: "gmina wiejska, startujemy w CG, chcę sprawdzić faktury"
    r"(?i)(?:^|[,;.–—]\s*|\s-\s+)\W*(?:my\s+|my\s+te[zż]\s+|to\s+)?(?:jeste[sś]my|realizujemy|bierzemy\s+udzia[lł]|uczestniczymy|"
    r"korzystamy\s+z|mamy\s+(?:grant|projekt|umow\w*)|podpisali[sś]my\s+umow\w*|"
    # "pomagam powiatowi krotoszyńskiemu rozliczyć Cyfrowy Powiat"
    r"pomaga\w*\s+(?:\w+\s+){0,3}(?:rozlicz\w*|przygotowa\w*|z[lł]o[zż]y[cć])|dostali[sś]my\s+grant|startujemy|rozliczamy|dzia[lł]amy\s+w|"
    r"startowali[sś]my|sk[lł]adali[sś]my|(?:teraz\s+)?rozliczeni\w*|"
    # "zostajemy przy cyberbezpiecznym", "wracamy do cg", "przechodzimy na cp"
    r"zostajemy\s+(?:przy|w)|zosta[nń]my\s+(?:przy|w)|wracamy\s+do|przechodzimy\s+(?:do|na)|prze[lł][aą]czamy\s+(?:si[eę]\s+)?na|"
    # "jednak piszemy wniosek do cyfrowej gminy", "składamy do cs", "aplikujemy do cp"
    r"(?:jednak\s+)?(?:piszemy|sk[lł]adamy|z[lł]o[zż]ymy|aplikujemy|startujemy)\s+(?:wniosek\s+)?(?:do|w)|"
    r"(?:jednak\s+)?(?:chodzi\s+nam\s+o|interesuje\s+nas))\b|"
    r"(?:^|\W)(?:chodzi\s+(?:mi|nam)?\s*o|pytam\s+o|pytamy\s+o|m[oó]wi[eę]\s+o)\s|"
    r"^\W*(?:gmin[aą]|powiat\w*|wojew[oó]dztw\w*)\s+jeste[sś]my\b|"
    # "to jest cyfrowa gmina", "to cyberbezpieczny samorząd, koniec projektu …": the programme of what was sent
    r"(?:^|[,;.–—]\s*)\W*to\s+jest\s+(?:(?:program|rozliczenie|projekt)\w*\s+)?(?:z\s+)?(?=cyfrow|cyber|c[gps]\b)"
    r"|^\W*to\s+(?=(?:cyfrow|cyber)[^,]*,)"
)
_UNIT_STATEMENT = re.compile(
    r"(?i)^\W*(?:my\s+)?(?:jeste[sś]my|jestem|to\s+jest|reprezentuj[eę]|reprezentujemy|pisz[eę]|piszemy|dzwoni[eę]|dzwonimy|"
    r"z\s+tej\s+strony|tu|tutaj|my(?=\s+(?:z|ze)\s)|"
    # "rozliczamy cyberbezpieczny samorząd jako powiat żywiecki" (the programme already stripped)
    r"(?:(?:rozliczamy|startujemy|wyst[eę]pujemy|aplikujemy|sk[lł]adamy(?:\s+wniosek)?|dzia[lł]amy)\s+)?jako)\s+"
    r"(?:z\s+|ze\s+|w\s+imieniu\s+)?(gmin\w*|powiat\w*|miast\w*|urz[aąeę]d\w*\s+gminy|"
    r"urz[aąeę]d\w*\s+(?:miasta\s+i\s+gminy|gminy\s+i\s+miasta)|urz[aąeę]d\w*\s+miasta|starostw\w*\s+powiatow\w*|"
    r"urz[aąeę]d\w*\s+marsza[lł]\w*|"
    r"wojew[oó]dztw\w*)\s+(.+)$"
)
_NOMINATIVE_LEVEL = (
    ("gmin", "gmina"),
    ("urz", "gmina"),
    ("powiat", "powiat"),
    ("starost", "powiat"),
    ("miast", "miasto"),
    ("wojew", "województwo"),
)


def _adjective_nominative(word: str) -> str:
    """'żywieckim' -> 'żywiecki', 'kościerskiego' -> 'kościerski' (powiat and województwo names)."""
    return re.sub(r"(?i)(sk|ck|dzk)(?:im|iego|iemu|im)$", r"\1i", word)


_OWN_WORDS = re.compile(r"(?i)^(?:my|nas|nasz\w*|u|ja|mnie|mi)$")
_FILLER_WORDS = re.compile(
    r"(?i)^(?:a|i|to|tez|też|w|we|z|ze|do|dla|u|o|sa|są|jest|jestesmy|jesteśmy|startujemy|programie|program\w*|"
    r"projekcie|projekt\w*|grancie|grant\w*|chodzi|dotyczy|tylko|akurat|tu|tutaj|jednak|"
    # what the unit is doing in the programme ("my w cyberbezpiecznym, rozliczamy zakupy")
    r"rozlicza\w*|realizuj\w*|zakup\w*|faktur\w*|wgrywa\w*|wysy[lł]a\w*|sk[lł]adamy|wniosek|teraz|"
    r"dokument\w*|sprawdz\w*|wydatk\w*|starostw\w*|urz[eę]dzie)$"
)


def statement_programme(text: str) -> str | None:
    """'(my) jesteśmy w Cyfrowej Gminie', 'my w cyberbezpiecznym' -> the programme: a statement, not a question."""
    if "?" in text or _QUESTION_CLAUSE.search(text) or _ASKED_WHETHER.search(text):
        return None  # "działamy w cs, czy można kupić UPS": a question with its context
    named = detect_programmes(text)
    if len(named) != 1:
        return None
    if _STATEMENT.search(text):
        return named[0]
    # "my w cyberbezpiecznym", "u nas cyfrowy powiat": a short message of the programme and only
    # "we"-words and fillers besides.
    head, _, announced = text.partition(",")
    if announced and _ANNOUNCEMENT.fullmatch(announced.strip(" .!")) and _own_statement(head):
        # "my w cyberbezpiecznym, mam parę pytań o sprzęt": the programme, and the questions to come
        return named[0]
    return named[0] if _own_statement(text) else None


_QUESTION_CLAUSE = re.compile(
    r"(?i)(?:^|[,;.]\s*)(?:a\s+|i\s+)?(?:czy|ile|jak|jaki\w*|jaka|jakie|kiedy|gdzie|kto|dlaczego|czemu|do\s+kiedy)\b"
)
# "mam parę pytań (o sprzęt)", "chcę zapytać o faktury": questions announced, none asked yet
_ANNOUNCEMENT = re.compile(
    r"(?i)(?:mam\w*|mamy)\s+(?:\w+\s+){0,2}pyta[nń]\w*(?:\s+(?:o|odno[sś]nie|w\s+sprawie|dotycz\w*)\s+.+)?"
    # "wrzucam faktury", "przesyłam dokumenty do sprawdzenia": files announced
    r"|(?:wrzuc\w*|wysy[lł]\w*|przesy[lł]\w*|za[lł][aą]cz\w*|wgrywa\w*|dodaj\w*)\s+(?:\w+\s+)?(?:faktur\w*|dokument\w*|plik\w*|protok\w*)"
    r"(?:\s+.+)?"
    r"|chc(?:[eę]|ia[lł]\w*|emy)\s+(?:\w+\s+)?(?:zapyta[cć]|dopyta[cć]|spyta[cć]|si[eę]\s+dowiedzie[cć])"
    r"(?:\s+o\s+.+)?"
)


def _own_statement(text: str) -> bool:
    """A short message of a programme and only "we"-words and fillers besides ("my w cyberbezpiecznym")."""
    rest = strip_programmes(text, keep_if_empty=False).strip(" .,!").split()
    words = [w.strip(".,!–-") for w in rest if w.strip(".,!–-")]
    own = any(_OWN_WORDS.match(w) for w in words)
    return 1 <= len(words) <= 6 and own and all(_OWN_WORDS.match(w) or _FILLER_WORDS.match(w) for w in words)


_NAME_END = re.compile(
    r"[,;:(]|(?:^|\s)(?:i|a|oraz|ale|bo|wi[eę]c|startujemy|rozliczamy|realizujemy|si[eę]|tu|tutaj|pisze|pisz[eę])(?:\s|$)"
)


@functools.lru_cache(maxsize=256)  # statement_unit / _level / _hint and split_context read one message each
def _unit_statement(text: str) -> tuple[str, str, str] | None:
    """(level, name, hint) of a statement about the user's unit; the name is "" when only the level is said,
    the hint the kind and region said with it ("miejsko-wiejska z wielkopolski").

    The statement may take several clauses: "piszę z urzędu w Jarocinie, jesteśmy gminą
    miejsko-wiejską z Wielkopolski" names the unit in one and its kind and region in the other;
    "jesteśmy gminą miejsko-wiejską z wielkopolski, Krotoszyn" names it in a clause of its own."""
    if "?" in text:
        return None
    # "z urzędu miejskiego w Olecku (gmina miejsko-wiejska, warmińsko-mazurskie)": a remark in brackets is a clause
    clauses = [
        c for c in re.split(r"\s*[,;()]\s*|\.\s+|\s+[–—-]\s+", strip_programmes(text).rstrip(".!)–—- ")) if c.strip()
    ]
    level: str | None = None
    name, region = "", ""
    kind: list[str] = []
    loose, said_kind = "", ""
    # "teraz rozliczenie cyfrowej gminy, gmina wiejska Kościerzyna": beside a statement, a clause
    # of a level word and a name is the unit
    beside_statement = len(clauses) > 1 and bool(_STATEMENT.search(text))
    for clause in clauses:
        found = _unit_clause(clause, bare=beside_statement)
        kind_said = _KIND_CLAUSE.fullmatch(clause.strip())
        if found is None and kind_said:
            # "(gmina miejsko-wiejska, …)" beside "piszę z urzędu miejskiego w Olecku": what kind the unit is
            said_kind = said_kind or kind_said.group("kind").replace("ą", "a")
            continue
        if found is None:
            loose = loose or _loose_name(clause)
            continue
        clause_level, clause_kind, clause_name, clause_region = found
        if level is None or (not name and clause_name):
            level = clause_level  # the first clause's level, or the level of the clause naming the unit
        name = name or clause_name
        kind = kind or clause_kind
        region = region or clause_region
    if level is None:
        return None  # "gmina wiejska, startujemy w CG": a bare kind beside a statement names nothing
    if said_kind and not kind and level in ("miasto", "gmina"):
        kind, level = [said_kind], "gmina"  # "urząd miejski w Olecku (gmina miejsko-wiejska)"
    name = name or loose  # "…, Krotoszyn": a clause that is only a capitalised name
    hint = " ".join(part for part in (*kind, region) if part)
    query = " ".join(part for part in (*kind, name, region) if part)
    return level, query if name else "", hint


# A clause that is only the kind of unit: "gmina miejsko-wiejska", "gmina wiejska"
_KIND_CLAUSE = re.compile(r"(?i)(?P<level>gmin[aą])\s+(?P<kind>miejsko-wiejsk[aą]|wiejsk[aą]|miejsk[aą])")
# A clause that is only a capitalised name of one to three words ("Krotoszyn", "Nowy Targ").
_LOOSE_NAME = re.compile(r"[A-ZĄĆĘŁŃÓŚŹŻ][\w-]+(?:\s+[A-ZĄĆĘŁŃÓŚŹŻ]?[\w-]+){0,2}")
_NOT_LOOSE = re.compile(
    r"(?i)^(?:dzie[nń]|witam|witaj\w*|cze[sś][cć]|hej|mam\w*|chc\w*|prosz\w*|pytanie|dzi[eę]k\w*|pozdrawiam|"
    r"gmin\w*|powiat\w*|miast\w*|wojew\w*|urz[aą]d\w*|starostw\w*)$"
)


def _loose_name(clause: str) -> str:
    """The clause when it is only a name ("Krotoszyn"), not a greeting, a region or a sentence of its own."""
    clause = clause.strip()
    words = clause.split()
    if not _LOOSE_NAME.fullmatch(clause) or _NOT_LOOSE.match(words[0]) or _FILLER_WORDS.match(words[0]):
        return ""
    if _REGION_WORDS.search(f"z {clause}") or _STATEMENT.search(clause) or _ANNOUNCEMENT.search(clause):
        return ""
    return clause


# "piszę z urzędu w Jarocinie", "dzwonię ze starostwa powiatowego w Wągrowcu": the office, in a town
_OFFICE_STATEMENT = re.compile(
    r"(?i)^\W*(?:(?:my\s+)?(?:jeste[sś]my|jestem|pisz[eę]|piszemy|dzwoni[eę]|dzwonimy|pracuj[eę]|pracujemy)\s+)?"
    r"(?:z|ze|w\s+imieniu|w)\s+"
    r"(?P<office>urz[eę]d\w*(?:\s+(?:gminy|miasta(?:\s+i\s+gminy)?|miejski\w*|marsza[lł]\w*))?|starostw\w*"
    r"(?:\s+powiatow\w*)?)\s+(?:w|we)\s+(?P<town>[A-ZĄĆĘŁŃÓŚŹŻa-ząćęłńóśźż][\w-]*(?:\s+(?:[A-ZĄĆĘŁŃÓŚŹŻ][\w-]*|\w+(?:im|ym|iej|ej)))?)\s*$"
)
# "pracuję w referacie finansowym Urzędu Gminy w Lipnicy Wielkiej": the office further in a sentence about oneself
_OFFICE_IN_CLAUSE = re.compile(
    r"(?i:\b(?:pracuj\w*|jestem|jeste[sś]my|pisz[eę]|piszemy|dzwoni[eę]|dzwonimy|zatrudnion\w*|w\s+imieniu)\b.{0,80}?"
    r"\b(?P<office>urz[eęaą]d\w*(?:\s+(?:gminy(?:\s+i\s+miasta)?|miasta(?:\s+i\s+gminy)?|miejski\w*|marsza[lł]\w*))?"
    r"|starostw\w*(?:\s+powiatow\w*)?)\s+(?:w|we)\s+)"
    # the town capitalised ("w Lipnicy Wielkiej"), then the end or the letter going on ("… zwracam się z pytaniem")
    r"(?P<town>[A-ZĄĆĘŁŃÓŚŹŻ][\w-]*(?:\s+(?:[A-ZĄĆĘŁŃÓŚŹŻ][\w-]*|\w+(?:im|ym|iej|ej)))?"
    # typed without capitals ("w ustrzykach dolnych i pierwszy raz piszę"): one or two words before the end or "i"
    r"|[a-ząćęłńóśźż][\w-]+(?:\s+[a-ząćęłńóśźż][\w-]+)?(?=\s*$|\s+(?:i|a|oraz)\s))"
    r"(?:\s*$|\s+(?=(?i:zwracam\w*|zwracamy|uprzejmie|pytam\w*|prosz[eę]|prosimy|chcia[lł]\w*|chc[eę]|chcemy|i|a|oraz)\b))"
)
# "nasz kod teryt to 2815042", "kod TERYT gminy: 2815042": the user's unit by its code
_CODE_STATEMENT = re.compile(
    r"(?i)\bnasz\w*\s+kod\w*(?:\s+teryt)?\s*(?:to|:|=|jest|brzmi)?\s*(?P<code>\d{7}|\d{4}|\d{2})\b"
)
# "jesteśmy z Pniew", "piszę z Krotoszyna": the user's town, capitalised, with no level word
_FROM_PLACE = re.compile(
    r"^\W*(?:my\s+)?(?:jeste[sś]my|jestem|pisz[eę]|piszemy|dzwoni[eę]|dzwonimy)\s+(?:z|ze)\s+"
    r"(?P<name>[A-ZĄĆĘŁŃÓŚŹŻ][\w-]+(?:\s+[A-ZĄĆĘŁŃÓŚŹŻ][\w-]+)?)\W*$"
)
_BARE_UNIT_CLAUSE = re.compile(r"(?i)^\W*(gmin\w*|powiat\w*|miast\w*)\s+(\S.*)$")
_REGION_WORDS = re.compile(
    r"(?i)\s*\b(?:z|ze|w|na)\s+(?:woj\.?\s+|wojew[oó]dztw\w*\s+)?(?P<region>dolno[sś]l\w*|kujaw\w*|lubel\w*|lubus\w*"
    r"|[lł][oó]dzk\w*|ma[lł]opol\w*|mazow\w*|mazows\w*|opol\w*|podkarpa\w*|podlas\w*|zachodniopomor\w*|pomor\w*"
    r"|[sś]l[aą]sk\w*|[sś]wi[eę]tokrzys\w*|warmi\w*|wielkopol\w*)\s*$"
)


# Who writes, before where from: "tu skarbnik z Konina", "Jan Nowak – informatyk UGiM w Wadowicach", "z tej strony
# informatyk starostwa żywieckiego", "sekretarz gminy Kórnik". The role goes; the place is read as a statement.
_ROLE = re.compile(
    r"(?i)^\W*(?:(?:tu|tutaj|z\s+tej\s+strony|pisze|pisz[eę]|jestem|ja|m[oó]wi)\s+)?"
    r"(?:[A-ZĄĆĘŁŃÓŚŹŻ][\w-]+\s+[A-ZĄĆĘŁŃÓŚŹŻ][\w-]+\s*[,–—-]?\s*)?"  # a signature's name
    r"(?:pani\s+|pan\s+|zast[eę]pca\s+|p\.?\s*o\.?\s+)?"
    r"(?:skarbni\w*|informaty\w*|sekretar\w*|w[oó]jt\w*|burmistrz\w*|prezydent\w*|starost[aąy]|kierowni\w*|"
    r"pracowni\w*|ksi[eę]gow\w*|inspektor\w*|referent\w*|specjali\w*|naczelni\w*|dyrektor\w*|koordynator\w*|"
    r"asystent\w*|administrator\w*|radc\w*|urz[eę]dni\w*)"
    r"(?:\s+(?:ds\.?|do\s+spraw)\s+[\w.]+(?:\s+[\w.]+)?)?\s+(?P<rest>\S.*)$"
)
# Office abbreviations in signatures: "UGiM w Wadowicach", "UM Konin", "SP w Żywcu"
_OFFICE_ABBREVIATIONS = (
    (re.compile(r"^(?:UGiM|UMiG|UMIG|UGIM)\b"), "urzędu miasta i gminy"),
    (re.compile(r"^UG\b"), "urzędu gminy"),
    (re.compile(r"^UM\b"), "urzędu miasta"),
    (re.compile(r"^UMW\b|^UMWD?\b"), "urzędu marszałkowskiego"),
    (re.compile(r"^SP\b"), "starostwa powiatowego"),
)


def _as_statement(clause: str) -> str:
    """A clause naming who writes and where from, as a plain statement of where from; others unchanged."""
    body = clause.strip()
    for pattern, office in _OFFICE_ABBREVIATIONS:
        # "piszę z UM w Gnieźnie", "jestem z UG Kobylnica": the office written out
        body = re.sub(rf"\b(z|ze)\s+(?:{pattern.pattern.replace('^', '')})", rf"\1 {office}", body)
    clause = body if body != clause.strip() else clause
    office_first = re.match(r"(?i)^\W*(?=(?:urz[aą]d|starostwo)\w*\s)", body)
    if office_first and not re.match(r"(?i)^\W*(?:z|ze|w)\s", body):
        # "Starostwo Powiatowe w Żywcu", "Urząd Gminy w Kórniku" as a line of their own
        office = re.sub(r"(?i)^\W*(urz)[aą]d(\s)", r"\1ędu\2", body)
        return "piszę z " + re.sub(r"(?i)^starostwo\b", "starostwa", office)
    role = _ROLE.match(body)
    if role is None:
        return clause
    rest = role.group("rest").strip()
    if re.search(r"(?i)\bw[oó]jt", body[: role.start("rest")]) and re.match(r"(?i)gmin\w*\s+(?!wiejsk|miejsk)", rest):
        # a wójt heads a rural gmina ("wójt gminy Kościerzyna": the gmina wiejska, not the town)
        rest = re.sub(r"(?i)^(gmin\w*)\s+", r"\1 wiejskiej ", rest, count=1)
    for pattern, office in _OFFICE_ABBREVIATIONS:
        if pattern.match(rest):
            rest = pattern.sub(office, rest, count=1)
            break
    rest = re.sub(r"(?i)^(?:z|ze|w|we)\s+", "", rest)
    # "starostwa żywieckiego" names the powiat by its adjective
    rest = re.sub(r"(?i)^starostw\w*\s+(?!powiat)(?=\w+(?:skiego|ckiego|dzkiego)\b)", "powiatu ", rest)
    if re.match(r"(?i)^(?:urz[eę]d|starostw)\w*\s", rest):
        return f"piszę z {rest}"
    if re.match(r"(?i)^(?:gmin|powiat|miast|wojew)\w*\s", rest):
        return f"jestem z {rest}"
    return f"jestem z {rest}" if re.match(r"[A-ZĄĆĘŁŃÓŚŹŻ]", rest) else clause


def _office_kind(office: str) -> list[str]:
    """The kind of gmina an office's name tells: a Urząd Gminy serves a rural gmina, a Urząd Miasta i Gminy
    an urban-rural one; a Urząd Miejski / Urząd Miasta may be either urban kind, so it says nothing."""
    folded = fold(office)
    if re.search(r"\bmiasta\s+i\s+gminy\b|\bgminy\s+i\s+miasta\b", folded):
        return ["miejsko-wiejska"]
    if re.fullmatch(r"urz\w*\s+gminy", folded):
        return ["wiejska"]
    return []


def _unit_clause(clause: str, *, bare: bool = False) -> tuple[str, list[str], str, str] | None:
    """(level, kind words, name, region) of one clause about the user's unit, or None."""
    clause = _as_statement(clause)
    coded = _CODE_STATEMENT.search(clause)
    if coded:
        code_ = coded.group("code")
        return "", [], code_, ""  # the code alone finds the unit
    office = _OFFICE_STATEMENT.search(clause) or _OFFICE_IN_CLAUSE.search(clause)
    if office:
        level = _level_of(office.group("office"))
        kind = _office_kind(office.group("office"))
        if level == "gmina" and not kind and re.search(r"(?i)miejsk|miasta", office.group("office")):
            level = "miasto"  # a Urząd Miejski / Urząd Miasta: "miasto X" (urban or urban-rural)
        return level, kind, office.group("town"), ""
    match = _UNIT_STATEMENT.search(clause) or (_BARE_UNIT_CLAUSE.search(clause) if bare else None)
    if not match:
        place = _FROM_PLACE.match(clause)
        if place and _loose_name(place.group("name")):
            return "", [], place.group("name"), ""  # "jesteśmy z Pniew": a town, its level not said
        return None
    level = _level_of(match.group(1))
    office_kind = _office_kind(match.group(1)) if re.match(r"(?i)urz", match.group(1)) else []
    if level == "gmina" and re.fullmatch(r"(?i)urz[aąeę]d\w*\s+miasta", match.group(1)):
        level = "miasto"  # "tu Urząd Miasta Słupsk": a town (urban or urban-rural), as the office path reads it
    # The name ends where the sentence goes on: "powiatem żywieckim, rozliczamy …", "powiatem i startujemy …".
    tail = _NAME_END.split(match.group(2))[0]
    region = _REGION_WORDS.search(tail)
    region_text = ""
    if region:
        region_text = f"z {region.group('region')}"
        tail = tail[: region.start()]
    # "jesteśmy miastem na prawach powiatu, Zamość": a kind of unit, not its name
    rights = re.match(r"(?i)na\s+prawach\s+powiatu\b\s*", tail)
    if rights:
        tail = tail[rights.end() :]
    words = tail.split()
    # "gminą wiejską", "gmina miejsko-wiejska": a kind of gmina, kept in the query but not a name
    kind = ["na prawach powiatu"] if rights else list(office_kind)
    while words and re.fullmatch(r"(?i)(?:wiejsk|miejsk|miejsko-wiejsk)\w*", words[0]):
        kind.append(re.sub(r"(?i)(sk)\w*$", r"\1a", words.pop(0)))
    if words and _level_word(words[0]) == level:
        words = words[1:]  # "z urzędu marszałkowskiego województwa pomorskiego"
    name = " ".join(_adjective_nominative(w) for w in words).strip(" ,.")
    if level == "województwo":
        name = re.sub(r"(?i)(sk|ck|dzk)i\b", r"\1ie", name)  # "lubuskiego" -> "lubuskie" (a neuter name)
    if not name and not _UNIT_STATEMENT.search(clause):
        return None  # "gmina wiejska, startujemy w CG": a bare kind beside a statement names nothing
    return level, kind, name, region_text


def statement_unit(text: str) -> str | None:
    """'jesteśmy powiatem żywieckim', 'jesteśmy z gminy Kościerzyna' -> a unit query ('powiat żywiecki')."""
    found = _unit_statement(text)
    return " ".join(part for part in found[:2] if part) if found and found[1] else None


_SENTENCE_END = re.compile(r"(?<=[.?!])\s+")
# ", ile możemy dostać?": a question clause after a comma
_COMMA_QUESTION = re.compile(
    r"(?i)(?:,|\s+[–—-])\s*(?=(?:a\s+|i\s+|to\s+)?(?:czy|ile|jak|jaki\w*|jaka|jakie|kiedy|gdzie|kto|dlaczego|czemu"
    r"|do\s+kiedy|od\s+kiedy|co\s+(?:trzeba|musimy|mamy|należy|nalezy|powinni\w*|zrobi\w*|z\s+\w+)|sk[aą]d|kt[oó]r\w+"
    r"|na\s+ile|na\s+co|po\s+co|w\s+jaki\w*)\b)"
)


_ASKED_WHETHER = re.compile(r"(?i)\b(?:pyta\w*|zapyta\w*|chc\w*\s+zapyta\w*|ciekaw\w*)\W+(?:\w+\s+)?czy\b")
# A question about the user's own unit: "ile dostaniemy?", "co możemy kupić?", "nasz grant"
_FIRST_PERSON = re.compile(r"(?i)\b(?:nam|nas|my|nasz\w*|\w+(?:emy|imy|amy|ymy))\b")


def programme_then_question(text: str) -> tuple[str, str] | None:
    """(programme, question) of "jednak piszemy wniosek do cyfrowej gminy – drukarka tam przejdzie?": a
    statement of the programme in a sentence or dash-clause of its own, then a question asked in it."""
    parts = re.split(r"(?<=[.!])\s+|\s+[–—-]\s+", text.strip(), maxsplit=1)
    if len(parts) != 2 or "?" in parts[0] or not parts[1].strip(" .!?"):
        return None  # "ok, zostajemy przy cs – usuń fv_cs_toner z zestawu": a request may follow too
    head = parts[0].rstrip(".! ")
    clauses = [c.strip() for c in re.split(r"\s*[,;]\s*", head) if c.strip()]
    said = [c for c in clauses if statement_programme(c) and _STATEMENT.search(c)]
    if len(said) != 1:
        return None  # "my w cs – czy …": the programme as the question's context only
    programme = statement_programme(said[0])
    assert programme is not None
    # "jesteśmy w cs, umowę podpisaliśmy 15 marca 2024 – do kiedy ankieta?": the rest stays with the question
    rest = [
        c
        for c in clauses
        if c != said[0]
        and not (statement_unit(c) or statement_level(c))
        and not re.fullmatch(r"(?i)\W*(?:ok|okej|dobra|dobrze|no|aha|super|dzi[eę]ki)\W*", c)
    ]
    return programme, " ".join([*rest, parts[1].strip()])


def split_context(text: str) -> tuple[str, str] | None:
    """(statement, question) of a message that says who the user is and asks something: "jesteśmy gminą
    Krotoszyn. ile możemy dostać z cg?", "ile mamy grantu? jesteśmy z Pniew". Only a statement naming the
    unit or its level counts; the programme said beside them is kept with them ("rozliczamy cyfrową gminę,
    jesteśmy gminą X – co trzeba dołączyć?"), a programme alone is the question's context."""
    parts = [
        part.strip()
        for sentence in _SENTENCE_END.split(text.strip())
        for part in _COMMA_QUESTION.split(sentence)
        if part.strip(" ,.")
    ]
    if len(parts) < 2:
        return None
    statements: list[str] = []
    programmes: list[str] = []  # kept beside a unit or level only: a programme alone is the question's context
    questions: list[str] = []
    own = bool(_FIRST_PERSON.search(" ".join(parts[1:])))
    for number, part in enumerate(parts):
        bare = part.rstrip(".! ")
        if "?" in part or _QUESTION_CLAUSE.match(bare) or _ASKED_WHETHER.search(bare):
            questions.append(part)  # "… i kolega pyta, czy możemy kupić używany serwer": a question without "?"
        elif statement_unit(bare) or statement_level(bare):
            statements.append(bare)
        elif statement_programme(bare):
            programmes.append(bare)  # "rozliczamy cyfrową gminę, jesteśmy gminą X – co trzeba dołączyć?"
        elif number == 0 and own and _unit_clause(bare, bare=True):
            statements.append(f"jesteśmy {bare}")  # "gmina wiejska Brzeziny z łódzkiego, ile dostaniemy?"
        else:
            questions.append(part)
    if not statements:
        questions = programmes + questions
    if not statements or not questions or not any(_QUESTION.search(q) or _ASKED_WHETHER.search(q) for q in questions):
        return None
    return ", ".join(programmes + statements), " ".join(questions)


def statement_hint(text: str) -> str:
    """'jesteśmy gminą miejsko-wiejską z wielkopolski' -> 'miejsko-wiejska z wielkopolski': what the user said
    of their unit's kind and region without naming it, kept to pick the unit when its name comes."""
    found = _unit_statement(text)
    return found[2] if found is not None and not found[1] else ""


def statement_level(text: str) -> str | None:
    """'jesteśmy powiatem (i startujemy w CP)', 'u nas w starostwie' -> 'powiat': the level, no unit named."""
    found = _unit_statement(text)
    if found is not None:
        return None if found[1] or not found[0] else {"miasto": "gmina"}.get(found[0], found[0])
    if "?" in text:
        return None
    match = _LEVEL_ONLY.search(strip_programmes(text, keep_if_empty=False))
    if not match:
        return None
    return _level_of(match.group(1) or match.group(2)).replace("miasto", "gmina")


def _level_word(word: str) -> str | None:
    folded = word.casefold()
    return next((v for k, v in _NOMINATIVE_LEVEL if folded.startswith(k) and k != "urz"), None)


def _level_of(words: str) -> str:
    """'powiatem' -> 'powiat', 'urzędu marszałkowskiego' -> 'województwo' (the nominative level word)."""
    folded = words.casefold()
    if "marsza" in folded:
        return "województwo"
    return next(v for k, v in _NOMINATIVE_LEVEL if folded.startswith(k))


# "u nas w starostwie", "tu urząd gminy", "piszę ze starostwa": where the user works, no name
_LEVEL_ONLY = re.compile(
    r"(?i)^\W*(?:u\s+nas\s+w|tu|tutaj|pisz[eę]\s+z|piszemy\s+z|dzwoni[eę]\s+z)\s+"
    r"(urz[eę]d\w*\s+gmin\w*|urz[eę]dzie\s+miasta|starostw\w*|gmin\w*|powiat\w*|urz[eę]d\w*\s+marsza[lł]\w*|"
    r"wojew[oó]dztw\w*)\W*$"
    # "gmina jesteśmy", "powiat jesteśmy, w cyfrowym powiecie": the level said first, as people speak
    r"|^\W*(gmin[aą]|powiat\w*|wojew[oó]dztw\w*)\s+jeste[sś]my\b[\W\s]*(?:w|z|we|ze)?\W*$"
)


_YES = {
    "tak",
    "tak.",
    "tak!",
    "tak proszę",
    "tak, proszę",
    "poproszę",
    "jasne",
    "ok",
    "dobrze",
    "chętnie",
    "pewnie",
    "tak poproszę",
    "tak, poproszę",
    "owszem",
    "zgoda",
}
_NO = {"nie", "nie.", "nie dziękuję", "nie, dziękuję", "dziękuję, nie", "nie trzeba"}


_ORDINALS = (("pierwsz", 1), ("drug", 2), ("trzec", 3), ("czwart", 4), ("piat", 5), ("szost", 6), ("siodm", 7))


def ordinal_choice(text: str) -> int | None:
    """'ten drugi', 'ta pierwsza', 'numer 2', 'nr 3', 'opcja 1', '2.' -> the number of the option chosen.

    >>> ordinal_choice("ten drugi"), ordinal_choice("numer 3"), ordinal_choice("drugi powiat ma 5 gmin")
    (2, 3, None)
    """
    words = re.sub(r"[^\w\s]", " ", fold(text)).split()
    words = [
        w
        for w in words
        if w
        not in (
            "ten",
            "ta",
            "to",
            "te",
            "ta",
            "numer",
            "nr",
            "opcja",
            "opcje",
            "pozycja",
            "wybieram",
            "poprosze",
            "chodzi",
            "o",
            "mi",
            "nam",
            "z",
            "listy",
        )
    ]
    if len(words) != 1:
        return None
    word = words[0]
    if word.isdigit() and len(word) <= 2:
        return int(word)
    return next((n for stem, n in _ORDINALS if word.startswith(stem) and len(word) <= len(stem) + 4), None)


def is_yes(text: str) -> bool:
    return " ".join(text.casefold().split()).strip("!. ") in {y.strip("!. ") for y in _YES}


def is_no(text: str) -> bool:
    return " ".join(text.casefold().split()).strip("!. ") in {n.strip("!. ") for n in _NO}


_DETAILS = re.compile(
    # "a jak to policzono?", "ok, skąd taka kwota?", "prosze o szczegoly": a leading particle or
    # politeness does not change the request.
    r"(?i)^\W*(?:(?:a|i|no|ok|okej|dobrze|dzi[eę]ki|to|a\s+to|super|aha|hmm?|nie\s+rozumiem|nie\s+wiem|nie\s+jestem\s+pewn\w*)"
    r"\W+)?(?:(?:prosz[eę]\s+(?:o\s+)?|"
    r"mo[zż]na\s+(?:prosi[cć]\s+o\s+)?|poprosz[eę]\s+(?:o\s+)?)?(?:szczeg[oó][lł]\w*(?:\s+oblicze[nń])?|"
    r"wyliczeni\w*|obliczeni\w*)|jak\s+(?:to\s+)?(?:zosta[lł]o\s+)?(?:policzono|obliczono|"
    r"wyliczono|policzy[lł]\w*|obliczy[lł]\w*|wylicza\w*|liczy\w*|wysz[lł]\w*|wyliczyli\w*|policzyli\w*|"
    r"obliczyli\w*)(?:\s+\w+)?(?:\s+\w+)?|sk[aą]d\s+(?:si[eę]\s+wzi[eę][lł]\w*\s+)?(?:ta|taka|te|takie)\s+"
    r"(?:kwota|kwoty|liczb\w*|wynik)|poka[zż]\s+(?:obliczeni\w*|wyliczeni\w*|szczeg[oó][lł]\w*)"
    # "skąd to się wzięło?", "skąd się to wzięło?", "z czego to wynika?", "jak do tego doszliście?"
    r"|sk[aą]d\s+(?:to\s+si[eę]|si[eę]\s+to|si[eę]\s+ta\s+kwota|ta\s+kwota\s+si[eę])\s+wzi[eę][lł]\w*"
    r"|z\s+czego\s+(?:to|ta\s+kwota)\s+wynika|jak\s+(?:do\s+tego|do\s+tej\s+kwoty)\s+do\w*)\W*$"
)


# "skąd to wiecie?", "na jakiej podstawie?", "gdzie to jest napisane?": the source of the previous answer
_WHERE_FROM = re.compile(
    r"(?i)^\W*(?:(?:a|i|no|ok|okej|dobrze|dzi[eę]ki|aha|hmm)\W+)?(?:a\s+)?(?:"
    r"sk[aą]d\s+(?:to\s+|te\s+|ta\s+)?(?:wiecie|wiesz|wiadomo|macie|masz|informacj\w*|wiedza|dane)"
    r"|na\s+jakiej\s+podstawie(?:\s+\w+){0,2}|(?:a\s+)?gdzie\s+(?:to\s+|tak\s+)?(?:jest\s+)?(?:napisane|zapisane|stoi)"
    r"(?:\s+\w+){0,2}|jak\w*\s+(?:jest\s+|to\s+)?(?:[zź]r[oó]d[lł]\w*|podstaw\w*)(?:\s+\w+){0,2}"
    r"|(?:jakie\s+|podaj\w*\s+)?[zź]r[oó]d[lł]\w*|podstaw\w*\s+prawn\w*|kt[oó]r\w+\s+(?:to\s+)?(?:paragraf|punkt|przepis)\w*"
    r"(?:\s+\w+){0,2})\W*$"
)


def asks_source(text: str) -> bool:
    """'skąd to wiecie?', 'na jakiej podstawie?', 'gdzie to jest napisane?': the previous answer's source."""
    return bool(_WHERE_FROM.match(text.strip()))


def asks_details(text: str) -> bool:
    """'Szczegóły', 'jak to policzono?', 'skąd ta kwota?'."""
    return bool(_DETAILS.match(text.strip()))


_WHY_VERDICT = re.compile(
    r"(?i)^\W*(?:a\s+|i\s+)?(?:dlaczego|czemu|z\s+jakiego\s+powodu)\s+(.+?)\s+(?:(?:jest|s[aą]|by[lł]\w*|zosta[lł]\w*)\s+"
    r"(?:oznaczon\w*\s+jako\s+)?(?:do\s+wyja[sś]nienia|do\s+sprawdzenia|do\s+oceny|do\s+indywidualnej\s+oceny|"
    r"niekwalifikowaln\w*|kwalifikowaln\w*|odrzucon\w*)"
    # "a czemu drukarka odpada?", "czemu laptopy nie przeszły?"
    r"|odpa[dl]\w*|nie\s+przesz\w*|nie\s+kwalifikuj\w*|nie\s+liczy\w*|nie\s+wchodz\w*"
    r"|wypad\w*|odrzuc\w*)"
)


# "co jest nie tak z serwerem?", "jaki jest problem z tonerem?": what the verdict on a line is based on
_WHAT_WRONG = re.compile(
    r"(?i)^\W*(?:a\s+)?(?:co\s+(?:jest\s+)?(?:nie\s+tak|[zź]le)|co\s+nie\s+gra|jaki\s+(?:jest\s+)?problem|"
    r"o\s+co\s+chodzi)\s+z\s+(.+?)\W*$"
)


def why_verdict(text: str) -> str | None:
    """'dlaczego toner jest do wyjaśnienia?' -> 'toner'."""
    match = _WHY_VERDICT.match(text.strip()) or _WHAT_WRONG.match(text.strip())
    if not match or re.fullmatch(
        r"(?i)(?:ta|ten|to|te)?\s*(?:faktur\w*|dokument\w*|pozycj\w*|protok\w*|raport\w*)?", match.group(1).strip()
    ):
        return None
    return match.group(1).strip()


def document_ref(text: str) -> str | None:
    """'usuń plik 2', 'usuń faktura.pdf z zestawu' -> '2' / 'faktura.pdf'."""
    match = re.match(
        r"(?i)^\W*(?:(?:to|dobra|dobrze|ok|okej|a|i|wi[eę]c|prosz[eę]|no)\W+)*(?:usu[nń]|skasuj|wyrzu[cć]|usun|wywal|wykre[sś]l)\s+"
        r"(?:(?:t[eę]|ten|to|tamt[aąe]\w*)\s+)?(?:(?P<kind>plik\w*|dokument\w*|faktur\w*|protok\w*|korekt\w*)(?=\s|$)\s*)?"
        r"(?:nr\s*)?(.*?)(?:\s*z\s+zestawu)?\W*$",
        text.strip(),
    )
    if match is None:
        # "to pomyłka księgowej, usuń fv_cs_suwalki.pdf z zestawu": the request after a context clause
        clause = re.search(
            r"(?i)[,;.]\s*((?:usu[nń]|skasuj|wyrzu[cć]|wywal|wykre[sś]l)\s+\S+\.(?:pdf|xml|jpe?g|png|heic|tiff?|webp)\b.*)$",
            text,
        )
        return document_ref(clause.group(1)) if clause else None
    # "usuń protokół", "usuń fakturę": the kind is the reference when nothing else is said
    ref = match.group(2).strip(" „”\"'") or (match.group("kind") or "")
    if re.fullmatch(r"(?i)(?:moje\s+)?dane|wszystk\w*(?:\s+dane)?|zestaw|konto", ref):
        return None
    return ref or None


_OWN_GRANT = re.compile(
    r"(?i)\b(?:dostaniemy|dostaniem|mo[zż]emy\s+(?:dosta\w*|otrzyma\w*|uzyska\w*)|uzyskamy|nam\s+si[eę]\s+nale[zż]y|si[eę]\s+nam\s+nale[zż]y|"
    r"nale[zż]y\s+(?:si[eę]\s+)?nam|przys[lł]uguje\s+nam|nasz\w*\s+grant\w*|dla\s+nas|otrzymamy|"
    # "ile mamy grantu?", "jaki grant mamy", "ile wychodzi nam"
    r"ile\s+(?:mamy|by[sś]my\s+mieli|wychodzi\s+nam|nam\s+wychodzi)\s+(?:\w+\s+)?grant\w*|grant\w*\s+mamy|"
    r"ile\s+(?:wychodzi|wyjdzie)\s+(?:nam|dla\s+nas)|"
    # "ile dostanie nasz powiat?", "ile może dostać nasza gmina w cs"
    r"(?:ile|jak\w*\s+kwot\w*|jaki\w*\s+grant\w*)\s+(?:\w+\s+){0,3}nasz\w*\s+"
    r"(?:powiat|gmin|miast|wojew[oó]dztw|jednostk|urz[aą]d|starostw)\w*|"
    # "ile nam przysługuje?", "ile nam wyjdzie w cs", "ile nam dadzą"
    r"ile\s+(?:\w+\s+)?nam\s+(?:przys[lł]ug\w*|nale[zż]\w*|wyjdzie|wychodzi|dadz[aą]|daj[aą]|przyznaj\w*|przypad\w*)|"
    # "jaki grant w cp nam przysługuje?"
    r"(?:grant\w*|kwot\w*)\b.{0,30}\bnam\s+(?:przys[lł]ug\w*|nale[zż]\w*)|"
    # "na ile możemy liczyć", "ile kasy dostaniemy", "na jak duży grant możemy liczyć"
    r"(?:na\s+ile|na\s+jak\w*\s+(?:\w+\s+)?(?:grant|kwot)\w*)\s+(?:mo[zż]emy\s+)?liczy[cć])\b"
)


def asks_own_grant(text: str) -> bool:
    """'ile dostaniemy?', 'ile nam się należy z Cyfrowej Gminy?': a grant for the user's own unit."""
    return bool(_OWN_GRANT.search(text)) and bool(
        re.search(r"(?i)\b(?:ile|jak\w*\s+kwot\w*|jaki\s+grant|na\s+jak\w*\s+(?:\w+\s+)?(?:grant|kwot)\w*)\b", text)
    )


_CLEAR_SET = re.compile(
    r"(?i)^\W*(?:wyczy[sś][cć]|opr[oó][zż]nij|skasuj|usu[nń])\s+(?:ca[lł]y\s+)?(?:zestaw|wszystk\w*"
    r"(?:\s+(?:dokumenty|pliki|faktury))?(?:\s+z\s+zestawu)?)\W*$"
)


def asks_clear_set(text: str) -> bool:
    """'wyczyść zestaw', 'usuń wszystkie dokumenty z zestawu'."""
    return bool(_CLEAR_SET.match(text.strip()))


_SHOW_SET = re.compile(
    r"(?i)^\W*(?:(?:poka[zż]|wy[sś]wietl|wypisz|poka[zż]cie)\s+(?:m[ie]\s+)?(?:m[oó]j\s+|nasz\s+|ca[lł]y\s+)?"
    r"(?:zestaw|dokumenty|pliki|list[eę]\s+(?:dokument[oó]w|plik[oó]w))|"
    r"(?:(?:poka[zż]|wypisz|sprawd[zź])\s+)?co\s+(?:(?:ju[zż]|tam)\s+)?(?:mam|mamy|jest|jeszcze\s+jest|zosta[lł]o|wys[lł]a[lł]\w*)"
    r"\s+(?:w\s+zestawie|w\s+zestawu|wys[lł]an\w*)|co\s+(?:ju[zż]\s+)?(?:wys[lł]a[lł]\w*|wgra[lł]\w*|przes[lł]a[lł]\w*)|"
    r"jakie\s+(?:mam|mamy)\s+(?:dokumenty|pliki)(?:\s+w\s+zestawie)?|"
    r"(?:jakie|kt[oó]re)\s+(?:dokumenty|pliki|faktury)\s+(?:s[aą]|mam|mamy)\s+w\s+zestawie|"
    r"(?:m[oó]j|nasz)\s+zestaw|lista\s+(?:dokument[oó]w|plik[oó]w)|"
    # "ile mam plików w zestawie?", "ile jest dokumentów?"
    r"ile\s+(?:mam|mamy|jest|ju[zż]\s+jest)\s+(?:plik[oó]w|dokument[oó]w|faktur)(?:\s+w\s+zestawie)?)\W*$"
)
_MAKE_REPORT = re.compile(
    r"(?i)^\W*(?:(?:zr[oó]b|wygeneruj|przygotuj|poka[zż]|daj|generuj|uruchom)\s+(?:mi\s+|nam\s+)?"
    r"(?:raport|kontrol[eę]|sprawdzenie)|sprawd[zź]\s+(?:te\s+|moje\s+|nasze\s+|wszystkie\s+)?"
    r"(?:dokumenty|faktury|pliki|zestaw)|raport(?:\s+(?:prosz[eę]|z\s+kontroli))?)\W*$"
)


def asks_set_action(text: str) -> str | None:
    """'pokaż zestaw' -> 'show', 'zrób raport' / 'sprawdź dokumenty' -> 'report', else None.

    >>> asks_set_action("pokaz zestaw"), asks_set_action("zrób raport"), asks_set_action("raport z kontroli?")
    ('show', 'report', None)
    """
    stripped = text.strip()
    if _SHOW_SET.match(stripped):
        return "show"  # "co jest w zestawie?" asks for the list, question mark or not
    if "?" in stripped:
        return None  # "co to jest raport z kontroli?" is a question
    if _MAKE_REPORT.match(stripped):
        return "report"
    return None


_LEVEL_FORMS = (
    (r"gmin(?:y|ie|ą|a|e)", "gmina"),
    (r"powiat(?:u|em|owi)?|powiecie", "powiat"),
    (r"miast(?:a|u|em|o)|mie[sś]cie", "miasto"),
    (r"wojew[oó]dztw(?:a|u|em|o|ie)", "województwo"),
)


def unit_nominative(query: str) -> str:
    """'gminy wiejskiej Suwałki' -> 'gmina wiejska Suwałki', 'powiatu żywieckiego' -> 'powiat żywiecki'."""
    words = query.split()
    if not words:
        return query
    level = next((base for form, base in _LEVEL_FORMS if re.fullmatch(form, words[0], re.IGNORECASE)), None)
    if level is None:
        return query
    out = [level]
    for word in words[1:]:
        if level == "gmina":
            word = re.sub(r"(?i)(wiejsk|miejsk)(?:iej|ą|ie)$", r"\1a", word)
        elif level == "województwo":
            word = re.sub(r"(?i)(sk|ck)(?:iego|im|iemu)$", r"\1ie", word)
        else:
            word = _adjective_nominative(word)
        out.append(word)
    return " ".join(out)


_THANKS = re.compile(
    r"(?i)^\W*(?:(?:ok(?:ej|ay)?|dobrze|super|świetnie|swietnie|rozumiem|jasne|aha)[\s,.!]*)?"
    r"(?:dzi[eę]k(?:i|uj[eę]|ujemy|owa[lł]\w*)(?:\s+(?:bardzo|serdecznie|wielkie|za\s+pomoc|za\s+odpowied[zź]))*|"
    r"dzi[eę]ki\s+wielkie|wielkie\s+dzi[eę]ki|thx|thanks|ok(?:ej|ay)?|super|świetnie|swietnie|rozumiem|jasne)[\s,.!]*"
    r"(?:[\s,.!–-]*(?:to\s+)?(?:wszystko|na\s+razie\s+tyle|na\s+dzi[sś]\s+tyle|tyle))?"
    r"[\s,.!]*(?:pozdrawiam\w*)?[\s.!]*$"
)
_HELLO = re.compile(
    r"(?i)^\W*(?:dzie[nń]\s+dobry|cze[sś][cć]|witam(?:\s+serdecznie)?|hej|hello|siema|dobry\s+wiecz[oó]r)[\s,.!]*$"
)


# thanks first, then anything that asks nothing: "dziekuje, milego dnia", "Dziękuję, wszystko jasne."
_THANKS_LEAD = re.compile(
    r"(?i)^\W*(?:(?:ok(?:ej)?|dobrze|super|jasne|rozumiem|[sś]wietnie)\W+)?(?:dzi[eę]k\w*|podzi[eę]kowa\w*)\b"
)
_ASKS = re.compile(
    r"(?i)\b(?:czy|ile|jak\w*|kiedy|gdzie|co|kto|dlaczego|czemu|mo[zż]na|mo[zż]emy|prosz[eę]\s+o|a\s+\w+)\b"
)


def small_talk(text: str) -> str | None:
    """'dzięki', 'ok, dziękuję' -> 'thanks'; 'dzień dobry' -> 'hello'; anything else None.

    >>> small_talk("Dzięki wielkie!"), small_talk("dzień dobry"), small_talk("dzień dobry, czy laptop?")
    ('thanks', 'hello', None)
    >>> small_talk("👍"), small_talk("?")
    ('thanks', None)
    """
    if _THANKS.fullmatch(text.strip()):
        return "thanks"
    if _THANKS_LEAD.match(text) and "?" not in text and len(text.split()) <= 10 and not _ASKS.search(text):
        return "thanks"  # "Dziękuję bardzo, przekażę panu prezydentowi.", "dzieki wielkie, bardzo mi pan pomogl"
    if text.strip() and not any(c.isalnum() for c in text) and any(ord(c) > 0x2000 for c in text):
        return "thanks"  # "👍", "🙏🙂": an emoji alone acknowledges the answer
    if _HELLO.fullmatch(text.strip()):
        return "hello"
    return None
