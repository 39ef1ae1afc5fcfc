"""Bounded resources (issue 14): multi-page TIFFs decoded a frame at a time, PDF inflation bombs refused
before pdfium parses them, library errors and warnings turned into Polish reasons.

Peak memory is measured in a fresh subprocess, so nothing this test process imported or cached counts:
VmHWM from /proc/self/status, the peak of the subprocess's own address space. (`resource.getrusage`'s
ru_maxrss is reported too, but Linux carries it across exec from the forking parent, so a child of a
500 MB pytest process starts at 500 MB.)
"""

from __future__ import annotations

import io
import json
import subprocess
import sys
import zlib
from pathlib import Path

import pytest

from extractors.errors import CorruptFile, ExtractionError, HostileFile
from extractors.limits import MB, Limits, check_pdf_streams
from extractors.read import read_bytes

ROOT = Path(__file__).resolve().parents[2]
PEAK_BOUND_MB = 1024  # issue 14: under 1 GB for any input within the limits


def blank_tiff(pages: int = 50, size: tuple[int, int] = (2480, 3508)) -> bytes:
    """A4 at 300 dpi, 1 bit, CCITT G4: 50 blank pages in under 200 KB that decode to 435 MB of greyscale."""
    from PIL import Image

    frames = [Image.new("1", size, 1) for _ in range(pages)]
    buf = io.BytesIO()
    frames[0].save(buf, "TIFF", compression="group4", save_all=True, append_images=frames[1:])
    return buf.getvalue()


def inflating_pdf(inflated: int) -> bytes:
    """A one-page PDF whose content stream is `inflated` bytes of drawing operators, Flate-compressed."""
    packer = zlib.compressobj(9)
    chunk = b"0 0 m 1 1 l S\n" * (MB // 14)
    parts = [packer.compress(chunk) for _ in range(inflated // len(chunk))]
    stream = b"".join(parts) + packer.flush()
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R >>",
        b"<< /Length %d /Filter /FlateDecode >>\nstream\n" % len(stream) + stream + b"\nendstream",
    ]
    out = bytearray(b"%PDF-1.7\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % o for o in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, xref)
    return bytes(out)


PEAK_SCRIPT = """
import json, resource, sys
from extractors.read import read_bytes
from extractors.errors import ExtractionError
data = open(sys.argv[1], "rb").read()
try:
    read_bytes(data, name=sys.argv[1])
    outcome = "read"
except ExtractionError as exc:
    outcome = str(exc)
hwm = next(int(line.split()[1]) for line in open("/proc/self/status") if line.startswith("VmHWM:"))
print(json.dumps({"peak_mb": hwm / 1024, "maxrss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
                  "outcome": outcome}))
"""


def peak(path: Path) -> dict[str, object]:
    done = subprocess.run(
        [sys.executable, "-c", PEAK_SCRIPT, str(path)],
        capture_output=True,
        text=True,
        cwd=ROOT,
        env={"PYTHONPATH": str(ROOT), "PATH": "/usr/bin:/bin"},
        timeout=600,
        check=True,
    )
    result: dict[str, object] = json.loads(done.stdout.strip().splitlines()[-1])
    return result


@pytest.mark.ocr
def test_limits_50_page_blank_tiff_stays_under_the_memory_bound(tmp_path: Path) -> None:
    data = blank_tiff()
    assert len(data) < 200 * 1024
    path = tmp_path / "puste-50.tif"
    path.write_bytes(data)
    result = peak(path)
    assert "nie widać tekstu" in str(result["outcome"])
    assert float(result["peak_mb"]) < PEAK_BOUND_MB / 2, result  # held whole, the frames alone are 435 MB


def test_limits_inflating_pdf_is_refused_in_polish_with_bounded_memory(tmp_path: Path) -> None:
    data = inflating_pdf(200 * MB)
    assert len(data) < 1 * MB
    path = tmp_path / "bomba.pdf"
    path.write_bytes(data)
    result = peak(path)
    assert "po rozpakowaniu zajęłaby ponad" in str(result["outcome"]), result
    assert float(result["peak_mb"]) < 200, result


def test_limits_inflation_check_counts_without_keeping_the_output() -> None:
    with pytest.raises(HostileFile, match="Plik PDF zawiera skompresowaną treść"):
        check_pdf_streams(inflating_pdf(20 * MB), Limits(max_inflated_stream=8 * MB))
    check_pdf_streams(inflating_pdf(4 * MB), Limits(max_inflated_stream=8 * MB))  # within the limit: silent


def test_limits_a_pdf_image_declaring_gigapixels_is_refused_before_rendering() -> None:
    pdf = inflating_pdf(1 * MB).replace(
        b"/Contents 4 0 R >>",
        b"/Contents 4 0 R >>\nendobj\n9 0 obj\n<< /Type /XObject /Subtype /Image "
        b"/Width 60000 /Height 60000 /BitsPerComponent 8 /ColorSpace /DeviceGray /Length 1 >>\nstream\nx",
    )
    with pytest.raises(HostileFile, match="60000×60000"):
        check_pdf_streams(pdf)


def test_limits_damaged_page_tree_is_a_polish_reason_not_a_pdfium_error() -> None:
    pdf = inflating_pdf(1 * MB).replace(b"/Kids [3 0 R] /Count 1", b"/Kids [7 0 R] /Count 1")
    with pytest.raises(ExtractionError) as exc:
        read_bytes(pdf, name="drzewo.pdf")
    message = str(exc.value)
    assert "uszkodzon" in message
    assert "Pdfium" not in message and "Error" not in message


def test_limits_unreadable_tiff_frame_names_the_page() -> None:
    from PIL import Image

    from extractors.backends import image

    frames = [Image.new("L", (400, 500), 255) for _ in range(3)]
    buf = io.BytesIO()
    frames[0].save(buf, "TIFF", compression="tiff_adobe_deflate", save_all=True, append_images=frames[1:])
    data = bytearray(buf.getvalue())
    with Image.open(io.BytesIO(bytes(data))) as img:
        img.seek(2)
        strips = list(zip(img.tag_v2[273], img.tag_v2[279], strict=True))  # the third page's data
    for offset, count in strips:
        data[offset : offset + count] = bytes((i * 37 + 11) % 256 for i in range(count))
    assert image.load_page(bytes(data), 1).size == (400, 500)  # the pages before it still read
    with pytest.raises(CorruptFile) as exc:
        list(image.iter_pages(bytes(data)))
    assert "Strona 3" in str(exc.value)
    assert "Error" not in str(exc.value)


def test_limits_library_warnings_are_captured_not_raised(caplog: pytest.LogCaptureFixture) -> None:
    """Pillow warns about a corrupt EXIF block; under `filterwarnings = error` that would abort the read."""
    from PIL import Image

    from extractors.backends import image

    buf = io.BytesIO()
    Image.new("L", (300, 300), 255).save(buf, "JPEG", exif=b"Exif\x00\x00MM\x00*\x00\x00\x00\x08\x00\x05\x01")
    with caplog.at_level("INFO"):
        [page] = image.load_pages(buf.getvalue())
    assert page.size == (300, 300)
