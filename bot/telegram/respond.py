"""The glue every handler uses: session from FSM storage, one Dialogue call, replies sent."""

from __future__ import annotations

import contextlib
import logging
import time
from collections.abc import Awaitable, Callable
from html import escape

from aiogram import Bot
from aiogram.exceptions import TelegramBadRequest
from aiogram.fsm.context import FSMContext
from aiogram.types import BufferedInputFile, Message

from bot.dialogue.core import Dialogue, Event, UserRef
from bot.dialogue.replies import Outcome, Reply
from bot.dialogue.session import Session
from bot.telegram.render import chunks, keyboard

log = logging.getLogger(__name__)

Progress = Callable[[int, int], Awaitable[None]]


async def respond(
    bot: Bot,
    chat_id: int,
    user_id: int,
    state: FSMContext,
    dialogue: Dialogue,
    event: Event,
    *,
    progress: Progress | None = None,
    edit: Message | None = None,
) -> Outcome:
    session = Session.from_dict((await state.get_data()).get("session"))
    outcome, session = await dialogue.handle(UserRef("telegram", user_id), session, event, progress=progress)
    if session == Session():
        await state.clear()
    else:
        await state.set_data({"session": session.to_dict()})
    for number, reply in enumerate(outcome.replies):
        await send_reply(bot, chat_id, reply, edit=edit if number == 0 else None)
    return outcome


async def send_reply(bot: Bot, chat_id: int, reply: Reply, *, edit: Message | None = None) -> None:
    parts = chunks(reply)
    markup = keyboard(reply)
    for index, text in enumerate(parts):
        last = index == len(parts) - 1
        if index == 0 and edit is not None:
            try:
                await edit.edit_text(text, reply_markup=markup if last else None)
                continue
            except TelegramBadRequest:
                log.debug("could not edit the progress message; sending a new one")
        await bot.send_message(chat_id, text, reply_markup=markup if last else None)
    for out in reply.files:
        await bot.send_document(
            chat_id,
            BufferedInputFile(out.content, filename=out.name),
            caption=escape(out.caption, quote=False) if out.caption else None,
        )


class ProgressMessage:
    """Edits one message as pages are read ("Czytam stronę 2/5…"), at most once per `interval`."""

    def __init__(self, message: Message, interval: float = 1.0) -> None:
        self.message = message
        self.interval = interval
        self._last = 0.0
        self._text = message.text or ""

    async def __call__(self, page: int, total: int) -> None:
        text = f"Czytam stronę {page}/{total}…"
        now = time.monotonic()
        if text == self._text or (now - self._last < self.interval and page not in (1, total)):
            return
        self._last, self._text = now, text
        with contextlib.suppress(TelegramBadRequest):
            await self.message.edit_text(text)
