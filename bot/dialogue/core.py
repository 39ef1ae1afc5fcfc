"""The conversation: one event and the user's session in, structured replies and the new session out.

No aiogram here: the Telegram bot and the terminal chat both call `Dialogue.handle`, so they
behave identically. `Dialogue` is only a dispatcher: commands come from the table in
`bot.dialogue.commands`, buttons by action prefix, free text through the features in order
(`bot.dialogue.features.*`). Storage is reached through `bot.dialogue.store.Store` (worker
threads, never the event loop); everything else through `Backends`.
"""

from __future__ import annotations

import asyncio
import logging
import re
import time
from collections.abc import Awaitable, Callable
from dataclasses import replace
from datetime import date, datetime
from typing import Any

from bot.dialogue import commands, texts
from bot.dialogue.backends import Backends
from bot.dialogue.commands import parse_command
from bot.dialogue.events import Action, Event, Text, Upload, UserRef
from bot.dialogue.features.base import Feature, Result, Turn, programme_name
from bot.dialogue.features.summary import noted
from bot.dialogue.parsing import (  # noqa: F401  (re-exported: tests and tools import them from here)
    clean,
    detect_programmes,
    grant_query,
    is_filler,
    is_no,
    is_yes,
    parse_money,
    programme_from_arg,
    strip_programmes,
    without_opener,
)
from bot.dialogue.parsing.agreement import agreement_said
from bot.dialogue.parsing.amounts import with_dates
from bot.dialogue.parsing.grants import capital_named
from bot.dialogue.parsing.numbered import counted_questions, numbered_questions, numbered_reference
from bot.dialogue.parsing.openers import asker_as_statement, same_programme_named, without_reason
from bot.dialogue.parsing.parties import for_party, ours_asked, parties_said
from bot.dialogue.parsing.statements import (
    programme_ahead,
    split_context,
    statement_level,
    statement_programme,
    statement_unit,
)
from bot.dialogue.replies import LogEntry, Outcome, Reply, reply, title
from bot.dialogue.session import Session, Topic
from bot.dialogue.store import Profile, Store
from knowledge.errors import GrantbotError
from storage import repo
from storage.types import utcnow

__all__ = ["Action", "Dialogue", "Event", "Text", "Upload", "UserRef", "parse_command", "render_statistics"]

log = logging.getLogger(__name__)

Progress = Callable[[int, int], Awaitable[None]]

# Lines kept in memory before the dialogue writes them itself (the flusher has fallen behind).
LOG_BACKLOG = 5000
# Free text is offered to the features in this order; the FAQ answers whatever is left.
TEXT_ORDER = (
    "summary",
    "account",
    "helpdesk",
    "shares",
    "settlement",
    "recall",
    "grant",
    "followup",
    "purchase",
    "steps",
    "faq",
)


def render_statistics(stats: repo.Statistics) -> Any:
    from bot.dialogue.features.helpdesk import render_statistics as render

    return render(stats)


class Dialogue:
    def __init__(self, backends: Backends) -> None:
        from bot.dialogue.features import (
            account,
            faq,
            followup,
            grant,
            helpdesk,
            purchase,
            recall,
            settlement,
            shares,
            steps,
            summary,
        )

        self.backends = backends
        self.store = Store(backends.engine)
        self._log: list[tuple[UserRef, LogEntry, int, datetime]] = []
        # Set by a face that flushes the log itself (the bot: a task writing from a thread).
        self.log_ready: Callable[[], None] | None = None
        self._writer: asyncio.Task[None] | None = None
        modules = (account, faq, followup, grant, helpdesk, purchase, recall, settlement, shares, steps, summary)
        self.features: dict[str, Feature] = {}
        for module in modules:
            feature = module.FEATURE(self)
            self.features[feature.name] = feature
        self._actions = {
            prefix: (feature, method)
            for feature in self.features.values()
            for prefix, method in feature.actions.items()
        }

    # The entry point for every face.
    async def handle(
        self, user: UserRef, session: Session, event: Event, *, progress: Progress | None = None
    ) -> tuple[Outcome, Session]:
        started = time.perf_counter()
        try:
            session = await self._restore(user, session)
            if isinstance(event, Upload):
                outcome, session = await self.features["settlement"].upload(  # type: ignore[attr-defined]
                    Turn(user, session), event, progress
                )
            elif isinstance(event, Action):
                outcome, session = await self.action(Turn(user, session), event.action)
            else:
                outcome, session = await self._text(Turn(user, session, clean(event.text)))
        except GrantbotError as exc:
            outcome = Outcome((reply(str(exc), kind="error"),), LogEntry("other", _describe(event)))
        except Exception:
            log.exception("dialogue failure for %s:%s", user.channel, user.id)
            outcome = Outcome((reply(texts.ERROR, kind="error"),))
        if outcome.log is not None:
            await self._record(user, outcome.log, int((time.perf_counter() - started) * 1000))
        # what this turn settled, for "podsumuj, co ustaliliśmy"
        return outcome, session.with_(notes=noted(session.notes, outcome.replies))

    def is_admin(self, user: UserRef) -> bool:
        return user.id in self.backends.admin_ids

    # -- dispatch ------------------------------------------------------------------------------

    async def _text(self, turn: Turn) -> Result:
        if not turn.text or not any(c.isalnum() or ord(c) > 0x2000 for c in turn.text) or is_filler(turn.text):
            # "", "?", "...", "hmm" – nothing to answer (the context stays as it was)
            return Outcome((reply(texts.EMPTY_MESSAGE),)), turn.session
        parsed = parse_command(turn.text)
        if parsed is not None:
            return await self.command(turn, *parsed)
        # "w przyszłym miesiącu", "trzy tygodnie temu": the dates they are today, for the programmes' dates
        said = capital_named(turn.text)  # "Urząd m.st. Warszawy": its dots end no sentence
        said = asker_as_statement(said)  # "wójt Bukowiny Tatrzańskiej pyta – …": who asks, said as a statement
        turn = Turn(turn.user, turn.session, with_dates(without_reason(without_opener(said)), date.today()))
        if (meant := _programme_in_context(turn)) is not None:
            # "ile oni mogą z tego samego programu": the programme talked about, named
            turn = Turn(turn.user, turn.session, same_programme_named(turn.text, programme_name(meant)))
        signed = agreement_said(turn.text)
        if signed is not None:  # "umowę podpisano 15.03.2022": the deadlines asked later count from it
            turn = turn.with_session(turn.session.with_(signed=signed))
        session = turn.session
        if session.pending is not None:
            owner = self.features.get(_PENDING_OWNER.get(session.pending.kind, ""))
            handled = await owner.pending(turn) if owner is not None else None
            if handled is not None:
                return handled
            turn = turn.with_session(session.with_(pending=None))
            if session.pending.kind == "unit" and not session.pending.interrupted:
                # A question in the middle of choosing a unit: answer it, and keep the choice open once.
                outcome, after = await self.free_text(turn)
                if after.pending is None:
                    after = after.with_(pending=replace(session.pending, interrupted=True))
                return outcome, after
        return await self.free_text(turn)

    async def free_text(self, turn: Turn) -> Result:
        turn = _party_meant(turn)
        ours = _OUR_PROGRAMME_AHEAD.match(turn.text)
        ahead = programme_ahead(turn.text)
        if ours is not None and turn.session.programme:
            # "wracając do naszego programu – a do kiedy projekt?": asked in the programme the user said is theirs
            ahead = (turn.session.programme, ours.group("rest"))
        if ahead is not None and (turn.session.topic is None or turn.session.topic.kind != "grant" or ours is not None):
            # "(wracając do) cyfrowego powiatu – ile netto kosztował jeden laptop?": the question, in that programme
            # (after a grant, "wracając do cg – ile tam wyszło?" is the grant's own follow-up)
            code, rest = ahead
            topic = turn.session.topic
            held = replace(topic, programme=code) if topic is not None else Topic("programme", programme=code)
            turn = Turn(turn.user, turn.session.with_(topic=held), rest)
        listed = numbered_questions(turn.text) or counted_questions(turn.text)
        if listed is not None:
            return await self._each_question(turn, *listed)
        referred = numbered_reference(turn.text) if turn.session.asked else None
        earlier = turn.session.asked_topic(referred[0]) if referred is not None else None
        if referred is not None and earlier is not None:
            # "a ta pierwsza rzecz – jak to policzyliście?": about that question's answer; alone, it again
            question, topic = earlier
            session = turn.session.with_(topic=topic)
            return await self.free_text(Turn(turn.user, session, referred[1] or question))
        session = turn.session
        if session.offer and (is_yes(turn.text) or is_no(turn.text)):
            if is_yes(turn.text):
                return await self.action(turn.with_session(turn.session.with_(offer="")), session.offer)
            return Outcome((reply(texts.OFFER_DECLINED),)), turn.session.with_(offer="")
        if is_yes(turn.text) or is_no(turn.text):
            return Outcome((reply(texts.YES_WITHOUT_QUESTION),), LogEntry("other", turn.text)), turn.session
        if len(turn.text) == 1 and turn.text.isdigit():
            # A menu number with no menu open: the FAQ would match it to any "załącznik nr 9".
            return Outcome((reply(texts.NUMBER_WITHOUT_MENU),)), turn.session
        for name in TEXT_ORDER:
            result = await self.features[name].text(turn)
            if result is not None:
                return result
        raise AssertionError("the FAQ feature answers every text")

    async def _each_question(self, turn: Turn, lead: str, questions: list[str]) -> Result:
        """ "Jestem z UGiM Krzeszowice, startujemy w CG i mam trzy pytania: 1) … 2) … 3) …": who writes and the
        programme first (what they set is noted), then every question answered in turn, under its number."""
        session = turn.session
        replies: list[Reply] = []
        log: LogEntry | None = None
        if lead and (split_context(lead) or statement_programme(lead) or statement_unit(lead) or statement_level(lead)):
            noted, session = await self.free_text(Turn(turn.user, session, lead))
            # what the statement set, without its offers and invitations (the questions follow)
            said = [
                replace(b, text=b.text.replace(texts.UNIT_NEXT, "").strip())
                for r in noted.replies
                for b in r.blocks
                if b.text.startswith("Zapamiętałem")
            ]
            replies += [reply(*said)] if said else []
            session = session.with_(offer="")
        elif lead and len(detect_programmes(lead)) == 1:
            # "wracając do cp – dwie rzeczy: …": the questions are that programme's
            back_to = detect_programmes(lead)[0]
            session = session.with_(programme=back_to, topic=Topic("programme", programme=back_to), offer="")
        answered_topics: list[tuple[str, Topic | None]] = []
        for number, question in enumerate(questions, 1):
            answered, session = await self.free_text(Turn(turn.user, session, question))
            replies += [reply(title(f"{number}) {question}")), *answered.replies]
            answered_topics.append((question, session.topic))
            log = log or answered.log
        return Outcome(tuple(replies), log), session.with_asked(answered_topics)

    async def command(self, turn: Turn, name: str, arg: str) -> Result:
        entry = LogEntry("command", f"/{name} {arg}".strip())
        turn = turn.with_session(turn.session.with_(pending=None, offer=""))
        command = commands.find(name)
        if command is None or (turn.user.channel not in command.faces and command.name != "plik"):
            return Outcome((reply(texts.UNKNOWN_COMMAND.format(command=f"/{name}")),), entry), turn.session
        if command.admin_only and not self.is_admin(turn.user):
            return Outcome((reply(texts.ADMIN_ONLY, kind="refused"),), entry), turn.session
        feature_name, _, method = command.handler.partition(".")
        outcome, session = await getattr(self.features[feature_name], method)(turn, arg)
        if outcome.log is None and method not in ("delete",):
            outcome = Outcome(outcome.replies, entry, outcome.ephemeral)
        return outcome, session

    async def action(self, turn: Turn, action: str) -> Result:
        kind, _, rest = action.partition(":")
        target = self._actions.get(kind)
        if target is None:
            return Outcome((reply(texts.UNKNOWN_COMMAND.format(command=action)),)), turn.session
        feature, method = target
        outcome, session = await getattr(feature, method)(turn, rest)
        if outcome.log is None and kind not in ("del",):
            outcome = Outcome(outcome.replies, LogEntry("command", f"[{action}]"), outcome.ephemeral)
        return outcome, session

    # -- persistence -------------------------------------------------------------------------

    async def _restore(self, user: UserRef, session: Session) -> Session:
        """A fresh FSM state (new process, Redis flushed) picks the profile up from the database."""
        if session.seen or session.programme or session.unit_code or session.pending:
            return session
        profile = await self.store.profile(user.channel, user.id)
        if profile is None or not (profile.programme or profile.unit_code):
            return session.with_(seen=True)
        return session.with_(
            programme=profile.programme, unit_code=profile.unit_code, unit_name=profile.unit_name, seen=True
        )

    async def save_profile(self, user: UserRef, session: Session) -> None:
        await self.store.save_profile(
            user.channel, user.id, Profile(session.programme, session.unit_code, session.unit_name)
        )

    async def _record(self, user: UserRef, entry: LogEntry, latency_ms: int) -> None:
        self._log.append((user, entry, latency_ms, utcnow()))
        if len(self._log) < self.backends.log_batch:
            return
        if self.backends.log_batch == 1:
            # Terminal and tests: each line written at once, in a worker thread.
            await self.store.write(self.write_log, self.take_log())
        elif self.log_ready is not None and len(self._log) < LOG_BACKLOG:
            self.log_ready()  # the face's flusher writes off the event loop
        else:
            self._start_writer()

    def _start_writer(self) -> None:
        """The dialogue's own background flusher, for callers without one (benchmarks, tests)."""
        if self._writer is None or self._writer.done():
            self._writer = asyncio.get_running_loop().create_task(self._write_pending())

    async def _write_pending(self) -> None:
        while len(self._log) >= self.backends.log_batch:
            await self.store.write(self.write_log, self.take_log())

    async def drain(self) -> None:
        """Write every pending log line (end of a terminal session, benchmarks)."""
        if self._writer is not None:
            await self._writer
        batch = self.take_log()
        if batch:
            await self.store.write(self.write_log, batch)

    def take_log(self) -> list[tuple[UserRef, LogEntry, int, datetime]]:
        """The pending log lines, handed over (call on the event loop's thread)."""
        batch, self._log = self._log, []
        return batch

    def forget_log(self, user: UserRef) -> None:
        """Lines not yet written would recreate a deleted user: drop them."""
        self._log = [line for line in self._log if line[0] != user]

    def flush(self) -> int:
        return self.write_log(self.take_log())

    def write_log(self, batch: list[tuple[UserRef, LogEntry, int, datetime]]) -> int:
        """Write log lines in one transaction (safe in a worker thread); returns how many were written."""
        if not batch:
            return 0
        lines = [
            repo.LogLine(
                channel=user.channel,
                external_id=user.id,
                kind=entry.kind,
                question=entry.question,
                created_at=when,
                answer_entry=entry.answer_entry,
                programme=entry.programme,
                abstained=entry.abstained,
                latency_ms=latency_ms,
                best_entry=entry.best_entry,
                score=entry.score,
            )
            for user, entry, latency_ms, when in batch
        ]
        try:
            return self.store.write_log(lines)
        except Exception:  # a lost log line must not lose the user's answer
            log.exception("could not record %d messages", len(batch))
            return 0


# "wracając do naszego programu – …", "w naszym programie: …": the user's own programme, then the question
_OUR_PROGRAMME_AHEAD = re.compile(
    r"(?i)^\W*(?:(?:a|i|no|to|dobra|ok)\W+)?(?:(?:wracaj\w*|wr[oó]\w*)\s+do\s+|w\s+)?nasz\w*\s+program\w*\s*"
    r"(?:[–—:,]|\s-\s)\s*(?P<rest>\S.+)$"
)

# Which feature answers a pending question of each kind.
_PENDING_OWNER = {
    "unit": "grant",
    "g": "grant",
    "grant_unit": "grant",
    "programme": "account",
    "report": "settlement",
    "delete": "account",
    "clear": "settlement",
    "which_programme": "followup",
    "feedback_reason": "helpdesk",
}


def _describe(event: Event) -> str:
    if isinstance(event, Text):
        return event.text
    if isinstance(event, Action):
        return f"[{event.action}]"
    return event.name


def _party_meant(turn: Turn) -> Turn:
    """Us and them in two programmes: "a starostwo chce laptopy z cs – a oni?" notes both and asks the last question
    in theirs; then "a oni firewall?" / "a u nas …?" are asked in the programme of the party meant."""
    session, topic = turn.session, turn.session.topic
    if topic is not None and topic.kind not in ("item", "faq", "programme"):
        return turn  # a grant or a report: "a oni w cs?", "a my?" are about units there
    ours = (topic.programme if topic is not None else "") or session.programme or ""
    said = parties_said(turn.text, ours)
    if said is not None:
        session = session.with_(parties=said)
        return Turn(turn.user, session, f"a w {said.partition(':')[2]}?")
    parties = session.parties
    if (
        not parties
        and session.programme
        and topic is not None
        and topic.programme
        and topic.programme != session.programme
        and ours_asked(turn.text)
    ):
        # "mamy umowę w CP", a neighbour's purchase in CS, then "a u nas NAS?": asked in our programme
        parties = f"{session.programme}:{topic.programme}"
    meant = for_party(turn.text, parties) if parties else None
    return Turn(turn.user, session, meant) if meant is not None else turn


def _programme_in_context(turn: Turn) -> str | None:
    """The programme of the previous turn's topic, else the profile's (for "z tego samego programu")."""
    topic = turn.session.topic
    return (topic.programme if topic is not None and topic.programme else None) or turn.session.programme or None
