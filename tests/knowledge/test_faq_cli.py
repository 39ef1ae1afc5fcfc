"""`grantbot ask` through a real subprocess: the contract the acceptance checks use."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path

import pytest

KEYS = {"answer", "abstained", "entry_id", "programme", "score", "citations"}


CACHE = tempfile.mkdtemp(prefix="grantbot-faq-cache-")


def grantbot(*args: str, stdin: bytes | None = None) -> subprocess.CompletedProcess[bytes]:
    return subprocess.run(
        [sys.executable, "-m", "bot.cli", "ask", *args],
        input=stdin,
        capture_output=True,
        timeout=60,
        check=False,
        env={**os.environ, "XDG_CACHE_HOME": CACHE},  # never touch the developer's ~/.cache
    )


def test_single_question_prints_the_answer_text() -> None:
    result = grantbot("Jaka jest maksymalna kwota grantu w Cyfrowym Powiecie?")
    out = result.stdout.decode()
    assert result.returncode == 0, result.stderr.decode()
    assert "350 000 zł" in out and "Źródło: Cyfrowy Powiat – schemat grantowy" in out


def test_single_question_json_with_programme() -> None:
    result = grantbot("do kiedy ankieta?", "--program", "cs", "--json")
    assert result.returncode == 0, result.stderr.decode()
    data = json.loads(result.stdout)
    assert set(data) == KEYS
    assert data["entry_id"] == "cs-ankieta-termin" and data["programme"] == "cs"
    assert data["abstained"] is False and "30 dni" in data["answer"]
    assert all(isinstance(c, str) and c.startswith("cyberbezpieczny_samorzad") for c in data["citations"])


def test_off_topic_json_abstains() -> None:
    data = json.loads(grantbot("jaka bedzie pogoda w sobote", "--json").stdout)
    assert data["abstained"] is True and data["entry_id"] is None and data["citations"] == []
    assert "22 182 22 94" in data["answer"]


QUESTIONS = [
    "ile max dostanie gmina z cyfrowej gminy",
    "",
    "jak ugotowac bigos",
    "do kiedy trwal nabor w cs",
]


def _check_batch(stdout: bytes) -> None:
    lines = [json.loads(line) for line in stdout.decode().splitlines()]
    assert [(d["entry_id"], d["abstained"]) for d in lines] == [
        ("cg-kwota-min-max", False),
        (None, True),
        ("cs-nabor-termin", False),
    ]
    assert all(set(d) == KEYS for d in lines)


def test_batch_from_file_keeps_order_and_skips_blank_lines(tmp_path: Path) -> None:
    path = tmp_path / "pytania.txt"
    path.write_text("\n".join(QUESTIONS) + "\n", encoding="utf-8")
    result = grantbot("--batch", str(path), "--json")
    assert result.returncode == 0, result.stderr.decode()
    _check_batch(result.stdout)


def test_batch_from_stdin() -> None:
    result = grantbot("--batch", "-", "--json", stdin="\n".join(QUESTIONS).encode())
    assert result.returncode == 0, result.stderr.decode()
    _check_batch(result.stdout)


@pytest.mark.parametrize(
    ("args", "content", "message"),
    [
        (["--batch", "{dir}/brak.txt"], None, "Nie ma pliku"),
        (["--batch", "{dir}"], None, "katalog"),
        (["--batch", "{dir}/bin.txt"], b"\x00\x01\x02\x03" * 20, "nie jest tekstem"),
        (["--batch", "{dir}/empty.txt"], b"", "wejście jest puste"),
        (["--batch", "{dir}/blank.txt"], b"\n  \n\n", "wejście jest puste"),
        (["pytanie", "--program", "xx"], None, "Nie znam programu"),
        ([], None, "Podaj pytanie"),
        (["pytanie", "--batch", "-"], None, "nie oba"),
    ],
    ids=[
        "missing-file",
        "directory",
        "binary",
        "empty-file",
        "blank-lines-only",
        "bad-programme",
        "no-question",
        "both",
    ],
)
def test_bad_input_is_a_polish_error_with_exit_code_2(
    tmp_path: Path, args: list[str], content: bytes | None, message: str
) -> None:
    if content is not None:
        (tmp_path / args[1].split("/")[-1]).write_bytes(content)
    argv = [a.replace("{dir}", str(tmp_path)) for a in args]
    result = grantbot(*argv, "--json")
    assert result.returncode == 2
    assert message in result.stderr.decode()
    assert message in json.loads(result.stdout)["error"]
    assert "Traceback" not in result.stderr.decode()


def test_purchase_question_goes_to_the_item_classifier() -> None:
    data = json.loads(grantbot("czy mogę kupić laptopa w CS?", "--json").stdout)
    assert data["entry_id"].startswith("classifier:") and data["programme"] == "cs"
    assert data["abstained"] is False
    assert "niekwalifikowalny" in data["answer"] and "Źródło:" in data["answer"]
    assert data["citations"] and data["citations"][0].startswith("cyberbezpieczny_samorzad_schemat_grantowy.txt")


def test_purchase_question_without_programme_is_judged_in_every_programme() -> None:
    data = json.loads(grantbot("czy UPS jest kwalifikowalny", "--json").stdout)
    assert data["entry_id"].startswith("classifier:") and data["programme"] is None
    for name in ("Cyfrowa Gmina:", "Cyfrowy Powiat:", "Cyberbezpieczny Samorząd:"):
        assert name in data["answer"]


def test_batch_reads_cp1250_like_classify() -> None:
    # Notepad on a Polish Windows still saves CP1250; `classify --batch` accepts it, so must `ask`.
    questions = ["Jaka jest maksymalna kwota grantu w Cyfrowym Powiecie?", "pogoda w Łodzi jutro"]
    result = grantbot("--batch", "-", "--json", stdin="\n".join(questions).encode("cp1250"))
    assert result.returncode == 0, result.stderr.decode()
    rows = [json.loads(line) for line in result.stdout.decode().splitlines()]
    assert len(rows) == 2
    assert rows[0]["abstained"] is False and "350 000 zł" in rows[0]["answer"]
    assert rows[1]["abstained"] is True


def test_empty_stdin_batch_is_an_error() -> None:
    result = grantbot("--batch", "-")
    assert result.returncode == 2
    assert "wejście jest puste" in result.stderr.decode() and not result.stdout


def test_paying_for_an_item_is_a_purchase_question() -> None:
    data = json.loads(grantbot("Czy da się zapłacić za pakiet Office z Cyfrowej Gminy?", "--json").stdout)
    assert data["entry_id"].startswith("classifier:") and data["programme"] == "cg"


def test_multi_part_and_arithmetic_through_the_batch_json() -> None:
    questions = (
        "w cg czy mozemy kupic oprogramowanie do wideokonferencji i czy szkolenie z jego obslugi tez przejdzie?\n"
        "5 % z 400 000 zł to ile na doradztwo w cyfrowej gminie?\n"
        "czy w CG można kupić używany sprzęt\n"
    )
    result = grantbot("--batch", "-", "--json", stdin=questions.encode())
    assert result.returncode == 0, result.stderr.decode()
    rows = [json.loads(line) for line in result.stdout.decode().splitlines()]
    assert [set(r) >= KEYS for r in rows] == [True, True, True]
    multi, advisory, used = rows
    assert not multi["abstained"] and "Co do pytania „czy szkolenie" in multi["answer"]
    assert advisory["entry_id"] == "cg-doradztwo-limit" and "20 000,00 zł" in advisory["answer"]
    # a rule question, not a verdict of the item classifier
    assert used["entry_id"] == "cg-sprzet-uzywany"
