"""Mechanisms any layout needs, each tried on text no generator of ours prints this way: a party or item
name that fails its plausibility checks is reported uncertain (never a plain wrong value); dot leaders
between a label and its value; items as a numbered list, taken only when they add up to a total; an
article number or a zero-padded position left of a name; a VAT column printed as "23,00"."""

from __future__ import annotations

import dataclasses
from decimal import Decimal

import pytest

from extractors.models import DocumentKind, Invoice, LineItem, Party, Protocol, ProtocolItem, Source
from extractors.parse import parse_text
from extractors.parse.confidence import assess_invoice, assess_protocol, party_name_problem
from extractors.parse.layout import normalise_layout
from extractors.parse.rows import parse_row

SELLER_NIP, BUYER_NIP = "5261040828", "5792203364"


@pytest.mark.parametrize(
    "name",
    [
        "Stawka 23% PLN 31 582.02 VAT PLN 7 263.87",  # the totals block beside the seller
        "Adres faktury",  # the buyer block's heading
        "Dane do faktury:",
        "Plac Zamkowy 1",  # the street under the name
        "WPŁYNĘŁO",  # a registry stamp over the buyer block
        "Gmina Miejska J Chojnów I dnia",  # the stamp's letters and words inside the name
        "D atą",  # a fragment
        "Gmina Chojnów Nr klienta 1251612",
    ],
)
def test_an_implausible_party_name_is_explained(name: str) -> None:
    assert party_name_problem(name) is not None


@pytest.mark.parametrize(
    "name",
    [
        "Gmina Miejska Chojnów",
        "Netkom-Śląsk Sp. z o.o.",
        "Rynek Serwis Sp. z o.o.",
        "Data Storage Polska S.A.",
        "Zakład Usług Informatycznych „Kursor” Robert Mazur",
        "P.H.U. Kowalski Jan Kowalski",
        "Szkoła Podstawowa nr 12 w Opolu",
    ],
)
def test_a_plausible_party_name_passes(name: str) -> None:
    assert party_name_problem(name) is None


def _invoice(seller: str, buyer: str, names: list[str]) -> Invoice:
    items = tuple(
        LineItem(name=n, qty=Decimal(1), unit_net=Decimal("100.00"), net=Decimal("100.00"), vat_rate="23")
        for n in names
    )
    return Invoice(
        file="f.pdf",
        kind=DocumentKind.INVOICE,
        source=Source.PDF_TEXT,
        number="1/2026",
        seller=Party(name=seller, nip=SELLER_NIP),
        buyer=Party(name=buyer, nip=BUYER_NIP),
        items=items,
        net_total=Decimal("100.00") * len(items),  # rows without any total are uncertain (session 21)
    )


def test_party_names_failing_their_checks_are_uncertain_in_invoices_and_protocols() -> None:
    verdict = assess_invoice(_invoice("Stawka 23% PLN 31 582.02", "Adres faktury", ["Serwer NAS"]))
    assert {"seller_name", "buyer_name"} <= set(verdict.uncertain)
    assert any("kwotę lub stawkę" in w.message for w in verdict.warnings)
    protocol = Protocol(file="p.pdf", source=Source.OCR, seller=Party(name="Plac Zamkowy 1"), buyer=Party(name="x"))
    assert "seller_name" in assess_protocol(protocol).uncertain


@pytest.mark.parametrize(
    "name",
    [
        "752196 Licencja antywirusowa",  # an article number's column
        "Switch zarządzalny Razem netto",  # the totals line
        "Lp. Nazwa",  # the header
        "Serwer NAS 1 234,56",  # an amount of the next column
        "Czytnik kart ACR39U zgodnie z powyższym zestawieniem.",  # the sentence under the table
        "zapory",  # a wrapped line's rest
        "--",
    ],
)
def test_an_item_name_failing_its_checks_makes_the_items_uncertain(name: str) -> None:
    assert "items" in assess_invoice(_invoice("Softnet Sp. z o.o.", "Gmina Lipno", ["Serwer NAS", name])).uncertain
    protocol = Protocol(file="p.pdf", source=Source.OCR, items=(ProtocolItem(name=name),))
    assert "items" in assess_protocol(protocol).uncertain


def test_ordinary_item_names_stay_certain() -> None:
    names = ["Licencja Windows Server 2022 Standard 16 Core", "iPhone 15 128 GB", "Usługa wdrożenia (5 dni)"]
    assert "items" not in assess_invoice(_invoice("Softnet Sp. z o.o.", "Gmina Lipno", names)).uncertain


def test_dot_leaders_become_blank_space() -> None:
    text = "Razem wartość netto  . . . . . . . . . .  9 894,70 zł\nPodpis ..........\nSp. z o.o. i 1.2.3"
    lines = normalise_layout(text).split("\n")
    assert lines[0].split() == ["Razem", "wartość", "netto", "9", "894,70", "zł"]
    assert "  " in lines[0][len("Razem wartość netto") :]
    assert lines[1].strip() == "Podpis"
    assert lines[2] == "Sp. z o.o. i 1.2.3"


_HEAD = """\
Softnet Polska Sp. z o.o.                                   Opole, dnia 15 stycznia 2026 r.
NIP 526 104 08 28
                                                  Gmina Lipno
                                                  NIP 579 220 33 64
                           FAKTURA nr 7/01/2026
"""


def test_items_as_a_numbered_list_with_dot_leaders() -> None:
    text = _HEAD + (
        "Za wykonanie:\n"
        "1. Audyt bezpieczeństwa sieci (3 dni × 2 400,00 zł)  . . . . . . . . . . . .  7 200,00 zł\n"
        "2. Szkolenie z cyberhigieny dla pracowników urzędu (2 godz. ×\n"
        "350,00 zł)  . . . . . . . . . . . . . . . . . . . . . . . . . . . . . . . . . .  700,00 zł\n"
        "                       Razem wartość netto  . . . . . . . . .  7 900,00 zł\n"
        "                       Podatek VAT 23%  . . . . . . . . . . .  1 817,00 zł\n"
        "                       Razem do zapłaty   . . . . . . . . . .  9 717,00 zł\n"
    )
    doc = parse_text(text, file="f.pdf", source=Source.PDF_TEXT)
    assert isinstance(doc, Invoice)
    assert (doc.net_total, doc.vat_total, doc.gross_total) == tuple(map(Decimal, ("7900.00", "1817.00", "9717.00")))
    assert [(i.name, i.qty, i.unit_net, i.net) for i in doc.items] == [
        ("Audyt bezpieczeństwa sieci", Decimal(3), Decimal("2400.00"), Decimal("7200.00")),
        ("Szkolenie z cyberhigieny dla pracowników urzędu", Decimal(2), Decimal("350.00"), Decimal("700.00")),
    ]
    assert "items" not in doc.uncertain


def test_a_numbered_list_that_does_not_add_up_is_no_items() -> None:
    text = _HEAD + (
        "Warunki:\n"
        "1. Kara umowna za opóźnienie  . . . . . . . . . . . .  500,00 zł\n"
        "2. Zabezpieczenie należytego wykonania  . . . . . . . .  1 000,00 zł\n"
        "                       Razem wartość netto  . . . . . . . . .  7 900,00 zł\n"
        "                       Razem do zapłaty   . . . . . . . . . .  9 717,00 zł\n"
    )
    doc = parse_text(text, file="f.pdf", source=Source.PDF_TEXT)
    assert doc.items == ()


def test_an_article_number_and_a_padded_position_left_of_the_name_are_not_the_name() -> None:
    text = _HEAD + (
        " Nr art.     Opis                                        Ilość         Cena   VAT      Kwota netto\n"
        " 752196      Licencja antywirusowa GravityZone              1     PLN 212.91   23        PLN 212.91\n"
        " 000020      Switch zarządzalny 24 porty                    2     PLN 900.00   23      PLN 1 800.00\n"
        "                                                          Suma netto                  PLN 2 012.91\n"
        "                                                          Suma VAT                      PLN 462.97\n"
        "                                                          Do zapłaty                  PLN 2 475.88\n"
    )
    doc = parse_text(text, file="f.pdf", source=Source.PDF_TEXT)
    assert [i.name for i in doc.items] == ["Licencja antywirusowa GravityZone", "Switch zarządzalny 24 porty"]


def test_a_vat_column_printed_as_a_decimal_is_the_rate() -> None:
    row = parse_row("000020     655814-EU        5,000  LIC       3.155,06    23,00         15.775,30")
    assert row is not None
    assert (row.qty, row.unit_net, row.net, row.vat_rate, row.unexplained) == (
        Decimal(5),
        Decimal("3155.06"),
        Decimal("15775.30"),
        "23",
        (),
    )


def test_an_invoice_address_heading_beside_the_delivery_address_is_the_buyer() -> None:
    text = (
        "Netkom Serwis Sp. z o.o.                                              FAKTURA\n"
        "                                                               Numer faktury  209092\n"
        "                                                                Data faktury  2026-01-09\n"
        "Adres faktury                                            Adres dostawy\n"
        "Gmina Lipno                                              Urząd Gminy Lipno\n"
        "ul. Wyspiańskiego 10                                     ul. Wyspiańskiego 10\n"
        "NIP: PL5792203364\n"
        " Nr art.     Opis                                        Ilość         Cena   VAT      Kwota netto\n"
        " 752196      Licencja antywirusowa GravityZone              1     PLN 212.91   23        PLN 212.91\n"
        "                                                          Suma netto                    PLN 212.91\n"
        "                                                          Suma VAT                       PLN 48.97\n"
        "                                                          Do zapłaty                    PLN 261.88\n"
        "Netkom Serwis Sp. z o.o.                         NIP PL5261040828\n"
    )
    doc = parse_text(text, file="f.pdf", source=Source.PDF_TEXT)
    assert (doc.buyer.name, doc.buyer.nip) == ("Gmina Lipno", BUYER_NIP)
    assert (doc.seller.name, doc.seller.nip) == ("Netkom Serwis Sp. z o.o.", SELLER_NIP)
    assert not {"buyer_name", "seller_name"} & set(doc.uncertain)


def test_amounts_in_split_zloty_and_grosze_columns() -> None:
    text = _HEAD + (
        "Lp.  Nazwa towaru / usługi          Ilość  J.m.  Cena jedn.   Wartość netto  VAT   Kwota VAT   Wartość brutto"
        "\n"
        "                                                   zł   gr       zł   gr         zł   gr        zł   gr\n"
        " 1  Audyt bezpieczeństwa sieci          1  usł.  3 253  63     3 253  63  23     748  33      4 001  96\n"
        " 2  Switch zarządzalny 24 porty         2  szt.    450  00       900  00  23     207  00      1 107  00\n"
        "    RAZEM                                                    4 153  63          955  33      5 108  96\n"
        " Do zapłaty: 5 108 zł 96 gr\n"
    )
    doc = parse_text(text, file="f.pdf", source=Source.PDF_TEXT)
    assert isinstance(doc, Invoice)
    assert [(i.qty, i.unit_net, i.net, i.vat, i.gross) for i in doc.items] == [
        (Decimal(1), Decimal("3253.63"), Decimal("3253.63"), Decimal("748.33"), Decimal("4001.96")),
        (Decimal(2), Decimal("450.00"), Decimal("900.00"), Decimal("207.00"), Decimal("1107.00")),
    ]
    assert (doc.net_total, doc.vat_total, doc.gross_total) == tuple(map(Decimal, ("4153.63", "955.33", "5108.96")))
    assert normalise_layout("Razem: 12 zł 05 gr") == "Razem: 12,05 zł"


def test_a_stamp_far_right_of_the_buyer_heading_is_not_the_buyer() -> None:
    text = (
        " Softnet Polska Sp. z o.o.                                                    Faktura VAT\n"
        " NIP: 526-104-08-28                                                          nr FS-19/08/26\n"
        "                                                                  URZĄD GMINY LIPNO\n"
        " Nabywca:                                                                   WPŁYNĘŁO\n"
        "                                                                          dnia 26.08.2026\n"
        " Gmina Lipno                                                       L.dz. 7369/2026  Podpis ......\n"
        " ul. Wyspiańskiego 10\n"
        " NIP: 579-220-33-64\n"
    ) + _TABLE
    doc = parse_text(text, file="f.pdf", source=Source.PDF_TEXT)
    assert (doc.buyer.name, doc.buyer.nip) == ("Gmina Lipno", BUYER_NIP)
    assert "buyer_name" not in doc.uncertain


_TABLE = """\
Lp  Nazwa                                     Ilość  J.m.  Cena netto    Wartość netto  VAT      Brutto
 1  Licencja oprogramowania antywirusowego       10  szt.      120,00         1 200,00  23%    1 476,00
                                                       Razem netto: 1 200,00 PLN
                                                       Razem VAT: 276,00 PLN
                                                       Razem brutto: 1 476,00 PLN
"""


def test_a_number_under_its_label_keeps_the_series_printed_left_of_it() -> None:
    text = (
        "Faktura VAT nr\n"
        "FV   93/2026                                                       Data wystawienia            06-09-2026\n"
        "Sprzedawca                                                         Nabywca\n"
        "Softnet Polska Sp. z o.o.                                          Gmina Lipno\n"
        "NIP 5261040828                                                     NIP 5792203364\n"
    ) + _TABLE
    assert parse_text(text, file="f.pdf", source=Source.PDF_TEXT).number == "FV 93/2026"


def test_a_protocols_counts_split_by_unit_are_read_from_the_total_column() -> None:
    text = (
        "PROTOKÓŁ ZDAWCZO-ODBIORCZY\n"
        "nr PZO/3/2026 z dnia 07.08.2026\n"
        "Przekazujący: Softnet Polska Sp. z o.o., NIP 5261040828\n"
        "Przyjmujący: Gmina Lipno, NIP 5792203364\n"
        " Lp.  Nazwa sprzętu                                  J.m.     Szkoła        OPS       Biblioteka    Razem\n"
        "  1   Laptop Dell Latitude 5550                      szt.       4             1             –            5\n"
        "  2   Monitor 27 cali                                szt.        –            2             3            5\n"
        "Sprzęt przekazano kompletny i sprawny. Przyjmujący rozdysponuje go do wskazanych jednostek zgodnie z\n"
        "powyższym zestawieniem.\n"
    )
    doc = parse_text(text, file="p.pdf", source=Source.PDF_TEXT)
    assert isinstance(doc, Protocol)
    assert [(i.name, i.qty) for i in doc.items] == [
        ("Laptop Dell Latitude 5550", Decimal(5)),
        ("Monitor 27 cali", Decimal(5)),
    ]


def test_ocr_of_a_numbered_list_and_of_split_grosze_columns() -> None:
    # tesseract drops the dot leaders, glues "zł" to the amounts and garbles a bracketed "zł)"
    text = _HEAD + (
        "Za wykonanie:\n"
        "1. Audyt bezpieczeństwa sieci (3 dni x 2400,00zł)                 7200,00zł\n"
        "2. Szkolenie z cyberhigieny dla pracowników urzędu (2 godz. x\n"
        "350,007b)                                         aaa                 1... 700,00zł\n"
        "                                       Razem wartość netto            7900,00zł\n"
        "                                       Podatek VAT 23%                1817,00zł\n"
        "                                       Razem do zapłaty               9 717,00 zł\n"
    )
    doc = parse_text(text, file="f.png", source=Source.OCR)
    assert isinstance(doc, Invoice)
    assert (doc.net_total, doc.vat_total) == (Decimal("7900.00"), Decimal("1817.00"))
    assert [i.name for i in doc.items] == [
        "Audyt bezpieczeństwa sieci",
        "Szkolenie z cyberhigieny dla pracowników urzędu",
    ]
    # a "zł" heading read as "A", a grosze cell with a speck, a cell border between złoty and grosze
    grid = normalise_layout("            zł    gr      A     gr\n 1  Usługa  3253   63.    3253|63  23\n")
    grid = grid.split("\n")[1]
    assert grid.split() == ["1", "Usługa", "3253,63", "3253,63", "23"]


def test_ocr_of_a_limited_company_form_is_put_right() -> None:
    from extractors.parse.parties import _clean_name

    assert _clean_name("Integra Systemy Sp. Zz 0.0.") == "Integra Systemy Sp. z o.o."
    assert _clean_name("Integra Systemy Sp. z o.00.") == "Integra Systemy Sp. z o.o."
    assert _clean_name("Integra Systemy Sp. z o.o.") == "Integra Systemy Sp. z o.o."


def test_a_row_without_the_quantity_and_price_the_others_print_is_uncertain() -> None:
    doc = _invoice("Softnet Sp. z o.o.", "Gmina Lipno", ["Serwer NAS"])
    lost = LineItem(name="Usługa konfiguracji 1 zapory", net=Decimal("100.00"), vat_rate="23")
    verdict = assess_invoice(dataclasses.replace(doc, items=(*doc.items, lost)))
    assert "items" in verdict.uncertain
    assert any("nie odczytano ilości" in w.message for w in verdict.warnings)


def test_a_cover_letter_before_the_invoice_is_skipped_and_said() -> None:
    letter = (
        "Softnet Polska Sp. z o.o.\n"
        "                                                     Opole, 26 lipca 2026 r.\n"
        "Znak: ZP/300/2026\n"
        "                                          Urząd Gminy Lipno\n"
        "Dotyczy: realizacji umowy dostawy\n"
        "Szanowni Państwo,\n"
        "w załączeniu przekazujemy fakturę VAT nr 7/01/2026 wraz z podpisanym protokołem odbioru.\n"
        "Z poważaniem\n"
        "Załączniki:\n"
        "1. Faktura VAT (1 egz.)\n"
        "2. Protokół odbioru (1 egz.)\n"
    )
    invoice = (
        "FAKTURA VAT nr 7/01/2026\n"
        "Sprzedawca: Softnet Polska Sp. z o.o., NIP 5261040828\n"
        "Nabywca: Gmina Lipno, NIP 5792203364\n"
    ) + _TABLE
    doc = parse_text(letter + "\f" + invoice, file="f.pdf", source=Source.PDF_TEXT, pages=2)
    assert isinstance(doc, Invoice)
    assert (doc.number, doc.gross_total, len(doc.items)) == ("7/01/2026", Decimal("1476.00"), 1)
    assert any(w.code == "cover_letter" and "Strona 1" in w.message for w in doc.warnings)
    # a letter alone is no document skipped: nothing after it
    assert all(w.code != "cover_letter" for w in parse_text(letter, file="l.pdf", source=Source.PDF_TEXT).warnings)


def test_the_invoices_own_seller_heading_wins_over_an_earlier_role() -> None:
    text = (
        "Faktura VAT nr FV/K/58/2026\n"
        "  Wykonawca zamówienia: KONSORCJUM\n"
        "  Lider konsorcjum: Softnet Polska Sp. z o.o., NIP 5261040828\n"
        "Sprzedawca (Lider konsorcjum)                           Nabywca\n"
        "Softnet Polska Sp. z o.o.                               Gmina Lipno\n"
        "NIP: 526-104-08-28                                      NIP: 579-220-33-64\n"
    ) + _TABLE
    doc = parse_text(text, file="f.pdf", source=Source.PDF_TEXT)
    assert (doc.seller.name, doc.buyer.name) == ("Softnet Polska Sp. z o.o.", "Gmina Lipno")
    assert party_name_problem("zamówienia: KONSORCJUM") is not None


def test_a_protocol_row_name_keeps_its_closing_bracket() -> None:
    text = (
        "PROTOKÓŁ ODBIORU nr PO/PT/74/2026\n"
        "Przekazujący: Softnet Polska Sp. z o.o., NIP 5261040828\n"
        "Przyjmujący: Gmina Lipno, NIP 5792203364\n"
        "  Lp.  Zakres / produkt                                                           Ilość  J.m.    Odebrano\n"
        "  1    Test penetracyjny infrastruktury zewnętrznej (adresacja publiczna)            1   usł.       TAK\n"
    )
    doc = parse_text(text, file="p.pdf", source=Source.PDF_TEXT)
    assert [i.name for i in doc.items] == ["Test penetracyjny infrastruktury zewnętrznej (adresacja publiczna)"]


def test_ocr_slips_in_a_bilingual_heading_and_a_unit() -> None:
    text = (
        " Hanse Systemhaus Polska Sp. z o.o.                       Rechnungsnummer / Numer faktury   RE-PL-26\n"
        " Verkaufer I Sprzedawca                                   Kaufer I Nabywca\n"
        " Hanse Systemhaus Polska Sp. z o.o.                       Gmina Lipno\n"
        " NIP: 5261040828                                          NIP: 5792203364\n"
    ) + _TABLE
    doc = parse_text(text, file="f.png", source=Source.OCR)
    assert (doc.seller.name, doc.buyer.name) == ("Hanse Systemhaus Polska Sp. z o.o.", "Gmina Lipno")
    assert party_name_problem("Hanse Systemhaus Polska Sp. z o.o. Rechnungsnummer /") is not None
    row = parse_row("Szkolenie e-learning z higieny cyfrowej dla   3  usł,   2 492,58   7 477,74  zw   0,00   7 477,74")
    assert row is not None
    assert (row.qty, row.unit, row.net) == (Decimal(3), "usł.", Decimal("7477.74"))


def test_the_only_totals_row_with_one_misread_figure_is_repaired_and_flagged() -> None:
    text = (
        "FAKTURA VAT F/2026/66\n"
        "Sprzedawca: Softnet Polska Sp. z o.o., NIP 5261040828\n"
        "Nabywca: Gmina Lipno, NIP 5792203364\n"
        "PODSUMOWANIE\n"
        "   Stawka                Netto              vaT             Brutto\n"
        "    2»                 1 206,00           276,00           1 476,00\n"
        "    Suma               1 206,00           276,00           1 476,00\n"
    ) + _TABLE.split("                                                       Razem")[0]
    doc = parse_text(text, file="f.png", source=Source.OCR)
    assert isinstance(doc, Invoice)
    assert (doc.net_total, doc.vat_total, doc.gross_total) == tuple(map(Decimal, ("1200.00", "276.00", "1476.00")))
    assert "net_total" in doc.uncertain
    assert any(w.code == "total_ocr_fixed" for w in doc.warnings)


def test_a_label_after_the_legal_form_is_no_part_of_the_name() -> None:
    from extractors.parse.parties import _clean_name

    assert (
        _clean_name("Hanse Systemhaus Polska Sp. z o.o. Rechnungsnummer / Nur") == "Hanse Systemhaus Polska Sp. z o.o."
    )
    assert party_name_problem("Hanse Sp. z o.o. Rechnungsnummer / Nur") is not None


def test_an_ocrd_protocol_header_and_a_section_heading_under_the_table() -> None:
    text = (
        "PROTOKOŁ ODBIORU\n"
        "Nr  60/ZP/8/2026                zdnia   10.04.2026\n"
        "Zamawiający (nazwa, adres, NIP):\n Gmina Lipno\n NIP 5792203364\n"
        "Wykonawca (nazwa, adres, NIP):\n Softnet Polska Sp. z o.o.\n NIP 5261040828\n"
        "  ip.                         Nazwa (typ, model)                           lłość      J-m.     Uwagi\n"
        "  1    Komputer stacjonarny Dell OptiPlex 7010 SFF i5-13500               1         szt.      —\n"
        "  2    Przełącznik Cisco Catalyst 1000-24T-4G-L                           6         Szt.      —\n"
        "Stwiei'dzenia komisji:\n"
        "     dostawa kompletna\n"
    )
    doc = parse_text(text, file="p.png", source=Source.OCR)
    assert isinstance(doc, Protocol)
    assert [(i.name, i.qty) for i in doc.items] == [
        ("Komputer stacjonarny Dell OptiPlex 7010 SFF i5-13500", Decimal(1)),
        ("Przełącznik Cisco Catalyst 1000-24T-4G-L", Decimal(6)),
    ]
