"""Black-box scorer for the blind FAQ sets v2 (issue 10).

Runs ``grantbot ask --batch - --json`` on one set's questions and compares every reply with the
set's labels. Nothing from ``knowledge/`` is imported: the engine is judged only by what it prints.

    python -m tests.data.faq_blind_v2.score --set 1 [--json OUT] [--grantbot PATH]

Rules (see README.md in this folder):

* answerable question: correct when the reply is not an abstention, every ``expect`` regex and at
  least one ``expect_any`` regex (if any are given) match, and no ``forbid`` regex matches;
* unanswerable question: correct when the reply is an abstention;
* matching is case-insensitive on text folded on both sides (Polish diacritics removed, ``ł`` → ``l``).

Reported: correct, confident-wrong (not abstained and wrong), wrongly refused (answerable but
abstained), abstention precision/recall, and the same accuracy per category (multi-part,
arithmetic, off-topic, no-diacritics, programme).
"""

from __future__ import annotations

import argparse
import json
import re
import shutil
import subprocess
import sys
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import asdict, dataclass, field, replace
from pathlib import Path

import yaml

HERE = Path(__file__).resolve().parent
_POLISH_DIACRITICS = re.compile("[ąćęłńóśźżĄĆĘŁŃÓŚŹŻ]")
_STROKES = str.maketrans({"ł": "l", "Ł": "L"})


def fold(text: str) -> str:
    """Remove diacritics (``ł`` included) without changing case or anything else.

    The pattern side is folded with this function too; it is not lowercased, because lowercasing
    would turn ``\\S`` into ``\\s``. Matching is done with ``re.IGNORECASE`` instead.

    >>> fold("Łódź, źdźbło")
    'Lodz, zdzblo'
    """
    decomposed = unicodedata.normalize("NFKD", text.translate(_STROKES))
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def has_no_diacritics(text: str) -> bool:
    return _POLISH_DIACRITICS.search(text) is None


def _matches(pattern: str, folded_answer: str) -> bool:
    return re.search(fold(pattern), folded_answer, flags=re.IGNORECASE) is not None


@dataclass(frozen=True, slots=True)
class Label:
    id: str
    programme: str | None
    answerable: bool
    multi_part: bool
    arithmetic: bool
    expect: tuple[str, ...]
    expect_any: tuple[str, ...]
    forbid: tuple[str, ...]
    source: str
    note: str

    @classmethod
    def from_mapping(cls, raw: dict[str, object]) -> Label:
        def patterns(key: str) -> tuple[str, ...]:
            value = raw.get(key) or []
            assert isinstance(value, list), f"{raw['id']}: {key} must be a list"
            return tuple(str(v) for v in value)

        return cls(
            id=str(raw["id"]),
            programme=None if raw.get("programme") is None else str(raw["programme"]),
            answerable=bool(raw["answerable"]),
            multi_part=bool(raw.get("multi_part", False)),
            arithmetic=bool(raw.get("arithmetic", False)),
            expect=patterns("expect"),
            expect_any=patterns("expect_any"),
            forbid=patterns("forbid"),
            source=str(raw.get("source", "")),
            note=str(raw.get("note", "")),
        )


@dataclass(frozen=True, slots=True)
class Reply:
    answer: str
    abstained: bool
    entry_id: str | None = None

    @classmethod
    def from_json(cls, line: str) -> Reply:
        raw = json.loads(line)
        return cls(
            answer=str(raw.get("answer") or ""), abstained=bool(raw.get("abstained")), entry_id=raw.get("entry_id")
        )


@dataclass(frozen=True, slots=True)
class Verdict:
    id: str
    question: str
    correct: bool
    outcome: str  # "correct", "confident_wrong", "wrongly_refused"
    missing: tuple[str, ...] = ()
    missing_any: tuple[str, ...] = ()
    forbidden_found: tuple[str, ...] = ()
    abstained: bool = False
    entry_id: str | None = None
    answer_head: str = ""
    categories: tuple[str, ...] = field(default_factory=tuple)


def categories(label: Label, question: str) -> tuple[str, ...]:
    cats = ["all"]
    if label.multi_part:
        cats.append("multi-part")
    if label.arithmetic:
        cats.append("arithmetic")
    cats.append("off-topic" if not label.answerable else "answerable")
    if has_no_diacritics(question):
        cats.append("no-diacritics")
    cats.append(f"programme:{label.programme or 'none'}")
    return tuple(cats)


def judge(label: Label, question: str, reply: Reply) -> Verdict:
    """Decide whether one reply is right for one labelled question."""
    base = Verdict(
        id=label.id,
        question=question,
        correct=False,
        outcome="confident_wrong",
        abstained=reply.abstained,
        entry_id=reply.entry_id,
        answer_head=reply.answer[:200].replace("\n", " "),
        categories=categories(label, question),
    )
    if not label.answerable:
        return replace(base, correct=True, outcome="correct") if reply.abstained else base
    if reply.abstained:
        return replace(base, outcome="wrongly_refused", missing=label.expect, missing_any=label.expect_any)
    text = fold(reply.answer.lower())
    missing = tuple(p for p in label.expect if not _matches(p, text))
    any_found = not label.expect_any or any(_matches(p, text) for p in label.expect_any)
    forbidden = tuple(p for p in label.forbid if _matches(p, text))
    ok = not missing and any_found and not forbidden
    return replace(
        base,
        correct=ok,
        outcome="correct" if ok else "confident_wrong",
        missing=missing,
        missing_any=() if any_found else label.expect_any,
        forbidden_found=forbidden,
    )


@dataclass(frozen=True, slots=True)
class Summary:
    total: int
    correct: int
    confident_wrong: int
    wrongly_refused: int
    abstention_precision: float | None
    abstention_recall: float | None
    per_category: dict[str, dict[str, int]]

    @property
    def accuracy(self) -> float:
        return self.correct / self.total if self.total else 0.0


def summarise(verdicts: Sequence[Verdict], labels: Sequence[Label]) -> Summary:
    answerable = {lab.id: lab.answerable for lab in labels}
    abstained = [v for v in verdicts if v.abstained]
    unanswerable = [v for v in verdicts if not answerable[v.id]]
    right_abstentions = [v for v in abstained if not answerable[v.id]]
    per: dict[str, dict[str, int]] = {}
    for v in verdicts:
        for cat in v.categories:
            row = per.setdefault(cat, {"n": 0, "correct": 0, "confident_wrong": 0, "wrongly_refused": 0})
            row["n"] += 1
            row[v.outcome] += 1
    return Summary(
        total=len(verdicts),
        correct=sum(v.correct for v in verdicts),
        confident_wrong=sum(v.outcome == "confident_wrong" for v in verdicts),
        wrongly_refused=sum(v.outcome == "wrongly_refused" for v in verdicts),
        abstention_precision=len(right_abstentions) / len(abstained) if abstained else None,
        abstention_recall=len(right_abstentions) / len(unanswerable) if unanswerable else None,
        per_category=dict(sorted(per.items())),
    )


def load_set(number: int, folder: Path = HERE) -> tuple[list[dict[str, str]], list[Label]]:
    questions = yaml.safe_load((folder / f"set{number}_questions.yaml").read_text(encoding="utf-8"))
    labels_path = folder / f"set{number}_labels.yaml"
    raw_labels = yaml.safe_load(labels_path.read_text(encoding="utf-8"))
    labels = [Label.from_mapping(r) for r in raw_labels]
    if [q["id"] for q in questions] != [lab.id for lab in labels]:
        raise SystemExit(f"{labels_path.name}: the ids do not match the questions file one to one")
    return questions, labels


def default_grantbot() -> str:
    beside = Path(sys.executable).with_name("grantbot")
    if beside.exists():
        return str(beside)
    found = shutil.which("grantbot")
    if found is None:
        raise SystemExit("grantbot not found next to this Python nor on PATH; pass --grantbot")
    return found


def run_engine(questions: Iterable[str], grantbot: str) -> list[Reply]:
    texts = list(questions)
    for text in texts:
        if "\n" in text or "\r" in text:
            raise SystemExit(f"a question spans lines and would break the batch: {text[:60]!r}")
    proc = subprocess.run(
        [grantbot, "ask", "--batch", "-", "--json"],
        input="\n".join(texts) + "\n",
        capture_output=True,
        text=True,
        encoding="utf-8",
        check=False,
    )
    if proc.returncode != 0:
        raise SystemExit(f"grantbot ask failed ({proc.returncode}):\n{proc.stderr[-2000:]}")
    lines = [ln for ln in proc.stdout.splitlines() if ln.strip()]
    if len(lines) != len(texts):
        raise SystemExit(f"expected {len(texts)} JSON lines from grantbot, got {len(lines)}")
    return [Reply.from_json(ln) for ln in lines]


def _pct(value: float | None) -> str:
    return "n/a" if value is None else f"{100 * value:.1f} %"


def report(summary: Summary, verdicts: Sequence[Verdict], labels: Sequence[Label], number: int) -> str:
    by_id = {lab.id: lab for lab in labels}
    out = [
        f"FAQ blind set {number}: {summary.correct}/{summary.total} correct ({_pct(summary.accuracy)}); "
        f"confident-wrong {summary.confident_wrong}, wrongly refused {summary.wrongly_refused}; "
        f"abstention precision {_pct(summary.abstention_precision)}, "
        f"recall {_pct(summary.abstention_recall)}",
        "",
        "per category:",
    ]
    for cat, row in summary.per_category.items():
        out.append(
            f"  {cat:<22} {row['correct']:>3}/{row['n']:<3} correct, "
            f"{row['confident_wrong']:>3} confident-wrong, {row['wrongly_refused']:>3} wrongly refused"
        )
    misses = [v for v in verdicts if not v.correct]
    if misses:
        out += ["", f"misses ({len(misses)}):"]
    for v in misses:
        lab = by_id[v.id]
        out.append(f"- {v.id} [{v.outcome}] {v.question}")
        if lab.answerable:
            out.append(f"    expected: {list(lab.expect)} any of {list(lab.expect_any)}")
            if v.missing or v.missing_any:
                any_part = [f"any of {list(v.missing_any)}"] if v.missing_any else []
                out.append(f"    missing: {list(v.missing) + any_part}")
            if v.forbidden_found:
                out.append(f"    forbidden found: {list(v.forbidden_found)}")
        else:
            out.append("    expected: abstention")
        out.append(f"    answer ({v.entry_id}): {v.answer_head}")
    return "\n".join(out)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--set", type=int, choices=range(1, 46), required=True, dest="number")
    parser.add_argument("--json", type=Path, default=None, help="write the summary and every verdict here")
    parser.add_argument("--grantbot", default=None, help="path to the grantbot executable")
    args = parser.parse_args(argv)
    questions, labels = load_set(args.number)
    replies = run_engine((q["question"] for q in questions), args.grantbot or default_grantbot())
    verdicts = [judge(lab, q["question"], rep) for q, lab, rep in zip(questions, labels, replies, strict=True)]
    summary = summarise(verdicts, labels)
    print(report(summary, verdicts, labels, args.number))
    if args.json is not None:
        args.json.parent.mkdir(parents=True, exist_ok=True)
        payload = {
            "set": args.number,
            "accuracy": summary.accuracy,
            **asdict(summary),
            "verdicts": [asdict(v) for v in verdicts],
        }
        args.json.write_text(json.dumps(payload, ensure_ascii=False, indent=2), encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
