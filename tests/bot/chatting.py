"""A conversation driven through the dialogue core as a face would: each message with the session the last reply
left (the tests of what the conversation keeps between turns share it)."""

from __future__ import annotations

from bot.dialogue.core import Dialogue, Text, UserRef
from bot.dialogue.session import Session


class Chat:
    def __init__(self, dialogue: Dialogue, user: int = 23) -> None:
        self.dialogue, self.user, self.session = dialogue, UserRef("terminal", user), Session()

    async def say(self, text: str) -> str:
        outcome, self.session = await self.dialogue.handle(self.user, self.session, Text(text))
        return "\n".join(r.plain for r in outcome.replies)
