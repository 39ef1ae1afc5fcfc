"""Layouts read since the blind3a batch became development material: an app's item cards with labelled
values, a correction printed as two tables side by side, a form's column-number row with names printed
above the Lp, a licence table whose version column is centred, bilingual party headings, a letter-spaced
correction title, another document's date beside the protocol's own, a unit named with its office.

The texts below are written for these tests (other names, numbers and spacing than any corpus file).
"""

# ruff: noqa: E501 - the layouts are as wide as the printed pages
from __future__ import annotations

from datetime import date
from decimal import Decimal

from extractors.models import DocumentKind, Invoice, Protocol, Source
from extractors.parse import detect_kind, parse_text

CARDS = """Faktura                                                                        Data wystawienia
nr A/9/2026                                                                    03.02.2026

   SPRZEDAWCA
   Mazurskie Usługi IT Sp. z o.o.
   ul. Leśna 4, 10-001 Olsztyn
   NIP 5252248481

   NABYWCA
   Gmina Barczewo
   ul. Mickiewicza 14, 11-010 Barczewo
   NIP 7393866012

Pozycje

   1. Przełącznik zarządzalny 24 porty PoE+
   3 szt. × 1 250,00 zł netto                                         netto 3 750,00 zł
   VAT 23%: 862,50 zł                                                brutto 4 612,50 zł

   2. Szkolenie z cyberhigieny dla pracowników urzędu – grupa do
   15 osób
   1 usł. × 2 000,00 zł netto                                        netto 2 000,00 zł
   VAT zw: 0,00 zł                                                   brutto 2 000,00 zł

Płatność: przelew                               Netto                    5 750,00 zł
Termin: 17.02.2026                              VAT                        862,50 zł
                                                Brutto                   6 612,50 zł
"""


def test_item_cards_are_read_by_their_labels_with_the_totals_under_them() -> None:
    doc = parse_text(CARDS, file="app.pdf", source=Source.PDF_TEXT)
    assert isinstance(doc, Invoice)
    assert [(i.name, i.qty, i.unit_net, i.net, i.vat_rate, i.vat, i.gross) for i in doc.items] == [
        (
            "Przełącznik zarządzalny 24 porty PoE+",
            Decimal("3"),
            Decimal("1250.00"),
            Decimal("3750.00"),
            "23",
            Decimal("862.50"),
            Decimal("4612.50"),
        ),
        (
            "Szkolenie z cyberhigieny dla pracowników urzędu – grupa do 15 osób",
            Decimal("1"),
            Decimal("2000.00"),
            Decimal("2000.00"),
            "zw",
            Decimal("0.00"),
            Decimal("2000.00"),
        ),
    ]
    assert (doc.net_total, doc.vat_total, doc.gross_total) == (
        Decimal("5750.00"),
        Decimal("862.50"),
        Decimal("6612.50"),
    )
    assert doc.number == "A/9/2026"


def test_a_numbered_list_of_conditions_is_not_taken_for_cards() -> None:
    text = CARDS.replace("netto 3 750,00 zł", "").replace("brutto 4 612,50 zł", "").replace("× 1 250,00", "")
    text = text.replace("VAT 23%: 862,50 zł", "").replace("netto 2 000,00 zł", "").replace("brutto 2 000,00 zł", "")
    text = text.replace("× 2 000,00 zł netto", "").replace("VAT zw: 0,00 zł", "")
    doc = parse_text(text, file="app.pdf", source=Source.PDF_TEXT)
    assert isinstance(doc, Invoice)
    assert doc.items == ()


TWO_TABLES = """FAKTURA KORYGUJĄCA                                         Sprzedawca:                       Nabywca:
nr K/3/2026                                                TechBiuro Ewa Nowak               Powiat Gołdapski
Data wystawienia korekty: 02.04.2026                       NIP 5252248481                    NIP 8471622219
Dotyczy faktury nr FV/77/2026 z dnia 10.03.2026

                 PRZED KOREKTĄ                                                   PO KOREKCIE
Lp.  Nazwa                  Ilość   Cena   Netto     VAT%  Brutto     Lp.  Nazwa                  Ilość   Cena   Netto     VAT%  Brutto
 1   Czytnik kart           10 szt.  80,00   800,00   23    984,00      1   Czytnik kart            8 szt.  80,00   640,00   23    787,20
     inteligentnych USB                                                      inteligentnych USB
 2   Mysz optyczna           5 szt.  40,00   200,00   23    246,00      2   Mysz optyczna           5 szt.  36,00   180,00   23    221,40

RÓŻNICA
 Razem                                   -180,00         -41,40    -221,40
"""


def test_a_correction_as_two_tables_side_by_side_gives_both_states_of_every_line() -> None:
    doc = parse_text(TWO_TABLES, file="kor.pdf", source=Source.PDF_TEXT)
    assert isinstance(doc, Invoice) and doc.kind is DocumentKind.CORRECTION
    assert [(i.before_correction, i.name, i.qty, i.net) for i in doc.items] == [
        (True, "Czytnik kart inteligentnych USB", Decimal("10"), Decimal("800.00")),
        (True, "Mysz optyczna", Decimal("5"), Decimal("200.00")),
        (False, "Czytnik kart inteligentnych USB", Decimal("8"), Decimal("640.00")),
        (False, "Mysz optyczna", Decimal("5"), Decimal("180.00")),
    ]
    # the parties sit right of the title block: its lines are not the seller's name
    assert doc.seller.name == "TechBiuro Ewa Nowak" and doc.seller.nip == "5252248481"
    assert doc.buyer.nip == "8471622219"


def test_a_letter_spaced_correction_title_is_a_correction() -> None:
    text = TWO_TABLES.replace("FAKTURA KORYGUJĄCA", "FAKTU RA KO RYG UJĄCA").replace("PRZED KOREKTĄ", "")
    assert detect_kind(text) is DocumentKind.CORRECTION


FORM = """  Usługi Sieciowe Sp. z o.o.                                                   FAKTURA VAT
  NIP 5252248481                                                               Nr   12/02/26

Nabywca             Gmina Gołdap, Urząd Miejski w Gołdapi
NIP                 8471622219

  Lp.        Nazwa towaru lub usługi          J.m.   Ilość    Cena zł     Wartość zł   VAT %   Kwota VAT   Brutto zł
   1                   2                        3      4         5            6           7         8          9
        Przełącznik 8 portów
  1     (gigabit, metalowa obudowa)             szt.     4      150,00       600,00      23      138,00     738,00
        Patchcord kat. 6
  2     2 m, niebieski                          szt.    20        9,50       190,00      23       43,70     233,70
                                                                Razem        790,00              181,70     971,70
"""


def test_column_numbers_are_skipped_and_names_above_the_lp_belong_to_their_row() -> None:
    doc = parse_text(FORM, file="druk.pdf", source=Source.PDF_TEXT)
    assert isinstance(doc, Invoice)
    assert [(i.name, i.qty, i.net) for i in doc.items] == [
        ("Przełącznik 8 portów (gigabit, metalowa obudowa)", Decimal("4"), Decimal("600.00")),
        ("Patchcord kat. 6 2 m, niebieski", Decimal("20"), Decimal("190.00")),
    ]
    # the unit is the party; its office is where it sits
    assert doc.buyer.name == "Gmina Gołdap"


LICENCES = """                     PROTOKÓŁ PRZEKAZANIA LICENCJI
                               nr PL/4/2026
                    sporządzony dnia 2026.05.20 – Gołdap

Strona przekazująca (Dostawca)                          Strona przyjmująca (Zamawiający)
Soft-Serwis Sp. z o.o.                                  Gmina Gołdap
NIP 5252248481                                          NIP 8471622219

Na podstawie umowy nr 4/IT/2026 z dnia 2026.04.02 przekazuje się licencje:

 Lp.   Nazwa licencji                          Wersja /     Klucz                        Ilość
                                               edycja
 1.    ESET PROTECT Entry                        11.1       AAAAA-BBBBB-CCCCC            25 lic.
 2.    Acronis Cyber Protect               subskrypcja rocznaDDDDD-EEEEE-FFFFF           3 lic.

                Strona przekazująca                               Strona przyjmująca
"""


def test_a_licence_table_keeps_only_the_name_column_in_names() -> None:
    doc = parse_text(LICENCES, file="lic.pdf", source=Source.PDF_TEXT)
    assert isinstance(doc, Protocol)
    assert [(i.name, i.qty) for i in doc.items] == [
        ("ESET PROTECT Entry", Decimal("25")),
        ("Acronis Cyber Protect", Decimal("3")),
    ]


def test_a_protocol_date_garbled_by_ocr_is_never_the_contracts_date() -> None:
    garbled = LICENCES.replace("sporządzony dnia 2026.05.20", "sporządzony dnia 20:26.05.20")
    doc = parse_text(garbled, file="lic.png", source=Source.OCR)
    assert isinstance(doc, Protocol)
    assert doc.date == date(2026, 5, 20)
    unreadable = LICENCES.replace("sporządzony dnia 2026.05.20", "sporządzony dnia ----")
    doc = parse_text(unreadable, file="lic.png", source=Source.OCR)
    assert isinstance(doc, Protocol)
    assert doc.date != date(2026, 4, 2)  # "umowy nr 4/IT/2026 z dnia 2026.04.02" is the contract's


def test_an_ocr_doubled_letter_in_the_protocol_title_still_makes_a_protocol() -> None:
    assert detect_kind(LICENCES.replace("PROTOKÓŁ", "PROTOKOÓŁ")) is DocumentKind.PROTOCOL


BILINGUAL = """Verkaufer / Sprzedawca                                        Käufer / Nabywca
Oder-IT Systemhaus Sp. z o.o.                                 Gmina Cybinka
USt-IdNr. / NIP: PL5252248481                                 NIP: 8471622219

Pos.   Bezeichnung                 Menge   Einheit   Einzelpreis      Netto   MwSt.     Brutto
Lp.    Nazwa                       Ilość   J.m.      Cena netto     Wartość    VAT     Wartość brutto
 1     Router brzegowy             2       szt.        1.000,00    2.000,00    23%       2.460,00
       z zaporą sieciową

                                           MwSt.-Satz  Netto   MwSt.   Brutto
                                              23%     2.000,00  460,00  2.460,00
"""


def test_bilingual_party_headings_and_a_foreign_summary_heading() -> None:
    doc = parse_text("RECHNUNG / FAKTURA VAT Nr RE-1/2026\n" + BILINGUAL, file="de.pdf", source=Source.PDF_TEXT)
    assert isinstance(doc, Invoice)
    assert (doc.seller.name, doc.seller.nip) == ("Oder-IT Systemhaus Sp. z o.o.", "5252248481")
    assert (doc.buyer.name, doc.buyer.nip) == ("Gmina Cybinka", "8471622219")
    assert [i.name for i in doc.items] == ["Router brzegowy z zaporą sieciową"]


def test_a_heading_row_a_tilted_photo_broke_in_two_lines_is_read_as_one() -> None:
    tilted = TWO_TABLES.replace(
        "FAKTURA KORYGUJĄCA                                         Sprzedawca:                       Nabywca:\n",
        "                                                                                             Nabywca:\n"
        "FAKTURA KORYGUJĄCA                                         Sprzedawca:\n",
    )
    doc = parse_text(tilted, file="kor.jpg", source=Source.OCR)
    assert isinstance(doc, Invoice)
    assert (doc.seller.name, doc.seller.nip) == ("TechBiuro Ewa Nowak", "5252248481")
    assert (doc.buyer.name, doc.buyer.nip) == ("Powiat Gołdapski", "8471622219")


def test_a_headers_second_line_is_not_the_first_items_name_and_wrapped_names_stay_with_their_row() -> None:
    text = """FAKTURA VAT nr 5/2026
Sprzedawca                                             Nabywca
Oder-IT Sp. z o.o.                                     Gmina Cybinka
NIP: 5252248481                                        NIP: 8471622219

No. Opis / Description                       Ilość /   Cena netto /   VAT   Netto / Net   Brutto / Gross
                                                Qty      Unit price
 1   Opracowanie polityki                         1       2 000,00   23%     2 000,00       2 460,00
     bezpieczeństwa informacji
 2   Licencja antywirusowa (12                   10          50,00   23%       500,00         615,00
     mies.)
"""
    doc = parse_text(text, file="en.pdf", source=Source.PDF_TEXT)
    assert isinstance(doc, Invoice)
    assert [i.name for i in doc.items] == [
        "Opracowanie polityki bezpieczeństwa informacji",
        "Licencja antywirusowa (12 mies.)",
    ]


def test_a_label_after_the_corrected_invoices_reference_keeps_its_own_date() -> None:
    text = TWO_TABLES.replace(
        "Dotyczy faktury nr FV/77/2026 z dnia 10.03.2026",
        "do faktury nr FV/77/2026 z dnia 10.03.2026                 Data sprzedaży: 28.03.2026",
    )
    doc = parse_text(text, file="kor.pdf", source=Source.PDF_TEXT)
    assert isinstance(doc, Invoice)
    assert doc.sale_date == date(2026, 3, 28)


def test_ocr_slips_on_a_two_table_correction_photo() -> None:
    """What a phone photo of such a correction gives: the second "Lp." garbled, the buyer's heading
    garbled, a speck after a heading, the difference's minus read as a dot, an after-table "Razem"."""
    photo = (
        TWO_TABLES.replace(
            "Sprzedawca:                       Nabywca:", "Sprzedawca: k                     Ni abywca H"
        )
        .replace("Brutto     Lp.  Nazwa", "Brutto     Jo paz     ")
        .replace(" Razem                                   -180,00         -41,40    -221,40", "")
    )
    photo += (
        "     Razem                               900,00    1 230,00    Razem                      820,00  1 008,60\n"
        " Stawka        Netto        VAT        Brutto\n"
        "  23%         -180,00      -41,40      -221,40\n"
        " Razem         .180,00      -41,40      -221,40\n"
    )
    doc = parse_text(photo, file="kor.jpg", source=Source.OCR)
    assert isinstance(doc, Invoice) and doc.kind is DocumentKind.CORRECTION
    assert (doc.seller.name, doc.buyer.name) == ("TechBiuro Ewa Nowak", "Powiat Gołdapski")
    assert [(i.before_correction, i.qty) for i in doc.items] == [
        (True, Decimal("10")),
        (True, Decimal("5")),
        (False, Decimal("8")),
        (False, Decimal("5")),
    ]
    assert (doc.net_total, doc.vat_total, doc.gross_total) == (
        Decimal("-180.00"),
        Decimal("-41.40"),
        Decimal("-221.40"),
    )


def test_a_quantity_heading_ocr_misread_still_opens_the_protocol_table() -> None:
    for heading in ("llość", "liość"):
        doc = parse_text(LICENCES.replace("Ilość", heading), file="lic.png", source=Source.OCR)
        assert isinstance(doc, Protocol)
        assert [i.qty for i in doc.items] == [Decimal("25"), Decimal("3")]


def test_a_garbled_heading_is_never_a_partys_name() -> None:
    from extractors.parse.parties import _clean_name

    assert _clean_name("Odblorca") is None and _clean_name("Nabywca") is None
    assert _clean_name("Gmina Prochowice") == "Gmina Prochowice"


def test_a_letter_spaced_protocol_title_with_single_gaps_between_words() -> None:
    text = (
        "P R O T O K Ó Ł O D B I O R U nr PO/7/2026/AB\n"
        "sporządzony w dniu 04.05.2026\n"
        "Przekazujący (Wykonawca): Oder-IT Sp. z o.o., NIP 525-224-84-81\n"
        "Odbierający (Zamawiający): Gmina Cybinka, NIP 847-162-22-19\n"
        "Lp.   Nazwa                               Ilość   J.m.\n"
        "1     Router brzegowy                     2       szt.\n"
    )
    doc = parse_text(text, file="po.pdf", source=Source.PDF_TEXT)
    assert isinstance(doc, Protocol)
    assert doc.number == "PO/7/2026/AB" and doc.date == date(2026, 5, 4)


def test_a_wrapped_name_holding_a_header_word_inside_another_word_stays_with_its_row() -> None:
    text = FORM.replace(
        "        Przełącznik 8 portów\n  1     (gigabit, metalowa obudowa)",
        "  1     Usługa doradcza - przygotowanie",
    ).replace("szt.     4      150,00       600,00", "usł.     4      150,00       600,00")
    text = text.replace(
        "        Patchcord kat. 6\n", "        opisu przedmiotu zamówienia i ocena\n        zapotrzebowania\n"
    )
    doc = parse_text(text, file="druk.pdf", source=Source.PDF_TEXT)
    assert isinstance(doc, Invoice)
    assert len(doc.items) == 2  # "ocena" holds "cena": it opened a new table before, cutting the name
    assert doc.items[0].name == "Usługa doradcza - przygotowanie opisu przedmiotu zamówienia i ocena zapotrzebowania"


def test_a_quantity_that_looks_like_a_rate_does_not_take_the_rate_columns_place() -> None:
    from extractors.parse.rows import parse_row

    row = parse_row("1     Laptop Dell Latitude 5540     8     szt.     4 150,00     33 200,00     23")
    assert row is not None and (row.qty, row.vat_rate, row.net) == (Decimal("8"), "23", Decimal("33200.00"))


def test_a_scanned_protocol_row_with_cell_border_specks() -> None:
    text = LICENCES.replace(
        " 1.    ESET PROTECT Entry                        11.1       AAAAA-BBBBB-CCCCC            25 lic.", ""
    )
    text = text.replace(
        " Lp.   Nazwa licencji                          Wersja /     Klucz                        Ilość",
        " Lp.  Nazwa                                        Ilość  J.m.   Numery seryjne",
    ).replace("                                               edycja\n", "")
    text = text.replace(
        " 2.    Acronis Cyber Protect               subskrypcja rocznaDDDDD-EEEEE-FFFFF           3 lic.",
        " 1  Access point Ubiquiti UniFi U6 Pro           6       (szt.  |-",
    )
    doc = parse_text(text, file="po.png", source=Source.OCR)
    assert isinstance(doc, Protocol)
    assert [(i.name, i.qty, i.unit) for i in doc.items] == [
        ("Access point Ubiquiti UniFi U6 Pro", Decimal("6"), "szt.")
    ]


def test_a_sellers_name_wrapped_onto_a_quoted_line_is_kept_whole() -> None:
    text = """FAKTURA VAT nr 3/2026
 Wystawca                                                          Odbiorca
 Przedsiębiorstwo Usług Informatycznych                            Gmina Cybinka
 „ODER-NET” Anna Nowak                                             Urząd Miejski w Cybince
 ul. Polna 3                                                       ul. Rynek 1
 NIP: 525-224-84-81                                                NIP: 847-162-22-19
"""
    doc = parse_text(text, file="fv.pdf", source=Source.PDF_TEXT)
    assert isinstance(doc, Invoice)
    assert doc.seller.name == "Przedsiębiorstwo Usług Informatycznych „ODER-NET” Anna Nowak"
    assert doc.buyer.name == "Gmina Cybinka"  # its office on the next line is not part of its name
