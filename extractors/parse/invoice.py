"""Invoice and correcting-invoice fields from text (pdfplumber output or OCR)."""

from __future__ import annotations

import dataclasses
import itertools
import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from extractors.models import DocumentKind, ExtractionWarning, Invoice, LineItem, Source, VatSummary

from .cards import card_items as labelled_cards
from .cards import card_totals
from .columns import (
    LABELLED_NOTE,
    SECTION_HEADING,
    choose_items,
    described,
    read_block,
    read_tables,
    row_consistent,
)
from .dates import find_date_spellings, find_dates
from .layout import Cell, cells, overlapping, raw_span, value_near
from .lists import numbered_list_items
from .numbers import find_amounts, parse_amount, parse_words
from .parties import find_parties
from .receipt import receipt_items, receipt_totals, with_group_rates
from .rows import (
    RATE_RE,
    UNIT_RE,
    Row,
    amount_readings,
    normalise_rate,
    ocr_number,
    ocr_unit,
    parse_row,
    percent_rates,
    vat_of,
)
from .text import SPECKS, Line, split_lines, warn

_NUMBER_RE = re.compile(
    r"(?i)(?:faktur[ay]?(?:\s+vat)?(?:\s+korygując[aey])?|korekt[ay]|nota|rachunek|dokument|invoice|"
    # a German-Polish invoice: "Rechnungsnummer / Numer: RE-2026-91148"
    r"rechnungsnummer)"
    r"[^\n]{0,30}?\b(?:nr|numer|no)\.?\s*:?\s*(?P<num>(?:[A-Z]{1,6}\s(?=[\w/\-.]*\d))?[A-Z0-9][\w/\-.\\]*\d[\w/\-.\\]*)"
)
_NUMBER_LABEL_RE = re.compile(
    r"(?i)\b(?:nr|numer)\s+(?:faktury|dokumentu|korekty)\s*:?\s*"
    r"(?P<num>(?:[A-Z]{1,6}\s(?=[\w/\-.]*\d))?[A-Z0-9][\w/\-.\\]*\d[\w/\-.\\]*)"
)
_NUMBER_FALLBACK_RE = re.compile(
    r"(?i)^\s*(?:faktura(?:\s+vat)?(?:\s+korygująca)?|korekta|vat\s+nr|nr(?:\s*/\s*no\.?)?|numer|no\.)\s*:?\s+"
    # (" 6": the number's last figure OCR set apart, joined back with a warning by `_number_split_by_a_space`)
    r"(?P<num>(?:[A-Z]{1,6}\s(?=[\w/\-.]*\d))?[A-Z0-9]*[\w/\-.]*\d[\w/\-.]*)(?:\s\d{1,3})?\s*$"
)
_LABELS = {
    "issue": re.compile(
        r"(?i)data\s+(?:wystawienia|wyst\.|dokumentu)|wystawion[aoy]\s+(?:dnia|w\s+dniu)|wystawiono\s*:|"
        r"miejsce\s+i\s+data\s+wystawienia"
    ),
    # a line printer without Polish letters prints "DATA SPRZEDAZY"; a scan's speck inside it: "sprzedaz:y"
    "sale": re.compile(
        r"(?i)data\s+(?:sprzeda[żz][:.,'’]?y|dostawy|wykonania|dokonania|zako[ńn]czenia|sprzed\.|wykonania\s+us[łl]ugi|dost\.|wyk\.)"
        r"|dostawy\s*/\s*wykonania|data\s+dostawy\s*/\s*wykonania\s+us[łl]ugi|(?<!\w)sprzeda[żz]\s*:?(?=\s*\d)"
        # a heading cell of a row of dates: "Wystawiono    Sprzedaż    Zapłata do"
        r"|(?<=wystawiono\s)sprzeda[żz]\b|(?<!\w)sprzeda[żz](?=\s+(?:zap[łl]ata|termin|p[łl]atno[śs][ćc])\b)"
        r"|data\s+sprz\.|(?<!\w)sprzed\.\s*:?(?=\s*\d)|/\s*dostawy(?=\s*:?\s*\d)|(?<!\w)sprzedano\s*:"
        # a row of dates under one heading: "DATY   wystawienia 12.09.2026   sprzedaży 11.09.2026"
        r"|(?<!\w)sprzeda[żz]y(?=\s*:?\s*\d{1,4}[.\-/])"
    ),
}
_ITEMS_HEADER = re.compile(
    # "Lp. Stawka podatku Kwota netto …" heads the per-rate summary, not the items.
    # whole words: a wrapped name ("opisu przedmiotu zamówienia i ocena") is no header
    # a foreign supplier's table in English: "Description   Qty   Unit price   VAT   Amount (EUR)"
    # "#  Service  Meter  Quantity  Unit price": a cloud provider's English heads
    r"(?i)(?:\blp\.?|\bl\.p\.?|\bnazwa|\bopis\b|\btowar|\busługa|\bpozycja|\bdescription\b|\bservice\b)"
    r"(?![.\s]*stawk).*"
    r"(?:\bilość|\bilo[śs]ć|\bil\.|\bcena\b|\bwartość|\bwarto[śs][ćc]|\bnetto\b|\bkwota\b|\bqty\b|\bquantity\b|"
    r"\bunit\s+price\b|\bamount\b)"
)
_SUMMARY_START = re.compile(
    r"(?i)^(?:razem|suma|ogółem|podsumowanie|w\s+tym|według\s+stawk\w*|wg\s+stawk\w*|rozliczenie\s+vat|"
    r"zestawienie|do\s+zapłaty|stawka\s+vat|stawka\s+podatku|forma\s+płatności|sposób\s+płatności|"
    r"termin\s+płatności|słownie|uwagi|razem\s+do\s+zapłaty|łącznie|należność)\b"
    # a totals block of labels: "Netto: 5 455,50 zł", "VAT 23%: 1 254,77 zł", "Brutto: …"
    r"|(?i:^(?:netto|brutto|vat(?:\s+\d{1,2}\s*%)?)\s*:)"
)
# What follows the last row and is never a wrapped item name: exemption basis, remarks, payment
# terms, bank accounts, signatures (checked before a line may be glued to the previous row).
_TRAILER = re.compile(
    r"(?i)^(?:podstawa\s+(?:prawna\s+)?zwolnienia|(?:zwolnienie|zwolnion\w*)\s+(?:podmiotowe\s+)?z\s+(?:vat|podatku)|"
    r"sprzedawca\s+zwolniony|uwagi|adnotacj\w*|informacje\s+dodatkowe|dodatkowe\s+informacje|"
    r"(?:sposób|sposob|forma|metoda)\s+p[łl]atno[śs]ci|termin\s+p[łl]atno[śs]ci|zap[łl]acono|pozosta[łl]o|"
    r"do\s+zap[łl]aty|s[łl]ownie|(?:nr|numer)\s+(?:konta|rachunku)|konto\s*(?:bankowe|:)|rachunek\s*(?:bankowy|:)|"
    r"bank\s*:|nazwa\s+banku|iban\b|swift\b|bic\b|pl\s?\d{2}(?:\s?\d{4}){2}|\d{2}(?:\s\d{4}){6}$|"
    r"mechanizm\s+podzielonej|split\s+payment|wystawi[łl]|osoba\s+upowa[żz]|odebra[łl]|"
    # a signature's caption ("Podpis:", "podpis osoby …", "Podpisy"), never "podpisu elektronicznego" wrapped
    r"podpis(?:y\b|\s*:|\s*$|\s+(?:osoby|wystaw|odbior|nabyw|sprzeda|klient|czyteln|i\s+piecz|imi))|"
    r"art\.\s*\d+\s+ust|"
    # "poz. 1: Contract ID 55481753, …": a note on a row, under the table
    r"poz(?:ycj[ai])?\.?\s*\d{1,3}\s*:)"
)
_SKIP_ROW = re.compile(r"(?i)przeniesieni|z\s+przeniesienia|do\s+przeniesienia|razem\s+(?:na\s+)?stron")
_BEFORE = re.compile(r"(?i)przed\s+korekt|stan\s+przed|^\s*(?:\d{1,3}[.)]?\s+)?było\b|dane\s+przed|wartości?\s+przed")
_AFTER = re.compile(
    r"(?i)po\s+korekcie|stan\s+po|powinno\s+być|^\s*(?:\d{1,3}[.)]?\s+)?jest\b|dane\s+po|wartości?\s+po"
    r"|^\s*jes[il1|]\s*:\s*$"  # a scan's "Jest:" alone on its line, its t read as i or 1
)
_ROW_MARKER = re.compile(
    r"(?i)^\s*(?P<lp>\d{1,3}[.)]?\s+)?(?:było|jest|powinno\s+być|przed\s+korektą|po\s+korekcie|różnica)\s*:?\s*"
)


# A correction's row with its state as a bare word in a column of its own, before the name.
_BARE_STATE = re.compile(r"(?i)^\s*(?P<lp>\d{1,3}[.)]?\s+)?(?P<state>przed|po)\s+(?-i:(?=[A-ZŁŚŻŹĆ]))")


def _garbled_state(text: str) -> str | None:
    """A section's heading alone on its line that OCR garbled ("Pra.ed korektą", "Po korekcle",
    "Ltóżnica (korekta)")."""
    from rapidfuzz import fuzz

    words = text.casefold().split()
    if not 1 <= len(words) <= 3 or re.search(r"\d", text):
        return None
    if len(words) == 2:
        for heading, state in (("przed korektą", "before"), ("po korekcie", "after")):
            if fuzz.ratio(" ".join(words), heading) >= 84:
                return state
    # "Ltóżnica (korekta)": the difference's section
    return "diff" if fuzz.ratio(words[0], "różnica") >= 78 else None


# A legend of row suffixes ("Oznaczenia: a – stan przed korektą, b – stan po korekcie"): rows "1a" / "1b"
# are one item's two states, the legend says which is which.
_SUFFIX_LEGEND = re.compile(
    r"(?i)(?<![\w])(?P<letter>[a-d])\s*[–—=:-]\s*(?:stan\s+|wartości?\s+|dane\s+)?(?P<state>przed|po|było|jest)\b"
)
# (OCR reads the 1 of "1a" as "l", "I" or "|")
_SUFFIXED_LP = re.compile(r"^(?P<pre>\s*)(?P<lp>(?=[\dlI|]{1,3}[a-dA-D])[\dlI|]{1,3})(?P<letter>[a-dA-D])[.)]?(?=\s)")
_DIFF = re.compile(
    r"(?i)^\s*(?:różnica|korekta\s*(?:\(|:|wartości|$|(?=-\d))|wartość\s+korekty|zmiana|kwota\s+korekty|"
    # "Zwiększenie   2 950,84   678,69   3 629,53" under "Netto  VAT  Brutto": the difference's row
    r"zwiększenie\b|zmniejszenie\b)"
)
_DECREASE = re.compile(r"(?i)^\s*zmniejszenie\b")
_SECTION_SUBTOTAL = re.compile(
    r"(?i)^\s*(?:razem|suma)\s+(?!netto|brutto|vat|do\b|pln|zł|eur|[\d:])[^\W\d_][^\d:]{0,40}:\s*\d"
)
_TOTAL_LINE = re.compile(r"(?i)^\s*(?:razem|suma|ogółem|łącznie|podsumowanie|total)\b")
_PAY_LINE = re.compile(
    r"(?i)(?<!pozostało\s)(?<!pozostaje\s)\b(?:do\s+zapłaty|do\s+zwrotu|kwota\s+do\s+zapłaty|należność|"
    r"kwota\s+należności\s+ogółem)\b"
)
_WORDS_LINE = re.compile(r"(?i)s[łl]own\w*(?:\s\w{1,3})?\s*:|słownie")
# A title repeated at the top of a page ("Faktura nr 5/2026 – str. 2"), not "Korekta VAT: -52,22 PLN".
_PAGE_HEADER = re.compile(
    # ("Korekta  -8 963,54  -2 061,63": a correction's difference row, its amounts right after the word)
    r"(?i)^(?:faktura|invoice|korekta)\b(?!\s+(?:vat|netto|brutto|wartości\s+\w+|podatku)\s*:)"
    r"(?!\s+-?\d{1,3}(?:[ .]\d{3})*,\d{2}\b).*\d"
    r"|^(?:ciąg\s+dalszy|c\.d\.)"
)
# What a browser prints around a web invoice's pages: the address and the page's number at the foot, the
# date and time of printing and the page's title at the head. Never a part of a row.
_BROWSER_FURNITURE = re.compile(
    r"^(?:https?://|www\.)\S+(?:\s+\d{1,3}(?:\s*/\s*\d{1,3})?)?$|^\d{1,2}\.\d{2}\.\d{4},?\s+\d{1,2}:\d{2}\s"
)
_CURRENCY_CODES = ("PLN", "EUR", "USD", "GBP", "CHF", "CZK")
_CURRENCY_SIGNS = {"€": "EUR", "£": "GBP", "US$": "USD", "Kč": "CZK"}
_CURRENCY_HINT = re.compile(r"(?i)\b(?:" + "|".join(_CURRENCY_CODES) + r"|zł|zl)\b|[€£]|Kč")


@dataclass(frozen=True, slots=True)
class _Section:
    items: list[LineItem]
    totals: list[tuple[Decimal, Decimal, Decimal]]


_NUMBER_LOOSE_RE = re.compile(
    # "FAKTURA SPRZEDAŻY FV/11/00404", "Faktura VAT zaliczkowa FZ/3/2026": a kind of invoice in the title
    # "Faktu ra VAT FA/149/2026": OCR splits a title set in large type
    r"(?i)\b(?:fak\s?tu\s?ra|invoice)(?:\s+(?:vat|sprzedaży|sprzedazy|krajowa|zaliczkowa|końcowa|koncowa|uproszczona|"
    r"marża|marza|wdt|eksportowa))*(?:\s*/\s*(?:invoice|faktura)(?:\s+vat)?)?\s+(?:n[or]\.?\s*)?(?P<num>(?:(?!nr\b|no\b)[A-Z]{1,6}\s(?=[\w\-.]*/))?[A-Z0-9][\w\-.]*/[\w/\-.]*\d[\w/\-.]*"
    # "Faktura VAT INV-39-67243": a series of capitals and dashes, no slash
    r"|[A-Z]{2,6}-(?=[\w\-]*\d)[A-Z0-9]+(?:-[A-Z0-9]+)+(?![\w/]))"
)


# Another invoice named in the genitive ("faktury VAT nr … z dnia …") – not a duplicate's or a copy's own title.
_REFERENCED = re.compile(r"(?i)^(?!.*\b(?:duplikat|kopia|odpis|orygina[łl])).*\bfaktury\b")


def _number_labelled(lines: list[Line]) -> str | None:
    """ "Faktura VAT nr FV/1/2026" — unless the number is another document's or a bank account."""
    for line in lines:
        m = _NUMBER_RE.search(line.text)
        if not m or re.match(r"(?i)(konta|rachunku|nip|regon|krs|zamówienia|umowy)", m.group("num")):
            continue
        # The number of another document: the corrected invoice, an order, a contract.
        prefix = line.text[: m.start("num")]
        if re.search(r"(?i)korygowan|do\s+faktury|dotyczy|korekty\s+do|zamówieni|umow|zleceni", prefix):
            continue
        if _REFERENCED.search(prefix) and re.match(r"\s*,?\s*z\s+dnia\b", line.text[m.end("num") :]):
            continue  # "… faktury VAT nr FV/662/01/2026 z dnia 16.01.2026": the invoice a note refers to
        if re.search(r"(?i)rachunek\s+bankowy|nr\s+rachunku|nr\s+konta|konto", prefix):
            continue
        # "Rachunek nr 12 1020 …" is a bank account; "RACHUNEK nr 7/2026" the document's number.
        if re.search(r"(?i)rachunek\s+nr", prefix) and _looks_like_account(line.text[m.start("num") :]):
            continue
        return _rejoined(m.group("num"), line.text[m.end("num") :]).rstrip(".,")
    return None


_SPLIT_TAIL = re.compile(r"\s(?P<tail>\d{1,3}/[\w/\-.]*\d[\w/\-.]*)")


def _rejoined(number: str, after: str) -> str:
    """OCR splits a number at a narrow glyph gap: "FV/CS/7 1/2026", "FV/71/ 2026". A short last
    segment (or a trailing slash) followed by digits and a slash is one number."""
    tail = _SPLIT_TAIL.match(after)
    if tail is None:
        return number
    if number.endswith(("/", "-")) or re.search(r"/\d{1,2}$", number):
        return number + tail.group("tail")
    return number


def _number_on_next_line(lines: list[Line]) -> str | None:
    """ "Numer faktury:" alone on its line, the number under it (KSeF visualisation)."""
    for index, line in enumerate(lines):
        if re.fullmatch(r"(?i)(?:nr|numer)\s+faktury\s*:?", line.text):
            following = next((f.text for f in lines[index + 1 : index + 3] if f.text), "")
            if re.fullmatch(r"\S*\d\S*", following):
                return following.rstrip(".,")
    return None


def detect_number(lines: list[Line]) -> str | None:
    found = _number_labelled(lines[:40]) or _number_on_next_line(lines[:40])
    found = (
        found
        or _number_by_layout(lines[:40])
        or _number_ending_a_line(lines[:15])
        or _number_in_the_title(lines[:15])
        or _number_under_title(lines[:15])
    )
    if found:
        return found
    found = (
        _number_by_layout(lines[:40])
        or _number_ending_a_line(lines[:15])
        or _number_under_title(lines[:15])
        or _title_split_by_a_curve(lines[:15])
    )
    if found:
        return found
    found = _number_in_page_footers(lines[40:]) or _number_in_page_bands(lines)
    if found:
        return found
    for line in lines[:40]:
        m = _NUMBER_LABEL_RE.search(line.text)
        if m and not re.search(r"(?i)korygowan|do\s+faktury", line.text[: m.start()]):
            return m.group("num").rstrip(".,")
    for line in lines[:40]:
        m = _NUMBER_FALLBACK_RE.match(line.text)
        if m:
            return m.group("num").rstrip(".,")
    # "Faktura FV 27/04/2026" at the right of a title line: no "nr", so the number must contain a slash.
    for line in lines[:15]:
        m = _NUMBER_LOOSE_RE.search(line.text)
        if m:
            return m.group("num").rstrip(".,")
    return number_alone_in_header(lines[:10])


# A series, the year and a running figure, nothing else ("WEB/2026/07/360", "FS-2026-118"): a document number.
_SERIES_NUMBER = re.compile(
    r"[A-Z]{1,6}[/-](?:\d{1,6}[/-])*20\d\d(?:[/-]\d{1,6})+|[A-Z]{1,6}[/-]\d{1,6}(?:[/-]\d{1,6})*/20\d\d"
)


def number_alone_in_header(lines: list[Line]) -> str | None:
    """A series number alone on its line in the header, over the dates, its title and label unread (a title
    printed white on a coloured band OCR made "Para AT" of): the number – doubted (`confidence`)."""
    for index, line in enumerate(lines):
        row = cells(line.raw)
        if len(row) != 1 or not _SERIES_NUMBER.fullmatch(row[0].text.strip()):
            continue
        below = " ".join(other.text for other in lines[index + 1 : index + 4])
        if re.search(r"(?i)\bdata\s+(?:wystawienia|sprzeda)", below):
            return row[0].text.strip()
    return None


_PAGE_MARK = re.compile(r"(?i)\b(?:strona|str\.|page)\s*\d{1,3}(?:\s*(?:z|/|of)\s*\d{1,3})?\b")


def _number_in_page_footers(lines: list[Line]) -> str | None:
    """ "Faktura nr FV/0123/12/26 · strona 1 z 2" in every page's footer band, the title printing none: the
    number labelled beside a page mark (one number, however many pages)."""
    found = {n for line in lines if _PAGE_MARK.search(line.text) and (n := _number_labelled([line]))}
    return found.pop() if len(found) == 1 else None


# "Dokument F/0033/26/NS  |  Strona 1 z 2": a page's band naming the document by its number
_DOCUMENT_BAND = re.compile(
    r"(?i)(?<!\w)dokument(?:u)?\s*(?:nr\.?|numer)?\s*:?\s+(?P<num>(?=[\w/\-.]*\d)[A-Z0-9][\w\-.]*/[\w/\-.]*\w)"
)


def _number_in_page_bands(lines: list[Line]) -> str | None:
    """ "Dokument F/0033/26/NS | Strona 1 z 2" heading or closing every page, the title printing no number: the
    one number such bands give (a number with a slash; "Dokument sprzedaży" names no number)."""
    found = {
        m.group("num").rstrip(".,")
        for line in lines
        if _PAGE_MARK.search(line.text) and (m := _DOCUMENT_BAND.search(line.text)) is not None
    }
    return found.pop() if len(found) == 1 else None


_TITLE_REST = re.compile(
    r"(?i)^(?:vat\s+)?(?:nr|numer)\.?\s*:?\s*(?P<num>[A-Z]{0,6}[\w\-.]*\d[\w\-.]*(?:/\s?[\w\-.]*\d[\w\-.]*)*/?)$"
)


def _title_split_by_a_curve(lines: list[Line]) -> str | None:
    """ "VAT nr FV-00620/06/ 2026" over (or under) "Faktura" alone: a curved photo broke the title's line at a
    baseline step, its end read as a line of its own; the space before the year is OCR's too."""
    for index, line in enumerate(lines):
        row = cells(line.raw)
        # the title alone at the left (the dates' column may stand far right)
        if not row or not _TITLE_CELL.match(row[0].text.strip()) or (len(row) > 1 and row[1].start < 40):
            continue
        for other in (lines[index - 1] if index else None, lines[index + 1] if index + 1 < len(lines) else None):
            first = cells(other.raw)[0].text.strip() if other is not None and other.text else ""
            m = _TITLE_REST.match(first)
            if m is not None:
                return re.sub(r"/\s(?=\d)", "/", m.group("num")).rstrip("/.,")
    return None


def _number_in_the_title(lines: list[Line]) -> str | None:
    """ "Faktura VAT 464/MAG/2026" opening its line: the title's own number, before any number printed under
    it ("WZ 458/MAG/2026    Zamówienie 57/ZK/2026": the goods issue's and the order's)."""
    for line in lines:
        if _TITLE_START.match(line.text) and (m := _NUMBER_LOOSE_RE.search(line.text)) is not None:
            return m.group("num").rstrip(".,")
    return None


_TITLE_START = re.compile(r"(?i)^\s*(?:fak\s?tu\s?ra|invoice)\b")
# Another document's number printed under the title: a goods issue or receipt (WZ, PZ), an order (ZK, ZAM)
_OTHER_DOCUMENT_CELL = re.compile(r"(?i)^(?:WZ|PZ|RW|ZK|ZAM|zam\.|zamówienie|zamowienie|oferta|umowa|zlecenie)\b")


# "Szczegóły naliczeń do faktury F/96372394/04/26" heading a details page: the invoice's own number
# (a correction's "do faktury" names the corrected one and is never read here).
_ATTACHMENT_NUMBER = re.compile(
    r"(?i)^(?:szczegó[łl]y(?:\s+\w+)?|specyfikacja(?:\s+\w+)?|załącznik|zestawienie(?:\s+\w+)?)\s+do\s+faktury"
    r"(?:\s+vat)?\s+(?:nr\.?\s*)?(?P<num>[A-Z0-9][\w\-.]*/[\w/\-.]*\d[\w/\-.]*)\s*$"
)


def _number_of_attachment(lines: list[Line]) -> str | None:
    found = {m.group("num") for line in lines if (m := _ATTACHMENT_NUMBER.match(line.text))}
    return found.pop() if len(found) == 1 else None


_NUMBER_CELL_LABEL = re.compile(
    r"(?i)^(?:(?:nr|numer)\.?\s+(?:faktury|dokumentu|rachunku)(?:\s+vat)?|faktura(?:\s+vat)?\s+(?:nr|numer)|"
    r"invoice\s+(?:no|number)|numer|nr|"
    # "Nr dokumentu" in small type at a box's edge: OCR keeps "dokumentu" alone
    r"dokumentu)\.?\s*:?$"
)
_DOC_NUMBER = re.compile(r"(?i)^(?:[A-Z]{1,6}\s)?[A-Z0-9][\w/\-.\\]*\d[\w/\-.\\]*$")


def _doc_number(text: str) -> str | None:
    """A cell's text when it reads as a document number (not a date, an amount, a NIP or an account)."""
    text = text.strip().rstrip(".,")
    bare = re.sub(r"(?i)^(?:nr|numer|no)\.?\s*:?\s*(?=[A-Z0-9])", "", text)  # "nr FS 2023/10/387" under the title
    labelled, text = bare != text, bare
    if not _DOC_NUMBER.match(text) or len(text) > 30:
        return None
    # "29/01/2026" printed after "nr" is a number in a date's shape (day, month, year of a daily series);
    # alone in a cell it is a date
    if find_dates(text) and re.fullmatch(r"[\d.\-/ ]+", text) and not (labelled and "/" in text):
        return None
    if re.fullmatch(r"-?\d[\d\s]*[,.]\d{2}", text) or re.fullmatch(r"\d{3}-\d{3}-\d{2}-\d{2}|\d{10,}", text):
        return None
    if _IDENTIFIER.match(text):
        return None  # "NIP 2920906527" under a label: a party's identifier, never the document's number
    return text


_IDENTIFIER = re.compile(r"(?i)^(?:nip|regon|krs|pesel|bdo|vat\s*ue|ksef)\b")


_TAIL_NUMBER = re.compile(
    r"(?i)(?:^|[\s—–-])(?:nr|numer)\.?\s*:?\s*(?P<num>(?:(?-i:[A-Z]{1,6})\s(?=[\w/\-.]*\d))?[A-Z0-9][\w/\-.]*\d[\w/\-.]*)\s*$"
)
_OTHER_NUMBER = re.compile(
    r"(?i)(?:konta|rachunku|rachunek|nip|regon|krs|bdo|zamówienia|zamowienia|umowy|umowa|zlecenia|oferty|"
    r"korygowan|do\s+faktury|dotyczy|lok\.?|tel\.?|szkoła|szkoły|przedszkole|domu|budynku|pok\.?|dowodu)\W*$"
)


# "nr FKOR 65/05/2026 z dnia 12.05.2026" under a title: the number's own date after it
_OWN_DATE_AFTER = re.compile(r"\s*,?\s+z\s+(?:dnia|dn\.)\s*\d{1,2}[.\-/]\d{1,2}[.\-/]\d{2,4}\s*(?:r\.?)?\s*$")
# the genitive or accusative of another invoice before its "nr" ("faktury nr …", "fakturę nr …")
_ANOTHER_INVOICE = re.compile(r"(?i)\bfaktur(?:y|ę|e)\W*$")


_BARE_TITLE = re.compile(r"(?i)^(?:faktura|rachunek|nota|korekta)\b\D*$")


def _under_a_bare_title(lines: list[Line], index: int) -> bool:
    """The line just under a title printing no number ("FAKTURA KORYGUJĄCA" / "nr … z dnia …")."""
    above = [f for f in lines[max(0, index - 2) : index] if f.text.strip()]
    return bool(above) and _BARE_TITLE.match(above[-1].text.strip()) is not None


def _number_ending_a_line(lines: list[Line]) -> str | None:
    """ "… wystawiona w Krakowie dnia 27.05.2026 — nr 2026/01/0013": "nr" and the number end a tagline
    (or stand before their own date: "nr FKOR 65/05/2026 z dnia 12.05.2026")."""
    for index, line in enumerate(lines):
        text = _OWN_DATE_AFTER.sub("", line.text)
        if text != line.text and not _under_a_bare_title(lines, index):
            text = line.text  # "Umowa" / "nr 73/ZP/2026 z dnia …": a number with its date under another heading
        m = _TAIL_NUMBER.search(text)
        before = text[: m.start("num")].rstrip(" :.").rsplit(" ", 1)[0] + " " if m else ""
        if not m or _OTHER_NUMBER.search(before) or (text != line.text and _ANOTHER_INVOICE.search(before)):
            continue
        number = m.group("num").rstrip(".,")
        if (re.search(r"[/\-]", number) or len(number) >= 4) and _doc_number(number):
            return number
    return None


_NUMBER_CELL = re.compile(
    r"(?i)^(?:faktura\s+)?(?:vat\s+)?(?:nr|numer|no)\.?(?:\s*/\s*no\.?)?\s*:?\s*(?P<num>\S+(?:\s[A-Z]{1,3})?)$"
)


_TITLE_CELL = re.compile(r"(?i)^(?:faktura|rachunek|invoice)(?:\s+vat)?$")


def _unspaced_title(text: str) -> str:
    """A title cell with OCR's stray spaces inside its words closed ("FAKTU RA VAT" → "FAKTURA VAT")."""
    joined = re.sub(r"\s+", "", text.strip())
    m = re.fullmatch(r"(?i)(faktura|rachunek|invoice)(vat)?", joined)
    return f"{m.group(1)} {m.group(2)}" if m and m.group(2) else (m.group(1) if m else text.strip())


_GARBLED_TITLE = re.compile(r"(?i)^(?:faktura|rachunek)(?:\s+[^\W\d]{1,3})?$")


def _number_under_title(lines: list[Line]) -> str | None:
    """The number alone in its cell on a line just under the title ("Faktura VAT" / "FV/MPP/70/2026"),
    also when the title is a cell beside something else ("Nabywca        Faktura VAT")."""
    for index, line in enumerate(lines):
        # "FAKTU RA VAT": OCR splits a title set in large type
        title = next((c for c in cells(line.raw) if _TITLE_CELL.match(_unspaced_title(c.text))), None)
        # "Faktura a  ura VAT": a title OCR read twice over itself is still the title's cell
        title = title or next((c for c in cells(line.raw) if _GARBLED_TITLE.match(c.text.strip())), None)
        if title is None and not re.match(r"(?i)^\s*(?:faktura|rachunek|invoice)\b", line.text):
            continue
        # under a title in its own column the number may stand a line further (a QR code's specks read as
        # lines beside it)
        for follow in lines[index + 1 : index + (5 if title is not None else 3)]:
            row = cells(follow.raw)
            candidates = row[:1]
            if title is not None:  # the cell under the title, wherever the title stands
                candidates = [c for c in row if c.start < title.end + 8 and c.end > title.start - 8] or candidates
            for cell in candidates:
                if _OTHER_DOCUMENT_CELL.match(cell.text.strip()):
                    continue
                number = _doc_number(cell.text)
                # a date under the title is the issue date, unless a series or "nr" makes it a number
                # ("FA 1988/10/26", "nr 29/01/2026")
                if (
                    number
                    and (cell.text.count("/") >= 2 or (title is not None and re.search(r"[/\-]", cell.text)))
                    and (not find_dates(cell.text) or number != cell.text.strip().rstrip(".,") or " " in number)
                ):
                    return _with_series(row, cell, number)
    return None


def _with_series(row: list[Cell], cell: Cell, number: str) -> str:
    """ "FV   159/05/2026/UM": the series letters printed a few spaces left of the number are part of it."""
    before = [c for c in row if c.end <= cell.start]
    if before and re.fullmatch(r"[A-Z]{1,4}", before[-1].text.strip()) and cell.start - before[-1].end <= 6:
        return _doc_number(f"{before[-1].text.strip()} {number}") or number
    return number


def _series_beside(lines: list[Line], number: str) -> str:
    """The number as found in its cell, with the series letters printed a few spaces left of it."""
    for line in lines:
        row = cells(line.raw)
        cell = next((c for c in row if c.text.strip().rstrip(".,") == number), None)
        if cell is not None:
            return _with_series(row, cell, number)
    return number


def _number_by_layout(lines: list[Line]) -> str | None:
    """A number label in its own cell with the value right of it or under it ("Nr faktury" in a header
    row, the number on the line below), or a cell of its own: "nr 48/06/2026/K"."""
    for index, line in enumerate(lines):
        for cell in cells(line.raw):
            whole = _NUMBER_CELL.match(cell.text.strip())
            if (
                whole
                and _doc_number(whole.group("num"))
                and (re.search(r"[/\-]", whole.group("num")) or len(whole.group("num")) >= 4)
            ):
                return _doc_number(whole.group("num"))
            if _NUMBER_CELL_LABEL.match(cell.text.strip()) and not _other_number_label(line, cell):
                found = value_near(lines, index, cell.start, cell.end, _doc_number, below=2)
                found = found or _value_under_short_label(lines, index, cell)
                if found:
                    return _series_beside(lines[index : index + 3], found)
    return None


def _value_under_short_label(lines: list[Line], index: int, cell: Cell) -> str | None:
    """ "Nr" the last cell of its line, the number typed on the next line a little right of it (a form
    filled in off its boxes): the one cell starting under or just right of the label."""
    row = cells(lines[index].raw)
    if row[-1] != cell:
        return None
    # the next line reaching the label's column (a letterhead's lines beside a box on the right are skipped)
    reaching = [f for f in lines[index + 1 : index + 4] if any(c.end > cell.start - 2 for c in cells(f.raw))]
    for follow in reaching[:1]:
        near = [c for c in cells(follow.raw) if cell.start - 2 <= c.start <= cell.end + 8]
        if len(near) == 1 and re.search(r"[/\-]", near[0].text):
            return _doc_number(near[0].text)
    return None


def _other_number_label(line: Line, cell: Cell) -> bool:
    """ "Numer  KSeF:", "Nr   konta:": a lone "Numer" cell whose next cell is a word with a colon
    names another number (the KSeF reference, the account); its value is not the document's."""
    right = [c for c in cells(line.raw) if c.start >= cell.end]
    return (
        bool(right)
        and right[0].start - cell.end <= 4
        and re.fullmatch(r"[^\W\d]{2,}:", right[0].text.strip()) is not None
        and not re.fullmatch(r"(?i)(?:faktury|dokumentu|rachunku|korekty):", right[0].text.strip())
    )


def _looks_like_account(text: str) -> bool:
    digits = re.sub(r"[\s\-]", "", text)
    return bool(re.match(r"(?i)(?:PL)?\d{20,}", digits))


# Another document's number ("umowy nr 12/IT/2026", "faktury nr FV/1/2026"): a date right after it is
# that document's, not this one's. Here the label follows it; the protocol reader checks the date itself.
OTHER_DOCUMENT_NUMBER = r"(?i)\b(?:umow|faktur|zamówieni|zlecen|ofert|zapytani)\w*\s+(?:nr|numer)\.?\s*:?\s*\S+"
OTHER_DOCUMENT = re.compile(OTHER_DOCUMENT_NUMBER + r"\s*$")
# "Faktura nr FV/CS/71/2026      Data wykonania dostawy: …": the document's own title beside the label.
_OWN_TITLE = re.compile(r"(?i)^\s*(?:faktura|rachunek|nota)\s+(?:vat\s+)?(?:nr|numer)\b")
_STRAY_IN_DIGITS = re.compile(r"(?<=\d)[:'`](?=\d)")


# A date with its own label before it on the line: "Data sprzedaży: …", "Termin płatności …", "wystawiona …"
_OWN_DATE_LABEL = re.compile(
    r"(?i)(?:data\s+[a-ząćęłńóśźż]{4,}\.?|termin\w*(?:\s+p[łl]atno[śs]ci)?|sprzeda[żz]y?|dostawy|wykonania|"
    r"zap[łl]aty|wystawion\w*)\s*:?\s*$"
)


# another date's label between a label and the first date after it on the line
_ANOTHER_DATE_LABEL = re.compile(r"(?i)(?<!\w)(?:data|termin)\s+[a-ząćęłńóśźż]{4,}")


def labelled_date(lines: list[Line], label: re.Pattern[str]) -> date | None:
    return labelled_date_spelling(lines, label)[0]


def labelled_date_spelling(lines: list[Line], label: re.Pattern[str]) -> tuple[date | None, str | None]:
    """The date under a label, and what was printed there when that date does not exist (31.02.2023)."""
    for index, line in enumerate(lines):
        m = label.search(line.text)
        if not m:
            continue
        prefix = line.text[: m.start()]
        if OTHER_DOCUMENT.search(prefix) and not _OWN_TITLE.match(prefix):
            continue  # "na podstawie umowy nr 12/IT/2026 z dnia …": another document's date
        # The date follows the label on the line, or sits under it when labels form a header row.
        after = find_date_spellings(line.text[m.end() :]) or find_date_spellings(
            _STRAY_IN_DIGITS.sub("", line.text[m.end() :])  # "20:26.09.16": a speck read inside the year
        )
        if after and _ANOTHER_DATE_LABEL.search(line.text[m.end() : m.end() + after[0][0]]):
            # "Data wystawienia korekty: 2 X12026   Data zwrotu towaru: 29 X 2026": the first date after the
            # label is another label's; this label's own date was not read
            continue
        if after:
            return after[0][1], None if after[0][1] else after[0][2]
        for follow in lines[index + 1 : index + 3]:
            dates = find_date_spellings(follow.text)
            if dates and all(_OWN_DATE_LABEL.search(follow.text[:at]) for at, _, _ in dates):
                continue  # "Data sprzedaży: 10.05.2026" under a label whose value the scan lost: that label's
            if dates:
                # In a header row of several labels, the n-th date is under the n-th label.
                labels_before = len(re.findall(r"(?i)\bdata\b", line.text[: m.start()]))
                # headings without "data" ("Wystawiono  Sprzedaż  Zapłata do") cannot be counted: placed
                laid_out = (
                    len(dates) >= 2
                    and not re.search(r"(?i)\bdata\b", line.text)
                    and len(cells(line.raw)) >= 2
                    and len(cells(follow.raw)) >= 2
                )
                offset = raw_span(line, m.start(), max(1, m.end() - m.start())) if laid_out else None
                at = [(follow.raw.find(p), v, p) for _, v, p in dates if p]
                placed = [(start + len(p) / 2, v, p) for start, v, p in at if start >= 0]
                if offset is not None and len(placed) == len(dates):
                    # "Wystawiono   Sprzedaż   Zapłata do" over three dates: the date under the label,
                    # centre to centre (dates may be printed right-aligned under their heading)
                    centre = (offset[0] + offset[1]) / 2
                    ranked = sorted(placed, key=lambda d: abs(d[0] - centre))
                    if abs(ranked[0][0] - centre) + 2 < abs(ranked[1][0] - centre):
                        _, value, printed = ranked[0]
                        return value, None if value else printed
                under = _date_in_label_cell(line, m, follow, dates)
                if under is not None:
                    return under
                labels_all = len(re.findall(r"(?i)\bdata\b", line.text))
                if labels_all >= 2 and len(dates) < labels_all:
                    # a date of the row OCR left unreadable: counting would give a neighbour's date;
                    # only the one under this very label is its value
                    return _date_under_label(line, m, follow, dates)
                _, value, printed = dates[min(labels_before, len(dates) - 1)]
                return value, None if value else printed
    return None, None


def _date_in_label_cell(
    line: Line, label: re.Match[str], follow: Line, dates: list[tuple[int, date | None, str]]
) -> tuple[date | None, str | None] | None:
    """ "Data faktury:   Termin płatności:   Data dostawy:" over three dates: the one date that starts
    within the label's own cell (labels of other kinds between them cannot be counted). None when
    the row is not laid out in cells or no single date stands there."""
    # the label found again in the raw line (OCR's fixes may have joined words of the text: "4,90-410")
    in_raw = [m for m in label.re.finditer(line.raw) if " ".join(m.group(0).split()) == label.group(0)]
    row = cells(line.raw)
    if len(in_raw) != 1 or len(row) < 2 or len(dates) < 2:
        return None
    start = in_raw[0].start()
    own = next((c for c in row if c.start <= start < c.end), None)
    if own is None:
        return None
    placed = find_date_spellings(follow.raw)  # offsets in the raw line (a date may be printed twice)
    if len(placed) != len(dates):
        return None
    inside = [(v, p) for start, v, p in placed if own.start - 3 <= start < own.end]
    if len(inside) != 1:
        return None
    value, printed = inside[0]
    return value, None if value else printed


def _date_under_label(
    line: Line, label: re.Match[str], follow: Line, dates: list[tuple[int, date | None, str]]
) -> tuple[date | None, str | None]:
    """The date of the next line that starts under the label's own cell (a header row of labels whose
    other dates are missing), or nothing."""
    span = raw_span(line, label.start(), max(1, label.end() - label.start()))
    if span is None:
        return None, None
    own = next((c for c in cells(line.raw) if c.start <= span[0] < c.end), None)
    right = min((c.start for c in cells(line.raw) if own is not None and c.start >= own.end), default=10**6)
    left = own.start if own is not None else span[0]
    for _, value, printed in dates:
        start = follow.raw.find(printed) if printed else -1
        if start >= 0 and left - 4 <= start < right - 2:
            return value, None if value else printed
    return None, None


def detect_currency(lines: list[Line]) -> str:
    for line in lines:
        m = re.search(r"(?i)waluta(?:\s+(?:faktury|dokumentu|płatności|rozliczenia))?\s*:?\s*([A-Z]{3})\b", line.text)
        if m and m.group(1).upper() in _CURRENCY_CODES:
            return m.group(1).upper()
    counts = {code: 0 for code in _CURRENCY_CODES}
    for line in lines:
        if _CURRENCY_HINT.search(line.text) and find_amounts(line.text):
            for code in _CURRENCY_CODES:
                counts[code] += len(re.findall(rf"\b{code}\b", line.text))
            counts["PLN"] += len(re.findall(r"(?i)\bzł\b|\bzl\b", line.text))
            for sign, code in _CURRENCY_SIGNS.items():
                counts[code] += line.text.count(sign)
    foreign = max((c for c in _CURRENCY_CODES if c != "PLN"), key=lambda c: counts[c])
    return foreign if counts[foreign] > counts["PLN"] else "PLN"


def _currency_of_total(lines: list[Line], gross: Decimal | None) -> str | None:
    """The currency printed right after the gross total wherever it appears ("Do zapłaty: 12 422,53 EUR",
    "Wartość brutto: 12 422,53 EUR"), when every such place names the same one: a VAT line converted
    to złoty elsewhere on the page does not make the invoice a złoty one."""
    if gross is None:
        return None
    found: set[str] = set()
    for line in lines:
        for _, end, value in find_amounts(line.text):
            if value != gross:
                continue
            after = re.match(r"\s*(?P<cur>[A-Z]{3}\b|zł\b|zl\b|€|£)", line.text[end:], re.IGNORECASE)
            if after is None:
                continue
            code = after.group("cur").upper()
            code = {"ZŁ": "PLN", "ZL": "PLN"}.get(code, _CURRENCY_SIGNS.get(after.group("cur"), code))
            if code in _CURRENCY_CODES:
                found.add(code)
    return found.pop() if len(found) == 1 else None


def _totals_triple(text: str) -> tuple[Decimal, Decimal, Decimal] | None:
    if re.search(r"\s-\d", text):
        # a correction's difference whose minus OCR read as a dot (".816,12 -187,70 -1 003,82")
        text = re.sub(r"(?<=\s)\.(?=\d{1,3}(?:[ ]\d{3})*,\d{2}\b)", "-", text)
    # Totals sit at the end of the line; a line of hundreds of amounts is junk, not a total.
    for values in [[v for _, _, v in find_amounts(text)][-14:], *amount_readings(text)]:
        found = _triple_of(values)
        # totals carry grosze: "-1  -3 957,63  -4 867,89" (a difference row's quantity and two values
        # whose digit groups were split) is no triple -1 + -3 = -4
        if found and all(_with_grosze(v) for v in found):
            return found
    return _gross_first(find_amounts(text))


def _with_grosze(value: Decimal) -> bool:
    exponent = value.as_tuple().exponent
    return isinstance(exponent, int) and exponent < 0


def _gross_first(amounts: list[tuple[int, int, Decimal]]) -> tuple[Decimal, Decimal, Decimal] | None:
    """ "Brutto  w tym VAT  Netto" (a shop's or a gross-priced invoice's summary): the first of the last
    three amounts is the sum of the other two; the VAT, below any rate of 100 %, is the smaller."""
    if len(amounts) < 3:
        return None
    gross, b, c = (v for _, _, v in amounts[-3:])
    if min(gross, b, c) <= 0 or abs(b + c - gross) > Decimal("0.01"):
        return None
    return max(b, c), min(b, c), gross


def _triple_of(values: list[Decimal]) -> tuple[Decimal, Decimal, Decimal] | None:
    for gi in range(len(values) - 1, 1, -1):
        for vi in range(gi - 1, 0, -1):
            for ni in range(vi - 1, -1, -1):
                if abs(values[ni] + values[vi] - values[gi]) <= Decimal("0.01"):
                    return values[ni], values[vi], values[gi]
                if (
                    values[vi] < 0
                    and values[gi] < 0 < values[ni]
                    and abs(values[vi] - values[ni] - values[gi]) <= Decimal("0.01")
                ):
                    # a correction's difference whose net lost its minus to OCR (".816,12 -187,70 -1 003,82")
                    return -values[ni], values[vi], values[gi]
    return None


_NAME_UNITS = "szt|kpl|usł|usl|op|opak|lic|egz|godz|kompl"
# A row opening with its quantity and unit ("3  szt.  EZD-961  Publikacja …", columns Ilość | J.m. | Opis).
_QTY_FIRST = re.compile(
    rf"(?i)^\s*(?P<qty>\d{{1,5}}(?:,\d{{1,3}})?)\s+(?P<unit>(?:{_NAME_UNITS}|mies|m-c|kg|mb|os)\.?)\s+(?=\S)"
)
# An items header starting this far into the page (characters) has a sidebar left of it.
_SIDEBAR_WIDTH = 24
# A name column this far into the row (characters): its wrapped lines start there too.
_NAME_COLUMN_INSIDE = 12


_RATE_IN_NAME = re.compile(r"(?i)\s*\(\s*(?:stawka\s+)?vat\s*:?\s*(?P<rate>\d{1,2})\s*%\s*\)")


def _rate_in_name(pending: _Pending, gross_priced: bool) -> None:
    """ "Serwer NAS … (VAT 23%)": a table without a VAT column names each line's rate after its name;
    the row is read again with that rate, which settles its gross among the printed amounts."""
    m = _RATE_IN_NAME.search(pending.name)
    if m is None:
        return
    pending.name = pending.name[: m.start()] + pending.name[m.end() :]
    row = pending.row
    if row.net is None or (row.gross is not None and row.vat_rate is not None) or not pending.text:
        return
    again = parse_row(f"{pending.text} {m.group('rate')}%", gross_priced=gross_priced)
    if again is None or again.gross is None or again.unexplained or again.score <= row.score:
        return
    head = pending.text[: row.name_end].strip()
    if again.name_end != row.name_end and head and pending.name.startswith(head):
        # the rate settles the columns: "… sieci 1 × 8 214,37" is 1 × 8 214,37, not a name ending in 8
        pending.name = _without_times(pending.text[: again.name_end], again.qty) + pending.name[len(head) :]
    pending.row = again


def _without_times(name: str, qty: Decimal | None) -> str:
    """ "Test penetracyjny infrastruktury   1 × 13 491,31": the quantity and its sign before the price."""
    # "4x" glued is a specification ("z dyskami 4x 8 TB"); only "4 ×", "4×" or "4 x" is a quantity
    times = re.search(r"\s(?P<q>\d{1,5}(?:,\d{1,3})?)(?:\s?×|\s[xX*])\s*$", name)
    if qty is not None and times and parse_amount(times.group("q")) == qty:
        return name[: times.start()]
    return name


_SERIAL_CODE = r"[A-Z0-9][A-Z0-9\-]{4,}"
# the next serial of a list holds a figure (a word after the list is no serial: "…, dostawa")
_MORE_SERIAL = r"(?=[A-Za-z\-]*\d)[A-Z0-9][A-Z0-9\-]{4,}(?![\w\-])"


def _make_item(row: Row, name: str, position: int | None, before: bool) -> LineItem:
    name = re.sub(r"\s+", " ", name)
    # a serial's label is a word of its own: "SH-SN310-UTM" is a catalogue code, not "SH-" and a serial
    # ("S/N: CZC825517, CZC247360, CZC295858": a list of serials after one label, all of them serials)
    listed = rf"({_SERIAL_CODE}(?:\s*[,;]\s*{_MORE_SERIAL})*)"
    serials = tuple(
        serial
        for found in re.findall(rf"(?i)(?<![\w\-/.])(?:s/n|sn|nr\s+ser(?:yjny)?\.?)\s*:?\s*{listed}", name)
        for serial in re.split(r"\s*[,;]\s*", found)
    )
    name = re.sub(
        rf"(?i)\s*\(?(?<![\w\-/.])(?:s/n|sn)\s*:?\s*{_SERIAL_CODE}(?:\s*[,;]\s*{_MORE_SERIAL})*\)?[,;]?", "", name
    )
    qty = row.qty
    if qty is not None and qty == qty.to_integral_value():
        qty = qty.quantize(Decimal(1))  # "1,00" printed, 1 meant
    if qty is not None:
        # The row's own quantity cell glued to its unit and read as the name's last word ("…penetracyjnych
        # 3usł,", "…14\" 5szt."): the quantity, not a part of the name.
        # OCR variants: "lszt." (1 read as l), "1lkpl", "2usłŁ", "15 szt«"
        units = f"{re.escape(row.unit.rstrip('.'))}|{_NAME_UNITS}" if row.unit else _NAME_UNITS
        figure = re.escape(str(qty)).replace("1", "[1lI|]")
        name = re.sub(rf"(?i)(?<=\S)\s+{figure}[lI|]?\s?(?:{units})\.?[,«»Łł]*(?=\s|$)", "", name, count=1)
    return LineItem(
        name=_clean_item_name(name),
        qty=qty,
        unit=row.unit,
        unit_net=row.unit_net,
        net=row.net,
        vat_rate=row.vat_rate,
        vat=row.vat,
        gross=row.gross,
        position=position,
        unit_gross=row.unit_gross,
        before_correction=before,
        serial_numbers=serials,
        unexplained=row.unexplained,
    )


def _capacity(m: re.Match[str]) -> str:
    size = int(m.group(1))
    space = m.groupdict().get("space") or ""
    # spaced ("6 T8") it is a capacity whatever the size; glued, only a power of two ("840G8" may be a model)
    power = size >= 2 and size & (size - 1) == 0
    return f"{size}{space}{m.group('unit')}B" if power or space else m.group(0)


# what follows a screen's size in inches ("23,8\" IPS", "14\" WUXGA")
_PANEL_WORDS = r"(?:IPS|VA|TN|LED|OLED|QHD|FHD|UHD|4K|WUXGA|WQXGA|WQHD|WXGA|2K|Full|HD)\b"


def ocr_name(name: str) -> str:
    """Glyphs OCR substitutes in product names: S for "$tandard", "$$D", "ŚŚD" (never Polish); & read
    as 6 between two capitalised words ("Veeam Backup 6 Replication"); an em dash for a spaced dash."""
    name = re.sub(r"(?<=[A-Za-z0-9])\$|\$(?=[A-Za-z0-9$])", "S", name)
    name = re.sub(r"\b([A-Z][a-z]{3,}) 6[.:]? (?=[A-Z][a-z]{3,}\b)", r"\1 & ", name)
    # "16G8", "512G8": a capacity's B read as 8 (only after a power of two: "840G8" may be a model)
    # (also spaced: "6 T8", "512 G8")
    name = re.sub(r"\b(\d{1,4})(?P<space> ?)(?P<unit>[GT])8\b", _capacity, name)
    # "16GB8/512GB": the B read twice, once as 8, before a configuration's slash
    name = re.sub(r"\b(\d{1,4})(?P<unit>[GT])B8(?=/)", _capacity, name)
    # "15-1335U", "17-13700": a processor's i read as 1 ("i5-1335U"; Intel numbers its models i3/i5/i7/i9-NNNN)
    name = re.sub(r"(?<![\w/-])[1l]([3579]-(?:\d{4}[A-Z]{1,2}|\d{5}[A-Z]{0,2}))(?![\w-])", r"i\1", name)
    # "4000 Im": lumens after a figure (a capital I is never a unit)
    name = re.sub(r"(?<=\d)(\s?)Im\b", r"\1lm", name)
    # "Genl1": a model's generation, a 1 read as l between the word and the other digit
    name = re.sub(r"(?<=[a-z]{2})l(?=\d\b)", "1", name)
    # "W1l Pro", "Bl B1502CVA": a 1 read as l after a model's capital (and digit) – before another code
    name = re.sub(r"\b([A-Z]\d)l\b", r"\g<1>1", name)
    name = re.sub(r"\b([A-Z])l\b(?=\s+[A-Z]+\d)", r"\g<1>1", name)
    # "Gen 5 iS 16GB": a processor's class (i3/i5/i7/i9) with its 5 read as S; "iS" is no word
    name = re.sub(r"(?<![\w/-])iS(?![\w/-])", "i5", name)
    # "DS923+ ż 4 dyskami": a lone ż or ź is no Polish word – the preposition z with a speck above it
    name = re.sub(r"(?<!\S)[żź](?!\S)", "z", name)
    # "wraz 2 raportem": "wraz" is always followed by the preposition z, never a figure
    name = re.sub(r"(?<!\w)(wraz|Wraz) 2 (?=[a-ząćęłńóśźż])", r"\1 z ", name)
    # "Dysk 55D Samsung": a solid-state disk's S read as 5 ("55D", "S5D", "5SD" are no models)
    name = re.sub(r"(?<![\w$-])(?:55|5S|S5|\$S|S\$|\$\$)D(?![\w-])", "SSD", name)  # and "$SD": an S read as $
    # "Monitor 23,8* QHD": a screen's inch mark read as an asterisk after its size
    name = re.sub(r"(?<=\d,\d)\*(?=\s|$)|(?<=(?<![\d,.])\d\d)\*(?=\s+" + _PANEL_WORDS + r")", '"', name)
    # "Core Uitra 5 L25U": Intel's "Ultra" with its l read as i, a model's 1 read as L before its two digits
    name = re.sub(r"(?<=\bCore )Uitra\b", "Ultra", name)
    name = re.sub(r"(?<=\bUltra [579] )[LlI|](?=\d{2}[UHV]\b)", "1", name)
    # "Deli OptiPlex 7020 SFE": Dell's double l read as "li" before its product lines, the small form factor's
    # last F read as E ("SFE" is no form factor)
    name = re.sub(
        r"\bDeli(?= (?:OptiPlex|Latitude|Precision|PowerEdge|Vostro|Inspiron|Pro|UltraSharp|P\d{4}))", "Dell", name
    )
    name = re.sub(r"(?<=\d )SFE\b", "SFF", name)
    # "ThinkSystem 5R250", "S5R250", "SSR250": Lenovo's SR servers with the S read as 5 or doubled
    name = re.sub(r"(?<=\bThinkSystem )(?:5|S5|SS|55)R(?=\d{3}\b)", "SR", name)
    # "Expert8ook": a B read as 8 between small letters (no figure stands inside a word)
    name = re.sub(r"(?<=[a-z]{2})8(?=[a-z]{2})", "B", name)
    # "B1 81502", "81 B1502", "Bl 81502": a series ("B1") and its model that repeats it ("B1502"), one of them with
    # its B read as 8 or its 1 as l – both spelt as the one read as a letter
    name = re.sub(r"(?<![\w-])(?=B|[8B][1l] B)[8B][1l] [8B][1l](\d{3})(?![\w-])", r"B1 B1\1", name)
    # "Łicencja": a speck over the L (no Polish word has "łi")
    name = re.sub(r"(?<![\w])Ł(?=i[a-ząćęłńóśźż])", "L", name)
    # "klas IV-VI": a range of Roman numerals is printed with an en dash; OCR does not tell it from a hyphen
    name = re.sub(r"(?<![\w-])(I{1,3}|IV|VI{0,3}|IX|XI{0,2})-(I{1,3}|IV|VI{0,3}|IX|XI{0,2})(?![\w-])", r"\1–\2", name)
    # "uicencja", "ticencja": a capital L at the name's start read as a small letter ("Licencja" is the word)
    name = re.sub(r"^[uti]icencj", "Licencj", name)
    # "… 2024 o", "… MFC-L8390CDW a": a speck after a model code or a year read as a one-letter word
    name = re.sub(r"(?<=[\dA-Z]) [aoeu]$", "", name)  # (never a unit: "2000 m", "500 g")
    # "Xeon £-2434": a pound sign opening a model code is its E (a currency never stands before "-figures")
    name = re.sub(r"(?<!\S)£(?=-\d)", "E", name)
    # "… phishing” dia pracowników": the preposition "dla" with its l read as i ("dia" is no Polish word)
    name = re.sub(r"(?<=\s)dia(?=\s)", "dla", name)
    # "24G 45FP+", "5FP+": a transceiver slot (SFP, SFP+, SFP28) with its S read as 5 ("5FP" is no model)
    name = re.sub(r"(?<![A-Za-z])(\d*)5FP(?=\+|28\b|\b)", r"\1SFP", name)
    # "Gen 5.i5", "Gen 5,i7": a processor's class after its generation, the space between them read as a mark
    name = re.sub(r"(?<=(?<![\w.,])\d)[.,](?=i[3579]\b)", " ", name)
    # "3000 VA / 2700 w": watts after a figure end the name; the preposition "w" never does
    name = re.sub(r"(?<=\d) w$", " W", name)
    # "ł Licencja Acronis …": a speck before the name read as a letter no one-letter Polish word is
    name = re.sub(r"^[^\W\d_wziaouWZIAOU]\s+(?=[A-ZŁŚŻŹĆ][a-ząćęłńóśźż])", "", name)
    # tesseract reads a spaced dash ("response – monthly fee") as an em dash, which Polish names never
    # use; a spaced hyphen stays one (programs print what the user typed: "Standard - subskrypcja")
    name = re.sub(r"(?<=\w) — (?=\w)", " – ", name)
    # "ŚŚD", "5ŚC": Ś inside a short all-caps token (model codes) is an S; "ŚWIADCZENIE" keeps it.
    return re.sub(
        r"\b[0-9A-ZŚ]{2,4}\b", lambda m: m.group(0).replace("Ś", "S") if len(m.group(0)) <= 4 else m.group(0), name
    )


# A seller's own code line under the name ("kod: 32794-SZT · PKWiU 26.20.17.0"; OCR: "kod. 55523-USŁ *
# PKWIU 02", "kod' 15721-5ZT -«"; a distributor's "P/N: 5TW10AA" over "EAN: …"): a label, its value (a token
# holding a digit) and the separators.
_CODE_TAIL = re.compile(
    r"(?i)\s*[·•|*«»'’,;–—-]*\s+(?:kod|symbol|indeks|index|sku|ean|pkwiu|cn|gtu|nr\s+kat|p/n|part\s+no)\b[\s.:'’]*"
    r"(?=[\w./-]*\d)[\w./-]+(?:\s\d{1,3}(?![\w.]))?[\s·•|*«»'’.,:;–—-]*$"
)


# A part number's label with a colon takes any token ("P/N: STWLOAA", "P/N: S$MT1500…": OCR's letters for figures;
# "PIN:" its slash read as an I)
_PART_TAIL = re.compile(r"(?i)\s+(?:p/n|p\s?i\s?n|part\s+no\.?)\s*:\s*\S+[\s.,;]*$")


def _strip_code_tail(name: str) -> str:
    while (tail := _CODE_TAIL.search(name) or _PART_TAIL.search(name)) is not None and tail.start() > 0:
        name = name[: tail.start()]
    return name


_LEADING_CODE = re.compile(r"(?:0\d{2,}|\d{5,}(?:-[A-Z]{2,3})?)\s+(?=\S)")


def _clean_item_name(name: str, *, ocr: bool = True) -> str:
    # Leading dashes are OCR specks next to the Lp; a dash inside ("Standard - subskrypcja") is kept.
    name = re.sub(r"\s+", " ", name).strip(" ,;").lstrip(SPECKS)
    # a table border read as a letter (a text PDF's "l" is a litre: "kosz 23 l")
    name = re.sub(r"\s[Il|]$" if ocr else r"\s\|$", "", name)
    name = re.sub(r"\s+\d{2}\.\d{2}\.[A-Z]$", "", name)
    # PKWiU / CN / GTU codes printed in their own column end up glued to the name.
    name = re.sub(r"(?:\s+(?:\d{2}\.\d{2}(?:\.\d{1,2}){0,2}(?:\.\d)?|GTU_?\d{2}|\d{4}\s?\d{2}\s?\d{2}))+$", "", name)
    name = re.sub(r"(?:\s+(?:PKWiU|PKWIU|CN|GTU|SWW|CPV|Symbol|Kod)\s*:?)+$", "", name)
    # A seller's own code line under the name ("kod: 32794-SZT · PKWiU …", "Indeks: AB-12"): the
    # label with its value (a token holding a digit) and the separators around it.
    name = _strip_code_tail(name)
    name = re.sub(r"\s+GTU_?\d{2}\b", "", name)
    # An article number or an ERP's zero-padded position left of the name ("752196 Licencja …",
    # "000010 351716-PL System EZD …"): five digits or more (or a leading zero) open no product's name.
    while (code := _LEADING_CODE.match(name)) is not None and re.search(r"[^\W\d_]{3,}", name[code.end() :]):
        name = name[code.end() :]
    return name.strip(" ,;").rstrip(" -–—")


def _remark_under(name: str, text: str) -> bool:
    """ "Mysz … M185 – gratis" / "do każdego notebooka – promocja producenta": the name closed by a remark after a
    spaced dash, and under it a lower-case line with a remark of its own – the remark's explanation, not the name."""
    return (
        re.search(r"\s[–-]\s+[^\W\d_]+$", name.rstrip()) is not None
        and re.match(r"\s*[a-ząćęłńóśźż]", text) is not None
        and re.search(r"\s[–-]\s", text) is not None
    )


@dataclass
class _Pending:
    row: Row
    name: str
    position: int | None
    before: bool
    text: str = ""  # the row's own line
    # name lines under the row's own line, as read: the next row's name when its Lp and figures come
    # without one (a name centred around them in a tall cell)
    wrapped: list[str] = dataclasses.field(default_factory=list)
    described: bool = False  # an indented description under the name has begun: no more of the name
    above: list[str] = dataclasses.field(default_factory=list)  # name lines above a row printing no name


@dataclass
class Tables:
    items: list[LineItem]
    summary: list[VatSummary]
    sections: list[_Section]
    end: int
    labelled: dict[str, Decimal]
    summary_partial: bool = False  # a per-rate sums line was there but could not be read


# The second line of a two-line items header: only column words.
_HEADER_TAIL = re.compile(r"(?i)(?:\s*(?:netto|brutto|jedn\.?|jednostkowa|vat|%|\[?zł\]?|pln|kwota|wartość|cena))+\s*")
# KSeF's visualisation prints the per-rate sums as "Suma wartości sprzedaży netto (23%): 82119.00 podatek: 18887.37".
_KSEF_RATE_SUM = re.compile(
    r"(?i)sprzedaży\s+netto\s*\((?P<rate>\d{1,2})\s*%\)\s*:\s*(?P<net>\d[\d ]*[.,]\d{2})\s+podatek\s*:\s*"
    r"(?P<vat>\d[\d ]*[.,]\d{2})"
)
# The start of such a line: when it does not read whole, the per-rate sums cannot give the document's.
_RATE_SUM_START = re.compile(r"(?i)sprzedaży\s+netto\s*\(\s*\d{1,2}\s*%|opodatkowana\s+\d{1,2}\s*%\s*:?\s*netto")
# "Sprzedaż opodatkowana 23%: netto 10209,53 VAT 2348,20 brutto 12557,73": one rate's sums in words
_WORDED_RATE_SUM = re.compile(
    r"(?i)(?P<rate>\d{1,2})\s*%\s*:?\s*netto\s*:?\s*(?P<net>\d[\d ]*[.,]\d{2})\s+(?:vat|podatek)\s*:?\s*"
    r"(?P<vat>\d[\d ]*[.,]\d{2})\s+brutto\s*:?\s*\d[\d ]*[.,]\d{2}"
)
_LABELLED_TOTALS = {
    # a correction's difference: "Różnica wartości netto", "Różnica podatku VAT 23,00 %", "Kwota korekty brutto"
    "net": re.compile(
        r"(?i)(?:wartość|warto[śs][ćc]|razem|suma|kwota|łącznie)\s+(?:warto[śs]ci\s+)?netto\b|(?:^|\s)netto\s*:|"
        r"różnica\s+(?:wartości\s+)?netto\b|"
        # an English-headed layout: "Subtotal (net)", "Net total", "Total net"
        r"^(?:sub)?total\s*\(\s*net\s*\)|^net\s+total\b|^total\s+net\b"
    ),
    "vat": re.compile(
        r"(?i)(?:wartość|warto[śs][ćc]|kwota|razem|suma|łącznie)\s+(?:podatku\s+)?vat\b|"
        r"różnica\s+(?:podatku|vat)\b|"
        # "VAT: …", "VAT 23%: 1 254,77 zł" (one rate: its amount is the document's VAT)
        r"(?:^|\s)(?:podatek\s+)?vat(?:\s+\d{1,2}\s*%)?\s*:|"
        # "VAT      16 547,70" alone on its line in a column of totals
        r"^vat\s+(?=\d{1,3}(?:[\s.]\d{3})*,\d{2}(?:\s*(?:zł|pln))?$)|"
        # "VAT (reverse charge) / VAT     0.00", "VAT (odwrotne obciążenie)   0,00": a remark in brackets
        r"^(?:podatek\s+)?vat\s*\([^)\d]{2,40}\)[^\d]{0,12}?\s(?=\d[\d ,.]*[.,]\d{2}(?:\s*(?:zł|pln|eur))?$)|"
        # "VAT 23%     344,60 PLN" alone on its line under "Subtotal (net)": one rate, the document's VAT
        r"^vat\s+\d{1,2}\s*%\s+(?=\d{1,3}(?:[\s.]\d{3})*,\d{2}(?:\s*(?:zł|pln|eur))?$)"
    ),
    "gross": re.compile(
        r"(?i)(?:wartość|warto[śs][ćc]|razem|suma|kwota|łącznie)\s+(?:warto[śs]ci\s+)?brutto\b|(?:^|\s)brutto\s*:|"
        r"korekty\s+brutto\b|różnica\s+(?:wartości\s+)?brutto\b|"
        # "Wartość z podatkiem: 83 814,92 zł" – the gross in the words of the VAT act
        r"(?:wartość|warto[śs][ćc]|kwota|razem)\s+z\s+podatkiem\b(?!\s+\d{1,2}\s*%)|"
        r"^total\s*\(\s*gross\s*\)|^gross\s+total\b|^total\s+gross\b|^total\s+(?:amount\s+)?due\b"
    ),
}
# Summary headings OCR left mid-line or garbled at the start ("Fousumowanie według stawek VAT:").
_TABLE_END = re.compile(
    r"(?i)według\s+stawek|wg\s+stawek|\w*sumowanie\b|^razem\b|^\S+\s+razem\b|:\s*$|kwota\s+należności|"
    r"\bdo\s+zapłaty\b|\bogółem\b"
)
_HEADER_WORDS = re.compile(r"(?i)\bnetto\b|\bbrutto\b|\bkwota\b")
# One total on its own line, its label bare: "Netto 9 677,74", "VAT 23% 2 225,88", "Brutto 11 903,62 zł".
_BARE_TOTAL = re.compile(
    r"(?i)(?P<label>netto|brutto|(?:podatek\s+)?vat(?:\s+\d{1,2}\s*%)?|kwota\s+bez\s+podatku)\s*:?\s+"
    # "2 275,78", and OCR's or a plain printout's "2275,78zł"
    r"-?(?:\d{1,3}(?:[ .,]\d{3})*|\d{4,9})[,.]\d{2}(?:\s*(?:zł|pln|eur))?"
)


# The labels of a horizontal strip of totals, each in its own cell above its amount. What was paid and
# what remains are printed beside the gross there: neither is the gross.
_STRIP_LABEL = re.compile(
    r"(?i)(?:(?:razem|suma|wartość|kwota|łącznie)\s+)?(?:"
    r"(?P<net>netto(?:\s+(?:pln|zł))?)|(?P<vat>(?:podatku\s+|podatek\s+)?vat)|(?P<gross>brutto(?:\s+(?:pln|zł))?)|"
    r"(?P<other>zapłacono|wpłacono|zaliczka|(?:pozostaje|pozostało)\s+do\s+zapłaty))\s*:?(?=\s|$)\s*"
)


def _bare_key(bare: re.Match[str]) -> str:
    """The total a bare label names: netto and "kwota bez podatku" the net, brutto the gross."""
    return {"n": "net", "k": "net", "b": "gross"}.get(bare.group("label")[0].casefold(), "vat")


def _totals_strip(text: str) -> list[str | None] | None:
    """A line of totals labels only ("Netto   VAT   Brutto   Zapłacono   Pozostaje do zapłaty"), net and
    gross among them: the key of the total printed under each label, in order."""
    found: list[str | None] = []
    pos = 0
    while pos < len(text):
        m = _STRIP_LABEL.match(text, pos)
        if m is None:
            return None
        found.append(None if m.lastgroup == "other" else m.lastgroup)
        pos = m.end()
    keys = [k for k in found if k is not None]
    return found if len(found) >= 3 and {"net", "gross"} <= set(keys) and len(keys) == len(set(keys)) else None


def parse_items(lines: list[Line], correction: bool, *, gross_document: bool = False, ocr: bool = False) -> Tables:
    """Items of every table section, the per-rate summary, totals lines, and where the tables end."""
    reader = _TableReader(correction=correction, gross_document=gross_document, ocr=ocr)
    for index, line in enumerate(lines):
        reader.next_raw = lines[index + 1].raw if index + 1 < len(lines) else ""
        reader.feed(index, line)
    return reader.finish()


@dataclass
class _TableReader:
    """Reads the document line by line: where item tables start and end, their rows (with wrapped
    names and correction sections), and the per-rate summary and totals around them.

    Each step is one method; `feed` only dispatches a line to them.
    """

    correction: bool
    gross_document: bool
    rows: list[_Pending] = dataclasses.field(default_factory=list)
    summary: list[VatSummary] = dataclasses.field(default_factory=list)
    sections: list[_Section] = dataclasses.field(default_factory=lambda: [_Section([], [])])
    section_rows: list[list[_Pending]] = dataclasses.field(default_factory=lambda: [[]])
    labelled: dict[str, Decimal] = dataclasses.field(default_factory=dict)
    in_table: bool = False
    mode: str = "after"  # correction sections: "before", "after", "diff"
    pending: list[str] = dataclasses.field(default_factory=list)  # name lines waiting for their figures
    pending_pos: int | None = None
    last: _Pending | None = None  # the row a wrapped name line continues
    last_position: int = 0
    rows_in_table: int = 0
    gross_priced: bool = False
    summary_partial: bool = False
    table_end: int = 0
    # Column ranges (character grid) of classification codes and symbols (PKWiU, CN, GTU, Symbol):
    # their cells are kept out of item names.
    code_columns: list[tuple[int, int]] = dataclasses.field(default_factory=list)
    # The rate column of a till's or a shop's ERP ("PTU": "A", "D"): a rate group's letter, never a name's.
    letter_columns: list[tuple[int, int]] = dataclasses.field(default_factory=list)
    unit_columns: list[tuple[int, int]] = dataclasses.field(default_factory=list)
    # How the rows print their Lp ("9." at column 1): a wrapped name line "10 instancji)" under the
    # name column is not row 10.
    lp_indent: int | None = None
    lp_dot: bool | None = None
    names_above: bool = False  # the rows' names start on the line above the Lp and the figures
    pending_indent: int = 0  # where a waiting name line starts in its raw line
    name_column: int = -1  # where the last row's name starts in its raw line
    name_word_column: int = -1  # where its first word of letters starts
    table_left: int | None = None  # where a header printed right of a sidebar starts
    raw: str = ""
    strip: list[str | None] | None = None  # a strip of totals labels waiting for its values
    # Where (character column) the rows' net and gross amounts end: a totals row that leaves a
    # column empty ("Razem   1 985,31        2 441,93", no VAT) is read by these columns.
    amount_ends: dict[str, int] = dataclasses.field(default_factory=dict)
    # row suffix letter → the state before the correction (True) or after (False), from a legend
    suffixes: dict[str, bool] = dataclasses.field(default_factory=dict)
    ocr: bool = False
    next_raw: str = ""  # the line after the one being read
    header_name: int = -1  # where the header's name heading starts

    def feed(self, index: int, line: Line) -> None:
        line = _beside_sidebar(line, self.table_left if self.in_table else None)
        self.raw = line.raw
        text = line.text
        if line.raw == "\f" or (text and _PAGE_HEADER.match(text)):
            self.pending, self.last = [], None  # a name never wraps across pages or page headers
            return
        if not text or _BROWSER_FURNITURE.match(text) or self._totals_strip_line(index, line):
            return
        amounts = find_amounts(text)
        if self.correction and len(text) < 140:
            marked = self._correction_marker(text, amounts)
            if marked is None:
                return
            text = marked
        if _ITEMS_HEADER.search(text) and not amounts:
            self._start_table(text)
            return
        if self.in_table and not self.rows_in_table and not amounts and _HEADER_TAIL.fullmatch(text):
            # the header's second line ("brutto   brutto" under "Cena   Wartość"): gross-priced
            self.gross_priced = self.gross_priced or ("brutto" in text.casefold() and "netto" not in text.casefold())
            return
        if _SKIP_ROW.search(text):
            return
        if not self.in_table and amounts and _numbered_item_row(text):
            # The header was unreadable (a low-resolution photo): a numbered row with quantity × price
            # is an item, never a VAT-summary row, which has neither.
            self.in_table, self.gross_priced = True, False
            self.pending, self.last = [], None
        if self._table_ends(index, text, amounts):
            return
        if not self.in_table:
            self._outside_table(text, amounts)
            return
        labelled = any(p.search(text) for p in _LABELLED_TOTALS.values())
        if _TABLE_END.search(text) or labelled:
            # A totals block under the table ("Wartość netto 41383,09 PLN") ends it.
            self.in_table, self.pending, self.last = False, [], None
            self.table_end = index
            if labelled and len(amounts) == 1:
                self._outside_table(text, amounts)
                return
        if _column_numbers(text):
            return  # "1 2 3 … 10" under a form's header: the columns' numbers, not a row
        text = self._without_codes(line.raw, text)
        if text:
            self._table_line(index, text, amounts)

    def _without_codes(self, raw: str, text: str) -> str:
        """The line without its code columns' cells; empty when it holds nothing else (a code's wrapped
        rest, its heading's next line: "formularza", "cenowego")."""
        # a rate group's letter under "PTU" ("D"): only a cell of that shape, a name running wide keeps its words
        for lo, hi in self.letter_columns:
            cell = next(
                (c for c in cells(raw) if lo <= c.start and c.end <= hi and re.fullmatch(r"[A-G]", c.text)), None
            )
            if cell is not None:
                text = " ".join(re.sub(rf"(?<=\s){cell.text}(?=\s|$)", "", text, count=1).split())
        text = _unit_after_count(raw, text, self.unit_columns)
        if not self.code_columns:
            return text
        if _only_code_cells(raw, self.code_columns):
            return ""
        return _without_cells(raw, text, self.code_columns, self.header_name)

    def _totals_by_columns(self, amounts: list[tuple[int, int, Decimal]]) -> bool:
        """A totals row of two amounts that do not add up to a third, each under the rows' net or
        gross column: that column's total (the VAT is their difference); True when used up."""
        if len(amounts) != 2 or {"net", "gross"} - self.amount_ends.keys() or _totals_triple(self.raw):
            return False
        placed = find_amounts(self.raw)
        if len(placed) != 2:
            return False
        (_, net_end, net), (_, gross_end, gross) = placed
        if abs(net_end - self.amount_ends["net"]) > 2 or abs(gross_end - self.amount_ends["gross"]) > 2:
            return False
        if not 0 < net <= gross:
            return False
        self.sections[-1].totals.append((net, gross - net, gross))
        self.in_table, self.pending, self.last = False, [], None
        return True

    def _amount_columns(self, row: Row) -> None:
        """Remember where this row prints its net and gross (the last cell holding each value)."""
        placed = find_amounts(self.raw)
        for key, value in (("net", row.net), ("gross", row.gross)):
            ends = [end for _, end, v in placed if value is not None and v == value]
            if ends:
                self.amount_ends[key] = ends[-1]

    def _totals_strip_line(self, index: int, line: Line) -> bool:
        """ "Netto   VAT   Brutto   Zapłacono   Pozostaje do zapłaty", the amounts on the next line; True
        when the line is used up."""
        strip, self.strip = self.strip, None
        if strip is not None and self._strip_values(strip, line):
            return True
        labels = _totals_strip(line.text) if not find_amounts(line.text) else None
        if labels is None:
            return False
        if self.in_table:
            self.in_table, self.pending, self.last = False, [], None
            self.table_end = index
        self.strip = labels
        return True

    def _strip_values(self, strip: list[str | None], line: Line) -> bool:
        """The amounts on the line under a strip of totals labels, one for each label in order (OCR's
        "460 ,00" would shift any column check); True when used up."""
        amounts = find_amounts(line.text)
        if len(amounts) != len(strip):
            return False
        rest = line.text
        for start, end, _ in reversed(amounts):
            rest = rest[:start] + rest[end:]
        rest = re.sub(r"(?i)\b(?:zł|pln|eur)\b", "", rest)
        if sum(not ch.isspace() for ch in rest) > len(amounts):
            return False  # a line of amounts only (OCR may leave a speck): not some other line
        for (_start, _end, value), key in zip(amounts, strip, strict=True):
            if key is not None and key not in self.labelled:
                self.labelled[key] = value
        return True

    def _correction_marker(self, text: str, amounts: list[tuple[int, int, Decimal]]) -> str | None:
        """A "przed korektą / po korekcie / różnica" marker: a new section (None: the line is used up),
        or a row marked in place (the row's text returned)."""
        legend = {m.group("letter").casefold(): m.group("state").casefold() for m in _SUFFIX_LEGEND.finditer(text)}
        if not amounts and len(set(legend.values())) >= 2:
            self.suffixes = {k: v in ("przed", "było") for k, v in legend.items()}
            return None  # the legend itself is no section of rows
        suffixed = _SUFFIXED_LP.match(text) if self.suffixes else None
        if suffixed and amounts and suffixed.group("letter").casefold() in self.suffixes:
            # "1a  Zasilacz …" / "1b  Zasilacz …": the row's state by the legend, its Lp the number
            self.mode = "before" if self.suffixes[suffixed.group("letter").casefold()] else "after"
            number = re.sub(r"[lI|]", "1", suffixed.group("lp"))
            return suffixed.group("pre") + number + text[suffixed.end() :]
        bare = _BARE_STATE.match(text) if amounts and (self.in_table or _numbered_item_row(text)) else None
        if bare is not None:
            # "1  przed  Punkt dostępowy …  3 szt. …" / "po  Punkt …": a state column between the Lp and the name
            self.mode = "before" if bare.group("state").casefold() == "przed" else "after"
            return (bare.group("lp") or "") + text[bare.end() :]
        new_mode = None
        if _BEFORE.search(text):
            new_mode = "before"
        elif _AFTER.search(text):
            new_mode = "after"
        elif not amounts:
            new_mode = _garbled_state(text)
        elif _DIFF.search(text) and not (len(amounts) == 1 and any(p.search(text) for p in _LABELLED_TOTALS.values())):
            # "Różnica wartości netto 5.546,19-": the correction's total, not a section of rows
            new_mode = "diff"
        marker = _ROW_MARKER.match(text)
        if new_mode and marker and amounts and self.in_table:
            # "1 Było: Toner HP 2 szt. …" / "Jest: …": a row marked in place, not a section.
            row_text = (marker.group("lp") or "") + text[marker.end() :]
            probe = parse_row(row_text)
            if probe is not None and (probe.qty is not None or probe.vat_rate is not None):
                self.mode = new_mode
                return row_text
        if not new_mode:
            return text
        self.mode = new_mode
        self.sections.append(_Section([], []))
        self.section_rows.append([])
        self.pending, self.last, self.last_position = [], None, 0
        # "Przed korektą 29 631,00 6 815,13 36 446,13" in a summary: that section's totals.
        triple = _totals_triple(text) if amounts else None
        if triple and _DECREASE.match(text) and all(v > 0 for v in triple):
            triple = (-triple[0], -triple[1], -triple[2])  # "Zmniejszenie  100,00  23,00  123,00"
        if triple:
            self.sections[-1].totals.append(triple)
            self.in_table = False
        return None

    def _start_table(self, text: str) -> None:
        self.code_columns = code_columns(self.raw)
        self.letter_columns = _rate_letter_columns(self.raw)
        self.unit_columns = _unit_first_columns(self.raw)
        heading = next((c for c in cells(self.raw) if _NAME_HEADING.search(c.text)), None)
        self.header_name = heading.start if heading is not None else -1
        first = cells(self.raw)[0].start if self.raw.strip() else 0
        self.table_left = first if first >= _SIDEBAR_WIDTH else None
        self.in_table = True
        self.pending, self.last = [], None
        self.last_position = self.rows_in_table = 0
        # A table priced only in gross ("Cena brutto … Wartość brutto", no netto column).
        # OCR garbles the word ("bruiio"); "w cenach brutto" elsewhere on the page says the same.
        self.gross_priced = not re.search(r"(?i)netto", text) and (
            self.gross_document or bool(re.search(r"(?i)\bbr[a-z]{3,4}\b", text))
        )

    def _table_ends(self, index: int, text: str, amounts: list[tuple[int, int, Decimal]]) -> bool:
        """Close the table at a summary, a trailer or a summary header; True when the line is used up."""
        if self.in_table and self.rows_in_table and _SECTION_SUBTOTAL.match(text):
            # "Razem Sprzęt:  157.983,89  194.320,18": one section's sum, the table goes on
            self.pending, self.last = [], None
            return True
        if self.in_table and _TOTAL_LINE.match(text) and self._totals_by_columns(amounts):
            self.table_end = index
            return True
        bare = _BARE_TOTAL.fullmatch(text) if self.in_table and self.rows_in_table else None
        if bare is not None:
            # "Netto   9 677,74" / "VAT 23%   2 225,88" / "Brutto  11 903,62" under the table: its
            # totals, never a wrapped name
            self.in_table, self.pending, self.last = False, [], None
            self.table_end = index
            self.labelled.setdefault(_bare_key(bare), amounts[-1][2])
            return True
        if self.in_table and (_SUMMARY_START.match(text) or _RATE_SUM_START.search(text)):
            self.in_table = False
            self.table_end = index
        if self.in_table and _TRAILER.match(text):
            self.in_table, self.pending, self.last = False, [], None
        vat_heading = re.search(r"(?i)\bVAT\b", text) and _HEADER_WORDS.search(text)
        if self.in_table and not amounts and vat_heading and self.rows_in_table:
            # A summary header OCR garbled beyond recognition still names its VAT columns.
            self.in_table = False
            self.table_end = index
            return True
        return False

    def _worded_rate_sum(self, text: str) -> bool:
        """One rate's sums written out ("…netto (23%): 82119.00 podatek: 18887.37"); True when used up."""
        worded = _KSEF_RATE_SUM.search(text) or _WORDED_RATE_SUM.search(text)
        if worded is None and _RATE_SUM_START.search(text):
            self.summary_partial = True  # "…netto (23%): 82119.00 podate<: 18887.:17": a misread rate line
            return True
        if worded is None:
            return False
        net, vat = parse_amount(worded.group("net")), parse_amount(worded.group("vat"))
        if net is None or vat is None:
            self.summary_partial = True
            return True
        self.summary.append(VatSummary(worded.group("rate"), net, vat, net + vat))
        return True

    def _outside_table(self, text: str, amounts: list[tuple[int, int, Decimal]]) -> None:
        """Per-rate summary rows, totals lines and labelled totals below the tables."""
        if self._worded_rate_sum(text):
            return
        triple = _totals_triple(text) if amounts else None
        rate_m = [t for t in text.split() if RATE_RE.match(t)]
        unread = not self.summary and not any(section.totals for section in self.sections)
        if triple is None and len(amounts) == 3 and (rate_m or (_TOTAL_LINE.match(text) and unread)):
            # A per-rate row, or the only "Suma" row, whose figures do not add up (OCR misread one): kept
            # as printed, so the checks say so or the lines and the other two totals agree on the misread one.
            triple = (amounts[0][2], amounts[1][2], amounts[2][2])
        if triple:
            if rate_m and not _TOTAL_LINE.match(text):
                rate = normalise_rate(rate_m[0])
                if rate:
                    self.summary.append(VatSummary(rate, *triple))
            elif _TOTAL_LINE.match(text) or re.search(r"(?i)\brazem\b", text):
                self.sections[-1].totals.append(triple)
        elif len(amounts) == 1:
            bare = _BARE_TOTAL.fullmatch(text)
            if bare is not None:
                self.labelled.setdefault(_bare_key(bare), amounts[0][2])
            for key, label in _LABELLED_TOTALS.items():
                if label.search(text) and key not in self.labelled:
                    self.labelled[key] = amounts[0][2]
            specific = any(label.search(text) for label in _LABELLED_TOTALS.values())
            if _TOTAL_LINE.match(text) and "total" not in self.labelled and not specific:
                self.labelled["total"] = amounts[0][2]  # "Razem: 2 500,00 zł" of a document without VAT
        elif amounts:
            # "Łącznie przepracowano: 33,5 godz.    Netto: 5 455,50 zł": the amount right after the label
            for key, label in _LABELLED_TOTALS.items():
                found = label.search(text)
                after = [a for a in amounts if found is not None and a[0] >= found.end()]
                if found and key not in self.labelled and len(after) == 1:
                    self.labelled[key] = after[0][2]

    def _table_line(self, index: int, text: str, amounts: list[tuple[int, int, Decimal]]) -> None:
        row = parse_row(text, gross_priced=self.gross_priced)
        lp = re.match(r"^\s*(\d{1,3})[.)]?\s+(?=\S)", text)
        if row is None or (row.net is None and row.gross is None):
            self._not_a_row(text, amounts, lp)
            return
        self._add_row(index, text, row, lp)

    def _not_a_row(self, text: str, amounts: list[tuple[int, int, Decimal]], lp: re.Match[str] | None) -> None:
        """A table line without a row's figures: a name's first line, its continuation, or a row OCR mangled."""
        if not amounts and SECTION_HEADING.match(text.strip()) and not re.match(r"\s*\d", text):
            self.pending = []  # "B. USŁUGI": the next section of the table, no part of a name
            return
        # Money carries grosze: "23,8\"" in a name ("Monitor 23,8\" QHD") is not a figure of the row, nor
        # is a date's day and month ("okres subskrypcji 01.07.2026–30.06.2027").
        dated = [(at, at + len(printed)) for at, _, printed in find_date_spellings(text)]
        amounts = [
            a
            for a in amounts
            if re.search(r"\d[,.]\d{2}$", text[a[0] : a[1]]) and not any(s <= a[0] < e for s, e in dated)
        ]
        if lp and not amounts and int(lp.group(1)) in (self.last_position + 1, 1) and self._looks_like_lp(lp):
            # A number opening a line is the Lp only when it continues the numbering ("512 GB SSD" is not).
            self.pending = [text[lp.end() :]]
            self.pending_pos = int(lp.group(1))
            self.last = None
        elif self.pending:
            self.pending.append(text)
        elif not lp and not amounts and (self.last is None or self.names_above) and _name_text(text):
            # A name printed above its row, the Lp and the figures on the row's last line (a form with
            # the Lp centred in a tall cell): the line waits for its row.
            self.pending, self.pending_pos, self.last = [text], None, None
            self.pending_indent = len(self.raw) - len(self.raw.lstrip())
        elif lp and amounts and int(lp.group(1)) == self.last_position + 1:
            # A numbered row whose figures OCR mangled: keep the item, its values unknown.
            cut = re.search(r"\s\d+(?:[,.]\d+)?\s+[a-ząćęłńóśźż.\-]{1,6}\s+[-\d]", text[lp.end() :])
            end = lp.end() + cut.start() if cut else amounts[0][0]
            unknown = Row(0, None, None, None, None, None, None, None, None, 0)
            self.last = _Pending(unknown, text[lp.end() : end], int(lp.group(1)), self.mode == "before")
            self.last_position += 1
            self.rows.append(self.last)
            self.section_rows[-1].append(self.last)
        elif self.last is not None and _wrapped_gross(self.last, text):
            last = self.last
            last.row = dataclasses.replace(last.row, gross=last.row.net + last.row.vat)  # type: ignore[operator]
            last.name = f"{last.name} {text[: find_amounts(text)[-1][0]]}"
        elif self.last is not None and len(amounts) <= 1 and not _header_words_only(text):
            if not self._under_the_name() or self._heading_far_right(text):
                self.last = None  # a note printed across the page under the table, not the name's next line
                return
            if (
                self.last.described
                or self._indented_under_the_name()
                or LABELLED_NOTE.match(text)
                or _remark_under(self.last.name, text)
            ):
                # the item's specification in smaller type, indented under its name ("Procesor: …",
                # "Gwarancja: 36 mies."): a description, not the name's wrapped rest
                self.last.described = True
                return
            self.last.name = f"{self.last.name} {text}"
            self.last.wrapped.append(text)

    def _indented_under_the_name(self) -> bool:
        """The line starts a little right of where the row's name starts (a name wraps flush with its
        first line; a description under it is indented). OCR places words to a character or so."""
        indent = len(self.raw) - len(self.raw.lstrip())
        start = self.name_word_column
        if 0 <= start < self.header_name <= start + 2:
            start = self.header_name  # a row's name printed a character left of the heading's column
        return described(start, indent, self.next_raw, ocr=self.ocr)

    def _under_the_name(self) -> bool:
        """A wrapped name's next line starts in the name column; a line starting far left of a name
        column well inside the table ("zw – zwolnienie: art. 43 …" under "3  szt.  EZD-961  Publikacja")
        is something else."""
        indent = len(self.raw) - len(self.raw.lstrip())
        return self.name_column < _NAME_COLUMN_INSIDE or indent >= self.name_column - 8

    def _heading_far_right(self, text: str) -> bool:
        """ "Kwota" alone far right of the name column: the heading of a totals block, not a name's word."""
        indent = len(self.raw) - len(self.raw.lstrip())
        return len(text.split()) == 1 and bool(_HEADER_WORD.match(text)) and indent > self.name_column + 40

    def _above_the_name(self, lp: re.Match[str] | None) -> bool:
        """The waiting line starts where this row's name starts: it is the name's first line."""
        if lp is None:
            return False
        name_start = len(self.raw) - len(self.raw.lstrip())
        after_lp = re.match(r"\s*\d{1,3}[.)]?\s+", self.raw)
        if after_lp:
            name_start = after_lp.end()
        return abs(self.pending_indent - name_start) <= 3

    def _looks_like_lp(self, lp: re.Match[str]) -> bool:
        if self.lp_indent is None or self.last_position == 0:
            return True
        indent = len(self.raw) - len(self.raw.lstrip())
        dot = lp.group(0).strip().endswith((".", ")"))
        return indent <= self.lp_indent + 2 and (self.lp_dot is None or dot == self.lp_dot)

    def _add_row(self, index: int, text: str, row: Row, lp: re.Match[str] | None) -> None:
        qty_first = _QTY_FIRST.match(text)
        if (
            qty_first
            and row.qty is not None
            and parse_amount(qty_first.group("qty")) == row.qty
            and qty_first.end() <= row.name_end  # "2  szt.  2  3 201,67 …": the Lp, the unit, the figures
        ):
            # "3  szt.  Publikacja …": the quantity and its unit before the name, not an Lp
            lp = None
            row = dataclasses.replace(row, unit=row.unit or qty_first.group("unit").lower())
            text = text[qty_first.end() :]
            row = dataclasses.replace(row, name_end=row.name_end - qty_first.end())
        if lp:
            self.lp_indent = len(self.raw) - len(self.raw.lstrip())
            self.lp_dot = lp.group(0).strip().endswith((".", ")"))
        name = text[: row.name_end]
        position = None
        if lp and lp.end() <= row.name_end:
            position = int(lp.group(1))
            name = text[lp.end() : row.name_end]
        own = _without_times(name, row.qty).strip()
        if self.pending and self.pending_pos is None and own and not self._above_the_name(lp):
            # a line elsewhere above the row (a header's second line), not its name; a row printing no
            # name of its own takes the lines above it wherever they start
            self.pending = []
        above: list[str] = []
        if self.pending:
            self.names_above = self.names_above or (self.pending_pos is None and lp is not None)
            if self.pending_pos is None and not name.strip():
                above = list(self.pending)  # the whole name above a row printing none on its own line
            name = " ".join([*self.pending, name])
            position = position or self.pending_pos
            self.pending = []
        name = _without_times(name, row.qty)
        if not name.strip() and not lp:
            return
        if (
            not name.strip()
            and self.last is not None
            and self.last.wrapped
            and self.last.name.endswith(" ".join(self.last.wrapped))
        ):
            # "1  Licencja … 20 …" / "Komputer stacjonarny HP …" / "2   szt. 2 …" / "512GB W11P": a row
            # printing its Lp and figures without a name – the line above was its name, not the last
            # row's continuation
            moved = self.last.wrapped
            self.last.name = self.last.name[: len(self.last.name) - len(" ".join(moved))].rstrip()
            self.last.wrapped = []
            name = " ".join(moved)
            above = list(moved)
        first_word = name.split()[0] if name.split() else ""
        self.name_column = self.raw.find(first_word) if first_word else -1
        # where the name's first real word starts (not a speck OCR read for the Lp or a border: "J", "-")
        word = next((w for w in name.split() if len(w) >= 2 and re.search(r"[^\W\d_]", w)), "")
        found = re.search(rf"(?<!\S){re.escape(word)}", self.raw) if word else None
        self.name_word_column = found.start() if found else -1
        self.last_position = position or self.last_position + 1
        self.rows_in_table += 1
        self.table_end = index
        self._amount_columns(row)
        if self.mode == "diff":
            self.last = None
            return
        self.last = _Pending(row, name, position, self.mode == "before", text, above=above)
        self.rows.append(self.last)
        self.section_rows[-1].append(self.last)

    def _centred_names(self) -> None:
        """Names centred in tall cells around their row's figures ("Router LTE … z anteną" / "2.  szt. 20 …"
        / "zewnętrzną"): the last row's name goes on under its figures, so each row's name does. The lines
        between two rows are split so that each name has as many lines under its figures as above
        (or one fewer), instead of all going to the next row."""
        for prev, row in itertools.pairwise(self.rows):
            if len(row.above) < 2 or not prev.above:
                continue
            under = min(len(prev.above), len(row.above) - 1)
            if under <= 0:
                continue
            moved, row.above = row.above[:under], row.above[under:]
            prev.name = f"{prev.name} {' '.join(moved)}"
            row.name = row.name.removeprefix(" ".join(moved)).strip()

    def finish(self) -> Tables:
        if self.rows and self.rows[-1].above and self.rows[-1].wrapped:
            self._centred_names()  # the last name, begun above its figures, goes on under them
        if self.pending and self.rows and self.pending_pos is None and self.names_above:
            self.rows[-1].name = f"{self.rows[-1].name} {' '.join(self.pending)}"  # no row came: the last one's
        for pending in self.rows:
            _rate_in_name(pending, self.gross_priced)
        items = [_make_item(r.row, r.name, r.position, r.before) for r in self.rows]
        by_id = {id(r): item for r, item in zip(self.rows, items, strict=True)}
        for section, members in zip(self.sections, self.section_rows, strict=True):
            section.items.extend(by_id[id(r)] for r in members)
        return Tables(items, self.summary, self.sections, self.table_end, self.labelled, self.summary_partial)


_NAME_HEADING = re.compile(
    r"(?i)^(?:nazwa|opis|towar|przedmiot|asortyment|artyku[łl]|(?:service|description|item|product)\b)"
)


def _beside_sidebar(line: Line, left: int | None) -> Line:
    """A table line without the leading cells that end left of the table's header (a sidebar of
    parties printed beside the table); an Lp cell stays."""
    if left is None:
        return line
    row = cells(line.raw)
    dropped = list(itertools.takewhile(lambda c: c.end < left - 2 and not re.fullmatch(r"\d{1,3}[.)]?", c.text), row))
    words = line.text.split()
    count = sum(len(c.text.split()) for c in dropped)
    if not dropped or len(words) != len(line.raw.split()):
        return line
    kept = row[len(dropped)].start if len(dropped) < len(row) else len(line.raw)
    return Line(" " * kept + line.raw[kept:], " ".join(words[count:]))


# A column's formula beside its number: "6 = 4×5", "9 = 6+8", "(4x5)"
_COLUMN_FORMULA = re.compile(r"\s*=?\s*\(?\d{1,2}\s*[×x*+\-–]\s*\d{1,2}\)?")


def _column_numbers(text: str) -> bool:
    """ "1 2 3 4 5 6 7 8 9 10": a form's column numbers under its header, some with the formula that fills
    the column ("6 = 4×5", "9 = 6+8")."""
    numbers = _COLUMN_FORMULA.sub(" ", re.sub(r"(\d)\s*=\s*", r"\1 =", text)).replace("=", " ").split()
    if len(numbers) < 4 or not all(n.isdigit() for n in numbers):
        return False
    in_place = sum(int(n) == k for k, n in enumerate(numbers, start=1))
    # OCR may misread one of many ("1 2 3 4 5 6 7 8 3")
    return in_place == len(numbers) or (len(numbers) >= 7 and in_place >= len(numbers) - 1)


_NOT_A_NAME = re.compile(
    r"(?i)\b(?:netto|brutto|kwota|podatk\w*|stawk\w*|zł|wartość|cena|ilość|j\.\s?m|jedn\w*|pkwiu|nazwa|lp|vat|razem|"
    r"suma|ogółem|strona|str\.)\b"
)


def _name_text(text: str) -> bool:
    """A line that can be (part of) an item's name: words, and no header or totals vocabulary."""
    return bool(re.search(r"[^\W\d_]{3,}", text)) and not _NOT_A_NAME.search(text)


_HEADER_WORD = re.compile(
    r"(?i)^(?:netto|brutto|vat|mwst\.?(?:-satz)?|ust\.?|stawka|satz|kwota|wartość|razem|summe|betrag|%|zł|pln|eur|"
    # "Jednostki" printed under a row's quantity: the unit column's caption of a foreign ERP
    r"jednostki|units?)$"
)


def _header_words_only(text: str) -> bool:
    """ "MwSt.-Satz Netto MwSt. Brutto": a summary table's heading under the last row, not its name."""
    words = text.split()
    return len(words) >= 2 and sum(bool(_HEADER_WORD.match(w)) for w in words) >= len(words) - 1


_CODE_HEADER = re.compile(
    r"(?i)^(?:(?:kod\s+|symbol\s+)?(?:pkwiu|pkob|cn|gtu|sww|ean|cpv)|symbol|indeks|index|kod(?:\s+towaru)?|"
    # a re-invoice's source document, a contract's price-form position: references, not the name
    r"nr\s+katalogowy|oznaczenie|dokument(?:\s+(?:źródłowy|zrodlowy|kosztowy))?|faktura\s+(?:źródłowa|kosztowa)|"
    r"źródło|podstawa|nr\s+dokumentu)\.?$"
)
_QTY_HEADING = re.compile(r"(?i)^(?:ilo[śs][ćc]|il\.|liczba|quantity|qty|menge)\b")
_UNIT_HEADING = re.compile(r"(?i)^(?:j\.?\s?m\.?|jedn(?:ostka)?\.?(?:\s+miary)?|meter|unit|uom|einheit)$")
_LP_HEADING = re.compile(r"(?i)^(?:l\.?\s?p\.?|nr|no\.?|poz\.?|#)$")


def _rate_letter_columns(raw: str) -> list[tuple[int, int]]:
    """Column ranges of a rate heading ("PTU", "VAT", "St."), widened to its neighbours' edges."""
    heads = cells(raw)
    out = []
    for k, cell in enumerate(heads):
        if re.fullmatch(r"(?i)ptu|vat|st\.?|stawka(?:\s+(?:vat|ptu))?", cell.text.strip()):
            lo = heads[k - 1].end if k else 0
            hi = heads[k + 1].start if k + 1 < len(heads) else cell.end + 6
            out.append((lo, hi))
    return out


def _unit_after_count(raw: str, text: str, columns: list[tuple[int, int]]) -> str:
    """ "… IPv4  h  720,000  0,0184": a unit printed before its count is put after it, where the rows'
    reading takes it ("720,000 h"), instead of staying in the name; a unit they do not know is dropped."""
    row = cells(raw)
    for lo, hi in columns:
        k = next((k for k, c in enumerate(row) if lo <= c.start and c.end <= hi), None)
        if k is None or k + 1 >= len(row) or not re.fullmatch(r"[^\W\d][\w.\-/]{0,9}", row[k].text):
            continue
        unit, count = row[k].text, row[k + 1].text.strip()
        if re.fullmatch(r"\d[\d\s]*(?:[,.]\d+)?", count):
            # a unit the rows know goes after its count; one they do not ("GB-mies.") is dropped
            moved = f" {count} {unit} " if UNIT_RE.match(unit.rstrip(".")) else f" {count} "
            text = (text + " ").replace(f" {unit} {count} ", moved, 1).strip()
    return text


def _unit_first_columns(raw: str) -> list[tuple[int, int]]:
    """The range of a unit column printed between the name and the quantity ("Service  Meter  Quantity"):
    the rows' reading expects the unit after the count, so a unit there would stay in the name."""
    heads = cells(raw)
    name = next((k for k, c in enumerate(heads) if _NAME_HEADING.search(c.text.strip())), -1)
    qty = next((k for k, c in enumerate(heads) if _QTY_HEADING.match(c.text.strip())), -1)
    return [
        (heads[k - 1].end, heads[k + 1].start)
        for k in range(name + 1, qty)
        if name >= 0 and _UNIT_HEADING.match(heads[k].text.strip())
    ]


def code_columns(raw: str) -> list[tuple[int, int]]:
    """Column ranges of an items header's code columns (PKWiU, CN, GTU, Symbol, the source document…),
    by header cells; also any heading between the Lp and the name ("Lp. | Poz. formularza | Przedmiot"):
    a column of its own left of the name is never part of it."""
    heads = cells(raw)
    name = next((k for k, c in enumerate(heads) if _NAME_HEADING.search(c.text.strip())), -1)
    out = []
    for k, cell in enumerate(heads):
        text = cell.text.strip()
        between = 0 < k < name and _LP_HEADING.match(heads[0].text.strip()) is not None
        if _CODE_HEADER.match(text) or between:
            lo = max(heads[k - 1].end if k else 0, cell.start - 3)
            hi = heads[k + 1].start if k + 1 < len(heads) else cell.end + 12
            out.append((lo, hi))
    return out


def _only_code_cells(raw: str, columns: list[tuple[int, int]]) -> bool:
    found = cells(raw)
    return bool(found) and all(
        any(lo <= (c.start + c.end) / 2 <= hi + 1 for lo, hi in columns) and not re.search(r"[,.]\d{2}$", c.text)
        for c in found
    )


def _without_cells(raw: str, text: str, columns: list[tuple[int, int]], name_at: int = -1) -> str:
    """The line's text without the cells centred in a code column."""
    for cell in cells(raw):
        centre = (cell.start + cell.end) / 2
        column = next(((lo, hi) for lo, hi in columns if lo <= centre <= hi + 1), None)
        if column is not None and not re.search(r"[,.]\d{2}$", cell.text):
            piece = " ".join(cell.text.split())
            at = text.find(piece)
            # never the line's start (the Lp or a name's first word), unless the column lies right of
            # the name's: a source document's wrapped rest alone on its line
            if at > 0 or (at == 0 and 0 <= name_at < column[0]):
                text = (text[:at].rstrip() + " " + text[at + len(piece) :].lstrip()).strip()
    return text


def _numbered_item_row(text: str) -> bool:
    if not re.match(r"^\s*\d{1,3}[.)]?\s+[^\W\d_]", text) or _TOTAL_LINE.match(text):
        return False
    row = parse_row(text)
    return row is not None and row.qty is not None and row.net is not None and row.unit_net is not None


def _wrapped_gross(last: _Pending, text: str) -> bool:
    """A gross value too wide for its column, wrapped to the next line ("105." then "263,40")."""
    row = last.row
    if row.gross is not None or row.net is None or row.vat is None:
        return False
    amounts = find_amounts(text)
    if not amounts:
        return False
    expected = f"{row.net + row.vat:.2f}"
    tail = f"{amounts[-1][2]:.2f}"
    return expected.endswith(tail) and expected != tail


def _pay_amount(lines: list[Line]) -> Decimal | None:
    for index, line in enumerate(lines):
        m = _PAY_LINE.search(line.text)
        if m and not re.search(r"(?i)pozosta|zapłacono|wpłacono|termin", line.text[: m.start()]):
            amounts = find_amounts(line.text[m.end() :]) or _amount_below(lines, index, m)
            if amounts:
                value = amounts[0][2]
                # "Do zwrotu: 123,00" is money going back to the buyer: a negative gross.
                return -value if "zwrot" in m.group(0).lower() and value > 0 else value
    return None


def _amount_below(lines: list[Line], index: int, label: re.Match[str]) -> list[tuple[int, int, Decimal]]:
    """ "Razem do zapłaty" ending its line, the amount alone on the next line, under or right of it."""
    if label.end() < len(lines[index].text.rstrip(" :")):
        return []
    span = raw_span(lines[index], label.start(), label.end() - label.start())
    if span is None:
        return []
    # a sidebar left of the totals interleaves its own lines ("sprzedaży: 09.11.2026"): they end left of
    # the label and are passed over
    for below in [f for f in lines[index + 1 : index + 4] if f.text][:2]:
        amounts = find_amounts(below.text)
        at = raw_span(below, amounts[0][0], amounts[0][1] - amounts[0][0]) if len(amounts) == 1 else None
        if at is not None and at[1] >= span[0]:
            return amounts
        if len(below.raw.rstrip()) > span[0]:
            return []  # something else under the label
    return []


def _words_amount(lines: list[Line]) -> Decimal | None:
    for index, line in enumerate(lines):
        m = _WORDS_LINE.search(line.text)
        if m:
            text = line.text[m.end() :]
            if index + 1 < len(lines) and not re.search(r"\d{1,2}/100|grosz", text):
                text += " " + lines[index + 1].text
            return parse_words(text)
    return None


def detect_correction_ref(lines: list[Line]) -> tuple[str | None, date | None, str | None]:
    number = None
    issued = None
    reason = None
    ref_re = re.compile(
        r"(?i)(?:do\s+faktury(?:\s+vat)?|faktur[ay]\s+korygowan[aej]+|dotyczy\s+faktury(?:\s+vat)?|"
        r"korekta\s+do\s+faktury|dokument\s+korygowany|korygowany\s+dokument|korekty\s+do)\s*(?:nr|numer)?\.?\s*:?\s*"
        r"(?P<num>(?:[A-Z]{1,6}\s(?=[\w/\-.]*\d))?[A-Z0-9][\w/\-.]*\d[\w/\-.]*)"
    )
    for line in lines:
        m = ref_re.search(line.text)
        if m and number is None:
            number = m.group("num").rstrip(".,")
            dates = find_dates(line.text[m.end() :])
            if dates:
                issued = dates[0][1]
        r = re.search(r"(?i)(?:przyczyna|powód)\s+korekty\s*:?\s*(?P<why>.+)", line.text)
        if r and reason is None:
            reason = r.group("why").strip()
    return number, issued, reason


# The title of a rachunek (issued by sellers outside VAT, art. 113), never its bank-account line.
RACHUNEK_TITLE = re.compile(
    r"(?im)^[^\S\n]*rachunek(?:[^\S\n]+uproszczony)?[^\S\n]*"
    r"(?:$|(?:nr|numer)\b(?![^\S\n]*:?[^\S\n]*(?:PL)?[^\S\n]?\d{2}[^\S\n]?\d{4}[^\S\n]?\d{4}))"
)
_EXEMPT_SELLER = re.compile(
    r"(?i)art\.?\s*113\b|zwolnion\w*\s+podmiotowo|zwolnienie\s+podmiotowe|"
    r"(?:sprzedawca|podatnik|wystawca)\s+(?:jest\s+)?zwolniony\s+z\s+(?:vat|podatku)|nie\s+jest\s+(?:czynnym\s+)?"
    r"podatnikiem\s+(?:podatku\s+)?vat"
)


def is_rachunek(lines: list[Line]) -> bool:
    head = "\n".join(line.text for line in lines[:15])
    return bool(RACHUNEK_TITLE.search(head)) and not re.search(r"(?i)\bfaktura\b", head)


def settles_advances(invoice_type: str | None, text: str) -> bool:
    """A final invoice that lists the advances it settles ("Rozliczenie zaliczek", "Pozostało do zapłaty"): its
    rows are the whole order, its totals what remains after the advances."""
    return invoice_type in ("ROZ", "KOR_ROZ") and re.search(r"(?i)zaliczk", text) is not None


def _invoice_type(lines: list[Line], kind: DocumentKind) -> str | None:
    """The KSeF RodzajFaktury a printed title corresponds to ("RACHUNEK": outside VAT, not in KSeF)."""
    if kind not in (DocumentKind.INVOICE, DocumentKind.CORRECTION):
        return None
    if kind == DocumentKind.INVOICE and is_rachunek(lines):
        return "RACHUNEK"
    title = " ".join(line.text for line in lines[:15]).lower()
    # a final invoice ("Faktura końcowa") settles the advances: KSeF's "ROZ", like "rozliczeniowa"
    settles = re.search(r"rozliczeniow|ko[ńn]cow", title) is not None
    base = "ZAL" if "zaliczkow" in title and not settles else "ROZ" if settles else None
    if kind == DocumentKind.CORRECTION:
        return f"KOR_{base}" if base else "KOR"
    return base or ("UPR" if "uproszczon" in title else "VAT")


def _exempt_item(item: LineItem) -> LineItem:
    if item.vat_rate is not None or item.vat is not None:
        return item
    if item.net is not None and item.gross is None:
        return dataclasses.replace(item, vat_rate="zw", vat=Decimal("0.00"), gross=item.net)
    if item.gross is not None and item.net is None:
        return dataclasses.replace(item, vat_rate="zw", vat=Decimal("0.00"), net=item.gross)
    return item


def _rate_text(rate: str) -> str:
    return f"{rate}%" if rate.isdigit() else rate


def _one_row_per_rate(summary: list[VatSummary]) -> tuple[list[VatSummary], bool]:
    """A rate printed more than once: item rows read as summary rows (OCR lost the table header),
    or amounts in two currencies. The row equal to the sum of the others is the summary; when
    none is, the rows cannot be summed (False).

    Linear: each rate's sums are taken once and a row's "others" are the sum minus the row (8 000
    rows read as summary rows were re-summed row by row before, quadratic).
    """
    out: list[VatSummary] = []
    ok = True
    by_rate: dict[str, list[VatSummary]] = {}
    for s in summary:
        by_rate.setdefault(s.rate, []).append(s)
    for rows in by_rate.values():
        if len(rows) == 1:
            out.append(rows[0])
            continue
        total = _sum_of_the_others(rows)
        if total is None:
            out.extend(rows)
            ok = False
        else:
            out.append(total)
    return out, ok


def _sum_of_the_others(rows: list[VatSummary]) -> VatSummary | None:
    """The first row equal (net and gross) to the sum of all the other rows of its rate."""
    sums: dict[str, Decimal | None] = {}
    for key in ("net", "gross"):
        values = [getattr(r, key) for r in rows]
        sums[key] = None if None in values else sum(values, Decimal(0))
    if sums["net"] is None or sums["gross"] is None:
        return None
    for row in rows:
        # others = all − row, so row == others ⇔ 2·row == all
        if all(abs(sums[key] - 2 * getattr(row, key)) <= CENT_TOLERANCE for key in ("net", "gross")):
            return row
    return None


CENT_TOLERANCE = Decimal("0.02")


Totals = tuple[Decimal | None, Decimal | None, Decimal | None]


def _items_without_table(lines: list[Line], totals: Totals) -> tuple[list[LineItem], Totals]:
    """No table: an app's item cards (each value labelled), a fiscal printer's strip (each line
    "qty unit x price value PTU-group"), with the totals printed under them, or a numbered list."""
    cards, cards_end = labelled_cards(lines)
    if cards:
        return cards, card_totals(lines[cards_end:]) if totals[0] is None else totals
    items = receipt_items(lines)
    if items:
        return items, receipt_totals(lines)
    # a numbered list with each value at its line's end, taken when the values add up to a total
    listed, _ = numbered_list_items(lines, totals[0], totals[2] or _pay_amount(lines))
    if listed:
        return listed, totals
    return _one_item_in_prose(lines, totals), totals


# "Za: Opracowanie polityki …", "Tytułem: …", "Przedmiot faktury: …": what the invoice is for, in words
_FOR_LABEL = re.compile(
    r"(?i)^(?:za|tytułem|tytuł|przedmiot(?:\s+(?:faktury|usługi|sprzedaży))?|nazwa\s+usługi|dotyczy|w\s+zakresie)"
    r"\s*:\s*(?P<name>\S.*)$"
)
_RATE_LABEL = re.compile(r"(?i)\b(?:vat|podatek(?:\s+vat)?)\s+(?P<rate>\d{1,2})\s*%")


def _one_item_in_prose(lines: list[Line], totals: Totals) -> list[LineItem]:
    """One service named in a sentence ("Za: Opracowanie polityki bezpieczeństwa … dla urzędu"), its values
    the document's labelled totals: one line, quantity 1. The name's wrapped rest runs until a line with
    an amount, a label or a reference ("zgodnie z umową nr …")."""
    net, vat, gross = totals
    if net is None or gross is None:
        return []
    for index, line in enumerate(lines):
        found = _FOR_LABEL.match(line.text)
        if found is None or find_amounts(line.text):
            continue
        parts = [found.group("name")]
        for follow in lines[index + 1 : index + 4]:
            text = follow.text
            if (
                not text
                or find_amounts(text)
                or ":" in text
                or re.match(r"(?i)(?:zgodnie|na\s+podstawie|wg|według)\b", text)
            ):
                break
            parts.append(text)
        rates = {m.group("rate") for line in lines for m in _RATE_LABEL.finditer(line.text)}
        rate = rates.pop() if len(rates) == 1 else None
        return [
            LineItem(
                name=" ".join(" ".join(parts).split()),
                qty=Decimal(1),
                unit_net=net,
                net=net,
                vat_rate=rate,
                vat=vat if vat is not None else gross - net,
                gross=gross,
                position=1,
            )
        ]
    return []


def _checked_by_columns(
    items: list[LineItem],
    lines: list[Line],
    *,
    correction: bool,
    exempt: bool,
    totals: tuple[Decimal | None, Decimal | None],
    ocr: bool = False,
) -> list[LineItem]:
    """The items as the table's columns give them, when that reading passes the self-checks and the
    arithmetic one does not (`columns.choose_items`). A seller outside VAT prints one value column,
    which the column reading does not know to be both net and gross."""
    if exempt:
        return items
    tables = read_tables(lines, correction=correction, ocr=ocr)
    after = lines[tables[-1].end :] if tables else []
    printed = {amount for line in after[:30] for _s, _e, amount in find_amounts(line.text)}
    chosen = choose_items(items, tables, *totals, printed=printed)
    # the columns keep a cell as printed: an OCR speck before the name ("- Serwer NAS …") goes as in a row
    read = set(items)  # a set: `in` on the list made 8 000 rows quadratic
    return [i if i in read else dataclasses.replace(i, name=_clean_item_name(i.name, ocr=ocr)) for i in chosen]


def _gross_by_rate(
    items: list[LineItem], vat: Decimal | None, gross: Decimal | None, *, skip: bool = False, correction: bool = False
) -> list[LineItem]:
    """Rows printing their net and rate only (KSeF's visualisation prints "Wartość sprzedaży netto"):
    each row's VAT and gross from its rate, kept only when they add up to the document's printed VAT
    and gross – never to make the lines agree with totals they do not reach. A correction's rows
    marked as the state before it count negative: its totals are the difference."""
    if skip or not items or gross is None or vat is None:
        return items  # a seller outside VAT is read as printed
    if correction and not any(i.before_correction for i in items):
        return items  # a correction's rows without both states: nothing to check the difference by
    if any(
        i.net is None or i.gross is not None or i.vat is not None or not (i.vat_rate or "").isdigit() for i in items
    ):
        return items
    taxed = [
        (i, (i.net * Decimal(i.vat_rate or "0") / 100).quantize(Decimal("0.01"))) for i in items if i.net is not None
    ]
    sign = {id(i): -1 if i.before_correction else 1 for i in items}
    if (
        sum(sign[id(i)] * t for i, t in taxed) != vat
        or sum(sign[id(i)] * ((i.net or Decimal(0)) + t) for i, t in taxed) != gross
    ):
        return items
    return [dataclasses.replace(i, vat=t, gross=(i.net or Decimal(0)) + t) for i, t in taxed]


# A remarks column closing the items header ("Uwagi", "Uwagi / nr seryjne"): serial numbers, warranty notes.
_NOTES_HEAD = re.compile(r"(?i)^(?:uwagi|nr\s+seryjn\w*|numery\s+seryjne|s/n)\b")
_NOTES_TABLE_END = re.compile(r"(?i)^(?:stawka|razem|suma|ogółem|do\s+zapłaty|słownie|w\s+tym|podsumowanie)\b")


def without_notes_column(text: str) -> str:
    """The items table without its last column of remarks ("Uwagi": "SN: PF19WVEG2F, … gwarancja 36 m-cy"): its
    words, right of the row's amounts and wrapped under them, would end the row's reading and join the name."""
    out: list[str] = []
    cut: int | None = None
    for raw in text.split("\n"):
        flat = " ".join(raw.split())
        if cut is None:
            row = cells(raw)
            if _ITEMS_HEADER.search(flat) and len(row) >= 4 and _NOTES_HEAD.match(row[-1].text.strip()):
                cut = row[-1].start
                raw = raw[: row[-2].end]
            out.append(raw)
            continue
        if raw == "\f" or _SUMMARY_START.match(flat) or _NOTES_TABLE_END.match(flat):
            cut = None
            out.append(raw)
            continue
        kept = [c for c in cells(raw) if c.start < cut - 1]
        out.append(raw[: kept[-1].end] if kept else "")
    return "\n".join(out)


# An outline's Lp ("1.1", "2.3" under section heads "1. SPRZĘT", "2. USŁUGI"), a letter after it
_OUTLINE_LP = re.compile(r"(?m)^(?P<pre>[ \t]*)(?P<lp>\d{1,2}\.\d{1,2})\.?(?P<gap>[ \t]+)(?=[^\W\d_])")


_SECTION_HEAD = re.compile(r"(?m)^[ \t]*(?P<n>\d{1,2})\.?[ \t]+[^\W\d_][^\d\n]*$")


def flat_outline_numbers(text: str) -> str:
    """Rows numbered as an outline ("1.1", "1.2", "2.1" under "1. SPRZĘT …", "2. OPROGRAMOWANIE") renumbered
    1, 2, 3 … in place (same width), so that the table reader takes them as rows with an Lp; only when at
    least two lines open with such a number followed by a word."""
    found = list(_OUTLINE_LP.finditer(text))
    if len(found) < 2:
        return text
    sections = {m.group("lp").split(".")[0] for m in found}
    # the section heads ("1.  SERWERY") carry no row: their words would join the first row's name
    text = _SECTION_HEAD.sub(lambda m: "" if m.group("n") in sections else m.group(0), text)
    found = list(_OUTLINE_LP.finditer(text))
    counter = 0

    def renumber(m: re.Match[str]) -> str:
        nonlocal counter
        counter += 1
        printed = m.group("lp") + m.group(0)[len(m.group("pre")) + len(m.group("lp")) : -len(m.group("gap"))]
        lp = f"{counter}."
        return m.group("pre") + lp.rjust(len(printed)) + m.group("gap")

    return _OUTLINE_LP.sub(renumber, text)


def _number_split_by_a_space(number: str | None, lines: list[Line], warnings: list[ExtractionWarning]) -> str | None:
    """On a scan, a number ending in figures and printed on with a single space and more of its own shape
    ("nr 07 16/07/2026", "FS/1 148/26"): OCR put a space inside it, so the number read stopped there. Both pieces
    are one number (the join is said to be uncertain)."""
    if not number or not re.search(r"\d$", number):
        return number
    pattern = re.compile(
        r"(?<![\w/\-])"
        + re.escape(number)
        + r" (?P<rest>\d{1,6}(?:[/\-][0-9A-Za-z]{1,8})+(?![\w/\-])"
        # "Nr / No.: CN/PL/2026/0088 6": a last segment's figure alone at the line's end
        + (r"|\d{1,3}\s*$)" if re.search(r"[/\-]\d+$", number) else ")")
    )
    for line in lines:
        m = pattern.search(line.text)
        if m is not None and find_dates(m.group("rest")):
            # "nr 07 16/07/2026": the rest reads as a date as well – which it is cannot be told
            warnings.append(
                warn(
                    "number_joined",
                    f"Po numerze dokumentu „{number}” odczytanym ze skanu stoi „{m.group('rest')}” – to może być "
                    "dalsza część numeru albo data; sprawdź numer na dokumencie.",
                )
            )
            return number
        if m is not None:
            joined = number + m.group("rest")
            warnings.append(
                warn(
                    "number_joined",
                    f"Numer dokumentu odczytano ze skanu ze spacją w środku („{number} {m.group('rest')}”) – przyjęto "
                    f"{joined}; sprawdź numer na dokumencie.",
                )
            )
            return joined
    return number


def parse_invoice(text: str, *, kind: DocumentKind, file: str, source: Source, pages: int) -> Invoice:
    text = flat_outline_numbers(without_notes_column(text))
    printed = split_lines(text, ocr=source == Source.OCR)
    lines = with_group_rates(printed)  # the tables read rates; a till's strip keeps its letters
    warnings: list[ExtractionWarning] = []
    correction = kind == DocumentKind.CORRECTION
    parties = find_parties(lines)
    gross_document = bool(re.search(r"(?i)w\s+cenach\s+brutto", text))
    tables = parse_items(lines, correction, gross_document=gross_document, ocr=source == Source.OCR)
    items, summary = tables.items, tables.summary
    invoice_type = _invoice_type(lines, kind)
    exempt = kind == DocumentKind.INVOICE and (invoice_type == "RACHUNEK" or bool(_EXEMPT_SELLER.search(text)))
    if exempt:
        # A seller outside VAT prints one value column: that value is net and gross, the rate "zw".
        items = [_exempt_item(i) for i in items]
    summary_sums = True
    if not correction:
        summary, summary_sums = _checked_vat_summary(summary, warnings)
    if tables.summary_partial:
        # one rate's sums unreadable: the others would pass for the document's totals
        summary_sums = False
        warnings.append(
            warn(
                "vat_summary_unread",
                "Nie udało się odczytać wszystkich wierszy podsumowania VAT – nie liczę z nich sum faktury; "
                "sprawdź dokument.",
            )
        )
    tail = lines[tables.end :] if tables.end else lines
    net_total, vat_total, gross_total = _printed_totals(
        tables, summary if summary_sums else [], items, correction, settles=settles_advances(invoice_type, text)
    )
    if not items and not correction:
        items, (net_total, vat_total, gross_total) = _items_without_table(printed, (net_total, vat_total, gross_total))
    if correction:
        # one row holding both states ("Było: ilość … Jest: ilość …"), or "Pozycja 1: …" cards
        items = (
            two_tables_items(lines)
            or side_by_side_items(lines)
            or grouped_side_by_side_items(lines)
            or paired_state_items(lines)
            or items
        ) or card_items(lines)
    if gross_total is None:
        gross_total = _pay_amount(tail) or _words_amount(tail)
    items = _checked_by_columns(
        items, lines, correction=correction, exempt=exempt, totals=(net_total, gross_total), ocr=source == Source.OCR
    )
    if exempt:
        net_total, vat_total, gross_total = _exempt_totals(tables, (net_total, vat_total, gross_total))
        warnings.append(_exempt_warning(invoice_type))
    items = _gross_by_rate(items, vat_total, gross_total, skip=exempt, correction=correction)
    if net_total is None and gross_total is not None and items and all(i.net is not None for i in items):
        effective = [i for i in items if not i.before_correction]
        if sum((i.gross or Decimal(0) for i in effective), Decimal(0)) == gross_total:
            net_total = sum((i.net or Decimal(0) for i in effective), Decimal(0))
            vat_total = gross_total - net_total
    number = detect_number(lines)
    if number is None and not correction:
        number = _number_of_attachment(lines)
    corrected_number = corrected_date = reason = None
    if correction:
        corrected_number, corrected_date, reason = detect_correction_ref(lines)
        if number == corrected_number:
            number = None
    issue_date, sale_date = _issue_and_sale_dates(lines, warnings, number)
    if source == Source.OCR:
        items = [dataclasses.replace(i, unit=ocr_unit(i.unit), name=ocr_name(i.name)) for i in items]
        number = ocr_number(number)
        number = _number_split_by_a_space(number, lines, warnings)
    currency = _currency_of_total(lines, gross_total) or detect_currency(lines)
    if currency != "PLN":
        warnings.append(warn("currency", f"Dokument wystawiono w walucie {currency}, nie w złotych."))
    return Invoice(
        file=file,
        kind=kind,
        source=source,
        number=number,
        issue_date=issue_date,
        sale_date=sale_date,
        seller=parties.seller,
        buyer=parties.buyer,
        recipient=parties.recipient,
        currency=currency,
        invoice_type=invoice_type,
        items=tuple(items),
        vat_summary=tuple(summary),
        net_total=net_total,
        vat_total=vat_total,
        gross_total=gross_total,
        corrected_number=corrected_number,
        corrected_issue_date=corrected_date,
        correction_reason=reason,
        warnings=tuple(warnings),
        pages=pages,
    )


_BOTH_STATES = re.compile(r"(?i)\b(?:było|przed\s+korektą)\b.*\b(?:jest|po\s+korekcie)\b")
_NUMBER_CELL_VALUE = re.compile(r"^-?\d{1,3}(?:[. ]\d{3})*(?:,\d{2})?$|^-?\d+(?:[.,]\d{2})?$")
# A number cell of a column group: "32 057.20" (OCR reads a decimal comma as a dot) as well
# and "4.098,86" (dots grouping the thousands before a decimal comma)
_GROUP_CELL_VALUE = re.compile(
    r"^-?\d{1,3}(?: \d{3})*(?:[,.]\d{2})?$|^-?\d+(?:[.,]\d{2})?$|^-?\d{1,3}(?:\.\d{3})+,\d{2}$"
)
_RATE_CELL = re.compile(r"(?i)^(?:(\d{1,2})\s*%|(zw|np)\.?)$")


# A column heading naming its state: "Ilość przed", "Wartość netto po" (over two header lines).
_STATE_WORD = re.compile(
    r"(?i)(?<!\w)(?P<before>przed(?:\s+korekt\w*)?|było)(?!\w)|(?<!\w)(?P<after>po(?:\s+korekcie)?|jest)(?!\w)"
)
_STATE_COLUMN_KIND = (
    ("qty", re.compile(r"(?i)\b[il1|ł]{2}o[śs][ćc]|\bil\.|\bliczba\b")),  # OCR: "llość"
    ("price", re.compile(r"(?i)\bcena\b")),
    ("gross", re.compile(r"(?i)\bbrutto\b")),
    ("vat", re.compile(r"(?i)\bkwota\s+vat|\bpodatek\b")),
    ("net", re.compile(r"(?i)\bwarto[śs][ćc]|\bnetto\b|\bkwota\b")),
    ("rate", re.compile(r"(?i)\bvat\b|\bstawka\b|%")),
)
_STATE_ROW_VALUE = re.compile(
    r"^-?\d{1,3}(?:[ .]\d{3})*(?:,\d{1,4})?$|^-?\d+(?:[.,]\d{1,4})?$|^\d{1,2}\s?%$|^(?:zw|np)\.?$"
)


def _state_columns(head: Line, under: Line | None) -> list[tuple[str, bool | None]] | None:
    """The value columns of a header whose columns name their state ("Ilość | przed", "Ilość po", "Cena netto",
    "Wartość | netto przed", "Wartość | netto po", "VAT"), the second header line's words joined to the cell of
    the first they stand under: (kind, before?) in the order printed, None when no column names a state."""
    top = cells(head.raw)
    labels = [c.text for c in top]
    if under is not None and under.text and not find_amounts(under.text) and not re.search(r"\d", under.text):
        for cell in cells(under.raw):
            centre = (cell.start + cell.end) / 2
            k = min(range(len(top)), key=lambda j: abs((top[j].start + top[j].end) / 2 - centre))
            labels[k] += " " + cell.text
    columns: list[tuple[str, bool | None]] = []
    for label in labels:
        # "Cenapo", "Nettoprzed": OCR closed the space between a heading and its state
        label = re.sub(r"(?i)(cena|o[śs][ćc]|netto|brutto)(po|przed)$", r"\1 \2", label.strip())
        kind = next((k for k, pattern in _STATE_COLUMN_KIND if pattern.search(label)), None)
        if re.search(r"(?i)\br[óo][żz]nic", label):
            kind = "difference"  # "Różnica netto", "Różnica VAT": after minus before, neither state's own figure
        if kind is None:
            continue
        state = _STATE_WORD.search(label)
        columns.append((kind, None if state is None else state.group("before") is not None))
    stated = {(k, b) for k, b in columns if b is not None}
    if not ({("qty", True), ("qty", False)} <= stated or {("net", True), ("net", False)} <= stated):
        return None
    return columns


def paired_state_items(lines: list[Line]) -> list[LineItem]:
    """A correction printing each row once with its changed columns twice, each naming its state: "Ilość
    przed  Ilość po  Cena netto  Wartość netto przed  Wartość netto po  VAT" (units returned). Each row
    gives its state before and after; a column without a state (the price, the rate) is both states'.
    The row's figures are taken in the order of the columns; a state whose quantity × price is not its net
    makes the whole reading void ([])."""
    start = next((k for k, line in enumerate(lines[:80]) if _ITEMS_HEADER.search(line.text)), None)
    if start is None:
        return []
    columns = _state_columns(lines[start], lines[start + 1] if start + 1 < len(lines) else None)
    if columns is None:
        return []
    items: list[LineItem] = []
    skipped = False
    for line in lines[start + 1 :]:
        if _SUMMARY_START.match(line.text) or re.match(r"(?i)^(?:przyczyna|razem|różnica|korekta\s)", line.text):
            break
        row = [c.text.strip() for c in cells(line.raw)]
        lp = re.fullmatch(r"(\d{1,3})[.)]?", row[0]) if row else None
        figures = [c for c in row[1:] if _STATE_ROW_VALUE.match(c)]
        if lp is not None and len(figures) != len(columns):
            skipped = True  # a row not read: the name's rest under it is not the last read row's
            continue
        if lp is None:
            if items and _name_rest(line, lines[start]):
                if not skipped:
                    items[-2:] = [dataclasses.replace(i, name=f"{i.name} {line.text}") for i in items[-2:]]
            elif items and line.text:
                break  # the summary's heading or figures under the table
            continue
        skipped = False
        words = [c for c in row[1:] if not _STATE_ROW_VALUE.match(c)]
        unit = words[-1] if len(words) >= 2 and UNIT_RE.match(words[-1]) else None
        name = " ".join(words[:-1] if unit else words)
        for before in (True, False):
            got: dict[str, str] = {}
            for (kind, state), figure in zip(columns, figures, strict=True):
                if kind != "difference" and (state is None or state == before):
                    got[kind] = figure
            item = _stated_item(name, unit, got, int(lp.group(1)), before)
            if item is None:
                return []
            items.append(item)
    return items


def _name_rest(line: Line, head: Line) -> bool:
    """A wrapped name's rest: words only, starting left of the header's third cell (past the Lp and the name)."""
    row = cells(line.raw)
    heads = cells(head.raw)
    limit = heads[2].start if len(heads) > 2 else len(head.raw)
    return bool(row) and row[0].start < limit and not find_amounts(line.text) and len(row) == 1


def _stated_item(name: str, unit: str | None, got: dict[str, str], position: int, before: bool) -> LineItem | None:
    qty = parse_amount(got["qty"]) if "qty" in got else None
    price = parse_amount(got["price"]) if "price" in got else None
    net = parse_amount(got["net"]) if "net" in got else None
    rate_m = _RATE_CELL.match(got.get("rate", ""))
    rate = (rate_m.group(1) or rate_m.group(2)) if rate_m else None
    if net is None or (qty is not None and price is not None and abs(qty * price - net) > Decimal("0.02")):
        return None
    vat = parse_amount(got["vat"]) if "vat" in got else (vat_of(net, rate) if rate else None)
    gross = parse_amount(got["gross"]) if "gross" in got else (net + vat if vat is not None else None)
    return LineItem(
        name=name,
        qty=qty,
        unit=unit,
        unit_net=price,
        net=net,
        vat_rate=rate,
        vat=vat,
        gross=gross,
        position=position,
        before_correction=before,
    )


def side_by_side_items(lines: list[Line]) -> list[LineItem]:
    """A correction whose rows print the state before and after side by side: Lp, name, then the
    same columns twice (qty, price, net, gross) and the rate. [] when there is no such header.
    Read by the layout's cells, so digits inside a name ("(12 mies.)") never join an amount."""
    start = next((k for k, line in enumerate(lines[:60]) if _BOTH_STATES.search(line.text)), None)
    if start is None:
        return []
    items: list[LineItem] = []
    for line in lines[start + 1 :]:
        text = line.text
        if _SUMMARY_START.match(text) or re.match(r"(?i)^(?:przyczyna|razem|korekta\s)", text):
            break
        row = [c.text.strip() for c in cells(line.raw)]
        lp = re.fullmatch(r"(\d{1,3})[.)]?", row[0]) if row else None
        rate = _RATE_CELL.match(row[-1]) if row else None
        values = [parse_amount(c.replace(".", "").replace(" ", "")) for c in row if _NUMBER_CELL_VALUE.match(c)]
        values = values[1:] if lp else values  # the Lp is a number cell too
        if lp is None or len(values) < 6 or len(values) % 2 or None in values:
            if items and not lp and not values and len(text) < 60:
                items[-2:] = [dataclasses.replace(i, name=f"{i.name} {text}") for i in items[-2:]]  # a wrapped name
            continue
        name = " ".join(c for c in row[1:] if not _NUMBER_CELL_VALUE.match(c) and not _RATE_CELL.match(c))
        half = len(values) // 2
        vat_rate = (rate.group(1) or rate.group(2)) if rate else None
        for before, part in ((True, values[:half]), (False, values[half:])):
            qty, price, net, gross = part[0], part[1], part[-2], part[-1]
            assert net is not None and gross is not None
            items.append(
                LineItem(
                    name=name,
                    qty=qty,
                    unit_net=price,
                    net=net,
                    vat_rate=vat_rate,
                    vat=gross - net,
                    gross=gross,
                    position=int(lp.group(1)),
                    before_correction=before,
                )
            )
    return items


# Column headings of a correction's column groups ("Ilość | Cena netto | Netto" under "PRZED KOREKTĄ").
_GROUP_COLUMN = re.compile(
    # OCR: "llość", "łlość"
    r"(?i)^(?:(?P<qty>[il1|ł]{2}o[śs][ćc]|il\.)|(?P<price>cena(?:\s+jedn\w*\.?)?(?:\s+netto)?)|"
    r"(?P<net>(?:wartość\s+)?netto)|(?P<vat>(?:kwota\s+)?vat)|(?P<gross>(?:wartość\s+)?brutto)|"
    r"(?P<rate>stawka(?:\s+vat)?|vat\s*%))$"
)


def _column_groups(header_raw: str) -> list[list[str]] | None:
    """The value columns of a header line split into groups (before, after, difference): a group ends
    where a column it already has comes again ("Ilość  Cena netto  Netto  Ilość  Cena netto  Netto …")."""
    groups: list[list[str]] = [[]]
    for cell in cells(header_raw):
        m = _GROUP_COLUMN.match(cell.text.strip())
        if m is None:
            if any(groups):
                return None  # a column this reader does not know, among the values
            continue
        kind = str(m.lastgroup)
        if kind in groups[-1]:
            groups.append([])
        groups[-1].append(kind)
    return groups if len(groups) >= 2 and all("net" in g for g in groups[:2]) else None


def _single_rate(lines: list[Line]) -> str | None:
    """The document's one VAT rate, when every rate printed under the table is the same."""
    rates = {rate for line in lines for rate in percent_rates(line.text)}
    return rates.pop() if len(rates) == 1 else None


def grouped_side_by_side_items(lines: list[Line]) -> list[LineItem]:
    """A correction printing each row once with its column groups side by side under "PRZED KOREKTĄ",
    "PO KOREKCIE" and "KOREKTA": the columns come from the header line under those titles, the
    first two groups give the rows before and after the correction (the difference is derived)."""
    start = next((k for k, line in enumerate(lines[:60]) if _BOTH_STATES.search(line.text)), None)
    if start is None or start + 1 >= len(lines):
        return []
    header = start + 1
    groups = _column_groups(lines[header].raw)
    if groups is None:
        return []
    columns = [kind for group in groups for kind in group]
    rate = _single_rate(lines[header + 1 :])
    items: list[LineItem] = []
    for line in lines[header + 1 :]:
        if _SUMMARY_START.match(line.text) or re.match(r"(?i)^(?:przyczyna|razem|korekta\s|stawka)", line.text):
            break
        row = [c.text.strip() for c in cells(line.raw)]
        lp = re.fullmatch(r"(\d{1,3})[.)]?", row[0]) if row else None
        values = [c for c in row[1:] if _GROUP_CELL_VALUE.match(c)]
        if lp is None or len(values) != len(columns):
            if items and not lp and not find_amounts(line.text) and len(line.text) < 60:
                items[-2:] = [dataclasses.replace(i, name=f"{i.name} {line.text}") for i in items[-2:]]
            continue
        name = " ".join(c for c in row[1:] if not _GROUP_CELL_VALUE.match(c))
        amounts = [parse_amount(v.replace(" ", "")) for v in values]
        offset = 0
        for before, group in zip((True, False), groups[:2], strict=True):
            got = dict(zip(group, amounts[offset : offset + len(group)], strict=True))
            offset += len(group)
            items.append(_group_item(name, got, rate, int(lp.group(1)), before))
    return items


def _group_item(name: str, got: dict[str, Decimal | None], rate: str | None, position: int, before: bool) -> LineItem:
    net = got.get("net")
    vat = got.get("vat")
    if vat is None and net is not None and rate is not None:
        vat = vat_of(net, rate)
    gross = got.get("gross") or (net + vat if net is not None and vat is not None else None)
    return LineItem(
        name=name,
        qty=got.get("qty"),
        unit_net=got.get("price"),
        net=net,
        vat_rate=rate,
        vat=vat,
        gross=gross,
        position=position,
        before_correction=before,
    )


_LP_HEAD = re.compile(r"(?i)(?<!\w)lp\.?(?!\w)")


def _second_table_at(raw: str) -> int | None:
    """Where the second of two side-by-side tables starts on their header line: its "Lp." column, or
    (when OCR garbled that one) the cell after the first table's last "Brutto" heading."""
    lps = list(_LP_HEAD.finditer(raw))
    if len(lps) == 2:
        return lps[1].start() - 1
    row = cells(raw)
    if len(row) >= 6 and _ITEMS_HEADER.search(raw) and not find_amounts(raw):
        # "Nazwa  Il.  Cena  Netto  Brutto    Nazwa  Il.  Cena  Netto  Brutto": the first heading again,
        # the second table's start, its value headings a repeat of the first's
        opening = " ".join(row[0].text.casefold().split())
        again = next((k for k in range(2, len(row)) if " ".join(row[k].text.casefold().split()) == opening), None)
        if again is not None and len(row) == 2 * again:
            # the same headings again (OCR may garble one of them: "Il." read "u." on one side, "11." on the other)
            same = sum(a.text.casefold() == b.text.casefold() for a, b in zip(row[:again], row[again:], strict=True))
            if same >= again - 1:
                return row[again].start - 1
    if (
        len(re.findall(r"(?i)brutto", raw)) == 2
        and len(re.findall(r"(?i)\bcena\b", raw)) == 2
        and not re.search(r"(?i)\b(?:było|jest|przed|po)\b", raw)  # one table printing both states per row
    ):
        row = cells(raw)
        first = next((k for k, c in enumerate(row) if re.search(r"(?i)brutto", c.text)), None)
        if first is not None and first + 1 < len(row):
            return row[first + 1].start - 1
    return None


def _gap_at(raw: str, cut: int) -> int:
    """The cut moved to the end of a figure it would split ("25 122,33" of the first table running a
    character or two into the second table's first column)."""
    while 0 < cut < len(raw) and raw[cut - 1] != " " and raw[cut] != " ":
        cut += 1
    return cut


def two_tables_items(lines: list[Line]) -> list[LineItem]:
    """A correction printing the invoice's table before and after the correction as two tables side
    by side ("PRZED KOREKTĄ | PO KOREKCIE", each with its own "Lp. Nazwa Ilość …" header): each row is
    cut where the second table begins and each half read as a row of its own. [] without such a header."""
    # the "PRZED KOREKTĄ | PO KOREKCIE" bar is often reverse video, which OCR may not read: two "Lp."
    # columns on one header line of a correction are enough
    found = next(
        ((k, cut) for k, line in enumerate(lines[:80]) if (cut := _second_table_at(line.raw)) is not None), None
    )
    if found is None:
        return []
    header, cut = found
    halves: tuple[list[LineItem], list[LineItem]] = ([], [])
    numbered = bool(_LP_HEAD.search(lines[header].raw))
    body: list[Line] = []
    for line in lines[header + 1 :]:
        if _SUMMARY_START.match(line.text) or re.match(r"(?i)^(?:przyczyna|różnica|korekta\s)", line.text):
            break
        rows_read = any(find_amounts(b.text) for b in body)
        if (
            rows_read
            and not find_amounts(line.text)
            and len(re.findall(r"(?i)\b(?:netto|brutto|vat)\b", line.text)) >= 2
        ):
            break  # "Netto   VAT 23%   Brutto" over the sums of both states: the tables have ended
        body.append(line)
    head = lines[header].raw
    cuts = [_gap_at(line.raw, cut) for line in body]
    by_columns = (
        read_block(head[:cut], [line.raw[:c] for line, c in zip(body, cuts, strict=True)], before=True),
        read_block(" " * cut + head[cut:], [" " * c + line.raw[c:] for line, c in zip(body, cuts, strict=True)]),
    )
    read = (*by_columns[0], *by_columns[1])
    if (
        by_columns[0]
        and len(by_columns[0]) == len(by_columns[1])
        and all(i.net is not None and i.gross is not None and row_consistent(i) for i in read)
    ):
        return list(read)  # each table read by its own header's columns, every row with its net and gross
    for line in body:
        for before, part, items in ((True, line.raw[:cut], halves[0]), (False, line.raw[cut:], halves[1])):
            text = " ".join(part.split())
            if re.match(r"(?i)^razem\b", text) or not text:
                continue
            lp = re.match(r"^(\d{1,3})[.)]?\s+(?=\S)", text)
            # tables without an Lp: a line with the row's figures opens the row (its name's rest wraps under it)
            row = parse_row(text) if lp or not numbered else None
            if row is not None and (row.net is not None or row.gross is not None) and (lp or not numbered):
                name = text[lp.end() if lp else 0 : row.name_end].strip()
                items.append(_make_item(row, name, int(lp.group(1)) if lp else len(items) + 1, before))
            elif items and not find_amounts(text) and len(text) < 80:
                items[-1] = dataclasses.replace(items[-1], name=f"{items[-1].name} {text}")  # a wrapped name
    return [*halves[0], *halves[1]] if halves[0] and halves[1] else []


_CARD = re.compile(r"(?i)^\s*(?:pozycja|poz\.)\s*(?:nr\s*)?(?P<lp>\d{1,3})\s*[:.\-–]\s*(?P<name>\S.+)$")
_CARD_ROW = re.compile(
    r"(?i)^\s*(?P<kind>przed\s+korekt\w*|stan\s+przed(?:\s+korekt\w*)?|po\s+korekcie|stan\s+po(?:\s+korekcie)?)"
    r"\s*:?\s+(?P<rest>-?\d.*)$"
)


# "1. Drukarka wielofunkcyjna …" over its own header and the rows "przed korektą" / "po korekcie" / "różnica": a card
# numbered by its Lp alone (a name opening with a capital, no amount in it)
_CARD_NUMBERED = re.compile(r"^\s*(?P<lp>\d{1,3})\.\s+(?P<name>[A-ZŁŚŻŹĆÓĄĘŃ](?:(?!\d,\d{2}\b).)+)$")


def card_items(lines: list[Line]) -> list[LineItem]:
    """A correction printed as one card per line: "Pozycja 1: NAME", then a row before and a row
    after the correction (the difference row is derived, not read)."""
    items: list[LineItem] = []
    name, position = "", None
    for line in lines:
        card = _CARD.match(line.text) or _CARD_NUMBERED.match(line.text)
        if card:
            name, position = card.group("name").strip(), int(card.group("lp"))
            continue
        row_m = _CARD_ROW.match(line.text)
        if row_m is None or not name:
            continue
        row = parse_row(f"{position} {name} {row_m.group('rest')}")
        if row is not None and (row.net is not None or row.gross is not None):
            before = row_m.group("kind").casefold().replace("stan ", "").startswith("przed")
            items.append(_make_item(row, name, position, before))
    return items


def _checked_vat_summary(summary: list[VatSummary], warnings: list[ExtractionWarning]) -> tuple[list[VatSummary], bool]:
    """The per-rate summary with one row per rate, and whether it can give the document's sums."""
    summary, summary_sums = _one_row_per_rate(summary)
    if not summary_sums:
        counts = Counter(s.rate for s in summary)
        rates = sorted(rate for rate, n in counts.items() if n > 1)
        warnings.append(
            warn(
                "vat_summary_repeated",
                "Podsumowanie VAT ma kilka wierszy ze stawką "
                + ", ".join(_rate_text(r) for r in rates)
                + ", które się nie sumują – nie liczę z nich sum faktury; sprawdź dokument.",
            )
        )
    return summary, summary_sums


def _printed_totals(
    tables: Tables, summary: list[VatSummary], items: list[LineItem], correction: bool, *, settles: bool = False
) -> Totals:
    """Net, VAT and gross as the document prints them: the totals rows, else the per-rate summary,
    else labelled lines; when several sets are printed, the one matching the lines' own sum – except on a final
    invoice settling advances (`settles`): its rows are the whole order, its totals what remains after them."""
    sections = tables.sections
    net_total: Decimal | None = None
    vat_total: Decimal | None = None
    gross_total: Decimal | None = None
    triples = [t for section in sections for t in section.totals]
    if correction and len(sections) > 1:
        diff = [s for s in sections if s.totals]
        if diff:
            net_total, vat_total, gross_total = diff[-1].totals[-1]
    elif triples:
        net_total, vat_total, gross_total = triples[-1]
    if correction and net_total is not None and net_total > 0 and summary and all(s.net and s.net < 0 for s in summary):
        # the "Razem" of the table after the correction, not the difference the per-rate rows print
        net_total = None
    if net_total is None and summary:
        nets = [s.net for s in summary if s.net is not None]
        vats = [s.vat for s in summary if s.vat is not None]
        grosses = [s.gross for s in summary if s.gross is not None]
        net_total, vat_total, gross_total = sum(nets, Decimal(0)), sum(vats, Decimal(0)), sum(grosses, Decimal(0))
    labelled = tables.labelled
    if net_total is None and {"net", "gross"} <= labelled.keys():
        net_total, gross_total = labelled["net"], labelled["gross"]
        vat_total = labelled.get("vat", gross_total - net_total)
    elif net_total is None and {"net", "vat"} <= labelled.keys():
        # "Netto: … / VAT: … / Do zapłaty: …": the gross comes from the amount due below.
        net_total, vat_total = labelled["net"], labelled["vat"]
        gross_total = labelled.get("total")  # "Razem: 16 338,47 PLN" under them
    if not correction and not settles and items and all(i.net is not None for i in items):
        return _totals_matching_lines(labelled, triples, items, (net_total, vat_total, gross_total))
    return net_total, vat_total, gross_total


def _totals_matching_lines(
    labelled: dict[str, Decimal], triples: Sequence[Totals], items: list[LineItem], found: Totals
) -> Totals:
    """Totals printed twice (in EUR and converted to PLN, or a per-rate table and labelled lines):
    the set that matches the lines' own sum is the document's."""
    net_total = found[0]
    line_net = sum((i.net or Decimal(0) for i in items), Decimal(0))
    if net_total is not None and abs(net_total - line_net) <= CENT_TOLERANCE * len(items):
        return found
    for candidate in ((labelled.get("net"), labelled.get("vat"), labelled.get("gross")), *reversed(triples)):
        if candidate[0] is not None and abs(candidate[0] - line_net) <= CENT_TOLERANCE * len(items):
            net, vat, gross = candidate
            if vat is None and gross is not None:
                vat = gross - candidate[0]
            return net, vat, gross
    return found


def _exempt_totals(tables: Tables, found: Totals) -> Totals:
    """A VAT-exempt seller's sums: net equals gross and the VAT is 0."""
    net_total, vat_total, gross_total = found
    if gross_total is None:
        gross_total = tables.labelled.get("total")
    if net_total is None and gross_total is not None:
        net_total, vat_total = gross_total, Decimal("0.00")
    return net_total, vat_total, gross_total


def _exempt_warning(invoice_type: str | None) -> ExtractionWarning:
    return warn(
        "vat_exempt_seller",
        (
            "To rachunek sprzedawcy zwolnionego z VAT"
            if invoice_type == "RACHUNEK"
            else "Sprzedawca jest zwolniony z VAT"
        )
        + " – kwoty są bez podatku VAT (netto równe brutto).",
    )


# A date that belongs to a number or another document: "FVK 9/08/2026" (a series word, then figures shaped
# like a date), "FV 2026/07/00010 z 2026.07.19" under "Do faktury" (the corrected invoice's date after its number).
_SERIES_BEFORE = re.compile(r"(?<![\w.])(?!(?i:data|dnia|dn|dat)\b)[A-Z]{2,6}\s?$")
_DATE_AFTER_NUMBER = re.compile(r"(?P<num>\S*\d\S*)\s+z\s+(?:dnia\s+|dn\.\s*)?$", re.IGNORECASE)
# "Faktura nr 12/2026 z dnia …", "nr FKOR 65/05/2026 z dnia …": the document's own date; "do faktury",
# "umowy", "zamówienia" name another document
_REFERENCE = re.compile(
    r"(?i)(?<!\w)(?:faktur(?:y|ze|ę|ą)|umow\w*|zamówieni\w*|zleceni\w*|ofert\w*|do|dotyczy|korygowan\w*|"
    r"pierwotn\w*|podstawie|zaliczk(?:a|ę|i|ą|ach|om)|pomniejsz\w*|odliczon\w*)(?!\w)"
)
_OWN_NUMBER_WORDS = re.compile(r"(?i)(?<!\w)(?:faktura|rachunek|nota|korekta|nr|numer|no)(?!\w)")


def issue_date_label(lines: list[Line]) -> str:
    """ "read" when the page prints an issue-date label with a date (or an impossible one) beside or under it,
    "empty" when it prints the label and no date was found for it, "" when it prints no such label."""
    found, impossible = labelled_date_spelling(lines, _LABELS["issue"])
    if found is not None or impossible is not None:
        return "read"
    return "empty" if any(_LABELS["issue"].search(line.text) for line in lines) else ""


# How an issue date is printed without its label: after a place ("Gdynia, dnia 15 stycznia 2026 r."), after a
# word of issuing ("Wystawiona: …", "wyst. …", "Wystawiono …", "wystawienia …", "Data faktury", "Data"), after the
# title's own number or under it ("z dnia …"), or a till's date with its time ("2026-06-24   12:04").
_ISSUE_CUE_BEFORE = re.compile(
    r"(?:(?<!\w)(?i:wystawi\w*|wyst\.|data(?:\s+faktury|\s+dokumentu)?|(?<!do\s)dnia|z\s+dnia)"
    r"|(?<![\w.])[A-ZŁŚŻŹĆ][a-ząćęłńóśźż]+(?:[\s\-][A-ZŁŚŻŹĆa-ząćęłńóśźż][a-ząćęłńóśźż]+){0,3},"
    r"(?:\s*(?i:dnia|dn\.))?)\s*:?\s*$"
)
_NOT_ISSUE_BEFORE = re.compile(
    r"(?i)(?:sprzeda\w*|sprzed\.|dostaw\w*|wykonani\w*|us[łl]ugi|termin\w*|p[łl]atno[śs]ci|p[łl]atne\s+\w+\s+do|"
    r"zap[łl]aty|do\s+dnia|(?<!\w)do)\s*:?\s*$"
)
_TIME_AFTER = re.compile(r"^\s*,?\s*\d{1,2}:\d{2}\b")


def issue_date_cued(lines: list[Line], issue: date) -> bool:
    """Whether the issue date taken without its label is printed in one of the ways an issue date is printed
    unlabelled (a place before it, a word of issuing, "z dnia", a till's time after it)."""
    for index, line in enumerate(lines):
        for at, value, printed in find_date_spellings(line.text):
            if value != issue:
                continue
            before, after = line.text[:at], line.text[at + len(printed) :]
            # the cue stands in the date's own cell
            row = cells(line.raw)
            own = next((k for k, c in enumerate(row) if printed in " ".join(c.text.split())), None)
            if own is not None:
                text = " ".join(row[own].text.split())
                before = text[: text.find(printed)]
                above = _cell_above(lines, index, row[own])
                if above and _another_documents_date(above + before, None):
                    continue  # "… faktura FZ/44/04/2026 z" over "dnia 26.04.2026"
                if not before.strip() and own > 0:
                    before = " ".join(row[own - 1].text.split())  # "Data faktury   2026-01-09": the label's cell
            if _ISSUE_CUE_BEFORE.search(before) or (not before.strip() and _TIME_AFTER.match(after)):
                return True
    return False


def _cell_above(lines: list[Line], index: int, cell: Cell) -> str:
    """The text a wrapped cell goes on from: a cell that begins with a lower-case word ("dnia 26.04.2026" under
    "Pomniejszenie o zaliczkę – faktura FZ/44/04/2026 z") is the rest of the cell above it."""
    text = cell.text.lstrip()
    if index == 0 or not text[:1].islower():
        return ""
    above = overlapping(lines[index - 1].raw, cell.start, cell.end, slack=0)
    if not above:
        return ""
    rest = " ".join(above[-1].text.split())
    # "FV/54/05/2026/MPP" over "z dnia 02.05.2026": a number under its title and its own date under it – the
    # cell above is another document's only when it says so ("… zaliczkę – faktura FZ/44/04/2026" over "z dnia …")
    if re.match(r"(?i)z\s+(?:dnia|dn\.)", text) and not _REFERENCE.search(rest):
        return ""
    return rest + " "


def _another_documents_date(before: str, number: str | None) -> bool:
    """A date printed after a number that is not introduced as the document's own ("umowy nr 4/2026 z dnia …",
    "Pomniejszenie o zaliczkę – faktura FZ/44/04/2026 z dnia …"); "Faktura nr 12/2026 z dnia …" is its own."""
    after = _DATE_AFTER_NUMBER.search(before)
    if not after or (number and after.group("num").rstrip(",") == number):
        return False
    words = before[: after.start()]
    return bool(_REFERENCE.search(words) or not _OWN_NUMBER_WORDS.search(words))


def unlabelled_dates(lines: list[Line], number: str | None = None, *, labelled: bool = True) -> list[date]:
    """The dates a page offers for an issue date it does not label, in reading order. No candidates: a
    number shaped like a date ("FVK 9/08/2026") and a date after a number that is not introduced as the
    document's own ("FV 2026/07/00010 z 2026.07.19" under "Do faktury", "umowy nr 4/2026 z dnia …");
    "Faktura nr 12/2026 z dnia …" is."""
    found: list[date] = []
    labelled_otherwise: list[date] = []
    for index, cell in ((k, c) for k, line in enumerate(lines) for c in cells(line.raw)):
        text = " ".join(cell.text.split())
        for at, value, printed in find_date_spellings(text):
            before = text[:at]
            if value is None or ("/" in printed and _SERIES_BEFORE.search(before)):
                continue
            if _another_documents_date(_cell_above(lines, index, cell) + before, number):
                continue
            # a date labelled as the sale's or the payment's comes after any other (it is the issue date's
            # only when nothing else is printed)
            (labelled_otherwise if _NOT_ISSUE_BEFORE.search(before) else found).append(value)
    return found + labelled_otherwise if labelled else found


def _issue_and_sale_dates(
    lines: list[Line], warnings: list[ExtractionWarning], number: str | None = None
) -> tuple[date | None, date | None]:
    """The labelled issue and sale dates (the issue date falls back to the first date near the top);
    a printed date that does not exist is a warning, not a value."""
    issue_date, bad_issue = labelled_date_spelling(lines, _LABELS["issue"])
    if issue_date is None and bad_issue is None:
        dates = unlabelled_dates(lines[:25], number)
        issue_date = dates[0] if dates else None
    sale_date, bad_sale = labelled_date_spelling(lines, _LABELS["sale"])
    for label, printed in (("Data wystawienia", bad_issue), ("Data sprzedaży", bad_sale)):
        if printed:
            warnings.append(warn("invalid_date", f"{label} {printed} nie istnieje – sprawdź dokument."))
    return issue_date, sale_date
