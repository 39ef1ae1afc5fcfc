"""The OCR backend through pytesseract (issue 15): word boxes with confidences, timeouts, OSD and its fallback."""

from __future__ import annotations

from pathlib import Path

import pytest

from extractors.backends import ocr
from extractors.errors import OcrTimeout
from extractors.read import read_pages
from tests.extractors.test_photo_pipeline import NUMBER, encode, page_image

pytestmark = pytest.mark.ocr


@pytest.fixture(scope="module")
def prepared(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("ocr") / "page.pgm"
    ocr.prepare_page(page_image()).page.save(path)
    return path


def test_ocr_backend_words_keep_their_confidence(prepared: Path) -> None:
    words, mean, real = ocr.read_words(prepared, timeout=60)
    assert real >= 40
    assert all(w.confidence is not None and 0 <= w.confidence <= 100 for w in words)
    number = next(w for w in words if w.text == NUMBER)
    assert number.confidence is not None and number.confidence > 80
    assert abs(mean - sum(w.confidence or 0 for w in words) / len(words)) < 1e-6


def test_ocr_backend_timeout_is_a_polish_ocr_timeout(prepared: Path) -> None:
    with pytest.raises(OcrTimeout, match="trwał dłużej niż"):
        ocr.read_words(prepared, timeout=0.01)


def test_ocr_backend_osd_tells_an_upside_down_page(tmp_path: Path) -> None:
    path = tmp_path / "upside.pgm"
    ocr.prepare_page(page_image()).page.rotate(180).save(path)
    assert ocr.osd_rotation(path, timeout=60) == 180


def test_ocr_backend_osd_gives_up_on_too_little_text(tmp_path: Path) -> None:
    from PIL import Image, ImageDraw

    img = Image.new("L", (1860, 2630), 255)
    ImageDraw.Draw(img).rectangle((800, 1200, 830, 1230), fill=0)
    path = tmp_path / "square.pgm"
    img.save(path)
    assert ocr.osd_rotation(path, timeout=60) is None


@pytest.mark.parametrize("turn", [90, 180, 270])
def test_ocr_backend_rotation_trials_find_the_upright_page(tmp_path: Path, turn: int) -> None:
    """OSD's fallback: each quarter turn read at half size, the most confident kept."""
    page = ocr.prepare_page(page_image()).page.rotate(turn, expand=True)  # turned counter-clockwise
    assert ocr.trial_rotation(page, timeout=60, workdir=tmp_path, tag="t") == turn


def test_ocr_backend_read_pages_exposes_boxes_and_notes() -> None:
    pages = read_pages(encode(page_image().rotate(180), "PNG"), name="do-gory-nogami.png")
    assert pages.notes == ("obrócono o 180°",)
    [words] = pages.words
    assert any(w.text == NUMBER for w in words)
    assert all(w.confidence is not None for w in words)
