"""The golden dev dialogues (tests/dialogues/dev) through the Telegram face, against the fake Bot API,
compared turn by turn with the terminal face over the same dialogue core.

The faces must behave identically: each turn is right in Telegram exactly when it is right in the
terminal (`/plik PATH` becomes a document upload, a bare number presses the button it names), and
the share of right turns is at least the golden ratchet's floor (about 20 s: everything in-process).
"""

from __future__ import annotations

import asyncio
import html
import io
import re
from pathlib import Path
from typing import Any

import pytest

from tests.bot.conftest import Telegram
from tests.dialogues.runner import check_turn, load_part
from tests.dialogues.test_golden import FLOOR_PERCENT

# Turns whose right answer differs by face on purpose: how to send a file ("/plik PATH" in the
# terminal, the paperclip in Telegram).
FACE_SPECIFIC = {("set-help-mentions-files", "/start"), ("set-help-mentions-files", "/pomoc")}

MIME = {".pdf": "application/pdf", ".xml": "application/xml", ".jpg": "image/jpeg", ".png": "image/png"}


@pytest.fixture(scope="module")
def files_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    from tests.dialogues.files import make_files

    return make_files(tmp_path_factory.mktemp("dialogue-files"))


def _plain(text: str) -> str:
    return html.unescape(re.sub(r"</?[a-z]+>", "", text))


class TelegramUser:
    """Plays one user in Telegram: sends a line, waits until every update it caused is handled."""

    def __init__(self, telegram: Telegram, user: int, done: asyncio.Queue[None]) -> None:
        self.telegram, self.user, self.done = telegram, user, done
        self.buttons: list[tuple[Any, str]] = []  # (message, action) of the last reply with buttons

    async def turn(self, line: str) -> str:
        fake = self.telegram.fake
        start = len(fake.sent)
        updates = 1
        if line.startswith("/plik"):
            paths = [Path(p) for p in line.removeprefix("/plik").split()]
            for path in paths:  # one after another, as the terminal reads them: two reads in flight
                # would finish in either order, and the replies (set counts) with them
                await fake.send_document(self.user, path.read_bytes(), path.name, MIME.get(path.suffix, "text/plain"))
                await asyncio.wait_for(self.done.get(), timeout=120)
            updates = 0
        elif line.isdigit() and self.buttons and 1 <= int(line) <= len(self.buttons):
            message, action = self.buttons[int(line) - 1]
            await fake.press(self.user, message, action)
        else:
            await fake.send_text(self.user, line)
        for _ in range(updates):
            await asyncio.wait_for(self.done.get(), timeout=120)
        texts: dict[int, str] = {}
        order: list[int] = []
        fresh: list[tuple[Any, str]] = []
        for sent in fake.sent[start:]:
            if sent.chat_id != self.user or sent.method not in ("sendmessage", "editmessagetext", "senddocument"):
                continue
            key = sent.message_id if sent.method != "senddocument" else -len(order) - 1
            if key not in texts:
                order.append(key)
            labels = "\n".join(f"[{n}] {label}" for n, (label, _) in enumerate(sent.buttons, len(fresh) + 1))
            texts[key] = _plain(sent.text or "") + ("\n" + labels if labels else "")
            fresh += [(sent, data) for _, data in sent.buttons]
        if fresh:
            self.buttons = fresh
        return "\n".join(texts[k] for k in order if "Czytam" not in texts[k][:12])


async def test_dev_dialogues_answer_alike_in_telegram_and_in_the_terminal(
    telegram: Telegram, backends, settings, files_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    import bot.telegram.router as router
    from bot.dialogue.core import Dialogue
    from bot.dialogue.terminal import TerminalChat

    done: asyncio.Queue[None] = asyncio.Queue()
    original = router.respond

    async def respond(*args: Any, **kwargs: Any) -> None:
        try:
            await original(*args, **kwargs)
        finally:
            done.put_nowait(None)

    monkeypatch.setattr(router, "respond", respond)
    terminal_dialogue = Dialogue(backends)
    total = right = 0
    differences = []
    for number, dialogue in enumerate(load_part("dev")):
        user = 700000 + number
        face = TelegramUser(telegram, user, done)
        chat = TerminalChat(settings, user_id=user, backends=backends)
        for turn in dialogue.turns:
            line = turn.say.replace("{files}", str(files_dir))
            in_telegram = check_turn(turn, await face.turn(line))
            out = io.StringIO()
            await chat.turn(terminal_dialogue, line, out, False)
            in_terminal = check_turn(turn, out.getvalue().strip())
            total += 1
            if (dialogue.id, turn.say) in FACE_SPECIFIC:
                assert "spinacz" in in_telegram.reply and "/plik" in in_terminal.reply
                right += in_terminal.ok
                continue
            right += in_telegram.ok
            if in_telegram.ok != in_terminal.ok:
                differences.append((dialogue.id, turn.say, in_telegram.reply[:300], in_terminal.reply[:300]))
    share = 100 * right / total
    print(f"Telegram face, dev dialogues: {right}/{total} turns right = {share:.1f} %")
    assert not differences, differences[:5]
    assert share >= FLOOR_PERCENT
