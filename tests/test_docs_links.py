"""Every relative link in README.md and docs/ points at a file that exists, and every #anchor at a
heading of that file (issue 15: one link pointed at a deleted file)."""

from __future__ import annotations

import re
import unicodedata
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
PAGES = sorted([ROOT / "README.md", *ROOT.glob("docs/**/*.md"), *ROOT.glob("tests/**/README.md")])
LINK = re.compile(r"(?<!!)\[[^\]]*\]\(([^)\s]+)(?:\s+\"[^\"]*\")?\)")
FENCE = re.compile(r"^(```|~~~)")


def _prose(text: str) -> str:
    """The text without fenced code blocks and inline code (links there are examples, not links)."""
    kept, fenced = [], False
    for line in text.splitlines():
        if FENCE.match(line.strip()):
            fenced = not fenced
            continue
        if not fenced:
            kept.append(re.sub(r"`[^`]*`", "", line))
    return "\n".join(kept)


def _slugs(heading: str) -> set[str]:
    """GitHub's and Python-Markdown's slugs of a heading (the two renderers of these pages)."""
    text = re.sub(r"[`*_]", "", heading).strip().lower()
    github = re.sub(r"[^\w\- ]", "", text).replace(" ", "-")
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    markdown = re.sub(r"[-\s]+", "-", re.sub(r"[^\w\s-]", "", ascii_text)).strip("-")
    return {github, markdown}


def _anchors(page: Path) -> set[str]:
    anchors: set[str] = set()
    for line in _prose(page.read_text(encoding="utf-8")).splitlines():
        if line.startswith("#"):
            anchors |= _slugs(line.lstrip("#"))
    return anchors


def _links(page: Path) -> list[str]:
    return [m.group(1) for m in LINK.finditer(_prose(page.read_text(encoding="utf-8")))]


def test_there_are_pages_and_links() -> None:
    assert (ROOT / "README.md") in PAGES and len(PAGES) >= 5
    assert sum(len(_links(p)) for p in PAGES) >= 10


@pytest.mark.parametrize("page", PAGES, ids=lambda p: str(p.relative_to(ROOT)))
def test_relative_links_resolve(page: Path) -> None:
    broken = []
    for target in _links(page):
        if re.match(r"^[a-z][a-z0-9+.-]*:", target):  # http:, https:, mailto:
            continue
        path_part, _, anchor = target.partition("#")
        resolved = (page.parent / path_part).resolve() if path_part else page
        if not resolved.exists():
            broken.append(f"{target} (no such file)")
        elif anchor and resolved.suffix == ".md" and anchor.lower() not in _anchors(resolved):
            broken.append(f"{target} (no such heading)")
    assert not broken, broken


def test_readme_is_a_front_door() -> None:
    """The README stays short and names the two commands within its first screen."""
    lines = (ROOT / "README.md").read_text(encoding="utf-8").splitlines()
    assert len(lines) <= 200, len(lines)
    first_screen = "\n".join(lines[:40])
    assert "make run" in first_screen and "make test" in first_screen
