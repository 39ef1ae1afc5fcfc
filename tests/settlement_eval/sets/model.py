"""Plain data of a settlement set: parties, invoice lines, invoices, protocols.

Money is Decimal rounded half-up to the grosz, the way Polish invoices print it. Every amount printed on
a generated document is computed here, so `expected.yaml` and the PDFs cannot disagree.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from decimal import ROUND_HALF_UP, Decimal

from stdnum.pl import nip as stdnum_nip

GROSZ = Decimal("0.01")


def money(value: Decimal | int | str) -> Decimal:
    return Decimal(value).quantize(GROSZ, rounding=ROUND_HALF_UP)


def make_nip(seed: str) -> str:
    """A valid NIP: nine seed digits plus the one check digit python-stdnum accepts (bumps the seed if none)."""
    base = seed
    while True:
        for digit in "0123456789":
            if stdnum_nip.is_valid(base + digit):
                return base + digit
        base = str((int(base) + 1) % 10**9).zfill(9)


def fmt_nip(nip: str, style: int = 0) -> str:
    if style == 1:
        return f"{nip[:3]}-{nip[3:6]}-{nip[6:8]}-{nip[8:]}"
    if style == 2:
        return f"{nip[:3]}-{nip[3:5]}-{nip[5:7]}-{nip[7:]}"
    return nip


def fmt_pln(value: Decimal) -> str:
    """1234567.8 -> '1 234 567,80' (Polish grouping with a space, decimal comma)."""
    sign = "-" if value < 0 else ""
    whole, frac = f"{abs(money(value)):.2f}".split(".")
    groups = []
    while len(whole) > 3:
        groups.insert(0, whole[-3:])
        whole = whole[:-3]
    groups.insert(0, whole)
    return f"{sign}{' '.join(groups)},{frac}"


def fmt_qty(value: Decimal) -> str:
    return f"{value.normalize():f}".replace(".", ",")


def fmt_date(value: date) -> str:
    return value.strftime("%d.%m.%Y")


@dataclass(frozen=True, slots=True)
class Party:
    name: str
    address: str
    city: str
    nip: str


@dataclass(frozen=True, slots=True)
class Line:
    name: str
    qty: Decimal
    unit: str
    price: Decimal  # net unit price, or gross unit price on a gross-priced invoice
    rate: int = 23
    expected: str = "eligible"  # eligible | ineligible | review | a pattern "eligible|review" | "any"
    serials: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class LineAmounts:
    net: Decimal
    vat: Decimal
    gross: Decimal


@dataclass(slots=True)
class Invoice:
    file: str
    number: str
    issue_date: date
    sale_date: date
    seller: Party
    buyer: Party
    lines: list[Line]
    layout: str = "classic"  # classic | summary | gross | compact
    payment_days: int = 14
    correction_of: str | None = None  # printed reference to the corrected invoice
    correction_ref_readable: bool = True
    corrected_date: date | None = None
    correction_before: list[Line] = field(default_factory=list)  # "przed korektą" lines
    correction_reason: str = ""
    scanned: bool = False
    is_duplicate_copy: bool = False  # a second file of an invoice already in the set

    @property
    def kind(self) -> str:
        return "correction" if self.correction_before else "invoice"

    @property
    def gross_priced(self) -> bool:
        return self.layout == "gross"

    @property
    def per_rate_vat(self) -> bool:
        """VAT computed once per rate on the summed amounts (art. 106e ust. 11 allows both methods)."""
        return self.layout in ("summary", "gross")

    def line_amounts(self, line: Line) -> LineAmounts:
        value = money(line.qty * line.price)
        if self.gross_priced:
            vat = money(value * line.rate / (100 + line.rate))
            return LineAmounts(value - vat, vat, value)
        vat = money(value * line.rate / 100)
        return LineAmounts(value, vat, value + vat)

    def rate_summary(self, lines: list[Line] | None = None) -> dict[int, LineAmounts]:
        lines = self.lines if lines is None else lines
        out: dict[int, LineAmounts] = {}
        for rate in sorted({ln.rate for ln in lines}, reverse=True):
            group = [ln for ln in lines if ln.rate == rate]
            if self.per_rate_vat:
                if self.gross_priced:
                    gross = sum((money(ln.qty * ln.price) for ln in group), Decimal(0))
                    vat = money(gross * rate / (100 + rate))
                    out[rate] = LineAmounts(gross - vat, vat, gross)
                else:
                    net = sum((money(ln.qty * ln.price) for ln in group), Decimal(0))
                    vat = money(net * rate / 100)
                    out[rate] = LineAmounts(net, vat, net + vat)
            else:
                amounts = [self.line_amounts(ln) for ln in group]
                out[rate] = LineAmounts(
                    sum((a.net for a in amounts), Decimal(0)),
                    sum((a.vat for a in amounts), Decimal(0)),
                    sum((a.gross for a in amounts), Decimal(0)),
                )
        return out

    def totals(self, lines: list[Line] | None = None) -> LineAmounts:
        summary = self.rate_summary(lines).values()
        return LineAmounts(
            sum((s.net for s in summary), Decimal(0)),
            sum((s.vat for s in summary), Decimal(0)),
            sum((s.gross for s in summary), Decimal(0)),
        )

    def printed_totals(self) -> LineAmounts:
        """What the invoice prints as its totals: for a correction, the difference after minus before."""
        after = self.totals()
        if not self.correction_before:
            return after
        before = self.totals(self.correction_before)
        return LineAmounts(after.net - before.net, after.vat - before.vat, after.gross - before.gross)


@dataclass(frozen=True, slots=True)
class ProtocolItem:
    name: str
    qty: Decimal
    unit: str = "szt."
    serials: tuple[str, ...] = ()
    value_net: Decimal | None = None


@dataclass(slots=True)
class Protocol:
    file: str
    number: str
    date: date
    seller: Party
    buyer: Party
    items: list[ProtocolItem]
    invoice_ref: str | None = None
    contract_ref: str | None = None
    handing_over: str | None = "Tomasz Wiśniewski"  # None = unsigned (only dotted lines)
    receiving: str | None = "Katarzyna Zielińska"
    place: str = ""
    scanned: bool = False
    title: str = "PROTOKÓŁ ODBIORU"


@dataclass(slots=True)
class ExpectedFinding:
    kind: str
    keywords: list[str]
    description: str
    # False: the finding is welcome but not required (e.g. a warning that lists ineligible lines, which are
    # scored through the line verdicts); it only keeps such a warning from counting as a false alarm.
    required: bool = True


@dataclass(slots=True)
class SettlementSet:
    name: str
    programme: str
    project_end: date
    grant_amount: Decimal
    vat_recoverable: bool
    description: str
    invoices: list[Invoice]
    protocols: list[Protocol]
    clean: bool = False
    findings: list[ExpectedFinding] = field(default_factory=list)
    # Invoice numbers whose lines do not count toward the eligible totals (e.g. issued after the project end).
    excluded_from_totals: tuple[str, ...] = ()
    scanned: bool = False
