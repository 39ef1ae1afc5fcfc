"""OCR backend with the real tesseract: preprocessing steps, orientation, limits, progress."""

from __future__ import annotations

from pathlib import Path

import pytest
from PIL import Image, ImageDraw, ImageFont

from extractors.backends import ocr
from extractors.errors import OcrTimeout
from extractors.limits import Limits
from tests.fixtures import pdfgen

pytestmark = pytest.mark.ocr


@pytest.fixture(scope="module")
def page() -> Image.Image:
    """A clean one-page invoice rendered at the OCR resolution."""
    f = next(f for f in pdfgen.shared_corpus(scans=False) if f.path.stem == "fv_classic_short")
    return pdfgen.rasterise(f.path, 225)[0]


def test_tesseract_with_polish_is_installed() -> None:
    # Not a skip: without `tesseract-ocr-pol` scans cannot be read, and CI must say so.
    assert ocr.is_available(), "zainstaluj: apt-get install tesseract-ocr tesseract-ocr-pol"


def test_otsu_splits_a_bimodal_histogram() -> None:
    histogram = [0] * 256
    histogram[30] = 1000  # ink
    histogram[220] = 9000  # paper
    assert 30 <= ocr.otsu_threshold(histogram) < 220


@pytest.mark.parametrize("angle", [-3.5, -1.0, 0.0, 2.0, 4.0], ids=lambda a: f"{a:+.1f}deg")
def test_skew_is_measured_within_a_quarter_degree(page: Image.Image, angle: float) -> None:
    turned = page.rotate(angle, expand=True, fillcolor=255, resample=Image.Resampling.BILINEAR)
    assert ocr.skew_angle(ocr.binarise(turned)) == pytest.approx(-angle, abs=0.25)


def test_table_rules_are_erased_but_bold_text_is_kept() -> None:
    img = Image.new("L", (1800, 400), 255)
    draw = ImageDraw.Draw(img)
    draw.rectangle((50, 100, 1750, 102), fill=0)  # a table rule
    draw.rectangle((900, 120, 902, 380), fill=0)  # a column rule
    # 11 pt bold at the OCR resolution (225 dpi). Capitals' top bars line up almost like a rule, and
    # bold text is as dark along its row as a rule is.
    bold = ImageFont.truetype(str(pdfgen.FONT_DIR / "DejaVuSans-Bold.ttf"), 34)
    draw.text((60, 140), "ESET PROTECT TEST", font=bold, fill=0)
    draw.text((60, 220), "Do zapłaty: 36 446,13", font=bold, fill=0)
    ink_before = img.crop((50, 130, 880, 300)).histogram()[0]
    cleaned = ocr.erase_rules(img)
    assert cleaned.crop((50, 95, 1750, 108)).histogram()[0] == 0
    assert cleaned.crop((895, 120, 908, 380)).histogram()[0] == 0
    assert cleaned.crop((50, 130, 880, 300)).histogram()[0] >= 0.97 * ink_before


@pytest.mark.parametrize(
    ("token", "clean"),
    [
        ("|", ""),
        ("!", ""),
        ("[Stawka", "Stawka"),
        ("netto|", "netto"),
        ("17 773,50.", "17 773,50"),
        ('"6', "6"),
        ("-", "-"),
        ("23%", "23%"),
        ("FV/1.", "FV/1."),
        ("KÓR/2026/004", "KOR/2026/004"),
        ("Łódź", "Łódź"),
        ("3483647]", "3483647"),
        ("[pkt 1]", "[pkt 1]"),
    ],
    ids=[
        "bar",
        "bang",
        "bracket",
        "trailing-bar",
        "amount-dot",
        "quote-before-digit",
        "dash",
        "percent",
        "number",
        "speck-on-identifier",
        "polish-word-kept",
        "border-after-number",
        "bracketed-kept",
    ],
)
def test_rule_specks_are_dropped_from_tokens(token: str, clean: str) -> None:
    assert ocr.clean_token(token) == clean


def test_company_suffix_misread_is_fixed() -> None:
    assert ocr.fix_common("NetSecure Sp. z 0.0.") == "NetSecure Sp. z o.o."
    # an S read as a dollar sign inside a word or in "Sp."; a price in dollars stays as printed
    assert ocr.fix_common("Komputer$erwis Adam Wójcik, Grenz-IT $p. z 0.0.") == (
        "KomputerSerwis Adam Wójcik, Grenz-IT Sp. z o.o."
    )
    assert ocr.fix_common("Cena $100, koszt 20$") == "Cena $100, koszt 20$"
    assert ocr.fix_common("SecuLab Polska $.A., ul. Cicha 19") == "SecuLab Polska S.A., ul. Cicha 19"


def test_clean_page_reads_its_number_and_nips(page: Image.Image, tmp_path: Path) -> None:
    result = ocr.ocr_image(page, timeout=60, workdir=tmp_path, tag="p")
    assert "FV/2026/01/002" in result.text
    assert "634-298-17-25" in result.text
    assert result.confidence > 80 and result.rotated == 0


def test_upside_down_page_is_turned_by_osd(page: Image.Image, tmp_path: Path) -> None:
    result = ocr.ocr_image(page.rotate(180), timeout=60, workdir=tmp_path, tag="p")
    assert result.rotated == 180
    assert "FV/2026/01/002" in result.text


def test_slow_page_raises_ocr_timeout_in_polish(page: Image.Image) -> None:
    with pytest.raises(OcrTimeout, match="Odczyt strony trwał dłużej"):
        ocr.ocr_images([page], limits=Limits(ocr_seconds_per_page=0.05))


def test_pages_run_in_parallel_with_progress_and_keep_their_order(page: Image.Image) -> None:
    calls: list[tuple[int, int]] = []
    blank = Image.new("L", page.size, 255)
    results = ocr.ocr_images([page, blank], progress=lambda p, t: calls.append((p, t)))
    assert sorted(calls) == [(1, 2), (2, 2)]
    assert "FV/2026/01/002" in results[0].text and results[1].text == ""


def _header_page() -> Image.Image:
    """A page top as invoicing apps print it: a big title, a small grey number under it, a date at the
    right, and a table heading in white on a dark band."""
    img = Image.new("L", (1860, 2630), 255)  # A4 at the OCR resolution
    draw = ImageDraw.Draw(img)
    big = ImageFont.truetype(str(pdfgen.FONT_DIR / "DejaVuSans-Bold.ttf"), 96)
    small = ImageFont.truetype(str(pdfgen.FONT_DIR / "DejaVuSans.ttf"), 34)
    draw.text((110, 120), "Faktura", font=big, fill=0)
    draw.text((112, 250), "nr KW/58/2026", font=small, fill=110)
    draw.text((1480, 130), "Data wystawienia", font=small, fill=0)
    draw.text((1500, 250), "21.10.2026", font=small, fill=0)
    draw.rectangle((110, 420, 1750, 490), fill=40)
    draw.text((700, 432), "PO KOREKCIE", font=small, fill=255)
    for k, line in enumerate(("Lp. Nazwa towaru Ilość Cena netto", "1 Router brzegowy 2 szt. 1 000,00")):
        draw.text((110, 560 + 70 * k), line, font=small, fill=0)
    return img


def test_a_header_page_reads_its_title_number_date_and_the_band(tmp_path: Path) -> None:
    result = ocr.ocr_image(_header_page(), timeout=60, workdir=tmp_path, tag="h")
    assert "KW/58/2026" in result.text
    assert "21.10.2026" in result.text
    assert "KOREKCIE" in result.text


def test_a_line_the_block_pass_dropped_is_read_again_in_its_place(tmp_path: Path) -> None:
    page = ocr.prepare_page(_header_page()).page
    path = tmp_path / "p.pgm"
    page.save(path)
    words, _, _ = ocr.read_words(path, timeout=60)
    # what tesseract's single-block pass does to such a line on some pages: it leaves it out
    dropped = [w for w in words if 230 <= w.middle <= 300]
    assert {"KW/58/2026", "21.10.2026"} <= {w.text for w in dropped}
    kept = [w for w in words if w not in dropped]
    recovered, _ = ocr.recover_dropped(page, kept, timeout=60, workdir=tmp_path, tag="r")
    found = {w.text: w for w in recovered}
    assert {"KW/58/2026", "21.10.2026"} <= found.keys()
    for w in dropped:
        if w.text in found:  # back where it was printed
            assert abs(found[w.text].x0 - w.x0) < 15 and abs(found[w.text].top - w.top) < 15
    assert not ocr.recover_dropped(page, words, timeout=60, workdir=tmp_path, tag="n")[0]  # nothing left out


def _two_column_page() -> Image.Image:
    """A seller's block at the left, dates at the right on baselines half a line lower."""
    img = Image.new("L", (1860, 900), 255)
    draw = ImageDraw.Draw(img)
    small = ImageFont.truetype(str(pdfgen.FONT_DIR / "DejaVuSans.ttf"), 30)
    for k, line in enumerate(
        ("Sprzedawca", "Instalatorstwo Teletechniczne Piotr Maj", "ul. Składowa 5", "60-128 Poznań")
    ):
        draw.text((125, 260 + 38 * k), line, font=small, fill=0)
    for k, line in enumerate(("Data wystawienia: 10.03.2026", "Data sprzedaży: 04.03.2026")):
        draw.text((1090, 279 + 38 * k), line, font=small, fill=0)
    return img


def test_a_line_tesseract_merged_with_its_neighbour_is_read_again(tmp_path: Path) -> None:
    page = ocr.prepare_page(_two_column_page()).page
    path = tmp_path / "p.pgm"
    page.save(path)
    words, _, _ = ocr.read_words(path, timeout=60)
    name = [w for w in words if w.text in ("Instalatorstwo", "Teletechniczne", "ul.", "Składowa")]
    assert len(name) == 4
    # what the single-block pass does on some scans when the right column's baselines fall between the
    # left column's lines: the two lines come out as one guessed word, confidence 0, two lines tall
    from extractors.backends.layout import Word

    merged = Word(
        "a",
        min(w.x0 for w in name),
        max(w.x1 for w in name),
        min(w.top for w in name),
        max(w.bottom for w in name),
        0.0,
    )
    garbled = [w for w in words if w not in name] + [merged]
    recovered, _ = ocr.recover_dropped(page, garbled, timeout=60, workdir=tmp_path, tag="g")
    assert {"Instalatorstwo", "Składowa"} <= {w.text for w in recovered}
    kept = ocr.without_replaced(garbled, recovered)
    assert merged not in kept and len(kept) == len(garbled) - 1


def test_dark_bands_are_inverted_but_a_square_code_is_not() -> None:
    import numpy as np

    bw = np.full((400, 800), 255, dtype=np.uint8)
    bw[20:80, 20:780] = 0  # a band
    bw[40:60, 100:140] = 255  # white print in it
    bw[150:350, 300:500] = 0  # a solid square (a QR code's finder, a logo)
    out = ocr.invert_dark_bands(bw)
    assert out[30, 30] == 255 and out[50, 120] == 0  # the band turned light, its print dark
    assert out[200, 400] == 0  # the square stays as it was


def test_a_letterhead_banner_is_turned_dark_on_light_before_flattening() -> None:
    import numpy as np

    gray = np.full((2400, 1700), 255, dtype=np.uint8)
    gray[0:220, :] = 80  # a grey banner across the top, taller than any table header band
    gray[60:120, 100:400] = 255  # its white title
    out = ocr.lighten_banners(gray)
    assert out[10, 10] > 128 and out[90, 200] < 128  # the banner light, its title dark
    assert out[1000, 800] == 255  # the rest of the page as it was
    assert (ocr.lighten_banners(np.full((2400, 1700), 255, dtype=np.uint8)) == 255).all()


def test_flat_slivers_are_dropped_but_a_dash_stays() -> None:
    from extractors.backends.layout import Word

    line = [Word(f"słowo{k}", 100 * k, 100 * k + 80, 300, 320, 95.0) for k in range(12)]
    sliver = Word("RE", 354, 380, 318, 321, 35.0)  # 3 px high: a shaded edge, not print
    dash = Word("–", 1300, 1310, 310, 312, 90.0)  # a dash is flat and stays
    small = Word("z", 1400, 1410, 306, 318, 96.0)  # a lowercase letter is low, not flat
    kept = ocr._without_slivers([*line, sliver, dash, small])
    assert kept == [*line, dash, small]


@pytest.mark.parametrize(
    "font",
    ["/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf", "/usr/share/fonts/truetype/dejavu/DejaVuSerif.ttf"],
    ids=["sans", "serif"],
)
def test_an_en_dash_is_told_from_a_hyphen_by_its_width(font: str) -> None:
    import io

    from extractors.read import read_pages

    img = Image.new("L", (1800, 260), 255)
    draw = ImageDraw.Draw(img)
    face = ImageFont.truetype(font, 30)
    draw.text((40, 40), "Szkolenie dla urzędu – finansowane ze środków", font=face, fill=0)
    draw.text((40, 150), "Licencja Standard - subskrypcja roczna dla gminy", font=face, fill=0)
    buffer = io.BytesIO()
    img.save(buffer, "PNG")
    lines = read_pages(buffer.getvalue(), name="kreski.png").text.splitlines()
    assert "urzędu – finansowane" in " ".join(lines[0].split())
    assert "Standard - subskrypcja" in " ".join(lines[1].split())


def test_a_dash_whose_width_lies_between_hyphen_and_en_dash_is_doubted() -> None:
    """A bold en dash is narrow against bold letters (0.61–0.65 of one), as wide as some hyphens: it is
    either read as "–" or kept "-" with a low confidence – never a confident hyphen."""
    import io

    from extractors.read import read_pages

    img = Image.new("L", (2000, 260), 255)
    draw = ImageDraw.Draw(img)
    bold = ImageFont.truetype("/usr/share/fonts/truetype/dejavu/DejaVuSerif-Bold.ttf", 50)
    plain = ImageFont.truetype("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf", 42)
    draw.text((40, 30), "Ośrodek Samorządowy – Instytut Badawczy", font=bold, fill=0)
    draw.text((40, 150), "Licencja Standard - subskrypcja roczna", font=plain, fill=0)
    buffer = io.BytesIO()
    img.save(buffer, "PNG")
    words = read_pages(buffer.getvalue(), name="kreski.png").words[0]
    dashes = sorted((w for w in words if w.text in ("-", "–")), key=lambda w: w.top)
    assert len(dashes) == 2
    bold_dash, hyphen = dashes
    assert bold_dash.text == "–" or (bold_dash.confidence or 100.0) < 60.0
    assert hyphen.text == "-" and (hyphen.confidence or 0.0) >= 60.0


def test_months_in_roman_numerals_are_read_as_printed() -> None:
    """Tesseract reads strokes of a Roman month as 1 ("9.II.2026" → "9.11.2026", "058/VII/2026" →
    "058/V1I/2026"): a segment holding a Roman letter is that month, and on a page writing its months so,
    "11" between a day and a year is II (February), not November."""
    import io

    from extractors.read import read_pages

    img = Image.new("L", (1900, 380), 255)
    draw = ImageDraw.Draw(img)
    face = ImageFont.truetype("/usr/share/fonts/truetype/dejavu/DejaVuSerif.ttf", 40)
    draw.text((60, 40), "Data wystawienia: 9.II.2026 r.   Faktura Nr 058/VII/2026", font=face, fill=0)
    draw.text((60, 150), "Termin zapłaty: 23.III.2026 r.", font=face, fill=0)
    draw.text((60, 260), "Data dostawy: 17.IV.2026 r.", font=face, fill=0)
    buffer = io.BytesIO()
    img.save(buffer, "PNG")
    text = " ".join(read_pages(buffer.getvalue(), name="rzymskie.png").text.split())
    assert "9.II.2026" in text and "058/VII/2026" in text
    assert "23.III.2026" in text and "17.IV.2026" in text


def test_roman_months_of_a_page_without_them_stay_digits() -> None:
    assert ocr.roman_months("Data 09.11.2026 Nr 5/11/2026") == "Data 09.11.2026 Nr 5/11/2026"
    assert ocr.roman_months("Nr 12/1/2026 dnia 10.1.2026") == "Nr 12/1/2026 dnia 10.1.2026"
    # months in digits elsewhere on the page ("09.02.2026"): "9.11.2026" stays November
    mixed = "Nr 5/II/2026 z 09.02.2026, termin 9.11.2026"
    assert ocr.roman_months(mixed) == mixed
    assert ocr.roman_months("Nr 058/1V/2026, 12.X1.2026") == "Nr 058/IV/2026, 12.XI.2026"
