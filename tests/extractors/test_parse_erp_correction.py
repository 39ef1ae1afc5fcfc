"""An ERP correction (issue 9, session 12): positions numbered 000010, 000020; justified text whose
words stand two spaces apart; the state marker beside the row and broken over two lines ("przed" /
"korektą"); the difference row and the correction's totals with the minus after the figure
("5.546,19- PLN")."""

from __future__ import annotations

from decimal import Decimal as D

from extractors.models import Invoice, Source
from extractors.parse import parse_text
from extractors.parse.numbers import find_amounts, parse_amount

TEXT = """\
Kujawskie Usługi Sieciowe S.A.
                                                                   Faktura korygująca
ul. Toruńska 5 · 85-001 Bydgoszcz
                                                                   Nr dokumentu                       5100200300
                                                                   Data dokumentu                      12.03.2026
Płatnik / Nabywca
                                                                   z dnia                              02.03.2026
Gmina Dobrcz
ul. Długa 50
86-022 Dobrcz
NIP PL1860913901
NIP sprzedawcy: PL6281948218
 Poz.   Opis                                                          Ilość  Cena jedn.   Wart. netto         VAT
 000010  Przełącznik  sieciowy  Zyxel  GS1900-24E     przed           10,000      400,00      4.000,00       920,00
                                                     korektą
                                                     po  korekcie     8,000      400,00      3.200,00       736,00
                                                     różnica         2,000-                   800,00-      184,00-
 000020  Punkt  dostępowy  Ubiquiti  U6  Lite  z      przed            5,000      500,00      2.500,00       575,00
        zasilaczem  PoE                              korektą
                                                     po  korekcie     5,000      450,00      2.250,00       517,50
                                                     różnica         0,000                    250,00-       57,50-
                                                                       Różnica wartości netto      1.050,00- PLN
                                                                Różnica podatku VAT 23,00 %          241,50- PLN
                                                                        Kwota korekty brutto       1.291,50- PLN
"""


def test_a_trailing_minus_is_a_negative_amount_and_a_rate_with_its_sign_apart_is_no_amount() -> None:
    assert parse_amount("1.050,00-") == D("-1050.00")
    assert [v for _, _, v in find_amounts("Różnica podatku VAT 23,00 %   241,50- PLN")] == [D("-241.50")]
    assert [v for _, _, v in find_amounts("od 12,50-13,00 zł")] == [D("12.50"), D("13.00")]


def test_an_erp_correction_with_markers_beside_its_rows() -> None:
    doc = parse_text(TEXT, file="k.pdf", source=Source.PDF_TEXT)
    assert isinstance(doc, Invoice)
    assert (doc.net_total, doc.vat_total, doc.gross_total) == (D("-1050.00"), D("-241.50"), D("-1291.50"))
    assert [(i.name, i.qty, i.net, i.before_correction) for i in doc.items] == [
        ("Przełącznik sieciowy Zyxel GS1900-24E", D(10), D("4000.00"), True),
        ("Przełącznik sieciowy Zyxel GS1900-24E", D(8), D("3200.00"), False),
        ("Punkt dostępowy Ubiquiti U6 Lite z zasilaczem PoE", D(5), D("2500.00"), True),
        ("Punkt dostępowy Ubiquiti U6 Lite z zasilaczem PoE", D(5), D("2250.00"), False),
    ]
    assert (doc.seller.nip, doc.buyer.nip, doc.buyer.name) == ("6281948218", "1860913901", "Gmina Dobrcz")
    assert doc.uncertain == ()
