"""Free text: FAQ questions, grant requests, purchase questions, answers to what the bot asked."""

from __future__ import annotations

from aiogram import Bot, F, Router
from aiogram.fsm.context import FSMContext
from aiogram.types import Message

from bot.dialogue import texts
from bot.dialogue.core import Dialogue, Text
from bot.telegram.respond import respond


async def on_text(message: Message, bot: Bot, state: FSMContext, dialogue: Dialogue, text: str) -> None:
    assert message.from_user is not None
    await respond(bot, message.chat.id, message.from_user.id, state, dialogue, Text(text))


async def on_other(message: Message) -> None:
    await message.answer(texts.UNSUPPORTED)


def make_router() -> Router:
    router = Router(name="questions")
    router.message(F.text)(on_text)
    router.message()(on_other)
    return router
