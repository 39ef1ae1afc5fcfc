"""The blind FAQ sets v2 are well formed and the black-box scorer judges replies as documented."""

from __future__ import annotations

import json
import re
import stat
import sys
from pathlib import Path

import pytest

from tests.data.faq_blind_v2 import score
from tests.data.faq_blind_v2.score import Label, Reply, fold, judge, load_set, run_engine, summarise

DOCUMENTS = (
    "cyfrowa_gmina_regulamin.txt",
    "cyfrowa_gmina_schemat_grantowy.txt",
    "cyfrowa_gmina_ogloszenie.txt",
    "cyfrowy_powiat_schemat_grantowy.txt",
    "cyberbezpieczny_samorzad_schemat_grantowy.txt",
)


def _label(**overrides: object) -> Label:
    raw: dict[str, object] = {
        "id": "t-001",
        "programme": "cg",
        "answerable": True,
        "multi_part": False,
        "arithmetic": False,
        "expect": [],
        "expect_any": [],
        "forbid": [],
        "source": "x",
        "note": "",
    }
    raw.update(overrides)
    return Label.from_mapping(raw)


def _labels_are_well_formed(labels: list[Label]) -> None:
    """Every label names a known programme, compiles, and cites a document exactly when it is answerable."""
    for lab in labels:
        assert lab.programme in {None, "cg", "cp", "cs"}, lab.id
        for pattern in lab.expect + lab.expect_any + lab.forbid:
            re.compile(fold(pattern), re.IGNORECASE)
        if lab.answerable:
            assert lab.expect or lab.expect_any, lab.id
            assert any(doc in lab.source for doc in DOCUMENTS), lab.id
        else:
            assert not lab.expect and not lab.expect_any, lab.id


@pytest.mark.parametrize(
    ("text", "folded"),
    [
        ("Łódź", "Lodz"),
        ("zażółć gęślą jaźń", "zazolc gesla jazn"),
        ("bez zmian 100 000 zł", "bez zmian 100 000 zl"),
    ],
)
def test_fold_removes_polish_diacritics_only(text: str, folded: str) -> None:
    assert fold(text) == folded


def test_fold_keeps_regex_escapes_intact() -> None:
    assert fold(r"\S\d\W [zż]") == r"\S\d\W [zz]"


def test_answer_with_every_fact_is_correct_even_with_diacritics_on_one_side() -> None:
    label = _label(expect=[r"31[.,]12[.,]2023", r"pół roku"], expect_any=[r"gwg", r"generator"])
    verdict = judge(label, "pytanie", Reply("Do 31.12.2023, diagnoza w pol roku; wniosek w Generatorze.", False))
    assert verdict.correct and verdict.outcome == "correct"


def test_missing_fact_makes_a_confident_wrong_answer() -> None:
    label = _label(expect=[r"2\s?000\s?000", r"100\s?000"])
    verdict = judge(label, "pytanie", Reply("Maksymalnie 2 000 000 zł.", False))
    assert verdict.outcome == "confident_wrong"
    assert verdict.missing == (r"100\s?000",)


def test_none_of_the_alternatives_makes_the_answer_wrong() -> None:
    label = _label(expect_any=[r"deklaracj", r"rynkow"])
    assert not judge(label, "q", Reply("Tylko nowy sprzęt.", False)).correct
    assert judge(label, "q", Reply("Potrzebna deklaracja pochodzenia.", False)).correct


def test_forbidden_fact_makes_the_answer_wrong() -> None:
    label = _label(expect=[r"8 mies"], forbid=[r"6 mies"])
    verdict = judge(label, "q", Reply("Diagnoza do 8 miesięcy, a nie 6 miesięcy.", False))
    assert verdict.outcome == "confident_wrong"
    assert verdict.forbidden_found == (r"6 mies",)


def test_abstaining_on_an_answerable_question_is_a_wrong_refusal() -> None:
    verdict = judge(_label(expect=[r"x"]), "q", Reply("Nie znam odpowiedzi.", True))
    assert verdict.outcome == "wrongly_refused"


@pytest.mark.parametrize(("abstained", "outcome"), [(True, "correct"), (False, "confident_wrong")])
def test_unanswerable_question_is_right_only_when_abstained(abstained: bool, outcome: str) -> None:
    verdict = judge(_label(answerable=False, programme=None), "ile zarabia informatyk", Reply("...", abstained))
    assert verdict.outcome == outcome


def test_summary_counts_abstention_precision_and_recall() -> None:
    labels = [
        _label(id="a", answerable=False),
        _label(id="b", answerable=False),
        _label(id="c", expect=[r"tak"]),
        _label(id="d", expect=[r"tak"]),
    ]
    replies = [Reply("", True), Reply("coś", False), Reply("", True), Reply("tak", False)]
    verdicts = [judge(lab, "pytanie", rep) for lab, rep in zip(labels, replies, strict=True)]
    summary = summarise(verdicts, labels)
    assert (summary.correct, summary.confident_wrong, summary.wrongly_refused) == (2, 1, 1)
    assert summary.abstention_precision == pytest.approx(0.5)
    assert summary.abstention_recall == pytest.approx(0.5)
    assert summary.per_category["off-topic"] == {"n": 2, "correct": 1, "confident_wrong": 1, "wrongly_refused": 0}
    assert summary.per_category["no-diacritics"]["n"] == 4


def test_no_diacritics_category_follows_the_question_text() -> None:
    assert "no-diacritics" in score.categories(_label(), "ile max grantu w cg")
    assert "no-diacritics" not in score.categories(_label(), "ile złotych dostanie gmina")


def _fake_grantbot(tmp_path: Path, body: str) -> str:
    path = tmp_path / "grantbot"
    path.write_text(f"#!{sys.executable}\nimport sys, json\n{body}\n", encoding="utf-8")
    path.chmod(path.stat().st_mode | stat.S_IEXEC)
    return str(path)


def test_run_engine_feeds_one_question_per_line_and_reads_one_json_per_line(tmp_path: Path) -> None:
    grantbot = _fake_grantbot(
        tmp_path,
        (
            "assert sys.argv[1:] == ['ask', '--batch', '-', '--json'], sys.argv\n"
            "for line in sys.stdin.read().splitlines():\n"
            "    print(json.dumps({'answer': 'echo: ' + line, 'abstained': line.startswith('?'),"
            " 'entry_id': None, 'programme': None, 'score': 0.0, 'citations': []}, ensure_ascii=False))"
        ),
    )
    replies = run_engine(["ile max w cg", "?parking"], grantbot)
    assert [r.answer for r in replies] == ["echo: ile max w cg", "echo: ?parking"]
    assert [r.abstained for r in replies] == [False, True]


def test_run_engine_refuses_a_short_answer_stream(tmp_path: Path) -> None:
    grantbot = _fake_grantbot(tmp_path, "print(json.dumps({'answer': 'x', 'abstained': False}))")
    with pytest.raises(SystemExit, match="expected 2 JSON lines"):
        run_engine(["a", "b"], grantbot)


def test_main_writes_a_json_report(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    grantbot = _fake_grantbot(
        tmp_path,
        (
            "for line in sys.stdin.read().splitlines():\n"
            "    print(json.dumps({'answer': 'Nie wiem.', 'abstained': True}))"
        ),
    )
    out = tmp_path / "r.json"
    assert score.main(["--set", "1", "--json", str(out), "--grantbot", grantbot]) == 0
    payload = json.loads(out.read_text(encoding="utf-8"))
    _, labels = load_set(1)
    unanswerable = sum(not lab.answerable for lab in labels)
    assert payload["correct"] == unanswerable and payload["wrongly_refused"] == len(labels) - unanswerable
    assert payload["abstention_recall"] == 1.0
    assert "FAQ blind set 1:" in capsys.readouterr().out


@pytest.mark.parametrize("number", [1, 2, 3, 4, 5])
def test_set_is_well_formed_and_meets_its_quotas(number: int) -> None:
    questions, labels = load_set(number)
    ids = [q["id"] for q in questions]
    assert len(ids) == 100 and len(set(ids)) == 100
    assert all(re.fullmatch(rf"s{number}-\d{{3}}", i) for i in ids)
    assert all("\n" not in q["question"] and q["question"].strip() for q in questions)
    assert sum(lab.multi_part for lab in labels) >= 15
    assert sum(lab.arithmetic for lab in labels) >= 10
    assert sum(not lab.answerable for lab in labels) >= 10
    assert sum(score.has_no_diacritics(q["question"]) for q in questions) >= 50
    _labels_are_well_formed(labels)


def test_sets_do_not_repeat_questions() -> None:
    seen: set[str] = set()
    for number in (1, 2, 3, 4, 5):
        questions, _ = load_set(number)
        texts = {q["question"].lower() for q in questions}
        assert not texts & seen
        seen |= texts


def test_set_8_is_well_formed_and_meets_its_quotas() -> None:
    questions, labels = load_set(8)
    ids = [q["id"] for q in questions]
    assert len(ids) == 60 and len(set(ids)) == 60
    assert all(re.fullmatch(r"s8-\d{3}", i) for i in ids)
    assert all("\n" not in q["question"] and q["question"].strip() for q in questions)
    assert sum(lab.multi_part for lab in labels) >= 10
    assert sum(lab.arithmetic for lab in labels) >= 8
    assert sum(not lab.answerable for lab in labels) >= 10
    assert sum(score.has_no_diacritics(q["question"]) for q in questions) >= 30
    for programme in ("cg", "cp", "cs"):
        assert sum(lab.programme == programme for lab in labels) >= 15, programme
    _labels_are_well_formed(labels)


def test_set_8_repeats_no_question_of_the_earlier_sets() -> None:
    fresh = {q["question"].lower() for q in load_set(8)[0]}
    for number in range(1, 8):
        questions, _ = load_set(number)
        assert not fresh & {q["question"].lower() for q in questions}, number


def test_scorer_accepts_set_8(monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    """`--set 8` loads set 8 and judges it; the engine is replaced by a stub that abstains on everything."""
    monkeypatch.setattr(score, "run_engine", lambda questions, grantbot: [Reply("", True) for _ in questions])
    assert score.main(["--set", "8", "--grantbot", "unused"]) == 0
    _, labels = load_set(8)
    unanswerable = sum(not lab.answerable for lab in labels)
    assert f"FAQ blind set 8: {unanswerable}/60 correct" in capsys.readouterr().out


# Sessions 8 and 9's fresh sets: (questions, multi-part, arithmetic, unanswerable, without diacritics, per programme)
SESSION_8_QUOTAS = {
    9: (60, 10, 8, 10, 30, 15),
    10: (60, 10, 8, 10, 30, 15),
    11: (40, 7, 5, 7, 20, 10),
    12: (60, 10, 8, 10, 30, 10),
    13: (40, 6, 5, 5, 30, 10),
    14: (60, 12, 8, 8, 30, 15),
    15: (40, 6, 5, 5, 12, 10),
    16: (60, 12, 8, 8, 30, 15),
    17: (50, 8, 6, 6, 25, 12),
    18: (60, 12, 8, 8, 30, 15),
    19: (50, 8, 6, 6, 25, 12),
    20: (60, 12, 8, 8, 30, 15),
    21: (50, 8, 6, 6, 25, 12),
    22: (60, 12, 8, 8, 30, 15),
    23: (50, 8, 6, 6, 25, 12),
    24: (60, 12, 8, 8, 30, 15),
    25: (50, 8, 6, 6, 25, 12),
    26: (60, 12, 8, 8, 30, 15),
    27: (50, 8, 6, 6, 25, 12),
    28: (60, 12, 8, 8, 30, 15),
    29: (50, 8, 6, 6, 25, 12),
    30: (60, 12, 8, 8, 30, 15),
    31: (50, 8, 6, 6, 25, 12),
    32: (60, 12, 8, 8, 30, 15),
    33: (50, 8, 6, 6, 25, 12),
    34: (60, 12, 8, 8, 30, 15),
    35: (50, 8, 6, 6, 25, 12),
    36: (60, 12, 8, 8, 30, 15),
    37: (50, 8, 6, 6, 25, 12),
    38: (60, 12, 8, 8, 30, 15),
    39: (50, 8, 6, 6, 25, 12),
    40: (60, 12, 8, 8, 30, 15),
    41: (50, 8, 6, 6, 25, 12),
    42: (60, 12, 8, 8, 30, 15),
    43: (50, 8, 6, 6, 25, 12),
    44: (60, 12, 8, 8, 30, 15),
    45: (50, 8, 6, 6, 25, 12),
}


@pytest.mark.parametrize("number", sorted(SESSION_8_QUOTAS))
def test_fresh_sets_of_session_8_are_well_formed_and_meet_their_quotas(number: int) -> None:
    size, multi, arithmetic, unanswerable, plain, per_programme = SESSION_8_QUOTAS[number]
    questions, labels = load_set(number)
    ids = [q["id"] for q in questions]
    assert len(ids) == size and len(set(ids)) == size
    assert all(re.fullmatch(rf"s{number}-\d{{3}}", i) for i in ids)
    assert all("\n" not in q["question"] and q["question"].strip() for q in questions)
    assert sum(lab.multi_part for lab in labels) >= multi
    assert sum(lab.arithmetic for lab in labels) >= arithmetic
    assert sum(not lab.answerable for lab in labels) >= unanswerable
    assert sum(score.has_no_diacritics(q["question"]) for q in questions) >= plain
    for programme in ("cg", "cp", "cs"):
        assert sum(lab.programme == programme for lab in labels) >= per_programme, programme
    _labels_are_well_formed(labels)


@pytest.mark.parametrize("number", sorted(SESSION_8_QUOTAS))
def test_fresh_sets_of_session_8_repeat_no_question_of_another_set(number: int) -> None:
    fresh = {q["question"].lower() for q in load_set(number)[0]}
    for other in range(1, 14):
        if other != number:
            questions, _ = load_set(other)
            assert not fresh & {q["question"].lower() for q in questions}, other


@pytest.mark.parametrize("number", sorted(SESSION_8_QUOTAS))
def test_scorer_accepts_the_sets_of_session_8(
    number: int, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """`--set N` loads set N and judges it; the engine is replaced by a stub that abstains on everything."""
    monkeypatch.setattr(score, "run_engine", lambda questions, grantbot: [Reply("", True) for _ in questions])
    assert score.main(["--set", str(number), "--grantbot", "unused"]) == 0
    _, labels = load_set(number)
    unanswerable = sum(not lab.answerable for lab in labels)
    out = capsys.readouterr().out
    assert f"FAQ blind set {number}: {unanswerable}/{SESSION_8_QUOTAS[number][0]} correct" in out
