"""The conversation: one event and the user's session in, structured replies and the new session out.

No aiogram here: the Telegram bot and the terminal chat both call `Dialogue.handle`, so they
behave identically. Storage is reached through `storage.repo`; everything else through `Services`.
"""

from __future__ import annotations

import hashlib
import logging
import re
import shutil
import time
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from datetime import datetime
from decimal import Decimal, InvalidOperation
from functools import lru_cache
from pathlib import Path
from typing import Any

from bot.dialogue import texts
from bot.dialogue.replies import (
    Button,
    LogEntry,
    Outcome,
    OutFile,
    Reply,
    code,
    item,
    note,
    reply,
    short_label,
    title,
)
from bot.dialogue.services import Services
from bot.dialogue.session import Choice, Pending, Session
from grants.calculator import num
from grants.importer import check_index
from knowledge.errors import GrantbotError
from knowledge.programmes import ProgrammeCode, get_programme, programmes
from storage import repo, session_scope
from storage.types import utcnow

log = logging.getLogger(__name__)

Progress = Callable[[int, int], Awaitable[None]]


# -- incoming events ------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class UserRef:
    channel: str  # "telegram" | "terminal"
    id: int


@dataclass(frozen=True, slots=True)
class Text:
    text: str


@dataclass(frozen=True, slots=True)
class Action:
    action: str  # a Button.action the user pressed


@dataclass(frozen=True, slots=True)
class Upload:
    path: Path  # a local copy the face saved; deleted after processing unless KEEP_UPLOADS
    name: str  # the file name the user sent
    size: int


Event = Text | Action | Upload


# -- pure helpers ----------------------------------------------------------------------------------

_COMMAND = re.compile(r"^/([A-Za-z_ąćęłńóśźżĄĆĘŁŃÓŚŹŻ]+)(?:@\w+)?(?:\s+(.*))?$", re.DOTALL)
_COMMAND_ALIASES = {
    "help": "pomoc",
    "sprawdź": "sprawdz",
    "usundane": "usun_dane",
    "usuń_dane": "usun_dane",
    "stats": "statystyki",
    "anuluj": "anuluj",
    "cancel": "anuluj",
    "programy": "program",
}
_GRANT_WORDS = re.compile(
    r"\b(grant\w*|dofinansowan\w*|dotacj\w*|kwot\w*|ile\s+(?:pieni\w+|dostani\w+|dostanie|otrzyma\w*|"
    r"przysługuje|wynosi))\b",
    re.IGNORECASE,
)
_UNIT_AFTER = re.compile(
    r"\b(?:dla|w|we)\s+((?:gmin\w*|powiat\w*|miast\w*|wojew[oó]dztw\w*|jst)\b.*|\d[\d\s-]{1,12}\d)$",
    re.IGNORECASE,
)
_CODE_ONLY = re.compile(r"^\d{2}(?:[\s-]?\d{2}(?:[\s-]?\d{2,3}[\s-]?\d?)?)?$")
_NUMBER = re.compile(r"(?<![\d,.])(\d{1,3}(?:[ \u00a0]\d{3})+|\d+)(?:[.,](\d{1,2}))?(?![\d])")


def parse_command(text: str) -> tuple[str, str] | None:
    """'/grant@grantbot 0201' -> ('grant', '0201'); None for ordinary text."""
    match = _COMMAND.match(text.strip())
    if not match:
        return None
    name = match.group(1).lower()
    return _COMMAND_ALIASES.get(name, name), (match.group(2) or "").strip()


# Every inflected form ("w Cyfrowej Gminie", "Cyfrowym Powiecie"), beyond the aliases in the rules.
# NUL, other controls and zero-width characters: a line of only these is an empty message.
_INVISIBLE = re.compile(r"[\x00-\x08\x0b-\x1f\x7f\u200b-\u200f\u2060\ufeff]")
# Markup pasted from web pages or other chats: "<b>Czy</b> laptop…" is the same question.
_TAG = re.compile(r"</?[A-Za-z][A-Za-z0-9-]*(?:\s[^<>]{0,200})?/?>")
_DONT_KNOW = re.compile(
    r"(?i)^\W*(?:nie\s+(?:wiem|znam|mam|pamiętam|pamietam)|brak|skąd|skad|gdzie|jak\b|co\s+to|czym\s+jest|"
    r"\?+$|pomocy|nie\s+jestem\s+pew)")
_PROGRAMME_WORDS = (("cyber", "cs"), ("bezpiecz", "cs"), ("gmin", "cg"), ("powia", "cp"), ("powie", "cp"))


def programme_from_arg(raw: str) -> str:
    """'/program 3', '/program cyberbezpieczny', '/program gmina' -> a code; else `raw` unchanged."""
    text = raw.strip().casefold()
    codes = [c.value for c in programmes()]  # menu order
    if text.isdigit() and 1 <= int(text) <= len(codes):
        return codes[int(text) - 1]
    named = detect_programmes(raw)
    if named:
        return named[0]
    if text in codes:
        return text
    words = re.findall(r"\w+", text)
    for prefix, code_ in _PROGRAMME_WORDS:
        if any(w.startswith(prefix) for w in words):
            return code_
    return raw


_PROGRAMME_FORMS = {
    "cg": r"cyfrow\w*\s+gmin\w*",
    "cp": r"cyfrow\w*\s+powi\w*",
    "cs": r"cyber\w*\s+samorz\w*|cybersamorz\w*",
}


def detect_programmes(text: str) -> list[str]:
    """Programme codes named in the text ('w CS', 'Cyfrowy Powiat'), in programme order."""
    folded = " " + re.sub(r"[^\w]+", " ", text.casefold()) + " "
    found = []
    for code_, programme in programmes().items():
        if re.search(_PROGRAMME_FORMS[code_.value], folded) or any(
                f" {alias.casefold()} " in folded for alias in programme.aliases):
            found.append(code_.value)
    return found


def strip_programmes(text: str) -> str:
    """'0201 cs' -> '0201', 'Kościerzyna w Cyfrowej Gminie' keeps only the unit part."""
    result = f" {text} "
    for code_, programme in programmes().items():
        forms = [_PROGRAMME_FORMS[code_.value], *(re.escape(a) for a in sorted(programme.aliases, key=len,
                                                                               reverse=True))]
        for form in forms:
            result = re.sub(rf"(?i)(?<!\w)(?:(?:w|we|dla|z)\s+)?(?:{form})(?!\w)", " ", result)
    return " ".join(result.split()) or text.strip()


def parse_money(text: str) -> Decimal | None:
    """'1 523,45 zł' -> Decimal('1523.45'); None when there is no single clear number."""
    cleaned = text.strip().lower().removeprefix("g").strip(" =:")
    cleaned = re.sub(r"\s*(zł|zl|pln)\.?$", "", cleaned)
    matches = _NUMBER.findall(cleaned)
    if len(matches) != 1 or _NUMBER.sub("", cleaned).strip():
        return None
    whole, fraction = matches[0]
    try:
        value = Decimal(whole.replace(" ", "").replace("\u00a0", "") + ("." + fraction if fraction else ""))
    except InvalidOperation:
        return None
    return value if value > 0 else None


def grant_query(text: str) -> str | None:
    """The unit part of a grant request ('Ile wynosi grant dla gminy Kościerzyna?'), or None."""
    stripped = text.strip().rstrip("?!. ")
    if _CODE_ONLY.match(stripped):
        return stripped
    if not _GRANT_WORDS.search(stripped):
        return None
    match = _UNIT_AFTER.search(stripped)
    if match:
        return match.group(1).strip()
    # A 6–7 digit number cannot be a year or an amount in such a question: a gmina code.
    code_match = re.search(r"(?<![\d,.])(\d{6,7})(?![\d,.])", stripped)
    return code_match.group(1) if code_match else None


def _programme_buttons(prefix: str = "prog") -> tuple[tuple[Button, ...], ...]:
    return tuple((Button(p.name, f"{prefix}:{c.value}"),) for c, p in programmes().items())


def _verdict_key(verdict: Any) -> str:
    return str(getattr(verdict, "value", verdict)).lower()


# Lines kept in memory before the dialogue writes them itself (the flusher has fallen behind).
LOG_BACKLOG = 5000

# -- the dialogue ----------------------------------------------------------------------------------


class Dialogue:
    def __init__(self, services: Services) -> None:
        self.services = services
        self._log: list[tuple[UserRef, LogEntry, int, datetime]] = []
        # Set by a face that flushes the log itself (the bot: a task writing from a thread).
        self.log_ready: Callable[[], None] | None = None
        faq = services.faq
        # FAQ content is fixed for the life of the process, so answers can be cached.
        self._ask = lru_cache(maxsize=4096)(faq.ask) if faq is not None and services.faq_ask is None else None

    # The entry point for every face.
    async def handle(
        self, user: UserRef, session: Session, event: Event, *, progress: Progress | None = None
    ) -> tuple[Outcome, Session]:
        started = time.perf_counter()
        try:
            session = self._restore(user, session)
            if isinstance(event, Upload):
                outcome, session = await self._upload(user, session, event, progress)
            elif isinstance(event, Action):
                outcome, session = await self._action(user, session, event.action)
            else:
                outcome, session = await self._text(user, session, event.text)
        except GrantbotError as exc:
            outcome = Outcome((reply(str(exc), kind="error"),), LogEntry("other", _describe(event)))
        except Exception:
            log.exception("dialogue failure for %s:%s", user.channel, user.id)
            outcome = Outcome((reply(texts.ERROR, kind="error"),))
        if outcome.log is not None:
            self._record(user, outcome.log, int((time.perf_counter() - started) * 1000))
        return outcome, session

    def is_admin(self, user: UserRef) -> bool:
        return user.id in self.services.admin_ids

    # -- persistence -------------------------------------------------------------------------

    def _restore(self, user: UserRef, session: Session) -> Session:
        """A fresh FSM state (new process, Redis flushed) picks the profile up from the database."""
        if session.seen or session.programme or session.unit_code or session.pending:
            return session
        with session_scope(self.services.engine) as db:
            row = repo.find_user(db, user.channel, user.id)
            if row is None or not (row.programme or row.unit_teryt):
                return session.with_(seen=True)
            return session.with_(programme=row.programme or None, unit_code=row.unit_teryt or None,
                                 unit_name=row.unit_name, seen=True)

    def _save_profile(self, user: UserRef, session: Session) -> None:
        with session_scope(self.services.engine) as db:
            row = repo.get_or_create_user(db, user.channel, user.id)
            repo.update_user_profile(
                db,
                row,
                programme=session.programme or "",
                unit_teryt=session.unit_code or "",
                unit_name=session.unit_name,
            )

    def _record(self, user: UserRef, entry: LogEntry, latency_ms: int) -> None:
        self._log.append((user, entry, latency_ms, utcnow()))
        if len(self._log) >= self.services.log_batch:
            batching = self.services.log_batch > 1  # 1: each line written at once (terminal, tests)
            if batching and self.log_ready is not None and len(self._log) < LOG_BACKLOG:
                # The face's flusher writes off the event loop; a database write here would make
                # every user wait for it.
                self.log_ready()
            else:
                self.flush()

    def take_log(self) -> list[tuple[UserRef, LogEntry, int, datetime]]:
        """The pending log lines, handed over (call on the event loop's thread)."""
        batch, self._log = self._log, []
        return batch

    def flush(self) -> int:
        return self.write_log(self.take_log())

    def write_log(self, batch: list[tuple[UserRef, LogEntry, int, datetime]]) -> int:
        """Write log lines in one transaction (safe in a worker thread); returns how many were written."""
        if not batch:
            return 0
        lines = [repo.LogLine(
            channel=user.channel, external_id=user.id, kind=entry.kind, question=entry.question,
            created_at=when, answer_entry=entry.answer_entry, programme=entry.programme,
            abstained=entry.abstained, latency_ms=latency_ms, best_entry=entry.best_entry, score=entry.score,
        ) for user, entry, latency_ms, when in batch]
        try:
            with session_scope(self.services.engine) as db:
                return repo.log_messages(db, lines)
        except Exception:  # a lost log line must not lose the user's answer
            log.exception("could not record %d messages", len(batch))
            return 0

    # -- text --------------------------------------------------------------------------------

    async def _text(self, user: UserRef, session: Session, text: str) -> tuple[Outcome, Session]:
        text = _INVISIBLE.sub("", text).strip()
        if "<" in text:
            text = " ".join(_TAG.sub(" ", text).split())
        if not text:
            return Outcome((reply(texts.EMPTY_MESSAGE),)), session
        command = parse_command(text)
        if command is not None:
            return await self._command(user, session, *command)
        if session.pending is not None:
            handled = await self._answer_pending(user, session, text)
            if handled is not None:
                return handled
            session = session.with_(pending=None)
        if len(text) == 1 and text.isdigit():
            # A menu number with no menu open: the FAQ would match it to any "załącznik nr 9".
            return Outcome((reply(texts.NUMBER_WITHOUT_MENU),)), session
        return await self._free_text(user, session, text)

    async def _free_text(self, user: UserRef, session: Session, text: str) -> tuple[Outcome, Session]:
        query = grant_query(text)
        if query is not None and self.services.grants is not None:
            named = detect_programmes(text)
            try:
                return self._grant(user, session, query, named or None, log_text=text)
            except GrantbotError:
                if _CODE_ONLY.match(query.strip()):
                    raise
                # "Ile wynosi grant dla powiatu?" names no unit: a general question for the FAQ.
        if self.services.purchase_item is not None:
            item_text = self.services.purchase_item(text)
            if item_text:
                return self._purchase(session, item_text, text), session
        return await self._faq(session, text), session

    async def _answer_pending(self, user: UserRef, session: Session, text: str) -> tuple[Outcome, Session] | None:
        pending = session.pending
        assert pending is not None
        if pending.kind == "unit" and text.isdigit() and len(text) <= 2:
            if 1 <= int(text) <= len(pending.choices):
                return await self._action(
                    user, session, f"unit:{pending.purpose}:{pending.choices[int(text) - 1].code}")
            return Outcome((reply(texts.CHOOSE_NUMBER.format(last=len(pending.choices))),)), session
        if pending.kind in ("programme", "report") and text.isdigit() and len(text) == 1:
            codes = [c.value for c in programmes()]  # menu order
            if 1 <= int(text) <= len(codes):
                return await self._action(user, session, f"prog:{codes[int(text) - 1]}")
            return Outcome((reply(texts.CHOOSE_NUMBER.format(last=len(codes)), buttons=_programme_buttons()),)
                           ), session
        if pending.kind == "g":
            value = parse_money(text)
            if value is None:
                if re.search(r"\d", text) and len(text) < 30:
                    return Outcome((reply(texts.G_BAD),)), session
                if _DONT_KNOW.search(text) and len(text) < 60:
                    return Outcome((reply(texts.G_HELP),)), session
                return None
            try:
                check_index("G", value)
            except GrantbotError as exc:
                return Outcome((reply(f"{exc} {texts.G_RETRY}"),)), session
            session = session.with_(pending=None)
            return self._grant_for_code(
                user, session, pending.unit_code, [pending.programme or "cg"], g=value, log_text=text
            )
        if pending.kind == "delete" and text.casefold() in {"tak", "t", "yes"}:
            return await self._action(user, session, "del:yes")
        return None

    # -- commands ----------------------------------------------------------------------------

    async def _command(self, user: UserRef, session: Session, name: str, arg: str) -> tuple[Outcome, Session]:
        entry = LogEntry("command", f"/{name} {arg}".strip())
        session = session.with_(pending=None)
        if name == "start":
            out = (
                reply(title(texts.WELCOME), texts.WELCOME_HOW),
                reply(texts.CHOOSE_PROGRAMME, buttons=_programme_buttons()),
            )
            return Outcome(out, entry), session.with_(pending=Pending(kind="programme"))
        if name == "pomoc":
            return Outcome((self._help(),), entry), session
        if name == "program":
            if arg:
                return self._set_programme(user, session, arg, entry)
            current = get_programme(session.programme).name if session.programme else "nie wybrano"
            return Outcome(
                (reply(f"Obecny program: {current}.", texts.CHOOSE_PROGRAMME, buttons=_programme_buttons()),), entry
            ), session.with_(pending=Pending(kind="programme"))
        if name == "jst":
            if not arg:
                current = session.unit_name or "nie wybrano"
                return Outcome((reply(f"Twoja jednostka: {current}.", texts.ASK_UNIT),), entry), session
            return self._set_unit(user, session, arg, entry)
        if name == "grant":
            if self.services.grants is None:
                return Outcome((reply(texts.GRANTS_UNAVAILABLE),), entry), session
            if arg:
                return self._grant(user, session, strip_programmes(arg), detect_programmes(arg) or None,
                                   log_text=f"/grant {arg}")
            if session.unit_code:
                return self._grant_for_code(user, session, session.unit_code, None, log_text="/grant")
            return Outcome((reply(texts.ASK_UNIT_FOR_GRANT),), entry), session
        if name == "sprawdz":
            if arg:
                return self._purchase(session, arg, f"/sprawdz {arg}"), session
            return Outcome((self._settlement_set(user),), entry), session
        if name == "raport":
            return self._report(user, session, entry)
        if name == "kontakt":
            return Outcome((self._contact(session),), entry), session
        if name == "usun_dane":
            if arg.casefold() == "tak":
                return await self._action(user, session, "del:yes")
            buttons = ((Button("Tak, usuń moje dane", "del:yes"), Button("Nie", "del:no")),)
            return Outcome((reply(texts.DELETE_CONFIRM, buttons=buttons),), None), session.with_(
                pending=Pending(kind="delete")
            )
        if name == "statystyki":
            if not self.is_admin(user):
                return Outcome((reply(texts.ADMIN_ONLY, kind="refused"),), entry), session
            return Outcome((self._statistics(),), entry), session
        if name == "anuluj":
            return Outcome((reply(texts.CANCELLED),), entry), session
        return Outcome((reply(texts.UNKNOWN_COMMAND.format(command=f"/{name}")),), entry), session

    def _help(self) -> Reply:
        commands = "\n".join(f"/{name} – {desc}" for name, desc in texts.COMMANDS)
        return reply(
            title(texts.HELP_TITLE), *(item(i) for i in texts.HELP_ITEMS), code(commands), note(texts.HELP_NOTE)
        )

    def _contact(self, session: Session) -> Reply:
        codes = [session.programme] if session.programme else [c.value for c in ProgrammeCode]
        blocks = [title("Kontakt z operatorami programów")]
        for c in codes:
            programme = get_programme(c)
            blocks.append(item(programme.contact()))
            blocks.append(note("Źródło: " + programme.fact("hotline").citation.human()))
        return reply(*blocks)

    def _set_programme(
        self, user: UserRef, session: Session, raw: str, entry: LogEntry | None
    ) -> tuple[Outcome, Session]:
        programme = get_programme(programme_from_arg(raw))
        session = session.with_(programme=programme.code.value)
        self._save_profile(user, session)
        out = [
            reply(
                texts.PROGRAMME_SET.format(name=programme.name),
                "Teraz zadaj pytanie, podaj jednostkę (/jst) albo wyślij dokumenty do sprawdzenia.",
            )
        ]
        return Outcome(tuple(out), entry), session

    # -- units and grants --------------------------------------------------------------------

    def _choices(self, query: str, candidates: Any, purpose: str, session: Session) -> tuple[Outcome, Session]:
        choices = tuple(Choice(c.unit.code, c.unit.describe()) for c in list(candidates)[:8])
        labels = {c.unit.code: _unit_label(c.unit) for c in list(candidates)[:8]}
        buttons = tuple((Button(labels[ch.code], f"unit:{purpose}:{ch.code}"),) for ch in choices)
        out = reply(texts.CHOOSE_UNIT.format(query=query), buttons=buttons, kind="choice")
        pending = Pending(kind="unit", purpose=purpose, choices=choices)
        return Outcome((out,), LogEntry("grant" if purpose == "grant" else "command", query)), session.with_(
            pending=pending
        )

    def _set_unit(self, user: UserRef, session: Session, query: str, entry: LogEntry | None) -> tuple[Outcome, Session]:
        if self.services.grants is None:
            return Outcome((reply(texts.GRANTS_UNAVAILABLE),), entry), session
        found = self.services.grants.find_unit(query)
        if found.unit is None:
            return self._choices(query, found.candidates, "jst", session)
        return self._unit_chosen(user, session, found.unit, entry, notes=tuple(found.notes))

    def _unit_chosen(
        self, user: UserRef, session: Session, unit: Any, entry: LogEntry | None, notes: tuple[str, ...] = ()
    ) -> tuple[Outcome, Session]:
        session = session.with_(unit_code=unit.code, unit_name=unit.describe(), pending=None)
        self._save_profile(user, session)
        buttons = ((Button("Policz grant", f"grant:{unit.code}"),),)
        out = reply(texts.UNIT_SET.format(unit=unit.describe()), *(note(n) for n in notes), buttons=buttons)
        return Outcome((out,), entry), session

    def _grant(
        self, user: UserRef, session: Session, query: str, named: list[str] | None, *, log_text: str
    ) -> tuple[Outcome, Session]:
        assert self.services.grants is not None
        found = self.services.grants.find_unit(query)
        if found.unit is None:
            return self._choices(query, found.candidates, "grant", session)
        return self._grant_for_unit(user, session, found.unit, named, log_text=log_text, notes=tuple(found.notes))

    def _grant_for_code(
        self,
        user: UserRef,
        session: Session,
        unit_code: str,
        named: list[str] | None,
        *,
        g: Decimal | None = None,
        log_text: str,
    ) -> tuple[Outcome, Session]:
        assert self.services.grants is not None
        found = self.services.grants.find_unit(unit_code)
        return self._grant_for_unit(user, session, found.unit, named, g=g, log_text=log_text)

    def _grant_for_unit(
        self,
        user: UserRef,
        session: Session,
        unit: Any,
        named: list[str] | None,
        *,
        g: Decimal | None = None,
        log_text: str,
        notes: tuple[str, ...] = (),
    ) -> tuple[Outcome, Session]:
        from grants import GrantStatus
        from grants.render import headline

        assert self.services.grants is not None
        wanted = named or ([session.programme] if session.programme else None)
        lookup = self.services.grants.compute_for(unit, wanted, g, notes=notes, query=log_text)
        results = list(lookup.results)
        shown = [r for r in results if r.status is not GrantStatus.NOT_ELIGIBLE] or results
        blocks = [title(f"Grant dla: {unit.describe()}")]
        blocks += [note(n) for n in lookup.notes]
        buttons: list[tuple[Button, ...]] = []
        needs_g = None
        for result in shown:
            blocks.append(item(headline(result)))
            if result.missing:
                blocks.append(note("Brakuje: " + "; ".join(result.missing) + "."))
            if result.status is GrantStatus.NEEDS_INPUT and result.programme.value == "cg":
                needs_g = result
            buttons.append(
                (
                    Button(
                        f"Szczegóły: {get_programme(result.programme).name}",
                        f"gdet:{result.programme.value}:{unit.code}",
                    ),
                )
            )
        hidden = [r for r in results if r not in shown]
        if hidden:
            blocks.append(
                note("Nie dotyczy tej jednostki: " + ", ".join(get_programme(r.programme).name for r in hidden) + ".")
            )
        blocks.append(note("Źródła: " + "; ".join(dict.fromkeys(c.human() for r in shown for c in r.citations))))
        out = [reply(*blocks, buttons=tuple(buttons), kind="grant")]
        if needs_g is not None:
            out.append(reply(texts.ASK_G.format(unit=unit.describe())))
            session = session.with_(pending=Pending(kind="g", unit_code=unit.code, programme="cg"))
        else:
            session = session.with_(pending=None)
        programme = shown[0].programme.value if len(shown) == 1 else None
        entry = LogEntry("grant", log_text, answer_entry=f"grant:{unit.code}", programme=programme)
        return Outcome(tuple(out), entry), session

    def _grant_details(self, session: Session, programme: str, unit_code: str) -> Reply:
        from grants.render import render_result

        assert self.services.grants is not None
        found = self.services.grants.find_unit(unit_code)
        lookup = self.services.grants.compute_for(found.unit, [programme], None)
        text = "\n".join(render_result(r, details=True) for r in lookup.results)
        return reply(title(f"Szczegóły: {found.unit.describe()}"), code(text), kind="grant")

    # -- purchases and FAQ -------------------------------------------------------------------

    def _purchase(self, session: Session, item_text: str, question: str) -> Outcome:
        if self.services.classify is None:
            return Outcome((reply(texts.CLASSIFIER_UNAVAILABLE),), LogEntry("purchase", question, abstained=True))
        named = detect_programmes(question)
        codes = named or ([session.programme] if session.programme else [c.value for c in ProgrammeCode])
        blocks = [title(f"Zakup: {item_text}")]
        verdicts = []
        for c in codes:
            result = self.services.classify(item_text, c)
            key = _verdict_key(result.verdict)
            verdicts.append(key)
            mark = texts.VERDICT_MARK.get(key, "•")
            label = texts.VERDICT.get(key, key)
            blocks.append(item(f"{mark} {get_programme(c).name}: {label}. {result.reason}".strip()))
            if result.citation is not None:
                blocks.append(note("Źródło: " + result.citation.human()))
        if "review" in verdicts or "ineligible" in verdicts:
            blocks.append(
                note(
                    "To wstępna ocena na podstawie dokumentów programu; w razie wątpliwości "
                    "zapytaj operatora (/kontakt)."
                )
            )
        entry = LogEntry(
            "purchase",
            question,
            answer_entry=f"item:{verdicts[0]}" if verdicts else None,
            programme=codes[0] if len(codes) == 1 else None,
        )
        return Outcome((reply(*blocks, kind="purchase"),), entry)

    async def _faq(self, session: Session, question: str) -> Outcome:
        faq = self.services.faq
        if faq is None:
            return Outcome((reply(texts.FAQ_UNAVAILABLE),), LogEntry("faq", question, abstained=True))
        asked = " ".join(question.split())
        if self.services.faq_ask is not None:
            answer = await self.services.faq_ask(asked, session.programme)
        else:
            assert self._ask is not None
            answer = self._ask(asked, session.programme)
        buttons = []
        for related in tuple(answer.related)[:3]:
            entry = faq.by_id.get(related)
            if entry is not None and len(f"faq:{related}".encode()) <= 64:
                buttons.append((Button(short_label(entry.question), f"faq:{related}"),))
        body, _, sources = answer.text.partition("\n\nŹródło: ")
        blocks = [*body.split("\n\n")]
        out_blocks: list[Any] = list(blocks)
        if sources:
            out_blocks.append(note("Źródło: " + sources))
        out = reply(*out_blocks, buttons=tuple(buttons), kind="faq_abstained" if answer.abstained else "faq")
        entry = LogEntry(
            "faq",
            question,
            answer_entry=answer.entry_id,
            programme=answer.programme,
            abstained=bool(answer.abstained),
            score=float(answer.score) if answer.score is not None else None,
        )
        return Outcome((out,), entry)

    def _faq_entry(self, entry_id: str) -> Reply:
        faq = self.services.faq
        entry = faq.by_id.get(entry_id) if faq is not None else None
        if entry is None:
            return reply("Tej odpowiedzi już nie ma w bazie.")
        blocks: list[Any] = [title(entry.question), *entry.answer.split("\n\n")]
        if entry.citations:
            blocks.append(note("Źródło: " + "; ".join(c.human() for c in entry.citations)))
        return reply(*blocks, kind="faq")

    # -- buttons -----------------------------------------------------------------------------

    async def _action(self, user: UserRef, session: Session, action: str) -> tuple[Outcome, Session]:
        kind, _, rest = action.partition(":")
        entry = LogEntry("command", f"[{action}]")
        if kind == "prog":
            waiting_report = session.pending is not None and session.pending.kind == "report"
            outcome, session = self._set_programme(user, session.with_(pending=None), rest, entry)
            if waiting_report:
                report, session = self._report(user, session, None)
                return Outcome(outcome.replies + report.replies, entry), session
            return outcome, session
        if kind == "unit":
            purpose, _, unit_code = rest.partition(":")
            if self.services.grants is None:
                return Outcome((reply(texts.GRANTS_UNAVAILABLE),), entry), session
            found = self.services.grants.find_unit(unit_code)
            if purpose == "grant":
                return self._grant_for_unit(
                    user, session.with_(pending=None), found.unit, None, log_text=f"[wybór {unit_code}]"
                )
            return self._unit_chosen(user, session, found.unit, entry)
        if kind == "grant":
            return self._grant_for_code(user, session, rest, None, log_text=f"[grant {rest}]")
        if kind == "gdet":
            programme, _, unit_code = rest.partition(":")
            return Outcome((self._grant_details(session, programme, unit_code),), entry), session
        if kind == "faq":
            return Outcome((self._faq_entry(rest),), LogEntry("faq", f"[{action}]", answer_entry=rest)), session
        if kind == "rep":
            return Outcome((self._report_file(user, rest),), entry), session
        if kind == "raport":
            return self._report(user, session, entry)
        if kind == "del":
            session = session.with_(pending=None)
            if rest != "yes":
                return Outcome((reply(texts.DELETE_KEPT),), None), session
            return Outcome((self._delete(user),), None), Session()
        return Outcome((reply(texts.UNKNOWN_COMMAND.format(command=action)),)), session

    # -- documents ---------------------------------------------------------------------------

    async def _upload(
        self, user: UserRef, session: Session, upload: Upload, progress: Progress | None
    ) -> tuple[Outcome, Session]:
        try:
            return await self._read_upload(user, session, upload, progress)
        finally:
            if not self.services.keep_uploads:
                upload.path.unlink(missing_ok=True)
                # faces put each upload in its own temporary folder
                if upload.path.parent.name.startswith("upload-"):
                    shutil.rmtree(upload.path.parent, ignore_errors=True)

    async def _read_upload(
        self, user: UserRef, session: Session, upload: Upload, progress: Progress | None
    ) -> tuple[Outcome, Session]:
        from bot.dialogue.codec import encode

        name = upload.name
        entry = LogEntry("document", name)
        limit = self.services.max_file_bytes
        if upload.size > limit:
            msg = texts.FILE_TOO_BIG.format(
                name=name, size=f"{upload.size / 1048576:.1f}".replace(".", ","), limit=limit // 1048576
            )
            return Outcome((reply(msg, kind="error"),), entry), session
        if upload.size == 0 or not upload.path.exists() or upload.path.stat().st_size == 0:
            return Outcome((reply(texts.FILE_EMPTY.format(name=name), kind="error"),), entry), session
        if self.services.reader is None:
            return Outcome((reply(texts.READER_UNAVAILABLE, kind="error"),), entry), session
        digest = hashlib.sha256(upload.path.read_bytes()).hexdigest()
        with session_scope(self.services.engine) as db:
            row = repo.get_or_create_user(db, user.channel, user.id)
            if any(d.sha256 == digest for d in repo.pending_documents(db, row)):
                return Outcome((reply(texts.FILE_DUPLICATE.format(name=name)),), entry), session
        try:
            document = await self.services.reader.read(upload.path, name, progress)
        except GrantbotError as exc:
            reason = str(exc)
            with session_scope(self.services.engine) as db:
                row = repo.get_or_create_user(db, user.channel, user.id)
                repo.add_document(
                    db, row, sha256=digest, name=name, kind="unreadable", extracted_json=_json_reason(reason)
                )
            msg = texts.FILE_UNREADABLE.format(name=name, reason=reason)
            return Outcome((reply(msg, kind="error"),), entry), session
        document = _renamed(document, name)
        with session_scope(self.services.engine) as db:
            row = repo.get_or_create_user(db, user.channel, user.id)
            repo.add_document(
                db, row, sha256=digest, name=name, kind=str(document.kind), extracted_json=encode(document)
            )
            stored = repo.pending_documents(db, row)
            count = len(stored)
            read = sum(1 for d in stored if d.kind != "unreadable")
        blocks = _document_summary(document)
        files = texts.files_word(count) + (f" ({read} {texts.read_word(read)})" if read != count else "")
        blocks.append(texts.FILE_ADDED_TAIL.format(count=count, files=files))
        buttons = ((Button("Raport z kontroli", "raport:"),),)
        return Outcome((reply(*blocks, buttons=buttons, kind="document"),), entry), session

    def _settlement_set(self, user: UserRef) -> Reply:
        with session_scope(self.services.engine) as db:
            row = repo.find_user(db, user.channel, user.id)
            documents = list(repo.pending_documents(db, row)) if row is not None else []
        if not documents:
            return reply(texts.CHECK_HOW, note(texts.SET_EMPTY))
        blocks: list[Any] = [texts.CHECK_HOW, title(texts.SET_LIST.format(count=len(documents)))]
        blocks += [item(f"{d.name} ({_KIND_PL.get(d.kind, d.kind)})") for d in documents]
        return reply(*blocks, buttons=((Button("Raport z kontroli", "raport:"),),))

    def _report(self, user: UserRef, session: Session, entry: LogEntry | None) -> tuple[Outcome, Session]:
        from bot.dialogue.codec import decode

        entry = entry or LogEntry("command", "/raport")
        if self.services.run_checks is None or self.services.render_report is None:
            return Outcome((reply(texts.REPORTS_UNAVAILABLE),), entry), session
        with session_scope(self.services.engine) as db:
            row = repo.find_user(db, user.channel, user.id)
            stored = list(repo.pending_documents(db, row)) if row is not None else []
        if not stored:
            return Outcome((reply(texts.NO_DOCUMENTS),), entry), session
        if not session.programme:
            out = reply(texts.REPORT_CHOOSE_PROGRAMME, buttons=_programme_buttons())
            return Outcome((out,), entry), session.with_(pending=Pending(kind="report"))
        from checks import CheckContext, ItemStatus, UnreadableFile

        documents = [decode(d.extracted_json) for d in stored if d.kind != "unreadable"]
        unreadable = [UnreadableFile(d.name, _reason(d.extracted_json)) for d in stored if d.kind == "unreadable"]
        hashes = {d.name: d.sha256 for d in stored}
        unit, max_grant = self._unit_for_checks(session)
        context = CheckContext.build(session.programme, unit=unit, max_grant=max_grant)
        report = self.services.run_checks(documents, context, file_hashes=hashes, unreadable=unreadable)
        render = self.services.render_report
        summary = render(report, "summary")
        csv_text, html_text = _safe_render(render, report, "csv"), _safe_render(render, report, "html")
        with session_scope(self.services.engine) as db:
            row = repo.get_or_create_user(db, user.channel, user.id)
            saved = repo.add_report(
                db,
                row,
                programme=session.programme,
                documents=len(stored),
                items=len(report.items),
                ineligible_items=report.count(ItemStatus.INELIGIBLE),
                findings=len(report.findings),
                summary=summary,
                csv=csv_text,
                html=html_text,
            )
            repo.clear_pending(db, row)
            report_id = saved.id
        buttons = []
        if csv_text:
            buttons.append(Button("Pobierz CSV", f"rep:csv:{report_id}"))
        if html_text:
            buttons.append(Button("Pobierz HTML", f"rep:html:{report_id}"))
        blocks = [*summary.split("\n\n")]
        out = reply(
            *blocks,
            note(texts.REPORT_READY) if buttons else note(""),
            buttons=(tuple(buttons),) if buttons else (),
            kind="report",
        )
        return Outcome((out,), entry), session.with_(pending=None)

    def _unit_for_checks(self, session: Session) -> tuple[Any, Decimal | None]:
        if not session.unit_code or self.services.grants is None:
            return None, None
        try:
            found = self.services.grants.find_unit(session.unit_code)
            if found.unit is None or session.programme is None:
                return None, None
            lookup = self.services.grants.compute_for(found.unit, [session.programme], None)
        except GrantbotError:
            return None, None
        max_grant = None
        for result in lookup.results:
            max_grant = result.amount if result.amount is not None else result.max
        return found.unit, max_grant

    def _report_file(self, user: UserRef, rest: str) -> Reply:
        fmt, _, raw_id = rest.partition(":")
        with session_scope(self.services.engine) as db:
            row = repo.find_user(db, user.channel, user.id)
            report = repo.get_report(db, row, int(raw_id)) if row is not None and raw_id.isdigit() else None
        if report is None or fmt not in ("csv", "html"):
            return reply(texts.REPORT_GONE)
        stamp = report.created_at.strftime("%Y-%m-%d")
        if fmt == "csv":
            content = ("\ufeff" + report.csv).encode("utf-8")  # BOM: Excel opens Polish letters correctly
            out = OutFile(f"raport-{stamp}-{report.id}.csv", content, "text/csv", "Raport z kontroli (CSV)")
        else:
            out = OutFile(
                f"raport-{stamp}-{report.id}.html", report.html.encode("utf-8"), "text/html", "Raport z kontroli (HTML)"
            )
        return reply(f"Plik: {out.name}", files=(out,), kind="file")

    # -- data and statistics -----------------------------------------------------------------

    def _delete(self, user: UserRef) -> Reply:
        # Lines not yet written would recreate the user after the deletion: drop them.
        self._log = [line for line in self._log if line[0] != user]
        with session_scope(self.services.engine) as db:
            removed = repo.delete_user_data(db, user.channel, user.id)
        if self.services.uploads_dir is not None:
            shutil.rmtree(self.services.uploads_dir / f"{user.channel}-{user.id}", ignore_errors=True)
        if removed == 0:
            return reply(texts.DELETE_NOTHING)
        return reply(texts.DELETE_DONE.format(rows=removed))

    def _statistics(self) -> Reply:
        self.flush()
        with session_scope(self.services.engine) as db:
            stats = repo.statistics(db)
        return render_statistics(stats)


def _unit_label(unit: Any) -> str:
    """Short enough for a button: 'gmina wiejska Kościerzyna, pow. kościerski (2206042)'."""
    parent = f", pow. {unit.powiat_name}" if getattr(unit, "powiat_name", None) and unit.code != unit.powiat_code \
        and len(unit.code) == 7 else f", woj. {unit.wojewodztwo_name}" if len(unit.code) == 4 else ""
    label = f"{unit.display_name}{parent} ({unit.code})"
    return label if len(label) <= 64 else f"{unit.display_name} ({unit.code})"


_KIND_PL = {
    "invoice": "faktura",
    "correction": "faktura korygująca",
    "protocol": "protokół odbioru",
    "unknown": "dokument",
    "unreadable": "nieczytelny",
}


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


def _document_summary(document: Any) -> list[Any]:
    from extractors.models import Invoice

    kind = _KIND_PL.get(str(document.kind), "dokument")
    number = f" nr {document.number}" if document.number else ""
    blocks: list[Any] = [title(f"Odczytano: {kind}{number} ({document.file})")]
    if isinstance(document, Invoice):
        when = f"z dnia {document.issue_date:%d.%m.%Y}" if document.issue_date else "bez daty wystawienia"
        seller = document.seller.name or "nieznany sprzedawca"
        blocks.append(f"{when.capitalize()}, sprzedawca: {seller}, pozycji: {len(document.items)}.")
        if document.gross_total is not None:
            blocks.append(f"Razem brutto: {num(document.gross_total)} {document.currency}.")
    else:
        when = f"z dnia {document.date:%d.%m.%Y}" if document.date else "bez daty"
        blocks.append(f"{when.capitalize()}, pozycji: {len(document.items)}.")
    for warning in tuple(document.warnings)[:3]:
        blocks.append(note("Uwaga: " + warning.message))
    return blocks




def _renamed(document: Any, name: str) -> Any:
    """The user's file name, not the temporary one, goes into findings and the report."""
    import dataclasses

    return dataclasses.replace(document, file=name) if getattr(document, "file", name) != name else document


def _json_reason(reason: str) -> str:
    import json

    return json.dumps({"reason": reason}, ensure_ascii=False)


def _reason(text: str) -> str:
    import json

    try:
        return str(json.loads(text).get("reason", ""))
    except (ValueError, AttributeError):
        return ""


def _safe_render(render: Callable[[Any, str], str], report: Any, fmt: str) -> str:
    try:
        return render(report, fmt)
    except LookupError:
        return ""


def _describe(event: Event) -> str:
    if isinstance(event, Text):
        return event.text
    if isinstance(event, Action):
        return f"[{event.action}]"
    return event.name
