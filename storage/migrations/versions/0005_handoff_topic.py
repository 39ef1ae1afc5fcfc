"""hand-off to a person through an operators' forum group: one topic per asker

Revision ID: 0005
Revises: 0004
Create Date: 2026-12-05
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0005"
down_revision: str | None = "0004"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "handoff_topic",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("chat_id", sa.BigInteger(), nullable=False),
        sa.Column("thread_id", sa.BigInteger(), nullable=False),
        sa.Column("user_id", sa.Integer(), nullable=False),
        sa.Column("external_id", sa.BigInteger(), nullable=False),
        sa.Column("name", sa.String(length=128), nullable=False),
        sa.Column("active", sa.Boolean(), nullable=False),
        sa.Column("inbox_item_id", sa.Integer(), nullable=True),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("opened_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("closed_at", sa.DateTime(timezone=True), nullable=True),
        sa.ForeignKeyConstraint(["inbox_item_id"], ["inbox_item.id"]),
        sa.ForeignKeyConstraint(["user_id"], ["bot_user.id"]),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("chat_id", "external_id", name="uq_handoff_topic_asker"),
        sa.UniqueConstraint("chat_id", "thread_id", name="uq_handoff_topic_thread"),
    )
    with op.batch_alter_table("handoff_topic") as batch_op:
        batch_op.create_index(batch_op.f("ix_handoff_topic_user_id"), ["user_id"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("handoff_topic") as batch_op:
        batch_op.drop_index(batch_op.f("ix_handoff_topic_user_id"))
    op.drop_table("handoff_topic")
