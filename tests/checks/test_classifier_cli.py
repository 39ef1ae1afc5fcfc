"""`grantbot classify` through a real subprocess, exactly as the acceptance checks call it."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

GRANTBOT = [sys.executable, "-m", "bot.cli"]


def grantbot(*args: str, stdin: str | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run([*GRANTBOT, *args], input=stdin, capture_output=True, text=True, timeout=60)


def test_single_item_readable_polish() -> None:
    out = grantbot("classify", "Laptop Dell Latitude 5540", "--program", "cs")
    assert out.returncode == 0, out.stderr
    assert "NIEKWALIFIKOWALNY" in out.stdout
    assert "lit. a" in out.stdout
    assert "Traceback" not in out.stderr


def test_single_item_json_contract() -> None:
    out = grantbot("classify", "Firewall FortiGate 60F", "--program", "cs", "--json")
    assert out.returncode == 0, out.stderr
    data = json.loads(out.stdout)
    assert {"text", "category", "verdict", "reason", "citation", "confidence"} <= set(data)
    assert data["category"] == "firewall"
    assert data["verdict"] == "eligible"
    assert data["citation"].startswith("cyberbezpieczny_samorzad_schemat_grantowy.txt, ")
    assert isinstance(data["confidence"], float)


def test_programme_code_is_case_insensitive() -> None:
    out = grantbot("classify", "Router MikroTik hAP ax3", "--program", "CS", "--json")
    assert json.loads(out.stdout)["programme"] == "cs"


def test_batch_file_one_json_line_per_item(tmp_path: Path) -> None:
    items = tmp_path / "pozycje.txt"
    items.write_text("Laptop Dell Latitude 5540\n\nUPS Eaton 9SX 3000i\nusługa\n", encoding="utf-8")
    out = grantbot("classify", "--batch", str(items), "--program", "cs", "--json")
    assert out.returncode == 0, out.stderr
    lines = [json.loads(line) for line in out.stdout.splitlines()]
    assert [(d["text"], d["verdict"]) for d in lines] == [
        ("Laptop Dell Latitude 5540", "ineligible"),
        ("UPS Eaton 9SX 3000i", "eligible"),
        ("usługa", "review"),
    ]
    assert lines[2]["citation"] is None


def test_batch_from_stdin() -> None:
    out = grantbot(
        "classify", "--batch", "-", "--program", "cp", "--json", stdin="Szkolenie z Excela\nAbonament LTE dla routera\n"
    )
    assert out.returncode == 0, out.stderr
    verdicts = [json.loads(line)["verdict"] for line in out.stdout.splitlines()]
    assert verdicts == ["eligible", "ineligible"]


def test_batch_in_windows_encoding(tmp_path: Path) -> None:
    items = tmp_path / "eksport.txt"
    items.write_bytes("Zasilacz awaryjny Eaton\r\nTorba na laptopa\r\n".encode("cp1250"))
    out = grantbot("classify", "--batch", str(items), "--program", "cs", "--json")
    assert [json.loads(line)["category"] for line in out.stdout.splitlines()] == ["ups", "bag"]


@pytest.mark.parametrize(
    ("args", "stdin", "needle"),
    [
        (["classify", "Laptop"], None, "--program"),
        (["classify", "Laptop", "--program", "xx"], None, "nieznany program"),
        (["classify", "--program", "cs"], None, "Podaj opis pozycji"),
        (["classify", "   ", "--program", "cs"], None, "Podaj opis pozycji"),
        (["classify", "--batch", "/nie/ma/takiego/pliku.txt", "--program", "cs"], None, "Nie ma pliku"),
        (["classify", "--batch", "-", "--program", "cs"], "\n\n", "pusty"),
        (["classify", "Laptop", "--batch", "-", "--program", "cs"], "Laptop\n", "nie oba naraz"),
    ],
    ids=["no-program", "bad-program", "no-text", "blank-text", "missing-file", "empty-batch", "text-and-batch"],
)
def test_bad_arguments_exit_2_with_polish_message(args: list[str], stdin: str | None, needle: str) -> None:
    out = grantbot(*args, "--json", stdin=stdin)
    assert out.returncode == 2
    assert needle in out.stderr
    assert "Traceback" not in out.stderr
    assert "error" in json.loads(out.stdout.splitlines()[-1])


def test_directory_instead_of_file(tmp_path: Path) -> None:
    out = grantbot("classify", "--batch", str(tmp_path), "--program", "cs")
    assert out.returncode == 2
    assert "to katalog" in out.stderr


def test_binary_batch_file_is_refused(tmp_path: Path) -> None:
    blob = tmp_path / "faktura.pdf"
    blob.write_bytes(b"%PDF-1.7\x00\x01\x02" * 100)
    out = grantbot("classify", "--batch", str(blob), "--program", "cs")
    assert out.returncode == 2
    assert f"Plik „{blob}” nie jest tekstem" in out.stderr  # one file: singular (QA F26)


def test_one_stray_nul_does_not_cost_the_other_lines(tmp_path: Path) -> None:
    """QA F28: one line with a NUL byte; blank lines; each result says which input line it answers."""
    batch = tmp_path / "pozycje.txt"
    batch.write_bytes(b"Laptop Dell\n\nFirewall\x00 FortiGate 60F\nToner HP 59A\n")
    out = grantbot("classify", "--batch", str(batch), "--program", "cs", "--json")
    assert out.returncode == 0, out.stderr
    rows = [json.loads(line) for line in out.stdout.splitlines()]
    assert [(r["line"], r["category"]) for r in rows] == [(1, "laptop"), (3, "firewall"), (4, "consumables")]


def test_batch_from_a_fifo_is_not_called_missing(tmp_path: Path) -> None:
    """QA F41: the path exists, it just is not a regular file."""
    import os

    fifo = tmp_path / "kolejka"
    os.mkfifo(fifo)
    out = grantbot("classify", "--batch", str(fifo), "--program", "cs")
    assert out.returncode == 2
    assert "nie jest zwykłym plikiem" in out.stderr and "Nie ma pliku" not in out.stderr


def test_a_pdf_with_few_nuls_is_still_refused(tmp_path: Path) -> None:
    blob = tmp_path / "faktura.pdf"
    blob.write_bytes(b"%PDF-1.7\n1 0 obj\n<< /Length 5 >>\nstream\nabc\x00d\nendstream\n")
    out = grantbot("classify", "--batch", str(blob), "--program", "cs")
    assert out.returncode == 2 and "nie jest tekstem" in out.stderr
