"""Tables (sqlmodel). Schema changes go through Alembic migrations in `storage/migrations/`.

Money columns use `Money`: NUMERIC on PostgreSQL, text on SQLite. SQLite has no decimal type and
SQLAlchemy's Numeric goes through float there (with a warning), which would not keep every grosz.
"""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal

from sqlalchemy import BigInteger, Column, Date, DateTime, Index, LargeBinary, String, Text, UniqueConstraint
from sqlmodel import Field, SQLModel

from storage.types import Money, utcnow


def _ts(index: bool = False) -> Column:  # type: ignore[type-arg]
    return Column(DateTime(timezone=True), nullable=False, default=utcnow, index=index)


class ImportedIndex(SQLModel, table=True):
    """A wealth index (G for gminy, P for powiaty, W for województwa) imported by the operator."""

    __tablename__ = "imported_index"
    __table_args__ = (UniqueConstraint("teryt", "kind", name="uq_imported_index_teryt_kind"),)

    id: int | None = Field(default=None, primary_key=True)
    teryt: str = Field(sa_column=Column(String(7), nullable=False, index=True))
    kind: str = Field(sa_column=Column(String(1), nullable=False))
    year: int
    value: Decimal = Field(sa_column=Column(Money(12, 2), nullable=False))
    source: str = Field(sa_column=Column(Text, nullable=False))
    imported_at: datetime = Field(default_factory=utcnow, sa_column=_ts())


class OfficialAmount(SQLModel, table=True):
    """A grant amount published by CPPC for one unit, overriding the computed one."""

    __tablename__ = "official_amount"
    __table_args__ = (UniqueConstraint("programme", "teryt", name="uq_official_amount_programme_teryt"),)

    id: int | None = Field(default=None, primary_key=True)
    programme: str = Field(sa_column=Column(String(2), nullable=False))
    teryt: str = Field(sa_column=Column(String(7), nullable=False, index=True))
    amount: Decimal = Field(sa_column=Column(Money(14, 2), nullable=False))
    source: str = Field(sa_column=Column(Text, nullable=False))
    imported_at: datetime = Field(default_factory=utcnow, sa_column=_ts())


class User(SQLModel, table=True):
    """A person talking to the bot: Telegram user id, or a local id for the terminal chat."""

    __tablename__ = "bot_user"
    __table_args__ = (UniqueConstraint("channel", "external_id", name="uq_bot_user_channel_external"),)

    id: int | None = Field(default=None, primary_key=True)
    channel: str = Field(sa_column=Column(String(16), nullable=False))  # "telegram" | "terminal"
    external_id: int = Field(sa_column=Column(BigInteger, nullable=False))
    programme: str | None = Field(default=None, sa_column=Column(String(2), nullable=True))
    unit_teryt: str | None = Field(default=None, sa_column=Column(String(7), nullable=True))
    unit_name: str | None = Field(default=None, sa_column=Column(Text, nullable=True))
    created_at: datetime = Field(default_factory=utcnow, sa_column=_ts())
    updated_at: datetime = Field(default_factory=utcnow, sa_column=_ts())


class Message(SQLModel, table=True):
    __tablename__ = "message"
    __table_args__ = (Index("ix_message_user_created", "user_id", "created_at"),)

    id: int | None = Field(default=None, primary_key=True)
    user_id: int = Field(foreign_key="bot_user.id", nullable=False)
    kind: str = Field(sa_column=Column(String(16), nullable=False))  # faq|grant|purchase|command|doc|other
    question: str = Field(sa_column=Column(Text, nullable=False))
    answer_entry: str | None = Field(default=None, sa_column=Column(String(128), nullable=True))
    programme: str | None = Field(default=None, sa_column=Column(String(2), nullable=True))
    abstained: bool = False
    latency_ms: int = 0
    created_at: datetime = Field(default_factory=utcnow, sa_column=_ts(index=True))


class StoredDocument(SQLModel, table=True):
    __tablename__ = "document"

    id: int | None = Field(default=None, primary_key=True)
    user_id: int = Field(foreign_key="bot_user.id", nullable=False, index=True)
    sha256: str = Field(sa_column=Column(String(64), nullable=False, index=True))
    name: str = Field(sa_column=Column(Text, nullable=False))
    kind: str = Field(sa_column=Column(String(16), nullable=False))
    extracted_json: str = Field(sa_column=Column(Text, nullable=False))
    # Cleared when the user asks for the report: the settlement set is the pending documents.
    pending: bool = True
    created_at: datetime = Field(default_factory=utcnow, sa_column=_ts())


class StoredReport(SQLModel, table=True):
    __tablename__ = "report"

    id: int | None = Field(default=None, primary_key=True)
    user_id: int = Field(foreign_key="bot_user.id", nullable=False, index=True)
    programme: str | None = Field(default=None, sa_column=Column(String(2), nullable=True))
    documents: int = 0
    items: int = 0
    ineligible_items: int = 0
    findings: int = 0
    summary: str = Field(default="", sa_column=Column(Text, nullable=False))
    csv: str = Field(default="", sa_column=Column(Text, nullable=False))
    html: str = Field(default="", sa_column=Column(Text, nullable=False))
    pdf: bytes | None = Field(default=None, sa_column=Column(LargeBinary, nullable=True))  # "Pobierz PDF"
    created_at: datetime = Field(default_factory=utcnow, sa_column=_ts())


class UnansweredQuestion(SQLModel, table=True):
    """A question the bot abstained on, for the helpdesk to answer and turn into a FAQ entry."""

    __tablename__ = "unanswered_question"

    id: int | None = Field(default=None, primary_key=True)
    user_id: int | None = Field(default=None, foreign_key="bot_user.id", nullable=True, index=True)
    question: str = Field(sa_column=Column(Text, nullable=False))
    programme: str | None = Field(default=None, sa_column=Column(String(2), nullable=True))
    best_entry: str | None = Field(default=None, sa_column=Column(String(128), nullable=True))
    score: float | None = None
    created_at: datetime = Field(default_factory=utcnow, sa_column=_ts(index=True))


class SettlementParams(SQLModel, table=True):
    """What the user said about the settlement set in plain words, used by every next report."""

    __tablename__ = "settlement_params"

    id: int | None = Field(default=None, primary_key=True)
    user_id: int = Field(foreign_key="bot_user.id", nullable=False, unique=True)
    project_end: date | None = Field(default=None, sa_column=Column(Date, nullable=True))
    grant_amount: Decimal | None = Field(default=None, sa_column=Column(Money(14, 2), nullable=True))
    vat_recoverable: bool | None = Field(default=None, nullable=True)
    updated_at: datetime = Field(default_factory=utcnow, sa_column=_ts())
