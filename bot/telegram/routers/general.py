"""/start, /pomoc, /program, /jst, /kontakt, /usun_dane and unknown commands."""

from __future__ import annotations

from aiogram import Bot, Router
from aiogram.filters import Command, CommandStart
from aiogram.fsm.context import FSMContext
from aiogram.types import Message

from bot.dialogue.core import Dialogue, Text
from bot.telegram.respond import respond


async def on_command(message: Message, bot: Bot, state: FSMContext, dialogue: Dialogue, text: str) -> None:
    assert message.from_user is not None
    await respond(bot, message.chat.id, message.from_user.id, state, dialogue, Text(text))


def make_router() -> Router:
    router = Router(name="general")
    router.message(CommandStart())(on_command)
    router.message(Command("pomoc", "help", "program", "jst", "kontakt", "usun_dane", "anuluj"))(on_command)
    return router
