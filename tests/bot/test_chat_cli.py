"""The same scenarios through `grantbot chat` as a subprocess, input through a pipe."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.bot.documents import Corpus, build

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> Corpus:
    return build(tmp_path_factory.mktemp("chat-corpus"), photo=False)


def chat(tmp_path: Path, lines: list[str], *args: str, admin: str = "42") -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if k not in ("BOT_TOKEN", "DATABASE_URL", "REDIS_URL")}
    env.update({"DATA_DIR": str(tmp_path / "var"), "ADMIN_IDS": admin, "PYTHONPATH": str(ROOT)})
    return subprocess.run(
        [sys.executable, "-m", "bot.cli", "chat", *args],
        input="\n".join(lines) + "\n",
        capture_output=True,
        text=True,
        timeout=120,
        cwd=tmp_path,
        env=env,
    )


def turns(stdout: str) -> dict[str, str]:
    """Reply text by the input line it answers (the chat echoes '» line' when piped)."""
    result: dict[str, str] = {}
    current = None
    for line in stdout.splitlines():
        if line.startswith("» "):
            current = line[2:]
            result[current] = ""
        elif current is not None:
            result[current] += line + "\n"
    return result


def test_acceptance_pipe(tmp_path: Path) -> None:
    lines = [
        "/start",
        "Do kiedy można ponosić wydatki w Cyfrowym Powiecie?",
        "/grant 0201",
        "Czy laptop jest kwalifikowalny w CS?",
    ]
    done = chat(tmp_path, lines)
    assert done.returncode == 0, done.stderr
    assert "Traceback" not in done.stderr
    out = turns(done.stdout)
    assert "Dzień dobry" in out["/start"] and "[3] Cyberbezpieczny Samorząd" in out["/start"]
    assert "31.12.2023" in out[lines[1]] and "Źródło:" in out[lines[1]]
    assert "powiat bolesławiecki" in out["/grant 0201"] and "850 000,00 zł" in out["/grant 0201"]
    assert "Cyberbezpieczny Samorząd:" in out[lines[3]] and "Cyfrowa Gmina:" not in out[lines[3]]


def test_grant_disambiguation_buttons_and_g(tmp_path: Path) -> None:
    done = chat(tmp_path, ["/grant Kościerzyna", "2", "1523,45"])
    assert done.returncode == 0, done.stderr
    out = turns(done.stdout)
    assert "pasuje do kilku jednostek" in out["/grant Kościerzyna"]
    assert "[2] gmina wiejska Kościerzyna" in out["/grant Kościerzyna"]
    assert "gmina wiejska Kościerzyna" in out["2"] and "wskaźnika G na 2021" in out["2"]
    assert "Cyfrowa Gmina:" in out["1523,45"] and "podaj wskaźnik G" not in out["1523,45"]


def test_documents_report_and_downloads(tmp_path: Path, corpus: Corpus) -> None:
    lines = [
        f"/plik {corpus.invoice_pdf}",
        f"/plik {corpus.protocol_pdf}",
        f"/plik {corpus.ksef_xml}",
        f"/plik {corpus.corrupt_pdf}",
        "/plik /nie/ma/takiego.pdf",
        "/sprawdz",
        "/program cs",
        "/raport",
        "1",
        "2",
    ]
    done = chat(tmp_path, lines)
    assert done.returncode == 0, done.stderr
    out = turns(done.stdout)
    assert corpus.invoice_number in out[lines[0]] and "W zestawie: 1 plik" in out[lines[0]]
    assert "protokół odbioru" in out[lines[1]]
    assert corpus.ksef_number in out[lines[2]]
    assert "Nie udało się odczytać pliku „uszkodzony.pdf”" in out[lines[3]]
    assert "Nie ma pliku" in out[lines[4]]
    assert "W ZESTAWIE DO ROZLICZENIA: 4 PLIKI" in out["/sprawdz"]
    assert "Wstępna kontrola rozliczenia" in out["/raport"]
    saved = sorted((tmp_path / "var" / "pobrane").iterdir())
    assert [p.suffix for p in saved] == [".csv", ".html"]
    assert corpus.invoice_number in saved[0].read_text(encoding="utf-8-sig")
    # The originals are untouched (the chat uploads a copy) and no copy is left behind.
    assert corpus.invoice_pdf.exists()
    assert not [p for p in (tmp_path / "var" / "uploads").rglob("*") if p.is_file()]


def test_admin_statistics_refusal_export_and_deletion(tmp_path: Path) -> None:
    question = "Jaka będzie pogoda w Zakopanem w przyszły wtorek?"
    refused = chat(tmp_path, [question, "/statystyki"], "--user-id", "7")
    assert "tylko dla administratorów" in turns(refused.stdout)["/statystyki"]
    allowed = chat(tmp_path, ["/statystyki"], "--user-id", "42")
    stats = turns(allowed.stdout)["/statystyki"]
    assert "Pytania: 1, bez odpowiedzi: 1" in stats and "pogoda w zakopanem" in stats

    env = {k: v for k, v in os.environ.items() if k != "DATABASE_URL"}
    env.update({"DATA_DIR": str(tmp_path / "var"), "PYTHONPATH": str(ROOT)})
    export = subprocess.run(
        [sys.executable, "-m", "bot.cli", "helpdesk", "export-unanswered", "--csv", str(tmp_path / "pytania.csv")],
        capture_output=True,
        text=True,
        cwd=tmp_path,
        env=env,
        timeout=60,
    )
    assert export.returncode == 0, export.stderr
    rows = (tmp_path / "pytania.csv").read_text(encoding="utf-8-sig").splitlines()
    assert rows[0].startswith("data;program;pytanie") and question in rows[1]
    assert "terminal:7" in rows[1].split(";")  # the asker's column (issue 13 added context columns after it)

    deleted = chat(tmp_path, ["/usun_dane", "1"], "--user-id", "7")
    assert "Usunięto Twoje dane" in turns(deleted.stdout)["1"]
    export = subprocess.run(
        [sys.executable, "-m", "bot.cli", "helpdesk", "export-unanswered", "--csv"],
        capture_output=True,
        text=True,
        cwd=tmp_path,
        env=env,
        timeout=60,
    )
    assert question not in export.stdout  # the user's questions went with their data


def test_helpdesk_export_needs_a_format(tmp_path: Path) -> None:
    env = {k: v for k, v in os.environ.items() if k != "DATABASE_URL"}
    env.update({"DATA_DIR": str(tmp_path / "var"), "PYTHONPATH": str(ROOT)})
    done = subprocess.run(
        [sys.executable, "-m", "bot.cli", "helpdesk", "export-unanswered"],
        capture_output=True,
        text=True,
        cwd=tmp_path,
        env=env,
        timeout=60,
    )
    assert done.returncode == 2 and "--csv" in done.stderr and "Traceback" not in done.stderr


@pytest.mark.ocr
def test_photo_through_the_chat(tmp_path: Path) -> None:
    photo_corpus = build(tmp_path / "c", photo=True)
    done = chat(tmp_path, [f"/plik {photo_corpus.photo_jpg}"])
    assert done.returncode == 0, done.stderr
    out = turns(done.stdout)[f"/plik {photo_corpus.photo_jpg}"]
    assert "FV/2026/01/002" in out and "W zestawie: 1 plik" in out


def test_plik_directory_several_paths_glob_and_big_file_name(tmp_path: Path, corpus: Corpus) -> None:
    """QA F10 (a directory is not "missing"), F46 (several paths and globs), F23 (the size, not the
    name, gets a decimal comma)."""
    folder = tmp_path / "dokumenty"
    folder.mkdir()
    for source in (corpus.ksef_xml, corpus.protocol_pdf):
        (folder / source.name).write_bytes(source.read_bytes())
    big = tmp_path / "faktura.v2 2.5.pdf"
    big.write_bytes(b"%PDF-1.4\n" + b"0" * (21 * 1024 * 1024))
    spaced = tmp_path / "z spacją.xml"
    spaced.write_bytes(corpus.ksef_xml.read_bytes().replace(corpus.ksef_number.encode(), b"FA/777/2024"))
    lines = [
        f"/plik {folder}",
        f"/plik {corpus.invoice_pdf} '{spaced}'",
        f"/plik {folder}/*.xml",
        f"/plik '{big}'",
        f"/plik {folder}/*.docx",
    ]
    done = chat(tmp_path, lines)
    assert done.returncode == 0 and "Traceback" not in done.stderr, done.stderr
    out = turns(done.stdout)
    assert "to katalog" in out[lines[0]] and "Nie ma pliku" not in out[lines[0]], out[lines[0]]
    assert corpus.invoice_number in out[lines[1]] and "FA/777/2024" in out[lines[1]]
    assert "W zestawie: 2 pliki" in out[lines[1]]
    assert corpus.ksef_number in out[lines[2]] and "W zestawie: 3 pliki" in out[lines[2]]
    assert "„faktura.v2 2.5.pdf” ma 21,0 MB" in out[lines[3]], out[lines[3]]
    assert "Nie ma plików pasujących" in out[lines[4]]
