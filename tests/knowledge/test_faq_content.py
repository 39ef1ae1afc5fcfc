"""The FAQ knowledge base (knowledge/faq/*.yaml): format, sources and the exact figures."""

from __future__ import annotations

import re
from collections import Counter

import pytest

from knowledge.citations import is_valid
from knowledge.faq_engine import OFF_TOPIC, FaqEngine
from knowledge.faq_loader import FaqEntry, load_directory
from knowledge.programmes import get_programme

ENTRIES = load_directory()
BY_ID = {e.id: e for e in ENTRIES}


def test_knowledge_base_is_large_enough_and_covers_every_programme() -> None:
    assert len(ENTRIES) >= 150
    per_programme = Counter(p for e in ENTRIES for p in e.programmes)
    assert all(per_programme[code] >= 30 for code in ("cg", "cp", "cs")), per_programme


def test_ids_are_unique_and_prefixed_by_programme() -> None:
    ids = [e.id for e in ENTRIES]
    assert len(ids) == len(set(ids))
    for e in ENTRIES:
        prefix = e.id.split("-")[0]
        assert prefix == "all" or (prefix,) == e.programmes, e.id


@pytest.mark.parametrize("entry", ENTRIES, ids=lambda e: e.id)
def test_entry_is_complete(entry: FaqEntry) -> None:
    assert len(entry.paraphrases) >= 3
    assert len(set(entry.paraphrases)) == len(entry.paraphrases)
    sentences = [s for s in re.split(r"(?<=[.!?])\s+(?=[A-ZĄĆĘŁŃÓŚŹŻ])", entry.answer) if s]
    assert 1 <= len(sentences) <= 8, sentences
    for citation in entry.citations:
        assert is_valid(citation), f"{entry.id}: {citation}"
    for related in entry.related:
        assert related in BY_ID and related != entry.id, f"{entry.id} → {related}"


def test_groups_hold_one_entry_per_programme() -> None:
    groups: dict[str, list[FaqEntry]] = {}
    for e in ENTRIES:
        if e.group:
            groups.setdefault(e.group, []).append(e)
    for name, members in groups.items():
        codes = [p for e in members for p in e.programmes]
        assert len(codes) == len(set(codes)), f"group {name}: {[e.id for e in members]}"


def test_no_entry_uses_an_off_topic_word() -> None:
    # The off-topic group in faq_synonyms.yaml lowers confidence; an entry using one of its words
    # would become unreachable.
    engine = FaqEngine.from_directory()
    offenders = [e.id for e in ENTRIES if OFF_TOPIC in engine.analyzer.terms(f"{e.question} {e.answer}")]
    assert offenders == []


def _digits(text: str) -> str:
    return re.sub(r"(?<=\d)[\s\u00a0](?=\d{3}\b)", "", text)


@pytest.mark.parametrize(
    ("entry_id", "needles"),
    [
        ("cg-kwota-min-max", ["100000 zł", "2000000 zł"]),
        ("cp-kwota-min-max", ["100000 zł", "350000 zł"]),
        ("cs-kwota-min-max", ["200000", "850000"]),
        ("cs-nabor-termin", ["19.07.2023", "14.12.2023", "16:00"]),
        ("cp-diagnoza-termin", ["8 miesięcy"]),
        ("cg-diagnoza-termin", ["6 miesięcy"]),
        ("cg-okres-realizacji", ["31.12.2023", "30.09.2023"]),
        ("cg-alokacja", ["628133729"]),
        ("cp-alokacja", ["63857634"]),
        ("cs-alokacja", ["1762235453"]),
        ("cg-wskaznik-gk", ["2098,22"]),
        ("cg-doradztwo-limit", ["5 %"]),
        ("cp-baza-konkurencyjnosci", ["50000 zł"]),
        ("cs-infolinia", ["22 182 22 94"]),
        ("cg-infolinia", ["631 21 05"]),
        ("cs-ankieta-epuap", ["cyberbezpieczny.samorzad.ankieta"]),
        ("cg-diagnoza-epuap", ["cyfrowa.gmina.diagnoza.cyber"]),
        ("cg-trwalosc", ["2 lat"]),
    ],
    ids=lambda v: v if isinstance(v, str) else None,
)
def test_answers_carry_the_exact_figures(entry_id: str, needles: list[str]) -> None:
    answer = _digits(BY_ID[entry_id].answer).replace("%", " %").replace("  %", " %")
    for needle in needles:
        assert _digits(needle) in answer, f"{entry_id}: {needle!r} not in {answer!r}"


def test_cg_project_end_names_the_newer_date_and_the_change() -> None:
    answer = BY_ID["cg-okres-realizacji"].answer
    assert answer.index("31.12.2023") < answer.index("30.09.2023"), "the newer date must lead"


def test_contacts_in_answers_match_the_reviewed_programme_facts() -> None:
    for code in ("cg", "cp", "cs"):
        programme = get_programme(code)
        answer = BY_ID[f"{code}-email"].answer
        assert programme.email in answer
