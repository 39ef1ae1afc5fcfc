"""Validate operator imports (pure: bytes -> ImportReport); storing them is the service's job.

Two tables can be imported:
- indices: TERYT -> wskaźnik G (gminy, 2021) or P (powiaty, 2022) from the Ministry of Finance;
- official amounts: TERYT -> grant amount per programme (Załącznik nr 2 of the regulamin).

Accepted: CSV (`,` or `;`, UTF-8 or cp1250, Polish decimal commas) or XLSX (first sheet). The header
row names the columns; recognised names are listed in COLUMN_NAMES. Every rejected row is reported
with its line number and a Polish reason; valid rows are kept.
"""

from __future__ import annotations

import csv
import io
import re
import zipfile
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from typing import Generic, TypeVar

from knowledge.errors import GrantbotError
from knowledge.programmes import Programme
from knowledge.registry import Level, Registry, Unit, UnitKind, fold

T = TypeVar("T")

MAX_IMPORT_BYTES = 20 * 1024 * 1024

# Plausible ranges of per-inhabitant tax-revenue indices (zł). The 2021 national G is 2 098,22 and
# the 2022 national P 312,32; the richest units reach several times that (e.g. gminy with power
# plants), so the bounds only catch typos such as a missing decimal comma.
INDEX_BOUNDS = {"G": (Decimal("1"), Decimal("60000")), "P": (Decimal("1"), Decimal("5000"))}

COLUMN_NAMES = {
    "teryt": ("teryt", "kod", "kod teryt", "teryt7", "kod terc", "terc", "kod jst", "identyfikator terytorialny"),
    "G": ("g", "wskaznik g", "wskaznik_g", "g 2021", "g_2021", "wskaznik g 2021"),
    "P": ("p", "wskaznik p", "wskaznik_p", "p 2022", "p_2022", "wskaznik p 2022"),
    "value": ("wartosc", "wskaznik", "value"),
    "kind": ("rodzaj", "typ", "kind"),
    "amount": (
        "kwota",
        "kwota grantu",
        "kwota_grantu",
        "amount",
        "grant",
        "wysokosc grantu",
        "maksymalna kwota grantu",
    ),
}


class ImplausibleIndex(GrantbotError):
    pass


def check_index(kind: str, value: Decimal) -> Decimal:
    """The one plausibility rule for G and P, used by imports, the CLI and the chat."""
    low, high = INDEX_BOUNDS[kind]
    if not low <= value <= high:
        raise ImplausibleIndex(
            f"Wskaźnik {kind} = {value} zł jest nieprawdopodobny; oczekuję wartości od {low} "
            f"do {high} zł na mieszkańca."
        )
    return value


class ImportError_(GrantbotError):
    """The file as a whole cannot be imported (unreadable, wrong type, no usable columns)."""


@dataclass(frozen=True, slots=True)
class IndexEntry:
    teryt: str  # canonical 2020 code
    kind: str  # "G" | "P"
    value: Decimal


@dataclass(frozen=True, slots=True)
class AmountEntry:
    teryt: str
    amount: Decimal


@dataclass(frozen=True, slots=True)
class Rejected:
    line: int
    reason: str


@dataclass(frozen=True, slots=True)
class ImportReport(Generic[T]):
    accepted: tuple[T, ...]
    rejected: tuple[Rejected, ...]
    notes: tuple[str, ...] = ()

    def summary(self) -> str:
        lines = [f"Przyjęto {rows(len(self.accepted))}, odrzucono {len(self.rejected)}."]
        lines += list(self.notes)
        lines += [f"  wiersz {r.line}: {r.reason}" for r in self.rejected[:50]]
        if len(self.rejected) > 50:
            lines.append(f"  … oraz {len(self.rejected) - 50} kolejnych odrzuconych wierszy.")
        return "\n".join(lines)


def rows(count: int) -> str:
    """Polish plural of 'wiersz': 1 wiersz, 2 wiersze, 5 wierszy, 22 wiersze, 12 wierszy."""
    if count == 1:
        return "1 wiersz"
    if count % 10 in (2, 3, 4) and count % 100 not in (12, 13, 14):
        return f"{count} wiersze"
    return f"{count} wierszy"


def read_table(data: bytes, filename: str) -> list[list[str]]:
    """Rows of cells (as text) from CSV or XLSX bytes."""
    if not data.strip():
        raise ImportError_(f"Plik {filename} jest pusty.")
    if len(data) > MAX_IMPORT_BYTES:
        raise ImportError_(f"Plik {filename} jest za duży (limit 20 MB).")
    if data[:4] == b"PK\x03\x04":
        return _read_xlsx(data, filename)
    if data[:8] == b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1":
        raise ImportError_(f"Plik {filename} to stary format Excela (.xls); zapisz go jako .xlsx lub CSV.")
    if b"\x00" in data[:4096]:
        raise ImportError_(f"Plik {filename} nie jest plikiem CSV ani XLSX.")
    for encoding in ("utf-8-sig", "cp1250"):
        try:
            text = data.decode(encoding)
            break
        except UnicodeDecodeError:
            continue
    else:  # pragma: no cover - cp1250 decodes almost anything
        raise ImportError_(f"Nie rozpoznaję kodowania pliku {filename}; zapisz go w UTF-8.")
    sample = text[:4096]
    delimiter = ";" if sample.count(";") > sample.count(",") else ("\t" if "\t" in sample else ",")
    return [row for row in csv.reader(io.StringIO(text), delimiter=delimiter)]


def _read_xlsx(data: bytes, filename: str) -> list[list[str]]:
    import openpyxl

    try:
        book = openpyxl.load_workbook(io.BytesIO(data), read_only=True, data_only=True)
    except (zipfile.BadZipFile, KeyError, OSError, ValueError) as exc:
        raise ImportError_(f"Nie mogę odczytać pliku Excel {filename}: plik jest uszkodzony lub to nie XLSX.") from exc
    # The first sheet with any content (published tables sometimes start with an empty cover sheet).
    rows: list[list[str]] = []
    for sheet in book.worksheets:
        rows = [["" if cell is None else _cell_text(cell) for cell in row] for row in sheet.iter_rows(values_only=True)]
        if any(any(cell.strip() for cell in row) for row in rows):
            break
    book.close()
    return rows


def _cell_text(cell: object) -> str:
    if isinstance(cell, float):
        # Excel stores numbers as binary floats; repr gives the shortest exact decimal form.
        return repr(cell)
    return str(cell)


def parse_decimal(text: str) -> Decimal:
    """'1 873,91' / '1873.91' / '1.873,91' / '1 662 072,41 zł' -> Decimal."""
    cleaned = re.sub(r"(zł|pln|\s|\u00a0)", "", text.strip().lower())
    if "," in cleaned and "." in cleaned:
        cleaned = cleaned.replace(".", "").replace(",", ".")
    else:
        cleaned = cleaned.replace(",", ".")
    if not re.fullmatch(r"-?\d+(\.\d+)?", cleaned):
        raise InvalidOperation(text)
    return Decimal(cleaned)


def _columns(header: list[str], wanted: Iterable[str]) -> dict[str, int]:
    folded = [fold(cell).replace("_", " ") for cell in header]
    found: dict[str, int] = {}
    for key in wanted:
        names = {n.replace("_", " ") for n in COLUMN_NAMES[key]}
        for index, cell in enumerate(folded):
            if cell in names:
                found[key] = index
                break
    return found


HEADER_SEARCH_ROWS = 15


def _find_header(
    rows: list[list[str]], wanted: tuple[str, ...], required: tuple[str, ...], any_of: tuple[str, ...] = ()
) -> tuple[int, dict[str, int]] | None:
    """Index and columns of the header row: Ministry tables put a title and notes above it."""
    for index, row in enumerate(rows[:HEADER_SEARCH_ROWS]):
        cols = _columns(row, wanted)
        if all(key in cols for key in required) and (not any_of or any(key in cols for key in any_of)):
            return index, cols
    return None


def _data_rows(rows: list[list[str]], header: int) -> Iterator[tuple[int, list[str]]]:
    for number, row in enumerate(rows[header + 1 :], start=header + 2):
        if any(cell.strip() for cell in row):
            yield number, row


def _unit_code(registry: Registry, raw: str) -> tuple[str, str | None]:
    """Canonical 2020 code and a note when it was mapped (e.g. from a 2024 code)."""
    text = raw.strip()
    if re.fullmatch(r"\d+(\.0)?", text) and len(text.split(".")[0]) in (1, 3, 5, 6):
        # Excel drops leading zeros of codes stored as numbers (0201011 -> 201011).
        text = text.split(".")[0].zfill(len(text.split(".")[0]) + 1)
    resolved = registry.lookup_code(text)
    return resolved.unit.code, (resolved.notes[0] if resolved.notes else None)


def _index_value(kind: str, raw: str, code: str, unit: Unit) -> Decimal | str:
    """The index value of one cell, or the Polish reason it is rejected."""
    if kind not in INDEX_BOUNDS:
        return f"nieznany rodzaj wskaźnika „{kind}” (dozwolone: G, P)"
    if kind == "G" and unit.level is not Level.GMINA:
        return f"wskaźnik G dotyczy gmin, a {code} to {unit.display_name}"
    if kind == "P" and not (unit.level is Level.POWIAT and unit.kind is UnitKind.POWIAT):
        return f"wskaźnik P dotyczy powiatów ziemskich, a {code} to {unit.display_name}"
    try:
        value = parse_decimal(raw)
    except InvalidOperation:
        return f"„{raw}” nie jest liczbą"
    try:
        check_index(kind, value)
    except ImplausibleIndex:
        low, high = INDEX_BOUNDS[kind]
        return f"wartość {kind} = {raw} dla {code} jest nieprawdopodobna (oczekiwany przedział {low}–{high} zł)"
    return value


def parse_indices(data: bytes, filename: str, registry: Registry) -> ImportReport[IndexEntry]:
    rows = read_table(data, filename)
    if not rows:
        raise ImportError_(f"Plik {filename} nie zawiera żadnych wierszy.")
    found = _find_header(rows, ("teryt", "G", "P", "value", "kind"), ("teryt",), ("G", "P", "value"))
    if found is None:
        raise ImportError_(
            f"W pierwszych {HEADER_SEARCH_ROWS} wierszach pliku {filename} nie ma nagłówków: potrzebna jest "
            "kolumna z kodem TERYT („teryt”) i kolumna ze wskaźnikiem („G”, „P” albo „wartosc” z kolumną "
            "„rodzaj”)."
        )
    header, cols = found
    accepted: dict[tuple[str, str], IndexEntry] = {}
    first_line: dict[tuple[str, str], int] = {}
    rejected: list[Rejected] = []
    notes: list[str] = []
    for line, row in _data_rows(rows, header):

        def cell(key: str, row: list[str] = row) -> str:
            return row[cols[key]].strip() if key in cols and cols[key] < len(row) else ""

        try:
            code, note = _unit_code(registry, cell("teryt"))
        except GrantbotError as exc:
            rejected.append(Rejected(line, str(exc)))
            continue
        unit = registry.get(code)
        values = [(kind, cell(kind)) for kind in ("G", "P") if cell(kind)]
        if not values and cell("value"):
            kind = cell("kind").upper() or ("G" if unit.level is Level.GMINA else "P")
            values = [(kind, cell("value"))]
        if not values:
            rejected.append(Rejected(line, f"brak wartości wskaźnika dla {code}"))
            continue
        for kind, raw in values:
            value_or_reason = _index_value(kind, raw, code, unit)
            if isinstance(value_or_reason, str):
                rejected.append(Rejected(line, value_or_reason))
                continue
            value = value_or_reason
            key = (code, kind)
            if key in accepted:
                rejected.append(Rejected(line, f"powtórzony kod {code} (pierwszy raz w wierszu {first_line[key]})"))
                continue
            accepted[key] = IndexEntry(code, kind, value.quantize(Decimal("0.01")))
            first_line[key] = line
            if note:
                notes.append(f"wiersz {line}: {note}")
    return ImportReport(tuple(accepted.values()), tuple(rejected), tuple(notes))


def parse_amounts(data: bytes, filename: str, registry: Registry, programme: Programme) -> ImportReport[AmountEntry]:
    rows = read_table(data, filename)
    if not rows:
        raise ImportError_(f"Plik {filename} nie zawiera żadnych wierszy.")
    found = _find_header(rows, ("teryt", "amount"), ("teryt", "amount"))
    if found is None:
        raise ImportError_(
            f"W pierwszych {HEADER_SEARCH_ROWS} wierszach pliku {filename} nie ma nagłówków „teryt” i „kwota”."
        )
    header, cols = found
    accepted: dict[str, AmountEntry] = {}
    first_line: dict[str, int] = {}
    rejected: list[Rejected] = []
    notes: list[str] = []
    from grants.calculator import compute
    from knowledge.money import zl

    for line, row in _data_rows(rows, header):
        raw_code = row[cols["teryt"]] if cols["teryt"] < len(row) else ""
        raw_amount = row[cols["amount"]].strip() if cols["amount"] < len(row) else ""
        try:
            code, note = _unit_code(registry, raw_code)
        except GrantbotError as exc:
            rejected.append(Rejected(line, str(exc)))
            continue
        unit = registry.city_gmina(registry.get(code))
        try:
            amount = parse_decimal(raw_amount)
        except InvalidOperation:
            rejected.append(Rejected(line, f"„{raw_amount}” nie jest kwotą"))
            continue
        if amount != amount.quantize(Decimal("0.01")):
            rejected.append(
                Rejected(line, f"kwota „{raw_amount}” dla {unit.code} ma więcej niż 2 miejsca po przecinku")
            )
            continue
        check = compute(unit, programme)
        if check.status.value == "not_eligible":
            rejected.append(
                Rejected(line, f"{unit.describe()} nie jest jednostką uprawnioną w programie {programme.name}")
            )
            continue
        if check.status.value == "exact" and check.amount is not None and check.amount != amount:
            # Fixed by the scheme (CS: powiaty and województwa 850 000 zł); a list cannot contradict it.
            rejected.append(
                Rejected(
                    line,
                    f"dla {unit.display_name} grant w programie {programme.name} wynosi "
                    f"{zl(check.amount)} według schematu, a plik podaje {zl(amount)}",
                )
            )
            continue
        if not programme.min_grant <= amount <= programme.max_grant:
            rejected.append(
                Rejected(
                    line,
                    f"kwota {zl(amount)} dla {unit.code} jest poza przedziałem programu "
                    f"({zl(programme.min_grant)} – {zl(programme.max_grant)})",
                )
            )
            continue
        if unit.code in accepted:
            rejected.append(
                Rejected(line, f"powtórzony kod {unit.code} (pierwszy raz w wierszu {first_line[unit.code]})")
            )
            continue
        accepted[unit.code] = AmountEntry(unit.code, amount.quantize(Decimal("0.01")))
        first_line[unit.code] = line
        if note:
            notes.append(f"wiersz {line}: {note}")
    return ImportReport(tuple(accepted.values()), tuple(rejected), tuple(notes))
