"""Telegram's flood control (HTTP 429 "retry after N"), handled with aiogram's own mechanism: a
client-session request middleware that waits the time Telegram asks for and sends again.

Without it a busy moment (many answers to one chat, a broadcast of staff answers) loses messages:
aiogram raises `TelegramRetryAfter` and the handler's reply is gone.
"""

from __future__ import annotations

import asyncio
import logging
from typing import TYPE_CHECKING, Any

from aiogram.client.session.middlewares.base import BaseRequestMiddleware, NextRequestMiddlewareType
from aiogram.exceptions import TelegramRetryAfter
from aiogram.methods import Response, TelegramMethod
from aiogram.methods.base import TelegramType

if TYPE_CHECKING:
    from aiogram import Bot

log = logging.getLogger("grantbot.telegram")


class RetryAfter(BaseRequestMiddleware):
    """Retry a request refused with 429 after `retry_after` seconds, at most `tries` times in all.

    A wait longer than `max_wait` is not sat out (the update would time out anyway): the error
    goes up to the dispatcher's error handler.
    """

    def __init__(self, tries: int = 3, max_wait: float = 30.0) -> None:
        self.tries = tries
        self.max_wait = max_wait

    async def __call__(
        self, make_request: NextRequestMiddlewareType[TelegramType], bot: Bot, method: TelegramMethod[TelegramType]
    ) -> Response[TelegramType]:
        attempt = 1
        while True:
            try:
                return await make_request(bot, method)
            except TelegramRetryAfter as exc:
                if attempt >= self.tries or exc.retry_after > self.max_wait:
                    raise
                log.warning(
                    "Telegram: limit wiadomości, ponawiam %s za %s s (próba %d)",
                    type(method).__name__,
                    exc.retry_after,
                    attempt + 1,
                )
                await asyncio.sleep(exc.retry_after)
                attempt += 1


def install(bot: Any) -> None:
    bot.session.middleware(RetryAfter())
