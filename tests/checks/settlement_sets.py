"""Generated settlement sets: invoices and protocols as a finance officer receives them, each with
what a careful officer would conclude (lines that are ineligible, findings to raise, the eligible
sum), so the pre-screen is measured against an answer computed here, never typed in by hand.

Invoices are built as extracted documents (the invoice reader is tested elsewhere); protocols are
written as text in several table layouts and read by the real protocol parser. Layouts covered:
lines with VAT per line, lines net-only with VAT per rate (rounding moved between lines), gross-
priced lines, corrections with a readable and an unreadable reference, a correction without its
invoice, duplicates with and without a readable number, protocols with serials, with values, with
unit-before-quantity columns, without Lp., signed by printed names or left with dotted lines.

    settlement_sets() -> list[SettlementSet]
    big_set(documents, lines_per_invoice) -> list[Document]   # for bench/check.py
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from datetime import date
from decimal import ROUND_HALF_UP, Decimal

from stdnum.pl import nip as stdnip

from extractors.models import Document, DocumentKind, Invoice, LineItem, Party, Protocol, Source, VatSummary
from extractors.parse.protocol import parse_protocol

D = Decimal
CENT = D("0.01")


def q2(value: Decimal) -> Decimal:
    return value.quantize(CENT, rounding=ROUND_HALF_UP)


def make_nip(seed: int) -> str:
    base = seed
    while True:
        digits = f"{base:09d}"
        check = sum(w * int(d) for w, d in zip((6, 5, 7, 2, 3, 4, 5, 6, 7), digits, strict=True)) % 11
        if check != 10:
            assert stdnip.is_valid(digits + str(check))
            return digits + str(check)
        base += 1


SELLERS = (
    Party("NetSecure Sp. z o.o.", make_nip(526104820)),
    Party("Infosystem Polska S.A.", make_nip(677231459)),
    Party("Serwis-IT Jan Nowak", make_nip(737100142)),
)
BUYER = Party("Gmina Wiśniowa", make_nip(601008150))
BUYER_2 = Party("Powiat Limanowski", make_nip(737100220))


@dataclass(frozen=True)
class Line:
    name: str
    qty: Decimal
    unit_net: Decimal
    rate: str = "23"
    unit: str = "szt."

    @property
    def net(self) -> Decimal:
        return q2(self.qty * self.unit_net)

    @property
    def pct(self) -> Decimal:
        return D(self.rate) if self.rate.isdigit() else D(0)


def _summary(lines: Sequence[Line]) -> tuple[VatSummary, ...]:
    rates: dict[str, Decimal] = {}
    for ln in lines:
        rates[ln.rate] = rates.get(ln.rate, D(0)) + ln.net
    out = []
    for rate, net in rates.items():
        pct = D(rate) if rate.isdigit() else D(0)
        vat = q2(net * pct / 100)
        out.append(VatSummary(rate, net, vat, net + vat))
    return tuple(out)


def invoice(
    file: str,
    number: str | None,
    day: date,
    lines: Sequence[Line],
    *,
    seller: Party = SELLERS[0],
    buyer: Party = BUYER,
    layout: str = "per_line",  # per_line | per_rate (lines net only) | gross (lines gross only)
    kind: DocumentKind = DocumentKind.INVOICE,
    before: Sequence[Line] = (),
    corrected_number: str | None = None,
    corrected_issue_date: date | None = None,
) -> Invoice:
    """An extracted invoice whose printed totals follow the layout's own arithmetic."""

    def items(rows: Sequence[Line], *, before_rows: bool) -> list[LineItem]:
        out = []
        for n, ln in enumerate(rows, start=1):
            if layout == "per_rate":
                out.append(
                    LineItem(
                        ln.name,
                        ln.qty,
                        ln.unit,
                        ln.unit_net,
                        ln.net,
                        ln.rate,
                        None,
                        None,
                        n,
                        before_correction=before_rows,
                    )
                )
            elif layout == "gross":
                gross = q2(ln.qty * q2(ln.unit_net * (1 + ln.pct / 100)))
                out.append(
                    LineItem(
                        ln.name,
                        ln.qty,
                        ln.unit,
                        None,
                        None,
                        ln.rate,
                        None,
                        gross,
                        n,
                        unit_gross=q2(ln.unit_net * (1 + ln.pct / 100)),
                        before_correction=before_rows,
                    )
                )
            else:
                vat = q2(ln.net * ln.pct / 100)
                out.append(
                    LineItem(
                        ln.name,
                        ln.qty,
                        ln.unit,
                        ln.unit_net,
                        ln.net,
                        ln.rate,
                        vat,
                        ln.net + vat,
                        n,
                        before_correction=before_rows,
                    )
                )
        return out

    def totals(rows: Sequence[Line]) -> tuple[Decimal, Decimal, Decimal, tuple[VatSummary, ...]]:
        if layout == "per_rate":
            summary = _summary(rows)
            net = sum((s.net or D(0) for s in summary), D(0))
            vat = sum((s.vat or D(0) for s in summary), D(0))
            return net, vat, net + vat, summary
        if layout == "gross":
            grosses: dict[str, Decimal] = {}
            for it in items(rows, before_rows=False):
                grosses[it.vat_rate or ""] = grosses.get(it.vat_rate or "", D(0)) + (it.gross or D(0))
            summary = []
            for rate, gross in grosses.items():
                pct = D(rate) if rate.isdigit() else D(0)
                vat = q2(gross * pct / (100 + pct))
                summary.append(VatSummary(rate, gross - vat, vat, gross))
            return (
                sum((s.net or D(0) for s in summary), D(0)),
                sum((s.vat or D(0) for s in summary), D(0)),
                sum((s.gross or D(0) for s in summary), D(0)),
                tuple(summary),
            )
        rows_items = items(rows, before_rows=False)
        net = sum((i.net or D(0) for i in rows_items), D(0))
        vat = sum((i.vat or D(0) for i in rows_items), D(0))
        return net, vat, net + vat, ()

    an, av, ag, summary = totals(lines)
    all_items = items(before, before_rows=True) + items(lines, before_rows=False)
    if before:
        bn, bv, bg, _ = totals(before)
        an, av, ag = an - bn, av - bv, ag - bg  # a correction prints the difference
    return Invoice(
        file=file,
        kind=kind,
        source=Source.PDF_TEXT,
        number=number,
        issue_date=day,
        sale_date=day,
        seller=seller,
        buyer=buyer,
        items=tuple(all_items),
        vat_summary=summary,
        net_total=an,
        vat_total=av,
        gross_total=ag,
        corrected_number=corrected_number,
        corrected_issue_date=corrected_issue_date,
    )


def protocol_text(
    number: str,
    day: date,
    reference: str | None,
    rows: Sequence[Line],
    *,
    layout: str,
    signed: bool = True,
    serials: Sequence[Sequence[str]] = (),
) -> str:
    """A protocol as its text layer reads: several table layouts, names or dotted lines to sign."""
    head = [f"PROTOKÓŁ ODBIORU nr {number}", f"sporządzony w dniu {day:%d.%m.%Y} w Wiśniowej"]
    if reference:
        head.append(f"dotyczy dostawy zafakturowanej fakturą nr {reference}")
    head += [
        f"Przekazujący (Wykonawca): {SELLERS[0].name}, NIP {SELLERS[0].nip}",
        f"Odbierający (Zamawiający): {BUYER.name}, NIP {BUYER.nip}",
    ]
    body: list[str] = []
    if layout == "serials":
        body.append("Lp. Nazwa sprzętu / usługi Ilość J.m. Numery seryjne")
        for n, ln in enumerate(rows, start=1):
            sn = ", ".join(serials[n - 1]) if n - 1 < len(serials) and serials[n - 1] else "—"
            body.append(f"{n} {ln.name} {ln.qty.normalize():f} {ln.unit} {sn}")
    elif layout == "values":  # unit before quantity, then prices: the quantity is not the last number
        body.append("Lp. Nazwa J.m. Ilość Cena netto Wartość netto Wartość brutto")
        for n, ln in enumerate(rows, start=1):
            gross = q2(ln.net * (1 + ln.pct / 100))
            body.append(f"{n} {ln.name} {ln.unit} {ln.qty.normalize():f} {_pl(ln.unit_net)} {_pl(ln.net)} {_pl(gross)}")
    elif layout == "no_lp":
        body.append("Nazwa przedmiotu Ilość J.m.")
        for ln in rows:
            body.append(f"{ln.name} {ln.qty.normalize():f} {ln.unit}")
    else:
        raise ValueError(layout)
    tail = [
        "Zamawiający potwierdza odbiór przedmiotu dostawy bez zastrzeżeń.",
        "",
        "..............................          ..............................",
        "Przekazujący (Wykonawca)                 Odbierający (Zamawiający)",
    ]
    if signed:
        tail.append("Marek Zieliński                          Anna Kowalczyk")
    return "\n".join(head + body + tail)


def _pl(value: Decimal) -> str:
    return f"{value:,.2f}".replace(",", " ").replace(".", ",")


def protocol(
    file: str,
    number: str,
    day: date,
    reference: str | None,
    rows: Sequence[Line],
    *,
    layout: str = "serials",
    signed: bool = True,
    serials: Sequence[Sequence[str]] = (),
) -> Protocol:
    text = protocol_text(number, day, reference, rows, layout=layout, signed=signed, serials=serials)
    return parse_protocol(text, file=file, source=Source.PDF_TEXT, pages=1)


@dataclass(frozen=True)
class SettlementSet:
    name: str
    programme: str
    documents: tuple[Document, ...]
    ineligible: frozenset[str] = frozenset()  # names of lines an officer rejects
    expected: frozenset[str] = frozenset()  # finding codes that must be raised
    clean: bool = False  # a negative control: no error, no warning
    eligible_net: Decimal | None = None  # the eligible net an officer would accept
    vat_recoverable: bool | None = False
    project_end: date | None = date(2026, 12, 31)
    hashes: dict[str, str] = field(default_factory=dict)


# --- the sets -----------------------------------------------------------------------------------

FIREWALL = Line("Firewall FortiGate 100F z licencją UTP na 3 lata", D(1), D("20000.00"))
SWITCH = Line("Przełącznik zarządzalny Aruba 2930F 24G PoE+ (VLAN, 802.1X)", D(2), D("10000.00"))
UPS = Line("Zasilacz awaryjny APC Smart-UPS 1500VA LCD RM 2U", D(2), D("3645.50"))
BACKUP = Line("Serwer kopii zapasowych Dell PowerEdge R350", D(1), D("18500.00"))
DISK = Line("Dysk HDD Seagate Exos 16TB do serwera kopii zapasowych", D(4), D("1249.99"))
TRANSPORT = Line("Transport", D(1), D("150.00"), unit="usł.")
ESET = Line("Licencja ESET PROTECT Complete On-Prem, 50 stanowisk, 36 miesięcy", D(1), D("14450.00"), unit="lic.")
EDR = Line("Licencja EDR SentinelOne Singularity Complete 12 m-cy", D(45), D("212.37"), unit="lic.")
TRAINING = Line(
    "Szkolenie z cyberbezpieczeństwa dla pracowników urzędu (phishing, hasła)",
    D(1),
    D("4500.00"),
    rate="zw",
    unit="usł.",
)
LAPTOP = Line("Laptop Dell Latitude 5540 i5-1335U 16 GB 512 GB SSD", D(3), D("4219.00"))
CLEANING = Line("Usługa sprzątania serwerowni", D(1), D("800.00"), unit="usł.")
TONER = Line("Toner HP 59A CF259A czarny", D(6), D("412.05"))
PRINTER = Line("Drukarka HP LaserJet Pro 4002dn", D(1), D("1290.00"))
WORKSTATION = Line("Komputer stacjonarny Dell OptiPlex 7010 SFF i5", D(5), D("3290.00"))
OFFICE = Line("Microsoft Office LTSC Standard 2021 licencja", D(5), D("1890.00"), unit="lic.")
PHONE = Line("Smartfon Samsung Galaxy A55 5G", D(2), D("1699.00"))
INTERNET = Line("Abonament internetowy światłowód 300 Mb/s – 12 mies.", D(12), D("149.00"), unit="mies.")
USED_SERVER = Line("Serwer Dell PowerEdge R650 poleasingowy", D(1), D("9800.00"))
EXCEL = Line("Szkolenie z obsługi programu Excel", D(1), D("1800.00"), rate="zw", unit="usł.")
KEYBOARD = Line("Mysz i klawiatura Logitech MK270", D(10), D("80.49"))
DESK = Line("Biurko biurowe 160x80", D(4), D("899.00"))
ODD_A = Line("Licencja EDR SentinelOne Singularity Complete 12 m-cy – rozszerzenie", D(7), D("33.33"), unit="lic.")
ODD_B = Line("Moduł SFP 10G SR do przełącznika Aruba", D(3), D("0.67"))

MAR, APR, MAY = date(2026, 3, 14), date(2026, 4, 2), date(2026, 5, 6)
CG_DAY = date(2023, 6, 15)  # Cyfrowa Gmina: costs until the project's end in 2023


def settlement_sets() -> list[SettlementSet]:
    s = SELLERS
    sets = [
        # Negative controls: nothing wrong, nothing to warn about.
        SettlementSet(
            "clean-backup-server-values-protocol",
            "cs",
            (
                invoice("fv_backup.pdf", "FV/2026/03/014", MAR, (BACKUP, DISK, TRANSPORT)),
                protocol(
                    "po_backup.pdf", "PO/2026/03/01", MAR, "FV/2026/03/014", (BACKUP, DISK, TRANSPORT), layout="values"
                ),
            ),
            clean=True,
            eligible_net=BACKUP.net + DISK.net + TRANSPORT.net,
        ),
        SettlementSet(
            "clean-per-rate-vat-serials",
            "cs",
            (
                invoice(
                    "fv_rates.pdf",
                    "F/2026/00731",
                    APR,
                    (FIREWALL, SWITCH, EDR, ODD_A, ODD_B),
                    seller=s[1],
                    layout="per_rate",
                ),
                protocol(
                    "po_rates.pdf",
                    "3/2026",
                    APR,
                    "F/2026/00731",
                    (FIREWALL, SWITCH, EDR, ODD_A, ODD_B),
                    serials=(("FGT100FTK23041234",), ("SG23A0X1", "SG23A0X2")),
                ),
            ),
            clean=True,
            eligible_net=FIREWALL.net + SWITCH.net + EDR.net + ODD_A.net + ODD_B.net,
        ),
        SettlementSet(
            "clean-gross-priced-no-lp",
            "cs",
            (
                invoice("fv_gross.pdf", "FS 1184/2026", MAY, (UPS, EDR, ESET), seller=s[2], layout="gross"),
                protocol("po_gross.pdf", "PK/12/2026", MAY, "FS 1184/2026", (UPS, EDR, ESET), layout="no_lp"),
            ),
            clean=True,
            eligible_net=None,  # derived from gross per rate: checked by reconciliation
        ),
        SettlementSet(
            "clean-cg-workstations-office",
            "cg",
            (
                invoice(
                    "fv_cg.pdf",
                    "FV/0412/2023",
                    CG_DAY,
                    (WORKSTATION, OFFICE, PRINTER, TRAINING),
                    seller=s[1],
                    buyer=BUYER_2,
                    layout="per_rate",
                ),
                protocol(
                    "po_cg.pdf",
                    "PO/5/2023",
                    CG_DAY,
                    "FV/0412/2023",
                    (WORKSTATION, OFFICE, PRINTER, TRAINING),
                    layout="values",
                ),
            ),
            clean=True,
            project_end=None,
            eligible_net=WORKSTATION.net + OFFICE.net + PRINTER.net + TRAINING.net,
        ),
        SettlementSet(
            "clean-correction-by-number",
            "cs",
            (
                invoice("fv_orig.pdf", "FV/2026/03/020", MAR, (FIREWALL, SWITCH)),
                invoice(
                    "kor.pdf",
                    "KOR/2026/004",
                    APR,
                    (FIREWALL, replace(SWITCH, unit_net=D("6500.00"))),
                    kind=DocumentKind.CORRECTION,
                    before=(FIREWALL, SWITCH),
                    corrected_number="FV/2026/03/020",
                    corrected_issue_date=MAR,
                ),
                protocol("po_orig.pdf", "PO/2026/03/02", MAR, "FV/2026/03/020", (FIREWALL, SWITCH)),
            ),
            clean=True,
            eligible_net=FIREWALL.net + q2(SWITCH.qty * D("6500.00")),
        ),
        # A correction whose reference is not read: joined by seller, buyer, date and amounts, counted once.
        SettlementSet(
            "correction-reference-unread",
            "cs",
            (
                invoice("fv_orig.pdf", "FV/2026/03/020", MAR, (FIREWALL, SWITCH)),
                invoice(
                    "kor.pdf",
                    "KOR/2026/004",
                    APR,
                    (FIREWALL, replace(SWITCH, unit_net=D("6500.00"))),
                    kind=DocumentKind.CORRECTION,
                    before=(FIREWALL, SWITCH),
                    corrected_number=None,
                    corrected_issue_date=MAR,
                ),
                protocol("po_orig.pdf", "PO/2026/03/02", MAR, "FV/2026/03/020", (FIREWALL, SWITCH)),
            ),
            expected=frozenset({"correction_linked"}),
            eligible_net=FIREWALL.net + q2(SWITCH.qty * D("6500.00")),
        ),
        # The original invoice's own number unread: the correction still finds it by the other facts.
        SettlementSet(
            "original-number-unread",
            "cs",
            (
                invoice("fv_orig.pdf", None, MAR, (FIREWALL, SWITCH)),
                invoice(
                    "kor.pdf",
                    "KOR/2026/004",
                    APR,
                    (FIREWALL, replace(SWITCH, unit_net=D("6500.00"))),
                    kind=DocumentKind.CORRECTION,
                    before=(FIREWALL, SWITCH),
                    corrected_number="FV/2026/03/020",
                    corrected_issue_date=MAR,
                ),
                protocol("po_orig.pdf", "PO/2026/03/02", MAR, None, (FIREWALL, SWITCH)),
            ),
            expected=frozenset({"correction_linked"}),
            eligible_net=FIREWALL.net + q2(SWITCH.qty * D("6500.00")),
        ),
        # A correction of an invoice that was not uploaded: listed alone, never added.
        SettlementSet(
            "correction-without-original",
            "cs",
            (
                invoice("fv_other.pdf", "FV/2026/05/001", MAY, (ESET,), seller=s[1]),
                invoice(
                    "kor.pdf",
                    "KOR/2026/009",
                    MAY,
                    (replace(UPS, qty=D(1)),),
                    kind=DocumentKind.CORRECTION,
                    before=(UPS,),
                    corrected_number="FV/2025/12/111",
                    corrected_issue_date=date(2025, 12, 1),
                ),
                protocol("po_other.pdf", "PO/2026/05/1", MAY, "FV/2026/05/001", (ESET,)),
            ),
            expected=frozenset({"correction_without_original"}),
            eligible_net=ESET.net,
        ),
        # The same invoice twice, once with the number unread.
        SettlementSet(
            "duplicate-number-unread",
            "cs",
            (
                invoice("fv_a.pdf", "FV/2026/04/010", APR, (FIREWALL,)),
                invoice("fv_a_skan.pdf", None, APR, (FIREWALL,)),
                protocol("po_a.pdf", "PO/4/2026", APR, "FV/2026/04/010", (FIREWALL,)),
            ),
            expected=frozenset({"duplicate_invoice"}),
            eligible_net=FIREWALL.net,
        ),
        SettlementSet(
            "duplicate-same-number",
            "cs",
            (
                invoice("fv_a.pdf", "FV/2026/04/010", APR, (FIREWALL,)),
                invoice("fv_a_kopia.pdf", "FV 2026/04/010", APR, (FIREWALL,)),
                protocol("po_a.pdf", "PO/4/2026", APR, "FV/2026/04/010", (FIREWALL,)),
            ),
            expected=frozenset({"duplicate_invoice"}),
            eligible_net=FIREWALL.net,
        ),
        # Ineligible lines among eligible ones: a laptop (CS), cleaning of the server room, toner.
        SettlementSet(
            "ineligible-lines-cs",
            "cs",
            (
                invoice("fv_mix.pdf", "FV/2026/05/077", MAY, (FIREWALL, LAPTOP, CLEANING, TONER), layout="per_rate"),
                protocol("po_mix.pdf", "PO/5/2026", MAY, "FV/2026/05/077", (FIREWALL, LAPTOP, CLEANING, TONER)),
            ),
            ineligible=frozenset({LAPTOP.name, CLEANING.name, TONER.name}),
            expected=frozenset({"ineligible_item"}),
            eligible_net=FIREWALL.net,
        ),
        SettlementSet(
            "ineligible-lines-cs-more",
            "cs",
            (
                invoice(
                    "fv_more.pdf",
                    "FV/2026/05/090",
                    MAY,
                    (EDR, PHONE, INTERNET, USED_SERVER, OFFICE, EXCEL, KEYBOARD, PRINTER),
                    seller=s[1],
                ),
                protocol(
                    "po_more.pdf",
                    "PO/6/2026",
                    MAY,
                    "FV/2026/05/090",
                    (EDR, PHONE, INTERNET, USED_SERVER, OFFICE, EXCEL, KEYBOARD, PRINTER),
                    layout="values",
                ),
            ),
            ineligible=frozenset(x.name for x in (PHONE, INTERNET, USED_SERVER, OFFICE, EXCEL, KEYBOARD, PRINTER)),
            expected=frozenset({"ineligible_item", "used_equipment"}),
            eligible_net=EDR.net,
        ),
        SettlementSet(
            "ineligible-lines-cg",
            "cg",
            (
                invoice(
                    "fv_cg_mix.pdf", "FV/0500/2023", CG_DAY, (WORKSTATION, DESK, CLEANING), seller=s[2], buyer=BUYER_2
                ),
                protocol("po_cg_mix.pdf", "PO/7/2023", CG_DAY, "FV/0500/2023", (WORKSTATION, DESK, CLEANING)),
            ),
            ineligible=frozenset({DESK.name, CLEANING.name}),
            expected=frozenset({"ineligible_item"}),
            eligible_net=WORKSTATION.net,
            project_end=None,
        ),
        # An invoice dated after the project's end: every line out, whatever it is.
        SettlementSet(
            "invoice-after-project-end",
            "cs",
            (
                invoice("fv_late.pdf", "FV/2027/01/003", date(2027, 1, 12), (FIREWALL, UPS)),
                protocol("po_late.pdf", "PO/1/2027", date(2027, 1, 12), "FV/2027/01/003", (FIREWALL, UPS)),
            ),
            ineligible=frozenset({FIREWALL.name, UPS.name}),
            expected=frozenset({"date_outside_window"}),
            eligible_net=D(0),
        ),
        # A protocol that prints a value the invoice does not agree with.
        SettlementSet(
            "protocol-value-differs",
            "cs",
            (
                invoice("fv_val.pdf", "FV/2026/04/044", APR, (BACKUP, ESET)),
                protocol(
                    "po_val.pdf",
                    "PO/4/2026",
                    APR,
                    "FV/2026/04/044",
                    (replace(BACKUP, unit_net=D("18000.00")), ESET),
                    layout="values",
                ),
            ),
            expected=frozenset({"protocol_value_mismatch"}),
            eligible_net=BACKUP.net + ESET.net,
        ),
        # A protocol left unsigned and a quantity that does not agree.
        SettlementSet(
            "unsigned-and-short-delivery",
            "cs",
            (
                invoice("fv_ups.pdf", "FV/2026/04/033", APR, (UPS, ESET)),
                protocol(
                    "po_ups.pdf", "PO/4/2026", APR, "FV/2026/04/033", (replace(UPS, qty=D(1)), ESET), signed=False
                ),
            ),
            expected=frozenset({"protocol_unsigned", "quantity_mismatch"}),
            eligible_net=UPS.net + ESET.net,
        ),
    ]
    return sets


# --- a big set for the benchmark ------------------------------------------------------------------

_POOL = (FIREWALL, SWITCH, UPS, BACKUP, DISK, ESET, EDR, TRAINING, ODD_A, ODD_B)


def big_set(documents: int, lines_per_invoice: int = 20) -> list[Document]:
    """`documents` invoices of `lines_per_invoice` lines (names varied) and one protocol each."""
    out: list[Document] = []
    for d in range(documents):
        rows = []
        for k in range(lines_per_invoice):
            base = _POOL[(d + k) % len(_POOL)]
            rows.append(replace(base, name=f"{base.name} (lokalizacja {d + 1}.{k + 1})"))
        number = f"FV/2026/{d + 1:04d}"
        out.append(
            invoice(
                f"fv_{d:03d}.pdf", number, MAY, rows, seller=SELLERS[d % 3], layout="per_rate" if d % 2 else "per_line"
            )
        )
        out.append(protocol(f"po_{d:03d}.pdf", f"PO/{d + 1}/2026", MAY, number, rows))
    return out


__all__ = ["SettlementSet", "big_set", "invoice", "protocol", "protocol_text", "settlement_sets"]
