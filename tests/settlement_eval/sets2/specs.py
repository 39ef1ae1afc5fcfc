"""Part 2: fresh settlement sets (blind, measured once at the end of a session)."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from ..sets.model import (
    ExpectedFinding,
    Invoice,
    Line,
    Party,
    Protocol,
    ProtocolItem,
    SettlementSet,
    make_nip,
)

D = Decimal


def _p(seed: str, name: str, addr: str, city: str) -> Party:
    return Party(name, addr, city, make_nip(seed))


S1 = _p("778123450", "NETKOM Systemy Sp. z o.o.", "ul. Składowa 14", "61-897 Poznań")
S2 = _p("873201554", "Bit-Serwis Jan Kowalczyk", "ul. Polna 3a", "33-100 Tarnów")
S3 = _p("526300112", "CyberTarcza S.A.", "al. Jerozolimskie 181", "02-222 Warszawa")
B1 = _p("593100876", "Gmina Stare Pole", "ul. Marynarki Polskiej 5", "82-220 Stare Pole")
B2 = _p("775240113", "Powiat Łęczycki", "ul. Kilińskiego 3", "99-100 Łęczyca")
B3 = _p("865239904", "Miasto Nowa Dęba", "ul. Rzeszowska 3", "39-460 Nowa Dęba")


def _prot(
    file: str, inv: Invoice, d: date, title: str = "PROTOKÓŁ ODBIORU", values: bool = False, scanned: bool = False
) -> Protocol:
    items = [
        ProtocolItem(ln.name, ln.qty, ln.unit, ln.serials, (ln.qty * ln.price) if values else None) for ln in inv.lines
    ]
    return Protocol(
        file, f"PO/{inv.number}", d, inv.seller, inv.buyer, items, invoice_ref=inv.number, title=title, scanned=scanned
    )


def build_sets() -> list[SettlementSet]:
    out: list[SettlementSet] = []
    end = date(2026, 6, 30)

    def inv(file, number, day, seller, buyer, lines, layout="classic", **kw):
        return Invoice(file, number, day, day, seller, buyer, lines, layout=layout, **kw)

    # 1 clean, per-rate VAT only
    i = inv(
        "fv_1.pdf",
        "FV/112/03/2026",
        date(2026, 3, 12),
        S1,
        B1,
        [
            Line(
                "Laptop Dell Latitude 5540 i5/16GB/512GB W11Pro",
                D(8),
                "szt.",
                D("4150.00"),
                serials=tuple(f"DL5540-{n:04d}" for n in range(8)),
            ),
            Line("Stacja dokująca Dell WD19S 180W", D(8), "szt.", D("690.00")),
        ],
        layout="summary",
    )
    out.append(
        SettlementSet(
            "p2_01_clean_summary",
            "CG",
            end,
            D("120000.00"),
            True,
            "clean; VAT per rate only",
            [i],
            [_prot("po_1.pdf", i, date(2026, 3, 14))],
            clean=True,
        )
    )
    # 2 clean, gross-priced
    i = inv(
        "fv_2.pdf",
        "12/2026/FS",
        date(2026, 4, 2),
        S2,
        B2,
        [
            Line("Switch HPE Aruba 2930F 48G PoE+ JL262A", D(2), "szt.", D("9840.00")),
            Line("Montaż i konfiguracja przełączników", D(1), "usł.", D("1845.00")),
        ],
        layout="gross",
    )
    out.append(
        SettlementSet(
            "p2_02_clean_gross",
            "CP",
            end,
            D("200000.00"),
            True,
            "clean; gross-priced",
            [i],
            [_prot("po_2.pdf", i, date(2026, 4, 3), title="P R O T O K Ó Ł  O D B I O R U")],
            clean=True,
        )
    )
    # 3 clean, protocol with values and serials, compact layout
    i = inv(
        "fv_3.pdf",
        "FA 0045/05/26",
        date(2026, 5, 6),
        S3,
        B3,
        [
            Line("FortiGate 60F + FortiCare UTP 1 rok", D(1), "kpl.", D("7900.00"), serials=("FGT60FTK2309ABCD",)),
            Line("Wdrożenie i konfiguracja UTM", D(8), "h", D("250.00")),
        ],
        layout="compact",
    )
    out.append(
        SettlementSet(
            "p2_03_clean_values",
            "CS",
            end,
            D("150000.00"),
            True,
            "clean; protocol values",
            [i],
            [_prot("po_3.pdf", i, date(2026, 5, 7), values=True)],
            clean=True,
        )
    )
    # 4 clean, VAT not recoverable
    i = inv(
        "fv_4.pdf",
        "FV/2026/04/77",
        date(2026, 4, 20),
        S1,
        B1,
        [
            Line("Serwer NAS QNAP TS-464 + 4x 8TB", D(1), "kpl.", D("6200.00"), serials=("Q23XX01234",)),
        ],
    )
    out.append(
        SettlementSet(
            "p2_04_clean_vat_nie",
            "CG",
            end,
            D("80000.00"),
            False,
            "clean; --vat-recoverable nie (VAT eligible)",
            [i],
            [_prot("po_4.pdf", i, date(2026, 4, 22))],
            clean=True,
        )
    )
    # 5 duplicate
    i = inv(
        "fv_5.pdf",
        "FV/301/2026",
        date(2026, 2, 10),
        S2,
        B2,
        [
            Line('Monitor Iiyama ProLite XUB2493HS-B5 24"', D(10), "szt.", D("520.00")),
        ],
    )
    dup = inv("fv_5_kopia.pdf", "FV/301/2026", date(2026, 2, 10), S2, B2, list(i.lines), is_duplicate_copy=True)
    out.append(
        SettlementSet(
            "p2_05_duplicate",
            "CP",
            end,
            D("90000.00"),
            True,
            "same invoice twice",
            [i, dup],
            [_prot("po_5.pdf", i, date(2026, 2, 12))],
            findings=[ExpectedFinding("warning", ["duplik", "dwukrot", "duplicate"], "the same invoice in two files")],
        )
    )
    # 6 correction with unreadable reference
    i = inv(
        "fv_6.pdf",
        "FV/88/01/2026",
        date(2026, 1, 15),
        S1,
        B3,
        [
            Line("Licencja ESET PROTECT Entry 50 stan. 24 m-ce", D(1), "szt.", D("9800.00")),
        ],
    )
    k = inv(
        "kor_6.pdf",
        "KOR/3/2026",
        date(2026, 1, 29),
        S1,
        B3,
        [
            Line("Licencja ESET PROTECT Entry 50 stan. 24 m-ce", D(1), "szt.", D("9300.00")),
        ],
        correction_of="FV/88/01/2026",
        correction_ref_readable=False,
        corrected_date=date(2026, 1, 15),
        correction_before=[Line("Licencja ESET PROTECT Entry 50 stan. 24 m-ce", D(1), "szt.", D("9800.00"))],
        correction_reason="rabat",
    )
    out.append(
        SettlementSet(
            "p2_06_correction_blank_ref",
            "CS",
            end,
            D("60000.00"),
            True,
            "correction with an unreadable reference",
            [i, k],
            [],
            findings=[ExpectedFinding("warning", ["korekt", "protok"], "correction/protocol", required=False)],
        )
    )
    # 7 invoice after project end
    i = inv(
        "fv_7.pdf",
        "FV/700/2026",
        date(2026, 7, 14),
        S3,
        B1,
        [
            Line("Test penetracyjny infrastruktury zewnętrznej", D(1), "usł.", D("12000.00")),
        ],
    )
    out.append(
        SettlementSet(
            "p2_07_after_end",
            "CG",
            end,
            D("100000.00"),
            True,
            "invoice after project end",
            [i],
            [],
            findings=[
                ExpectedFinding("warning", ["termin", "okres", "po zakończ"], "invoice after the project end"),
                ExpectedFinding("warning", ["protok"], "no acceptance protocol for a service", required=False),
            ],
            excluded_from_totals=("FV/700/2026",),
        )
    )
    # 8 advisory/training cap
    i = inv(
        "fv_8.pdf",
        "FV/8/2026",
        date(2026, 3, 3),
        S3,
        B2,
        [
            Line(
                "Usługi doradcze - przygotowanie opisu przedmiotu zamówienia i ocena zapotrzebowania JST",
                D(1),
                "usł.",
                D("9000.00"),
            ),
        ],
    )
    out.append(
        SettlementSet(
            "p2_08_advisory_cap",
            "CP",
            end,
            D("100000.00"),
            True,
            "advisory cap: 9 000 zł net on a 100 000 zł grant (5 % = 5 000 zł)",
            [i],
            [],
            findings=[
                ExpectedFinding(
                    "warning", ["limit", "doradz"], "advisory services above 5 % of the grant (CP schemat pkt 1)"
                ),
                ExpectedFinding("warning", ["protok"], "no acceptance protocol for a service", required=False),
            ],
        )
    )
    # 9, 10 scanned
    i = inv(
        "fv_9.pdf",
        "FV/19/02/2026",
        date(2026, 2, 19),
        S2,
        B3,
        [
            Line("Dysk zewn. WD Elements 4TB USB 3.0", D(4), "szt.", D("430.00")),
        ],
        scanned=True,
    )
    out.append(
        SettlementSet(
            "p2_09_scan_invoice",
            "CG",
            end,
            D("50000.00"),
            True,
            "scanned invoice",
            [i],
            [_prot("po_9.pdf", i, date(2026, 2, 20))],
            scanned=True,
            clean=True,
        )
    )
    i = inv(
        "fv_10.pdf",
        "FV/10/2026",
        date(2026, 5, 11),
        S1,
        B1,
        [
            Line("Access point Ubiquiti UniFi U6 Pro", D(6), "szt.", D("780.00")),
        ],
    )
    out.append(
        SettlementSet(
            "p2_10_scan_protocol",
            "CG",
            end,
            D("50000.00"),
            True,
            "scanned protocol",
            [i],
            [_prot("po_10.pdf", i, date(2026, 5, 12), scanned=True)],
            scanned=True,
            clean=True,
        )
    )
    return out
