"""The Telegram face: one router translating Telegram events into dialogue events.

Text and commands -> `Text`, button presses -> `Action`, documents and photos -> `Upload`
(downloaded here, read off the event loop with progress edits). Everything else -- which commands
exist, who may use them, what they answer -- is the dialogue's (`bot.dialogue.commands`)."""

from __future__ import annotations

import asyncio
import contextlib
import logging
import re
import tempfile
from html import escape
from pathlib import Path

import aiohttp
from aiogram import Bot, F, Router
from aiogram.exceptions import TelegramBadRequest, TelegramNetworkError
from aiogram.fsm.context import FSMContext
from aiogram.types import CallbackQuery, Message

from bot.config import Settings
from bot.dialogue import texts
from bot.dialogue.core import Action, Dialogue, Text, Upload
from bot.telegram.handoff import after_dialogue
from bot.telegram.respond import ProgressMessage, respond

log = logging.getLogger(__name__)

DOWNLOAD_FAILED = "Nie udało się pobrać pliku z Telegrama ({reason}). Spróbuj wysłać go ponownie."
INTERRUPTED = "Bot jest właśnie restartowany i nie dokończył czytania pliku „{name}”. Wyślij go ponownie za chwilę."


async def on_text(
    message: Message, bot: Bot, state: FSMContext, dialogue: Dialogue, settings: Settings, text: str
) -> None:
    """Commands and free text alike: the dialogue's command table decides."""
    assert message.from_user is not None
    outcome = await respond(bot, message.chat.id, message.from_user.id, state, dialogue, Text(text))
    await after_dialogue(bot, settings, dialogue, message.from_user, outcome, private=message.chat.type == "private")


async def on_button(query: CallbackQuery, bot: Bot, state: FSMContext, dialogue: Dialogue, settings: Settings) -> None:
    # Answer at once: Telegram shows a spinner on the button until we do.
    with contextlib.suppress(TelegramBadRequest):
        await query.answer()
    if not query.data or query.message is None:
        return
    outcome = await respond(bot, query.message.chat.id, query.from_user.id, state, dialogue, Action(query.data))
    private = query.message.chat.type == "private"
    await after_dialogue(bot, settings, dialogue, query.from_user, outcome, private=private)


async def on_other(message: Message) -> None:
    await message.answer(texts.UNSUPPORTED)


def safe_name(name: str | None, fallback: str) -> str:
    """The user's file name without path separators or control characters (it becomes a path).

    Separators are replaced, not split at: "<b>x</b>.pdf" keeps its whole name."""
    base = re.sub(r"[/\\]", "_", name or "")
    base = re.sub(r"[\x00-\x1f\x7f]", "", base).strip(" .")
    return base[:120] or fallback


async def on_upload(
    message: Message,
    bot: Bot,
    state: FSMContext,
    dialogue: Dialogue,
    settings: Settings,
    progress_interval: float = 1.0,
) -> None:
    assert message.from_user is not None
    if message.document is not None:
        file_id = message.document.file_id
        name = safe_name(message.document.file_name, "dokument")
        size = message.document.file_size or 0
    else:
        assert message.photo
        photo = message.photo[-1]  # the largest size: OCR needs the pixels
        file_id, size = photo.file_id, photo.file_size or 0
        name = f"zdjecie-{message.message_id}.jpg"
    user_id = message.from_user.id
    if size > settings.max_file_bytes:
        # Not downloaded at all: the dialogue answers from the declared size.
        await respond(bot, message.chat.id, user_id, state, dialogue, Upload(Path("/nonexistent"), name, size))
        return
    status = await message.answer(texts.READING.format(name=escape(name, quote=False)))
    folder_base = settings.uploads_dir / f"telegram-{user_id}"
    folder_base.mkdir(parents=True, exist_ok=True)
    folder = Path(tempfile.mkdtemp(prefix="upload-", dir=folder_base))
    target = folder / name
    try:
        file = await bot.get_file(file_id)
        if file.file_path is None:
            raise TelegramBadRequest(method=None, message="no file_path")  # type: ignore[arg-type]
        await bot.download_file(file.file_path, destination=target)
    except (TimeoutError, TelegramBadRequest, TelegramNetworkError, aiohttp.ClientError, OSError) as exc:
        # Never the exception text in the log or the reply: the file-server URL carries the token.
        log.warning("pobieranie pliku nie powiodło się: %s", type(exc).__name__)
        reason = download_reason(exc)
        with contextlib.suppress(TelegramBadRequest):
            await status.edit_text(DOWNLOAD_FAILED.format(reason=reason))
        import shutil

        shutil.rmtree(folder, ignore_errors=True)
        return
    progress = ProgressMessage(status, interval=progress_interval)
    size = target.stat().st_size
    try:
        await respond(
            bot, message.chat.id, user_id, state, dialogue, Upload(target, name, size), progress=progress, edit=status
        )
    except asyncio.CancelledError:
        # Shutdown abandoned this job: say so rather than leave "Czytam…" hanging.
        with contextlib.suppress(Exception):
            await asyncio.shield(status.edit_text(INTERRUPTED.format(name=escape(name, quote=False))))
        raise


def download_reason(exc: BaseException) -> str:
    """Why a file could not be fetched from Telegram, in Polish (the user's own words come next)."""
    if "too big" in str(exc):
        return "plik jest za duży"
    if isinstance(exc, aiohttp.ClientResponseError):
        return f"serwer plików Telegrama odpowiedział błędem {exc.status}"
    if isinstance(exc, TimeoutError | TelegramNetworkError | aiohttp.ClientConnectionError):
        return "brak połączenia z serwerem plików Telegrama"
    if isinstance(exc, OSError):
        return "nie udało się zapisać pliku na dysku serwera"
    return "błąd pobierania"


def make_router() -> Router:
    router = Router(name="grantbot")
    router.message(F.document | F.photo)(on_upload)
    router.message(F.text)(on_text)
    router.message()(on_other)
    router.callback_query()(on_button)
    return router
