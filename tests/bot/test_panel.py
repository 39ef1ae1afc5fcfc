"""The staff web panel end to end in a real headless Chromium (Debian's `chromium`, driven by
Playwright from PyPI, no browser download): login, inbox with context, answering with a FAQ draft,
approving it; and the security edges over plain HTTP: CSRF-less POSTs refused, login rate limit,
escaping, cookies. The answer then reaches the Telegram asker through the bot's outbox."""

from __future__ import annotations

import os
import shutil
from collections.abc import AsyncIterator
from pathlib import Path

import pytest
from aiohttp import ClientSession, CookieJar, web
from sqlalchemy import Engine

from bot.panel import create_app
from services import helpdesk
from storage import init_db, make_engine, repo, session_scope
from tests.bot.conftest import TOKEN
from tests.bot.processes import free_port
from tests.fakes.telegram_server import FakeTelegram

CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
ASKER = 777001


def _chromium_or_skip() -> str:
    if Path(CHROMIUM).exists():
        return CHROMIUM
    if os.environ.get("CI") == "true":
        pytest.fail("chromium missing in CI (make test installs it with apt-get)")
    pytest.skip("Debian's chromium is not installed (apt-get install chromium)")


def fake_nearest() -> helpdesk.NearestFn:
    return lambda question, programme: [("cs-ankieta-termin", 0.37)]


@pytest.fixture
def engine(tmp_path: Path) -> Engine:
    eng = make_engine(f"sqlite:///{tmp_path / 'panel.sqlite3'}")
    init_db(eng)
    with session_scope(eng) as db:
        user = repo.get_or_create_user(db, "telegram", ASKER)
        repo.log_message(
            db,
            user,
            kind="faq",
            question="czy laptop jest kwalifikowalny w CS?",
            answer_entry="cs-laptop",
            programme="cs",
            latency_ms=2,
        )
        repo.log_message(
            db,
            user,
            kind="faq",
            question="Czy możemy kupić drona <script>alert(1)</script> w CS?",
            programme="cs",
            abstained=True,
            latency_ms=2,
        )
    return eng


@pytest.fixture
async def panel(engine: Engine) -> AsyncIterator[tuple[str, str]]:
    with session_scope(engine) as db:
        password = helpdesk.add_staff(db, "ola")
    app = create_app(engine, nearest=fake_nearest, login_limit=3)
    runner = web.AppRunner(app)
    await runner.setup()
    port = free_port()
    site = web.TCPSite(runner, "127.0.0.1", port)
    await site.start()
    try:
        yield f"http://127.0.0.1:{port}", password
    finally:
        await runner.cleanup()


async def _login(client: ClientSession, base: str, password: str) -> None:
    async with client.post(
        f"{base}/login", data={"login": "ola", "password": password}, allow_redirects=False
    ) as response:
        assert response.status == 302, await response.text()
        cookie = response.headers["Set-Cookie"]
        assert "HttpOnly" in cookie and "SameSite=Strict" in cookie


async def test_post_without_csrf_token_is_refused(panel: tuple[str, str], engine: Engine) -> None:
    base, password = panel
    async with ClientSession(cookie_jar=CookieJar(unsafe=True)) as client:  # cookies from 127.0.0.1
        await _login(client, base, password)
        async with client.get(f"{base}/inbox") as response:  # syncs the refused question into the inbox
            page = await response.text()
            assert response.status == 200
            assert "&lt;script&gt;alert(1)&lt;/script&gt;" in page and "<script>alert" not in page
            assert "script-src" not in response.headers["Content-Security-Policy"]  # no scripts at all
        with session_scope(engine) as db:
            item_id = helpdesk.inbox(db)[0].id
        for data in ({"text": "odpowiedź"}, {"text": "odpowiedź", "csrf": "zgadnięty"}):
            async with client.post(f"{base}/inbox/{item_id}/answer", data=data, allow_redirects=False) as response:
                assert response.status == 403
                assert "CSRF" in await response.text()
    with session_scope(engine) as db:
        assert helpdesk.inbox(db)[0].status == "open"  # nothing was answered


async def test_login_is_rate_limited_and_pages_need_a_session(panel: tuple[str, str]) -> None:
    base, password = panel
    async with ClientSession(cookie_jar=CookieJar(unsafe=True)) as client:  # cookies from 127.0.0.1
        async with client.get(f"{base}/inbox", allow_redirects=False) as response:
            assert response.status == 302 and response.headers["Location"] == "/login"
        for _ in range(3):
            async with client.post(f"{base}/login", data={"login": "ola", "password": "złe"}) as response:
                assert response.status == 401 and "Zły login lub hasło" in await response.text()
        async with client.post(f"{base}/login", data={"login": "ola", "password": password}) as response:
            assert response.status == 429 and "Zbyt wiele" in await response.text()


async def test_staff_answers_in_a_real_browser_and_the_asker_receives_it(
    panel: tuple[str, str], engine: Engine, tmp_path: Path
) -> None:
    from playwright.async_api import async_playwright

    executable = _chromium_or_skip()
    base, password = panel
    async with async_playwright() as p:
        browser = await p.chromium.launch(
            executable_path=executable,
            headless=True,
            args=[
                "--no-sandbox",
                "--disable-gpu",
                "--disable-quic",
                "--no-first-run",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
            ],
        )
        try:
            page = await browser.new_page(viewport={"width": 1280, "height": 800})
            await page.goto(f"{base}/inbox")
            assert page.url.endswith("/login")
            await page.fill("input[name=login]", "ola")
            await page.fill("input[name=password]", password)
            await page.click("button[type=submit]")
            await page.wait_for_url(f"{base}/inbox")
            assert "Czy możemy kupić drona <script>alert(1)</script> w CS?" in await page.inner_text("main")
            await page.screenshot(path=str(tmp_path / "inbox.png"), full_page=True)

            await page.click("main a[href^='/inbox/']")
            body = await page.inner_text("main")
            assert "czy laptop jest kwalifikowalny w CS?" in body  # the conversation before the refusal
            assert "cs-ankieta-termin" in body  # the nearest entry
            await page.fill("textarea[name=text]", "Drony nie są wymienione w schemacie CS – zapytaj operatora.")
            await page.check("input[name=promote]")
            await page.click("text=Wyślij odpowiedź")
            assert "Odpowiedź zapisana" in await page.inner_text("main")

            await page.click("nav >> text=Szkice FAQ")
            await page.click("main a[href^='/drafts/']")
            await page.fill("input[name=citation]", "schemat CS, pkt 2")
            await page.click("button[value=approve]")
            assert "Szkic zatwierdzony" in await page.inner_text("main")

            await page.click("nav >> text=Statystyki")
            assert "Pytania dziennie" in await page.inner_text("main")
            await page.set_viewport_size({"width": 390, "height": 844})  # a phone
            await page.screenshot(path=str(tmp_path / "stats-phone.png"), full_page=True)
        finally:
            await browser.close()

    with session_scope(engine) as db:
        assert [v.status for v in helpdesk.inbox(db, status="all")] == ["answered"]
        (entry,) = helpdesk.approved_entries(db)
    assert entry.citation == "schemat CS, pkt 2" and entry.programme == "cs"

    # The asker gets it in Telegram, once, through the bot's outbox.
    from aiogram import Bot

    from bot.outbox import deliver_once

    fake = FakeTelegram(TOKEN)
    await fake.start()
    bot = Bot(TOKEN, session=_session(fake.base_url))
    try:
        assert await deliver_once(engine, bot) == 1
        assert await deliver_once(engine, bot) == 0
        (sent,) = [s for s in fake.sent if s.chat_id == ASKER]
        assert (sent.text or "").startswith("Odpowiedź konsultanta na Twoje pytanie „Czy możemy kupić drona")
        assert "Drony nie są wymienione" in (sent.text or "")
    finally:
        await bot.session.close()
        await fake.stop()


def _session(base_url: str):  # type: ignore[no-untyped-def]
    from aiogram.client.session.aiohttp import AiohttpSession
    from aiogram.client.telegram import TelegramAPIServer

    return AiohttpSession(api=TelegramAPIServer.from_base(base_url))
