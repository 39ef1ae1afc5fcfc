"""Session 17, phase 1 (issue 9): causes found on blind13b's text PDFs, each written here in words and
figures of its own – dates with a Roman month ("7.XI.2026 r."), the gross named "wartość z podatkiem",
"Data dost.:", a handover protocol naming its parties in a sentence ("zwaną dalej „Przejmującym”") and
listing its items in the text with their counts also in words, wrapped over two lines.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from extractors.models import Invoice, Protocol, Source
from extractors.parse import parse_text
from extractors.parse.dates import find_dates

D = Decimal


def test_a_roman_month_between_day_and_year_is_a_date_and_a_number_with_one_is_not() -> None:
    assert [d for _, d in find_dates("Kraków, 7.XI.2026 r.")] == [date(2026, 11, 7)]
    assert [d for _, d in find_dates("dnia 21 VI 2026")] == [date(2026, 6, 21)]
    assert [d for _, d in find_dates("dnia 3. IX. 2026 r.")] == [date(2026, 9, 3)]
    # a document number made with a Roman month, separators of another kind, lower case: no date
    assert find_dates("Faktura 114/XI/2026") == []
    assert find_dates("nr 7-XI-2026") == []
    assert find_dates("pkt 4 i 2026") == []
    assert find_dates("7.XI.2026/A") == []


ROMAN_INVOICE = """\
                                                                   Nowy Sącz, 7.XI.2026 r.
   FAKTURA Nr 114/XI/2026
   Data wykonania usługi: 5.XI.2026 r.
   Usługodawca:
   Serwis Komputerowy Beta Sp. z o.o.
   ul. Lwowska 12
   33-300 Nowy Sącz
   NIP 526-10-40-828
   Usługobiorca:
   Gmina Chełmiec
   ul. Papieska 2
   33-395 Chełmiec
   NIP 734-35-09-310
 Lp.  Nazwa usługi                   Ilość  J.m.   Cena jedn.    Wartość   St.   Podatek     Wartość z
                                                      netto        netto   VAT       VAT     podatkiem
  1   Konserwacja serwera plików         2  usł.     1 200,00   2 400,00   23%     552,00     2 952,00
                                                         Wartość netto:            2 400,00 zł
                                                         Podatek VAT 23%:            552,00 zł
                                                         Wartość z podatkiem:      2 952,00 zł
   Termin zapłaty: 21.XI.2026 r.
"""


def test_roman_dates_and_the_gross_as_the_value_with_tax() -> None:
    doc = parse_text(ROMAN_INVOICE, file="f.pdf", source=Source.PDF_TEXT)
    assert isinstance(doc, Invoice)
    assert doc.number == "114/XI/2026"
    assert (doc.issue_date, doc.sale_date) == (date(2026, 11, 7), date(2026, 11, 5))
    assert (doc.net_total, doc.vat_total, doc.gross_total) == (D("2400.00"), D("552.00"), D("2952.00"))
    assert doc.uncertain == ()


SHORT_LABELS = """\
                                                           Data  wyst.:  2026-10-14
F A K T U R A   V A T
                                                           Data  dost.:  2026-10-09
NR:  77/FS/26                                              Płatność:     przelew  14  dni
  DOSTAWCA                                            ODBIORCA
  Papiernik  Sp.  z  o.o.                             Gmina  Rybno
  ul.  Leśna  4                                       ul.  Szkolna  1
  13-220  Rybno                                       13-220  Rybno
  NIP:  5261040828                                    NIP:  5891003455
 Lp  Towar/usługa                 Ilość  Jm        Cena       Wartość   %        Brutto
  1  Toner do drukarki               4  szt.     100,00        400,00   23       492,00
                                                     Wartość  netto:          400,00  PLN
                                                     Podatek  VAT:             92,00  PLN
                                                     Wartość  brutto:         492,00  PLN
"""


def test_the_delivery_date_abbreviated() -> None:
    doc = parse_text(SHORT_LABELS, file="f.pdf", source=Source.PDF_TEXT)
    assert isinstance(doc, Invoice)
    assert (doc.issue_date, doc.sale_date) == (date(2026, 10, 14), date(2026, 10, 9))


PROSE_PROTOCOL = """\
                    PROTOKÓŁ PRZEKAZANIA SPRZĘTU
                          Nr PP/12/2026
Spisany w dniu 4 maja 2026 r. pomiędzy:
Komputronika Serwis Sp. z o.o. z siedzibą: ul. Polna 3, 60-101 Poznań, NIP 526-104-08-28,
zwaną dalej „Przekazującym”,
a Powiatem Gnieźnieńskim, ul. Papieża Jana Pawła II 9/10, 62-200 Gniezno, NIP 589-100-34-55,
zwanym dalej „Przejmującym”.
§ 1. Przekazujący wydaje, a Przejmujący przyjmuje:
   a) Monitor Iiyama ProLite XU2493HS-B5 24 cale – 6 (słownie: sześć) szt.
   b) Zasilacz awaryjny APC Back-UPS 1600VA z kartą sieciową i oprogramowaniem zarządzającym – 2
   (słownie: dwa) szt.
   c) Dysk zewnętrzny WD Elements 4 TB – 10 (słownie:
   dziesięć) szt.
§ 2. Strony nie wnoszą uwag.
"""


def test_a_protocol_naming_its_parties_in_a_sentence_and_listing_items_with_counts_in_words() -> None:
    doc = parse_text(PROSE_PROTOCOL, file="f.pdf", source=Source.PDF_TEXT)
    assert isinstance(doc, Protocol)
    assert (doc.seller.name, doc.seller.nip) == ("Komputronika Serwis Sp. z o.o.", "5261040828")
    assert doc.buyer.nip == "5891003455"
    assert [(i.name, i.qty, i.unit) for i in doc.items] == [
        ("Monitor Iiyama ProLite XU2493HS-B5 24 cale", D("6"), "szt."),
        ("Zasilacz awaryjny APC Back-UPS 1600VA z kartą sieciową i oprogramowaniem zarządzającym", D("2"), "szt."),
        ("Dysk zewnętrzny WD Elements 4 TB", D("10"), "szt."),
    ]


SCANNED_ROMAN = """\
                                                                   Nowy Sącz, 7.1.2026 r.
   FAKTURA Nr 114/1/2026
   Data wykonania usługi: 5.1.2026 r.
   Usługodawca:
   Serwis Komputerowy Beta Sp. z o.o.
   NIP 526-10-40-828
   Usługobiorca:
   Gmina Chełmiec
   NIP 734-35-09-310
 Lp.  Nazwa usługi                   Ilość  J.m.   Cena jedn.    Wartość   St.   Podatek     Wartość z
  1   Konserwacja serwera plików         2  usł.     1 200,00   2 400,00   23%     552,00     2 952,00
                                                         Wartość netto:            2 400,00 zł
                                                         Podatek VAT 23%:            552,00 zł
                                                         Wartość z podatkiem:      2 952,00 zł
"""


def test_a_scanned_number_whose_segment_of_strokes_is_the_month_in_roman_numerals_is_doubted() -> None:
    # "114/I/2026" printed; OCR read I as 1: the number may be either
    doc = parse_text(SCANNED_ROMAN, file="f.png", source=Source.OCR)
    assert isinstance(doc, Invoice)
    assert doc.number == "114/1/2026" and "number" in doc.uncertain
    # a segment that is not the month ("114/11/2026" in January) and a text PDF are not doubted
    other = parse_text(SCANNED_ROMAN.replace("114/1/2026", "114/11/2026"), file="f.png", source=Source.OCR)
    assert isinstance(other, Invoice) and "number" not in other.uncertain
    text = parse_text(SCANNED_ROMAN, file="f.pdf", source=Source.PDF_TEXT)
    assert isinstance(text, Invoice) and "number" not in text.uncertain


INSTITUTE = """\
        Instytut Ochrony Danych - Państwowy Instytut Badawczy
          ul. Lwowska 12, 33-300 Nowy Sącz, NIP 526-10-40-828
   Faktura nr 15/CEN/2026                                  Data wystawienia: 12.03.2026
   Nabywca
   Gmina Chełmiec, NIP 734-35-09-310
 Lp.  Nazwa                              Ilość  J.m.   Cena netto   Wartość netto  VAT   Wartość brutto
  1   Szkolenie z ochrony danych             1  usł.     1 000,00        1 000,00   zw         1 000,00
   Razem netto: 1 000,00   Razem brutto: 1 000,00
"""


def test_a_name_with_a_dash_ocr_could_not_tell_from_a_hyphen_is_uncertain() -> None:
    doubted = parse_text(INSTITUTE, file="f.png", source=Source.OCR, weak_tokens=("-",))
    assert isinstance(doubted, Invoice)
    assert doubted.seller.name == "Instytut Ochrony Danych - Państwowy Instytut Badawczy"
    assert "seller_name" in doubted.uncertain
    plain = parse_text(INSTITUTE, file="f.png", source=Source.OCR)
    assert isinstance(plain, Invoice) and "seller_name" not in plain.uncertain


EXEMPT_BILL = """\
Stowarzyszenie Cyfrowa Wieś
ul. Polna 3, 87-100 Toruń
KRS: 0000123456  NIP: 5261040828
                                 RACHUNEK nr 7/2026
                                                        Data wystawienia: 10 lutego 2026 r.
Dla:
Gmina Chełmża
NIP 734-35-09-310
 Lp.  Nazwa usługi                                  Ilość  J.m.   Cena jedn.       Wartość
  1   -  Szkolenie z cyberhigieny dla pracowników      1  usł.      1 200,00      1 200,00
      Razem                                                                      1 200,00
Sprzedawca korzysta ze zwolnienia od podatku VAT na podstawie art. 43 ust. 1 pkt 29 lit.  c ustawy o VAT
(usługa kształcenia finansowana ze środków publicznych).
"""


def test_a_sentence_opening_with_the_sellers_role_is_no_heading_even_when_ocr_left_a_wide_gap() -> None:
    doc = parse_text(EXEMPT_BILL, file="f.png", source=Source.OCR)
    assert isinstance(doc, Invoice)
    assert (doc.seller.name, doc.seller.nip) == ("Stowarzyszenie Cyfrowa Wieś", "5261040828")
    # and a speck of the cell rule between the row's number and its name is no part of the row
    assert [(i.name, i.qty, i.net) for i in doc.items] == [
        ("Szkolenie z cyberhigieny dla pracowników", D("1"), D("1200.00"))
    ]


SCANNED_CORRECTION = """\
 FAKTURA KORYGUJĄCA                                              Data wystawienia: 02.07.2026
 nr KS/4/2026                                                    Do faktury nr FS/91/2026 z dnia 09.06.2026
 Sprzedawca                                                  Nabywca
 Serwis Komputerowy Beta Sp. z o.o.                          Gmina Chełmiec
 NIP: 5261040828                                             NIP: 7343509310
 Przcd korektą
Lp.  Nazwa towaru / usługi                     Ilość  j.m.  Cena netto      Wartość   VAT    Kwota VAT       Wartość
 1   Monitor Iiyama ProLite 24 cale               2   szt.      500,00       1000,00  23%        230,00       1230,00
 2   Dysk SSD Kingston 480GB SATA                 4   szt.      200,00        800,00  23%        184,00        984,00
 Po korekcle
Lp.  Nazwa towaru / usługi                     Ilość  j.m.  Cena netto      Wartość   VAT    Kwota VAT       Wartość
 1   Monitor Iiyama ProLite 24 cale               2   szt.      500,00       1000,00   0%          0,00       1000,00
 2   Dysk SSD Kingston 48OGB SATA                 4   szt.      200,00        800,00   0%          0,00        800,00
                                                   Lróżnica (korekta)
                                                      Razem              0,00      -414,00      -414,00
"""


def test_a_scanned_corrections_garbled_section_headings_and_an_item_read_two_ways() -> None:
    doc = parse_text(SCANNED_CORRECTION, file="f.png", source=Source.OCR)
    assert isinstance(doc, Invoice)
    assert [(i.name, i.before_correction, i.gross) for i in doc.items] == [
        ("Monitor Iiyama ProLite 24 cale", True, D("1230.00")),
        ("Dysk SSD Kingston 480GB SATA", True, D("984.00")),
        ("Monitor Iiyama ProLite 24 cale", False, D("1000.00")),
        ("Dysk SSD Kingston 48OGB SATA", False, D("800.00")),
    ]
    assert (doc.net_total, doc.vat_total, doc.gross_total) == (D("0.00"), D("-414.00"), D("-414.00"))
    # the same item before and after, read differently: one of the readings is wrong
    assert "items" in doc.uncertain
    agreed = parse_text(SCANNED_CORRECTION.replace("48OGB", "480GB"), file="f.png", source=Source.OCR)
    assert isinstance(agreed, Invoice) and "items" not in agreed.uncertain
