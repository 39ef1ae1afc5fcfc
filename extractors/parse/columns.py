"""Item tables read by their columns: header cells → column ranges → rows (issue 9, item 3).

The backends place every word at the character column of its x position and keep phrases of different
columns two or more spaces apart (`extractors.backends.layout`), so a header cell's range holds the
values printed under it. The table is rebuilt from those positions, not by re-splitting a line's text:

- the header (one or two lines: "Wartość" over "netto") gives each column its range and meaning;
- a line with an Lp, or with figures in the value columns, is a row; each cell goes to the column it
  overlaps most (a number only to a number column, a word only to a text column);
- a line with text only inside the name column continues the row above ("online 2000VA"); a serial
  number line ("S/N: …" and the numbers wrapped under it) goes to the row's serials;
- a line reaching outside the text columns (a note across the page, "Łącznie: 16 godz.", "Razem")
  ends the table; a page break followed by the same header continues it;
- in a correction, "było" / "jest" / "różnica" in the name column mark the state of a row.

    read_columns(lines, correction=False)   -> ColumnTable | None

The invoice parser also reads rows by arithmetic on the single-spaced text (`rows.parse_row`); it
takes this reading per document when it passes the self-checks (quantity × price = net, net + VAT =
gross, the lines' sum = the totals) and its own does not (`choose_items`).
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Collection, Sequence
from dataclasses import dataclass
from decimal import Decimal

from extractors.models import LineItem

from .layout import Cell, cells
from .numbers import fix_ocr_digits, parse_amount, parse_qty
from .rows import UNIT_RE, normalise_rate
from .text import Line

CENT = Decimal("0.01")

NUMERIC = frozenset({"qty", "price", "price_gross", "net", "vat", "vat_or_rate", "rate", "gross", "discount"})
TEXTUAL = frozenset({"name", "code", "date", "unit", "text", "state"})

_KEYS: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("lp", re.compile(r"(?i)^(?:lp|l\.\s?p|nr|[#+]|poz|no)\.?$")),  # OCR reads "#" as "+"
    # "Okres usługi", "Okres rozliczeniowy", "Termin": when, not what (before "usług" names the name column)
    ("date", re.compile(r"(?i)^(?:okres|termin)\b")),
    (
        "name",
        re.compile(
            r"(?i)nazwa|opis|towar|usług|zakres|przedmiot|asortyment|description|artyku[łl]|produkt|"
            r"czynno[śs]"
        ),
    ),
    ("code", re.compile(r"(?i)pkwiu|\bcn\b|\bgtu|symbol|\bkod\b|indeks|\bean\b|\bsww\b|\bcpv\b|katalog")),
    ("date", re.compile(r"(?i)^data\b|^dzie[ńn]$")),
    # OCR: "llość", "IIość", "Ilośc"
    ("qty", re.compile(r"(?i)(?<![^\W\d_])[il1|!]{1,2}o[śs][ćc]|\bil\.|\bqty\b|quantity|liczba|^szt\.?$")),
    ("unit", re.compile(r"(?i)^(?:j[.\-,]?\s?m\.?|jedn(?:ostka)?\.?(?:\s+miary)?|miara|unit|jm)$")),
    # "Stan przed" (KSeF's correction visualisation, "tak" in the rows of the state before the correction)
    ("state", re.compile(r"(?i)^stan\s*przed\b|^przed\s+korekt")),
    # "Cena przed rabatem", "Rabat %": the list price and the discount, not the row's price
    ("discount", re.compile(r"(?i)przed\s+(?:rabat|upust)|\brabat|\bupust|discount")),
    ("price_gross", re.compile(r"(?i)cena.*br[uv]t")),
    ("price", re.compile(r"(?i)cena|unit\s+price")),
    ("gross", re.compile(r"(?i)br[uv]tt?o|gross")),
    ("rate", re.compile(r"(?i)stawk|%")),
    # "Kw. VAT", "Kwota VAT", "Wart. VAT": the VAT's amount, not its rate
    ("vat", re.compile(r"(?i)(?:kwota|kw\.|warto[śs][ćc]|wart\.)\s*(?:vat|podatku)|podatek|^vat\s+kwota")),
    ("vat_or_rate", re.compile(r"(?i)^(?:vat|ptu)$")),
    ("net", re.compile(r"(?i)n[eo]t+o|warto[śs][ćc]?|wart\.|kwota|amount|value")),
)
# The second line of a two-line header: column words only.
_TAIL_WORD = re.compile(
    r"(?i)^(?:netto|brutto|jedn\.?|jednostkowa|vat|%|\[?zł\]?|\[?pln\]?|kwota|wartość|cena|godzin|podatku|"
    r"sprzedaży|towaru|usługi|miary|lub|\(?zł\)?|przed|po|rabatem|rabatu|upustem|upustu)$"
)
# Text that starts a totals block or a trailer: the table has ended.
_END = re.compile(
    r"(?i)^(?:razem|suma|ogółem|łącznie|podsumowanie|do\s+zapłaty|do\s+zwrotu|słownie|uwagi|netto\b|brutto\b|"
    r"vat\b|stawka|termin|forma\s+płatności|sposób\s+płatności|przelew|numer\s+rachunku|rachunek|"
    r"kwota|wartość\s+(?:netto|brutto|vat)|przed\s+korektą|po\s+korekcie|w\s+tym|według|wg\s)"
)
# A correction's section heading: the rows under it are the state before or after the correction.
_SECTION_BEFORE = re.compile(
    r"(?i)\b(?:przed\s+korektą|stan\s+przed|było|treść\s+korygowan\w*|dane\s+przed|wartości?\s+przed)\b"
)
_SECTION_AFTER = re.compile(
    r"(?i)\b(?:po\s+korekcie|stan\s+po|powinno\s+być|treść\s+prawidłow\w*|dane\s+po|wartości?\s+po)\b"
)
_SUM_ROW = re.compile(r"(?i)^(?:wartość|razem|suma|łącznie|ogółem|podsumowanie|total)\b")
_CARRIED = re.compile(r"(?i)przeniesieni|z\s+przeniesienia|do\s+przeniesienia|razem\s+(?:na\s+)?stron")
_SERIALS = re.compile(r"(?i)^(?:(?:s/n|sn|nr\s+ser(?:yjn\w*)?\.?)\s*:?|numery?\s+seryjn\w*\s*:)\s*")
_SERIAL = re.compile(r"[A-Z0-9][A-Z0-9\-]{4,}")
# A labelled note under an item's name ("okres: 01.04.2026–31.03.2027", "Gwarancja: 36 mies.", "okres subskrypcji:
# 12 m-cy"): the item's detail, however far left it starts, never the name's wrapped rest.
# ("Klucz licencyjny: WH5ZL-…", "Nr licencji: …": a licence's key or number under its name)
LABELLED_NOTE = re.compile(
    r"(?i)^\s*(?:okres|gwarancja|termin|dotyczy|ważno[śs][ćc]|klucz|(?:nr|numer)\s+licencji)(?:\s+[a-ząćęłńóśźż]+)?"
    r"\s*:\s*\S"
)
_MARKER = re.compile(
    r"(?i)^(?P<m>było|jest|powinno\s+być|różnica|(?:stan\s+)?przed(?:\s+korektą)?|(?:stan\s+)?po(?:\s+korekcie)?)"
    r"\s*:?$"
)
# SAP prints a negative with its minus after the figure ("1.930,80-")
_NUMERIC_CELL = re.compile(r"^[-\u2212\u2013]?\d[\d .,']*(?:\s*%|-)?$|^(?i:zw|np|oo)\.?$")
_QTY_UNIT = re.compile(r"^(?P<q>\d{1,7}(?:[,.]\d{1,4})?)\s*(?P<u>[^\W\d_][\w.\-]{0,8})$")
_MARKER_END = re.compile(
    r"(?i)(?:^|(?<=\s))(?P<m>było|jest|powinno\s+być|różnica|(?:stan\s+)?przed(?:\s+korektą)?|"
    r"(?:stan\s+)?po(?:\s+korekcie)?)\s*:?$"
)
# A state column's cell marking a row of the state before the correction.
_STATE_BEFORE = re.compile(r"(?i)^(?:tak|x|✓|✔|\+|przed|yes)$")
# The rest of a state marker wrapped under it ("przed" / "korektą").
_MARKER_REST = re.compile(r"(?i)^(?:korektą|korekcie|korekty)$")
# A section of the table: "I. SPRZĘT KOMPUTEROWY", "B. Usługi", and its subtotal "Razem Sprzęt:".
SECTION_HEADING = re.compile(
    r"^(?:[IVX]{1,4}|[A-H])[.)]\s+[A-ZŁŚŻŹĆÓĘĄŃ][\w ,/–-]*$"
    # OCR's numerals ("Jl.", "Ill.", "1.") before a title in capitals
    r"|^[IVXJl1|]{1,4}[.)]\s+[A-ZŁŚŻŹĆÓĘĄŃ]{2,}(?:[\s,/–-]+[A-ZŁŚŻŹĆÓĘĄŃ]+)*$"
)
_SUBTOTAL = re.compile(r"(?i)^(?:razem|suma)\s+(?!netto|brutto|vat|do\b)[^\W\d_][\w ]*:?$")
_LP_IN_NAME = re.compile(r"^(\d{1,3})[.)]?\s*[-–—|]?\s+(?=[^\W\d_])")
_PAGE_BREAK = "\f"
# What a browser or a printer prints at a page's foot or head, between a table's pages: the page's address and
# number, the date and time of printing with the page's title, "Strona 2 z 3". The table goes on after it.
_PAGE_FURNITURE = re.compile(
    r"^(?:https?://|www\.)\S+(?:\s+\d{1,3}(?:\s*/\s*\d{1,3})?)?$|^\d{1,2}\.\d{2}\.\d{4},?\s+\d{1,2}:\d{2}(?:\s|$)"
    r"|(?i:^(?:strona|str\.|page)\s*\d{1,3}\s*(?:z|/|of)\s*\d{1,3}$)|^[-–]\s*\d{1,3}\s*[-–]$"
)
# Lines searched after a page break for the repeated header.
_HEADER_SEARCH = 12


@dataclass(frozen=True, slots=True)
class Column:
    key: str
    start: int  # character columns of the header cell (or cells) in the raw line
    end: int
    title: str


@dataclass(slots=True)
class _Row:
    lp: int | None
    values: dict[str, list[str]]
    before: bool
    names: list[str]  # shared between a "było" row and its "jest" row: one name for both states
    serials: list[str] = dataclasses.field(default_factory=list)
    name_start: int = -1  # where the row's own name cell starts
    described: bool = False  # an indented description under the name has begun


@dataclass(frozen=True, slots=True)
class ColumnTable:
    columns: tuple[Column, ...]
    items: tuple[LineItem, ...]
    end: int  # index of the first line after the table


# A header cell opening with a code's word names a code column whatever it codes ("Kod produktu",
# "Symbol towaru", "Indeks artykułu"): the product's code, not its name.
_CODE_FIRST = re.compile(r"(?i)^(?:kod|symbol|indeks|index|sku|ean|pkwiu|cn|gtu|nr\s+katalogowy)\b")


def column_key(title: str) -> str:
    """What a header cell names ("Wartość netto" → net, "Stawka podatku" → rate, "Wykonał" → text)."""
    text = " ".join(title.split())
    if _CODE_FIRST.match(text) and not re.search(r"(?i)nazwa|opis", text):  # "Kod / Nazwa towaru" is the name
        return "code"
    for key, pattern in _KEYS:
        if pattern.search(text):
            return key
    return "text"


def _overlap(a0: int, a1: int, b0: int, b1: int) -> int:
    return min(a1, b1) - max(a0, b0)


def _is_tail(raw: str) -> bool:
    found = cells(raw)
    return bool(found) and all(all(_TAIL_WORD.match(w) for w in c.text.split()) for c in found)


def _tail_under(head: str, raw: str) -> bool:
    """A header's next line of words only, each cell under a heading, one column word among them
    ("wydania  netto  netto  brutto" under "Data  Cena  Wartość  Wartość"): the headings' second line,
    even with words of its own."""
    found, heads = cells(raw), cells(head)
    if not found or re.search(r"\d", raw) or len(heads) < 3:
        return False
    if not all(any(_overlap(h.start, h.end, c.start, c.end) > -2 for h in heads) for c in found):
        return False
    words = [w for c in found for w in c.text.split()]
    return sum(bool(_TAIL_WORD.match(w)) for w in words) * 2 >= len(words)


def header_columns(head: str, tail: str | None = None, *more: str) -> list[Column] | None:
    """The columns of an items header (and its second and further lines), or None when the line is no
    items header: it needs a name column and two value columns."""
    heads = [Cell(c.text, c.start, c.end) for c in cells(head)]
    if len(heads) < 3:
        return None
    merged: list[tuple[str, int, int]] = [(c.text, c.start, c.end) for c in heads]
    for line in (tail, *more):
        if line is None:
            continue
        under: dict[int, list[Cell]] = {}
        alone: list[Cell] = []
        for t in cells(line):
            hits = [k for k, (_, s, e) in enumerate(merged) if _overlap(s, e, t.start, t.end) > -1]
            if len(hits) == 1:
                under.setdefault(hits[0], []).append(t)
            else:
                alone.append(t)
        out: list[tuple[str, int, int]] = []
        for k, (text, s, e) in enumerate(merged):
            subs = under.get(k, [])
            if len(subs) == 1:
                out.append((f"{text} {subs[0].text}", min(s, subs[0].start), max(e, subs[0].end)))
            elif len(subs) > 1:
                # "Wartość" over "netto   brutto": one column each
                out.extend((f"{text} {sub.text}", sub.start, sub.end) for sub in subs)
            else:
                out.append((text, s, e))
        out.extend((t.text, t.start, t.end) for t in alone)
        merged = sorted(out, key=lambda c: c[1])
    columns = [Column(column_key(text), s, e, text) for text, s, e in merged]
    named = next((k for k, c in enumerate(columns) if c.key == "name"), None)
    if named is not None and not any(c.key == "qty" for c in columns):
        # OCR's "1.", "u.", "ni." for "Il." just right of the names: the quantity's column
        columns = [
            Column("qty", c.start, c.end, c.title)
            if k == named + 1 and c.key == "text" and _QTY_GARBLED.match(c.title)
            else c
            for k, c in enumerate(columns)
        ]
    keys = [c.key for c in columns]
    if "name" not in keys or sum(k in NUMERIC for k in keys) < 2:
        return None
    return columns


_QTY_GARBLED = re.compile(r"^\S{1,2}\.$")
_CURRENCY = re.compile(r"(?i)^(?:pln|eur|€)\s*(?=\d)|(?<=\d)\s*(?:zł|pln|eur|€)$")


def _looks_numeric(text: str) -> bool:
    """A figure, a rate, or a quantity with its unit ("3 szt.") in one cell; an amount may carry its
    currency ("233,09 zł", "PLN 1 200,00")."""
    text = _CURRENCY.sub("", text.strip())
    qty_unit = _QTY_UNIT.match(text)
    return bool(_NUMERIC_CELL.match(text)) or (qty_unit is not None and bool(UNIT_RE.match(qty_unit.group("u"))))


def _zone(column: Column, columns: Sequence[Column]) -> tuple[int, int]:
    """The characters a column's values may take: a text column from its header's start to the next
    header (words are left-aligned and run on), a value column from the previous header's end to its
    own end (figures are right-aligned)."""
    k = columns.index(column)
    if column.key in NUMERIC:
        return (columns[k - 1].end if k else 0), column.end + 1
    return column.start, (columns[k + 1].start if k + 1 < len(columns) else 10_000)


def _place(cell: Cell, columns: Sequence[Column]) -> Column | None:
    """The column a cell belongs to: the one whose zone it overlaps most among columns of its kind
    (numbers in value columns, words in text columns), else the nearest of them."""
    numeric = _looks_numeric(cell.text)
    if re.fullmatch(r"[A-G]", cell.text.strip()):
        # "A", "D" under "PTU" / "VAT": a till's or a shop ERP's rate group, never a word of the name
        rated = [c for c in columns if c.key in ("rate", "vat_or_rate")]
        under = next((c for c in rated if _overlap(*_zone(c, columns), cell.start, cell.end) > 0), None)
        if under is not None:
            return under
    if numeric:
        # a code column holds digits too (EAN, CN, PKWiU "26.20.17.0")
        kinds = [c for c in columns if c.key in NUMERIC or c.key in ("lp", "code", "date")]
        # an ERP's position number: "000010", "000020" (SAP counts in tens with leading zeros)
        if not re.fullmatch(r"\d{1,3}[.)]?|0\d{3,5}", cell.text.strip()):
            kinds = [c for c in kinds if c.key != "lp"]
    else:
        kinds = [c for c in columns if c.key in TEXTUAL]
    if not kinds:
        return None
    zones = {c.title + str(c.start): _zone(c, columns) for c in kinds}

    def overlap(c: Column) -> int:
        lo, hi = zones[c.title + str(c.start)]
        return _overlap(lo, hi, cell.start, cell.end)

    best = max(kinds, key=lambda c: (overlap(c), -abs(c.end - cell.end)))
    if overlap(best) > 0:
        return best
    if numeric:  # right-aligned figures end where their header ends
        return min(kinds, key=lambda c: min(abs(c.end - cell.end), abs(c.start - cell.start)))
    return min(kinds, key=lambda c: min(abs(c.start - cell.start), abs(c.end - cell.start)))


def _split_cells(raw: str, columns: Sequence[Column]) -> list[Cell]:
    """The line's cells; a cell spanning several value columns (two figures one space apart) is split
    into its words."""
    out: list[Cell] = []
    for cell in cells(raw):
        spanned = [c for c in columns if c.key in NUMERIC and _overlap(c.start, c.end, cell.start, cell.end) > 0]
        words = list(re.finditer(r"\S+", cell.text))
        if len(spanned) > 1 and len(words) > 1 and all(_looks_numeric(w.group(0)) for w in words):
            # "1 573,47" is one amount with a thousands space: split only where the groups cannot join
            pieces = re.findall(r"-?\d{1,3}(?: \d{3})*(?:[,.]\d{1,2})?%?|\S+", cell.text)
            at = 0
            for piece in pieces:
                pos = cell.text.index(piece, at)
                out.append(Cell(piece, cell.start + pos, cell.start + pos + len(piece)))
                at = pos + len(piece)
        else:
            out.append(cell)
    return out


@dataclass
class _Reader:
    columns: list[Column]
    correction: bool
    rows: list[_Row] = dataclasses.field(default_factory=list)
    last: _Row | None = None
    serial_block: bool = False
    before: bool = False
    ocr: bool = False
    next_raw: str = ""  # the line after the one being read
    carried: _Row | None = None  # the last row of the page before, whose name may go on under the repeated header

    @property
    def name(self) -> Column:
        return next(c for c in self.columns if c.key == "name")

    def name_zone(self) -> tuple[int, int]:
        """Where a name's continuation may lie: from the name column's start to the next value column."""
        name = self.name
        after = [c.start for c in self.columns if c.start > name.start and c.key not in ("name",)]
        return name.start, (min(after) if after else 10_000)

    def line(self, raw: str) -> bool:
        """Read one table line; False when the table has ended."""
        found = _split_cells(raw, self.columns)
        if not found:
            return True
        text = " ".join(c.text for c in found)
        if _CARRIED.search(text):
            return True
        if self.correction and len(text) < 80 and not re.search(r"\d[,.]\d{2}\b", text):
            after, before = _SECTION_AFTER.search(text), _SECTION_BEFORE.search(text)
            if after or before:
                # "Treść korygowana (było):" / "Treść prawidłowa (powinno być):" over a repeated header
                self.before = bool(before) and not after
                self.last, self.serial_block = None, False
                return True
        if not self.rows and _is_tail(raw):
            return True  # a header's third line ("Cena" / "jedn." / "netto")
        first = found[0].text.strip()
        if _END.match(first) and not re.match(r"\d", first) and not (self.rows and _SUBTOTAL.match(first)):
            return False
        placed: dict[str, list[str]] = {}
        for cell in found:
            column = _place(cell, self.columns)
            if column is None:
                return False
            placed.setdefault(column.key, []).append(cell.text.strip())
        placed = self._realigned(found, placed)
        figures = [k for k in placed if k in NUMERIC]
        lp = placed.get("lp")
        if lp or len(figures) >= 2:
            count = len(self.rows)
            done = self._row(placed, lp)
            if self.last is not None and self.rows and self.last is self.rows[-1] and len(self.rows) > count:
                self.last.name_start = _word_start(raw, self.last.names)
            return done
        if figures and self._wrapped_count(found):
            self.last.names.append(found[0].text.strip())  # type: ignore[union-attr]
            return True
        if figures:
            return False  # one figure under the table ("Łącznie 16 godz."): a summary, not a row
        return self._continuation(found, placed)

    def _row(self, placed: dict[str, list[str]], lp: list[str] | None) -> bool:
        names = placed.get("name", [])
        glued = _LP_IN_NAME.match(names[0]) if not lp and names and self.columns[0].key == "lp" else None
        if not lp and len(names) > 1 and self.columns[0].key == "lp" and re.fullmatch(r"[JlI|\]]", names[0]):
            names = names[1:]  # "J   Szkolenie …": OCR read the Lp 7 as a letter
        elif glued:
            # "2 - Serwer wirtualny …": the Lp and a cell border's speck read into the name's cell
            lp, names = [glued.group(1)], [names[0][glued.end() :], *names[1:]]
        if not lp and names and _SUBTOTAL.match(" ".join(names)) and self.rows:
            self.last, self.serial_block = None, False
            return True  # "Razem Sprzęt:   157.983,89   194.320,18": a section's subtotal, more rows may follow
        if not lp and names and _SUM_ROW.match(names[0]):
            return False  # "Wartość zamówienia   57 015,81   70 129,44": the table's sums, under its rows
        # the state printed in a cell of its own at the name's end (a justified "po  korekcie" in two)
        marker = _MARKER_END.search(" ".join(names)) if self.correction and names else None
        if marker:
            word = " ".join(marker.group("m").casefold().split()).removeprefix("stan ")
            self.before = word.startswith(("było", "przed"))
            kept = " ".join(names)[: marker.start()].strip()
            names = [kept] if kept else []
            if word.startswith("różnica"):
                self.last, self.serial_block = None, False
                return True
        number = int(re.sub(r"\D", "", lp[0])) if lp and re.sub(r"\D", "", lp[0]) else None
        if number is None and self._open_row() is not None:
            # The figures on the last line of a tall cell ("1.  Oprogramowanie …" / "Cyber Protect …" /
            # "języku polskim   58.29.50.0   4   lic. …"): they close the row whose Lp and name came above.
            row = self._open_row()
            assert row is not None
            for key, values in placed.items():
                if key != "name":
                    row.values.setdefault(key, []).extend(values)
            row.names.extend(names)
            return True
        shared = list(names)
        if not names and number is None and self.rows:
            # "jest" under "było": the same item's other state, its name and Lp printed once
            shared, number = self.rows[-1].names, self.rows[-1].lp
        before = self.before
        if self.correction and any(c.key == "state" for c in self.columns):
            # a column saying which rows hold the state before the correction: "tak" there, empty in the others
            before = any(_STATE_BEFORE.match(v) for v in placed.get("state", []))
        row = _Row(number, placed, before and self.correction, shared)
        self.rows.append(row)
        self.last, self.serial_block = row, False
        return True

    def _wrapped_count(self, found: list[Cell]) -> bool:
        """A name's wrapped rest that is a count with its unit ("36 mies.", "5 lat"), flush with the name
        above it: the name goes on; a count under the table starts elsewhere."""
        last = self.last
        if last is None or last.name_start < 0 or len(found) != 1 or not self.rows or last is not self.rows[-1]:
            return False
        text = found[0].text.strip()
        return bool(_QTY_UNIT.match(text)) and abs(found[0].start - last.name_start) <= (2 if self.ocr else 0)

    def _open_row(self) -> _Row | None:
        """The last row when it printed its Lp and name but no figure yet (its figures come on a later line)."""
        last = self.last
        if last is None or not self.rows or last is not self.rows[-1] or last.lp is None:
            return None
        return None if any(key in NUMERIC for key in last.values) else last

    def _realigned(self, found: list[Cell], placed: dict[str, list[str]]) -> dict[str, list[str]]:
        """A row pushed right by a name longer than its column puts two figures under one heading: its
        figures then fill the value columns in order, from the right (figures are right-aligned)."""
        if not any(len(v) > 1 for k, v in placed.items() if k in NUMERIC and k != "discount"):
            return placed
        figures = [
            c.text.strip()
            for c in found
            if _NUMERIC_CELL.match(c.text.strip())
            and (got := _place(c, self.columns)) is not None
            and got.key in NUMERIC
        ]
        value_columns = [c.key for c in self.columns if c.key in NUMERIC]
        if not figures or len(figures) != len(value_columns):
            return placed
        out = {k: v for k, v in placed.items() if k not in NUMERIC}
        for key, text in zip(value_columns, figures, strict=True):
            out.setdefault(key, []).append(text)
        return out

    def _wide_name(self, found: list[Cell]) -> bool:
        """One phrase starting where the names start and running into a code column but short of the
        figures ("Zarządzania Bezpieczeństwem Informacji" under a narrow "Nazwa"): the name's rest."""
        lo, _ = self.name_zone()
        # a narrow quantity column right of the names ("Ilość" over a right-aligned "1") is no bound: the grid's
        # wrapped lines run a few characters into it
        numeric = sorted((c for c in self.columns if c.key in NUMERIC and c.start > lo), key=lambda c: c.start)
        if numeric and numeric[0].key == "qty":
            numeric = numeric[1:]
        unit = [c.start for c in self.columns if c.key == "unit" and c.start > lo]
        figures = min([c.start for c in numeric] + [u + 2 for u in unit], default=10_000)
        return len(found) == 1 and abs(found[0].start - lo) <= 2 and found[0].end < figures - 2

    def _continuation(self, found: list[Cell], placed: dict[str, list[str]]) -> bool:
        specks = {c.text for c in found if len(c.text.strip()) == 1 and not c.text.strip().isdigit()}
        if specks and len(specks) < len(found):
            # "zepesowych      I": a cell border OCR read as a letter beside the name's rest
            found = [c for c in found if c.text not in specks]
            placed = {k: [v for v in vs if v not in specks] for k, vs in placed.items()}
            placed = {k: vs for k, vs in placed.items() if vs}
        if not found:
            return True  # nothing but specks ("I  |  I"): a cell border, no text of the table
        if SECTION_HEADING.match(" ".join(c.text for c in found)):
            self.last = None  # "II. OPROGRAMOWANIE I LICENCJE": the next section of rows
            return True
        if self.last is None and self.carried is not None and self.carried is (self.rows[-1] if self.rows else None):
            self.last = self.carried  # the first line under a repeated header, no Lp, no figure: the name's rest
        if self.last is None:
            return not self.rows  # a line above the first row (a header's third line) is skipped
        lo, hi = self.name_zone()
        text = " ".join(c.text for c in found)
        serial = _SERIALS.match(text) if found[0].start >= lo - 2 else None
        if serial or (self.serial_block and all(_SERIAL.fullmatch(w.strip(",;")) for w in text.split())):
            # "SN: SNR1073ZKW, SN74Z79Y0L … (razem 15 szt.) Gwarancja 60 m-cy": the row's serial numbers,
            # however far the line runs
            words = (w.strip(",;") for w in text[serial.end() if serial else 0 :].split())
            self.last.serials.extend(w for w in words if _SERIAL.fullmatch(w))
            self.serial_block = True
            return True
        if any(c.start < lo - 2 or c.end > hi + 1 for c in found if c.text.strip()) and not self._wide_name(found):
            return False  # a note across the page under the table
        if "name" not in placed:
            return False
        start, indent = self.last.name_start, found[0].start
        if 0 <= start < self.name.start <= start + 2:
            start = self.name.start  # a row's name printed a character left of its column: the column counts
        if (
            self.last.described
            or described(start, indent, self.next_raw, ocr=self.ocr)
            or LABELLED_NOTE.match(" ".join(placed["name"]))
        ):
            # the item's specification indented under its name: a description, not the name's rest
            self.last.described = True
            return True
        rest = " ".join(placed["name"])
        if self.correction:
            tokens = rest.split()
            # "16GB  512GB   korektą": the name's rest, then the rest of the state marker beside it
            rest = " ".join(tokens[:-1] if tokens and _MARKER_REST.match(tokens[-1]) else tokens)
            if not rest:
                return True
        self.last.names.append(rest)
        return True


def described(start: int, indent: int, next_raw: str, *, ocr: bool) -> bool:
    """A line under an item's name starting `indent` characters in is a description (a specification in
    smaller type indented under the name), not the name's wrapped rest, which starts flush with the name
    at `start`. A text PDF's grid is exact: one character right is indented. OCR places words to a
    column or so, so one column right counts only when the next line is indented too (a block of
    specification lines; a name wraps over one line or two, flush)."""
    if start < 0 or not start + 1 <= indent <= start + 8:
        return False
    if not ocr or indent >= start + 2:
        return True
    following = len(next_raw) - len(next_raw.lstrip())
    return bool(next_raw.strip()) and start + 1 <= following <= start + 8 and not re.search(r"\d[,.]\d{2}\b", next_raw)


def _word_start(raw: str, names: list[str]) -> int:
    """Where the name's first word starts in its row's line (after an Lp, a speck or a code glued to it),
    or -1."""
    word = re.search(r"[^\W_][^\s]*", names[0]) if names else None
    if word is None:
        return -1
    found = re.search(rf"(?<!\S){re.escape(word.group(0))}", raw)
    return found.start() if found else -1


def _find_header(lines: Sequence[Line], start: int, stop: int) -> tuple[list[Column], int] | None:
    for k in range(start, min(stop, len(lines))):
        raw = lines[k].raw
        if raw == _PAGE_BREAK or not raw.strip() or re.search(r"\d[,.]\d{2}\b", raw):
            continue
        tails: list[str] = []
        # "Cena" / "przed" / "rabatem": a header printed over up to three lines
        while len(tails) < 2 and k + 1 + len(tails) < len(lines):
            nxt = lines[k + 1 + len(tails)].raw
            if not (nxt.strip() and nxt != _PAGE_BREAK and (_is_tail(nxt) or _tail_under(raw, nxt))):
                break
            tails.append(nxt)
        columns = header_columns(raw, *tails)
        if columns is not None:
            return columns, k + 1 + len(tails)
    return None


def read_columns(lines: Sequence[Line], *, correction: bool = False, ocr: bool = False) -> ColumnTable | None:
    """The first items table read by its columns (with its continuation on later pages), or None."""
    tables = read_tables(lines, correction=correction, ocr=ocr)
    return tables[0] if tables else None


def read_tables(lines: Sequence[Line], *, correction: bool = False, ocr: bool = False) -> list[ColumnTable]:
    """Every items table of the document, in order (an order listed for information, then the
    invoice's own rows; goods, then services)."""
    tables: list[ColumnTable] = []
    start = 0
    while start < len(lines):
        table, end = _read_table(lines, start, correction=correction, ocr=ocr)
        if end is None:
            break
        if table is not None:
            tables.append(table)
        start = end
    return tables


def _read_table(
    lines: Sequence[Line], start: int, *, correction: bool, ocr: bool = False
) -> tuple[ColumnTable | None, int | None]:
    """The table under the first header at or after `start`, and the index where reading stopped."""
    found = _find_header(lines, start, len(lines))
    if found is None:
        return None, None
    columns, index = found
    reader = _Reader(columns, correction, ocr=ocr)
    if correction:
        # "Treść korygowana (było):" just above the first header
        above = " ".join(line.text for line in lines[max(0, index - 5) : index] if line.text)
        reader.before = bool(_SECTION_BEFORE.search(above)) and not _SECTION_AFTER.search(above)
    first_columns = tuple(columns)
    while index < len(lines):
        raw = lines[index].raw
        if raw == _PAGE_BREAK:
            again = _find_header(lines, index + 1, index + 1 + _HEADER_SEARCH)
            if again is None or [c.key for c in again[0]] != [c.key for c in columns]:
                break
            reader.columns, index = again
            # the last row's name may go on under the repeated header ("… (poz. 15" / "OPZ)")
            reader.carried, reader.last = reader.last, None
            continue
        if raw.strip() and _PAGE_FURNITURE.match(raw.strip()):
            index += 1
            continue
        if raw.strip() and reader.rows:
            again = _find_header(lines, index, index + 1)
            if again is not None and [c.key for c in again[0]] == [c.key for c in columns]:
                reader.columns, index = again  # the header repeated over the next section of rows
                reader.last = None
                continue
            if again is not None:
                break  # another table's header
        reader.next_raw = lines[index + 1].raw if index + 1 < len(lines) else ""
        if raw.strip() and not reader.line(raw):
            break
        index += 1
    items = tuple(item for row in reader.rows if (item := _item(row)) is not None)
    return (ColumnTable(first_columns, items, index) if items else None), max(index, found[1])


def read_block(header_raw: str, raws: Sequence[str], *, before: bool = False) -> list[LineItem]:
    """The rows under one header given as raw lines (one of two tables printed side by side, each cut
    out of the page's lines at the same character column); [] when the header names no items table."""
    columns = header_columns(header_raw)
    if columns is None:
        return []
    reader = _Reader(columns, correction=False)
    for index, raw in enumerate(raws):
        reader.next_raw = raws[index + 1] if index + 1 < len(raws) else ""
        if raw.strip() and not reader.line(raw):
            break
    items = [item for row in reader.rows if (item := _item(row)) is not None]
    return [dataclasses.replace(i, before_correction=before, vat_rate=i.vat_rate or _rate_of(i)) for i in items]


def _rate_of(item: LineItem) -> str | None:
    """The rate a row prints no column for, when its VAT is exactly one rate of its net (to the grosz)."""
    if item.net is None or item.vat is None or not item.net:
        return None
    return next((r for r in ("23", "8", "5", "0") if abs(item.net * Decimal(r) / 100 - item.vat) <= CENT), None)


def _first(values: dict[str, list[str]], key: str) -> str | None:
    got = values.get(key)
    return " ".join(got) if got else None


def _amount(text: str | None) -> Decimal | None:
    if text is None:
        return None
    return parse_amount(fix_ocr_digits(_CURRENCY.sub("", text.strip())))


def _item(row: _Row) -> LineItem | None:
    values = row.values
    # "- Komputer …": a cell border's speck before the name
    name = re.sub(r"^[-–—|~»«]\s+", "", " ".join(" ".join(row.names).split()))
    if not name:
        return None
    units = values.get("unit") or []
    qty_text, unit = _first(values, "qty"), (units[0] if units else None)  # "sz.  5s1282": a misread price beside it
    qty = None
    if qty_text is not None:
        m = _QTY_UNIT.match(qty_text)
        if m:
            qty_text, unit = m.group("q"), unit or m.group("u")
        qty = parse_qty(fix_ocr_digits(qty_text))
    net, vat, gross = _amount(_first(values, "net")), _amount(_first(values, "vat")), _amount(_first(values, "gross"))
    rate_text = _first(values, "rate")
    either = _first(values, "vat_or_rate")
    if either is not None:
        # "VAT" over a bare "23": a rate (an amount prints its grosze)
        if "%" in either or re.fullmatch(r"(?i)(?:zw|np|oo)\.?|\d{1,2}", either.strip()):
            rate_text = rate_text or either
        else:
            vat = vat if vat is not None else _amount(either)
    rate = normalise_rate(rate_text) if rate_text else None
    if rate is None and rate_text and re.fullmatch(r"\d{1,2}", rate_text.strip()):
        rate = rate_text.strip()  # "VAT %" over a bare "23"
    if gross is None and net is not None and vat is not None:
        gross = net + vat
    if vat is None and net is not None and gross is not None:
        vat = gross - net
    if net is None and gross is not None and vat is not None:
        net = gross - vat
    if net is None and gross is None:
        return None
    return LineItem(
        name=name,
        qty=qty,
        unit=unit,
        unit_net=_amount(_first(values, "price")),
        net=net,
        vat_rate=rate,
        vat=vat,
        gross=gross,
        position=row.lp,
        unit_gross=_amount(_first(values, "price_gross")),
        before_correction=row.before,
        serial_numbers=tuple(row.serials),
    )


# --- the self-checks that choose between two readings ---------------------------------------------


def row_consistent(item: LineItem) -> bool:
    """The row's own arithmetic holds: quantity × price = net (to rounding), net + VAT = gross, net ×
    rate = VAT."""
    if item.net is None:
        # a gross-priced row (no net printed): its quantity × gross price = its gross value
        if item.gross is None or item.qty is None or item.unit_gross is None:
            return item.gross is not None
        return abs(item.qty * item.unit_gross - item.gross) <= max(Decimal("0.02"), abs(item.qty) * Decimal("0.005"))
    if item.vat is not None and item.gross is not None and abs(item.net + item.vat - item.gross) > CENT:
        return False
    tolerance = max(Decimal("0.02"), abs(item.qty or Decimal(0)) * Decimal("0.005"))  # a unit price rounded to grosze
    if item.qty is not None and item.unit_net is not None and abs(item.qty * item.unit_net - item.net) > tolerance:
        return False
    if item.vat is not None and item.vat_rate is not None and item.vat_rate.isdigit():
        expected = item.net * Decimal(item.vat_rate) / 100
        if abs(expected - item.vat) > max(Decimal("0.02"), abs(item.net) * Decimal("0.0005")):
            return False
    return True


def sums_match(items: Sequence[LineItem], net: Decimal | None, gross: Decimal | None) -> bool | None:
    """Whether the lines (the state after a correction) add up to the printed totals; None when no
    total is printed to check them against."""
    effective = [i for i in items if not i.before_correction]
    before = [i for i in items if i.before_correction]
    if not effective:
        return False
    checks = []
    if net is not None and all(i.net is not None for i in items):
        # a correction's totals are its state after, or the difference (after − before)
        checks.append(sum(_nets(effective)) in (net, net + sum(_nets(before))))
    if gross is not None and all(i.gross is not None for i in items):
        checks.append(sum(_grosses(effective)) in (gross, gross + sum(_grosses(before))))
    if not checks:
        return None
    return any(checks)


def _nets(items: Sequence[LineItem]) -> list[Decimal]:
    return [i.net or Decimal(0) for i in items]


def _grosses(items: Sequence[LineItem]) -> list[Decimal]:
    return [i.gross or Decimal(0) for i in items]


def passes(items: Sequence[LineItem], net: Decimal | None, gross: Decimal | None) -> bool:
    return bool(items) and all(row_consistent(i) for i in items) and sums_match(items, net, gross) is True


def _inside(short: str, long: str) -> bool:
    """`short` is a part of `long` (spacing and case aside), and `long` has more."""
    a, b = " ".join(short.casefold().split()), " ".join(long.casefold().split())
    return 0 < len(a) < len(b) and a in b


_FILLED = ("qty", "unit", "unit_net", "unit_gross", "vat_rate")


def _filled(columns: list[LineItem], parsed: Sequence[LineItem]) -> list[LineItem]:
    """The column reading, with what a column left empty (a quantity pushed out of its column by a long
    name) taken from the arithmetic reading of the same row (same value)."""
    if len(columns) != len(parsed):
        return columns
    out = []
    for mine, theirs in zip(columns, parsed, strict=True):
        if mine.gross == theirs.gross or mine.net == theirs.net:
            missing = {f: getattr(theirs, f) for f in _FILLED if getattr(mine, f) is None}
            mine = dataclasses.replace(mine, **missing)
        out.append(mine)
    return out


def _qty_in_name(mine: LineItem, name: str) -> bool:
    """ "Licencja … Security 1 10 rok": the row's quantity cell read into its wrapped name."""
    if mine.qty is None:
        return False
    words, own = name.split(), mine.name.split()
    return any(w == str(mine.qty) and words[:k] + words[k + 1 :] == own for k, w in enumerate(words))


def _wrapped_rest(short: str, long: str) -> bool:
    """The columns read the name's wrapped rest ("… Mini 800 G9" + "i5-12500T 16GB 512GB W11Pro") that
    the other reading gave to the next row or lost: a few more words after the same start."""
    own, more = short.split(), long.split()
    return 0 < len(own) < len(more) <= len(own) + 8 and more[: len(own)] == own


def _carried_rest(previous: str, theirs: str, mine: str) -> bool:
    """ "OPZ) Licencja Microsoft 365 …": the previous row's name went on under the next page's repeated header
    and the other reading put its rest before this row's name; the columns gave it to the previous row."""
    before, words, own = previous.split(), theirs.split(), mine.split()
    for k in range(1, min(4, len(words))):
        head, rest = words[:k], words[k:]
        if before[-k:] == head and rest and own[: len(rest)] == rest:
            return True
    return False


def _figures_inserted(short: str, long: str) -> bool:
    """ "… / 200 01.12.2025–31.12.2025 GB NVMe": the column's name with another column's dates or
    figures (no letters) inserted where the name wrapped."""
    own, words = short.split(), long.split()
    if len(words) <= len(own):
        return False
    k = 0
    for word in words:
        if k < len(own) and word == own[k]:
            k += 1
        elif re.search(r"[^\W\d_]", word):
            return False
    return k == len(own)


def choose_items(
    parsed: Sequence[LineItem],
    tables: Sequence[ColumnTable],
    net: Decimal | None,
    gross: Decimal | None,
    printed: Collection[Decimal] = (),
) -> list[LineItem]:
    """The items of the reading that passes the self-checks.

    The column reading (all tables, or the one table whose rows add up to the totals: an order listed
    for information above an advance invoice's own row) replaces the arithmetic one when it passes and
    the other does not. When both pass with the same figures, a name the columns bound more tightly
    (the other glued a date, a code column, a serial-number list or a note under the table to it) is
    taken from the columns. When neither adds up to the totals (a discount on the whole order deducted under
    the table), the columns' rows are taken when their sum is printed under the table (`printed`: "Suma
    wartości pozycji netto: …") and the other reading's is not.
    """
    candidates = [[i for t in tables for i in t.items], *([list(t.items) for t in tables] if len(tables) > 1 else [])]
    columns = next((c for c in candidates if passes(c, net, gross)), None)
    if columns is None:
        # Neither reading adds up to the totals (a discount on the whole order deducted under the table, a
        # total unread): with the same rows and figures, the columns still bound the names and the rates.
        whole = candidates[0]
        if (
            whole
            and all(row_consistent(i) for i in whole)
            and len(whole) == len(parsed)
            and all(a.net == b.net and a.net is not None and a.qty == b.qty for a, b in zip(whole, parsed, strict=True))
        ):
            return _merged(whole, parsed, rates=True)
        if (
            whole
            and all(row_consistent(i) and i.net is not None for i in whole)
            and _sum_printed(whole, printed)
            and not _sum_printed(parsed, printed)
        ):
            return _filled(whole, parsed)
        return list(parsed)
    if not passes(parsed, net, gross):
        return _filled(columns, parsed)
    if len(columns) != len(parsed) or any(a.net != b.net for a, b in zip(columns, parsed, strict=True)):
        return list(parsed)
    if any(i.unexplained for i in parsed) and not any(i.unexplained for i in columns):
        # the other reading left printed amounts unexplained ("8 610,00" read as a rate 8 and 610,00 in a table
        # printing no rate): the columns placed every figure
        return [_completed(mine, theirs) for mine, theirs in zip(columns, parsed, strict=True)]
    return _merged(columns, parsed)


def _completed(mine: LineItem, theirs: LineItem) -> LineItem:
    """The column reading's row with what its columns left empty taken from the other reading; the rate from
    the row's own VAT when it is one rate of its net."""
    missing = {f: getattr(theirs, f) for f in _FILLED if getattr(mine, f) is None and f != "vat_rate"}
    mine = dataclasses.replace(mine, **{f: v for f, v in missing.items() if v is not None})
    return dataclasses.replace(mine, vat_rate=mine.vat_rate or _rate_of(mine) or theirs.vat_rate)


def _sum_printed(items: Sequence[LineItem], printed: Collection[Decimal]) -> bool:
    """The rows' net (or gross) sum is an amount printed under the table (a subtotal before an order discount)."""
    if not items or not printed:
        return False
    nets = [i.net for i in items if not i.before_correction]
    grosses = [i.gross for i in items if not i.before_correction]
    return (all(n is not None for n in nets) and sum(n for n in nets if n is not None) in printed) or (
        all(g is not None for g in grosses) and sum(g for g in grosses if g is not None) in printed
    )


def _merged(columns: Sequence[LineItem], parsed: Sequence[LineItem], *, rates: bool = False) -> list[LineItem]:
    """The arithmetic reading's rows with the names the columns bound more tightly and what they filled;
    `rates`: the columns' VAT rate too (the arithmetic one may have taken a discount's percentage)."""
    out = []
    previous = ""
    for mine, theirs in zip(columns, parsed, strict=True):
        carried = _carried_rest(previous, theirs.name, mine.name)
        previous = mine.name
        if rates and mine.vat_rate is not None and mine.vat_rate != theirs.vat_rate:
            theirs = dataclasses.replace(theirs, vat_rate=mine.vat_rate)
        if (
            _inside(mine.name, theirs.name)
            or _qty_in_name(mine, theirs.name)
            or _figures_inserted(mine.name, theirs.name)
            or _wrapped_rest(theirs.name, mine.name)
            or carried
        ):
            theirs = dataclasses.replace(theirs, name=mine.name)
        missing = {f: getattr(mine, f) for f in _FILLED if getattr(theirs, f) is None}
        theirs = dataclasses.replace(theirs, **{f: v for f, v in missing.items() if v is not None})
        if len(mine.serial_numbers) > len(theirs.serial_numbers):
            theirs = dataclasses.replace(theirs, serial_numbers=mine.serial_numbers)
        out.append(theirs)
    return out
