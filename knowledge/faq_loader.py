"""FAQ content (knowledge/faq/*.yaml) → frozen `FaqEntry` objects.

The entry format is the contract between the content writers and the engine: id, programmes,
optional group, question, paraphrases, answer, citations ({doc, section}), related. Structural
problems raise `FaqFormatError` naming the file and entry; content rules that need the whole
knowledge base (related ids exist, citations resolve) are checked by the tests.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from knowledge.citations import Citation
from knowledge.errors import GrantbotError

FAQ_DIR = Path(__file__).parent / "faq"
PROGRAMME_CODES = ("cg", "cp", "cs")
_ID = re.compile(r"^(cg|cp|cs|all)-[a-z0-9]+(?:-[a-z0-9]+)*$")


class FaqFormatError(GrantbotError):
    """A FAQ file cannot be read or breaks the entry format."""


@dataclass(frozen=True, slots=True)
class FaqEntry:
    id: str
    programmes: tuple[str, ...]
    group: str | None
    question: str
    paraphrases: tuple[str, ...]
    answer: str
    citations: tuple[Citation, ...]
    related: tuple[str, ...]
    source: str = ""  # file name, for error messages and review
    # The answer's point is that the documents do not settle the question (e.g. VAT in CS): the
    # engine shows it but flags the reply as an abstention.
    undecided: bool = False


def _fail(source: str, entry_id: str | None, problem: str) -> FaqFormatError:
    where = f"{source}, wpis {entry_id}" if entry_id else source
    return FaqFormatError(f"Błąd w bazie FAQ ({where}): {problem}")


def _strings(value: Any, source: str, entry_id: str, field: str) -> tuple[str, ...]:
    if not isinstance(value, list) or not all(isinstance(v, str) and v.strip() for v in value):
        raise _fail(source, entry_id, f"pole „{field}” musi być listą niepustych tekstów")
    return tuple(v.strip() for v in value)


def parse_entry(raw: Any, source: str = "") -> FaqEntry:
    if not isinstance(raw, dict):
        raise _fail(source, None, f"wpis musi być słownikiem, a jest: {type(raw).__name__}")
    entry_id = raw.get("id")
    if not isinstance(entry_id, str) or not _ID.match(entry_id):
        raise _fail(source, str(entry_id), "identyfikator musi mieć postać cg-/cp-/cs-/all-<słowa>")
    for field in ("question", "answer"):
        if not isinstance(raw.get(field), str) or not raw[field].strip():
            raise _fail(source, entry_id, f"brak pola „{field}”")
    programmes = _strings(raw.get("programmes"), source, entry_id, "programmes")
    unknown = [p for p in programmes if p not in PROGRAMME_CODES]
    if not programmes or unknown:
        problem = f"nieznane programy {unknown or '(pusta lista)'}; dozwolone: cg, cp, cs"
        raise _fail(source, entry_id, problem)
    group = raw.get("group")
    if group is not None and not (isinstance(group, str) and group.strip()):
        raise _fail(source, entry_id, "pole „group” musi być tekstem")
    citations = []
    raw_citations = raw.get("citations")
    if not isinstance(raw_citations, list) or not raw_citations:
        raise _fail(source, entry_id, "wpis musi mieć co najmniej jedno źródło (citations)")
    for item in raw_citations:
        fields_ok = isinstance(item, dict) and all(isinstance(item.get(k), str) for k in ("doc", "section"))
        if not fields_ok:
            raise _fail(source, entry_id, f"źródło musi mieć pola doc i section: {item!r}")
        citations.append(Citation(document=item["doc"].strip(), section=item["section"].strip()))
    return FaqEntry(
        id=entry_id,
        programmes=programmes,
        group=group.strip() if isinstance(group, str) else None,
        question=raw["question"].strip(),
        paraphrases=_strings(raw.get("paraphrases", []), source, entry_id, "paraphrases"),
        answer=" ".join(raw["answer"].split()),
        citations=tuple(citations),
        related=_strings(raw.get("related", []) or [], source, entry_id, "related"),
        source=source,
        undecided=_flag(raw.get("undecided", False), source, entry_id, "undecided"),
    )


def _flag(value: Any, source: str, entry_id: str, field: str) -> bool:
    if not isinstance(value, bool):
        raise _fail(source, entry_id, f"pole „{field}” musi mieć wartość true albo false")
    return value


def load_file(path: Path) -> tuple[FaqEntry, ...]:
    # Imported here: an engine restored from the disk cache never parses YAML (start-up matters).
    import yaml

    # libyaml's C loader is ~10x faster than the pure-Python one.
    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    try:
        raw = yaml.load(path.read_text(encoding="utf-8"), Loader=loader)
    except (OSError, UnicodeDecodeError) as exc:
        raise _fail(path.name, None, f"nie można odczytać pliku ({exc})") from exc
    except yaml.YAMLError as exc:
        raise _fail(path.name, None, f"niepoprawny YAML ({exc})") from exc
    if raw is None:
        return ()
    if not isinstance(raw, list):
        raise _fail(path.name, None, "plik musi zawierać listę wpisów")
    return tuple(parse_entry(item, path.name) for item in raw)


def load_entries(paths: Iterable[Path]) -> tuple[FaqEntry, ...]:
    entries: list[FaqEntry] = []
    seen: dict[str, str] = {}
    for path in sorted(paths):
        for entry in load_file(path):
            if entry.id in seen:
                raise _fail(path.name, entry.id, f"identyfikator powtarza się (już w {seen[entry.id]})")
            seen[entry.id] = path.name
            entries.append(entry)
    return tuple(entries)


def load_directory(directory: Path | None = None) -> tuple[FaqEntry, ...]:
    directory = directory or FAQ_DIR
    if not directory.is_dir():
        raise FaqFormatError(f"Nie ma katalogu z bazą FAQ: {directory}")
    return load_entries(directory.glob("*.yaml"))
