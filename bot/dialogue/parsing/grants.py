"""Grant requests: which unit (name, TERYT, abbreviation), the G index given for it, corrections of a value.

Pure: no I/O, no state.
"""

from __future__ import annotations

import re
from decimal import Decimal

from bot.dialogue.parsing.amounts import to_decimal
from bot.dialogue.parsing.corrections import CORRECTION_LEAD, corrects
from bot.dialogue.parsing.programmes import detect_programmes, strip_programmes

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
    r"(?i)(?:\b(?:grant\w*|kwot\w*|bud[zż]et\w*)\s+(?:to|wynosi\w*|ma|mamy|by[lł]\w*|b[eę]dzie|=)\s*\d|\d\s*(?:z[lł]\b|pln\b|z[lł]otych)|%|procent)"
)
_NAMED_CODE = re.compile(
    r"(?i)\b(?:teryt|kod\w*(?:\s+teryt)?)\s*(?:nr\.?\s*)?[:=]?\s*(\d{2}(?:\d{2}(?:\d{2,3})?)?)(?!\d)"
)
# "ile grantu dla Suwałki?": a bare name after "dla" (checked against the register before it is used)
BARE_NAME_AFTER = re.compile(r"(?i)\bdla\s+([^\d\s?!.,]\S*(?:\s+[^\d\s?!.,]\S*){0,2})\s*$")
CODE_ONLY = re.compile(r"^\d{2}(?:[\s-]?\d{2}(?:[\s-]?\d{2,3}[\s-]?\d?)?)?$")
# "wskaźnik G u nas wynosi 1950", "G naszej gminy na 2021 r. to …": whose G, and for which year
_G_OWNER = (
    r"(?:\s+(?:u\s+nas|dla\s+nas|nam|nasz\w*(?:\s+gminy)?|tej\s+gminy|gminy|miasta|"
    r"(?:na|za|w|z)\s+2021(?:\s*r\.?)?)){0,2}"
)
# "G jednak 1705,10", "G wynosi faktycznie 1 950": a correction's adverb around the verb
# "G mamy jakieś 1998,22", "G to chyba około 2010": a figure said from memory is still the figure given
_G_ADVERB = (
    r"(?:\s+(?:jednak|faktycznie|ostatecznie|poprawnie|naprawd[eę]|w\s+rzeczywisto[sś]ci|jakie[sś]|chyba|oko[lł]o|"
    r"ok\.|mniej\s+wi[eę]cej|co[sś]\s+ko[lł]o|gdzie[sś]|jako[sś]|niby)){0,2}"
)
_G_VALUE = re.compile(
    r"(?i)(?:\bwska[zź]nik\w*\s+G\b|(?<![\w])G(?![\w]))"
    + _G_OWNER
    + _G_ADVERB
    # "G - 1980 zł": a dash between the letter and the figure, as on a note
    + r"\s*(?:=|:|\s[-–—](?=\s*\d)|[-–—](?=\d)|"
    r"wynosi|wynosi[lł]\b|to\s+jest|to|jest|ma|mamy|maj[aą]|mieli[sś]my|mieli|mia[lł]\w*|równa\s+si[eę]|"
    # "G nam wyszło 1 950", "G wychodzi 2010": what the user computed
    r"wysz[lł][oa]?|wychodzi|"
    # "a gdyby G było 2100?", "jakby G wynosiło 2500": a G supposed
    r"by[lł]o(?:by)?|wynosi[lł]o(?:by)?|b[eę]dzie|mia[lł]o(?:by)?)?"
    + _G_ADVERB
    # "wskaźnik G wynosił u nas 1 812,40 zł": whose after the verb
    # "przy tym pierwszym G, 1898,22": a comma between the letter and the figure
    + r"(?:\s+(?:u|dla)\s+(?:nas|nich))?\s*,?\s*"
    # "1 950,50", "1.950,50", "1,908.88": thousands grouped by a space, a dot or a comma
    r"(\d{1,3}(?:[ \u00a0.,]\d{3})+(?:[.,]\d{1,2})?|\d+(?:[.,]\d{1,2})?)\s*(?:zł|zl|pln)?(?![\d])"
)


def _g_figure(said: str) -> Decimal | None:
    """A G as written: "1 950,50", "1.950,50" and "1,908.88" (the last separator with one or two digits after it is
    the decimal one, the others group thousands), "1950.5"."""
    said = said.replace(" ", "").replace("\u00a0", "")
    last = max(said.rfind(","), said.rfind("."))
    if last >= 0 and len(said) - last - 1 in (1, 2):
        whole, fraction = re.sub(r"[.,]", "", said[:last]), said[last + 1 :]
    else:
        whole, fraction = re.sub(r"[.,]", "", said), ""
    return to_decimal(whole, fraction)


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
    # "kod teryt 12 17": a powiat's code in two groups after a word that names a code
    re.compile(r"(?i)(?<=teryt )(\d{2}) (\d{2})(?!\d|[,.]\d|\s\d)"),
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


# "Urząd m.st. Warszawy", "miasto stołeczne Warszawa": the capital, by its name (its dots end no sentence)
_CAPITAL = (
    (re.compile(r"(?i)(?<=urz[aąeę]d\s)(?:m\.\s*st\.|miast\w*\s+sto[lł]eczn\w*)\s*(?=warszaw)"), "Miasta "),
    (re.compile(r"(?i)(?:\bm\.\s*st\.|\bmiast\w*\s+sto[lł]eczn\w*)\s*(?=warszaw)"), "miasto "),
)


def capital_named(text: str) -> str:
    """ "Urząd m.st. Warszawy – ile z CS?" -> "Urząd Miasta Warszawy – ile z CS?".

    >>> capital_named("Urząd m.st. Warszawy – ile z CS?"), capital_named("m. st. Warszawa w cg?")
    ('Urząd Miasta Warszawy – ile z CS?', 'miasto Warszawa w cg?')
    """
    for pattern, words in _CAPITAL:
        text = pattern.sub(words, text)
    return text


_UNIT_ABBREVIATIONS = (
    (re.compile(r"(?<![\w.])m\.\s*(?=[A-ZĄĆĘŁŃÓŚŹŻ])"), "miasto "),  # "m. Płock", "m.st. Warszawa" stays
    (re.compile(r"(?i)(?<![\w.])gm\.\s*"), "gmina "),
    (re.compile(r"(?i)(?<![\w.])pow\.\s*(?=[a-ząćęłńóśźż])"), "powiat "),
    (re.compile(r"(?i)(?<![\w.])woj\.\s*(?=[a-ząćęłńóśźż])"), "województwo "),
    # "jesteśmy powiatem grodzkim": a city with powiat rights, in the old name
    (re.compile(r"(?i)\bpowiatem\s+grodzkim\b"), "miastem na prawach powiatu"),
    # "Starostwo Jarocin", "Starostwo Powiatowe Żywiec": the office of the powiat seated in that town
    (
        re.compile(r"(?i)\b(starostw[oa](?:\s+powiatow\w*)?)\s+(?=(?-i:[A-ZĄĆĘŁŃÓŚŹŻ])[\w-]+\b(?!\s+(?:w|we)\b))"),
        r"\1 w ",
    ),
    # "starostwo krotoszyn, cyfrowy powiat": typed in lower case, the town's name alone before a comma or a dash
    (
        re.compile(
            r"(?i)\b(starostw[oa](?:\s+powiatow\w*)?)\s+(?!(?:w|we|powiatow\w*)\b)"
            r"(?!\w+(?:skie|ckie|dzkie|skiego|ckiego|dzkiego|skim|ckim|dzkim)\b)"
            r"((?-i:[a-ząćęłńóśźż])[\w-]+)(?=\s*(?:[,;–—-]|$))"
        ),
        lambda m: f"{m.group(1)} w {m.group(2)[:1].upper()}{m.group(2)[1:]}",
    ),
    # "gmina m-w", "gm. m.-w.": the kind of gmina written short
    (re.compile(r"(?i)\b(gmin\w*)\s+m\.?\s*-\s*w\.?(?!\w)"), r"\1 miejsko-wiejska"),
    (re.compile(r"(?i)\bpowiat\s+grodzki\b"), "miasto na prawach powiatu"),
    # "gmina Zabierzów pod Krakowem", "Łącko koło Nowego Sącza": where the unit lies, after its name (no unit's
    # name in the register holds these words)
    (
        re.compile(
            r"((?-i:[A-ZĄĆĘŁŃÓŚŹŻ])[\w-]+)\s+(?i:pod|ko[lł]o|obok|niedaleko|nieopodal|blisko)\s+"
            r"(?-i:[A-ZĄĆĘŁŃÓŚŹŻ])[\w-]+(?:\s+(?-i:[A-ZĄĆĘŁŃÓŚŹŻ])[\w-]+)?"
        ),
        r"\1",
    ),
    # "gmina Jeżowe, powiat niżański – ile?", "UG Jeżowe / pow. niżański": the gmina, its powiat saying where (a gmina's
    # name first and a powiat's adjective right after it, set off by a comma, slash or dash – not "gmina X i powiat Y")
    (
        re.compile(
            r"(?i)\b(gmin[ay]\s+[\w-]+(?:\s+(?-i:[A-ZĄĆĘŁŃÓŚŹŻ])[\w-]+)?)\s*[,/–—-]\s*"
            r"powiat\w*\s+([a-ząćęłńóśźż]+?(?:sk|ck|dzk))(?:i|iego|im)\b"
        ),
        r"\1 (powiat \2i)",
    ),
)


def expanded_units(text: str) -> str:
    """Abbreviated unit words written out: 'm. Płock' -> 'miasto Płock', 'gm. Karsin', 'pow. kościerski'.

    >>> expanded_units("m. Płock – ile w cp?"), expanded_units("gm. Karsin i pow. kościerski")
    ('miasto Płock – ile w cp?', 'gmina Karsin i powiat kościerski')
    >>> expanded_units("gmina Łącko koło Nowego Sącza, ile?")
    'gmina Łącko, ile?'
    >>> expanded_units("Starostwo Jarocin, CS"), expanded_units("Starostwo Powiatowe w Żywcu")
    ('Starostwo w Jarocin, CS', 'Starostwo Powiatowe w Żywcu')
    >>> expanded_units("starostwo krotoszyn, cyfrowy powiat"), expanded_units("a starostwo chce laptopy")
    ('starostwo w Krotoszyn, cyfrowy powiat', 'a starostwo chce laptopy')
    >>> expanded_units("gm. jeżowe, pow. niżański – ile z CG?")
    'gmina jeżowe (powiat niżański) – ile z CG?'
    """
    for pattern, words in _UNIT_ABBREVIATIONS:
        text = pattern.sub(words, text)
    return text


# "starostwo w Bochni", "starostwa powiatowego w Wągrowcu" inside a question: the powiat seated there
_OFFICE_OF_POWIAT = re.compile(
    r"(?i)\bstarostw\w*(?:\s+powiatow\w*)?\s+(?:w|we)\s+(?=(?-i:[A-ZĄĆĘŁŃÓŚŹŻ]))"
    # "starostwo tatrzańskie", "starostwa wałeckiego": the powiat by its adjective
    r"|\bstarostw\w*\s+(?=\w+(?:skie|ckie|dzkie|skiego|ckiego|dzkiego|skim|ckim|dzkim)\b)"
)


# "urząd marszałkowski w Krakowie": the województwo whose capital it is
_MARSHAL_OFFICE = re.compile(r"(?i)\burz[aąeę]d\w*\s+marsza[lł]kowsk\w*\s+(?:w|we)\s+(?=(?-i:[A-ZĄĆĘŁŃÓŚŹŻ]))")


def office_as_unit(text: str) -> str:
    """A powiat named by its office's town in a question (a statement of who writes is read before this).

    >>> office_as_unit("ile może dostać starostwo w Bochni?"), office_as_unit("urząd marszałkowski w Krakowie ile?")
    ('ile może dostać powiat Bochni?', 'województwo Krakowie ile?')
    >>> office_as_unit("a starostwo pszczyńskie ile może dostać?")
    'a powiat pszczyński ile może dostać?'

    """
    said = _MARSHAL_OFFICE.sub("województwo ", _OFFICE_OF_POWIAT.sub("powiat ", text))
    # "starostwo pszczyńskie" became "powiat pszczyńskie": the adjective agrees with "powiat" now
    return re.sub(r"(?i)\b(powiat\s+\w+?(?:sk|ck|dzk))(?:ie|iego|im)\b", r"\1i", said)


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
    # "prosze o kwote dla 2609 w cyfrowym powiecie": the unit before the programme said after it
    match = _UNIT_AFTER.search(stripped) or _UNIT_AFTER.search(strip_programmes(stripped, keep_if_empty=False))
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
    r"\bG\s+(?:(?:dla|u)\s+[^\d=:,?]{2,50}?|tam|tu|ich|jej|jego)\s*(?:=|:|\bto\b|\bwynosi\b|\bjest\b|\bma\b|(?=\d))\s*",
    re.IGNORECASE,
)


# "a gdyby G było wyższe niż krajowe, np. 2100?": a G supposed, its figure given as an example
_G_EXAMPLE = re.compile(
    r"(?i)(?:\bwska[zź]nik\w*\s+G\b|(?<![\w])G(?![\w]))[^\d?]{0,40}?\b(?:np\.?|na\s+przyk[lł]ad|powiedzmy)\s*"
    r"(\d{1,3}(?:[ \u00a0]\d{3})+(?:[.,]\d{1,2})?|\d+(?:[.,]\d{1,2})?)"
)


def g_value(text: str) -> Decimal | None:
    """'G wynosi 1908,88', 'G=1873,91', 'wskaźnik G to 1 523,45 zł' -> the value; else None.

    >>> g_value("wskaznik G mamy tysiac dziewiecset osiem zl 88 gr")
    Decimal('1908.88')
    >>> g_value("G mamy jakies 1998,22 jakby co"), g_value("a z CG? G to chyba ok. 2010")
    (Decimal('1998.22'), Decimal('2010'))
    >>> g_value("G 1.950,50"), g_value("G = 1,908.88"), g_value("G 2 038,22")
    (Decimal('1950.50'), Decimal('1908.88'), Decimal('2038.22'))
    """
    match = (
        _G_VALUE.search(text)
        or _G_VALUE.search(_G_FOR_WHOM.sub("G = ", text, count=1))  # "G dla nich 1998,22"
        or _G_EXAMPLE.search(text)
    )
    if not match:
        words = _G_WORDS.search(text)
        if words:
            from extractors.parse.numbers import amount_in_words

            value = amount_in_words(words.group(1))
            return value if value is not None and value > 0 else None
        return None
    value = _g_figure(match.group(1).strip())
    return value if value is not None and value > 0 else None


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
    lead = CORRECTION_LEAD.match(text)  # "nie, przepraszam, źle przeczytałam – …", "sorry, pomyłka: …"
    if lead is None or not lead.group(0).strip(" ,.!–-:"):
        return None
    tail = _TO_BE.sub("", text[lead.end() :].strip(" ,.!?–—-:;")).strip()
    return g_value(f"G {tail}") if tail else None


_FIGURE = re.compile(r"(?<![\d,.])(\d{1,2}\s\d{3}|\d{3,5})(?:[.,](\d{1,2}))?(?![\d,.]\d)")
_YEAR_BESIDE = re.compile(r"(?i)(?:\b(?:na|w|z|za|rok\w*)\s+$)")


def another_g(text: str, before: Decimal) -> Decimal | None:
    """A corrected G said among other words, right after a G was given: the one figure of a G's size in a message
    that corrects, other than the G before and a year ("źle mnie zrozumiałeś, 1998,22 to było z innego roku, na 2021
    mamy 2008,22" -> 2008.22).

    >>> another_g("zle mnie zrozumiales, 1998,22 to bylo z innego roku, na 2021 mamy 2008,22", Decimal("1998.22"))
    Decimal('2008.22')
    >>> another_g("a sorry, to G bylo dla samego miasta, dla naszej gminy jest 1980", Decimal("1950"))
    Decimal('1980')
    >>> another_g("a w cs?", Decimal("1950")), another_g("ile to na 5 lat?", Decimal("1950"))
    (None, None)
    """
    if not (corrects(text) or re.search(r"(?i)\bto\s+by[lł]o\b|\bsorry\b|\bsorki\b", text)):
        return None
    found = []
    for match in _FIGURE.finditer(text):
        value = to_decimal(match.group(1).replace(" ", ""), match.group(2) or "")
        if value is None or value == before or not Decimal(300) <= value <= Decimal(20000):
            continue
        if match.group(2) is None and 2000 <= value <= 2035 and _YEAR_BESIDE.search(text[: match.start()]):
            continue  # "na 2021 mamy …": the year the G is for
        found.append(value)
    return found[0] if len(found) == 1 else None


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


# "G wynosi 1950, nie 1900", "G = 1860, a nie 1960": the value taken back, said after the right one
_NOT_THIS_VALUE = re.compile(r"(?i)[,;]?\s*(?:a\s+)?nie\s+(?:G\s*=?\s*)?\d[\d\s]*(?:[.,]\d+)?(?:\s*z[lł])?\b")


def without_g(text: str) -> str:
    """The message without its G (nor a value it takes back): what is left may name a unit.

    >>> without_g("pomyłka, G wynosi 1950, nie 1900"), without_g("Nowe, G 2023,22")
    ('pomyłka,', 'Nowe,')
    """
    text = _NOT_THIS_VALUE.sub(" ", text)
    if not _G_VALUE.search(text) and _G_VALUE.search(_G_FOR_WHOM.sub("G = ", text, count=1)):
        text = _G_FOR_WHOM.sub("G = ", text, count=1)  # "G dla nich 1998,22": the owner goes with the value
    rest = _G_EXAMPLE.sub(" ", _G_VALUE.sub(" ", text))  # "G wyższe niż krajowe, np. 2100" goes whole
    if g_value(rest) is not None:  # the value in words
        rest = _G_WORDS.sub(" ", rest)
    return " ".join(rest.split())


def teryt_in(text: str) -> str | None:
    """A 2-, 4- or 7-digit TERYT code standing alone in the text."""
    match = re.search(r"(?<![\d,.])(\d{7}|\d{4}|\d{2})(?![\d,.])", text)
    return match.group(1) if match else None


# "a tamten Jarocin na Podkarpaciu, ten wiejski?": a unit pointed at by a demonstrative, its kind said after it
_DEMONSTRATIVE_NAME = re.compile(
    r"^(?P<lead>\W*(?:a|i)\s+)(?:tamt\w*|ten|ta|to|t[eę])\s+(?:(?P<kind>miejsko-wiejsk|wiejsk|miejsk)\w*\s+)?"
    r"(?=(?-i:[A-ZĄĆĘŁŃÓŚŹŻ]))(?P<rest>.+)$",
    re.IGNORECASE,
)
_KIND_AFTER = re.compile(r"(?i)\s*,?\s*(?:tamt\w*|ten|ta|to)\s+(?P<kind>miejsko-wiejsk|wiejsk|miejsk)\w*(?P<end>\W*)$")


def demonstrative_unit(text: str) -> str:
    """The unit query of a demonstrative follow-up, with its kind put before the name.

    >>> demonstrative_unit("a tamten Jarocin na Podkarpaciu, ten wiejski?")
    'a gmina wiejska Jarocin na Podkarpaciu?'
    >>> demonstrative_unit("a ten wiejski?"), demonstrative_unit("a tamta Brzeźnica?")
    ('a ten wiejski?', 'a Brzeźnica?')
    >>> demonstrative_unit("a ta miejska Mszana – ile max?")
    'a gmina miejska Mszana – ile max?'
    """
    pointed = _DEMONSTRATIVE_NAME.match(text)
    if pointed is None:
        return text
    rest = pointed.group("rest")
    if pointed.group("kind"):
        return f"{pointed.group('lead')}gmina {pointed.group('kind')}a {rest}"  # "a ta miejska Mszana – ile max?"
    kind = _KIND_AFTER.search(rest)
    if kind is not None:
        rest = f"gmina {kind.group('kind')}a {rest[: kind.start()]}{kind.group('end')}"
    return pointed.group("lead") + rest


# "porównaj mi proszę Cyfrową Gminę i Cyberbezpieczny Samorząd dla miasta Krosna": the grants in both, side by side
_COMPARE_FOR = re.compile(
    r"(?i)^\W*(?:(?:a|i|to|prosz[eę])\s+)*(?:por[oó]wnaj\w*|zestaw\s+(?:mi\s+)?obok\s+siebie|por[oó]wna[cć])\s+"
    r"(?:mi\s+|nam\s+)?(?:prosz[eę]\s+)?(?P<what>.+?)\s+dla\s+(?P<unit>.+?)\W*$"
)


def compared_for_unit(text: str) -> str:
    """ "porównaj CG i CS dla miasta Krosna" -> "ile w CG i CS dla miasta Krosna?" (two programmes named).

    >>> compared_for_unit("porównaj mi proszę CG i CS dla miasta Krosna")
    'ile w CG i CS dla miasta Krosna?'
    >>> compared_for_unit("porównaj laptopy dla szkół")
    'porównaj laptopy dla szkół'
    """
    compared = _COMPARE_FOR.match(text)
    if compared is None or len(detect_programmes(compared.group("what"))) < 2:
        return text
    return f"ile w {compared.group('what')} dla {compared.group('unit')}?"
