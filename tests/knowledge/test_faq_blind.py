"""Blind evaluation of the FAQ engine on questions written without looking at the entries.

The engine's own dev set was written next to the entries, so it flatters. This set
(tests/data/faq_blind.yaml) was written from the regulations alone and committed unlabelled
before labelling; see the README (FAQ, "Blind evaluation") for how it was made and what it measured.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import pytest
import yaml

from knowledge.faq_engine import FaqEngine
from knowledge.faq_loader import FAQ_DIR, load_directory

BLIND_SET = Path(__file__).resolve().parents[2] / "tests" / "data" / "faq_blind.yaml"
ABSTAIN = "abstain"

# Measured 2026-11-21 on 180 questions: top-1 93.8 % (150/160 answerable), 5 confident-wrong.
# Floors: top-1 five points below the measurement, rounded down; confident-wrong measured + 2.
TOP1_FLOOR = 0.92
CONFIDENT_WRONG_MAX = 5


@dataclass(frozen=True, slots=True)
class BlindItem:
    index: int
    question: str
    programme: str | None
    acceptable: frozenset[str]  # entry ids, possibly with "abstain"

    @property
    def answerable(self) -> bool:
        return any(label != ABSTAIN for label in self.acceptable)


@dataclass(frozen=True, slots=True)
class Outcome:
    item: BlindItem
    returned: str  # entry id or "abstain"
    score: float

    @property
    def correct(self) -> bool:
        return self.returned in self.item.acceptable

    @property
    def confident_wrong(self) -> bool:
        # An answer given (not an abstention) from the wrong entry: the error that costs an
        # official most, because the bot sounds sure.
        return self.returned != ABSTAIN and not self.correct

    def describe(self) -> str:
        expected = ", ".join(sorted(self.item.acceptable))
        return (
            f"#{self.item.index} {self.item.question!r} (programme={self.item.programme}): "
            f"expected {expected}; got {self.returned} (score {self.score})"
        )


def load_blind_set() -> list[BlindItem]:
    raw = yaml.safe_load(BLIND_SET.read_text(encoding="utf-8"))
    items = []
    for index, row in enumerate(raw):
        expect = row["expect"]
        labels = [expect] if isinstance(expect, str) else list(expect)
        items.append(BlindItem(index, row["q"], row["programme"], frozenset(labels)))
    return items


@pytest.fixture(scope="module")
def items() -> list[BlindItem]:
    return load_blind_set()


@pytest.fixture(scope="module")
def outcomes(items: list[BlindItem]) -> list[Outcome]:
    engine = FaqEngine.from_directory()
    results = []
    for item in items:
        answer = engine.ask(item.question, item.programme)
        returned = ABSTAIN if answer.abstained else str(answer.entry_id)
        results.append(Outcome(item, returned, answer.score))
    return results


def test_blind_set_is_complete_and_labelled(items: list[BlindItem]) -> None:
    assert len(items) == 180
    known = {entry.id for entry in load_directory(FAQ_DIR)} | {ABSTAIN}
    unknown = {f"#{i.index}: {label}" for i in items for label in i.acceptable - known}
    assert not unknown, f"labels naming no FAQ entry: {sorted(unknown)}"
    assert all(i.programme in (None, "cg", "cp", "cs") for i in items)


def test_blind_set_keeps_its_share_of_unanswerable_questions(items: list[BlindItem]) -> None:
    # About 15 % off-topic or not answerable from our documents, as the brief asked; a set that
    # loses them would stop measuring abstention.
    may_abstain = sum(ABSTAIN in i.acceptable for i in items)
    assert 0.12 <= may_abstain / len(items) <= 0.20


def test_top1_accuracy_on_answerable_questions(outcomes: list[Outcome]) -> None:
    answerable = [o for o in outcomes if o.item.answerable]
    accuracy = sum(o.correct for o in answerable) / len(answerable)
    misses = "\n".join(o.describe() for o in answerable if not o.correct)
    assert accuracy >= TOP1_FLOOR, f"blind top-1 {accuracy:.1%} < {TOP1_FLOOR:.0%}; misses:\n{misses}"


def test_confident_wrong_answers_stay_rare(outcomes: list[Outcome]) -> None:
    wrong = [o for o in outcomes if o.confident_wrong]
    listing = "\n".join(o.describe() for o in wrong)
    assert len(wrong) <= CONFIDENT_WRONG_MAX, f"{len(wrong)} confident wrong answers:\n{listing}"
