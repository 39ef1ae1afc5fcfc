"""Issue 13's "Done when", in one test: a user's unanswered question (fake Telegram, the real bot)
→ an inbox item with context → a staff answer in the web panel (real headless Chromium) → the
user receives it in Telegram (the bot's outbox, fake Bot API) → promote and approve → another
user's paraphrase gets the approved answer. Everything real but Telegram: the dialogue and FAQ
engine, a migrated SQLite file, the panel's aiohttp app, the browser."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator
from pathlib import Path

import pytest
from aiohttp import web
from sqlalchemy import Engine

from bot.config import Settings, load_settings
from bot.panel import create_app
from services import helpdesk
from storage import init_db, make_engine, session_scope
from tests.bot.botrun import running_bot
from tests.bot.conftest import TOKEN
from tests.bot.processes import free_port
from tests.bot.test_panel import _chromium_or_skip
from tests.fakes.telegram_server import FakeTelegram, Sent

ASKER = 810001
OTHER = 810002
KNOWN = "Jaki jest termin złożenia ankiety w Cyberbezpiecznym Samorządzie?"
UNKNOWN = "Czy pracownik urzędu może dostać premię za udział w projekcie CS?"
PARAPHRASE = "Czy premię dla pracownika urzędu za udział w projekcie można wypłacić w Cyberbezpiecznym Samorządzie?"
STAFF_ANSWER = "Premie nie są w katalogu wydatków CS; wynagrodzenia personelu projektu rozliczacie poza grantem."


@pytest.fixture
def settings(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Settings:
    monkeypatch.chdir(tmp_path)
    return load_settings(
        BOT_TOKEN=TOKEN,
        DATA_DIR=str(tmp_path / "var"),
        DATABASE_URL=f"sqlite:///{tmp_path / 'chain.sqlite3'}",
        JOB_TIME_LIMIT=60,
    )


@pytest.fixture
def engine(settings: Settings) -> AsyncIterator[Engine]:
    eng = make_engine(settings.effective_database_url)
    init_db(eng)
    yield eng  # type: ignore[misc]
    eng.dispose()


@pytest.fixture
async def panel(engine: Engine) -> AsyncIterator[tuple[str, str]]:
    """The panel as `grantbot panel` serves it (the FAQ engine's nearest entries)."""
    from bot.commands.helpdesk import faq_nearest

    with session_scope(engine) as db:
        password = helpdesk.add_staff(db, "ola")
    runner = web.AppRunner(create_app(engine, nearest=faq_nearest))
    await runner.setup()
    port = free_port()
    await web.TCPSite(runner, "127.0.0.1", port).start()
    try:
        yield f"http://127.0.0.1:{port}", password
    finally:
        await runner.cleanup()


async def _ask(fake: FakeTelegram, user: int, text: str) -> Sent:
    start = len(fake.sent)
    await fake.send_text(user, text)
    return await fake.wait_for(lambda s: s.chat_id == user and s.method == "sendmessage", after=start, timeout=60)


async def _logged(engine: Engine, question: str) -> None:
    """The bot writes its log in batches (twice a second): wait until the refusal is in."""
    from sqlmodel import select

    from storage.models import UnansweredQuestion

    for _ in range(100):
        with session_scope(engine) as db:
            if db.exec(select(UnansweredQuestion).where(UnansweredQuestion.question == question)).first():
                return
        await asyncio.sleep(0.1)
    raise AssertionError(f"the refusal of {question!r} was never logged")


async def test_unanswered_question_to_staff_answer_to_telegram_to_approved_knowledge(
    settings: Settings, engine: Engine, panel: tuple[str, str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from playwright.async_api import async_playwright

    from bot.dialogue.features import faq

    executable = _chromium_or_skip()
    monkeypatch.setattr(faq, "APPROVED_REFRESH", 0.5)  # 30 s in production; the test need not wait
    base, password = panel
    fake = FakeTelegram(TOKEN)
    await fake.start()
    try:
        async with running_bot(settings, engine, fake):
            # 1. The asker talks to the bot; the second question is one it cannot answer.
            known = await _ask(fake, ASKER, KNOWN)
            assert "Nie znam odpowiedzi" not in (known.text or "")
            refused = await _ask(fake, ASKER, UNKNOWN)
            assert "Nie znam odpowiedzi" in (refused.text or "")
            await _logged(engine, UNKNOWN)

            # 2-3. Staff find it in the panel with its context, answer it, promote and approve it.
            async with async_playwright() as p:
                browser = await p.chromium.launch(
                    executable_path=executable,
                    headless=True,
                    args=["--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking"],
                )
                try:
                    page = await browser.new_page(viewport={"width": 1280, "height": 800})
                    await page.goto(f"{base}/login")
                    await page.fill("input[name=login]", "ola")
                    await page.fill("input[name=password]", password)
                    await page.click("button[type=submit]")
                    await page.wait_for_url(f"{base}/inbox")
                    assert UNKNOWN in await page.inner_text("main")
                    await page.click("main a[href^='/inbox/']")
                    body = await page.inner_text("main")
                    assert KNOWN in body  # the turn before the refusal: the context
                    assert f"telegram:{ASKER}" in body
                    await page.fill("textarea[name=text]", STAFF_ANSWER)
                    await page.check("input[name=promote]")
                    await page.click("text=Wyślij odpowiedź")
                    assert "Odpowiedź zapisana" in await page.inner_text("main")

                    # 4. The asker receives it in Telegram, from the running bot's outbox.
                    delivered = await fake.wait_for(
                        lambda s: s.chat_id == ASKER and "Odpowiedź konsultanta" in (s.text or ""), timeout=30
                    )
                    assert f"„{UNKNOWN}”" in (delivered.text or "") and STAFF_ANSWER in (delivered.text or "")

                    await page.click("nav >> text=Szkice FAQ")
                    await page.click("main a[href^='/drafts/']")
                    await page.click("button[value=approve]")
                    assert "Szkic zatwierdzony" in await page.inner_text("main")
                finally:
                    await browser.close()

            with session_scope(engine) as db:
                (item,) = helpdesk.inbox(db, status="all")
                (entry,) = helpdesk.approved_entries(db)
            assert item.status == "answered" and item.question == UNKNOWN
            assert [turn["text"] for turn in item.context if turn["role"] == "user"][:1] == [KNOWN]

            # 5. Another user's paraphrase: the running bot answers with the approved staff answer.
            await asyncio.sleep(0.6)  # one (shortened) refresh of the approved entries
            other = await _ask(fake, OTHER, PARAPHRASE)
            assert STAFF_ANSWER in (other.text or "")
            assert "Nie znam odpowiedzi" not in (other.text or "")
            assert entry.id.startswith("konsultant-")
            delivered_all = [s for s in fake.sent if s.chat_id == ASKER and "Odpowiedź konsultanta" in (s.text or "")]
            assert len(delivered_all) == 1  # once, though the outbox kept running
    finally:
        await fake.stop()
    assert not fake.refused, fake.refused
