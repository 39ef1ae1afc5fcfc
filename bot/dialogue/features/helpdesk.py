"""The helpdesk in the conversation (issue 13): 👍/👎 on answers (👎 opens an inbox item and asks
for an optional reason), "chcę porozmawiać z konsultantem" (a hand-off request in the inbox),
staff answers shown to terminal users, and /statystyki for administrators (admin-only in the
command table; the dispatcher refuses others)."""

from __future__ import annotations

import re
from typing import Any, ClassVar

from bot.dialogue.features.base import Feature, Result, Turn, context_programme, done
from bot.dialogue.replies import Button, LogEntry, Reply, code, item, note, reply, title
from bot.dialogue.session import Pending
from knowledge.programmes import contact_lines, programmes
from services import helpdesk as desk
from storage import repo, session_scope

FEEDBACK_BUTTONS = (Button("👍 Pomocna", "fb:up"), Button("👎 Do poprawy", "fb:down"))
HANDOFF = re.compile(
    r"\b(porozmawia\w*|rozmawia\w*|rozmow\w*|po[lł][aą]cz\w*|skontaktuj\w*|przeka[zż]\w*|om[oó]wi\w*|pogada\w*|"
    r"wol[eę]\w*)\b.{0,30}"
    r"\b(konsultant\w*|cz[lł]owiek\w*|operator\w*|pracownik\w*|osob\w*|infolini\w*|kim[sś]|[zż]yw\w+)",
    re.IGNORECASE,
)
# "to nie jest odpowiedź na moje pytanie", "nie o to pytałem", "to mi nic nie mówi": the answer missed
UNHAPPY = re.compile(
    r"(?i)^\W*(?:(?:ale|no|hmm|eee|sorry|przepraszam)\W+)*(?:to\s+)?(?:"
    r"nie\s+(?:jest\s+)?odpowied[zź]\w*\s+na\s+(?:moje\s+)?pytani\w*|nie\s+o\s+to\s+(?:pyta\w*|mi\s+chodzi\w*)|"
    r"(?:mi\s+)?nic\s+nie\s+(?:m[oó]wi|daje|wyja[sś]nia)|nie\s+pomog[lł]\w*|nie\s+odpowiedzia[lł]\w*(?:\s+na\s+\w+)?|"
    r"(?:odpowied[zź]\s+)?(?:jest\s+)?(?:b[lł][eę]dn\w*|nie\s+na\s+temat|bez\s+sensu)"
    r")\W*$"
)
SKIP = re.compile(r"^\s*(pomi[nń]|nie|bez|-|brak)\b", re.IGNORECASE)


def _contacts(programme: str | None) -> str:
    return contact_lines([programme] if programme else [c.value for c in programmes()])


class Helpdesk(Feature):
    name = "helpdesk"
    actions: ClassVar[dict[str, str]] = {"fb": "on_feedback"}

    # -- 👍/👎 ---------------------------------------------------------------------------------
    async def on_feedback(self, turn: Turn, rating: str) -> Result:
        topic = turn.session.topic
        if rating not in ("up", "down") or topic is None or topic.kind != "faq" or not topic.subject:
            return done(turn, reply("Nie wiem, której odpowiedzi dotyczy ocena – zadaj pytanie jeszcze raz."))
        value = 1 if rating == "up" else -1
        feedback_id = await self.store.write(
            self._feedback,
            turn.user.channel,
            turn.user.id,
            topic.subject,
            topic.entry or None,
            topic.programme or None,
            value,
        )
        log = LogEntry("feedback", f"[{'👍' if value > 0 else '👎'}] {topic.subject}", answer_entry=topic.entry or None)
        if value > 0:
            return done(turn, reply("Dziękuję za ocenę!"), log=log)
        pending = Pending("feedback_reason", unit_code=str(feedback_id))
        return done(
            turn,
            reply(
                "Dziękuję – przekazałem to konsultantom infolinii, sprawdzą tę odpowiedź. "
                "Napisz jednym zdaniem, czego zabrakło albo co jest nie tak (albo „pomiń”)."
            ),
            log=log,
            session=turn.session.with_(pending=pending),
        )

    def _feedback(
        self, channel: str, external_id: int, question: str, entry: str | None, programme: str | None, rating: int
    ) -> int:
        with session_scope(self.store.engine) as session:
            user = repo.get_or_create_user(session, channel, external_id)
            row = desk.record_feedback(
                session,
                user_id=user.id,
                question=question,
                answer=entry or "",
                rating=rating,
                entry_id=entry,
                programme=programme,
                nearest_fn=self._nearest(),
            )
            return int(row.id or 0)

    async def pending(self, turn: Turn) -> Result | None:
        waiting = turn.session.pending
        if waiting is None or waiting.kind != "feedback_reason":
            return None
        session = turn.session.with_(pending=None)
        if SKIP.match(turn.text):
            return done(turn, reply("Dobrze."), session=session)
        await self.store.write(self._reason, int(waiting.unit_code or 0), turn.text)
        return done(
            turn, reply("Dziękuję, dopisałem to do zgłoszenia."), session=session, log=LogEntry("feedback", turn.text)
        )

    def _reason(self, feedback_id: int, text: str) -> None:
        with session_scope(self.store.engine) as session:
            desk.add_feedback_reason(session, feedback_id, text)

    # -- "chcę porozmawiać z konsultantem" ------------------------------------------------------
    async def text(self, turn: Turn) -> Result | None:
        if UNHAPPY.match(turn.text):
            # "to nie jest odpowiedź na moje pytanie" after an answer: a 👎 for the staff to review (and what was
            # missing asked), or – after anything else – the question handed to them
            topic = turn.session.topic
            if topic is not None and topic.kind == "faq" and topic.subject:
                return await self.on_feedback(turn, "down")
            return await self.handoff(turn, "")
        if not HANDOFF.search(turn.text):
            return None
        return await self.handoff(turn, "")

    async def handoff(self, turn: Turn, arg: str) -> Result:
        topic = turn.session.topic
        question = arg.strip() or (topic.subject if topic is not None and topic.subject else turn.text)
        programme = context_programme(turn)
        await self.dialogue.drain()  # the asker's last turns are in the log before the item copies them
        await self.store.write(self._handoff, turn.user.channel, turn.user.id, question, programme)
        where = "tutaj, w tej rozmowie" if turn.user.channel == "telegram" else "przy następnym uruchomieniu rozmowy"
        text = (
            f"Przekazałem Twoją sprawę konsultantom infolinii („{question}”). Odpowiedź pojawi się {where}. "
            "Jeśli to pilne, zadzwoń lub napisz:\n" + _contacts(programme)
        )
        return done(
            turn, reply(text, kind="handoff"), log=LogEntry("handoff", turn.text or question, programme=programme)
        )

    def _handoff(self, channel: str, external_id: int, question: str, programme: str | None) -> None:
        with session_scope(self.store.engine) as session:
            user = repo.get_or_create_user(session, channel, external_id)
            desk.open_item(
                session,
                question=question,
                origin="handoff",
                user_id=user.id,
                programme=programme,
                nearest_fn=self._nearest(),
            )

    def _nearest(self) -> desk.NearestFn | None:
        rank = getattr(self.backends.faq, "rank", None)
        return desk.nearest_from(rank) if rank is not None else None

    # -- staff answers for terminal users (Telegram users get them from the bot's outbox) -------
    async def staff_answers(self, channel: str, external_id: int) -> list[str]:
        if channel == "telegram":
            return []
        return await self.store.write(self._take_answers, channel, external_id)

    def _take_answers(self, channel: str, external_id: int) -> list[str]:
        with session_scope(self.store.engine) as session:
            waiting = desk.pending_deliveries(session, channel=channel, external_id=external_id)
            for delivery in waiting:
                desk.mark_delivered(session, delivery.id)
            return [d.text for d in waiting]

    async def statistics(self, turn: Turn, arg: str) -> Result:
        await self.dialogue.drain()
        stats = await self.store.statistics()
        return done(turn, render_statistics(stats))


def render_statistics(stats: repo.Statistics) -> Reply:
    blocks: list[Any] = [title("Statystyki")]
    blocks.append(
        item(
            f"Pytania: {stats.questions}, bez odpowiedzi: {stats.abstained} ({stats.abstention_rate:.0%}).".replace(
                "%", " %"
            )
        )
    )
    blocks.append(
        item(f"Użytkownicy: {stats.users}; sprawdzone dokumenty: {stats.documents_checked}; raporty: {stats.reports}.")
    )
    blocks.append(
        item(
            f"Pozycje faktur w raportach: {stats.items_checked}, niekwalifikowalne: "
            f"{stats.ineligible_items} ({stats.ineligible_share:.0%}).".replace("%", " %")
        )
    )
    if stats.median_latency_ms is not None:
        blocks.append(item(f"Mediana czasu odpowiedzi: {stats.median_latency_ms} ms."))
    if stats.days:
        lines = [f"{d.day:%Y-%m-%d}  pytań {d.questions:4d}  bez odpowiedzi {d.abstained:4d}" for d in stats.days]
        blocks.append(title("Pytania dziennie (14 dni)"))
        blocks.append(code("\n".join(lines)))
    if stats.top_unanswered:
        blocks.append(title("Najczęstsze pytania bez odpowiedzi"))
        blocks += [item(f"{count}× {question}") for question, count in stats.top_unanswered]
        blocks.append(note("Pełna lista: grantbot helpdesk export-unanswered --csv"))
    return reply(*blocks, kind="stats")


FEATURE = Helpdesk
