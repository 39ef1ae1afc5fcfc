"""Questions about the rules, answered by the FAQ engine (through its public `ask` only).

Every answer tied to a programme names it; when the engine answers from another programme than
the one in context (the entry exists only there), the answer says so instead of passing it off
as the context programme's rule. A follow-up question the engine cannot place on its own
("a jak nie zdążymy?") is asked again together with the previous question.
"""

from __future__ import annotations

import contextlib
import re
from dataclasses import replace
from decimal import Decimal
from functools import lru_cache
from typing import Any, ClassVar

from bot.dialogue import texts
from bot.dialogue.features.base import (
    Feature,
    Result,
    Turn,
    context_programme,
    done,
    led_by,
    over_threshold,
    programme_block,
    programme_buttons,
    programme_name,
    programmes_for_unit,
)
from bot.dialogue.parsing import detect_programmes, follow_up, g_value, strip_programmes
from bot.dialogue.parsing.agreement import with_agreement
from bot.dialogue.parsing.amounts import parse_date
from bot.dialogue.parsing.answers import COUNT_AT_PRICE, NOT_BOUGHT
from bot.dialogue.parsing.quantities import (
    PER_PIECE,
    cost_in,
    costs_in,
    figure_asked,
    figure_asked_in,
    for_the_engine,
    piece_steps,
    priced,
    recounted,
    steps,
)
from bot.dialogue.parsing.report import scaled
from bot.dialogue.replies import Button, LogEntry, Outcome, code, note, reply, short_label, title
from bot.dialogue.session import Choice, Pending, Topic
from knowledge.money import num, zl
from knowledge.normalize import fold
from knowledge.programmes import get_programme

APPROVED_REFRESH = 30.0  # seconds
# Another programme's entry makes the question ambiguous only when it matches about as well.
ALTERNATIVE_SCORE_SHARE = 0.82


def _load_approved(engine: Any) -> list[Any]:
    from services.helpdesk import approved_entries
    from storage import session_scope

    with session_scope(engine) as session:
        return approved_entries(session)


# A question about the official's own figure: "ile" with a number of four digits or more, or in thousands.
# "przy grancie 200000 to ile?", "grant mamy 300 tysięcy, to ile to w złotych?"
_FIGURE = r"(?:\d[\d ]{3,}|\d\s*(?:tys|mln|milion)|\b(?:tysi[aąeę]c\w*|milion\w*)\b)"

# "ten termin", "tego limitu", "ta kwota": the rule just answered, pointed at
# "a powiat ziemski w cs tyle samo?" after "a województwo w cs ile dostaje?": the same amount question, another subject
_AS_MUCH = re.compile(
    r"(?i)^\W*(?:a|i|no\s+a)\s+(?P<who>.+?)\s*(?:,|-|–)?\s+(?:te[zż]\s+)?(?:tyle\s+samo|te[zż]\s+tyle|tak\s+samo\s+du[zż]o)"
    r"(?:\s+(?:co|jak)\s+\w+)?\s*\??\s*$"
)
_HOW_MUCH_ASKED = re.compile(
    r"(?i)\bile\s+(?:\w+\s+)?(?:dostaj\w*|dostan\w*|wynosi\w*|mo[zż]\w*\s+\w+|max\w*|maksymaln\w*)"
)
_POINTS_BACK = re.compile(
    r"(?i)\b(?:ten|ta|to|tego|tej|tym|t[eę])\s+(?:termin\w*|limit\w*|pr[oó]g\w*|progu|okres\w*|obowi[aą]z\w*|wym[oó]g\w*|"
    r"kwot\w*|procent\w*|diagnoz\w*|ankiet\w*|zasad\w*|warun\w*)"
)
# a fragment of an answer pasted back in quotes: „…”, "…", «…»
_PASTED = re.compile(r"[„\"«](?P<quote>[^”\"»]{30,})[”\"»]")

# "netto czy brutto?", "dni robocze czy kalendarzowe?": a detail of the question just answered, asked alone
_CLARIFYING = re.compile(r"(?i)^\W*(?:a\s+|i\s+)?(?:\w+\s+)?\w+\s+czy\s+\w+(?:\s+\w+)?\W*$")

_OWN_FIGURE = re.compile(
    rf"(?i)\bile\b.*{_FIGURE}|{_FIGURE}.*\bile\b|\bprzy\s+(?:grancie|kwocie|dofinansowaniu)\s+(?:\w+\s+){{0,3}}?{_FIGURE}"
)


# "przy naszym grancie", "z naszej kwoty": the grant the user's unit got (stated for the report)
_OUR_GRANT = re.compile(r"(?i)\bnasz\w*\s+(?:grant\w*|grancie|kwot\w*|dofinansowani\w*)|\bprzyznan\w*\s+nam\b")


# "netto czy brutto?", "a to brutto?", "w dniach roboczych czy kalendarzowych?": which reading of the answer just given
_ELLIPTIC_CHOICE = re.compile(r"(?i)^\W*(?:a\s+)?(?:to\s+)?\w+\s+czy\s+\w+\W*$|^\W*a\s+(?:to\s+)?(?:netto|brutto)\W*$")
# "a ile z tego można dać na doradztwo?": the grant just computed
_THIS_PROGRAMME = re.compile(r"(?i)\bw\s+(?:tym|naszym|tamtym)\s+programie\b")
# "60 tysięcy brutto", "za 48 tys. zł", "120 000 netto": an amount of money said
_MONEY_SAID = re.compile(
    r"(?i)\d[\d\s\u00a0]*(?:[.,]\d{1,2})?\s*(?:tys\w*\.?|k\b|mln\w*|z[lł]\w*|pln)(?:\s+(?:netto|brutto))?"
    r"|\d[\d\s\u00a0]*(?:[.,]\d{1,2})?\s*(?:netto|brutto)\b"
)
# "od jakiej kwoty trzeba bazy konkurencyjności?": a rule on an amount, set against a figure said next
_THRESHOLD_TALK = re.compile(
    r"(?i)\bpr[oó]g\w*|\bbaz[aąęy]?\b|konkurencyj\w*|przetarg\w*|zam[oó]wie\w*|\bpzp\b|\btryb\w*|rozeznani\w*|od\s+jakiej\s+kwoty"
)
# "12 skanerów po 4 900 netto – jaki tryb?": a rule on the amount asked, not the thing's verdict
_RULE_ASKED = re.compile(
    r"(?i)\bpr[oó]g\w*|\bbaz[aąęy]?\b|\bbaz\w*\s+konkurenc\w*|konkurencyjno\w*|przetarg\w*|zam[oó]wie\w*|\bpzp\b|\btryb\w*|"
    r"procedur\w*|rozeznani\w*|ofert\w*|doradz\w*|doradcz\w*|procent\w*|%|limit\w*|vat\w*|netto\s*\?|brutto\s*\?"
)
# a share of the grant: the advisory cap, "ten limit", "5 procent"
_SHARE = re.compile(
    r"(?i)\bdorad\w*|\blimit\w*|\bz\s+tego\b|\d\s*(?:%|proc\w*)|procent\w*|\bpo[lł]ow\w*|\b[cć]wier[cć]\w*"
)
# "czy grant może pokryć całe koszty, 100%?": the funding level asked about, no share of the grant to compute
_WHOLE_COST = re.compile(
    r"(?i)\b100\s*(?:%|proc\w*)|\bca[lł]\w*\s+(?:koszt\w*|wydatk\w*|kwot\w*)|\bw\s+ca[lł]o[sś]ci\b|\bwk[lł]ad\w*\s+w[lł]asn"
)
# "połowa z tego", "ćwierć": a share said in words, as a percentage the engine computes
_SHARE_WORDS = (
    (re.compile(r"(?i)\bpo[lł]ow\w*"), "50 %"),
    (re.compile(r"(?i)\b[cć]wier[cć]\w*"), "25 %"),
)
# digits of an amount (not of a percentage): "przy 300 tys." has its own figure, "5 %" is not one
_AMOUNT_DIGITS = re.compile(r"\d(?![\d\s,.]*(?:%|proc))")
# "te 9 tys za doradztwo", "na doradztwo wydaliśmy 9 000 zł": the advisory spending said with its figure
_SPENT_FIGURE = r"\d{1,3}(?:[ \u00a0]\d{3})*(?:[.,]\d{1,2})?|\d+(?:[.,]\d{1,2})?"
_ADVICE_SPENT = re.compile(
    rf"(?i)(?P<n>{_SPENT_FIGURE})\s*(?P<k>tys\w*\.?|k\b)?\s*(?:z[lł]\w*\s+)?(?:netto\s+|brutto\s+)?(?:za|na)\s+"
    # "firma chce 30 tys za opis przedmiotu zamówienia": advice on what to buy is the advisory service
    r"(?:doradztw\w*|us[lł]ug\w*\s+doradcz\w*|(?:przygotowani\w*\s+)?opis\w*\s+przedmiotu\s+zam[oó]wienia|opz\b)"
    # "na doradztwo poszło 12 tys": the figure after
    # "usługa doradcza za 20k netto", "doradztwo za 12 tys.": the service, then its price
    r"|(?:(?:za|na)\s+doradztw\w*|doradztw\w*\s+(?:za|kosztuj\w*)|us[lł]ug\w*\s+doradcz\w*\s+(?:za|kosztuj\w*|na\s+kwot\w*))"
    rf"\s+(?:[^\W\d]+\s+){{0,2}}?(?P<n2>{_SPENT_FIGURE})\s*(?P<k2>tys\w*\.?|k\b)?"
    # "doradca chce 9 840 zł brutto", "firma doradcza wyceniła to na 12 tys.": the adviser's price
    r"|(?:doradc\w*|firm\w*\s+doradcz\w*)\s+(?:chce|bierze|wyceni\w*|[zż][aą]da|proponuje|kosztuje|oferuje|policzy\w*)"
    rf"\s+(?:[^\W\d]+\s+){{0,2}}?(?P<n3>{_SPENT_FIGURE})\s*(?P<k3>tys\w*\.?|k\b)?"
)
# "o ile za dużo?", "czy przekraczamy?", "mieścimy się?": how far the spending is from the cap
_HOW_FAR = re.compile(
    r"(?i)za\s+du[zż]o|przekracz\w*|ponad\s+limit|mie[sś]ci\w*|o\s+ile|nadwy[zż]k\w*|za\s+ma[lł]o|przejdzie|wejdzie|zmie[sś]ci"
    # "to co z resztą?": what of the amount above the cap
    r"|co\s+z\s+reszt\w*|a\s+reszt\w*|reszt\w*\s+(?:kto|z\s+czego|sk[aą]d)"
)
_ADVISORY_CAP_SOURCE = {
    "cg": "Cyfrowa Gmina – regulamin konkursu grantowego (styczeń 2024), §4 ust. 6 pkt 2 lit. a",
    "cp": "Cyfrowy Powiat – schemat grantowy, Wydatki kwalifikowalne i sposób rozliczania grantów, pkt 2 ppkt 2 lit. a",
}
_G_INDEX = re.compile(r"(?i:\bwska[zź]nik\w*\s+)G\b|(?<![\w/])G(?![\w])(?=\s+(?:to|jest|sk[aą]d|wynosi|mamy|bierze))")
_AT_THIS_FIGURE = re.compile(
    r"(?i)\bprzy\s+(?:tym|tej\s+kwocie|takiej\s+kwocie|takim|tych)\s+(?=\d)|\b(?:z|od)\s+(?:tych|tego|tej\s+kwoty)\s+(?=\d)"
)
# the grant put into the question before ("a ile z 192310.00 zł …", "… (grant 406655.06 zł)?")
GRANT_CARRIED = re.compile(r"\bz (?P<n>\d+(?:\.\d+)?) zł|\(grant (?P<m>\d+(?:\.\d+)?) zł\)")
# "z tego grantu", "z naszego grantu": the grant computed in this conversation, named as such
# "z tego grantu", "a 5 % od tej kwoty z cg": the grant computed in this conversation, pointed at after other talk
_OF_THIS_GRANT = re.compile(
    r"(?i)\b(?:z|od|dla)\s+(?:tego|naszego|wyliczonego|policzonego)\s+grantu\b"
    r"|\b(?:z|od)\s+(?:tej|tamtej|naszej|wyliczonej|policzonej)\s+kwoty\b(?!\s*\d)"
)
_FROM_THIS = re.compile(
    r"(?i)\bz\s+(?:tego|tej\s+kwoty|tego\s+grantu|tych\s+pieni\w+|tej\s+sumy"
    # "5% z pierwotnej kwoty" after a what-if: the grant as computed from the registry's figures
    r"|(?:pierwotn|pierwsz|wyj[sś]ciow|oryginaln|naszej|naszego)\w*\s+(?:kwot\w*|grant\w*|sum\w*))\b"
)
# "od tej kwoty 331 tys z CG", "z tamtego grantu 465 tys": a grant computed here, said rounded to thousands
_THAT_ROUNDED = re.compile(
    r"(?i)\b(?:t[eę]j|tamt\w*|tego|t[aą]|tych)\s+(?:(?:kwot\w*|grant\w*|sum\w*)\s+)?(?:(?:to|czyli|ok\.?|oko[lł]o)\s+)?"
    r"(?P<n>\d{1,3}(?:[.,]\d{1,2})?)\s*(?P<k>tys\w*\.?|k\b|mln\b\.?)"
)


# "co to jest ZUCH?", "co oznacza SCCO?", "czym jest GWG?": what a word stands for
_DEFINITION_ASKED = re.compile(
    r"(?i)\bco\s+to\s+(?:jest|s[aą]|za|znaczy|oznacza)\b|\bco\s+(?:znaczy|oznacza|oznaczaj[aą])\b|\bczym\s+(?:jest|s[aą])\b"
)


class Faq(Feature):
    name = "faq"
    actions: ClassVar[dict[str, str]] = {"faq": "on_entry"}

    def __init__(self, dialogue: Any) -> None:
        super().__init__(dialogue)
        faq = self.backends.faq
        # FAQ content is fixed for the life of the process, so answers can be cached.
        self._ask = lru_cache(maxsize=4096)(faq.ask) if faq is not None and self.backends.faq_ask is None else None
        self._approved: list[Any] = []
        self._approved_at = -APPROVED_REFRESH

    async def answer(self, question: str, programme: str | None) -> Any:
        asked = " ".join(question.split())
        if self.backends.faq_ask is not None:
            found = await self.backends.faq_ask(asked, programme)
        else:
            assert self._ask is not None
            found = self._ask(asked, programme)
        approved = await self._approved_entries()
        if approved:
            from services.helpdesk import approved_answer

            return approved_answer(approved, asked, programme, found) or found
        return found

    async def _approved_entries(self) -> list[Any]:
        """Helpdesk answers approved as knowledge, re-read every 30 s (every process, no restart)."""
        import time

        now = time.monotonic()
        if now - self._approved_at > APPROVED_REFRESH:
            self._approved_at = now
            # The database down: keep what we had, the engine still answers.
            with contextlib.suppress(Exception):
                self._approved = await self.store.read(_load_approved, self.store.engine)
        return self._approved

    async def _with_our_grant(self, turn: Turn, question: str) -> str:
        """'ile max na doradztwo przy naszym grancie?': the granted amount the user stated for the report;
        'a ile z tego można dać na doradztwo?' right after a grant computed exactly: that grant."""
        topic = turn.session.topic
        if _WHOLE_COST.search(question):
            return question
        # the unit of the grant talked about, also after "aha, czyli jednak cyfrowa gmina" set the programme
        unit_code = (topic.subject if topic.kind == "grant" else turn.session.grant_unit) if topic is not None else ""
        ours = turn.session.unit_code or ""
        if (
            unit_code
            and ours
            and ours != unit_code
            and ours in turn.session.units_seen()
            and _OURS_ASKED.search(question)
        ):
            # "a my ile na doradztwo możemy wydać?" right after a neighbour's grant: our own grant, computed before
            unit_code = ours
            g_ours = turn.session.units_seen()[ours]
            # (with our G given, our grant is Cyfrowa Gmina's, whatever programme the neighbour's was talked in)
            programme_ours = "cg" if g_ours and not detect_programmes(question) else (topic.programme if topic else "")
            topic = replace(topic, kind="grant", subject=ours, g=g_ours, programme=programme_ours) if topic else topic
        # "wracając do cg – ile max na doradztwo z tego grantu?" after other talk: the grant is named, not implied
        named_grant = _OF_THIS_GRANT.search(question) and turn.session.grant_unit
        if named_grant and (topic is None or topic.kind != "grant"):
            unit_code = turn.session.grant_unit
        if (
            (_FROM_THIS.search(question) or _SHARE.search(question))
            and not _AMOUNT_DIGITS.search(question)
            and topic is not None
            and (topic.kind in ("grant", "programme") or named_grant)
            and unit_code
            and self.backends.grants is not None
        ):
            named = detect_programmes(question)
            programme = named[0] if len(named) == 1 else (topic.programme or turn.session.programme or "cg")
            g = (topic.g if topic.kind == "grant" else "") or turn.session.units_seen().get(unit_code, "")
            amount = await self.feature("grant").computed_amount(unit_code, programme, Decimal(g) if g else None)
            if amount is not None and not named and programme != context_programme(turn, question):
                # "a my ile na doradztwo?" after our powiat's CP range: our own grant's programme, said
                return _with_amount(f"{question.rstrip(' ?')} w programie {programme_name(programme)}?", amount)
            if amount is not None:
                return _with_amount(question, amount)
        carried = GRANT_CARRIED.search(topic.subject) if topic is not None and topic.kind == "faq" else None
        share = re.search(r"(?i)doradz|doradcz|\d\s*%|procent|po[lł]ow|[cć]wier", question)
        if carried and share and not _AMOUNT_DIGITS.search(question) and len(question.split()) <= 6:
            # "a ile z tego na szkolenia?" (the grant put in), then "a na doradztwo?": the same grant – at most the
            # largest grant of a programme named now ("a w cyfrowym powiecie też 5%?" after a CG grant of 400 000)
            amount = Decimal(carried.group("n") or carried.group("m"))
            named = detect_programmes(question)
            return _with_amount(question, _capped(amount, named[0] if len(named) == 1 else None))
        rounded = _THAT_ROUNDED.search(question)
        if rounded is not None and self.backends.grants is not None:
            # "a te 5 % od tej kwoty 331 tys z CG?": the exact grant computed here that the user rounded
            said = scaled(rounded.group("n"), rounded.group("k"))
            named = detect_programmes(question)
            first = named[0] if len(named) == 1 else (topic.programme if topic is not None else "") or "cg"
            # "1,3 mln" stands for anything rounded to a tenth of a million, "331 tys" to a thousand
            step = Decimal(10) ** (6 if rounded.group("k").casefold().startswith("mln") else 3)
            places = len(rounded.group("n").replace(",", ".").partition(".")[2])
            tolerance = step / Decimal(10) ** places
            # the programme named, else the one talked about, then the others: "z tych 1,3 mln" after a talk of
            # Cyfrowy Powiat is still the Cyfrowa Gmina grant computed here
            for programme in dict.fromkeys([first] + ([] if len(named) == 1 else ["cg", "cp", "cs"])):
                for code_, g in reversed(list(turn.session.units_seen().items())):
                    grants = self.feature("grant")
                    amount = await grants.computed_amount(code_, programme, Decimal(g) if g else None)
                    if amount is not None and said is not None and abs(amount - said) < tolerance:
                        exact = f"{format(amount, 'f')} zł"
                        if programme != first:
                            exact += f" ({programme_name(programme)})"
                        return question[: rounded.start("n")] + exact + question[rounded.end("k") :]
        # "a ile z tego na doradztwo?", "ile wynosi ten limit 5 procent?" while settling: the granted amount
        # the user gave for the report
        settling = topic is not None and topic.kind in ("report", "document") and bool(_SHARE.search(question))
        if not (_OUR_GRANT.search(question) or settling) or _AMOUNT_DIGITS.search(question):
            return question
        params = await self.store.params(turn.user.channel, turn.user.id)
        if params.grant_amount is None:
            return question
        return _with_amount(question, params.grant_amount.normalize())

    async def _grant_talked_about(self, turn: Turn, programme: str) -> Decimal | None:
        """The exact grant computed in this conversation for the unit talked about (with the G given for it)."""
        topic = turn.session.topic
        unit_code = topic.subject if topic is not None and topic.kind == "grant" else turn.session.grant_unit
        if not unit_code or self.backends.grants is None:
            return None
        g = turn.session.units_seen().get(unit_code, "")
        amount: Decimal | None = await self.feature("grant").computed_amount(
            unit_code, programme, Decimal(g) if g else None
        )
        return amount

    async def advisory_excess(self, turn: Turn, question: str, context: str | None) -> Result | None:
        """ "czyli te 9 tys za doradztwo to o 1500 za dużo?" with the grant given for the report: the 5 % cap of that
        grant (CG regulamin §4 ust. 6 pkt 2 lit. a; CP schemat, Wydatki kwalifikowalne pkt 2 ppkt 2 lit. a) and how
        far the advisory spending is above or below it."""
        spent = _ADVICE_SPENT.search(question)
        if spent is None or context not in _ADVISORY_CAP_SOURCE or not _HOW_FAR.search(question):
            return None
        params = await self.store.params(turn.user.channel, turn.user.id)
        grant = params.grant_amount or await self._grant_talked_about(turn, context) or _grant_said_before(turn)
        if grant is None:
            return None
        figure = scaled(
            spent.group("n") or spent.group("n2") or spent.group("n3"),
            spent.group("k") or spent.group("k2") or spent.group("k3") or "",
        )
        if figure is None:
            return None
        cap = (grant * Decimal("0.05")).quantize(Decimal("0.01"))
        lines = [
            texts.ADVISORY_CAP_LINE.format(programme=programme_name(context), grant=zl(grant), cap=zl(cap)),
            (texts.ADVISORY_OVER if figure > cap else texts.ADVISORY_WITHIN).format(
                spent=zl(figure), diff=zl(abs(figure - cap))
            ),
        ]
        out = reply(*lines, note("Źródło: " + _ADVISORY_CAP_SOURCE[context]))
        entry = LogEntry("faq", question, programme=context)
        # the cap is the topic now: "a gdyby grant wynosił 1,2 mln?" asks it of another grant
        return done(turn, out, log=entry, session=turn.session.with_(topic=Topic("faq", context, question)))

    async def text(self, turn: Turn) -> Result:
        return await self.ask(turn, turn.text)

    async def ask(
        self, turn: Turn, question: str, programme: str | None = None, *, log_text: str | None = None
    ) -> Result:
        """The question answered; a purchase said with its count and unit price ("12 skanerów po 4 900 zł netto")
        is computed first and asked about as its net total, and "a gdyby 10 sztuk?" / "a ile w tym VAT?" after it
        recompute the same purchase."""
        question = with_agreement(question, turn.session.signed)  # "do kiedy diagnoza?" after "umowę podpisano …"
        question = self._at_bound_grant(turn, question, programme)
        late = self._project_late(turn, question, programme)
        if late is not None:
            return late
        topic = turn.session.topic
        earlier = topic.subject if topic is not None and topic.kind == "faq" else ""
        if topic is not None and topic.kind == "item" and priced(topic.subject) is not None:
            earlier = topic.subject  # "3 UPS-y po 2 000 zł netto" judged, then "ile to razem brutto?"
        if topic is not None and earlier and priced(earlier) is not None:
            again = recounted(earlier, question)
            if again is not None:
                question = again
            elif _ABOUT_THAT_BUY.search(question) and len(question.split()) <= 10 and priced(question) is None:
                # "to musimy iść przez bazę konkurencyjności?" after "20 laptopów za 78 000 zł netto – …": asked of
                # that purchase (its total against the threshold), which stays the subject ("a jakby ich było 12?")
                said = priced(earlier)
                assert said is not None
                question = f"{earlier[said.start : said.end]} – {question}"
            elif figure_asked(question) or (PER_PIECE.search(question) and len(question.split()) <= 6):
                said = priced(earlier)
                assert said is not None
                lines = steps(said) + (piece_steps(said) if PER_PIECE.search(question) or said.said_total else [])
                out = reply(texts.PRICED_LEAD, *(code(line) for line in lines), kind="faq")
                return done(turn, out, log=LogEntry("faq", log_text or question, programme=topic.programme or None))
        added = self._added_to_list(turn, question, programme, log_text)
        if added is not None:
            return added
        listed = costs_in(question)
        if len(listed) >= 2 and self.backends.classify is not None:
            # "10 laptopów po 4 000 zł netto, 2 firewalle po 15 000 zł i drukarkę za 2 000 zł – ile z tego pokryje
            # CS?": every thing judged, none dropped, and what the eligible ones add up to
            priced_list: Result = self.feature("purchase").priced_list(turn, question, listed, programme, log_text)
            return priced_list
        said = priced(question)
        one = cost_in(question) if said is None else None
        if one is not None and figure_asked_in(question):
            # "macierz za 62 400 netto, ile to brutto?": the other figure of the one thing priced, computed
            out = reply(texts.PRICED_LEAD, *(code(line) for line in steps(one)), kind="faq")
            context = programme or _context(turn, question, None)
            return done(
                turn,
                out,
                log=LogEntry("faq", log_text or question, programme=context or None),
                session=turn.session.with_(topic=Topic("faq", context or "", question)),
            )
        if said is None:
            answered = await self._answered(turn, question, programme, log_text=log_text)
            return self._threshold_noted(answered, one, programme) if one is not None else answered
        if PER_PIECE.search(question[said.end :]) or (said.said_total is not None and figure_asked_in(question)):
            # "12 czytników za 2 340 zł netto razem – ile netto za sztukę?": the price of one piece, net and gross
            lines = steps(said) + piece_steps(said)
            out = reply(texts.PRICED_LEAD, *(code(line) for line in lines), kind="faq")
            context = programme or _context(turn, question, None)
            topic_now = Topic("faq", context or "", question)
            return done(
                turn,
                out,
                log=LogEntry("faq", log_text or question, programme=context or None),
                session=turn.session.with_(topic=topic_now),
            )
        if not _RULE_ASKED.search(question) and self.backends.classify is not None:
            # "a 20 laptopów po 3 900 netto w cs?": the thing's verdict, with its total (a rule on amounts – the
            # procurement threshold – only as a note when the total passes it)
            return self._priced_verdict(turn, question, said, programme, log_text)
        outcome, session = await self._answered(
            turn, for_the_engine(question, said), programme, log_text=log_text or question
        )
        lead = reply(texts.PRICED_LEAD, *(code(line) for line in steps(said)), kind="text")
        if session.topic is not None and session.topic.kind == "faq":
            session = session.with_(topic=replace(session.topic, subject=question))
        return Outcome((lead, *outcome.replies), outcome.log, outcome.ephemeral), session

    def _project_late(self, turn: Turn, question: str, programme: str | None) -> Result | None:
        """ "do kiedy musimy skończyć projekt?", then "a jeśli nie zdążymy?": what happens to a project not finished
        in time the documents do not say – an honest answer with the operator's contacts, not the late-diagnosis rule
        the words alone find."""
        topic = turn.session.topic
        if topic is None or topic.kind != "faq" or not topic.entry.endswith("okres-realizacji"):
            return None
        if not _LATE_ASKED.match(question):
            return None
        from knowledge.programmes import contact_lines

        context = programme or topic.programme or context_programme(turn, question)
        codes = [context] if context else ["cg", "cp", "cs"]
        text = f"{texts.PROJECT_LATE}\n\nZapytaj operatora programu:\n{contact_lines(codes)}"
        blocks: list[Any] = [programme_block(context)] if context else []
        out = reply(*blocks, *text.split("\n\n"), kind="faq_abstained")
        entry = LogEntry("faq", question, programme=context or None, abstained=True)
        return done(turn, out, log=entry, session=turn.session.with_(topic=replace(topic, subject=question)))

    def _at_bound_grant(self, turn: Turn, question: str, programme: str | None) -> str:
        """ "jaki limit na doradców?", then "a ile to przy maksymalnym grancie?": the same share asked of the
        programme's largest (or smallest) grant, with that amount said."""
        bound = _AT_BOUND.search(question)
        topic = turn.session.topic
        if bound is None or topic is None or topic.kind != "faq" or not _ADVISORY_WORD.search(topic.subject):
            return question
        if _ADVISORY_WORD.search(question):
            return question
        context = programme or topic.programme or context_programme(turn, question)
        if not context:
            return question
        fact = get_programme(context).get("min_grant" if bound.group("low") else "max_grant")
        if fact is None or fact.decimal is None:
            return question
        return f"ile na doradztwo przy grancie {format(fact.decimal, 'f')} zł w programie {programme_name(context)}?"

    def _added_to_list(self, turn: Turn, question: str, programme: str | None, log_text: str | None) -> Result | None:
        """ "a jak dołożymy macierz za 12 000 zł netto, to już trzeba (bazy konkurencyjności)?" after a priced list: the
        thing added to the list's total, that total against the procurement threshold (never the new price alone)."""
        before = turn.session.topic
        one = cost_in(question)
        if before is None or not before.listed:
            return None
        if one is None or not _ADDED_TO_LIST.search(question):
            one = None
            if not (_THRESHOLD_ASKED.search(question) and _OF_THIS_PURCHASE.search(question)):
                return None  # "czy przy tym zakupie trzeba bazy konkurencyjności?": the list's total, below
        prior = [c for c in (cost_in(part) for part in before.listed.split("\n")) if c is not None]
        context = programme or before.programme or context_programme(turn, question)
        if not prior or not context:
            return None
        so_far = sum((c.net for c in prior), Decimal(0))
        total = so_far + (one.net if one is not None else Decimal(0))
        lines = [
            texts.ADDED_TO_LIST.format(before=f"{num(so_far)} zł", added=f"{num(one.net)} zł", total=f"{num(total)} zł")
            if one is not None
            else texts.LIST_TOTAL.format(total=f"{num(total)} zł")
        ]
        over = over_threshold(context, total)
        fact = get_programme(context).get("procurement_threshold_net")
        if over is not None:
            limit_net = fact.decimal if fact is not None and fact.decimal is not None else total
            lines += [texts.OVER_THRESHOLD_YES.format(total=f"{num(total)} zł", limit=f"{num(limit_net)} zł"), over]
        elif fact is not None and fact.decimal is not None:
            lines.append(
                texts.UNDER_THRESHOLD.format(
                    total=f"{num(total)} zł", limit=f"{num(fact.decimal)} zł", source=fact.citation.human()
                )
            )
        else:
            return None
        listed = f"{before.listed}\n{question[one.start : one.end]}" if one is not None else before.listed
        out = reply(programme_block(context), *lines, kind="faq")
        topic = Topic("item", programme=context, subject=before.subject, listed=listed)
        return done(
            turn,
            out,
            log=LogEntry("faq", log_text or question, programme=context),
            session=turn.session.with_(topic=topic),
        )

    def _threshold_noted(self, answered: Result, one: Any, programme: str | None) -> Result:
        """ "macierz dyskowa za 70 tys netto – coś trzeba przy niej jeszcze spełnić?": an answer about a thing whose
        price passes the programme's procurement threshold says so, when it did not already."""
        outcome, session = answered
        context = programme or (session.topic.programme if session.topic is not None else "")
        over = over_threshold(context, one.net) if context else None
        said = fold(" ".join(b.text for r in outcome.replies for b in r.blocks))
        if over is None or "konkurencyjn" in said or "nie znam odpowiedzi" in said:
            return answered
        return Outcome((*outcome.replies, reply(over)), outcome.log, outcome.ephemeral), session

    def _priced_verdict(
        self, turn: Turn, question: str, said: Any, programme: str | None, log_text: str | None
    ) -> Result:
        context = programme or context_programme(turn, question)
        outcome, session = self.feature("purchase").judge(
            turn, said.thing, log_text or question, [context] if context else None
        )
        lead = reply(texts.PRICED_LEAD, *(code(line) for line in steps(said)), kind="text")
        over = over_threshold(context, said.net) if context else None
        tail: tuple[Any, ...] = (reply(over),) if over is not None else ()
        if session.topic is not None and session.topic.kind == "item":
            # "5 firewalli po 9 000 zł netto" judged: the purchase with its price stays the subject ("a brutto?")
            session = session.with_(topic=replace(session.topic, subject=question[said.start : said.end]))
        return Outcome((lead, *outcome.replies, *tail), outcome.log, outcome.ephemeral), session

    def _quoted_programme(self, question: str) -> str | None:
        """The programme whose answer the user quotes back ("wklejam z waszej odpowiedzi: „oprogramowanie biurowe, z
        wyłączeniem systemów operacyjnych…” – co to znaczy?"): the entry sharing most of the quote's words, when it
        is one programme's and clearly ahead of every other programme's."""
        pasted = _PASTED.search(question)
        faq = self.backends.faq
        if pasted is None or faq is None:
            return None
        stems = {w[:6] for w in re.findall(r"[a-z0-9]{5,}", fold(pasted.group("quote")))}
        if len(stems) < 4:
            return None
        best: dict[str, float] = {}
        for entry in faq.by_id.values():
            if len(entry.programmes) != 1:
                continue
            said = fold(entry.answer)
            share = sum(1 for w in stems if w in said) / len(stems)
            best[entry.programmes[0]] = max(best.get(entry.programmes[0], 0.0), share)
        ranked = sorted(best.items(), key=lambda kv: kv[1], reverse=True)
        if not ranked or ranked[0][1] < 0.6 or (len(ranked) > 1 and ranked[0][1] - ranked[1][1] < 0.2):
            return None
        return ranked[0][0]

    async def _answered(
        self, turn: Turn, question: str, programme: str | None = None, *, log_text: str | None = None
    ) -> Result:
        faq = self.backends.faq
        if faq is None:
            out = reply(texts.FAQ_UNAVAILABLE)
            return Outcome((out,), LogEntry("faq", question, abstained=True)), turn.session
        question, context = await self._prepared(turn, question, programme)
        answer = await self.answer(question, context)
        each = await self._in_each(turn, question, answer, log_text or question)
        if each is None and context is None and len(question.split()) <= 4 and (before := _two_programmes_before(turn)):
            # "a maksymalny?" after "a minimalny grant – w CS czy w CG wyższy?": asked of both programmes again
            each = await self._in_each(
                turn, f"{_with_noun_before(turn, question)} {before}?", None, log_text or question
            )
        if each is not None:
            return each
        topic = turn.session.topic
        asked = question
        answer, asked = await self._bare_question(turn, question, answer, context)
        answer, asked = await self._leaned(turn, question, answer, asked, context)
        answer, asked = await self._own_figure(turn, question, answer, asked, context)
        if not answer.abstained and asked == question:
            answer, asked, shown = await self._choice_in_previous(turn, question, answer, context)
            if shown is not None:
                return shown
        # "a telefony – jakby faktura była z sierpnia, przeszłyby?": the thing's verdict, not the date's rule
        supposed = self.feature("purchase").supposed_thing(question, context)
        if answer.abstained or supposed:
            item_text = (
                supposed
                or self.feature("purchase").item_in(question, bare=False)
                or self._known_thing(question, context)
            )
            if (
                item_text
                and not NOT_BOUGHT.search(item_text)
                and not COUNT_AT_PRICE.match(item_text)
                and not _HOW_FINANCED.search(question)
            ):
                # "czy tonery można kupić w CP?": no rule entry, but the thing is judged
                return self.feature("purchase").judge(
                    turn, item_text, log_text or question, [context] if context else None
                )
        # "a co to jest ZUCH?": what a word stands for is the same in every programme (the engine answers it from
        # whichever entry writes it out, for no programme) – no other programme's rule passed off
        defined = answer.programme is None and _DEFINITION_ASKED.search(question) is not None
        borrowed = bool(
            context
            and not answer.abstained
            and not defined
            and not getattr(answer, "combined", ())
            and context not in (self._answer_programmes(answer) or [context])
        )
        if borrowed and topic is not None and topic.subject and follow_up(question) is not None:
            return await self._borrowed(turn, question, answer, topic, context, log_text)
        if context is None and not answer.abstained:
            unclear = await self._programme_unclear(turn, question, answer)
            if unclear:
                return self._ask_programme(turn, question, unclear)
        if (
            context
            and not answer.abstained
            and not defined
            and not getattr(answer, "combined", ())
            and (context not in (self._answer_programmes(answer) or [context]))
        ):
            # The rule found is another programme's: for a purchase, judge the item in ours instead ("szkolenie z
            # excela dla pracowników?" said alone, the thing the catalogue knows)
            item_text = self.feature("purchase").item_in(question) or self._bare_thing(question, context)
            if item_text:
                return self.feature("purchase").judge(turn, item_text, log_text or question, [context])
            # "do kiedy ankieta dojrzałości?" in CP: with the programme said in words, its own entry (which says the
            # survey is CS's and gives CP's diagnosis) rather than CS's rule under a warning
            named = await self._in_programme_named(turn, question, context, log_text)
            if named is not None:
                return named
        contradicted = self._verdict_contradicted(question, answer, context)
        if contradicted is not None and context is not None:
            # "a szkolenia dla wójta z cyberbezpieczeństwa?" found the rule excluding other IT trainings ("Nie."): the
            # thing itself, judged where the catalogue knows it for sure
            return self.feature("purchase").judge(turn, contradicted, log_text or question, [context])
        return self._render(turn, answer, asked, context, log_text or question)

    async def _borrowed(
        self, turn: Turn, question: str, answer: Any, topic: Topic, context: str | None, log_text: str | None
    ) -> Result:
        """A follow-up that found only another programme's entry."""
        # "a jak nie zdążymy?" leans on the previous question: try it together first, and never
        # pass another programme's rule off as the answer to a follow-up in this one.
        found = follow_up(question)
        if found is not None and found.item and context:
            # "a abonament na internet dla urzędu?" after a rule: a thing, judged in the programme talked about
            thing = self.feature("purchase").item_in(found.item) or found.item
            if self.feature("purchase").knows(thing, context, services=True):
                judged: Result = self.feature("purchase").judge(turn, thing, log_text or question, [context])
                return judged
        named = await self._in_programme_named(turn, question, context, log_text)
        if named is not None and (found is None or not found.item):
            return named
        leaning = await self.answer(f"{topic.subject} {question}", context)
        # "a zakup za ponad 50 tys. netto – jakieś wymagania?" after the advisory cap: a subject of its own,
        # not the answer just given once more
        repeated = leaning.entry_id == topic.entry and _own_subject(question)
        if not leaning.abstained and not repeated and context in self._answer_programmes(leaning):
            return self._render(turn, leaning, f"{topic.subject} {question}", context, log_text or question)
        out = reply(texts.NO_ANSWER_IN_PROGRAMME.format(programme=programme_name(context or "")), kind="faq_abstained")
        entry = LogEntry(
            "faq",
            log_text or question,
            programme=context,
            abstained=True,
            best_entry=answer.entry_id,
            score=float(answer.score),
        )
        return done(turn, out, log=entry)

    async def _in_programme_named(
        self, turn: Turn, question: str, context: str | None, log_text: str | None
    ) -> Result | None:
        """A question of its own that found only another programme's entry: asked again with the programme said in
        words ("… w programie Cyfrowy Powiat?"), which finds that programme's entry where the filter alone did not
        ("zakup za ponad 50 tys. netto – jakieś dodatkowe wymagania?" in CP: the baza konkurencyjności)."""
        if not context or not _own_subject(question):
            return None
        answer = await self.answer(f"{question.rstrip(' ?')} w programie {programme_name(context)}?", context)
        if answer.abstained or context not in self._answer_programmes(answer):
            return None
        return self._render(turn, answer, question, context, log_text or question)

    def _verdict_contradicted(self, question: str, answer: Any, context: str | None) -> str | None:
        """The thing a short purchase question names, when the rule found says "Nie." (or "Tak.") and the catalogue
        knows that very thing with the opposite verdict for sure; None otherwise."""
        if not context or answer.abstained or self.backends.classify is None:
            return None
        said = re.match(r"\s*(Nie|Tak)\b", str(getattr(answer, "text", "")))
        thing = (self._known_thing(question, context) or self._bare_thing(question, context)) if said else None
        if not said or not thing:
            return None
        judged = self.backends.classify(thing, context)
        opposite = "eligible" if said.group(1) == "Nie" else "ineligible"
        return thing if judged.verdict == opposite and judged.confidence >= 0.9 else None

    async def _leaned(self, turn: Turn, question: str, answer: Any, asked: str, context: str | None) -> tuple[Any, str]:
        """An unanswered short follow-up ("a jak nie zdążymy?") answered with the previous question's subject."""
        topic = turn.session.topic
        swapped = (
            await self._as_much(turn, question, answer, context)
            or await self._dated(turn, question, context)
            or await self._amount_supposed(turn, question, context)
            or await self._date_swapped(turn, question, context)
            or await self._share_of_grant(turn, question, context)
            or await self._formula_again(turn, question, context)
            or await self._advisory_of_known(turn, question, context)
        )
        if swapped is not None:
            return swapped
        # "a od kiedy liczy się ten termin?": the rule just given, pointed at – leaned on even when the question
        # alone finds some answer (a neighbouring entry)
        points_back = bool(_POINTS_BACK.search(question)) and len(question.split()) <= 8
        if (
            (answer.abstained or points_back)
            and topic is not None
            and topic.kind == "faq"
            and topic.subject
            and (follow_up(question) is not None or len(question.split()) <= 5 or points_back)
            and not _own_entry_says_not_given(answer, topic, question)
        ):
            # "a jak nie zdążymy?" leans on the previous question.
            own = False
            leaning = await self.answer(f"{topic.subject} {question}", context)
            # Only an answer for the programme in context: borrowing another's would mislead here. A
            # complete question of its own ("ile zarabia informatyk?") that the engine splits off again
            # is not leaning on it: only an elliptic one ("a szkolenie z worda?") may borrow its subject.
            parts: tuple[Any, ...] = tuple(getattr(leaning, "parts", ()))
            if points_back and parts and getattr(parts[0], "entry_id", None) == topic.entry and not parts[0].abstained:
                # "a od kiedy liczy się ten termin?": the rule pointed at says it – not a neighbouring entry
                leaning, parts, own = parts[0], (), True
            if (
                not own
                and len(parts) == 2
                and follow_up(question) is not None  # an elliptic follow-up, not a question of its own
                and getattr(parts[0], "entry_id", None) == topic.entry
                and not parts[1].abstained
                and getattr(parts[1], "entry_id", None) != topic.entry
            ):
                # "ok, a do kiedy trzeba to rozliczyć?" after the used-equipment rule: the join found the rule just
                # given and the question's own answer – only the latter is new
                leaning, parts, own = parts[1], (), True
            if (
                len(parts) == 2
                and parts[1].abstained
                and _WHAT_IF_NOT.match(question)
                and getattr(parts[0], "entry_id", None) == topic.entry
                and _LATE_CASE.search(fold(str(getattr(parts[0], "text", ""))))
            ):
                # "a gdyby nie udało się w terminie?" that the engine leaves open on its own: the rule just given
                # says what happens late ("w uzasadnionych przypadkach … później") – that rule is the answer
                leaning, parts = parts[0], ()
            # "a szkolenie z RODO?" after "skaner podatności wejdzie?": a part answered "as above" by the
            # previous question's entry got no answer of its own
            elliptic = follow_up(question)
            as_above = (
                elliptic is not None
                and bool(elliptic.item)
                and len(parts) >= 2
                and getattr(parts[-1], "entry_id", None) == getattr(parts[0], "entry_id", "")
            )
            # "a jak nie zdążymy?" that finds only the rule just given: the documents say nothing of that case –
            # the same answer again would pass for one
            same_again = (
                bool(_WHAT_IF_NOT.match(question))
                and getattr(leaning, "entry_id", None) == topic.entry
                and not _LATE_CASE.search(fold(str(getattr(leaning, "text", ""))))
            )
            if (
                not leaning.abstained
                and not as_above
                and not same_again
                and not (parts and (parts[-1].abstained or elliptic is None))
                and (not context or context in self._answer_programmes(leaning))
            ):
                answer, asked = leaning, question if own else f"{topic.subject} {question}"
                if points_back and getattr(leaning, "entry_id", None) == topic.entry:
                    asked = topic.subject  # "a w cs coś podobnego?" next asks the rule pointed at there
        return answer, asked

    async def _formula_again(self, turn: Turn, question: str, context: str | None) -> tuple[Any, str] | None:
        """ "a jakby G było 2100?", "a przy 1500 i 80 tys mieszkańców?" after the CG formula with the user's L and G:
        the previous question with the figures changed (the engine computes it again)."""
        topic = turn.session.topic
        if topic is None or topic.kind != "faq" or topic.entry != "cg-wzor-kwoty" or len(question.split()) > 10:
            return None
        subject = topic.subject
        people_said = _PEOPLE_SAID.search(question)
        rest = _PEOPLE_SAID.sub(" ", question)
        new_g = g_value(rest)
        if new_g is None:
            bare = re.search(r"(?<![\d,.])(\d{3,5}(?:[.,]\d{1,2})?)(?![\d,.]|\s*tys)", rest)
            new_g = Decimal(bare.group(1).replace(",", ".")) if bare else None
        changed = subject
        if new_g is not None and _G_IN.search(changed):
            changed = _G_IN.sub(lambda m: f"{m.group('lead')}{format(new_g, 'f').replace('.', ',')}", changed, count=1)
        if people_said is not None and _PEOPLE_SAID.search(changed):
            changed = _PEOPLE_SAID.sub(people_said.group(0), changed, count=1)
        if changed == subject:
            return None
        found = await self.answer(changed, context)
        return None if found.abstained else (found, changed)

    async def _share_of_grant(self, turn: Turn, question: str, context: str | None) -> tuple[Any, str] | None:
        """ "a 10% z tego na doradztwo można?", "a 20 tysięcy można?" after the advisory cap of a grant the user said:
        that share or amount against the cap of that grant (the engine computes it)."""
        topic = turn.session.topic
        grant = _grant_said_before(turn)
        if topic is None or grant is None or not ("doradz" in topic.entry or _ADVISORY_WORD.search(topic.subject)):
            return None
        if len(question.split()) > 9 or not _SHARE_SAID.search(question):
            return None
        share = _SHARE_SAID.search(question)
        assert share is not None
        figure = format(_capped(grant, context).normalize(), "f")
        if "%" in share.group(0) or "proc" in share.group(0).casefold():
            asked = f"czy na doradztwo można przeznaczyć {share.group(0)} grantu {figure} zł?"
        else:
            amount = _AMOUNT_SAID.search(question)
            spent = amount.group(0) if amount is not None else share.group(0)
            asked = f"czy na doradztwo można przeznaczyć {spent} przy grancie {figure} zł?"
        found = await self.answer(asked, context)
        if found.abstained or (context and context not in self._answer_programmes(found)):
            return None
        return found, asked

    async def _advisory_of_known(self, turn: Turn, question: str, context: str | None) -> tuple[Any, str] | None:
        """ "to ile max na doradcę?" after the unit's grant was computed (or given for the report): the advisory cap
        of THAT grant, computed by the engine – not the rule's example for a grant of 1 000 000 zł."""
        if not context or not _ADVISORY_WORD.search(question) or _SHARE_SAID.search(question):
            return None
        if len(question.split()) > 12 or not re.search(r"(?i)\bile\b|\blimit\w*|\bmax\w*|\bmaksym\w*", question):
            return None
        grant, _whence = await self.feature("shares").grant_known(turn, context)
        if grant is None:
            return None
        figure = num(_capped(grant, context))
        asked = f"ile z grantu {figure} zł można przeznaczyć na usługi doradcze?"
        found = await self.answer(asked, context)
        if found.abstained or context not in self._answer_programmes(found) or figure not in str(found.text):
            return None
        return found, asked

    async def _dated(self, turn: Turn, question: str, context: str | None) -> tuple[Any, str] | None:
        """ "umowę podpisaliśmy 10 marca 2022, to do kiedy?" after "do kiedy diagnoza?": the rule just given, with the
        user's date said in it (the engine computes the deadline)."""
        topic = turn.session.topic
        if topic is None or topic.kind != "faq" or not topic.subject or not _dated_when(question):
            return None
        if re.match(r"(?i)^\W*(?:(?:a|i|to)\s+)?[^\W\d_]{4,}\s+(?:do\s+kiedy|kiedy)\b", question):
            return None  # "a diagnoza do kiedy, jeśli umowę podpisaliśmy …?": a deadline of its own, not the last one's
        said = re.sub(r"(?i)[,;–—-]*\s*(?:(?:a|i|to|wi[eę]c)\s+)*(?:do\s+kiedy|kiedy|zd[aą][zż]\w*)\W*$", "", question)
        asked = f"{topic.subject.rstrip(' ?')}, {said.strip(' ,?')}?"
        found = await self.answer(asked, context)
        if found.abstained or (context and context not in self._answer_programmes(found)):
            return None
        return found, asked

    async def _amount_supposed(self, turn: Turn, question: str, context: str | None) -> tuple[Any, str] | None:
        """ "a jak zamówienie kosztuje 60 tysięcy brutto, to musimy?" after "od jakiej kwoty trzeba bazy?": the rule
        just given, with the user's amount said in it (the engine compares it with the threshold)."""
        topic = turn.session.topic
        if topic is None or topic.kind != "faq" or not topic.subject or len(question.split()) > 14:
            return None
        if not _MONEY_SAID.search(question) or _MONEY_SAID.search(topic.subject):
            return None
        if not _THRESHOLD_TALK.search(topic.subject) or re.search(r"(?i)grant|doradz|doradcz", question):
            return None  # "grant mamy 620 tys, ile na doradztwo?": a figure with a question of its own
        asked = f"{topic.subject.rstrip(' ?')}? {question.strip()}"
        found = await self.answer(asked, context)
        if found.abstained or (context and context not in self._answer_programmes(found)):
            return None
        return found, asked

    async def _date_swapped(self, turn: Turn, question: str, context: str | None) -> tuple[Any, str] | None:
        """ "a z lutego 2020?" after "czy faktura z grudnia 2019 może być rozliczona?": the question just answered, with
        the new month said in place of the old one."""
        topic = turn.session.topic
        said = _MONTH_ONLY.fullmatch(question.strip())
        if topic is None or topic.kind != "faq" or said is None:
            return None
        before = _MONTH_YEAR.search(topic.subject)
        if before is None:
            return None
        asked = f"{topic.subject[: before.start()]}{said.group('when')}{topic.subject[before.end() :]}"
        found = await self.answer(asked, context)
        if found.abstained or (context and context not in self._answer_programmes(found)):
            return None
        return found, asked

    async def _as_much(self, turn: Turn, question: str, answer: Any, context: str | None) -> tuple[Any, str] | None:
        """ "a powiat ziemski w cs tyle samo?" after "a województwo w cyberbezpiecznym ile dostaje?": the previous
        question's "how much", asked of the new subject; None when that finds nothing in the programme."""
        topic = turn.session.topic
        same = _AS_MUCH.match(question)
        how = _HOW_MUCH_ASKED.search(topic.subject) if topic is not None and topic.kind == "faq" else None
        if same is None or how is None:
            return None  # (answered or not: the message's own words are only the subject)
        if not re.sub(
            r"(?i)\b(?:w|we|z|dla|tym|tamtym)\b", "", strip_programmes(same.group("who"), keep_if_empty=False)
        ).strip(" ,"):
            return None  # "a w cp tyle samo?": the same question in another programme, not another subject
        asked = f"{how.group(0)} {same.group('who')}?"
        found = await self.answer(asked, context)
        if found.abstained or (context and context not in self._answer_programmes(found)):
            return None
        return found, asked

    async def _bare_question(self, turn: Turn, question: str, answer: Any, context: str | None) -> tuple[Any, str]:
        """ "a do kiedy?" after "od kiedy można ponosić wydatki?": only the previous subject gives it a meaning – an
        entry the bare words happen to find ("do kiedy diagnoza?") is no answer to it."""
        topic = turn.session.topic
        word = _BARE_QUESTION.fullmatch(question.strip())
        if word is None or topic is None or topic.kind != "faq" or not topic.subject:
            return answer, question
        # the question word put in place of the previous one: "od kiedy można ponosić wydatki?" + "a do kiedy?" ->
        # "do kiedy można ponosić wydatki", "czy diagnoza jest obowiązkowa?" + "a do kiedy?" -> "do kiedy diagnoza …"
        asked = f"{word.group('word')} {_QUESTION_WORDS.sub('', topic.subject).strip()}"
        leaning = await self.answer(asked, context)
        return (answer, question) if leaning.abstained else (leaning, asked)

    def _bare_thing(self, question: str, context: str | None) -> str | None:
        """A question that is only a thing ("szkolenie z excela dla pracowników?") the catalogue knows."""
        thing = re.sub(r"(?i)^(?:(?:no|dobra|dobrze|ok|okej|a|i|to|tak)\W+)+", "", question.strip().rstrip("?!. "))
        asks = re.search(r"(?i)\b(?:czy|ile|jak\w*|kiedy|kto|co|gdzie|dlaczego|czemu|trzeba|musi\w*|mo[zż]na)\b", thing)
        if not thing or len(thing.split()) > 6 or re.search(r"\d", thing) or asks:
            return None
        return thing if self.feature("purchase").knows(thing, context or "cg", services=True) else None

    def _known_thing(self, question: str, context: str | None) -> str | None:
        """ "a niszczarka do starostwa?" the FAQ has no entry for: a thing the catalogue knows, to be judged."""
        elliptic = follow_up(question)
        if elliptic is None or not elliptic.item or "\n" in elliptic.item:
            return None
        known = self.feature("purchase").knows(elliptic.item, context or "cg", services=True)
        return elliptic.item if known else None

    async def _programme_unclear(self, turn: Turn, question: str, answer: Any) -> list[str]:
        """The programmes to choose from when a question names none and its answer depends on it.

        Empty when the answer holds for every programme the user may be in: a combined answer, one
        entry for several programmes, or the only programme with an answer. A unit already chosen
        narrows the choice (a powiat is never in Cyfrowa Gmina).
        """
        allowed = programmes_for_unit(turn.session.unit_code, turn.session.level)
        if getattr(answer, "combined", ()):
            # One part per programme: fine as it is, unless the unit rules some of them out.
            return allowed if len(allowed) < 3 else []
        own = self._answer_programmes(answer)
        if not own or set(allowed) <= set(own):
            return []
        if own[0] not in allowed:
            return allowed  # the best answer is for a programme this unit cannot be in
        answered = [own[0]]
        for other in allowed:
            if other in own:
                continue
            alternative = await self.answer(question, other)
            if (
                not alternative.abstained
                and alternative.entry_id != answer.entry_id
                and other in self._answer_programmes(alternative)
                # as close a match as the best one: "wskaźnik G dla kraju" is not about CP's wskaźnik P
                and float(alternative.score or 0) >= ALTERNATIVE_SCORE_SHARE * float(answer.score or 0)
            ):
                answered.append(other)
        return [p for p in allowed if p in answered] if len(answered) > 1 else []

    def _ask_programme(self, turn: Turn, question: str, choices: list[str]) -> Result:
        out = reply(texts.FAQ_WHICH_PROGRAMME, buttons=programme_buttons("pick", choices), kind="choice")
        # the programmes offered, in their order: "ten drugi" is the second button, not CP
        offered = tuple(Choice(code, programme_name(code)) for code in choices)
        pending = Pending(kind="which_programme", purpose="faq", unit_code=question[:500], choices=offered)
        entry = LogEntry("faq", question)
        return done(turn, out, log=entry, session=turn.session.with_(pending=pending))

    async def _prepared(self, turn: Turn, question: str, programme: str | None) -> tuple[str, str | None]:
        """The question as the engine is asked it, and the programme it is asked in."""
        context = _context(turn, question, programme)
        quoted = None if programme else self._quoted_programme(question)
        if quoted:
            context = quoted  # "wklejam z waszej odpowiedzi: „…” – co to znaczy?": the programme the quote is from
        if context:
            # "od kiedy liczyć wydatki w tym programie?": this programme is the one in context, asked about alone
            question = " ".join(_THIS_PROGRAMME.sub(" ", question).split())
        question, context = _what_if_grant(turn, question) or (question, context)
        # "od tej kwoty 331 tys": the exact grant computed here first; then "przy tym 1 345 693,77 ile na
        # doradztwo?", "z tych 1 282 680": the figure the user points at is a grant
        with_grant = await self._with_our_grant(turn, question)
        newly_named = [p for p in detect_programmes(with_grant) if p not in detect_programmes(question)]
        if len(newly_named) == 1:
            context = newly_named[0]  # the grant the user pointed at is that programme's
        return _with_noun_said_before(turn, _AT_THIS_FIGURE.sub("przy grancie ", with_grant)), context

    async def _in_each(self, turn: Turn, question: str, found: Any, log_text: str) -> Result | None:
        """ "diagnoza w CG i w CP – gdzie mamy więcej czasu?", "numer infolinii w cs? i czy w cg ten sam?": when the
        answer found does not cover every programme named, the question asked of each, every one answered from its
        own documents, side by side (None unless each programme's documents answer it)."""
        named = detect_programmes(question)
        if len(named) < 2:
            return None
        if found is not None and not found.abstained and set(named) <= set(self._answer_programmes(found)):
            return None
        bare = " ".join(_DANGLING_AND.sub("", strip_programmes(question, keep_if_empty=False)).split())
        for comparative, neutral in _COMPARATIVES:
            bare = comparative.sub(neutral, bare)  # "gdzie mamy więcej czasu?" asks each "ile mamy czasu?"
        bare = re.sub(r"(?i)^\W*(?:(?:a|i|to|no|ok)\s+)+", "", bare)
        if len(bare.split()) < 2:
            return None
        results: list[Result] = []
        for code_ in named:
            asked = f"{bare.rstrip(' ?')} w programie {programme_name(code_)}?"
            answer = await self.answer(asked, code_)
            if answer.abstained or code_ not in self._answer_programmes(answer):
                return None
            results.append(self._render(turn, answer, asked, code_, log_text))
        replies = tuple(r for outcome, _session in results for r in outcome.replies)
        lead = reply(texts.IN_EACH_PROGRAMME.format(names=", ".join(programme_name(c) for c in named)))
        session = turn.session.with_(topic=Topic("faq", "", question))  # both programmes, for "a maksymalny?"
        return Outcome((lead, *replies), LogEntry("faq", log_text)), session

    def _answer_programmes(self, answer: Any) -> list[str]:
        if answer.programme:
            return [answer.programme]
        entry = self.backends.faq.by_id.get(answer.entry_id) if answer.entry_id and self.backends.faq else None
        return list(getattr(entry, "programmes", ()) or ())

    def _render(self, turn: Turn, answer: Any, asked: str, context: str | None, log_text: str) -> Result:
        faq = self.backends.faq
        assert faq is not None
        buttons: list[tuple[Button, ...]] = []
        for related in tuple(answer.related)[:3]:
            entry = faq.by_id.get(related)
            if entry is not None and len(f"faq:{related}".encode()) <= 64:
                buttons.append((Button(short_label(entry.question), f"faq:{related}"),))
        if not answer.abstained:
            from bot.dialogue.features.helpdesk import FEEDBACK_BUTTONS

            buttons.append(FEEDBACK_BUTTONS)  # 👍/👎: a 👎 reaches the helpdesk inbox
        body, _, sources = answer.text.partition("\n\nŹródło: ")
        if context and str(answer.entry_id or "").startswith("all-"):
            body = only_programme(body, context)  # "do kiedy trwa projekt?" in CG: not CS's dates beside it
        blocks: list[Any] = []
        answered_for = "" if answer.abstained else self._programme_line(answer, context, blocks)
        blocks += body.split("\n\n")
        if sources:
            blocks.append(note("Źródło: " + _sources_for(sources, answered_for or context)))
        out = reply(*blocks, buttons=tuple(buttons), kind="faq_abstained" if answer.abstained else "faq")
        entry = LogEntry(
            "faq",
            log_text,
            answer_entry=answer.entry_id,
            programme=answer.programme,
            abstained=bool(answer.abstained),
            score=float(answer.score) if answer.score is not None else None,
        )
        session = turn.session
        before = session.topic
        if before is not None and before.kind == "faq" and before.subject and _CLARIFYING.match(asked):
            # "od jakiej kwoty baza konkurencyjności?", then "netto czy brutto?": "a w cg tak samo?" next asks both
            asked = f"{before.subject.rstrip()} {asked.strip()}"
        if answer.abstained:
            # Kept so that "a w cs?" can ask the same question in another programme.
            session = session.with_(topic=Topic("faq", programme=context or "", subject=asked), offer="")
        else:
            # The context keeps the programme the user is in, not the one an answer had to borrow.
            keep = context if context else answered_for
            # a priced list talked about stays listed ("czy przy tym zakupie trzeba bazy?", then "a jak dołożymy …?")
            listed = before.listed if before is not None else ""
            session = session.with_(
                topic=Topic("faq", programme=keep or "", subject=asked, entry=answer.entry_id or "", listed=listed),
                offer="",
            )
        return done(turn, out, log=entry, session=session)

    def _programme_line(self, answer: Any, context: str | None, blocks: list[Any]) -> str:
        """Adds the line naming the answer's programme; returns the programme answered for ('' if several)."""
        if getattr(answer, "combined", ()):
            return ""  # one part per programme, each named in the text
        own = self._answer_programmes(answer)
        if not own:
            return context or ""
        if context and context in own:
            blocks.append(note(f"Program: {programme_name(context)}"))
            return context
        names = ", ".join(programme_name(p) for p in own)
        if context:
            blocks.append(note(texts.OTHER_PROGRAMME.format(answered=names, context=programme_name(context))))
        else:
            blocks.append(note(f"Program: {names}"))
        return own[0] if len(own) == 1 else ""

    async def follow(self, turn: Turn, programme: str) -> Result:
        """'a w cs?' after a question: the same question for another programme."""

        topic = turn.session.topic
        assert topic is not None
        question = strip_programmes(topic.subject, keep_if_empty=False) or topic.subject
        if topic.programme and programme != topic.programme:
            # "na doradztwo ile z tego?" after a CG grant, then "a w cs?": that grant is not a CS figure
            question = without_grant_figure(question)
        # The programme goes in as the context, not as words: a name in the text pulls the ranking
        # towards the entry about the programme itself.
        return await self.ask(
            turn.with_session(turn.session.with_(topic=None)), question, programme, log_text=turn.text
        )

    async def follow_level(self, turn: Turn, level: str) -> Result:
        """'a dla powiatu?' after a question about gminy: the same question for powiaty."""
        import re

        topic = turn.session.topic
        assert topic is not None
        subject = strip_programmes(topic.subject)  # "… w cg?" then "a dla powiatu?": not CG again
        swapped = re.sub(r"(?i)\b(?:gmin\w*|powiat\w*|powiec\w*|wojew[oó]dztw\w*)", level, subject, count=1)
        question = swapped if swapped != subject else f"{subject} {level}"
        by_level = {"gmina": "cg", "powiat": "cp"}.get(level)
        programme = topic.programme or by_level
        if programme in ("cg", "cp") and by_level is not None:
            # Cyfrowa Gmina is for gminy and Cyfrowy Powiat for powiaty: "a dla powiatu?" after a CG
            # answer is the same question in CP (CS takes every level, so it stays)
            programme = by_level
        return await self.ask(
            turn.with_session(turn.session.with_(topic=None)), question, programme, log_text=turn.text
        )

    async def _own_figure(
        self, turn: Turn, question: str, answer: Any, asked: str, context: str | None
    ) -> tuple[Any, str]:
        """'przy grancie 200000 to ile to jest złotych?' after the advisory cap: the official's figure for the rule
        just discussed, not a new question about grant amounts (one question, not two parts)."""
        topic = _previous_entry(turn, answer)
        if topic is None or not _OWN_FIGURE.search(question) or len(question.split()) > 10:
            return answer, asked
        # a grant figure added before goes: "(grant 406655.06 zł)" beside the question, or "z 406655.06 zł" in it
        subject = without_grant_figure(topic.subject)
        joined = f"{subject.rstrip(' ?')} {question}"  # the engine reads number words as digits itself
        leaning = await self.answer(joined, context)
        # one question: the question's own answer found again as a part of the join ("… a jak nie zdążymy? grant
        # mamy 450 tys, ile na doradztwo?") says the figure came with a question of its own
        own_entry = getattr(answer, "entry_id", None) if not answer.abstained else None
        split = (
            bool(own_entry)
            and own_entry != topic.entry
            and own_entry in {getattr(p, "entry_id", None) for p in getattr(leaning, "parts", ())}
        )
        if not leaning.abstained and not split and getattr(leaning, "entry_id", None) == topic.entry:
            return leaning, joined
        return answer, asked

    async def _choice_in_previous(
        self, turn: Turn, question: str, answer: Any, context: str | None
    ) -> tuple[Any, str, Result | None]:
        """'netto czy brutto?' right after the threshold: a question about the answer just given. The engine's
        answer for the question joined to the previous one, or that answer shown again with the word it says."""
        topic = _previous_entry(turn, answer)
        if topic is None or len(question.split()) > 4 or re.search(r"\d", question):
            return answer, question, None
        if not _ELLIPTIC_CHOICE.search(question):
            return answer, question, None
        joined = f"{topic.subject.rstrip(' ?')} – {question}"
        leaning = await self.answer(joined, context)
        if not leaning.abstained and getattr(leaning, "entry_id", None) == topic.entry:
            return leaning, joined, None
        said = self._said_in_entry(topic.entry, question)
        if said is None:
            return answer, question, None
        # the previous answer itself says which ("… 50 000 zł netto (bez VAT)")
        return answer, question, led_by(texts.AS_IN_PREVIOUS.format(word=said), await self.on_entry(turn, topic.entry))

    def _said_in_entry(self, entry_id: str, question: str) -> str | None:
        """'netto czy brutto?' -> 'netto' when the entry's answer names exactly one of the two."""
        from knowledge.normalize import fold

        entry = self.backends.faq.by_id.get(entry_id) if self.backends.faq is not None else None
        choice = re.search(r"(\w+)\s+czy\s+(\w+)", fold(question))
        if entry is None or choice is None:
            return None
        text = fold(entry.answer)
        named = [w for w in choice.groups() if re.search(rf"\b{re.escape(w[:-1] if len(w) > 5 else w)}", text)]
        return named[0] if len(named) == 1 else None

    async def on_entry(self, turn: Turn, entry_id: str) -> Result:
        faq = self.backends.faq
        entry = faq.by_id.get(entry_id) if faq is not None else None
        log_entry = LogEntry("faq", f"[faq:{entry_id}]", answer_entry=entry_id)
        if entry is None:
            return done(turn, reply("Tej odpowiedzi już nie ma w bazie."), log=log_entry)
        blocks: list[Any] = [title(entry.question)]
        own = list(getattr(entry, "programmes", ()) or ())
        if own:
            blocks.append(note("Program: " + ", ".join(programme_name(p) for p in own)))
        blocks += entry.answer.split("\n\n")
        if entry.citations:
            blocks.append(note("Źródło: " + "; ".join(c.human() for c in entry.citations)))
        topic = Topic("faq", programme=own[0] if len(own) == 1 else "", subject=entry.question, entry=entry_id)
        return done(turn, reply(*blocks, kind="faq"), log=log_entry, session=turn.session.with_(topic=topic))


# "a jak nie zdążymy?", "a jeśli nie zdążymy?", "a gdybyśmy nie zdążyli?": what happens if the rule is not kept
_WHAT_IF_NOT = re.compile(
    r"(?i)^\W*(?:a|i|no|ale)?\s*(?:co\s+)?(?:jak|je[sś]li|je[zż]eli|gdyby\w*|a\s+gdyby\w*)\s+(?:\w+\s+)?nie\b"
)
# what a rule says of the case it is not kept in time ("w uzasadnionych przypadkach … później", "po terminie")
_LATE_CASE = re.compile(r"pozniej|po terminie|opozni\w*|przedluz\w*|wyjasnie\w*|uchybi\w*|nie zdaz\w*|po uplywie")
# "a do kiedy?", "i od kiedy?", "a gdzie?", "a kto?": a question word alone, leaning on the previous question
_BARE_QUESTION = re.compile(
    r"(?i)\W*(?:a|i|no|to|ok)?\s*(?P<word>(?:do|od)\s+kiedy|kiedy|gdzie|kto|komu|dok[aą]d|jak\s+d[lł]ugo|"
    r"na\s+jak\s+d[lł]ugo)(?:\s+(?:to|tak|jest|trzeba))?\W*"
)
# the question words of the previous question, replaced by the bare one asked now
_QUESTION_WORDS = re.compile(
    r"(?i)^\W*(?:(?:a|i|czy|no|to|ok|nie\s+o\s+to\s+pyta\w*|pytam)\W+)*(?:(?:do|od)\s+kiedy|kiedy|gdzie|kto|ile|jak\w*)?\W*"
)


# "a gdyby grant wynosił 1,2 mln?", "a jakbyśmy dostali 800 tys.?": the rule just discussed, for another grant
_WHAT_IF_GRANT = re.compile(
    r"(?i)^\W*(?:a\s+|i\s+)?(?:gdyby\w*|jakby\w*|je[sś]li|je[zż]eli)\b[^?\d]{0,30}?\b(?:grant\w*|kwot\w*|dofinansowani\w*|"
    r"mieli\w*|dostali\w*|dostaniemy|wyni(?:os|esie)\w*)\b[^?\d]{0,20}?"
    r"(?P<n>\d{1,3}(?:[ \u00a0]\d{3})+(?:[.,]\d+)?|\d+(?:[.,]\d+)?)\s*"
    r"(?P<k>tys\w*\.?|k\b|mln\.?|milion\w*)?\s*(?:z[lł]\w*)?\s*\?*\s*$"
)


# "12 tysięcy mieszkańców", "80 tys mieszkańców", "L = 5000": a population said
_PEOPLE_SAID = re.compile(r"(?i)\d[\d\s.,]*\s*(?:tys\w*\.?\s+)?mieszka[nń]c\w*|\bL\s*=\s*\d[\d\s]*")
# "G wynosi 1900", "G = 1 900,50": the G said, its figure replaced
_G_IN = re.compile(r"(?P<lead>\bG\b\s*(?:=|wynosi\w*|to|mamy|:)?\s*)\d[\d\s]*(?:[.,]\d{1,2})?")
# "to musimy iść przez bazę?", "a próg przekraczamy?": a rule on amounts asked of the purchase just computed
_ABOUT_THAT_BUY = re.compile(
    r"(?i)\bbaz\w*\s+konkurencyj\w*|\bprog\w*|\bpr[oó]g\b|\bprzetarg\w*|\bpzp\b|\bzam[oó]wie\w*"
)
# what is left of "w CG i w CP" or "CP czy CG" once the programmes are taken out
_DANGLING_AND = re.compile(r"(?i)(?:\s+|^)(?:i|oraz|albo|lub|czy|a)\s*(?=[?.!–—-]|$)|\s+[–—-]\s*(?=[–—-])")
# a comparison between programmes asks each of them the plain question
_COMPARATIVES = (
    (
        re.compile(r"(?i)\b(?:gdzie|w\s+kt[oó]rym(?:\s+programie)?)\s+(?:mamy\s+|jest\s+)?wi[eę]cej\s+czasu\b"),
        "ile mamy czasu",
    ),
    (re.compile(r"(?i)\bkt[oó]r\w*\s+(\w+)\s+(trwa\w*)\s+d[lł]u[zż]ej\b"), r"jak długo \2 \1"),
    (
        re.compile(r"(?i)\b(?:gdzie|w\s+kt[oó]rym(?:\s+programie)?)\s+(?:jest\s+|mo[zż]na\s+)?(?:wi[eę]cej|mniej)\b"),
        "ile",
    ),
    # "który nabór trwał dłużej – CP czy jedna runda CG?": what is left after the dash once the programmes are out
    (re.compile(r"(?i)\s+[–—-]\s*(?:czy|i|a|oraz)\s+(?:[^\W\d]+\s*){0,3}\?*$"), "?"),
)
_ADVISORY_WORD = re.compile(r"(?i)\bdorad[zc]")  # "doradztwo", "doradcze", "na doradcę"
# "10%", "20 tysięcy", "15 tys.", "12 000 zł": a share or an amount said
_SHARE_SAID = re.compile(r"(?i)\d+(?:[.,]\d+)?\s*(?:%|proc\w*|tys\w*|k\b|z[lł]|pln)|\d{1,3}(?:[ \u00a0]\d{3})+")
_AMOUNT_SAID = re.compile(r"(?i)\d[\d\s.,]*\s*(?:tys\w*\.?|k\b|mln\w*|z[lł]\w*|pln)?")
_OF_IT = re.compile(r"(?i)\bz\s+(?:tego|tej\s+kwoty|niego|tych\s+pieni[eę]dzy)\b")


# "a maksymalny w cp to 500 tys?" after "w CS minimalny grant dla gminy to 100 tys, tak?": the adjective alone
_BARE_DEGREE = re.compile(
    r"(?i)^(?P<lead>\W*(?:a|i)\s+(?:ten\s+|ta\s+)?)(?P<adj>(?:maksymaln|minimaln|najwy[zż]sz|najni[zż]sz)\w*)(?=\s+(?:w|we|z|dla|to|jest)\b)"
)
_DEGREE_NOUN = re.compile(
    r"(?i)\b(?:maksymaln|minimaln|najwy[zż]sz|najni[zż]sz)\w*\s+(?P<noun>grant\w*|kwot\w*|limit\w*|wk[lł]ad\w*)"
)


def _with_noun_said_before(turn: Turn, question: str) -> str:
    """ "a maksymalny w cp to 500 tys?" -> "a maksymalny grant w cp to 500 tys?": the noun the previous question said
    with its own degree adjective."""
    bare = _BARE_DEGREE.match(question)
    topic = turn.session.topic
    said = (
        _DEGREE_NOUN.search(topic.subject) if bare is not None and topic is not None and topic.kind == "faq" else None
    )
    if bare is None or said is None:
        return question
    return f"{question[: bare.end()]} {said.group('noun')}{question[bare.end() :]}"


def _dated_when(question: str) -> bool:
    """ "umowę podpisaliśmy 10 marca 2022, to do kiedy?" after a deadline rule: the user's date for that rule."""
    # a question of its own ("21.12.2026 mija termin naboru w cs?") is no date for the rule just given
    return (
        bool(re.search(r"(?i)\bkiedy\b|zd[aą][zż]\w*", question))
        and not re.search(r"(?i)\bnab[oó]r\w*|\bwnios\w*|\btermin\w*\s+\w+", question)
        and parse_date(question) is not None
    )


def _what_if_grant(turn: Turn, question: str) -> tuple[str, str | None] | None:
    """After the advisory cap, "a gdyby grant wynosił 1,2 mln?": the cap of that grant (question, programme)."""
    topic = turn.session.topic
    match = _WHAT_IF_GRANT.search(question)
    if match is None or topic is None or topic.kind not in ("faq", "report"):
        return None
    # after the cap (an FAQ answer), or after a report's advisory line ("co zmienić, żeby doradztwo przeszło?")
    if not (re.search(r"(?i)doradz|doradcz", topic.subject) or "doradz" in topic.entry):
        return None
    amount = scaled(match.group("n"), match.group("k") or "")
    if amount is None or amount < 1000:
        return None
    asked = f"ile można przeznaczyć na usługi doradcze (grant {format(amount.normalize(), 'f')} zł)?"
    return asked, topic.programme or None


# "grant mamy 236 054,34 zł – ile na doradztwo?": the grant the user said in the question before
_GRANT_FIGURE_SAID = re.compile(
    r"(?i)\b(?:grant\w*\s+(?:to|wynosi\w*|ma|mamy|=|w\s+wysoko[sś]ci|dostali[sś]my|otrzymali[sś]my)|przy\s+grancie|"
    r"\d+\s*%\s+grantu)\s*"
    r"(?P<n>\d{1,3}(?:[ \u00a0]\d{3})*(?:[.,]\d{1,2})?(?!\d)|\d+(?:[.,]\d{1,2})?)\s*(?P<k>tys\w*\.?|k\b|mln\b\.?)?"
)


def _with_noun_before(turn: Turn, question: str) -> str:
    """ "a maksymalny" after "a minimalny grant – …?": the adjective with the noun it qualified before ("a maksymalny
    grant")."""
    topic = turn.session.topic
    asked = question.rstrip(" ?")
    if topic is None or not re.fullmatch(r"(?i)\W*(?:(?:a|i|to)\s+)?\w+(?:ny|na|ne|wy|wa|we|szy|sza|sze)", asked):
        return asked
    before = re.search(r"(?i)\b\w+(?:ny|na|ne|wy|wa|we|szy|sza|sze)\s+(?P<noun>[^\W\d]{4,})", topic.subject)
    return f"{asked} {before.group('noun')}" if before else asked


def _two_programmes_before(turn: Turn) -> str:
    """ "w CS i w CG" when the previous question asked of two (or three) programmes at once, else ""."""
    topic = turn.session.topic
    named = detect_programmes(topic.subject) if topic is not None and topic.kind == "faq" else []
    return " i ".join(f"w {code_.upper()}" for code_ in named) if len(named) >= 2 else ""


def _grant_said_before(turn: Turn) -> Decimal | None:
    topic = turn.session.topic
    said = _GRANT_FIGURE_SAID.search(topic.subject) if topic is not None and topic.kind == "faq" else None
    return scaled(said.group("n"), said.group("k") or "") if said else None


def _previous_entry(turn: Turn, answer: Any) -> Topic | None:
    """The previous turn's FAQ topic when the engine's answer now is another entry (a follow-up may lean on it)."""
    topic = turn.session.topic
    if topic is None or topic.kind != "faq" or not topic.entry or not topic.subject:
        return None
    return None if getattr(answer, "entry_id", None) == topic.entry else topic


def _sources_for(sources: str, programme: str | None) -> str:
    """An entry shared by the programmes cites each one's document; the answer for one cites only its own."""
    if not programme:
        return sources
    cited = sources.split("; ")
    own = [c for c in cited if c.startswith(programme_name(programme))]
    others = [c for c in cited if any(c.startswith(programme_name(p)) for p in ("cg", "cp", "cs") if p != programme)]
    return "; ".join(own + [c for c in cited if c not in own and c not in others]) if own else sources


FEATURE = Faq


# words that ask or point, not a subject: what is left of "a w cyfrowej gminie w jakim terminie?" is no subject
_ASKING_WORDS = frozenset(
    {
        "jaki",
        "jaka",
        "jakie",
        "jakim",
        "jakiej",
        "jakich",
        "jakiego",
        "ktory",
        "ktora",
        "ktore",
        "kiedy",
        "gdzie",
        "termin",
        "terminie",
        "terminu",
        "ile",
        "wynosi",
        "wyniesie",
        "bedzie",
        "mamy",
        "moze",
        "mozna",
        "trzeba",
        "tego",
        "tych",
        "tamtym",
        "tamtej",
        "takze",
        "rowniez",
        "jeszcze",
        "czyli",
        "podobnie",
        "podobnego",
        "wtedy",
        "teraz",
        "sprawa",
        "sprawie",
        "kwestia",
        "temat",
    }
)


def _own_subject(question: str) -> bool:
    """The question names a subject of its own (two words beyond the asking ones), not only a programme."""
    words = re.findall(r"[^\W\d_]{4,}", fold(strip_programmes(question, keep_if_empty=False) or ""))
    return len([w for w in words if w not in _ASKING_WORDS]) >= 2


def _own_entry_says_not_given(answer: Any, topic: Topic, question: str) -> bool:
    """ "a wkład własny ile u nas wyniesie?": an entry of its own subject, found with confidence, that says the
    documents do not give the figure – an answer, not a question leaning on the one before."""
    entry = getattr(answer, "entry_id", None)
    if not entry or entry == topic.entry or float(getattr(answer, "score", 0) or 0) < 0.6:
        return False
    # a subject of its own ("wkład własny"), not only a question word and a programme ("a w CG w jakim terminie?")
    return _own_subject(question)


def _context(turn: Turn, question: str, programme: str | None) -> str | None:
    """The programme a question is answered in: the one given, else the one in context; "a ten wskaźnik G to skąd
    wziąć?" while talking about CS is Cyfrowa Gmina's (the G is its alone)."""
    if programme:
        return programme
    if not detect_programmes(question) and _G_INDEX.search(question):
        return "cg"
    return context_programme(turn, question)


def without_grant_figure(question: str) -> str:
    """The question as the user asked it, without the grant figure `_with_amount` put into it."""
    return re.sub(r"\bz [\d.]+ zł", "z tego", re.sub(r"\s*\(grant [\d.]+ zł\)", "", question))


# "z grudnia 2019", "w marcu 2021", "z 2020": a month (or a year) a question is about
_MONTH_YEAR = re.compile(r"(?i)\b(?:z|ze|w|od|we)\s+(?:[a-ząćęłńóśźż]{3,}\s+)?(?:19|20)\d{2}(?:\s*r\.?)?")
# "a z lutego 2020?", "a w marcu 2021?": only another month said
_MONTH_ONLY = re.compile(
    r"(?i)^\W*(?:a|i|to)?\s*(?:je[sś]li\s+|gdyby\s+)?(?:by[lł]a\s+|jest\s+)?"
    r"(?P<when>(?:z|ze|w|od|we)\s+(?:[a-ząćęłńóśźż]{3,}\s+)?(?:19|20)\d{2}(?:\s*r\.?)?)\W*$"
)
# "a my ile …?", "nasz grant", "możemy": the user's own unit meant
# "a jak dołożymy macierz …", "dokupimy jeszcze …", "do tego dojdzie …": a thing added to the list priced before
_ADDED_TO_LIST = re.compile(
    r"(?i)\b(?:do[lł]o[zż]\w*|dokupi\w*|dodamy|doda\w*\s+(?:do\s+tego|jeszcze)|do\s+tego\s+(?:doj\w*|jeszcze)|"
    r"razem\s+z\s+(?:tym|poprzedni\w*))\b"
)
# "czy firewall możemy wziąć w leasing i rozliczyć raty?": how a thing is paid for, which the documents may leave open
# – an abstention stays one, no verdict on the thing instead
_HOW_FINANCED = re.compile(
    r"(?i)leasing|wynaj[eęm]|dzier[zż]aw|\bna\s+raty\b|\brat(?:y|ach|ami)\b|abonament\w*\s+na\s+rat"
)
# "a jeśli nie zdążymy?", "a co, jak się nie wyrobimy?" right after the project's end
_LATE_ASKED = re.compile(
    r"(?i)^\W*(?:(?:a|i|to|no)\W+)*(?:co\W+)?(?:je[sś]li|je[zż]eli|jak|gdy|a\s+gdy|gdyby|w\s+razie,?\s+gdy)\s+"
    r"(?:si[eę]\s+)?(?:nie\s+(?:zd[aą][zż]\w*|wyrobi\w*|sko[nń]cz\w*|zako[nń]cz\w*)|si[eę]\s+nie\s+wyrobi\w*|"
    r"si[eę]\s+sp[oó][zź]ni\w*|b[eę]dzie\s+op[oó][zź]nieni\w*)(?:\s+(?:z\s+)?(?:projektem|tym|w\s+terminie))?\W*$"
)
# "a ile to przy maksymalnym grancie?", "a przy najmniejszym grancie?"
_AT_BOUND = re.compile(
    r"(?i)\bprzy\s+(?:(?P<high>maksymaln\w*|najwy[zż]sz\w*|najwi[eę]ksz\w*)|(?P<low>minimaln\w*|najni[zż]sz\w*|najmniejsz\w*))"
    r"\s+(?:mo[zż]liw\w*\s+)?grancie\b"
)
_ADVISORY_WORD = re.compile(r"(?i)doradz|doradc")
_THRESHOLD_ASKED = re.compile(r"(?i)\bbaz\w*\s+konkurencyjn|\bpzp\b|\bprzetarg|\bzapytani\w*\s+ofertow|\bpr[oó]g\w*")
_OF_THIS_PURCHASE = re.compile(
    r"(?i)\b(?:przy|dla|do)\s+(?:tego|tych|tej|tym|tymi)\s+(?:zakup\w*|li[sś]\w*|zam[oó]wie\w*)|\bto\s+wszystko\b|\bta\s+lista\b"
)
_OURS_ASKED = re.compile(r"(?i)\b(?:my|nam|nas|nasz\w*|mo[zż]emy|dostali[sś]my|dostaniemy)\b")


def _capped(amount: Decimal, programme: str | None) -> Decimal:
    """A grant carried into another programme's question, at most that programme's largest grant ("a w cyfrowym
    powiecie też 5%?" after a CG grant of 400 000: a CP grant is at most 350 000 zł)."""
    if not programme:
        return amount

    top = get_programme(programme).get("max_grant")
    return top.decimal if top is not None and top.decimal is not None and amount > top.decimal else amount


def _with_amount(question: str, amount: Decimal) -> str:
    """'a 5 % z tego to ile?' → 'a 5 % z 439900 zł to ile?': the amount where the user points at it, else beside."""
    figure = f"{format(amount, 'f')} zł"
    for words, percent in _SHARE_WORDS:
        question = words.sub(percent, question)
    pointed = _FROM_THIS.sub(f"z {figure}", question, count=1)
    return pointed if pointed != question else f"{question.rstrip(' ?')} (grant {figure})?"


_LABEL_CODE = {programme_name(code): code for code in ("cg", "cp", "cs")}
_PROGRAMME_LABEL = re.compile(rf"(?:^|(?<=[.;]\s))({'|'.join(map(re.escape, _LABEL_CODE))}):\s")


def only_programme(body: str, programme: str) -> str:
    """A comparison answered "Cyfrowa Gmina: …. Cyfrowy Powiat: …. Cyberbezpieczny Samorząd: …" – only the part of
    the programme talked about; any other answer unchanged.

    >>> only_programme("Cyfrowa Gmina: do 31.12.2023 r. Cyfrowy Powiat: do 31.12.2023 r. Cyberbezpieczny Samorząd: "
    ...                "od 1.06.2023 r.", "cs")
    'Cyberbezpieczny Samorząd: od 1.06.2023 r.'
    >>> only_programme("Powiat może skorzystać z CP i CS.", "cp")
    'Powiat może skorzystać z CP i CS.'
    """
    if "\n" in body.strip():
        return body
    labels = list(_PROGRAMME_LABEL.finditer(body))
    codes = [_LABEL_CODE[m.group(1)] for m in labels]
    if len(labels) < 2 or len(set(codes)) != len(codes) or labels[0].start() != 0 or programme not in codes:
        return body
    index = codes.index(programme)
    end = labels[index + 1].start() if index + 1 < len(labels) else len(body)
    return body[labels[index].start() : end].strip()
