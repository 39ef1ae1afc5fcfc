"""Session 16 (issue 9): causes found on blind12b, each written here in words and figures of its own.

- a number in a date's shape under the title, made a number by "nr" or its series ("nr 14/03/2026",
  "FS 2031/11/05");
- a reference column (the source document of a re-invoice, a price form's position between the Lp and
  the name) kept out of the name, its wrapped rest too; a product "… podpisu elektronicznego" is no
  signature caption;
- a service visit's report is a protocol ("protokół wykonania usługi");
- a company's legal form printed into the gap before the next party column stays with its name.
"""

from __future__ import annotations

from decimal import Decimal

from extractors.models import DocumentKind, Invoice, Protocol, Source
from extractors.parse import parse_text

D = Decimal

DAILY_NUMBER = """\
 Rachunek za usługi                                      Kwota należna
 nr 14/03/2026                                           2 460,00 zł
 Data wystawienia: 14-03-2026                            Termin: 28-03-2026
 Data sprzedaży: 13-03-2026
 Sprzedawca                                              Nabywca
 Biuro Rachunkowe Liczyk Anna Nowak                      Gmina Pcim
 ul. Polna 2                                             ul. Rynek 1
 32-432 Pcim                                             32-432 Pcim
 NIP: 5261040828                                         NIP: 6811003455
Lp.  Nazwa                                  Ilość  Cena netto  Stawka   Wartość netto   Wartość brutto
 1   Obsługa kadrowa – marzec               1 usł.   2 000,00   23%          2 000,00         2 460,00
                                                     Razem      23%          2 000,00         2 460,00
"""

SERIES_UNDER_TITLE = """\
  Hurtownia Papieru Arkusz Sp. z o.o.
                                                                   FAKTURA VAT
  ul. Papiernicza 4
  90-001 Łódź                                                      FS 2031/11/05
  NIP 5261040828
                                                        Data wystawienia:  2026-11-05
  Nabywca:
  Gmina Łask
  NIP 8311003455
Lp  Nazwa towaru                          Ilość  Jm    Cena netto   Wartość netto  St.  Kwota VAT   Wartość brutto
 1  Papier ksero A4 80 g (karton)            10  kart.     120,00        1 200,00  23%      276,00         1 476,00
                                                          Razem:        1 200,00          276,00         1 476,00
"""


def test_a_number_in_a_dates_shape_made_a_number_by_nr_or_its_series() -> None:
    doc = parse_text(DAILY_NUMBER, file="f.pdf", source=Source.PDF_TEXT)
    assert isinstance(doc, Invoice)
    assert doc.number == "14/03/2026"
    assert "number" not in doc.uncertain
    doc = parse_text(SERIES_UNDER_TITLE, file="f.pdf", source=Source.PDF_TEXT)
    assert doc.number == "FS 2031/11/05"


REINVOICE = """\
    REFAKTURA nr RK/7/2026                                   Data wystawienia: 03.08.2026
    Sprzedawca:                                               Nabywca:
    Pracownia Sieci Jan Kowal                                 Gmina Bobrowo
    NIP: 5261040828                                           NIP: 8741003455
Lp.  Nazwa                               Faktura źródłowa          Ilość  J.m.   Cena     Netto     VAT     Brutto
 1   Opłata za domenę gminy – okres      F/2026/0711 z             1    usł.   100,00   100,00   23%     123,00
     roczny                              01.07.2026, NASK
                                         Państwowy Instytut
 2   Certyfikat kwalifikowanego          F/2026/0790 z             1    szt.   200,00   200,00   23%     246,00
     podpisu elektronicznego             09.07.2026, Certum
                                         Digital Sp. z o.o.
                                                     Razem                    300,00     69,00     369,00
"""

PRICE_FORM = """\
     FAKTURA nr 9/PN/2026
     WYKONAWCA                             ZAMAWIAJĄCY
     Serwis Biurowy Omega Sp. z o.o.       Gmina Raba Wyżna
     NIP 526-104-08-28                     NIP 735-100-34-55
Lp.     Poz.    Nazwa                                 Ilość  J.m.  Cena jedn.    Wartość  VAT       Wartość
      oferty                                                          netto        netto             brutto
 1   pak. 2 lp. 4  Niszczarka Fellowes 8Cd            2  szt.       500,00     1 000,00  23%     1 230,00
 2   pak. 2 lp. 11  Laminator A3 Argo                 1  szt.       300,00       300,00  23%       369,00
                                                       Razem                   1 300,00          1 599,00
"""


def test_a_reference_column_is_no_part_of_the_name_nor_its_wrapped_rest() -> None:
    doc = parse_text(REINVOICE, file="f.pdf", source=Source.PDF_TEXT)
    assert isinstance(doc, Invoice)
    assert [i.name for i in doc.items] == [
        "Opłata za domenę gminy – okres roczny",
        "Certyfikat kwalifikowanego podpisu elektronicznego",
    ]
    assert "items" not in doc.uncertain
    doc = parse_text(PRICE_FORM, file="f.pdf", source=Source.PDF_TEXT)
    assert [(i.name, i.qty) for i in doc.items] == [
        ("Niszczarka Fellowes 8Cd", D("2")),
        ("Laminator A3 Argo", D("1")),
    ]


SERVICE_VISIT = """\
Serwis Drukarek Toner s.c.
ul. Lipowa 3, 15-424 Białystok · NIP 5261040828
 ZLECENIE NAPRAWY
                                                    Nr ZN/311/2026
 protokół wykonania usługi serwisowej
 Klient                        Gmina Supraśl
 NIP klienta                   966-100-34-55
 Data wizyty                   12.10.2026
Wymienione części:
 Lp.   Część                                                    Ilość    J.m.
  1.   Bęben światłoczuły do drukarki Brother HL-L5100            1      szt.
  2.   Rolka pobierania papieru                                   2      szt.
"""


def test_a_service_visits_report_is_a_protocol() -> None:
    doc = parse_text(SERVICE_VISIT, file="f.pdf", source=Source.PDF_TEXT)
    assert doc.kind is DocumentKind.PROTOCOL
    assert isinstance(doc, Protocol)
    assert [(i.name, i.qty) for i in doc.items] == [
        ("Bęben światłoczuły do drukarki Brother HL-L5100", D("1")),
        ("Rolka pobierania papieru", D("2")),
    ]


def test_a_legal_forms_rest_stays_with_its_name() -> None:
    # the name printed into the gap: "o.o." starts three characters left of the next column
    doc = parse_text(
        PRICE_FORM.replace("Omega Sp. z o.o.       Gmina", "Omega Polskie Sp. z o.o. Gmina"),
        file="f.pdf",
        source=Source.PDF_TEXT,
    )
    assert (doc.seller.name, doc.buyer.name) == ("Serwis Biurowy Omega Polskie Sp. z o.o.", "Gmina Raba Wyżna")


SCANNED_BUYER = """\
  Drukarnia Offsetowa Kolor Sp. z o.o.                                        FAKTURA VAT
  ul. Drukarska 3, 87-100 Toruń                                               FK 55/09/2026
  NIP 5261040828
                                                                 Data wystawienia:  2026-09-14
  Nabywca:
      ska                                                        Sposób płatności:  przelew 14 dni
  Gmina Chełmża
  ul. Hallera 2
  87-140 Chełmża
  NIP 8790017162
Lp   Nazwa                                     Ilość  Jm    Cena netto   Wartość netto  St.  Kwota VAT   Wartość brutto
 1   Ulotki informacyjne A5, druk 4+4           1000  szt.       0,50         500,00    23%     115,00          615,00
                                                                  Razem:        500,00           115,00          615,00
"""


def test_a_neighbouring_blocks_label_beside_the_partys_first_line_and_a_speck_are_no_name() -> None:
    doc = parse_text(SCANNED_BUYER, file="f.png", source=Source.OCR)
    assert isinstance(doc, Invoice)
    assert doc.buyer.name == "Gmina Chełmża"
