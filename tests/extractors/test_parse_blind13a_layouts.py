"""Session 16, phase 2 (issue 9): causes found on blind13a, each written here in words and figures of its
own – an English-headed usage bill (a unit printed before its count, "Subtotal (net)" / "Total (gross)"),
a rate group's letter under "PTU", a buyer's correcting note whose headings name the invoice's roles in
brackets, a long institute's name wrapped before its legal form.
"""

from __future__ import annotations

from decimal import Decimal

from extractors.models import DocumentKind, Invoice, Source
from extractors.parse import parse_text

D = Decimal

USAGE_BILL = """\
Chmura Regionalna S.A.                                                        Faktura VAT
ul. Portowa 1, 80-001 Gdańsk · NIP 5261040828                                  nr CR/2026/07/118
Nabywca / Customer                                          Data wystawienia            2026-08-01
Gmina Kartuzy                                               Data wykonania usługi       2026-07-31
NIP 5891003455
 #   Service                                  Meter        Quantity     Unit price   Tax      Amount net
  1  Serwer wirtualny 2 vCPU                   h            744,000        0,0500   23%           37,20
  2  Magazyn obiektowy                     TB-mies.           2,500       40,0000   23%          100,00
                                                                          Subtotal (net)      137,20 PLN
                                                                          VAT 23%              31,56 PLN
                                                                          Total (gross)       168,76 PLN
"""


def test_a_unit_before_its_count_and_english_totals() -> None:
    doc = parse_text(USAGE_BILL, file="f.pdf", source=Source.PDF_TEXT)
    assert isinstance(doc, Invoice)
    assert [(i.name, i.qty, i.net) for i in doc.items] == [
        ("Serwer wirtualny 2 vCPU", D("744"), D("37.20")),
        ("Magazyn obiektowy", D("2.5"), D("100.00")),
    ]
    assert (doc.net_total, doc.vat_total, doc.gross_total) == (D("137.20"), D("31.56"), D("168.76"))


PTU_TABLE = """\
SKLEP BIUROWY ARKUSZ SP. Z O.O.                                        FAKTURA NR S12/4410/26
NIP 5261040828                                                         data wystawienia 03.03.2026
NABYWCA
Gmina Żukowo
NIP 5891003455
 Lp   Nazwa                                  Ilość    Cena jedn.     Wartość   PTU   Wartość brutto
                                                          netto        netto
  1   Niszczarka biurowa P-4                     2        400,00      800,00   A           984,00
  2   Podręcznik dla szkoły                     10         20,00      200,00   C           210,00
PTU: A – 23%  B – 8%  C – 5%
                                                    Netto        PTU       Brutto
                        Sprzedaż opodatkowana A 23%   800,00     184,00     984,00
                        Sprzedaż opodatkowana C 5%    200,00      10,00     210,00
                        SUMA                        1 000,00     194,00   1 194,00
"""


def test_a_rate_groups_letter_under_ptu_is_no_part_of_the_name() -> None:
    doc = parse_text(PTU_TABLE, file="f.pdf", source=Source.PDF_TEXT)
    assert isinstance(doc, Invoice)
    assert [i.name for i in doc.items] == ["Niszczarka biurowa P-4", "Podręcznik dla szkoły"]


BUYERS_NOTE = """\
                                                                 Żukowo, dnia 10.03.2026 r.
                   NOTA KORYGUJĄCA nr 4/2026
Wystawca noty (nabywca):                              Odbiorca noty (sprzedawca):
Gmina Żukowo                                          Sklep Biurowy Arkusz Sp. z o.o.
ul. Gdańska 52                                        ul. Długa 3
83-330 Żukowo                                         80-001 Gdańsk
NIP: 589-100-34-55                                    NIP: 526-104-08-28
Dotyczy faktury nr S12/4410/26 z dnia 03.03.2026 r.
 Pozycja            Treść korygowana                  Treść prawidłowa
 Nazwa nabywcy      Urząd Gminy                       Gmina Żukowo
"""


def test_a_buyers_correcting_note_takes_the_roles_named_in_brackets() -> None:
    doc = parse_text(BUYERS_NOTE, file="f.pdf", source=Source.PDF_TEXT)
    assert doc.kind is DocumentKind.CORRECTION
    assert (doc.seller.name, doc.seller.nip) == ("Sklep Biurowy Arkusz Sp. z o.o.", "5261040828")
    assert (doc.buyer.name, doc.buyer.nip) == ("Gmina Żukowo", "5891003455")


INSTITUTE = """\
               Instytut Łączności Cyfrowej i Bezpieczeństwa
                    Sieci Publicznych – Państwowy Instytut Badawczy
                       ul. Szachowa 1, 04-894 Warszawa · NIP 526-104-08-28
Faktura nr 77/SZK/2026                                        Data wystawienia: 12.06.2026
  Nabywca
  Gmina Żukowo
  NIP 5891003455
 Lp.  Nazwa usługi                         Ilość  J.m.   Cena netto    Wartość netto   VAT   Wartość brutto
  1   Szkolenie z cyberhigieny               1   usł.     1 000,00        1 000,00    zw        1 000,00
                                                          Razem           1 000,00              1 000,00
"""


def test_a_long_name_wrapped_before_its_legal_form_is_one_seller() -> None:
    doc = parse_text(INSTITUTE, file="f.pdf", source=Source.PDF_TEXT)
    assert doc.seller.name == (
        "Instytut Łączności Cyfrowej i Bezpieczeństwa Sieci Publicznych – Państwowy Instytut Badawczy"
    )


def test_a_scans_garbled_hash_before_service() -> None:
    scanned = USAGE_BILL.replace(" #   Service", " ł+  Service")
    doc = parse_text(scanned, file="f.png", source=Source.OCR)
    assert [i.name for i in doc.items] == ["Serwer wirtualny 2 vCPU", "Magazyn obiektowy"]
