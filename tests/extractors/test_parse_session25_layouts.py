"""Session 25 (issue 9): the silent values of blind21b (held out last session, read now), by mechanism, each
written here in words and figures of its own.

- a date wrapped in a table cell under another document's number ("Pomniejszenie o zaliczkę – faktura
  ZAL/7/03/2026 z" / "dnia 12.03.2026") is that document's date, never the issue date taken for a label the scan
  lost;
- a distributor's part number under the name ("P/N: 5TW10AA", over "EAN: …") is a code, not the name's rest; a name
  that still holds one is uncertain;
- a single look-alike figure in a series' place ("768/5/07/2026": S read as 5) is uncertain on a scan;
- a number ending in a month and a year's first figure ("F 724/08/2") was cut at the line's end: uncertain;
- OCR's "Łicencja" is "Licencja"; "klas IV-VI" (a range of Roman numerals) is printed with an en dash;
- "Sp. z 0.0" at the end of a line (its last dot lost too) is "Sp. z o.o.".
"""

# ruff: noqa: E501 - the layouts are as wide as the printed pages

from __future__ import annotations

import io
from datetime import date

from PIL import Image, ImageDraw, ImageFont

from extractors.models import Invoice, Source
from extractors.parse import parse_text
from extractors.parse.confidence import _name_problem
from extractors.parse.invoice import ocr_name
from extractors.parse.parties import ocr_legal_form
from extractors.read import read_bytes

# The issue-date line at the top is gone (a scan lost it): only the delivery date is labelled.
_FINAL = """\
FAKTURA KOŃCOWA
                                                                           Data dostawy: 28.04.2026
Nr FK/12/04/2026
Sprzedawca                                           Nabywca
Mazurskie Centrum Sieci Sp. z o.o.                   Gmina Ruciane-Nida
ul. Olsztyńska 12                                    ul. Dworcowa 14
11-700 Mrągowo                                       12-220 Ruciane-Nida
NIP: 7421002394                                      NIP: 8491002377
Lp.  Nazwa towaru lub usługi                Ilość  j.m.  Cena netto   Wartość netto  VAT  Kwota VAT   Wartość brutto
 1   Przełącznik sieciowy 24 porty             2   szt.    2 000,00       4 000,00   23%     920,00      4 920,00
     Wartość zamówienia razem                                             4 000,00           920,00      4 920,00
     Pomniejszenie o zaliczkę – faktura ZAL/7/03/2026 z                  -2 000,00   23%    -460,00     -2 460,00
     dnia 12.03.2026
                                                              Pozostało do zapłaty: 2 460,00 zł
"""


def test_a_date_wrapped_under_another_documents_number_is_not_the_issue_date() -> None:
    doc = parse_text(_FINAL, file="skan.png", source=Source.OCR)
    assert isinstance(doc, Invoice)
    assert doc.issue_date != date(2026, 3, 12) or "issue_date" in doc.uncertain
    if doc.issue_date is not None:
        assert "issue_date" in doc.uncertain
    # the same row on one line was already another document's date
    one_line = _FINAL.replace("ZAL/7/03/2026 z", "ZAL/7/03/2026 z dnia 12.03.2026").replace(
        "     dnia 12.03.2026\n", ""
    )
    doc = parse_text(one_line, file="skan.png", source=Source.OCR)
    assert doc.issue_date != date(2026, 3, 12) or "issue_date" in doc.uncertain


def test_the_wrapped_advance_row_read_by_tesseract_gives_no_silent_issue_date() -> None:
    font = ImageFont.truetype("/usr/share/fonts/truetype/dejavu/DejaVuSansMono.ttf", 30)
    lines = _FINAL.splitlines()
    image = Image.new("L", (2400, 160 + 48 * len(lines)), 255)
    draw = ImageDraw.Draw(image)
    for index, line in enumerate(lines):
        draw.text((60, 100 + 48 * index), line, font=font, fill=0)
    out = io.BytesIO()
    image.save(out, format="PNG", dpi=(300, 300))
    doc = read_bytes(out.getvalue(), name="koncowa.png")
    assert isinstance(doc, Invoice)
    assert doc.issue_date is None or "issue_date" in doc.uncertain


_DISTRIBUTOR = """\
FAKTURA VAT FV41/552310
Data wystawienia: 11.05.2026
Sprzedawca                                           Nabywca
Hurtownia Komputerowa BITLAND Sp. z o.o.             Gmina Orneta
NIP: PL7390106733                                    NIP: 7431003399
Lp.  Opis towaru                               Ilość  J.m.  Cena netto   Wartość netto  VAT  Kwota VAT  Wartość brutto
 1   Stacja dokująca HP USB-C Dock G5             2   szt.    600,00       1 200,00    23%    276,00     1 476,00
     zasilacz 120 W
     P/N: 5TW10AA
     EAN: 5907402964604
                                                                  Razem    1 200,00           276,00     1 476,00
"""


def test_a_part_number_under_the_name_is_a_code_not_the_names_rest() -> None:
    doc = parse_text(_DISTRIBUTOR, file="f.pdf", source=Source.PDF_TEXT)
    assert isinstance(doc, Invoice)
    assert [i.name for i in doc.items] == ["Stacja dokująca HP USB-C Dock G5 zasilacz 120 W"]
    problem = _name_problem("Stacja dokująca HP USB-C Dock G5 zasilacz 120 W P/N: STWLOAA")
    assert problem is not None and "P/N:" in problem
    assert _name_problem("Stacja dokująca HP USB-C Dock G5 zasilacz 120 W") is None


_NUMBERED = """\
FAKTURA VAT                                                      Data wystawienia: 06.07.2026
Nr dokumentu: {number}
Sprzedawca                                           Nabywca
Opolskie Sieci Sp. z o.o.                            Gmina Turawa
NIP: 7542987210                                      NIP: 9910256812
Lp.  Nazwa                                    Ilość  J.m.  Cena netto   Wartość netto  VAT   Wartość brutto
 1.  Przełącznik PoE 24 porty                    1  szt.    1 000,00       1 000,00   23%         1 230,00
Razem                                                                      1 000,00   230,00      1 230,00
"""


def test_a_lone_lookalike_figure_in_a_series_place_is_uncertain_on_a_scan() -> None:
    doc = parse_text(_NUMBERED.format(number="768/5/07/2026"), file="f.png", source=Source.OCR)
    assert doc.number == "768/5/07/2026" and "number" in doc.uncertain
    assert any("pojedyncza cyfra" in w.message for w in doc.warnings)
    # a text layer prints what it prints; a number without a figure in that place raises nothing
    pdf = parse_text(_NUMBERED.format(number="768/5/07/2026"), file="f.pdf", source=Source.PDF_TEXT)
    assert "number" not in pdf.uncertain
    plain = parse_text(_NUMBERED.format(number="768/S/07/2026"), file="f.png", source=Source.OCR)
    assert "number" not in plain.uncertain


def test_a_number_ending_in_a_years_first_figure_is_uncertain() -> None:
    doc = parse_text(_NUMBERED.format(number="F 724/08/2"), file="f.png", source=Source.OCR)
    assert "number" in doc.uncertain
    whole = parse_text(_NUMBERED.format(number="F 724/08/2026"), file="f.png", source=Source.OCR)
    assert "number" not in whole.uncertain


def test_ocr_slips_in_names_read_back() -> None:
    assert ocr_name("Łicencja Windows Server 2025 Standard") == "Licencja Windows Server 2025 Standard"
    assert ocr_name("Łódź") == "Łódź"
    assert ocr_name("Lektury – zestaw dla klas IV-VI (12 tytułów)") == "Lektury – zestaw dla klas IV–VI (12 tytułów)"
    assert ocr_name("Zeszyty dla klas I-III") == "Zeszyty dla klas I–III"
    assert ocr_name("Kabel HDMI-VGA 2 m") == "Kabel HDMI-VGA 2 m"
    assert ocr_legal_form("Hurtownia Informatyczna BITLAND Sp. z 0.0") == "Hurtownia Informatyczna BITLAND Sp. z o.o."
    assert ocr_legal_form("Hurtownia Sp. z o.o") == "Hurtownia Sp. z o.o"


def test_a_part_number_ocr_read_without_figures_is_still_a_code() -> None:
    ocr = _DISTRIBUTOR.replace("P/N: 5TW10AA", "P/N: STWLOAA")
    doc = parse_text(ocr, file="f.png", source=Source.OCR)
    assert [i.name for i in doc.items] == ["Stacja dokująca HP USB-C Dock G5 zasilacz 120 W"]
    dollar = parse_text(_DISTRIBUTOR.replace("P/N: 5TW10AA", "P/N: S$MT1500"), file="f.png", source=Source.OCR)
    assert [i.name for i in dollar.items] == ["Stacja dokująca HP USB-C Dock G5 zasilacz 120 W"]


_PROTOCOL = """\
                              PROTOKÓŁ ODBIORU KOŃCOWEGO
                                                  Nr PO/31/2026
                                                                                       Nysa, 11-05-2026
Wykonawca                                                    Zamawiający
Nyskie Centrum Serwisowe Sp. z o.o.                          Gmina Otmuchów
NIP: 7531002911                                              NIP: 7531308812
 Lp.  Nazwa urządzenia                          Ilość J.m.   Miejsce instalacji          Numer seryjny
  1   skaner dokumentów Canon DR-C240              3]szt.   Budynek A pok. 12           KX81234, KX81235, KX81236
  2   Notebook Dell Latitude 3540 i5 16 GB         2  szt.  Budynek A pok. 14           CN0R1234, CN0R1299
Uwagi: brak.
              Jan Kowal                              Ewa Nowak
              Wykonawca                              Zamawiający
"""


def test_a_numbered_row_whose_count_ocr_glued_to_a_bracket_still_counts_as_a_row() -> None:
    from extractors.models import Protocol
    from extractors.parse.protocol import numbered_rows

    assert numbered_rows(_PROTOCOL, ocr=True) == 2
    doc = parse_text(_PROTOCOL, file="p.png", source=Source.OCR)
    assert isinstance(doc, Protocol)
    assert len(doc.items) == 2 or "items" in doc.uncertain


def test_a_series_and_its_model_read_with_8_for_b_are_spelt_back() -> None:
    assert ocr_name("Notebook ASUS ExpertBook Bl 81502 i5") == "Notebook ASUS ExpertBook B1 B1502 i5"
    assert ocr_name("Notebook ASUS ExpertBook 81 B1402 i5") == "Notebook ASUS ExpertBook B1 B1402 i5"
    assert ocr_name("Notebook ASUS Expert8ook B1 B1502") == "Notebook ASUS ExpertBook B1 B1502"
    assert ocr_name("Przewód 81 81502") == "Przewód 81 81502"  # figures both: nothing says a letter
    assert ocr_name("Dysk 8TB") == "Dysk 8TB"


_QR_HEADER = """\
 MJ    ET]   TJM   Numer KSeF:                                                        Faktura a  ura VAT
     LH
 rm                5261040828-20260502-467AACB4C85F-20
         p
a    ch           Zeskanuj, aby zweryfikować fakturę w KSeF                           FV/61/05/2026/MPP
                                                                                        z dnia 04.05.2026
Sprzedawca                                                    Nabywca
Mazowiecka Informatyka Sp. z o.o.                             Gmina Wiskitki
NIP: 5261040828                                               NIP: 8381002934
Lp.  Nazwa                                    Ilość  J.m.  Cena netto   Wartość netto  VAT   Wartość brutto
 1.  Przełącznik PoE 24 porty                    1  szt.    1 000,00       1 000,00   23%         1 230,00
Razem                                                                      1 000,00   230,00      1 230,00
"""


def test_a_number_under_a_title_ocr_read_twice_over_itself_beside_a_qr_code() -> None:
    doc = parse_text(_QR_HEADER, file="f.png", source=Source.OCR)
    assert doc.number == "FV/61/05/2026/MPP"


_SELLER_RIGHT = """\
                                               FAKTURA
                                             FA/2026/03/0077
                               Data wystawienia 09.03.2026  Data dostawy 05.03.2026
Nabywca                                                                                            Sprzedawca
Gmina Ozimek                                                   Pracownia Systemów Informatycznych i Łączności
ul. Księżycowa 1                                                              DATANET Zieliński spółka jawna
46-040 Ozimek                                                                                     ul. Opolska 6/3
NIP 9910302113                                                                                     45-064 Opole
                                                                                                NIP 7543012215
Odbiorca
Szkoła Podstawowa nr 2 im. Jana Pawła II
Lp.  Nazwa                                    Ilość  J.m.  Cena netto   Wartość netto  VAT   Wartość brutto
 1.  Wizualizer USB 8 Mpx                        1  szt.    1 000,00       1 000,00   23%         1 230,00
Razem                                                                      1 000,00   230,00      1 230,00
"""


def test_a_seller_set_flush_right_in_two_lines_keeps_its_first_line() -> None:
    for source in (Source.PDF_TEXT, Source.OCR):
        doc = parse_text(_SELLER_RIGHT, file="f.pdf", source=source)
        assert doc.seller.name == "Pracownia Systemów Informatycznych i Łączności DATANET Zieliński spółka jawna"
        assert doc.buyer.name == "Gmina Ozimek"


_WIDE_CORRECTION = """\
FAKTURA KORYGUJĄCA                                                                      Data wystawienia: 2026.09.21
Nr KOR/011/2026                                                           Do faktury nr FV/233/2026 z dnia 2026.08.30
Sprzedawca                                                   Nabywca
Podhalańskie Systemy IT Sp. z o.o.                           Gmina Czorsztyn
NIP 7361002286                                               NIP 7352863313
 Lp.  Nazwa                              J.m.     Ilość    Ilość  Cena przed     {price_after}    Netto przed      Netto po  VAT       Różnica  Różnica VAT
                                                 przed       po                                                                    netto
  1   Serwer plików NAS 4 dyski          szt.         2       2     5 000,00     4 500,00     10 000,00      9 000,00  23%      -1 000,00      -230,00
  2   Czytnik kart RFID                  szt.         4       3       250,00       250,00      1 000,00        750,00  23%        -250,00       -57,50
                                                                                 Stawka                Netto            VAT            Brutto
                                                                                   23%               -1 250,00        -287,50        -1 537,50
                                                                              Razem korekta          -1 250,00        -287,50        -1 537,50
"""


def test_a_wide_correction_row_with_difference_columns_gives_both_states() -> None:
    for heading, source in (("Cena po", Source.PDF_TEXT), ("Cenapo", Source.OCR)):
        doc = parse_text(_WIDE_CORRECTION.format(price_after=heading), file="k.pdf", source=source)
        assert isinstance(doc, Invoice)
        got = [(i.name, i.qty, i.net, i.before_correction) for i in doc.items]
        assert got == [
            ("Serwer plików NAS 4 dyski", 2, 10000, True),
            ("Serwer plików NAS 4 dyski", 2, 9000, False),
            ("Czytnik kart RFID", 4, 1000, True),
            ("Czytnik kart RFID", 3, 750, False),
        ]
        assert "items" not in doc.uncertain


# --- blind22a (measured once, then tuned on) -------------------------------------------------------------------


def test_a_series_letter_after_the_year_read_as_a_figure_is_uncertain_on_a_scan() -> None:
    doc = parse_text(_NUMBERED.format(number="412/06/2026/5"), file="f.png", source=Source.OCR)
    assert "number" in doc.uncertain
    assert (
        "number" not in parse_text(_NUMBERED.format(number="412/06/2026/S"), file="f.png", source=Source.OCR).uncertain
    )


def _grid(*seller: str) -> str:
    """Three party columns at 1, 38 and 74, the seller's name over its first lines."""
    buyer = ["Gmina Sułkowice", "ul. Krakowska 24", "32-440 Sułkowice", "NIP 7710021624"]
    document = ["Faktura VAT nr", "88/FV/05/26", "Data wystawienia: 02.05.2026"]
    left = [*seller, "al. Pokoju 18", "34-100 Wadowice", "NIP 3893516052"]
    rows = [" Sprzedawca".ljust(38) + "Nabywca".ljust(36) + "Dokument"]
    for k, text in enumerate(left):
        line = (" " + text).ljust(38) + (buyer[k] if k < len(buyer) else "").ljust(36)
        rows.append((line + (document[k] if k < len(document) else "")).rstrip())
    return "\n".join(rows) + (
        "\nLp.  Nazwa towaru / usługi                     Ilość  J.m.  Cena netto    Wartość  VAT     Kwota      Wartość"
        "\n 1  Czytnik kart kryptograficznych ACS ACR39U    12  szt.       50,00      600,00  23%     138,00       738,00"
        "\n                                                      Razem             600,00        138,00         738,00\n"
    )


def test_a_name_whose_line_ends_in_a_conjunction_goes_on_to_its_next_lines() -> None:
    doc = parse_text(
        _grid("Zakład Napraw Sprzętu i", "Serwisu Drukarek ZNSD", "Anna Bielecka"), file="f.pdf", source=Source.PDF_TEXT
    )
    assert doc.seller.name == "Zakład Napraw Sprzętu i Serwisu Drukarek ZNSD Anna Bielecka"
    assert doc.buyer.name == "Gmina Sułkowice"


def test_ocr_specks_in_party_and_item_names_are_doubted_or_dropped() -> None:
    from extractors.parse.parties import _clean_name

    assert _clean_name("Gmina Lubień „") == "Gmina Lubień"
    assert _clean_name("Zakład Usług Informatycznych i") == "Zakład Usług Informatycznych i"
    for name, words in (
        ("Wdrożenie polityki haseł Komisja w składzie: 1. Ewa Trzaska 2. Jan Ryba", "komisji"),
        ("a czytnik kart kryptograficznych ACS ACR39U", "pojedynczej litery"),
        ("Monitor iiyama iiy ProLite XUB2493HS", "dwa razy"),
    ):
        problem = _name_problem(name)
        assert problem is not None and words in problem
    assert _name_problem("Czytnik kart kryptograficznych ACS ACR39U") is None
    assert _name_problem("Monitor iiyama ProLite XUB2493HS 24 cale") is None
    text = _PAGE_DASH.format(seller="Przedsiębiorstwo Wielobranżowe TECH Jan Kowalczyk — i Wspólnicy Spółka Jawna")
    assert "seller_name" in parse_text(text, file="f.png", source=Source.OCR).uncertain
    assert "seller_name" not in parse_text(text, file="f.pdf", source=Source.PDF_TEXT).uncertain


_PAGE_DASH = """\
FAKTURA VAT nr 17/05/2026                                        Data wystawienia: 06.05.2026
Sprzedawca:
{seller}
ul. Długa 4, 30-001 Kraków
NIP: 6762469212
Nabywca:
Gmina Lubień
NIP: 7352863313
Lp.  Nazwa                                    Ilość  J.m.  Cena netto   Wartość netto  VAT   Wartość brutto
 1.  Przełącznik PoE 24 porty                    1  szt.    1 000,00       1 000,00   23%         1 230,00
Razem                                                                      1 000,00   230,00      1 230,00
"""

_ROMAN_PROTOCOL = """\
                                                                     Lubień, dnia 3.VII.2026 r.
PROTOKÓŁ ODBIORU nr {number}
Dostawca                                                 Odbiorca (Zamawiający)
Krakowskie Centrum Informatyki KCI Sp. z o.o.            Gmina Lubień
NIP: 6762469212                                          NIP: 7352863313
 Lp.  Przedmiot odbioru              J.m.    Ilość  Zgodność z umową
  1   Zapora sieciowa FortiGate 40F   szt.      3      TAK
"""


def test_a_roman_month_read_by_ocr_is_uncertain_unless_the_number_gives_the_month() -> None:
    from extractors.models import Protocol

    doc = parse_text(_ROMAN_PROTOCOL.format(number="2/PO/06/2026"), file="p.png", source=Source.OCR)
    assert isinstance(doc, Protocol) and doc.date == date(2026, 7, 3)
    assert "issue_date" in doc.uncertain
    same = parse_text(_ROMAN_PROTOCOL.format(number="2/PO/07/2026"), file="p.png", source=Source.OCR)
    assert "issue_date" not in same.uncertain
    text = parse_text(_ROMAN_PROTOCOL.format(number="2/PO/06/2026"), file="p.pdf", source=Source.PDF_TEXT)
    assert "issue_date" not in text.uncertain


_REFUND = """\
                                                                     Tarnów, dnia 3 lutego 2026 r.
FAKTURA KORYGUJĄCA
nr KOR/2026/02/0044/KRK
Dotyczy faktury VAT nr FV/2025/12/0702/KRK z dnia 27 grudnia 2025 r.
Sprzedawca                                                Nabywca
Raba-Net Sieci Komputerowe Sp. z o.o.                     Gmina Myślenice
NIP: 6762469212                                           NIP: 7352863313
Stan przed korektą
Lp.  Nazwa towaru / usługi                       Ilość  J.m.  Cena netto    Wartość   VAT      Kwota      Wartość
 1   Dysk zewnętrzny szyfrowany 1 TB                 4  szt.     500,00     2 000,00  23%     460,00     2 460,00
Stan po korekcie
Lp.  Nazwa towaru / usługi                       Ilość  J.m.  Cena netto    Wartość   VAT      Kwota      Wartość
 1   Dysk zewnętrzny szyfrowany 1 TB                 3  szt.     500,00     1 500,00  23%     345,00     1 845,00
                                                       Stawka              Netto           VAT           Brutto
                                                         23%              -100,00       -115,00         615,00
                                                        Razem             -500.00       115.00          615,00
                                                                            Kwota do zwrotu: 615,00 zł
"""


def test_a_scanned_refund_whose_totals_lost_their_minus_is_read_negative_and_uncertain() -> None:
    doc = parse_text(_REFUND, file="k.png", source=Source.OCR)
    assert isinstance(doc, Invoice)
    assert (doc.net_total, doc.vat_total, doc.gross_total) == (-500, -115, -615)
    assert {"net_total", "vat_total", "gross_total"} <= set(doc.uncertain)
    assert any("bez minusa" in w.message for w in doc.warnings)
    # a text layer keeps what it prints: nothing is changed there
    pdf = parse_text(_REFUND, file="k.pdf", source=Source.PDF_TEXT)
    assert pdf.gross_total != -615


def test_the_documents_own_date_under_its_number_under_the_title_stays_the_issue_date() -> None:
    page = """\
                                                                                  Faktura VAT
      Zeskanuj, aby zweryfikować fakturę w KSeF                                   FV/ 61/05/ 2026/MPP
                                                                                      z dnia 04.05.2026
                                                                                  data sprzedaży 30.04.2026
Sprzedawca                                                    Nabywca
Mazowiecka Informatyka Sp. z o.o.                             Gmina Wiskitki
NIP: 5261040828                                               NIP: 8381002934
Lp.  Nazwa                                    Ilość  J.m.  Cena netto   Wartość netto  VAT   Wartość brutto
 1.  Przełącznik PoE 24 porty                    1  szt.    1 000,00       1 000,00   23%         1 230,00
Razem                                                                      1 000,00   230,00      1 230,00
"""
    doc = parse_text(page, file="f.png", source=Source.OCR)
    assert doc.issue_date == date(2026, 5, 4)


def test_a_flush_right_name_with_a_line_of_words_under_it_may_go_on() -> None:
    from extractors.parse.confidence import _rest_under
    from extractors.parse.text import split_lines

    lines = split_lines(
        "Nabywca                                   Sprzedawca\n"
        "Gmina Ozimek       Pracownia Systemów Informatycznych\n"
        "ul. Księżycowa 1        DATANET Zieliński spółka jawna\n"
        "46-040 Ozimek                          ul. Opolska 6/3\n",
        ocr=True,
    )
    assert _rest_under("Pracownia Systemów Informatycznych", lines) == "DATANET Zieliński spółka jawna"
