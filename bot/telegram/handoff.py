"""Hand-off to a person in Telegram through the operators' forum group (issue 13).

The established pattern of aiogram support bots: a forum-enabled supergroup (OPERATORS_CHAT_ID)
with one topic per asker. When an asker asks for a person (the helpdesk feature's "handoff" reply)
the bot creates or reopens the asker's topic and posts the context there; from then on every
message of the asker is copied into the topic instead of being answered by the bot; an operator's
message in the topic (OPERATOR_IDS only) goes back to the asker as "Konsultant: …" and is recorded
on the inbox item; `/zamknij` in the topic ends it and the bot takes over again.

Which asker talks to whom lives in the database (`handoff_topic`), so it survives a restart and
is shared by every bot process. Without OPERATORS_CHAT_ID nothing here runs: a hand-off request
stays an inbox item answered from the panel or the CLI."""

from __future__ import annotations

import contextlib
import logging
from collections.abc import Callable
from html import escape
from typing import Any, TypeVar

from aiogram import Bot, F, Router
from aiogram.exceptions import TelegramAPIError, TelegramBadRequest, TelegramForbiddenError
from aiogram.types import Message, User

from bot.config import Settings
from bot.dialogue.core import Dialogue
from bot.dialogue.replies import Outcome
from services import helpdesk as desk
from storage import session_scope

log = logging.getLogger("grantbot.handoff")
T = TypeVar("T")

CONNECTED = (
    "Łączę Cię z konsultantem. Twoje kolejne wiadomości (tekst i pliki) przekazuję prosto do niego, "
    "a jego odpowiedzi zobaczysz tutaj z dopiskiem „Konsultant:”. Gdy konsultant zakończy rozmowę, "
    "znowu będę odpowiadać ja – bot."
)
ENDED = (
    "Konsultant zakończył rozmowę. Od teraz znowu odpowiadam ja – bot. "
    "Jeśli będziesz potrzebować konsultanta, napisz /konsultant."
)
MIRROR_FAILED = "Nie udało się przekazać tej wiadomości konsultantowi (błąd Telegrama). Wyślij ją ponownie za chwilę."
NOT_OPERATOR = (
    "Ta wiadomość nie trafi do pytającego: odpowiadać mogą tylko konsultanci z listy OPERATOR_IDS w konfiguracji bota."
)
NOT_ACTIVE = (
    "Ta rozmowa jest zakończona – wiadomość nie trafiła do pytającego. Pytający może znowu napisać /konsultant."
)
UNKNOWN_COMMAND = "Nie wysłałem tego pytającemu: w temacie działa tylko polecenie /zamknij (kończy rozmowę)."
ALREADY_ENDED = "Ta rozmowa jest już zakończona."
CLOSED = "Rozmowa zakończona – pytającemu znowu odpowiada bot, sprawa w skrzynce zamknięta."
BLOCKED = "Nie udało się dostarczyć wiadomości: pytający zablokował bota albo usunął rozmowę."
NOT_SENT = "Nie udało się dostarczyć wiadomości pytającemu (błąd Telegrama) – spróbuj ponownie."
CLOSE_COMMAND = "/zamknij"
BYPASS = ("/usun_dane", "/usundane", "/usuń_dane")  # the asker's commands the bot handles during a hand-off
PREFIX = "Konsultant:"
# Media whose caption the bot may set when copying (a sticker, for example, has none).
CAPTIONED = ("document", "photo", "video", "audio", "voice", "animation")


class Handoff:
    """The operators' group of one bot: database look-ups off the event loop, Bot API calls on it."""

    def __init__(self, settings: Settings, dialogue: Dialogue) -> None:
        assert settings.operators_chat_id is not None
        self.chat_id: int = settings.operators_chat_id
        self.settings = settings
        self.store = dialogue.store

    async def _db(self, fn: Callable[..., T], *args: Any, **kwargs: Any) -> T:
        """A change (or a read that must see the latest change) on the store's writer threads."""

        def run() -> T:
            with session_scope(self.store.engine) as session:
                return fn(session, *args, **kwargs)

        return await self.store.write(run)

    async def _look(self, fn: Callable[..., T], *args: Any) -> T:
        """A look-up on the reader threads (every private message asks one while a group is set)."""

        def run() -> T:
            with session_scope(self.store.engine) as session:
                return fn(session, *args)

        return await self.store.read(run)

    # -- the asker's side ----------------------------------------------------------------------

    async def active(self, user_id: int) -> desk.HandoffView | None:
        return await self._look(desk.active_handoff, self.chat_id, user_id)

    async def start(self, bot: Bot, user: User) -> bool:
        """Open (or reopen) the asker's topic with the context; False when the group refused."""
        item = await self._db(desk.latest_handoff_item, "telegram", user.id)
        topic = await self._db(desk.handoff_topic, self.chat_id, user.id)
        programme = item.programme if item is not None else None
        name = topic_name(user, programme)
        brief = brief_html(
            desk.handoff_brief(item, asker=asker_label(user), programme=programme, again=topic is not None)
        )
        try:
            thread = await self._topic(bot, topic, name)
            try:
                await self._post(bot, thread, brief)
            except TelegramBadRequest as exc:
                if "thread not found" not in str(exc).lower():
                    raise
                # The running hand-off's topic was deleted by an operator: a new one.
                thread = (await bot.create_forum_topic(self.chat_id, name)).message_thread_id
                await self._post(bot, thread, brief)
            # Recorded only once the operators can see it: a failed start leaves the bot in charge.
            await self._db(
                desk.start_handoff,
                chat_id=self.chat_id,
                thread_id=thread,
                external_id=user.id,
                name=name,
                inbox_item_id=item.id if item is not None else None,
            )
        except TelegramAPIError as exc:
            # Not a forum, the bot is no admin, Telegram down: the request stays in the inbox.
            log.warning("hand-off do grupy konsultantów nie powiódł się: %s", type(exc).__name__)
            return False
        await bot.send_message(user.id, escape(CONNECTED, quote=False))
        return True

    async def _topic(self, bot: Bot, topic: desk.HandoffView | None, name: str) -> int:
        """The asker's thread: the old one reopened when it still exists, else a new topic."""
        if topic is not None:
            if topic.active:
                return topic.thread_id
            try:
                await bot.reopen_forum_topic(self.chat_id, topic.thread_id)
                return topic.thread_id
            except TelegramBadRequest as exc:
                if "not_modified" in str(exc).lower():  # reopened by an operator already
                    return topic.thread_id
                log.info("temat %s nie istnieje, zakładam nowy", topic.thread_id)
        created = await bot.create_forum_topic(self.chat_id, name)
        return created.message_thread_id

    async def _post(self, bot: Bot, thread: int, html: str) -> None:
        await bot.send_message(self.chat_id, html, message_thread_id=thread)

    async def mirror(self, bot: Bot, message: Message, topic: desk.HandoffView) -> None:
        """The asker's message, copied into their topic (text, documents, photos alike)."""
        try:
            await self._copy_in(bot, message, topic.thread_id)
        except TelegramBadRequest as exc:
            if "thread not found" not in str(exc).lower():
                await self._mirror_failed(bot, message, exc)
                return
            # Operators deleted the topic while the hand-off ran: a new one, with the context again.
            assert message.from_user is not None
            item = await self._db(desk.latest_handoff_item, "telegram", message.from_user.id)
            try:
                created = await bot.create_forum_topic(self.chat_id, topic.name or topic_name(message.from_user, None))
                view = await self._db(
                    desk.start_handoff,
                    chat_id=self.chat_id,
                    thread_id=created.message_thread_id,
                    external_id=topic.external_id,
                    name=topic.name,
                    inbox_item_id=topic.inbox_item_id,
                )
                brief = desk.handoff_brief(item, asker=asker_label(message.from_user), programme=None, again=True)
                await self._post(bot, view.thread_id, brief_html(brief))
                await self._copy_in(bot, message, view.thread_id)
            except TelegramAPIError as again:
                await self._mirror_failed(bot, message, again)
        except TelegramAPIError as exc:
            await self._mirror_failed(bot, message, exc)

    async def _copy_in(self, bot: Bot, message: Message, thread: int) -> None:
        await bot.copy_message(self.chat_id, message.chat.id, message.message_id, message_thread_id=thread)

    async def _mirror_failed(self, bot: Bot, message: Message, exc: Exception) -> None:
        log.warning("nie przekazano wiadomości do tematu: %s", type(exc).__name__)
        with contextlib.suppress(TelegramAPIError):
            await bot.send_message(message.chat.id, escape(MIRROR_FAILED, quote=False))

    # -- the operators' side ---------------------------------------------------------------------

    async def operator_message(self, bot: Bot, message: Message) -> None:
        sender = message.from_user
        if sender is None or sender.is_bot or not has_content(message):
            return  # service messages (topic created/closed), the bot's own posts
        thread = message.message_thread_id if message.is_topic_message else None
        if not self.settings.is_operator(sender.id):
            await self._note(bot, thread, NOT_OPERATOR)
            return
        if thread is None:
            return  # the group's General topic: operators talking among themselves
        topic = await self._look(desk.handoff_by_thread, self.chat_id, thread)
        if topic is None:
            return  # a topic that belongs to no asker
        if is_close_command(message.text):
            await self.close(bot, thread)
            return
        if not topic.active:
            await self._note(bot, thread, NOT_ACTIVE)
            return
        if (message.text or "").startswith("/"):  # a mistyped command is no answer for the asker
            await self._note(bot, thread, UNKNOWN_COMMAND)
            return
        try:
            text = await self._deliver(bot, message, topic)
        except TelegramForbiddenError:
            await self._note(bot, thread, BLOCKED)
            return
        except TelegramAPIError as exc:
            log.warning("odpowiedź konsultanta nie dotarła: %s", type(exc).__name__)
            await self._note(bot, thread, NOT_SENT)
            return
        await self._db(desk.record_operator_reply, topic, text, operator=f"telegram:{sender.id}")

    async def _deliver(self, bot: Bot, message: Message, topic: desk.HandoffView) -> str:
        """Send the operator's message to the asker; returns what to record on the inbox item."""
        if message.text:
            await bot.send_message(topic.external_id, f"<b>{PREFIX}</b> {escape(message.text, quote=False)}")
            return message.text
        caption = message.caption or ""
        if any(getattr(message, kind, None) for kind in CAPTIONED):
            await bot.copy_message(
                topic.external_id,
                self.chat_id,
                message.message_id,
                caption=f"<b>{PREFIX}</b> {escape(caption, quote=False)}".rstrip(),
            )
        else:
            await bot.send_message(topic.external_id, f"<b>{PREFIX}</b>")
            await bot.copy_message(topic.external_id, self.chat_id, message.message_id)
        name = message.document.file_name if message.document is not None else None
        return " ".join(part for part in (caption, f"(plik: {name})" if name else "(plik)") if part)

    async def close(self, bot: Bot, thread: int) -> None:
        view = await self._db(desk.end_handoff, self.chat_id, thread)
        if view is None:
            await self._note(bot, thread, ALREADY_ENDED)
            return
        with contextlib.suppress(TelegramAPIError):  # a blocked bot still ends the hand-off
            await bot.send_message(view.external_id, escape(ENDED, quote=False))
        await self._note(bot, thread, CLOSED)
        with contextlib.suppress(TelegramBadRequest):  # closed already, or no right to manage topics
            await bot.close_forum_topic(self.chat_id, thread)

    async def _note(self, bot: Bot, thread: int | None, text: str) -> None:
        with contextlib.suppress(TelegramAPIError):
            await bot.send_message(self.chat_id, escape(text, quote=False), message_thread_id=thread)


# -- helpers ------------------------------------------------------------------------------------


def topic_name(user: User, programme: str | None) -> str:
    """ "Jan Kowalski · 12345 · CG" within Telegram's 128 characters."""
    parts = [user.full_name.strip() or "Użytkownik", str(user.id)]
    if programme:
        parts.append(programme.upper())
    name = " · ".join(parts)
    return name if len(name) <= 128 else name[:127] + "…"


def asker_label(user: User) -> str:
    handle = f", @{user.username}" if user.username else ""
    return f"{user.full_name} (Telegram {user.id}{handle})"


def brief_html(lines: list[str]) -> str:
    head, *rest = lines
    text = "\n".join([f"<b>{escape(head, quote=False)}</b>", *(escape(line, quote=False) for line in rest)])
    return text if len(text) <= 4000 else text[:3990] + "…"


def has_content(message: Message) -> bool:
    return bool(
        message.text
        or message.caption
        or message.sticker
        or message.contact
        or message.location
        or any(getattr(message, kind, None) for kind in CAPTIONED)
    )


def is_command(text: str | None, names: tuple[str, ...]) -> bool:
    """`/name` or `/name@bot`, with or without arguments."""
    if not text or not text.startswith("/"):
        return False
    return text.split()[0].split("@")[0].casefold() in names


def is_close_command(text: str | None) -> bool:
    return is_command(text, (CLOSE_COMMAND,))


def handoff_for(settings: Settings, dialogue: Dialogue) -> Handoff | None:
    """The operators' group when configured (OPERATORS_CHAT_ID), else None: inbox only."""
    return Handoff(settings, dialogue) if settings.operators_chat_id is not None else None


def wants_person(outcome: Outcome) -> bool:
    """The dialogue answered a request for a person (the helpdesk feature's hand-off reply)."""
    return any(reply.kind == "handoff" for reply in outcome.replies)


async def after_dialogue(
    bot: Bot, settings: Settings, dialogue: Dialogue, user: User, outcome: Outcome, *, private: bool
) -> None:
    """Called by the router after each dialogue turn: a hand-off request in a private chat opens the
    asker's topic (in other groups the operator's replies would have nowhere private to go)."""
    handoff = handoff_for(settings, dialogue)
    if handoff is not None and private and wants_person(outcome):
        await handoff.start(bot, user)


# -- the router ---------------------------------------------------------------------------------


def in_operators_chat(message: Message, settings: Settings) -> bool:
    return settings.operators_chat_id is not None and message.chat.id == settings.operators_chat_id


async def asker_in_handoff(message: Message, settings: Settings, dialogue: Dialogue) -> bool | dict[str, Any]:
    """A private message from someone talking to an operator: the topic goes to the handler.
    `/usun_dane` still reaches the bot: deleting one's data never waits for an operator."""
    handoff = handoff_for(settings, dialogue)
    if handoff is None or message.from_user is None or is_command(message.text, BYPASS):
        return False
    topic = await handoff.active(message.from_user.id)
    return {"handoff_topic": topic} if topic is not None else False


async def on_operators_chat(message: Message, bot: Bot, settings: Settings, dialogue: Dialogue) -> None:
    handoff = handoff_for(settings, dialogue)
    if handoff is not None:
        await handoff.operator_message(bot, message)


async def on_asker_message(
    message: Message, bot: Bot, settings: Settings, dialogue: Dialogue, handoff_topic: desk.HandoffView
) -> None:
    handoff = handoff_for(settings, dialogue)
    if handoff is not None:
        await handoff.mirror(bot, message, handoff_topic)


def make_handoff_router() -> Router:
    """Before the dialogue's router: the operators' group, and askers talking to an operator."""
    router = Router(name="handoff")
    router.message(in_operators_chat)(on_operators_chat)
    router.message(F.chat.type == "private", asker_in_handoff)(on_asker_message)
    return router
