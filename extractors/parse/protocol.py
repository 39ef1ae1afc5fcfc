"""Protokół odbioru: number, date, parties, items with serial numbers, references, signatures."""

from __future__ import annotations

import dataclasses
import re
from decimal import Decimal

from extractors.models import ExtractionWarning, Protocol, ProtocolItem, Source

from .dates import find_dates
from .invoice import OTHER_DOCUMENT_NUMBER, labelled_date_spelling, ocr_name
from .layout import Cell, cells, value_near
from .numbers import parse_qty
from .parties import find_parties
from .rows import UNIT_RE, ocr_number, ocr_unit
from .text import SPECKS, Line, split_lines

_NUM = r"(?P<num>(?:[A-Z]{1,6}\s(?=[\w/\-.]*\d))?[A-Z0-9][\w/\-.]*\d[\w/\-.]*)"
_NUMBER_RE = re.compile(
    r"(?i)(?:protok[óo][łl]\b[^\n]{0,50}?\b(?:nr|numer)|(?:nr|numer)\s+protokołu)\.?\s*:?\s*" + _NUM
)
_DATE_LABEL = re.compile(
    r"(?i)data\s+(?:odbioru|protokołu|przekazania|sporządzenia|dostawy|przyjęcia)|sporządzony\s+(?:w\s+dniu|dnia)|"
    r"w\s+dniu|z\s+dnia|dnia|^data\s*:"
)
_OTHER_DOCUMENT_DATE = re.compile(OTHER_DOCUMENT_NUMBER + r"\s+(?:z\s+)?(?:dnia\s+|dn\.\s*)?$")
_REF_RE = re.compile(
    r"(?i)(?<!\w)(?P<what>faktur\w*(?:\s+vat)?|umow\w*|zamówieni\w*|zlecen\w*)\s+(?:nr|numer)\.?\s*:?\s*" + _NUM
)
# "na podstawie faktury FV 27/04/2026": without "nr" only a number with a slash is taken.
_REF_LOOSE_RE = re.compile(
    r"(?i)(?<!\w)(?:faktur\w*(?:\s+vat)?|umow\w*|zamówieni\w*)\s+"
    r"(?!(?:nr|numer)\b)(?P<num>(?:[A-Z]{1,6}\s(?=[\w\-.]*/))?[A-Z0-9][\w\-.]*/[\w/\-.]*\d[\w/\-.]*)"
)
_NUMBER_TITLE_RE = re.compile(r"(?i)protok[óo][łl]\b[^\n]{0,50}?\s(?P<num>[A-Z0-9][\w\-.]*/[\w/\-.]*\d[\w/\-.]*)")
_NUMBER_START_RE = re.compile(r"(?i)^(?:nr|numer)\.?\s*:?\s*" + _NUM + r"(?=\s|$)")
_NUMBER_ALONE_RE = re.compile(r"(?i)^(?:nr|numer)\.?\s*:?\s*" + _NUM + r"\s*$")
_SERIAL_RE = re.compile(
    r"(?i)(?:\bs/n\b|\bsn\b|nr\s+ser(?:yjny)?\.?|numer(?:y)?\s+seryjn\w*|"
    # a licence's key printed under its product ("Klucz: W9JVJ-MJ3B9-…"): the piece's identifier, as a serial
    # ("Klucz sprzętowy YubiKey" is a product: only a label with its colon)
    r"\bklucz\w*(?:\s+(?:licencyjn\w*|zbiorcz\w*|produktu|aktywacyjn\w*))?\s*:|\b(?:product|licen[cs]e)\s+key\s*:|"
    r"\bn(?:r|umer)\s+licencji\s*:)\s*:?\s*(?P<list>[A-Z0-9][A-Z0-9\-]{3,}(?:\s*[,;]\s*[A-Z0-9][A-Z0-9\-]{3,})*)"
)
_SPEC_UNIT = r"(?:GB|TB|MB|GHz|MHz|Hz|W|VA|mAh|mm|cm|dpi|ppm|lm|cd|nits)\b"
_SERIAL_TOKEN = re.compile(r"^(?=[A-Z0-9\-]*\d)(?=[A-Z0-9\-]*[A-Z])[A-Z0-9\-]{6,}$")
_ITEMS_HEADER = re.compile(
    # ("#  Produkt (licencja)  Aktywowano  Jedn.": a count under a heading of its own, its unit column named)
    r"(?i)(?:\b[lł]p\.?|^\s*#|\bnazwa|\bprzedmiot|\bopis|\bsprzęt|\bprodukt|\btowar|\basortyment)"
    r".*(?:[il1|ł]{2}o[śs][ćc]|il\.|j[.\-]?\s?m|szt|seryjn|s/n|\bliczba\b|\bjedn\.?(?!\s*(?:netto|brutto))(?:\s|$))"
    r"|(?:ilo[śs][ćc]|[it]lo[śs][ćc]).*\bj\.?\s?m\b"
)
_END = re.compile(
    r"(?i)^(?:uwagi|zastrze[żz]eni[ae]|stwierdzenia|ustalenia|odbiór|zamawiający\s+(?:stwierdza|potwierdza)|strony|"
    r"podpis|przekazujący|odbierający|przyjmujący|komisja|protokół\s+sporządzono|wykonawca\s+(?:przekazuje|oświadcza)|"
    # a party as the subject of the closing sentence ("Zleceniodawca przyjmuje usługę …")
    r"(?:zleceniodawca|zleceniobiorca|zamawiający|wykonawca)\s+[a-ząćęłńóśźż]{4,}\s|"
    r"łączn\w*\s+wartoś|łącznie\s*:|razem\b|ogółem\b|suma\b|wartość\s+(?:łączna|ogółem|dostawy)|[x☒☑✓✔]\s+\w|"
    # a section's heading of one to three words with its colon, however OCR spelt it ("Stwiei'dzenia komisji:")
    r"[^\W\d_][^\s:]*(?:\s[^\s:]+){0,2}:$)"
)
# A sentence of the protocol's statement, wherever OCR garbled its first word ("Zamewiający potwierdza").
_STATEMENT = re.compile(
    r"(?i)\b(?:potwierdza|stwierdza|oświadcza)(?:m|my|ją)?\b|bez\s+zastrz|wnosi\w*\s+(?:\w+\s+)?zastrz|"
    r"zgodn\w*\s+z\s+umow|"
    r"kompletn\w*,?\s+(?:i\s+)?sprawn|zgłasza\w*\s+zastrze|bez\s+uszkodze|dostawa\s+kompletn"
)
# A lettered part of the protocol ("A. Przekazujący wydaje …", "B. Wykaz numerów seryjnych:").
# ("II. Przeprowadzone testy": a roman numeral from II on – a lone "I." may be OCR's Lp 1)
_SECTION = re.compile(
    r"^(?:[A-H]|II|III|IV|VI{0,3}|IX|X)[.)]\s+[A-ZŁŚŻŹĆ][a-ząćęłńóśźż]+\s"
    # "Wykaz numerów seryjnych" over a table of its own: the next part of the protocol
    r"|^(?i:(?:wykaz|lista|zestawienie)\s+(?:numerów|nr|numery)\s+seryjn\w*)\s*:?\s*$"
)
_LP_RE = re.compile(r"^\s*(?P<lp>\d{1,3})[.)]?\s+(?=\S)")
_QTY_UNIT_RE = re.compile(
    # (a scan's speck after the count: "5.  szt.")
    r"(?i)(?<=\s)(?:(?P<qty>\d+(?:[,.]\d+)?)[.,]?\s+(?P<unit>[a-ząćęłńóśźż.\-]{1,12})"
    r"|(?P<unit2>[a-ząćęłńóśźż.\-]{1,12})\s+(?P<qty2>\d+(?:[,.]\d+)?))(?=\s|$)"
)
_DURATION = re.compile(r"(?i)mies|lat|rok|dni|dzie|godz|h$|stanow|os")
_PLACEHOLDER = re.compile(r"\.{5,}|_{5,}|…{3,}")
_SIGNED = re.compile(
    r"(?i)/-/|podpisan[oy]\s+(?:elektronicznie|kwalifikowanym)|podpis\s+(?:elektroniczny|kwalifikowany)|"
    r"signed|dokument\s+podpisany|\bpodpisano\b"
)


def _serials(text: str) -> list[str]:
    found = []
    for m in _SERIAL_RE.finditer(text):
        found += [s.strip() for s in re.split(r"[,;]", m.group("list")) if s.strip()]
    return found


_SURNAME = re.compile(r"\s*[A-ZŁŚŻŹĆ][a-ząćęłńóśźż]+(?:-[A-ZŁŚŻŹĆ][a-ząćęłńóśźż]+)?\b")


def _qty_unit_pairs(text: str, start: int) -> list[re.Match[str]]:
    """Every "qty unit" / "unit qty" pair, overlapping ones included ("urzędu 1 usł.")."""
    found = []
    pos = start
    while (m := _QTY_UNIT_RE.search(text, pos)) is not None:
        unit = m.group("unit") or m.group("unit2")
        # "2  M. Sikora": the count, then the initial of who did the work (a "Wykonał" column), no metres
        initial = re.fullmatch(r"[A-ZŁŚŻŹĆ]\.", unit) and _SURNAME.match(text, m.end())
        if UNIT_RE.match(unit) and not initial:
            found.append(m)
        pos = m.start() + 1
    return found


@dataclasses.dataclass(frozen=True, slots=True)
class ProtocolRow(ProtocolItem):
    """A protocol line read from its table: the Lp. and, on protocols that print them, the values."""

    position: int | None = None
    unit_net: Decimal | None = None
    net: Decimal | None = None
    gross: Decimal | None = None


# Header words naming the columns that follow the name, in the order printed.
_COLUMN_WORDS = re.compile(
    r"(?i)(?P<serial>(?:numer(?:y)?|nr)\s+seryjn\w*|\bs/n\b|\bsn\b)"
    r"|(?P<qty>\b[il1|ł]{2,3}o[śs][ćc]\b|\bil\.|\bliczba\b)"  # OCR: "llość", "lliość", "lłość"
    r"|(?P<unit>\bj[.\-,]?\s?m\.?|\bjedn(?:ostka)?\.?(?!\s*(?:netto|brutto)))"
    r"|(?P<rate>stawka(?:\s+vat)?|\bvat\s*%|%\s*vat)"
    r"|(?P<price>\bcena(?:\s+jedn\w*\.?)?(?:\s+(?:netto|brutto))?)"
    r"|(?P<value>\bwarto[śs][ćc](?:\s+(?:netto|brutto))?|\bkwota(?:\s+(?:netto|brutto|vat))?|\bnetto\b|\bbrutto\b)"
    r"|(?P<note>\buwagi\b|\bstan\b)"
)
# A remarks or condition cell at the end of a row: "bez uwag", "nowy, kompletny", "sprawny", "—".
_NOTE_END = re.compile(
    r"(?i)(?<!\S)(?P<v>(?:bez\s+uwag|bez\s+zastrzeżeń|brak|—|–|-|"
    r"(?:nowy|nowe|nowa|używany|sprawny|sprawne|kompletny|kompletne|fabrycznie\s+nowy|ok)"
    r"(?:\s*,\s*(?:nowy|nowe|sprawny|sprawne|kompletny|kompletne|bez\s+uwag))*))\s*$"
)
_QTY_UNIT_END = re.compile(
    r"(?<!\S)(?P<v>\d{1,6}(?:[,.]\d{1,3})?)\s*(?P<u>[a-ząćęłńóśźż][a-ząćęłńóśźż.\-]{0,9})\s*$", re.I
)
_MONEY_END = re.compile(
    r"(?<!\S)(?P<v>-?\d{1,3}(?:[ \u00a0]\d{3})+[,.]\d{2}|-?\d+[,.]\d{2})(?:\s*(?:zł|pln))?\s*$", re.I
)
_QTY_END = re.compile(r"(?<!\S)(?P<v>\d{1,6}(?:[,.]\d{1,3})?)\s*$")
# OCR leaves a cell border's speck before a cell ("(szt.", "|-"): it is no part of the value
_UNIT_END = re.compile(r"(?<!\S)[(|\[]?(?P<v>[a-ząćęłńóśźż][a-ząćęłńóśźż.\-]{0,9})\s*$", re.I)
_RATE_END = re.compile(r"(?<!\S)(?P<v>\d{1,2}\s?%|zw\.?|np\.?)\s*$", re.I)
_SERIAL_END = re.compile(
    r"(?<!\S)[|(\[]?(?P<v>(?:—|–|-|brak)|(?=[A-Z0-9\-/]*\d)[A-Z0-9][A-Z0-9\-/]{3,}(?:\s*[,;]\s*[A-Z0-9][A-Z0-9\-/]{3,})*)\s*$"
)


def _columns(header: str) -> list[str]:
    """The columns right of the name, as the header prints them: qty, unit, serial, rate, price, value."""
    found: list[str] = []
    for m in _COLUMN_WORDS.finditer(header):
        kind = m.lastgroup or ""
        text = m.group(0).casefold()
        if kind == "value" and found and found[-1] == "value" and text in ("netto", "brutto"):
            continue  # "Wartość netto" split by layout: one column
        if kind == "value":
            kind = "gross" if "brutto" in text else ("vat" if "vat" in text else "net")
        if kind == "price":
            kind = "unit_gross" if "brutto" in text else "unit_net"
        found.append(kind)
    return found


def _table_row(text: str, columns: list[str]) -> tuple[str, dict[str, str]] | None:
    """Split a row into the name and its columns, reading the columns from the right.

    Digits inside the name ("Dysk 16TB", "50 stanowisk") are never the quantity: the quantity is
    the number in the quantity column. None when the row does not end as the header says.
    """
    rest = text.rstrip()
    values: dict[str, str] = {}
    for kind in reversed(columns):
        pattern = {
            "qty": _QTY_END,
            "unit": _UNIT_END,
            "rate": _RATE_END,
            "serial": _SERIAL_END,
            "note": _NOTE_END,
        }.get(kind, _MONEY_END)
        m = pattern.search(rest)
        if m is None and kind == "qty" and "unit" not in columns:
            # "Ilość" printed as "1 usł." in one cell
            both = _QTY_UNIT_END.search(rest)
            if both is not None and UNIT_RE.match(both.group("u")):
                values["qty"], values["unit"] = both.group("v"), both.group("u")
                rest = rest[: both.start()].rstrip()
                continue
        if m is None or (kind == "unit" and not UNIT_RE.match(m.group("v"))):
            if kind in ("qty",):
                return None
            continue  # an empty serial, value or remarks cell
        if kind != "note":
            values[kind] = m.group("v")
        rest = rest[: m.start()].rstrip()
    if "qty" not in values or not rest:
        return None
    return rest, values


_HEADER_START = re.compile(r"(?i)\s*(?:l\.?\s?p\.?|nazwa|przedmiot|opis|asortyment|towar)\b")
# Header words that name no column of their own ("Ilość [szt.]", "Nr seryjny / S/N").
_HEADER_FILLER = re.compile(r"(?i)^(?:szt|zł|pln|nr|numer|i|oraz|lub|jedn|\[|\]|/|\(|\)|\.|,|:|-|–)+$")
_NAME_HEADER = re.compile(
    # "Zakres prac / etap", "Czynności", "Usługa": a service protocol's name column
    r"(?i)\bnazw\w*|\bprzedmiot\w*|\bopis\w*|\bsprzęt\w*|\basortyment\w*|\btowar\w*|\bzakres\w*|\betap\w*"
    r"|\bczynno\w*|\busług[ai]\b"
    # "Oprogramowanie", "Produkt": a software installation protocol's name column
    r"|\boprogramowani\w*|\bprodukt\w*"
    # "Temat szkolenia", "Nazwa kursu": a training's subject
    r"|\btemat\w*|\bszkoleni[ea]\b|\bkurs\w*"
)


def _header_columns(text: str) -> list[str]:
    """The columns right of the name; none (the row heuristics decide) when the header also names
    columns this reader does not know ("Miejsce instalacji", "Nr inwentarzowy", "Gwarancja")."""
    name = _NAME_HEADER.search(text)
    tail = text[name.end() :] if name else text
    leftover = _COLUMN_WORDS.sub(" ", tail)
    if any(
        not _HEADER_FILLER.match(word)
        for word in re.findall(r"[^\s\[\]()/.,:;–-]+", leftover)
        if not re.fullmatch(r"(?i)sprzętu|usługi|przedmiotu|towaru|pozycji|[a-ząćęłńóśźż]{1,2}", word)
    ):
        return []
    return _columns(tail)


def _money_value(raw: str | None) -> Decimal | None:
    if raw is None:
        return None
    try:
        return Decimal(re.sub(r"[\s\u00a0]", "", raw).replace(",", ".")).quantize(Decimal("0.01"))
    except ArithmeticError:
        return None


def _balanced(name: str) -> str:
    """Strip a bracket left open or closed by a removed serial ("(S/N: …)"), keep "(VLAN, 802.1X)"."""
    name = re.sub(r"\(\s*\)", " ", name).strip(" ,;-")
    while name.endswith(")") and name.count(")") > name.count("("):
        name = name[:-1].rstrip(" ,;-")
    while name.endswith("("):
        name = name[:-1].rstrip(" ,;-")
    return name


def _row_item(text: str, lp: re.Match[str] | None, columns: list[str]) -> ProtocolRow | None:
    body = text[lp.end() :] if lp else text
    split = _table_row(body, columns)
    if split is None:
        return None
    name, values = split
    qty = parse_qty(values["qty"])
    if qty is None:
        return None
    raw_serial = values.get("serial", "")
    serials = (
        []
        if raw_serial in ("—", "–", "-", "brak", "")
        else [t.strip() for t in re.split(r"[,;]", raw_serial) if t.strip()]
    )
    serials = _serials(name) + serials
    name = _balanced(_SERIAL_RE.sub("", name).strip(" ,;-").lstrip(SPECKS))
    if not name:
        return None
    unit = values.get("unit")
    return ProtocolRow(
        name=name,
        qty=qty,
        unit=unit.rstrip(".") + "." * unit.endswith(".") if unit else None,
        serial_numbers=tuple(dict.fromkeys(serials)),
        position=int(lp.group("lp")) if lp else None,
        unit_net=_money_value(values.get("unit_net")),
        net=_money_value(values.get("net")),
        gross=_money_value(values.get("gross")),
    )


def _serial_prefix(serials: tuple[str, ...]) -> str | None:
    """The two letters every serial number of a line starts with ("SN…"), when they share them."""
    heads = {s[:2] for s in serials if len(s) >= 6 and s[:2].isalpha()}
    return heads.pop() if len(heads) == 1 else None


# The Lp cell at the start of a row's text ("1.  ", "12) ").
_LP_CELL = re.compile(r"^\s*\d{1,3}[.)]?\s+")


def _name_cell(row: list[Cell]) -> int | None:
    """Index of the header cell naming the name column ("Nazwa", "Zakres prac / etap"), or None."""
    return next((k for k, c in enumerate(row) if _NAME_HEADER.search(c.text)), None)


def _name_column_end(raw: str) -> int | None:
    """Where the column after the name column starts in a laid-out header line ("Nazwa …   Numer
    seryjny …"); None when the header is not laid out or has nothing right of the name."""
    row = cells(raw)
    name = _name_cell(row)
    if name is None or name + 1 >= len(row):
        return None
    return row[name + 1].start


def _name_by_header(line: Line, header_raw: str) -> str | None:
    """The row's cells under the header's name column, by their centre: a value centred in the next
    column can start left of that column's heading ("subskrypcja roczna" under "Wersja /"), yet is
    not part of the name. None when the header or the row is not laid out in columns."""
    head = cells(header_raw)
    name = _name_cell(head)
    row = cells(line.raw)
    if name is None or name + 1 >= len(head) or len(row) < 2:
        return None
    border = (head[name].start + head[name].end + head[name + 1].start + head[name + 1].end) / 4
    border = max(border, head[name].end)
    kept = [c.text for c in row if (c.start + c.end) / 2 < border]
    return " ".join(kept) if kept else None


# "Ilość" (OCR: "lliość"), "Liczba licencji", "Il.", "Szt."
_QTY_HEADER = re.compile(r"(?i)^(?:[il1|ł]{2,3}o[śs][ćc]|liczba|il\.|szt\.?)")
# A partial acceptance prints what was ordered and what was received: the protocol accepts the latter.
_RECEIVED_HEADER = re.compile(
    r"(?i)^(?:odebrano|przyj[ęe]to|dostarczono|(?:ilo[śs][ćc]\s+)?(?:odebran|przyj[ęe]t|dostarczon)\w*)\b"
)
# Headings of count columns (ordered, received, missing), wherever they stand in the header line: OCR
# glues neighbouring headings and reads a capital Z as "i'", "it" or "2" ("J.m. i'amówiono").
_COUNT_WORD = re.compile(
    r"(?i)(?<![^\W\d_])(?:ilo[śs][ćc]|liczba|il\.|odebran\w*|przyj[ęe]t\w*|dostarczon\w*|\S{0,2}?am[óo]wi\w*|"
    r"brak\w*|pozosta\w*)"
)
_COUNT = re.compile(r"\d{1,6}(?:[,.]\d{1,3})?")
_TOTAL_COLUMN = re.compile(r"(?i)^(?:razem|łącznie|ogółem|suma)(?:\s+(?:szt\.?|sztuk))?$")
# (OCR reads the dot of "J.m." as a hyphen or a comma: "J-m.")
_UNIT_HEADER = re.compile(r"(?i)^(?:j[.\-,]?\s?m\.?|jedn(?:ostka)?\.?)$")


_DURATION_TAIL = re.compile(r"(?i)^(?:godzin\w*|godz\.?|h|dni|miesięcy|mies\.?|lat)$")


def _without_duration_counts(header_raw: str, tail_raw: str) -> str:
    """ "Liczba / godzin   Liczba / uczestników": a count heading whose second line names a duration is
    no quantity column; it is blanked in the header the rows are read under."""
    heads = [c for c in cells(header_raw) if _QTY_HEADER.match(c.text.strip())]
    if len(heads) < 2 or re.search(r"\d", tail_raw):
        return header_raw
    out = header_raw
    for head in heads:
        under = [t.text for t in cells(tail_raw) if t.start < head.end + 2 and t.end > head.start - 2]
        if len(under) == 1 and _DURATION_TAIL.match(under[0].strip()):
            out = out[: head.start] + "Czas".ljust(head.end - head.start) + out[head.end :]
    return out


def _counts_by_column(header_raw: str) -> bool:
    """The header says which column holds the count: a received one, or a total of counts split by unit
    (a "szt.  3" pair is then a split's first count, not the row's)."""
    heads = [c.text.strip() for c in cells(header_raw)]
    return any(_RECEIVED_HEADER.match(h) for h in heads) or (
        any(_TOTAL_COLUMN.match(h) for h in heads) and not any(_QTY_HEADER.match(h) for h in heads)
    )


def _row_by_columns(line: Line, header_raw: str) -> ProtocolItem | None:
    """A row read under a laid-out header: the name from the name column, the count from the
    quantity column ("Liczba licencji"), whatever columns stand around them. None when the header
    or the row has no such columns."""
    head = cells(header_raw)
    name = _name_cell(head)
    qty_at = next((k for k, c in enumerate(head) if _RECEIVED_HEADER.match(c.text.strip())), None)
    if qty_at is None:
        qty_at = next((k for k, c in enumerate(head) if _QTY_HEADER.match(c.text.strip())), None)
    if qty_at is None:
        # counts split by receiving unit ("GOPS  CUW  Biblioteka  Razem"): the row's total column
        qty_at = next((k for k, c in enumerate(head) if _TOTAL_COLUMN.match(c.text.strip())), None)
    unit_at = next((k for k, c in enumerate(head) if _UNIT_HEADER.match(c.text.strip())), None)
    if qty_at is None and unit_at is not None and name is not None and unit_at - 1 > name:
        # a count under a heading of its own ("Aktywowano", "Przekazano") left of the unit's column: a
        # count is printed before its unit, whatever its heading says
        qty_at = unit_at - 1
    row = cells(line.raw)
    if name is None or qty_at is None or qty_at <= name or len(row) < 3:
        return None
    left = (head[name - 1].end + head[name].start) / 2 if name > 0 else -1
    right = head[name + 1].start - 1
    name_text = " ".join(c.text for c in row if left <= (c.start + c.end) / 2 < right)
    # OCR reads a cell's left border as a dash ("- Adobe Acrobat Pro"): no part of the name
    name_text = _LP_CELL.sub("", name_text).strip().lstrip(SPECKS)
    low, high = head[qty_at].start - 4, head[qty_at].end + 4

    def nearest(cell: Cell) -> int:
        middle = (cell.start + cell.end) / 2
        return min(range(len(head)), key=lambda k: abs((head[k].start + head[k].end) / 2 - middle))

    # a cell overlapping the count's heading belongs to it unless it stands closer to the next heading
    # ("Ilość  Stawka amort. %" over "2    30,00")
    counts = [
        c.text
        for c in row
        if c.start < high
        and c.end > low
        and re.fullmatch(r"\d{1,6}(?:[,.]\d{1,3})?", c.text)
        # a count right-aligned under its heading ends where the heading ends
        and (nearest(c) == qty_at or c.end <= head[qty_at].end + 2)
    ]
    count_heads = [m for m in _COUNT_WORD.finditer(header_raw) if m.start() >= head[name].end]
    count_cells = [c.text for c in row if c.start > head[name].start and _COUNT.fullmatch(c.text)]
    received = [k for k, m in enumerate(count_heads) if _RECEIVED_HEADER.match(m.group(0))]
    if len(count_heads) > 1 and len(count_cells) == len(count_heads) and len(received) == 1:
        # "Zamówiono  Odebrano": several count columns side by side, each row printing one count in
        # each; matched in order, as a character grid (or OCR gluing two headings into one cell,
        # "J.m. i'amówiono") cannot tell columns a few points apart
        counts = [count_cells[received[0]]]
    if not name_text or len(counts) != 1:
        return None
    units = (
        [
            c.text
            for c in row
            if c.start < head[unit_at].end + 4
            and c.end > head[unit_at].start - 4
            and (UNIT_RE.match(c.text) or re.fullmatch(r"[a-ząćęłńóśźż]{2,14}\.?", c.text))
        ]
        if unit_at is not None
        else []
    )
    return ProtocolItem(name=name_text, qty=parse_qty(counts[0]), unit=units[0] if len(units) == 1 else None)


def _in_name_column(line: Line, end: int | None) -> str:
    """The text of a continuation line that lies in the name column (a wrapped serial or "kompletny"
    under the state column is not the name's)."""
    if end is None or not re.search(r"\S\s{3,}\S|^\s{3,}\S", line.raw):
        return line.text
    return " ".join(c.text for c in cells(line.raw) if c.start < end - 1)


# A line holding a licence key under its product.
_KEY_LINE = re.compile(
    r"(?i)^\s*(?:klucz\w*(?:\s+(?:licencyjn\w*|zbiorcz\w*|produktu|aktywacyjn\w*))?|(?:product|licen[cs]e)\s+key|"
    r"n(?:r|umer)\s+licencji)\s*:\s*(?P<key>[A-Z0-9\]][A-Z0-9\]\-]{4,})"
)


def _continued(last: ProtocolItem, line: Line, name_end: int | None) -> ProtocolItem:
    """The previous row with a continuation line added: the rest of its name, or its serial numbers."""
    text = line.text
    key = _KEY_LINE.match(text)
    if key:
        # "Klucz zbiorczy: WK4MJ-…-W76G6  na 40 stanowisk": the key, then a note; nothing of the name
        # (OCR reads a key's J as "]")
        found = key.group("key").replace("]", "J").strip(",;")
        return dataclasses.replace(last, serial_numbers=tuple(dict.fromkeys((*last.serial_numbers, found))))
    beside_only = name_end is not None and not _in_name_column(line, name_end).strip()
    if beside_only and not _serials(text) and not all(_SERIAL_TOKEN.match(t) for t in text.split()):
        return last  # "kompletny" wrapped in the state column: nothing of the name
    text = _in_name_column(line, name_end) if not _serials(text) else text
    text = re.sub(r"\s*(?:…|\.{3})\s*$", "", text)  # "SN47ECCA41 …": a list cut short
    serials = _serials(text)
    tokens = [t for t in re.split(r"[\s,;]+", text) if t]
    if not serials and tokens and all(_SERIAL_TOKEN.match(t) for t in tokens):
        serials = tokens
    prefix = _serial_prefix(last.serial_numbers)
    if not serials and prefix:
        # "512SSD W11P SN47ECCA41": the name wraps beside the serial column, which continues.
        serials = [t for t in tokens if t.startswith(prefix) and _SERIAL_TOKEN.match(t)]
    if serials:
        # "TB SAS) S/N: CN7XK93": the rest of the name, then the serial number.
        rest = _SERIAL_RE.sub("", text).strip(" ,;-")
        rest = " ".join(t for t in rest.split() if t.strip(",;") not in serials)
        name = f"{last.name} {rest}" if rest and not re.search(r"(?i)seryjn|s/n", rest) else last.name
        return dataclasses.replace(
            last, name=name, serial_numbers=tuple(dict.fromkeys(last.serial_numbers + tuple(serials)))
        )
    captions_only = not _CAPTION.sub("", re.sub(r"(?i)\bstron[ay]\b", "", text)).strip(" :()")
    # A figure of 3+ digits is an amount or a count, not a name's — unless it is a specification
    # ("SSD 512 GB", "3000 VA") or a part of a model code ("1000-24P-4G-L").
    figures = re.search(rf"(?<![\w/.,-])\d{{3,}}(?![\w/-])(?!\s?{_SPEC_UNIT})", text)
    if not figures and len(text) < 60 and not captions_only:
        return dataclasses.replace(last, name=f"{last.name} {text}")
    return last


def _row_from_pair(
    line: Line, text: str, m: re.Match[str], lp: re.Match[str] | None, name_end: int | None, header_raw: str
) -> ProtocolItem:
    """A row whose quantity is its last "number unit" pair; the name before it, serials after it."""
    name_start = lp.end() if lp else 0
    unit = m.group("unit") or m.group("unit2")
    qty = parse_qty(m.group("qty") or m.group("qty2"))
    rest = text[m.end() :]
    serials = _serials(rest) or [t for t in re.split(r"[\s,;]+", rest) if _SERIAL_TOKEN.match(t)]
    name = text[name_start : m.start()]
    by_header = _name_by_header(line, header_raw) if name_end is not None and lp else None
    if by_header is not None:
        by_header = _LP_CELL.sub("", by_header)
        if by_header and by_header in name:
            name = by_header
    if name_end is not None and lp:
        # a serial column between the name and the quantity: its cell is a serial, not the name
        beside = [t.strip(",;") for c in cells(line.raw) if c.start >= name_end - 1 for t in c.text.split()]
        found = [t for t in beside if _SERIAL_TOKEN.match(t.removeprefix("S/N"))]
        if found:
            serials += [t.removeprefix("S/N") for t in found]
            # (a dash of the name is no serial's: "… EAP653 –" beside "UM/IT/2026/150 –")
            name = " ".join(t for t in name.split() if t.strip(",;") not in beside or not any(c.isalnum() for c in t))
    serials = _serials(name) + serials
    # a trailing comma stays until the end: "HP Pro Tower 400 G9," wraps to "Intel Core i5 …"
    # a bracket is stripped only when left open by a removed serial ("(S/N: …)"): "(adresacja publiczna)" stays
    name = re.sub(r"\(\s*\)", " ", _SERIAL_RE.sub("", name)).strip(" ;-")
    while name.endswith(")") and name.count(")") > name.count("("):
        name = name[:-1].rstrip(" ;-")
    name = name.rstrip(" ;-(")
    if name.startswith("(") and name.count("(") > name.count(")"):
        name = name[1:]
    name = name.lstrip(SPECKS + ",")
    return ProtocolItem(
        name=name,
        qty=qty,
        unit=unit.rstrip(".") + "." * unit.endswith("."),
        serial_numbers=tuple(dict.fromkeys(serials)),
    )


# In a serial-number column any code of capitals and digits is one (some carry no digit at all).
_LISTED_SERIAL = re.compile(r"^[A-Z0-9][A-Z0-9\-/]{5,}$")


def _serial_list_header(text: str) -> bool:
    """A second table under the items listing serial numbers without a count ("Lp.  Urządzenie
    Numer seryjny  Nr inw."): one row per piece, naming the item it belongs to."""
    found = {m.lastgroup for m in _COLUMN_WORDS.finditer(text)}
    return "serial" in found and "qty" not in found


def _folded(text: str) -> str:
    return " ".join(text.split()).casefold()


def _with_listed_serials(items: list[ProtocolItem], header_raw: str, lines: list[Line]) -> list[ProtocolItem]:
    """The items with the serial numbers of a serial-number list added: each row's serial goes to the
    item whose name starts with the row's (shortened) name; a row naming no item adds nothing."""
    serial_cell = next((c for c in cells(header_raw) if _COLUMN_WORDS.fullmatch(c.text.strip())), None)
    serial_cell = serial_cell or next((c for c in cells(header_raw) if re.search(r"(?i)seryjn|s/n", c.text)), None)
    if serial_cell is None:
        return items
    out = list(items)
    for line in lines:
        if _END.match(line.text) or _STATEMENT.search(line.text) or line.raw == "\f":
            break
        row = cells(line.raw)
        name = _LP_CELL.sub("", " ".join(c.text for c in row if c.end <= serial_cell.start - 1)).strip()
        serials = [
            c.text.strip()
            for c in row
            if c.end > serial_cell.start - 1 and c.start < serial_cell.end + 4 and _LISTED_SERIAL.match(c.text.strip())
        ]
        if not name or len(serials) != 1:
            continue
        owner = next((k for k, item in enumerate(out) if _folded(item.name).startswith(_folded(name))), None)
        if owner is not None:
            item = out[owner]
            out[owner] = dataclasses.replace(item, serial_numbers=(*item.serial_numbers, *serials))
    return out


def _prose(line: Line) -> bool:
    """A sentence printed under the table ("Zakres prac: instalacja, aktywacja licencji, …, test
    poprawności działania."): the table has ended; no row's cell is a sentence of eight words."""
    words = line.text.split()
    if len(words) >= 2 and re.fullmatch(r"\d+(?:[,.]\d+)?", words[-2]) and UNIT_RE.match(words[-1]):
        return False  # "Licencja EDR … 12 m-cy 45 lic.": a row ending in its quantity and unit, not a sentence
    one_cell = not re.search(r"\S\s{3,}\S", line.raw.strip())
    # a sentence wrapped to the next line ("… rozdysponuje go do wskazanych jednostek zgodnie z"): as long
    # as no name column is wide
    return one_cell and ((len(words) >= 8 and line.text.endswith(".")) or len(words) >= 14)


def _items(lines: list[Line]) -> list[ProtocolItem]:
    items: list[ProtocolItem] = []
    in_table = False
    columns: list[str] = []
    name_end: int | None = None
    header_raw = ""
    for index, line in enumerate(lines):
        text = line.text
        if not text:
            continue
        # "1. Klucz sprzętowy … 4 szt." reads like a header to the pattern: a numbered row never is one,
        # and inside a table only a line opening with a header word starts a new one.
        if _ITEMS_HEADER.search(text) and not _LP_RE.match(text) and (not in_table or _HEADER_START.match(text)):
            if items and _serial_list_header(text):
                return _with_listed_serials(items, line.raw, lines[index + 1 :])
            in_table = True
            columns = _header_columns(text)
            name_end = _name_column_end(line.raw)
            header_raw = _without_duration_counts(line.raw, lines[index + 1].raw if index + 1 < len(lines) else "")
            continue
        if not in_table:
            continue
        line = _lettered_position(line, len(items))
        text = line.text
        if _table_ended(lines, index, len(items)) or _note_ends_table(lines, index, header_raw, items):
            break
        if _SECTION.match(text):
            in_table = False  # "B. Wykaz numerów seryjnych:": the next part of the protocol
            continue
        lp = _LP_RE.match(text)
        if "qty" in columns and (lp or not items):
            row = _row_item(text, lp, columns)
            if row is not None:
                items.append(row)
                continue
        # The quantity is the last "number unit" pair: names carry numbers too ("50 stanowisk 3 lata").
        # A table without an Lp column: the row still ends with its quantity and unit (the leading
        # space lets the pattern's look-behind see the first word).
        row_text = text if lp else " " + text
        pairs = _qty_unit_pairs(row_text, lp.end() - 1 if lp else 0)
        # Without an Lp, "na 36 miesięcy" inside a wrapped name is not a quantity: only counting units.
        counted = pairs and not _DURATION.match(pairs[-1].group("unit") or pairs[-1].group("unit2"))
        if lp and header_raw and (not (pairs and counted) or _counts_by_column(header_raw)):
            by_columns = _row_by_columns(line, header_raw)
            if by_columns is not None:
                # "1  Microsoft  Office LTSC Standard 2021  DG7GMGF0D7FX  60  2026-01-29 – …": no unit
                # after the count, columns before and after the name: read the row under its header
                items.append(by_columns)
                continue
        if pairs and (lp or (counted and len(row_text[: pairs[-1].start()].split()) >= 2)):
            items.append(_row_from_pair(line, row_text, pairs[-1], lp, name_end, header_raw))
            continue
        if lp and items and int(lp.group("lp")) == len(items) + 1:
            # "3.  Przeprowadzenie testów  usł.  i  12 373,00": the next number opens the next row even when
            # its count is unreadable; its name is never the last row's continuation
            items.append(_row_by_columns(line, header_raw) or ProtocolItem(name=_first_cell(line, lp)))
            continue
        # ("Dostawa 2 z dnia 20.05.2026, WZ 198/05/2026": a part's heading, no row and no name's rest)
        if items and not _DELIVERY_HEADING.match(text):
            items[-1] = _continued(items[-1], line, name_end)
    return items


# A heading of one delivery inside a protocol's table ("Dostawa 1 z dnia 08.05.2026, WZ 279/05/2026", "Dostawa nr 2
# – WZ 198/05/2026")
_DELIVERY_HEADING = re.compile(r"(?i)^\s*(?:dostawa|partia|transza)\s+(?:nr\s*)?\d{1,3}\b(?=.*(?:\bz\s+dnia\b|\bWZ\b))")


# "Zgłoszenia serwisowe: …", "Termin gwarancji: …": a label with its colon opening a line
_LABEL_OPENING = re.compile(r"^[^\W\d_][\w\-]*(?:\s+[\w\-]+){0,3}:\s+\S")


def _note_left_of_names(line: Line, header_raw: str, items: list[ProtocolItem]) -> bool:
    """A labelled note under a numbered table, starting left of the name column ("Zgłoszenia serwisowe:
    serwis@…, czas reakcji 4 h."): the table has ended – a row opens with its Lp, a name's rest lies
    under the name."""
    if not items or _LP_RE.match(line.text) or not _LABEL_OPENING.match(line.text):
        return False
    row = cells(header_raw) if header_raw else []
    name = _name_cell(row)
    if name is None or name == 0:
        return False
    indent = len(line.raw) - len(line.raw.lstrip())
    return indent < row[name].start - 2


def _note_ends_table(lines: list[Line], index: int, header_raw: str, items: list[ProtocolItem]) -> bool:
    """A labelled note left of the names ends the table – unless the numbering goes on under it
    ("Lokalizacja: Szkoła …, ul. …" over the next rows: a section's subtitle)."""
    return _note_left_of_names(lines[index], header_raw, items) and not _numbering_goes_on(lines, index, len(items))


_LETTER_LP = re.compile(r"^(\s*)([a-z])([.),])\s")  # OCR reads the dot as a comma


def _lettered_position(line: Line, count: int) -> Line:
    """A row numbered by letters ("a.", "b)") in the table's Lp column, the letter that follows the rows read:
    the same row numbered by digits (the letter is no part of the name)."""
    m = _LETTER_LP.match(line.raw)
    if m is None or ord(m.group(2)) - ord("a") != count or count >= 9:
        return line
    raw = f"{m.group(1)}{count + 1}.{line.raw[m.end(3) :]}"
    return Line(raw, " ".join(raw.split()))


def _numbering_goes_on(lines: list[Line], index: int, count: int) -> bool:
    """The next line with text opens the row numbered after the last one read."""
    following = next((line.text for line in lines[index + 1 : index + 3] if line.text), "")
    lp = _LP_RE.match(following)
    return lp is not None and int(lp.group("lp")) == count + 1


def _table_ended(lines: list[Line], index: int, count: int) -> bool:
    line = lines[index]
    if _END.match(line.text) or (_STATEMENT.search(line.text) and not _remark_of_a_row(line, count)):
        return True
    return count > 0 and ((not _LP_RE.match(line.text) and _prose(line)) or _other_table(lines, index))


def _remark_of_a_row(line: Line, count: int) -> bool:
    """ "2  Notebook …  3  szt.  bez zastrzeżeń": the next row, its remarks column ("Uwagi") saying what a
    closing statement says – the figure of its count stands between the Lp and the words."""
    lp = _LP_RE.match(line.text)
    statement = _STATEMENT.search(line.text)
    if lp is None or statement is None or int(lp.group("lp")) != count + 1:
        return False
    return re.search(r"\s\d+(?:[,.]\d+)?\s", line.text[lp.end() - 1 : statement.start()]) is not None


# A table's header opening with its Lp column ("Lp.  Imię i nazwisko  Stanowisko  Podpis").
_LP_HEADER = re.compile(r"(?i)^\s*(?:l\.\s?p|lp)\.?\s+\S")


def _other_table(lines: list[Line], index: int) -> bool:
    """Another table starts here: a header that names no items (an attendance list, a list of
    signatures), or a numbered section heading ("2. Lista uczestników") right above one."""
    text = lines[index].text
    if _LP_HEADER.match(text) and not _ITEMS_HEADER.search(text):
        return True
    if re.search(r"\d", _LP_RE.sub("", text)) or not _LP_RE.match(text):
        return False
    after = next((f for f in lines[index + 1 : index + 3] if f.text), Line("", ""))
    if _ITEMS_HEADER.search(after.text):
        return False
    # "2. Parametry jakości (SLA)" over "Wskaźnik   Wartość wymagana   Status": a header of words only
    words_only = len(cells(after.raw)) >= 3 and not re.search(r"\d", after.text)
    return bool(_LP_HEADER.match(after.text)) or words_only


def _first_cell(line: Line, lp: re.Match[str]) -> str:
    """The text after the Lp up to the next column (two or more spaces on the grid)."""
    rest = line.raw.lstrip()
    rest = rest[len(lp.group(0).strip()) :].strip()
    return re.split(r"\s{2,}", rest)[0].strip(" -–")


_SIGN_AREA = re.compile(
    r"(?i)podpis|przekazał|odebrał|(?:przekazujący|odbierający|przyjmujący|zamawiający|wykonawca|dostawca)\s*:?\s*"
    r"(?:(?:przekazujący|odbierający|przyjmujący|zamawiający|wykonawca|dostawca)\s*:?\s*)?$|w\s+imieniu"
)
_UPPER, _LOWER = "A-ZŻŹĆŁŚÓ", "a-ząćęłńóśźż"
_PERSON = re.compile(rf"(?<![\w.])[{_UPPER}][{_LOWER}]+\s+[{_UPPER}][{_LOWER}]+(?:-[{_UPPER}][{_LOWER}]+)?\b")
_ROLE_WORDS = re.compile(r"(?i)(przekazujący|odbierający|przyjmujący|zamawiający|wykonawca|przekazał|odebrał)\s*:?")
_NOT_PERSON = re.compile(r"(?i)podpis|pieczęć|przedstawiciel|upoważnion|imię|nazwisko|data|czytelny|strony|komisj")


_CAPTION = re.compile(
    r"(?i)(przekazując\w*|odbierając\w*|przyjmując\w*|zamawiając\w*|wykonawc\w*|dostawc\w*|"
    r"użytkownik\w*|"
    r"przekazał\w*|odebrał\w*|w\s+imieniu)"
)
_CAPTION_START = re.compile(r"(?i)\s*(?:przekazując|odbierając|przyjmując)\w*\s*:")
_LABELS = re.compile(
    r"(?i)\(?\s*(?:czytelny\s+)?podpis\w*(?:\s+i\s+pieczęć)?\s*\)?|pieczęć\w*|imię\s+i\s+nazwisko\s*:?|"
    r"data\s*:?|stanowisko\s*:?"
)


def _signatures(lines: list[Line]) -> bool | None:
    """Signed when a name is printed (or written) by each signature caption, or an e-signature is noted.

    The README promises: names or an e-signature note mean signed; dotted lines or bare captions mean
    not. So the area is judged by the names in it, whatever placeholders stand beside them: as many
    names as captions (two at most: the two sides) is signed; fewer is not.
    """
    full = "\n".join(line.text for line in lines)
    if _SIGNED.search(full):
        return True
    start = None
    for index, line in enumerate(lines):
        caption = re.sub(r"\([^)]*\)", "", line.text)  # "Przekazujący (Wykonawca)"
        if index >= len(lines) * 0.4 and (_SIGN_AREA.search(caption) or _CAPTION_START.match(caption)):
            start = index
            break
    if start is None:
        return None
    # Names written above their captions ("Jan Kowalski" over "......" over "Przekazujący") count too;
    # the table and the statement above them do not.
    above = [
        line
        for line in lines[max(start - 2, 0) : start]
        if not re.search(r"\d", line.text)
        and not _ITEMS_HEADER.search(line.text)
        and not _STATEMENT.search(line.text)
        and not _END.match(line.text)
    ]
    area = above + lines[start:]
    captions = 0
    names = 0
    for line in area:
        text = re.sub(r"\([^)]*\)", " ", line.text)
        roles = len(_CAPTION.findall(text))
        captions = max(captions, min(roles, 2))
        text = _PLACEHOLDER.sub(" ", _LABELS.sub(" ", _ROLE_WORDS.sub(" ", _CAPTION.sub(" ", text))))
        if _NOT_PERSON.search(text):
            text = _NOT_PERSON.sub(" ", text)
        names += len(_PERSON.findall(text))
    needed = max(captions, 1) if captions else 1
    return names >= min(needed, 2)


# "a) Audyt bezpieczeństwa … – 1 usł.", "2) Serwer Dell R350 - 1 szt.": a list in the protocol's text
_LIST_ITEM = re.compile(
    r"^\s*(?:[a-z]|\d{1,2})[).]\s+(?P<name>\S.+?)\s+[–—-]\s+(?P<qty>\d{1,6}(?:[,.]\d{1,3})?)\s*"
    r"(?P<unit>[a-ząćęłńóśźż][a-ząćęłńóśźż.]{0,9})\s*[.;,]?\s*$",
    re.IGNORECASE,
)


# "– 15 (słownie: piętnaście) szt.": a count written out in words too, as legal texts do
_IN_WORDS = re.compile(r"(?i)\s*\(\s*słownie\s*:?[^()]{0,60}\)\s*")
_LIST_MARK = re.compile(r"^\s*(?:[a-z]|\d{1,2})[).]\s+\S")


def _list_entries(lines: list[Line]) -> list[str]:
    """The list's entries, an entry wrapped over a few lines joined ("3) Notebook … – 15 (słownie:" /
    "piętnaście) szt."): a line opening with a list mark opens an entry, the lines after it that open
    with none go on with it until it reads as a whole entry."""
    entries: list[str] = []
    open_entry: str | None = None
    for line in lines:
        text = line.text.strip()
        if not text:
            open_entry = None
            continue
        if _LIST_MARK.match(text):
            open_entry = text
            entries.append(text)
        elif open_entry is not None and len(open_entry) < 400 and not re.match(r"§|[A-ZŁŚŻ]\.\s", text):
            open_entry = f"{open_entry} {text}"
            entries[-1] = open_entry
        else:
            open_entry = None
            entries.append(text)
        if open_entry is not None and _LIST_ITEM.match(_IN_WORDS.sub(" ", open_entry)):
            open_entry = None
    return entries


def _listed_items(lines: list[Line]) -> list[ProtocolItem]:
    """Items written as a list in the protocol's text instead of a table."""
    items: list[ProtocolItem] = []
    for entry in _list_entries(lines):
        m = _LIST_ITEM.match(_IN_WORDS.sub(" ", entry))
        if m is None or not UNIT_RE.match(m.group("unit")):
            continue
        qty = parse_qty(m.group("qty"))
        unit = m.group("unit")
        items.append(
            ProtocolItem(name=m.group("name").strip(), qty=qty, unit=unit.rstrip(".") + "." * unit.endswith("."))
        )
    return items


# An item card: one labelled value per line ("Urządzenie:   Serwer …", "Ilość:   4 szt.", "Numer seryjny: …").
_CARD_NAME = re.compile(
    r"(?i)^\s*(?:urządzenie|sprzęt|nazwa(?:\s+(?:urządzenia|sprzętu|produktu))?|produkt|przedmiot|model|"
    r"oprogramowanie|licencja)\s*:\s*(?P<v>\S.*)$"
)
_CARD_QTY = re.compile(
    r"(?i)^\s*(?:ilo[śs][ćc]|liczba(?:\s+\w+)?)\s*:\s*(?P<q>\d{1,6}(?:[,.]\d{1,3})?)\s*(?P<u>\S+)?\s*$"
)
_CARD_SERIALS = re.compile(r"(?i)^\s*(?:numery?\s+seryjn\w*|nr\s+ser\w*\.?|s/n)\s*:\s*(?P<v>\S.*)$")


def _card_items(lines: list[Line]) -> list[ProtocolItem]:
    """Items printed as cards (a card per device, each value labelled) instead of a table: each name
    label opens an item; its count and serial numbers are the labelled lines after it."""
    items: list[ProtocolItem] = []
    for line in lines:
        name = _CARD_NAME.match(line.text)
        if name:
            items.append(ProtocolItem(name=name.group("v").strip()))
            continue
        if not items:
            continue
        qty = _CARD_QTY.match(line.text)
        if qty and items[-1].qty is None:
            unit = qty.group("u")
            items[-1] = dataclasses.replace(
                items[-1], qty=parse_qty(qty.group("q")), unit=unit if unit and UNIT_RE.match(unit) else None
            )
            continue
        serials = _CARD_SERIALS.match(line.text)
        if serials:
            found = [t.strip() for t in re.split(r"[,;]\s*|\s+", serials.group("v")) if _SERIAL_TOKEN.match(t.strip())]
            items[-1] = dataclasses.replace(items[-1], serial_numbers=(*items[-1].serial_numbers, *found))
    # a card without a count is no card (a "Nazwa:" line of a party or a contract)
    return items if items and all(i.qty is not None for i in items) else []


_NUMBER_LABEL_CELL = re.compile(r"(?i)^(?:nr|numer)\.?\s+protoko[łl]u\s*:?$")
_NUMBER_VALUE = re.compile(_NUM)


def numbered_rows(text: str, *, ocr: bool = False) -> int:
    """How many rows numbered 1, 2, 3 … in a row the page prints with a count and its unit ("2  Notebook …
    3  szt.  bez zastrzeżeń"): what a protocol's table holds at least, whatever ended its reading."""
    seen: set[int] = set()
    named: set[int] = set()  # numbered rows whose count OCR glued to something ("2]szt.")
    for line in split_lines(text, ocr=ocr):
        lp = _LP_RE.match(line.text)
        if lp and _qty_unit_pairs(line.text, lp.end() - 1):
            seen.add(int(lp.group("lp")))
        elif lp and re.match(r"[^\W\d_]{3,}\s+\S+", line.text[lp.end() :]):
            named.add(int(lp.group("lp")))
    count = 0
    while count + 1 in seen or (count + 1 in named and any(n > count + 1 for n in seen)):
        count += 1
    return count


def _number_under_label(lines: list[Line]) -> str | None:
    """ "Numer protokołu   Data odbioru   Miejsce odbioru" over "PO/058/2026   19.05.2026   …": a header row of
    labels, the number in the label's column on the next line."""

    def accept(text: str) -> str | None:
        m = _NUMBER_VALUE.fullmatch(text.strip())
        return m.group("num") if m and re.search(r"[/\-]", m.group("num")) else None

    for index, line in enumerate(lines):
        for cell in cells(line.raw):
            if _NUMBER_LABEL_CELL.match(cell.text.strip()):
                found = value_near(lines, index, cell.start, cell.end, accept, below=2)
                if found:
                    return found
    return None


def parse_protocol(text: str, *, file: str, source: Source, pages: int) -> Protocol:
    lines = split_lines(text, ocr=source == Source.OCR)
    number = None
    for line in lines[:20]:
        m = _NUMBER_RE.search(line.text)
        if m:
            number = m.group("num").rstrip(".,")
            break
    if number is None:
        for line in lines[:6]:
            # "PROTOKÓŁ ODBIORU 5/2026": no "nr", so only a number with a slash.
            # "Numer: POD/5/2026 Data odbioru: …": a line opening with the number label.
            m = (
                _NUMBER_ALONE_RE.match(line.text)
                or _NUMBER_TITLE_RE.search(line.text)
                or _NUMBER_START_RE.match(line.text)
            )
            if m:
                number = m.group("num").rstrip(".,")
                break
    if number is None:
        number = _number_under_label(lines[:12])
    when, impossible = labelled_date_spelling(lines, _DATE_LABEL)
    if when is None and impossible is None:
        # a date beside another document's number ("umowy nr 4/IT/2026 z dnia …") is that document's
        dates = [
            d
            for line in lines[:20]
            for at, d in find_dates(line.text)
            if not _OTHER_DOCUMENT_DATE.search(line.text[:at])
        ]
        when = dates[0] if dates else None
    parties = find_parties(lines, recipient_is_buyer=True)
    references: list[str] = []
    for line in lines:
        for m in [*_REF_RE.finditer(line.text), *_REF_LOOSE_RE.finditer(line.text)]:
            ref = m.group("num").rstrip(".,")
            if ref != number and ref not in references:
                references.append(ref)
    return Protocol(
        file=file,
        source=source,
        number=ocr_number(number) if source == Source.OCR else number,
        date=when,
        seller=parties.seller,
        buyer=parties.buyer,
        items=tuple(
            (
                dataclasses.replace(i, name=ocr_name(i.name.rstrip(" ,;")), unit=ocr_unit(i.unit))
                if source == Source.OCR
                else dataclasses.replace(i, name=i.name.rstrip(" ,;"))
            )
            for i in (_items(lines) or _listed_items(lines) or _card_items(lines))
        ),
        references=tuple(references),
        signatures_filled=_signatures(lines),
        pages=pages,
        warnings=(
            (ExtractionWarning("invalid_date", f"Data protokołu {impossible} nie istnieje – sprawdź dokument."),)
            if impossible
            else ()
        ),
    )


__all__ = ["Decimal", "ProtocolRow", "parse_protocol"]
