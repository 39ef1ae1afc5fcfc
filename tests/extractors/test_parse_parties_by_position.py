"""Parties by position (issue 9, session 12): contract headings ("Zleceniodawca", "Wykonawca usługi"),
a second-language heading under the Polish one, a document's title above unlabelled blocks, and the
self-check that reports a party "name" that is a heading, a title or an address as uncertain."""

from __future__ import annotations

from extractors.models import Invoice, Party, Protocol, Source
from extractors.parse import parse_text
from extractors.parse.confidence import assess_protocol
from extractors.parse.rows import ocr_number

# Valid check digits, no real firms.
SELLER_NIP, BUYER_NIP = "6281948218", "1860913901"

_ROWS = """\
Lp.  Nazwa usługi                                   Ilość   J.m.
 1.  Wdrożenie systemu kopii zapasowych                1    usł.
Zamawiający potwierdza wykonanie usługi bez zastrzeżeń.
"""


def _protocol(text: str, source: Source = Source.PDF_TEXT) -> Protocol:
    doc = parse_text(text, file="p.pdf", source=source)
    assert isinstance(doc, Protocol)
    return doc


def test_contract_headings_with_a_qualifier_tie_each_nip_to_its_party() -> None:
    text = f"""\
PROTOKÓŁ ODBIORU USŁUGI nr 4/WDR/2026 z dnia 02.03.2026
Zleceniodawca                                        Wykonawca usługi
Powiat Kępiński                                      Backup Serwis Sp. z o.o.
Starostwo Powiatowe w Kępnie                         ul. Wrocławska 7, 50-101 Wrocław
ul. Kwiatowa 2, 63-600 Kępno                         NIP {SELLER_NIP}
NIP {BUYER_NIP}
{_ROWS}"""
    doc = _protocol(text)
    assert (doc.seller.name, doc.seller.nip) == ("Backup Serwis Sp. z o.o.", SELLER_NIP)
    assert (doc.buyer.name, doc.buyer.nip) == ("Powiat Kępiński", BUYER_NIP)


def test_zleceniobiorca_sells_whichever_column_it_heads() -> None:
    text = f"""\
PROTOKÓŁ ODBIORU nr 9/2026 z dnia 12.05.2026
Zleceniobiorca:                                      Zleceniodawca:
Serwis IT Nowak Sp. z o.o.                           Gmina Lipno
ul. Długa 1, 87-600 Lipno                            ul. Mickiewicza 29, 87-600 Lipno
NIP {SELLER_NIP}                                     NIP {BUYER_NIP}
{_ROWS}"""
    doc = _protocol(text)
    assert (doc.seller.nip, doc.buyer.nip) == (SELLER_NIP, BUYER_NIP)
    assert doc.buyer.name == "Gmina Lipno"


def test_a_second_language_heading_under_the_buyer_heading_is_no_new_block() -> None:
    text = f"""\
Nordic Backup AB                                                     FAKTURA / INVOICE
Storgatan 4, 111 51 Stockholm                                        Nr / No.: NB-2026-0077
NIP (PL): {SELLER_NIP}
Nabywca                                              Data wystawienia
                                                                                  2026-04-02
Bill to                                              Issue date
Gmina Kcynia                                         Termin płatności             2026-04-16
ul. Rynek 23                                         Due date
89-240 Kcynia
NIP / VAT ID: PL{BUYER_NIP}
Lp.  Opis / Description                    Ilość   Cena     Netto    VAT    Brutto
 1   Usługa kopii w chmurze 12 mies.          1   300,00   300,00    NP    300,00
Razem netto / Total net: 300,00 EUR
VAT: 0,00 EUR
Do zapłaty / Amount due: 300,00 EUR
"""
    doc = parse_text(text, file="f.pdf", source=Source.PDF_TEXT)
    assert isinstance(doc, Invoice)
    assert (doc.buyer.name, doc.buyer.nip) == ("Gmina Kcynia", BUYER_NIP)


def test_the_title_above_unlabelled_blocks_is_no_party_and_the_unit_buys() -> None:
    text = f"""\
PROTOKÓŁ ODBIORU PRAC INSTALACYJNYCH
nr 31/INS/2026 z dnia 20.05.2026
Gmina Baranów                                              Instalatorzy Sieci Sp. z o.o.
Urząd Gminy Baranów                                        ul. Polna 3, 62-800 Kalisz
ul. Szkolna 1, 63-604 Baranów                              NIP {SELLER_NIP}
NIP {BUYER_NIP}
{_ROWS}"""
    doc = _protocol(text)
    assert (doc.seller.name, doc.seller.nip) == ("Instalatorzy Sieci Sp. z o.o.", SELLER_NIP)
    assert (doc.buyer.name, doc.buyer.nip) == ("Gmina Baranów", BUYER_NIP)


def _assessed(seller: str, buyer: str) -> list[str]:
    doc = Protocol(
        file="p.pdf",
        source=Source.OCR,
        number="1/2026",
        seller=Party(name=seller, nip=SELLER_NIP),
        buyer=Party(name=buyer, nip=BUYER_NIP),
    )
    return [f for f in assess_protocol(doc).uncertain if f.endswith("_name")]


def test_a_party_name_that_is_a_heading_title_or_address_is_uncertain() -> None:
    assert _assessed("PROTOKÓŁ ODBIORU SPRZĘTU", "Gmina Lipno") == ["seller_name"]
    assert _assessed("Firma Kowalski", "Wykonawca usługi Firma Nowak") == ["buyer_name"]
    assert _assessed("Firma Kowalski", "Bil to") == ["buyer_name"]
    assert _assessed("ul. Polna 3, 62-800 Kalisz", "Gmina Lipno") == ["seller_name"]
    assert _assessed("Rynek Serwis Sp. z o.o.", "Miasto Ulanów") == []


def test_ocr_letter_segment_of_a_number_gets_its_letters_back() -> None:
    assert ocr_number("7/5ZK/2026") == "7/SZK/2026"
    assert ocr_number("PO/8RK/2026") == "PO/BRK/2026"
    assert ocr_number("FV/58/2026") == "FV/58/2026"  # digits only: a number, not letters
    assert ocr_number("12/55A/2026") == "12/55A/2026"  # two digits: not one misread letter


def test_a_nip_whose_country_prefix_ocr_misread_is_taken_with_a_valid_check_digit() -> None:
    from extractors.parse.nip import find_nips

    assert find_nips(f"NIP FL{SELLER_NIP}      NIP PL{BUYER_NIP}") == [(0, SELLER_NIP), (22, BUYER_NIP)]
    assert find_nips("NIP FL7999209201") == []  # a wrong check digit: not taken


def test_a_scanned_number_with_letter_like_digits_in_a_letter_segment_is_uncertain() -> None:
    def doubted(number: str) -> bool:
        doc = Protocol(file="p.png", source=Source.OCR, number=number)
        return "number" in assess_protocol(doc).uncertain

    assert doubted("14/52K/2026")
    assert not doubted("14/SZK/2026")
    assert not doubted("FS 6442/MAG3/2026")  # 3 is no letter's look-alike
    assert not doubted("FV/2026/118")


_INVOICE_ROWS = """\
Lp.  Nazwa                                   Ilość  J.m.   Cena netto   Wartość netto  VAT   Wartość brutto
 1   Usługa hostingu serwera                     1  usł.       100,00          100,00  23%           123,00
Razem netto: 100,00
Razem VAT: 23,00
Razem brutto: 123,00
"""


def _invoice(text: str) -> Invoice:
    doc = parse_text(text, file="f.pdf", source=Source.PDF_TEXT)
    assert isinstance(doc, Invoice)
    return doc


def test_a_customer_heading_beside_the_customer_number() -> None:
    text = f"""\
  Chmura Beskid Sp. z o.o.                                                   Faktura VAT
  ul. Zamkowa 2                                                              HB/2026/02/77
  43-300 Bielsko-Biała
  NIP: {SELLER_NIP}
  Klient:                                                    Nr klienta:
  Gmina Jeleśnia                                             K-1200
  ul. Plac Józefa Grzesiaka 1
  34-340 Jeleśnia
  NIP: {BUYER_NIP}
{_INVOICE_ROWS}"""
    doc = _invoice(text)
    assert (doc.seller.name, doc.seller.nip) == ("Chmura Beskid Sp. z o.o.", SELLER_NIP)
    assert (doc.buyer.name, doc.buyer.nip) == ("Gmina Jeleśnia", BUYER_NIP)


def test_a_letter_invoice_ties_nip_nabywcy_to_the_unit_in_the_envelope_window() -> None:
    text = f"""\
ZAKŁAD USŁUG KOMPUTEROWYCH BAJT JAN NOWAK
Zakład Usług Komputerowych BAJT Jan Nowak · ul. Długa 4 · 15-001 Białystok
                                                               Faktura nr                     ZB-77/2026
Gmina Juchnowiec Kościelny
                                                               Data                            02.03.2026
Urząd Gminy Juchnowiec Kościelny
                                                               NIP nabywcy                    {BUYER_NIP}
ul. Lipowa 2                                                   Opiekun                         A. Wrona
16-061 Juchnowiec Kościelny
Faktura VAT ZB-77/2026
Szanowni Państwo, obciążamy Państwa za:
{_INVOICE_ROWS}
Zakład Usług Komputerowych BAJT Jan Nowak  NIP: {SELLER_NIP}       Bank: Bank Spółdzielczy
"""
    doc = _invoice(text)
    assert (doc.seller.name, doc.seller.nip) == ("Zakład Usług Komputerowych BAJT Jan Nowak", SELLER_NIP)
    assert (doc.buyer.name, doc.buyer.nip) == ("Gmina Juchnowiec Kościelny", BUYER_NIP)


def test_nip_sprzedawcy_under_the_buyer_gives_the_letterhead_its_nip() -> None:
    text = f"""\
Podlaskie Systemy Danych S.A.
                                                                   Faktura VAT
al. Piłsudskiego 1 · 15-444 Białystok
                                                                   Nr dokumentu                       9000123
Płatnik / Nabywca
                                                                   z dnia                              06.03.2026
Powiat Sokólski
Starostwo Powiatowe w Sokółce
ul. Marszałka Józefa Piłsudskiego 8
16-100 Sokółka
NIP PL{BUYER_NIP}
NIP sprzedawcy: PL{SELLER_NIP}
{_INVOICE_ROWS}"""
    doc = _invoice(text)
    assert (doc.seller.name, doc.seller.nip) == ("Podlaskie Systemy Danych S.A.", SELLER_NIP)
    assert (doc.buyer.name, doc.buyer.nip) == ("Powiat Sokólski", BUYER_NIP)


def test_the_documents_data_on_the_heading_line_and_a_name_broken_by_ocr() -> None:
    heading = f"""\
Podlaskie Systemy Danych S.A.
                                                                      Faktura VAT
al. Piłsudskiego 1 · 15-444 Białystok
Płatnik / Nabywca                                                     Dok. pierwotny                     9067580101
Powiat Sokólski                                                      z dnia                               06.03.2026
ul. Marszałka Józefa Piłsudskiego 8
16-100 Sokółka
NIP PL{BUYER_NIP}
NIP sprzedawcy: PL{SELLER_NIP}
{_INVOICE_ROWS}"""
    assert _invoice(heading).buyer.name == "Powiat Sokólski"
    window = f"""\
ZAKŁAD USŁUG KOMPUTEROWYCH BAJT JAN NOWAK
Zakład Usług Komputerowych BAJT Jan Nowak - ul. Długa 4 - 15-001 Białystok
                                                               Faktura nr                     ZB-77/2026
Gmina
      Juchnowiec                                               Data                            02.03.2026
Urząd Gminy Juchnowiec Kościelny
ul. Lipowa 2                                                   NIP nabywcy                    {BUYER_NIP}
16-061 Juchnowiec Kościelny
{_INVOICE_ROWS}
Zakład Usług Komputerowych BAJT Jan Nowak  NIP: {SELLER_NIP}       Bank: Bank Spółdzielczy
"""
    doc = parse_text(window, file="f.png", source=Source.OCR)
    assert isinstance(doc, Invoice)
    assert (doc.buyer.name, doc.buyer.nip, doc.seller.nip) == ("Gmina Juchnowiec", BUYER_NIP, SELLER_NIP)


def test_an_invoice_whose_title_ocr_lost_is_known_by_od_dla_columns() -> None:
    text = f"""\
Nr INV/2026/77
  OD                                                      DLA
  Serwis IT Nowak Sp. z o.o.                              Gmina Lipno
  NIP PL{SELLER_NIP}                                      NIP {BUYER_NIP}
{_INVOICE_ROWS}"""
    doc = parse_text(text, file="f.png", source=Source.OCR)
    assert isinstance(doc, Invoice)
    assert doc.kind.value == "invoice" and "kind" in doc.uncertain


def test_a_letterhead_nip_whose_label_ocr_put_on_the_next_line() -> None:
    text = f"""\
  Chmura Beskid Sp. z o.o.                                                   Faktura VAT
  ul. Zamkowa 2                                                              HB/2026/02/77
      {SELLER_NIP}
  NIP:
  Klient:
  Gmina Jeleśnia
  NIP: {BUYER_NIP}
{_INVOICE_ROWS}"""
    doc = parse_text(text, file="f.png", source=Source.OCR)
    assert isinstance(doc, Invoice)
    assert (doc.seller.name, doc.seller.nip, doc.buyer.nip) == ("Chmura Beskid Sp. z o.o.", SELLER_NIP, BUYER_NIP)
