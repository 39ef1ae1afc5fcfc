"""Delivers staff answers to Telegram askers (issue 13).

The panel and `grantbot helpdesk answer` only write a `delivery` row; every bot process runs this
loop, so an answer reaches the asker within a few seconds whichever process is up. Two processes
may pick the same row in the same instant; `claim` marks it first, so at most one of them sends.
"""

from __future__ import annotations

import asyncio
import html
import logging
from typing import Any

from sqlalchemy import Engine, update

from services import helpdesk
from storage import session_scope
from storage.helpdesk_models import Delivery

log = logging.getLogger("grantbot.outbox")


def _claim(engine: Engine, delivery_id: int) -> bool:
    """Mark a pending delivery as being sent by this process; False when another one took it."""
    with session_scope(engine) as session:
        result: Any = session.execute(
            update(Delivery)
            .where(Delivery.id == delivery_id, Delivery.status == "pending")  # type: ignore[arg-type]
            .values(status="sending")
        )
        return bool(result.rowcount)


def _finish(engine: Engine, delivery_id: int, error: str | None) -> None:
    with session_scope(engine) as session:
        row = session.get(Delivery, delivery_id)
        if row is not None and error is not None:
            row.status = "pending"  # back in the queue; mark_delivered gives up after a few attempts
            session.add(row)
            session.flush()
        helpdesk.mark_delivered(session, delivery_id, error=error)


def _pending(engine: Engine) -> list[helpdesk.PendingDelivery]:
    with session_scope(engine) as session:
        return helpdesk.pending_deliveries(session, channel="telegram")


async def deliver_once(engine: Engine, bot: Any) -> int:
    """Send every pending Telegram delivery once; returns how many were sent."""
    sent = 0
    for item in await asyncio.to_thread(_pending, engine):
        if not await asyncio.to_thread(_claim, engine, item.id):
            continue
        error: str | None = None
        try:
            await bot.send_message(item.external_id, html.escape(item.text))
            sent += 1
        except Exception as exc:  # Telegram refused or unreachable: retried on the next round
            error = f"{type(exc).__name__}: {exc}"[:300]
            log.warning("nie doręczono odpowiedzi konsultanta (próba zostanie powtórzona)")
        await asyncio.to_thread(_finish, engine, item.id, error)
    return sent


async def run_outbox(engine: Engine, bot: Any, *, every: float = 3.0) -> None:
    """The loop started with the bot; it never lets a failure stop it."""
    while True:
        try:
            await deliver_once(engine, bot)
        except Exception:
            log.exception("skrzynka nadawcza: błąd, ponowię za chwilę")
        await asyncio.sleep(every)
