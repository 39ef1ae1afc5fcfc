"""`python -m bot` / `grantbot run`: the only place that assembles Bot and Dispatcher.

Polling by default; webhook mode when WEBHOOK_URL is set. With DATABASE_URL (PostgreSQL) and
REDIS_URL several processes can serve one token behind a proxy: nothing lives in the process
beyond caches.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
from typing import TYPE_CHECKING, Any
from urllib.parse import urlparse

from aiogram import BaseMiddleware, Bot, Dispatcher
from aiogram.client.default import DefaultBotProperties
from aiogram.client.session.aiohttp import AiohttpSession
from aiogram.client.telegram import TelegramAPIServer
from aiogram.enums import ParseMode
from aiogram.fsm.storage.base import BaseStorage
from aiogram.fsm.storage.memory import MemoryStorage
from aiogram.types import BotCommand, BotCommandScopeChat, BotCommandScopeDefault, ErrorEvent

from bot.config import ConfigError, Settings, check_redis, check_token, install_secret_filter, load_settings
from bot.dialogue import commands
from bot.dialogue.backends import Backends, build_backends
from bot.dialogue.core import Dialogue
from bot.dialogue.jobs import JobRunner
from bot.jobs.queue import QueueReader
from bot.telegram.middlewares import ChatScopeMiddleware
from bot.telegram.order import OrderedDispatcher
from bot.telegram.routers import all_routers

if TYPE_CHECKING:
    from aiohttp import web
    from sqlalchemy import Engine

log = logging.getLogger("grantbot")


# aiogram validates every API reply as Response[<return type>]. pydantic caches such generic
# classes only weakly, so each garbage collection drops them and the next reply rebuilds the
# schema (~10 ms, measured as ~1 ms per message in bench/bot.py). Strong references keep them.
_PINNED_RESPONSES: list[type] = []


def _pin_response_types() -> None:
    if _PINNED_RESPONSES:
        return
    from aiogram import methods
    from aiogram.methods.base import Response

    used = (
        methods.SendMessage,
        methods.EditMessageText,
        methods.SendDocument,
        methods.AnswerCallbackQuery,
        methods.GetUpdates,
        methods.GetMe,
        methods.GetFile,
        methods.SetMyCommands,
        methods.DeleteWebhook,
        methods.SetWebhook,
        methods.SendChatAction,
        methods.DeleteMyCommands,
        # the hand-off to operators (bot/telegram/handoff.py)
        methods.CopyMessage,
        methods.CreateForumTopic,
        methods.CloseForumTopic,
        methods.ReopenForumTopic,
    )
    for method in used:
        _PINNED_RESPONSES.append(Response[method.__returning__])  # type: ignore[name-defined]


def create_bot(settings: Settings) -> Bot:
    token = check_token(settings)
    _pin_response_types()
    session = (
        AiohttpSession(api=TelegramAPIServer.from_base(settings.telegram_api_url))
        if (settings.telegram_api_url)
        else AiohttpSession()
    )
    bot = Bot(
        token, session=session, default=DefaultBotProperties(parse_mode=ParseMode.HTML, link_preview_is_disabled=True)
    )
    from bot.ratelimit import install

    install(bot)  # 429 "retry after N": wait and send again instead of losing the reply
    return bot


def create_storage(settings: Settings, engine: Engine | None = None) -> BaseStorage:
    """Redis when configured; else the SQL database (a pending choice survives a restart)."""
    if settings.redis_url:
        from aiogram.fsm.storage.redis import RedisStorage

        return RedisStorage.from_url(settings.redis_url)
    if engine is not None:
        from bot.fsm_storage import SqlStorage

        return SqlStorage(engine)
    return MemoryStorage()


def create_runner(settings: Settings) -> JobRunner:
    """The in-process runner (kept for tests and embedders); the bot itself uses `create_reader`."""
    return JobRunner(workers=settings.workers, time_limit=settings.job_time_limit)


def create_reader(settings: Settings, engine: Engine) -> QueueReader:
    """Reading jobs on the durable queue; the bot runs the workers itself unless EMBEDDED_WORKER=false."""
    from bot.jobs.queue import build_reader

    return build_reader(settings, engine)


class ChatContextMiddleware(BaseMiddleware):
    """Remembers who sent the update being handled, so a queued reading job knows whom to tell
    after a crash (the dialogue's reader interface carries no chat)."""

    async def __call__(self, handler: Any, event: Any, data: dict[str, Any]) -> Any:
        from bot.jobs.queue import current_chat

        chat = data.get("event_chat")
        user = data.get("event_from_user")
        token = current_chat.set((chat.id if chat is not None else None, user.id if user is not None else None))
        try:
            return await handler(event, data)
        finally:
            current_chat.reset(token)


def create_dispatcher(
    settings: Settings,
    backends: Backends,
    runner: JobRunner | QueueReader | None,
    *,
    storage: BaseStorage | None = None,
    **data: Any,
) -> Dispatcher:
    dp = OrderedDispatcher(
        storage=storage or create_storage(settings, backends.engine), operators_chat_id=settings.operators_chat_id
    )
    dp["settings"] = settings
    dialogue = Dialogue(backends)
    dp["dialogue"] = dialogue
    dp["jobs"] = runner
    for key, value in data.items():
        dp[key] = value
    dp.message.outer_middleware(ChatScopeMiddleware())
    dp.update.outer_middleware(ChatContextMiddleware())
    dp.errors.register(answer_failure)
    for router in all_routers():
        dp.include_router(router)

    flusher: list[asyncio.Task[None]] = []
    log_ready = asyncio.Event()
    dialogue.log_ready = log_ready.set

    async def flush_log() -> None:
        # At least twice a second, sooner when a batch is full; always from a thread.
        while True:
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(log_ready.wait(), timeout=0.5)
            log_ready.clear()
            batch = dialogue.take_log()
            if batch:
                await asyncio.to_thread(dialogue.write_log, batch)

    pool = getattr(backends.faq_ask, "__self__", None)  # the FaqPool behind faq_ask, if any

    async def on_startup(bot: Bot) -> None:
        flusher.append(asyncio.create_task(flush_log()))
        if isinstance(runner, QueueReader):
            await recover_jobs(bot, settings, runner)
        if backends.engine is not None:  # staff answers from the panel/CLI reach Telegram askers
            from bot.outbox import run_outbox

            flusher.append(asyncio.create_task(run_outbox(backends.engine, bot)))
        if pool is not None:
            await pool.warm()
        await set_commands(bot, settings)
        me = await bot.me()
        log.info("grantbot @%s gotowy (%s)", me.username, settings.describe())

    async def on_shutdown() -> None:
        abandoned = await runner.shutdown(grace=min(settings.job_time_limit, 25.0)) if runner is not None else 0
        if abandoned:
            log.warning("zamknięcie: przerwano %d zadań", abandoned)
        for task in flusher:
            task.cancel()
        dialogue.flush()
        if pool is not None:
            pool.close()

    dp.startup.register(on_startup)
    dp.shutdown.register(on_shutdown)
    return dp


FAILURE_TEXT = (
    "⚠️ Chwilowa awaria po naszej stronie – nie udało się obsłużyć tej wiadomości. "
    "Spróbuj ponownie za minutę; jeśli to pilne, zadzwoń na infolinię programu (/kontakt)."
)


async def answer_failure(event: ErrorEvent, bot: Bot) -> bool:
    """Last resort for an update that failed (Redis or the database down, a bug): tell the user.

    The failure is logged (through the secret filter); the user gets a Polish sentence instead of
    silence. Sending may itself fail (Telegram unreachable): then there is nobody to tell.
    """
    log.error(
        "nieobsłużony błąd przy aktualizacji %s: %s",
        event.update.update_id,
        type(event.exception).__name__,
        exc_info=event.exception,
    )
    update = event.update
    chat_id: int | None = None
    if update.message is not None:
        chat_id = update.message.chat.id
    elif update.callback_query is not None and update.callback_query.message is not None:
        chat_id = update.callback_query.message.chat.id
    if chat_id is None:
        return True
    try:
        await bot.send_message(chat_id, FAILURE_TEXT)
    except Exception:  # Telegram itself unreachable: logged above, nothing more to do
        log.warning("nie udało się powiadomić użytkownika o awarii")
    return True


async def set_commands(bot: Bot, settings: Settings) -> None:
    public = [BotCommand(command=name, description=desc) for name, desc in commands.telegram_menu(admin=False)]
    everything = [BotCommand(command=name, description=desc) for name, desc in commands.telegram_menu(admin=True)]
    await bot.set_my_commands(public, scope=BotCommandScopeDefault())
    for admin in sorted(settings.admin_ids):
        try:
            await bot.set_my_commands(everything, scope=BotCommandScopeChat(chat_id=admin))
        except Exception:  # an admin who never opened the bot has no chat yet
            log.info("nie ustawiono poleceń dla administratora %s", admin)


async def recover_jobs(bot: Bot, settings: Settings, reader: QueueReader) -> None:
    """Start-up: start the embedded workers, then tell users whose file a crashed bot was reading."""
    reader.start()

    async def notify(chat_id: int, text: str) -> None:
        await bot.send_message(chat_id, text)

    try:
        await reader.recover(
            notify,
            uploads_dir=settings.uploads_dir,
            keep_uploads=settings.keep_uploads,
            sweep_all_uploads=settings.database_url is None,
        )
    except Exception:
        log.exception("odzyskiwanie przerwanych zadań nie powiodło się")


def assemble(settings: Settings) -> tuple[Bot, Dispatcher, QueueReader]:
    from bot.jobs.lifeline import preload_forkserver
    from storage import init_db, make_engine

    # FAQ workers come from multiprocessing's forkserver: tie them to this process (kill -9 safe).
    preload_forkserver()
    engine = make_engine(settings.effective_database_url)
    init_db(engine)
    reader = create_reader(settings, engine)
    backends = build_backends(settings, engine=engine, reader=reader, log_batch=64, faq_workers=settings.faq_workers)
    bot = create_bot(settings)
    return bot, create_dispatcher(settings, backends, reader), reader


async def run_polling(settings: Settings) -> None:
    bot, dp, _runner = assemble(settings)
    try:
        await bot.delete_webhook(drop_pending_updates=False)
        await dp.start_polling(bot, handle_signals=True, close_bot_session=True)
    finally:
        await bot.session.close()


def build_webhook_app(settings: Settings, bot: Bot, dp: Dispatcher) -> web.Application:
    from aiogram.webhook.aiohttp_server import SimpleRequestHandler, setup_application
    from aiohttp import web

    assert settings.webhook_url is not None
    path = urlparse(settings.webhook_url).path or settings.webhook_path
    secret = settings.webhook_secret.get_secret_value() if settings.webhook_secret else None
    app = web.Application()
    SimpleRequestHandler(dispatcher=dp, bot=bot, secret_token=secret).register(app, path=path)

    async def health(_request: web.Request) -> web.Response:
        return web.Response(text="ok")

    app.router.add_get("/healthz", health)

    async def register_webhook(bot: Bot) -> None:
        await bot.set_webhook(settings.webhook_url or "", secret_token=secret, drop_pending_updates=False)

    dp.startup.register(register_webhook)
    setup_application(app, dp, bot=bot)
    return app


def run_webhook(settings: Settings) -> None:
    from aiohttp import web

    bot, dp, _runner = assemble(settings)
    app = build_webhook_app(settings, bot, dp)
    web.run_app(app, host=settings.webhook_host, port=settings.webhook_port, print=None, shutdown_timeout=30.0)


def main(settings: Settings | None = None) -> int:
    settings = settings or load_settings()
    check_token(settings)  # before the database and worker processes are set up
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(levelname)s %(name)s: %(message)s")
    install_secret_filter(settings)  # every handler: the token is in file-download URLs
    check_redis(settings)  # a dead Redis would otherwise swallow every message after "gotowy"
    # aiohttp's access log would print webhook paths; keep it quiet.
    logging.getLogger("aiohttp.access").setLevel(logging.WARNING)
    logging.getLogger("alembic").setLevel(logging.WARNING)
    logging.getLogger("huey").setLevel(logging.WARNING)  # the queue consumer's start-up chatter
    from aiogram.exceptions import TelegramNetworkError, TelegramUnauthorizedError

    try:
        if settings.webhook_url:
            run_webhook(settings)
        else:
            asyncio.run(run_polling(settings))
    except TelegramUnauthorizedError:
        log.error("Telegram odrzucił token (BOT_TOKEN). Sprawdź go u @BotFather (/token).")
        return 2
    except TelegramNetworkError:
        log.error("Brak połączenia z serwerem Telegram. Sprawdź sieć albo uruchom bez BOT_TOKEN (terminal).")
        return 1
    return 0


def _main_module() -> int:
    """`python -m bot`: configuration errors as a Polish sentence and exit 2, like `grantbot run`."""
    import sys

    try:
        return main()
    except ConfigError as exc:
        print(f"błąd: {exc}", file=sys.stderr)
        return 2


if __name__ == "__main__":
    raise SystemExit(_main_module())
