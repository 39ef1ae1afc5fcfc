"""Repository functions: the only place with queries. Callers pass a Session from `session_scope`.

Rows coming in are small frozen dataclasses; rows going out are the sqlmodel tables (expired-on-
commit is off in `session_scope`, so they stay readable after the session closes).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from decimal import Decimal

from sqlalchemy import delete, func
from sqlmodel import Session, col, select

from storage.models import (
    ImportedIndex,
    Message,
    OfficialAmount,
    SettlementParams,
    StoredDocument,
    StoredReport,
    UnansweredQuestion,
    User,
)
from storage.types import utcnow

INDEX_KINDS = frozenset({"G", "P", "W"})
PROGRAMMES = frozenset({"cg", "cp", "cs"})


class StorageError(ValueError):
    """Rows that cannot be stored (programming or import errors; importers translate to Polish)."""


@dataclass(frozen=True, slots=True)
class IndexRow:
    teryt: str  # 7 digits (gmina), 4 (powiat) or 2 (województwo)
    kind: str  # "G" | "P" | "W"
    year: int
    value: Decimal
    source: str


@dataclass(frozen=True, slots=True)
class AmountRow:
    programme: str  # "cg" | "cp" | "cs"
    teryt: str
    amount: Decimal
    source: str


def _check_teryt(teryt: str) -> str:
    teryt = teryt.strip()
    if not teryt.isdigit() or len(teryt) not in (2, 4, 7):
        raise StorageError(f"TERYT must have 2, 4 or 7 digits: {teryt!r}")
    return teryt


# -- imported wealth indices and official amounts (used by `grantbot data import-*`) ------------


def replace_indices(session: Session, rows: Iterable[IndexRow]) -> int:
    """Insert or update each row by (teryt, kind); returns how many rows were written."""
    existing = {(r.teryt, r.kind): r for r in session.exec(select(ImportedIndex)).all()}
    now = utcnow()
    count = 0
    for row in rows:
        teryt = _check_teryt(row.teryt)
        kind = row.kind.strip().upper()
        if kind not in INDEX_KINDS:
            raise StorageError(f"index kind must be G, P or W: {row.kind!r}")
        if not isinstance(row.value, Decimal):
            raise StorageError(f"index value must be Decimal, got {type(row.value).__name__}")
        current = existing.get((teryt, kind))
        if current is None:
            current = ImportedIndex(
                teryt=teryt, kind=kind, year=row.year, value=row.value, source=row.source, imported_at=now
            )
            existing[(teryt, kind)] = current
        else:
            current.year, current.value, current.source, current.imported_at = (
                row.year,
                row.value,
                row.source,
                now,
            )
        session.add(current)
        count += 1
    session.flush()
    return count


def get_index(session: Session, teryt: str, kind: str) -> ImportedIndex | None:
    return session.exec(
        select(ImportedIndex).where(ImportedIndex.teryt == teryt.strip(), ImportedIndex.kind == kind.strip().upper())
    ).first()


def replace_amounts(session: Session, programme: str, rows: Iterable[AmountRow]) -> int:
    """Insert or update the programme's official amounts by teryt; returns rows written.

    Rows of another programme are refused rather than silently filed under the wrong one.
    """
    programme = programme.strip().lower()
    if programme not in PROGRAMMES:
        raise StorageError(f"programme must be cg, cp or cs: {programme!r}")
    existing = {
        r.teryt: r for r in session.exec(select(OfficialAmount).where(OfficialAmount.programme == programme)).all()
    }
    now = utcnow()
    count = 0
    for row in rows:
        if row.programme.strip().lower() != programme:
            raise StorageError(f"row for {row.programme!r} in an import for {programme!r}")
        if not isinstance(row.amount, Decimal):
            raise StorageError(f"amount must be Decimal, got {type(row.amount).__name__}")
        teryt = _check_teryt(row.teryt)
        current = existing.get(teryt)
        if current is None:
            current = OfficialAmount(
                programme=programme, teryt=teryt, amount=row.amount, source=row.source, imported_at=now
            )
            existing[teryt] = current
        else:
            current.amount, current.source, current.imported_at = row.amount, row.source, now
        session.add(current)
        count += 1
    session.flush()
    return count


def get_official_amount(session: Session, programme: str, teryt: str) -> OfficialAmount | None:
    return session.exec(
        select(OfficialAmount).where(
            OfficialAmount.programme == programme.strip().lower(), OfficialAmount.teryt == teryt.strip()
        )
    ).first()


def count_indices(session: Session) -> int:
    return int(session.exec(select(func.count()).select_from(ImportedIndex)).one())


def count_amounts(session: Session, programme: str | None = None) -> int:
    query = select(func.count()).select_from(OfficialAmount)
    if programme:
        query = query.where(OfficialAmount.programme == programme)
    return int(session.exec(query).one())


# -- users -------------------------------------------------------------------------------------


def get_or_create_user(session: Session, channel: str, external_id: int) -> User:
    user = session.exec(select(User).where(User.channel == channel, User.external_id == external_id)).first()
    if user is None:
        user = User(channel=channel, external_id=external_id)
        session.add(user)
        session.flush()
    return user


def find_user(session: Session, channel: str, external_id: int) -> User | None:
    return session.exec(select(User).where(User.channel == channel, User.external_id == external_id)).first()


def update_user_profile(
    session: Session,
    user: User,
    *,
    programme: str | None = None,
    unit_teryt: str | None = None,
    unit_name: str | None = None,
) -> User:
    if programme is not None:
        user.programme = programme
    if unit_teryt is not None:
        user.unit_teryt = unit_teryt
        user.unit_name = unit_name
    user.updated_at = utcnow()
    session.add(user)
    session.flush()
    return user


def delete_user_data(session: Session, channel: str, external_id: int) -> int:
    """Everything stored about one person (/usun_dane); returns how many rows were removed."""
    user = find_user(session, channel, external_id)
    if user is None:
        return 0
    removed = _delete_helpdesk_rows(session, user)
    for table in (Message, StoredDocument, StoredReport, UnansweredQuestion, SettlementParams):
        result = session.exec(delete(table).where(col(table.user_id) == user.id))
        removed += result.rowcount or 0
    session.delete(user)
    session.flush()
    return removed + 1


def _delete_helpdesk_rows(session: Session, user: User) -> int:
    """The helpdesk's rows about the user (inbox items, deliveries, feedback): they hold the user's
    questions and reference the user, so /usun_dane removes them first (else the user row is pinned)."""
    try:
        from storage import helpdesk_models as hd
    except ImportError:  # a build without the helpdesk tables
        return 0
    removed = 0
    items = select(hd.InboxItem.id).where(col(hd.InboxItem.user_id) == user.id)
    for statement in (
        delete(hd.HandoffTopic).where(col(hd.HandoffTopic.user_id) == user.id),  # it points at the items
        delete(hd.Delivery).where((col(hd.Delivery.user_id) == user.id) | col(hd.Delivery.inbox_item_id).in_(items)),
        delete(hd.Feedback).where(col(hd.Feedback.user_id) == user.id),
        delete(hd.InboxItem).where(col(hd.InboxItem.user_id) == user.id),
    ):
        removed += session.exec(statement).rowcount or 0
    return removed


# -- messages and unanswered questions ---------------------------------------------------------


def log_message(
    session: Session,
    user: User,
    *,
    kind: str,
    question: str,
    answer_entry: str | None = None,
    programme: str | None = None,
    abstained: bool = False,
    latency_ms: int = 0,
    best_entry: str | None = None,
    score: float | None = None,
    created_at: datetime | None = None,
) -> Message:
    """Store one exchange; an abstained FAQ answer also lands in the helpdesk queue."""
    when = created_at or utcnow()
    message = Message(
        created_at=when,
        user_id=user.id,  # type: ignore[arg-type]
        kind=kind,
        question=question[:4000],
        answer_entry=answer_entry,
        programme=programme,
        abstained=abstained,
        latency_ms=max(0, int(latency_ms)),
    )
    session.add(message)
    if abstained:
        session.add(
            UnansweredQuestion(
                user_id=user.id,
                question=question[:4000],
                programme=programme,
                best_entry=best_entry,
                score=score,
                created_at=when,
            )
        )
    session.flush()
    return message


@dataclass(frozen=True, slots=True)
class LogLine:
    """One exchange for `log_messages` (the bot's batched message log)."""

    channel: str
    external_id: int
    kind: str
    question: str
    created_at: datetime
    answer_entry: str | None = None
    programme: str | None = None
    abstained: bool = False
    latency_ms: int = 0
    best_entry: str | None = None
    score: float | None = None


def log_messages(session: Session, lines: Sequence[LogLine]) -> int:
    """Store many exchanges at once: one lookup per user and one multi-row INSERT per table
    (the ORM path of `log_message` costs ~0.5 ms a row, which the bot paid per message)."""
    from sqlalchemy import insert

    user_ids: dict[tuple[str, int], int] = {}
    for line in lines:
        key = (line.channel, line.external_id)
        if key not in user_ids:
            user_ids[key] = get_or_create_user(session, *key).id  # type: ignore[assignment]
    messages = [
        {
            "user_id": user_ids[(line.channel, line.external_id)],
            "kind": line.kind,
            "question": line.question[:4000],
            "answer_entry": line.answer_entry,
            "programme": line.programme,
            "abstained": line.abstained,
            "latency_ms": max(0, int(line.latency_ms)),
            "created_at": line.created_at,
        }
        for line in lines
    ]
    unanswered_rows = [
        {
            "user_id": user_ids[(line.channel, line.external_id)],
            "question": line.question[:4000],
            "programme": line.programme,
            "best_entry": line.best_entry,
            "score": line.score,
            "created_at": line.created_at,
        }
        for line in lines
        if line.abstained
    ]
    if messages:
        session.execute(insert(Message), messages)
    if unanswered_rows:
        session.execute(insert(UnansweredQuestion), unanswered_rows)
    return len(messages)


def unanswered(session: Session, *, since: datetime | None = None) -> Sequence[UnansweredQuestion]:
    query = select(UnansweredQuestion).order_by(col(UnansweredQuestion.created_at))
    if since is not None:
        query = query.where(UnansweredQuestion.created_at >= since)
    return session.exec(query).all()


def user_labels(session: Session, ids: Iterable[int | None]) -> dict[int, str]:
    """'telegram:123456' for each internal user id (what the helpdesk can look up)."""
    wanted = {i for i in ids if i is not None}
    if not wanted:
        return {}
    rows = session.exec(select(User).where(col(User.id).in_(wanted))).all()
    return {row.id: f"{row.channel}:{row.external_id}" for row in rows if row.id is not None}


# -- documents and reports ---------------------------------------------------------------------


def add_document(
    session: Session, user: User, *, sha256: str, name: str, kind: str, extracted_json: str
) -> StoredDocument:
    document = StoredDocument(
        user_id=user.id,  # type: ignore[arg-type]
        sha256=sha256,
        name=name[:500],
        kind=kind,
        extracted_json=extracted_json,
    )
    session.add(document)
    session.flush()
    return document


def pending_documents(session: Session, user: User) -> Sequence[StoredDocument]:
    return session.exec(
        select(StoredDocument)
        .where(StoredDocument.user_id == user.id, col(StoredDocument.pending).is_(True))
        .order_by(col(StoredDocument.id))
    ).all()


def clear_pending(session: Session, user: User) -> int:
    documents = pending_documents(session, user)
    for document in documents:
        document.pending = False
        session.add(document)
    session.flush()
    return len(documents)


def remove_document(session: Session, user: User, document_id: int) -> StoredDocument | None:
    """Take one document out of the user's settlement set (never another user's); the removed row."""
    document = session.exec(
        select(StoredDocument).where(
            StoredDocument.id == document_id, StoredDocument.user_id == user.id, col(StoredDocument.pending).is_(True)
        )
    ).first()
    if document is None:
        return None
    session.delete(document)
    session.flush()
    return document


def delete_pending(session: Session, user: User) -> int:
    """Empty the settlement set (the documents are deleted, the reports made from them stay)."""
    result = session.exec(
        delete(StoredDocument).where(col(StoredDocument.user_id) == user.id, col(StoredDocument.pending).is_(True))
    )
    session.flush()
    return int(result.rowcount or 0)


_UNSET = object()


def get_settlement_params(session: Session, user: User) -> SettlementParams | None:
    return session.exec(select(SettlementParams).where(SettlementParams.user_id == user.id)).first()


def update_settlement_params(
    session: Session,
    user: User,
    *,
    project_end: date | object | None = _UNSET,
    grant_amount: Decimal | object | None = _UNSET,
    vat_recoverable: bool | object | None = _UNSET,
) -> SettlementParams:
    """Set the given parameters of the user's settlement set (others are kept; None clears one)."""
    params = get_settlement_params(session, user) or SettlementParams(user_id=user.id)  # type: ignore[arg-type]
    if project_end is not _UNSET:
        params.project_end = project_end  # type: ignore[assignment]
    if grant_amount is not _UNSET:
        if grant_amount is not None and not isinstance(grant_amount, Decimal):
            raise StorageError(f"grant amount must be Decimal, got {type(grant_amount).__name__}")
        params.grant_amount = grant_amount
    if vat_recoverable is not _UNSET:
        params.vat_recoverable = vat_recoverable  # type: ignore[assignment]
    params.updated_at = utcnow()
    session.add(params)
    session.flush()
    return params


def add_report(session: Session, user: User, **fields: object) -> StoredReport:
    report = StoredReport(user_id=user.id, **fields)  # type: ignore[arg-type]
    session.add(report)
    session.flush()
    return report


def get_report(session: Session, user: User, report_id: int) -> StoredReport | None:
    """One of the user's reports (never another user's, whatever id a button carries)."""
    return session.exec(
        select(StoredReport).where(StoredReport.id == report_id, StoredReport.user_id == user.id)
    ).first()


def latest_report(session: Session, user: User) -> StoredReport | None:
    return session.exec(
        select(StoredReport).where(StoredReport.user_id == user.id).order_by(col(StoredReport.id).desc())
    ).first()


# -- helpdesk statistics -----------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class DayCount:
    day: date
    questions: int
    abstained: int


@dataclass(frozen=True, slots=True)
class Statistics:
    days: tuple[DayCount, ...]
    questions: int
    abstained: int
    top_unanswered: tuple[tuple[str, int], ...]
    documents_checked: int
    reports: int
    items_checked: int
    ineligible_items: int
    users: int
    median_latency_ms: int | None

    @property
    def abstention_rate(self) -> float:
        return self.abstained / self.questions if self.questions else 0.0

    @property
    def ineligible_share(self) -> float:
        return self.ineligible_items / self.items_checked if self.items_checked else 0.0


QUESTION_KINDS = ("faq", "grant", "purchase")


def statistics(session: Session, *, days: int = 14, now: datetime | None = None, top: int = 10) -> Statistics:
    now = now or utcnow()
    since = (now - timedelta(days=days - 1)).replace(hour=0, minute=0, second=0, microsecond=0)
    rows = session.exec(
        select(Message.created_at, Message.abstained, Message.latency_ms).where(
            col(Message.kind).in_(QUESTION_KINDS), Message.created_at >= since
        )
    ).all()
    per_day: dict[date, list[int]] = {}
    latencies: list[int] = []
    for created, abstained, latency in rows:
        bucket = per_day.setdefault(created.date(), [0, 0])
        bucket[0] += 1
        bucket[1] += int(bool(abstained))
        latencies.append(latency)
    total = session.exec(select(func.count()).select_from(Message).where(col(Message.kind).in_(QUESTION_KINDS)))
    total_abstained = session.exec(
        select(func.count())
        .select_from(Message)
        .where(col(Message.kind).in_(QUESTION_KINDS), col(Message.abstained).is_(True))
    )
    questions = Counter(" ".join(q.split()).casefold() for q in session.exec(select(UnansweredQuestion.question)).all())
    reports = session.exec(
        select(
            func.count(),
            func.coalesce(func.sum(StoredReport.items), 0),
            func.coalesce(func.sum(StoredReport.ineligible_items), 0),
        ).select_from(StoredReport)
    ).one()
    documents = session.exec(select(func.count()).select_from(StoredDocument)).one()
    users = session.exec(select(func.count()).select_from(User)).one()
    latencies.sort()
    return Statistics(
        days=tuple(DayCount(d, q, a) for d, (q, a) in sorted(per_day.items())),
        questions=int(total.one()),
        abstained=int(total_abstained.one()),
        top_unanswered=tuple(questions.most_common(top)),
        documents_checked=int(documents),
        reports=int(reports[0]),
        items_checked=int(reports[1]),
        ineligible_items=int(reports[2]),
        users=int(users),
        median_latency_ms=latencies[len(latencies) // 2] if latencies else None,
    )
