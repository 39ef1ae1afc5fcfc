"""Inline keyboard presses: programme and unit choice, details, report downloads, confirmations."""

from __future__ import annotations

import contextlib

from aiogram import Bot, Router
from aiogram.exceptions import TelegramBadRequest
from aiogram.fsm.context import FSMContext
from aiogram.types import CallbackQuery

from bot.dialogue.core import Action, Dialogue
from bot.telegram.respond import respond


async def on_button(query: CallbackQuery, bot: Bot, state: FSMContext, dialogue: Dialogue) -> None:
    # Answer at once: Telegram shows a spinner on the button until we do.
    with contextlib.suppress(TelegramBadRequest):
        await query.answer()
    if not query.data or query.message is None:
        return
    await respond(bot, query.message.chat.id, query.from_user.id, state, dialogue, Action(query.data))


def make_router() -> Router:
    router = Router(name="buttons")
    router.callback_query()(on_button)
    return router
