"""What every feature shares: the turn being handled, the result type and context helpers."""

from __future__ import annotations

import re
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from decimal import Decimal
from typing import TYPE_CHECKING, Any, ClassVar

from bot.dialogue import texts
from bot.dialogue.events import UserRef
from bot.dialogue.replies import Block, Button, LogEntry, Outcome, Reply, note, reply
from bot.dialogue.session import Session
from knowledge.money import num
from knowledge.programmes import get_programme, programmes

if TYPE_CHECKING:
    from bot.dialogue.backends import Backends
    from bot.dialogue.core import Dialogue
    from bot.dialogue.store import Store

Result = tuple[Outcome, Session]
Progress = Callable[[int, int], Awaitable[None]]


@dataclass(frozen=True, slots=True)
class Turn:
    user: UserRef
    session: Session
    text: str = ""  # the cleaned message ("" for buttons and uploads)

    def with_session(self, session: Session) -> Turn:
        return Turn(self.user, session, self.text)


def programme_name(code: str) -> str:
    return get_programme(code).name


def over_threshold(code: str, net: Decimal) -> str | None:
    """The note that a purchase's net amount passes the programme's procurement threshold (baza konkurencyjności),
    with its source; None under it or where the programme states none."""
    fact = get_programme(code).get("procurement_threshold_net")
    if fact is None or fact.decimal is None or net <= fact.decimal:
        return None
    return texts.PRICED_OVER_THRESHOLD.format(
        net=f"{num(net)} zł", limit=f"{num(fact.decimal)} zł", source=fact.citation.human()
    )


def programme_block(code: str) -> Block:
    """The line that names the programme an answer is for."""
    return note(f"Program: {programme_name(code)}")


def programme_buttons(prefix: str = "prog", only: list[str] | None = None) -> tuple[tuple[Button, ...], ...]:
    """One button per programme (or per programme in `only`), in programme order."""
    return tuple(
        (Button(p.name, f"{prefix}:{c.value}"),) for c, p in programmes().items() if only is None or c.value in only
    )


def done(turn: Turn, *replies: Reply, log: LogEntry | None = None, session: Session | None = None) -> Result:
    return Outcome(tuple(replies), log), session if session is not None else turn.session


def say(turn: Turn, text: str, *, log: LogEntry | None = None, **kwargs: Any) -> Result:
    return done(turn, reply(text, **kwargs), log=log)


def led_by(text: str, result: Result) -> Result:
    """`result` with a reply saying `text` before its own ("Zapamiętałem: program X." and then the answer)."""
    outcome, session = result
    return Outcome((reply(text), *outcome.replies), outcome.log, outcome.ephemeral), session


class Feature:
    """Base of the feature modules; `dialogue` gives access to the others for hand-overs."""

    name = ""
    # Button action prefix -> method name (the method takes (turn, rest-of-action)).
    actions: ClassVar[dict[str, str]] = {}

    def __init__(self, dialogue: Dialogue) -> None:
        self.dialogue = dialogue

    @property
    def backends(self) -> Backends:
        return self.dialogue.backends

    @property
    def store(self) -> Store:
        return self.dialogue.store

    def feature(self, name: str) -> Any:
        return self.dialogue.features[name]

    async def text(self, turn: Turn) -> Result | None:
        """Try free text; None lets the next feature try."""
        return None

    async def pending(self, turn: Turn) -> Result | None:
        """An answer to what this feature asked (session.pending); None: not an answer."""
        return None


# "dla nas", "(Brodnica)", "a gmina?": the message points at a unit of its own, not at the grant just shown
_UNIT_POINTED = re.compile(r"(?i)\b(?:nas|nam|my|nasz\w*|gmin\w*|powiat\w*|miast\w*|wojew\w*)\b|\(")
# "tam", "w nim", "w tym programie": the programme of the previous answer, whatever the unit
# "tam", "w tym programie"; "u nich", "dla niej": the unit just talked about, in the programme it was talked about in
_THERE = re.compile(
    r"(?i)\b(?:tam|tamże|w\s+nim|w\s+tym\s+programie|w\s+tym\s+konkursie|(?:u|dla)\s+(?:nich|niej|niego))\b"
)


# "w naszym programie", "wracając do naszego programu", "u nas w programie": the programme of the user's profile
_OUR_PROGRAMME = re.compile(r"(?i)\bnasz\w*\s+program\w*|\bprogram\w*,?\s+w\s+kt[oó]rym\s+jeste[sś]my")


def context_programme(turn: Turn, text: str | None = None) -> str | None:
    """The programme a message is about: named in it > the previous turn's topic > the profile."""
    from bot.dialogue.parsing import detect_programmes

    named = detect_programmes(turn.text if text is None else text)
    if len(named) == 1:
        return named[0]
    allowed = programmes_for_unit(turn.session.unit_code, turn.session.level)
    topic = turn.session.topic
    if turn.session.programme and _OUR_PROGRAMME.search(turn.text if text is None else text):
        return turn.session.programme  # "wracając do naszego programu – …": the one the user said is theirs
    if topic is not None and topic.programme and _THERE.search(turn.text if text is None else text):
        return topic.programme  # "a jaka tam jest alokacja?": there = the programme just talked about
    if topic is not None and topic.programme and topic.programme in allowed:
        return topic.programme
    if (
        topic is not None
        and topic.kind == "grant"
        and topic.programme in programmes_for_unit(topic.subject)
        and not _UNIT_POINTED.search(turn.text if text is None else text)
    ):
        # "a powiat starachowicki ile?" asked by a gmina, then "a od czego to zależy?": the grant just shown was
        # the powiat's, in Cyfrowy Powiat – the unit chosen does not decide what "to" is
        return topic.programme
    # A programme the chosen unit cannot be in (a powiat after a Cyfrowa Gmina answer) is not context.
    if turn.session.programme in allowed:
        return turn.session.programme
    return allowed[0] if len(allowed) == 1 else None  # a województwo is only in Cyberbezpieczny Samorząd


def programmes_for_unit(unit_code: str | None, level: str | None = None) -> list[str]:
    """The programmes a unit may be in, by its TERYT code's length, else by the level the user
    stated ("jesteśmy powiatem"); nothing known: all three."""
    code = unit_code or ""
    if len(code) == 7 or (not code and level == "gmina"):
        return ["cg", "cs"]
    if len(code) == 4 or (not code and level == "powiat"):
        return ["cp", "cs"]
    if len(code) == 2 or (not code and level == "województwo"):
        return ["cs"]
    return ["cg", "cp", "cs"]
