"""/grant: the grant amount for a unit (the dialogue asks to choose when a name is ambiguous)."""

from __future__ import annotations

from aiogram import Bot, Router
from aiogram.filters import Command
from aiogram.fsm.context import FSMContext
from aiogram.types import Message

from bot.dialogue.core import Dialogue, Text
from bot.telegram.respond import respond


async def on_grant(message: Message, bot: Bot, state: FSMContext, dialogue: Dialogue, text: str) -> None:
    assert message.from_user is not None
    await respond(bot, message.chat.id, message.from_user.id, state, dialogue, Text(text))


def make_router() -> Router:
    router = Router(name="grants")
    router.message(Command("grant"))(on_grant)
    return router
