"""Split an official's message into the questions it asks.

"Dzień dobry, mamy taką sytuację, że … Czy możemy kupić UPS? I do kiedy trzeba złożyć ankietę?"
asks two things; ranked as one text, both topics dilute each other and the engine abstains or
answers one of them. `split_questions` returns the asking parts in order (context sentences without
a question are dropped here: the engine passes the programmes they name on to every part).

Conservative: a message is split only into parts that each look like a question of their own
(a question mark or a question word, and at least two words besides it).
"""

from __future__ import annotations

import re

from knowledge.lazy_re import lazy
from knowledge.normalize import fold

# A period after an abbreviation ("60 tys. netto", "np. serwer", "ust. 2") ends no sentence unless a capital follows.
_ABBREVIATED = "".join(
    rf"(?<!\b{a}\.)"
    for a in ("tys", "mln", "mld", "zl", "zł", "ok", "np", "nr", "ust", "pkt", "tzw", "godz", "wg", "ww")
)
_SENTENCES = lazy(rf"(?<=[?!])\s*|(?<=\.){_ABBREVIATED}\s+(?=\S)|(?<=\.)\s+(?=[A-ZĄĆĘŁŃÓŚŹŻ])|\n+|;\s*|\s+(?=\d[).]\s)")
_QUESTION_WORD = (
    r"(?:czy|kto|komu|gdzie|ile|ilu|kiedy|do\s+kiedy|od\s+kiedy|jak|jaki\w*|jakie|jaka|co|dlaczego|czym"
    r"|(?:w|na|przez|z|do|od|po|pod|dla)\s+jak\w+"
    r"|ktor\w+|skad|po\s+ilu|w\s+ciagu\s+ilu|po\s+co|w\s+jakim\s+celu"
    # "… i na ile wniosków liczono", "a dla ilu gmin": a preposition before "ile" opens a question too ("o ile" is
    # also "provided that")
    r"|(?:na|za|do|dla)\s+(?:ile|ilu))"
)
_STARTS_AS_QUESTION = lazy(rf"^(?:\d[).]\s*|[-•*]\s*)?(?:a\s+|i\s+|oraz\s+|no\s+i\s+|tez\s+)?{_QUESTION_WORD}\b")
# "… i czy …", "…, a ile …", "… oraz do kiedy …": a second question joined to the first.
_PROGRAMME = r"(?:cg|cp|cs|cyfrow\w*(?:\s+(?:gmin\w*|powiat\w*|powiec\w*))?|cyber\w*(?:\s+samorzad\w*)?)"
# "…, a w cg?", "a dla cp": the same question about another programme.
_TOO = r"(?:\s+(?:tez|takze|rowniez|tak\s+samo|jak))?"
_ELLIPTIC = lazy(rf"^(?:w|dla|z|ze|do)\s+{_PROGRAMME}{_TOO}\W*$")
_JOINED = lazy(
    rf",?\s+a\s+(?=(?:w|dla|z|ze|do)\s+{_PROGRAMME}{_TOO}\W*$)"
    rf"|(?:,\s*|\s+)(?:(?:aha|acha|no|a|i)\s+)?(?:a\s+|i\s+|oraz\s+|a\s+takze\s+|a\s+tez\s+|no\s+i\s+)"
    # "… aha i jeszcze ile z tego na doradztwo", "a przy okazji czy …": an afterthought is a new question
    rf"(?:(?:jeszcze|przy\s+okazji|dodatkowo|poza\s+tym|tez|takze)\s+)?(?={_QUESTION_WORD}\b)"
    r"|,\s+(?=(?:czy|ile|ilu|kiedy|do\s+kiedy|od\s+kiedy|gdzie|kto|jak\s+dlugo|jaki\w*|jakie)\b)"
    # "do kiedy ankieta, na jaką skrzynkę ją ślemy": a question word after a preposition opens a question too
    r"|,\s+(?=(?:w|na|przez|do|od|dla|pod)\s+jak(?:a|i|ie|iej|im|ich|iego|imi)\s+\w+)"
    # "kto jest Operatorem, a z kim mamy umowę?": "with whom" after a comma and "a" is a second question
    r"|,\s*a\s+(?=(?:z|ze|u|od|dla|do)\s+(?:kim|kogo)\b)"
    # "czy województwo może startować w CP, a jeśli nie, to ile dostaniemy w CS": the alternative is a question
    rf"|,?\s+(?:a|i)\s+(?:jesli|jezeli|gdyby|gdy)\s+(?:nie|tak)\s*,?\s*(?:to\s+)?(?={_QUESTION_WORD}\b)"
    # "… kto go organizuje - czy mail jest ten sam …": a dash before a new question
    r"|\s+[-–]\s+(?=(?:czy|ile|kiedy|do\s+kiedy|od\s+kiedy|gdzie|kto|jak\w*|co)\b)"
)
# "czym się różni CG od CP, jeśli chodzi o maksymalny grant i termin diagnozy": one question per aspect.
_ASPECTS = lazy(
    r"^(?P<head>.*?\b(?:jesli|jezeli|gdy|kiedy)\s+chodzi\s+o)\s+(?P<a>.+?)\s+(?:i|oraz|a)\s+(?P<b>[^,?]+)(?P<tail>.*)$"
)
_LEAD = lazy(r"^(?:\d[).]\s*|[-•*]\s*)?(?:a\s+|i\s+|oraz\s+|no\s+i\s+|tez\s+|a\s+takze\s+)?")
MIN_PART_WORDS = 3
_BETTER_ALTERNATIVE = lazy(
    rf"^\W*(?:czy|a\s+moze|albo|lub)\s+(?:tez\s+)?lepiej\s+(z|ze|w|we|do)\s+(?={_PROGRAMME}\W*$)"
)
MAX_PARTS = 4


# A message written as a letter: the salutation, "wójt prosi o informację", and the closing formula with the
# signature after it carry no question ("Dzień dobry, wójt prosi o informację do kiedy … Pozdrawiam, Anna
# Nowak, Referat Inwestycji").
_SALUTATION = lazy(
    r"(?i)^\s*(?:(?:dzie[nń]\s+dobry|szanown\w+\s+(?:pa[nń]stw\w*|pani\w*|pan\w*)|witam(?:\s+serdecznie)?|"
    r"cze[sś][cć]|hej|halo|dobry(?=\s*[,!.]))\b[\s,!.:]*)+"
)
SALUTATION = _SALUTATION
_HOW_THERE = lazy(
    rf"^\W*(?:a\s+|i\s+|no\s+a\s+|no\s+i\s+)?jak\s+(?:to\s+)?(?:jest|wyglada|bedzie)\s+(?:w|we|z|dla|przy)\s+{_PROGRAMME}\W*$"
)
# "Dziękuję bardzo. A od kiedy …", "Super, dzięki! A w CS?": a courtesy sentence of its own before the
# question (a chat's reply to the previous answer) asks nothing; "Rozumiem, że …" is a premise and stays.
_COURTESY = lazy(
    r"(?i)^\s*(?:(?:dzi[eę]kuj[eę]|dzi[eę]kujemy|dzi[eę]ki)(?:\s+(?:bardzo|serdecznie|pi[eę]knie|wielkie|za\s+odpowied[zź]))*"
    r"|super|[sś]wietnie|jasne|okej|ok|dobrze|rozumiem)(?:\s*,\s*(?:dzi[eę]kuj[eę]|dzi[eę]ki))?\s*[.!]+\s+(?=\S)"
)
_RELAY = lazy(
    r"(?i)^(?:(?:pan\w*|nasz\w*|now\w*|nasz\w*\s+now\w*)\s+)?(?:w[oó]jt\w*|burmistrz\w*|prezydent\w*|starost\w*|skarbnik\w*|sekretarz\w*|"
    r"radc\w*\s+prawn\w*|kierownik\w*|naczelnik\w*|marsza[lł]\w*|prezes\w*|ksi[eę]gow\w*|"
    # "kolega z IT pyta czy …": a colleague relaying the question, with the department they are from
    r"kole(?:g|[zż]ank)\w*(?:\s+z\s+(?:dzia[lł]u\s+|referatu\s+|wydzia[lł]u\s+)?[\w-]+)?)\s+"
    r"(?:prosi\s+o\s+(?:informacj[eę]|odpowied[zź]|wyja[sś]nienie)|pyta|zapytuje|chce\s+wiedzie[cć]|"
    r"chcia[lł]\w*\s+(?:wiedzie[cć]|si[eę]\s+dowiedzie[cć]))(?:\s*,?\s*(?:czy|o\s+to)\b(?=\s+czy))?[\s,:]*"
)
_CLOSING = lazy(
    r"(?is)(?:^|[\s,.;!?])(?:z\s+powa[zż]aniem|z\s+wyrazami\s+szacunku|(?:serdecznie\s+|dzi[eę]kuj[eę]\s+i\s+)?"
    r"pozdrawiam\w*|pozdrowienia|pzdr|z\s+g[oó]ry\s+dzi[eę]kuj[eę]\w*|dzi[eę]kuj[eę]\s+z\s+g[oó]ry|"
    r"dzi[eę]kuj[eę]\s+za\s+(?:odpowied[zź]|pomoc|informacj[eę]))\b.*$"
)


# "kolega mówi, że …", "słyszałem, że …": what someone said, the question being whether it is so
_HEARSAY = lazy(
    r"(?i)^(?:(?:\w+\s+){0,4}(?:m[oó]wi\w*|powiedzia\w*|twierdzi\w*|s[lł]ysza[lł]\w*|przeczyta[lł]\w*|"
    r"czyta[lł]\w*)"
    # "słyszałem na szkoleniu, że", "czytałam w internecie, że": where it was heard
    r"(?:\s+(?:na|w|we|od|z|ze|u|przy|podczas)\s+[^\W\d]\w*(?:\s+[^\W\d]\w*)?)?\s*,?\s*(?:[zż]e|i[zż])\s+)"
)


# "Uprzejmie proszę o informację, od jakiej daty …", "proszę o wyjaśnienie:": the letter's request formula
# asks nothing itself; what follows it is the question.
_REQUEST = lazy(
    r"(?i)^(?:(?:uprzejmie|serdecznie|bardzo|ponownie)\s+)?(?:prosz[eę]|prosimy|zwracam\s+si[eę]\s+z\s+pro[sś]b[aą]|"
    r"zwracamy\s+si[eę]\s+z\s+pro[sś]b[aą])\s+o\s+(?:informacj[eę]|odpowied[zź]|wyja[sś]nienie|wskazanie|"
    r"udzielenie\s+informacji|podanie\s+informacji)\b(?:\s+w\s+sprawie)?[\s,:]*"
)
# "pls o potwierdzenie że operatorem jest CPPC": a premise to confirm is a yes/no question about it
_CONFIRM = lazy(
    r"(?i)^(?:(?:uprzejmie|bardzo)\s+)?(?:prosz[eę]|prosimy)\s+o\s+potwierdzeni[ea]\s*,?\s*(?:[zż]e|i[zż])\s+"
)


# "w CG trwałość to 3 lata, tak?", "…, zgadza się?", "czy to prawda, że …", "potwierdźcie, że …": a statement
# offered for confirmation is a yes/no question about it
_CONFIRM_TAIL = lazy(
    r"(?i)[\s,;:–-]*(?:czy\s+)?(?:to\s+)?(?:prawda|zgadza\s+si[eę]|dobrze\s+(?:rozumiem\w*|zrozumia[lł]\w*|my[sś]l\w*|pami[eę]tam\w*|kojarz[eę]\w*|licz[eę]\w*)|racja|"
    r"czy\s+(?:nie|dobrze)|(?:czy\s+)?(?:ma|maj[aą])\s+racj[eę]|mam\s+racj[eę]"
    # "…, serio?", "…, naprawdę?", "…, na pewno?": disbelief is a request to confirm too
    r"|serio|naprawd[eę]|na\s+pewno)\s*\?*\s*$"
)
# "…, tak?", "… ok?": a tag only after a statement ("czy laptop jest ok?" asks about "ok" itself)
# … and not after a verb it completes ("a serwer w cs w ogóle jest ok?", "czy to będzie ok?")
_SHORT_TAG = lazy(
    r"(?i)(?:,\s*|(?<!\bjest)(?<!\bs[aą])(?<!\bbędzie)(?<!\bbedzie)(?<!\bbyłoby)(?<!\bbyloby)\s+)"
    r"(?:tak|ok|okej)\s*\?+\s*$|,\s*(?:tak|ok|okej)\s*$"
)
_IS_IT_TRUE = lazy(
    r"(?i)^(?:czy\s+)?(?:to\s+)?(?:prawda|(?:na\s+)?pewno|potwierd[zź]\w*|prosz[eę]\s+potwierdzi[cć])\s*,?\s*(?:[zż]e|i[zż])\s+"
)
_STARTS_ASKING = lazy(
    r"(?i)^\W*(?:a\s+|i\s+)?(?:czy|kto|komu|gdzie|ile|ilu|kiedy|jak|jaki\w*|co|dlaczego|kt[oó]r\w*)\b"
)


_STARTS_CONDITION = lazy(r"(?i)^\W*(?:skoro|je[sś]li|je[zż]eli|gdy|kiedy|bo|a\s+skoro)\b")


def confirmation_question(text: str) -> str:
    """A statement with a confirmation tag as the yes/no question it asks.

    >>> confirmation_question("w CG trwałość to 3 lata, tak?")
    'czy w CG trwałość to 3 lata?'
    >>> confirmation_question("czy to prawda, że ankietę składa się przez GWG")
    'czy ankietę składa się przez GWG'
    >>> confirmation_question("czy laptop w cs jest ok?")
    'czy laptop w cs jest ok?'
    >>> confirmation_question("a serwer w cs w ogóle jest ok?")
    'a serwer w cs w ogóle jest ok?'
    >>> confirmation_question("VAT odliczamy. to doradztwo się mieści czy nie?")
    'VAT odliczamy. czy to doradztwo się mieści?'
    """
    # (a sentence ends after a word of four letters or more: "75 tys. zł, zgadza się?" is one sentence)
    sentences = re.split(r"(?<=[^\W\d_]{4}[.!])\s+(?=\S)", text.strip())
    if len(sentences) > 1 and len(sentences[-1].split()) >= 2:
        # "VAT odliczamy. to doradztwo się mieści czy nie?": the statement stays; the last sentence is the question
        return " ".join([*sentences[:-1], confirmation_question(sentences[-1])])
    stripped = _IS_IT_TRUE.sub("", text)
    tail = _CONFIRM_TAIL.search(stripped)
    if tail is None or tail.start() == 0:
        tail = None if _STARTS_ASKING.match(stripped) else _SHORT_TAG.search(stripped)
    if stripped == text and tail is None:
        return text
    core = (stripped[: tail.start()] if tail is not None else stripped).strip(" ,")
    if len(core.split()) < 2:
        return text
    mark = "?" if tail is not None else ""
    if _STARTS_ASKING.match(core) or _STARTS_CONDITION.match(core):
        # "skoro w CP można było, to w CS też, prawda?": the question is the clause after the condition
        return core + mark
    return f"czy {core}{mark}"


# "informatyk ug:", "dział zamówień pyta:", "sekretariat wójta:", "jestem nowa i uczę się od zera:": who writes,
# before a colon, is no part of the question
_SPEAKER = lazy(r"^(?P<label>(?:[^\W\d][\w.-]*\s+){0,7}?[^\W\d][\w.-]*)\s*:\s+(?=\S)")
_LABEL_ASKS = lazy(
    r"(?i)\b(?:czy|ile|ilu|kiedy|gdzie|kto|jak\w*|co|kt[oó]r\w*)\b|\b(?:cg|cp|cs)\b|cyfrow|cyber|\bza[lł]\w*|\bpkt\b"
)


_SPEAKER_WORD = lazy(
    r"(?i)\b(?:informatyk\w*|skarbnik\w*|sekretar\w*|dzia[lł]\w*|referat\w*|wydzia[lł]\w*|urz[aą]d\w*|starostw\w*|"
    r"marsza[lł]k\w*|w[oó]jt\w*|burmistrz\w*|prezydent\w*|kierownik\w*|naczelnik\w*|ksi[eę]gow\w*|radc\w*|"
    r"jestem|jeste[sś]my|tu\b|pisze|pyta|biur\w*|zesp[oó][lł]\w*|koordynator\w*|inspektor\w*|specjalist\w*|"
    r"pracowni\w*|administrator\w*|admin\w*|kadr\w*|zam[oó]wie\w*)"
)


# "Dzień dobry, Wydział Edukacji. Czy …", "skarbnik z gminy. liczę …": who writes, as a sentence of its own
_SENDER = lazy(r"^(?P<label>[^\W\d][\w.-]*(?:\s+[^\W\d][\w.-]*){0,2})\s*\.\s+(?=\S)")
# "skarbnik Miasta Słupsk.": a sender naming their unit tells the dialogue which unit it is; it stays
_NAMES_UNIT = lazy(r"(?i:\b(?:gmin|miast|powiat|starostw|urz[eę]d|wojew)\w*)\s+(?:[\w-]+\s+)?[A-ZĄĆĘŁŃÓŚŹŻ]")
_VERB_ENDING = lazy(r"(?i)(?:[lł][aoy]?|li|li[sś]my|[lł]em|[lł]am|my|cie|[cć])$")


def _without_sender(text: str) -> str:
    match = _SENDER.match(text)
    if match is None:
        return text
    words = match.group("label").split()
    if (
        not _SPEAKER_WORD.match(words[0])
        or _LABEL_ASKS.search(fold(match.group("label")))
        or _NAMES_UNIT.search(match.group("label"))
        or any(_VERB_ENDING.search(w) for w in words[1:])
    ):
        return text
    rest = text[match.end() :]
    return rest if len(rest.split()) >= 3 else text


def _without_speaker(text: str) -> str:
    text = _without_sender(text)
    match = _SPEAKER.match(text)
    if (
        match is None
        or _LABEL_ASKS.search(fold(match.group("label")))
        or not _SPEAKER_WORD.search(match.group("label"))
    ):
        return text
    rest = text[match.end() :]
    return rest if len(rest.split()) >= 3 else text


# A message dictated to a phone: "… co teraz kropka czy gmina musi …", "… razem znak zapytania".
_DICTATED = (
    (lazy(r"(?i)\s+(?:znak\s+zapytania|pytajnik)\b"), "?"),
    (lazy(r"(?i)\s+kropka\b"), "."),
    (lazy(r"(?i)\s+przecinek\b"), ","),
)


def with_dictated_punctuation(message: str) -> str:
    """Punctuation said as words, as marks.

    >>> with_dictated_punctuation("laptop ukradli kropka czy trzeba oddać pieniądze znak zapytania")
    'laptop ukradli. czy trzeba oddać pieniądze?'
    """
    for pattern, mark in _DICTATED:
        message = pattern.sub(mark, message)
    return message


# "§ 4 ust. 8 regulaminu …", "(§4 ust. 11)", "§ 3 ust. 11 pkt 3": where the official read it. Its numbers are no
# figures of the question ("§ 4" is no 4th round, "ust. 8" no 8 months) and its words no topic.
# "§ 4 ust. 8", "par. 5 ust. 2 pkt 4", "paragraf 3": a reference typed in any of its forms
_REFERENCE = lazy(
    r"\(?(?:§+|\b[Pp]ar\.|\b[Pp]aragraf\w*)\s*\d+[a-z]?(?:[\s,]*(?:ust|pkt|lit|zd)\.?\s*(?:\d+[a-z]?|[a-z]\)))*\)?"
)


def without_references(message: str) -> str:
    """The message without its paragraph references (the entries cite the paragraphs themselves).

    >>> without_references("§ 4 ust. 8 regulaminu CG – diagnoza w 8 miesięcy, tak?")
    ' regulaminu CG – diagnoza w 8 miesięcy, tak?'
    """
    return _REFERENCE.sub("", message)


# "w regulaminie cyfrowej gminy jest 8 miesięcy", "według schematu CP …": the document where the official read a
# figure they offer for confirmation is where it stands, not what is asked about (the annex entries name it too)
_SOURCE_DOCUMENT = lazy(
    r"(?i)\b(?:w|we|wg\.?|według|wedlug|zgodnie\s+z)\s+(?:regulamin\w*|schemac\w*|schemat\w*)"
    r"(?:\s+(?:konkursu|grantow\w*|programu))*"
)


def without_source_document(message: str) -> str:
    """The message without the document it says a claimed figure stands in (for a message claiming a figure).

    >>> without_source_document("czy w regulaminie cyfrowej gminy jest 8 miesięcy na diagnozę?")
    'czy cyfrowej gminy jest 8 miesięcy na diagnozę?'
    """
    return re.sub(r"\s{2,}", " ", _SOURCE_DOCUMENT.sub("", message)).strip()


def without_letter(message: str) -> str:
    """The message without a letter's salutation, a "the mayor asks" relay and the closing with the signature.

    >>> without_letter("Dzień dobry, wójt prosi o informację do kiedy trzeba złożyć ankietę. Pozdrawiam, A. Nowak")
    'do kiedy trzeba złożyć ankietę.'
    """
    return read_letter(message)[0]


def read_letter(message: str) -> tuple[str, bool]:
    """`without_letter`'s text, and whether it offers a statement for confirmation (`offered_for_confirmation`)."""
    body = _letter_body(message)
    question = confirmation_question(body)
    text = question.strip()
    confirming = question != body and _NO_STATEMENT_TAG.search(fold(body)) is None
    return (text if len(text.split()) >= 2 else message), confirming


def _letter_body(message: str) -> str:
    text = _CLOSING.sub("", message)
    text = _SALUTATION.sub("", text)
    text = _COURTESY.sub("", text)
    text = _without_speaker(text)
    text = _RELAY.sub("", text)
    text = _CONFIRM.sub("czy ", text.strip())
    text = _REQUEST.sub("", text)
    return _HEARSAY.sub("", text.strip()).strip()


def offered_for_confirmation(message: str) -> bool:
    """Whether the message states something and asks to confirm it ("…, prawda?", "czy to prawda, że …").

    >>> offered_for_confirmation("Dzień dobry, ankietę wysyłamy przez LSI, prawda? Pozdrawiam, A. Nowak")
    True
    >>> offered_for_confirmation("czy ankietę wysyła się przez LSI?")
    False
    """
    return read_letter(message)[1]


# "faktura zaliczkowa ok?" asks whether a thing is acceptable, and "da się tak?" whether it can be done that way
# ("tak" is the manner, not a tag): neither offers a statement of a rule
_NO_STATEMENT_TAG = lazy(
    r"\b(?:ok|okej|(?:da\s+sie|mozna|wolno|moge|mozemy|moga|robic|zrobic)\s+(?:\w+\s+)?tak)\s*\?*\s*$"
)


_EARLY_QUESTION_WORD = lazy(rf"^(?:\S+\s+){{0,5}}?{_QUESTION_WORD}\b")
# "podeślijcie maila do cyfrowego powiatu", "proszę o wyliczenie grantu": a request asks as a question does
_REQUEST_VERB = lazy(
    r"^(?:\S+\s+){0,5}?(?:poda(?:j|jcie)|podesl(?:ij|ijcie)|przesl(?:ij|ijcie)|wysl(?:ij|ijcie)|wskaz(?:cie)?|"
    r"wyjasni(?:j|jcie)|napisz(?:cie)?|wylicz(?:cie)?|policz(?:cie)?|prosze\s+o|prosimy\s+o)\b"
)


def is_request(text: str) -> bool:
    """The text asks for something in the imperative ("podajcie maila", "proszę o wyliczenie").

    >>> is_request("podeślijcie maila do cyfrowego powiatu")
    True
    """
    return bool(_REQUEST_VERB.search(fold(text)))


def _is_question(part: str) -> bool:
    """A question mark, or a question word among the first words ("przez jaki czas …", "w cg czy …")."""
    folded = fold(part)
    return (
        part.rstrip().endswith("?")
        or bool(_STARTS_AS_QUESTION.search(folded))
        or bool(_EARLY_QUESTION_WORD.search(folded))
        or bool(_REQUEST_VERB.search(folded))
    )


_ANY_QUESTION_WORD = lazy(r"\b(?:czy|ile|ilu|kiedy|gdzie|kto)\b")
# "W dokumentacji CG gubię się w załącznikach – który to kryteria …": context, a dash, a question.
_AFTER_DASH = lazy(rf"\s[-–:]\s+{_QUESTION_WORD}\b")
# "… macierz dyskowa z cs? a antywirus?": a short follow-up naming another thing.
_ITEM_FOLLOW_UP = lazy(r"^a\s+\w+(?:\s+\w+){0,2}\s*\?$")


def _asks(piece: str, first: bool = False) -> bool:
    """A piece asks on its own; the first piece of a sentence may ask late, after its context
    ("jesteśmy powiatem, chcieliśmy się dowiedzieć ile maksymalnie …")."""
    if _ELLIPTIC.match(fold(piece)):
        return True
    if len(piece.split()) < MIN_PART_WORDS:
        return False
    folded = fold(piece)
    return _is_question(piece) or (
        first and bool(_ANY_QUESTION_WORD.search(folded) or _AFTER_DASH.search(folded) or _INDIRECT.search(folded))
    )


# "… i nie wiem co to jest ten GWG i kto to jest Operator": a question asked indirectly, after "I don't know"
_INDIRECT = lazy(
    r"\b(?:nie\s+wiem\w*|nie\s+rozumiem\w*|nie\s+jestem\s+pewn\w*|chcial\w*\s+(?:bym\s+)?wiedziec)\s+"
    r"(?:do\s+konca\s+)?(?P<word>co|kto|jak\w*|gdzie|ile|czy|kiedy|czym|dlaczego)\b"
)


# "… pocztę w chmurze i testy bezpieczeństwa strony – czy jedno i drugie jest kwalifikowalne?": one
# question about two things named before it; each is asked on its own.
_BOTH = lazy(
    r"\s*\b(?:oba|obie|obydwa|obydwie|obu|oboje|jedno\s+i\s+drugie|jeden\s+i\s+drugi|jedna\s+i\s+druga)\b"
    r"(?:\s+(?:te\s+)?(?:wydatki|wydatk\w*|koszty|koszt\w*|zakupy|rzeczy|pozycje|elementy))?"
)
# the asking words of a message typed without stops: "… i szkolenie dla urzędników da się jedno i drugie"
_ASKING_RUN_ON = lazy(
    r"\s(?:czy\s+)?(?:da\s+sie|mozna|mozemy|wolno|przejdzie|przejda|wejdzie|wejda|kwalifikuje\s+sie|"
    r"kwalifikuja\s+sie|sfinansujemy|rozliczymy|zrobimy)(?=\s+(?:\w+\s+){0,2}$|\s*$)"
    # "… serwer i 5 drukarek z cyber samorządu czy oba"
    r"|\s(?:a\s+)?czy(?=\s*$)"
)
# "… menedżer haseł i przy okazji klawiatury – co z tego przejdzie?": which of the things named pass.
_WHICH_OF = lazy(
    r"\b(?:co|ktore|ktora|ktory)\s+z\s+(?:tego(?:\s+wszystkiego)?|tych(?:\s+rzeczy|\s+zakupow)?|nich)\b"
    # "… komputery do przychodni i laptopy do ośrodka, co się załapie": which of the things named pass
    r"|,\s*(?:to\s+)?co\s+(?=(?:sie\s+)?(?:za)?(?:lapie|przejdzie|kwalifikuje|wejdzie)\b)"
)
_CLAUSE_END = lazy(r"[.?!]\s+|\s+[-–:]\s+")
_STRONG_JOIN = lazy(
    r",?\s+(?:a\s+do\s+tego|i\s+do\s+tego|a\s+takze|a\s+tez|oraz|plus|(?:a|i)\s+(?:przy\s+okazji|jeszcze|dodatkowo))\s+"
)
_AND = lazy(r"\s+i\s+")


# "czy w CS przejdą: 2 smartfony do MFA, NAS do kopii i switch zarządzalny?": a list after a colon.
_LISTED = lazy(r"^(?P<head>.*\b(?:czy|jakie|ktore|ktory|ktora)\b[^:]*?)(?<!\d):\s+(?P<items>[^:]+)$")
_LIST_SEP = lazy(r"\s*,?\s+(?:i|oraz|albo|lub)\s+|\s*,\s*")
MAX_ITEMS = 4


def _listed_items(sentence: str) -> list[str] | None:
    """One question per item of a list after a colon; None when the sentence holds no such list."""
    folded = fold(sentence)
    match = _LISTED.match(folded)
    if match is None or len(folded) != len(sentence):
        return None
    head = sentence[: match.end("head")]
    start = match.start("items")
    items = [
        sentence[start + m_start : start + m_end].strip(" ?")
        for m_start, m_end in _spans_between(_LIST_SEP, folded[start:])
    ]
    items = [item for item in items if item]
    if not 2 <= len(items) <= MAX_ITEMS:
        return None
    return [f"{head} {item}?" for item in items]


# "Co z ankietą – do kiedy, gdzie wysłać i czy tylko raz?": a topic, then a list of short questions about it.
_ASKED_ABOUT = lazy(
    r"^(?P<head>.*?\S)\s*[–:-]\s+(?P<items>(?:do\s+kiedy|od\s+kiedy|kiedy|gdzie|ile|kto|jak|czy)\b[^,–:-]{0,30}"
    r"(?:,\s*(?:do\s+kiedy|od\s+kiedy|kiedy|gdzie|ile|kto|jak|czy)\b[^,–:-]{0,30})*"
    r"\s+(?:i|oraz)\s+(?:do\s+kiedy|od\s+kiedy|kiedy|gdzie|ile|kto|jak|czy)\b[^,–:-]{0,30})\?*$"
)
_ASKED_SEP = lazy(r"\s*,\s*|\s+(?:i|oraz)\s+(?=(?:do\s+kiedy|od\s+kiedy|kiedy|gdzie|ile|kto|jak|czy)\b)")


def _asked_about(sentence: str) -> list[str] | None:
    """One question per short question listed after a topic and a dash or colon; None when there is no such list.

    >>> _asked_about("Co z ankietą – do kiedy, gdzie wysłać i czy tylko raz?")
    ['Co z ankietą – do kiedy', 'Co z ankietą – gdzie wysłać', 'Co z ankietą – czy tylko raz?']
    """
    folded = fold(sentence)
    match = _ASKED_ABOUT.match(folded)
    if match is None or len(folded) != len(sentence):
        return None
    head = sentence[: match.start("items")]  # the topic with its own dash or colon
    start = match.start("items")
    items = [sentence[start + a : start + b].strip() for a, b in _spans_between(_ASKED_SEP, folded[start:])]
    items = [item for item in items if item.strip("?")]
    if not 2 <= len(items) <= MAX_ITEMS:
        return None
    return [f"{head}{item}" for item in items]


def _spans_between(pattern: re.Pattern[str], text: str) -> list[tuple[int, int]]:
    """The spans of `text` between the matches of `pattern`."""
    spans, start = [], 0
    for match in pattern.finditer(text):
        spans.append((start, match.start()))
        start = match.end()
    spans.append((start, len(text)))
    return spans


def _both_items(message: str) -> list[str] | None:
    """Two questions for "czy oba / jedno i drugie …?" after two things joined by "i", "oraz", "a do tego"."""
    folded = fold(message)
    both = _BOTH.search(folded)
    which = _WHICH_OF.search(folded) if both is None else None
    marker = both if both is not None else which
    if marker is None or len(folded) != len(message):
        return None
    # (the marker's own leading space may be the one after the stop)
    ends = [m.end() for m in _CLAUSE_END.finditer(folded, 0, marker.start() + 1) if m.end() <= marker.end()]
    if which is not None:
        # "… i przy okazji klawiatury i myszy co z tego przejdzie": the things are joined strongly,
        # so the clause may run on without a stop; each is asked whether it passes
        end = ends[-1] if ends else which.start()
        context = message[:end].rstrip(" .?!–-:,")
        asking = "czy " + message[which.end() :].strip(" ?")
        join = _STRONG_JOIN.search(fold(context))
        if join is None and which.group().startswith(","):
            # "komputery do przychodni i laptopy do ośrodka, co się załapie": the last "i" joins the things
            join = next(reversed(list(_AND.finditer(fold(context)))), None)
    else:
        assert both is not None
        if ends:
            end = ends[-1]
        else:
            # "… pentesty strony i szkolenie z phishingu da się jedno i drugie": typed without a stop, the
            # asking words just before the marker end the things named
            asks = list(_ASKING_RUN_ON.finditer(folded, 0, both.start()))
            if not asks or asks[-1].start() == 0:
                return None
            end = asks[-1].start()
        context = message[:end].rstrip(" .?!–-:")
        asking = (message[end : both.start()] + message[both.end() :]).strip(" ?")
        if not _ANY_QUESTION_WORD.search(fold(asking)):
            asking = "czy " + asking.strip()
        if fold(asking).strip(" ,") in ("czy", "a czy"):
            asking = "czy to jest kwalifikowalne"  # "… serwer i drukarki z CS czy oba": whether each passes
        join = _STRONG_JOIN.search(fold(context)) or next(reversed(list(_AND.finditer(fold(context)))), None)
    if join is None or not _ANY_QUESTION_WORD.search(fold(asking)):
        return None
    items = [context[: join.start()].strip(" ,"), context[join.end() :].strip(" ,")]
    if any(len(item.split()) < 2 for item in items):
        return None
    return [f"{item} – {' '.join(asking.split())}?" for item in items]


# "Nasz informatyk chce sam zrobić diagnozę, nie ma certyfikatu. Może?": a bare yes/no word asks about the
# statement before it
_BARE_ASK = lazy(
    r"^(?:a\s+|i\s+)?(?:czy\s+)?(?:to\s+)?(?:moze|mozna|wolno|da\s+sie|mozliwe|dopuszczalne|przejdzie|ok|okej|"
    r"jest\s+ok|bedzie\s+ok|tak)(?:\s+(?:tak|to|byc))?\s*\?+$"
)


def _bare_asks(sentences: list[str]) -> list[str]:
    """The sentences with a statement followed by a bare "Może?" joined into the yes/no question they make."""
    out: list[str] = []
    for sentence in sentences:
        if (
            out
            and _BARE_ASK.match(fold(sentence).strip())
            and not _is_question(out[-1])
            and len(out[-1].split()) >= MIN_PART_WORDS
        ):
            out[-1] = "czy " + out[-1].rstrip(" .!") + "?"
            continue
        out.append(sentence)
    return out


# "… tonery, smartfon i szkolenie z Excela. Coś z tego przejdzie?", "w CS chcemy: NAS, serwer, drukarkę i MFA – co
# z tego przejdzie", "… szkolenie i broszury. Da się to wrzucić w koszty?": a list of things, then one question
# pointing back at all of them
_POINTER = lazy(
    r"(?:[.?!:;]\s+|\s+[-–]\s+|,\s*|^)(?P<ask>(?:a\s+|i\s+)?(?:(?:co[sś]?|kt[oó]r\w*)\s+z\s+(?:tego|tych|nich)\b"
    r"|(?:czy\s+)?(?:da\s+si[eę]|mo[zż]na|przejd\w*|wejd\w*|kwalifikuj\w*)\s+(?:to|je)\b"
    r"|czy\s+(?:to|one)\s+(?:si[eę]\s+)?(?:przejd\w*|wejd\w*|kwalifikuj\w*|[lł]api\w*|s[aą]\s+kwalifik\w*|mo[zż]na)\b)"
    r"[^.?!]*[.?!]*\s*)$"
)
_THING_SEP = lazy(
    r"\s*,\s*(?:a\s+(?:tak[zż]e\s+|do\s+tego\s+)?|i\s+|oraz\s+)?"
    r"|\s+(?:i|oraz|plus|a\s+tak[zż]e|a\s+do\s+tego)\s+(?:przy\s+okazji\s+|jeszcze\s+|dodatkowo\s+|do\s+tego\s+)?"
)
# "mamy już …", "posiadamy …", "od roku mamy …": a thing the unit has, told as context
_POSSESSED = lazy(r"^\W*(?:(?:a|i|bo|skoro)\s+)?(?:(?:juz|od\s+\w+(?:\s+\w+)?)\s+)?(?:mamy|posiadamy|maja)\b")
MAX_THINGS = 5
MAX_THING_WORDS = 8


def _outside_brackets(text: str) -> str:
    """The text with whatever stands in brackets blanked out (same length): "MFA (zarządzanie tożsamością i
    dostępem)" is one thing, whatever its explanation joins."""
    return re.sub(r"\([^()]*\)", lambda m: " " * len(m.group()), text)


def _listed_things(message: str) -> list[str] | None:
    """One question per thing of a list followed by a question pointing back at all of them."""
    folded = fold(message)
    pointer = _POINTER.search(folded)
    if pointer is None or len(folded) != len(message):
        return None
    ask = message[pointer.start("ask") :].strip()
    context = message[: pointer.start()]
    # the list is the last sentence before the question, after a colon if it has one
    start = max(context.rfind(": "), *(context.rfind(mark + " ") for mark in ".?!"))
    head, listing = context[: start + 1], context[start + 1 :]
    spans = _spans_between(_THING_SEP, fold(_outside_brackets(listing)))
    things = [listing[a:b].strip(" ,") for a, b in spans]
    if not 2 <= len(things) <= MAX_THINGS or any(not t or len(t.split()) > MAX_THING_WORDS for t in things):
        return None
    if any(_POSSESSED.match(fold(t)) for t in things):
        # "mamy nowy firewall z CS, a do tego chcieliśmy 5 laptopów – przejdzie to?": what the unit already has
        # is the context of the purchase asked about, not a second thing to judge
        return None
    lead = re.match(r"^\W*(?:a\s+|i\s+)?", fold(ask))
    question = ask[lead.end() if lead else 0 :].strip(" ?.")
    if not fold(question).startswith("czy"):
        question = "czy " + re.sub(r"(?i)^(?:co[sś]?|kt[oó]r\w*)\s+z\s+(?:tego|tych|nich)\s*", "", question)
    before = head.rstrip(" :").strip()
    # the sentence naming the programme or the purpose stays with the first thing
    first = f"{before} {things[0]}" if before and not before.endswith((".", "?", "!")) else things[0]
    return [f"{thing} – {question}?" for thing in (first, *things[1:])]


# "gdzie znajdę wzór umowy i listę dokumentów do umowy": one question word and verb, two things to find
_FIND_TWO = lazy(
    r"^(?P<head>(?:a\s+|i\s+)?(?:gdzie|skad|jak)\s+(?:(?:moge|mozemy|mozna|trzeba|nalezy)\s+)?"
    r"(?:znajd\w*|znalez\w*|pobra\w*|pobior\w*|pobierz\w*|wziac|wezm\w*|szukac|jest|sa)\s+)"
    r"(?P<things>.+)$"
)


def _two_to_find(sentence: str) -> list[str] | None:
    """One question per thing sought: "gdzie znajdę wzór umowy i listę dokumentów?" asks where each one is."""
    folded = fold(sentence)
    match = _FIND_TWO.match(folded)
    if match is None or len(folded) != len(sentence):
        return None
    head, start = sentence[: match.end("head")], match.start("things")
    joins = list(re.finditer(r"\s+(?:i|oraz)\s+", _outside_brackets(folded[start:])))
    if len(joins) != 1:
        return None
    first = sentence[start : start + joins[0].start()]
    second = sentence[start + joins[0].end() :]
    if len(first.split()) < 2 or len(second.split()) < 2 or _STARTS_AS_QUESTION.match(fold(second)):
        return None  # "gdzie jest i do kiedy …": a second question, split elsewhere
    return [f"{head}{first.strip()}", f"{head}{second.strip()}"]


def _things_to_find_first(sentence: str) -> tuple[list[str], str]:
    """The questions of "gdzie znajdę A i B" opening a sentence, and the rest of it ("…, ile mamy czasu?")."""
    if len(fold(sentence)) != len(sentence):
        return [], sentence
    first = re.split(r"(?<=\S),\s+(?=(?:ile|do\s+kiedy|kiedy|czy)\b)", sentence, maxsplit=1)[0]
    two = _two_to_find(first.rstrip(" ?"))
    if two is None:
        return [], sentence
    return two, sentence[len(first) :].lstrip(" ,")


# "składamy do CG czy do CP, czy do obu?", "czy możemy do CP, czy tylko do CG?", "w 6 miesięcy, czy w 8?": a
# "czy" with a few words and no verb of its own offers another answer to the same question, it asks none itself
_ALTERNATIVE = lazy(
    r"^(?:czy|lub|albo)\s+(?:(?:tylko|raczej|moze|jednak|wylacznie)\s+)?"
    r"(?P<rest>(?:do|w|we|z|ze|na|przez|dla|od|po)\s+(?:[\w%.,-]+\s*){1,4}|(?:do\s+)?(?:obu|oba|obie|obydw\w*))\W*$"
)
_OWN_VERB = lazy(
    r"\b(?:mozna|trzeba|nalezy|musi\w*|moze\w*|moge|mozemy|jest|sa|bedzie\w*|ma|mamy|maja|wolno|da\s+sie"
    r"|\w+(?:my|cie|ja|ic|yc|ac|ec|sc|zc)|kupi\w*|skladam\w*|liczy\w*|trwa\w*)\b"
)
# with a programme named, only a choice between programmes is an alternative ("czy tylko do CG", "czy do obu");
# "…, czy w CS też?" asks the question again for the other programme
_CHOICE = lazy(r"\b(?:tylko|wylacznie|raczej|jednak|obu|oba|obie|obydw\w*|zadn\w*)\b")


def _alternative(piece: str) -> bool:
    folded = fold(piece).strip()
    match = _ALTERNATIVE.match(folded)
    if match is None or _OWN_VERB.search(match.group("rest")) or re.search(r"\b(?:tez|takze|rowniez)\b", folded):
        return False
    return not re.search(rf"\b{_PROGRAMME}\b", match.group("rest")) or _CHOICE.search(folded) is not None


# "czy z CG możemy kupić monitory do szkoły i jeszcze sfinansować szkolenie dla urzędników": one "may we", two actions
_ACTION = (
    r"(?:kupic|zakupic|sfinansowac|finansowac|oplacic|zorganizowac|przeprowadzic|zrobic|wdrozyc|rozliczyc|zlecic"
    # "… przesunąć środki z A na B, a przy okazji zwiększyć wydatki na doradztwo": changes to the budget
    r"|dokupic|przesunac|przeniesc|zwiekszyc|zmniejszyc|zmienic|przeznaczyc|wydac)"
)
_SECOND_ACTION = lazy(
    rf"^(?P<head>.*?\bczy\b.*?\b(?:mozemy|mozna|moge|da\s+sie|wolno|bedziemy\s+mogli)\s+)(?P<a>{_ACTION}\s.+?)"
    rf",?\s+(?:i|oraz|a)\s+(?:jeszcze|tez|takze|dodatkowo|przy\s+okazji|do\s+tego)\s+(?P<b>{_ACTION}\s.+)$"
)


def _second_action(sentence: str) -> list[str] | None:
    """Two questions for a "may we" with two actions joined by "i jeszcze", each with the head that asks."""
    match = _SECOND_ACTION.match(fold(sentence))
    if match is None or len(fold(sentence)) != len(sentence):
        return None
    head = sentence[: match.end("head")]
    first = sentence[match.start("a") : match.end("a")]
    second = sentence[match.start("b") : match.end("b")]
    return [f"{head}{first}".strip(), f"{head}{second}".strip()]


def _joined_pieces(sentence: str, folded: str) -> list[str]:
    """The sentence cut before every question joined to the one before it ("…, a ile …", "… i czy …")."""
    matches = list(_JOINED.finditer(folded))
    ends = [m.start() for m in matches[1:]] + [len(folded)] if matches else []
    cuts = [
        m
        for m, end in zip(matches, ends, strict=True)
        # "…, a czy w CS …" joins a new question; a bare ", czy …" may offer an alternative
        if re.search(r"\b(?:a|i|oraz)\b", m.group()) or not _alternative(folded[m.end() : end])
    ]
    if not cuts:
        return [sentence]
    pieces, start = [], 0
    for k, match in enumerate(cuts):
        head = sentence[start : match.start()].strip(" ,")
        elliptic_tail = k == len(cuts) - 1 and _ELLIPTIC.match(folded[match.end() :].strip())
        share_next = bool(_SHARE_OF_IT.match(folded[match.start() :].strip(" ,"))) and _STARTS_ASKING.match(head)
        if (
            k == 0
            and not elliptic_tail
            and not share_next
            and not _ELLIPTIC.match(fold(head))
            and not _asks(head, first=True)
        ):
            # "cp - czy musimy …", "Dzień dobry, cyber samorząd - jaki …": a lead-in
            # that asks nothing stays with the question after it, as typed
            continue
        pieces.append(sentence[start : match.start()])
        start = match.end()
    pieces.append(sentence[start:])
    return pieces


_SHARE_OF_IT = lazy(
    r"^\W*(?:a\s+|i\s+)?(?:ile|jak\w*\s+(?:kwot\w*|czesc\w*))\s+(?:\w+\s+)?z\s+(?:tego|tej\s+kwoty|niego|niej)\b"
)


def _before_share(pieces: list[str], k: int) -> bool:
    """ "Ile wyjdzie i ile z tego możemy dać doradcy?": the next question takes a share of this one's result, so a
    short question here asks on its own (its context is the sentence before)."""
    return (
        k + 1 < len(pieces)
        and _STARTS_ASKING.match(pieces[k]) is not None
        and _SHARE_OF_IT.match(fold(pieces[k + 1])) is not None
    )


def split_questions(message: str) -> list[str]:
    """The questions a message asks, in order; a single-element list when it asks one (or none)."""
    # of the two readings of "A, B i C – co z tego przejdzie", the one that finds more things
    both = max((x for x in (_both_items(message), _listed_things(message)) if x is not None), key=len, default=None)
    if both is not None:
        return both
    sentences = _bare_asks([s.strip() for s in _SENTENCES.split(message) if s and s.strip()])
    parts: list[str] = []
    for sentence in sentences:
        if not (_is_question(sentence) or _ANY_QUESTION_WORD.search(fold(sentence))):
            continue
        # fold keeps the length of Polish text, so offsets found on the folded text carry over
        folded = fold(sentence)
        pieces = [sentence]
        listed = _listed_items(sentence) or _asked_about(sentence) or _second_action(sentence)
        if listed is not None:
            parts.extend(listed)
            continue
        found, sentence = _things_to_find_first(sentence)
        if found:
            parts.extend(found)
            folded, pieces = fold(sentence), [sentence]
            if not sentence:
                continue
        if len(folded) == len(sentence):
            pieces = _joined_pieces(sentence, folded)
        aspects = _ASPECTS.match(folded) if len(pieces) == 1 and len(folded) == len(sentence) else None
        if aspects:
            head = sentence[: aspects.end("head")]
            pieces = [f"{head} {sentence[aspects.start(x) : aspects.end(x)]}" for x in ("a", "b")]
        cleaned = []
        for piece in pieces:
            piece = piece.strip(" ,")
            indirect = _INDIRECT.search(fold(piece)) if len(pieces) > 1 else None
            if indirect is not None and len(fold(piece)) == len(piece):
                # "jestem nowa, przejęłam temat i nie wiem co to jest GWG, i kto …": the story before "nie wiem" is
                # context (the programme it names applies to every part); the question starts at its question word
                piece = piece[indirect.start("word") :]
            lead = _LEAD.match(fold(piece))
            if lead and lead.end() and len(fold(piece)) == len(piece) and not _ITEM_FOLLOW_UP.match(fold(piece)):
                piece = piece[lead.end() :]
            cleaned.append(piece.strip())
        # Every piece must ask on its own ("w cg czy możemy …, i czy …"); "dostaliśmy wezwanie
        # 3 marca, do kiedy mamy czas?" is context and one question.
        # "w CG używany sprzęt można, a w CS?": the elliptic follow-up makes the statement a question.
        follow_up = len(cleaned) == 2 and bool(_ELLIPTIC.match(fold(cleaned[1])))
        if (
            len(cleaned) > 1
            and not follow_up
            and not all(_asks(p, first=i == 0) or _before_share(cleaned, i) for i, p in enumerate(cleaned))
        ):
            cleaned = [sentence]  # "czy laptop i czy drukarka" style fragments: keep the sentence whole
        parts.extend(p for p in cleaned if p)
    parts = [
        p
        for k, p in enumerate(parts)
        if len(p.split()) >= MIN_PART_WORDS
        # "w CG – ile dni …": an elliptic part needs a question before it; first, it is the lead-in naming the programme
        or (k and _ELLIPTIC.match(fold(p)))
        or (k and _ITEM_FOLLOW_UP.match(fold(p)))
        or _before_share(parts, k)
    ]
    # "… laptopy z CS, czy lepiej z CP?": the alternative is the same question about the other programme
    parts = [_better_alternative(p) if k else p for k, p in enumerate(parts)]
    parts = _without_lead_in(parts)
    # "A jak to jest w CS – co wysyłamy?": "how is it there" only opens the question after it
    parts = [p for k, p in enumerate(parts) if not (k + 1 < len(parts) and _HOW_THERE.match(fold(p)))]
    if len(parts) < 2:
        return [message]
    return parts[:MAX_PARTS]


def _better_alternative(part: str) -> str:
    match = _BETTER_ALTERNATIVE.match(fold(part))
    return f"a {match.group(1)} {part[match.end() :]}" if match is not None and len(fold(part)) == len(part) else part


def _without_lead_in(parts: list[str]) -> list[str]:
    """The parts without a lead-in that asks nothing of its own."""
    if parts and _PROGRAMME_ONLY.match(fold(parts[0])):
        parts = parts[1:]  # "w cyfrowej gminie – ile dni …": the lead-in names the programme and asks nothing
    while len(parts) > 1 and not parts[0].rstrip().endswith("?") and _INDIRECT.search(fold(parts[0])):
        # "… i nie wiem, kto jest kim. Kto jest Operatorem …?": a told "nie wiem kto" before the questions asked is
        # why the official asks, not one more question
        parts = parts[1:]
    return parts


_PROGRAMME_ONLY = lazy(
    r"^\W*(?:(?:a|i)\s+)?(?:(?:w|we|z|ze|do|dla)\s+)?(?:(?:programie|konkursie|projekcie)\s+)?"
    r"(?:c[gps]|cyfrow\w*\s+(?:gmin\w*|powiat\w*|powiec\w*)|cyberbezpieczn\w*(?:\s+samorzad\w*)?|cyber\s*samorzad\w*)\W*$"
)
