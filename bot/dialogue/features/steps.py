"""What comes next in a programme, when an official asks "co teraz?" ("przejąłem projekt po poprzedniku, umowę
podpisano 15.03.2022 – co teraz?"): the programme's deadlines and duties from its documents, one line each with its
source, the diagnosis deadline counted from the agreement date when the conversation gave one."""

from __future__ import annotations

import re
from datetime import date, timedelta
from typing import Any

from bot.dialogue import texts
from bot.dialogue.features.base import Feature, Result, Turn, context_programme, done, programme_name
from bot.dialogue.parsing import detect_programmes
from bot.dialogue.parsing.agreement import agreement_said
from bot.dialogue.parsing.amounts import parse_date
from bot.dialogue.replies import LogEntry, item, note, reply, title
from knowledge.compute import add_months
from knowledge.programmes import get_programme

# "co teraz?", "co dalej?", "od czego zacząć?", "jakie są kolejne kroki?", "co mamy teraz robić?"
_WHAT_NOW = re.compile(
    r"(?i)\b(?:co\s+(?:teraz|dalej|mam\w*\s+(?:teraz\s+)?(?:robi[cć]|zrobi[cć])|nale[zż]y\s+(?:teraz\s+)?zrobi[cć]|"
    r"trzeba\s+(?:teraz\s+)?zrobi[cć]|nas\s+(?:teraz\s+)?czeka)|od\s+czego\s+zacz\w*|"
    r"(?:jakie\s+(?:s[aą]\s+)?)?(?:kolejne|nast[eę]pne|dalsze)\s+kroki)\b"
)
# "w ciągu 6 miesięcy", "do 30 dni": the diagnosis period in the programme's rule
_PERIOD = re.compile(r"(?i)\b(?:w\s+ci[aą]gu|do)\s+(?P<n>\d{1,3})\s+(?P<unit>miesi\w*|dni)\b")


def asks_next_steps(text: str) -> bool:
    """ "poprzednik złożył wniosek w cp, umowę podpisano 15.03.2022. co teraz?" – what comes next asked.

    >>> asks_next_steps("przejąłem projekt po poprzedniku. co teraz?"), asks_next_steps("co dalej z laptopem?")
    (True, False)
    """
    found = _WHAT_NOW.search(text)
    if found is None or len(text.split()) > 45:
        return False
    return not re.match(r"\s*(?:z|ze|w|we|o)\s", text[found.end() :])  # "co dalej z laptopem?": a thing asked


class Steps(Feature):
    name = "steps"

    async def text(self, turn: Turn) -> Result | None:
        topic = turn.session.topic
        if not asks_next_steps(turn.text) or (topic is not None and topic.kind in ("report", "document")):
            return None  # "co teraz?" after a report or the files: what to fix in the set (the settlement)
        if await self.store.documents(turn.user.channel, turn.user.id):
            return None  # documents sent: the set is what comes next
        named = detect_programmes(turn.text)
        code = named[0] if len(named) == 1 else context_programme(turn)
        if not code:
            return None
        session = turn.session.with_(programme=turn.session.programme or code)
        signed = parse_date(agreement_said(turn.text) or turn.session.signed or "")
        out = reply(title(texts.NEXT_STEPS_TITLE.format(name=programme_name(code))), *_lines(code, signed))
        return done(turn, out, log=LogEntry("faq", turn.text, programme=code), session=session)


def _lines(code: str, signed: date | None) -> list[Any]:
    """The programme's deadlines and duties, each with its source."""
    programme = get_programme(code)
    blocks: list[Any] = []

    def add(text: str, key: str) -> None:
        blocks.append(item(text))
        blocks.append(note("Źródło: " + programme.fact(key).citation.human()))

    diagnosis = programme.get("diagnosis")
    if diagnosis is not None:
        what = str(diagnosis.value)
        period = _PERIOD.search(what)
        if signed is not None and period is not None:
            n = int(period.group("n"))
            due = add_months(signed, n) if period.group("unit").startswith("mies") else signed + timedelta(days=n)
            span = f"{n} {'miesięcy' if period.group('unit').startswith('mies') else 'dni'}"
            what += f" – umowa z {signed:%d.%m.%Y} + {span} = {due:%d.%m.%Y}"
        add(what[:1].upper() + what[1:] + ".", "diagnosis")
    end = programme.get("project_end")
    if end is not None and end.date is not None:
        add(texts.NEXT_STEPS_END.format(day=f"{end.date:%d.%m.%Y}"), "project_end")
    start = programme.get("costs_from")
    if start is not None and start.date is not None:
        add(texts.NEXT_STEPS_COSTS.format(day=f"{start.date:%d.%m.%Y}"), "costs_from")
    settlement = programme.get("settlement")
    if settlement is not None:
        add(texts.NEXT_STEPS_SETTLEMENT.format(what=settlement.value), "settlement")
    durability = programme.get("durability_years")
    if durability is not None:
        add(texts.NEXT_STEPS_DURABILITY.format(years=durability.value), "durability_years")
    blocks.append(note(texts.NEXT_STEPS_NOTE))
    return blocks


FEATURE = Steps
