"""Black-box runner for the golden dialogues: feeds each dialogue to `grantbot chat` and checks the replies.

    python -m tests.dialogues.runner --part dev|blind|blind2..blind8 [--id X ...] [--json OUT] [-v] [--workers 2]

Each dialogue runs in its own `grantbot chat --user-id <fresh id>` process with a fresh temporary DATA_DIR
(so no profile, set or history leaks between dialogues), all its turns fed at once on stdin. The chat echoes
every input line as `» LINE` (its `--echo` mode, the default for a pipe); the lines after the k-th echo and
before the next one are the reply to turn k. Regexes are matched case-insensitively against the reply with
Polish diacritics folded and all whitespace collapsed to one space on both sides (the chat wraps long lines).

The runner knows nothing about the product's code: only the command, its output format and the dialogues.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time
import unicodedata
from concurrent.futures import ThreadPoolExecutor
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

import yaml

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent.parent
ECHO = "» "
TIMEOUT_S = 180
PARTS = (
    "dev",
    "blind",
    "blind2",
    "blind3",
    "blind4",
    "blind5",
    "blind6",
    "blind7",
    "blind8",
    "blind9",
    "blind10",
    "blind11",
    "blind12",
    "blind13",
    "blind14",
    "blind15",
    "blind16",
    "blind17",
    "blind18",
    "blind19",
    "blind20",
    "blind21",
    "blind22",
    "blind23",
    "blind24",
    "blind25",
    "blind26",
    "blind27",
    "blind28",
    "blind29",
    "blind30",
    "blind31",
    "blind32",
    "blind33",
    "probe21",
    "blind34",
    "blind35",
    "probe22",
    "blind36",
    "blind37",
    "blind38",
    "probe23",
    "blind39",
    "blind40",
    "probe24",
    "blind41",
    "blind42",
)

# A reply "names a programme" when it contains one of these (folded) names or abbreviations.
PROGRAMME_NAME = re.compile(
    r"cyfrow\w* gmin|cyfrow\w* powiat|cyberbezpieczn\w* samorz|\bcg\b|\bcp\b|\bcs\b", re.IGNORECASE
)

# "I don't know" lists every programme's contacts: naming them there is not answering for a wrong programme.
ABSTENTION = re.compile(r"nie znam odpowiedzi")

_FOLD = str.maketrans({"ł": "l", "Ł": "L", "đ": "d", "ø": "o"})


def fold(text: str) -> str:
    """Lower case, Polish diacritics removed (ą→a, ł→l, ż→z…), whitespace collapsed."""
    text = unicodedata.normalize("NFKD", text.translate(_FOLD))
    text = "".join(ch for ch in text if not unicodedata.combining(ch))
    return re.sub(r"\s+", " ", text).strip().casefold()


def fold_pattern(pattern: str) -> str:
    """Diacritics removed from a pattern, its case kept: lower-casing would turn `\\W` into `\\w`, `\\S` into
    `\\s` and `\\B` into `\\b`. Patterns are matched with re.IGNORECASE instead."""
    pattern = unicodedata.normalize("NFKD", pattern.translate(_FOLD))
    return "".join(ch for ch in pattern if not unicodedata.combining(ch))


# --- dialogues -----------------------------------------------------------------------------------


@dataclass
class Turn:
    say: str
    must: list[str] = field(default_factory=list)
    must_not: list[str] = field(default_factory=list)
    note: str = ""


@dataclass
class Dialogue:
    id: str
    title: str
    turns: list[Turn]
    source: str
    user_id: int | None = None


def _as_list(value: Any) -> list[str]:
    if value is None:
        return []
    if isinstance(value, str):
        return [value]
    return [str(v) for v in value]


def load_part(part: str) -> list[Dialogue]:
    """All dialogues of `part` (each YAML file holds one dialogue mapping or a list of them)."""
    out: list[Dialogue] = []
    seen: set[str] = set()
    for path in sorted((HERE / part).glob("*.yaml")):
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
        items = data if isinstance(data, list) else [data]
        for raw in items:
            turns = [
                Turn(
                    say=str(t["say"]),
                    must=_as_list(t.get("must")),
                    must_not=_as_list(t.get("must_not")),
                    note=str(t.get("note", "")),
                )
                for t in raw["turns"]
            ]
            dlg = Dialogue(
                id=str(raw["id"]),
                title=str(raw.get("title", "")),
                turns=turns,
                source=path.name,
                user_id=raw.get("user_id"),
            )
            if dlg.id in seen:
                raise ValueError(f"{path}: duplicate dialogue id {dlg.id}")
            seen.add(dlg.id)
            for turn in dlg.turns:
                for rx in turn.must + turn.must_not:
                    re.compile(fold_pattern(rx))  # fail early on a bad pattern
            out.append(dlg)
    return out


# --- running -------------------------------------------------------------------------------------


@dataclass
class TurnResult:
    say: str
    ok: bool
    reply: str
    missing: list[str]  # `must` patterns not found
    forbidden: list[str]  # `must_not` patterns found
    wrong_programme: bool  # a forbidden pattern matched a programme's name (abstentions excluded)
    note: str = ""


@dataclass
class DialogueResult:
    id: str
    title: str
    source: str
    turns: list[TurnResult]
    error: str = ""
    seconds: float = 0.0

    @property
    def ok(self) -> bool:
        return not self.error and all(t.ok for t in self.turns)


def grantbot_command() -> list[str]:
    exe = Path(sys.executable).with_name("grantbot")
    if exe.exists():
        return [str(exe)]
    found = shutil.which("grantbot")
    if found:
        return [found]
    raise SystemExit("błąd: nie znalazłem polecenia grantbot (zainstaluj pakiet w venv).")


def split_replies(output: str, n_turns: int) -> list[str]:
    """The reply to each turn: the lines after its `» ` echo line up to the next echo line."""
    replies: list[list[str]] = []
    current: list[str] | None = None
    for line in output.splitlines():
        if line.startswith(ECHO):
            current = []
            replies.append(current)
            continue
        if current is not None:
            current.append(line)
    texts = ["\n".join(lines).strip() for lines in replies[:n_turns]]
    return texts + [""] * (n_turns - len(texts))


def check_turn(turn: Turn, reply: str) -> TurnResult:
    folded = fold(reply)
    abstained = bool(ABSTENTION.search(folded))
    # An "I don't know" lists every programme's contacts: it does not name a programme in the sense of the
    # `must` patterns, so they are matched with the programme names masked out.
    searched = PROGRAMME_NAME.sub("#", folded) if abstained else folded
    missing = [rx for rx in turn.must if not re.search(fold_pattern(rx), searched, re.IGNORECASE)]
    forbidden: list[str] = []
    wrong_programme = False
    for rx in turn.must_not:
        m = re.search(fold_pattern(rx), folded, re.IGNORECASE)
        if m:
            forbidden.append(rx)
            if not abstained and PROGRAMME_NAME.search(m.group(0)):
                wrong_programme = True
    ok = bool(reply) and not missing and not forbidden
    return TurnResult(turn.say, ok, reply, missing, forbidden, wrong_programme, turn.note)


def run_dialogue(dlg: Dialogue, files_dir: Path, user_id: int, product_root: Path = ROOT) -> DialogueResult:
    started = time.monotonic()
    lines = [t.say.replace("{files}", str(files_dir)) for t in dlg.turns]
    with tempfile.TemporaryDirectory(prefix="dlg-data-") as data_dir:
        env = dict(os.environ)
        env.update(
            DATA_DIR=data_dir,
            PYTHONPATH=os.pathsep.join([str(product_root), env.get("PYTHONPATH", "")]).rstrip(os.pathsep),
            PYTHONIOENCODING="utf-8",
        )
        for key in ("BOT_TOKEN", "DATABASE_URL", "REDIS_URL", "WEBHOOK_URL"):
            env.pop(key, None)
        cmd = [*grantbot_command(), "chat", "--user-id", str(dlg.user_id or user_id), "--echo"]
        error = ""
        try:
            proc = subprocess.run(
                cmd,
                input="\n".join(lines) + "\n",
                capture_output=True,
                text=True,
                encoding="utf-8",
                env=env,
                cwd=data_dir,
                timeout=TIMEOUT_S,
                check=False,
            )
            output = proc.stdout
            if proc.returncode != 0:
                error = f"exit {proc.returncode}: {proc.stderr.strip()[-500:]}"
        except subprocess.TimeoutExpired as exc:
            output = exc.stdout.decode("utf-8", "replace") if isinstance(exc.stdout, bytes) else (exc.stdout or "")
            error = f"timeout after {TIMEOUT_S} s"
    replies = split_replies(output, len(dlg.turns))
    results = [check_turn(turn, reply) for turn, reply in zip(dlg.turns, replies, strict=True)]
    return DialogueResult(dlg.id, dlg.title, dlg.source, results, error, time.monotonic() - started)


@dataclass
class Summary:
    part: str
    dialogues: int
    dialogues_ok: int
    turns: int
    turns_ok: int
    wrong_programme_replies: int
    seconds: float

    @property
    def turn_share(self) -> float:
        return 100.0 * self.turns_ok / self.turns if self.turns else 0.0


def run_part(
    part: str,
    ids: list[str] | None = None,
    workers: int = 2,
    files_dir: Path | None = None,
    product_root: Path = ROOT,
) -> tuple[Summary, list[DialogueResult]]:
    """Run the dialogues of `part` against the product checked out in `product_root` (default: this tree)."""
    from tests.dialogues.files import make_files

    dialogues = load_part(part)
    if ids:
        dialogues = [d for d in dialogues if any(d.id == i or d.id.startswith(i) for i in ids)]
    started = time.monotonic()
    with tempfile.TemporaryDirectory(prefix="dlg-files-") as tmp:
        fdir = files_dir or make_files(Path(tmp) / "f")
        base = 900_000 + (os.getpid() % 1000) * 1000
        with ThreadPoolExecutor(max_workers=max(1, workers)) as pool:
            results = list(
                pool.map(lambda p: run_dialogue(p[1], fdir, base + p[0], product_root), enumerate(dialogues))
            )
    turns = [t for r in results for t in r.turns]
    summary = Summary(
        part=part,
        dialogues=len(results),
        dialogues_ok=sum(r.ok for r in results),
        turns=len(turns),
        turns_ok=sum(t.ok for t in turns),
        wrong_programme_replies=sum(t.wrong_programme for t in turns),
        seconds=time.monotonic() - started,
    )
    return summary, results


# --- reporting -----------------------------------------------------------------------------------


def _excerpt(text: str, limit: int = 400) -> str:
    one = re.sub(r"\s+", " ", text).strip()
    return one if len(one) <= limit else one[: limit - 1] + "…"


def print_report(summary: Summary, results: list[DialogueResult], verbose: bool) -> None:
    for r in results:
        good = sum(t.ok for t in r.turns)
        mark = "OK  " if r.ok else "FAIL"
        print(f"{mark} {r.id:<34} {good}/{len(r.turns)} turns  {r.seconds:5.1f} s  {r.title}")
        if r.error:
            print(f"       error: {r.error}")
        for i, t in enumerate(r.turns, 1):
            if t.ok and not verbose:
                continue
            print(f"     {'ok' if t.ok else 'XX'} {i}. » {t.say}")
            for rx in t.missing:
                print(f"          missing: {rx}")
            for rx in t.forbidden:
                print(f"          forbidden: {rx}")
            if t.wrong_programme:
                print("          [WRONG PROGRAMME named in the reply]")
            if not t.ok or verbose:
                print(f"          reply: {_excerpt(t.reply) or '(no reply)'}")
    print()
    by_file: dict[str, list[int]] = {}
    for r in results:
        counts = by_file.setdefault(r.source, [0, 0])
        counts[0] += sum(t.ok for t in r.turns)
        counts[1] += len(r.turns)
    for source, (good, total) in sorted(by_file.items()):
        print(f"  {source:<32} turns right {good}/{total} = {100.0 * good / total:.1f} %")
    print(
        f"{summary.part}: dialogues fully right {summary.dialogues_ok}/{summary.dialogues}; "
        f"turns right {summary.turns_ok}/{summary.turns} = {summary.turn_share:.1f} %; "
        f"replies naming a wrong programme: {summary.wrong_programme_replies}; "
        f"{summary.seconds:.0f} s"
    )


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description="Run the golden dialogues through `grantbot chat`.")
    ap.add_argument("--part", choices=PARTS, default="dev")
    ap.add_argument("--id", action="append", help="run only this dialogue (id or id prefix); repeatable")
    ap.add_argument("--json", type=Path, help="write the results as JSON here")
    ap.add_argument("-v", "--verbose", action="store_true", help="print every turn with its reply")
    ap.add_argument("--workers", type=int, default=2)
    ap.add_argument(
        "--product-root",
        type=Path,
        default=ROOT,
        help="checkout whose code `grantbot chat` runs (put first on PYTHONPATH); default: this tree",
    )
    args = ap.parse_args(argv)
    summary, results = run_part(args.part, args.id, args.workers, product_root=args.product_root.resolve())
    if not results:
        print("Brak dialogów do uruchomienia.", file=sys.stderr)
        return 2
    print_report(summary, results, args.verbose)
    if args.json:
        payload = {
            "summary": {**asdict(summary), "turn_share": round(summary.turn_share, 2)},
            "dialogues": [{**asdict(r), "ok": r.ok} for r in results],
        }
        args.json.parent.mkdir(parents=True, exist_ok=True)
        args.json.write_text(json.dumps(payload, ensure_ascii=False, indent=1), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
