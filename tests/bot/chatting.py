"""A conversation driven through the dialogue core as a face would: each message with the session the last reply
left (the tests of what the conversation keeps between turns share it)."""

from __future__ import annotations

import shutil
from pathlib import Path

from bot.dialogue.core import Dialogue, Text, UserRef
from bot.dialogue.events import Upload
from bot.dialogue.session import Session


class Chat:
    def __init__(self, dialogue: Dialogue, user: int = 23) -> None:
        self.dialogue, self.user, self.session = dialogue, UserRef("terminal", user), Session()

    async def say(self, text: str) -> str:
        outcome, self.session = await self.dialogue.handle(self.user, self.session, Text(text))
        return "\n".join(r.plain for r in outcome.replies)

    async def upload(self, path: Path) -> str:
        """The file sent as a face sends it: a copy the dialogue may consume, under the file's own name."""
        sent = path.with_name(f"upload-{path.name}")
        shutil.copy(path, sent)
        outcome, self.session = await self.dialogue.handle(
            self.user, self.session, Upload(sent, path.name, sent.stat().st_size)
        )
        return "\n".join(r.plain for r in outcome.replies)
