"""Party values found by position: a block printed as a column of labels with the values right of
them under a "Podmiot1 – Sprzedawca" heading, "jak nabywca" in the payer's column (a value, not a
heading that would end the buyer's block before its NIP), and a wordmark letterhead whose company is
named with its NIP only in the legal footer."""

from __future__ import annotations

from extractors.models import Invoice, Source
from extractors.parse import parse_text

_TABLE = """\
Lp  Nazwa                                     Ilość  J.m.  Cena netto    Wartość netto  VAT      Brutto
 1  Licencja oprogramowania antywirusowego       10  szt.      120,00         1 200,00  23%    1 476,00
                                                       Razem netto: 1 200,00 PLN
                                                       Razem VAT: 276,00 PLN
                                                       Razem brutto: 1 476,00 PLN
"""

_LABEL_COLUMN = """\
Faktura VAT
Numer faktury                             FV 77/2026
Data wystawienia                          2026-03-02
 Podmiot1 – Sprzedawca
Identyfikator podatkowy NIP               5261040828
Nazwa                                     Softnet Polska Sp. z o.o.
Adres                                     ul. Polna 8
                                          00-625 Warszawa
Kraj                                      PL
 Podmiot2 – Nabywca
Identyfikator podatkowy NIP               5792203364
Nazwa                                     Gmina Stare Pole
Adres                                     ul. Marynarki Wojennej 3
                                          82-220 Stare Pole
Kraj                                      PL
"""


def test_a_party_block_of_labels_with_values_right_of_them() -> None:
    doc = parse_text(_LABEL_COLUMN + _TABLE, file="ksef.pdf", source=Source.PDF_TEXT)
    assert isinstance(doc, Invoice)
    assert (doc.seller.name, doc.seller.nip) == ("Softnet Polska Sp. z o.o.", "5261040828")
    assert (doc.buyer.name, doc.buyer.nip) == ("Gmina Stare Pole", "5792203364")
    assert doc.seller.address == "ul. Polna 8, 00-625 Warszawa"


_PAYER_SAME_AS_BUYER = """\
                                           FAKTURA VAT nr 15/2026
Sprzedawca: Softnet Polska Sp. z o.o., ul. Polna 8, 00-625 Warszawa, NIP 5261040828
  ODBIORCA:                               NABYWCA:                                PŁATNIK:
  Szkoła Podstawowa nr 2                  Gmina Stare Pole                        Gmina Stare Pole
  ul. Szkolna 4                           ul. Marynarki Wojennej 3                jak nabywca
  82-220 Stare Pole                       82-220 Stare Pole
                                          NIP 579-220-33-64
"""


def test_jak_nabywca_in_the_payers_column_does_not_end_the_buyers_block() -> None:
    doc = parse_text(_PAYER_SAME_AS_BUYER + _TABLE, file="odbiorca.pdf", source=Source.PDF_TEXT)
    assert isinstance(doc, Invoice)
    assert (doc.buyer.name, doc.buyer.nip) == ("Gmina Stare Pole", "5792203364")
    assert doc.recipient is not None and doc.recipient.name == "Szkoła Podstawowa nr 2"


_WORDMARK = """\
                                                                              Biuro: ul. Polna 8
                                                                              00-625 Warszawa
KSN                                                                           kontakt@ksn.com.pl
sieci · serwis · bezpieczeństwo
Faktura VAT nr 8/03/2026                                       Nabywca:
z dnia 02.03.2026                                              Gmina Stare Pole
                                                               NIP 579-220-33-64
"""
_LEGAL_FOOTER = """\
Przelew na rachunek: 10 1020 1026 0000 1902 0123 4567, PKO BP S.A.
                 Kujawska Sieć Normalna KSN Sp. z o.o., ul. Polna 8, 00-625 Warszawa, NIP 5261040828
                 Sąd Rejonowy – KRS 0000123456, kapitał zakładowy 50 000,00 zł
"""


def test_a_wordmark_letterhead_names_its_company_in_the_legal_footer() -> None:
    doc = parse_text(_WORDMARK + _TABLE + _LEGAL_FOOTER, file="ksn.pdf", source=Source.PDF_TEXT)
    assert isinstance(doc, Invoice)
    assert (doc.seller.name, doc.seller.nip) == ("Kujawska Sieć Normalna KSN Sp. z o.o.", "5261040828")
    assert doc.buyer.nip == "5792203364"


def test_a_footer_of_another_company_is_no_seller() -> None:
    vendor = "Wystawiono w programie Fakturex Sp. z o.o., NIP 7010012304\n"
    doc = parse_text(_WORDMARK + _TABLE + vendor, file="ksn.pdf", source=Source.PDF_TEXT)
    assert isinstance(doc, Invoice)
    assert doc.seller.nip != "7010012304"


_PAYMENT_BESIDE_THE_HEADING = """\
FAKTURA VAT                                                       Data wystawienia:  10.06.2026
Nr:  12/FV/06/2026                                                   Data dostawy:  08.06.2026
Sprzedawca:
                                                                     Sposób zapłaty:  przelew
Softnet Polska Sp. z o.o.
ul. Polna 8, 00-625 Warszawa
NIP: 526-104-08-28
Nabywca:
Gmina Stare Pole
NIP: 579-220-33-64
"""


def test_a_payment_field_beside_the_seller_heading_is_no_part_of_its_name() -> None:
    doc = parse_text(_PAYMENT_BESIDE_THE_HEADING + _TABLE, file="pcim.pdf", source=Source.PDF_TEXT)
    assert isinstance(doc, Invoice)
    assert (doc.seller.name, doc.seller.nip) == ("Softnet Polska Sp. z o.o.", "5261040828")
