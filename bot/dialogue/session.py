"""Per-user conversation state. Kept JSON-safe so that it can live in aiogram's FSM storage
(memory or Redis) and any bot process can continue any conversation."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field, replace
from typing import Any


@dataclass(frozen=True, slots=True)
class Choice:
    """One option the user was offered (a unit from a name search)."""

    code: str
    label: str


@dataclass(frozen=True, slots=True)
class Pending:
    """What the bot is waiting for.

    kind: "unit" (choose among `choices`, then do `purpose`), "g" (the wskaźnik G for `unit_code`),
    "delete" (confirm /usun_dane).
    """

    kind: str
    purpose: str = ""  # "grant" | "jst"
    choices: tuple[Choice, ...] = ()
    unit_code: str = ""
    programme: str = ""
    g: str = ""  # a wskaźnik G given with the request, kept while a unit is chosen
    interrupted: bool = False  # a unit choice kept through one unrelated message ("a tak w ogóle …?")


@dataclass(frozen=True, slots=True)
class Topic:
    """What the previous turn was about, so that an elliptical follow-up can be resolved.

    kind: "faq" (subject: the question), "item" (subject: the item), "grant" (subject: the unit
    code, g: the wskaźnik G given), "report"/"document" (the settlement set).
    """

    kind: str
    programme: str = ""  # the programme the answer was for ("" when it named several or none)
    subject: str = ""
    g: str = ""  # Decimal as text
    entry: str = ""  # FAQ entry id
    listed: str = ""  # the things of the last list judged, one per line ("a ten pierwszy?" after "a to ostatnie?")


@dataclass(frozen=True, slots=True)
class Session:
    programme: str | None = None
    unit_code: str | None = None
    unit_name: str | None = None
    grant_unit: str = ""  # the unit of the last grant computed ("a w cs ile?" after another question)
    # the units whose grants were computed, in order, "code:G" ("ta pierwsza", "tamta druga", "wracając do nas")
    grants_seen: tuple[str, ...] = field(default=())
    g_before: str = ""  # "code:G": the G a correction replaced for that unit ("a przy tym pierwszym G?")
    level: str | None = None  # "gmina" | "powiat" | "województwo" when the user said it without naming the unit
    unit_hint: str = ""  # the kind and region said with the level ("miejsko-wiejska z wielkopolski")
    pending: Pending | None = None
    documents: tuple[str, ...] = field(default=())  # names in the settlement set (ids are in the DB)
    seen: bool = False  # the stored profile has been looked up for this state
    topic: Topic | None = None  # the previous turn's subject (context for follow-ups)
    offer: str = ""  # the action a plain "tak" accepts (the next step the last reply suggested)
    # the numbered questions of the last message that listed them, each with what its answer was about
    # ("a ta pierwsza rzecz – jak to policzyliście?"): question and Topic fields joined by "\x1f"
    asked: tuple[str, ...] = field(default=())
    # what the conversation settled, one line per grant, verdict, rule and report ("key\x1fline"), for a summary
    notes: tuple[str, ...] = field(default=())
    # "ours:theirs": our programme and that of someone else brought in ("a starostwo chce … z cs – a oni?"), so that
    # "a oni firewall?" and "a u nas …?" are asked where each party is (bot.dialogue.parsing.parties)
    parties: str = ""
    # when the grant agreement was signed, as the user said it ("umowę podpisano 15.03.2022"): the deadlines counted
    # from it ("do kiedy diagnoza?") use it later in the conversation (bot.dialogue.parsing.agreement)
    signed: str = ""

    def with_(self, **changes: Any) -> Session:
        return replace(self, **changes)

    def units_seen(self) -> dict[str, str]:
        """The units whose grants were computed, in the order they came up, each with its G ("" for none)."""
        return dict(seen.split(":", 1) for seen in self.grants_seen)

    def with_grant_seen(self, code: str, g: str) -> Session:
        """The unit's grant computed now (with the G used, else the one given before): a unit talked about
        again keeps its place; the last six are kept."""
        seen = self.units_seen()
        before = f"{code}:{seen[code]}" if g and seen.get(code) and seen[code] != g else self.g_before
        seen[code] = g or seen.get(code, "")
        return replace(self, grants_seen=tuple(f"{c}:{v}" for c, v in seen.items())[-6:], g_before=before)

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)

    @classmethod
    def from_dict(cls, data: dict[str, Any] | None) -> Session:
        if not data:
            return cls()
        raw_pending = data.get("pending")
        pending = None
        if isinstance(raw_pending, dict):
            pending = Pending(
                kind=str(raw_pending.get("kind", "")),
                purpose=str(raw_pending.get("purpose", "")),
                choices=tuple(Choice(str(c["code"]), str(c["label"])) for c in raw_pending.get("choices", ()) or ()),
                unit_code=str(raw_pending.get("unit_code", "")),
                programme=str(raw_pending.get("programme", "")),
                g=str(raw_pending.get("g", "") or ""),
                interrupted=bool(raw_pending.get("interrupted", False)),
            )
        raw_topic = data.get("topic")
        topic = None
        if isinstance(raw_topic, dict):
            topic = Topic(
                **{k: str(raw_topic.get(k, "")) for k in ("kind", "programme", "subject", "g", "entry", "listed")}
            )
        return cls(
            topic=topic,
            offer=str(data.get("offer", "") or ""),
            programme=data.get("programme"),
            unit_code=data.get("unit_code"),
            unit_name=data.get("unit_name"),
            level=data.get("level"),
            unit_hint=str(data.get("unit_hint", "") or ""),
            grant_unit=str(data.get("grant_unit", "") or ""),
            grants_seen=tuple(str(x) for x in data.get("grants_seen", ()) or ()),
            g_before=str(data.get("g_before", "") or ""),
            pending=pending,
            documents=tuple(data.get("documents", ()) or ()),
            seen=bool(data.get("seen", False)),
            asked=tuple(str(x) for x in data.get("asked", ()) or ()),
            notes=tuple(str(x) for x in data.get("notes", ()) or ()),
            parties=str(data.get("parties", "") or ""),
            signed=str(data.get("signed", "") or ""),
        )

    def with_asked(self, answered: list[tuple[str, Topic | None]]) -> Session:
        """The numbered questions just answered, each with the topic its answer left."""
        kept = []
        for question, topic in answered:
            fields = (topic.kind, topic.programme, topic.subject, topic.g, topic.entry) if topic else ("",) * 5
            kept.append("\x1f".join((question, *fields)))
        return replace(self, asked=tuple(kept))

    def asked_topic(self, number: int) -> tuple[str, Topic | None] | None:
        """The question numbered `number` (from 1) of the last list, and the topic its answer left."""
        if not 1 <= number <= len(self.asked):
            return None
        question, kind, programme, subject, g, entry = (self.asked[number - 1].split("\x1f") + [""] * 6)[:6]
        topic = Topic(kind, programme=programme, subject=subject, g=g, entry=entry) if kind else None
        return question, topic
