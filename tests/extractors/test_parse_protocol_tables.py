"""Protocols read as tables: the quantity from its column, values, serial numbers, and signatures
judged as the README promises (printed names or an e-signature note: signed; dotted lines or bare
captions: not)."""

from __future__ import annotations

from decimal import Decimal as D

import pytest

from extractors.models import Source
from extractors.parse.protocol import ProtocolRow, parse_protocol

HEAD = """PROTOKÓŁ ODBIORU nr PO/2026/03/01
sporządzony w dniu 13.03.2026 w Krakowie
dotyczy faktury nr FV/2026/03/014
"""
STATEMENT = "Zamawiający potwierdza odbiór przedmiotu dostawy bez zastrzeżeń.\n"
SIGNED = """..............................          ..............................
Przekazujący (Wykonawca)                 Odbierający (Zamawiający)
Marek Zieliński                          Anna Kowalczyk
"""


def parse(text: str) -> object:
    return parse_protocol(text, file="p.pdf", source=Source.PDF_TEXT, pages=1)


@pytest.mark.parametrize(
    ("table", "expected"),
    [
        pytest.param(
            "Lp. Nazwa J.m. Ilość Cena netto Wartość netto Wartość brutto\n"
            "1 Dysk HDD Seagate Exos 16TB do serwera kopii szt. 4 1 249,99 4 999,96 6 149,95\n"
            "2 Serwer kopii zapasowych Dell R350 z 4 dyskami 16 TB szt. 1 18 500,00 18 500,00 22 755,00\n",
            [
                ("Dysk HDD Seagate Exos 16TB do serwera kopii", D(4), "szt.", D("4999.96"), D("6149.95")),
                ("Serwer kopii zapasowych Dell R350 z 4 dyskami 16 TB", D(1), "szt.", D("18500.00"), D("22755.00")),
            ],
            id="values-unit-before-quantity",
        ),
        pytest.param(
            "Lp. Nazwa sprzętu / usługi Ilość J.m. Numery seryjne\n"
            "1 Dysk twardy 16 TB SAS 12G 2 szt. ZL2ABC01, ZL2ABC02\n"
            "2 Licencja EDR 50 stanowisk 3 lata 50 lic. —\n",
            [
                ("Dysk twardy 16 TB SAS 12G", D(2), "szt.", None, None),
                ("Licencja EDR 50 stanowisk 3 lata", D(50), "lic.", None, None),
            ],
            id="serials-digits-in-names",
        ),
        pytest.param(
            "Nazwa przedmiotu Ilość J.m.\nSwitch Aruba 2930F 24G 4SFP+ 2 szt.\nZasilacz UPS 1500VA 2U 1 szt.\n",
            [
                ("Switch Aruba 2930F 24G 4SFP+", D(2), "szt.", None, None),
                ("Zasilacz UPS 1500VA 2U", D(1), "szt.", None, None),
            ],
            id="no-lp-column",
        ),
    ],
)
def test_quantity_comes_from_its_column(table: str, expected: list[tuple[object, ...]]) -> None:
    doc = parse(HEAD + table + STATEMENT + SIGNED)
    got = [(i.name, i.qty, i.unit, getattr(i, "net", None), getattr(i, "gross", None)) for i in doc.items]  # type: ignore[attr-defined]
    assert got == expected


def test_serials_and_positions_are_kept() -> None:
    doc = parse(
        HEAD + "Lp. Nazwa Ilość J.m. S/N\n1 Firewall FortiGate 60F 1 szt. FGT60FTK23001234\n" + STATEMENT + SIGNED
    )
    [row] = doc.items  # type: ignore[attr-defined]
    assert isinstance(row, ProtocolRow) and row.position == 1
    assert row.serial_numbers == ("FGT60FTK23001234",) and row.qty == D(1)


@pytest.mark.parametrize(
    ("signatures", "expected"),
    [
        pytest.param(SIGNED, True, id="names-under-both-captions"),
        pytest.param(
            "Marek Zieliński                          Anna Kowalczyk\n"
            "..............................          ..............................\n"
            "Przekazujący (Wykonawca)                 Odbierający (Zamawiający)\n",
            True,
            id="names-above",
        ),
        pytest.param(
            "Przekazujący: Imię i nazwisko: Jan Kowalski\nOdbierający: Imię i nazwisko: Anna Nowak\n",
            True,
            id="labelled-names",
        ),
        pytest.param("Dokument podpisany kwalifikowanym podpisem elektronicznym.\n", True, id="e-signature"),
        pytest.param(
            "..............................          ..............................\n"
            "Przekazujący (Wykonawca)                 Odbierający (Zamawiający)\n",
            False,
            id="dotted-lines",
        ),
        pytest.param(
            "Marek Zieliński\n..............................          ..............................\n"
            "Przekazujący (Wykonawca)                 Odbierający (Zamawiający)\n",
            False,
            id="one-side-only",
        ),
        pytest.param(
            "Przekazujący                   Odbierający\n(podpis)                        (podpis)\n",
            False,
            id="bare-captions",
        ),
    ],
)
def test_signatures_as_the_readme_promises(signatures: str, expected: bool) -> None:
    table = "Lp. Nazwa Ilość J.m.\n1 Firewall FortiGate 60F 1 szt.\n"
    assert parse(HEAD + table + STATEMENT + signatures).signatures_filled is expected  # type: ignore[attr-defined]


def test_rows_that_look_like_headers_and_columns_this_reader_does_not_know() -> None:
    text = (
        "PROTOKÓŁ ODBIORU KOŃCOWEGO nr 27/IT/2026\nz dnia 29.06.2026\n"
        "Lp. Nazwa przedmiotu Ilość J.m. Nr inwentarzowy Gwarancja Uwagi\n(mies.)\n"
        "1. Klucz sprzętowy YubiKey 5 NFC 4 szt. IT/857/2026 60 brak\n"
        "2. Serwer Dell PowerEdge R650xs 64GB 2x960GB SSD 2 szt. IT/554/2026 60 brak\n"
        "Zamawiający Wykonawca Użytkownik\n"
    )
    doc = parse(text)
    got = [(i.name, i.qty) for i in doc.items]  # type: ignore[attr-defined]
    assert got == [("Klucz sprzętowy YubiKey 5 NFC", D(4)), ("Serwer Dell PowerEdge R650xs 64GB 2x960GB SSD", D(2))]


def test_checklist_ends_the_table_and_a_wrapped_name_keeps_its_serials() -> None:
    text = (
        "Protokół odbioru sprzętu\nNumer: POD/5/2026 Data odbioru: 15.06.2026\n"
        "Lp. Nazwa Ilość J.m. Numery seryjne\n"
        "1. Laptop Lenovo ThinkPad E16 Gen 1 R5 7530U 16GB 2 szt. SN953CE590,\n"
        "512SSD W11P SN47ECCA41 …\n"
        "2. Przełącznik zarządzalny HPE Aruba 2930F 24G 1 szt. SN2E77FD4B\n"
        "X Sprzęt kompletny\nX Sprzęt sprawny, uruchomiony\n"
    )
    doc = parse(text)
    assert doc.number == "POD/5/2026"  # type: ignore[attr-defined]
    first, second = doc.items  # type: ignore[attr-defined]
    assert first.name == "Laptop Lenovo ThinkPad E16 Gen 1 R5 7530U 16GB 512SSD W11P"
    assert set(first.serial_numbers) == {"SN953CE590", "SN47ECCA41"} and first.qty == D(2)
    assert second.name == "Przełącznik zarządzalny HPE Aruba 2930F 24G" and second.qty == D(1)


def test_a_second_table_of_serial_numbers_adds_them_to_the_items() -> None:
    text = """PROTOKÓŁ ZDAWCZO-ODBIORCZY nr 4/2026
  PRZEKAZUJĄCY                                  PRZEJMUJĄCY
  NET-TECH s.c.                                 Gmina Łapy
  NIP 151-84-71-566                             NIP 981-83-65-536
A. Przekazujący wydaje, a Przejmujący przyjmuje następujący sprzęt:
 Lp.   Nazwa sprzętu                                         J.m.      Ilość
  1.   Drukarka Brother HL-L5210DN                           szt.        2
  2.   Router MikroTik hAP ax3                               szt.        1
B. Wykaz numerów seryjnych:
  Lp.  Urządzenie                        Numer seryjny        Nr inw.
  1.   Drukarka  Brother                 E78FQK2210          UG/2026/11
  2.   Drukarka  Brother                 E78FQK2290          UG/2026/12
  3.   Router  MikroTik                  HGKWPXQZRT          UG/2026/13
Stwierdzenia:
 X   sprzęt jest kompletny
"""
    doc = parse(text)
    assert [(i.name, i.qty, i.serial_numbers) for i in doc.items] == [  # type: ignore[attr-defined]
        ("Drukarka Brother HL-L5210DN", D(2), ("E78FQK2210", "E78FQK2290")),
        ("Router MikroTik hAP ax3", D(1), ("HGKWPXQZRT",)),
    ]


def test_a_software_installation_protocol_with_keys_and_hosts_beside_the_count() -> None:
    text = """PROTOKÓŁ WDROŻENIA OPROGRAMOWANIA
 Nr protokołu: WD-7/2026     Data: 2026-04-02
 Wykonawca (wdrażający):                               Beneficjent (Zamawiający):
 SOFTLAND Sp. z o.o.                                    Gmina Lipnica
 ul. Polna 3, 30-001 Kraków                             ul. Szkolna 1, 33-100 Lipnica
 NIP 6762461659                                         NIP 8681894211
Lp.  Produkt                               Liczba   Numer licencji                    Komputery
                                          licencji
 1   Bitdefender GravityZone Business          25  QW3ER-TY7UP-ASD9F-GHJ2K-LZX4C      UG-01 … UG-25
     Security (3 lata)
 2   Windows Server 2022 Standard 16 Core       1  NB6VC-XZ8LK-JHG5F-DSA3P-OIU2Y      SRV-DC01
 Zakres prac: instalacja, aktywacja licencji, konfiguracja zasad i test poprawności działania.
                  Wdrażający                                        Zamawiający
"""
    doc = parse(text)
    assert doc.buyer.name == "Gmina Lipnica" and doc.buyer.nip == "8681894211"  # type: ignore[attr-defined]
    assert doc.seller.nip == "6762461659"  # type: ignore[attr-defined]
    assert [(i.name, i.qty) for i in doc.items] == [  # type: ignore[attr-defined]
        ("Bitdefender GravityZone Business Security (3 lata)", D(25)),
        ("Windows Server 2022 Standard 16 Core", D(1)),
    ]


def test_a_cell_border_ocr_read_as_a_dash_is_no_part_of_the_name() -> None:
    text = """PROTOKÓŁ INSTALACJI OPROGRAMOWANIA nr PI-3/2026
Lp.  Oprogramowanie                      Liczba  Klucz licencyjny                 Stanowiska
 1   - Adobe Acrobat Pro (licencja          20  DZTL4-LZU2B-ZQY8T-3DNHJ-UAF5G     UG-PC03 … UG-PC36
     czasowa 12 mies.)
"""
    doc = parse_protocol(text, file="p.png", source=Source.OCR, pages=1)
    assert [(i.name, i.qty) for i in doc.items] == [("Adobe Acrobat Pro (licencja czasowa 12 mies.)", D(20))]


def test_a_row_ending_in_its_quantity_and_an_abbreviated_unit_is_no_sentence_under_the_table() -> None:
    text = "\n".join(
        [
            "PROTOKÓŁ ODBIORU nr PK/12/2026",
            "sporządzony w dniu 12.05.2026 w Wiśniowej",
            "Nazwa przedmiotu Ilość J.m.",
            "Zasilacz awaryjny APC Smart-UPS 1500VA LCD RM 2U 2 szt.",
            "Licencja EDR SentinelOne Singularity Complete 12 m-cy 45 lic.",
            "Licencja ESET PROTECT Complete On-Prem, 50 stanowisk, 36 miesięcy 1 lic.",
            "Zamawiający potwierdza odbiór przedmiotu dostawy bez zastrzeżeń.",
        ]
    )
    items = parse_protocol(text, file="p.pdf", source=Source.PDF_TEXT, pages=1).items
    assert [str(i.qty) for i in items] == ["2", "45", "1"], items
