"""Parameters of a settlement report: the grant, the programme, VAT as a cost, amounts in words.

Pure: no I/O, no state.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from bot.dialogue.parsing.amounts import DATE_NUMERIC, money_in, parse_date


@dataclass(frozen=True, slots=True)
class ReportParams:
    project_end: date | None = None
    grant_amount: Decimal | None = None
    vat_recoverable: bool | None = None

    def __bool__(self) -> bool:
        return any(v is not None for v in (self.project_end, self.grant_amount, self.vat_recoverable))


QUESTION = re.compile(
    r"(?i)^\W*(?:(?:a|i|to|no|ok)\s+)?(?:czy|ile|jak\w*|kiedy|do\s+kiedy|gdzie|co|dlaczego|czemu|jaki\w*)\b|\?\s*$"
)
# "G mamy 2038,22", "wskaźnik G = 1900": the wskaźnik G, never a grant amount
_G_SAID = re.compile(
    r"(?i)(?:wska[zź]nik\w*\s+)?(?<![\w/])G\b\s*(?:=|:|to|wynosi|mamy|ma|maj[aą])?\s*\d[\d\s]*(?:[.,]\d+)?"
)
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
    raw = match.group("num")
    mult = match.group("mult") or ""
    if not mult and re.fullmatch(r"(?:19|20)\d\d", raw):
        return None  # "grant 2024": a year, not an amount
    value = scaled(raw, mult)
    return value if value is not None and value > 0 else None


def scaled(number: str, multiplier: str = "") -> Decimal | None:
    """A figure and the word after it for thousands or millions: ('200', 'tys') -> 200000, ('1,2', 'mln') ->
    1200000; None when the figure is no amount.

    >>> scaled("200", "tys"), scaled("12", "k"), scaled("1 345 693,77")
    (Decimal('200000'), Decimal('12000'), Decimal('1345693.77'))
    """
    from extractors.parse.numbers import parse_amount  # the one parser of Polish amounts

    value = parse_amount(number)
    if value is None:
        return None
    mult = multiplier.casefold()
    if mult.startswith(("tys", "k")):
        value *= 1000
    elif mult.startswith(("mln", "milion")):
        value *= 1_000_000
    return value


# "kwota grantu to nie 150k, tylko 250 tys.": the value corrected away goes, the one after "tylko" stays
_NOT_BUT = re.compile(r"(?i)\bnie\s+[^,;?!]{1,30}?(?:,?\s+(?:tylko|lecz|ale)|,\s*a)\s+(?=\S)")
# "150k" in a sentence whose one amount is the grant
_SCALED = re.compile(r"(?i)(?<![\w,.])(?P<num>\d+(?:[.,]\d{1,2})?)\s*(?P<mult>tys\.?|k|mln\.?)(?!\w)")
# "jaką kwotę grantu mam wpisaną?", "co mam ustawione do raportu?": the parameters kept, asked back
_ASKED_BACK = re.compile(
    r"(?i)\b(?:wpisan\w*|ustawion\w*|zapisan\w*|zapami[eę]ta\w*|poda(?:[lł]\w*|n\w*)|przyj[eę]\w*)\b"
)
_A_PARAM = re.compile(r"(?i)\b(?:kwot\w*|grant\w*|dat\w*|koni?ec\w*|vat|dan\w*\s+do\s+raportu|parametr\w*)\b")
# The grant's own inputs ('ilu mieszkańców nam przyjęto przy liczeniu grantu?') are the grant's, not the report's.
_GRANT_INPUT = re.compile(r"(?i)\b(?:mieszka\w*|ludno\w*|populacj\w*|wska[zź]nik\w*)\b|\bG\b")


def asks_params_back(text: str) -> bool:
    """'jaką datę końca projektu i jaką kwotę grantu mam teraz wpisane?': the report's parameters asked back.

    >>> asks_params_back("a jaką kwotę grantu mam wpisaną?"), asks_params_back("kwota grantu 150 000 zł")
    (True, False)
    >>> asks_params_back("a ilu mieszkańców nam przyjęto przy liczeniu grantu?")
    False
    """
    return bool(
        QUESTION.search(text.strip())
        and _ASKED_BACK.search(text)
        and _A_PARAM.search(text)
        and not _GRANT_INPUT.search(text)
    )


def report_params(text: str) -> ReportParams:
    """Settlement parameters stated in plain words; empty when the text states none.

    'koniec projektu mamy 30.06.2025', 'kwota grantu 150000', 'VAT odzyskujemy', 'nie odliczamy VAT'.
    A question ('czy VAT jest kwalifikowalny?') states nothing.
    """
    if QUESTION.search(text.strip()):
        return ReportParams()
    end = parse_date(text) if _END_WORDS.search(text) else None
    amount = _grant_amount(_G_SAID.sub(" ", _NOT_BUT.sub("", text)))
    vat: bool | None = None
    if re.search(r"(?i)\bvat\b|podatnik", text):
        if _VAT_NOT.search(text):
            vat = False
        elif _VAT_YES.search(text):
            vat = True
    return ReportParams(end, amount, vat)


def _grant_amount(text: str) -> Decimal | None:
    amount = amount_after_words(text)
    if amount is None and re.search(r"(?i)\b(?:tysi[eę]c\w*|milion\w*|stu|dwustu|trzystu|czterystu|\w+set)\b", text):
        from knowledge.faq_numbers import digits_for_number_words

        # "grant w wysokości stu pięćdziesięciu tysięcy złotych": number words in any case, as digits
        amount = amount_after_words(digits_for_number_words(text))
    if amount is None and (_AMOUNT_WORDS.search(text) or re.search(r"(?i)\bkwot\w*\s+grant\w*", text)):
        only = _SCALED.findall(DATE_NUMERIC.sub(" ", text))
        amount = scaled(*only[0]) if len(only) == 1 else money_in(DATE_NUMERIC.sub(" ", text))
    return amount


# -- follow-ups and statements ----------------------------------------------------------------------
