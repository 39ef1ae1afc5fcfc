"""`grantbot grant` and `grantbot data` through a real subprocess, as a user runs them."""

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest


def grantbot(*args: str, data_dir: Path, stdin: str | None = None) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "DATA_DIR": str(data_dir), "BOT_TOKEN": "", "DATABASE_URL": ""}
    return subprocess.run(
        [sys.executable, "-m", "bot.cli", *args], capture_output=True, text=True, env=env, input=stdin, timeout=120
    )


@pytest.fixture
def data_dir(tmp_path: Path) -> Path:
    return tmp_path / "var"


def test_grant_json_exact_with_g(data_dir: Path) -> None:
    out = grantbot("grant", "2063011", "--program", "cg", "--g", "1873,91", "--json", data_dir=data_dir)
    assert out.returncode == 0, out.stderr
    payload = json.loads(out.stdout)
    assert payload["unit"]["teryt"] == "2063011"
    [result] = payload["results"]
    assert (result["programme"], result["status"], result["amount"]) == ("cg", "exact", "1662072.41")
    assert result["steps"] and result["citations"]


def test_grant_all_programmes_for_a_powiat(data_dir: Path) -> None:
    payload = json.loads(grantbot("grant", "0201", "--json", data_dir=data_dir).stdout)
    statuses = {r["programme"]: (r["status"], r["amount"], r["min"], r["max"]) for r in payload["results"]}
    assert statuses == {
        "cg": ("not_eligible", None, None, None),
        "cp": ("range", None, "100000.00", "350000.00"),
        "cs": ("exact", "850000.00", "850000.00", "850000.00"),
    }


def test_ambiguous_name_lists_candidates(data_dir: Path) -> None:
    out = grantbot("grant", "Kościerzyna", "--json", data_dir=data_dir)
    assert out.returncode == 0
    payload = json.loads(out.stdout)
    assert payload["results"] == [] and payload["unit"] is None
    assert {"2206011", "2206042"} <= {c["teryt"] for c in payload["candidates"]}
    assert all({"teryt", "name", "kind", "powiat", "wojewodztwo"} <= c.keys() for c in payload["candidates"])


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["grant", "35"], "Nie ma województwa o kodzie 35"),
        (["grant", "2206042", "--g", "abc"], "nie jest liczbą"),
        (["grant", "qwxzzy"], "Nie znalazłem"),
        (["grant", "2206042", "--program", "xx"], "nieznany program „xx”"),
    ],
    ids=["bad-woj", "bad-g", "unknown-name", "bad-programme"],
)
def test_bad_input_exit_2_polish_no_traceback(data_dir: Path, args: list[str], message: str) -> None:
    out = grantbot(*args, "--json", data_dir=data_dir)
    assert out.returncode == 2
    assert message in out.stderr
    assert "Traceback" not in out.stderr + out.stdout
    assert "error" in json.loads(out.stdout.strip().splitlines()[-1])


def test_import_indices_then_grant_uses_them(tmp_path: Path, data_dir: Path) -> None:
    table = tmp_path / "g.csv"
    table.write_text("teryt;G\n2206042;1908,88\n3501;5\n", encoding="utf-8")
    out = grantbot("data", "import-indices", str(table), data_dir=data_dir)
    assert out.returncode == 0, out.stderr
    assert "Przyjęto 1 wiersz, odrzucono 1" in out.stdout and "województwa o kodzie 35" in out.stdout
    payload = json.loads(grantbot("grant", "2206042", "--program", "cg", "--json", data_dir=data_dir).stdout)
    assert payload["results"][0]["amount"] == "406655.06"
    assert any("zaimportowana" in i["source"] for i in payload["results"][0]["inputs"])


def test_import_amounts_takes_precedence(tmp_path: Path, data_dir: Path) -> None:
    table = tmp_path / "cs.csv"
    table.write_text("teryt,kwota\n2206042,312345.67\n", encoding="utf-8")
    assert grantbot("data", "import-amounts", "--program", "cs", str(table), data_dir=data_dir).returncode == 0
    result = json.loads(grantbot("grant", "2206042", "--program", "cs", "--json", data_dir=data_dir).stdout)
    assert result["results"][0]["amount"] == "312345.67"
    assert any("oficjalnej listy" in s for s in result["results"][0]["steps"])


def test_import_dry_run_and_all_rejected(tmp_path: Path, data_dir: Path) -> None:
    table = tmp_path / "bad.csv"
    table.write_text("teryt,G\n3501,5\n", encoding="utf-8")
    out = grantbot("data", "import-indices", str(table), data_dir=data_dir)
    assert out.returncode == 2 and "Żaden wiersz" in out.stdout
    missing = grantbot("data", "import-indices", str(tmp_path / "nope.csv"), data_dir=data_dir)
    assert missing.returncode == 2 and "Nie ma pliku" in missing.stderr
