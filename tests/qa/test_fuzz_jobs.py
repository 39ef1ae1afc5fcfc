"""A deterministic fuzz corpus through the reading-job boundary (issue 14).

520 mutants of real documents (text PDFs, KSeF XML, scans as JPG/PNG/TIFF), generated here from a
fixed seed, are read by `bot.jobs.child.boundary` — the function the bot's reading child runs —
in one subprocess with the worker's 2 GiB RLIMIT_AS and its output silenced as in production.
What must hold: every file ends in a document or a Polish sentence; no traceback, no English
exception name, nothing printed on the terminal; peak memory under 1 GB.
"""

from __future__ import annotations

import json
import os
import random
import re
import subprocess
import sys
from collections import Counter
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
SEED = 1414
LEAK = re.compile(r"Traceback|\b[A-Z][A-Za-z]*(?:Error|Exception|Warning)\b|\bErrno\b")
# Images are few: each readable one costs a full OCR (seconds); PDFs and XML are cheap.
COUNTS = {"pdf": 290, "xml": 170, "img": 60}

DRIVER = r"""
import json, resource, sys, time
from pathlib import Path
from bot.jobs.child import boundary, limit_memory, silence

out = silence()  # as in the reading child: library noise goes to a scratch file
limit_memory(int(sys.argv[1]))
limits = {"max_pages": 5, "ocr_seconds_per_page": 10.0}
for line in sys.stdin:
    path = Path(line.strip())
    started = time.monotonic()
    kind, value = boundary(path, limits, None, max_memory_mb=int(sys.argv[1]))
    row = {"name": path.name, "kind": kind, "seconds": round(time.monotonic() - started, 2),
           "message": value if kind == "error" else type(value).__name__}
    out.write((json.dumps(row, ensure_ascii=False) + "\n").encode())
    out.flush()
# VmHWM, not getrusage: Linux carries the forking parent's peak (a big pytest process) across exec
# into ru_maxrss, so the driver would report the test session's memory instead of its own.
hwm = next(int(line.split()[1]) for line in open("/proc/self/status") if line.startswith("VmHWM:"))
usage = {"self_mb": hwm / 1024,
         "children_mb": resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024}
out.write((json.dumps({"usage": usage}) + "\n").encode())
"""


def _bases(folder: Path) -> dict[str, list[bytes]]:
    from tests.fixtures import ksef
    from tests.fixtures.pdfgen import (
        invoice_specs,
        make_scan,
        protocol_specs,
        register_fonts,
        render_invoice,
        render_protocol,
    )

    register_fonts()
    pdfs = []
    for k, spec in enumerate(invoice_specs()[:3]):
        render_invoice(spec, folder / f"inv{k}.pdf")
        pdfs.append((folder / f"inv{k}.pdf").read_bytes())
    render_protocol(protocol_specs()[0], folder / "prot.pdf")
    pdfs.append((folder / "prot.pdf").read_bytes())
    xmls = [ksef.render(case) for case in list(ksef.CASES.values())[:4]]
    short = next(spec for spec in invoice_specs() if spec.name == "fv_classic_short")
    render_invoice(short, folder / "short.pdf")
    images = []
    for fmt in ("jpg", "png", "tiff"):
        # Low resolution: OCR of each readable mutant stays well under a second.
        make_scan(folder / "short.pdf", folder / f"scan.{fmt}", fmt=fmt, angle=0.3, seed=2, dpi=70)
        images.append((folder / f"scan.{fmt}").read_bytes())
    return {"pdf": pdfs, "xml": xmls, "img": images}


PDF_SWAPS = [
    (b"/Count ", [b"/Count 99999999 ", b"/Count -1 ", b"/Count 0 ", b"/Count /X "]),
    (b"/Kids [", [b"/Kids [0 0 R ", b"/Kids [[[[", b"/Kids 5 0 R [", b"/Kids ("]),
    (b"/Length ", [b"/Length -7 ", b"/Length 999999999 ", b"/Length 0 ", b"/Length /Q "]),
    (b"/Type /Page", [b"/Type /Pages", b"/Type /Catalog", b"/Type /XObject", b"/Type 7"]),
    (b"/Filter", [b"/Filter /LZWDecode /Filter", b"/Filter /JBIG2Decode /Filter", b"/Filter [/FlateDecode"]),
    (b"endobj", [b"", b"endobj endobj", b"obj"]),
    (b"/MediaBox [", [b"/MediaBox [0 0 99999 99999] /X [", b"/MediaBox [-1e30 ", b"/MediaBox [/A "]),
    (b"/Font", [b"/Font 0", b"/Font <</F1 999 0 R>> /Z", b"/Fnt"]),
    (b"/Root", [b"/Root 999 0 R /R", b"/Roo", b"/Root null /R"]),
    (b"xref", [b"xref\n0 99999\n", b"xrfe", b""]),
]
XML_EDITS = [
    lambda t, r: t.replace(b"?>", b'?><!DOCTYPE x [<!ENTITY a "' + b"A" * 64 + b'">]>', 1),
    lambda t, r: t.replace(b"</", b"<", 1 + r.randrange(3)),
    lambda t, r: t.replace(b"UTF-8", r.choice([b"ISO-8859-2", b"UTF-16", b"windows-1250", b"nope"]), 1),
    lambda t, r: t[: r.randrange(len(t))],
    lambda t, r: t.replace(b">", b">" + bytes([r.randrange(128, 256)]), 1 + r.randrange(5)),
    lambda t, r: t.replace(b"<Fa>", b"<Fa>" + b"<x>" * 5000, 1) + b"</x>" * 5000,
    lambda t, r: re.sub(
        rb">[0-9]+[.,][0-9]+<",
        b">" + r.choice([b"1e400", b"-0", b"NaN", b"12,3,4", b"\xff"]) + b"<",
        t,
        count=1 + r.randrange(4),
    ),
    lambda t, r: re.sub(
        rb">\d{4}-\d{2}-\d{2}<", b">" + r.choice([b"2026-13-45", b"0000-00-00", b"jutro"]) + b"<", t, count=1
    ),
    lambda t, r: re.sub(rb">\d{10}<", b">" + r.choice([b"1234567890", b"", b"x" * 300]) + b"<", t, count=2),
]


def _bytes_mutation(data: bytes, r: random.Random) -> bytes:
    buf = bytearray(data)
    op = r.randrange(5)
    if op == 0:  # flip bytes
        for _ in range(r.randint(1, 24)):
            buf[r.randrange(len(buf))] = r.randrange(256)
    elif op == 1:  # truncate
        del buf[r.randrange(16, len(buf)) :]
    elif op == 2:  # insert garbage
        at = r.randrange(len(buf))
        buf[at:at] = bytes(r.randrange(256) for _ in range(r.randint(1, 512)))
    elif op == 3:  # duplicate a slice
        a = r.randrange(len(buf))
        b = min(len(buf), a + r.randint(1, 4096))
        buf[b:b] = buf[a:b] * r.randint(1, 4)
    else:  # zero a range
        a = r.randrange(len(buf))
        buf[a : a + r.randint(1, 2048)] = b"\x00" * len(buf[a : a + r.randint(1, 2048)])
    return bytes(buf)


def _pdf_mutation(data: bytes, r: random.Random) -> bytes:
    if r.random() < 0.55:
        token, replacements = r.choice(PDF_SWAPS)
        if token in data:
            positions = [m.start() for m in re.finditer(re.escape(token), data)]
            at = r.choice(positions)
            data = data[:at] + r.choice(replacements) + data[at + len(token) :]
            return _bytes_mutation(data, r) if r.random() < 0.2 else data
    return _bytes_mutation(data, r)


def _image_mutation(data: bytes, r: random.Random) -> bytes:
    if r.random() < 0.6:  # the header survives, the pixels do not
        keep = r.randint(8, 200)
        return data[:keep] + _bytes_mutation(data[keep:], r)
    return _bytes_mutation(data, r)


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> list[Path]:
    folder = tmp_path_factory.mktemp("fuzz")
    bases = _bases(folder)
    r = random.Random(SEED)
    files = []
    for kind, count in COUNTS.items():
        for k in range(count):
            # JPEG survives most damage and then costs a full OCR: fewer JPG mutants than PNG/TIFF.
            base = r.choices(bases[kind], weights=(1, 3, 2))[0] if kind == "img" else r.choice(bases[kind])
            if kind == "pdf":
                data, suffix = _pdf_mutation(base, r), ".pdf"
            elif kind == "xml":
                data = r.choice(XML_EDITS)(base, r) if r.random() < 0.7 else _bytes_mutation(base, r)
                suffix = ".xml"
            else:
                data = _image_mutation(base, r)
                suffix = {b"\xff\xd8": ".jpg", b"\x89P": ".png"}.get(base[:2], ".tiff")
            path = folder / f"{kind}-{k:03d}{suffix}"
            path.write_bytes(data)
            files.append(path)
    return files


def test_fuzz_corpus_through_the_job_boundary(corpus: list[Path], tmp_path: Path) -> None:
    assert len(corpus) >= 500
    env = {k: v for k, v in os.environ.items() if k not in ("PYTHONWARNINGS",)}
    env.update({"PYTHONPATH": str(ROOT), "TMPDIR": str(tmp_path)})
    done = subprocess.run(
        [sys.executable, "-c", DRIVER, "2048"],
        input="\n".join(map(str, corpus)) + "\n",
        capture_output=True,
        text=True,
        timeout=280,
        env=env,
        cwd=tmp_path,
    )
    assert done.returncode == 0, done.stderr[-3000:]
    assert done.stderr == ""  # nothing reached the terminal: library noise is captured
    lines = [json.loads(line) for line in done.stdout.splitlines()]
    usage = lines.pop()["usage"]
    assert len(lines) == len(corpus)
    leaks = [(row["name"], row["message"]) for row in lines if row["kind"] == "error" and LEAK.search(row["message"])]
    assert leaks == []
    outcomes = Counter(row["kind"] for row in lines)
    assert outcomes["error"] > len(corpus) // 3  # the mutations do break files
    for row in lines:
        if row["kind"] == "error":
            assert row["message"].strip().endswith((".", ")", "!")) and len(row["message"]) > 20, row
    assert max(usage["self_mb"], usage["children_mb"]) < 1024, usage
    assert not list(tmp_path.rglob("grantbot-ocr-*"))  # OCR scratch folders cleaned up
