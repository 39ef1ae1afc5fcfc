"""The built FAQ engine is cached on disk by content hash and restored without rebuilding."""

from __future__ import annotations

import shutil
from pathlib import Path

from knowledge.faq_engine import FaqEngine, _cached_engine, engine_cache_key
from knowledge.faq_loader import FAQ_DIR

QUESTIONS = (
    "ile wynosi grant w cyfrowej gminie",
    "do kiedy ankieta w cs",
    "czy mozna kupic uzywany sprzet w cg",
    "jaka bedzie pogoda jutro",
)


def test_restored_engine_answers_like_a_built_one(tmp_path: Path) -> None:
    built = _cached_engine(FAQ_DIR.resolve(), "morfeusz", tmp_path)
    files = list(tmp_path.glob("faq-engine-*.pickle"))
    assert len(files) == 1
    _cached_engine.cache_clear()  # a new process: only the disk cache is left
    restored = _cached_engine(FAQ_DIR.resolve(), "morfeusz", tmp_path)
    assert restored is not built
    for question in QUESTIONS:
        a, b = built.ask(question), restored.ask(question)
        assert (a.entry_id, a.abstained, a.text) == (b.entry_id, b.abstained, b.text)


def test_restored_engine_does_not_load_the_dictionaries(tmp_path: Path) -> None:
    _cached_engine(FAQ_DIR.resolve(), "morfeusz", tmp_path)
    _cached_engine.cache_clear()
    restored = _cached_engine(FAQ_DIR.resolve(), "morfeusz", tmp_path)
    restored.ask("czy mozna kupic ekspres do kawy z grantu cs")
    stemmer = restored.analyzer.stemmer
    assert getattr(stemmer, "_analyser_obj", None) is None and getattr(stemmer, "_generator_obj", None) is None


def test_cache_key_follows_the_content(tmp_path: Path) -> None:
    copy = tmp_path / "faq"
    shutil.copytree(FAQ_DIR, copy)
    before = engine_cache_key(copy, "morfeusz")
    target = next(copy.glob("cs_*.yaml"))
    target.write_text(target.read_text(encoding="utf-8") + "\n# edited\n", encoding="utf-8")
    assert engine_cache_key(copy, "morfeusz") != before


def test_damaged_cache_is_rebuilt(tmp_path: Path) -> None:
    key = engine_cache_key(FAQ_DIR.resolve(), "morfeusz")
    (tmp_path / f"faq-engine-{key}.pickle").write_bytes(b"not a pickle")
    _cached_engine.cache_clear()
    engine = _cached_engine(FAQ_DIR.resolve(), "morfeusz", tmp_path)
    assert isinstance(engine, FaqEngine)
    assert engine.ask("ile wynosi grant w cyfrowej gminie").entry_id == "cg-kwota-min-max"


def test_the_pickled_index_holds_plain_dicts() -> None:
    # a pickled Counter is rebuilt through Counter.update in Python: restoring the engine would be slower
    from collections import Counter

    from knowledge.faq_engine import FaqEngine

    engine = FaqEngine.from_directory()
    for index in (engine._qp, engine._answers, engine._phrase_index):
        assert type(index.df) is dict and not any(isinstance(d, Counter) for d in index.docs)
