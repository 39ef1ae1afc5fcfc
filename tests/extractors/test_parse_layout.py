"""Issue 9: unseen Polish layouts read from the page's layout, several documents per file, and
per-field confidence: a value failing its cross-checks is reported as uncertain, never silently."""

from __future__ import annotations

import json
from decimal import Decimal
from pathlib import Path

import pytest

from bot.cli import main
from extractors.models import Invoice, Source
from extractors.parse import parse_documents, parse_text
from extractors.parse.layout import normalise_layout
from extractors.read import read_document
from extractors.serialise import document_to_dict, file_to_json
from tests.extractors import layouts_pl

HEAD = """Faktura VAT nr FV/21/2026
Data wystawienia: 21.04.2026
Data sprzedaży: 21.04.2026
Sprzedawca: NetSecure Sp. z o.o., NIP: 526-104-82-09
Nabywca: Gmina Wiśniowa, NIP: 681-183-95-21
Lp. Nazwa Ilość J.m. Cena netto Wartość netto VAT Kwota VAT Wartość brutto
"""
ROWS = (
    "1 Przełącznik Aruba 2930F 24G 2 szt. 6 120,00 12 240,00 23% 2 815,20 15 055,20\n"
    "2 Zasilacz UPS APC 1500VA 1 szt. 3 645,50 3 645,50 23% 838,47 4 483,97\n"
)
TOTAL = "Razem: 15 885,50 3 653,67 19 539,17\nDo zapłaty: 19 539,17 zł\n"


def _invoice(text: str, source: Source = Source.PDF_TEXT) -> Invoice:
    doc = parse_text(text, file="x.pdf", source=source)
    assert isinstance(doc, Invoice)
    return doc


# --- layouts: a real text PDF per failure class ----------------------------------------------------


@pytest.mark.parametrize("name", sorted(layouts_pl.LAYOUTS))
def test_unseen_layout_is_read(name: str, tmp_path: Path) -> None:
    path = tmp_path / f"{name}.pdf"
    number = layouts_pl.render(name, path)
    out = document_to_dict(read_document(path))
    assert out["number"] == number
    for key in ("issue_date", "sale_date", "seller_nip", "buyer_nip", "net_total", "vat_total", "gross_total"):
        assert out[key] == layouts_pl.EXPECTED[key], key
    assert [i["name"] for i in out["items"]] == layouts_pl.EXPECTED["items"]
    assert out["seller_name"] == "Sieci Kowalski Sp. z o.o."
    assert out["buyer_name"] == "Gmina Przykładowo"
    assert out["currency"] == ("EUR" if name == "euro_sign" else "PLN")
    assert out["uncertain"] == []
    assert set(out["confidence"]) >= {"number", "net_total", "items"}


@pytest.mark.parametrize(
    ("spaced", "joined"),
    [
        ("F A K T U R A  V A T   nr 12/2026", "FAKTURA  VAT"),
        ("   F  A  K  T  U  R  A     V  A  T        FV/1/2026", "FAKTURA  VAT"),
    ],
)
def test_letter_spaced_title_is_joined_and_columns_kept(spaced: str, joined: str) -> None:
    out = normalise_layout(spaced)
    assert joined in out and len(out) == len(spaced)


def test_single_letters_in_columns_stay_apart() -> None:
    assert normalise_layout("Lp  A     B      C") == "Lp  A     B      C"


# --- several documents in one file -----------------------------------------------------------------


def test_two_invoices_in_one_file_are_two_documents_even_without_a_second_number() -> None:
    second = (
        HEAD.replace("Faktura VAT nr FV/21/2026", "Faktura VAT").replace("21.04.2026", "23.04.2026")
        + "1 Licencja antywirus 10 szt. 100,00 1 000,00 23% 230,00 1 230,00\n"
        + "Razem: 1 000,00 230,00 1 230,00\n"
    )
    docs = parse_documents(HEAD + ROWS + TOTAL + "\n\f\n" + second, file="x.pdf", source=Source.PDF_TEXT)
    assert len(docs) == 2
    first, other = docs
    assert isinstance(first, Invoice) and isinstance(other, Invoice)
    assert len(first.items) == 2 and len(other.items) == 1  # never appended to the first
    assert other.gross_total == Decimal("1230.00")
    assert all(any(w.code == "multiple_documents" for w in d.warnings) for d in docs)


def test_json_is_a_list_when_the_file_holds_several_documents() -> None:
    text = HEAD + ROWS + TOTAL + "\n\f\n" + HEAD.replace("FV/21/2026", "FV/22/2026") + ROWS + TOTAL
    out = file_to_json(_invoice(text))
    assert isinstance(out, list) and [d["number"] for d in out] == ["FV/21/2026", "FV/22/2026"]
    assert isinstance(file_to_json(_invoice(HEAD + ROWS + TOTAL)), dict)


def test_cli_prints_a_list_for_a_file_with_two_invoices(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    from reportlab.pdfgen import canvas

    from tests.fixtures import pdfgen

    path = tmp_path / "dwie.pdf"
    pdfgen.register_fonts()
    c = canvas.Canvas(str(path), invariant=1)
    for number in ("FV/21/2026", "FV/22/2026"):
        c.setFont(pdfgen.FONT, 9)
        y = 800.0
        for line in (HEAD.replace("FV/21/2026", number) + ROWS + TOTAL).splitlines():
            c.drawString(40, y, line)
            y -= 14
        c.showPage()
    c.save()
    assert main(["extract", str(path), "--json"]) == 0
    out = json.loads(capsys.readouterr().out)
    assert [(d["number"], d["pages"], d["file"]) for d in out] == [
        ("FV/21/2026", 1, str(path)),
        ("FV/22/2026", 1, str(path)),
    ]


# --- self-verification: uncertain, never silently wrong --------------------------------------------


def test_consistent_invoice_is_confident() -> None:
    doc = _invoice(HEAD + ROWS + TOTAL)
    confidence = dict(doc.confidence)
    assert doc.uncertain == ()
    assert confidence["net_total"] >= 0.9 and confidence["items"] >= 0.9 and confidence["seller_nip"] >= 0.9


def test_totals_taken_from_one_row_are_uncertain_not_repaired() -> None:
    # The totals line lost: the only triple left is a row's, which adds up on its own.
    doc = _invoice(HEAD + ROWS + "Razem: 12 240,00 2 815,20 15 055,20\n")
    assert doc.gross_total == Decimal("15055.20")  # kept as read, never replaced by the line sum
    assert {"net_total", "gross_total", "items"} <= set(doc.uncertain)
    assert dict(doc.confidence)["gross_total"] < 0.5
    message = next(w.message for w in doc.warnings if w.code == "uncertain_field" and "gross_total" in w.message)
    assert "suma brutto" in message and "19 539,17" in message


def test_amount_in_words_disagreeing_with_gross_makes_it_uncertain() -> None:
    words = "Słownie: dwadzieścia tysięcy złotych 00/100\n"
    doc = _invoice(HEAD + ROWS + TOTAL + words)
    assert "gross_total" in doc.uncertain
    assert any("słownie" in w.message for w in doc.warnings if w.code == "uncertain_field")


def test_amount_in_words_agreeing_confirms_gross() -> None:
    words = "Słownie: dziewiętnaście tysięcy pięćset trzydzieści dziewięć złotych 17/100\n"
    doc = _invoice(HEAD + ROWS + TOTAL + words)
    assert doc.uncertain == ()
    assert dict(doc.confidence)["gross_total"] >= 0.9


def test_ocr_dates_one_confusable_digit_apart_are_uncertain() -> None:
    text = (HEAD + ROWS + TOTAL).replace("Data sprzedaży: 21.04.2026", "Data sprzedaży: 24.04.2026")
    clean = _invoice(text)
    assert "issue_date" not in clean.uncertain  # 1 and 4 are not an OCR confusion
    scanned = _invoice(
        (HEAD + ROWS + TOTAL)
        .replace("Data sprzedaży: 21.04.2026", "Data sprzedaży: 28.04.2026")
        .replace("Data wystawienia: 21.04.2026", "Data wystawienia: 25.04.2026"),
        Source.OCR,
    )
    assert {"issue_date", "sale_date"} <= set(scanned.uncertain)


def test_item_whose_arithmetic_fails_marks_items_uncertain() -> None:
    rows = ROWS.replace("23% 838,47 4 483,97", "23% 838,47 4 488,97")
    doc = _invoice(HEAD + rows + TOTAL)
    assert doc.items[1].gross is None  # the misprinted gross fits no reading of the row
    assert "items" in doc.uncertain
    assert any(
        "pozycja 2" in w.message and "4 488,97" in w.message for w in doc.warnings if w.code == "uncertain_field"
    )


def test_invalid_nip_and_a_foreign_word_in_a_name_are_uncertain() -> None:
    text = (
        (HEAD + ROWS + TOTAL)
        .replace("526-104-82-09", "526-104-82-08")
        .replace("Sprzedawca: NetSecure Sp. z o.o.", "Sprzedawca: Przelew NetSecure Sp. z o.o.")
    )
    doc = _invoice(text)
    assert {"seller_nip", "seller_name"} <= set(doc.uncertain)


def test_ksef_invoice_carries_confidence(tmp_path: Path) -> None:
    from tests.fixtures import ksef

    path = tmp_path / "k.xml"
    path.write_bytes(ksef.render(ksef.CASES["fa3_plain"]))
    out = document_to_dict(read_document(path))
    assert out["uncertain"] == [] and out["confidence"]["net_total"] >= 0.9


def test_low_confidence_ocr_token_makes_its_field_uncertain() -> None:
    text = HEAD + ROWS + TOTAL
    sure = parse_text(text, file="x.png", source=Source.OCR)
    weak = parse_text(text, file="x.png", source=Source.OCR, weak_tokens={"21.04.2026", "FV/21/2026"})
    assert "issue_date" not in sure.uncertain and "number" not in sure.uncertain
    assert {"issue_date", "number"} <= set(weak.uncertain)
    assert weak.issue_date == sure.issue_date  # the value is kept, only flagged
    assert any("niską pewnością" in w.message for w in weak.warnings)
    doubts = [w for w in weak.warnings if w.code == "uncertain_field"]
    assert doubts and all(w.scan_only for w in doubts)
    assert {f for w in doubts for f in w.fields} >= {"issue_date", "number"}


def test_a_weak_word_in_an_item_name_makes_the_items_uncertain_but_a_weak_code_does_not() -> None:
    text = HEAD + ROWS + TOTAL
    sure = parse_text(text, file="x.png", source=Source.OCR)
    worded = parse_text(text, file="x.png", source=Source.OCR, weak_tokens={"Przełącznik"})
    coded = parse_text(text, file="x.png", source=Source.OCR, weak_tokens={"2930F"})
    assert "items" not in sure.uncertain and "items" not in coded.uncertain
    assert "items" in worded.uncertain and worded.items == sure.items  # flagged, not changed
    assert any("nazwa pozycji 1" in w.message and w.fields == ("items",) and w.scan_only for w in worded.warnings)


# --- corpus-driven row and block shapes ------------------------------------------------------------

THREE_PARTIES = """                     Faktura VAT 114/MAG/2026
 Sprzedawca:                              Nabywca:                                 Odbiorca:
 CyberOchrona Sp. z o.o. sp.k.            Powiat Łowicki                           Zespół Szkół nr 1
 ul. Przemysłowa 14                       ul. Stanisławskiego 30                   ul. Długa 48
 NIP: 5260250274                          99-400 Łowicz                            99-400 Łowicz
                                          NIP: 7740001454                          NIP: 6811839521
"""


def test_three_party_columns_are_read_by_column() -> None:
    doc = _invoice(THREE_PARTIES + ROWS + TOTAL)
    assert (doc.seller.nip, doc.buyer.nip) == ("5260250274", "7740001454")
    assert (doc.seller.name, doc.buyer.name) == ("CyberOchrona Sp. z o.o. sp.k.", "Powiat Łowicki")
    assert doc.recipient is not None and doc.recipient.nip == "6811839521"


def test_od_dla_headings_and_a_payment_column() -> None:
    text = (
        "Faktura VAT nr FV/3/2026\n"
        "OD                                       DLA                                      Płatność:\n"
        "Akademia Cyfrowa Sp. z o.o.              Gmina Wiśniowa                           przelew\n"
        "NIP: 5260250274                          NIP: 7740001454                          termin 14 dni\n"
    )
    doc = _invoice(text + ROWS + TOTAL)
    assert (doc.seller.name, doc.buyer.name) == ("Akademia Cyfrowa Sp. z o.o.", "Gmina Wiśniowa")
    assert (doc.seller.nip, doc.buyer.nip) == ("5260250274", "7740001454")


@pytest.mark.parametrize(
    ("row", "net", "gross"),
    [
        pytest.param("1 Drukarka HP 4 szt. 1 082,61 23% 4 330,44 5 326,44", "4330.44", "5326.44", id="no-vat-column"),
        pytest.param("1 Klucz YubiKey 5 NFC 10 szt. 217,90 23% 2 680,17", "2179.00", "2680.17", id="gross-only"),
        pytest.param("1 Laptop 2 szt. 3 569,21 23 7 138,42 1 334,83", "5803.59", "7138.42", id="gross-then-vat"),
    ],
)
def test_rows_without_some_columns(row: str, net: str, gross: str) -> None:
    from extractors.parse.rows import parse_row

    parsed = parse_row(row)
    assert parsed is not None
    assert (str(parsed.net), str(parsed.gross)) == (net, gross)


def test_untitled_invoice_is_read_but_its_kind_is_uncertain() -> None:
    text = (HEAD + ROWS + TOTAL).replace("Faktura VAT nr FV/21/2026", "nr 21/2026")
    doc = _invoice(text, Source.OCR)
    assert doc.kind.value == "invoice" and "kind" in doc.uncertain


def test_second_invoice_whose_title_ocr_lost_is_still_a_document_of_its_own() -> None:
    second = (
        HEAD.replace("Faktura VAT nr FV/21/2026\n", "")
        .replace("526-104-82-09", "5260250274")
        .replace("21.04.2026", "23.04.2026")
        + "1 Licencja antywirus 10 szt. 100,00 1 000,00 23% 230,00 1 230,00\n"
        + "Razem: 1 000,00 230,00 1 230,00\n"
    )
    docs = parse_documents(HEAD + ROWS + TOTAL + "\n\f\n" + second, file="x.pdf", source=Source.OCR)
    assert [len(d.items) for d in docs] == [2, 1]
    assert docs[1].seller.nip == "5260250274"


def test_number_with_a_year_one_digit_off_is_uncertain() -> None:
    text = HEAD + ROWS + TOTAL
    assert "number" not in _invoice(text, Source.OCR).uncertain
    assert "number" in _invoice(text.replace("FV/21/2026", "FV/21/26026"), Source.OCR).uncertain
