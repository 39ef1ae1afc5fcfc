"""`grantbot extract`: the CLI contract the acceptance checks use."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from bot.cli import main
from tests.fixtures import ksef, pdfgen

CONTRACT = {
    "file",
    "kind",
    "number",
    "issue_date",
    "sale_date",
    "seller_nip",
    "buyer_nip",
    "seller_name",
    "buyer_name",
    "currency",
    "net_total",
    "vat_total",
    "gross_total",
    "items",
    "warnings",
    "source",
}
ITEM = {"name", "qty", "unit", "unit_net", "net", "vat_rate", "vat", "gross"}


@pytest.fixture(scope="module")
def corpus() -> dict[str, pdfgen.CorpusFile]:
    return {f.path.stem: f for f in pdfgen.shared_corpus(scans=False)}


def test_json_for_one_invoice_has_the_contract_shape(
    corpus: dict[str, pdfgen.CorpusFile], capsys: pytest.CaptureFixture[str]
) -> None:
    f = corpus["fv_classic"]
    assert main(["extract", str(f.path), "--json"]) == 0
    out = json.loads(capsys.readouterr().out)
    assert set(out) >= CONTRACT
    assert all(set(item) >= ITEM for item in out["items"])
    assert out["file"] == str(f.path)
    assert (out["kind"], out["source"], out["gross_total"]) == ("invoice", "pdf_text", f.golden["gross_total"])
    assert out["issue_date"] == "2026-03-14" and len(out["seller_nip"]) == 10


def test_json_lines_for_several_files_and_exit_2_when_one_fails(
    tmp_path: Path, corpus: dict[str, pdfgen.CorpusFile], capsys: pytest.CaptureFixture[str]
) -> None:
    broken = tmp_path / "zepsuty.pdf"
    broken.write_bytes(b"%PDF-1.4\n1 0 obj\n<<")
    xml = tmp_path / "ksef.xml"
    xml.write_bytes(ksef.render(ksef.CASES["fa3_plain"]))
    files = [corpus["fv_gross"].path, broken, corpus["po_serials"].path, xml]
    assert main(["extract", *map(str, files), "--json"]) == 2
    captured = capsys.readouterr()
    lines = [json.loads(line) for line in captured.out.splitlines()]
    assert [line["file"] for line in lines] == list(map(str, files))
    assert [line.get("kind") for line in lines] == ["invoice", None, "protocol", "invoice"]
    assert lines[3]["source"] == "ksef_xml"
    assert "uszkodzony" in lines[1]["error"]
    assert "zepsuty.pdf" in captured.err and "Traceback" not in captured.err
    protocol = lines[2]
    assert {"references", "signatures_filled"} <= set(protocol)
    assert protocol["items"][0]["serial_numbers"] == ["FGT60FTK23041234"]


PRO_FORMA = """Faktura pro forma nr PF/3/2026
Data wystawienia: 10.03.2026
Sprzedawca: NETSEC Sp. z o.o., NIP: 5252387107
Nabywca: Gmina Nowa Wieś, NIP: 5991003308
Lp. Nazwa Ilość J.m. Cena netto Wartość netto VAT Kwota VAT Wartość brutto
1 Firewall FortiGate 60F 1 szt. 5 000,00 5 000,00 23% 1 150,00 6 150,00
Razem: 5 000,00 1 150,00 6 150,00
"""


def test_every_kind_carries_every_contract_key(
    tmp_path: Path, corpus: dict[str, pdfgen.CorpusFile], capsys: pytest.CaptureFixture[str]
) -> None:
    """A checker reads each contract key on every line: protocols and unknown documents get nulls."""
    proforma = tmp_path / "proforma.txt"
    proforma.write_text(PRO_FORMA, encoding="utf-8")
    xml = tmp_path / "korekta.xml"
    xml.write_bytes(ksef.render(ksef.CASES["fa3_correction"]))
    files = [
        corpus["fv_classic"].path,
        corpus["fv_correction"].path,
        corpus["po_serials"].path,
        corpus["po_simple"].path,
        proforma,
        xml,
    ]
    assert main(["extract", *map(str, files), "--json"]) == 0
    lines = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert {line["kind"] for line in lines} == {"invoice", "correction", "protocol", "unknown"}
    for line in lines:
        assert set(line) >= CONTRACT, (line["kind"], CONTRACT - set(line))
        assert line["items"], line["file"]
        for item in line["items"]:
            assert set(item) >= ITEM, (line["kind"], ITEM - set(item))
    protocol = next(line for line in lines if line["kind"] == "protocol")
    assert [protocol[k] for k in ("currency", "net_total", "vat_total", "gross_total")] == [None] * 4
    assert {protocol["items"][0][k] for k in ("unit_net", "net", "vat_rate", "vat", "gross")} == {None}
    assert protocol["items"][0]["qty"] is not None and protocol["items"][0]["name"]


def test_human_summary_is_polish(corpus: dict[str, pdfgen.CorpusFile], capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["extract", str(corpus["fv_multirate"].path)]) == 0
    out = capsys.readouterr().out
    assert "Faktura nr F/2026/00731" in out
    assert "Sprzedawca: Infosystem Polska S.A., NIP 6772314598" in out
    assert "Odbiorca: Szkoła Podstawowa nr 2 w Łowiczu" in out
    assert "brutto 74 015,46 PLN" in out


def test_unreadable_file_without_json_writes_only_to_stderr(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    empty = tmp_path / "pusty.pdf"
    empty.write_bytes(b"")
    assert main(["extract", str(empty)]) == 2
    captured = capsys.readouterr()
    assert captured.out == ""
    assert "pusty" in captured.err


def test_installed_entry_point_never_prints_a_traceback(tmp_path: Path) -> None:
    fake = tmp_path / "faktura.pdf"
    fake.write_bytes(b"PK\x03\x04" + bytes(100))
    exe = Path(sys.executable).with_name("grantbot")
    done = subprocess.run([str(exe), "extract", str(fake), "--json"], capture_output=True, text=True, timeout=60)
    assert done.returncode == 2
    assert json.loads(done.stdout)["error"].startswith("Plik „faktura.pdf” to archiwum ZIP")
    assert "Traceback" not in done.stderr
