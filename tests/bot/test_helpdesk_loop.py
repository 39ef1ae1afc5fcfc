"""The helpdesk loop (issue 13) on a real SQLite database: refused question → inbox with context and
nearest entries → grouped with similar questions → staff answer → one delivery per asker → FAQ
draft → approval → an approved entry that paraphrases match; staff accounts and the CLI contract."""

from __future__ import annotations

import json
from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path

import pytest
import yaml
from sqlalchemy import Engine

from services import helpdesk
from storage import init_db, make_engine, repo, session_scope
from storage.models import UnansweredQuestion
from storage.types import utcnow


def nearest(question: str, programme: str | None) -> list[tuple[str, float]]:
    # A stand-in ranking with a recognisable shape; the CLI test below uses the real FAQ engine.
    return [("cg-okres-kwalifikowalnosci", 0.41), ("cg-kontakt", 0.22)]


@pytest.fixture
def engine(tmp_path: Path) -> Iterator[Engine]:
    eng = make_engine(f"sqlite:///{tmp_path / 'h.sqlite3'}")
    init_db(eng)
    yield eng
    eng.dispose()


def _refused(
    engine: Engine, user: int, question: str, programme: str | None = "cg", earlier: tuple[str, ...] = ()
) -> None:
    """What the bot records for a conversation that ends in a refusal."""
    with session_scope(engine) as db:
        person = repo.get_or_create_user(db, "telegram", user)
        for text in earlier:
            repo.log_message(
                db,
                person,
                kind="faq",
                question=text,
                answer_entry="cg-kwota-min-max",
                programme=programme,
                abstained=False,
                latency_ms=3,
            )
        repo.log_message(
            db,
            person,
            kind="faq",
            question=question,
            answer_entry=None,
            programme=programme,
            abstained=True,
            latency_ms=3,
        )


def test_refused_questions_become_inbox_items_with_context_nearest_and_groups(engine: Engine) -> None:
    _refused(engine, 1001, "Czy możemy kupić drona do inwentaryzacji w CG?", earlier=("ile wynosi grant",))
    _refused(engine, 1002, "czy mozemy kupic drona do inwentaryzacji w cg")
    _refused(engine, 1003, "Kto podpisuje oświadczenie o VAT?")
    with session_scope(engine) as db:
        assert db.exec(__import__("sqlmodel").select(UnansweredQuestion)).all(), "the bot logs refusals"
        assert helpdesk.sync_inbox(db, nearest) == 3
        assert helpdesk.sync_inbox(db, nearest) == 0  # each refusal becomes an item once
        views = helpdesk.inbox(db)
    assert [v.status for v in views] == ["open"] * 3
    drone = [v for v in views if "drona" in v.question.casefold()]
    assert len(drone) == 2 and drone[0].group_id == drone[1].group_id and drone[0].group_size == 2
    vat = next(v for v in views if "VAT" in v.question)
    assert vat.group_id != drone[0].group_id
    first = next(v for v in drone if v.user == "telegram:1001")
    assert [t["text"] for t in first.context if t["role"] == "user"] == [
        "ile wynosi grant",
        "Czy możemy kupić drona do inwentaryzacji w CG?",
    ]
    assert first.nearest[0] == {"entry_id": "cg-okres-kwalifikowalnosci", "score": 0.41}
    assert set(first.to_json()) >= {"id", "question", "programme", "user", "asked_at", "status", "context", "nearest"}


def test_an_answer_to_a_group_reaches_each_asker_once_and_becomes_an_approved_entry(engine: Engine) -> None:
    for user in (1001, 1002):
        _refused(engine, user, "Czy możemy kupić drona do inwentaryzacji w CG?")
    _refused(engine, 1001, "czy mozemy kupic drona do inwentaryzacji w cg?")  # same asker again
    with session_scope(engine) as db:
        helpdesk.sync_inbox(db, nearest)
        item = helpdesk.inbox(db)[0]
        reply = helpdesk.answer(db, item.id, "Dron nie jest wymieniony w katalogu – zapytaj operatora.", staff="ola")
        assert all(v.status == "answered" for v in helpdesk.inbox(db, status="all"))
        pending = helpdesk.pending_deliveries(db, channel="telegram")
        assert sorted(p.external_id for p in pending) == [1001, 1002]
        assert pending[0].text.startswith("Odpowiedź konsultanta na Twoje pytanie „")
        helpdesk.mark_delivered(db, pending[0].id)
        helpdesk.mark_delivered(db, pending[1].id, error="Telegram: 502")
        assert [p.id for p in helpdesk.pending_deliveries(db, channel="telegram")] == [pending[1].id]

        draft = helpdesk.promote(db, reply.id or 0)
        view = helpdesk.drafts(db)[0]
        assert view.id == draft.id and view.status == "draft" and view.citation == helpdesk.CONSULTANT_CITATION
        assert len(view.questions) == 1  # the variants differing only by case/diacritics/punctuation fold to one
        assert helpdesk.approved_entries(db) == []
        helpdesk.decide(db, draft.id or 0, approve=True, staff="ola")
        entries = helpdesk.approved_entries(db)
    assert [e.answer for e in entries] == ["Dron nie jest wymieniony w katalogu – zapytaj operatora."]
    hit = helpdesk.match_approved(entries, "a czy w cyfrowej gminie mozna kupic drona do inwentaryzacji?")
    assert hit is not None and hit[0].id == entries[0].id
    assert helpdesk.match_approved(entries, "jaki jest termin złożenia wniosku?") is None


def test_export_faq_writes_the_knowledge_format(engine: Engine) -> None:
    _refused(engine, 7, "Czy szkolenie z RODO jest kwalifikowalne?", programme="cs")
    with session_scope(engine) as db:
        helpdesk.sync_inbox(db)
        reply = helpdesk.answer(db, helpdesk.inbox(db)[0].id, "Tak, jeśli dotyczy cyberbezpieczeństwa.", staff="x")
        draft = helpdesk.promote(db, reply.id or 0, citation="schemat CS, pkt 2")
        helpdesk.decide(db, draft.id or 0, approve=True, staff="x")
        text = helpdesk.export_faq_yaml(db)
    (entry,) = yaml.safe_load(text)
    assert entry["programmes"] == ["cs"] and entry["question"] == "Czy szkolenie z RODO jest kwalifikowalne?"
    assert entry["citations"] == [{"doc": "konsultant", "section": "schemat CS, pkt 2"}]


def test_negative_feedback_opens_an_item(engine: Engine) -> None:
    with session_scope(engine) as db:
        person = repo.get_or_create_user(db, "terminal", 5)
        helpdesk.record_feedback(
            db, user_id=person.id, question="do kiedy diagnoza?", answer="…", rating=1, entry_id="cg-diagnoza-termin"
        )
        down = helpdesk.record_feedback(
            db,
            user_id=person.id,
            question="a w cs?",
            answer="…",
            rating=-1,
            entry_id="cs-ankieta",
            programme="cs",
            reason="to nie o to pytałem",
        )
        views = helpdesk.inbox(db)
        stats = helpdesk.helpdesk_stats(db)
        with pytest.raises(helpdesk.HelpdeskError):
            helpdesk.record_feedback(db, user_id=None, question="x", answer="y", rating=0)
    assert [(v.origin, v.question) for v in views] == [("feedback", "a w cs?")]
    assert down.reason == "to nie o to pytałem"
    assert (stats.thumbs_up, stats.thumbs_down) == (1, 1) and stats.per_entry[0] == ("cs-ankieta", 0, 1)


def test_staff_passwords_are_hashed_and_logins_rate_limited(engine: Engine) -> None:
    with session_scope(engine) as db:
        password = helpdesk.add_staff(db, "ola.k")
    with session_scope(engine) as db:
        from storage.helpdesk_models import StaffAccount

        stored = db.exec(__import__("sqlmodel").select(StaffAccount)).one().password_hash
        assert password not in stored and stored.startswith("$argon2")
        assert helpdesk.verify_staff(db, "ola.k", password)
        assert not helpdesk.verify_staff(db, "ola.k", password + "x")
        assert not helpdesk.verify_staff(db, "nikt", password)
        for _ in range(5):
            helpdesk.record_failed_login(db, "ola.k|127.0.0.1")
        assert helpdesk.login_blocked(db, "ola.k|127.0.0.1")
        assert not helpdesk.login_blocked(db, "ola.k|10.0.0.9")
        token, csrf = helpdesk.start_session(db, "ola.k")
    with session_scope(engine) as db:
        found = helpdesk.find_session(db, token)
        assert found is not None and found.csrf == csrf and found.staff_login == "ola.k"
        assert helpdesk.find_session(db, token + "x") is None
        found.expires_at = utcnow() - timedelta(seconds=1)
        db.add(found)
    with session_scope(engine) as db:
        assert helpdesk.find_session(db, token) is None
    with session_scope(engine) as db, pytest.raises(helpdesk.HelpdeskError):
        helpdesk.add_staff(db, "zły login; drop")


def test_cli_contract_inbox_answer_drafts_approve(
    tmp_path: Path, engine: Engine, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    from bot.cli import main

    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("DATABASE_URL", str(engine.url))
    _refused(
        engine,
        4242,
        "Ile kosztuje parking przy urzędzie?",
        programme=None,
        earlier=("czy laptop jest kwalifikowalny w CS?",),
    )
    assert main(["helpdesk", "inbox", "--json"]) == 0
    (item,) = json.loads(capsys.readouterr().out)
    assert item["question"] == "Ile kosztuje parking przy urzędzie?" and item["status"] == "open"
    assert item["user"] == "telegram:4242" and item["context"][0]["text"] == "czy laptop jest kwalifikowalny w CS?"
    assert item["nearest"] and all(set(n) == {"entry_id", "score"} for n in item["nearest"])  # the real engine

    assert main(["helpdesk", "answer", str(item["id"]), "--text", "Tego nie rozstrzygają dokumenty.", "--promote"]) == 0
    assert "szkic FAQ nr" in capsys.readouterr().out
    assert main(["helpdesk", "inbox", "--json"]) == 0
    assert json.loads(capsys.readouterr().out) == []
    assert main(["helpdesk", "inbox", "--json", "--status", "answered"]) == 0
    assert json.loads(capsys.readouterr().out)[0]["status"] == "answered"
    assert main(["helpdesk", "drafts", "--json"]) == 0
    (draft,) = json.loads(capsys.readouterr().out)
    assert set(draft) >= {"id", "question", "answer", "status"} and draft["status"] == "draft"
    assert main(["helpdesk", "approve", str(draft["id"])]) == 0
    capsys.readouterr()
    assert main(["helpdesk", "approve", "999"]) == 2
    assert "Nie ma szkicu nr 999" in capsys.readouterr().err

    out = tmp_path / "export.csv"
    assert main(["helpdesk", "export-unanswered", "--csv", str(out)]) == 0
    header, row = out.read_text(encoding="utf-8-sig").splitlines()[:2]
    assert header.endswith("kontekst;najbliższe_wpisy")
    assert "U: czy laptop jest kwalifikowalny w CS?" in row and row.split(";")[3]  # nearest entry filled
