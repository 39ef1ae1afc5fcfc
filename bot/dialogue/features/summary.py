"""What the conversation settled, on request ("podsumuj, co ustaliliśmy", "napisz to krótko, do notatki dla wójta",
/podsumuj): every grant computed, every purchase judged, every rule answered and every report made, one line each with
its figure and source, in the order they came up.

The lines are kept on the session (`Session.notes`) by `noted`, a pure function of the replies each turn produced, so
that a summary never recomputes anything: it repeats what was said, and the conversation's own corrections ("nie,
G to 1900") replace the line they correct.
"""

from __future__ import annotations

import re

from bot.dialogue import texts
from bot.dialogue.features.base import Feature, Result, Turn, done, programme_name
from bot.dialogue.replies import LogEntry, Reply, Style, item, note, reply, title

# "podsumuj, co ustaliliśmy", "podsumowanie proszę", "napisz to krótko, do notatki dla wójta", "streść to",
# "zbierz mi to w punktach"
_ASKED = re.compile(
    r"(?i)\bpodsumuj\w*|\bpodsumowani\w*\s+(?:rozmowy|tego|naszej|ca[lł]o[sś]ci)|^\W*(?:\w+\s+)?podsumowani\w*\W*$|"
    r"\bco\s+(?:(?:do\s+tej\s+pory|ju[zż]|dzi[sś])\s+)?ustalili[sś]my\b|"
    r"\bstre[sś][cć]\w*|\bdo\s+notatki\b|\bnapisz\s+(?:mi\s+)?(?:to\s+)?(?:kr[oó]tko|w\s+skr[oó]cie)|"
    r"\bzbierz\s+(?:mi\s+)?(?:to|wszystko)\b"
)
_KEPT = 14  # lines kept on the session
_LINE = 260  # characters per line at most
_SOURCE = re.compile(r"^Źródł[oa]:\s*")
_GRANT_UNIT = re.compile(r"^Grant dla:\s*(?P<unit>[^(]+?)\s*(?:\(|$)")
_G_GIVEN = re.compile(r"^Wskaźnik G podany w rozmowie:\s*(?P<g>[\d\s ,]+zł)")
_VERDICT_ITEM = re.compile(r"^\W*(?P<programme>Cyfrowa Gmina|Cyfrowy Powiat|Cyberbezpieczny Samorząd):\s*(?P<rest>.+)$")
_REPORT_TITLE = re.compile(r"^Wstępna kontrola rozliczenia\s*[–-]\s*(?P<rest>.+)$")


# "przypomnij, dla której gminy rozmawiamy?", "o jakiej jednostce mówimy?", "w jakim programie jesteśmy?"
_CONTEXT_ASKED = re.compile(
    r"(?i)\b(?:dla|o)\s+(?:kt[oó]rej|jakiej)\s+(?:gmin\w*|jednost\w*|jst|powi(?:at|ec)\w*)\s+(?:\w+\s+)?"
    r"(?:rozmawiamy|m[oó]wimy|chodzi|liczy\w*|jeste[sś]my)\b"
    r"|\b(?:dla|o)\s+(?:kt[oó]ry|jaki|kt[oó]rym|jakim)\s+(?:powiat\w*|powiecie)\s+(?:\w+\s+)?(?:rozmawiamy|m[oó]wimy|chodzi)\b"
    r"|\b(?:w|o)\s+(?:jakim|kt[oó]rym)\s+programie\s+(?:\w+\s+)?(?:jeste[sś]my|rozmawiamy|m[oó]wimy)\b"
    r"|\bprzypomnij\w*\W+(?:mi\W+)?(?:\w+\W+)?(?:kt[oó]r\w*|jak\w*)\s+(?:gmin\w*|jednost\w*|jst|powiat\w*|program\w*)\b"
)


def asks_context(text: str) -> bool:
    """ "to przypomnij, dla której gminy rozmawiamy?", "w jakim programie jesteśmy?" – the context asked back.

    >>> asks_context("to przypomnij, dla której gminy rozmawiamy?"), asks_context("w jakim programie jesteśmy?")
    (True, True)
    >>> asks_context("dla której gminy jest Cyfrowa Gmina?")
    False
    """
    return bool(_CONTEXT_ASKED.search(text)) and len(text.split()) <= 12


def asks_summary(text: str) -> bool:
    """ "podsumuj, co ustaliliśmy", "poproszę podsumowanie", "napisz to krótko, do notatki dla wójta" – not a question
    about a summary the programmes require ("co ma zawierać podsumowanie projektu?").

    >>> asks_summary("podsumuj, co ustaliliśmy"), asks_summary("poproszę podsumowanie")
    (True, True)
    >>> asks_summary("co ma zawierać podsumowanie wniosku rozliczającego?")
    False
    """
    return bool(_ASKED.search(text)) and len(text.split()) <= 14


def _first_sentence(text: str, enough: int = 0) -> str:
    """The text's first sentence – and the next ones while shorter than `enough` ("Tak: 58 800 zł to więcej niż
    próg." says little without the sentence naming the rule)."""
    text = " ".join(text.split())
    ends = [m.start() for m in re.finditer(r"(?<=[^\d\s][.!?])\s+(?=[A-ZĄĆĘŁŃÓŚŹŻ„])", text)] + [len(text)]
    first = next((text[:end] for end in ends if end >= enough), text)
    return first if len(first) <= _LINE else first[: _LINE - 1].rsplit(" ", 1)[0] + "…"


def _source(reply_: Reply) -> str:
    for block in reply_.blocks:
        if block.style == Style.NOTE and _SOURCE.match(block.text):
            return _SOURCE.sub("", block.text).split(";")[0].strip()
    return ""


def _grant(reply_: Reply) -> list[tuple[str, str]]:
    unit, g = "", ""
    lines: list[tuple[str, str]] = []
    for block in reply_.blocks:
        if block.style == Style.TITLE and (m := _GRANT_UNIT.match(block.text)):
            unit = m.group("unit")
        elif m := _G_GIVEN.match(block.text):
            g = m.group("g")
        elif block.style == Style.ITEM and (v := _VERDICT_ITEM.match(block.text)) and unit:
            amount = v.group("rest").split(" Cyfrowa Gmina jest")[0]
            if " – podaj wskaźnik G" in amount:
                amount = amount.split(" – podaj wskaźnik G")[0] + " (bez wskaźnika G)"
            with_g = f" (G = {g})" if g and v.group("programme") == "Cyfrowa Gmina" else ""
            lines.append(
                (
                    f"grant:{unit}:{v.group('programme')}",
                    f"Grant – {unit}, {v.group('programme')}: {_first_sentence(amount)}{with_g}",
                )
            )
    return lines


def _purchase(reply_: Reply) -> list[tuple[str, str]]:
    thing = ""
    lines: list[tuple[str, str]] = []
    source = _source(reply_)
    for block in reply_.blocks:
        if block.style == Style.TITLE and block.text.startswith("Zakup:"):
            thing = block.text.removeprefix("Zakup:").strip()
        elif block.style == Style.ITEM and (v := _VERDICT_ITEM.match(block.text)) and thing:
            rest = v.group("rest")
            one = re.match(r"„(?P<one>[^”]+)”\s*[–-]\s*(?P<rest>.+)$", rest)
            what, rest = (one.group("one"), one.group("rest")) if one else (thing, rest)
            verdict, _, why = rest.partition(". ")
            if verdict.startswith("do indywidualnej oceny") and why:
                verdict += " – " + _first_sentence(why)[:140]
            cited = f" ({source})" if source else ""
            lines.append((f"item:{what}:{v.group('programme')}", f"{what} – {v.group('programme')}: {verdict}{cited}"))
    return lines


def _faq(reply_: Reply) -> list[tuple[str, str]]:
    programme = next(
        (b.text.removeprefix("Program:").strip() for b in reply_.blocks if b.text.startswith("Program:")), ""
    )
    body = " ".join(b.text for b in reply_.blocks if b.style == Style.TEXT and b.text.strip())
    if not body or body.startswith("Nie znam odpowiedzi"):
        return []
    body = body.removeprefix("Odpowiedź zależy od programu.").strip()  # the programmes' parts follow, named
    said = _first_sentence(body, enough=100)
    source = _source(reply_)
    head = f"{programme}: " if programme and not said.startswith(programme) else ""
    cited = f" ({source})" if source else ""
    return [(f"faq:{programme}:{said[:60]}", f"{head}{said}{cited}")]


def _report(reply_: Reply) -> list[tuple[str, str]]:
    text = "\n".join(block.text for block in reply_.blocks)
    lines = [line.strip() for line in text.split("\n") if line.strip()]
    head = next((m for line in lines if (m := _REPORT_TITLE.match(line))), None)
    if head is None:
        return []
    kept = [line for line in lines if line.startswith(("Kwalifikowalne:", "Niekwalifikowalne:"))]
    kept += [line.lstrip("❌ ").strip() for line in lines if line.startswith("❌") and "Poz." not in line][:3]
    positions = [line for line in lines if re.match(r"^\W*Poz\. \d+", line)][:6]
    kept += [re.sub(r"^\W*", "", line) for line in positions]
    body = "; ".join(kept)
    return [(f"report:{head.group('rest')}", f"Raport ({head.group('rest')}): {body}")]


_BY_KIND = {"grant": _grant, "purchase": _purchase, "faq": _faq, "report": _report}


def noted(notes: tuple[str, ...], replies: tuple[Reply, ...]) -> tuple[str, ...]:
    """The conversation's lines after a turn's replies: each grant, verdict, rule and report one line ("key\\x1fline"),
    a line of the same key (the same unit and programme, the same thing, the same report) replacing the older one."""
    kept = dict(n.split("\x1f", 1) for n in notes if "\x1f" in n)
    for one in replies:
        for key, line in _BY_KIND.get(one.kind, lambda _r: [])(one):
            kept.pop(key, None)
            kept[key] = line
    return tuple(f"{k}\x1f{v}" for k, v in kept.items())[-_KEPT:]


class Summary(Feature):
    name = "summary"

    async def text(self, turn: Turn) -> Result | None:
        if asks_context(turn.text):
            return self.context(turn)
        if not asks_summary(turn.text):
            return None
        return await self.show(turn)

    def context(self, turn: Turn) -> Result:
        """ "przypomnij, dla której gminy rozmawiamy?", "w jakim programie jesteśmy?": the unit and the programme the
        conversation holds now."""
        session = turn.session
        topic = session.topic
        programme = (topic.programme if topic is not None and topic.programme else "") or session.programme
        lines = [
            texts.CONTEXT_UNIT.format(unit=session.unit_name) if session.unit_name else texts.CONTEXT_NO_UNIT,
            texts.CONTEXT_PROGRAMME.format(name=programme_name(programme)) if programme else texts.CONTEXT_NO_PROGRAMME,
        ]
        return done(turn, reply(" ".join(lines)), log=LogEntry("other", turn.text))

    async def command(self, turn: Turn, arg: str) -> Result:
        return await self.show(turn)

    async def show(self, turn: Turn) -> Result:
        notes = turn.session.notes
        if any(n.startswith("report:") for n in notes):
            # the report as it stands now: "VAT odliczamy" said after the last /raport changes its figures
            now = await self.feature("settlement").summary_now(turn)
            if now is not None:
                fresh = reply(*now.split("\n\n"), kind="report")
                notes = noted(tuple(n for n in notes if not n.startswith("report:")), (fresh,))
        lines = [n.split("\x1f", 1)[1] for n in notes if "\x1f" in n]
        entry = LogEntry("other", turn.text or "/podsumuj")
        if not lines:
            return done(turn, reply(texts.SUMMARY_EMPTY, kind="summary"), log=entry)
        out = reply(
            title(texts.SUMMARY_TITLE), *(item(line) for line in lines), note(texts.SUMMARY_NOTE), kind="summary"
        )
        return done(turn, out, log=entry)


FEATURE = Summary
