"""The evaluation corpus generates, and its expected values agree with themselves (not with the parser)."""

from __future__ import annotations

import io
from datetime import date
from decimal import Decimal
from pathlib import Path

import pypdfium2 as pdfium
import pytest
from PIL import Image, ImageOps
from stdnum.pl import nip as stdnip

from tests.corpus.extract.build import Case, expected, materialise, sample
from tests.corpus.extract.families import FAMILIES
from tests.corpus.extract.kit import words_pln
from tests.corpus.extract.ladder import RUNGS, rasterize



def _text(pdf: bytes) -> str:
    doc = pdfium.PdfDocument(pdf)
    try:
        return "\n".join(page.get_textpage().get_text_range() for page in doc)
    finally:
        doc.close()


def test_there_are_many_distinct_dev_families() -> None:
    assert len(FAMILIES) >= 15
    assert len({f.about for f in FAMILIES.values()}) == len(FAMILIES)


@pytest.mark.parametrize("name", sorted(FAMILIES))
def test_expected_values_are_self_consistent(name: str) -> None:
    smp = FAMILIES[name].build(0)
    for doc in smp.docs:
        exp = doc.expected()
        assert stdnip.is_valid(exp["seller_nip"]) and stdnip.is_valid(exp["buyer_nip"])
        assert exp["seller_nip"] != exp["buyer_nip"]
        date.fromisoformat(exp["issue_date"])
        if "sale_date" in exp:
            assert date.fromisoformat(exp["sale_date"]) <= date.fromisoformat(exp["issue_date"])
        assert exp["items"] and all(Decimal(i["qty"]) > 0 for i in exp["items"])
        if doc.kind == "protocol":
            assert exp["net_total"] is None and exp["gross_total"] is None
            continue
        sides = [doc.after_items, doc.before_items] if doc.kind == "correction" else [doc.items]
        net, vat, gross = (Decimal(exp[k]) for k in ("net_total", "vat_total", "gross_total"))
        assert net + vat == gross
        if doc.kind == "correction":
            assert net == sum(i.net for i in doc.after_items) - sum(i.net for i in doc.before_items)  # type: ignore[misc]
        else:
            assert net == sum(i.net for i in sides[0])  # type: ignore[misc]
        for it in doc.items:
            if doc.print_item_vat:
                assert it.net + it.vat == it.gross  # type: ignore[operator]
        # what the page prints is what we expect: number, both NIPs (any separators) and the total
        text = _text(smp.pdf)
        digits = "".join(c for c in text if c.isdigit())
        assert doc.number in text
        assert doc.seller.nip in digits and doc.buyer.nip in digits
        assert f"{abs(gross):.2f}".replace(".", "") in digits


def test_words_for_amounts() -> None:
    assert words_pln(Decimal("12345.67")) == "dwanaście tysięcy trzysta czterdzieści pięć złotych 67/100"
    assert words_pln(Decimal("2001.00")) == "dwa tysiące jeden złotych 00/100"
    assert words_pln(Decimal("1.05"), "EUR") == "jeden euro 05/100"


def test_a_degraded_file_is_written_and_is_an_image_of_the_page(tmp_path: Path) -> None:
    fam = FAMILIES["web_fakturownia"]
    path = materialise(Case(fam, "exif_jpeg"), 0, tmp_path)
    with Image.open(path) as stored:
        assert stored.width > stored.height  # the pixels are stored sideways...
        img = ImageOps.exif_transpose(stored)
    assert img.height > img.width  # ...and a viewer shows the page upright
    page = rasterize(sample(fam, 0).pdf)[0]
    assert abs(img.width - page.width) <= 2


def test_two_in_one_pdf_holds_both_documents(tmp_path: Path) -> None:
    a, b = FAMILIES["web_fakturownia"], FAMILIES["erp_mono"]
    case = Case(a, "two_in_one_text", b)
    exp = expected(case, 0)
    text = _text(materialise(case, 0, tmp_path).read_bytes())
    assert len(exp) == 2 and exp[0]["number"] != exp[1]["number"]
    assert all(e["number"] in text for e in exp)


def test_format_rungs_write_readable_images() -> None:
    page = rasterize(FAMILIES["ksef_view"].build(0).pdf, dpi=100)
    import random

    for name in ("webp", "avif", "bmp", "gif", "heic"):
        data, ext = RUNGS[name].write(page, random.Random(0))
        if name == "heic":
            import pillow_heif

            pillow_heif.register_heif_opener()
        with Image.open(io.BytesIO(data)) as img:
            assert img.size == page[0].size, name


def test_the_blind_part_is_separate_and_large_enough() -> None:
    from tests.corpus.extract.blind import FAMILIES as BLIND

    assert len(BLIND) >= 10
    assert not set(BLIND) & set(FAMILIES)
    assert all(f.part == "blind" for f in BLIND.values())
    for fam in BLIND.values():  # generates, with valid NIPs; values are not printed here on purpose
        for doc in fam.build(0).docs:
            assert stdnip.is_valid(doc.seller.nip) and stdnip.is_valid(doc.buyer.nip)
