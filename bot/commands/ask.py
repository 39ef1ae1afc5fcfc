"""`grantbot ask`: answer questions from the FAQ knowledge base, one or a batch.

    grantbot ask "pytanie" [--program cg|cp|cs] [--json]
    grantbot ask --batch FILE|- [--program …] [--json]

Batch: one question per line, answers in the same order (one JSON object per line with --json);
blank lines are skipped. Purchase questions ("czy mogę kupić laptopa w CS?") go to the item
classifier when `checks.classifier` is installed, otherwise to the FAQ.
"""

from __future__ import annotations

import argparse
import json
import os
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any

from bot.commands.batch import read_lines
from knowledge.errors import GrantbotError

if TYPE_CHECKING:
    from knowledge.faq_engine import Answer, FaqEngine


class AskInputError(GrantbotError):
    pass


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = subparsers.add_parser(
        "ask",
        help="odpowiedz na pytanie o program (baza FAQ ze źródłami)",
        description="Odpowiada na pytania o Cyfrową Gminę, Cyfrowy Powiat i Cyberbezpieczny Samorząd "
        "na podstawie dokumentów programów; gdy nie wie, podaje infolinię i e-mail operatora.",
    )
    parser.add_argument("question", nargs="?", metavar="PYTANIE", help="pytanie po polsku")
    parser.add_argument("--program", metavar="cg|cp|cs", help="bieżący program rozmowy")
    parser.add_argument("--batch", metavar="PLIK", help="plik z pytaniami, po jednym w wierszu; '-' = stdin")
    parser.add_argument("--json", action="store_true", help="wynik w JSON (jeden obiekt w wierszu)")
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from knowledge.faq_engine import FaqEngine
    from knowledge.programmes import get_programme

    programme = get_programme(args.program).code.value if args.program else None
    if args.batch is not None and args.question is not None:
        raise AskInputError("Podaj albo pytanie, albo --batch PLIK, nie oba naraz.")
    if args.batch is None:
        if args.question is None or not args.question.strip():
            raise AskInputError('Podaj pytanie, np. grantbot ask "Ile wynosi grant w Cyfrowej Gminie?".')
        questions: Iterator[str] = iter([args.question])
    else:
        questions = (line for _, line in read_lines(args.batch, what="jedno pytanie"))
    engine = FaqEngine.from_directory(cache_dir=user_cache_dir())
    first = True
    answered = 0
    approved: list[Any] | None = None  # helpdesk answers approved as knowledge, read only when needed
    for question in questions:
        answer = answer_question(engine, question, programme)
        if answer.abstained:
            if approved is None:
                approved = approved_entries()
            if approved:
                from services.helpdesk import approved_answer

                answer = approved_answer(approved, question, programme, answer) or answer
        if args.json:
            print(json.dumps(to_json(answer), ensure_ascii=False), flush=args.batch == "-")
        else:
            if not first:
                print()
            print(answer.text, flush=args.batch == "-")
        first = False
        answered += 1
    if answered == 0:
        # Same rule as `classify --batch`: an empty batch is a mistake worth saying out loud.
        raise AskInputError("Brak pytań – wejście jest puste (oczekuję jednego pytania w wierszu).")
    return 0


def approved_entries() -> list[Any]:
    """Approved helpdesk answers from the configured database; none when there is no database yet
    or it cannot be reached (the FAQ's own answer, an honest refusal, stands then)."""
    try:
        from bot.config import load_settings
        from services.engine import open_engine
        from services.helpdesk import approved_entries as load
        from storage import session_scope

        engine = open_engine(load_settings(), create=False)
        if engine is None:
            return []
        try:
            with session_scope(engine) as session:
                return load(session)
        finally:
            engine.dispose()
    except Exception:
        return []


def user_cache_dir() -> Path:
    """~/.cache/grantbot (XDG): derived data the engine may rebuild at any time."""
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "grantbot"


def answer_question(engine: FaqEngine, question: str, programme: str | None) -> Answer:
    """The item classifier for purchase questions (when installed), the FAQ for everything else."""
    return classifier_answer(engine, question, programme) or engine.ask(question, programme)


def classifier_answer(engine: FaqEngine, question: str, programme: str | None) -> Answer | None:
    from knowledge.faq_split import split_questions
    from knowledge.purchase import purchase_answer, purchase_item

    if len(split_questions(question)) > 1:
        return None  # several questions: the FAQ answers each (a verdict would answer only one)
    # "czy w cp można kupić laptopy, w cyfrowej gminie przechodziły": what the official compares with is no part of
    # the question (its programme is not the one asked about)
    question = engine._without_analogy(question)
    if purchase_item(question) is None:
        return None  # not about one item: no need to load the classifier (~0.3 s)
    from checks.classifier import classify

    codes = engine.programmes_in(question) or ((programme,) if programme else ("cg", "cp", "cs"))
    return purchase_answer(question, codes, classify)


def to_json(answer: Answer) -> dict[str, object]:
    return {
        "answer": answer.text,
        "abstained": answer.abstained,
        "entry_id": answer.entry_id,
        "programme": answer.programme,
        "score": answer.score,
        "citations": [str(c) for c in answer.citations],
    }
