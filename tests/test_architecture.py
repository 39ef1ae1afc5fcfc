"""The layer order holds: faces (bot) → services → pure packages → storage adapters.

Pure packages never import the faces' or storage's frameworks; nothing below imports above."""

import ast
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
PURE = ("knowledge", "grants", "checks", "extractors")
FORBIDDEN = ("aiogram", "sqlmodel", "sqlalchemy", "storage", "bot")


def imported_modules(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    names = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names |= {alias.name.split(".")[0] for alias in node.names}
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.add(node.module.split(".")[0])
    return names


@pytest.mark.parametrize("package", PURE)
def test_pure_packages_do_not_import_frameworks(package: str) -> None:
    offenders = {
        str(p.relative_to(ROOT)): sorted(imported_modules(p) & set(FORBIDDEN)) for p in (ROOT / package).rglob("*.py")
    }
    assert {p: m for p, m in offenders.items() if m} == {}


# package -> our packages it must never import (at module level or inside functions)
BELOW_MUST_NOT_IMPORT = {
    "services": ("bot",),
    "storage": ("bot", "services"),
    **{package: ("bot", "services", "storage") for package in PURE},
}


@pytest.mark.parametrize("package", sorted(BELOW_MUST_NOT_IMPORT))
def test_nothing_below_imports_above(package: str) -> None:
    offenders = {
        str(p.relative_to(ROOT)): sorted(imported_modules(p) & set(BELOW_MUST_NOT_IMPORT[package]))
        for p in (ROOT / package).rglob("*.py")
    }
    assert {p: m for p, m in offenders.items() if m} == {}
