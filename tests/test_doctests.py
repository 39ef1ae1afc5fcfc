"""Every doctest in our packages runs with the suite (and so in CI): examples in docstrings stay true.

The modules are imported by name, as the product imports them; Alembic's migration scripts are left
out (they only run inside Alembic)."""

from __future__ import annotations

import doctest
import importlib
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
PACKAGES = ("bot", "checks", "extractors", "grants", "knowledge", "services", "storage")


def _modules_with_doctests() -> list[str]:
    names = []
    for package in PACKAGES:
        for path in sorted((ROOT / package).rglob("*.py")):
            relative = path.relative_to(ROOT)
            if "migrations" in relative.parts or ">>>" not in path.read_text(encoding="utf-8"):
                continue
            names.append(".".join(relative.with_suffix("").parts).removesuffix(".__init__"))
    return names


MODULES = _modules_with_doctests()


def test_there_are_doctests_to_run() -> None:
    assert len(MODULES) >= 5, MODULES


@pytest.mark.parametrize("name", MODULES)
def test_doctests(name: str) -> None:
    module = importlib.import_module(name)
    result = doctest.testmod(module, optionflags=doctest.ELLIPSIS | doctest.NORMALIZE_WHITESPACE, verbose=False)
    assert result.attempted > 0, f"{name}: '>>>' in the file but no doctest found"
    assert result.failed == 0, f"{name}: {result.failed} of {result.attempted} doctests failed (see the output above)"
