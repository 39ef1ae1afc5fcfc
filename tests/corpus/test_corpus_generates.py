"""The evaluation corpus generates, and its expected values agree with themselves (not with the parser)."""

from __future__ import annotations

import io
from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import Any

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
            assert exp.get("net_total") is None and exp.get("gross_total") is None
            continue
        sides = [doc.after_items, doc.before_items] if doc.kind == "correction" else [doc.items]
        net, vat, gross = (Decimal(exp[k]) for k in ("net_total", "vat_total", "gross_total"))
        assert net + vat == gross
        if doc.kind == "correction":
            assert net == sum(i.net for i in doc.after_items) - sum(i.net for i in doc.before_items)
        else:
            assert net == sum(i.net for i in sides[0])
        for it in doc.items:
            if doc.print_item_vat:
                assert it.net + it.vat == it.gross
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


@pytest.mark.parametrize("rung", ["white_desk", "curved"])
def test_phone_rungs_keep_the_page_readable(rung: str) -> None:
    """The light-desk and curved-page photos are still read by tesseract: number, a NIP and the total."""
    import random

    import numpy as np
    import pytesseract

    fam = FAMILIES["web_fakturownia"]
    smp = fam.build(0)
    doc = smp.docs[0]
    data, ext = RUNGS[rung].write(rasterize(smp.pdf), random.Random(rung))
    assert ext == "jpg"
    with Image.open(io.BytesIO(data)) as img:
        grey = np.asarray(img.convert("L"), dtype=float)
        text = pytesseract.image_to_string(img, lang="pol")
    corners = [grey[:40, :40], grey[:40, -40:], grey[-40:, :40], grey[-40:, -40:]]
    if rung == "white_desk":  # the desk is light: the page edge is a faint step, not a dark frame
        assert min(float(c.mean()) for c in corners) > 150
    else:
        assert max(float(c.mean()) for c in corners) < 170  # a darker desk around the bent sheet
    digits = "".join(c for c in text if c.isdigit())
    assert "".join(c for c in doc.number if c.isdigit()) in digits  # OCR may read a slash as a bracket
    assert doc.seller.nip in digits or doc.buyer.nip in digits
    assert f"{doc.totals()[2]:.2f}".replace(".", "") in digits


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
        data, _ = RUNGS[name].write(page, random.Random(0))
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
    for fam in BLIND.values():  # one loop, no per-family ids: the blind layouts stay out of test reports
        smp = fam.build(0)
        digits = "".join(c for c in _text(smp.pdf) if c.isdigit())
        for doc in smp.docs:
            exp = doc.expected()
            assert stdnip.is_valid(doc.seller.nip) and stdnip.is_valid(doc.buyer.nip)
            assert doc.seller.nip in digits and doc.buyer.nip in digits
            if exp.get("gross_total") is not None:
                assert Decimal(exp["net_total"]) + Decimal(exp["vat_total"]) == Decimal(exp["gross_total"])
                assert f"{abs(Decimal(exp['gross_total'])):.2f}".replace(".", "") in digits


def test_generation_is_deterministic() -> None:
    fam = FAMILIES["erp_mono"]
    assert fam.build(0).pdf == fam.build(0).pdf
    assert fam.build(0).docs == fam.build(0).docs
    assert fam.build(1).docs != fam.build(0).docs  # another seed, other data


# ---- the scorer, on hand-made outputs (never the parser) ----------------------------------------


def _row(case: Case) -> dict[str, object]:
    return {
        "file": f"{case.file_stem}.pdf",
        "family": case.family.name,
        "rung": case.rung,
        "source": case.source,
        "expected": expected(case, 0),
    }


def _perfect(exp: dict[str, object]) -> dict[str, object]:
    out = {k: v for k, v in exp.items() if k != "items"}
    out["items"] = [dict(i) for i in exp["items"]]  # type: ignore[attr-defined]
    out["uncertain"] = []
    return out


def test_scorer_counts_a_perfect_answer_as_right() -> None:
    from tests.corpus.extract.score import Result, report, score_file

    row = _row(Case(FAMILIES["correction_blocks"], "pdf_text"))
    res = Result(files=1)
    score_file(row, _perfect(row["expected"][0]), res)  # type: ignore[index]
    rep = report(res)
    assert rep["checks"] > 15 and rep["accuracy"] == 1.0 and rep["silent_wrong"] == 0


def test_scorer_tells_silent_from_flagged_wrong_values_and_tolerates_formats() -> None:
    from tests.corpus.extract.score import Result, report, score_file

    row = _row(Case(FAMILIES["web_fakturownia"], "clean_png"))
    exp = row["expected"][0]  # type: ignore[index]
    out = _perfect(exp)
    out["gross_total"] = str(Decimal(exp["gross_total"]) + 1)  # wrong and not flagged: silent
    out["net_total"] = exp["net_total"] + "0"  # "1234.50" vs "1234.5": the same Decimal
    out["seller_nip"] = (
        f"{exp['seller_nip'][:3]}-{exp['seller_nip'][3:6]}-{exp['seller_nip'][6:8]}-{exp['seller_nip'][8:]}"
    )
    out["buyer_name"] = "  " + exp["buyer_name"].upper() + " "
    out["issue_date"] = None  # missing, not silent
    res = Result(files=1)
    score_file(row, out, res)
    rep = report(res)
    assert rep["silent_wrong"] == 1 and rep["silent_by_field"] == {"gross_total": 1}
    assert [m["field"] for m in rep["misses"]] == ["issue_date", "gross_total"]
    out["uncertain"] = ["gross_total"]
    res = Result(files=1)
    score_file(row, out, res)
    assert report(res)["silent_wrong"] == 0


def test_scorer_counts_refusals_and_pairs_two_documents() -> None:
    from tests.corpus.extract.score import Result, report, score_file

    row = _row(Case(FAMILIES["ksef_view"], "webp"))
    row["file"] = "x.webp"
    res = Result(files=1)
    score_file(row, {"file": "x.webp", "error": "Plik to obraz WebP"}, res)
    rep = report(res)
    assert len(rep["refusals"]) == 1 and rep["correct"] == 0 and rep["silent_wrong"] == 0

    two = _row(Case(FAMILIES["ksef_view"], "two_in_one_text", FAMILIES["label_next_line"]))
    exps = two["expected"]
    res = Result(files=1)
    score_file(two, [_perfect(exps[1]), _perfect(exps[0])], res)  # type: ignore[index]
    assert report(res)["accuracy"] == 1.0
    res = Result(files=1)
    score_file(two, _perfect(exps[0]), res)  # type: ignore[index]  # one document found instead of two
    assert 0.3 < report(res)["accuracy"] < 0.7


def test_the_fresh_blind2_part_is_separate_and_self_consistent() -> None:
    """blind2 generates and agrees with itself (sums, NIPs, dates, what the page prints), never with the parser."""
    from tests.corpus.extract.blind import FAMILIES as BLIND
    from tests.corpus.extract.blind2 import FAMILIES as BLIND2

    assert len(BLIND2) >= 10
    assert not set(BLIND2) & (set(FAMILIES) | set(BLIND))
    assert len({f.about for f in BLIND2.values()}) == len(BLIND2)
    assert all(f.part == "blind2" for f in BLIND2.values())
    kinds = set()
    for fam in BLIND2.values():  # one loop, no per-family ids: the blind layouts stay out of test reports
        smp = fam.build(0)
        assert smp.pdf == fam.build(0).pdf  # deterministic
        text = _text(smp.pdf)
        digits = "".join(c for c in text if c.isdigit())
        for doc in smp.docs:
            kinds.add(doc.kind)
            exp = doc.expected()
            assert stdnip.is_valid(exp["seller_nip"]) and stdnip.is_valid(exp["buyer_nip"])
            assert exp["seller_nip"] != exp["buyer_nip"]
            assert doc.seller.nip in digits and doc.buyer.nip in digits
            assert doc.number in text
            issue = date.fromisoformat(exp["issue_date"])
            if "sale_date" in exp:
                assert date.fromisoformat(exp["sale_date"]) <= issue
            assert exp["items"] and all(Decimal(i["qty"]) > 0 for i in exp["items"])
            if doc.kind == "protocol":
                assert exp["gross_total"] is None and exp["currency"] is None
                continue
            net, vat, gross = (Decimal(exp[k]) for k in ("net_total", "vat_total", "gross_total"))
            assert net + vat == gross
            for it in doc.items:
                assert it.net is not None and it.vat is not None and it.gross is not None
                assert it.net + it.vat == it.gross
            if doc.kind == "correction":
                assert len(doc.before_items) == len(doc.after_items)
                assert net == sum(i.net for i in doc.after_items) - sum(i.net for i in doc.before_items)  # type: ignore[misc]
                assert gross == sum(i.gross for i in doc.after_items) - sum(i.gross for i in doc.before_items)  # type: ignore[misc]
            else:
                assert net == sum(i.net for i in doc.items)  # type: ignore[misc]
                assert gross == sum(i.gross for i in doc.items)  # type: ignore[misc]
            assert f"{abs(gross):.2f}".replace(".", "") in digits
    assert kinds == {"invoice", "correction", "protocol"}


def test_the_fresh_blind3_part_is_separate_and_self_consistent() -> None:
    """blind3 generates and agrees with itself (sums, NIPs, dates, what the page prints), never with the parser."""
    from tests.corpus.extract.blind import FAMILIES as BLIND
    from tests.corpus.extract.blind2 import FAMILIES as BLIND2
    from tests.corpus.extract.blind3 import FAMILIES as BLIND3
    from tests.corpus.extract.build import page_count

    assert len(BLIND3) >= 10
    assert not set(BLIND3) & (set(FAMILIES) | set(BLIND) | set(BLIND2))
    older = {f.about for part in (FAMILIES, BLIND, BLIND2) for f in part.values()}
    assert len({f.about for f in BLIND3.values()}) == len(BLIND3) and not older & {f.about for f in BLIND3.values()}
    assert all(f.part == "blind3" for f in BLIND3.values())
    kinds, pages, recipients = set(), [], 0
    for fam in BLIND3.values():  # one loop, no per-family ids: the blind layouts stay out of test reports
        for seed in (0, 1):
            smp = fam.build(seed)
            assert smp.pdf == fam.build(seed).pdf  # deterministic
            pages.append(page_count(smp.pdf))
            text = _text(smp.pdf)
            flat = "".join(text.split())
            digits = "".join(c for c in text if c.isdigit())
            for doc in smp.docs:
                kinds.add(doc.kind)
                recipients += doc.recipient is not None
                exp = doc.expected()
                assert stdnip.is_valid(exp["seller_nip"]) and stdnip.is_valid(exp["buyer_nip"])
                assert exp["seller_nip"] != exp["buyer_nip"]
                assert doc.seller.nip in digits and doc.buyer.nip in digits
                assert doc.number in text
                assert doc.seller.name.replace(" ", "") in flat and doc.buyer.name.replace(" ", "") in flat
                issue = date.fromisoformat(exp["issue_date"])
                assert date(2026, 1, 1) <= issue <= date(2026, 12, 31)
                if "sale_date" in exp:
                    assert date.fromisoformat(exp["sale_date"]) <= issue
                assert exp["items"] and all(Decimal(i["qty"]) > 0 for i in exp["items"])
                assert all("".join(i.name.split()) in flat for i in doc.items)  # every name is printed (maybe wrapped)
                if doc.kind == "protocol":
                    assert exp["gross_total"] is None and exp["currency"] is None
                    assert all(i["net"] is None and i["gross"] is None for i in exp["items"])
                    continue
                net, vat, gross = (Decimal(exp[k]) for k in ("net_total", "vat_total", "gross_total"))
                assert net + vat == gross
                for it in doc.items:
                    assert it.net is not None and it.vat is not None and it.gross is not None
                    assert it.net + it.vat == it.gross
                if doc.kind == "correction":
                    assert len(doc.before_items) == len(doc.after_items)
                    assert net == sum(i.net for i in doc.after_items) - sum(i.net for i in doc.before_items)  # type: ignore[misc]
                    assert gross == sum(i.gross for i in doc.after_items) - sum(i.gross for i in doc.before_items)  # type: ignore[misc]
                else:
                    assert net == sum(i.net for i in doc.items)  # type: ignore[misc]
                    assert gross == sum(i.gross for i in doc.items)  # type: ignore[misc]
                assert f"{abs(gross):.2f}".replace(".", "") in digits
    assert kinds == {"invoice", "correction", "protocol"}
    assert sum(n >= 2 for n in pages) >= 4  # two-page documents (the ladder also photographs them)
    assert recipients >= 6  # a gmina buys, a budget unit receives


def test_pages_side_by_side_is_one_photo_of_every_page_and_only_for_several_pages() -> None:
    """The photo of a two-page document laid out on a desk: one JPEG, both pages readable by tesseract."""
    import random

    import pytesseract

    from tests.corpus.extract.build import applicable, page_count

    fam = FAMILIES["two_pages_no_repeat"]
    smp = fam.build(0)
    assert page_count(smp.pdf) == 2
    doc = smp.docs[0]
    data, ext = RUNGS["pages_side_by_side"].write(rasterize(smp.pdf), random.Random(0))
    assert ext == "jpg"
    with Image.open(io.BytesIO(data)) as img:
        assert img.width > img.height  # the pages lie next to each other
        text = pytesseract.image_to_string(img, lang="pol")
    digits = "".join(c for c in text if c.isdigit())
    assert "".join(c for c in doc.number if c.isdigit()) in digits  # page 1
    assert f"{doc.totals()[2]:.2f}".replace(".", "") in digits  # the total, on page 2
    assert applicable(Case(fam, "pages_side_by_side"), 0)
    assert not applicable(Case(FAMILIES["erp_mono"], "pages_side_by_side"), 0)  # one page: no such photo


def _printed_in_order(name: str, text: str) -> bool:
    """Every word of `name` is on the page, in order (a wrapped name may share its lines with a column beside it)."""
    pos = 0
    for word in name.split():
        pos = text.find(word, pos)
        if pos < 0:
            return False
        pos += len(word)
    return True


def _self_consistent(
    doc: Any, text: str, digits: str, *, vat_sums: bool = False, zero_after: bool = False
) -> str | None:
    """One generated document agrees with itself and with its page (NIPs, number, names, dates, sums);
    returns its currency (None for a protocol, which has no amounts)."""
    exp = doc.expected()
    assert stdnip.is_valid(exp["seller_nip"]) and stdnip.is_valid(exp["buyer_nip"])
    assert exp["seller_nip"] != exp["buyer_nip"]
    assert doc.seller.nip in digits and doc.buyer.nip in digits
    assert doc.number in text
    assert _printed_in_order(doc.seller.name, text) and _printed_in_order(doc.buyer.name, text)
    issue = date.fromisoformat(exp["issue_date"])
    assert date(2026, 1, 1) <= issue <= date(2026, 12, 31)
    if "sale_date" in exp:
        assert date.fromisoformat(exp["sale_date"]) <= issue
    if zero_after and doc.kind == "correction":  # a correction to zero: the after side may hold quantities 0
        assert exp["items"] and all(Decimal(i["qty"]) >= 0 for i in exp["items"])
        assert all(Decimal(i["qty"]) > 0 for i in exp["items"] if i["before_correction"])
    else:
        assert exp["items"] and all(Decimal(i["qty"]) > 0 for i in exp["items"])
    assert all(_printed_in_order(i.name, text) for i in doc.items)  # every name is printed (maybe wrapped)
    if doc.kind == "protocol":
        assert exp["gross_total"] is None and exp["currency"] is None
        assert all(i["net"] is None and i["gross"] is None for i in exp["items"])
        return None
    net, vat, gross = (Decimal(exp[k]) for k in ("net_total", "vat_total", "gross_total"))
    assert net + vat == gross
    for it in doc.items:
        assert it.net is not None and it.vat is not None and it.gross is not None
        assert it.net + it.vat == it.gross
    if doc.kind == "correction":
        assert len(doc.before_items) == len(doc.after_items) and gross < 0
        assert net == sum(i.net for i in doc.after_items) - sum(i.net for i in doc.before_items)
        assert gross == sum(i.gross for i in doc.after_items) - sum(i.gross for i in doc.before_items)
    else:
        assert net == sum(i.net for i in doc.items)
        assert not vat_sums or vat == sum(i.vat for i in doc.items)
        assert gross == sum(i.gross for i in doc.items)
    assert f"{abs(gross):.2f}".replace(".", "") in digits
    return str(exp["currency"])


def test_the_fresh_blind4_part_is_separate_and_self_consistent() -> None:
    """blind4 generates and agrees with itself (sums, NIPs, dates, what the page prints), never with the parser."""
    from tests.corpus.extract.blind import FAMILIES as BLIND
    from tests.corpus.extract.blind2 import FAMILIES as BLIND2
    from tests.corpus.extract.blind3 import FAMILIES as BLIND3
    from tests.corpus.extract.blind4 import FAMILIES as BLIND4
    from tests.corpus.extract.build import page_count

    assert len(BLIND4) >= 8
    assert not set(BLIND4) & (set(FAMILIES) | set(BLIND) | set(BLIND2) | set(BLIND3))
    older = {f.about for part in (FAMILIES, BLIND, BLIND2, BLIND3) for f in part.values()}
    assert len({f.about for f in BLIND4.values()}) == len(BLIND4) and not older & {f.about for f in BLIND4.values()}
    assert all(f.part == "blind4" for f in BLIND4.values())
    kinds, currencies, pages = set(), set(), []
    for fam in BLIND4.values():  # one loop, no per-family ids: the blind layouts stay out of test reports
        for seed in (0, 1, 2):
            smp = fam.build(seed)
            assert smp.pdf == fam.build(seed).pdf  # deterministic
            pages.append(page_count(smp.pdf))
            text = _text(smp.pdf)
            digits = "".join(c for c in text if c.isdigit())
            for doc in smp.docs:
                kinds.add(doc.kind)
                currencies.add(_self_consistent(doc, text, digits))
    assert kinds == {"invoice", "correction", "protocol"}
    assert currencies - {None} == {"PLN", "EUR"}
    assert any(n >= 2 for n in pages)  # a two-page document (the ladder also photographs its pages side by side)


def test_the_fresh_blind5_part_is_separate_and_self_consistent() -> None:
    """blind5 generates and agrees with itself (sums, NIPs, dates, what the page prints), never with the parser."""
    from tests.corpus.extract.blind import FAMILIES as BLIND
    from tests.corpus.extract.blind2 import FAMILIES as BLIND2
    from tests.corpus.extract.blind3 import FAMILIES as BLIND3
    from tests.corpus.extract.blind4 import FAMILIES as BLIND4
    from tests.corpus.extract.blind5 import FAMILIES as BLIND5
    from tests.corpus.extract.build import page_count

    assert len(BLIND5) >= 10
    older_parts = (FAMILIES, BLIND, BLIND2, BLIND3, BLIND4)
    assert not set(BLIND5) & {n for part in older_parts for n in part}
    older = {f.about for part in older_parts for f in part.values()}
    assert len({f.about for f in BLIND5.values()}) == len(BLIND5) and not older & {f.about for f in BLIND5.values()}
    assert all(f.part == "blind5" for f in BLIND5.values())
    kinds, currencies, pages, rates = set(), set(), [], set()
    for fam in BLIND5.values():  # one loop, no per-family ids: the blind layouts stay out of test reports
        for seed in (0, 1, 2):
            smp = fam.build(seed)
            assert smp.pdf == fam.build(seed).pdf  # deterministic
            pages.append(page_count(smp.pdf))
            text = _text(smp.pdf)
            digits = "".join(c for c in text if c.isdigit())
            for doc in smp.docs:
                kinds.add(doc.kind)
                rates |= {i.vat_rate for i in doc.items}
                currencies.add(_self_consistent(doc, text, digits, vat_sums=True))
    assert kinds == {"invoice", "correction", "protocol"}
    assert currencies - {None} == {"PLN", "EUR"}
    assert {"23", "8", "5", "zw", "np"} <= rates  # mixed rates, an exemption and a reverse charge
    assert any(n >= 2 for n in pages)  # a two-page document (the ladder also photographs its pages side by side)


def test_the_fresh_blind6_part_is_separate_and_self_consistent() -> None:
    """blind6 generates and agrees with itself (sums, NIPs, dates, what the page prints), never with the parser."""
    from tests.corpus.extract.blind import FAMILIES as BLIND
    from tests.corpus.extract.blind2 import FAMILIES as BLIND2
    from tests.corpus.extract.blind3 import FAMILIES as BLIND3
    from tests.corpus.extract.blind4 import FAMILIES as BLIND4
    from tests.corpus.extract.blind5 import FAMILIES as BLIND5
    from tests.corpus.extract.blind6 import FAMILIES as BLIND6
    from tests.corpus.extract.build import families, page_count

    assert len(BLIND6) >= 12
    older_parts = (FAMILIES, BLIND, BLIND2, BLIND3, BLIND4, BLIND5)
    assert not set(BLIND6) & {n for part in older_parts for n in part}
    older = {f.about for part in older_parts for f in part.values()}
    assert len({f.about for f in BLIND6.values()}) == len(BLIND6) and not older & {f.about for f in BLIND6.values()}
    assert all(f.part == "blind6" for f in BLIND6.values())
    assert set(families("blind6a")) | set(families("blind6b")) == set(BLIND6)
    assert not set(families("blind6a")) & set(families("blind6b"))
    kinds, pages, negative_rows, zero_after = set(), [], 0, 0
    for fam in BLIND6.values():  # one loop, no per-family ids: the blind layouts stay out of test reports
        for seed in (0, 1, 2):
            smp = fam.build(seed)
            assert smp.pdf == fam.build(seed).pdf  # deterministic
            pages.append(page_count(smp.pdf))
            text = _text(smp.pdf)
            digits = "".join(c for c in text if c.isdigit())
            for doc in smp.docs:
                kinds.add(doc.kind)
                assert _self_consistent(doc, text, digits, vat_sums=True, zero_after=True) in (None, "PLN")
                negative_rows += any(i.net is not None and i.net < 0 for i in doc.items)
                zero_after += doc.kind == "correction" and all(i.qty == 0 for i in doc.after_items)
    assert kinds == {"invoice", "correction", "protocol"}
    assert any(n >= 2 for n in pages)  # a two-page document (the ladder also photographs its pages side by side)
    assert negative_rows and zero_after  # a discount row and a correction to zero


def test_the_fresh_blind7_part_is_separate_and_self_consistent() -> None:
    """blind7 generates and agrees with itself (sums, NIPs, dates, what the page prints), never with the parser."""
    from tests.corpus.extract.blind import FAMILIES as BLIND
    from tests.corpus.extract.blind2 import FAMILIES as BLIND2
    from tests.corpus.extract.blind3 import FAMILIES as BLIND3
    from tests.corpus.extract.blind4 import FAMILIES as BLIND4
    from tests.corpus.extract.blind5 import FAMILIES as BLIND5
    from tests.corpus.extract.blind6 import FAMILIES as BLIND6
    from tests.corpus.extract.blind7 import FAMILIES as BLIND7
    from tests.corpus.extract.build import families

    assert len(BLIND7) >= 12
    older_parts = (FAMILIES, BLIND, BLIND2, BLIND3, BLIND4, BLIND5, BLIND6)
    assert not set(BLIND7) & {n for part in older_parts for n in part}
    older = {f.about for part in older_parts for f in part.values()}
    assert len({f.about for f in BLIND7.values()}) == len(BLIND7) and not older & {f.about for f in BLIND7.values()}
    assert all(f.part == "blind7" for f in BLIND7.values())
    assert set(families("blind7a")) | set(families("blind7b")) == set(BLIND7)
    assert not set(families("blind7a")) & set(families("blind7b"))
    kinds, currencies, rates, recipients, open_protocols = set(), set(), set(), 0, 0
    for fam in BLIND7.values():  # one loop, no per-family ids: the blind layouts stay out of test reports
        for seed in (0, 1, 2):
            smp = fam.build(seed)
            assert smp.pdf == fam.build(seed).pdf  # deterministic
            text = _text(smp.pdf)
            digits = "".join(c for c in text if c.isdigit())
            for doc in smp.docs:
                kinds.add(doc.kind)
                rates |= {i.vat_rate for i in doc.items}
                recipients += doc.recipient is not None
                if doc.kind == "protocol" and not doc.score_amounts:  # a protocol printing values: totals left open
                    open_protocols += 1
                    exp = doc.expected()
                    assert "gross_total" not in exp and "currency" not in exp
                    assert stdnip.is_valid(exp["seller_nip"]) and stdnip.is_valid(exp["buyer_nip"])
                    assert doc.seller.nip in digits and doc.buyer.nip in digits and doc.number in text
                    assert all(_printed_in_order(i.name, text) for i in doc.items)
                    assert all(i["net"] is None and i["gross"] is None and Decimal(i["qty"]) > 0 for i in exp["items"])
                    continue
                currencies.add(_self_consistent(doc, text, digits, vat_sums=True))
    assert kinds == {"invoice", "correction", "protocol"}
    assert currencies - {None} == {"PLN", "EUR"}
    assert {"23", "5", "zw"} <= rates  # mixed rates with an exemption
    assert recipients and open_protocols  # a school receives what a gmina buys; an OT prints values


def test_the_fresh_blind8_part_is_separate_and_self_consistent() -> None:
    """blind8 generates and agrees with itself (sums, NIPs, dates, what the page prints), never with the parser."""
    from tests.corpus.extract.blind import FAMILIES as BLIND
    from tests.corpus.extract.blind2 import FAMILIES as BLIND2
    from tests.corpus.extract.blind3 import FAMILIES as BLIND3
    from tests.corpus.extract.blind4 import FAMILIES as BLIND4
    from tests.corpus.extract.blind5 import FAMILIES as BLIND5
    from tests.corpus.extract.blind6 import FAMILIES as BLIND6
    from tests.corpus.extract.blind7 import FAMILIES as BLIND7
    from tests.corpus.extract.blind8 import FAMILIES as BLIND8
    from tests.corpus.extract.build import families

    assert len(BLIND8) >= 14 and len(BLIND8) % 2 == 0
    older_parts = (FAMILIES, BLIND, BLIND2, BLIND3, BLIND4, BLIND5, BLIND6, BLIND7)
    assert not set(BLIND8) & {n for part in older_parts for n in part}
    older = {f.about for part in older_parts for f in part.values()}
    assert len({f.about for f in BLIND8.values()}) == len(BLIND8) and not older & {f.about for f in BLIND8.values()}
    assert all(f.part == "blind8" for f in BLIND8.values())
    assert set(families("blind8a")) | set(families("blind8b")) == set(BLIND8)
    assert not set(families("blind8a")) & set(families("blind8b"))
    kinds, currencies, rates, recipients, open_protocols = set(), set(), set(), 0, 0
    for fam in BLIND8.values():  # one loop, no per-family ids: the blind layouts stay out of test reports
        for seed in (0, 1, 2):
            smp = fam.build(seed)
            assert smp.pdf == fam.build(seed).pdf  # deterministic
            text = _text(smp.pdf)
            digits = "".join(c for c in text if c.isdigit())
            for doc in smp.docs:
                kinds.add(doc.kind)
                rates |= {i.vat_rate for i in doc.items}
                recipients += doc.recipient is not None
                if doc.kind == "protocol" and not doc.score_amounts:  # a protocol printing values: totals left open
                    open_protocols += 1
                    exp = doc.expected()
                    assert "gross_total" not in exp and "currency" not in exp
                    assert stdnip.is_valid(exp["seller_nip"]) and stdnip.is_valid(exp["buyer_nip"])
                    assert doc.seller.nip in digits and doc.buyer.nip in digits and doc.number in text
                    assert all(_printed_in_order(i.name, text) for i in doc.items)
                    assert all(i["net"] is None and i["gross"] is None and Decimal(i["qty"]) > 0 for i in exp["items"])
                    continue
                currencies.add(_self_consistent(doc, text, digits, vat_sums=True))
    assert kinds == {"invoice", "correction", "protocol"}
    assert currencies - {None} == {"PLN", "EUR"}
    assert {"23", "5", "zw"} <= rates  # mixed rates with an exemption
    assert recipients and open_protocols  # a school receives what a gmina buys; an OT prints values


def test_the_fresh_blind9_part_is_separate_and_self_consistent() -> None:
    """blind9 generates and agrees with itself (sums, NIPs, dates, what the page prints), never with the parser."""
    from tests.corpus.extract.blind import FAMILIES as BLIND
    from tests.corpus.extract.blind2 import FAMILIES as BLIND2
    from tests.corpus.extract.blind3 import FAMILIES as BLIND3
    from tests.corpus.extract.blind4 import FAMILIES as BLIND4
    from tests.corpus.extract.blind5 import FAMILIES as BLIND5
    from tests.corpus.extract.blind6 import FAMILIES as BLIND6
    from tests.corpus.extract.blind7 import FAMILIES as BLIND7
    from tests.corpus.extract.blind8 import FAMILIES as BLIND8
    from tests.corpus.extract.blind9 import FAMILIES as BLIND9
    from tests.corpus.extract.build import families

    assert len(BLIND9) >= 14 and len(BLIND9) % 2 == 0
    older_parts = (FAMILIES, BLIND, BLIND2, BLIND3, BLIND4, BLIND5, BLIND6, BLIND7, BLIND8)
    assert not set(BLIND9) & {n for part in older_parts for n in part}
    older = {f.about for part in older_parts for f in part.values()}
    assert len({f.about for f in BLIND9.values()}) == len(BLIND9) and not older & {f.about for f in BLIND9.values()}
    assert all(f.part == "blind9" for f in BLIND9.values())
    assert set(families("blind9a")) | set(families("blind9b")) == set(BLIND9)
    assert not set(families("blind9a")) & set(families("blind9b"))
    kinds, currencies, rates = set(), set(), set()
    for fam in BLIND9.values():  # one loop, no per-family ids: the blind layouts stay out of test reports
        for seed in (0, 1, 2, 3):
            smp = fam.build(seed)
            assert smp.pdf == fam.build(seed).pdf  # deterministic
            text = _text(smp.pdf)
            digits = "".join(c for c in text if c.isdigit())
            for doc in smp.docs:
                kinds.add(doc.kind)
                rates |= {i.vat_rate for i in doc.items}
                currencies.add(_self_consistent(doc, text, digits))
    assert kinds == {"invoice", "correction", "protocol"}
    assert currencies - {None} == {"PLN"}
    assert {"23", "zw"} <= rates  # an exemption beside the standard rate


def test_the_fresh_blind10_part_is_separate_and_self_consistent() -> None:
    """blind10 generates and agrees with itself (sums, NIPs, dates, what the page prints), never with the parser."""
    from tests.corpus.extract.blind import FAMILIES as BLIND
    from tests.corpus.extract.blind2 import FAMILIES as BLIND2
    from tests.corpus.extract.blind3 import FAMILIES as BLIND3
    from tests.corpus.extract.blind4 import FAMILIES as BLIND4
    from tests.corpus.extract.blind5 import FAMILIES as BLIND5
    from tests.corpus.extract.blind6 import FAMILIES as BLIND6
    from tests.corpus.extract.blind7 import FAMILIES as BLIND7
    from tests.corpus.extract.blind8 import FAMILIES as BLIND8
    from tests.corpus.extract.blind9 import FAMILIES as BLIND9
    from tests.corpus.extract.blind10 import FAMILIES as BLIND10
    from tests.corpus.extract.build import families

    assert len(BLIND10) >= 16 and len(BLIND10) % 2 == 0
    older_parts = (FAMILIES, BLIND, BLIND2, BLIND3, BLIND4, BLIND5, BLIND6, BLIND7, BLIND8, BLIND9)
    assert not set(BLIND10) & {n for part in older_parts for n in part}
    older = {f.about for part in older_parts for f in part.values()}
    assert len({f.about for f in BLIND10.values()}) == len(BLIND10)
    assert not older & {f.about for f in BLIND10.values()}
    assert all(f.part == "blind10" for f in BLIND10.values())
    assert set(families("blind10a")) | set(families("blind10b")) == set(BLIND10)
    assert not set(families("blind10a")) & set(families("blind10b"))
    kinds, currencies, rates = set(), set(), set()
    for fam in BLIND10.values():  # one loop, no per-family ids: the blind layouts stay out of test reports
        for seed in (0, 1, 2, 3):
            smp = fam.build(seed)
            assert smp.pdf == fam.build(seed).pdf  # deterministic
            text = _text(smp.pdf)
            digits = "".join(c for c in text if c.isdigit())
            for doc in smp.docs:
                kinds.add(doc.kind)
                rates |= {i.vat_rate for i in doc.items}
                currencies.add(_self_consistent(doc, text, digits))
    assert kinds == {"invoice", "correction", "protocol"}
    assert currencies - {None} == {"PLN"}
    assert {"23", "zw"} <= rates  # an exemption beside the standard rate


def test_the_fresh_blind11_part_is_separate_and_self_consistent() -> None:
    """blind11 generates and agrees with itself (sums, NIPs, dates, what the page prints), never with the parser."""
    from tests.corpus.extract.blind import FAMILIES as BLIND
    from tests.corpus.extract.blind2 import FAMILIES as BLIND2
    from tests.corpus.extract.blind3 import FAMILIES as BLIND3
    from tests.corpus.extract.blind4 import FAMILIES as BLIND4
    from tests.corpus.extract.blind5 import FAMILIES as BLIND5
    from tests.corpus.extract.blind6 import FAMILIES as BLIND6
    from tests.corpus.extract.blind7 import FAMILIES as BLIND7
    from tests.corpus.extract.blind8 import FAMILIES as BLIND8
    from tests.corpus.extract.blind9 import FAMILIES as BLIND9
    from tests.corpus.extract.blind10 import FAMILIES as BLIND10
    from tests.corpus.extract.blind11 import FAMILIES as BLIND11
    from tests.corpus.extract.build import families

    assert len(BLIND11) >= 16 and len(BLIND11) % 2 == 0
    older_parts = (FAMILIES, BLIND, BLIND2, BLIND3, BLIND4, BLIND5, BLIND6, BLIND7, BLIND8, BLIND9, BLIND10)
    assert not set(BLIND11) & {n for part in older_parts for n in part}
    older = {f.about for part in older_parts for f in part.values()}
    assert len({f.about for f in BLIND11.values()}) == len(BLIND11)
    assert not older & {f.about for f in BLIND11.values()}
    assert all(f.part == "blind11" for f in BLIND11.values())
    assert set(families("blind11a")) | set(families("blind11b")) == set(BLIND11)
    assert not set(families("blind11a")) & set(families("blind11b"))
    kinds, currencies, rates = set(), set(), set()
    for fam in BLIND11.values():  # one loop, no per-family ids: the blind layouts stay out of test reports
        for seed in (0, 1, 2, 3):
            smp = fam.build(seed)
            assert smp.pdf == fam.build(seed).pdf  # deterministic
            text = _text(smp.pdf)
            digits = "".join(c for c in text if c.isdigit())
            for doc in smp.docs:
                kinds.add(doc.kind)
                rates |= {i.vat_rate for i in doc.items}
                currencies.add(_self_consistent(doc, text, digits))
    assert kinds == {"invoice", "correction", "protocol"}
    assert currencies - {None} <= {"PLN", "USD"} and "PLN" in currencies
    assert {"23", "zw"} <= rates  # an exemption beside the standard rate


def test_the_fresh_blind12_part_is_separate_and_self_consistent() -> None:
    """blind12 generates and agrees with itself (sums, NIPs, dates, what the page prints), never with the parser."""
    from tests.corpus.extract.blind import FAMILIES as BLIND
    from tests.corpus.extract.blind2 import FAMILIES as BLIND2
    from tests.corpus.extract.blind3 import FAMILIES as BLIND3
    from tests.corpus.extract.blind4 import FAMILIES as BLIND4
    from tests.corpus.extract.blind5 import FAMILIES as BLIND5
    from tests.corpus.extract.blind6 import FAMILIES as BLIND6
    from tests.corpus.extract.blind7 import FAMILIES as BLIND7
    from tests.corpus.extract.blind8 import FAMILIES as BLIND8
    from tests.corpus.extract.blind9 import FAMILIES as BLIND9
    from tests.corpus.extract.blind10 import FAMILIES as BLIND10
    from tests.corpus.extract.blind11 import FAMILIES as BLIND11
    from tests.corpus.extract.blind12 import FAMILIES as BLIND12
    from tests.corpus.extract.build import families

    assert len(BLIND12) >= 16 and len(BLIND12) % 2 == 0
    older_parts = (FAMILIES, BLIND, BLIND2, BLIND3, BLIND4, BLIND5, BLIND6, BLIND7, BLIND8, BLIND9, BLIND10, BLIND11)
    assert not set(BLIND12) & {n for part in older_parts for n in part}
    older = {f.about for part in older_parts for f in part.values()}
    assert len({f.about for f in BLIND12.values()}) == len(BLIND12)
    assert not older & {f.about for f in BLIND12.values()}
    assert all(f.part == "blind12" for f in BLIND12.values())
    assert set(families("blind12a")) | set(families("blind12b")) == set(BLIND12)
    assert not set(families("blind12a")) & set(families("blind12b"))
    kinds, currencies, rates = set(), set(), set()
    for fam in BLIND12.values():  # one loop, no per-family ids: the blind layouts stay out of test reports
        for seed in (0, 1, 2, 3):
            smp = fam.build(seed)
            assert smp.pdf == fam.build(seed).pdf  # deterministic
            text = _text(smp.pdf)
            digits = "".join(c for c in text if c.isdigit())
            for doc in smp.docs:
                kinds.add(doc.kind)
                rates |= {i.vat_rate for i in doc.items}
                currencies.add(_self_consistent(doc, text, digits))
    assert kinds == {"invoice", "correction", "protocol"}
    assert currencies - {None} == {"PLN"}
    assert {"23", "zw"} <= rates  # an exemption beside the standard rate


def _fresh_part(name: str) -> tuple[dict[str, Any], dict[str, Any], dict[str, Any]]:
    """A fresh blind part checked apart from every part written before it (no family name or layout shared) and
    split into its two halves: (families, half a, half b)."""
    from tests.corpus.extract.build import BLIND_PARTS, families

    part = families(name)
    older_parts = (FAMILIES, *(families(p) for p in BLIND_PARTS[: BLIND_PARTS.index(name)]))
    assert not set(part) & {n for older in older_parts for n in older}
    older = {f.about for older_part in older_parts for f in older_part.values()}
    assert len({f.about for f in part.values()}) == len(part)
    assert not older & {f.about for f in part.values()}
    assert all(f.part == name for f in part.values())
    half_a, half_b = families(f"{name}a"), families(f"{name}b")
    assert set(half_a) | set(half_b) == set(part) and not set(half_a) & set(half_b)
    return part, half_a, half_b


def _consistent_blind13(doc: Any, text: str, digits: str) -> str | None:
    """Like `_self_consistent`, for blind13 documents that leave unprinted header fields out of the expected values
    (a note without amounts, a margin-scheme invoice without net/VAT, a protocol that prints contract values)."""
    exp = doc.expected()
    assert stdnip.is_valid(exp["seller_nip"]) and stdnip.is_valid(exp["buyer_nip"])
    assert exp["seller_nip"] != exp["buyer_nip"]
    assert doc.seller.nip in digits and doc.buyer.nip in digits
    assert doc.number in text
    assert _printed_in_order(doc.seller.name, text) and _printed_in_order(doc.buyer.name, text)
    assert date(2026, 1, 1) <= date.fromisoformat(exp["issue_date"]) <= date(2026, 12, 31)
    if "sale_date" in exp:
        assert date.fromisoformat(exp["sale_date"]) <= date.fromisoformat(exp["issue_date"])
    assert all(Decimal(i["qty"]) > 0 for i in exp["items"])
    assert all(_printed_in_order(i.name, text) for i in doc.items)
    if doc.kind == "protocol":
        assert exp["items"] and all(i["net"] is None and i["gross"] is None for i in exp["items"])
        assert all(exp.get(k) is None for k in ("currency", "net_total", "vat_total", "gross_total"))
        return None
    if not doc.items:  # a note that corrects data only: no items, no amounts scored
        assert doc.kind == "correction" and not {"net_total", "vat_total", "gross_total", "currency"} & set(exp)
        return None
    net, vat, gross = (
        doc.totals()
        if doc.kind != "correction"
        else (a - b for a, b in zip(doc.totals(doc.after_items), doc.totals(doc.before_items), strict=True))
    )
    assert net + vat == gross
    for k, v in (("net_total", net), ("vat_total", vat), ("gross_total", gross)):
        assert k not in exp or Decimal(exp[k]) == v
    assert "gross_total" in exp
    for it in doc.items:
        assert it.net is not None and it.vat is not None and it.gross is not None
        assert it.net + it.vat == it.gross
    if doc.kind == "correction":
        assert len(doc.before_items) == len(doc.after_items) and gross < 0
    else:
        assert net == sum(i.net for i in doc.items)
        assert not doc.print_item_vat or gross == sum(i.gross for i in doc.items)  # else VAT once on the sum
    assert f"{abs(gross):.2f}".replace(".", "") in digits
    return str(exp["currency"])


def test_the_fresh_blind13_part_is_separate_and_self_consistent() -> None:
    """blind13 generates and agrees with itself (sums, NIPs, dates, what the page prints), never with the parser."""
    BLIND13, _, _ = _fresh_part("blind13")
    assert len(BLIND13) >= 16 and len(BLIND13) % 2 == 0
    kinds, currencies, rates = set(), set(), set()
    for fam in BLIND13.values():  # one loop, no per-family ids: the blind layouts stay out of test reports
        for seed in (0, 1, 2, 3):
            smp = fam.build(seed)
            assert smp.pdf == fam.build(seed).pdf  # deterministic
            text = _text(smp.pdf)
            digits = "".join(c for c in text if c.isdigit())
            for doc in smp.docs:
                kinds.add(doc.kind)
                rates |= {i.vat_rate for i in doc.items}
                currencies.add(_consistent_blind13(doc, text, digits))
    assert kinds == {"invoice", "correction", "protocol"}
    assert currencies - {None} == {"PLN"}
    assert {"23", "zw", "0"} <= rates  # exemption and the 0 % school rate beside the standard rate


def _consistent_blind14(doc: Any, text: str, digits: str) -> str | None:
    """Like `_consistent_blind13`, for blind14 documents: an order discount makes the totals differ from the sum of
    the printed line nets, and whole amounts may be printed '1 500,-' (no grosze on the page)."""
    exp = doc.expected()
    assert stdnip.is_valid(exp["seller_nip"]) and stdnip.is_valid(exp["buyer_nip"])
    assert exp["seller_nip"] != exp["buyer_nip"]
    assert doc.seller.nip in digits and doc.buyer.nip in digits
    assert doc.number in text
    assert _printed_in_order(doc.seller.name, text) and _printed_in_order(doc.buyer.name, text)
    assert date(2026, 1, 1) <= date.fromisoformat(exp["issue_date"]) <= date(2026, 12, 31)
    if "sale_date" in exp:
        assert date.fromisoformat(exp["sale_date"]) <= date.fromisoformat(exp["issue_date"])
    assert exp["items"] and all(Decimal(i["qty"]) > 0 for i in exp["items"])
    assert all(_printed_in_order(i.name, text) for i in doc.items)
    if doc.kind == "protocol":
        assert all(i["net"] is None and i["gross"] is None for i in exp["items"])
        assert all(exp.get(k) is None for k in ("currency", "net_total", "vat_total", "gross_total"))
        return None
    net, vat, gross = (
        doc.totals()
        if doc.kind != "correction"
        else (a - b for a, b in zip(doc.totals(doc.after_items), doc.totals(doc.before_items), strict=True))
    )
    assert net + vat == gross
    assert (exp["net_total"], exp["vat_total"], exp["gross_total"]) == tuple(str(v) for v in (net, vat, gross))
    for it in doc.items:
        assert it.net is not None and it.vat is not None and it.gross is not None
        assert it.net + it.vat == it.gross
    lines_net = sum(i.net for i in doc.items)
    discount = getattr(doc, "order_pct", Decimal(0))
    if doc.kind == "correction":
        assert len(doc.before_items) == len(doc.after_items) and gross < 0
    elif discount:  # a discount on the whole order, deducted per rate under the lines
        assert 0 < lines_net - net < lines_net * discount / 100 + Decimal("0.05")
    else:
        assert net == sum(i.net for i in doc.items)
        assert not doc.print_item_vat or gross == sum(i.gross for i in doc.items)
    cents = f"{abs(gross):.2f}"
    assert cents.replace(".", "") in digits or (cents.endswith(".00") and f"{cents[:-3]},-" in text.replace(" ", ""))
    return str(exp["currency"])


def test_the_fresh_blind14_part_is_separate_and_self_consistent() -> None:
    """blind14 generates and agrees with itself (sums, NIPs, dates, what the page prints), never with the parser."""
    from tests.corpus.extract.build import page_count

    BLIND14, _, _ = _fresh_part("blind14")
    assert len(BLIND14) >= 16 and len(BLIND14) % 2 == 0
    kinds, currencies, rates, multi = set(), set(), set(), 0
    for fam in BLIND14.values():  # one loop, no per-family ids: the blind layouts stay out of test reports
        for seed in (0, 1, 2, 3):
            smp = fam.build(seed)
            assert smp.pdf == fam.build(seed).pdf  # deterministic
            multi += page_count(smp.pdf) > 1
            text = _text(smp.pdf)
            digits = "".join(c for c in text if c.isdigit())
            for doc in smp.docs:
                kinds.add(doc.kind)
                rates |= {i.vat_rate for i in doc.items}
                currencies.add(_consistent_blind14(doc, text, digits))
    assert kinds == {"invoice", "correction", "protocol"}
    assert currencies - {None} == {"PLN", "EUR"}
    assert {"23", "zw"} <= rates
    assert multi >= 16  # several layouts run over two pages


def _consistent_blind15(doc: Any, text: str, digits: str) -> str | None:
    """Like `_consistent_blind14`, for blind15 documents: gross-priced invoices take the VAT out of each rate's gross
    sum (the line nets need not add up to the net total), a correction may be IN PLUS, and a buyer's nota korygująca
    holds neither items nor amounts."""
    exp = doc.expected()
    assert stdnip.is_valid(exp["seller_nip"]) and stdnip.is_valid(exp["buyer_nip"])
    assert exp["seller_nip"] != exp["buyer_nip"]
    assert doc.seller.nip in digits and doc.buyer.nip in digits
    assert doc.number in text and "{MM}" not in doc.number
    assert _printed_in_order(doc.seller.name, text) and _printed_in_order(doc.buyer.name, text)
    assert date(2026, 1, 1) <= date.fromisoformat(exp["issue_date"]) <= date(2026, 12, 31)
    if "sale_date" in exp:
        assert date.fromisoformat(exp["sale_date"]) <= date.fromisoformat(exp["issue_date"])
    assert all(_printed_in_order(i.name, text) for i in doc.items)
    if not doc.items:  # the buyer's nota korygująca: no amounts, no items, no sale date
        assert doc.kind == "correction" and exp["items"] == []
        assert not {"net_total", "vat_total", "gross_total", "currency", "sale_date"} & set(exp)
        return None
    assert all(Decimal(i["qty"]) > 0 for i in exp["items"])
    if doc.kind == "protocol":
        assert all(i["net"] is None and i["gross"] is None for i in exp["items"])
        assert all(exp.get(k) is None for k in ("currency", "net_total", "vat_total", "gross_total"))
        return None
    net, vat, gross = (
        doc.totals()
        if doc.kind != "correction"
        else (a - b for a, b in zip(doc.totals(doc.after_items), doc.totals(doc.before_items), strict=True))
    )
    assert net + vat == gross
    assert (exp["net_total"], exp["vat_total"], exp["gross_total"]) == tuple(str(v) for v in (net, vat, gross))
    for it in doc.items:
        assert it.net is not None and it.vat is not None and it.gross is not None
        assert it.net + it.vat == it.gross
    if doc.kind == "correction":
        assert len(doc.before_items) == len(doc.after_items) and gross > 0  # in plus: the price was too low
    elif doc.gross_based:  # VAT taken out of each rate's gross sum: the gross adds up, the nets within cents
        assert gross == sum(i.gross for i in doc.items) and exp["items"][0]["net"] is None
        assert abs(net - sum(i.net for i in doc.items)) <= Decimal("0.01") * len(doc.items)
    else:
        assert net == sum(i.net for i in doc.items) and gross == sum(i.gross for i in doc.items)
    assert f"{abs(gross):.2f}".replace(".", "") in digits
    return str(exp["currency"])


def test_the_fresh_blind15_part_is_separate_and_self_consistent() -> None:
    """blind15 generates and agrees with itself (sums, NIPs, dates, what the page prints), never with the parser."""
    from tests.corpus.extract.build import page_count

    BLIND15, half_a, half_b = _fresh_part("blind15")
    assert len(BLIND15) == 16
    assert len(half_a) == len(half_b) == 8
    per_half: dict[str, set[str]] = {}
    currencies, rates, multi = set(), set(), 0
    for fam in BLIND15.values():  # one loop, no per-family ids: the blind layouts stay out of test reports
        half = "a" if fam.name in half_a else "b"
        for seed in (0, 1, 2, 3):
            smp = fam.build(seed)
            assert smp.pdf == fam.build(seed).pdf  # deterministic
            multi += page_count(smp.pdf) > 1
            text = _text(smp.pdf)
            digits = "".join(c for c in text if c.isdigit())
            for doc in smp.docs:
                per_half.setdefault(half, set()).add(doc.kind)
                rates |= {i.vat_rate for i in doc.items}
                currencies.add(_consistent_blind15(doc, text, digits))
    assert per_half["a"] == per_half["b"] == {"invoice", "correction", "protocol"}  # both halves span the kinds
    assert currencies - {None} == {"PLN"}
    assert {"23", "5", "zw", "np", "oo"} <= rates
    assert multi == 8  # two layouts (one per half) run over two pages


def _consistent_blind16(doc: Any, text: str, digits: str) -> str | None:
    """Like `_consistent_blind15`, for blind16 documents: a foreign seller's NIP is not printed (not scored), a final
    invoice subtracts its advance as a negative line, and a correction may come out in minus."""
    exp = doc.expected()
    assert stdnip.is_valid(exp["buyer_nip"]) and doc.buyer.nip in digits
    if "seller_nip" in exp:
        assert stdnip.is_valid(exp["seller_nip"]) and exp["seller_nip"] != exp["buyer_nip"]
        assert doc.seller.nip in digits
    else:  # only a 'DE…' VAT id is printed for the seller
        assert doc.currency == "EUR" and doc.seller.nip not in digits
    if doc.recipient is not None:  # an Odbiorca with a NIP of its own, never the buyer's
        assert stdnip.is_valid(doc.recipient.nip) and doc.recipient.nip not in (doc.buyer.nip, doc.seller.nip)
        assert doc.recipient.nip in digits
    assert doc.number in text and "{MM}" not in doc.number
    assert _printed_in_order(doc.seller.name, text) and _printed_in_order(doc.buyer.name, text)
    assert date(2026, 1, 1) <= date.fromisoformat(exp["issue_date"]) <= date(2026, 12, 31)
    if "sale_date" in exp:
        assert date.fromisoformat(exp["sale_date"]) <= date.fromisoformat(exp["issue_date"])
    assert all(_printed_in_order(i.name, text) for i in doc.items)
    assert all(Decimal(i["qty"]) > 0 for i in exp["items"])
    if doc.kind == "protocol":
        assert all(i["net"] is None and i["gross"] is None for i in exp["items"])
        assert all(exp.get(k) is None for k in ("currency", "net_total", "vat_total", "gross_total"))
        return None
    net, vat, gross = (
        doc.totals()
        if doc.kind != "correction"
        else (a - b for a, b in zip(doc.totals(doc.after_items), doc.totals(doc.before_items), strict=True))
    )
    assert net + vat == gross
    assert tuple(Decimal(exp[k]) for k in ("net_total", "vat_total", "gross_total")) == (net, vat, gross)
    for it in doc.items:
        assert it.net is not None and it.vat is not None and it.gross is not None
        assert it.net + it.vat == it.gross and it.net == (it.qty * it.unit_price).quantize(Decimal("0.01"))
    if doc.kind == "correction":
        assert len(doc.before_items) == len(doc.after_items) and gross < 0  # in minus: returned units, lower price
    else:
        assert net == sum(i.net for i in doc.items) and gross == sum(i.gross for i in doc.items) and gross > 0
        if any(i.net < 0 for i in doc.items):  # the final invoice: only the advance is negative, and it is last
            assert [i.net < 0 for i in doc.items] == [False] * (len(doc.items) - 1) + [True]
    assert f"{abs(gross):.2f}".replace(".", "") in digits
    return str(exp["currency"])


def test_the_fresh_blind16_part_is_separate_and_self_consistent() -> None:
    """blind16 generates and agrees with itself (sums, NIPs, dates, what the page prints), never with the parser."""
    from tests.corpus.extract.build import SPLIT_BATCHES, page_count

    BLIND16, half_a, half_b = _fresh_part("blind16")
    assert len(BLIND16) == 16 and "blind16" in SPLIT_BATCHES
    assert len(half_a) == len(half_b) == 8
    per_half: dict[str, set[str]] = {}
    currencies, multi, two_docs = set(), 0, 0
    for fam in BLIND16.values():  # one loop, no per-family ids: the blind layouts stay out of test reports
        half = "a" if fam.name in half_a else "b"
        for seed in (0, 1, 2, 3):
            smp = fam.build(seed)
            assert smp.pdf == fam.build(seed).pdf  # deterministic
            multi += page_count(smp.pdf) > 1
            two_docs += len(smp.docs) > 1
            text = _text(smp.pdf)
            digits = "".join(c for c in text if c.isdigit())
            for doc in smp.docs:
                per_half.setdefault(half, set()).add(doc.kind)
                currencies.add(_consistent_blind16(doc, text, digits))
    assert per_half["a"] == per_half["b"] == {"invoice", "correction", "protocol"}  # both halves span the kinds
    assert currencies - {None} == {"PLN", "EUR"}
    assert multi == 8 and two_docs == 4  # two layouts (one per half) run over two pages; one holds two invoices


def _consistent_blind17(doc: Any, text: str, digits: str) -> tuple[str | None, set[str], bool]:
    """Like `_consistent_blind16`, for blind17 documents: some invoices are priced gross (VAT taken out of the gross
    sum per rate), a correction may print net amounts only, and an invoice may share its PDF with its protocol.
    Returns the currency, the VAT rates and whether a quantity has decimals."""
    from tests.corpus.extract.blind15.families_blind15 import GrossDoc
    from tests.corpus.extract.kit import q2

    exp = doc.expected()
    assert stdnip.is_valid(exp["seller_nip"]) and stdnip.is_valid(exp["buyer_nip"])
    assert exp["seller_nip"] != exp["buyer_nip"] and doc.seller.nip in digits and doc.buyer.nip in digits
    assert doc.number in text and "{" not in doc.number
    assert _printed_in_order(doc.seller.name, text) and _printed_in_order(doc.buyer.name, text)
    if doc.recipient is not None:  # an Odbiorca (school, library) with its own address, not scored
        assert _printed_in_order(doc.recipient.name, text) and doc.recipient.street in text
    assert date(2026, 1, 1) <= date.fromisoformat(exp["issue_date"]) <= date(2026, 12, 31)
    if "sale_date" in exp:
        assert date.fromisoformat(exp["sale_date"]) <= date.fromisoformat(exp["issue_date"])
    assert all(_printed_in_order(i.name, text) for i in doc.items)
    assert all(Decimal(i["qty"]) > 0 for i in exp["items"])
    decimal_qty = any(i.qty != i.qty.to_integral_value() for i in doc.items)
    rates = {i.vat_rate for i in doc.items if i.vat_rate}
    if doc.kind == "protocol":
        assert all(i["net"] is None and i["gross"] is None for i in exp["items"])
        assert all(exp.get(k) is None for k in ("currency", "net_total", "vat_total", "gross_total"))
        return None, set(), decimal_qty
    net, vat, gross = (
        doc.totals()
        if doc.kind != "correction"
        else (a - b for a, b in zip(doc.totals(doc.after_items), doc.totals(doc.before_items), strict=True))
    )
    assert net + vat == gross
    assert tuple(Decimal(exp[k]) for k in ("net_total", "vat_total", "gross_total")) == (net, vat, gross)
    for it in doc.items:
        assert it.net is not None and it.vat is not None and it.gross is not None and it.unit_price is not None
        assert it.net + it.vat == it.gross
        priced = it.gross if isinstance(doc, GrossDoc) else it.net
        assert priced == q2(it.qty * it.unit_price)  # half up, as printed
    if isinstance(doc, GrossDoc):  # lines print gross only; VAT per rate taken out of the gross sum
        assert all(i["net"] is None for i in exp["items"]) and gross == sum(i.gross for i in doc.items)
    if doc.kind == "correction":
        assert len(doc.before_items) == len(doc.after_items) and gross < 0
        assert [i.name for i in doc.before_items] == [i.name for i in doc.after_items]
    else:
        assert net == sum(i.net for i in doc.items) or isinstance(doc, GrossDoc)
        assert gross > 0 and all(i.net > 0 for i in doc.items)
    assert f"{abs(gross):.2f}".replace(".", "") in digits
    return str(exp["currency"]), rates, decimal_qty


def test_the_fresh_blind17_part_is_separate_and_self_consistent() -> None:
    """blind17 generates and agrees with itself (sums, NIPs, dates, what the page prints), never with the parser."""
    from tests.corpus.extract.build import SPLIT_BATCHES, page_count

    BLIND17, half_a, half_b = _fresh_part("blind17")
    assert len(BLIND17) == 16 and "blind17" in SPLIT_BATCHES
    assert len(half_a) == len(half_b) == 8
    kinds: dict[str, set[str]] = {"a": set(), "b": set()}
    rates: dict[str, set[str]] = {"a": set(), "b": set()}
    decimals: dict[str, bool] = {"a": False, "b": False}
    currencies, multi, two_docs = set(), 0, 0
    for fam in BLIND17.values():  # one loop, no per-family ids: the blind layouts stay out of test reports
        half = "a" if fam.name in half_a else "b"
        for seed in (0, 1, 2, 3):
            smp = fam.build(seed)
            assert smp.pdf == fam.build(seed).pdf  # deterministic
            multi += page_count(smp.pdf) > 1
            two_docs += len(smp.docs) > 1
            text = _text(smp.pdf)
            digits = "".join(c for c in text if c.isdigit())
            assert len({d.number for d in smp.docs}) == len(smp.docs)
            for doc in smp.docs:
                kinds[half].add(doc.kind)
                cur, rs, dec = _consistent_blind17(doc, text, digits)
                currencies.add(cur)
                rates[half] |= rs
                decimals[half] |= dec
    assert kinds["a"] == kinds["b"] == {"invoice", "correction", "protocol"}  # both halves span the kinds
    assert rates["a"] == rates["b"] == {"23", "8", "zw", "np"}  # both halves mix 23 %, 8 %, zw and np
    assert decimals["a"] and decimals["b"]  # and both print decimal quantities
    assert currencies - {None} == {"PLN"}
    assert multi == 12 and two_docs == 4  # three layouts (one in a, two in b) run over two pages; one holds two docs


def _consistent_blind18(doc: Any, text: str, digits: str) -> tuple[str | None, set[str], bool]:
    """Like `_consistent_blind17`, for blind18 documents: dates are printed in many forms (one of them must show the
    issue date), some rows are discounts (negative lines named 'Rabat …'), section heads, subtotals, 'w tym' rows and
    serial sub-lines are no items, and a payer (Płatnik) shares the buyer's NIP. Returns the currency, the VAT rates
    and whether a quantity has decimals."""
    from tests.corpus.extract.blind18.families_blind18 import dmy, nopad, roman, short, slash
    from tests.corpus.extract.kit import q2

    exp = doc.expected()
    assert stdnip.is_valid(exp["seller_nip"]) and stdnip.is_valid(exp["buyer_nip"])
    assert exp["seller_nip"] != exp["buyer_nip"] and doc.seller.nip in digits and doc.buyer.nip in digits
    assert doc.number in text and "{" not in doc.number
    assert _printed_in_order(doc.seller.name, text) and _printed_in_order(doc.buyer.name, text)
    if doc.payer is not None:  # 'Płatnik: Gmina X' beside 'Nabywca: Urząd Gminy X', one NIP
        assert doc.payer.nip == doc.buyer.nip and _printed_in_order(doc.payer.name, text)
    issue = date.fromisoformat(exp["issue_date"])
    assert date(2026, 1, 1) <= issue <= date(2026, 12, 31)
    dash = f"{issue.day:02d}-{issue.month:02d}-{issue.year}"
    assert any(f(issue) in text for f in (dmy, nopad, roman, short, slash, date.isoformat)) or dash in text
    if "sale_date" in exp:
        assert date.fromisoformat(exp["sale_date"]) <= issue
    assert all(_printed_in_order(i.name, text) for i in doc.items)
    assert all(Decimal(i["qty"]) > 0 for i in exp["items"])
    assert not any(
        i.name.startswith(("w tym", "Razem", "S/N", "Do przeniesienia", "Z przeniesienia")) for i in doc.items
    )
    decimal_qty = any(i.qty != i.qty.to_integral_value() for i in doc.items)
    rates = {i.vat_rate for i in doc.items if i.vat_rate}
    if doc.kind == "protocol":
        assert all(i["net"] is None and i["gross"] is None for i in exp["items"])
        assert all(exp.get(k) is None for k in ("currency", "net_total", "vat_total", "gross_total"))
        return None, set(), decimal_qty
    net, vat, gross = (
        doc.totals()
        if doc.kind != "correction"
        else (a - b for a, b in zip(doc.totals(doc.after_items), doc.totals(doc.before_items), strict=True))
    )
    assert net + vat == gross
    assert tuple(Decimal(exp[k]) for k in ("net_total", "vat_total", "gross_total")) == (net, vat, gross)
    for it in doc.items:
        assert it.net is not None and it.vat is not None and it.gross is not None and it.unit_price is not None
        assert it.net + it.vat == it.gross and it.net == q2(it.qty * it.unit_price)  # half up, as printed
        assert it.net > 0 or it.name.startswith("Rabat -")  # only a discount row is negative
    if doc.kind == "correction":
        assert len(doc.before_items) == len(doc.after_items) and gross < 0
        assert [i.name for i in doc.before_items] == [i.name for i in doc.after_items]
    else:
        assert net == sum(i.net for i in doc.items) and gross > 0
    assert f"{abs(gross):.2f}".replace(".", "") in digits
    return str(exp["currency"]), rates, decimal_qty


def test_the_fresh_blind18_part_is_separate_and_self_consistent() -> None:
    """blind18 generates and agrees with itself (sums, NIPs, dates, what the page prints), never with the parser."""
    from tests.corpus.extract.build import SPLIT_BATCHES, page_count

    BLIND18, half_a, half_b = _fresh_part("blind18")
    assert len(BLIND18) == 16 and "blind18" in SPLIT_BATCHES
    assert len(half_a) == len(half_b) == 8
    kinds: dict[str, set[str]] = {"a": set(), "b": set()}
    decimals: dict[str, bool] = {"a": False, "b": False}
    currencies, rates, multi, two_docs, discounts = set(), set(), 0, 0, 0
    for fam in BLIND18.values():  # one loop, no per-family ids: the blind layouts stay out of test reports
        half = "a" if fam.name in half_a else "b"
        for seed in (0, 1, 2, 3):
            smp = fam.build(seed)
            assert smp.pdf == fam.build(seed).pdf  # deterministic
            multi += page_count(smp.pdf) > 1
            two_docs += len(smp.docs) > 1
            text = _text(smp.pdf)
            digits = "".join(c for c in text if c.isdigit())
            for doc in smp.docs:
                kinds[half].add(doc.kind)
                cur, rs, dec = _consistent_blind18(doc, text, digits)
                currencies.add(cur)
                rates |= rs
                decimals[half] |= dec
                discounts += any(i.net is not None and i.net < 0 for i in doc.items)
    assert kinds["a"] == kinds["b"] == {"invoice", "correction", "protocol"}  # both halves span the kinds
    assert decimals["a"] and decimals["b"]  # and both print decimal quantities
    assert rates == {"23", "zw"} and currencies - {None} == {"PLN"}
    assert discounts == 4  # one layout prints discount rows
    assert multi == 4 and two_docs == 0  # one layout (in b) runs over two pages


def _consistent_blind19(doc: Any, text: str, digits: str) -> tuple[str | None, set[str]]:
    """Like `_consistent_blind18`, for blind19 documents: a final invoice's totals are the order less the advance
    invoices listed beside it (not the sum of its lines), a gross-priced invoice takes the VAT out of the gross sum per
    rate, a protocol may print values that are not scored, and a seller's NIP may be printed only as 'NIP UE: PL…'.
    Returns the currency and the VAT rates."""
    from tests.corpus.extract.blind15.families_blind15 import GrossDoc
    from tests.corpus.extract.blind19.families_blind19 import FinalDoc
    from tests.corpus.extract.kit import q2

    exp = doc.expected()
    assert stdnip.is_valid(exp["seller_nip"]) and stdnip.is_valid(exp["buyer_nip"])
    assert exp["seller_nip"] != exp["buyer_nip"] and doc.seller.nip in digits and doc.buyer.nip in digits
    assert doc.number in text and "{" not in doc.number
    assert _printed_in_order(doc.seller.name, text) and _printed_in_order(doc.buyer.name, text)
    issue = date.fromisoformat(exp["issue_date"])
    assert date(2026, 1, 1) <= issue <= date(2026, 12, 31)
    assert f"{issue.day:02d}.{issue.month:02d}.{issue.year}" in text or issue.isoformat() in text
    if "sale_date" in exp:
        assert date.fromisoformat(exp["sale_date"]) <= issue
    assert all(_printed_in_order(i.name, text) for i in doc.items)
    assert exp["items"] and all(Decimal(i["qty"]) > 0 for i in exp["items"])
    assert not any(i.name.startswith(("Razem", "w tym", "Rozliczenie", "Zaliczka")) for i in doc.items)
    rates = {i.vat_rate for i in doc.items if i.vat_rate}
    if doc.kind == "protocol":
        assert all(i["net"] is None and i["gross"] is None for i in exp["items"])
        assert all(exp.get(k) is None for k in ("currency", "net_total", "vat_total", "gross_total"))
        return None, set()
    for it in doc.items:
        assert it.net is not None and it.vat is not None and it.gross is not None and it.unit_price is not None
        assert it.net + it.vat == it.gross and it.net > 0
        if not isinstance(doc, GrossDoc):
            assert it.net == q2(it.qty * it.unit_price)  # half up, as printed
        else:
            assert it.gross == q2(it.qty * it.unit_price)
    if doc.kind == "correction":
        after, before = doc.totals(doc.after_items), doc.totals(doc.before_items)
        net, vat, gross = (a - b for a, b in zip(after, before, strict=True))
        assert len(doc.before_items) == len(doc.after_items) and gross < 0
        assert [i.name for i in doc.before_items] == [i.name for i in doc.after_items]
    else:
        net, vat, gross = doc.totals()
        lines = [sum((getattr(i, f) for i in doc.items), Decimal(0)) for f in ("net", "vat", "gross")]
        if isinstance(doc, FinalDoc):  # the order less the advances, all at 23 %
            assert doc.advances and rates == {"23"} and 0 < gross < lines[2]
            paid = [sum((a[k] for a in doc.advances), Decimal(0)) for k in range(3)]
            assert [net, vat, gross] == [x - y for x, y in zip(lines, paid, strict=True)]
            assert all(a[0] + a[1] == a[2] for a in doc.advances)
        elif isinstance(doc, GrossDoc):  # VAT out of the gross sum per rate
            assert gross == lines[2] and abs(net - lines[0]) <= Decimal("0.05")
            assert all(i["net"] is None and i["gross"] is not None for i in exp["items"])
        else:
            assert [net, vat, gross] == lines
    assert net + vat == gross
    assert tuple(Decimal(exp[k]) for k in ("net_total", "vat_total", "gross_total")) == (net, vat, gross)
    assert f"{abs(gross):.2f}".replace(".", "") in digits
    return str(exp["currency"]), rates


def test_the_fresh_blind19_part_is_separate_and_self_consistent() -> None:
    """blind19 generates and agrees with itself (sums, NIPs, dates, what the page prints), never with the parser."""
    from tests.corpus.extract.build import SPLIT_BATCHES

    BLIND19, half_a, half_b = _fresh_part("blind19")
    assert len(BLIND19) == 16 and "blind19" in SPLIT_BATCHES
    assert len(half_a) == len(half_b) == 8
    kinds: dict[str, set[str]] = {"a": set(), "b": set()}
    marks: dict[str, set[str]] = {"a": set(), "b": set()}
    currencies: set[str | None] = set()
    rates: set[str] = set()
    for fam in BLIND19.values():  # one loop, no per-family ids: the blind layouts stay out of test reports
        half = "a" if fam.name in half_a else "b"
        for seed in (0, 1, 2, 3):
            smp = fam.build(seed)
            assert smp.pdf == fam.build(seed).pdf  # deterministic
            assert len(smp.docs) == 1
            text = _text(smp.pdf)
            digits = "".join(c for c in text if c.isdigit())
            for doc in smp.docs:
                kinds[half].add(doc.kind)
                cur, rs = _consistent_blind19(doc, text, digits)
                currencies.add(cur)
                rates |= rs
            for word in ("Pozostało do zapłaty", "Słownie", "w tym:", "Numer KSeF", "DUPLIKAT", "Odbiorca", "NIP UE"):
                if word in text:
                    marks[half].add(word)
    assert kinds["a"] == kinds["b"] == {"invoice", "correction", "protocol"}  # both halves span the kinds
    assert {"Pozostało do zapłaty", "Słownie"} <= marks["a"] & marks["b"]  # and both print payments and words
    assert rates == {"23", "8", "5", "zw"} and currencies - {None} == {"PLN", "EUR"}


def _consistent_blind20(doc: Any, text: str, digits: str) -> tuple[bool, bool]:
    """Like `_consistent_blind19`, for blind20 documents: a line may be free ('gratis', 0,00) or an order discount
    (negative), unit prices may carry four decimals, a delivery period leaves the sale date out, and the names a page
    splits over two lines (a firm and its legal form, a trading name and its owner) are still printed word by word in
    order. Returns (the seller's name is not printed on one line, a quantity is fractional)."""
    from tests.corpus.extract.kit import q2

    exp = doc.expected()
    assert stdnip.is_valid(exp["seller_nip"]) and stdnip.is_valid(exp["buyer_nip"])
    assert exp["seller_nip"] != exp["buyer_nip"] and doc.seller.nip in digits and doc.buyer.nip in digits
    assert doc.number in text and "{" not in doc.number
    assert _printed_in_order(doc.seller.name, text) and _printed_in_order(doc.buyer.name, text)
    issue = date.fromisoformat(exp["issue_date"])
    assert date(2026, 1, 1) <= issue <= date(2026, 12, 31)
    forms = (
        f"{issue.day:02d}.{issue.month:02d}.{issue.year}",
        issue.isoformat(),
        f"{issue.day:02d}/{issue.month:02d}/{issue.year}",
        words_date(issue),
    )
    assert any(f in text for f in forms)
    if "sale_date" in exp:
        assert date.fromisoformat(exp["sale_date"]) <= issue
    assert exp["items"] and all(_printed_in_order(i.name, text) for i in doc.items)
    assert all(Decimal(i["qty"]) > 0 for i in exp["items"])
    not_items = (
        "Razem",
        "Do przeniesienia",
        "Z przeniesienia",
        "S/N",
        "Klucz",
        "Okres",
        "Dostawa ",
        "różnica",
        "przed",
    )
    assert not any(i.name.startswith(not_items) for i in doc.items)
    split_name = doc.seller.name not in text.splitlines() and doc.seller.name not in text
    fractional = any(i.qty != i.qty.to_integral_value() for i in doc.items)
    if doc.kind == "protocol":
        assert all(i["net"] is None and i["gross"] is None for i in exp["items"])
        assert all(exp.get(k) is None for k in ("currency", "net_total", "vat_total", "gross_total"))
        return split_name, fractional
    for it in doc.items:
        assert it.net is not None and it.vat is not None and it.gross is not None and it.unit_price is not None
        assert it.net + it.vat == it.gross and it.net == q2(it.qty * it.unit_price)  # half up, as printed
        if it.net < 0:
            assert it.name.startswith("Rabat handlowy")  # the order discount line
        elif it.net == 0:
            assert it.name.endswith("gratis")
    if doc.kind == "correction":
        after, before = doc.totals(doc.after_items), doc.totals(doc.before_items)
        net, vat, gross = (a - b for a, b in zip(after, before, strict=True))
        assert len(doc.before_items) == len(doc.after_items) and gross < 0
        assert [i.name for i in doc.before_items] == [i.name for i in doc.after_items]
    else:
        net, vat, gross = doc.totals()
        assert [net, vat, gross] == [
            sum((getattr(i, f) for i in doc.items), Decimal(0)) for f in ("net", "vat", "gross")
        ]
        assert gross > 0
    assert net + vat == gross and exp["currency"] == "PLN"
    assert tuple(Decimal(exp[k]) for k in ("net_total", "vat_total", "gross_total")) == (net, vat, gross)
    assert f"{abs(gross):.2f}".replace(".", "") in digits
    return split_name, fractional


def words_date(d: date) -> str:
    from tests.corpus.extract.kit import date_fmt

    return date_fmt(d, "words_r")


def test_the_fresh_blind20_part_is_separate_and_self_consistent() -> None:
    """blind20 generates and agrees with itself (sums, NIPs, dates, what the page prints), never with the parser."""
    from tests.corpus.extract.build import SPLIT_BATCHES, TWO_TEXT, page_count, plan

    BLIND20, half_a, half_b = _fresh_part("blind20")
    assert len(BLIND20) == 16 and "blind20" in SPLIT_BATCHES
    assert len(half_a) == len(half_b) == 8
    kinds: dict[str, set[str]] = {"a": set(), "b": set()}
    marks: dict[str, set[str]] = {"a": set(), "b": set()}
    split_names = {"a": 0, "b": 0}
    fractional = {"a": False, "b": False}
    multi = 0
    for fam in BLIND20.values():  # one loop, no per-family ids: the blind layouts stay out of test reports
        half = "a" if fam.name in half_a else "b"
        for seed in (0, 1, 2, 3):
            smp = fam.build(seed)
            assert smp.pdf == fam.build(seed).pdf  # deterministic
            assert len(smp.docs) == 1
            multi += page_count(smp.pdf) > 1
            text = _text(smp.pdf)
            digits = "".join(c for c in text if c.isdigit())
            for doc in smp.docs:
                kinds[half].add(doc.kind)
                split, frac = _consistent_blind20(doc, text, digits)
                split_names[half] += split
                fractional[half] |= frac
                if any(i.net == 0 for i in doc.items if i.net is not None):
                    marks[half].add("gratis")
            for word in ("Słownie", "Oddział", "Rabat", "KSeF", "IBAN", " dni", "Uwagi"):
                if word in text:
                    marks[half].add(word)
    assert kinds["a"] == kinds["b"] == {"invoice", "correction", "protocol"}  # both halves span the kinds
    assert {"Słownie", "Oddział", "Rabat", "KSeF", "gratis", "Uwagi"} <= marks["a"] & marks["b"]
    assert split_names["a"] >= 4 and split_names["b"] >= 4  # a seller name over two lines in both halves
    assert fractional["a"] and fractional["b"]
    assert multi == 4  # one layout (in b) runs over two pages
    for case in plan(list(BLIND20.values()), [TWO_TEXT]):  # a "two in one" file pairs families of the same half
        assert case.partner is not None and (case.family.name in half_a) == (case.partner.name in half_a)
        assert len(expected(case, 0)) == 2


def _consistent_blind21(doc: Any, text: str, digits: str) -> None:
    """Like `_consistent_blind20`, for blind21 documents: the issue date is printed in one of the batch's forms
    ('05-11-2026', '5 XI 2026', '2026.11.05', '05.11.2026', '5.11.2026 r.'); a final invoice's totals are the order
    less its advance; a correction's totals are after less before; a protocol prints no amounts."""
    from tests.corpus.extract.kit import q2

    exp = doc.expected()
    assert stdnip.is_valid(exp["seller_nip"]) and stdnip.is_valid(exp["buyer_nip"])
    assert exp["seller_nip"] != exp["buyer_nip"] and doc.seller.nip in digits and doc.buyer.nip in digits
    assert doc.number in text and "{" not in doc.number
    assert _printed_in_order(doc.seller.name, text) and _printed_in_order(doc.buyer.name, text)
    issue = date.fromisoformat(exp["issue_date"])
    assert date(2026, 1, 1) <= issue <= date(2026, 12, 31)
    roman = ("I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII")[issue.month - 1]
    forms = (
        f"{issue.day:02d}-{issue.month:02d}-{issue.year}",
        f"{issue.day} {roman} {issue.year}",
        f"{issue.year}.{issue.month:02d}.{issue.day:02d}",
        f"{issue.day:02d}.{issue.month:02d}.{issue.year}",
        f"{issue.day}.{issue.month:02d}.{issue.year} r.",
    )
    assert any(f in text for f in forms)
    if "sale_date" in exp:
        assert date.fromisoformat(exp["sale_date"]) <= issue
    assert exp["items"] and all(_printed_in_order(i.name, text) for i in doc.items)
    assert all(Decimal(i["qty"]) > 0 for i in exp["items"])
    not_items = ("Razem", "Wartość zamówienia", "Pomniejszenie", "Stawka", "P/N", "EAN", "Przed", "Po korekcie")
    assert not any(i.name.startswith(not_items) for i in doc.items)
    if doc.kind == "protocol":
        assert all(i["net"] is None and i["gross"] is None for i in exp["items"])
        assert all(exp.get(k) is None for k in ("currency", "net_total", "vat_total", "gross_total"))
        return
    for it in doc.items:
        assert it.net is not None and it.vat is not None and it.gross is not None and it.unit_price is not None
        assert it.net + it.vat == it.gross and it.net == q2(it.qty * it.unit_price)
    if doc.kind == "correction":
        after, before = doc.totals(doc.after_items), doc.totals(doc.before_items)
        net, vat, gross = (a - b for a, b in zip(after, before, strict=True))
        assert len(doc.before_items) == len(doc.after_items) and gross < 0
        assert [i.name for i in doc.before_items] == [i.name for i in doc.after_items]
        assert f"{abs(gross):.2f}".replace(".", "") in digits
    else:
        net, vat, gross = doc.totals()
        items = [sum((getattr(i, f) for i in doc.items), Decimal(0)) for f in ("net", "vat", "gross")]
        advances = getattr(doc, "advances", ())
        if advances:  # a final invoice: the order less the advance, both printed
            assert [net, vat, gross] == [items[k] - sum(a[k] for a in advances) for k in range(3)]
            assert 0 < gross < items[2]
        else:
            assert [net, vat, gross] == items
        assert gross > 0
        assert f"{gross:.2f}".replace(".", "") in digits
    assert net + vat == gross and exp["currency"] == "PLN"
    assert tuple(Decimal(exp[k]) for k in ("net_total", "vat_total", "gross_total")) == (net, vat, gross)


def test_the_fresh_blind21_part_is_separate_and_self_consistent() -> None:
    """blind21 generates and agrees with itself (sums, NIPs, dates, what the page prints), never with the parser."""
    from tests.corpus.extract.build import SPLIT_BATCHES, TWO_TEXT, plan

    BLIND21, half_a, half_b = _fresh_part("blind21")
    assert len(BLIND21) == 16 and "blind21" in SPLIT_BATCHES
    assert len(half_a) == len(half_b) == 8
    kinds: dict[str, set[str]] = {"a": set(), "b": set()}
    marks: dict[str, set[str]] = {"a": set(), "b": set()}
    fractional = {"a": False, "b": False}
    for fam in BLIND21.values():  # one loop, no per-family ids: the blind layouts stay out of test reports
        half = "a" if fam.name in half_a else "b"
        for seed in (0, 1, 2, 3):
            smp = fam.build(seed)
            assert smp.pdf == fam.build(seed).pdf  # deterministic
            assert len(smp.docs) == 1
            text = _text(smp.pdf)
            digits = "".join(c for c in text if c.isdigit())
            for doc in smp.docs:
                kinds[half].add(doc.kind)
                _consistent_blind21(doc, text, digits)
                fractional[half] |= any(i.qty != i.qty.to_integral_value() for i in doc.items)
            for word in ("Słownie", "KSeF", "PODZIELONEJ", "ZALICZKOWA", "ROZLICZAJĄCA", "Przyczyna", "14 dni", "PLN "):
                if word in text:
                    marks[half].add(word)
    assert kinds["a"] == kinds["b"] == {"invoice", "correction", "protocol"}  # both halves span the kinds
    assert {"Słownie", "Przyczyna"} <= marks["a"] & marks["b"]
    assert {"ZALICZKOWA", "14 dni", "PLN "} <= marks["a"] and {"KSeF", "PODZIELONEJ", "ROZLICZAJĄCA"} <= marks["b"]
    assert fractional["a"]
    for case in plan(list(BLIND21.values()), [TWO_TEXT]):  # a "two in one" file pairs families of the same half
        assert case.partner is not None and (case.family.name in half_a) == (case.partner.name in half_a)
        assert len(expected(case, 0)) == 2


def _consistent_blind22(doc: Any, text: str, digits: str) -> None:
    """Like `_consistent_blind21`, for blind22 documents: the issue date (and a scored sale date) is printed in one of
    the batch's forms ('14.03.2026', '14 marca 2026', '14.III.2026', '2026.03.14', '2026-03-14'); a gross-priced
    line is its gross unit price times the quantity; a correction's totals are after less before; a protocol's
    amounts are not expected (printed or not)."""
    from tests.corpus.extract.kit import MONTHS_GEN, q2

    exp = doc.expected()
    assert stdnip.is_valid(exp["seller_nip"]) and stdnip.is_valid(exp["buyer_nip"])
    assert exp["seller_nip"] != exp["buyer_nip"] and doc.seller.nip in digits and doc.buyer.nip in digits
    assert doc.number in text and "{" not in doc.number
    assert _printed_in_order(doc.seller.name, text) and _printed_in_order(doc.buyer.name, text)

    def forms(d: date) -> tuple[str, ...]:
        roman = ("I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII")[d.month - 1]
        return (
            f"{d.day:02d}.{d.month:02d}.{d.year}",
            f"{d.day} {MONTHS_GEN[d.month - 1]} {d.year}",
            f"{d.day}.{roman}.{d.year}",
            f"{d.year}.{d.month:02d}.{d.day:02d}",
            d.isoformat(),
        )

    issue = date.fromisoformat(exp["issue_date"])
    assert date(2026, 1, 1) <= issue <= date(2026, 12, 31)
    assert any(f in text for f in forms(issue))
    if "sale_date" in exp:
        sale = date.fromisoformat(exp["sale_date"])
        assert sale <= issue and any(f in text for f in forms(sale))
    assert exp["items"] and all(_printed_in_order(i.name, text) for i in doc.items)
    assert all(Decimal(i["qty"]) > 0 for i in exp["items"])
    not_items = ("Razem", "Stan", "Różnica", "okres:", "S/N", "Stawka", "w tym")
    assert not any(i.name.startswith(not_items) for i in doc.items)
    if doc.kind == "protocol":
        assert all(i["net"] is None and i["gross"] is None for i in exp["items"])
        assert all(exp.get(k) is None for k in ("currency", "net_total", "vat_total", "gross_total"))
        assert doc.sale_date is None
        return
    for it in doc.items:
        assert it.net is not None and it.vat is not None and it.gross is not None and it.unit_price is not None
        assert it.net + it.vat == it.gross
        assert (it.gross if doc.gross_based else it.net) == q2(it.qty * it.unit_price)
    if doc.kind == "correction":
        after, before = doc.totals(doc.after_items), doc.totals(doc.before_items)
        net, vat, gross = (a - b for a, b in zip(after, before, strict=True))
        assert len(doc.before_items) == len(doc.after_items) and gross < 0
        assert [i.name for i in doc.before_items] == [i.name for i in doc.after_items]
        assert f"{abs(gross):.2f}".replace(".", "") in digits
        assert "sale_date" not in exp
    else:
        net, vat, gross = doc.totals()
        items = [sum((getattr(i, f) for i in doc.items), Decimal(0)) for f in ("net", "vat", "gross")]
        assert [net, vat, gross] == items and gross > 0
        assert f"{gross:.2f}".replace(".", "") in digits
    assert net + vat == gross and exp["currency"] == "PLN"
    assert tuple(Decimal(exp[k]) for k in ("net_total", "vat_total", "gross_total")) == (net, vat, gross)


def test_the_fresh_blind22_part_is_separate_and_self_consistent() -> None:
    """blind22 generates and agrees with itself (sums, NIPs, dates, what the page prints), never with the parser."""
    from tests.corpus.extract.build import SPLIT_BATCHES, TWO_TEXT, page_count, plan

    BLIND22, half_a, half_b = _fresh_part("blind22")
    assert len(BLIND22) == 16 and "blind22" in SPLIT_BATCHES
    assert len(half_a) == len(half_b) == 8
    kinds: dict[str, set[str]] = {"a": set(), "b": set()}
    marks: dict[str, set[str]] = {"a": set(), "b": set()}
    pages: dict[str, set[int]] = {"a": set(), "b": set()}
    words = (
        "Słownie",
        "Numer KSeF",
        "Zamówienie nr",
        "Data otrzymania zapłaty",
        "Kapitał zakładowy",
        "Dotyczy faktury",
        "Rabat",
        "PKWiU",
        "Cena brutto",
        "Pozostało do zapłaty",
        "S/N:",
        "okres:",
        "Strona 1 z 2",
        "Strona 1/2",
    )
    for fam in BLIND22.values():  # one loop, no per-family ids: the blind layouts stay out of test reports
        half = "a" if fam.name in half_a else "b"
        for seed in (0, 1, 2, 3):
            smp = fam.build(seed)
            assert smp.pdf == fam.build(seed).pdf  # deterministic
            assert len(smp.docs) == 1
            text = _text(smp.pdf)
            digits = "".join(c for c in text if c.isdigit())
            pages[half].add(page_count(smp.pdf))
            for doc in smp.docs:
                kinds[half].add(doc.kind)
                _consistent_blind22(doc, text, digits)
            marks[half] |= {w for w in words if w in text}
    assert kinds["a"] == kinds["b"] == {"invoice", "correction", "protocol"}  # both halves span the kinds
    assert "Słownie" in marks["a"] & marks["b"]
    assert {"Numer KSeF", "Zamówienie nr", "Data otrzymania zapłaty", "Kapitał zakładowy", "Dotyczy faktury"} <= marks[
        "a"
    ]
    assert {"Rabat", "PKWiU", "Cena brutto", "Pozostało do zapłaty", "S/N:", "okres:", "Strona 1 z 2"} <= marks["b"]
    assert {"Strona 1/2"} <= marks["b"] and pages["a"] == {1} and pages["b"] == {1, 2}
    for case in plan(list(BLIND22.values()), [TWO_TEXT]):  # a "two in one" file pairs families of the same half
        assert case.partner is not None and (case.family.name in half_a) == (case.partner.name in half_a)
        assert len(expected(case, 0)) == 2
