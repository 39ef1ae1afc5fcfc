"""Helpdesk tables (issue 13): the inbox, staff answers and their deliveries, FAQ drafts, feedback,
staff accounts and panel sessions. Registered on `SQLModel.metadata` by `storage.database`."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import BigInteger, Column, DateTime, Index, String, Text, UniqueConstraint
from sqlmodel import Field, SQLModel

from storage.types import utcnow


def _ts(index: bool = False, nullable: bool = False) -> Column:  # type: ignore[type-arg]
    return Column(DateTime(timezone=True), nullable=nullable, default=None if nullable else utcnow, index=index)


class InboxItem(SQLModel, table=True):
    """Something the helpdesk should look at: a refused question, a 👎 answer, a hand-off request."""

    __tablename__ = "inbox_item"
    __table_args__ = (
        UniqueConstraint("origin", "origin_id", name="uq_inbox_item_origin"),
        Index("ix_inbox_item_status_created", "status", "created_at"),
    )

    id: int | None = Field(default=None, primary_key=True)
    user_id: int | None = Field(default=None, foreign_key="bot_user.id", nullable=True, index=True)
    question: str = Field(sa_column=Column(Text, nullable=False))
    programme: str | None = Field(default=None, sa_column=Column(String(2), nullable=True))
    # refused | feedback | handoff
    origin: str = Field(sa_column=Column(String(16), nullable=False))
    # the row it came from (unanswered_question.id, feedback.id, …); unique per origin
    origin_id: int | None = Field(default=None, sa_column=Column(BigInteger, nullable=True))
    context_json: str = Field(default="[]", sa_column=Column(Text, nullable=False))
    nearest_json: str = Field(default="[]", sa_column=Column(Text, nullable=False))
    status: str = Field(default="open", sa_column=Column(String(16), nullable=False))  # open|answered|closed
    group_id: int | None = Field(default=None, sa_column=Column(BigInteger, nullable=True, index=True))
    answer_id: int | None = Field(default=None, foreign_key="staff_answer.id", nullable=True)
    created_at: datetime = Field(default_factory=utcnow, sa_column=_ts(index=True))
    answered_at: datetime | None = Field(default=None, sa_column=_ts(nullable=True))


class StaffAnswer(SQLModel, table=True):
    __tablename__ = "staff_answer"

    id: int | None = Field(default=None, primary_key=True)
    text: str = Field(sa_column=Column(Text, nullable=False))
    staff_login: str = Field(sa_column=Column(String(64), nullable=False))
    created_at: datetime = Field(default_factory=utcnow, sa_column=_ts())


class Delivery(SQLModel, table=True):
    """One staff answer on its way to one asker (the outbox: the bot process sends, the chat shows)."""

    __tablename__ = "delivery"
    __table_args__ = (Index("ix_delivery_status_channel", "status", "channel"),)

    id: int | None = Field(default=None, primary_key=True)
    answer_id: int = Field(foreign_key="staff_answer.id", nullable=False)
    inbox_item_id: int = Field(foreign_key="inbox_item.id", nullable=False)
    user_id: int = Field(foreign_key="bot_user.id", nullable=False, index=True)
    channel: str = Field(sa_column=Column(String(16), nullable=False))
    external_id: int = Field(sa_column=Column(BigInteger, nullable=False))
    question: str = Field(sa_column=Column(Text, nullable=False))
    status: str = Field(default="pending", sa_column=Column(String(16), nullable=False))  # pending|sent|failed
    attempts: int = 0
    error: str | None = Field(default=None, sa_column=Column(Text, nullable=True))
    created_at: datetime = Field(default_factory=utcnow, sa_column=_ts())
    delivered_at: datetime | None = Field(default=None, sa_column=_ts(nullable=True))


class FaqDraft(SQLModel, table=True):
    """A staff answer on its way into the knowledge base; approved drafts answer like FAQ entries."""

    __tablename__ = "faq_draft"

    id: int | None = Field(default=None, primary_key=True)
    questions_json: str = Field(sa_column=Column(Text, nullable=False))  # list of question variants
    answer: str = Field(sa_column=Column(Text, nullable=False))
    programme: str | None = Field(default=None, sa_column=Column(String(2), nullable=True))
    citation: str | None = Field(default=None, sa_column=Column(Text, nullable=True))
    status: str = Field(default="draft", sa_column=Column(String(16), nullable=False))  # draft|approved|rejected
    answer_id: int | None = Field(default=None, foreign_key="staff_answer.id", nullable=True)
    created_at: datetime = Field(default_factory=utcnow, sa_column=_ts())
    decided_at: datetime | None = Field(default=None, sa_column=_ts(nullable=True))
    decided_by: str | None = Field(default=None, sa_column=Column(String(64), nullable=True))


class Feedback(SQLModel, table=True):
    """👍 (+1) or 👎 (−1) on one bot answer, with an optional reason."""

    __tablename__ = "feedback"

    id: int | None = Field(default=None, primary_key=True)
    user_id: int | None = Field(default=None, foreign_key="bot_user.id", nullable=True, index=True)
    entry_id: str | None = Field(default=None, sa_column=Column(String(128), nullable=True, index=True))
    programme: str | None = Field(default=None, sa_column=Column(String(2), nullable=True))
    question: str = Field(sa_column=Column(Text, nullable=False))
    answer: str = Field(default="", sa_column=Column(Text, nullable=False))
    rating: int = 0
    reason: str | None = Field(default=None, sa_column=Column(Text, nullable=True))
    created_at: datetime = Field(default_factory=utcnow, sa_column=_ts(index=True))


class StaffAccount(SQLModel, table=True):
    __tablename__ = "staff_account"

    id: int | None = Field(default=None, primary_key=True)
    login: str = Field(sa_column=Column(String(64), nullable=False, unique=True))
    password_hash: str = Field(sa_column=Column(Text, nullable=False))
    created_at: datetime = Field(default_factory=utcnow, sa_column=_ts())
    last_login: datetime | None = Field(default=None, sa_column=_ts(nullable=True))


class PanelSession(SQLModel, table=True):
    """A logged-in browser: the cookie holds a random token, the table only its SHA-256."""

    __tablename__ = "panel_session"

    id: int | None = Field(default=None, primary_key=True)
    token_sha256: str = Field(sa_column=Column(String(64), nullable=False, unique=True))
    csrf: str = Field(sa_column=Column(String(64), nullable=False))
    staff_login: str = Field(sa_column=Column(String(64), nullable=False))
    created_at: datetime = Field(default_factory=utcnow, sa_column=_ts())
    expires_at: datetime = Field(sa_column=_ts())


class LoginAttempt(SQLModel, table=True):
    """Failed panel logins, for the rate limit (shared by every panel process through the database)."""

    __tablename__ = "login_attempt"
    __table_args__ = (Index("ix_login_attempt_key_at", "key", "at"),)

    id: int | None = Field(default=None, primary_key=True)
    key: str = Field(sa_column=Column(String(160), nullable=False))
    at: datetime = Field(default_factory=utcnow, sa_column=_ts())


class HandoffTopic(SQLModel, table=True):
    """A Telegram asker's forum topic in the operators' group, and whether a hand-off is running.

    One row per (operators' group, asker): the topic is reused when the same asker asks for a person
    again. While `active`, the asker's messages go to the topic instead of the bot."""

    __tablename__ = "handoff_topic"
    __table_args__ = (
        UniqueConstraint("chat_id", "thread_id", name="uq_handoff_topic_thread"),
        UniqueConstraint("chat_id", "external_id", name="uq_handoff_topic_asker"),
    )

    id: int | None = Field(default=None, primary_key=True)
    chat_id: int = Field(sa_column=Column(BigInteger, nullable=False))  # the operators' supergroup
    thread_id: int = Field(sa_column=Column(BigInteger, nullable=False))  # message_thread_id of the topic
    user_id: int = Field(foreign_key="bot_user.id", nullable=False, index=True)
    external_id: int = Field(sa_column=Column(BigInteger, nullable=False))  # the asker's Telegram id (= chat)
    name: str = Field(sa_column=Column(String(128), nullable=False))
    active: bool = False
    inbox_item_id: int | None = Field(default=None, foreign_key="inbox_item.id", nullable=True)
    created_at: datetime = Field(default_factory=utcnow, sa_column=_ts())
    opened_at: datetime = Field(default_factory=utcnow, sa_column=_ts())
    closed_at: datetime | None = Field(default=None, sa_column=_ts(nullable=True))
