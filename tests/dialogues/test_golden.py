"""Golden dialogues through `grantbot chat` (black box): format checks and the dev-part ratchet.

The ratchet runs all dev dialogues (about 5 minutes on 2 shared cores); select or skip it with
`-m dialogues` / `-m "not dialogues"`. The blind parts (blind, blind2) are never run here
(see tests/dialogues/README.md).
"""

from __future__ import annotations

import re

import pytest

from tests.dialogues.files import documents
from tests.dialogues.runner import Turn, check_turn, fold, load_part, run_part, split_replies

# Share of dev turns answered right. Set to the value measured against today's product, rounded down
# (baseline 2026-12-04, main at 200ea24: 165/285 = 57.9 %, see tests/dialogues/README.md), so the test passes now and
# catches regressions. Raise it whenever the product gets better; never lower it to make a test pass.
# Raised after the dialogue core of issue 11: 281/285 = 98.6 % (main at d39d350), minus one turn of slack.
FLOOR_PERCENT = 98.0

FILE_REF = re.compile(r"\{files\}/([\w.-]+)")


def test_fold_and_split() -> None:
    assert fold("Zażółć  GĘŚLĄ\njaźń") == "zazolc gesla jazn"
    out = "» /program cs\nWybrany program: X.\n\n» a laptop?\nNie.\n  Źródło: Y\n"
    assert split_replies(out, 3) == ["Wybrany program: X.", "Nie.\n  Źródło: Y", ""]
    ok = check_turn(
        Turn("a laptop?", must=[r"cyberbezpieczn\w* samorz"], must_not=[r"cyfrow\w* gmin"]),
        "Nie. Laptopy są w Cyberbezpiecznym\nSamorządzie wyłączone.",
    )
    assert ok.ok and not ok.wrong_programme
    bad = check_turn(
        Turn("a laptop?", must_not=[r"zrodl\w*: cyfrow\w* gmin"]), "Tak.\nŹródło: Cyfrowa Gmina – regulamin"
    )
    assert not bad.ok and bad.wrong_programme
    # upper-case escapes keep their meaning: `\W` is not `\w`, so "niekwalifikowalny" is not "kwalifikowalny"
    verdict = Turn("a drukarka?", must_not=[r"samorz\w*: \W*kwalifikowaln"], must=[r"Samorz\S*: nie"])
    assert check_turn(verdict, "❌ Cyberbezpieczny Samorząd: niekwalifikowalny.").ok
    assert not check_turn(verdict, "✅ Cyberbezpieczny Samorząd: kwalifikowalny.").ok
    empty = check_turn(Turn("x"), "")
    assert not empty.ok  # no reply is never right


# blind5 to blind12 model a longer working session: 4–9 turns per dialogue; the earlier parts keep 3–8.
TURN_RANGE = {
    "blind5": (4, 9),
    "blind6": (4, 9),
    "blind7": (4, 9),
    "blind8": (4, 9),
    "blind9": (4, 9),
    "blind10": (4, 9),
    "blind11": (4, 9),
    "blind12": (4, 9),
    "blind13": (4, 9),
    "blind14": (4, 9),
    "blind15": (4, 9),
    "blind16": (4, 9),
    "blind17": (4, 9),
    "blind18": (4, 9),
    "blind19": (4, 9),
    "blind20": (4, 7),
    "blind21": (4, 9),
    "blind22": (4, 7),
    "blind23": (4, 9),
    "blind24": (4, 7),
    "blind25": (4, 9),
    "blind26": (4, 7),
    "blind27": (6, 8),
    "blind28": (4, 7),
    "blind29": (6, 8),
    "blind30": (4, 7),
    "blind31": (6, 8),
    "blind32": (4, 7),
    "blind33": (6, 8),
    "probe21": (2, 7),
    "blind34": (4, 7),
    "blind35": (6, 8),
    "probe22": (2, 7),
    "blind36": (4, 7),
    "blind37": (6, 8),
    "blind38": (4, 7),
    "probe23": (2, 7),
    "blind39": (5, 9),
    "blind40": (4, 7),
    "probe24": (2, 7),
    "blind41": (6, 8),
    "blind42": (4, 7),
}
MIN_DIALOGUES = {
    "dev": 80,
    "blind": 20,
    "blind2": 25,
    "blind3": 25,
    "blind4": 10,
    "blind5": 15,
    "blind6": 15,
    "blind7": 15,
    "blind8": 12,
    "blind9": 15,
    "blind10": 12,
    "blind11": 15,
    "blind12": 12,
    "blind13": 15,
    "blind14": 12,
    "blind15": 15,
    "blind16": 12,
    "blind17": 15,
    "blind18": 12,
    "blind19": 15,
    "blind20": 20,
    "blind21": 15,
    "blind22": 20,
    "blind23": 15,
    "blind24": 20,
    "blind25": 15,
    "blind26": 20,
    "blind27": 15,
    "blind28": 20,
    "blind29": 15,
    "blind30": 20,
    "blind31": 15,
    "blind32": 20,
    "blind33": 15,
    "probe21": 44,
    "blind34": 20,
    "blind35": 15,
    "probe22": 33,
    "blind36": 20,
    "blind37": 15,
    "blind38": 20,
    "probe23": 32,
    "blind39": 15,
    "blind40": 20,
    "probe24": 32,
    "blind41": 15,
    "blind42": 20,
}


@pytest.mark.parametrize("part", list(MIN_DIALOGUES))
def test_dialogue_files_are_well_formed(part: str) -> None:
    dialogues = load_part(part)  # raises on duplicate ids and bad regexes
    assert len(dialogues) >= MIN_DIALOGUES[part]
    known_files = {d.name for d in documents()}
    low, high = TURN_RANGE.get(part, (3, 8))
    bad = [d.id for d in dialogues if not low <= len(d.turns) <= high]
    assert not bad, f"dialogues must have {low}–{high} turns: {bad}"
    for d in dialogues:
        for t in d.turns:
            assert t.must or t.must_not, f"{d.id}: a turn without any assertion"
            missing = set(FILE_REF.findall(t.say)) - known_files
            assert not missing, f"{d.id}: unknown generated file(s) {sorted(missing)}"


@pytest.mark.dialogues
def test_dev_dialogues_meet_the_floor() -> None:
    summary, results = run_part("dev", workers=2)
    errors = [f"{r.id}: {r.error}" for r in results if r.error]
    assert not errors, "the chat process failed:\n" + "\n".join(errors)
    failed = [r.id for r in results if not r.ok]
    assert summary.turn_share >= FLOOR_PERCENT, (
        f"dev turns right {summary.turns_ok}/{summary.turns} = {summary.turn_share:.1f} % < floor "
        f"{FLOOR_PERCENT} %; failing dialogues: {failed}"
    )
    # Issue 11's hard rule: never an answer for another programme than the one in context.
    assert summary.wrong_programme_replies == 0, failed
