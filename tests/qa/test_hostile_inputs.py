"""Hostile and odd inputs through the real `grantbot` CLI, as an outside evaluator sends them.

Every case goes through a subprocess exactly as a user types it. The contract under test (issues 2,
4, 5 and 6): a clear Polish message, exit code 2 where the contract says so, never a traceback or an
English exception name, never a hang, and nothing the user already gave lost (with three files of
which one is bad, the two good ones are still reported).

Inputs are generated here in tmp directories (no binaries in the repo). The many `extract` cases run
in ONE subprocess (`extract F1 F2 … --json` prints one JSON line per file), so the table stays cheap.
"""

from __future__ import annotations

import json
import os
import re
import struct
import subprocess
import sys
import zipfile
import zlib
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parents[2]

# "Traceback", or a Python exception class name leaking into what the user reads.
LEAK = re.compile(r"Traceback|\b[A-Z][A-Za-z]*(?:Error|Exception)\b|\bErrno\b")


@dataclass(frozen=True)
class Run:
    code: int
    out: str
    err: str

    def lines(self) -> list[dict[str, Any]]:
        return [json.loads(line) for line in self.out.splitlines() if line.strip()]


def grantbot(*args: str | Path, data_dir: Path, stdin: str | bytes | None = None, cwd: Path | None = None) -> Run:
    env = {k: v for k, v in os.environ.items() if k not in ("BOT_TOKEN", "DATABASE_URL", "REDIS_URL")}
    env.update({"DATA_DIR": str(data_dir), "PYTHONPATH": str(ROOT)})
    raw = stdin.encode() if isinstance(stdin, str) else stdin
    done = subprocess.run(
        [sys.executable, "-m", "bot.cli", *map(str, args)],
        input=raw,
        capture_output=True,
        env=env,
        cwd=cwd or ROOT,
        timeout=120,
    )
    run = Run(done.returncode, done.stdout.decode("utf-8", "replace"), done.stderr.decode("utf-8", "replace"))
    assert not LEAK.search(run.out + run.err), f"leaked internals:\n{run.err[-2000:]}\n{run.out[-2000:]}"
    return run


@pytest.fixture
def data_dir(tmp_path: Path) -> Path:
    return tmp_path / "var"


# --- input generators ----------------------------------------------------------------------------


@pytest.fixture(scope="module")
def good(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    """Good documents from the shared fixture generators: a text-PDF invoice, a protocol, KSeF XML."""
    from tests.fixtures.ksef import CASES, render
    from tests.fixtures.pdfgen import invoice_specs, protocol_specs, render_invoice, render_protocol

    out = tmp_path_factory.mktemp("good")
    invoice = out / "fv_classic.pdf"
    render_invoice(invoice_specs()[0], invoice)
    protocol = out / "po_simple.pdf"
    render_protocol(protocol_specs()[0], protocol)
    ksef = out / "fa3_plain.xml"
    ksef.write_bytes(render(CASES["fa3_plain"]))
    return {"invoice": invoice, "protocol": protocol, "ksef": ksef}


def _png_chunk(kind: bytes, data: bytes) -> bytes:
    return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)


def png_bomb(path: Path, side: int = 30000) -> None:
    """A few hundred bytes declaring side×side pixels: opening it naively would allocate gigabytes."""
    header = struct.pack(">IIBBBBB", side, side, 1, 0, 0, 0, 0)
    body = zlib.compress(b"\x00" * 4096, 9)
    path.write_bytes(
        b"\x89PNG\r\n\x1a\n" + _png_chunk(b"IHDR", header) + _png_chunk(b"IDAT", body) + _png_chunk(b"IEND", b"")
    )


def tiff_bomb(path: Path) -> None:
    """An A4 first page and a second page of 20000×20000 pixels (400 Mpx) that packs to < 1 MB."""
    from PIL import Image

    first = Image.new("1", (1240, 1754), 1)
    first.save(path, save_all=True, append_images=[Image.new("1", (20000, 20000), 1)], compression="packbits")


def pdf_pages(path: Path, count: int) -> None:
    from reportlab.pdfgen import canvas

    c = canvas.Canvas(str(path))
    for page in range(count):
        c.drawString(100, 700, f"Strona {page + 1}")
        c.showPage()
    c.save()


def encrypted_pdf(path: Path) -> None:
    from reportlab.lib import pdfencrypt
    from reportlab.pdfgen import canvas

    c = canvas.Canvas(str(path), encrypt=pdfencrypt.StandardEncryption("tajne"))
    c.drawString(100, 700, "Faktura VAT nr 1/2026")
    c.save()


def image(path: Path, fmt: str, size: tuple[int, int] = (64, 64), **save: Any) -> None:
    from PIL import Image

    Image.new("RGB", size, "white").save(path, fmt, **save)


def truncated_jpeg(path: Path) -> None:
    image(path, "JPEG", (300, 300))
    path.write_bytes(path.read_bytes()[:400])  # an interrupted upload


def ksef_text(good: dict[str, Path]) -> str:
    return good["ksef"].read_text(encoding="utf-8")


DECL = '<?xml version="1.0" encoding="UTF-8"?>'
BILLION_LAUGHS = (
    DECL
    + """
<!DOCTYPE lolz [
 <!ENTITY lol "lol">
 <!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
 <!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">
 <!ENTITY lol4 "&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;">
 <!ENTITY lol5 "&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;">
 <!ENTITY lol6 "&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;">
 <!ENTITY lol7 "&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;">
 <!ENTITY lol8 "&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;">
 <!ENTITY lol9 "&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;">
]>
<Faktura xmlns="http://crd.gov.pl/wzor/2025/06/25/13775/"><Fa><P_2>&lol9;</P_2></Fa></Faktura>"""
)


def _xxe(good: dict[str, Path]) -> str:
    doctype = '<!DOCTYPE Faktura [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>'
    return ksef_text(good).replace(DECL, DECL + "\n" + doctype, 1).replace("FA/124/2024", "&xxe;")


# name -> (writer, words the Polish message must contain)
Writer = Callable[[Path, dict[str, Path]], None]
REFUSED: dict[str, tuple[Writer, str]] = {
    "empty.pdf": (lambda p, g: p.write_bytes(b""), "pusty"),
    "spaces.txt": (lambda p, g: p.write_bytes(b"  \n\t \r\n"), "pusty"),
    "header-only.pdf": (lambda p, g: p.write_bytes(b"%PDF-1.7\n"), "uszkodzony"),
    "truncated.pdf": (lambda p, g: p.write_bytes(g["invoice"].read_bytes()[:4000]), "uszkodzony"),
    "encrypted.pdf": (lambda p, g: encrypted_pdf(p), "zaszyfrowany hasłem"),
    "pages-60.pdf": (lambda p, g: pdf_pages(p, 60), "60 stron, a limit to 50"),
    "big-25mb.pdf": (
        lambda p, g: p.write_bytes(g["invoice"].read_bytes() + b"%" + b"A" * (25 << 20)),
        "limit to 20 MB",
    ),
    "bomb.png": (lambda p, g: png_bomb(p), "bomba dekompresyjna"),
    "bomb-page2.tif": (lambda p, g: tiff_bomb(p), "więcej niż dopuszczalne 50 Mpx"),
    "truncated.jpg": (lambda p, g: truncated_jpeg(p), "uszkodzony"),
    "thumbnail.png": (lambda p, g: image(p, "PNG", (40, 40)), "za mało, by odczytać tekst"),
    # Issue 9: every image format is decoded like a JPG (these are 64×64 thumbnails).
    "photo.gif": (lambda p, g: image(p, "GIF"), "za mało, by odczytać tekst"),
    "photo.webp": (lambda p, g: image(p, "WEBP"), "za mało, by odczytać tekst"),
    "photo.heic": (
        lambda p, g: p.write_bytes(b"\x00\x00\x00\x18ftypheic\x00\x00\x00\x00mif1heic" + b"\x01" * 500),
        "HEIC",
    ),
    "photo.bmp": (lambda p, g: image(p, "BMP"), "za mało, by odczytać tekst"),
    "word.docx.pdf": (lambda p, g: _docx(p), "archiwum ZIP lub dokument Office"),
    "program.exe.pdf": (lambda p, g: p.write_bytes(b"MZ\x90\x00" + bytes(range(256)) * 8), "plik wykonywalny"),
    "random.pdf": (lambda p, g: p.write_bytes(bytes((i * 7919 + 13) % 256 for i in range(5000))), "nieznanego typu"),
    "billion-laughs.xml": (lambda p, g: p.write_text(BILLION_LAUGHS), "DTD lub encje"),
    "xxe.xml": (lambda p, g: p.write_text(_xxe(g)), "DTD lub encje"),
    "wrong-namespace.xml": (
        lambda p, g: p.write_text(
            ksef_text(g).replace("http://crd.gov.pl/wzor/2025/06/25/13775/", "http://example.com/faktura/")
        ),
        "nieznana przestrzeń nazw",
    ),
    "truncated.xml": (lambda p, g: p.write_text(ksef_text(g)[:900]), "uszkodzony lub niekompletny"),
    "not-ksef.xml": (lambda p, g: p.write_text(DECL + "<root><a>1</a></root>"), "brak elementu Faktura"),
    "deep.xml": (
        lambda p, g: p.write_text(
            DECL
            + '<Faktura xmlns="http://crd.gov.pl/wzor/2025/06/25/13775/">'
            + "<a>" * 100_000
            + "</a>" * 100_000
            + "</Faktura>"
        ),
        "nie zawiera sekcji Fa",
    ),
    "feb-31.xml": (lambda p, g: p.write_text(ksef_text(g).replace(">2026-03-02<", ">2026-02-31<", 1)), "nie jest datą"),
    "a-directory": (lambda p, g: p.mkdir(), "to katalog, a nie plik"),
}


def _docx(path: Path) -> None:
    with zipfile.ZipFile(path, "w") as z:
        z.writestr("[Content_Types].xml", "<Types/>")
        z.writestr("word/document.xml", "<w:document/>")


INVOICE_HEAD = """Faktura VAT nr {number}
Data wystawienia: {date}
Data sprzedaży: {date}
Sprzedawca: {seller}, NIP: {nip}
Nabywca: Gmina Nowa Wieś, NIP: 5991003308
Lp. Nazwa Ilość J.m. Cena netto Wartość netto VAT Kwota VAT Wartość brutto
"""


def text_invoice(
    rows: str,
    *,
    number: str = "FV/7/2026",
    date: str = "15.03.2026",
    seller: str = "NETSEC Sp. z o.o.",
    nip: str = "5252387107",
) -> str:
    return INVOICE_HEAD.format(number=number, date=date, seller=seller, nip=nip) + rows


BIG_DOTS = text_invoice(
    "1 Serwer Dell PowerEdge R760 2 szt. 617.283,95 1.234.567,90 23% 283.950,62 1.518.518,52\n"
    "Razem: 1.234.567,90 283.950,62 1.518.518,52\nDo zapłaty: 1.518.518,52 zł\n"
)
BIG_SPACES = text_invoice(
    "1 Macierz dyskowa NetApp AFF A250 1 szt. 1 000 000,00 1 000 000,00 23% 230 000,00 "
    "1 230 000,00 zł\nRazem: 1 000 000,00 zł 230 000,00 zł 1 230 000,00 zł\n"
    "Do zapłaty: 1 230 000,00 zł\n"
)
DISCOUNT = text_invoice(
    "1 Firewall FortiGate 60F 1 szt. 5 000,00 5 000,00 23% 1 150,00 6 150,00\n"
    "2 Rabat -1 szt. 500,00 -500,00 23% -115,00 -615,00\n"
    "Razem: 4 500,00 1 035,00 5 535,00\nDo zapłaty: 5 535,00 zł\n"
)
ONE_FIREWALL = (
    "1 Firewall FortiGate 60F 1 szt. 5 000,00 5 000,00 23% 1 150,00 6 150,00\n"
    "Razem: 5 000,00 1 150,00 6 150,00\nDo zapłaty: 6 150,00 zł\n"
)


@dataclass(frozen=True)
class Readable:
    content: Callable[[dict[str, Path]], bytes]
    expect: dict[str, Any]
    warning_code: str | None = None


READ: dict[str, Readable] = {
    "amounts-dots.txt": Readable(lambda g: BIG_DOTS.encode(), {"net_total": "1234567.90", "gross_total": "1518518.52"}),
    "amounts-spaces-zl.txt": Readable(
        lambda g: BIG_SPACES.encode(), {"net_total": "1000000.00", "vat_total": "230000.00"}
    ),
    "negative-line.txt": Readable(lambda g: DISCOUNT.encode(), {"net_total": "4500.00", "items.1.net": "-500.00"}),
    "cp1250.txt": Readable(
        lambda g: text_invoice(ONE_FIREWALL.replace("Firewall", "Zapora sieciowa źółćż")).encode("cp1250"),
        {"items.0.name": "Zapora sieciowa źółćż FortiGate 60F", "buyer_name": "Gmina Nowa Wieś"},
    ),
    "feb-31.txt": Readable(
        lambda g: text_invoice(ONE_FIREWALL, date="31.02.2023").encode(),
        {"issue_date": None, "number": "FV/7/2026"},
        "invalid_date",
    ),
    "nip-checksum.txt": Readable(
        lambda g: text_invoice(ONE_FIREWALL, nip="5252387108").encode(), {"seller_nip": "5252387108"}, "nip_checksum"
    ),
    "ksef-utf8-bom.xml": Readable(lambda g: b"\xef\xbb\xbf" + g["ksef"].read_bytes(), {"number": "FA/124/2024"}),
    "ksef-no-declaration.xml": Readable(
        lambda g: ksef_text(g).split("?>", 1)[1].lstrip().encode(), {"number": "FA/124/2024"}
    ),
    "ksef-windows-1250.xml": Readable(
        lambda g: ksef_text(g).replace('encoding="UTF-8"', 'encoding="windows-1250"').encode("cp1250"),
        {"buyer_name": "Gmina Nowa Wieś"},
    ),
    "ksef-cdata-comments.xml": Readable(
        lambda g: (
            ksef_text(g)
            .replace("NETSEC Sp. z o.o.", "<![CDATA[NETSEC & Syn Sp. z o.o.]]>")
            .replace("?>", "?><!-- eksport z programu -->", 1)
            .encode()
        ),
        {"seller_name": "NETSEC & Syn Sp. z o.o."},
    ),
    "Faktura „Żółć” 'nr' \"1\" z spacjami.pdf": Readable(
        lambda g: g["invoice"].read_bytes(), {"number": "FV/2026/03/014", "source": "pdf_text"}
    ),
}


@pytest.fixture(scope="module")
def extracted(tmp_path_factory: pytest.TempPathFactory, good: dict[str, Path]) -> dict[str, Any]:
    """One `extract --json` run over every refused and readable input, plus two good files around them."""
    folder = tmp_path_factory.mktemp("hostile")
    for name, (write, _) in REFUSED.items():
        write(folder / name, good)
    for name, case in READ.items():
        (folder / name).write_bytes(case.content(good))
    names = ["fv_classic.pdf", *REFUSED, *READ, "missing.pdf", "fa3_plain.xml"]
    for key in ("invoice", "ksef"):
        (folder / good[key].name).write_bytes(good[key].read_bytes())
    run = grantbot("extract", *names, "--json", data_dir=folder / "var", cwd=folder)
    by_file = {Path(entry["file"]).name: entry for entry in run.lines()}
    return {"run": run, "by_file": by_file, "names": names}


def test_extract_batch_reports_every_file_and_keeps_the_good_ones(extracted: dict[str, Any]) -> None:
    run: Run = extracted["run"]
    assert run.code == 2  # some files were refused
    assert list(extracted["by_file"]) == extracted["names"]  # one JSON line per file, in order
    for name in ("fv_classic.pdf", "fa3_plain.xml"):
        assert extracted["by_file"][name]["number"] in ("FV/2026/03/014", "FA/124/2024")
    for name in REFUSED:
        assert name in run.err  # each refusal is named on stderr


@pytest.mark.parametrize("name", list(REFUSED), ids=list(REFUSED))
def test_refused_with_a_polish_reason(extracted: dict[str, Any], name: str) -> None:
    entry = extracted["by_file"][name]
    assert set(entry) == {"file", "error"}, entry
    assert REFUSED[name][1] in entry["error"]


def test_external_entity_is_never_resolved(extracted: dict[str, Any]) -> None:
    assert "root:" not in extracted["run"].out + extracted["run"].err


def test_missing_file(extracted: dict[str, Any]) -> None:
    assert extracted["by_file"]["missing.pdf"]["error"].startswith("Nie ma pliku")


def _field(entry: dict[str, Any], path: str) -> Any:
    value: Any = entry
    for part in path.split("."):
        value = value[int(part)] if part.isdigit() else value[part]
    return value


@pytest.mark.parametrize("name", list(READ), ids=list(READ))
def test_odd_but_valid_documents_are_read(extracted: dict[str, Any], name: str) -> None:
    entry = extracted["by_file"][name]
    assert "error" not in entry, entry
    for path, value in READ[name].expect.items():
        assert _field(entry, path) == value, path
    if READ[name].warning_code:
        assert READ[name].warning_code in entry["warning_codes"]


def test_single_bad_file_exit_2_with_json_error(tmp_path: Path, data_dir: Path) -> None:
    bad = tmp_path / "faktura.pdf"
    bad.write_bytes(b"%PDF-1.4\n1 0 obj <<")
    run = grantbot("extract", bad, "--json", data_dir=data_dir)
    assert run.code == 2
    [entry] = run.lines()
    assert "uszkodzony" in entry["error"] and "uszkodzony" in run.err


def test_ksef_with_5000_lines(tmp_path: Path, data_dir: Path) -> None:
    from datetime import date

    from tests.fixtures.ksef import KsefInvoice, Line, Subject, render

    lines = tuple(Line(f"Licencja ESET PROTECT, stanowisko {i}", "1", "szt.", "10.00", "23") for i in range(5000))
    invoice = KsefInvoice(
        "FA/5000/2026",
        date(2026, 3, 2),
        Subject("NETSEC Sp. z o.o.", "5252387107"),
        Subject("Gmina Nowa Wieś", "5991003308"),
        lines,
    )
    path = tmp_path / "duza.xml"
    path.write_bytes(render(invoice))
    [entry] = grantbot("extract", path, "--json", data_dir=data_dir).lines()
    assert (len(entry["items"]), entry["net_total"], entry["gross_total"]) == (5000, "50000.00", "61500.00")


# --- check ---------------------------------------------------------------------------------------


def test_check_keeps_good_documents_when_one_is_unreadable(
    tmp_path: Path, data_dir: Path, good: dict[str, Path]
) -> None:
    bad = tmp_path / "uszkodzona.pdf"
    bad.write_bytes(good["invoice"].read_bytes()[:3000])
    run = grantbot("check", good["invoice"], bad, good["protocol"], "--program", "cs", "--json", data_dir=data_dir)
    assert run.code == 0
    report = json.loads(run.out)
    assert [d["file"] for d in report["documents"]] == ["fv_classic.pdf", "po_simple.pdf"]
    [unreadable] = [f for f in report["findings"] if f["code"] == "unreadable_file"]
    assert unreadable["severity"] == "error" and "uszkodzona.pdf" in unreadable["message"]
    assert {"documents", "items", "findings", "totals"} <= report.keys()


def test_check_exit_2_when_nothing_could_be_read(tmp_path: Path, data_dir: Path) -> None:
    empty, noise = tmp_path / "pusty.pdf", tmp_path / "szum.pdf"
    empty.write_bytes(b"")
    noise.write_bytes(b"\x13\x37" * 500)
    run = grantbot("check", empty, noise, "--program", "cs", "--json", data_dir=data_dir)
    assert run.code == 2
    report = json.loads(run.out)
    assert report["documents"] == [] and len(report["findings"]) >= 2
    assert "nie udało się odczytać żadnego" in run.err


def test_same_number_from_two_sellers_is_not_a_duplicate(tmp_path: Path, data_dir: Path) -> None:
    a, b = tmp_path / "a.txt", tmp_path / "b.txt"
    a.write_text(text_invoice(ONE_FIREWALL, number="FV/11/2026"))
    b.write_text(
        text_invoice(
            ONE_FIREWALL.replace("FortiGate 60F", "Sophos XGS 2100"),
            number="FV/11/2026",
            seller="ALFA IT S.A.",
            nip="5261048209",
        )
    )
    report = json.loads(grantbot("check", a, b, "--program", "cs", "--json", data_dir=data_dir).out)
    codes = {f["code"] for f in report["findings"]}
    assert not codes & {"duplicate_invoice", "duplicate_file"}
    assert len(report["documents"]) == 2


def test_the_same_file_twice_is_reported_once(tmp_path: Path, data_dir: Path, good: dict[str, Path]) -> None:
    copy = tmp_path / "kopia.pdf"
    copy.write_bytes(good["invoice"].read_bytes())
    report = json.loads(grantbot("check", good["invoice"], copy, "--program", "cs", "--json", data_dir=data_dir).out)
    assert "duplicate_file" in {f["code"] for f in report["findings"]}
    assert report["totals"]["total_net"] == "29631.00"


@pytest.mark.parametrize(
    ("extra", "words"),
    [
        (["--program", "xx"], "nieznany program"),
        (["--program", "cs", "--project-end", "31.02.2026"], "Nieprawidłowa data"),
        (["--program", "cs", "--project-end", "2019-01-01"], "nie może być wcześniejszy"),
        (["--program", "cs", "--teryt", "9999999"], "Nie ma województwa o kodzie 99"),
    ],
    ids=["bad-programme", "feb-31", "end-before-window", "bad-teryt"],
)
def test_check_bad_options(data_dir: Path, good: dict[str, Path], extra: list[str], words: str) -> None:
    run = grantbot("check", good["ksef"], *extra, "--json", data_dir=data_dir)
    assert run.code == 2
    assert words in json.loads(run.out)["error"] and words in run.err


def test_check_report_to_unwritable_path_exit_2(data_dir: Path, good: dict[str, Path], tmp_path: Path) -> None:
    run = grantbot(
        "check", good["ksef"], "--program", "cs", "--csv", tmp_path / "brak" / "raport.csv", data_dir=data_dir
    )
    assert run.code == 2 and "Nie mogę zapisać raportu" in run.err and "nie istnieje" in run.err


def test_check_html_escapes_hostile_item_names(tmp_path: Path, data_dir: Path) -> None:
    doc = tmp_path / "xss.txt"
    doc.write_text(
        text_invoice(ONE_FIREWALL.replace("Firewall FortiGate 60F", "Firewall <script>alert(1)</script> FortiGate 60F"))
    )
    html = tmp_path / "raport.html"
    run = grantbot("check", doc, "--program", "cs", "--html", html, data_dir=data_dir)
    assert run.code == 0
    page = html.read_text(encoding="utf-8")
    assert "<script>alert(1)</script>" not in page and "&lt;script&gt;" in page


def test_check_html_escapes_hostile_file_names(tmp_path: Path, data_dir: Path, good: dict[str, Path]) -> None:
    named = tmp_path / "<img src=x onerror=alert(1)>.xml"
    named.write_bytes(good["ksef"].read_bytes())
    html = tmp_path / "raport.html"
    assert grantbot("check", named, "--program", "cs", "--html", html, data_dir=data_dir).code == 0
    page = html.read_text(encoding="utf-8")
    assert "<img src=x" not in page and "&lt;img src=x onerror=alert(1)&gt;" in page


# --- classify and ask ----------------------------------------------------------------------------


def test_classify_batch_with_odd_lines(data_dir: Path) -> None:
    lines = "laptop Dell Latitude 5540\n\n   \nFortiGate 60F\n<script>alert(1)</script>\n😀😀😀\r\nzasilacz UPS\n"
    run = grantbot("classify", "--batch", "-", "--program", "cs", "--json", data_dir=data_dir, stdin=lines)
    assert run.code == 0
    verdicts = {row["text"]: row["verdict"] for row in run.lines()}
    assert verdicts == {
        "laptop Dell Latitude 5540": "ineligible",
        "FortiGate 60F": "eligible",
        "<script>alert(1)</script>": "review",
        "😀😀😀": "review",
        "zasilacz UPS": "eligible",
    }


# Lines a hurried official types; none of them may come back `eligible` under CS.
NEVER_ELIGIBLE_CS = {
    "Serwer Dell PowerEdge R740 używany, poleasingowy": "ineligible",
    "Serwer Dell PowerEdge R650 + laptop Dell Latitude 5540": "review",
    "FortiGate 60F, laptop serwisowy HP ProBook": "review",
    "UPS APC Smart-UPS oraz drukarka HP LaserJet": "review",
    "Zestaw: NAS Synology DS923+ i 2 monitory Dell": "review",
    "Lapotp Dell": "ineligible",
    "Notebook do obsługi SIEM": "ineligible",
    "Laptop z oprogramowaniem antywirusowym ESET": "ineligible",
    "Firewall Fortinet FortiGate 40F wraz z laptopem do zarządzania": "review",
    "Firewall Sophos XGS 2100 z drukarką": "review",
    "Licencja ESET PROTECT + tablet Samsung": "review",
}


def test_classify_used_and_bundled_hardware_never_eligible_under_cs(data_dir: Path) -> None:
    run = grantbot(
        "classify",
        "--batch",
        "-",
        "--program",
        "cs",
        "--json",
        data_dir=data_dir,
        stdin="\n".join(NEVER_ELIGIBLE_CS) + "\n",
    )
    assert {row["text"]: row["verdict"] for row in run.lines()} == NEVER_ELIGIBLE_CS


def test_classify_used_hardware_needs_review_under_cg(data_dir: Path) -> None:
    row = json.loads(
        grantbot(
            "classify", "Serwer Dell PowerEdge R740 poleasingowy", "--program", "cg", "--json", data_dir=data_dir
        ).out
    )
    assert row["verdict"] == "review" and "poleasingowy" in row["reason"]


@pytest.mark.parametrize(
    ("stdin", "words"),
    [(b"", "plik jest pusty"), (b"\x00\x01\x02\x03\xff\xfe" * 40 + b"laptop", "nie są tekstem")],
    ids=["empty", "binary"],
)
def test_classify_batch_refusals(data_dir: Path, stdin: bytes, words: str) -> None:
    run = grantbot("classify", "--batch", "-", "--program", "cs", "--json", data_dir=data_dir, stdin=stdin)
    assert run.code == 2 and words in json.loads(run.out)["error"]


def test_classify_batch_stray_control_bytes_cost_nothing(data_dir: Path) -> None:
    run = grantbot(
        "classify",
        "--batch",
        "-",
        "--program",
        "cs",
        "--json",
        data_dir=data_dir,
        stdin=b"laptop\x00\x01\x02\nSerwer Dell PowerEdge R650\n",
    )
    rows = run.lines()
    assert run.code == 0 and [r["text"] for r in rows] == ["laptop", "Serwer Dell PowerEdge R650"]
    assert [r["verdict"] for r in rows] == ["ineligible", "eligible"]


def test_classify_batch_in_cp1250(tmp_path: Path, data_dir: Path) -> None:
    path = tmp_path / "pozycje.txt"
    path.write_bytes("Zasilacz awaryjny UPS Eaton 9SX\nDrukarka wielofunkcyjna\n".encode("cp1250"))
    rows = grantbot("classify", "--batch", path, "--program", "cs", "--json", data_dir=data_dir).lines()
    assert [(r["text"], r["verdict"]) for r in rows] == [
        ("Zasilacz awaryjny UPS Eaton 9SX", "eligible"),
        ("Drukarka wielofunkcyjna", "ineligible"),
    ]


def test_classify_a_100_kb_line(data_dir: Path) -> None:
    run = grantbot(
        "classify", "--batch", "-", "--program", "cs", "--json", data_dir=data_dir, stdin="serwer " * 15000 + "\n"
    )
    [row] = run.lines()
    assert run.code == 0 and row["category"] == "server"


@pytest.mark.parametrize(
    "question",
    ["😀😀", "<script>alert(1)</script>", "Ile wynosi grant? " * 6000, "<b>Czy</b> & &amp; <i>laptop</i>?"],
    ids=["emoji", "script-tag", "100-kb", "markup"],
)
def test_ask_odd_questions_answer_or_abstain(data_dir: Path, question: str) -> None:
    run = grantbot("ask", question, "--json", data_dir=data_dir)
    assert run.code == 0
    [answer] = run.lines()
    assert answer["answer"] and isinstance(answer["abstained"], bool)
    if answer["abstained"]:
        assert "infolinia" in answer["answer"]  # an abstention always says whom to ask


@pytest.mark.parametrize(
    ("args", "stdin", "words"),
    [(["ask", "   "], None, "Podaj pytanie"), (["ask", "--batch", "-"], b"\x00\x01\x02\x03\xff\xfe" * 40, "UTF-8")],
    ids=["blank", "binary-batch"],
)
def test_ask_refusals(data_dir: Path, args: list[str], stdin: bytes | None, words: str) -> None:
    run = grantbot(*args, "--json", data_dir=data_dir, stdin=stdin)
    assert run.code == 2 and words in json.loads(run.out)["error"]


# --- grant ---------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("args", "code", "expect"),
    [
        (["20630"], 2, "ma 5 cyfr"),
        (["9999999"], 2, "Nie ma województwa o kodzie 99"),
        (["<script>alert(1)</script>"], 2, "Nie znalazłem jednostki"),
        (["TERYT 02-01", "--program", "cs"], 0, ("0201", "exact", "850000.00")),
        (["206301", "--program", "cg", "--g", "1 873,91"], 0, ("2063011", "exact", "1662072.41")),
        (["2063011", "--program", "cg", "--g", "2098.22"], 0, ("2063011", "exact", "100000.00")),
        (["2063011", "--program", "cg", "--g", "NaN"], 2, "nie jest liczbą"),
        (["2063011", "--program", "cg", "--g", "1e309"], 2, "nie jest liczbą"),
        (["2063011", "--program", "cg", "--g", "-5"], 2, "nieprawdopodobny"),
    ],
    ids=[
        "5-digits",
        "no-wojewodztwo",
        "script",
        "teryt-prefix-dashes",
        "6-digit-g-with-space",
        "g-equals-gk",
        "g-nan",
        "g-overflow",
        "g-negative",
    ],
)
def test_grant_odd_input(data_dir: Path, args: list[str], code: int, expect: Any) -> None:
    run = grantbot("grant", *args, "--json", data_dir=data_dir)
    assert run.code == code
    payload = json.loads(run.out)
    if code == 2:
        assert expect in payload["error"] and expect in run.err
    else:
        [result] = payload["results"]
        assert (payload["unit"]["teryt"], result["status"], result["amount"]) == expect


def test_grant_name_without_diacritics_lists_both_koscierzyna(data_dir: Path) -> None:
    payload = json.loads(grantbot("grant", "koscierzyna", "--json", data_dir=data_dir).out)
    assert payload["results"] == [] and {"2206011", "2206042"} <= {c["teryt"] for c in payload["candidates"]}


@pytest.mark.parametrize(
    ("query", "unit", "candidates"),
    [
        ("slaskie", "24", set()),
        ("m. Krosno", "1861011", set()),
        ("powiat brzeski", None, {"1202", "1601"}),
        ("0218033", "0218032", set()),
    ],  # a 2024 code maps to the programme-era code through the crosswalk
    ids=["no-diacritics", "m-prefix", "two-powiaty", "teryt-2024"],
)
def test_grant_names_an_official_types(data_dir: Path, query: str, unit: str | None, candidates: set[str]) -> None:
    payload = json.loads(grantbot("grant", query, "--program", "cs", "--json", data_dir=data_dir).out)
    assert (payload["unit"] or {}).get("teryt") == unit
    assert {c["teryt"] for c in payload["candidates"]} == candidates


# --- data imports --------------------------------------------------------------------------------


def test_import_indices_rejects_bad_rows_with_reasons(tmp_path: Path, data_dir: Path) -> None:
    table = tmp_path / "g.csv"
    table.write_text(
        "teryt;G\n2206042;1908,88\n2063011;1873,91\n9999999;1500\n2206042;1700\nabc;1\n"
        "0201;300\n2206011;-5\n2206011;NaN\n;1000\n"
    )
    run = grantbot("data", "import-indices", table, "--json", data_dir=data_dir)
    assert run.code == 0
    report = json.loads(run.out)
    assert report["accepted"] == 2 and [r["line"] for r in report["rejected"]] == [4, 5, 6, 7, 8, 9, 10]
    grant = json.loads(grantbot("grant", "2206042", "--program", "cg", "--json", data_dir=data_dir).out)
    assert grant["results"][0]["amount"] == "406655.06"  # the imported G is used


@pytest.mark.parametrize(
    ("name", "content", "words"),
    [
        ("pusty.csv", b"", "jest pusty"),
        ("naglowek.csv", b"teryt;G\n", "Żaden wiersz nie został przyjęty"),
        ("udaje.xlsx", b"PK\x03\x04" + b"\x00" * 200, "uszkodzony lub to nie XLSX"),
        ("szum.csv", bytes(range(256)) * 20, "nie jest plikiem CSV ani XLSX"),
    ],
    ids=["empty", "header-only", "fake-xlsx", "binary"],
)
def test_import_indices_bad_files(tmp_path: Path, data_dir: Path, name: str, content: bytes, words: str) -> None:
    path = tmp_path / name
    path.write_bytes(content)
    run = grantbot("data", "import-indices", path, data_dir=data_dir)
    assert run.code == 2 and words in run.out + run.err


# --- chat through a pipe -------------------------------------------------------------------------


def test_chat_ctrl_d_immediately(data_dir: Path) -> None:
    run = grantbot("chat", data_dir=data_dir, stdin=b"")
    assert run.code == 0 and not run.err.strip()


def test_chat_acceptance_script_and_odd_lines(data_dir: Path) -> None:
    script = (
        "/start\nDo kiedy można ponosić wydatki w Cyfrowym Powiecie?\n/grant 0201\n"
        "Czy laptop jest kwalifikowalny w CS?\n\x00\x00\n<b>pytanie</b> <script>x</script>\n😀\n"
        + "Czy laptop jest kwalifikowalny? " * 3000
        + "\n/nieznana\n"
    )
    run = grantbot("chat", data_dir=data_dir, stdin=script.encode())
    assert run.code == 0, run.err
    assert "850 000,00 zł" in run.out  # /grant 0201: Cyberbezpieczny Samorząd for a powiat
    assert "niekwalifikowalny" in run.out  # the laptop under CS
    assert "Nie znam polecenia /nieznana" in run.out


def test_chat_uploads_hostile_files_then_reports_the_good_ones(
    tmp_path: Path, data_dir: Path, good: dict[str, Path]
) -> None:
    truncated, bomb, laughs = tmp_path / "ucięty.pdf", tmp_path / "bomba.png", tmp_path / "encje.xml"
    truncated.write_bytes(good["invoice"].read_bytes()[:3000])
    png_bomb(bomb)
    laughs.write_text(BILLION_LAUGHS)
    odd_name = tmp_path / "Faktura „Żółć” 'nr' 1.pdf"
    odd_name.write_bytes(good["invoice"].read_bytes())
    lines = [
        f"/plik {truncated}",
        f"/plik {bomb}",
        f"/plik {laughs}",
        f"/plik {tmp_path / 'brak.pdf'}",
        "/plik",
        f"/plik {odd_name}",
        f"/plik {good['protocol']}",
        "/raport",
        "3",
    ]
    run = grantbot("chat", data_dir=data_dir, stdin=("\n".join(lines) + "\n").encode())
    assert run.code == 0, run.err
    out = run.out
    assert "uszkodzony" in out and "bomba dekompresyjna" in out and "DTD lub encje" in out
    assert "Nie ma pliku" in out and "Podaj ścieżkę pliku" in out
    assert "Odczytano: faktura nr FV/2026/03/014" in out and "Odczytano: protokół odbioru" in out
    assert "Wstępna kontrola rozliczenia – Cyberbezpieczny Samorząd" in out
    assert "nieodczytane: 3" in out  # the refused files are reported, the good ones still checked


# --- resilience: odd file-system objects, photos, interruption, concurrency -----------------------


def test_named_pipe_is_refused_without_hanging(tmp_path: Path, data_dir: Path) -> None:
    fifo = tmp_path / "faktura.pdf"
    os.mkfifo(fifo)
    run = grantbot("extract", fifo, "--json", data_dir=data_dir)  # a blocking read would hit the timeout
    assert run.code == 2 and json.loads(run.out)["error"]
    chat = grantbot("chat", data_dir=data_dir, stdin=f"/plik {fifo}\n".encode())
    assert chat.code == 0 and "faktura.pdf" in chat.out


def test_sideways_phone_photo_without_exif_is_read(tmp_path: Path, data_dir: Path, good: dict[str, Path]) -> None:
    import pypdfium2 as pdfium

    pdf = pdfium.PdfDocument(str(good["invoice"]))
    page = pdf[0].render(scale=150 / 72).to_pil().convert("RGB")
    pdf.close()
    photo = tmp_path / "zdjecie.jpg"
    page.rotate(90, expand=True).save(photo, quality=80)  # held sideways, no EXIF orientation tag
    [entry] = grantbot("extract", photo, "--json", data_dir=data_dir).lines()
    assert (entry["source"], entry["number"], entry["seller_nip"], entry["gross_total"]) == (
        "ocr",
        "FV/2026/03/014",
        "5261048209",
        "36446.13",
    )


def test_ctrl_c_during_ocr_exits_quietly_and_leaves_no_tesseract(tmp_path: Path, data_dir: Path) -> None:
    import signal
    import time

    pdf_pages(tmp_path / "skan.pdf", 20)  # pages without a usable text layer: all go to OCR
    env = {k: v for k, v in os.environ.items() if k not in ("BOT_TOKEN", "DATABASE_URL", "REDIS_URL")}
    env.update({"DATA_DIR": str(data_dir), "PYTHONPATH": str(ROOT)})
    proc = subprocess.Popen(
        [sys.executable, "-m", "bot.cli", "extract", str(tmp_path / "skan.pdf"), "--json"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        env=env,
        start_new_session=True,
    )
    time.sleep(4)
    proc.send_signal(signal.SIGINT)
    out, err = proc.communicate(timeout=60)
    assert proc.returncode in (2, 130, -signal.SIGINT)
    assert not LEAK.search((out + err).decode("utf-8", "replace"))
    time.sleep(1)
    alive = subprocess.run(["pgrep", "-s", str(proc.pid)], capture_output=True, text=True).stdout.split()
    zombies = [pid for pid in alive if "Z" in Path(f"/proc/{pid}/stat").read_text().split()[2]]
    assert alive == zombies, "OCR workers kept running after Ctrl-C"


def test_parallel_chats_share_one_database(tmp_path: Path, data_dir: Path, good: dict[str, Path]) -> None:
    grantbot("chat", data_dir=data_dir, stdin=b"/start\n")  # first start creates the schema
    env = {k: v for k, v in os.environ.items() if k not in ("BOT_TOKEN", "DATABASE_URL", "REDIS_URL")}
    env.update({"DATA_DIR": str(data_dir), "PYTHONPATH": str(ROOT)})
    script = (
        "Czy laptop jest kwalifikowalny w CS?\n/grant 0201\n" * 8 + f"/plik {good['ksef']}\n/raport\n3\n"
    ).encode()
    procs = [
        subprocess.Popen(
            [sys.executable, "-m", "bot.cli", "chat"],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            env=env,
        )
        for _ in range(3)
    ]
    results = [p.communicate(script, timeout=120) for p in procs]
    for proc, (out, err) in zip(procs, results, strict=True):
        text = out.decode()
        assert proc.returncode == 0 and not err.strip(), err.decode()[-1500:]
        assert text.count("» ") == 19 and "Wstępna kontrola rozliczenia" in text


def test_helpdesk_export_needs_a_format(data_dir: Path) -> None:
    run = grantbot("helpdesk", "export-unanswered", data_dir=data_dir)
    assert run.code == 2 and "--csv" in run.err


# --- regressions for QA findings fixed during the pass (F2, F5, F15, F18, F19) ---------------------


def test_grant_programme_in_upper_case(data_dir: Path) -> None:
    payload = json.loads(grantbot("grant", "2206042", "--program", "CS", "--json", data_dir=data_dir).out)
    assert [r["programme"] for r in payload["results"]] == ["cs"]


def test_check_absurd_grant_amount_is_refused_in_polish(data_dir: Path, good: dict[str, Path]) -> None:
    run = grantbot("check", good["ksef"], "--program", "cs", "--grant-amount", "1e30", "--json", data_dir=data_dir)
    assert run.code == 2 and "Nieprawidłowa kwota" in json.loads(run.out)["error"]


CORRECTION = """Faktura korygująca nr FK/5/2026
Data wystawienia: 2026-04-10
Do faktury nr FV/99/2026 z dnia 2026-04-01
Przyczyna korekty: błędna cena
Sprzedawca: NETSEC Sp. z o.o., NIP: 5252387107
Nabywca: Gmina Nowa Wieś, NIP: 5991003308
Lp. Nazwa Ilość J.m. Cena netto Wartość netto VAT Kwota VAT Wartość brutto
1 Było: Firewall FortiGate 60F 1 szt. 5 000,00 5 000,00 23% 1 150,00 6 150,00
Jest: Firewall FortiGate 60F 1 szt. 4 500,00 4 500,00 23% 1 035,00 5 535,00
Różnica: -500,00 -115,00 -615,00
Razem korekta: -500,00 -115,00 -615,00
Do zwrotu: 615,00 PLN
"""


def test_correction_without_its_original_is_reported(tmp_path: Path, data_dir: Path) -> None:
    correction = tmp_path / "korekta.txt"
    correction.write_text(CORRECTION)
    report = json.loads(grantbot("check", correction, "--program", "cs", "--json", data_dir=data_dir).out)
    [finding] = [f for f in report["findings"] if f["code"] == "correction_without_original"]
    assert "FV/99/2026" in finding["message"]


def test_pro_forma_is_not_spending(tmp_path: Path, data_dir: Path) -> None:
    pro_forma, final = tmp_path / "proforma.txt", tmp_path / "faktura.txt"
    pro_forma.write_text(
        text_invoice(ONE_FIREWALL).replace("Faktura VAT nr FV/7/2026", "Faktura pro forma nr PF/3/2026")
    )
    final.write_text(text_invoice(ONE_FIREWALL, number="FV/20/2026"))
    report = json.loads(grantbot("check", pro_forma, final, "--program", "cs", "--json", data_dir=data_dir).out)
    assert report["totals"]["eligible_net"] == "5000.00"  # counted once, from the final invoice


def test_check_csv_cells_cannot_become_formulas(tmp_path: Path, data_dir: Path) -> None:
    doc = tmp_path / "faktura.txt"
    doc.write_text(text_invoice(ONE_FIREWALL.replace("Firewall FortiGate 60F", '=HYPERLINK("http://x";"y") firewall')))
    out = tmp_path / "raport.csv"
    assert grantbot("check", doc, "--program", "cs", "--csv", out, data_dir=data_dir).code == 0
    cells = [cell.strip('"') for line in out.read_text(encoding="utf-8-sig").splitlines() for cell in line.split(";")]
    assert not [c for c in cells if c[:1] in ("=", "+", "@")]
