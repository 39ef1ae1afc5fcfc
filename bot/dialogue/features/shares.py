"""A figure of the conversation as a share of the grant: "a ile to procent naszego grantu?" after "20 laptopów po
3 900 netto", "wracając do tego serwera – ile to procent z tych 300 tysięcy?", "a to doradztwo – ile to procent
grantu?" after a report; and "ile to netto?" after a thing said with its gross price.

The figure is the one pointed at (a thing named in the message, else the thing or report talked about last); the
grant is the one the message says ("jeśli dostaliśmy 400 tysięcy", "maksymalnego grantu w cp"), else the amount
given for the report, else the grant computed in this conversation. Nothing is guessed: without both a figure and
a grant the question goes on to the other features."""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal
from typing import Any

from bot.dialogue import texts
from bot.dialogue.features import report_figures as figures
from bot.dialogue.features.base import Feature, Result, Turn, context_programme, done, programme_name
from bot.dialogue.parsing import detect_programmes
from bot.dialogue.parsing.quantities import Priced, cost_in, costs_in, steps
from bot.dialogue.parsing.report import scaled
from bot.dialogue.replies import LogEntry, code, note, reply
from bot.dialogue.session import Topic
from knowledge.money import num
from knowledge.normalize import fold

# "ile to procent naszego grantu?", "jaki to procent grantu?", "ile procent grantu to doradztwo?"
PERCENT_ASKED = re.compile(
    r"(?i)\b(?:ile|jaki\w*)\s+(?:(?:to|by|jest|b[eę]dzie|stanowi\w*|wynosi)\s+)*(?:procent\w*|%)"
    r"|\bjak\w*\s+(?:cz[eę][sś][cć]|udzia[lł]\w*)\s+(?:(?:naszego|tego|ca[lł]ego)\s+)?grant"
)
# the grant the share is of, said in the message: "z tych 300 tysięcy", "jeśli dostaliśmy 400 tysięcy", "grantu 350 tys"
_GRANT_FIGURE = re.compile(
    r"(?i)(?<![\d,.])(?P<n>\d{1,3}(?:[ \u00a0]\d{3})+(?:[.,]\d{1,2})?|\d+(?:[.,]\d{1,2})?)\s*"
    r"(?P<k>tys\w*\.?|k\b|mln\w*\.?)?\s*(?:z[lł]\w*)?"
)
# a price said with a thing: "po 3 800 netto", "za 45 000 zł"
_PRICES = re.compile(
    r"(?i)\b(?:po|za)\s+\d[\d \u00a0]*(?:[.,]\d{1,2})?\s*(?:tys\w*\.?|k\b)?\s*(?:z[lł]\w*|pln)?\s*(?:netto|brutto)?"
)
_MAX_GRANT = re.compile(r"(?i)\bmaksymaln\w*\s+grant\w*|\bgrant\w*\s+maksymaln\w*|\bmaksimum\b")
_MIN_GRANT = re.compile(r"(?i)\bminimaln\w*\s+grant\w*|\bgrant\w*\s+minimaln\w*")
_ADVISORY = re.compile(r"(?i)doradz\w*|doradcz\w*|doradc\w*")
# the words of the question that name no thing ("ile to procent naszego grantu, jeśli dostaliśmy …")
_NOT_A_THING = re.compile(
    r"(?i)^(?:a|i|to|ten|ta|te|tego|tej|tych|ile|jaki\w*|procent\w*|grant\w*|nasz\w*|wasz\w*|z|ze|w|we|na|od|do|"
    r"jest|by|byłoby|b[eę]dzie|stanowi\w*|wynosi\w*|je[sś]li|je[zż]eli|gdy|dostali\w*|dostaniemy|otrzyma\w*|"
    r"mamy|mieli\w*|maksymaln\w*|minimaln\w*|tysi\w*|tys|mln|zł|zl|pln|cp|cg|cs|cyfrow\w*|powiat\w*|gmin\w*|"
    r"cyberbezpieczn\w*|samorz\w*|wracaj\w*|wr[oó]\w*|jeszcze|ca[lł]\w*|kwot\w*|cz[eę][sś][cć]|udzia[lł]\w*|"
    r"netto|brutto|vat\w*|bez|tym|tamt\w*|razem|wszystk\w*|sum\w*|pyta|pani|pan|skarbnik|w[oó]jt\w*|chce|wiedzie[cć])$"
)
# "ile to netto?", "a brutto?", "ile to bez VAT?": the other basis of the thing just priced
_BASIS_ASKED = re.compile(
    r"(?i)^\W*(?:a|i)?\s*(?:ile\s+)?(?:(?:to|b[eę]dzie|wychodzi|jest)\s+)?(?:netto|brutto|bez\s+vat[\w-]*|z\s+vat[\w-]*)\W*$"
)
_CENT = Decimal("0.01")


# "a my ile …?", "nasz grant", "możemy": the user's own unit meant
_OURS = re.compile(r"(?i)\b(?:my|nam|nas|nasz\w*|mo[zż]emy|dostali[sś]my|dostaniemy|mamy)\b")


@dataclass(frozen=True)
class Figure:
    label: str
    net: Decimal | None
    gross: Decimal | None
    lines: tuple[str, ...] = ()  # how it was computed (a price said with a count)


def _listed_figure(listed: list[Priced]) -> Figure:
    """The purchases said in the message, added up (each computed as said, 23 % VAT where only one basis is given)."""
    if len(listed) == 1:
        one = listed[0]
        label = f"{one.count} × {one.thing}" if one.count > 1 else one.thing
        return Figure(label, one.net, one.gross, tuple(steps(one)))
    net = sum((c.net for c in listed), Decimal(0))
    gross = sum((c.gross for c in listed), Decimal(0))
    lines = [line for c in listed for line in steps(c)[:1]]
    lines.append(f"razem: netto {num(net)} zł, brutto {num(gross)} zł")
    label = ", ".join(f"{c.count} × {c.thing}" if c.count > 1 else c.thing for c in listed)
    return Figure(label, net, gross, tuple(lines))


class Shares(Feature):
    name = "shares"

    async def text(self, turn: Turn) -> Result | None:
        if _BASIS_ASKED.match(turn.text):
            return self._basis(turn)
        if not PERCENT_ASKED.search(turn.text):
            return None
        thing = " ".join(w for w in re.findall(r"[^\W\d_][\w-]*", turn.text) if not _NOT_A_THING.match(w))
        programme = context_programme(turn)
        topic = turn.session.topic
        if not thing.strip() and topic is not None and topic.kind == "report" and topic.subject == "doradztwo":
            thing = "doradztwo"  # "to doradztwo się mieści?", then "a ile to procent grantu?": the advisory lines
        figure = await self._figure(turn, thing)
        if figure is None:
            return None
        # the prices of the things said are no grant: "15 laptopów po 3 800 i serwer za 45 000 – ile to procent?"
        asked = turn if not costs_in(turn.text) else Turn(turn.user, turn.session, _PRICES.sub(" ", turn.text))
        grant, whence = await self.grant_known(asked, programme)
        if grant is None or grant <= 0:
            return None
        return self._said(turn, figure, grant, whence, programme)

    def _basis(self, turn: Turn) -> Result | None:
        """ "ile to netto?" after "a serwer za 48 tys. brutto?": the price on the other basis, at 23 % VAT."""
        topic = turn.session.topic
        if topic is None or topic.kind not in ("item", "faq"):
            return None
        said = cost_in(topic.subject)
        if said is None or not said.kind:
            return None
        out = reply(texts.PRICED_LEAD, *(code(line) for line in steps(said)), kind="faq")
        return done(turn, out, log=LogEntry("faq", turn.text, programme=topic.programme or None))

    async def _figure(self, turn: Turn, thing: str) -> Figure | None:
        """The figure pointed at: the thing named (a report line, the advisory lines, a thing priced before), else
        the thing priced or the report talked about last."""
        listed = costs_in(turn.text)
        if listed:
            # "chcemy kupić 15 laptopów po 3 800 netto i serwer za 45 000 netto. ile to procent naszego grantu?"
            return _listed_figure(listed)
        topic = turn.session.topic
        report = await self.store.latest_report(turn.user.channel, turn.user.id)
        if report is not None and (_ADVISORY.search(turn.text) or (topic is not None and topic.kind == "report")):
            found = self._in_report(report, thing)
            if found is not None:
                return found
        priced = self._priced(turn, thing)
        if priced is not None:
            return Figure(
                f"{priced.count} × {priced.thing}" if priced.count > 1 else priced.thing,
                priced.net,
                priced.gross,
                tuple(steps(priced)),
            )
        return None

    def _in_report(self, report: Any, thing: str) -> Figure | None:
        if _ADVISORY.search(thing):
            net = figures.advisory_net(report.csv or "", "netto")
            gross = figures.advisory_net(report.csv or "", "brutto")
            return Figure("usługi doradcze w raporcie", net, gross) if net is not None or gross is not None else None
        if thing:
            named = figures.naming(figures.line_figures(report.csv or ""), thing)
            if len(named) == 1:
                return Figure(named[0].label, named[0].net, named[0].gross)
            if named:
                return None
        totals = {f.label: f for f in figures.total_figures(report.summary)}
        eligible = totals.get("suma „Kwalifikowalne”")
        if eligible is None or thing:
            return None
        return Figure("wydatki kwalifikowalne w raporcie", eligible.net, eligible.gross)

    def _priced(self, turn: Turn, thing: str) -> Priced | None:
        """A thing said with its price in this conversation: the one the message names ("tego serwera"), else the
        one talked about last."""
        topic = turn.session.topic
        said = [topic.subject] if topic is not None and topic.kind in ("item", "faq") else []
        said += [n.split("\x1f", 1)[0].split(":")[1] for n in reversed(turn.session.notes) if n.startswith("item:")]
        said += [a.split("\x1f", 1)[0] for a in reversed(turn.session.asked)]
        stems = [fold(w)[:5] for w in thing.split() if len(w) >= 4]
        for text in said:
            found = cost_in(text)
            if found is None:
                continue
            if not stems or any(s in fold(found.thing) for s in stems):
                return found
        return None

    async def grant_known(self, turn: Turn, programme: str | None) -> tuple[Decimal | None, str]:
        """The grant: said in the message, the programme's maximum or minimum named, the amount given for the
        report, else the grant computed here for the unit talked about."""
        for match in _GRANT_FIGURE.finditer(turn.text):
            if match.group("k") or len(re.sub(r"\D", "", match.group("n"))) >= 5:
                value = scaled(match.group("n"), match.group("k") or "")
                if value is not None and value >= 10_000:
                    return value, "grant podany w pytaniu"
        named = detect_programmes(turn.text)
        which = named[0] if len(named) == 1 else programme
        bound = "max_grant" if _MAX_GRANT.search(turn.text) else "min_grant" if _MIN_GRANT.search(turn.text) else ""
        if bound and which:
            from knowledge.programmes import get_programme

            fact = get_programme(which).get(bound)
            if fact is not None and fact.decimal is not None:
                word = "maksymalny" if bound == "max_grant" else "minimalny"
                return fact.decimal, f"{word} grant w programie {programme_name(which)} ({fact.citation.human()})"
        params = await self.store.params(turn.user.channel, turn.user.id)
        if params.grant_amount is not None:
            return params.grant_amount, "kwota grantu podana do raportu"
        code_ = turn.session.grant_unit
        ours = turn.session.unit_code or ""
        if ours and ours != code_ and ours in turn.session.units_seen() and _OURS.search(turn.text):
            # "a my ile na doradztwo możemy wydać?" after a neighbour's grant: ours, computed earlier
            code_ = ours
        if code_ and self.backends.grants is not None:
            seen = turn.session.units_seen().get(code_, "")
            for candidate in [which] if which else ["cg", "cp", "cs"]:
                amount = await self.feature("grant").computed_amount(code_, candidate, Decimal(seen) if seen else None)
                if amount is not None:
                    return amount, f"grant wyliczony w rozmowie ({programme_name(candidate)})"
        return None, ""

    def _said(self, turn: Turn, figure: Figure, grant: Decimal, whence: str, programme: str | None) -> Result:
        lines = list(figure.lines)
        for basis, amount in (("netto", figure.net), ("brutto", figure.gross)):
            if amount is None:
                continue
            share = (amount / grant * 100).quantize(_CENT, ROUND_HALF_UP)
            lines.append(f"{basis}: {num(amount)} zł ÷ {num(grant)} zł × 100 = {num(share)} %")
        blocks: list[Any] = [note(f"Program: {programme_name(programme)}")] if programme else []
        blocks += [
            texts.SHARE_OF_GRANT.format(thing=figure.label, grant=f"{num(grant)} zł", whence=whence),
            *(code(line) for line in lines),
            note(texts.SHARE_OF_GRANT_NOTE),
        ]
        topic = turn.session.topic
        kept = topic if topic is not None else Topic("faq", programme=programme or "")
        return done(
            turn,
            reply(*blocks),
            log=LogEntry("faq", turn.text, programme=programme),
            session=turn.session.with_(topic=kept),
        )


FEATURE = Shares
