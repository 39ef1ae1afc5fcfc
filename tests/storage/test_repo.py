from __future__ import annotations

from datetime import timedelta
from decimal import Decimal

import pytest
from sqlalchemy import Engine, inspect

from storage import AmountRow, IndexRow, StorageError, repo, session_scope
from storage.types import utcnow

# Values chosen to break float storage: 13+ significant digits and a trailing zero grosz.
EXACT = [
    pytest.param(Decimal("1234567890.12"), id="max-precision"),
    pytest.param(Decimal("0.10"), id="ten-grosz"),
    pytest.param(Decimal("9999999999.99"), id="largest"),
    pytest.param(Decimal("-1.01"), id="negative"),
]


@pytest.mark.parametrize("value", EXACT)
def test_index_value_round_trips_exactly(engine: Engine, value: Decimal) -> None:
    with session_scope(engine) as s:
        assert repo.replace_indices(s, [IndexRow("0201011", "G", 2021, value, "test.csv")]) == 1
    with session_scope(engine) as s:
        row = repo.get_index(s, "0201011", "g")
        assert row is not None
        assert isinstance(row.value, Decimal)
        assert row.value == value and str(row.value) == str(value)
        assert (row.year, row.kind, row.source) == (2021, "G", "test.csv")


def test_amount_round_trips_exactly(engine: Engine) -> None:
    big = Decimal("123456789012.34")
    with session_scope(engine) as s:
        repo.replace_amounts(s, "cs", [AmountRow("cs", "0201", big, "lista.xlsx")])
    with session_scope(engine) as s:
        got = repo.get_official_amount(s, "CS", "0201")
        assert got is not None and got.amount == big and str(got.amount) == "123456789012.34"
        assert repo.get_official_amount(s, "cg", "0201") is None


def test_replace_indices_upserts_by_teryt_and_kind(engine: Engine) -> None:
    with session_scope(engine) as s:
        repo.replace_indices(
            s,
            [
                IndexRow("0201011", "G", 2020, Decimal("1000.00"), "a"),
                IndexRow("0201", "P", 2020, Decimal("500.50"), "a"),
            ],
        )
    with session_scope(engine) as s:
        n = repo.replace_indices(s, [IndexRow("0201011", "G", 2021, Decimal("1100.25"), "b")])
        assert n == 1
    with session_scope(engine) as s:
        g = repo.get_index(s, "0201011", "G")
        assert g is not None and (g.year, g.value, g.source) == (2021, Decimal("1100.25"), "b")
        p = repo.get_index(s, "0201", "P")
        assert p is not None and p.value == Decimal("500.50")
        assert repo.count_indices(s) == 2
        assert repo.get_index(s, "0201011", "P") is None


def test_replace_amounts_upserts_per_programme(engine: Engine) -> None:
    with session_scope(engine) as s:
        repo.replace_amounts(s, "cg", [AmountRow("cg", "0201011", Decimal("100000.00"), "a")])
        repo.replace_amounts(s, "cp", [AmountRow("cp", "0201011", Decimal("7.00"), "a")])
    with session_scope(engine) as s:
        repo.replace_amounts(s, "cg", [AmountRow("cg", "0201011", Decimal("200000.00"), "b")])
    with session_scope(engine) as s:
        cg = repo.get_official_amount(s, "cg", "0201011")
        cp = repo.get_official_amount(s, "cp", "0201011")
        assert cg is not None and cg.amount == Decimal("200000.00") and cg.source == "b"
        assert cp is not None and cp.amount == Decimal("7.00")
        assert repo.count_amounts(s) == 2 and repo.count_amounts(s, "cg") == 1


@pytest.mark.parametrize(
    ("call", "row"),
    [
        pytest.param("index", IndexRow("02010", "G", 2021, Decimal(1), "x"), id="teryt-5-digits"),
        pytest.param("index", IndexRow("0201011", "X", 2021, Decimal(1), "x"), id="bad-kind"),
        pytest.param("index", IndexRow("0201011", "G", 2021, 1.5, "x"), id="float-value"),  # type: ignore[arg-type]
        pytest.param("amount", AmountRow("cp", "0201", Decimal(1), "x"), id="wrong-programme-row"),
        pytest.param("amount", AmountRow("cg", "abc", Decimal(1), "x"), id="teryt-letters"),
    ],
)
def test_bad_rows_are_refused(engine: Engine, call: str, row: object) -> None:
    with pytest.raises(StorageError), session_scope(engine) as s:
        if call == "index":
            repo.replace_indices(s, [row])  # type: ignore[list-item]
        else:
            repo.replace_amounts(s, "cg", [row])  # type: ignore[list-item]
    with session_scope(engine) as s:
        assert repo.count_indices(s) == 0 and repo.count_amounts(s) == 0


def test_schema_has_every_table(engine: Engine) -> None:
    tables = set(inspect(engine).get_table_names())
    assert {
        "imported_index",
        "official_amount",
        "bot_user",
        "message",
        "document",
        "report",
        "unanswered_question",
    } <= tables


def test_user_data_deletion_removes_only_that_user(engine: Engine) -> None:
    with session_scope(engine) as s:
        alice = repo.get_or_create_user(s, "telegram", 1)
        bob = repo.get_or_create_user(s, "telegram", 2)
        repo.update_user_profile(s, alice, programme="cs", unit_teryt="0201", unit_name="powiat bolesławiecki")
        for user in (alice, bob):
            repo.log_message(s, user, kind="faq", question="Co to jest?", abstained=True, latency_ms=5)
            repo.add_document(s, user, sha256="0" * 64, name="f.pdf", kind="invoice", extracted_json="{}")
            repo.add_report(s, user, documents=1, items=2, ineligible_items=1)
    with session_scope(engine) as s:
        assert repo.delete_user_data(s, "telegram", 1) == 5
        assert repo.delete_user_data(s, "telegram", 1) == 0
    with session_scope(engine) as s:
        assert repo.find_user(s, "telegram", 1) is None
        bob2 = repo.find_user(s, "telegram", 2)
        assert bob2 is not None and len(repo.pending_documents(s, bob2)) == 1
        assert len(repo.unanswered(s)) == 1


def test_statistics_counts_questions_abstentions_and_ineligible_share(engine: Engine) -> None:
    now = utcnow()
    with session_scope(engine) as s:
        user = repo.get_or_create_user(s, "terminal", 7)
        for i in range(4):
            repo.log_message(s, user, kind="faq", question=f"pytanie {i % 2}", abstained=i < 3, latency_ms=10 * i)
        repo.log_message(s, user, kind="command", question="/start")
        repo.add_document(s, user, sha256="1" * 64, name="a.pdf", kind="invoice", extracted_json="{}")
        repo.add_report(s, user, documents=1, items=4, ineligible_items=1)
    with session_scope(engine) as s:
        stats = repo.statistics(s, now=now + timedelta(minutes=1))
    assert stats.questions == 4 and stats.abstained == 3
    assert stats.abstention_rate == pytest.approx(0.75)
    assert stats.top_unanswered[0] == ("pytanie 0", 2)
    assert stats.documents_checked == 1 and stats.ineligible_share == pytest.approx(0.25)
    assert sum(d.questions for d in stats.days) == 4
    assert stats.median_latency_ms == 20


def test_pending_documents_cleared_after_report(engine: Engine) -> None:
    with session_scope(engine) as s:
        user = repo.get_or_create_user(s, "terminal", 1)
        repo.add_document(s, user, sha256="a" * 64, name="1.pdf", kind="invoice", extracted_json="{}")
        repo.add_document(s, user, sha256="b" * 64, name="2.xml", kind="invoice", extracted_json="{}")
        assert [d.name for d in repo.pending_documents(s, user)] == ["1.pdf", "2.xml"]
        assert repo.clear_pending(s, user) == 2
        assert repo.pending_documents(s, user) == []


def test_log_messages_in_bulk_matches_one_by_one(engine: Engine) -> None:
    when = utcnow()
    lines = [
        repo.LogLine(
            "telegram", 5, "faq", "Do kiedy CS?", when, answer_entry="cs-termin", programme="cs", latency_ms=12
        ),
        repo.LogLine("telegram", 5, "faq", "pogoda w Zakopanem", when, abstained=True, best_entry="cs-x", score=0.21),
        repo.LogLine("terminal", 1, "grant", "/grant 0201", when, latency_ms=-3),
    ]
    with session_scope(engine) as s:
        assert repo.log_messages(s, lines) == 3
    with session_scope(engine) as s:
        stats = repo.statistics(s)
        assert (stats.abstained, stats.users) == (1, 2)
        (row,) = repo.unanswered(s)
        assert (row.question, row.best_entry, row.score) == ("pogoda w Zakopanem", "cs-x", 0.21)
        assert repo.user_labels(s, [row.user_id])[row.user_id] == "telegram:5"
