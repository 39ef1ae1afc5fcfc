"""The settlement sets: who sold what to whom, which documents, and what a careful reviewer expects.

Expected verdicts follow the programme documents in /work/shared/regulations (see the item lists in
`../items/` for the reasoning per kind of line). Findings are described by kind with keywords that
should appear in the product's `code` or `message` (any one keyword, case-insensitive).
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal as D

from .model import (
    ExpectedFinding,
    Invoice,
    Line,
    Party,
    Protocol,
    ProtocolItem,
    SettlementSet,
    make_nip,
)

# --- parties -------------------------------------------------------------------------------------------
GMINA = Party("Gmina Zielonka", "ul. Kościuszki 12", "05-220 Zielonka", make_nip("125076431"))
POWIAT = Party("Powiat Brzeziński", "ul. Sienkiewicza 16", "95-060 Brzeziny", make_nip("833185271"))
MIASTO = Party("Gmina Miasto Sokółka", "Plac Kościuszki 1", "16-100 Sokółka", make_nip("545180310"))

KOMPUTRONIX = Party("KOMPUTRONIX Sp. z o.o.", "ul. Grochowska 278", "03-841 Warszawa", make_nip("113287654"))
SIECNET = Party("SIEĆ-NET Adam Kaczmarek", "ul. Piotrkowska 120 lok. 4", "90-006 Łódź", make_nip("725190283"))
CYBERSTRAZ = Party("CyberStraż S.A.", "al. Jerozolimskie 181B", "02-222 Warszawa", make_nip("701102376"))
BIUROPLUS = Party("BIURO-PLUS s.c. J. Lis, M. Lis", "ul. Lwowska 5", "35-301 Rzeszów", make_nip("813371245"))
AKADEMIA = Party("Akademia Bezpiecznej Sieci Sp. z o.o.", "ul. Mogilska 43", "31-545 Kraków", make_nip("675161742"))
DORADCY = Party(
    "Doradztwo Projektowe Nowicki i Wspólnicy Sp.k.", "ul. Fabryczna 7", "15-482 Białystok", make_nip("542335910")
)
SERWERY = Party("SERWERY24 Sp. z o.o.", "ul. Strzegomska 140", "54-429 Wrocław", make_nip("894313470"))
BAD_NIP_SELLER = Party("TechMarket Jan Wróbel", "ul. Długa 3", "87-100 Toruń", "9562301458")  # check digit wrong


def _q(value: str | int) -> D:
    return D(str(value))


def _kw(*words: str) -> list[str]:
    return list(words)


F_AFTER_END = (
    "after_project_end",
    _kw("after", "po zakończeniu", "po terminie", "project_end", "okres", "koniec"),
    "invoice dated after the project end",
)
F_PROTOCOL_MISSING = (
    "protocol_missing",
    _kw("protocol", "protokoł", "protokół", "protokol", "odbioru"),
    "invoice without an acceptance protocol",
)
F_QTY = (
    "quantity_differs",
    _kw("quantity", "qty", "ilość", "ilości", "ilosc"),
    "quantity on the protocol differs from the invoice",
)
F_DUP = (
    "duplicate_invoice",
    _kw("duplicate", "duplikat", "dwukrotnie", "ponownie", "powtórz", "drugi raz"),
    "the same invoice appears in two files",
)
F_CAP = (
    "advisory_cap",
    _kw("advisory", "doradcz", "5%", "5 %", "cap", "limit"),
    "advisory services above 5% of the grant",
)
F_CORR = ("correction", _kw("correction", "korekt", "korygując"), "correction linked to its invoice")
F_PROCUREMENT = (
    "procurement_threshold",
    _kw("50 000", "50000", "bazy konkurencyjności", "baza konkurencyjności", "procurement", "konkurencyjn"),
    "one purchase above 50 000 zł net needs the competitiveness base (baza konkurencyjności)",
)
F_NIP = ("invalid_nip", _kw("nip"), "seller NIP with a wrong check digit")
F_UNSIGNED = ("protocol_unsigned", _kw("sign", "podpis", "podpisan"), "protocol without the names of the signatories")
F_INELIGIBLE = (
    "ineligible_items",
    _kw("ineligible", "niekwalifik", "nie kwalifik", "wyłącz", "review", "wymaga oceny", "do oceny"),
    "ineligible or doubtful lines reported (allowed, not required)",
)


def _f(spec: tuple[str, list[str], str]) -> ExpectedFinding:
    return ExpectedFinding(kind=spec[0], keywords=list(spec[1]), description=spec[2], required=spec is not F_INELIGIBLE)


def _pi(line: Line, qty: D | None = None, with_value: bool = False, serial_prefix: str = "") -> ProtocolItem:
    q = line.qty if qty is None else qty
    serials = line.serials
    if not serials and serial_prefix:
        serials = tuple(f"{serial_prefix}{i:04d}" for i in range(1, int(q) + 1))
    value = (line.qty * line.price).quantize(D("0.01")) if with_value else None
    return ProtocolItem(line.name, q, line.unit, serials, value)


def build_sets() -> list[SettlementSet]:
    sets: list[SettlementSet] = []

    # 01 CG clean: classic layout, protocol with values and serial numbers, signed.
    l1 = [
        Line(
            "Laptop Dell Latitude 5540 i5-1335U/16GB/512GB SSD/Win 11 Pro",
            _q(8),
            "szt.",
            _q("3899.00"),
            serials=tuple(f"DL5540-7H{i:02d}Q" for i in range(1, 9)),
        ),
        Line('Monitor 24" Iiyama ProLite XUB2493HS-B5', _q(8), "szt.", _q("549.90")),
        Line("Stacja dokująca Dell WD19S 180W", _q(8), "szt.", _q("789.00")),
        Line("Słuchawki z mikrofonem Jabra Evolve2 30 USB-C", _q(8), "szt.", _q("219.99")),
    ]
    inv1 = Invoice(
        "faktura_FV_2023_05_118.pdf",
        "FV/2023/05/118",
        date(2023, 5, 17),
        date(2023, 5, 17),
        KOMPUTRONIX,
        GMINA,
        l1,
        layout="classic",
    )
    pr1 = Protocol(
        "protokol_odbioru_1_2023.pdf",
        "1/2023",
        date(2023, 5, 19),
        KOMPUTRONIX,
        GMINA,
        [
            _pi(l1[0], with_value=True),
            _pi(l1[1], with_value=True, serial_prefix="IIY24-"),
            _pi(l1[2], with_value=True, serial_prefix="WD19S-"),
            _pi(l1[3], with_value=True),
        ],
        invoice_ref="FV/2023/05/118",
        place="Zielonce",
    )
    sets.append(
        SettlementSet(
            "s01_cg_clean_classic",
            "cg",
            date(2023, 12, 31),
            _q("412350.00"),
            False,
            "CG clean: one classic invoice, protocol with values and serials, signed",
            [inv1],
            [pr1],
            clean=True,
        )
    )

    # 02 CP clean: VAT printed only per rate in a summary; protocol without values, signed.
    l2 = [
        Line(
            "Serwer Dell PowerEdge R660xs 2x Xeon Silver 4410Y 128GB RAM",
            _q(1),
            "szt.",
            _q("34900.00"),
            serials=("CN0R660XS77A1",),
        ),
        Line(
            "Zasilacz awaryjny UPS APC Smart-UPS 3000VA RM 2U", _q(1), "szt.", _q("6150.00"), serials=("AS2231140871",)
        ),
        Line("Licencja Windows Server 2022 Standard 16 Core", _q(1), "szt.", _q("4300.00")),
        Line("Wdrożenie i konfiguracja serwera oraz UPS", _q(1), "usł.", _q("3500.00")),
    ]
    inv2 = Invoice(
        "FA_412_2023.pdf", "412/2023", date(2023, 9, 8), date(2023, 9, 6), SERWERY, POWIAT, l2, layout="summary"
    )
    pr2 = Protocol(
        "PO_412_2023.pdf",
        "PO/412/2023",
        date(2023, 9, 6),
        SERWERY,
        POWIAT,
        [_pi(ln) for ln in l2],
        invoice_ref="412/2023",
        contract_ref="OR.272.14.2023",
        place="Brzezinach",
    )
    sets.append(
        SettlementSet(
            "s02_cp_clean_vat_summary",
            "cp",
            date(2023, 12, 31),
            _q("350000.00"),
            True,
            "CP clean: VAT only per rate in the summary, protocol without values, VAT recoverable",
            [inv2],
            [pr2],
            clean=True,
        )
    )

    # 03 CS clean: gross-priced invoice (prices include VAT), amounts chosen so gross = k * 1.23.
    l3 = [
        Line(
            "Firewall Fortinet FortiGate 100F z licencją UTP 3 lata",
            _q(1),
            "szt.",
            _q("36900.00"),
            serials=("FG100FTK22012345",),
        ),
        Line("Oprogramowanie EDR - licencja 24 mies. (40 stacji)", _q(1), "kpl.", _q("12300.00")),
        Line(
            "Oprogramowanie do kopii zapasowych Veeam Data Platform Foundation 3 instancje",
            _q(1),
            "kpl.",
            _q("6150.00"),
        ),
    ]
    inv3 = Invoice(
        "Faktura_CS_2024_0211.pdf",
        "CS/2024/0211",
        date(2024, 11, 4),
        date(2024, 11, 4),
        CYBERSTRAZ,
        MIASTO,
        l3,
        layout="gross",
    )
    pr3 = Protocol(
        "protokol_CS_2024_0211.pdf",
        "PZO/77/2024",
        date(2024, 11, 5),
        CYBERSTRAZ,
        MIASTO,
        [_pi(ln) for ln in l3],
        invoice_ref="CS/2024/0211",
        contract_ref="ZP.272.3.2024",
        place="Sokółce",
    )
    sets.append(
        SettlementSet(
            "s03_cs_clean_gross_priced",
            "cs",
            date(2025, 6, 30),
            _q("850000.00"),
            False,
            "CS clean: gross-priced invoice, signed protocol with serials",
            [inv3],
            [pr3],
            clean=True,
        )
    )

    # 04 CS clean: numbers in names that are not quantities, backup disk bought for the server on the same invoice.
    l4 = [
        Line(
            "Dysk 16TB Seagate Exos X18 SATA do macierzy dyskowej",
            _q(8),
            "szt.",
            _q("1650.00"),
            serials=tuple(f"ZL2{i:05d}" for i in range(1, 9)),
        ),
        Line("Macierz dyskowa Synology SA3410 12-bay", _q(1), "szt.", _q("14800.00"), serials=("2270PDN88812",)),
        Line(
            "Switch 24 porty zarządzalny PoE+ VLAN 802.1X Cisco CBS350-24P",
            _q(2),
            "szt.",
            _q("3180.00"),
            serials=("PSZ26411A1B", "PSZ26411A2C"),
        ),
        Line(
            "Serwer Dell PowerEdge R350 Xeon E-2336 32GB RAM 2x 960GB SSD",
            _q(1),
            "szt.",
            _q("12900.00"),
            serials=("DR350-5QX91",),
        ),
        Line("Dysk zapasowy 2TB SAS 7.2k do serwera Dell R350 (kopia zapasowa)", _q(2), "szt.", _q("980.00")),
    ]
    inv4 = Invoice(
        "FV_SN_1044_2024.pdf",
        "FV/SN/1044/2024",
        date(2024, 9, 23),
        date(2024, 9, 20),
        SIECNET,
        MIASTO,
        l4,
        layout="compact",
    )
    pr4 = Protocol(
        "protokol_SN_1044.pdf",
        "14/IT/2024",
        date(2024, 9, 20),
        SIECNET,
        MIASTO,
        [_pi(ln, serial_prefix="BK2TB-" if "zapasowy" in ln.name else "") for ln in l4],
        invoice_ref="FV/SN/1044/2024",
        place="Sokółce",
    )
    sets.append(
        SettlementSet(
            "s04_cs_clean_numbers_in_names",
            "cs",
            date(2025, 6, 30),
            _q("850000.00"),
            True,
            "CS clean: 'Dysk 16TB', 'Switch 24 porty', backup disk for the server; compact layout",
            [inv4],
            [pr4],
            clean=True,
        )
    )

    # 05 CG clean: hardware + cyber training + advisory within the 5% cap (grant 500 000, advisory 12 000 net).
    l5a = [
        Line("Skaner dokumentów Fujitsu fi-8170 z podajnikiem ADF", _q(3), "szt.", _q("4100.00")),
        Line("Pad do podpisu elektronicznego Wacom STU-540", _q(4), "szt.", _q("1890.00")),
        Line("Czytnik e-dowodu USB", _q(6), "szt.", _q("129.00")),
    ]
    l5b = [
        Line("Szkolenie z cyberbezpieczeństwa dla pracowników urzędu (2 dni, 40 osób)", _q(1), "usł.", _q("9800.00"))
    ]
    l5c = [
        Line("Usługa doradcza - przygotowanie opisu przedmiotu zamówienia na sprzęt IT", _q(1), "usł.", _q("12000.00"))
    ]
    inv5a = Invoice(
        "FV_2023_03_77.pdf",
        "FV/2023/03/77",
        date(2023, 3, 14),
        date(2023, 3, 14),
        KOMPUTRONIX,
        GMINA,
        l5a,
        layout="classic",
    )
    inv5b = Invoice(
        "FS_19_2023.pdf", "FS 19/2023", date(2023, 4, 21), date(2023, 4, 20), AKADEMIA, GMINA, l5b, layout="summary"
    )
    inv5c = Invoice(
        "Faktura_DP_8_2023.pdf",
        "DP/8/2023",
        date(2023, 2, 10),
        date(2023, 2, 10),
        DORADCY,
        GMINA,
        l5c,
        layout="classic",
    )
    pr5a = Protocol(
        "protokol_FV_2023_03_77.pdf",
        "2/2023",
        date(2023, 3, 16),
        KOMPUTRONIX,
        GMINA,
        [_pi(ln, serial_prefix="SN") for ln in l5a],
        invoice_ref="FV/2023/03/77",
    )
    pr5b = Protocol(
        "protokol_szkolenie.pdf",
        "3/2023",
        date(2023, 4, 20),
        AKADEMIA,
        GMINA,
        [_pi(l5b[0])],
        invoice_ref="FS 19/2023",
        title="PROTOKÓŁ ODBIORU USŁUGI",
        handing_over="Michał Dąbrowski",
        receiving="Ewa Lewandowska",
    )
    pr5c = Protocol(
        "protokol_OPZ.pdf",
        "1/DP/2023",
        date(2023, 2, 10),
        DORADCY,
        GMINA,
        [_pi(l5c[0])],
        invoice_ref="DP/8/2023",
        title="PROTOKÓŁ ODBIORU USŁUGI",
        handing_over="Paweł Nowicki",
        receiving="Ewa Lewandowska",
    )
    sets.append(
        SettlementSet(
            "s05_cg_clean_services",
            "cg",
            date(2023, 12, 31),
            _q("500000.00"),
            False,
            "CG clean: hardware, cyber training and advisory (2.4% of the grant), all with protocols",
            [inv5a, inv5b, inv5c],
            [pr5a, pr5b, pr5c],
            clean=True,
        )
    )

    # 06 CG: second invoice after the project end.
    l6a = [Line("Komputer stacjonarny HP Pro Tower 400 G9 i5-12500/16GB/512GB", _q(10), "szt.", _q("3190.00"))]
    l6b = [Line('Monitor LED 27" Iiyama ProLite XUB2792QSU', _q(10), "szt.", _q("899.00"))]
    inv6a = Invoice(
        "FV_2023_11_305.pdf", "FV/2023/11/305", date(2023, 11, 20), date(2023, 11, 20), KOMPUTRONIX, GMINA, l6a
    )
    inv6b = Invoice(
        "FV_2024_01_012.pdf",
        "FV/2024/01/012",
        date(2024, 1, 15),
        date(2024, 1, 15),
        KOMPUTRONIX,
        GMINA,
        [Line(ln.name, ln.qty, ln.unit, ln.price, ln.rate, "any") for ln in l6b],
    )
    pr6a = Protocol(
        "protokol_305.pdf",
        "7/2023",
        date(2023, 11, 22),
        KOMPUTRONIX,
        GMINA,
        [_pi(l6a[0], serial_prefix="HP400-")],
        invoice_ref="FV/2023/11/305",
    )
    pr6b = Protocol(
        "protokol_012.pdf",
        "1/2024",
        date(2024, 1, 16),
        KOMPUTRONIX,
        GMINA,
        [_pi(l6b[0], serial_prefix="IY27-")],
        invoice_ref="FV/2024/01/012",
    )
    sets.append(
        SettlementSet(
            "s06_cg_after_project_end",
            "cg",
            date(2023, 12, 31),
            _q("300000.00"),
            False,
            "CG: one invoice dated after the project end (31.12.2023); its lines do not count",
            [inv6a, inv6b],
            [pr6a, pr6b],
            findings=[_f(F_AFTER_END)],
            excluded_from_totals=("FV/2024/01/012",),
        )
    )

    # 07 CP: second invoice without a protocol.
    l7a = [Line("Przełącznik sieciowy HPE Aruba 2930F 48G 4SFP+ (VLAN, 802.1X)", _q(3), "szt.", _q("7450.00"))]
    l7b = [
        Line("Punkt dostępowy WiFi Ubiquiti UniFi U6 Pro", _q(8), "szt.", _q("799.00")),
        Line("Okablowanie strukturalne kat. 6A - punkt logiczny", _q(24), "szt.", _q("310.00")),
    ]
    inv7a = Invoice(
        "FV_SN_233_2023.pdf",
        "FV/SN/233/2023",
        date(2023, 6, 12),
        date(2023, 6, 12),
        SIECNET,
        POWIAT,
        l7a,
        layout="compact",
    )
    inv7b = Invoice(
        "FV_SN_241_2023.pdf",
        "FV/SN/241/2023",
        date(2023, 6, 30),
        date(2023, 6, 29),
        SIECNET,
        POWIAT,
        l7b,
        layout="compact",
    )
    pr7a = Protocol(
        "PO_233.pdf",
        "PO/15/2023",
        date(2023, 6, 12),
        SIECNET,
        POWIAT,
        [_pi(l7a[0], serial_prefix="CN2930F")],
        invoice_ref="FV/SN/233/2023",
    )
    sets.append(
        SettlementSet(
            "s07_cp_protocol_missing",
            "cp",
            date(2023, 12, 31),
            _q("350000.00"),
            True,
            "CP: the second invoice has no acceptance protocol",
            [inv7a, inv7b],
            [pr7a],
            findings=[_f(F_PROTOCOL_MISSING)],
        )
    )

    # 08 CG: protocol lists 8 laptops, the invoice 10.
    l8 = [
        Line(
            'Notebook ASUS ExpertBook B1 15,6" i5/16GB/512GB z Windows 11 Pro Education', _q(10), "szt.", _q("3349.00")
        ),
        Line('Torba na laptopa 15,6"', _q(10), "szt.", _q("89.00")),
    ]
    inv8 = Invoice(
        "faktura_2023_06_44.pdf",
        "2023/06/44",
        date(2023, 6, 5),
        date(2023, 6, 5),
        KOMPUTRONIX,
        GMINA,
        l8,
        layout="summary",
    )
    pr8 = Protocol(
        "protokol_szkola.pdf",
        "SP1/2023",
        date(2023, 6, 6),
        KOMPUTRONIX,
        GMINA,
        [_pi(l8[0], qty=_q(8), serial_prefix="ASB1-"), _pi(l8[1])],
        invoice_ref="2023/06/44",
        place="Szkole Podstawowej nr 1 w Zielonce",
    )
    sets.append(
        SettlementSet(
            "s08_cg_quantity_differs",
            "cg",
            date(2023, 12, 31),
            _q("250000.00"),
            False,
            "CG: 10 notebooks invoiced, 8 on the protocol",
            [inv8],
            [pr8],
            findings=[_f(F_QTY)],
        )
    )

    # 09 CP: the same invoice in two files (original and a copy); counted once.
    l9 = [
        Line("Licencja Microsoft 365 Business Standard - 12 mies.", _q(40), "szt.", _q("546.00")),
        Line(
            "System elektronicznego zarządzania dokumentacją (EZD) - licencja na 50 stanowisk",
            _q(1),
            "kpl.",
            _q("28000.00"),
        ),
    ]
    inv9 = Invoice("FV_2023_07_201.pdf", "FV/2023/07/201", date(2023, 7, 3), date(2023, 7, 3), KOMPUTRONIX, POWIAT, l9)
    inv9dup = Invoice(
        "skan_faktury_201_kopia.pdf",
        "FV/2023/07/201",
        date(2023, 7, 3),
        date(2023, 7, 3),
        KOMPUTRONIX,
        POWIAT,
        l9,
        is_duplicate_copy=True,
    )
    pr9 = Protocol(
        "protokol_201.pdf",
        "PO/22/2023",
        date(2023, 7, 4),
        KOMPUTRONIX,
        POWIAT,
        [_pi(ln) for ln in l9],
        invoice_ref="FV/2023/07/201",
    )
    sets.append(
        SettlementSet(
            "s09_cp_duplicate_invoice",
            "cp",
            date(2023, 12, 31),
            _q("350000.00"),
            False,
            "CP: one invoice supplied twice (original and copy); totals count it once",
            [inv9, inv9dup],
            [pr9],
            findings=[_f(F_DUP)],
        )
    )

    # 10 CG: advisory above 5% of the grant (grant 200 000 -> cap 10 000; advisory 15 000 net).
    l10a = [
        Line(
            "Usługa doradcza w zakresie oceny zapotrzebowania JST na sprzęt i oprogramowanie",
            _q(1),
            "usł.",
            _q("8000.00"),
        ),
        Line("Usługa doradcza - przygotowanie opisu przedmiotu zamówienia", _q(1), "usł.", _q("7000.00")),
    ]
    l10b = [
        Line("Oprogramowanie antywirusowe ESET PROTECT Entry - 50 stanowisk / 3 lata", _q(1), "kpl.", _q("14200.00"))
    ]
    inv10a = Invoice(
        "DP_21_2023.pdf", "DP/21/2023", date(2023, 4, 3), date(2023, 4, 3), DORADCY, GMINA, l10a, layout="summary"
    )
    inv10b = Invoice("FV_CS_2023_44.pdf", "CS/2023/0044", date(2023, 5, 9), date(2023, 5, 9), CYBERSTRAZ, GMINA, l10b)
    pr10a = Protocol(
        "protokol_uslugi_doradczej.pdf",
        "4/DP/2023",
        date(2023, 4, 3),
        DORADCY,
        GMINA,
        [_pi(ln) for ln in l10a],
        invoice_ref="DP/21/2023",
        title="PROTOKÓŁ ODBIORU USŁUGI",
    )
    pr10b = Protocol(
        "protokol_ESET.pdf", "5/2023", date(2023, 5, 10), CYBERSTRAZ, GMINA, [_pi(l10b[0])], invoice_ref="CS/2023/0044"
    )
    sets.append(
        SettlementSet(
            "s10_cg_advisory_cap",
            "cg",
            date(2023, 12, 31),
            _q("200000.00"),
            False,
            "CG: advisory services 15 000 net against a 10 000 cap (5% of 200 000)",
            [inv10a, inv10b],
            [pr10a, pr10b],
            findings=[_f(F_CAP)],
        )
    )

    # 11 CS: mixed invoice with lines CS excludes explicitly.
    l11 = [
        Line(
            "Laptop Lenovo ThinkPad E16 Gen 1 i5-1335U/16GB/512SSD/W11Pro",
            _q(5),
            "szt.",
            _q("3990.00"),
            expected="ineligible",
        ),
        Line("Drukarka laserowa mono Brother HL-L5210DN", _q(2), "szt.", _q("1290.00"), expected="ineligible"),
        Line("Toner HP 59A CF259A oryginalny", _q(6), "szt.", _q("389.00"), expected="ineligible"),
        Line("Urządzenie UTM Sophos XGS 2100", _q(1), "szt.", _q("27900.00"), expected="eligible"),
        Line(
            "Licencja EDR Microsoft Defender for Endpoint P2 - 1 rok (60 stanowisk)",
            _q(60),
            "szt.",
            _q("210.00"),
            expected="eligible",
        ),
        Line("Smartfon Samsung Galaxy A55 5G 8/256GB", _q(3), "szt.", _q("1699.00"), expected="ineligible"),
    ]
    inv11 = Invoice(
        "FV_2024_10_88.pdf", "FV/2024/10/88", date(2024, 10, 2), date(2024, 10, 2), KOMPUTRONIX, MIASTO, l11
    )
    pr11 = Protocol(
        "protokol_88.pdf",
        "18/2024",
        date(2024, 10, 3),
        KOMPUTRONIX,
        MIASTO,
        [_pi(ln) for ln in l11],
        invoice_ref="FV/2024/10/88",
    )
    sets.append(
        SettlementSet(
            "s11_cs_ineligible_mix",
            "cs",
            date(2025, 6, 30),
            _q("850000.00"),
            False,
            "CS: laptops, printer, toner and phones (excluded by ust. 2 pkt 2) next to UTM and EDR",
            [inv11],
            [pr11],
            findings=[_f(F_INELIGIBLE), _f(F_PROCUREMENT)],
        )
    )

    # 12 CG: correction with a readable reference (return of 2 monitors).
    l12 = [
        Line('Komputer All-in-One Dell OptiPlex 7410 23,8"', _q(6), "szt.", _q("4290.00")),
        Line('Monitor LED 27" Dell P2723D', _q(6), "szt.", _q("1090.00")),
    ]
    l12after = [l12[0], Line(l12[1].name, _q(4), l12[1].unit, l12[1].price)]
    inv12 = Invoice(
        "FV_2023_08_150.pdf", "FV/2023/08/150", date(2023, 8, 21), date(2023, 8, 21), KOMPUTRONIX, GMINA, l12
    )
    cor12 = Invoice(
        "FK_2023_09_7.pdf",
        "FK/2023/09/7",
        date(2023, 9, 4),
        date(2023, 9, 4),
        KOMPUTRONIX,
        GMINA,
        l12after,
        correction_of="FV/2023/08/150",
        corrected_date=date(2023, 8, 21),
        correction_before=l12,
        correction_reason="zwrot 2 szt. monitorów (uszkodzenie w transporcie)",
    )
    pr12 = Protocol(
        "protokol_150.pdf",
        "9/2023",
        date(2023, 9, 5),
        KOMPUTRONIX,
        GMINA,
        [_pi(l12after[0], serial_prefix="AIO7410-"), _pi(l12after[1], serial_prefix="P2723D-")],
        invoice_ref="FV/2023/08/150",
    )
    sets.append(
        SettlementSet(
            "s12_cg_correction_readable",
            "cg",
            date(2023, 12, 31),
            _q("400000.00"),
            False,
            "CG: correction FK/2023/09/7 to FV/2023/08/150 (2 monitors returned); counted once",
            [inv12, cor12],
            [pr12],
            findings=[_f(F_CORR)],
        )
    )

    # 13 CP: correction whose reference number is not readable; link by seller NIP + amounts.
    l13 = [
        Line("Oprogramowanie do monitorowania infrastruktury - wdrożenie", _q(1), "usł.", _q("18000.00")),
        Line("Licencja menedżera haseł Bitwarden Enterprise - 1 rok (50 użytkowników)", _q(50), "szt.", _q("290.00")),
    ]
    l13after = [Line(l13[0].name, _q(1), "usł.", _q("15000.00")), l13[1]]
    inv13 = Invoice(
        "faktura_CS_2023_0102.pdf",
        "CS/2023/0102",
        date(2023, 10, 9),
        date(2023, 10, 9),
        CYBERSTRAZ,
        POWIAT,
        l13,
        layout="summary",
    )
    cor13 = Invoice(
        "korekta_do_faktury.pdf",
        "KOR/CS/2023/0011",
        date(2023, 10, 30),
        date(2023, 10, 30),
        CYBERSTRAZ,
        POWIAT,
        l13after,
        layout="summary",
        correction_of="CS/2023/0102",
        correction_ref_readable=False,
        corrected_date=date(2023, 10, 9),
        correction_before=l13,
        correction_reason="obniżenie ceny wdrożenia zgodnie z aneksem nr 1 do umowy",
    )
    pr13 = Protocol(
        "protokol_wdrozenia.pdf",
        "PO/31/2023",
        date(2023, 10, 12),
        CYBERSTRAZ,
        POWIAT,
        [_pi(ln) for ln in l13],
        invoice_ref="CS/2023/0102",
        title="PROTOKÓŁ ODBIORU USŁUGI",
    )
    sets.append(
        SettlementSet(
            "s13_cp_correction_unreadable_ref",
            "cp",
            date(2023, 12, 31),
            _q("350000.00"),
            False,
            "CP: correction with a blank reference number; linked by seller NIP and amounts",
            [inv13, cor13],
            [pr13],
            findings=[_f(F_CORR)],
        )
    )

    # 14 CG scanned, clean.
    l14 = [
        Line(
            "Urządzenie wielofunkcyjne Canon i-SENSYS MF752Cdw",
            _q(2),
            "szt.",
            _q("2790.00"),
            serials=("XPM01234", "XPM01235"),
        ),
        Line(
            "Projektor multimedialny Epson EB-X49",
            _q(3),
            "szt.",
            _q("2150.00"),
            serials=("X7NK1001", "X7NK1002", "X7NK1003"),
        ),
    ]
    inv14 = Invoice(
        "skan_faktura_BP_65.pdf",
        "BP/65/2023",
        date(2023, 10, 2),
        date(2023, 10, 2),
        BIUROPLUS,
        GMINA,
        l14,
        scanned=True,
    )
    pr14 = Protocol(
        "skan_protokol_BP_65.pdf",
        "BP/P/65/2023",
        date(2023, 10, 3),
        BIUROPLUS,
        GMINA,
        [_pi(ln, with_value=True) for ln in l14],
        invoice_ref="BP/65/2023",
        scanned=True,
        handing_over="Jerzy Lis",
        receiving="Katarzyna Zielińska",
    )
    sets.append(
        SettlementSet(
            "s14_cg_scan_clean",
            "cg",
            date(2023, 12, 31),
            _q("150000.00"),
            False,
            "CG clean, scanned: image-only invoice and protocol at 200 dpi",
            [inv14],
            [pr14],
            clean=True,
            scanned=True,
        )
    )

    # 15 CS scanned: used server (CS requires new equipment) next to a NAS.
    l15 = [
        Line(
            "Serwer poleasingowy Dell PowerEdge R740 (używany, gwarancja 12 mies.)",
            _q(1),
            "szt.",
            _q("9800.00"),
            expected="ineligible",
        ),
        Line("Serwer NAS QNAP TS-873A 8-bay", _q(1), "szt.", _q("7300.00"), expected="eligible"),
    ]
    inv15 = Invoice(
        "skan_FV_S24_0815.pdf",
        "S24/0815/2024",
        date(2024, 8, 15),
        date(2024, 8, 15),
        SERWERY,
        MIASTO,
        l15,
        layout="summary",
        scanned=True,
    )
    pr15 = Protocol(
        "skan_protokol_S24_0815.pdf",
        "S24/P/0815",
        date(2024, 8, 16),
        SERWERY,
        MIASTO,
        [_pi(ln, serial_prefix="SRV") for ln in l15],
        invoice_ref="S24/0815/2024",
        scanned=True,
    )
    sets.append(
        SettlementSet(
            "s15_cs_scan_used_server",
            "cs",
            date(2025, 6, 30),
            _q("850000.00"),
            False,
            "CS scanned: used server (ust. 5: only new IT equipment) and a NAS",
            [inv15],
            [pr15],
            findings=[_f(F_INELIGIBLE)],
            scanned=True,
        )
    )

    # 16 CP scanned: protocol without names of the signatories.
    l16 = [
        Line("Test penetracyjny infrastruktury sieciowej starostwa", _q(1), "usł.", _q("24000.00")),
        Line("Szkolenie phishing - symulacja ataku i warsztaty dla pracowników", _q(1), "usł.", _q("6500.00")),
    ]
    inv16 = Invoice(
        "skan_faktura_AK_2023_31.pdf",
        "AK/2023/31",
        date(2023, 11, 6),
        date(2023, 11, 3),
        AKADEMIA,
        POWIAT,
        l16,
        layout="classic",
        scanned=True,
    )
    pr16 = Protocol(
        "skan_protokol_AK_31.pdf",
        "AK/PO/31",
        date(2023, 11, 3),
        AKADEMIA,
        POWIAT,
        [_pi(ln) for ln in l16],
        invoice_ref="AK/2023/31",
        handing_over=None,
        receiving=None,
        scanned=True,
        title="PROTOKÓŁ ODBIORU USŁUGI",
    )
    sets.append(
        SettlementSet(
            "s16_cp_scan_unsigned_protocol",
            "cp",
            date(2023, 12, 31),
            _q("350000.00"),
            False,
            "CP scanned: protocol with empty signature lines",
            [inv16],
            [pr16],
            findings=[_f(F_UNSIGNED)],
            scanned=True,
        )
    )

    # 17 CG: services that mention an object, furniture and cleaning.
    l17 = [
        Line("Transport serwera z magazynu do urzędu", _q(1), "usł.", _q("450.00"), expected="eligible"),
        Line("Wniesienie i montaż szafy rack 42U", _q(1), "usł.", _q("800.00"), expected="eligible"),
        Line("Szafa serwerowa rack 42U 800x1000 z wyposażeniem", _q(1), "szt.", _q("5200.00"), expected="eligible"),
        Line("Usługa sprzątania serwerowni - 03/2023", _q(1), "usł.", _q("600.00"), expected="ineligible"),
        Line(
            "Konserwacja klimatyzacji serwerowni - przegląd półroczny",
            _q(1),
            "usł.",
            _q("700.00"),
            expected="review|ineligible",
        ),
        Line("Biurko komputerowe 160x80 z kontenerem", _q(2), "szt.", _q("1150.00"), expected="ineligible"),
    ]
    inv17 = Invoice("FV_2023_03_51.pdf", "FV/2023/03/51", date(2023, 3, 28), date(2023, 3, 28), SERWERY, GMINA, l17)
    pr17 = Protocol(
        "protokol_51.pdf",
        "PO/51/2023",
        date(2023, 3, 29),
        SERWERY,
        GMINA,
        [_pi(ln) for ln in l17],
        invoice_ref="FV/2023/03/51",
        handing_over="Łukasz Pawlak",
        receiving="Ewa Lewandowska",
    )
    sets.append(
        SettlementSet(
            "s17_cg_services_mentioning_objects",
            "cg",
            date(2023, 12, 31),
            _q("300000.00"),
            False,
            "CG: transport, installation vs cleaning, AC maintenance, furniture",
            [inv17],
            [pr17],
            findings=[_f(F_INELIGIBLE)],
        )
    )

    # 18 CG: seller NIP with a wrong check digit.
    l18 = [
        Line("Kamera internetowa Logitech C920 HD Pro", _q(10), "szt.", _q("299.00")),
        Line("System wideokonferencyjny Logitech Rally Bar Mini", _q(1), "szt.", _q("11900.00")),
    ]
    inv18 = Invoice(
        "FV_TM_0412.pdf",
        "TM/0412/2023",
        date(2023, 4, 12),
        date(2023, 4, 12),
        BAD_NIP_SELLER,
        GMINA,
        l18,
        layout="compact",
    )
    pr18 = Protocol(
        "protokol_TM_0412.pdf",
        "6/2023",
        date(2023, 4, 13),
        BAD_NIP_SELLER,
        GMINA,
        [_pi(ln, serial_prefix="LGT") for ln in l18],
        invoice_ref="TM/0412/2023",
    )
    sets.append(
        SettlementSet(
            "s18_cg_invalid_seller_nip",
            "cg",
            date(2023, 12, 31),
            _q("200000.00"),
            False,
            "CG: seller NIP 9562301458 fails the checksum",
            [inv18],
            [pr18],
            findings=[_f(F_NIP)],
        )
    )

    # 19 CS clean: cyber services and cloud mail, VAT recoverable, two sellers.
    l19a = [
        Line(
            "Usługa poczty e-mail w chmurze z ochroną antyspam - 12 mies. (80 skrzynek)", _q(80), "szt.", _q("240.00")
        ),
        Line("Test bezpieczeństwa serwisu www bip.sokolka.pl", _q(1), "usł.", _q("14500.00")),
    ]
    l19b = [
        Line(
            "Szkolenie z cyberbezpieczeństwa dla pracowników urzędu (e-learning, 60 os.)", _q(1), "usł.", _q("7200.00")
        )
    ]
    inv19a = Invoice(
        "FV_CS_2025_0031.pdf",
        "CS/2025/0031",
        date(2025, 2, 3),
        date(2025, 2, 3),
        CYBERSTRAZ,
        MIASTO,
        l19a,
        layout="classic",
    )
    inv19b = Invoice(
        "FS_2025_4.pdf", "FS 4/2025", date(2025, 3, 10), date(2025, 3, 7), AKADEMIA, MIASTO, l19b, layout="compact"
    )
    pr19a = Protocol(
        "protokol_CS_0031.pdf",
        "PZO/5/2025",
        date(2025, 2, 3),
        CYBERSTRAZ,
        MIASTO,
        [_pi(ln) for ln in l19a],
        invoice_ref="CS/2025/0031",
        title="PROTOKÓŁ ODBIORU USŁUGI",
    )
    pr19b = Protocol(
        "protokol_szkolenia_2025.pdf",
        "2/2025",
        date(2025, 3, 7),
        AKADEMIA,
        MIASTO,
        [_pi(l19b[0])],
        invoice_ref="FS 4/2025",
        title="PROTOKÓŁ ODBIORU USŁUGI",
        handing_over="Michał Dąbrowski",
        receiving="Anna Nowak",
    )
    sets.append(
        SettlementSet(
            "s19_cs_clean_services",
            "cs",
            date(2025, 6, 30),
            _q("850000.00"),
            True,
            "CS clean: cloud mail, web test and cyber training with service protocols",
            [inv19a, inv19b],
            [pr19a, pr19b],
            clean=True,
        )
    )
    return sets
