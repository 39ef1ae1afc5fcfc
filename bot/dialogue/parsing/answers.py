"""Short answers and requests inside a conversation: yes/no, "ta druga", "skąd ta kwota?", "dlaczego?",
"wyczyść zestaw", thanks and greetings; a unit's name in the nominative.

Pure: no I/O, no state.
"""

from __future__ import annotations

import re

from bot.dialogue.parsing.statements import adjective_nominative
from knowledge.normalize import fold

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


# "hmm", "mhm", "eee", "yyy", "aha": a sound, not a question nor a thing to buy
_FILLER = re.compile(r"(?i)^\W*(?:h+m+|m+h+m+|m+|e+|y+|a+|a+ha+|acha|hmm+\s*hmm+|no\s+no)\W*$")


def is_filler(text: str) -> bool:
    """A message that is only a sound of thinking or hesitation.

    >>> is_filler("hmm"), is_filler("Hmm..."), is_filler("yyy?"), is_filler("mhm"), is_filler("aha")
    (True, True, True, True, True)
    >>> is_filler("hmm. a oprogramowanie antywirusowe?"), is_filler("ok"), is_filler("AAA")
    (False, False, True)
    """
    return bool(_FILLER.match(text.strip()))


def is_yes(text: str) -> bool:
    return " ".join(text.casefold().split()).strip("!. ") in {y.strip("!. ") for y in _YES}


def is_no(text: str) -> bool:
    return " ".join(text.casefold().split()).strip("!. ") in {n.strip("!. ") for n in _NO}


_DETAILS = re.compile(
    # "a jak to policzono?", "ok, skąd taka kwota?", "prosze o szczegoly": a leading particle or
    # politeness does not change the request.
    r"(?i)^\W*(?:(?:a|i|no|ok|okej|dobrze|dzi[eę]ki|to|a\s+to|super|aha|hmm?|nie\s+rozumiem|nie\s+wiem|nie\s+jestem\s+pewn\w*)"
    r"\W+)?(?:(?:prosz[eę]\s+(?:o\s+)?|rozpisz\w*\s+(?:mi\s+|nam\s+)?|"
    r"mo[zż]na\s+(?:prosi[cć]\s+o\s+)?|poprosz[eę]\s+(?:o\s+)?)?(?:szczeg[oó][lł]\w*(?:\s+oblicze[nń])?|"
    # "pokaż, jak to policzyliście", "wyjaśnij mi, jak to wyliczono"
    r"wyliczeni\w*|obliczeni\w*)|(?:(?:poka[zż]\w*|wyja[sś]nij\w*|napisz\w*|rozpisz\w*)\W+(?:mi\W+|nam\W+)?)?jak\s+(?:to\s+|on\s+|ona\s+|ten\s+grant\s+|ta\s+kwota\s+)?(?:zosta[lł]\w*\s+|by[lł]\w*\s+)?(?:policzono|obliczono|policzon\w*|wyliczon\w*|obliczon\w*|"
    r"wyliczono|policzy[lł]\w*|obliczy[lł]\w*|wylicza\w*|liczy\w*|wysz[lł]\w*|wyliczyli\w*|policzyli\w*|"
    r"obliczyli\w*)(?:\s+\w+)?(?:\s+\w+)?|sk[aą]d\s+(?:si[eę]\s+wzi[eę][lł]\w*\s+)?(?:ta|taka|te|takie)\s+"
    r"(?:kwota|kwoty|liczb\w*|wynik)|poka[zż]\s+(?:obliczeni\w*|wyliczeni\w*|szczeg[oó][lł]\w*)"
    # "skąd to się wzięło?", "skąd się to wzięło?", "z czego to wynika?", "jak do tego doszliście?"
    r"|sk[aą]d\s+(?:to\s+si[eę]|si[eę]\s+to|si[eę]\s+ta\s+kwota|ta\s+kwota\s+si[eę])\s+wzi[eę][lł]\w*"
    r"|z\s+czego\s+(?:to|ta\s+kwota)\s+wynika|jak\s+(?:do\s+tego|do\s+tej\s+kwoty)\s+do\w*"
    # "rozpiszesz mi to?", "możesz to rozpisać krok po kroku?", "krok po kroku poproszę": the steps asked for
    r"|(?:(?:mo[zż]\w*|czy|da\s+si[eę]|prosz[eę])\s+)?(?:(?:mi|nam|to)\s+)*rozpisa?\w*(?:\s+(?:mi|nam|to|t[eę]|ten|"
    r"kwot[eę]|grant|wyliczeni\w*|obliczeni\w*|wz[oó]r|dok[lł]adn\w*|jeszcze|raz))*(?:\s+krok\s+po\s+kroku)?"
    r"(?:\s+jak\s+(?:to\s+)?(?:wysz[lł]\w*|wychodzi|policzy\w*))?"
    r"(?:\s+(?:prosz[eę]|poprosz[eę]))?|krok\s+po\s+kroku(?:\s+(?:prosz[eę]|poprosz[eę]))?"
    # "skąd te 432 tys górnej granicy?", "skąd 905 380 zł?": a figure of the answer, named by its value
    r"|sk[aą]d\s+(?:si[eę]\s+wzi[eę][lł]\w*\s+)?(?:ta|te|to|taka|takie)?\s*\d[\d\s.,]*(?:tys\w*\.?|mln|k|z[lł]|pln)?"
    r"(?:\s+(?:g[oó]rn\w*|doln\w*|maksymaln\w*)(?:\s+(?:granic\w*|kwot\w*|limit\w*))?)?)\W*$"
)


# "skąd to wiecie?", "na jakiej podstawie?", "gdzie to jest napisane?": the source of the previous answer
_WHERE_FROM = re.compile(
    r"(?i)^\W*(?:(?:a|i|no|ok|okej|dobrze|dzi[eę]ki|aha|hmm)\W+)?(?:a\s+)?(?:"
    r"sk[aą]d\s+(?:to\s+|te\s+|ta\s+)?(?:wiecie|wiesz|wiadomo|macie|masz|informacj\w*|wiedza|dane)"
    r"|na\s+jakiej\s+podstawie(?:\s+\w+){0,2}|(?:a\s+)?gdzie\s+(?:to\s+|tak\s+)?(?:jest\s+)?(?:napisane|zapisane|stoi)"
    r"(?:\s+\w+){0,2}|jak\w*\s+(?:jest\s+|to\s+)?(?:[zź]r[oó]d[lł]\w*|podstaw\w*)(?:\s+\w+){0,2}"
    r"|(?:jakie\s+|podaj\w*\s+)?[zź]r[oó]d[lł]\w*|podstaw\w*\s+prawn\w*|kt[oó]r\w+\s+(?:to\s+)?(?:paragraf|punkt|przepis)\w*"
    r"(?:\s+\w+){0,2}"
    # "podaj paragraf", "poproszę punkt", "jaki to paragraf?", "a paragraf?": where the answer stands
    r"|(?:(?:podaj\w*|poprosz[eę]|prosz[eę]\s+o|daj|wska[zż]\w*|jak\w*|a)\s+(?:mi\s+|nam\s+)?(?:to\s+|ten\s+|ta\s+)?)"
    r"(?:paragraf|punkt|przepis|podstaw[aeęy]|§|ust[eę]p|artyku[lł])\w*(?:\s+\w+){0,2})\W*$"
)


def asks_source(text: str) -> bool:
    """'skąd to wiecie?', 'na jakiej podstawie?', 'gdzie to jest napisane?': the previous answer's source; also
    "a skąd ten limit? podaj punkt" (each sentence asks where it stands).

    >>> asks_source("a skąd ten limit? podaj punkt"), asks_source("skąd ten limit? ile to zł?")
    (True, False)
    """
    parts = [p for p in re.split(r"(?<=\?)\s+", text.strip()) if p]
    return (
        bool(parts)
        and all(_WHERE_FROM.match(p) or _WHENCE_THIS.match(p) for p in parts)
        and any(_WHERE_FROM.match(p) for p in parts)
    )


# "a skąd ten limit?", "skąd te 5 %?": where a figure or rule of the previous answer comes from
_WHENCE_THIS = re.compile(r"(?i)^\W*(?:a\s+)?sk[aą]d\s+(?:ten|ta|to|te|taki\w*)\s+[^\W\d]+\W*$")


# "jesteś pewien? w regulaminie jest inaczej", "na pewno? chyba 5 lat", "a nie było 6 miesięcy?": the previous
# answer doubted – it is checked again and shown with its basis, whatever the user remembers
_DISPUTE = re.compile(
    r"(?i)^\W*(?:(?:a|ale|hmm+|hm|czy|no|serio|halo)\W+)*(?:"
    r"(?:jeste[sś]|jest\s+pan\w*|jeste[sś]cie)\s+(?:tego\s+)?pew\w*|na\s*pewno\b|serio\b|naprawd[eę]\s*\?|"
    r"my[sś]la[lł]\w*\s*,?\s*[zż]e\b|to\s+pewne\b|to\s+na\s+pewno\b|"
    r"w\s+(?:regulaminie|schemacie|dokumentach|umowie|og[lł]oszeniu)\s+(?:jest|by[lł]o|pisze|pisa[lł]o|stoi)\s+"
    r"(?:inaczej|co\s+innego)|to\s+(?:chyba\s+)?(?:nieprawda|b[lł][aą]d)\b|chyba\s+si[eę]\s+myl\w*|"
    r"myl\w*\s+si[eę]\b|(?:to\s+)?si[eę]\s+nie\s+zgadza\b|(?:chyba\s+)?co[sś]\s+(?:jest\s+|tu\s+)?nie\s+tak\b(?!\s+(?:z|ze|w|we)\b)"
    r")"
)


def disputes(text: str) -> bool:
    """The previous answer doubted: 'jesteś pewien?', 'na pewno? w regulaminie było 6 miesięcy'.

    >>> disputes("jestes pewien? w regulaminie jest inaczej"), disputes("na pewno?"), disputes("czy to pewne?")
    (True, True, True)
    >>> disputes("pewnie tak, a laptop?"), disputes("czy na pewno trzeba ubezpieczyć sprzęt w cs?")
    (False, False)
    """
    match = _DISPUTE.match(text.strip())
    if match is None:
        return False
    # "czy na pewno trzeba ubezpieczyć sprzęt?" is a question of its own, not a doubt about the answer before
    said_with_it = re.split(r"[?.!,;:–—]", text.strip()[match.end() :], maxsplit=1)[0]
    return len(said_with_it.split()) <= 2


def asks_details(text: str) -> bool:
    """'Szczegóły', 'jak to policzono?', 'skąd ta kwota?', 'rozpiszesz mi to?'.

    >>> [asks_details(t) for t in ("rozpiszesz mi to?", "możesz to rozpisać krok po kroku?", "krok po kroku proszę")]
    [True, True, True]
    >>> asks_details("a możecie to rozpisać jak wyszło?")
    True
    >>> asks_details("rozpisz mi wzór na grant w cp"), asks_details("rozpisać zamówienie na dwa?")
    (False, False)
    """
    return bool(_DETAILS.match(text.strip()))


_WHY_VERDICT = re.compile(
    r"(?i)^\W*(?:a\s+|i\s+)?(?:dlaczego|czemu|z\s+jakiego\s+powodu)\s+(.+?)\s+(?:(?:jest|s[aą]|by[lł]\w*|zosta[lł]\w*)\s+"
    r"(?:oznaczon\w*\s+jako\s+)?(?:do\s+wyja[sś]nienia|do\s+sprawdzenia|do\s+oceny|do\s+indywidualnej\s+oceny|"
    r"niekwalifikowaln\w*|kwalifikowaln\w*|odrzucon\w*)"
    # "a czemu drukarka odpada?", "czemu laptopy nie przeszły?"
    r"|odpa[dl]\w*|nie\s+przesz\w*|nie\s+kwalifikuj\w*|nie\s+liczy\w*|nie\s+wchodz\w*"
    r"|wypad\w*|odrzuc\w*"
    # "a dlaczego kamery nie?", "czemu ups nie?", "dlaczego kamery tylko do oceny?"
    r"|(?:nie|tylko\s+do\s+(?:indywidualnej\s+)?oceny|nie\s+mo[zż]na|nie\s+wolno)\W*$)"
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


# "o kurcze, to faktura Suwałk, nie nasza – usuń ją", "ten toner to pomyłka, wywal go": a document (or a thing on it)
# described, what the user thinks of it, then "remove it"
_DESCRIBED_THEN_IT = re.compile(
    r"(?i)(?:^|[,;.!?]\s*)(?:(?:o\s+kurcze|kurcze|ups|oj\w*|sorry|sorki|przepraszam)\W+)*(?:to\s+)?"
    r"(?P<what>[^,;.–—?!]{2,50}?)\s*,?\s*(?:to\s+(?:pomy[lł]k\w*|b[lł][aą]d\w*)|(?:(?:jest|s[aą])\s+)?(?:a\s+)?nie\s+nasz\w*|"
    r"(?:jest\s+)?niepotrzebn\w*)?\s*[,;.–—-]+\s*(?:(?:prosz[eę]|to)\s+)?(?:usu[nń]|skasuj|wyrzu[cć]|wywal|wykre[sś]l)\s+"
    r"(?:j[aąeę]|go|je|to)\b"
)


def document_ref(text: str) -> str | None:
    """'usuń plik 2', 'usuń faktura.pdf z zestawu' -> '2' / 'faktura.pdf'."""
    match = re.match(
        r"(?i)^\W*(?:(?:to|dobra|dobrze|ok|okej|a|i|wi[eę]c|prosz[eę]|no)\W+)*(?:usu[nń]|skasuj|wyrzu[cć]|usun|wywal|wykre[sś]l)\s+"
        r"(?:(?:t[eę]|ten|to|tamt[aąe]\w*)\s+)?(?:(?P<kind>plik\w*|dokument\w*|faktur\w*|protok\w*|korekt\w*)(?=\s|$)\s*)?"
        r"(?:nr\s*)?(.*?)(?:\s*z\s+zestawu)?\W*$",
        text.strip(),
    )
    if match is None:
        # "o kurcze, to faktura Suwałk, nie nasza – usuń ją z zestawu": the document described, then "it"
        described = _DESCRIBED_THEN_IT.search(text)
        if described:  # "ta faktura dla Suwałk jest nie nasza": what it is, not what the user thinks of it
            return re.sub(r"(?i)\s+(?:dla|od)\s+", " ", described.group("what").strip())
        # "to pomyłka księgowej, usuń fv_cs_suwalki.pdf z zestawu": the request after a context clause
        clause = re.search(
            r"(?i)(?:[,;.]|\s[–—-])\s*((?:usu[nń]|skasuj|wyrzu[cć]|wywal|wykre[sś]l)\s+\S+\.(?:pdf|xml|jpe?g|png|heic|tiff?|webp)\b.*)$",
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
    # "ile byśmy dostali?", "ile dostalibyśmy?", "ile moglibyśmy dostać?": the grant asked conditionally
    r"by[sś]my\s+(?:\w+\s+)?(?:dostal\w*|otrzymal\w*|mieli|mogli\s+(?:dosta[cć]|otrzyma[cć]|mie[cć]))|"
    r"(?:dostali|otrzymali|mogli)by[sś]my\b|"
    r"nale[zż]y\s+(?:si[eę]\s+)?nam|przys[lł]uguje\s+nam|nasz\w*\s+grant\w*|dla\s+nas|otrzymamy|"
    # "liczymy się jako gmina czy jako powiat? ile?": the own unit's grant, whatever it counts as
    r"liczymy\s+si[eę]\s+jako|traktuj\w*\s+nas\s+jako|"
    # "a z cs ile miasto dostanie?", "ile dostanie nasz powiat?": the user's unit by its kind, no name after it
    # ("ile powiat dostaje z cs?" asks about any powiat)
    r"ile\s+(?:nasz\w*\s+(?:miasto|gmina|powiat|starostwo|urz[aą]d)|miasto)\s+(?:dostanie|otrzyma|mo[zż]e\s+dosta[cć])|"
    r"ile\s+(?:dostanie|otrzyma|mo[zż]e\s+dosta[cć])\s+(?:nasz\w*\s+(?:miasto|gmina|powiat|starostwo|urz[aą]d)|miasto)(?=\W*$)|"
    # "ile mamy grantu?", "jaki grant mamy", "ile wychodzi nam"
    r"ile\s+(?:mamy|by[sś]my\s+mieli|wychodzi\s+nam|nam\s+wychodzi)\s+(?:\w+\s+)?grant\w*|grant\w*\s+mamy|"
    # "ile mamy szansę dostać?", "na ile możemy liczyć?"
    r"mamy\s+szans\w*\s+(?:na\s+)?(?:dosta\w*|otrzyma\w*)|(?:na\s+)?ile\s+mo[zż]emy\s+liczy[cć]|"
    # "a ile mamy kasy?", "ile pieniędzy możemy mieć", "ile mamy do wydania?": the money, in everyday words
    r"ile\s+(?:mamy|mo[zż]emy\s+mie[cć]|by[sś]my\s+mieli)\s+(?:kas[yaę]|pieni[eę]dzy|[sś]rodk[oó]w|do\s+wydania|"
    r"do\s+dyspozycji)|ile\s+(?:kas[yaę]|pieni[eę]dzy|[sś]rodk[oó]w)\s+(?:mamy|dostaniemy|nam\s+\w+)|"
    # "to jeszcze raz – ile my z CG?", "a ile wtedy my?": "we" said outright
    r"\bile\s+(?:\w+\s+)?my\b(?!\s+(?:mo[zż]emy\s+)?(?:wyda|przeznacz|kupi|zap[lł]ac)\w*)|"
    # "UG Lipno – ile kasy z cyfrowej gminy?": the money of a programme, asked by the unit that wrote
    r"ile\s+(?:kas[yaę]|pieni[eę]dzy|[sś]rodk[oó]w|hajsu|forsy)\s+(?:z|ze|w|we)\s+|"
    r"ile\s+(?:wychodzi|wyjdzie)\s+(?:nam|dla\s+nas)|"
    # "ile możemy mieć z cyfrowej gminy?", "ile będziemy mogli mieć w cs?"
    r"ile\s+(?:mo[zż]emy|mogliby[sś]my|b[eę]dziemy(?:\s+mogli)?)\s+mie[cć]\b|"
    # "ile by nam wyszło przy G 2048?", "ile mogliśmy dostać?"
    r"ile\s+(?:by\s+)?nam\s+(?:wysz[lł]\w*|wyjdzie|wychodzi)|mogli[sś]my\s+(?:dosta\w*|otrzyma\w*|mie[cć])|"
    # "ile dostanie nasz powiat?", "ile może dostać nasza gmina w cs"
    r"(?:ile|jak\w*\s+kwot\w*|jaki\w*\s+grant\w*)\s+(?:\w+\s+){0,3}nasz\w*\s+"
    r"(?:powiat|gmin|miast|wojew[oó]dztw|jednostk|urz[aą]d|starostw)\w*|"
    # "ile nam przysługuje?", "ile nam wyjdzie w cs", "ile nam dadzą"
    r"ile\s+(?:\w+\s+)?nam\s+(?:przys[lł]ug\w*|nale[zż]\w*|wyjdzie|wychodzi|dadz[aą]|daj[aą]|przyznaj\w*|przypad\w*)|"
    # "a u nas było ile?", "ile u nas wychodziło?": the own unit's grant, by where it is
    r"\bu\s+nas\s+(?:\w+\s+)?(?:by[lł]\w*\s+|wysz[lł]\w*\s+|wychodzi\w*\s+)?ile\b|"
    r"\bile\s+(?:\w+\s+)?(?:by[lł]\w*|wysz[lł]\w*|wychodzi\w*)\s+u\s+nas\b|"
    # "jaki grant w cp nam przysługuje?"
    r"(?:grant\w*|kwot\w*)\b.{0,30}\bnam\s+(?:przys[lł]ug\w*|nale[zż]\w*)|"
    # "na ile możemy liczyć", "ile kasy dostaniemy", "na jak duży grant możemy liczyć"
    r"(?:na\s+ile|na\s+jak\w*\s+(?:\w+\s+)?(?:grant|kwot)\w*)\s+(?:mo[zż]emy\s+)?liczy[cć])\b"
)


# "jaki dokument operator będzie chciał?", "co musimy mu pokazać?": what to show or attach – a rule, no thing
DOCUMENTS_ASKED = re.compile(
    r"(?i)\bjaki\w*\s+(?:dokument|za[lł][aą]cznik|o[sś]wiadczeni)\w*|\bco\s+(?:musimy|trzeba|nale[zż]y|mamy)\s+"
    r"(?:mu\s+|im\s+|jej\s+|operatorowi\s+)?(?:pokaza|do[lł][aą]czy|przedstawi|z[lł]o[zż]y|przes[lł]a|dostarczy)\w*"
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
_AGAIN = r"(?:\s+(?:jeszcze\s+raz|ponownie|znowu|od\s+nowa|jeszcze\s+raz\s+prosz[eę]|prosz[eę]))?"
_MAKE_REPORT = re.compile(
    r"(?i)^\W*(?:(?:(?:jeszcze\s+raz|ponownie|znowu)\s+)?(?:zr[oó]b|wygeneruj|przygotuj|poka[zż]|daj|generuj|uruchom)"
    r"\s+(?:mi\s+|nam\s+)?(?:(?:jeszcze\s+raz|ponownie|znowu)\s+)?(?:ten\s+)?(?:raport|kontrol[eę]|sprawdzenie)"
    rf"{_AGAIN}|sprawd[zź]\s+(?:te\s+|moje\s+|nasze\s+|wszystkie\s+)?"
    rf"(?:dokumenty|faktury|pliki|zestaw){_AGAIN}|raport(?:\s+(?:prosz[eę]|z\s+kontroli))?{_AGAIN})\W*$"
)
# "jednak odliczamy VAT – pokaż raport jeszcze raz": something said, then the report asked for
_REPORT_AFTER = re.compile(r"(?i)[–—,;.:-]\s*(?:(?:to|i|a)\s+)?(?P<ask>[^–—,;.:-]+?)\W*$")
# "i co teraz?", "co dalej?", "wysłałem fakturę – i co mam teraz zrobić?": the next step asked, nothing else
_NEXT_STEP = re.compile(
    r"(?i)(?:^|[–—,;.:-]\s*)(?:(?:i|a|no|to|ok|okej|dobra|dobrze|i\s+co)\s+)*(?:co\s+(?:teraz|dalej|dalej\s+robi[cć]|"
    r"(?:mam|mamy|powinienem|powinnam|powinni[sś]my)\s+(?:teraz\s+)?(?:zrobi[cć]|robi[cć]))|i\s+co\s+teraz|"
    r"jaki\s+(?:jest\s+)?(?:nast[eę]pny|kolejny)\s+krok|co\s+(?:jest\s+)?nast[eę]pne|i\s+co\s+z\s+tym(?:\s+teraz|\s+dalej)?)"
    r"\W*$"
)


def asks_next_step(text: str) -> bool:
    """ "co dalej?", "wysłałem fakturę – i co mam teraz zrobić?"

    >>> asks_next_step("co dalej?"), asks_next_step("wysłałem fakturę – i co mam teraz zrobić?")
    (True, True)
    >>> asks_next_step("co dalej z diagnozą w cp?")
    False
    """
    return bool(_NEXT_STEP.search(text.strip())) and len(text.split()) <= 10


def wants_report_again(text: str) -> bool:
    """ "jednak odliczamy VAT – pokaż raport jeszcze raz": the report asked for after something said.

    >>> wants_report_again("jednak odliczamy VAT – pokaż raport jeszcze raz"), wants_report_again("VAT odliczamy")
    (True, False)
    """
    tail = _REPORT_AFTER.search(text.strip())
    return bool(tail and _MAKE_REPORT.match(tail.group("ask")))


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
    (r"gmin(?:y|ie|ą|a|e|ę)", "gmina"),
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
            word = adjective_nominative(word)
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
    r"(?i)^\W*(?:dzie[nń]\s+dobry|cze[sś][cć]|witam(?:\s+serdecznie)?|hej|hello|siema|dobry\s+wiecz[oó]r|halo|hal[oł]|"
    r"dzie[nń]\s+dobry\s+pa[nń]stwu|witam\s+pa[nń]stwa)[\s,.!?]*$"
    # "czy to działa?", "jest tu ktoś?", "halo, jest ktoś?": whether anyone answers
    r"|^\W*(?:(?:halo|hej|dzie[nń]\s+dobry)\W+)?(?:czy\s+)?(?:to\s+dzia[lł]a|dzia[lł]asz|jest\s+(?:tu\s+|tam\s+)?kto[sś]"
    r"|kto[sś]\s+tu\s+jest|s[lł]ycha[cć]\s+mnie)\W*$"
)


# thanks first, then anything that asks nothing: "dziekuje, milego dnia", "Dziękuję, wszystko jasne."
_THANKS_LEAD = re.compile(
    r"(?i)^\W*(?:(?:ok(?:ej)?|dobrze|super|jasne|rozumiem|[sś]wietnie)\W+)?(?:dzi[eę]k\w*|podzi[eę]kowa\w*)\b"
)
_ASKS = re.compile(
    r"(?i)\b(?:czy|ile|jak\w*|kiedy|gdzie|co|kto|dlaczego|czemu|mo[zż]na|mo[zż]emy|prosz[eę]\s+o|a\s+\w+)\b"
)


# "Witam, czy mogę zadać pytanie?", "mam pytanie", "można o coś zapytać?": asking whether to ask
_MAY_ASK = re.compile(
    r"(?i)^\W*(?:(?:dzie[nń]\s+dobry|witam|hej|cze[sś][cć]|przepraszam)\W+)*(?:czy\s+)?(?:(?:mog[eę]|mo[zż]na|mo[zż]emy)\s+"
    r"(?:(?:zada[cć]|mie[cć])\s+)?(?:(?:jedno|kr[oó]tkie|kilka)\s+)?(?:pytani\w*|(?:o\s+co[sś]\s+)?zapyta[cć]|spyta[cć])"
    r"|mam\s+(?:(?:jedno|kr[oó]tkie|takie|kilka)\s+)?pytani\w*)\W*$"
)
# "kim jesteś?", "czy rozmawiam z człowiekiem?", "jesteś botem?": who answers
_WHO = re.compile(
    r"(?i)^\W*(?:a\s+)?(?:kim|czym)\s+(?:ty\s+)?jeste[sś]\b|\brozmawiam\s+z\s+(?:cz[lł]owiekiem|botem|robotem|automatem|"
    r"maszyn\w*|konsultantem)|^\W*(?:czy\s+)?(?:ty\s+)?jeste[sś]\s+(?:botem|cz[lł]owiekiem|robotem|automatem|ai|sztuczn\w+)"
    r"|^\W*(?:czy\s+)?to\s+(?:jest\s+)?(?:bot|automat|chatbot|czat\s*bot)\W*$"
)


# "a jaka jutro pogoda?", "kto wygrał wczoraj mecz?", "opowiedz kawał": chatter beside the programmes
_CHATTER = re.compile(
    r"(?i)\b(?:pogod\w*|prognoz\w*\s+pogody|deszcz\w*|[sś]nieg\w*|mecz\w*|pi[lł]k\w*\s+no[zż]n\w*|kto\s+wygra[lł]\w*|"
    r"jak\s+si[eę]\s+(?:masz|czujesz)|co\s+s[lł]ycha[cć]|opowiedz\s+(?:mi\s+)?(?:kawa[lł]|dowcip|[zż]art)\w*|"
    r"(?:na|co)\s+obiad\w*|ulubion\w+\s+(?:kolor|film|potraw)\w*)\b"
)
_DOMAIN = re.compile(
    r"(?i)grant|program|cyfrow|cyber|cg\b|cp\b|cs\b|gmin|powiat|wojew|faktur|raport|zakup|kup|sprz[eę]t|wniosek|umow|"
    r"diagnoz|ankiet|rozlicz|dotacj|kwalifik|\d"
)


def small_talk(text: str) -> str | None:
    """'dzięki', 'ok, dziękuję' -> 'thanks'; 'dzień dobry' -> 'hello'; 'czy mogę zadać pytanie?' -> 'may_ask';
    'kim jesteś?' -> 'who'; anything else None.

    >>> small_talk("Dzięki wielkie!"), small_talk("dzień dobry"), small_talk("dzień dobry, czy laptop?")
    ('thanks', 'hello', None)
    >>> small_talk("👍"), small_talk("?")
    ('thanks', None)
    >>> small_talk("Witam, czy mogę zadać pytanie?"), small_talk("czy rozmawiam z człowiekiem?")
    ('may_ask', 'who')
    >>> small_talk("mam pytanie o diagnozę"), small_talk("kim jest operator programu?")
    (None, None)
    >>> small_talk("a jaka jutro będzie pogoda?"), small_talk("czy pogoda wpływa na termin diagnozy?")
    ('chatter', None)
    """
    if _MAY_ASK.match(text.strip()):
        return "may_ask"
    if _CHATTER.search(text) and not _DOMAIN.search(text) and len(text.split()) <= 12:
        return "chatter"
    if _WHO.search(text.strip()):
        return "who"
    if _THANKS.fullmatch(text.strip()):
        return "thanks"
    if (
        _THANKS_LEAD.match(text)
        and "?" not in text
        and len(text.split()) <= 10
        and not _ASKS.search(text)
        and not re.search(r"(?i)\bale\b", text)  # "dzięki, ale wolałbym porozmawiać z człowiekiem": more than thanks
    ):
        return "thanks"  # "Dziękuję bardzo, przekażę panu prezydentowi.", "dzieki wielkie, bardzo mi pan pomogl"
    if text.strip() and not any(c.isalnum() for c in text) and any(ord(c) > 0x2000 for c in text):
        return "thanks"  # "👍", "🙏🙂": an emoji alone acknowledges the answer
    if _HELLO.fullmatch(text.strip()):
        return "hello"
    return None


# "podaj mi jeszcze telefon do operatora", "przypomnij numer infolinii": a request to the bot
_CONTACT_ASKED = re.compile(
    r"(?i)^\W*(?:(?:a|i|to|ok|dobra|no)\W+)?(?:podaj\w*|daj\w*|napisz\w*|przypomnij\w*|powiedz\w*|poka[zż]\w*)\s+"
    r"(?:mi\s+|nam\s+)?(?:jeszcze\s+)?(?:telefon\w*|numer\w*|nr\b|kontakt\w*|mail\w*|e-mail\w*|adres\w*|infolini\w*)"
    # "a gdzie dzwonić, jak coś się nie zgadza?", "do kogo pisać w tej sprawie?"
    r"|^\W*(?:(?:a|i|to|ok|dobra|no)\W+)?(?:gdzie|do\s+kogo|pod\s+jaki\s+numer)\s+(?:\w+\s+)?"
    r"(?:dzwoni[cć]|zadzwoni[cć]|pisa[cć]|napisa[cć]|si[eę]\s+zg[lł]osi[cć]|si[eę]\s+zwr[oó]ci[cć])\b"
)


def asks_contact(text: str) -> bool:
    """'podaj mi jeszcze telefon do operatora', 'przypomnij numer infolinii': the operator's contact asked for.

    >>> asks_contact("podaj mi jeszcze telefon do operatora"), asks_contact("telefon dla wójta kupimy?")
    (True, False)
    """
    return bool(_CONTACT_ASKED.match(text))


# VAT, taxes, wages, interest, own contribution: what a rule question may be about that is never a thing bought
NOT_BOUGHT = re.compile(r"(?i)\b(?:vat\w*|podat\w*|wynagrodze\w*|pensj\w*|odsetk\w*|wk[lł]ad\w*\s+w[lł]asn\w*)\b")
# "dwa po 30 000", "3 po 20 tys.": a count at a price, no thing named
COUNT_AT_PRICE = re.compile(
    r"(?i)^\W*(?:dwa|dwie|trzy|cztery|pi[eę][cć]|sze[sś][cć]|\d{1,3})\s+(?:sztuki\s+|szt\.?\s+)?po\s+\d[\d\s.,]*"
    r"(?:\s*(?:tys\w*\.?|k|z[lł]\w*|pln|netto|brutto))*\W*$"
)
