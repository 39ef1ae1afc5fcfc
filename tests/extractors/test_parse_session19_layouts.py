"""Session 19 (issue 9): mechanisms found on blind15b (held out last session, read now) and blind16a,
each written here in words and figures of its own.

- a note issued by the buyer names its parties by the note's roles and then the invoice's after a dash
  ("Wystawca noty – nabywca:", "Adresat noty – sprzedawca:"): the invoice's roles are the parties', and a
  heading read as a name leaves both NIPs uncertain (a valid check digit says nothing about whose it is);
- a third block beside the parties ("Daty", "Terminy") bounds the buyer's column; a labelled note under an item's
  name ("okres: …", "ważność: …") is the item's detail, not its name; a letterhead's "Sp." / "z o.o." wrapped;
- protocol rows numbered by letters ("a.", "b)").
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from pathlib import Path

from extractors.models import DocumentKind, Invoice, Party, Protocol, Source
from extractors.parse import parse_text
from extractors.parse.confidence import _name_problem, assess_invoice
from extractors.parse.invoice import ocr_name
from extractors.read import read_document
from tests.fixtures import pdfgen

D = Decimal

_BUYER = ("Gmina Stare Bogaczowice", "ul. Główna 18", "58-312 Stare Bogaczowice", "886-287-49-13")
_SELLER = ("Teleinfo Sudety Sp. z o.o.", "ul. Wrocławska 40", "58-100 Świdnica", "884-262-37-57")


def _buyer_note_pdf(path: Path, left: str, right: str) -> None:
    """A correcting note the municipality issues: its own block on the left, the supplier's on the right."""
    c = pdfgen._canvas(path)
    font = pdfgen.FONT
    c.setFont(font, 9)
    c.drawRightString(555, 800, "Stare Bogaczowice, 14.09.2026 r.")
    c.setFont(pdfgen.BOLD, 13)
    c.drawCentredString(297, 770, "NOTA KORYGUJĄCA")
    c.setFont(font, 9)
    c.drawCentredString(297, 755, "nr 3/NK/2026")
    c.drawCentredString(297, 743, "data wystawienia: 14.09.2026")
    c.setFont(pdfgen.BOLD, 9)
    c.drawString(40, 715, left)
    c.drawString(320, 715, right)
    c.setFont(font, 9)
    for k, (a, b) in enumerate(zip(_BUYER, _SELLER, strict=True)):
        y = 702 - 12 * k
        c.drawString(40, y, f"NIP {a}" if k == 3 else a)
        c.drawString(320, y, f"NIP {b}" if k == 3 else b)
    c.drawString(40, 640, "Dotyczy: faktury VAT nr FS/1187/09/2026 z dnia 02.09.2026")
    c.drawString(40, 620, "Lp.   Element faktury          Treść korygowana          Treść prawidłowa")
    c.drawString(40, 606, "1     Adres nabywcy            ul. Główna 81             ul. Główna 18")
    c.drawString(40, 580, "Korekta nie zmienia kwot wykazanych na fakturze.")
    c.save()


def test_a_buyers_note_takes_the_invoice_roles_after_the_dash(tmp_path: Path) -> None:
    for left, right in (
        ("Wystawca noty – nabywca:", "Adresat noty – sprzedawca:"),
        ("Wystawca noty - nabywca", "Odbiorca noty - sprzedawca"),
    ):
        path = tmp_path / "nota.pdf"
        _buyer_note_pdf(path, left, right)
        doc = read_document(path)
        assert (doc.seller.name, doc.seller.nip) == (_SELLER[0], _SELLER[3].replace("-", "")), left
        assert (doc.buyer.name, doc.buyer.nip) == (_BUYER[0], _BUYER[3].replace("-", "")), left


def test_a_heading_read_as_a_name_leaves_both_nips_uncertain() -> None:
    doc = Invoice(
        file="n.pdf",
        kind=DocumentKind.CORRECTION,
        source=Source.PDF_TEXT,
        seller=Party(name="noty –", nip=_BUYER[3].replace("-", "")),
        buyer=Party(name="Adresat noty – sprzedawca", nip=_SELLER[3].replace("-", "")),
    )
    verdict = assess_invoice(doc)
    assert {"seller_nip", "buyer_nip"} <= set(verdict.uncertain)
    assert any("zamienione" in w.message for w in verdict.warnings)
    # a plain pair of names leaves valid NIPs trusted
    plain = Invoice(
        file="f.pdf",
        kind=DocumentKind.INVOICE,
        source=Source.PDF_TEXT,
        seller=Party(name=_SELLER[0], nip=_SELLER[3].replace("-", "")),
        buyer=Party(name=_BUYER[0], nip=_BUYER[3].replace("-", "")),
    )
    assert not {"seller_nip", "buyer_nip"} & set(assess_invoice(plain).uncertain)


THREE_BLOCKS = """\
                              Sprzedawca                       Nabywca                   Terminy
  FAKTURA VAT
                              Biuro Rachunkowe Sieci Anna Lis  Gmina Dobromierz          wystawienia: 08.05.2026
  nr  12/B/2026               ul. Kolejowa 3                   ul. Kościelna 1           sprzedaży: 07.05.2026
                              58-170 Jaworzyna Śląska          58-170 Dobromierz         płatności: 22.05.2026
                              NIP 8842623757                   NIP 8862874913
 Lp.  Nazwa towaru / usługi                   Ilość  J.m.  Cena netto  Wartość netto  VAT %  Kwota VAT  Wartość brutto
  1  Licencja Kaspersky Next EDR Foundations     25  lic.      120,00       3 000,00   23       690,00        3 690,00
      okres: 01.05.2026–30.04.2027
  2  Odnowienie certyfikatu SSL OV                1  usł.      400,00         400,00   23        92,00          492,00
      ważność: 12 miesięcy
 Razem netto: 3 400,00 zł   VAT: 782,00 zł   Do zapłaty: 4 182,00 zł
"""


def test_a_third_block_of_dates_beside_the_parties_and_labelled_notes_under_the_names() -> None:
    doc = parse_text(THREE_BLOCKS, file="f.pdf", source=Source.PDF_TEXT)
    assert isinstance(doc, Invoice)
    assert (doc.seller.name, doc.buyer.name) == ("Biuro Rachunkowe Sieci Anna Lis", "Gmina Dobromierz")
    assert (doc.seller.nip, doc.buyer.nip) == ("8842623757", "8862874913")
    assert [(i.name, i.qty, i.net) for i in doc.items] == [
        ("Licencja Kaspersky Next EDR Foundations", D(25), D("3000.00")),
        ("Odnowienie certyfikatu SSL OV", D(1), D("400.00")),
    ]


WRAPPED_FORM = """\
 Centrum Usług Informatycznych dla Gmin Sp.                     Faktura VAT
 z o.o.                                                         nr FS/0071/26
 ul. Legnicka 12
 59-300 Lubin
 NIP: 884-262-37-57                                             Nabywca:
 Data wystawienia: 11.03.2026                                   Gmina Rudna
                                                                ul. Mickiewicza 17
 Data dostawy: 10.03.2026                                       59-305 Rudna
                                                                NIP: 8862874913
Lp  Nazwa towaru/usługi                      Ilość  Jm   Cena netto  VAT   Wartość netto  Wartość brutto
 1  Czytnik kodów kreskowych Zebra DS2208        2  szt.     300,00  23%          600,00          738,00
                                                          Razem do zapłaty: 738,00 PLN
"""


def test_a_letterheads_legal_form_wrapped_after_sp() -> None:
    doc = parse_text(WRAPPED_FORM, file="f.pdf", source=Source.PDF_TEXT)
    assert doc.seller.name == "Centrum Usług Informatycznych dla Gmin Sp. z o.o."
    assert doc.seller.nip == "8842623757"


LETTERED = """\
                     PROTOKÓŁ PRZEKAZANIA SPRZĘTU
                         nr PP/7/2026 z dnia 3 marca 2026 r.
Strona przekazująca:
Infosystem Dolny Śląsk Sp. z o.o., ul. Legnicka 12, 59-300 Lubin, NIP 8842623757
Strona przyjmująca:
Gmina Rudna, ul. Mickiewicza 17, 59-305 Rudna, NIP 8862874913
 Poz.  Nazwa                                             Ilość  J.m.  Nr seryjny
  a.   Skaner dokumentów Fujitsu fi-8170                   2  szt.  A1B2C3D4E5, A1B2C3D4E6
  b)   Niszczarka Kobra 260 TS                             1  szt.  KB26000123
  c.   Pakiet biurowy Microsoft Office 2024 dla            5  lic.  –
       Użytkowników Domowych i Małych Firm
Przedmiot przekazania jest kompletny i sprawny.
"""


def test_protocol_rows_numbered_by_letters() -> None:
    doc = parse_text(LETTERED, file="p.pdf", source=Source.PDF_TEXT)
    assert isinstance(doc, Protocol)
    assert [(i.name, i.qty) for i in doc.items] == [
        ("Skaner dokumentów Fujitsu fi-8170", D(2)),
        ("Niszczarka Kobra 260 TS", D(1)),
        ("Pakiet biurowy Microsoft Office 2024 dla Użytkowników Domowych i Małych Firm", D(5)),
    ]


NOTE_GARBLED = """\
                                                          Ząbkowice Śląskie, 20.10.2026 r.
                                NOTA KORYGUJĄCA
                                   nr NK/4/2026
Wystawca noty – nabywca:                         Adresat noty – sprzedawca:
Gmina Ząbkowice Śląskie                          Teleinfo Sudety Sp. z o.o.
ul. 1 Maja 15                                    ul. Wrocławska 40
57-200 Ząbkowice Śląskie                         58-100 Świdnica
NIP 886-287-49-13                                NIP 884-262-37-57
Do:yc2y: faktury VAT nr FS/88/10/2026 z dnia 02.10.2026
 Lp.  Element faktury        Treść korygowana        Treść prawidłowa
  1   Nazwa nabywcy          Gmina Ząbkowice         Gmina Ząbkowice Śląskie
"""


def test_a_scanned_note_never_takes_the_number_of_the_invoice_it_refers_to() -> None:
    # the scan garbled "Dotyczy:"; the genitive "faktury … nr … z dnia" still names another invoice
    doc = parse_text(NOTE_GARBLED, file="n.png", source=Source.OCR)
    assert doc.number == "NK/4/2026"
    assert (doc.seller.nip, doc.buyer.nip) == ("8842623757", "8862874913")
    # a duplicate's own title in the genitive keeps its number
    dup = "DUPLIKAT faktury VAT nr FS/7/2026 z dnia 03.02.2026\nData wystawienia duplikatu: 10.02.2026\n"
    assert parse_text(dup, file="d.pdf", source=Source.PDF_TEXT).number == "FS/7/2026"


def test_a_letter_read_twice_in_a_scanned_number_is_uncertain() -> None:
    doc = Invoice(file="s.png", kind=DocumentKind.INVOICE, source=Source.OCR, number="FSs/2026/10/000044")
    assert "number" in assess_invoice(doc).uncertain
    for number in ("FS/2026/10/000044", "Kor/12/2026"):
        doc = Invoice(file="s.png", kind=DocumentKind.INVOICE, source=Source.OCR, number=number)
        assert "number" not in assess_invoice(doc).uncertain


def test_scanned_names_padded_by_the_next_columns_or_misread_are_uncertain() -> None:
    for name in (
        "Przełącznik Netgear GS308E 8 portów a sz.",  # "1 szt." read as letters
        "Konfiguracja zapory sieciowej 1] us.",
        "Szkolenie z obsługi EZD (2 dni, do 1% 15 osób)",
    ):
        assert _name_problem(name) is not None, name
    for name in ("Przełącznik Netgear GS308E 8 portów", "Kabel UTP kat. 6 305 m", "Licencja Microsoft 365 E3"):
        assert _name_problem(name) is None, name
    for party in ("P,H.U. Serwis-Komp Jan Lis", "SęcureNet Polska Sp. z o.o."):
        assert party_name_uncertain(party), party
    for party in ("P.H.U. Serwis-Komp Jan Lis", "NetCom Łódź Sp. z o.o.", "Gmina Wólka"):
        assert not party_name_uncertain(party), party


def party_name_uncertain(name: str) -> bool:
    doc = Invoice(file="s.png", kind=DocumentKind.INVOICE, source=Source.OCR, seller=Party(name=name))
    return "seller_name" in assess_invoice(doc).uncertain


def test_a_one_read_as_l_after_a_models_capital() -> None:
    assert (
        ocr_name("Laptop Lenovo ThinkPad Ml M7260 i5-1335U W1l Pro")
        == "Laptop Lenovo ThinkPad M1 M7260 i5-1335U W11 Pro"
    )
    assert ocr_name("Profil Al 6061 do szafy") == "Profil Al 6061 do szafy"  # a word, then a figure: no model


def test_scanned_letters_of_protocol_rows_with_a_comma_or_a_dash() -> None:
    scanned = LETTERED.replace("  a.   Skaner", "  a,   Skaner").replace("  b)   Niszczarka", "  b.  - Niszczarka")
    doc = parse_text(scanned, file="p.png", source=Source.OCR)
    assert [i.name for i in doc.items][:2] == ["Skaner dokumentów Fujitsu fi-8170", "Niszczarka Kobra 260 TS"]


# --- phase 2 (blind16a) ---

STATE_COLUMN = """\
 Faktura korygująca nr KFV/12/2026                                          Data wystawienia: 14.08.2026
 do faktury nr FV/301/07/2026 z dnia 28.07.2026                              Data sprzedaży: 28.07.2026
 Sprzedawca: Opolskie Systemy Biurowe Sp. z o.o., ul. Ozimska 4, 45-057 Opole, NIP 884 262 37 57
 Nabywca: Gmina Dobrzeń Wielki, ul. Namysłowska 44, 46-081 Dobrzeń Wielki, NIP 886 287 49 13
 Przyczyna korekty: zwrot dwóch sztuk.
Lp.        Nazwa towaru / usługi            Ilość  J.m.  Cena netto   Wartość  VAT     Kwota    Wartość
                                                                        netto           VAT      brutto
 1   przed Niszczarka Kobra 260 TS             4  szt.     1 000,00   4 000,00  23%    920,00   4 920,00
      po   Niszczarka Kobra 260 TS             2  szt.     1 000,00   2 000,00  23%    460,00   2 460,00
                                              Stawka         Netto          VAT         Brutto
                                               przed      4 000,00       920,00       4 920,00
                                                 po       2 000,00       460,00       2 460,00
                                               różnica   -2 000,00      -460,00      -2 460,00
"""


def test_a_corrections_state_column_between_the_lp_and_the_name() -> None:
    doc = parse_text(STATE_COLUMN, file="k.pdf", source=Source.PDF_TEXT)
    assert isinstance(doc, Invoice)
    assert [(i.name, i.qty, i.net, i.before_correction) for i in doc.items] == [
        ("Niszczarka Kobra 260 TS", D(4), D("4000.00"), True),
        ("Niszczarka Kobra 260 TS", D(2), D("2000.00"), False),
    ]
    assert (doc.net_total, doc.gross_total) == (D("-2000.00"), D("-2460.00"))


SERIALS_APART = """\
                         PROTOKÓŁ ODBIORU SPRZĘTU
                            nr 9/PO/2026 z dnia 02.10.2026
Przekazujący (Dostawca):                         Przyjmujący (Zamawiający):
Opolskie Systemy Biurowe Sp. z o.o.              Gmina Dobrzeń Wielki
NIP: 884-262-37-57                               NIP: 886-287-49-13
 Lp.  Nazwa sprzętu                                            Ilość  J.m.
  1   Niszczarka Kobra 260 TS                                     2   szt.
  2   Skaner dokumentów Fujitsu fi-8170                           1   szt.
Lista numerów seryjnych
  Nr    Poz.  Model                       Numer seryjny
  1    poz. 1  Kobra 260 TS               KB26000123
  2    poz. 1  Kobra 260 TS               KB26000124
  3    poz. 2  Fujitsu fi-8170            A1B2C3D4E5
Sprzęt kompletny i sprawny.
"""


def test_a_protocols_serial_numbers_in_a_table_of_their_own_are_no_rows() -> None:
    doc = parse_text(SERIALS_APART, file="p.pdf", source=Source.PDF_TEXT)
    assert isinstance(doc, Protocol)
    assert [(i.name, i.qty) for i in doc.items] == [
        ("Niszczarka Kobra 260 TS", D(2)),
        ("Skaner dokumentów Fujitsu fi-8170", D(1)),
    ]


def test_a_euro_sign_inside_a_code_and_an_address_woven_into_a_name_are_uncertain() -> None:
    assert _name_problem("Zaliczka 30% na poczet realizacji: Umowa nr 4/€5/2026") is not None
    assert _name_problem("Abonament serwisowy 120 € miesięcznie") is None
    assert party_name_uncertain("Opolskie ul. Ozimska Systemy 12/4 Biurowe")
    assert not party_name_uncertain("Serwis 24/7 Sp. z o.o.")


def test_a_scans_speck_inside_the_sale_dates_label() -> None:
    text = (
        "Faktura VAT nr FV/12/11/2026\n"
        "Data wystawienia: 09.11.2026, data sprzedaz:y: 06.11.2026 0\n"
        "Sprzedawca: Opolskie Systemy Biurowe Sp. z o.o., NIP 884-262-37-57\n"
        "Nabywca: Gmina Dobrzeń Wielki, NIP 886-287-49-13\n"
    )
    doc = parse_text(text, file="s.png", source=Source.OCR)
    assert isinstance(doc, Invoice)
    assert (doc.issue_date, doc.sale_date) == (date(2026, 11, 9), date(2026, 11, 6))
