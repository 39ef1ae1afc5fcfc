"""aiohttp application of the staff panel.

Security: staff accounts with argon2 hashes (`grantbot helpdesk add-staff`), a random session token
in an HttpOnly, SameSite=Strict cookie (only its SHA-256 is stored), a CSRF token in every form and
checked on every POST, a login rate limit shared through the database, Jinja2 autoescaping on every
page, and a Content-Security-Policy without scripts. Database work runs in threads, never on the
event loop.
"""

from __future__ import annotations

import asyncio
import csv
import io
import json
import secrets
from collections.abc import Awaitable, Callable
from datetime import timedelta
from pathlib import Path
from typing import Any

import jinja2
from aiohttp import web
from sqlalchemy import Engine

from bot.commands.helpdesk import csv_cell
from services import helpdesk
from storage import session_scope

COOKIE = "grantbot_panel"
TEMPLATES = Path(__file__).parent / "templates"
PROGRAMMES = {"cg": "Cyfrowa Gmina", "cp": "Cyfrowy Powiat", "cs": "Cyberbezpieczny Samorząd"}
STATUS_PL = {"open": "otwarte", "answered": "z odpowiedzią", "closed": "zamknięte", "all": "wszystkie"}
ORIGIN_PL = {"refused": "bez odpowiedzi", "feedback": "zła ocena odpowiedzi", "handoff": "prośba o konsultanta"}
DRAFT_PL = {"draft": "szkic", "approved": "zatwierdzony", "rejected": "odrzucony"}
CSP = (
    "default-src 'none'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; form-action 'self'; "
    "frame-ancestors 'none'; base-uri 'none'"
)

NearestFactory = Callable[[], helpdesk.NearestFn | None]
STAFF_KEY: web.RequestKey[str] = web.RequestKey("staff", str)
CSRF_KEY: web.RequestKey[str] = web.RequestKey("csrf", str)
Handler = Callable[[web.Request], Awaitable[web.StreamResponse]]


def _env() -> jinja2.Environment:
    env = jinja2.Environment(
        loader=jinja2.FileSystemLoader(TEMPLATES), autoescape=True, undefined=jinja2.StrictUndefined
    )
    env.globals.update(PROGRAMMES=PROGRAMMES, STATUS_PL=STATUS_PL, ORIGIN_PL=ORIGIN_PL, DRAFT_PL=DRAFT_PL)
    return env


class Panel:
    def __init__(
        self,
        engine: Engine,
        *,
        nearest: NearestFactory | None = None,
        secure_cookies: bool = False,
        login_limit: int = 5,
    ) -> None:
        self.engine = engine
        self.templates = _env()
        self._nearest_factory = nearest
        self._nearest: helpdesk.NearestFn | None = None
        self.secure_cookies = secure_cookies
        self.login_limit = login_limit

    # -- helpers ---------------------------------------------------------------------------------
    async def db(self, work: Callable[[Any], Any]) -> Any:
        """Run `work(session)` in a thread inside one transaction."""

        def run() -> Any:
            with session_scope(self.engine) as session:
                return work(session)

        return await asyncio.to_thread(run)

    def nearest(self) -> helpdesk.NearestFn | None:
        if self._nearest is None and self._nearest_factory is not None:
            self._nearest = self._nearest_factory()
        return self._nearest

    def page(self, request: web.Request, template: str, http_status: int = 200, **context: Any) -> web.Response:
        staff = request.get(STAFF_KEY)
        html = self.templates.get_template(template).render(
            staff=staff, csrf=request.get(CSRF_KEY, ""), flash=request.query.get("ok", ""), **context
        )
        return web.Response(text=html, content_type="text/html", charset="utf-8", status=http_status)

    # -- middleware ------------------------------------------------------------------------------
    @web.middleware
    async def guard(self, request: web.Request, handler: Handler) -> web.StreamResponse:
        public = request.path in ("/login", "/healthz") or request.path.startswith("/static/")
        token = request.cookies.get(COOKIE)
        found = await self.db(lambda s: _session_tuple(helpdesk.find_session(s, token))) if token else None
        if found is not None:
            request[STAFF_KEY], request[CSRF_KEY] = found
        if not public and found is None:
            if request.method != "GET":
                raise web.HTTPForbidden(text="Sesja wygasła – zaloguj się ponownie.")
            raise web.HTTPFound("/login")
        if request.method == "POST" and request.path != "/login":
            form = await request.post()
            sent = str(form.get("csrf", "")).encode("utf-8", "replace")
            if not found or not secrets.compare_digest(sent, found[1].encode()):
                raise web.HTTPForbidden(
                    text="Brak lub zły token formularza (CSRF) – odśwież stronę i spróbuj ponownie."
                )
        response = await handler(request)
        response.headers.setdefault("Content-Security-Policy", CSP)
        response.headers.setdefault("X-Content-Type-Options", "nosniff")
        response.headers.setdefault("Referrer-Policy", "no-referrer")
        response.headers.setdefault("Cache-Control", "no-store")
        return response

    # -- pages -----------------------------------------------------------------------------------
    async def login_form(self, request: web.Request) -> web.Response:
        if request.get(STAFF_KEY):
            raise web.HTTPFound("/inbox")
        return self.page(request, "login.html", error=None)

    async def login(self, request: web.Request) -> web.StreamResponse:
        form = await request.post()
        login, password = str(form.get("login", "")).strip(), str(form.get("password", ""))
        peer = request.remote or "?"
        key = f"{login.casefold()}|{peer}"

        def attempt(session: Any) -> tuple[str, str] | str:
            if helpdesk.login_blocked(session, key, limit=self.login_limit):
                return "blocked"
            if not helpdesk.verify_staff(session, login, password):
                helpdesk.record_failed_login(session, key)
                return "bad"
            return helpdesk.start_session(session, login)

        result = await self.db(attempt)
        if result == "blocked":
            return self.page(
                request,
                "login.html",
                http_status=429,
                error="Zbyt wiele nieudanych prób logowania. Spróbuj ponownie za 15 minut.",
            )
        if result == "bad":
            return self.page(request, "login.html", http_status=401, error="Zły login lub hasło.")
        token, _csrf = result
        response = web.Response(status=302, headers={"Location": "/inbox"})
        response.set_cookie(
            COOKIE,
            token,
            httponly=True,
            samesite="Strict",
            secure=self.secure_cookies,
            max_age=int(timedelta(hours=8).total_seconds()),
            path="/",
        )
        return response

    async def logout(self, request: web.Request) -> web.StreamResponse:
        token = request.cookies.get(COOKIE)
        await self.db(lambda s: helpdesk.end_session(s, token))
        response = web.Response(status=302, headers={"Location": "/login"})
        response.del_cookie(COOKIE, path="/")
        return response

    async def inbox(self, request: web.Request) -> web.Response:
        status = request.query.get("status", "open")
        programme = request.query.get("programme") or None
        if status not in STATUS_PL:
            status = "open"
        if programme not in PROGRAMMES:
            programme = None
        grouped = request.query.get("view") == "groups"
        nearest = self.nearest()

        def load(session: Any) -> list[helpdesk.InboxView]:
            helpdesk.sync_inbox(session, nearest)
            return helpdesk.inbox(session, status=status, programme=programme)

        views = await self.db(load)
        groups: dict[int, list[helpdesk.InboxView]] = {}
        for view in views:
            groups.setdefault(view.group_id or view.id, []).append(view)
        return self.page(
            request,
            "inbox.html",
            items=views,
            groups=list(groups.values()),
            grouped=grouped,
            status=status,
            programme=programme or "",
        )

    async def item(self, request: web.Request) -> web.Response:
        item_id = _int(request.match_info["item_id"])

        try:
            current, group = await self.db(lambda s: helpdesk.item_view(s, item_id))
        except helpdesk.HelpdeskError:
            raise web.HTTPNotFound(text="Nie ma takiego pytania.") from None
        return self.page(request, "item.html", item=current, group=group, error=None)

    async def answer(self, request: web.Request) -> web.StreamResponse:
        item_id = _int(request.match_info["item_id"])
        form = await request.post()
        text = str(form.get("text", ""))
        whole_group = form.get("whole_group") == "1"
        promote = form.get("promote") == "1"
        citation = str(form.get("citation", ""))
        staff = request[STAFF_KEY]

        def work(session: Any) -> int | None:
            reply = helpdesk.answer(session, item_id, text, staff=staff, whole_group=whole_group)
            if promote:
                return helpdesk.promote(session, reply.id or 0, citation=citation).id
            return None

        try:
            draft_id = await self.db(work)
        except helpdesk.HelpdeskError as exc:
            raise web.HTTPBadRequest(text=str(exc)) from None
        note = "Odpowiedź zapisana i wysłana do pytających." + (
            f" Utworzono szkic FAQ nr {draft_id}." if draft_id else ""
        )
        raise web.HTTPFound(f"/inbox/{item_id}?ok={_q(note)}")

    async def close(self, request: web.Request) -> web.StreamResponse:
        item_id = _int(request.match_info["item_id"])
        await self.db(lambda s: helpdesk.close_item(s, item_id))
        raise web.HTTPFound(f"/inbox?ok={_q('Pytanie zamknięte.')}")

    async def drafts(self, request: web.Request) -> web.Response:
        status = request.query.get("status") or None
        if status not in DRAFT_PL:
            status = None
        views = await self.db(lambda s: helpdesk.drafts(s, status=status))
        return self.page(request, "drafts.html", drafts=views, status=status or "")

    async def draft(self, request: web.Request) -> web.Response:
        draft_id = _int(request.match_info["draft_id"])
        views = await self.db(lambda s: helpdesk.drafts(s))
        view = next((d for d in views if d.id == draft_id), None)
        if view is None:
            raise web.HTTPNotFound(text="Nie ma takiego szkicu.")
        return self.page(request, "draft.html", draft=view)

    async def draft_save(self, request: web.Request) -> web.StreamResponse:
        draft_id = _int(request.match_info["draft_id"])
        form = await request.post()
        action = str(form.get("action", "save"))
        staff = request[STAFF_KEY]
        questions = [line for line in str(form.get("questions", "")).splitlines() if line.strip()]

        def work(session: Any) -> None:
            helpdesk.edit_draft(
                session,
                draft_id,
                questions=questions,
                answer_text=str(form.get("answer", "")),
                programme=str(form.get("programme", "")),
                citation=str(form.get("citation", "")),
            )
            if action in ("approve", "reject"):
                helpdesk.decide(session, draft_id, approve=action == "approve", staff=staff)

        try:
            await self.db(work)
        except helpdesk.HelpdeskError as exc:
            raise web.HTTPBadRequest(text=str(exc)) from None
        note = {"approve": "Szkic zatwierdzony – bot odpowiada nim w ciągu minuty.", "reject": "Szkic odrzucony."}.get(
            action, "Zapisano zmiany."
        )
        raise web.HTTPFound(f"/drafts?ok={_q(note)}")

    async def stats(self, request: web.Request) -> web.Response:
        from storage import repo

        def load(session: Any) -> tuple[Any, helpdesk.HelpdeskStats]:
            return repo.statistics(session, days=14), helpdesk.helpdesk_stats(session)

        usage, desk = await self.db(load)
        return self.page(request, "stats.html", usage=usage, desk=desk, charts=_charts(usage, desk))

    async def export_csv(self, request: web.Request) -> web.Response:
        views = await self.db(lambda s: helpdesk.inbox(s, status="all"))
        out = io.StringIO()
        writer = csv.writer(out, delimiter=";", lineterminator="\n")
        writer.writerow(
            ["id", "data", "program", "status", "źródło", "pytanie", "użytkownik", "najbliższe_wpisy", "odpowiedź"]
        )
        for v in views:
            writer.writerow(
                [
                    v.id,
                    v.asked_at,
                    v.programme or "",
                    v.status,
                    v.origin,
                    csv_cell(v.question),
                    v.user or "",
                    ", ".join(f"{n['entry_id']} ({n['score']:.2f})" for n in v.nearest),
                    csv_cell(v.answer or ""),
                ]
            )
        return web.Response(
            body=("\ufeff" + out.getvalue()).encode("utf-8"),
            content_type="text/csv",
            charset="utf-8",
            headers={"Content-Disposition": 'attachment; filename="skrzynka.csv"'},
        )

    async def health(self, _request: web.Request) -> web.Response:
        return web.Response(text="ok")

    async def root(self, _request: web.Request) -> web.StreamResponse:
        raise web.HTTPFound("/inbox")


def _session_tuple(row: Any) -> tuple[str, str] | None:
    return (row.staff_login, row.csrf) if row is not None else None


def _int(text: str) -> int:
    try:
        return int(text)
    except ValueError:
        raise web.HTTPNotFound(text="Nie ma takiej strony.") from None


def _q(text: str) -> str:
    from urllib.parse import quote

    return quote(text)


def _bars(values: list[tuple[str, float]], *, width: int = 560, height: int = 160, unit: str = "") -> dict[str, Any]:
    """Bar-chart geometry for an inline SVG (no JavaScript: the CSP allows none)."""
    top = max((v for _, v in values), default=0) or 1
    step = width / max(len(values), 1)
    bars = [
        {
            "x": round(i * step + 2, 1),
            "w": round(max(step - 4, 2), 1),
            "h": round(v / top * (height - 20), 1),
            "y": round(height - v / top * (height - 20), 1),
            "label": label,
            "value": v,
            "unit": unit,
        }
        for i, (label, v) in enumerate(values)
    ]
    return {"bars": bars, "width": width, "height": height}


def _charts(usage: Any, desk: helpdesk.HelpdeskStats, *, days: int = 14) -> dict[str, Any]:
    """Chart data over a fixed window of `days` (days without questions are zero, not missing)."""
    from datetime import UTC, datetime

    by_day = {d.day: d for d in usage.days}
    today = datetime.now(UTC).date()
    window = [today - timedelta(days=n) for n in range(days - 1, -1, -1)]
    questions = [(day.strftime("%d.%m"), float(by_day[day].questions) if day in by_day else 0.0) for day in window]
    refused = [
        (
            day.strftime("%d.%m"),
            round(100 * by_day[day].abstained / by_day[day].questions, 1)
            if day in by_day and by_day[day].questions
            else 0.0,
        )
        for day in window
    ]
    feedback_total = desk.thumbs_up + desk.thumbs_down
    return {
        "questions": _bars(questions),
        "refused": _bars(refused, unit=" %"),
        "thumbs_down_rate": round(100 * desk.thumbs_down / feedback_total, 1) if feedback_total else None,
        "top": [(q, c) for q, c in usage.top_unanswered],
    }


PANEL_KEY: web.AppKey[Panel] = web.AppKey("panel", Panel)


def create_app(
    engine: Engine, *, nearest: NearestFactory | None = None, secure_cookies: bool = False, login_limit: int = 5
) -> web.Application:
    panel = Panel(engine, nearest=nearest, secure_cookies=secure_cookies, login_limit=login_limit)
    app = web.Application(middlewares=[panel.guard], client_max_size=256 * 1024)
    app[PANEL_KEY] = panel
    app.router.add_get("/", panel.root)
    app.router.add_get("/healthz", panel.health)
    app.router.add_get("/login", panel.login_form)
    app.router.add_post("/login", panel.login)
    app.router.add_post("/logout", panel.logout)
    app.router.add_get("/inbox", panel.inbox)
    app.router.add_get("/inbox/{item_id}", panel.item)
    app.router.add_post("/inbox/{item_id}/answer", panel.answer)
    app.router.add_post("/inbox/{item_id}/close", panel.close)
    app.router.add_get("/drafts", panel.drafts)
    app.router.add_get("/drafts/{draft_id}", panel.draft)
    app.router.add_post("/drafts/{draft_id}", panel.draft_save)
    app.router.add_get("/stats", panel.stats)
    app.router.add_get("/export.csv", panel.export_csv)
    return app


def to_json(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False)
