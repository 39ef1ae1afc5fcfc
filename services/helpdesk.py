"""The helpdesk loop (issue 13): inbox with context → staff answer → delivery to the asker →
FAQ draft → approved knowledge.

Everything goes through the database, so the CLI, the web panel and every bot process see the same
state: the panel and the CLI only write; the bot process delivers pending answers (outbox) and the
terminal chat shows them at the user's next message. Pure functions of a `Session`; no framework.
"""

from __future__ import annotations

import json
import secrets
from collections.abc import Callable, Iterable, Sequence
from dataclasses import asdict, dataclass, field
from datetime import datetime, timedelta
from functools import lru_cache
from typing import Any

from rapidfuzz import fuzz
from sqlmodel import Session, col, select

from knowledge import normalize
from knowledge.errors import GrantbotError
from storage.helpdesk_models import (
    Delivery,
    FaqDraft,
    Feedback,
    HandoffTopic,
    InboxItem,
    LoginAttempt,
    PanelSession,
    StaffAccount,
    StaffAnswer,
)
from storage.models import Message, UnansweredQuestion, User
from storage.types import utcnow

CONTEXT_TURNS = 6
NEAREST = 3
SAME_QUESTION = 82  # rapidfuzz token_set_ratio on folded text: same meaning → one group
CONSULTANT_CITATION = "odpowiedź konsultanta"
STATUSES = ("open", "answered", "closed")

# (question, programme) -> [(entry_id, score)], best first; the FAQ engine's ranking in production.
NearestFn = Callable[[str, str | None], Sequence[tuple[str, float]]]


def nearest_from(rank: Callable[..., Any], limit: int = NEAREST) -> NearestFn:
    """A NearestFn from the FAQ engine's `rank(question, programme)`: its best entries and confidences."""

    def nearest(question: str, programme: str | None) -> list[tuple[str, float]]:
        candidates, _signal = rank(question, programme)
        return [(c.entry.id, float(c.confidence)) for c in candidates[:limit]]

    return nearest


class HelpdeskError(GrantbotError):
    """A helpdesk action that cannot be done; the message is a Polish sentence."""


def fold(text: str) -> str:
    """The FAQ's folding (NFKC, case, diacritics, ł) with single spaces, so that questions compare alike."""
    return normalize.simplify(text)


@dataclass(frozen=True)
class Turn:
    role: str  # "user" | "bot"
    text: str
    at: str


@dataclass(frozen=True)
class Nearest:
    entry_id: str
    score: float


@dataclass
class InboxView:
    id: int
    question: str
    programme: str | None
    user: str | None
    asked_at: str
    status: str
    origin: str
    group_id: int | None
    context: list[dict[str, str]] = field(default_factory=list)
    nearest: list[dict[str, Any]] = field(default_factory=list)
    answer: str | None = None
    group_size: int = 1

    def to_json(self) -> dict[str, Any]:
        return asdict(self)


# --- the inbox -------------------------------------------------------------------------------------


def _context(session: Session, user_id: int | None, before: datetime, limit: int = CONTEXT_TURNS) -> list[Turn]:
    """The user's last turns before `before` (the message log keeps questions and what answered them)."""
    if user_id is None:
        return []
    rows = session.exec(
        select(Message)
        .where(Message.user_id == user_id, col(Message.created_at) <= before)
        .order_by(col(Message.created_at).desc(), col(Message.id).desc())
        .limit(limit)
    ).all()
    turns: list[Turn] = []
    for row in reversed(rows):
        at = row.created_at.isoformat(timespec="seconds")
        turns.append(Turn("user", row.question, at))
        if row.abstained:
            turns.append(Turn("bot", "(bot nie znał odpowiedzi)", at))
        elif row.answer_entry:
            turns.append(Turn("bot", f"(odpowiedź: {row.answer_entry})", at))
    return turns


def _group_for(session: Session, question: str, programme: str | None, exclude: int | None = None) -> int | None:
    """The group of an open item asking the same thing (same programme or none), if any."""
    folded = fold(question)
    best: tuple[float, int] | None = None
    for item in session.exec(select(InboxItem).where(InboxItem.status == "open")).all():
        if item.id == exclude or (programme and item.programme and item.programme != programme):
            continue
        score = fuzz.token_set_ratio(folded, fold(item.question))
        if score >= SAME_QUESTION and (best is None or score > best[0]):
            best = (score, item.group_id or item.id or 0)
    return best[1] if best else None


def open_item(
    session: Session,
    *,
    question: str,
    origin: str,
    user_id: int | None = None,
    programme: str | None = None,
    origin_id: int | None = None,
    nearest_fn: NearestFn | None = None,
    at: datetime | None = None,
) -> InboxItem:
    """Create an inbox item with the asker's recent turns, the nearest FAQ entries and its group."""
    at = at or utcnow()
    nearest = [Nearest(e, round(float(s), 3)) for e, s in (nearest_fn(question, programme) if nearest_fn else [])]
    item = InboxItem(
        user_id=user_id,
        question=question.strip(),
        programme=programme,
        origin=origin,
        origin_id=origin_id,
        context_json=json.dumps([asdict(t) for t in _context(session, user_id, at)], ensure_ascii=False),
        nearest_json=json.dumps([asdict(n) for n in nearest[:NEAREST]], ensure_ascii=False),
        created_at=at,
    )
    item.group_id = _group_for(session, question, programme)
    session.add(item)
    session.flush()
    if item.group_id is None:
        item.group_id = item.id
    session.add(item)
    session.flush()
    return item


def sync_inbox(session: Session, nearest_fn: NearestFn | None = None) -> int:
    """Turn refused questions logged by the bot into inbox items (once each); returns how many are new."""
    seen = select(InboxItem.origin_id).where(InboxItem.origin == "refused")
    fresh = session.exec(
        select(UnansweredQuestion).where(col(UnansweredQuestion.id).not_in(seen)).order_by(col(UnansweredQuestion.id))
    ).all()
    for row in fresh:
        open_item(
            session,
            question=row.question,
            origin="refused",
            user_id=row.user_id,
            programme=row.programme,
            origin_id=row.id,
            nearest_fn=nearest_fn,
            at=row.created_at,
        )
    return len(fresh)


def refused_context(
    session: Session, question_ids: Sequence[int]
) -> dict[int, tuple[list[dict[str, str]], list[dict[str, Any]]]]:
    """For refused questions (unanswered_question ids): their inbox item's context turns and nearest entries."""
    if not question_ids:
        return {}
    items = session.exec(
        select(InboxItem).where(InboxItem.origin == "refused", col(InboxItem.origin_id).in_(list(question_ids)))
    ).all()
    return {int(i.origin_id or 0): (json.loads(i.context_json), json.loads(i.nearest_json)) for i in items}


def record_feedback(
    session: Session,
    *,
    user_id: int | None,
    question: str,
    answer: str,
    rating: int,
    entry_id: str | None = None,
    programme: str | None = None,
    reason: str | None = None,
    nearest_fn: NearestFn | None = None,
) -> Feedback:
    """A 👍/👎 on an answer; a 👎 opens an inbox item (the reason, when given, goes with it)."""
    if rating not in (1, -1):
        raise HelpdeskError("Ocena odpowiedzi to 👍 albo 👎.")
    feedback = Feedback(
        user_id=user_id,
        question=question,
        answer=answer[:2000],
        rating=rating,
        entry_id=entry_id,
        programme=programme,
        reason=(reason or "").strip() or None,
    )
    session.add(feedback)
    session.flush()
    if rating < 0:
        open_item(
            session,
            question=question,
            origin="feedback",
            user_id=user_id,
            programme=programme,
            origin_id=feedback.id,
            nearest_fn=nearest_fn,
        )
    return feedback


def add_feedback_reason(session: Session, feedback_id: int, reason: str) -> None:
    feedback = session.get(Feedback, feedback_id)
    if feedback is None:
        raise HelpdeskError(f"Nie ma oceny nr {feedback_id}.")
    feedback.reason = reason.strip()[:1000] or None
    session.add(feedback)


def _user_label(user: User | None) -> str | None:
    if user is None:
        return None
    return f"{user.channel}:{user.external_id}"


def _view(session: Session, item: InboxItem, sizes: dict[int, int]) -> InboxView:
    answer = session.get(StaffAnswer, item.answer_id) if item.answer_id else None
    return InboxView(
        id=item.id or 0,
        question=item.question,
        programme=item.programme,
        user=_user_label(session.get(User, item.user_id) if item.user_id else None),
        asked_at=item.created_at.isoformat(timespec="seconds"),
        status=item.status,
        origin=item.origin,
        group_id=item.group_id,
        context=json.loads(item.context_json),
        nearest=json.loads(item.nearest_json),
        answer=answer.text if answer else None,
        group_size=sizes.get(item.group_id or 0, 1),
    )


def inbox(session: Session, *, status: str = "open", programme: str | None = None) -> list[InboxView]:
    """Inbox items, newest first; `status` is open, answered, closed or all."""
    query = select(InboxItem).order_by(col(InboxItem.created_at).desc(), col(InboxItem.id).desc())
    if status != "all":
        if status not in STATUSES:
            raise HelpdeskError(f"Nieznany status „{status}” – użyj: open, answered, closed albo all.")
        query = query.where(InboxItem.status == status)
    if programme:
        query = query.where(InboxItem.programme == programme)
    items = session.exec(query).all()
    sizes: dict[int, int] = {}
    for item in items:
        sizes[item.group_id or 0] = sizes.get(item.group_id or 0, 0) + 1
    return [_view(session, item, sizes) for item in items]


def item_view(session: Session, item_id: int) -> tuple[InboxView, list[InboxView]]:
    """One inbox item and the other items of its group (any status), newest first."""
    item = get_item(session, item_id)
    group = (
        session.exec(
            select(InboxItem)
            .where(InboxItem.group_id == item.group_id, InboxItem.id != item.id)
            .order_by(col(InboxItem.created_at).desc(), col(InboxItem.id).desc())
        ).all()
        if item.group_id is not None
        else []
    )
    sizes = {item.group_id or 0: len(group) + 1}
    return _view(session, item, sizes), [_view(session, other, sizes) for other in group]


def get_item(session: Session, item_id: int) -> InboxItem:
    item = session.get(InboxItem, item_id)
    if item is None:
        raise HelpdeskError(f"Nie ma pytania nr {item_id} w skrzynce.")
    return item


# --- answering and delivery ------------------------------------------------------------------------


def answer(session: Session, item_id: int, text: str, *, staff: str, whole_group: bool = True) -> StaffAnswer:
    """Record a staff answer to an item (and, by default, to every open item of its group) and queue
    one delivery per asker."""
    text = text.strip()
    if not text:
        raise HelpdeskError("Odpowiedź jest pusta – wpisz jej treść.")
    item = get_item(session, item_id)
    if item.status == "closed":
        raise HelpdeskError(f"Pytanie nr {item_id} jest zamknięte.")
    reply = StaffAnswer(text=text, staff_login=staff)
    session.add(reply)
    session.flush()
    targets = [item]
    if whole_group and item.group_id is not None:
        targets += session.exec(
            select(InboxItem).where(
                InboxItem.group_id == item.group_id, InboxItem.status == "open", InboxItem.id != item.id
            )
        ).all()
    now = utcnow()
    delivered_to: set[int] = set()
    for target in targets:
        target.status, target.answer_id, target.answered_at = "answered", reply.id, now
        session.add(target)
        user = session.get(User, target.user_id) if target.user_id else None
        if user is None or user.id in delivered_to:
            continue
        delivered_to.add(user.id or 0)
        session.add(
            Delivery(
                answer_id=reply.id or 0,
                inbox_item_id=target.id or 0,
                user_id=user.id or 0,
                channel=user.channel,
                external_id=user.external_id,
                question=target.question,
            )
        )
    session.flush()
    return reply


def close_item(session: Session, item_id: int) -> None:
    item = get_item(session, item_id)
    item.status = "closed"
    session.add(item)


def delivery_text(question: str, text: str) -> str:
    """The message an asker receives (plain text; the Telegram face escapes it)."""
    return f"Odpowiedź konsultanta na Twoje pytanie „{question.strip()}”:\n\n{text.strip()}"


@dataclass(frozen=True)
class PendingDelivery:
    id: int
    channel: str
    external_id: int
    text: str


def pending_deliveries(
    session: Session, *, channel: str, external_id: int | None = None, limit: int = 50
) -> list[PendingDelivery]:
    query = (
        select(Delivery, StaffAnswer)
        .join(StaffAnswer, col(StaffAnswer.id) == col(Delivery.answer_id))
        .where(Delivery.status == "pending", Delivery.channel == channel)
        .order_by(col(Delivery.id))
        .limit(limit)
    )
    if external_id is not None:
        query = query.where(Delivery.external_id == external_id)
    return [
        PendingDelivery(d.id or 0, d.channel, d.external_id, delivery_text(d.question, a.text))
        for d, a in session.exec(query).all()
    ]


def mark_delivered(session: Session, delivery_id: int, *, error: str | None = None, give_up_after: int = 5) -> None:
    delivery = session.get(Delivery, delivery_id)
    if delivery is None:
        return
    delivery.attempts += 1
    if error is None:
        delivery.status, delivery.delivered_at, delivery.error = "sent", utcnow(), None
    else:
        delivery.error = error[:500]
        if delivery.attempts >= give_up_after:
            delivery.status = "failed"
    session.add(delivery)


# --- hand-off to a person through the operators' forum group (Telegram) ---------------------------


@dataclass(frozen=True)
class HandoffView:
    """An asker's forum topic in the operators' group and whether a hand-off is running in it."""

    chat_id: int
    thread_id: int
    external_id: int
    name: str
    active: bool
    inbox_item_id: int | None


def _handoff_view(row: HandoffTopic) -> HandoffView:
    return HandoffView(row.chat_id, row.thread_id, row.external_id, row.name, row.active, row.inbox_item_id)


def handoff_topic(session: Session, chat_id: int, external_id: int) -> HandoffView | None:
    """The asker's topic in the operators' group (running or not), if one was ever created."""
    row = session.exec(
        select(HandoffTopic).where(HandoffTopic.chat_id == chat_id, HandoffTopic.external_id == external_id)
    ).first()
    return _handoff_view(row) if row is not None else None


def active_handoff(session: Session, chat_id: int, external_id: int) -> HandoffView | None:
    """The running hand-off of a Telegram asker, if any (their messages go to the operators)."""
    view = handoff_topic(session, chat_id, external_id)
    return view if view is not None and view.active else None


def handoff_by_thread(session: Session, chat_id: int, thread_id: int) -> HandoffView | None:
    row = session.exec(
        select(HandoffTopic).where(HandoffTopic.chat_id == chat_id, HandoffTopic.thread_id == thread_id)
    ).first()
    return _handoff_view(row) if row is not None else None


def latest_handoff_item(session: Session, channel: str, external_id: int) -> InboxView | None:
    """The asker's newest open hand-off request in the inbox (what the topic is about)."""
    user = session.exec(select(User).where(User.channel == channel, User.external_id == external_id)).first()
    if user is None:
        return None
    item = session.exec(
        select(InboxItem)
        .where(InboxItem.user_id == user.id, InboxItem.origin == "handoff", InboxItem.status == "open")
        .order_by(col(InboxItem.created_at).desc(), col(InboxItem.id).desc())
    ).first()
    return _view(session, item, {}) if item is not None else None


def start_handoff(
    session: Session, *, chat_id: int, thread_id: int, external_id: int, name: str, inbox_item_id: int | None
) -> HandoffView:
    """Record that the asker now talks to operators in topic `thread_id` (a new or a reused topic)."""
    from storage import repo

    user = repo.get_or_create_user(session, "telegram", external_id)
    row = session.exec(
        select(HandoffTopic).where(HandoffTopic.chat_id == chat_id, HandoffTopic.external_id == external_id)
    ).first()
    if row is None:
        row = HandoffTopic(chat_id=chat_id, thread_id=thread_id, user_id=user.id or 0, external_id=external_id, name="")
    row.thread_id, row.name = thread_id, name[:128]
    row.active, row.inbox_item_id = True, inbox_item_id
    row.opened_at, row.closed_at = utcnow(), None
    session.add(row)
    session.flush()
    return _handoff_view(row)


def record_operator_reply(session: Session, topic: HandoffView, text: str, *, operator: str) -> StaffAnswer | None:
    """An operator's message sent to the asker from the topic: a staff answer on the hand-off's inbox
    item, delivered already (the bot sent it), so the outbox leaves it alone."""
    item = session.get(InboxItem, topic.inbox_item_id) if topic.inbox_item_id else None
    if item is None:
        return None
    reply = StaffAnswer(text=text.strip() or "(plik)", staff_login=operator[:64])
    session.add(reply)
    session.flush()
    now = utcnow()
    if item.status != "closed":
        item.status = "answered"
    item.answer_id, item.answered_at = reply.id, item.answered_at or now
    session.add(item)
    user = session.get(User, item.user_id) if item.user_id else None
    if user is not None:
        session.add(
            Delivery(
                answer_id=reply.id or 0,
                inbox_item_id=item.id or 0,
                user_id=user.id or 0,
                channel=user.channel,
                external_id=user.external_id,
                question=item.question,
                status="sent",
                attempts=1,
                delivered_at=now,
            )
        )
    session.flush()
    return reply


def end_handoff(session: Session, chat_id: int, thread_id: int) -> HandoffView | None:
    """`/zamknij`: the hand-off ends (the bot answers again) and its inbox item is closed.
    None when the topic belongs to nobody or the hand-off was already over."""
    row = session.exec(
        select(HandoffTopic).where(HandoffTopic.chat_id == chat_id, HandoffTopic.thread_id == thread_id)
    ).first()
    if row is None or not row.active:
        return None
    row.active, row.closed_at = False, utcnow()
    session.add(row)
    item = session.get(InboxItem, row.inbox_item_id) if row.inbox_item_id else None
    if item is not None:
        item.status = "closed"
        session.add(item)
    session.flush()
    return _handoff_view(row)


def handoff_brief(item: InboxView | None, *, asker: str, programme: str | None, again: bool = False) -> list[str]:
    """What operators see first in the topic (plain lines; the Telegram face escapes them)."""
    head = "Ponowna prośba o konsultanta" if again else "Prośba o konsultanta"
    lines = [head + (f" – pytanie nr {item.id} w skrzynce" if item else ""), f"Pytający: {asker}"]
    programme = (item.programme if item else None) or programme
    lines.append(f"Program: {programme.upper() if programme else 'nie wybrano'}")
    if item is not None:
        lines.append(f"Sprawa: „{item.question}”")
        if item.context:
            lines.append("Ostatnie wiadomości:")
            for turn in item.context[-CONTEXT_TURNS * 2 :]:
                who = "👤" if turn.get("role") == "user" else "🤖"
                lines.append(f"{who} {turn.get('text', '')[:300]}")
        if item.nearest:
            near = ", ".join(f"{n['entry_id']} ({float(n['score']):.2f})" for n in item.nearest)
            lines.append(f"Najbliższe wpisy FAQ: {near}")
    lines.append(
        "Odpowiedz w tym wątku – wiadomość trafi do pytającego z dopiskiem „Konsultant:”. "
        "/zamknij kończy rozmowę i oddaje ją botowi."
    )
    return lines


# --- from answer to knowledge ----------------------------------------------------------------------


@dataclass
class DraftView:
    id: int
    question: str
    questions: list[str]
    answer: str
    programme: str | None
    citation: str
    status: str

    def to_json(self) -> dict[str, Any]:
        return asdict(self)


def promote(session: Session, answer_id: int, *, citation: str | None = None) -> FaqDraft:
    """A FAQ draft from a staff answer: question variants from every item it answered."""
    reply = session.get(StaffAnswer, answer_id)
    if reply is None:
        raise HelpdeskError(f"Nie ma odpowiedzi nr {answer_id}.")
    items = session.exec(select(InboxItem).where(InboxItem.answer_id == answer_id).order_by(col(InboxItem.id))).all()
    variants: list[str] = []
    for item in items:
        if fold(item.question) not in {fold(v) for v in variants}:
            variants.append(item.question)
    programmes = {i.programme for i in items if i.programme}
    draft = FaqDraft(
        questions_json=json.dumps(variants, ensure_ascii=False),
        answer=reply.text,
        programme=programmes.pop() if len(programmes) == 1 else None,
        citation=(citation or "").strip() or None,
        answer_id=answer_id,
    )
    session.add(draft)
    session.flush()
    return draft


def _draft_view(draft: FaqDraft) -> DraftView:
    questions = json.loads(draft.questions_json)
    return DraftView(
        id=draft.id or 0,
        question=questions[0] if questions else "",
        questions=questions,
        answer=draft.answer,
        programme=draft.programme,
        citation=draft.citation or CONSULTANT_CITATION,
        status=draft.status,
    )


def drafts(session: Session, *, status: str | None = None) -> list[DraftView]:
    query = select(FaqDraft).order_by(col(FaqDraft.id).desc())
    if status:
        query = query.where(FaqDraft.status == status)
    return [_draft_view(d) for d in session.exec(query).all()]


def edit_draft(
    session: Session,
    draft_id: int,
    *,
    questions: Sequence[str] | None = None,
    answer_text: str | None = None,
    programme: str | None = None,
    citation: str | None = None,
) -> None:
    draft = _get_draft(session, draft_id)
    if questions is not None:
        cleaned = [q.strip() for q in questions if q.strip()]
        if not cleaned:
            raise HelpdeskError("Szkic musi mieć co najmniej jedno pytanie.")
        draft.questions_json = json.dumps(cleaned, ensure_ascii=False)
    if answer_text is not None:
        if not answer_text.strip():
            raise HelpdeskError("Odpowiedź szkicu jest pusta.")
        draft.answer = answer_text.strip()
    if programme is not None:
        draft.programme = programme or None
    if citation is not None:
        draft.citation = citation.strip() or None
    session.add(draft)


def _get_draft(session: Session, draft_id: int) -> FaqDraft:
    draft = session.get(FaqDraft, draft_id)
    if draft is None:
        raise HelpdeskError(f"Nie ma szkicu nr {draft_id}.")
    return draft


def decide(session: Session, draft_id: int, *, approve: bool, staff: str) -> FaqDraft:
    draft = _get_draft(session, draft_id)
    draft.status = "approved" if approve else "rejected"
    draft.decided_at, draft.decided_by = utcnow(), staff
    session.add(draft)
    return draft


@dataclass(frozen=True)
class ApprovedEntry:
    """An approved draft in the shape of a FAQ entry (`knowledge/faq/*.yaml`)."""

    id: str
    questions: tuple[str, ...]
    answer: str
    programme: str | None
    citation: str


def approved_entries(session: Session) -> list[ApprovedEntry]:
    rows = session.exec(select(FaqDraft).where(FaqDraft.status == "approved").order_by(col(FaqDraft.id))).all()
    return [
        ApprovedEntry(
            f"konsultant-{d.id}",
            tuple(json.loads(d.questions_json)),
            d.answer,
            d.programme,
            d.citation or CONSULTANT_CITATION,
        )
        for d in rows
    ]


def approved_version(session: Session) -> tuple[int, str]:
    """Cheap change marker for caches: (count, latest decision time) of approved drafts."""
    rows = session.exec(select(FaqDraft.decided_at).where(FaqDraft.status == "approved")).all()
    latest = max((r for r in rows if r is not None), default=None)
    return len(rows), latest.isoformat() if latest else ""


_STOP = frozenset(
    [
        "a",
        "i",
        "w",
        "we",
        "z",
        "ze",
        "o",
        "u",
        "na",
        "do",
        "od",
        "po",
        "za",
        "czy",
        "to",
        "ten",
        "ta",
        "te",
        "jak",
        "jaki",
        "jaka",
        "jakie",
        "kto",
        "co",
        "ile",
        "sie",
        "się",
        "nie",
        "tak",
        "jest",
        "sa",
        "są",
        "byc",
        "być",
        "moze",
        "może",
        "mozna",
        "można",
        "mozemy",
        "możemy",
        "moge",
        "mogę",
        "mamy",
        "ma",
        "jesli",
        "jeśli",
        "gdy",
        "oraz",
        "lub",
        "albo",
        "dla",
        "przy",
        "cg",
        "cp",
        "cs",
        "cyfrowa",
        "cyfrowej",
        "cyfrowy",
        "cyfrowym",
        "gmina",
        "gminie",
        "gminy",
        "powiat",
        "powiecie",
        "cyberbezpieczny",
        "cyberbezpiecznym",
        "samorzad",
        "samorzadzie",
        "samorząd",
        "samorządzie",
        "program",
        "programie",
    ]
)


@lru_cache(maxsize=4096)  # approved variants are matched against every question the bot gets
def _stems(text: str) -> frozenset[str]:
    """Content words of a question, cut to 5 letters (a crude stem, enough to match paraphrases)."""
    words = "".join(c if c.isalnum() else " " for c in fold(text)).split()
    return frozenset(w[:5] for w in words if w not in _STOP and len(w) > 2)


def match_approved(
    entries: Iterable[ApprovedEntry], question: str, programme: str | None = None, threshold: float = 0.8
) -> tuple[ApprovedEntry, float] | None:
    """The approved entry a question paraphrases, if any: most of the shorter side's content words
    shared (at least two), or a near-identical wording."""
    folded, asked = fold(question), _stems(question)
    best: tuple[ApprovedEntry, float] | None = None
    for entry in entries:
        if programme and entry.programme and entry.programme != programme:
            continue
        for variant in entry.questions:
            stems = _stems(variant)
            shared = len(asked & stems)
            overlap = shared / min(len(asked), len(stems)) if shared >= 2 else 0.0
            score = max(overlap, fuzz.ratio(folded, fold(variant)) / 100)
            if score >= threshold and (best is None or score > best[1]):
                best = (entry, round(score, 3))
    return best


def approved_answer(
    entries: Iterable[ApprovedEntry], question: str, programme: str | None, engine_answer: Any, *, strong: float = 0.95
) -> Any | None:
    """The approved staff answer for `question`, as the FAQ engine's `Answer`, or None.

    It answers what the engine refused, and also overrides an engine answer when the question is
    (nearly) the approved one word for word: staff answered it because the engine got it wrong.
    """
    hit = match_approved(entries, question, programme)
    if hit is None or (not getattr(engine_answer, "abstained", True) and hit[1] < strong):
        return None
    from knowledge.faq_engine import Answer

    entry, score = hit
    text = f"{entry.answer}\n\nŹródło: {entry.citation}"
    return Answer(text=text, abstained=False, entry_id=entry.id, programme=entry.programme, score=round(score, 3))


def export_faq_yaml(session: Session) -> str:
    """Approved drafts as YAML in the `knowledge/faq/` format, for review in git."""
    import yaml

    entries = []
    for entry in approved_entries(session):
        doc: dict[str, Any] = {
            "id": entry.id,
            "programmes": [entry.programme] if entry.programme else ["cg", "cp", "cs"],
            "question": entry.questions[0],
            "paraphrases": list(entry.questions[1:]),
            "answer": entry.answer,
            "citations": [{"doc": "konsultant", "section": entry.citation}],
        }
        entries.append(doc)
    header = "# Approved helpdesk answers (grantbot helpdesk export-faq). Review before moving into knowledge/faq/.\n"
    return header + (yaml.safe_dump(entries, allow_unicode=True, sort_keys=False, width=100) if entries else "[]\n")


# --- staff accounts and panel sessions -------------------------------------------------------------


def _hasher() -> Any:
    from argon2 import PasswordHasher

    return PasswordHasher()


def add_staff(session: Session, login: str) -> str:
    """Create (or reset) a staff account; returns a one-time password to hand over."""
    login = login.strip()
    if not login or len(login) > 64 or not all(c.isalnum() or c in "._-@" for c in login):
        raise HelpdeskError("Login może mieć do 64 znaków: litery, cyfry i . _ - @.")
    password = secrets.token_urlsafe(12)
    account = session.exec(select(StaffAccount).where(StaffAccount.login == login)).first()
    if account is None:
        account = StaffAccount(login=login, password_hash="")
    account.password_hash = _hasher().hash(password)
    session.add(account)
    return password


def verify_staff(session: Session, login: str, password: str) -> bool:
    from argon2.exceptions import InvalidHashError, VerificationError

    account = session.exec(select(StaffAccount).where(StaffAccount.login == login.strip())).first()
    if account is None:
        _hasher().hash(password)  # same cost whether or not the login exists
        return False
    try:
        _hasher().verify(account.password_hash, password)
    except (VerificationError, InvalidHashError):
        return False
    account.last_login = utcnow()
    session.add(account)
    return True


def login_blocked(session: Session, key: str, *, limit: int = 5, window: timedelta = timedelta(minutes=15)) -> bool:
    since = utcnow() - window
    recent = session.exec(select(LoginAttempt.at).where(LoginAttempt.key == key)).all()
    return sum(1 for at in recent if _aware(at) >= since) >= limit


def record_failed_login(session: Session, key: str) -> None:
    session.add(LoginAttempt(key=key[:160]))


def _aware(moment: datetime) -> datetime:
    """SQLite gives back naive datetimes for timezone columns; ours are always UTC."""
    return moment if moment.tzinfo else moment.replace(tzinfo=utcnow().tzinfo)


def _sha(token: str) -> str:
    import hashlib

    return hashlib.sha256(token.encode()).hexdigest()


def start_session(session: Session, login: str, *, hours: int = 8) -> tuple[str, str]:
    """A new panel session: (cookie token, CSRF token)."""
    token, csrf = secrets.token_urlsafe(32), secrets.token_urlsafe(32)
    session.add(
        PanelSession(
            token_sha256=_sha(token), csrf=csrf, staff_login=login, expires_at=utcnow() + timedelta(hours=hours)
        )
    )
    return token, csrf


def find_session(session: Session, token: str | None) -> PanelSession | None:
    if not token:
        return None
    row = session.exec(select(PanelSession).where(PanelSession.token_sha256 == _sha(token))).first()
    if row is None:
        return None
    return row if _aware(row.expires_at) > utcnow() else None


def end_session(session: Session, token: str | None) -> None:
    row = find_session(session, token)
    if row is not None:
        session.delete(row)


# --- statistics for the panel ----------------------------------------------------------------------


@dataclass
class HelpdeskStats:
    open_items: int
    answered_items: int
    median_response_hours: float | None
    thumbs_up: int
    thumbs_down: int
    per_entry: list[tuple[str, int, int]]  # entry, 👍, 👎 (most 👎 first)
    pending_deliveries: int


def helpdesk_stats(session: Session) -> HelpdeskStats:
    items = session.exec(select(InboxItem)).all()
    waits = sorted(
        (_aware(i.answered_at) - _aware(i.created_at)).total_seconds() / 3600
        for i in items
        if i.answered_at is not None
    )
    per_entry: dict[str, list[int]] = {}
    up = down = 0
    for fb in session.exec(select(Feedback)).all():
        counts = per_entry.setdefault(fb.entry_id or "(bez wpisu)", [0, 0])
        if fb.rating > 0:
            up += 1
            counts[0] += 1
        else:
            down += 1
            counts[1] += 1
    median = waits[len(waits) // 2] if waits else None
    pending = len(session.exec(select(Delivery.id).where(Delivery.status == "pending")).all())
    return HelpdeskStats(
        open_items=sum(1 for i in items if i.status == "open"),
        answered_items=sum(1 for i in items if i.status == "answered"),
        median_response_hours=round(median, 2) if median is not None else None,
        thumbs_up=up,
        thumbs_down=down,
        per_entry=sorted(((e, c[0], c[1]) for e, c in per_entry.items()), key=lambda t: (-t[2], -t[1], t[0])),
        pending_deliveries=pending,
    )
