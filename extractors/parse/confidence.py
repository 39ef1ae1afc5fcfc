"""Self-verification: how sure each contract field is, and which fields failed their cross-checks.

Every value is checked against what else the document says (line net × qty, Σ lines vs totals, VAT
per rate vs net × rate, net + VAT = gross, the amount in words, the dates against each other and the
invoice number, NIP check digits, party names free of neighbouring blocks). A field failing a check
is *uncertain*: it keeps the value read (never "repaired"), its confidence drops below 0.5 and a
Polish warning names the field and what disagrees.

    assess_invoice(doc, text) -> Verdict
    assess_protocol(doc) -> Verdict
"""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass, field
from datetime import date, timedelta
from decimal import Decimal

from extractors.models import ExtractionWarning, Invoice, LineItem, Protocol, ProtocolItem, Source
from knowledge.money import num as _pl

from .layout import cells
from .nip import is_valid
from .numbers import parse_words
from .parties import LEGAL_FORM, PUBLIC_UNIT
from .rows import vat_from_gross, vat_of
from .text import Line, split_lines

CENT = Decimal("0.01")
UNCERTAIN_BELOW = 0.5

INVOICE_FIELDS = (
    "number",
    "issue_date",
    "sale_date",
    "seller_nip",
    "buyer_nip",
    "seller_name",
    "buyer_name",
    "currency",
    "net_total",
    "vat_total",
    "gross_total",
    "items",
)
PROTOCOL_FIELDS = ("number", "issue_date", "seller_nip", "buyer_nip", "seller_name", "buyer_name", "items")

# Polish names of the fields, for the warnings (the JSON name follows in parentheses).
FIELD_PL = {
    "kind": "rodzaj dokumentu",
    "number": "numer",
    "issue_date": "data wystawienia",
    "sale_date": "data sprzedaży",
    "seller_nip": "NIP sprzedawcy",
    "buyer_nip": "NIP nabywcy",
    "seller_name": "nazwa sprzedawcy",
    "buyer_name": "nazwa nabywcy",
    "currency": "waluta",
    "net_total": "suma netto",
    "vat_total": "suma VAT",
    "gross_total": "suma brutto",
    "items": "pozycje",
}

_BASE = {Source.PDF_TEXT: 0.95, Source.TEXT: 0.93, Source.OCR: 0.8, Source.KSEF_XML: 0.99}

# Words of a neighbouring block (payment, delivery, contact) that never belong in a party's name.
_FOREIGN_IN_NAME = re.compile(
    r"(?i)\b(?:p[łl]atno[śs][ćc]|spos[óo]b|przelew|got[óo]wk|termin|bank|konto|rachunek\s+bankowy|iban|swift|"
    r"adres\s+dostawy|miejsce\s+dostawy|odbiorca|p[łl]atnik|nip|regon|krs|faktura|tel\.?|e-?mail|"
    r"identyfikator\s+podatkow\w*"
    # "Data wystawienia" is a label; "Data Storage Polska" or "Data-Net" a name
    r"|data(?=\s+(?:wystawienia|sprzeda\w*|dostawy|wykonania|zap[łl]aty|dokumentu|wyst\.|sprz\.)|\s*:|\s+\d))\b"
)
# A party "name" that is a document title, a role heading, a second-language label or an address line:
# the block was taken from the wrong lines.
_NOT_A_NAME = re.compile(
    r"(?i)^(?:protok[óo]ł|rachunek\b|nota\b|korekta\b|"
    r"(?:sprzedawc|nabywc|wykonawc|zamawiając|zleceniodawc|zleceniobiorc|dostawc|odbiorc|przekazując|"
    r"przyjmując|kupując|wystawc)\w*\b|"
    r"bil+\s*to\b|ship\s*to\b|sold\s*to\b|seller\b|buyer\b|customer\b|"
    r"ul\.|al\.|pl\.\s|os\.\s|\d{2}-\d{3}\b)"
)
# Digits OCR takes for one another in dates and numbers.
_CONFUSABLE = {
    frozenset("58"),
    frozenset("38"),
    frozenset("56"),
    frozenset("08"),
    frozenset("17"),
    frozenset("69"),
    frozenset("36"),
    frozenset("06"),
}
_DUE_LABEL = re.compile(r"(?i)termin\s+(?:p[łl]atno[śs]ci|zap[łl]aty)|zap[łl]aci[ćc]\s+do|p[łl]atne\s+do")
_WORDS_LABEL = re.compile(r"(?i)s[łl]own\w*(?:\s\w{1,3})?\s*:|s[łl]ownie")


@dataclass
class Verdict:
    confidence: dict[str, float]
    uncertain: list[str] = field(default_factory=list)
    warnings: list[ExtractionWarning] = field(default_factory=list)

    def doubt(self, fields: tuple[str, ...], why: str, *, level: float = 0.3, scan_only: bool = False) -> None:
        """Mark fields uncertain (those holding a value) and say why, naming each field."""
        named = [f for f in fields if f in self.confidence and self.confidence[f] > 0.0]
        if not named:
            return
        for f in named:
            self.confidence[f] = min(self.confidence[f], level)
            if f not in self.uncertain:
                self.uncertain.append(f)
        names = ", ".join(f"{FIELD_PL[f]} ({f})" for f in named)
        self.warnings.append(
            ExtractionWarning("uncertain_field", f"Niepewne: {names} – {why}", tuple(named), scan_only=scan_only)
        )

    def trust(self, fields: tuple[str, ...], level: float = 0.99) -> None:
        for f in fields:
            if f in self.confidence and self.confidence[f] > 0.0 and f not in self.uncertain:
                self.confidence[f] = max(self.confidence[f], level)


def _close(a: Decimal, b: Decimal, tolerance: Decimal = CENT) -> bool:
    return abs(a - b) <= tolerance


# --- invoices --------------------------------------------------------------------------------------


def assess_invoice(doc: Invoice, text: str = "") -> Verdict:
    base = _BASE.get(doc.source, 0.9)
    values = {
        "number": doc.number,
        "issue_date": doc.issue_date,
        "sale_date": doc.sale_date,
        "seller_nip": doc.seller.nip,
        "buyer_nip": doc.buyer.nip,
        "seller_name": doc.seller.name,
        "buyer_name": doc.buyer.name,
        "currency": doc.currency if doc.states_money else None,
        "net_total": doc.net_total,
        "vat_total": doc.vat_total,
        "gross_total": doc.gross_total,
        "items": doc.items or None,
    }
    verdict = Verdict({f: (0.0 if values[f] is None else base) for f in INVOICE_FIELDS})
    lines = split_lines(text, ocr=doc.source == Source.OCR) if text else []
    _check_nips(verdict, doc.seller.nip, doc.buyer.nip)
    _check_names(verdict, doc.seller.name, doc.buyer.name)
    _check_attribution(verdict, doc.seller.name, doc.buyer.name)
    _em_dash_in_names(verdict, doc)
    _scanned_camel(verdict, doc)
    _scanned_fragments(verdict, doc)
    _scanned_name_figures(verdict, doc)
    _touching_names(verdict, doc, lines)
    _name_read_otherwise(verdict, doc, lines)
    _name_pieces_reversed(verdict, doc, lines)
    _name_goes_on(verdict, doc, lines)
    _number_is_a_date(verdict, doc.number)
    _number_shape(verdict, doc, lines)
    _number_cut(verdict, doc.number)
    _case_twin(verdict, doc.number, doc.source)
    _check_items(verdict, doc)
    _check_totals(verdict, doc, lines)
    _check_dates(verdict, doc, lines)
    _check_currency(verdict, doc, lines)
    for note in doc.warnings:
        if note.code == "number_joined":
            verdict.doubt(
                ("number",),
                "numer odczytany ze skanu ze spacją w środku – może być niepełny (zob. uwagę wyżej).",
                level=0.5,
            )
        if note.code == "total_ocr_fixed":
            verdict.doubt(
                note.fields,
                "sumę odczytaną ze skanu zastąpiono wartością, na którą wskazują pozycje i pozostałe sumy "
                "(zob. uwagę wyżej).",
                level=0.5,
            )
    if not doc.items and doc.net_total is None and doc.gross_total is None:
        # a document read as an invoice with nothing an invoice is for: its kind is a guess
        verdict.confidence["kind"] = 0.6
        verdict.doubt(("kind",), "nie odczytano ani pozycji, ani kwot – to może nie być faktura.", level=0.4)
    _no_items_read(verdict, doc)
    _roman_month(verdict, doc.number, doc.source, {d.month for d in (doc.issue_date, doc.sale_date) if d})
    _roman_date_on_scan(verdict, doc.issue_date, doc.number, doc.source, text)
    _lookalike_segment(verdict, doc.number, doc.source, text)
    _gap_before_number(verdict, doc.number, doc.source, lines)
    if doc.number and doc.source == Source.OCR and text and text.count(doc.number) >= 2:
        verdict.trust(("number",), 0.95)  # printed again (a page header, a footer) and read the same
    else:
        _letter_or_zero(verdict, doc.number, doc.source)
    problems = [f"pozycja {k}: {p}" for k, item in enumerate(doc.items, 1) if (p := _name_problem(item.name))]
    if problems:
        more = f" (i {len(problems) - 3} innych)" if len(problems) > 3 else ""
        verdict.doubt(("items",), "; ".join(problems[:3]) + more + ".")
    _twice_read_names(verdict, doc)
    _scanned_name_glyphs(verdict, doc)
    _no_items_read(verdict, doc)
    return verdict


# How a currency is printed beside an amount ("12 422,53 EUR", "€ 1 200,00", "99,00 zł").
_CURRENCY_MARKS = {
    "PLN": re.compile(r"(?i)(?<!\w)(?:pln|zł|zl)(?!\w)"),
    "EUR": re.compile(r"(?i)(?<!\w)eur(?!\w)|€"),
    "USD": re.compile(r"(?i)(?<!\w)usd(?!\w)|US\$"),
    "GBP": re.compile(r"(?i)(?<!\w)gbp(?!\w)|£"),
    "CHF": re.compile(r"(?i)(?<!\w)chf(?!\w)"),
    "CZK": re.compile(r"(?i)(?<!\w)czk(?!\w)|Kč"),
}
_MONEY = re.compile(r"\d[\d  .]*[,.]\d{2}(?!\d)")


def _check_currency(verdict: Verdict, doc: Invoice, lines: list[Line]) -> None:
    """A currency no amount line of the page names, while another currency is named beside amounts
    (a default of PLN on a page priced in euro, a code read from a header the amounts contradict)."""
    if not doc.states_money or not lines:
        return
    named = {code: 0 for code in _CURRENCY_MARKS}
    for line in lines:
        if _MONEY.search(line.text):
            for code, mark in _CURRENCY_MARKS.items():
                named[code] += len(mark.findall(line.text))
    if named.get(doc.currency, 0) == 0 and (other := max(named, key=lambda c: named[c])) and named[other] > 0:
        verdict.doubt(
            ("currency",),
            f"waluta {doc.currency} nie stoi przy żadnej kwocie, a przy kwotach jest {other} – sprawdź walutę.",
            level=0.4,
        )


# A short segment of a document number holding a letter and a zero ("26/K0/2026"): OCR tells O from 0
# by shape alone, and both spellings are used in numbers ("A0", "KO"). A letter O read as such ("PO/…")
# is the common case and is left alone.
_O_OR_ZERO = re.compile(r"(?<![A-Z0-9])(?:[A-Z]0|0[A-Z])(?![A-Z0-9])")
# A short segment of capitals with digits that look like letters ("22/52K/2026" for SZK): OCR's slip.
_LETTERS_AND_LOOKALIKES = re.compile(
    r"(?<![A-Za-z0-9])(?=[A-Z01258]*[A-Z])(?=[A-Z01258]*[01258])[A-Z01258]{3,4}(?![A-Za-z0-9])"
    # two characters between separators, one a digit OCR takes for a letter ("PO/32/2P/2026" for ZP)
    r"|(?<=[/\-])(?:[A-Z][1258]|[1258][A-Z])(?=[/\-])"
    # … or opening the number before its separator ("F5-0913/01/2026" for FS)
    r"|^(?:[A-Z][1258]|[1258][A-Z])(?=[/\-])"
)
# A number cut at a separator ("220/" when OCR read "220/$/2026"): the rest was not read.
_CUT_NUMBER = re.compile(r"^[/\-.]|[/\-.]$")
# "F 724/08/2" for F 724/08/2026: a month and then a year's first figures only (a curved photo's line end lost)
_CUT_YEAR = re.compile(r"[/\-.](?:0[1-9]|1[0-2])[/\-.](?:2|20|202)$")


def _number_cut(verdict: Verdict, number: str | None) -> None:
    if number and _CUT_NUMBER.search(number.strip()):
        verdict.doubt(
            ("number",),
            f"numer „{number}” urywa się na separatorze – dalszej części nie odczytano; sprawdź numer na dokumencie.",
            level=0.3,
        )
    elif number and _CUT_YEAR.search(number.strip()):
        verdict.doubt(
            ("number",),
            f"numer „{number}” kończy się początkiem roku – dalszej części nie odczytano; sprawdź numer na dokumencie.",
            level=0.3,
        )


# A document number that is a date ("2026-11-07", "07.11.2026"): the value of the date label beside it.
# ("2026/04/17" is a common numbering: year, month, the month's sequence.)
_DATE_ONLY = re.compile(r"^\d{4}-\d{2}-\d{2}$|^\d{2}([.-])\d{2}\1\d{4}$")


def _number_is_a_date(verdict: Verdict, number: str | None) -> None:
    if number and _DATE_ONLY.match(number.strip()):
        verdict.doubt(("number",), f"„{number}” to data, nie numer dokumentu – sprawdź numer na dokumencie.")


_PAGE_OF = re.compile(r"^\d{1,2}\s*/\s*\d{1,2}$")
_PHONE = re.compile(r"^(?:\+?48[\s-]?)?(?:\d{3}[\s-]\d{3}[\s-]\d{3}|\d{2}[\s-]\d{3}[\s-]\d{2}[\s-]\d{2})$")
# The label of another number printed before the value ("Numer zamówienia:", "Nr klienta", "umowy nr").
_OTHER_LABEL = re.compile(
    r"(?i)(?:zam[óo]wieni\w*|order|umow\w*|klient\w*|rachunk\w*|kont[ao]|referencj\w*|zlecenia|oferty)"
    r"\W{0,3}(?:nr|numer|no\.?)?\W{0,3}$"
)
_OWN_LABEL = re.compile(r"(?i)faktur\w*|rachunek|invoice|korekt\w*|protok\w*|dokument\w*|rechnung")


def _number_shape(verdict: Verdict, doc: Invoice, lines: list[Line]) -> None:
    """A document number that has the shape of another number: a page ("1/2"), a bank account, a NIP of
    a party, a phone, the value of an order's or a contract's label, or (a scan) digits run together
    with the year where a separator was lost ("1242026" for 124/2026)."""
    number = (doc.number or "").strip()
    if not number:
        return
    digits = re.sub(r"\D", "", number)
    nips = {re.sub(r"\D", "", n) for n in (doc.seller.nip, doc.buyer.nip) if n}
    why = None
    if _PAGE_OF.match(number):
        why = f"„{number}” wygląda na numer strony („strona 1/2”), nie numer dokumentu"
    elif len(digits) >= 20 and not re.search(r"[^\W\d_]", number):
        why = f"„{number}” wygląda na numer rachunku bankowego, nie numer dokumentu"
    elif len(digits) == 10 and digits in nips:
        why = f"„{number}” to NIP strony dokumentu, nie numer dokumentu"
    elif _PHONE.match(number):
        why = f"„{number}” wygląda na numer telefonu, nie numer dokumentu"
    elif _alone_without_title(number, lines):
        why = f"„{number}” stoi sam w nagłówku, a nie odczytano ani tytułu dokumentu, ani etykiety numeru"
    elif _labelled_otherwise(number, lines):
        why = f"„{number}” stoi przy etykiecie innego numeru (zamówienia, umowy, klienta), nie numeru dokumentu"
    elif (
        doc.source == Source.OCR
        and number.isdigit()
        and len(number) >= 6
        and doc.issue_date is not None
        and number.endswith(str(doc.issue_date.year))
    ):
        why = f"w numerze „{number}” skaner mógł zgubić ukośnik przed rokiem"
    if why:
        verdict.doubt(("number",), f"{why} – sprawdź numer na dokumencie.", level=0.4)


def _alone_without_title(number: str, lines: list[Line]) -> bool:
    """The number read alone in the header (`invoice.number_alone_in_header`) of a page whose title and number
    label were not read: a reading by shape only."""
    head = lines[:15]
    if any(re.search(r"(?i)faktur|rachun|invoice|korekt|nota\b|\bnr\b|numer", line.text) for line in head):
        return False
    return any(line.text.strip() == number for line in head)


def _labelled_otherwise(number: str, lines: list[Line]) -> bool:
    """Every place the number is printed follows another number's label, none the document's own."""
    before = [line.text[:k] for line in lines if (k := line.text.find(number)) >= 0]
    if not before:
        return False
    if any(_OWN_LABEL.search(b) for b in before):
        return False
    return any(_OTHER_LABEL.search(b.rstrip(" :")) for b in before)


# A month in Roman numerals inside a document number ("058/I/2026", "12/III/2026"): OCR reads I as 1 or l,
# so "058/1/2026" may stand for either. A segment of such strokes only, between others, whose Roman value is
# the document's month is doubted (a number printed twice is read the same way twice: no confirmation).
_STROKES = re.compile(r"(?<=[/\-.])(?=[1Il|]*[1l|])[1Il|]{1,3}(?=[/\-.])")


def _roman_month(verdict: Verdict, number: str | None, source: Source, months: set[int]) -> None:
    if not number or source != Source.OCR:
        return
    for m in _STROKES.finditer(number):
        if not months or len(m.group(0)) in months:
            verdict.doubt(
                ("number",),
                f"w numerze {number} część „{m.group(0)}” może być miesiącem zapisanym cyframi rzymskimi (I, II, "
                "III), które skaner myli z 1 i l – sprawdź numer na dokumencie.",
                level=0.5,
                scan_only=True,
            )
            return


# Where a scan printed a number's segment in letters OCR reads as digits or the other way ("44/05/2026/0l"
# read, "01" taken: OI or 01?): a short segment read half in look-alike letters is doubted.
_LOOKALIKE = {"0": "[0OoDQ]", "1": "[1lI|]", "5": "[5S]", "8": "[8B]", "2": "[2Z]"}


def _lookalike_segment(verdict: Verdict, number: str | None, source: Source, text: str) -> None:
    if not number or source != Source.OCR or not text:
        return
    pattern = "".join(_LOOKALIKE.get(ch, re.escape(ch)) for ch in number)
    printed = re.search(rf"(?<![\w/]){pattern}(?![\w/])", text)
    if printed is None or printed.group(0) == number:
        return
    for read, taken in zip(re.split(r"[/\-.]", printed.group(0)), re.split(r"[/\-.]", number), strict=False):
        letters = sum(ch.isalpha() for ch in read)
        if read != taken and len(read) <= 3 and letters * 2 >= len(read):
            verdict.doubt(
                ("number",),
                f"w numerze {number} część „{read}” skaner odczytał jako litery, które wyglądają jak cyfry (O/0, "
                "I/1) – sprawdź numer na dokumencie.",
                level=0.5,
                scan_only=True,
            )
            return


# A title and, after a wide gap, a number opening with a digit ("FAKTURA        669/2026"): on a scan the gap is
# where a word was lost – typically the series ("FS") set in the title's large type, which OCR's passes drop as a
# lone short word. A title and its number are printed a space apart; a text layer never loses the word.
_TITLE_GAP_NUMBER = re.compile(
    r"(?i)^\s*(?:faktura|rachunek|korekta|nota)(?:\s+(?:vat|korygująca|korygujaca|księgowa|ksiegowa))?(?P<gap>\s{4,})"
)


def _gap_before_number(verdict: Verdict, number: str | None, source: Source, lines: list[Line]) -> None:
    if not number or source != Source.OCR or not number[:1].isdigit():
        return
    for line in lines[:15]:
        m = _TITLE_GAP_NUMBER.match(line.raw)
        if m and line.raw[m.end() :].startswith(number):
            verdict.doubt(
                ("number",),
                f"między tytułem a numerem {number} jest puste miejsce – skaner mógł pominąć część numeru (np. serię "
                "liter) – sprawdź numer na dokumencie.",
                level=0.5,
                scan_only=True,
            )
            return


# A capital followed by the same letter in lower case inside a number ("FVv/2026/02/…"): OCR read one glyph twice
# (letters whose two cases differ only in size); no numbering spells a series so.
_CASE_TWIN = re.compile(r"([CKOPSUVWXZ])(?!\1)(?-i:(?=[ckopsuvwxz]))(?i:\1)")


# "133/SSPR/2026" for SPR: a blurred scan's letter read twice at the start of a series of four capitals or more
_DOUBLED_FIRST = re.compile(r"(?<![A-Za-z])([A-Z])\1[A-Z]{2,}(?![A-Za-z])")


# "768/5/07/2026" for 768/S/07/2026: a series letter alone between the sequence and the month, read by OCR as the
# digit it resembles (S/5, B/8, O/0, I/1, Z/2); a single figure in that place is no part of a date or a sequence.
# ("364/05/2026/5" for …/S: the series letter after the year)
_LONE_LOOKALIKE = re.compile(
    r"^[A-Z]{0,6}[/\-]?\d{1,6}[/\-](?P<d>[58012])[/\-]\d{1,2}[/\-](?:\d{2}|\d{4})$"
    r"|^[A-Z]{0,6}[/\-]?\d{1,6}[/\-]\d{1,2}[/\-]20\d\d[/\-](?P<e>[58012])$"
)


def _lone_lookalike_digit(verdict: Verdict, number: str | None, source: Source) -> None:
    lone = _LONE_LOOKALIKE.match(number) if number and source == Source.OCR else None
    if lone is not None:
        verdict.doubt(
            ("number",),
            f"w numerze {number} pojedyncza cyfra „{lone.group('d') or lone.group('e')}” stoi na miejscu serii – "
            "skaner mógł odczytać literę (S, B, O, I, Z) jako cyfrę; sprawdź numer na dokumencie.",
            level=0.5,
            scan_only=True,
        )


def _case_twin(verdict: Verdict, number: str | None, source: Source) -> None:
    _lone_lookalike_digit(verdict, number, source)
    twin = _CASE_TWIN.search(number) if number and source == Source.OCR else None
    doubled = _DOUBLED_FIRST.search(number) if number and source == Source.OCR else None
    if twin is None and doubled is not None:
        verdict.doubt(
            ("number",),
            f"w numerze {number} seria „{doubled.group(0)}” zaczyna się podwójną literą – skaner mógł odczytać "
            "jeden znak dwa razy; sprawdź numer na dokumencie.",
            level=0.5,
            scan_only=True,
        )
    if twin is not None:
        verdict.doubt(
            ("number",),
            f"w numerze {number} litera „{twin.group(1)}” stoi dwa razy (wielka i mała) – skaner mógł odczytać "
            "jeden znak podwójnie; sprawdź numer na dokumencie.",
            level=0.5,
            scan_only=True,
        )


def _letter_or_zero(verdict: Verdict, number: str | None, source: Source) -> None:
    mixed = _LETTERS_AND_LOOKALIKES.search(number) if number and source == Source.OCR else None
    if mixed is not None:
        verdict.doubt(
            ("number",),
            f"w numerze {number} część „{mixed.group(0)}” łączy litery z cyframi, które skaner myli z literami "
            "(5/S, 2/Z, 8/B, 0/O, 1/I) – sprawdź numer na dokumencie.",
            level=0.5,
            scan_only=True,
        )
        return
    if number and source == Source.OCR and _O_OR_ZERO.search(number):
        verdict.doubt(
            ("number",),
            f"w numerze {number} skaner mógł pomylić literę O z cyfrą 0 – sprawdź numer na dokumencie.",
            level=0.5,
            scan_only=True,
        )


def _check_nips(verdict: Verdict, seller: str | None, buyer: str | None) -> None:
    for role, nip in (("seller_nip", seller), ("buyer_nip", buyer)):
        if nip is None:
            continue
        if not is_valid(nip):
            verdict.doubt((role,), f"NIP {nip} ma błędną cyfrę kontrolną.", level=0.2)
        else:
            verdict.trust((role,), 0.98)  # a one-digit slip always breaks the check digit
    if seller and buyer and seller == buyer:
        verdict.doubt(("seller_nip", "buyer_nip"), f"sprzedawca i nabywca mają ten sam NIP {seller}.")


# A party heading's words inside a party's name ("Adresat noty – sprzedawca", "noty –"): the heading line
# was read as a name, so which block is whose was not read either.
_HEADING_IN_NAME = re.compile(
    r"(?i)(?<![\w])(?:sprzedawc\w*|sprzedając\w*|nabywc\w*|wystawc\w*|adresat\w*|zamawiając\w*|wykonawc\w*|"
    r"dostawc\w*|kupując\w*|noty|podmiot\s?[123])(?![\w])"
)


def _check_attribution(verdict: Verdict, seller: str | None, buyer: str | None) -> None:
    """A NIP is a party's only as far as its block is known to be that party's: when a name holds a party
    heading's words (the blocks were taken from the heading line) or both parties have one name, the NIPs
    may be each other's – a valid check digit says nothing about whose NIP it is."""
    leaked = next((n for n in (seller, buyer) if n and _HEADING_IN_NAME.search(n)), None)
    same = bool(seller and buyer and re.sub(r"\W", "", seller.lower()) == re.sub(r"\W", "", buyer.lower()))
    if leaked is None and not same:
        return
    why = f"w nazwie strony jest nagłówek („{leaked[:40]}”)" if leaked else "obie strony mają tę samą nazwę"
    verdict.doubt(
        ("seller_nip", "buyer_nip"),
        f"{why} – nie odczytano pewnie, który blok jest sprzedawcy, a który nabywcy; NIP-y mogą być zamienione.",
        level=0.4,
    )


def _roman_date_on_scan(verdict: Verdict, issue: date | None, number: str | None, source: Source, text: str) -> None:
    """A date whose month a scan read in Roman numerals ("3.VII.2026"): I and l, V and the strokes around it are
    what OCR confuses most, so VI/VII, II/III are one stroke apart – uncertain, unless the number's month says
    the same ("2/PO/06/2026")."""
    if issue is None or source != Source.OCR or not text:
        return
    from .dates import find_date_spellings

    roman = any(
        value == issue and re.search(r"[IVX]", printed)
        for line in text.splitlines()
        for _at, value, printed in find_date_spellings(line)
    )
    if not roman:
        return
    months = {int(m) for m in re.findall(r"(?<![\d])(0[1-9]|1[0-2])(?=[/\-.](?:20)?\d\d(?!\d))", number or "")}
    if issue.month in months:
        return
    verdict.doubt(
        ("issue_date",),
        f"miesiąc daty {issue.strftime('%d.%m.%Y')} zapisano cyframi rzymskimi, które skaner łatwo myli "
        "(VI/VII, II/III) – sprawdź datę na dokumencie.",
        level=0.5,
        scan_only=True,
    )


def _em_dash_in_names(verdict: Verdict, doc: Invoice | Protocol) -> None:
    """ "… Jan Kowalczyk — i Wspólnicy …": OCR's em dash between a name's words is a speck or a rule line (names
    print a hyphen or an en dash) – the name as read is uncertain."""
    if doc.source != Source.OCR:
        return
    for role, name in (("seller_name", doc.seller.name), ("buyer_name", doc.buyer.name)):
        if name and " — " in name and role not in verdict.uncertain:
            verdict.doubt(
                (role,),
                f"w nazwie „{name[:60]}” skaner odczytał pauzę (—), której nazwy nie zawierają – sprawdź nazwę.",
                level=0.5,
            )


def _check_names(verdict: Verdict, seller: str | None, buyer: str | None) -> None:
    for role, name in (("seller_name", seller), ("buyer_name", buyer)):
        if not name:
            continue
        foreign = _FOREIGN_IN_NAME.search(name)
        # ("… TELSAT Spółka", "… spółka z": a legal form begun – its rest on a line not read with it)
        if re.search(r"(?i)\b(?:sp\.?(?:\s*z)?|z\s*o\.?|i|w|z|oraz|spółk[ai](?:\s+z)?)$|[-–,]$", name):
            verdict.doubt((role,), f"nazwa „{name}” wygląda na uciętą (ciąg dalszy w następnym wierszu?).")
        elif foreign:
            verdict.doubt((role,), f"w nazwie „{name}” jest „{foreign.group(0)}” z sąsiedniego bloku dokumentu.")
        elif sum(ch.isalpha() for ch in name) < 3:
            verdict.doubt((role,), f"„{name}” nie wygląda na nazwę firmy ani urzędu.")
        elif _NOT_A_NAME.search(name):
            verdict.doubt((role,), f"„{name[:60]}” wygląda na nagłówek lub adres, nie na nazwę strony.")
        elif (implausible := party_name_problem(name)) is not None:
            verdict.doubt((role,), f"„{name[:60]}” {implausible}.")
        elif (garbled := _garbled_name(name)) is not None:
            verdict.doubt((role,), f"„{name[:60]}” {garbled}.", level=0.5)
        elif role == "buyer_name" and (why := public_buyer_problem(name)) is not None:
            verdict.doubt((role,), f"„{name[:60]}” {why}.", level=0.4)
    if seller and buyer and re.sub(r"\W", "", seller.lower()) == re.sub(r"\W", "", buyer.lower()):
        verdict.doubt(("seller_name", "buyer_name"), "sprzedawca i nabywca mają tę samą nazwę.")


# A label heading where a name should be ("Adres faktury", "Dane do faktury", "Nr klienta"), or a
# registry stamp's or a form's words ("wpłynęło dnia", "L.dz.", "podpis").
_LABEL_AS_NAME = re.compile(
    r"(?i)^(?:adres|dane|nr|numer)\b|[:/]\s*$|\s/\s|^\S+(?:\s\S+)?:\s|\b(?:dnia|podpis\w*|piecz[ąę]\w*|nr\s+klienta|wp[łl]yn[ęe][łl]\w*|data\s+wp[łl]ywu)\b|\bl\.\s?dz\."
)
_AMOUNT_IN_TEXT = re.compile(r"\d[\d  .]*[,.]\d{2}(?!\d)|\d\s?%")
# a street and its house number ("Plac Zamkowy 1", "Rynek 12/3"), a name never ends so
_ADDRESS_END = re.compile(r"(?i)^\S+(?:\s\S+){0,2}\s\d{1,4}[a-z]?(?:/\d{1,4})?$")
_WORD = re.compile(r"[^\W\d_]+")


# A legal form OCR garbled ("5.C.", "s.Cc.", "Ss.c." for "s.c."): the form itself is a fixed spelling.
_GARBLED_FORM = re.compile(r"(?<!\S)(?![Ss]\.\s?[Cc]\.(?:\s|$))[5Ss]{1,2}\.\s?[Cc]{1,2}\.?(?=\s|$)")


def _garbled_name(name: str) -> str | None:
    """A party's name as OCR may have garbled it: the document's title split into pieces ("Fa ktu ra
    VAT", the letters of a title in large type) or a legal form misread ("… Komputerowego 5.C.")."""
    if "faktur" in re.sub(r"\s", "", name).casefold():
        return "to tytuł dokumentu, nie nazwa strony"
    if _GARBLED_FORM.search(name):
        return "ma formę prawną odczytaną niepewnie (skan) – sprawdź nazwę na dokumencie"
    if re.search(r"(?<!\w)[A-ZŁŚŻ],[A-ZŁŚŻ]\.", name):
        return "ma skrót z przecinkiem zamiast kropki („P,H.U.”: odczyt skanera) – sprawdź nazwę na dokumencie"
    return None


def _scanned_camel(verdict: Verdict, doc: Invoice | Protocol) -> None:
    """On a scan only: a Latin brand written as one word with a Polish letter before its inner capital."""
    if doc.source != Source.OCR:
        return
    for role, name in (("seller_name", doc.seller.name), ("buyer_name", doc.buyer.name)):
        if name and role not in verdict.uncertain and _DIACRITIC_CAMEL.search(name):
            verdict.doubt(
                (role,),
                f"„{name[:60]}” ma polską literę w środku nazwy pisanej łącznie („SęcurePoint”: odczyt skanera) "
                "– sprawdź nazwę na dokumencie.",
                level=0.5,
                scan_only=True,
            )


# Short lower-case words a Polish party's name holds ("Szkoła Podstawowa nr 2 im. …", "… w Mogilanach").
_SHORT_WORDS = frozenset(
    [
        "i",
        "w",
        "z",
        "o",
        "a",
        "u",
        "na",
        "do",
        "od",
        "po",
        "za",
        "we",
        "ze",
        "im",
        "nr",
        "dla",
        "pod",
        "nad",
        "przy",
        "ul",
        "al",
        "pl",
        "os",
        "sp",
        "oraz",
        "lub",
        "the",
        "of",
        "and",
        "und",
        "de",
        "la",
        "von",
    ]
)


def _scanned_fragments(verdict: Verdict, doc: Invoice | Protocol) -> None:
    """On a scan only: a lower-case scrap of two or three letters no Polish name holds, before a capitalised
    word ("… Komputerowy an Gąsienica"): the first letter of a word lost (a curve, a fold, a column's edge)."""
    if doc.source != Source.OCR:
        return
    for role, name in (("seller_name", doc.seller.name), ("buyer_name", doc.buyer.name)):
        if not name or role in verdict.uncertain:
            continue
        scrap = next(
            (
                m.group(1)
                for m in re.finditer(r"(?<![\w.\-])([a-ząćęłńóśźż]{2,3})\s+(?=[A-ZŁŚŻŹĆ])", name)
                if m.group(1) not in _SHORT_WORDS
            ),
            None,
        )
        if scrap is not None:
            verdict.doubt(
                (role,),
                f"„{name[:60]}” ma w środku „{scrap}” – wygląda na urwany wyraz (odczyt skanera); sprawdź nazwę.",
                level=0.5,
                scan_only=True,
            )


# Glyphs of a scanned party name that print does not hold there: a lone figure (with a mark) between two words
# of letters, not a number after "nr" ("„ALFA 4. OMEGA”": an ampersand or a letter read as a figure), and a
# zero against an O or closing a run of capitals inside a code ("ISO0-27", "IS0-27": O and 0 confused).
_LONE_FIGURE = re.compile(
    r"(?<![Nn][Rr] )(?<=[^\W\d_]{2} )\d[.:;,«»]?(?= [^\W\d_]{2})"
    r"(?! (?:Maja|Stycznia|Lutego|Marca|Kwietnia|Czerwca|Lipca|Sierpnia|Września|Października|Listopada|Grudnia)\b)"
)
_ZERO_IN_CAPITALS = re.compile(r"O0|0O|(?<=[A-Z]{2})0(?=-)")


def _scanned_name_figures(verdict: Verdict, doc: Invoice | Protocol) -> None:
    if doc.source != Source.OCR:
        return
    for role, name in (("seller_name", doc.seller.name), ("buyer_name", doc.buyer.name)):
        if not name or role in verdict.uncertain:
            continue
        if _LONE_FIGURE.search(name):
            why = "ma między wyrazami samotną cyfrę (skaner mógł tak odczytać „&” albo literę)"
        elif _ZERO_IN_CAPITALS.search(name):
            why = "ma w oznaczeniu zero obok litery O lub wielkich liter (skaner myli O i 0)"
        else:
            continue
        verdict.doubt((role,), f"„{name[:60]}” {why} – sprawdź nazwę na dokumencie.", level=0.5, scan_only=True)


def _touching_names(verdict: Verdict, doc: Invoice | Protocol, lines: list[Line]) -> None:
    """On a scan: the seller's and the buyer's names a single space apart on one line ("… Jan Gąsienicemina Dobra"):
    the left column's name ran up to the right one's, OCR merged the glyphs where they touch, and where one name
    ends and the other begins is a guess – both names are doubted."""
    seller, buyer = doc.seller.name, doc.buyer.name
    if doc.source != Source.OCR or not seller or not buyer:
        return
    for left, right in ((seller, buyer), (buyer, seller)):
        touching = [
            k
            for k, line in enumerate(lines)
            if re.search(re.escape(left) + r" " + re.escape(right) + r"(?!\w)", line.raw)
        ]
        # the blocks' next lines keep their columns apart (a text whose spacing was lost says nothing)
        if any(re.search(r"\S {3,}\S", f.raw) for k in touching for f in lines[k + 1 : k + 4]):
            verdict.doubt(
                ("seller_name", "buyer_name"),
                f"nazwy stron „{left[:40]}” i „{right[:40]}” stykają się w jednym wierszu – skaner mógł skleić ich "
                "litery; sprawdź obie nazwy na dokumencie.",
                level=0.5,
                scan_only=True,
            )
            return


def _name_read_otherwise(verdict: Verdict, doc: Invoice | Protocol, lines: list[Line]) -> None:
    """On a scan: the party's name printed again on the page (a letterhead and the party's block, a footer) and
    read there with one word spelt differently by a glyph or two ("Stalowa" / "Stałowa", "Kołodziej" /
    "Kałodziej"): one of the two readings is OCR's slip, and nothing says which."""
    if doc.source != Source.OCR:
        return
    for role, name in (("seller_name", doc.seller.name), ("buyer_name", doc.buyer.name)):
        words = name.split() if name else []
        if len(words) < 2:
            continue
        for line in lines:
            other = _same_name_misspelt(words, line.text.split())
            if other is not None:
                verdict.doubt(
                    (role,),
                    f"nazwa jest wydrukowana dwa razy i odczytana różnie („{other[0]}” i „{other[1]}”) – skaner "
                    "pomylił litery w jednym z miejsc; sprawdź nazwę na dokumencie.",
                    level=0.5,
                    scan_only=True,
                )
                break


def _name_pieces_reversed(verdict: Verdict, doc: Invoice | Protocol, lines: list[Line]) -> None:
    """On a scan: a name read as two pieces in reverse order – its end on one line, its beginning on the next
    ("Sieciowe Sp. z o.o." over "Olsztyńskie Systemy": a curved page split the letterhead's line at a baseline
    step). The parser joins them; where they meet (and whether they belong together) is a guess."""
    if doc.source != Source.OCR:
        return
    for role, name in (("seller_name", doc.seller.name), ("buyer_name", doc.buyer.name)):
        words = name.split() if name else []
        if len(words) < 3 or role in verdict.uncertain:
            continue
        texts = [line.text for line in lines]
        for cut in range(1, len(words)):
            head, tail = " ".join(words[:cut]), " ".join(words[cut:])
            if any(t.startswith(tail) and nxt.startswith(head) for t, nxt in itertools.pairwise(texts)):
                verdict.doubt(
                    (role,),
                    f"nazwa „{' '.join(words)[:60]}” jest złożona z dwóch kawałków, które zdjęcie rozdzieliło na "
                    "dwa wiersze (koniec nad początkiem) – sprawdź nazwę na dokumencie.",
                    level=0.5,
                    scan_only=True,
                )
                break


# A line of words under a name that could be the name's rest: no figure, no address, no label, no heading.
_WORDS_ONLY = re.compile(r"[^\W\d_][^\d@:|/]{1,60}")
_NOT_NAME_REST = re.compile(
    r"(?i)^(?:polska|poland|oddział\b|siedziba\b|adres\b|faktura\b|oryginał|kopia|duplikat|nabywca|sprzedawca|odbiorca|"
    r"płatnik|zamawiający|wykonawca|dostawca|data\b|termin\b|sposób\b|bank\b|konto\b|tel\b|e-?mail\b|www\b)"
)


def _name_goes_on(verdict: Verdict, doc: Invoice | Protocol, lines: list[Line]) -> None:
    """A party's name without a legal form at its end, printed at the end of a cell, with a line of plain words
    right under it in the same column that the name did not take ("Usługi Informatyczne ITEK" / "Krzysztof
    Malinowski", "Przedsiębiorstwo Usług" / "Informatycznych i"): the name may go on there – it is uncertain.
    (A name closed by its legal form is complete: a branch's or a department's line under it is no part of it.)"""
    for role, name in (("seller_name", doc.seller.name), ("buyer_name", doc.buyer.name)):
        if not name or role in verdict.uncertain or LEGAL_FORM.search(name) or len(name) < 4:
            continue
        if _UNIT_NAME.match(name):
            continue  # "Gmina Łęczna" is the unit whole; its office ("Urząd Miejski w Łęcznej") may stand under it
        rest = _rest_under(name, lines)
        if rest is not None:
            verdict.doubt(
                (role,),
                f"pod nazwą „{name[:50]}” stoi jeszcze wiersz „{rest[:40]}” – nazwa może mieć w nim ciąg dalszy; "
                "sprawdź pełną nazwę na dokumencie.",
                level=0.5,
            )


_UNIT_NAME = re.compile(r"(?:Gmina|Gminy|Powiat|Miasto|Województwo|Starostwo|Urząd)\b")
_OFFICE_LINE = re.compile(r"(?:Urząd|Starostwo|Zarząd|Wydział|Referat|Biuro|Dział|Sekretariat)\b")


def _rest_under(name: str, lines: list[Line]) -> str | None:
    for k, line in enumerate(lines[:-1]):
        cell = next((c for c in cells(line.raw) if c.text.endswith(name)), None)
        if cell is None:
            continue
        start = cell.end - len(name)
        # (under it flush left, or flush right with it: a block set right)
        under = next(
            (c for c in cells(lines[k + 1].raw) if abs(c.start - start) <= 3 or abs(c.end - cell.end) <= 3), None
        )
        if under is None:
            return None
        text = under.text
        if (
            _WORDS_ONLY.fullmatch(text)
            and len(text.split()) <= 5
            and not _NOT_NAME_REST.match(text)
            and text not in name
            and not _OFFICE_LINE.match(text)
            and not re.search(r"(?i)\b(?:ul|al|pl|os)\.", text)
        ):
            return text
        return None
    return None


def _same_name_misspelt(words: list[str], text: list[str]) -> tuple[str, str] | None:
    """The pair of words that differ where `text` prints the name's words with one word misspelt by at most two
    characters (same length ± 1); None when the line does not hold the name or holds it exactly."""
    from rapidfuzz.distance import Levenshtein

    n = len(words)
    for k in range(len(text) - n + 1):
        window = text[k : k + n]
        differing = [(a, b) for a, b in zip(words, window, strict=True) if a != b]
        if len(differing) != 1:
            continue
        a, b = differing[0]
        letters = sum(ch.isalpha() for ch in a) >= 4 and sum(ch.isalpha() for ch in b) >= 4
        if letters and a.casefold() != b.casefold() and 0 < Levenshtein.distance(a, b) <= 2 and a[0] == b[0]:
            return a, b
    return None


# A brand written as one word with an inner capital holding a Polish letter ("SęcurePoint"): a speck OCR
# read as an ogonek on a Latin brand.
_DIACRITIC_CAMEL = re.compile(r"(?<!\w)[A-Z][a-z]*[ąćęłńóśźż][a-z]*[A-Z][a-z]+(?!\w)")


def party_name_problem(name: str) -> str | None:
    """Why a party's name read from a document cannot be one (None when it can): it holds an amount, a
    long number, a label or a stamp's words, an address, stray single letters, or no capitalised word.

    >>> party_name_problem("Stawka 23% PLN 31 582.02")
    'zawiera kwotę lub stawkę – to tekst z sąsiedniego bloku, nie nazwa strony'
    >>> party_name_problem("Gmina Miejska Chojnów") is None
    True
    """
    words = _WORD.findall(name)
    sentence = re.match(r"[a-ząćęłńóśźż]{4,}\s+[a-ząćęłńóśźż]+\s", name)
    if sentence or re.search(r"(?i)\bna\s+podstawie\b|\bumow[yaie]\s+nr\b", name):
        # "realizowanych na podstawie umowy nr 34/ZP/2026 ZETTA …": a sentence under the title taken for a block
        return "zaczyna się od zdania (małymi literami, „na podstawie umowy”) – to nie sama nazwa strony"
    if _AMOUNT_IN_TEXT.search(name):
        return "zawiera kwotę lub stawkę – to tekst z sąsiedniego bloku, nie nazwa strony"
    if re.search(r"\d{5,}|\d{3}-\d{3}-\d{2}-\d{2}", name):
        return "zawiera długi numer (NIP, konto, numer klienta) – to nie sama nazwa strony"
    if _LABEL_AS_NAME.search(name):
        return "wygląda na etykietę lub pieczęć, nie na nazwę strony"
    if "_" in name or re.search(r"(?<=[A-Za-ząćęłńóśźżĄĆĘŁŃÓŚŹŻ]{3})\.(?=Sp\.)", name):
        # "ELKOM._Sp. z o.o.", "ELIKOM.Sp. z o.o.": a scan's speck between the name and its legal form
        return "ma między wyrazami znak, którego nazwy nie zawierają (odczyt skanera) – sprawdź nazwę"
    if re.search(r"(?<!\S)[^\w\s&+\-–—.,\"'„”()]+(?!\S)", name):
        # "… Sp. z o.o. sp.k. *": a speck or a mark beside the name read as a glyph of its own
        return "ma osobny znak, którego nazwy nie zawierają (odczyt skanera) – sprawdź nazwę"
    if _ADDRESS_END.search(name):
        return "wygląda na adres, nie na nazwę strony"
    if re.search(r"(?<![\w/])(?!24/7)\d{1,4}[a-zA-Z]?/\d{1,4}(?![\w/])", name):
        # "Lubuskie I. Kasprzaka Centrum 31/2 Usług": a photo's curve interleaved the address line
        return "zawiera numer domu i lokalu – to wiersz adresu wpleciony w nazwę"
    if not any(len(w) >= 3 and w[0].isupper() for w in words):
        return "nie wygląda na nazwę firmy ani urzędu"
    if len(re.findall(r"(?<!\S)[A-ZĄĆĘŁŃÓŚŹŻ](?!\S)", name)) >= 1 and not re.search(r"\b[A-Z]\.", name):
        return "ma pojedyncze litery wśród słów (ślady sąsiedniego tekstu albo pieczęci)"
    if len(words) == 1 and len(name.split()) == 1:
        return "to jedno słowo – sprawdź, czy to pełna nazwa strony (nie pieczęć ani nagłówek)"
    if _UNIT_GLUED.search(name):
        return "kończy się nazwą jednostki z sąsiedniej kolumny (dwie nazwy sklejone) – sprawdź nazwę"
    return None


# A JST's head word after a company's legal form or glued to a word ("… Sp. z oGmina", "… S.A. Powiat"):
# the neighbouring column's name ran into this one.
_UNIT_GLUED = re.compile(
    r"(?:(?<=[a-ząćęłńóśźż])|(?i:(?:sp\.\s*z\s*o\.\s*o\.|s\.\s*a\.|s\.\s*c\.|sp\.\s*j\.|sp\.\s*k\.)\s+))"
    r"(?:Gmina|Powiat|Miasto|Starostwo|Urząd|Województwo)(?!\w)"
)


# A unit's own head word, nominative: a second one after other words starts another block's name.
_UNIT_HEAD = re.compile(
    r"(?<![\w])(?:Szkoła|Urząd|Starostwo|Zespół|Przedszkole|Ośrodek|Biblioteka|Żłobek|Liceum|Technikum)(?![\w])"
)


def public_buyer_problem(name: str) -> str | None:
    """Why a buyer's name is not a plausible public buyer (None when it is). In these programmes the
    buyer is a JST or its office or unit: a name without any such word is a seller's, a bank's, an
    address or a person read from another block; two units in one name took the neighbouring block.

    >>> public_buyer_problem("Gmina Stare Babice") is None
    True
    >>> public_buyer_problem("Infosystem Polska S.A.")
    'nie wygląda na jednostkę samorządu ani jej urząd czy jednostkę organizacyjną'
    >>> public_buyer_problem("Powiat Żywiecki – Starostwo Powiatowe w Żywcu") is None
    True
    >>> public_buyer_problem("Gmina Lipno Szkoła Podstawowa w Wichowie")
    'łączy nazwy dwóch jednostek – to może być sąsiedni blok (odbiorca, adres dostawy)'
    """
    first = PUBLIC_UNIT.search(name)
    if first is None:
        return "nie wygląda na jednostkę samorządu ani jej urząd czy jednostkę organizacyjną"
    jst = first.group(0).casefold() in ("gmina", "powiat", "miasto", "województwo")
    later = [h for h in _UNIT_HEAD.finditer(name) if h.start() > first.end()]
    if jst and any(not _own_office_or_set_apart(name, first.group(0), h) for h in later):
        return "łączy nazwy dwóch jednostek – to może być sąsiedni blok (odbiorca, adres dostawy)"
    return None


# "Powiat Żywiecki – Starostwo Powiatowe w Żywcu", "Gmina Kórnik Urząd Miejski w Kórniku": a JST and its own office
_OWN_OFFICE = {
    "powiat": re.compile(r"Starostwo\s+Powiatowe", re.IGNORECASE),
    "gmina": re.compile(r"Urząd\s+(?:Gminy|Miejski|Miasta)", re.IGNORECASE),
    "miasto": re.compile(r"Urząd\s+(?:Miasta|Miejski|Gminy)", re.IGNORECASE),
    "województwo": re.compile(r"Urząd\s+Marszałkowski", re.IGNORECASE),
}


def _own_office_or_set_apart(name: str, unit_word: str, head: re.Match[str]) -> bool:
    """A second head after a JST that is the JST's own office (printed on the next line of the same block), or
    one the printer set apart with a dash, slash or bracket ("Gmina X – Szkoła Podstawowa nr 1"): one buyer, not a
    neighbouring block glued on."""
    office = _OWN_OFFICE.get(unit_word.casefold())
    if office is not None and office.match(name, head.start()):
        return True
    return bool(re.search(r"[–—/(]\s*$|\s-\s*$", name[: head.start()]))


# --- amounts ---------------------------------------------------------------------------------------


# Words of a table's header, a totals block or a footer inside an item's name: the row took a
# neighbouring line.
_NOT_IN_ITEM = re.compile(
    r"(?i)(?<!\w)(?:lp\.?|j\.\s?m\.|cena\s+jedn\w*|warto[śs][ćc]\s+(?:netto|brutto)|stawka\s+vat|kwota\s+vat|"
    r"razem|suma|do\s+zap[łl]aty|s[łl]ownie|strona\s+\d|nip|iban|regon|"
    # a signature's caption, not a product ("certyfikat kwalifikowanego podpisu elektronicznego")
    r"podpis\w*(?!\w|\s+(?:elektroniczn|kwalifikowan|cyfrow|zaufan)))(?!\w)"
)


# Another document's number in a sales series ("FV 71293/06/2026") inside an item's name, not introduced
# as what the line is about ("faktura zaliczkowa FZ/13/2026", "do umowy nr …"): a reference column's cell
# (the source invoice of a re-invoice, a delivery note) read into the name.
_OTHER_DOCUMENT_IN_NAME = re.compile(
    r"(?<![\w/])[A-Z][A-Za-z]{0,3}\s?(?:\d+/\d{1,2}/(?:19|20)\d{2}|/(?:19|20)\d{2}/\d+)(?![\w/])"
)
_INTRODUCED = re.compile(
    r"(?i)(?<!\w)(?:(?:faktur|zaliczk|korekt|umow|zam[óo]wieni|zleceni|wed[łl]ug|zgodnie)\w*|nr|numer|do|dot|dotyczy|wg)"
    r"\.?\W*$"
)


_NOTE_IN_NAME = re.compile(
    r"(?i)\s(?:klucz\w*(?:\s+\w+)?|s/n|sn|p/n|part\s+n(?:o|umber)|ean|nr\s+seryjn\w*|numer\w*\s+seryjn\w*|"
    r"okres\s+\w+|gwarancja|uwagi)\s*:"
    r"|(?-i:\s(?=[A-Z0-9]*[A-Z])(?=[A-Z0-9]*\d{4})[A-Z0-9]{7,},\s*(?=[A-Z0-9]*\d{4})[A-Z0-9]{7,}(?![\w-]))"
)


# "iiyama iiy ProLite": a word's first letters read again after it (a curved line read twice)
_PREFIX_TWICE = re.compile(r"(?<!\S)([^\W\d_]{3,})[^\W\d_]+ \1(?!\S)")


def _speck_in_name(name: str) -> str | None:
    """What a scan's specks and a table's neighbours leave in a name: the commission listed under a protocol's
    table, a speck read as a letter before the name, a word's first letters read twice."""
    if re.search(r"(?i)\b(?:komisj\w*|w\s+składzie)\b", name) and re.search(r"\d\.\s+[A-ZŁŚŻ]", name):
        # "… wieloskładnikowego Komisja w składzie: 1. Ewa …": the protocol's commission under the table
        return f"nazwa „{name[:60]}” zawiera skład komisji spod tabeli, nie samą nazwę"
    if re.match(r"[a-ząćęłńóśźż] [a-ząćęłńóśźż]{3,}", name):
        # "a czytnik kart …": a speck before a name read as a letter, the name's capital lost with it
        return f"nazwa „{name[:60]}” zaczyna się od pojedynczej litery – skaner mógł odczytać plamkę jako literę"
    if (twice := _PREFIX_TWICE.search(name)) is not None:
        return f"w nazwie „{name[:60]}” początek słowa „{twice.group(1)}” stoi dwa razy – skaner odczytał go podwójnie"
    return None


def _other_document_in_name(name: str) -> bool:
    return any(not _INTRODUCED.search(name[: m.start()]) for m in _OTHER_DOCUMENT_IN_NAME.finditer(name))


# "Cz. II poz. 5", "pak. 2 lp. 4" before a name: a price form's position from its own column
_REFERENCE_FIRST = re.compile(r"(?i)^(?:cz\.|część|poz\.|pak\.|pakiet)\s*[IVX\d]")


def _name_problem(name: str) -> str | None:
    """A name cut or padded by its neighbours: unbalanced brackets, an ellipsis, ticked checkboxes, a
    header's or a totals block's words, an amount, an address, a sentence of the text under the table,
    a fragment (a wrapped line's rest) or almost no letters."""
    if name.count("(") != name.count(")"):
        return f"nazwa „{name[:60]}” ma niedomknięty nawias (ucięta albo sklejona z sąsiednim wierszem)"
    if re.search(r"[<>{}\\^]", name):
        return f"nazwa „{name[:60]}” zawiera znak, którego nazwy nie mają (odczyt skanera z sąsiedniej kolumny)"
    if "…" in name or re.search(r"\s[Xx✓✔☑]\s+[A-ZŚŁŻ]", name):
        return f"nazwa „{name[:60]}” zawiera znaki z sąsiedniej kolumny"
    if sum(ch.isalpha() for ch in name) < 3:
        return f"„{name[:60]}” nie wygląda na nazwę towaru ani usługi"
    if (label := _NOT_IN_ITEM.search(name)) is not None:
        return f"nazwa „{name[:60]}” zawiera „{label.group(0)}” z nagłówka, sum albo stopki dokumentu"
    if re.search(r"(?<![\d,.])\d{1,4},\d{3,4}(?![\d,])", name):
        # "Licencja … LTSC 4,000 Standard 2024": a quantity printed with three decimals, from the next column
        return f"nazwa „{name[:60]}” zawiera ilość z sąsiedniej kolumny"
    if re.search(r"\d{1,3}(?:[  .]\d{3})*,\d{2}(?!\d)", name) or re.search(r"\b\d{2}-\d{3}\b|\d{10,}", name):
        return f"nazwa „{name[:60]}” zawiera kwotę, kod pocztowy albo długi numer z sąsiedniej kolumny"
    if re.match(r"(?:\d{1,2}[.\-/]\d{1,2}[.\-/]\d{2,4}|[A-Z]{1,5}[/-]\d+[/-]\d{2,4})\s", name):
        return f"nazwa „{name[:60]}” zaczyna się od daty albo numeru dokumentu z sąsiedniej kolumny (WZ, zamówienie)"
    # "SR-15461 Licencja …": a seller's article code from a "Kod" column before the name
    if re.match(r"\d{5,}\s|0\d{3,}\s|[A-Z]{2,4}-\d{4,6}\s+[A-ZŁŚŻĆ][a-ząćęłńóśźż]", name):
        return f"nazwa „{name[:60]}” zaczyna się od kodu z sąsiedniej kolumny"
    if _other_document_in_name(name):
        return f"nazwa „{name[:60]}” zawiera numer innego dokumentu z sąsiedniej kolumny"
    if (note := _NOTE_IN_NAME.search(name)) is not None:
        # "… 1 rok (stanowisko) Klucz licencyjny: WH5ZL-…", "… OLS3000EA PF4693411, PF4993782": a description's
        # label or a list of serials read on as the name's wrapped rest
        return f"nazwa „{name[:60]}” zawiera opis spod nazwy („{note.group(0).strip()[:30]}”), nie samą nazwę"
    if _REFERENCE_FIRST.match(name):
        return f"nazwa „{name[:60]}” zaczyna się od odwołania (część, pozycja) z sąsiedniej kolumny"
    if re.search(r"\s[a-ząćęłńóśźż]{5,}\.$|:$", name):
        return f"nazwa „{name[:60]}” kończy się zdaniem z tekstu pod tabelą"
    if re.match(r"[a-ząćęłńóśźż]{2}", name) and len(name.split()) <= 2:
        return f"„{name[:60]}” wygląda na urwany fragment nazwy (ciąg dalszy z następnego wiersza)"
    return _speck_in_name(name) or _misread_in_name(name)


def _misread_in_name(name: str) -> str | None:
    """A scan's glyphs no item name holds: the euro sign inside a code, a unit glued to the end, "%" between
    figures."""
    if re.search(r"[\w/]€|€[A-Za-z]", name):
        # "Umowa nr 7/€5/2026": a C read as the euro sign inside a code
        return f"nazwa „{name[:60]}” ma znak € wewnątrz oznaczenia (odczyt skanera: C?)"
    if _UNIT_AT_END.search(name):
        # "… PoE+ 24 porty a sz.", "… Zabbix a] us.": the quantity and unit columns read as letters
        return f"nazwa „{name[:60]}” kończy się ilością i jednostką z sąsiedniej kolumny"
    if re.search(r"\d%\s+\d", name):
        return f"nazwa „{name[:60]}” ma znak % między liczbami (odczyt skanera albo stawka z sąsiedniej kolumny)"
    return None


# A speck or a misread figure, then a unit's first letters at a name's end ("a sz.", "a] us.", "4 lic"): the
# quantity and unit columns glued to the name.
_UNIT_AT_END = re.compile(r"\s\S{1,2}\s+(?:szt?|sz[tl]\.|us[łl]?|li[ck]|kpl|kp|godz|m-?c|mb)\.?$")


def _item_problems(item: LineItem, k: int) -> list[str]:
    out = []
    label = f"pozycja {item.position or k}"
    problem = _name_problem(item.name)
    if problem:
        out.append(f"{label}: {problem}")
    if item.unexplained:
        printed = ", ".join(_pl(v) for v in item.unexplained[:2])
        out.append(f"{label}: kwota {printed} z wiersza nie zgadza się z pozostałymi")
    if item.qty is not None and item.unit_net is not None and item.net is not None and item.qty > 0:
        # The unit price is rounded to the grosz: the value may differ by half a grosz per unit.
        tolerance = max(Decimal("0.02"), abs(item.qty) * Decimal("0.005"))
        if not _close(item.qty * item.unit_net, item.net, tolerance) and not (
            item.unit_gross is not None
            and item.gross is not None
            and _close(item.qty * item.unit_gross, item.gross, tolerance)
        ):
            out.append(f"{label}: ilość × cena ({_pl(item.qty * item.unit_net)}) ≠ wartość netto {_pl(item.net)}")
    if (
        item.net is not None
        and item.vat is not None
        and item.gross is not None
        and not _close(item.net + item.vat, item.gross, Decimal("0.02"))
    ):
        out.append(f"{label}: netto + VAT ≠ brutto {_pl(item.gross)}")
    if item.net is not None and item.vat is not None and item.vat_rate and item.vat_rate.isdigit():
        expected = vat_of(item.net, item.vat_rate)
        from_gross = vat_from_gross(item.gross, item.vat_rate) if item.gross is not None else None
        tolerance = Decimal("0.02")
        if (
            expected is not None
            and not _close(expected, item.vat, tolerance)
            and not (from_gross is not None and _close(from_gross, item.vat, tolerance))
        ):
            out.append(f"{label}: VAT {_pl(item.vat)} ≠ {item.vat_rate}% od {_pl(item.net)}")
    return out


def _sum(items: list[LineItem], attr: str) -> Decimal | None:
    values = [getattr(i, attr) for i in items]
    if not values or any(v is None for v in values):
        return None
    return sum(values, Decimal(0))


def _line_sums(doc: Invoice) -> dict[str, Decimal | None]:
    after = [i for i in doc.items if not i.before_correction]
    before = [i for i in doc.items if i.before_correction]
    out: dict[str, Decimal | None] = {}
    for attr in ("net", "vat", "gross"):
        a = _sum(after, attr)
        b = _sum(before, attr) if before else Decimal(0)
        out[attr] = None if a is None or b is None else a - b
    return out


def _check_items(verdict: Verdict, doc: Invoice) -> None:
    problems = [p for k, item in enumerate(doc.items, 1) for p in _item_problems(item, k)]
    priced = [i.qty is not None and (i.unit_net is not None or i.unit_gross is not None) for i in doc.items]
    if any(priced) and not all(priced):
        # the other rows print a quantity and a price: this row's were read into its name or lost
        k = priced.index(False)
        problems.append(f"pozycja {doc.items[k].position or k + 1}: nie odczytano ilości ani ceny jednostkowej")
    unpriced = [k for k, i in enumerate(doc.items, 1) if i.net is None and i.gross is None]
    if unpriced and (doc.net_total is not None or doc.gross_total is not None):
        # a row kept without its amounts: the lines can no longer be added up against the totals
        k = unpriced[0]
        problems.append(f"pozycja {doc.items[k - 1].position or k}: nie odczytano kwot – nie da się sprawdzić sum")
    if doc.items and all(i.before_correction for i in doc.items):
        # a correction states what the rows become: rows read only in their state before cannot be
        # checked against its totals, whatever marker put them there
        problems.append("odczytano tylko stan przed korektą, bez stanu po korekcie")
    if problems:
        more = f" (i {len(problems) - 3} innych)" if len(problems) > 3 else ""
        verdict.doubt(("items",), "; ".join(problems[:3]) + more + ".")


def _check_totals(verdict: Verdict, doc: Invoice, lines: list[Line]) -> None:
    confirmed = _net_vat_gross(verdict, doc)
    lines_agree = False
    from .invoice import settles_advances

    final = settles_advances(doc.invoice_type, "\n".join(line.text for line in lines))
    if doc.items and doc.invoice_type not in ("ZAL", "KOR_ZAL") and not final:
        _known_lines_within_net(verdict, doc)
        lines_agree = _lines_against_totals(verdict, doc)
    _rate_summaries(verdict, doc)
    _summary_against_totals(verdict, doc)
    lines_agree = _printed_confirmations(verdict, doc, lines, confirmed) or lines_agree
    if lines_agree:
        verdict.trust(("net_total", "vat_total", "gross_total", "items"))
        return
    if confirmed:
        verdict.trust(tuple(confirmed), 0.9)
    if doc.source == Source.OCR:
        # A scan's total that nothing else on the page confirms (no lines, no net + VAT = gross, no
        # amount in words) may have lost a decimal comma or a digit: it is not given as certain.
        lonely = tuple(
            f for f in ("net_total", "vat_total", "gross_total") if f not in confirmed and f not in verdict.uncertain
        )
        if lonely:
            verdict.doubt(
                lonely,
                "kwota odczytana ze skanu, której nie potwierdza żadne inne pole dokumentu "
                "(suma pozycji, netto + VAT = brutto, kwota słownie).",
                level=0.45,
            )


def _net_vat_gross(verdict: Verdict, doc: Invoice) -> set[str]:
    """The totals confirmed by net + VAT = gross (or a doubt when they disagree)."""
    net, vat, gross = doc.net_total, doc.vat_total, doc.gross_total
    if net is None or vat is None or gross is None:
        return set()
    if _close(net + vat, gross):
        return {"net_total", "vat_total", "gross_total"}
    verdict.doubt(
        ("net_total", "vat_total", "gross_total"),
        f"netto {_pl(net)} + VAT {_pl(vat)} nie daje brutto {_pl(gross)}.",
    )
    return set()


def _known_lines_within_net(verdict: Verdict, doc: Invoice) -> None:
    """Lines read so far must not already exceed the document's net (some lines' amounts unread)."""
    net = doc.net_total
    if net is None or net <= 0:
        return
    tolerance = max(Decimal("0.05"), CENT * len(doc.items))
    known = [i.net for i in doc.items if i.net is not None and not i.before_correction]
    if len(known) < len(doc.items) and sum(known, Decimal(0)) > net + tolerance:
        verdict.doubt(
            ("net_total", "items"),
            f"już znane pozycje dają netto {_pl(sum(known, Decimal(0)))}, więcej niż suma netto {_pl(net)}.",
        )


def _lines_against_totals(verdict: Verdict, doc: Invoice) -> bool:
    """The line sums against the document's totals; True when some were compared and none disagrees."""
    sums = _line_sums(doc)
    tolerance = max(Decimal("0.05"), CENT * len(doc.items))
    checked = 0
    for attr, total_field, total in (
        ("net", "net_total", doc.net_total),
        ("vat", "vat_total", doc.vat_total),
        ("gross", "gross_total", doc.gross_total),
    ):
        line_sum = sums[attr]
        if line_sum is None or total is None:
            continue
        checked += 1
        if not _close(line_sum, total, tolerance):
            single = len(doc.items) > 1 and any(getattr(i, attr) == total for i in doc.items)
            note = " (suma równa jednej pozycji – odczytano wiersz zamiast podsumowania?)" if single else ""
            verdict.doubt(
                (total_field, "items"),
                f"suma pozycji ({_pl(line_sum)}) różni się od sumy z dokumentu ({_pl(total)}){note}.",
            )
    if checked == 0:
        _lines_unconfirmed(verdict, doc)
    return checked > 0 and not {"net_total", "vat_total", "gross_total", "items"} & set(verdict.uncertain)


def _lines_unconfirmed(verdict: Verdict, doc: Invoice) -> None:
    """No line sum could be set against a printed total (the net total unread and the rows' gross unread, or
    the reverse): the rows' count and amounts are confirmed by nothing. The rows' net at their rates may still
    make the gross; otherwise the rows are uncertain – a row lost or merged would go unnoticed."""
    totals = [t for t in (doc.net_total, doc.vat_total, doc.gross_total) if t is not None]
    if any(i.before_correction for i in doc.items):
        return
    if not totals:
        if any(i.net is not None or i.gross is not None for i in doc.items):
            verdict.doubt(
                ("items",),
                f"nie odczytano sum dokumentu – liczby pozycji ({len(doc.items)}) nie ma z czym porównać; "
                "mogło zabraknąć wiersza.",
            )
        return
    effective = list(doc.items)
    gross = doc.gross_total
    if gross is not None and all(i.net is not None and i.vat_rate for i in effective):
        made = sum(
            ((i.net or Decimal(0)) + (vat_of(i.net or Decimal(0), i.vat_rate or "") or 0) for i in effective),
            Decimal(0),
        )
        if _close(made, gross, max(Decimal("0.05"), CENT * len(effective))):
            return
    verdict.doubt(
        ("items",),
        f"liczby pozycji ({len(effective)}) nie potwierdza żadna suma dokumentu (nie odczytano sumy, z którą "
        "można porównać wiersze) – mógł zostać pominięty wiersz.",
    )


def _summary_against_totals(verdict: Verdict, doc: Invoice) -> None:
    """The per-rate summary (every rate's row read whole) adds up to the document's totals: a total it
    contradicts was read from another line (a section's subtotal, one rate's row)."""
    rows = doc.vat_summary
    if not rows or doc.kind.value == "correction" or doc.invoice_type in ("ZAL", "KOR_ZAL"):
        return
    tolerance = max(Decimal("0.02"), CENT * len(rows))
    for attr, total_field, total in (
        ("net", "net_total", doc.net_total),
        ("vat", "vat_total", doc.vat_total),
        ("gross", "gross_total", doc.gross_total),
    ):
        values = [getattr(s, attr) for s in rows]
        if total is None or any(v is None for v in values):
            continue
        summed = sum(values, Decimal(0))
        if not _close(summed, total, tolerance):
            verdict.doubt(
                (total_field,),
                f"zestawienie według stawek VAT daje {_pl(summed)}, a suma z dokumentu to {_pl(total)}.",
            )


def _rate_summaries(verdict: Verdict, doc: Invoice) -> None:
    """Each per-rate summary's VAT must be its rate of its net (or of its gross)."""
    for s in doc.vat_summary:
        if s.net is None or s.vat is None or not s.rate.isdigit():
            continue
        expected = vat_of(s.net, s.rate)
        lines_at_rate = sum(1 for i in doc.items if i.vat_rate == s.rate)
        tolerance = max(Decimal("0.02"), Decimal("0.005") * lines_at_rate)
        if (
            expected is not None
            and not _close(expected, s.vat, tolerance)
            and not (s.gross is not None and _close(vat_from_gross(s.gross, s.rate), s.vat, tolerance))
        ):
            verdict.doubt(
                ("vat_total",), f"VAT stawki {s.rate}% ({_pl(s.vat)}) nie odpowiada {s.rate}% od {_pl(s.net)}."
            )


def _printed_confirmations(verdict: Verdict, doc: Invoice, lines: list[Line], confirmed: set[str]) -> bool:
    """The amount due and the amount in words against the gross (adds to `confirmed`).

    True when the words confirm the gross and net + VAT = gross held: the whole set of totals stands.
    """
    gross = doc.gross_total
    if gross is None:
        return False
    correction = doc.kind.value == "correction"
    due = _amount_due(lines)
    if due is not None and _close(due, gross):
        confirmed.add("gross_total")
    elif due is not None and not correction:
        verdict.doubt(
            _with_its_net_and_vat(doc, confirmed),
            f"kwota do zapłaty ({_pl(due)}) różni się od kwoty brutto {_pl(gross)}.",
        )
    words = _words_amount(lines)
    if correction:
        _correction_amount_said(verdict, gross, lines, words)
        return False
    if words is None:
        return False
    if _close(words, abs(gross)):
        confirmed.add("gross_total")
        return "net_total" in confirmed
    if _part_paid(lines):
        return False  # "Zapłacono … Pozostaje do zapłaty …": the words may spell what remains, not the gross
    verdict.doubt(
        _with_its_net_and_vat(doc, confirmed), f"kwota słownie ({_pl(words)}) różni się od kwoty brutto {_pl(gross)}."
    )
    return False


def _with_its_net_and_vat(doc: Invoice, confirmed: set[str]) -> tuple[str, ...]:
    """The totals a contradicted gross takes with it: when net + VAT make that very gross, the three were read
    as one set (a section's "Razem" row, a subtotal) and the net and the VAT are as wrong as the gross – unless
    the rows add up to that gross (then the page asks for another amount: a retention, a payment made)."""
    rows_gross = _line_sums(doc)["gross"] if doc.items else None
    if rows_gross is not None and doc.gross_total is not None and _close(rows_gross, doc.gross_total, Decimal("0.05")):
        return ("gross_total",)
    if {"net_total", "vat_total"} <= confirmed:
        confirmed.difference_update({"net_total", "vat_total", "gross_total"})
        return ("net_total", "vat_total", "gross_total")
    return ("gross_total",)


_REFUND = re.compile(r"(?i)(?:kwota\s+)?do\s+zwrotu(?:\s+nabywcy)?\s*:?|kwota\s+korekty\s*:?")


def _correction_amount_said(verdict: Verdict, gross: Decimal, lines: list[Line], words: Decimal | None) -> None:
    """A correction's gross (its difference) against what it says in full: the amount returned to the
    buyer ("Kwota do zwrotu: 11 025,17") and the amount in words. When both say another amount, the
    totals were read from another line (the state after the correction, not the difference)."""
    from .numbers import find_amounts

    refund = None
    for line in lines:
        m = _REFUND.search(line.text)
        if m:
            amounts = find_amounts(line.text[m.end() :])
            refund = amounts[0][2] if amounts else None
            break
    said = [abs(v) for v in (refund, words) if v is not None]
    if not said or any(_close(v, abs(gross)) for v in said):
        return
    if refund is None:
        verdict.doubt(
            ("net_total", "vat_total", "gross_total"),
            f"kwota słownie ({_pl(words or Decimal(0))}) różni się od kwoty korekty brutto {_pl(gross)} – sumy mogą "
            "pochodzić z innego wiersza (stanu po korekcie).",
        )
        return
    verdict.doubt(
        ("net_total", "vat_total", "gross_total"),
        f"kwota do zwrotu ({_pl(refund)}) różni się od kwoty korekty brutto {_pl(gross)} – sumy mogą pochodzić "
        "z innego wiersza (stanu po korekcie).",
    )


_DUE_AMOUNT = re.compile(r"(?i)^\s*(?:razem\s+)?do\s+zap[łl]aty\s*:?")


_PAID = re.compile(r"(?i)zap[łl]acono|wp[łl]acono|zaliczk|pozosta[łl]o|pozostaje\s+do\s+zap[łl]aty|przedp[łl]at")


def _part_paid(lines: list[Line]) -> bool:
    """The document records a payment already made: what is due is not the gross."""
    return any(_PAID.search(line.text) for line in lines)


def _amount_due(lines: list[Line]) -> Decimal | None:
    """ "Do zapłaty: 1 230,00 zł" — unless part was paid (zapłacono, zaliczka, pozostało)."""
    from .numbers import find_amounts

    if _part_paid(lines) or re.search(r"(?i)do\s+zwrotu", "\n".join(line.text for line in lines)):
        return None
    for line in lines:
        m = _DUE_AMOUNT.match(line.text)
        if m:
            amounts = find_amounts(line.text[m.end() :])
            return amounts[0][2] if len(amounts) == 1 else None
    return None


def _words_amount(lines: list[Line]) -> Decimal | None:
    for index, line in enumerate(lines):
        m = _WORDS_LABEL.search(line.text)
        if not m:
            continue
        text = line.text[m.end() :]
        if index + 1 < len(lines) and not re.search(r"\d{1,2}\s*/\s*100|grosz", text):
            text += " " + lines[index + 1].text
        try:
            return parse_words(text)
        except (ValueError, ArithmeticError):
            return None
    return None


# --- dates -----------------------------------------------------------------------------------------


def _one_confusable_digit(a: date, b: date) -> bool:
    x, y = a.strftime("%d%m%Y"), b.strftime("%d%m%Y")
    diff = [(p, q) for p, q in zip(x, y, strict=True) if p != q]
    return len(diff) == 1 and frozenset(diff[0]) in _CONFUSABLE


def _due_date(lines: list[Line]) -> date | None:
    from .dates import find_dates

    for index, line in enumerate(lines):
        m = _DUE_LABEL.search(line.text)
        if not m:
            continue
        for follow in (line.text[m.end() :], *(f.text for f in lines[index + 1 : index + 2])):
            found = find_dates(follow)
            if found:
                return found[0][1]
    return None


def _due_days(lines: list[Line]) -> int | None:
    for line in lines:
        if _DUE_LABEL.search(line.text):
            m = re.search(r"(?i)\b(\d{1,3})\s*dni\b", line.text)
            if m:
                return int(m.group(1))
    return None


def _check_dates(verdict: Verdict, doc: Invoice, lines: list[Line]) -> None:
    """Dates that are implausible, that disagree with each other, the payment term or the number."""
    _check_issue_and_sale(verdict, doc)
    _unlabelled_issue_date(verdict, doc, lines)
    _check_due_date(verdict, doc, lines)
    _check_year_in_number(verdict, doc)
    _trust_repeated_dates(verdict, doc, lines)


def _unlabelled_issue_date(verdict: Verdict, doc: Invoice, lines: list[Line]) -> None:
    """An issue date the page does not label (or whose label the scan lost) is the first date near the top:
    when the page prints other dates too, or prints the label with no date read for it, or the date taken is
    labelled as another one (the sale's, the payment's), nothing says it is the issue date."""
    from .invoice import issue_date_cued, issue_date_label, unlabelled_dates

    issue = doc.issue_date
    label = issue_date_label(lines) if lines else "read"
    if issue is None or label == "read":
        return
    shown = issue.strftime("%d.%m.%Y")
    if label == "empty":
        verdict.doubt(
            ("issue_date",),
            f"przy etykiecie daty wystawienia nie odczytano daty – przyjęto {shown}, datę z innego miejsca dokumentu.",
        )
        return
    if issue_date_cued(lines[:25], issue):
        return
    if issue not in unlabelled_dates(lines, doc.number, labelled=False):
        verdict.doubt(
            ("issue_date",),
            f"nie znaleziono daty wystawienia – przyjęto {shown}, datę podpisaną na dokumencie jako inna data.",
        )
        return
    others = sorted({d for d in unlabelled_dates(lines, doc.number) if d != issue})
    if others:
        listed = ", ".join(d.strftime("%d.%m.%Y") for d in others[:3])
        verdict.doubt(
            ("issue_date",),
            f"nie znaleziono etykiety daty wystawienia – przyjęto {shown}, a dokument podaje też inne daty ({listed}).",
        )


def _check_issue_and_sale(verdict: Verdict, doc: Invoice) -> None:
    issue, sale = doc.issue_date, doc.sale_date
    today = date.today()
    for name, value in (("issue_date", issue), ("sale_date", sale)):
        if value is not None and not (date(2000, 1, 1) <= value <= today + timedelta(days=366)):
            verdict.doubt((name,), f"data {value.strftime('%d.%m.%Y')} jest nieprawdopodobna.")
    if issue and sale and issue != sale:
        if doc.source == Source.OCR and _one_confusable_digit(issue, sale):
            verdict.doubt(
                ("issue_date", "sale_date"),
                f"daty {issue.strftime('%d.%m.%Y')} i {sale.strftime('%d.%m.%Y')} różnią się jedną "
                "cyfrą, którą skaner często myli.",
                scan_only=True,
            )
        elif (sale - issue).days > 60 or (issue - sale).days > 120:
            verdict.doubt(
                ("issue_date", "sale_date"),
                f"data sprzedaży {sale.strftime('%d.%m.%Y')} jest zbyt odległa od daty wystawienia "
                f"{issue.strftime('%d.%m.%Y')}.",
            )


def _check_due_date(verdict: Verdict, doc: Invoice, lines: list[Line]) -> None:
    issue, sale = doc.issue_date, doc.sale_date
    due = _due_date(lines)
    if issue and due and due < issue - timedelta(days=1) and due != sale:
        verdict.doubt(
            ("issue_date",),
            f"termin płatności {due.strftime('%d.%m.%Y')} jest przed datą wystawienia {issue.strftime('%d.%m.%Y')}.",
        )
    days = _due_days(lines)
    if issue and due and days is not None and due - timedelta(days=days) not in (issue, sale):
        expected = due - timedelta(days=days)
        if _one_confusable_digit(issue, expected) or (sale is not None and _one_confusable_digit(sale, expected)):
            verdict.doubt(
                ("issue_date",),
                f"termin płatności {due.strftime('%d.%m.%Y')} ({days} dni) wskazuje "
                f"na datę {expected.strftime('%d.%m.%Y')}.",
            )


def _check_year_in_number(verdict: Verdict, doc: Invoice) -> None:
    issue = doc.issue_date
    if issue and doc.number and doc.source != Source.KSEF_XML:
        from rapidfuzz.distance import Levenshtein

        for segment in re.findall(r"(?<![\d])\d{4,5}(?!\d)", doc.number):
            near = [y for y in (issue.year, issue.year - 1) if Levenshtein.distance(segment, str(y)) == 1]
            if near and segment.startswith("2") and int(segment) not in (issue.year, issue.year - 1):
                verdict.doubt(
                    ("number",),
                    f"w numerze {doc.number} jest „{segment}” – prawie rok {near[0]}, możliwy błąd odczytu.",
                )
                break
        years = {int(y) for y in re.findall(r"(?<!\d)(20[0-4]\d)(?!\d)", doc.number)}
        if years and issue.year not in years and issue.year - 1 not in years and issue.year + 1 not in years:
            verdict.doubt(
                ("issue_date", "number"),
                f"rok w numerze {doc.number} nie zgadza się z datą wystawienia {issue.strftime('%d.%m.%Y')}.",
            )


def _trust_repeated_dates(verdict: Verdict, doc: Invoice, lines: list[Line]) -> None:
    """An issue date printed twice (or equal to the sale date) and not doubted is trusted."""
    issue, sale = doc.issue_date, doc.sale_date
    if issue and "issue_date" not in verdict.uncertain:
        printed = [
            line.text for line in lines if issue.strftime("%d.%m.%Y") in line.text or issue.isoformat() in line.text
        ]
        if len(printed) >= 2 or (sale == issue and sale is not None):
            verdict.trust(("issue_date",), 0.95 if doc.source == Source.OCR else 0.98)
            if sale == issue:
                verdict.trust(("sale_date",), 0.95 if doc.source == Source.OCR else 0.98)


# --- protocols -------------------------------------------------------------------------------------


def assess_protocol(doc: Protocol, text: str = "") -> Verdict:
    base = _BASE.get(doc.source, 0.9)
    values = {
        "number": doc.number,
        "issue_date": doc.date,
        "seller_nip": doc.seller.nip,
        "buyer_nip": doc.buyer.nip,
        "seller_name": doc.seller.name,
        "buyer_name": doc.buyer.name,
        "items": doc.items or None,
    }
    verdict = Verdict({f: (0.0 if values[f] is None else base) for f in PROTOCOL_FIELDS})
    _check_nips(verdict, doc.seller.nip, doc.buyer.nip)
    _check_names(verdict, doc.seller.name, doc.buyer.name)
    _check_attribution(verdict, doc.seller.name, doc.buyer.name)
    _em_dash_in_names(verdict, doc)
    _scanned_camel(verdict, doc)
    _scanned_fragments(verdict, doc)
    if doc.date is not None and not (date(2000, 1, 1) <= doc.date <= date.today() + timedelta(days=366)):
        verdict.doubt(("issue_date",), f"data {doc.date.strftime('%d.%m.%Y')} jest nieprawdopodobna.")
    _roman_month(verdict, doc.number, doc.source, {doc.date.month} if doc.date else set())
    _roman_date_on_scan(verdict, doc.date, doc.number, doc.source, text)
    _letter_or_zero(verdict, doc.number, doc.source)
    _number_cut(verdict, doc.number)
    _case_twin(verdict, doc.number, doc.source)
    problems = [f"pozycja {k}: {p}" for k, item in enumerate(doc.items, 1) if (p := _name_problem(item.name))]
    if problems:
        more = f" (i {len(problems) - 3} innych)" if len(problems) > 3 else ""
        verdict.doubt(("items",), "; ".join(problems[:3]) + more + ".")
    _scanned_name_glyphs(verdict, doc)
    _rows_left_unread(verdict, doc, text)
    _no_items_read(verdict, doc)
    return verdict


def _rows_left_unread(verdict: Verdict, doc: Protocol, text: str) -> None:
    """The page numbers more rows with a count and a unit than the table's reading kept: a line inside the
    table ended it early (a remark, a heading) and the rows after it went unread."""
    from .protocol import numbered_rows

    if not text or not doc.items:
        return
    printed = numbered_rows(text, ocr=doc.source == Source.OCR)
    if printed > len(doc.items):
        verdict.doubt(
            ("items",),
            f"ponumerowanych wierszy z ilością na dokumencie: {printed}, odczytanych pozycji: {len(doc.items)} – "
            "część tabeli mogła zostać pominięta.",
        )


def _no_items_read(verdict: Verdict, doc: Invoice | Protocol) -> None:
    """No line read is no reading of how many there are: the empty list is uncertain (the warning that
    the items could not be read is already there)."""
    if not doc.items and "items" not in verdict.uncertain:
        verdict.uncertain.append("items")


def weak_reading(
    verdict: Verdict, doc: Invoice | Protocol, weak_tokens: frozenset[str], in_names: frozenset[str] = frozenset()
) -> None:
    """Fields printed in a token OCR read with low confidence (the backend's word confidences) are
    uncertain unless their cross-checks already confirmed them (confidence ≥ 0.99)."""
    if not weak_tokens and not in_names:
        return
    from .dates import find_dates
    from .numbers import parse_amount

    issue = doc.date if isinstance(doc, Protocol) else doc.issue_date
    values: dict[str, object] = {
        "number": doc.number,
        "seller_nip": doc.seller.nip,
        "buyer_nip": doc.buyer.nip,
        "issue_date": issue,
    }
    if isinstance(doc, Invoice):
        values.update(
            {
                "sale_date": doc.sale_date,
                "net_total": doc.net_total,
                "vat_total": doc.vat_total,
                "gross_total": doc.gross_total,
            }
        )
    for token in weak_tokens:
        digits = re.sub(r"\D", "", token)
        dates = {d for _, d in find_dates(token)}
        amount = parse_amount(token) if re.search(r"\d[,.]\d{2}$", token) else None
        for name, value in values.items():
            if value is None or verdict.confidence.get(name, 0.0) >= 0.99 or name in verdict.uncertain:
                continue
            hit = (
                (isinstance(value, str) and (token.strip(".,:") == value or (len(digits) >= 3 and digits in value)))
                or (isinstance(value, date) and value in dates)
                or (isinstance(value, Decimal) and amount is not None and amount == value)
            )
            if hit:
                verdict.doubt((name,), f"skaner odczytał „{token}” z niską pewnością.", level=0.4, scan_only=True)
    _weak_party_names(verdict, doc, weak_tokens, in_names)
    _code_lost_its_series(verdict, doc, weak_tokens)
    _weak_item_names(verdict, doc, weak_tokens, in_names)
    _doubtful_dashes(verdict, doc, weak_tokens)
    _doubtful_times(verdict, doc, weak_tokens)


# Pieces of a legal form and short words: read weakly somewhere on the page they say nothing of this name.
_FORM_PIECES = frozenset({"sp", "sp.k", "sp.j", "o.o", "s.a", "s.c", "z", "o", "i", "w"})


def _weak_party_names(
    verdict: Verdict, doc: Invoice | Protocol, weak_tokens: frozenset[str], in_names: frozenset[str]
) -> None:
    """A party's name holding a word OCR itself read with low confidence ("Centrum Szkoleń ISO0-27 Sp. z o.o.",
    the code read at 45) is uncertain: the name was printed once in a font the OCR doubted there, and a
    misread glyph in a name passes every other check (a name has no check digit). The thresholds are the
    backend's (`weak_tokens`: a word under 60, a code of letters and figures under 82; `in_names`: a word
    under 70)."""
    weak = {w.strip(".,:;()„”\"'") for w in weak_tokens | in_names}
    weak = {w for w in weak if len(w) >= 3 and re.search(r"\w", w) and w.casefold() not in _FORM_PIECES}
    if not weak:
        return
    for role, name in (("seller_name", doc.seller.name), ("buyer_name", doc.buyer.name)):
        if not name or role in verdict.uncertain:
            continue
        doubted = next((w for w in name.split() if w.strip(".,:;()„”\"'") in weak), None)
        if doubted is not None:
            verdict.doubt(
                (role,),
                f"w nazwie „{name[:60]}” skaner odczytał „{doubted}” z niską pewnością – sprawdź nazwę na dokumencie.",
                level=0.5,
                scan_only=True,
            )


# A model code opening with a hyphen or with one lower-case letter before it ("-8170", "f-8170", "i-8170" for
# Fujitsu's "fi-8170"): a series of letters whose glyphs OCR lost or merged.
_SHORT_SERIES = re.compile(r"^[a-z]?-\d{3,}[A-Za-z]?$")


def _code_lost_its_series(verdict: Verdict, doc: Invoice | Protocol, weak_tokens: frozenset[str]) -> None:
    """An item's model code read weakly in a shape that has lost the letters of its series: the items are
    uncertain (the code changes the product; a whole code read weakly is common and mostly right, so only this
    shape is doubted)."""
    if "items" in verdict.uncertain:
        return
    cut = {w for w in weak_tokens if _SHORT_SERIES.match(w)}
    names: list[str] = [item.name or "" for item in doc.items]
    for position, name in enumerate(names, start=1):
        token = next((w for w in name.split() if w in cut), None)
        if token is not None:
            verdict.doubt(
                ("items",),
                f"w nazwie pozycji {position} („{name[:60]}”) skaner odczytał oznaczenie „{token}” z niską "
                "pewnością, bez liter jego serii – sprawdź oznaczenie na dokumencie.",
                level=0.5,
                scan_only=True,
            )
            return


def _twice_read_names(verdict: Verdict, doc: Invoice) -> None:
    """A correction prints each item twice, before and after; on a scan the two readings of one name
    must agree. Where they differ in a character or two ("256S55D" / "25655D" for 256SSD), OCR misread
    at least one: the items are uncertain (neither reading is taken for the other)."""
    if doc.source != Source.OCR or "items" in verdict.uncertain:
        return
    from rapidfuzz import fuzz

    # (letter case aside: "on-Prem" / "On-Prem" is the same name to whoever reads it)
    before = [" ".join(i.name.casefold().split()) for i in doc.items if i.before_correction and i.name]
    after = [" ".join(i.name.casefold().split()) for i in doc.items if not i.before_correction and i.name]
    for name in before:
        if name in after or not after:
            continue
        other = max(after, key=lambda a: fuzz.ratio(name, a))
        if fuzz.ratio(name, other) >= 85:
            verdict.doubt(
                ("items",),
                f"ta sama pozycja przed i po korekcie została odczytana różnie („{name[:70]}” / „{other[:70]}”) – "
                "sprawdź jej nazwę na dokumencie.",
                level=0.5,
                scan_only=True,
            )
            return


# A scan's glyphs inside an item's name that print never holds there (each reading is kept, the items doubted):
_SCANNED_NAME_GLYPHS = (
    # "SecurityServer 12 1: Monate": a figure with a colon standing alone between words (not a time "12:30")
    (
        re.compile(r"(?<=\s)\d{1,2}[:;](?=\s)"),
        "stoi samotna cyfra z dwukropkiem (plamka albo znak z sąsiedniej kolumny)",
    ),
    # "… – 1 instancja. 1 rok": a sentence's full stop after a whole word, then the name goes on in lower case
    # or a figure – a comma OCR read as a dot (print's abbreviations are short: "szt. 1", "ok. 2")
    (
        re.compile(r"(?<![\w.])[a-ząćęłńóśźż]{5,}\.\s+(?=\d|[a-ząćęłńóśźż]{2,})"),
        "po słowie stoi kropka, a nazwa biegnie dalej (skaner mógł odczytać przecinek jako kropkę)",
    ),
    # "WD195S" for WD19S: one glyph read twice, as the figure and the letter it resembles, inside a model code
    # after a figure ("Eaton 5SC" opens its code so: a model, not a doubled glyph)
    (
        re.compile(r"(?<![\w-])(?=[\w-]*[A-Z])[A-Z\d-]*\d(?:5S|S5|8B|B8|0O|O0)[A-Z\d-]*(?![\w-])"),
        "w oznaczeniu modelu stoją obok siebie znaki, które skaner myli (5/S, 8/B, 0/O) – jeden mógł zostać "
        "odczytany dwukrotnie",
    ),
    # "Hosting (4 vCPU. 16 GB RAM, 200 GB SSD)": inside a list in brackets a comma read as a full stop
    (
        re.compile(r"\([^)]*[A-Za-z]\.\s+\d[^)]*,[^)]*\)"),
        "w nawiasie po słowie stoi kropka, a dalej przecinki (skaner mógł odczytać przecinek jako kropkę)",
    ),
    # "rz Licencja Veeam …": two lower-case letters before a capitalised name – a speck or the edge of a
    # neighbouring column read as letters
    (re.compile(r"^[a-ząćęłńóśźż]{1,2}\s+(?=[A-ZŁŚŻŹĆ][a-ząćęłńóśźż])"), "zaczyna się od luźnych liter (plamka?)"),
)


def _scanned_name_glyphs(verdict: Verdict, doc: Invoice | Protocol) -> None:
    if doc.source != Source.OCR or "items" in verdict.uncertain:
        return
    items: list[LineItem | ProtocolItem] = list(doc.items)
    names = [(getattr(i, "position", None) or k, i.name) for k, i in enumerate(items, 1)]
    for k, name in names:
        for pattern, why in _SCANNED_NAME_GLYPHS:
            if name and pattern.search(name):
                verdict.doubt(
                    ("items",),
                    f"pozycja {k}: w nazwie „{name[:60]}” {why} – sprawdź nazwę na dokumencie.",
                    level=0.5,
                    scan_only=True,
                )
                return


# A dash standing between two words of a name ("Samorządowego - Państwowy Instytut Badawczy"): when OCR
# doubted a dash of the page (its width lay where a hyphen and an en dash both fall), it may be either.
_SPACED_DASH = re.compile(r"(?<=\S)\s[-–]\s(?=\S)")


# "24 x GbE", "2 × 960 GB": a multiplication sign or the letter x after a count – OCR reads both as x.
_SPACED_TIMES = re.compile(r"(?<=\d)\s[x×]\s(?=\w)")


def _doubtful_times(verdict: Verdict, doc: Invoice | Protocol, weak_tokens: frozenset[str]) -> None:
    if not ({"x", "×"} & weak_tokens) or "items" in verdict.uncertain:
        return
    for position, item_name in enumerate((item.name or "" for item in doc.items), start=1):
        if _SPACED_TIMES.search(item_name):
            verdict.doubt(
                ("items",),
                f"w nazwie pozycji {position} („{item_name[:60]}”) skaner nie rozróżnił znaku mnożenia (×) od litery x "
                "– sprawdź pisownię.",
                level=0.6,
                scan_only=True,
            )
            return


def _doubtful_dashes(verdict: Verdict, doc: Invoice | Protocol, weak_tokens: frozenset[str]) -> None:
    if not ({"-", "–"} & weak_tokens):
        return
    why = "skaner nie rozróżnił, czy między słowami stoi łącznik (-), czy półpauza (–) – sprawdź pisownię."
    for role, name in (("seller_name", doc.seller.name), ("buyer_name", doc.buyer.name)):
        if name and _SPACED_DASH.search(name) and role not in verdict.uncertain:
            verdict.doubt((role,), f"w nazwie „{name}” {why}", level=0.6, scan_only=True)
    if "items" not in verdict.uncertain:
        names: list[str] = [item.name or "" for item in doc.items]
        for position, item_name in enumerate(names, start=1):
            if _SPACED_DASH.search(item_name):
                verdict.doubt(
                    ("items",), f"w nazwie pozycji {position} („{item_name[:60]}”) {why}", level=0.6, scan_only=True
                )
                return


def _weak_item_names(
    verdict: Verdict, doc: Invoice | Protocol, weak_tokens: frozenset[str], in_names: frozenset[str] = frozenset()
) -> None:
    """An item name holding a word OCR read with low confidence may be misspelt: the items are
    uncertain (unless already doubted), naming the first such line. `in_names`: what the backend doubts
    inside names by its own thresholds (a word under a higher confidence, a code under a lower one)."""
    if "items" in verdict.uncertain:
        return
    words = {w.strip(".,:;()") for w in weak_tokens}
    # words, not codes or numbers (a model code read weakly is common and rarely changes the item)
    words = {w for w in words if len(w) >= 3 and sum(ch.isalpha() for ch in w) >= 0.6 * len(w)}
    words |= {w.strip(".,:;()") for w in in_names}
    if not words:
        return
    names: list[str] = [item.name or "" for item in doc.items]
    for position, name in enumerate(names, start=1):
        weak_here = [w for w in re.split(r"\s+", name) if w.strip(".,:;()") in words]
        if weak_here:
            verdict.doubt(
                ("items",),
                f"nazwa pozycji {position} („{name[:60]}”) ma słowo odczytane z niską pewnością („{weak_here[0]}”).",
                level=0.5,
                scan_only=True,
            )
            return


def as_fields(verdict: Verdict) -> tuple[tuple[tuple[str, float], ...], tuple[str, ...]]:
    return tuple((k, round(v, 2)) for k, v in verdict.confidence.items()), tuple(verdict.uncertain)
