"""Grants: /grant, free-text requests ("ile dostanie gmina Kościerzyna", "G wynosi 1908,88",
a bare name or TERYT when a unit is expected), unit choice, the wskaźnik G, and the step-by-step
computation ("Szczegóły", "jak to policzono?") with the inputs the user gave."""

from __future__ import annotations

import contextlib
import functools
import re
from dataclasses import replace
from decimal import Decimal
from typing import Any, ClassVar

from bot.dialogue import texts
from bot.dialogue.features.base import (
    Feature,
    Result,
    Turn,
    context_programme,
    done,
    led_by,
    programme_name,
    programmes_for_unit,
    say,
)
from bot.dialogue.features.grant_recall import SEAT, pointed_grant, seat_town
from bot.dialogue.features.unit_choice import (
    BARE_NAME_SCORE,
    KIND_ONLY,
    ONLY_FOR,
    PICKED_KIND,
    PICKED_REGION,
    by_level_word,
    choice_by_words,
    in_region,
    kind_beside,
    kind_query,
    near_place,
    picked_near,
    region_named,
    talked_about,
)
from bot.dialogue.parsing import (
    CODE_ONLY,
    another_g,
    asks_details,
    asks_own_grant,
    compared_for_unit,
    corrected_value,
    demonstrative_unit,
    detect_programmes,
    expanded_units,
    follow_up,
    g_unit,
    g_value,
    grant_query,
    joined_codes,
    office_as_unit,
    ordinal_choice,
    parse_money,
    strip_programmes,
    unit_nominative,
    without_g,
)
from bot.dialogue.parsing.amounts import to_decimal
from bot.dialogue.parsing.corrections import CORRECTION_LEAD, correction, corrects, meant
from bot.dialogue.parsing.grant_phrases import (
    AMOUNT_AGAIN,
    AMOUNT_WORDS,
    ASIDE_TAIL,
    BACK_TO_GRANT,
    BACK_TO_LEVEL_NAME,
    BACK_TO_NAME,
    BACK_TO_POINTED,
    BACK_TO_US,
    BARE_HOW_MUCH,
    BOTH_UNITS,
    BRACKETED_NAME,
    CODE_ALONE,
    CODE_BESIDE,
    CODE_NOT_CODE,
    CODE_THEN_QUESTION,
    CODED,
    COMPARE,
    DATE_SAID,
    DONT_KNOW,
    EARLIER_G,
    ELIGIBILITY,
    FIGURE_CONFIRMED,
    FIGURE_POSSIBLE,
    FILLED_REQUEST,
    FIRST_ASKED,
    FITS,
    FOR_US_ALONE,
    FOR_WHOM,
    FROM_UNIT,
    G_ASKED,
    G_BELONGS,
    G_USED,
    GIVEN_FIGURE,
    GRANT_AGAIN,
    GRANT_INTENT,
    GRANT_STATED,
    HOW_COMPUTED,
    HOW_MUCH,
    HOW_MUCH_FOR_UNIT,
    JOINED_QUESTION,
    LEAD_ACK,
    LEAD_FILLERS,
    LEFT_BY_G,
    LEVEL_AND_CODE,
    LEVEL_AND_NAME,
    LEVEL_POINTED,
    LEVEL_REF,
    MARSHAL_OFFICE,
    MAY_APPLY,
    NEVER_A_NAME,
    NEXT_UNIT,
    NOT_A_NAME,
    NOT_COMPARED,
    NOT_GRANT,
    OF_GRANTS,
    ONLY_FILLERS,
    ORDINAL_UNIT,
    OTHER_QUANTITY,
    OTHER_UNIT,
    OTHER_WITH_G,
    OUR_AMOUNT,
    OUR_LEVEL,
    OUR_LIKE,
    OUR_PLURAL,
    OUR_POWIAT,
    OUT_OF,
    OWN_WORDS,
    PER_HEAD,
    POOL,
    POPULATION,
    POPULATION_WORDS,
    PROGRAMME_CLAUSE_LEFT,
    PROGRAMME_LEAD,
    PROGRAMME_THEN_ASKED,
    PROGRAMME_TOO,
    QUESTIONISH,
    SAID_PEOPLE_FIRST,
    SAID_POPULATION,
    SAME_G,
    SAME_PROGRAMME,
    SPEND_ON,
    START_WITH,
    STARTS_BACK_TO,
    SUM_SAID,
    SUPPOSED_PEOPLE,
    TERYT_LIKE,
    TERYT_WORD,
    THIS_LEVEL,
    THIS_UNIT,
    TOGETHER,
    TYPO_NOTE,
    UNIT_AFTER_FOR,
    UNIT_ALONE,
    UNIT_BEFORE_HOW_MUCH,
    UNIT_FOLLOW,
    WHERE_ASIDE,
    WHICH_PROGRAMMES,
    WHY_DIFFERS,
    WITHOUT_G,
    WITHOUT_G_FOLLOW,
    asks_without_g,
    bare_name,
    code_follow,
    code_length,
    figure_said,
    name_spans,
    other_questions,
)
from bot.dialogue.parsing.report import scaled
from bot.dialogue.parsing.statements import adjective_nominative
from bot.dialogue.replies import Button, LogEntry, Outcome, Reply, code, item, note, reply, title
from bot.dialogue.session import Choice, Pending, Topic
from grants.calculator import people
from grants.importer import check_index
from knowledge.errors import GrantbotError
from knowledge.money import counted, num
from knowledge.money import zl as _zl
from knowledge.normalize import fold
from knowledge.programmes import get_programme
from knowledge.registry import Candidate, UnitKind

_STAROSTWO = re.compile(r"(?i)\bstarostw")
# a grant asked with the population ("ile dostaniemy przy 5 tys. mieszkańców?"): not a population question alone
_GRANT_TOO = re.compile(
    r"(?i)\bgrant\w*|\bdosta\w*|\bdostan\w*|\bkwot\w*|\bwylicz\w*|\bpolicz\w*|\bprzy\b|\bgdyby|\bjakby"
)
# "o ile więcej dostaliśmy niż Przodkowo?", "jaka jest różnica między nami a Przodkowem?"
_DIFFERENCE = re.compile(
    r"(?i)\bo\s+ile\s+(?:wi[eę]cej|mniej)\b.*?\bni[zż]\s+(?:gmin\w*\s+|sąsiedzi\s+z\s+)?(?P<name>[\w-]{3,})"
    r"|\br[oó][zż]nic\w*\s+(?:mi[eę]dzy\s+)?(?:nami|naszym\s+grantem)\s+a\s+(?P<name2>[\w-]{3,})"
)
# "dla obu gmin", "obydwie jednostki", "my i nasz powiat": two units added up
_TWO_UNITS = re.compile(
    r"(?i)\b(?:obu|oba|obie|obydw\w*|dw[oó]ch\s+(?:gmin|jednostek|powiat)\w*)\b|\bmy\s+i\s+nasz\w*\s+powiat"
)
# "Swarzędz i Pobiedziska – która …?", "gmina Kórnik czy gmina Śrem – ile …": two units named at the start
_CAP = r"(?-i:[A-ZĄĆĘŁŃÓŚŹŻ])[\w-]+"
_TWO_NAMED = re.compile(
    rf"(?i)^\W*(?:(?:a|i|to|no)\s+)?(?:(?:gmin\w*|miast\w*|powiat\w*)\s+)?(?P<a>{_CAP}(?:\s+{_CAP})?)\s+(?:i|oraz|czy|a)\s+"
    rf"(?:(?:gmin\w*|miast\w*|powiat\w*)\s+)?(?P<b>{_CAP}(?:\s+{_CAP})?)(?=\s*[–—,:?-]|\s+(?:kt[oó]r|ile|dostan|maj))"
)
# "ile dostaną Kórnik i Śrem z cg?": two capitalised names joined inside the question
_TWO_NAMED_INSIDE = re.compile(
    rf"(?<!\w)(?P<a>{_CAP}(?:\s+{_CAP})?)\s+(?:i|oraz|czy)\s+(?P<b>{_CAP}(?:\s+{_CAP})?)"
    r"(?=\s*[–—,:?!.-]|\s+(?:w|z|ze)\s|\s*$)"
)
# "a miasto w cyfrowej gminie?", "a powiat?": one of the pair talked about, by its kind alone
_PAIR_KIND = re.compile(
    r"(?i)^\W*(?:a|i|to)\s+(?:samo\s+|sam\s+|sama\s+)?(?P<kind>miasto|gmin[aę]|powiat)\b(?!\s+(?-i:[A-ZĄĆĘŁŃÓŚŹŻ]))"
)
# "miejski Łańcut", "wiejską Kościerzynę", "miejsko-wiejski Barcin": a gmina's kind said as an adjective before its name
_ADJECTIVE_KIND = re.compile(r"(?i)\b(miejsko-wiejsk\w*|miejsk\w*|wiejsk\w*)\s+(?=(?-i:[A-ZĄĆĘŁŃÓŚŹŻ])[\w-]{2,})")
# "a razem miasto w cg i powiat w cs?": each of the pair in its own programme
_KIND_IN_PROGRAMME = re.compile(r"(?i)\b(?P<kind>miasto|gmin[aęy]|powiat)\s+(?P<where>(?:w|we|z)\s+\S+(?:\s+\S+)?)")
# "Wągrowiec miasto i powiat wągrowiecki": a town with its kind after it, and a powiat by its adjective
_NAME_KIND_AND_POWIAT = re.compile(rf"(?i)(?P<a>{_CAP})\s+(?P<kind>miasto|gmina)\s+(?:i|oraz)\s+(?P<b>powiat\s+[\w-]+)")
# "miasto Wągrowiec i powiat wągrowiecki": each unit with its kind word
_TWO_KINDED = re.compile(rf"(?i)^\W*(?P<a>(?:miasto|gmina)\s+{_CAP})\s+(?:i|oraz)\s+(?P<b>powiat\s+[\w-]+)")
# "1878,22", "1 918,22": a G said beside a unit's name
_G_FIGURE = re.compile(r"(?<![\d,.])(?P<whole>[1-4][\s\u00a0]?\d{3})(?:[.,](?P<fraction>\d{1,2}))?(?![\d])")
# "a gdyby G było o 150 zł wyższe?", "przy G niższym o 50 zł", "G wyższe o 100": the G changed by an amount
_DIRECTION = (
    r"wy[zż]sz\w*|ni[zż]sz\w*|wi[eę]ksz\w*|mniejsz\w*|wzr[oó]s\w*|wzro[sś]\w*|spad\w*|spad[lł]\w*|zmala\w*|"
    r"podni\w*|obni[zż]\w*"
)
_RELATIVE_G = re.compile(
    rf"\bG\b[^?\d]{{0,25}}?\bo\s+(?P<n>\d+(?:,\d{{1,2}})?)\s*(?:z[lł]\w*\s+)?(?P<dir>{_DIRECTION})|"
    rf"\bG\b[^?\d]{{0,25}}?(?P<dir2>{_DIRECTION})\s+o\s+(?P<n2>\d+(?:,\d{{1,2}})?)"
)
# "a jakby nas było o 2 tys. więcej?", "gdyby mieszkańców było o 1000 mniej": the population changed by an amount
_RELATIVE_PEOPLE = re.compile(
    # "o 1000 więcej", "1000 osób więcej" ("a gdyby nas było 1000 osób więcej?": the "o" left out)
    r"(?i)\b(?:nas|mieszka[nń]c\w*|ludno[sś]\w*|L)\b[^?\d]{0,30}?\b(?:o\s+)?(?P<n>\d{1,3}(?:[ \u00a0]?\d{3})*)\s*"
    r"(?P<k>tys\w*\.?)?\s*(?:mieszka\w*\s+|os[oó]b\s+|ludzi\s+)?(?P<dir>wi[eę]cej|mniej)\b"
)
# "w CG czy w CS więcej?", "w którym więcej?", "gdzie dostaniemy więcej?": more in which programme
_MORE_IN_WHICH = re.compile(r"(?i)\b(?:wi[eę]cej|mniej)\b")
_IN_WHICH = re.compile(r"(?i)\bw\s+kt[oó]rym\b|\bz\s+kt[oó]rego\b|\bkt[oó]ry\s+program\w*")
# a figure said while the G is awaited that is plainly something else: a grant, an advisory share, a price
_NOT_A_G = re.compile(
    r"(?i)\bgranc\w*|\bgrant\w*\s+(?:to|wynosi\w*|mamy|=)|\bdorad\w*|\bprocent\w*|%|\bnetto\b|\bbrutto\b|"
    r"\bfaktur\w*|\bsztuk\w*|\bkosztuj\w*|\bkosztowa\w*"
)
_PAIR = "pair"  # Topic.entry of a grant answer given for two units at once ("a razem ile?" adds them up)
_WE_AND_POWIAT = re.compile(r"(?i)\bmy\s+i\s+nasz\w*\s+powiat|\bnas\s+i\s+(?:nasz\w*\s+)?powiat")
# "w którym powiecie jesteśmy?", "jaki jest nasz powiat?"
_WHICH_POWIAT = re.compile(
    r"(?i)\bw\s+kt[oó]rym\s+powiecie\b|\b(?:jaki|kt[oó]ry)\s+(?:to\s+)?(?:jest\s+)?nasz\s+powiat\b|\bdo\s+kt[oó]rego\s+powiatu\b"
)
# "ile gmin ma nasz powiat?", "jakie gminy są w powiecie wołowskim?", "ile gmin jest w naszym powiecie?"
_GMINY_ASKED = re.compile(
    r"(?i)\b(?:ile|jakie|kt[oó]re)\s+(?:jest\s+|mamy\s+)?gmin\w*\b.{0,30}\bpowi(?:at|ec)\w*"
    r"|\bpowi(?:at|ec)\w*.{0,30}\b(?:ile|jakie)\s+(?:ma\s+)?gmin"
)
# "a jakby 1908.88?", "a gdyby 2 050?", "a przy 1950,5?": a figure supposed alone
_BARE_SUPPOSED = re.compile(
    r"(?i)^\W*(?:a|i|to)?\s*(?:jakby|gdyby|je[sś]li|je[zż]eli|przy)\s+(?P<n>\d[\d\s.,]*\d|\d)\s*(?:z[lł])?\W*$"
)
# the topic's `listed` after a population answer: the next short question asks another population
POPULATION_TALK = "population"
# "samo miasto", "obszar wiejski", "cała gmina", "część miejska", "wieś": a part of the gmina talked about
_PART_ASKED = re.compile(
    r"(?i)\b(?:samo\s+miasto|miasto|obszar\w*\s+wiejsk\w*|cz[eę][sś][cć]\s+(?:miejsk|wiejsk)\w*|"
    r"ca[lł]\w*\s+gmin\w*|wie[sś]|wsi|tereny\s+wiejskie)\b"
)
_OURS_PICKED = re.compile(r"(?i)\b(?:my|nasz\w*|jeste[sś]my|u\s+nas)\b")
# "obok nas", "koło nas", "sąsiadująca z nami": another unit placed by ours, not ours
NEAR_US = re.compile(r"(?i)\b(?:obok|ko[lł]o|niedaleko|blisko)\s+nas\b|\bs[aą]siaduj\w*\s+z\s+nami\b")


def unit_label(unit: Any) -> str:
    """Short enough for a button: 'gmina wiejska Kościerzyna, pow. kościerski (2206042)'."""
    parent = (
        f", pow. {unit.powiat_name}"
        if getattr(unit, "powiat_name", None) and unit.code != unit.powiat_code and len(unit.code) == 7
        else f", woj. {unit.wojewodztwo_name}"
        if len(unit.code) == 4
        else ""
    )
    label = f"{unit.display_name}{parent} ({unit.code})"
    return label if len(label) <= 64 else f"{unit.display_name} ({unit.code})"


def _unit_buttons(units: list[Any], purpose: str) -> tuple[tuple[Button, ...], ...]:
    """One button per unit offered for a choice (the list and its repetition look alike)."""
    return tuple((Button(unit_label(unit), f"unit:{purpose}:{unit.code}"),) for unit in units)


# The only unit the register finds for a name said with its level ("miasto ustrzykach dolnych" scores 75 against
# gmina miejsko-wiejska Ustrzyki Dolne: the case and the kind differ): that unit, its name shown in the reply.
SOLE_CANDIDATE_SCORE = 75.0


# "a dokładnie w cp nie da się policzyć?", "czemu nie ma dokładnej kwoty?"
EXACT_ASKED = re.compile(
    r"(?i)\bdok[lł]adn\w*\b.{0,40}\b(?:nie\s+)?(?:da\s+si[eę]|mo[zż]na|policz\w*|wylicz\w*|oblicz\w*|poda\w*)"
    r"|\b(?:czemu|dlaczego)\s+(?:\w+\s+){0,3}nie\s+(?:ma\s+)?dok[lł]adn\w*"
)
# "z gminy wiejskiej Puck", "gmina miejsko-wiejska Żukowo": a unit named with its level and kind
_KIND_AND_NAME = re.compile(
    r"(?P<unit>(?i:gmin\w*|miast\w*)\s+(?i:wiejsk|miejsk|miejsko-wiejsk)\w*\s+[A-ZĄĆĘŁŃÓŚŹŻ][\w-]+(?:\s+[A-ZĄĆĘŁŃÓŚŹŻ][\w-]+)?)"
)
# "a u nich w cs?", "a dla nich?", "ile oni by dostali?": the other unit of the conversation, not ours
THEIRS = re.compile(r"(?i)\b(?:u|dla)\s+nich\b|\boni\b|\bich\s+(?:grant|kwot|g\b)")
# "a czym one się różnią?", "jaka to różnica?" asked back at a list of units of one name
KINDS_DIFFER = re.compile(
    r"(?i)\bczym\s+(?:\w+\s+){0,2}r[oó][zż]ni|\bjak\w*\s+(?:\w+\s+){0,3}r[oó][zż]nic|\bco\s+to\s+za\s+r[oó][zż]nic"
)
# "z obu programów", "w obydwu", "w każdym z programów"
BOTH_PROGRAMMES = re.compile(r"(?i)\b(?:ob(?:u|a|ydwu|ydwa)|wszystki\w*|ka[zż]d\w*\s+z)\s+program\w*")
# "a ten powiat ile ma mieszkańców?", "a ilu mieszkańców ma powiat wg was?" after a gmina: its powiat
_THE_POWIAT = re.compile(r"(?i)\b(?:(?:ten|tego|tym|ich|jej|jego|ca[lł]y)\s+)?powiat")


def _no_subject(turn: Turn) -> bool:
    """Nothing talked about yet but the unit and programme chosen: "ile?" can only ask for the grant."""
    topic = turn.session.topic
    # not after a grant either: "to w cyfrowym powiecie ile?" then asks about the unit computed, not ours
    return topic is None or topic.kind == "programme"


def _with_topic(session: Any, topic: Topic | None) -> Any:
    return session.with_(topic=topic) if topic is not None else session


def _last_g(session: Any) -> Decimal | None:
    """The G given last: the grant talked about now's, else the last one given for a unit of the conversation
    ("z tym samym G", "przy takim samym G")."""
    topic, given = session.topic, [v for v in session.units_seen().values() if v]
    return _g(topic.g if topic is not None and topic.kind == "grant" and topic.g else given[-1] if given else "")


# "ile na doradztwo?", "a 10% z tego?", "ile na szkolenia?": a share of the grant, asked of it
_SHARE_OF_IT = re.compile(r"(?i)\b(?:dorad\w*|procent\w*|\d+\s*%|po[lł]ow\w*|z\s+tego)\b")
# "sama gmina", "sam powiat": an emphasis before a unit named
_ITSELF = re.compile(r"(?i)\b(?:sam[aoy]?|samego|samej)\s+(?=(?:gmin|powiat|miast|wojew[oó]dztw)\w*\s)")
# "przyjęliście", "wzięliście", "liczyliście": what the bot used in its computation
_YOU_USED = re.compile(
    r"(?i)\b(?:przyj[eę]li|wzi[eę]li|liczyli|policzyli|u[zż]yli|przyj[aą][lł]e[sś]|wzi[aą][lł]e[sś])\w*"
)
# dates, whose years look like TERYT codes: "15.03.2022", "3 lutego 2022", "w 2022 r."
_DATES = re.compile(
    r"(?i)\b\d{1,2}[./-]\d{1,2}[./-]\d{4}\b|\b\d{4}-\d{2}-\d{2}\b|\b\d{1,2}\s+[a-ząćęłńóśźż]+\s+\d{4}\b"
    r"|\b(?:19|20)\d{2}\s*r\b\.?|\b(?:w|z|od|do|roku)\s+(?:19|20)\d{2}\b"
)
# "nie ten wielkopolski", "nie ta z mazowieckiego", "nie z Podkarpacia": the place refused in a reply to a list
_NOT_THIS = re.compile(r"(?i)\bnie\s+(?:(?:t[eoaą]n?|tego|tej)\s+)?(?:(?:z|ze|w|we|spod|ko[lł]o)\s+)?[\w-]+")


def _choice_said(text: str) -> str:
    """What picks from a list of units: "sorki, literówka – Wieliczka …" without the apology, "ta wiejska, G 1950,22"
    without the G said with it."""
    said = TYPO_NOTE.sub("", CORRECTION_LEAD.sub("", text))
    return (without_g(said).strip(" ,;:–—-") or said) if g_value(said) is not None else said


def _kind_said(match: re.Match[str], text: str) -> str:
    """ "miejski Łańcut" → "gmina miejska Łańcut"; "gmina wiejska Bolesławiec", "miasto i gmina …" as said."""
    before = text[: match.start()]
    if re.search(r"(?i)\b(?:gmin\w*|miast\w*|powiat\w*|obszar\w*|cz[eę][sś][cć]\w*)\s*$", before):
        return match.group(0)
    return f"gmina {_kind_of_adjective(match.group(1))} "


def _kind_of_adjective(word: str) -> str:
    """ "miejski" → "miejska", "wiejską" → "wiejska", "miejsko-wiejski" → "miejsko-wiejska"."""
    folded = fold(word)
    return (
        "miejsko-wiejska" if folded.startswith("miejsko-") else "miejska" if folded.startswith("miejsk") else "wiejska"
    )


def _g(text: str) -> Decimal | None:
    return Decimal(text) if text else None


UNKNOWN_UNIT = (
    "Nie znam jednostki „{code}”. Podaj kod TERYT (np. 2206042) albo nazwę gminy lub powiatu, np. /grant Kościerzyna."
)


class Grants(Feature):
    name = "grant"
    actions: ClassVar[dict[str, str]] = {"unit": "on_unit", "grant": "on_grant", "gdet": "on_details"}

    # -- entry points --------------------------------------------------------------------------

    async def command(self, turn: Turn, arg: str) -> Result:
        if self.backends.grants is None:
            return say(turn, texts.GRANTS_UNAVAILABLE)
        g = g_value(arg)
        query = without_g(arg) if g is not None else arg
        if query.strip():
            named = detect_programmes(query) or None
            return await self.request(turn, strip_programmes(query), named, g, log_text=f"/grant {arg}")
        if turn.session.unit_code:
            return await self.for_code(turn, turn.session.unit_code, None, g, log_text=f"/grant {arg}".strip())
        out = reply(texts.ASK_UNIT_FOR_GRANT)
        return Outcome((out,)), turn.session.with_(pending=Pending(kind="grant_unit", g=str(g or "")))

    async def text(self, turn: Turn) -> Result | None:
        if self.backends.grants is None:
            return None
        on_grant = turn.session.topic is not None and turn.session.topic.kind == "grant"
        if OTHER_QUANTITY.search(turn.text) and not (AMOUNT_WORDS.search(turn.text) or POPULATION.search(turn.text)):
            return None  # "starostwo hajnowskie, cp – ile mamy czasu na diagnozę?": a rule asked, no grant
        if DATE_SAID.search(turn.text) and not (
            GRANT_INTENT.search(turn.text) or POPULATION.search(turn.text) or on_grant
        ):
            return None  # "a w cyfrowej gminie 30 września 2023, tak?", "a z grudnia 2023?": a date, no unit's code
        gminy = self._gminy_of_powiat(turn, turn.text) or self._our_powiat(turn)
        if gminy is not None:
            return gminy
        # "0201-011", "22 06 03 2": the code as one number; "m. Płock", "gm. Karsin": the unit's kind written out
        said = demonstrative_unit(compared_for_unit(turn.text))  # "a tamten X, ten wiejski", "porównaj … dla X"
        said = TERYT_WORD.sub("", said)  # "policz jeszcze dla TERYT 16": the code, without its name
        said = FILLED_REQUEST.sub(r"\g<verb> ", said)  # "policz jeszcze dla …" asks as "policz dla …" does
        text = WHERE_ASIDE.sub("", ASIDE_TAIL.sub("", office_as_unit(expanded_units(joined_codes(said)))))
        # "a ten pierwszy z listy, miejski Łańcut?": the kind said as an adjective before the name
        text = _ADJECTIVE_KIND.sub(lambda m: _kind_said(m, text), text)
        text = _ITSELF.sub("", text)  # "a sama gmina Pszczyna w cs?": the gmina as any unit named
        belongs = G_BELONGS.match(text)
        if belongs is not None:
            # "nie to miałem na myśli – ten wskaźnik 1950 to Tomice, nie Wieprz": that unit with that G
            text = f"a {belongs.group('unit')} przy G {belongs.group('g').strip()}?"
        text, assumed = self._seat_named(turn, text)
        differs = await self._why_differs(turn, text)
        if differs is not None:
            return differs
        topic = turn.session.topic
        if topic is not None and topic.programme in ("cg", "cp", "cs"):
            # "a powiat jarociński w tym samym programie?": the programme talked about, by name
            text = SAME_PROGRAMME.sub(f"w {topic.programme}", text)
        result = await self._answer(turn, text)
        return led_by(assumed, result) if result is not None and assumed else result

    async def _why_differs(self, turn: Turn, text: str) -> Result | None:
        """ "a dlaczego Krobia dostaje tyle więcej niż Pępowo?": both grants of this conversation computed step by
        step – L and G (through R) make the difference (CG regulamin §4 ust. 5)."""
        if not WHY_DIFFERS.search(text) or self.backends.grants is None:
            return None
        folded = fold(text)
        named: list[tuple[str, str]] = []
        for code_, g in turn.session.units_seen().items():
            unit = self.backends.grants.find_unit(code_).unit
            name = fold(unit.name) if unit is not None else ""
            if name and re.search(rf"\b{re.escape(name[: max(4, len(name) - 2)])}", folded):
                named.append((code_, g))
        if len(named) != 2:
            return None
        replies: list[Reply] = [reply(texts.WHY_DIFFERS)]
        session = turn.session
        for code_, g in named:
            outcome, session = await self.details(turn.with_session(session), "cg", code_, Decimal(g) if g else None)
            replies += outcome.replies
        return Outcome(tuple(replies), LogEntry("grant", turn.text, programme="cg")), session

    def _seat_named(self, turn: Turn, text: str) -> tuple[str, str]:
        """ "gmina, która jest siedzibą powiatu jarocińskiego": the town the powiat is named after, by its code, and
        a line saying it is assumed (the registers do not list seats); "miasto Ełk, siedziba powiatu ełckiego": the
        name is said, the aside goes."""
        seat = SEAT.search(text)
        if seat is None or self.backends.grants is None:
            return text, ""
        if seat.group("lead") is None and re.search(r"[A-ZĄĆĘŁŃÓŚŹŻ][\w-]+\W*$", text[: seat.start()]):
            return f"{text[: seat.start()].rstrip(' ,')} {text[seat.end() :].lstrip(' ,')}".strip(), ""
        registry = self.backends.grants.registry
        powiat = None
        with contextlib.suppress(GrantbotError, KeyError):
            if seat.group("adj"):
                found = self._find(f"powiat {adjective_nominative(seat.group('adj'))}")
                powiat = found.unit if found.unit is not None and str(found.unit.kind) == "powiat" else None
            elif seat.group("ours"):
                ours = turn.session.unit_code or next(iter(turn.session.units_seen()), "")
                unit = registry.get(ours) if ours else None
                powiat = registry.get(unit.powiat_code) if unit is not None and unit.powiat_code else None
        town = seat_town(powiat, registry) if powiat is not None else None
        if town is None or powiat is None:
            return text, ""
        lead = seat.group("lead") or ""
        kept = f"{text[: seat.start()]}{lead.strip(' ,')} {town.code} {text[seat.end() :]}"
        return " ".join(kept.split()), texts.SEAT_ASSUMED.format(powiat=powiat.name, town=town.describe())

    async def _g_after_explained(self, turn: Turn, text: str) -> Result | None:
        """ "ok, skarbnik mówi 2038,22" right after the FAQ explained what the G is (with a gmina's grant in this
        conversation): the grant computed with that G."""
        topic = turn.session.topic
        if topic is None or topic.kind != "faq" or "wskaznik-g" not in topic.entry:
            return None
        unit = turn.session.grant_unit or turn.session.unit_code or ""
        value = g_value(text) or figure_said(text)
        if len(unit) != 7 or value is None or not Decimal(500) <= value <= Decimal(20000):
            return None
        return await self.for_code(turn, unit, ["cg"], value, log_text=text)

    async def _exact_asked(self, turn: Turn, text: str) -> Result | None:
        """ "a dokładnie w cp nie da się policzyć?" after a range of CP or CS: what the exact amount depends on, and
        that the official list is not in the documents here (the FAQ's entry for that programme)."""
        topic = turn.session.topic
        if topic is None or topic.kind != "grant" or not EXACT_ASKED.search(text):
            return None
        named = detect_programmes(text) or ([topic.programme] if topic.programme in ("cp", "cs") else [])
        if len(named) != 1 or named[0] not in ("cp", "cs"):
            return None
        result: Result = await self.feature("faq").ask(turn, "od czego zależy dokładna kwota grantu?", named[0])
        return result

    async def _people(self, turn: Turn, text: str) -> Result | None:
        """The grant per inhabitant ("ile to na mieszkańca?"), else a population asked with a region's name."""
        if PER_HEAD.search(text):
            per_head = await self._per_head(turn, text)  # before "mieszkańca" is read as a population question
            if per_head is not None:
                return per_head
        if POPULATION.search(text) and not _GRANT_TOO.search(text) and region_named(text):
            # "ile mieszkańców macie dla opolskiego?" after another question: a population, not the grant of the
            # unit the adjective would name alone (powiat opolski)
            return await self._population_asked(turn, text)
        return None

    async def _answer(self, turn: Turn, text: str) -> Result | None:
        people_asked = await self._two_named(turn, text) or await self._people(turn, text)
        if people_asked is not None:
            return people_asked
        explained = await self._g_after_explained(turn, text) or await self._exact_asked(turn, text)
        if explained is not None:
            return explained
        topic = turn.session.topic
        steps = await self._details_asked(turn, text, topic)
        if steps is not None:
            return steps
        # the grants added up, another population supposed, a unit referred to, a follow-up on the grant just computed
        other = await self._other_with_g(turn, text, g_value(text))
        if other is not None:
            return other
        for early in (
            self._pair_across,
            self._kind_of_pair,
            self._relative_g,
            self._programmes_compared,
            self._two_gs,
            self._details_for_g,
            self._bracketed_unit,
            self._figure_confirmed,
            self._figure_possible,
            self._earlier_g,
            self._figure_explained,
            self._compared,
            self._units_together,
            self._with_ours,
            self._difference,
            self._together,
            self._bare_g_supposed,
            self._supposed_people,
            self._per_head,
            self._pointed_back,
            self._back_to_unit,
            self._referred_unit,
            self._pointed_level,
            self._follow_up,
        ):
            result: Result | None = await early(turn, text)
            if result is not None:
                return result
        g = g_value(text)
        # "gminy Rawicz – G = 1 998,22", "ile w CG dla 1207072 przy G=1850,5": the request without the G
        rest = _without_g_clause(text) if g is not None else text
        ours = await self._our_grant(turn, text, rest, g)
        if ours is not None:
            return ours
        named_request = await self._named_request(turn, text, rest, g)
        if named_request is not None:
            return named_request
        eligible = ELIGIBILITY.match(rest) or FITS.match(strip_programmes(rest, keep_if_empty=False) or rest)
        if (
            eligible
            and detect_programmes(rest)
            and _names_a_unit(eligible.group("unit"))
            and self.registered(eligible.group("unit"))
        ):
            # "czy Zakopane może dostać cyfrowy powiat?": the unit's grant there, or why it has none
            named = detect_programmes(text) or None
            return await self.request(turn, eligible.group("unit"), named, g, log_text=text)
        alone = await self._unit_alone(turn, rest, g)
        if alone is not None:
            return alone
        bare = bare_name(rest)
        if bare is not None and self.registered(bare):
            named = detect_programmes(text) or None
            return await self.request(turn, bare, named, g, log_text=text)
        another = await self._named_with_g_or_next(turn, text, g)
        if another is not None:
            return another
        named_unit = await self._named_unit(turn, text, rest, g) or await self._name_anywhere(turn, text, rest, g)
        if named_unit is not None:
            return named_unit
        return await self._g_or_first_question(turn, text, g)

    async def _named_request(self, turn: Turn, text: str, rest: str, g: Decimal | None) -> Result | None:
        """ "ile dostanie gmina Kościerzyna?": the grant of the unit named; "ile dostanie powiat oświęcimski w cp i czy
        serwer przejdzie?": that grant, then the other questions of the message."""
        query = self._first_named(text) or grant_query(rest)
        if query is None:
            return None
        named = detect_programmes(text) or None
        first, *others = [p.strip(" ,") for p in JOINED_QUESTION.split(rest) if len(p.split()) >= 2] or [rest]
        joined = bool(others) and grant_query(first) is not None and not any(grant_query(p) for p in others)
        if joined:
            query, named = grant_query(first) or query, detect_programmes(first) or named
        try:
            result = await self.request(turn, strip_programmes(query), named, g, log_text=text)
        except GrantbotError:
            if CODE_ONLY.match(query.strip()):
                raise
            return None  # "Ile wynosi grant dla powiatu?" names no unit: a general question for the FAQ.
        return await self._and_the_rest(turn, result, [f"{p.rstrip('?')}?" for p in others]) if joined else result

    async def _details_asked(self, turn: Turn, text: str, topic: Topic | None) -> Result | None:
        """ "jak to policzono?" after a grant: its computation; "a dla G 1850 pokaż, jak to policzyliście": the
        computation with the G said now; "szczegóły" after a question in between: the computation of the grant
        shown last (its button's label) – no FAQ entry is about the word "szczegóły"."""
        if topic is None or topic.kind != "grant":
            code = turn.session.grant_unit
            if not code or not asks_details(text):
                return None
            g = _g(turn.session.units_seen().get(code, ""))
            # the programme talked about since (the advisory share of the CG grant) is the grant's, not every one
            held = (topic.programme if topic is not None else "") or turn.session.programme or ""
            allowed = programmes_for_unit(code)
            return await self.details(turn, "", code, g, among=[held] if held in allowed else allowed)
        if asks_details(text):
            return await self.details(turn, topic.programme, topic.subject, _g(topic.g))
        said_g = g_value(text)
        if said_g is None or topic.programme not in ("", "cg"):
            return None
        asked = re.sub(r"(?i)^\W*(?:a\s+|i\s+)?(?:dla|przy|z|ze)\s+(?=\S)", "", without_g(text))
        return await self.details(turn, "cg", topic.subject, said_g) if asks_details(asked) else None

    async def _other_with_g(self, turn: Turn, text: str, g: Decimal | None) -> Result | None:
        """ "a sąsiedni Ostrzeszów ma G 1998,22", "A Tomice? Tam G 2048,22.", "A gmina wiejska Sanok przy G 1998,22?":
        a unit named with nothing but its own G – its Cyfrowa Gmina grant (the G is Cyfrowa Gmina's), not the G put
        on the unit talked about before."""
        same = SAME_G.search(text) if g is None else None
        if same is not None:
            g = _last_g(turn.session)
            text = text[: same.start()] + text[same.end() :]
        if g is None:
            return None
        rest = without_g(text) if same is None else text
        fixed = correction(rest.strip(" ,;–—-"))
        if fixed is not None:
            # "sorry, nie Ostrołęka tylko Łomianki miały być, G to samo": the unit meant, with that G
            rest = re.sub(r"(?i)\s+(?:mia[lł]\w*|powinn\w*)\s+by[cć]\W*$", "", fixed.right)
        other = OTHER_WITH_G.match(rest)
        if other is None:
            return None
        name = other.group("unit").strip()
        if re.match(r"(?i)(?:miejsk|wiejsk|miejsko-wiejsk)\w*\s", name):
            name = f"gmina {name}"  # "a ta wiejska Bochnia przy takim samym G?": the gmina of that kind
        last = name.split()[-1]
        if fold(last) in NEVER_A_NAME or NOT_A_NAME.fullmatch(last) or not self.registered(name):
            return None
        return await self.request(turn, name, detect_programmes(text) or ["cg"], g, log_text=text)

    async def _bracketed_unit(self, turn: Turn, text: str) -> Result | None:
        """ "dobra, to jeszcze raz dla nas (Zielonki) ile wychodzi?": the grant of the unit named in brackets (with
        the G given for it before), not of the unit talked about last."""
        said = BRACKETED_NAME.search(text)
        if said is None or not (asks_own_grant(text) or GRANT_AGAIN.search(text) or HOW_MUCH.search(text)):
            return None
        unit, _ = self.resolve(said.group("name"))
        if unit is None or unit.code not in turn.session.units_seen():
            return None  # only a unit of this conversation: "(powiat krakowski)" may say where, not which
        named = detect_programmes(text) or ["cg"] if len(unit.code) == 7 else detect_programmes(text) or None
        return await self.for_code(turn, unit.code, named, g_value(text), log_text=text)

    async def _figure_confirmed(self, turn: Turn, text: str) -> Result | None:
        """ "aha, czyli tylko 100 tys?" right after a grant: yes or no against the amount computed, and why (the
        computation step by step)."""
        topic = turn.session.topic
        said = FIGURE_CONFIRMED.match(text)
        if said is None or topic is None or topic.kind != "grant" or not topic.subject or not topic.programme:
            return None
        figure = scaled(said.group("n"), said.group("k") or "")
        # an amount said as money ("100 tys", "473 420 zł", a grant's six digits), not a code or a G ("a 3025?")
        as_money = bool(said.group("k") or re.search(r"(?i)z[lł]|pln", text))
        if figure is None or not (as_money or (figure >= 100_000 and not re.fullmatch(r"\d{7}", said.group("n")))):
            return None
        amount = await self.computed_amount(topic.subject, topic.programme, _g(topic.g))
        if amount is None:
            return None
        rounded = bool(said.group("k")) or figure % 1000 == 0
        same = abs(amount - figure) < (1000 if rounded else Decimal("0.01"))
        head = (texts.FIGURE_CONFIRMED if same else texts.FIGURE_NOT_CONFIRMED).format(
            amount=_zl(amount), programme=programme_name(topic.programme)
        )
        steps = await self.details(turn, topic.programme, topic.subject, _g(topic.g))
        return led_by(head, steps)

    async def _figure_possible(self, turn: Turn, text: str) -> Result | None:
        """ "sąsiad mówi, że gmina taka jak nasza mogła dostać 1,2 mln – to możliwe?": the figure against our unit's
        grant computed here (its upper bound, and the exact amount when the G was given), step by step."""
        said = FIGURE_POSSIBLE.search(text)
        unit_code = turn.session.grant_unit
        if said is None or not unit_code or not OUR_LIKE.search(text):
            return None
        figure = scaled(said.group("n"), said.group("k") or "")
        topic = turn.session.topic
        programme = (detect_programmes(text) or [topic.programme if topic is not None and topic.programme else "cg"])[0]
        assert self.backends.grants is not None
        unit = self.backends.grants.find_unit(unit_code).unit
        if figure is None or figure < 10_000 or unit is None:
            return None
        g = _g(turn.session.units_seen().get(unit_code, ""))
        result = await self._result_in(unit, programme, g)
        top = getattr(result, "amount", None) or getattr(result, "max", None)
        if top is None:
            return None
        head = (texts.FIGURE_POSSIBLE if figure <= top else texts.FIGURE_IMPOSSIBLE).format(
            figure=_zl(figure), unit=unit.describe(), programme=programme_name(programme), top=_zl(top)
        )
        steps = await self.details(turn, programme, unit_code, g)
        return led_by(head, steps)

    async def _earlier_g(self, turn: Turn, text: str) -> Result | None:
        """ "a ile wychodziło przy tym pierwszym G?" after the G was corrected: the grant with the G given first."""
        if not turn.session.g_before or not EARLIER_G.search(text) or g_value(text) is not None:
            return None
        code_, _, g = turn.session.g_before.partition(":")
        return await self.with_g(turn, code_, Decimal(g), log_text=text)

    async def _g_corrected(self, turn: Turn, text: str) -> Result | None:
        """ "nie, przepraszam, źle przeczytałam – tysiąc dziewięćset", "1998,22 to było z innego roku, na 2021 mamy
        2008,22": the G just given, corrected (the old value named in passing is not the one meant)."""
        topic = turn.session.topic
        if topic is None or topic.kind != "grant" or not topic.subject or not topic.g:
            return None
        before = Decimal(topic.g)
        g = corrected_value(text)
        if g is None or g == before:
            g = another_g(text, before)
        return None if g is None else await self.with_g(turn, topic.subject, g, log_text=text)

    async def _per_head(self, turn: Turn, text: str) -> Result | None:
        """ "a ile to na jednego mieszkańca?" after a grant computed exactly: the amount divided by L (GUS)."""
        topic = turn.session.topic
        if not PER_HEAD.search(text) or self.backends.grants is None:
            return None
        seen = turn.session.units_seen()
        on_grant = topic is not None and topic.kind == "grant" and bool(topic.subject)
        # "ile to na mieszkańca w Pobiedziskach?": the unit talked about that is named, else the last grant's
        folded = fold(text)
        named_units = [
            code_
            for code_ in seen
            if (u := self.backends.grants.find_unit(code_).unit) is not None
            and re.search(rf"\b{re.escape(fold(u.name)[:5])}", folded)
        ]
        ours = turn.session.unit_code or ""
        if not named_units and ours in seen and re.search(r"(?i)\bu\s+nas\b|\bdla\s+nas\b|\bnasz\w*\b", text):
            named_units = [ours]  # "ile to na mieszkańca u nas?" after a neighbour's grant: ours
        level = re.search(r"(?i)\b(powiat|gmin|miast)\w*", text)
        if not named_units and level is not None:
            # "ile to na mieszkańca powiatu w cs?": the unit of that level among those talked about
            width = 4 if level.group(1).casefold() == "powiat" else 7
            named_units = [code_ for code_ in seen if len(code_) == width]
        subject = (
            named_units[-1] if len(named_units) >= 1 else (topic.subject if topic is not None and on_grant else "")
        )
        if not subject:
            return None
        named = detect_programmes(text)
        programme = named[0] if len(named) == 1 else (topic.programme if topic is not None and on_grant else "") or "cg"
        if not named and subject != (topic.subject if topic is not None else "") and seen.get(subject):
            programme = "cg"  # another unit talked about with its G: its Cyfrowa Gmina grant
        # the G of the last answer (a what-if's too), "przy tym pierwszym G" the one given before it
        g = _g(topic.g) if topic is not None and on_grant and topic.subject == subject and topic.g else None
        if g is None or re.search(r"(?i)\bpierwsz\w*\s+G\b|\bpoprzedni\w*\s+G\b", text):
            g = _g(seen.get(subject, ""))
        unit = self.backends.grants.find_unit(subject).unit
        amount = await self.computed_amount(subject, programme, g)
        if amount is None:
            # "a ile ten grant wychodzi na mieszkańca powiatu?" with the grant given for the report
            amount, _whence = await self.feature("shares").grant_known(turn, programme)
        inhabitants = getattr(unit, "population_2020", None)
        if unit is None or amount is None or not inhabitants:
            return None
        each = (amount / inhabitants).quantize(Decimal("0.01"))
        out = reply(
            texts.PER_HEAD.format(
                unit=unit.describe(),
                programme=programme_name(programme),
                amount=_zl(amount),
                people=people(inhabitants),
                each=_zl(each),
            )
        )
        return done(turn, out, log=LogEntry("grant", turn.text, programme=programme))

    async def _pointed_back(self, turn: Turn, text: str) -> Result | None:
        """ "a ten grant – ile to było?", "ten pierwszy, z gminy – przypomnij kwotę", "wróćmy do naszego,
        wielkopolskiego – jak wyliczyliście tamtą kwotę?": a grant computed earlier, again (or its steps)."""
        assert self.backends.grants is not None
        seen = turn.session.units_seen()
        units = [u for u in (self.backends.grants.find_unit(code_).unit for code_ in seen) if u is not None]
        pointed = pointed_grant(turn.text, units, turn.session.grant_unit)
        if pointed is None:
            return None
        g = _g(seen.get(pointed.code, ""))
        named = detect_programmes(text)
        topic = turn.session.topic
        programme = (named[0] if len(named) == 1 else "") or pointed.programme or ("cg" if g is not None else "")
        programme = programme or (topic.programme if topic is not None and topic.kind == "grant" else "")
        if pointed.how and programme:
            return await self.details(turn, programme, pointed.code, g)
        wanted = [programme] if programme else None
        return await self.for_code(turn, pointed.code, wanted, g if programme == "cg" else None, log_text=text)

    async def _details_for_g(self, turn: Turn, text: str) -> Result | None:
        """ "a jak policzyliście tę kwotę dla 1850?": the computation with the G said before (1850 is no TERYT code
        here) for the unit it was given for."""
        if not HOW_COMPUTED.search(text):
            return None
        said = {Decimal(n.replace(",", ".")) for n in re.findall(r"(?<![\d,.])\d{3,4}(?:,\d{1,2})?(?![\d,])", text)}
        for code_, g in reversed(list(turn.session.units_seen().items())):
            if g and Decimal(g) in said:
                return await self.details(turn, "cg", code_, Decimal(g))
        return None

    async def _back_to_unit(self, turn: Turn, text: str) -> Result | None:
        """ "nie o powiat mi chodziło – wróćmy do Zakopanego. a w cyberbezpiecznym?": a unit whose grant was computed
        before, named again (inflected), and the programme asked about now (else the one talked about)."""
        if self.backends.grants is None:
            return None
        level_named = await self._back_to_level_name(turn, text)
        if level_named is not None:
            return level_named
        pointed = BACK_TO_POINTED.search(text)
        back = pointed or BACK_TO_NAME.search(text)
        if back is None:
            return None
        found = self._unit_pointed_back(turn, pointed) if pointed is not None else []
        said = fold(back.group("name"))[:5] if pointed is None else ""
        for code_ in turn.session.units_seen() if pointed is None else ():
            unit = self.backends.grants.find_unit(code_).unit
            if unit is not None and fold(unit.name)[:5] == said:
                found.append(code_)
        if len(found) > 1:
            # "wracając do naszych Michałowic (krakowskie)": two of that name talked about, the place says which
            near = near_place(turn.text, [self.backends.grants.find_unit(c) for c in found])
            found = [near.code] if near is not None else found
        if len(found) != 1:
            return None
        rest = text[back.end() :]
        if NOT_GRANT.search(rest) or (rest.strip(" .?!") and not detect_programmes(rest) and "ile" not in fold(rest)):
            return None  # "wróćmy do Zakopanego – jak z trwałością?": a question of its own
        topic = turn.session.topic
        asked = rest.strip(" ,.;:–—-")
        if _SHARE_OF_IT.search(asked):
            # "wracając do Kórnika – ile na doradztwo?": the question asked of that unit's grant (its G said before)
            g_seen = turn.session.units_seen().get(found[0], "")
            # its grant in Cyfrowa Gmina when a G was given for it (a G is that programme's only), however the talk
            # went on since ("… starosta pyta o cs …, wracając do Bukowiny – a u nas ile na doradztwo?")
            programme = "cg" if g_seen else (topic.programme if topic is not None else "") or "cg"
            held = Topic("grant", programme=programme, subject=found[0], g=g_seen)
            session = turn.session.with_(topic=held, grant_unit=found[0])
            result: Result = await self.dialogue.free_text(Turn(turn.user, session, asked))
            return result
        named = detect_programmes(rest) or ([topic.programme] if topic is not None and topic.programme else None)
        # "wróćmy do Tomic – ile to było z CG?": with the G given for it earlier (a G is Cyfrowa Gmina's only)
        g = g_value(rest) or _g(turn.session.units_seen().get(found[0], ""))
        return await self.for_code(turn, found[0], named, g if not named or "cg" in named else None, log_text=text)

    def _unit_pointed_back(self, turn: Turn, pointed: re.Match[str]) -> list[str]:
        """The unit "wracając do nas / miasta / gminy / 2818033" points at: our own, the last one of that level talked
        about (a city with powiat rights is a "miasto" too), or the code said – when it was talked about."""
        seen = list(turn.session.units_seen())
        if pointed.group("us"):
            return [turn.session.unit_code] if turn.session.unit_code else []
        if pointed.group("code"):
            return [pointed.group("code")] if pointed.group("code") in seen else []
        level = fold(pointed.group("level"))
        assert self.backends.grants is not None
        fitting = []
        for code_ in seen:
            unit = self.backends.grants.find_unit(code_).unit
            kind = fold(unit.describe()) if unit is not None else ""
            if (
                (level.startswith("gmin") and len(code_) == 7)
                or (level.startswith("miast") and len(code_) == 7 and ("miejsk" in kind or "miasto" in kind))
                or (level.startswith("powiat") and len(code_) == 4)
                or (level.startswith("wojew") and len(code_) == 2)
            ):
                fitting.append(code_)
        return fitting[-1:]

    async def _back_to_level_name(self, turn: Turn, text: str) -> Result | None:
        """ "wróćmy jednak do gminy miejskiej Bochnia, G mamy 1898,22": back to a unit said with its level (talked
        about before or only offered), its grant in the programme named or talked about, with the G said now."""
        back = STARTS_BACK_TO.match(text)
        unit = BACK_TO_LEVEL_NAME.match(text[back.end() :]) if back is not None else None
        if unit is None or not self.registered(unit.group("unit")):
            return None
        rest = text[back.end() + unit.end() :] if back is not None else ""
        if NOT_GRANT.search(rest) or (
            rest.strip(" .?!") and not detect_programmes(rest) and g_value(rest) is None and "ile" not in fold(rest)
        ):
            return None  # "wróćmy do gminy X – jak z trwałością?": a question of its own
        topic = turn.session.topic
        g = g_value(rest)
        named = detect_programmes(rest) or (["cg"] if g is not None else None)
        named = named or ([topic.programme] if topic is not None and topic.programme else None)
        return await self.request(turn, unit.group("unit"), named, g, log_text=text)

    async def _supposed_people(self, turn: Turn, text: str) -> Result | None:
        """ "a gdyby mieszkańców było 40 tys?" after a Cyfrowa Gmina grant: the formula with that L (and the G given),
        computed by the FAQ engine step by step."""
        topic = turn.session.topic
        supposed = SUPPOSED_PEOPLE.search(text) or SUPPOSED_PEOPLE.search(strip_programmes(text, keep_if_empty=False))
        relative = _RELATIVE_PEOPLE.search(text) if supposed is None else None
        if (supposed is None and relative is None) or topic is None or topic.kind != "grant":
            return None
        named = detect_programmes(text)
        programme = named[0] if len(named) == 1 else topic.programme
        if programme in ("cp", "cs"):
            # "a w cs gdybyśmy mieli 190 tys mieszkańców?": no formula of the population there – say so, not guess
            out = reply(texts.NO_POPULATION_FORMULA[programme], note("Źródło: " + texts.AMOUNT_SOURCE[programme]))
            return done(turn, out, log=LogEntry("grant", turn.text, programme=programme))
        if programme not in ("cg", ""):
            return None
        said = supposed or relative
        assert said is not None
        figure = Decimal(said.group("n").replace(" ", "").replace(",", "."))
        if said.group("k"):
            figure *= 1000
        lead = ""
        if relative is not None:
            # "a jakby nas było o 2 tys. więcej?": the GUS population of the unit talked about, changed by that much
            unit = self.backends.grants.find_unit(topic.subject).unit if self.backends.grants is not None else None
            base = getattr(unit, "population_2020", None)
            if not base:
                return None
            more = relative.group("dir").casefold().startswith("wi")
            lead = f"L = {people(base)} {'+' if more else '−'} {people(int(figure))} = "
            figure = Decimal(base) + figure if more else Decimal(base) - figure
            lead += people(int(figure))
        g_text = topic.g or turn.session.units_seen().get(topic.subject, "")
        g_said = f" i G = {g_text.replace('.', ',')}" if g_text else ""
        question = f"ile wyniesie grant w Cyfrowej Gminie przy L = {figure.normalize():f}{g_said}?"
        outcome, session = await self.feature("faq").ask(turn, question, "cg", log_text=turn.text)
        result = outcome, session.with_(topic=topic)  # the grant stays the subject: "a przy 25 000?" next
        return led_by(lead, result) if lead else result

    def _first_named(self, text: str) -> str | None:
        """ "Liczę granty dla gmin z powiatu X. Najpierw Wieliczka, CG, G …": the unit to start with, not the group
        the sentence before names."""
        first = START_WITH.search(text)
        return first.group("unit") if first and self.registered(first.group("unit")) else None

    async def _referred_unit(self, turn: Turn, text: str) -> Result | None:
        """A unit of this conversation referred to by its place or as the user's own: "a ta pierwsza – ilu
        mieszkańców przyjęliście?", "wracając do tej pierwszej gminy, czyli do nas – jak to zostało policzone?",
        "a tamta druga w cyberbezpiecznym?" – its population, its computation (with the G given for it) or its
        grant in the programme named."""
        session = turn.session
        seen = session.units_seen()
        codes = list(seen)
        both = BOTH_UNITS.match(strip_programmes(text, keep_if_empty=False) or text)
        if both and len(codes) >= 2 and (detect_programmes(text) or GRANT_INTENT.search(text)):
            # "a oba w cs ile?" after two units: each one's grant there
            return await self._each(turn, codes[-2:], text)
        ordinal = ORDINAL_UNIT.search(text)
        code_: str | None = None
        if ordinal is not None and len(codes) >= 2:
            word = fold(ordinal.group("ord"))
            index = 0 if word.startswith("pierwsz") else 1 if word.startswith("drug") else -1
            code_ = codes[index] if word.startswith(("pierwsz", "drug", "ostatni")) else None
        elif BACK_TO_US.search(turn.text) and session.unit_code and session.grant_unit != session.unit_code:
            # (the message as said: "wracając do nas – a w cs?" reaches here without its opener)
            code_ = session.unit_code
        elif THEIRS.search(text) and session.unit_code:
            # "a u nich w cs?" after our grant and a neighbour's: the one unit of this conversation that is not ours
            others = [c for c in codes if c != session.unit_code]
            code_ = others[-1] if len(others) == 1 else None
        if ordinal is not None and code_ is None and fold(ordinal.group("ord")).startswith("drug"):
            # "a ta druga, pod Warszawą? tam G 1900" after one of two units of a name: the other one of that name
            topic = session.topic
            code_ = self._namesake(topic.subject) if topic is not None and topic.kind == "grant" else None
            if code_ is not None:
                given = g_value(text)
                named = detect_programmes(text) or (["cg"] if given is not None else None)
                return await self.for_code(turn, code_, named, given, log_text=turn.text)
        if code_ is None:
            return None
        g_text = seen.get(code_, "")
        g = _g(g_text)
        named = detect_programmes(text)
        topic = session.topic
        programme = named[0] if len(named) == 1 else (topic.programme if topic is not None else "") or "cg"
        if HOW_COMPUTED.search(text):
            return await self.details(turn, programme, code_, g if programme == "cg" else None)
        if POPULATION.search(text):
            result = await self.population(turn, code_)
            outcome, after = result
            # "a jak to policzyliście dla niej?" next: the unit just referred to is the one talked about
            return outcome, after.with_(topic=Topic("grant", programme=programme, subject=code_, g=g_text))
        given = g_value(text)
        if given is not None and (not named or "cg" in named):
            # "wracając do nas, czyli miasta – G 1850": that unit's Cyfrowa Gmina grant with the G said now
            return await self.for_code(turn, code_, ["cg"], given, log_text=turn.text)
        if named or GRANT_INTENT.search(text):
            g_used = g if not named or "cg" in named else None  # a G is Cyfrowa Gmina's only
            return await self.for_code(turn, code_, named or None, g_used, log_text=turn.text)
        return None

    async def _figure_explained(self, turn: Turn, text: str) -> Result | None:
        """ "wróć jeszcze do tej kwoty 1 355 700 – jak to policzyliście?": the computation of the grant, computed in
        this conversation, whose amount the user quotes (each unit's G as given for it)."""
        if not HOW_COMPUTED.search(text):
            return None
        figures = [parse_money(f.group()) for f in GIVEN_FIGURE.finditer(text)]
        figures = [f for f in figures if f is not None and f >= 100_000]
        if not figures:
            return None
        named = detect_programmes(text)
        for code_, g_text in reversed(list(turn.session.units_seen().items())):
            for programme in named or ["cg", "cp", "cs"]:
                g = _g(g_text) if programme == "cg" else None
                amount = await self.computed_amount(code_, programme, g)
                if amount is not None and amount in figures:
                    return await self.details(turn, programme, code_, g)
        return None

    async def _pointed_level(self, turn: Turn, text: str) -> Result | None:
        """ "a tamta gmina w cs?", "a to miasto?", "wróćmy do miasta – a z cyfrowej gminy przy G 1998,22?", "a to
        miasto z pierwszego pytania w CS?": the unit of that level whose grant was computed last ("tamta": not the
        one talked about now; "z pierwszego pytania": the first), in the programme named or talked about."""
        pointed = LEVEL_POINTED.search(text)
        if POPULATION.search(text):
            return None  # "ile ten powiat ma mieszkańców?": its population, not its grant
        if pointed is None or re.search(r"(?i:\b(?:gmin|miast|powiat|wojew)\w*)\s+(?-i:[A-ZĄĆĘŁŃÓŚŹŻ])", text):
            return None  # "a gmina Nowa Dęba z tego powiatu …": a unit named, the level word only says where it lies
        session, topic = turn.session, turn.session.topic
        rest = text[pointed.end() :]
        named = detect_programmes(text)
        if NOT_GRANT.search(LEVEL_POINTED.sub(" ", text)) and not named:
            return None  # "a to miasto może kupić laptopy?": a question of its own about that unit
        # "wracając do miasta – a bez tego G to ile max?": that unit's Cyfrowa Gmina range, without the G
        without = asks_without_g(rest)
        if pointed.group("lead") and not (
            without
            or GRANT_INTENT.search(rest)
            or g_value(rest) is not None
            or ONLY_FILLERS.fullmatch(strip_programmes(rest, keep_if_empty=False))
        ):
            return None  # "wracając do województwa – czy w CS jest wkład własny?": a question of its own
        if not (named or without or GRANT_INTENT.search(text) or g_value(rest) is not None or len(text) <= 30):
            return None
        if (re.search(r"\d", text) and g_value(rest) is None) or re.search(r"(?i)doradz|doradc|procent|%", text):
            return None  # "wróćmy do powiatu – ile na doradztwo, jeśli dostaniemy 300 tys?": a share of a grant said
        word = pointed.group("level") or pointed.group("back") or pointed.group("lead")
        size = code_length(word)
        town = fold(word).startswith("miast")
        codes = [c for c in session.units_seen() if len(c) == size and (not town or c[-1] in "14")]
        current = topic.subject if topic is not None and topic.kind == "grant" else ""
        if pointed.group("that"):
            codes = [c for c in codes if c != current]
        if not codes:
            return None
        code_ = codes[0] if FIRST_ASKED.search(text) else codes[-1]
        programme = named[0] if len(named) == 1 else (topic.programme if topic is not None else "") or ""
        if without and not named:
            return await self.for_code(turn, code_, ["cg"], None, log_text=turn.text)  # a G is Cyfrowa Gmina's only
        if not named and programme not in programmes_for_unit(code_):
            programme = ""  # the programme talked about is not one this unit can be in: what it can get
        g = g_value(rest)
        if g is None and programme in ("cg", ""):
            g = _g(session.units_seen().get(code_, ""))
        if HOW_COMPUTED.search(text):
            return await self.details(turn, programme or "cg", code_, g if programme in ("cg", "") else None)
        wanted = [programme] if programme else None
        return await self.for_code(turn, code_, wanted, g if programme in ("cg", "") else None, log_text=turn.text)

    async def _compared(self, turn: Turn, text: str) -> Result | None:
        """ "to gdzie dostaniemy więcej?", "czyli kto dostanie więcej i o ile?", "porównaj to z tym pierwszym": the
        last two units whose grants were computed (the first and the last when "pierwszy" is said), each with the G
        given for it, in the programme named or talked about; which gets more and by how much."""
        session, topic = turn.session, turn.session.topic
        codes = list(session.units_seen())
        if len(codes) < 2 or not COMPARE.search(text) or NOT_COMPARED.search(text) or re.search(r"\d", text):
            return None
        on_grant = topic is not None and topic.kind == "grant"
        if not on_grant and not GRANT_INTENT.search(text):
            return None  # "która opcja jest lepsza?" after a rule: no grants to compare
        pair = [codes[0], codes[-1]] if re.search(r"(?i)\bpierwsz", text) else codes[-2:]
        named = detect_programmes(text)
        programme = named[0] if len(named) == 1 else (topic.programme if topic is not None and on_grant else "") or "cg"
        assert self.backends.grants is not None
        units = [self.backends.grants.find_unit(code_).unit for code_ in pair]
        if any(unit is None or programme not in programmes_for_unit(unit.code) for unit in units):
            return None  # a unit that cannot be in the programme: each one's answer says why (the usual path)
        seen = session.units_seen()
        lines: list[str] = []
        amounts: list[Decimal | None] = []
        citations: list[str] = []
        for unit in units:
            g = _g(seen.get(unit.code, "")) if programme == "cg" else None
            result = await self._result_in(unit, programme, g)
            if result is None:
                return None
            citations += [c.human() for c in result.citations]
            amounts.append(result.amount)
            if result.amount is not None:
                lines.append(f"{unit.display_name}: {_zl(result.amount)}")
            elif result.min is not None and result.max is not None:
                lines.append(
                    (texts.COMPARE_RANGE if programme == "cg" else texts.COMPARE_RANGE_LISTED).format(
                        unit=unit.display_name, low=_zl(result.min), high=_zl(result.max)
                    )
                )
            else:
                return None
        blocks: list[Any] = [title(texts.COMPARE_TITLE.format(programme=programme_name(programme)))]
        blocks += [item(line) for line in lines]
        first, second = amounts
        if first is not None and second is not None:
            if first == second:
                blocks.append(texts.COMPARE_EQUAL)
            else:
                more = units[0] if first > second else units[1]
                blocks.append(texts.COMPARE_MORE.format(unit=more.display_name, difference=_zl(abs(first - second))))
        else:
            missing = [u.display_name for u, a in zip(units, amounts, strict=True) if a is None]
            blocks.append(texts.COMPARE_CANNOT.format(units=", ".join(missing)))
        if citations:
            blocks.append(note("Źródła: " + "; ".join(dict.fromkeys(citations))))
        outcome, after = done(turn, reply(*blocks), log=LogEntry("grant", text))
        last = units[1].code if units[1] is not None else ""
        return outcome, after.with_(topic=Topic("grant", programme=programme, subject=last, g=seen.get(last, "")))

    async def _each(self, turn: Turn, codes: list[str], text: str) -> Result:
        """The grant of each unit in the programme named (the one talked about, else), one reply per unit."""
        topic = turn.session.topic
        named = detect_programmes(text) or ([topic.programme] if topic is not None and topic.programme else None)
        seen = turn.session.units_seen()
        replies: list[Any] = []
        session = turn.session
        log = None
        for code_ in codes:
            g_text = seen.get(code_, "")
            g = _g(g_text) if not named or "cg" in named else None
            outcome, session = await self.for_code(turn.with_session(session), code_, named, g, log_text=turn.text)
            replies += outcome.replies
            log = log or outcome.log
        return Outcome(tuple(replies), log), session

    def _namesake(self, unit_code: str) -> str | None:
        """The one other unit of the same name and level ("Leszno" the city → the rural gmina Leszno)."""
        assert self.backends.grants is not None
        unit = self.backends.grants.find_unit(unit_code).unit if unit_code else None
        if unit is None:
            return None
        others = [
            c.unit.code
            for c in self.backends.grants.registry.search(unit.name)
            if c.score >= 99.99 and c.unit.code != unit.code and len(c.unit.code) == len(unit.code)
        ]
        return others[0] if len(others) == 1 else None

    async def _named_unit(self, turn: Turn, text: str, rest: str, g: Decimal | None) -> Result | None:
        """A unit named with its level word anywhere in a grant request: "sąsiedzi z gminy Kowale Oleckie też
        pytają, ile oni by dostali?", "kolega z gminy Świecie prosi o wyliczenie, G mają 2048,22", "i na koniec
        powiat świecki w cyfrowym powiecie" – that unit's grant, not the unit talked about before."""
        topic = turn.session.topic
        talked_about = (topic is not None and topic.kind == "grant") or bool(turn.session.grant_unit)
        named = detect_programmes(text)
        wanted = (
            g is not None
            or bool(GRANT_INTENT.search(rest))
            or (bool(named) and talked_about and not NOT_GRANT.search(rest))
        )
        if not wanted:
            return None
        # "a nasz powiat, ostródzki, ile może dostać": the name set off by commas
        rest = re.sub(r"(?i)\b(powiat\w*)\s*,\s*([a-ząćęłńóśźż]+(?:sk|ck|dzk)i)\s*,", r"\1 \2", rest)
        # "urząd marszałkowski małopolski": the województwo by its office
        rest = MARSHAL_OFFICE.sub(lambda m: f"województwo {m.group('adj')}ie", rest)
        for match in LEVEL_AND_NAME.finditer(strip_programmes(rest)):
            query = match.group("unit").strip(" ,.")
            if self.registered(query):
                carried = (topic.programme,) if topic is not None and topic.kind == "grant" and topic.programme else ()
                programmes_ = named or (["cg"] if g is not None else None)
                return await self.request(turn, query, programmes_, g, log_text=turn.text, carried=carried)
        return None

    async def _name_anywhere(self, turn: Turn, text: str, rest: str, g: Decimal | None) -> Result | None:
        """ "kety, malopolska – ile grantu w cg", "limanowa ile w cyfrowej gminie", "UM Zakopane, ile z cyfrowej
        gminy jak nasze G to 2 450,00": a grant asked for a unit named without a level word or "dla" – the
        first words the register knows (a lower-case word only by its exact or inflected name)."""
        named = detect_programmes(text)
        asks = bool(GRANT_INTENT.search(rest)) and (bool(named) or not NOT_GRANT.search(rest))
        if not (asks or (g is not None and named)) or len(rest) > 160 or SPEND_ON.search(rest) or CODED.search(rest):
            return None
        scanned = strip_programmes(rest, keep_if_empty=False) or rest
        for span in name_spans(scanned):
            # a capitalised word inside a sentence may be an inflected name ("Nysę"); one that only starts a
            # sentence ("Dobrze, ale …") or is in lower case counts only by its exact name
            inside = span[0].isupper() and re.search(rf"[^\s.!?–—:]\s+{re.escape(span)}\b", scanned) is not None
            if not (self.registered(span) if inside else self._exactly(span)):
                continue
            if POPULATION.search(rest):
                unit, _ = self.resolve(span, hint=turn.session.unit_hint)
                if unit is not None:
                    return await self.population(turn, unit.code)
            return await self.request(turn, span, named or (["cg"] if g is not None else None), g, log_text=text)
        return None

    def _exactly(self, name: str) -> bool:
        """The register knows the name exactly, diacritics aside ("kety", "limanowa"): a lower-case word is
        a name only then ("złotych" is not an inflected "Złote")."""
        assert self.backends.grants is not None
        return any(c.score >= 99.99 for c in self.backends.grants.registry.search(name))

    async def _g_or_first_question(self, turn: Turn, text: str, g: Decimal | None) -> Result | None:
        """A G alone for the unit talked about; or "A gmina Słupsk w Cyfrowej Gminie? Pytam dla kolegi z
        urzędu.": the question read without the context said after it."""
        topic = turn.session.topic
        if g is None:
            corrected = await self._g_corrected(turn, text)
            if corrected is not None:
                return corrected
        if g is not None and OTHER_UNIT.search(text):
            g = None  # "a ta druga? tam G 1900", "sąsiednia gmina ma G 2000": not the G of the unit talked about
        named = _KIND_AND_NAME.search(text) if g is not None else None
        if named is not None:
            # "kolega z gminy wiejskiej Puck pyta o to samo, oni mają G 1875,50": that unit's grant with that G, not
            # the unit talked about (the town of the same name) with it
            with contextlib.suppress(GrantbotError):
                unit, found = self.resolve(named.group("unit"))
                subject = topic.subject if topic is not None else ""
                if unit is None and found.candidates:
                    # two of that name and kind: the one beside the unit talked about (its powiat), else which
                    near = [c for c in found.candidates if subject and c.unit.code[:4] == subject[:4]]
                    if len(near) != 1:
                        return self.choices(turn, named.group("unit"), found.candidates, "grant", programme="cg", g=g)
                    unit = near[0].unit
                if unit is not None and unit.code != subject:
                    return await self.for_code(turn, unit.code, ["cg"], g, log_text=text)
        if g is not None:
            unit_code = (
                topic.subject
                if topic is not None and topic.kind == "grant"
                else turn.session.grant_unit or turn.session.unit_code  # a question in between
            )
            if unit_code:
                return await self.with_g(turn, unit_code, g, log_text=text)
        first, mark, after = text.partition("?")
        if mark and after.strip() and "?" not in after and len(first) >= 8:
            return await self.text(Turn(turn.user, turn.session, first + "?"))
        return None

    async def _named_with_g_or_next(self, turn: Turn, text: str, g: Decimal | None) -> Result | None:
        """ "Wskaźnik G dla Kobylnicy to 2048,22 zł", "dla Bobowej G = 1948,22": that unit's grant with its G;
        "teraz Ustka, powiat słupski", "zacznę od Szczawnicy – ile w cyfrowej gminie?": the unit named next."""
        topic = turn.session.topic
        named_by_g = g_unit(text)
        if named_by_g is not None and g is None:  # "G dla Kobylnicy to 2048,22": the value without the unit
            g = g_value(re.sub(rf"(?i)\b(?:dla|u)\s+{re.escape(named_by_g)}", " ", text))
        if named_by_g is not None and g is not None and self.registered(named_by_g):
            return await self.request(turn, named_by_g, ["cg"], g, log_text=text)
        bare = without_g(text).strip(" ,;–-") if g is not None else text  # "teraz Nowe, G 2023,22"
        moved = NEXT_UNIT.match(bare) or FROM_UNIT.search(text) or START_WITH.search(text)
        if moved and self.registered(moved.group("unit").strip(" ,")):
            carried = (topic.programme,) if topic is not None and topic.kind == "grant" and topic.programme else ()
            named = detect_programmes(text) or None
            return await self.request(turn, moved.group("unit").strip(" ,"), named, g, log_text=text, carried=carried)
        return None

    async def _our_grant(self, turn: Turn, text: str, rest: str, g: Decimal | None) -> Result | None:
        """ "ile dostaniemy?" with the unit known from /jst or a statement (and the other questions asked with it);
        without a unit known, the range and which unit."""
        us = FOR_US_ALONE.match(strip_programmes(rest, keep_if_empty=False) or rest)
        if us and turn.session.unit_code and (turn.session.grants_seen or detect_programmes(rest)):
            # also "a my w cs?" with our unit said and no grant computed yet: ours, in the programme named
            # "a dla nas, powiatu?" after the grants of our gminy: our own unit, in every programme it may apply to
            return await self.for_code(
                turn, turn.session.unit_code, detect_programmes(rest) or None, None, log_text=text
            )
        other = OUR_LEVEL.search(rest)
        if other and OUR_PLURAL.match(other.group(0)):
            other = None  # "robię zestawienie dla naszych gmin – ile dostanie X?": the gminy of our powiat, not ours
        own = turn.session.unit_code or ""
        size = code_length(other.group("level")) if other else 0
        if other and own and size < len(own):
            # "ile dostanie nasz powiat w cp?" from a gmina: the powiat (or województwo) it lies in
            return await self.for_code(turn, own[:size], detect_programmes(rest) or None, None, log_text=text)
        if other and own and size > len(own):
            # "jaki grant dostanie nasza gmina?" from a powiat: which gmina, not the powiat's grant
            assert self.backends.grants is not None
            unit = self.backends.grants.find_unit(own).unit
            level = {"g": "gmina", "p": "powiat", "w": "województwo"}[fold(other.group("level"))[0]]
            asked = texts.OWN_UNIT_OTHER_LEVEL.format(unit=unit.describe() if unit else own, level=level)
            outcome, session = say(turn, asked, log=LogEntry("grant", text))
            return outcome, session.with_(pending=Pending(kind="grant_unit", g=str(g or "")))
        applying = detect_programmes(rest)
        too = PROGRAMME_TOO.match(rest)
        if (
            too
            and turn.session.unit_code
            and (topic_now := turn.session.topic) is not None
            and topic_now.kind != "item"
        ):
            named_too = detect_programmes(too.group("programme"))
            if len(named_too) == 1 and not strip_programmes(too.group("programme"), keep_if_empty=False).strip(" ,"):
                # "aha, a cyberbezpieczny samorząd też możemy?" after a rule question: the own unit there, or why not
                return await self.for_code(turn, turn.session.unit_code, named_too, g, log_text=text)
        if MAY_APPLY.search(rest) and len(applying) == 1 and turn.session.unit_code:
            # "Czy jako województwo możemy starać się o Cyfrową Gminę?": the own unit in that programme, or why not
            return await self.for_code(turn, turn.session.unit_code, applying, g, log_text=text)
        named_unit = bare_name(rest)
        topic = turn.session.topic
        # "ile dostaniemy?" right after a grant computed for a unit: that unit is the asker's
        # (also after a rule question in between: the unit computed is the asker's when none was chosen)
        # (and after any talk when the conversation has computed the grant of one unit only)
        only_one = len(turn.session.units_seen()) == 1
        ours = turn.session.unit_code or (
            turn.session.grant_unit
            if (topic is not None and topic.kind in ("grant", "programme", "faq")) or only_one
            else ""
        )
        if (
            (asks_own_grant(rest) or WHICH_PROGRAMMES.search(rest))
            and ours
            and not SPEND_ON.search(rest)  # "ile … możemy wydać na doradztwo?": the cap, not the grant
            and not GRANT_STATED.search(rest)  # "grant mamy 300 tysięcy, to ile to w złotych?": a share of it
            and not grant_query(rest)
            and not (named_unit is not None and self.registered(named_unit))  # "… dla Zakopanego": that unit
        ):
            others = other_questions(rest)
            # "CP – serwer ok? i ile max dostaniemy?": the programme of the grant question, else of the message
            named = (detect_programmes(others[0]) if others else []) or detect_programmes(rest) or None
            if named is None and BOTH_PROGRAMMES.search(rest):
                named = programmes_for_unit(ours)  # "ile w ogóle dostaniemy z obu programów?": each one open to us
            if named is None:
                # "a ile dostaniemy? G mamy 1850": a G is Cyfrowa Gmina's; else the programme talked about
                context = context_programme(turn, rest) if turn.session.topic is not None else None
                named = ["cg"] if g is not None else ([context] if context else None)
            result = await self.for_code(turn, ours, named, g, log_text=text)
            return await self._and_the_rest(turn, result, others[1:])
        bare = strip_programmes(rest, keep_if_empty=False).strip(" -–—,:")
        if BARE_HOW_MUCH.fullmatch(bare) and turn.session.unit_code and _no_subject(turn):
            # "ile?" right after /jst and /program, "CS – jaka kwota?" after the office said: the grant of the unit
            # chosen, in the programme named or chosen
            named = detect_programmes(rest) or ([turn.session.programme] if turn.session.programme else None)
            return await self.for_code(turn, turn.session.unit_code, named, g, log_text=text)
        if OUR_AMOUNT.search(rest) and named_unit is None:
            return self._which_unit_for_ours(turn, text, rest, g)
        return None

    def _which_unit_for_ours(self, turn: Turn, text: str, rest: str, g: Decimal | None) -> Result | None:
        """ "w sprawie cyberbezpiecznego samorządu – ile dla nas?" with no unit known: the programme's range, and
        which unit – the programme and a G said now kept for the answer."""
        if SPEND_ON.search(rest) or turn.session.unit_code or grant_query(rest):
            return None
        said = detect_programmes(text) or ([turn.session.programme] if turn.session.programme else [])
        pending = Pending(kind="grant_unit", g=str(g or ""), programme=said[0] if len(said) == 1 else "")
        blocks: list[Any] = []
        for code_ in said or ["cg", "cp", "cs"]:
            programme = get_programme(code_)
            low, high = programme.fact("min_grant"), programme.fact("max_grant")
            blocks.append(item(f"{programme.name}: od {_zl(low.decimal)} do {_zl(high.decimal)} na jednostkę"))
            blocks.append(note(f"Źródło: {high.citation.human()}"))
        ask = texts.ASK_UNIT_FOR_GRANT if said in ([], ["cg"]) else texts.ASK_UNIT_FOR_GRANT_NO_G
        blocks.append(texts.OWN_GRANT_NEEDS_UNIT + " " + ask)
        outcome, session = done(turn, reply(*blocks), log=LogEntry("grant", text))
        if len(said) == 1:
            # the programme said stays the context while the unit is awaited: "to ile max na doradcę?" next is asked
            # in it, not for every programme
            session = session.with_(topic=Topic("programme", programme=said[0]))
        return outcome, session.with_(pending=pending)

    async def _unit_alone(self, turn: Turn, text: str, g: Decimal | None) -> Result | None:
        """ "dla gminy Wolsztyn, to wielkopolska", "kod teryt 2805022", "województwo opolskie, kod 16": a message
        that is only a unit, or "kolega z gminy 1604023 pyta o cyfrową gminę": a unit's code beside a programme."""
        named = detect_programmes(text) or (["cg"] if g is not None else None)  # a G is Cyfrowa Gmina's
        coded = CODE_ALONE.match(text)
        if coded:
            return await self.request(turn, coded.group("code"), named, g, log_text=turn.text)
        fixed = CODE_NOT_CODE.match(text)
        if fixed and len(fixed.group("right") or fixed.group("right2")) == len(
            fixed.group("wrong") or fixed.group("wrong2")
        ):
            # "sorry, 26 nie 24": the code meant, in the programme talked about
            topic = turn.session.topic
            carried = named or ([topic.programme] if topic is not None and topic.programme else None)
            return await self.request(
                turn, fixed.group("right") or fixed.group("right2"), carried, g, log_text=turn.text
            )
        alone = UNIT_ALONE.match(strip_programmes(text, keep_if_empty=False) or text)
        if alone:
            code_ = alone.group("code")
            query = code_ or alone.group("unit").strip(" ,")
            if code_ or self.registered(query):
                return await self.request(turn, query, named, g, log_text=turn.text)
        undated = _DATES.sub(" ", text)  # "umowę zawarliśmy 3 lutego 2022": a year is no TERYT code
        in_sentence = LEVEL_AND_CODE.search(undated)
        if in_sentence and (named or g is not None):
            return await self.request(turn, in_sentence.group("code"), named, g, log_text=turn.text)
        code_ = CODE_BESIDE.search(undated)
        if code_ and len(code_.group(1)) == 7 and corrects(text) and len(text) <= 80 and not NOT_GRANT.search(text):
            # "sorry, brakowało cyfry – 3062011": the code meant, after a wrong one
            return await self.request(turn, code_.group(1), named, g, log_text=turn.text)
        if code_ and named and len(text) <= 80 and not NOT_GRANT.search(text):
            # "ok, teraz miasto – 2609011, cyfrowa gmina": a code and a programme, nothing else asked
            return await self.request(turn, code_.group(1), named, g, log_text=turn.text)
        return None

    async def _follow_up(self, turn: Turn, text: str) -> Result | None:
        """A grant follow-up: without G, the population, another unit by its code or corrected, the same unit
        in a programme ("a cyberbezpieczny dla tego powiatu?")."""
        people_next = await self._population_follow(turn, text)
        if people_next is not None:
            return people_next
        topic = turn.session.topic
        back = BACK_TO_GRANT.match(text)
        if back is not None and turn.session.grant_unit:
            # "wracając do grantu z cg – a bez tego wskaźnika?": the unit computed before, the programme named
            named = detect_programmes(back.group("programme") or "") or detect_programmes(text) or None
            rest = text[back.end() :]
            g = g_value(rest)
            if g is not None:
                return await self.with_g(turn, turn.session.grant_unit, g, log_text=text)
            if POPULATION.search(rest):
                return await self.population(turn, turn.session.grant_unit)
            return await self.for_code(turn, turn.session.grant_unit, named, None, log_text=text)
        lead = PROGRAMME_LEAD.match(text)
        if lead and turn.session.grant_unit and WITHOUT_G_FOLLOW.match(text[lead.end() :]):
            named_lead = detect_programmes(lead.group("lead"))
            if len(named_lead) == 1 and not strip_programmes(lead.group("lead"), keep_if_empty=False).strip(" -–"):
                # "(wracając do) cyfrowej gminy – a bez tego G ile maksymalnie?"
                return await self.for_code(turn, turn.session.grant_unit, named_lead, None, log_text=text)
        again = await self._amount_in_programme(turn, text)
        if again is not None:
            return again
        named = detect_programmes(text)
        left = strip_programmes(text, keep_if_empty=False)
        if topic is not None and topic.kind == "grant" and topic.subject and named and ONLY_FILLERS.fullmatch(left):
            # "a z cyfrowego powiatu też coś by było?", "a z cyfrowej gminy albo cyfrowego powiatu?": the unit
            # talked about in the programmes named (or why it cannot be in them)
            return await self.for_code(turn, topic.subject, named, None, log_text=text)
        own = turn.session.unit_code
        if own and named and OUT_OF.search(left) and ONLY_FILLERS.fullmatch(left):
            # "czyli cyfrowy powiat i cyfrowa gmina odpadają?" after a rule: the user's unit there
            return await self.for_code(turn, own, named, None, log_text=text)
        if topic is not None and topic.kind == "grant" and topic.subject and BARE_HOW_MUCH.fullmatch(left or text):
            # "ile?", "a dokładnie ile?", "a w cs ile?" right after a grant: the unit talked about, in the programme
            # named or talked about, with the G given for it
            carried = named or ([topic.programme] if topic.programme else None)
            g = _g(topic.g) if carried == ["cg"] or (carried is None and topic.g) else None
            return await self.for_code(turn, topic.subject, carried, g, log_text=text)
        if topic is not None and topic.kind == "grant" and topic.subject and WITHOUT_G_FOLLOW.match(text):
            named = [topic.programme] if topic.programme else None
            other = UNIT_AFTER_FOR.search(text)
            if other is not None and self.registered(other.group("unit")):
                # "a ile bez G dla miasta Mszana Dolna?": that unit, not the one talked about
                return await self.request(turn, other.group("unit"), named, None, log_text=text)
            return await self.for_code(turn, topic.subject, named, None, log_text=text)
        population = await self._population_asked(turn, text) or self._g_asked(turn, text)
        if population is not None:
            return population
        another = await self._another_unit(turn, text)
        if another is not None:
            return another
        return await self._corrected_or_this_unit(turn, text)

    async def _population_asked(self, turn: Turn, text: str) -> Result | None:
        """ "ilu mieszkańców ma lubelskie?", "a ten powiat ile ma mieszkańców?", "ilu ma mieszkańców?": the unit
        named, else the one the question points at, else the one talked about (GUS, 31.12.2020)."""
        if not POPULATION.search(text):
            return None
        topic = turn.session.topic
        talked = topic.subject if topic is not None and topic.kind == "grant" else ""
        part = await self._part_asked(turn, text, talked or turn.session.unit_code or "")
        if part is not None:
            return part  # "a ile mieszkańców ma miasto?" after gmina wiejska Lubań: the town of that name
        named_unit = self._population_of(turn, text)
        if isinstance(named_unit, str):
            return await self.population(turn, named_unit)  # "a ilu mieszkańców ma lubelskie według GUS?"
        if named_unit is not None:
            return named_unit  # "a Bochnia ile ma mieszkańców?": which Bochnia first
        if turn.session.unit_code and re.search(r"(?i)\bnasz\w*\b", text):
            return await self.population(turn, turn.session.unit_code)  # "ilu mieszkańców ma nasz powiat?"
        used = turn.session.grant_unit or turn.session.unit_code
        if used and _YOU_USED.search(text):
            return await self.population(turn, used)  # "a jaką liczbę mieszkańców przyjęliście?" (in our grant)
        if topic is not None and topic.kind == "grant" and topic.subject:
            if len(topic.subject) == 7 and _THE_POWIAT.search(text):
                return await self.population(turn, topic.subject[:4])  # "a ten powiat ile ma mieszkańców?"
            return await self.population(turn, topic.subject)
        own_unit = turn.session.grant_unit or turn.session.unit_code
        if own_unit and OWN_WORDS.search(text):
            return await self.population(turn, own_unit)  # "ile mieszkańców nam liczycie?"
        this = THIS_LEVEL.search(text)
        if own_unit and this:
            # "a ile mieszkańców ma ten powiat" after another question: the unit computed last, or its powiat
            powiat = this.group("level").casefold().startswith("powi")
            return await self.population(turn, own_unit[:4] if powiat and len(own_unit) == 7 else own_unit)
        if own_unit and len(text) <= 40 and not name_spans(POPULATION_WORDS.sub(",", text)):
            # "ilu ma mieszkańców?", nothing else said: the unit talked about
            return await self.population(turn, own_unit)
        return None

    def _g_asked(self, turn: Turn, text: str) -> Result | None:
        """ "jaki G przyjęliście?", "z jakim wskaźnikiem G liczyłeś?": the G given in this conversation for the
        gmina talked about, said back – or that none was given, so CG gave a range (CG regulamin §4 ust. 5)."""
        asked = G_ASKED.search(text)
        if asked is None or self.backends.grants is None:
            return None
        session, topic = turn.session, turn.session.topic
        code = (topic.subject if topic is not None and topic.kind == "grant" else "") or (
            session.grant_unit or session.unit_code
        )
        unit = self.backends.grants.find_unit(code).unit if code and len(code) == 7 else None
        if unit is None:
            return None
        g = session.units_seen().get(str(code), "")
        if g:
            return say(turn, texts.G_SAID_BACK.format(unit=unit.describe(), g=num(Decimal(g))))
        if not G_USED.search(text):
            return None  # "jaki mamy G?" before any G: what G is (the FAQ)
        return say(turn, texts.G_NOT_SAID.format(unit=unit.describe()))

    async def _amount_in_programme(self, turn: Turn, text: str) -> Result | None:
        """ "dobra, wróćmy do cyfrowej gminy – ile to było?", "a jednak znowu cyber – ile moglibyśmy tam dostać?":
        the programme alone before the dash, the amount asked after it – the grant there of the unit talked about
        (of ours when the user says "we"), with the G given for it before."""
        split = PROGRAMME_THEN_ASKED.match(text)
        if split is None or not AMOUNT_AGAIN.match(split.group("asked")):
            return None
        lead, asked = split.group("lead"), split.group("asked")
        nickname = re.search(r"(?i)\bcyber\s*$", lead)  # "a jednak znowu cyber – …": the short nickname
        named = ["cs"] if nickname else detect_programmes(lead)
        left = lead[: nickname.start()] if nickname else strip_programmes(lead, keep_if_empty=False)
        if len(named) != 1 or not LEAD_FILLERS.match(left):
            return None
        session = turn.session
        ours = re.search(r"(?i)\b\w+(?:[sś]my|emy|imy|amy)\b|\bnam\b|\bnas\b", asked)
        unit = (session.unit_code or session.grant_unit) if ours else (session.grant_unit or session.unit_code)
        if not unit:
            return None
        g = _g(session.units_seen().get(unit, "")) if named == ["cg"] else None
        return await self.for_code(turn, unit, named, g, log_text=text)

    def _population_of(self, turn: Turn, text: str) -> str | Result | None:
        """The unit a population question names ("ilu mieszkańców ma lubelskie według GUS?", "a Gdynia ile ma
        mieszkańców?"): its code when the register knows one unit by that name, the choice when the name is
        several units' ("a Bochnia …?"), None when the question names no unit."""
        # "a ta gmina wiejska Przemyśl obok nas – ilu ma mieszkańców?": a neighbour of ours, named – not our unit
        text = NEAR_US.sub(",", text)
        this = THIS_LEVEL.search(text)
        if not POPULATION.search(text) or OWN_WORDS.search(text):
            return None
        if this and not name_spans(POPULATION_WORDS.sub(",", text[this.end() :])):
            return None  # "a ten powiat ile ma mieszkańców?": the unit pointed at, not a name
        # "gmina wiejska Lubań": the kind said with the level picks one of the units of a name
        level = re.search(
            r"(?i)\b(?:gmin\w*(?:\s+(?:miejsko-wiejsk|wiejsk|miejsk)\w*)?|powiat\w*|miast\w*|wojew[oó]dztw\w*)", text
        )
        region = region_named(text)
        # "ile mieszkańców ma Kraków (małopolska)?": a unit named beside the region is that unit
        beside = [
            s
            for s in name_spans(POPULATION_WORDS.sub(",", text))
            if region_named(s) is None and (s[:1].isupper() or self._exactly(s))  # "macie" is no name
        ]
        if region is not None and not beside and (level is None or fold(level.group(0)).startswith("wojew")):
            # "a ilu mieszkańców ma małopolska?", "… na mazowszu": the województwo by its everyday name
            with contextlib.suppress(GrantbotError):
                unit, _ = self.resolve(f"województwo {region}")
                if unit is not None:
                    return str(unit.code)
        for span in name_spans(POPULATION_WORDS.sub(",", text)):
            if span[:1].islower() and not self._exactly(span):
                continue  # "a skąd macie liczbę mieszkańców?": "macie" is no Maciejowice (lower case: exact only)
            query = f"{level.group(0)} {span}" if level else span
            try:
                unit, found = self.resolve(query)
            except GrantbotError:
                continue
            if unit is not None:
                return str(unit.code)
            if sum(1 for c in found.candidates if c.score >= 99) > 1:
                return self.choices(turn, query, found.candidates, "grant")
        return None

    async def _another_unit(self, turn: Turn, text: str) -> Result | None:
        """Another unit, the same grant question: by its code ("a teraz 3025", "wracając do gminy 3017042 – ile
        w cs?"), named before "ile", or "a to samo dla powiatu brodnickiego?"."""
        topic = turn.session.topic
        back = STARTS_BACK_TO.match(text)
        # "wracając do gminy 3017042 – ile w cs?": the unit and the question; "ok, wracając – a …": the follow-up
        text = text[back.end() :] if back is not None else (LEAD_ACK.sub("", text) or text)
        # "(gminy) 3017042 – ile w cyberbezpiecznym?": a code, then the question about it
        code_in = CODE_THEN_QUESTION.match(text)
        if code_in and re.search(r"(?i)\bile\b|grant|kwot", text):
            return await self.request(turn, code_in.group(1), detect_programmes(text) or None, None, log_text=turn.text)
        talked_about = (topic is not None and topic.kind == "grant") or bool(turn.session.grant_unit)
        # "dla niej G = 2000": a G, not the code 2000
        followed = None if g_value(text) is not None else code_follow(text)
        if followed and talked_about:
            # "a teraz 3025", "a dla całego województwa, kod 30?", "a 30 12 011 w cs?": another unit by its code
            code_ = re.sub(r"\D", "", followed.group("code"))
            return await self.request(turn, code_, detect_programmes(text) or None, None, log_text=turn.text)
        own = turn.session.unit_code or turn.session.grant_unit
        powiat = OUR_POWIAT.match(strip_programmes(text, keep_if_empty=False) or text)
        if powiat and own and len(own) == 7 and talked_about:
            # "a nasz powiat w cp?", "a ich powiat?": the powiat of the gmina talked about
            outcome, session = await self.request(
                turn, own[:4], detect_programmes(text) or None, None, log_text=turn.text
            )
            ours = self.backends.grants.find_unit(own).unit if self.backends.grants is not None else None
            if not turn.session.unit_code and re.search(r"(?i)\bnasz", text) and ours is not None:
                # "nasz" said of the gmina's powiat: that gmina is the user's ("a my?" later means it)
                session = session.with_(unit_code=ours.code, unit_name=ours.describe())
            return outcome, session
        after = HOW_MUCH_FOR_UNIT.match(strip_programmes(text))
        if after and talked_about and (after.group("code") or self.registered(after.group("unit"))):
            # "a ile to będzie dla sąsiedniej gminy Gromadka? G mają 2050", "… gminy Karsin (2206032)?"
            carried = (topic.programme,) if topic and topic.programme else ()
            return await self.request(
                turn,
                after.group("code") or after.group("unit").strip(),
                detect_programmes(text) or None,
                g_value(text),
                log_text=turn.text,
                carried=carried,
            )
        before = UNIT_BEFORE_HOW_MUCH.search(strip_programmes(without_g(text)))  # "gminy X, G 1908.88 – ile …"
        if before and self.registered(before.group("unit")):
            # "a bez kodu, gmina Środa Wielkopolska ile w cs?": the unit named before "ile"
            return await self.request(
                turn, before.group("unit"), detect_programmes(text) or None, g_value(text), log_text=turn.text
            )
        # "a powiat mławski? chodzi o cyfrowy powiat": what is left of a clause naming only the programme goes too
        # "a gmina wiejska Zamość obok, G 2010": the G said with the unit is that unit's
        given = g_value(text)
        said = without_g(text).strip(" ,;:–—-") if given is not None else text
        unit_part = PROGRAMME_CLAUSE_LEFT.sub("", strip_programmes(said, keep_if_empty=False)) or said
        same = UNIT_FOLLOW.match(unit_part)
        if same and talked_about and self.registered(same.group("unit")):
            # "a to samo dla powiatu brodnickiego?": the programme named, else the one talked about
            carried = (topic.programme,) if topic and topic.programme and given is None else ()
            named = detect_programmes(text) or (["cg"] if given is not None else None)  # a G means Cyfrowa Gmina
            return await self.request(turn, same.group("unit"), named, given, log_text=turn.text, carried=carried)
        return None

    async def _corrected_or_this_unit(self, turn: Turn, text: str) -> Result | None:
        topic = turn.session.topic
        region = PICKED_REGION.match(text)
        if region and topic is not None and topic.kind == "grant" and len(topic.subject) == 7:
            # "ta z dolnośląskiego", "nie, ta w powiecie wieruszowskim": the unit of the same name and kind there
            there = await self._same_name_in(turn, topic, f"{region.group('prep')} {region.group('where')}")
            if there is not None:
                return there
        correction = meant(text)  # "sorry, chodziło mi o powiat chodzieski", "miałem na myśli miasto Ostrów …"
        picked = PICKED_KIND.match(text)
        if picked and topic is not None and topic.kind == "grant" and topic.subject and not turn.session.pending:
            # "ta wiejska, powiat zamojski" with no list open: the kind said picks the unit of that name
            return await self.follow(turn, None, None, unit_query=picked.group("kind"))
        if correction and topic is not None and topic.kind == "grant" and topic.subject:
            kind_only = KIND_ONLY.fullmatch(fold(correction.strip(" ?.!")))
            if kind_only:
                # "sorry, chodziło mi o miasto" after gmina wiejska Brodnica: the same name, the other kind
                return await self.follow(turn, None, None, unit_query=kind_only.group(0))
        if correction and self.registered(strip_programmes(correction)):
            # the unit corrected: the same grant question for the unit meant
            carried = (topic.programme,) if topic and topic.kind == "grant" and topic.programme else ()
            unit_query = strip_programmes(correction)
            named = detect_programmes(text) or None
            return await self.request(turn, unit_query, named, None, log_text=text, carried=carried)
        level_ref = LEVEL_REF.search(text)
        named = detect_programmes(text)
        left = LEVEL_REF.sub(" ", strip_programmes(text, keep_if_empty=False)) if level_ref else ""
        # "wracając do nas, do powiatu – jaka trwałość w cp?" asks a rule, not the powiat's grant
        if (
            level_ref
            and len(named) == 1
            and len(text) <= 60
            and (GRANT_INTENT.search(text) or ONLY_FILLERS.fullmatch(left))
        ):
            # "ok a w cs ile dla miasta?" after the town and its powiat: the unit of that level talked about last
            seen = [*turn.session.units_seen(), turn.session.grant_unit or "", turn.session.unit_code or ""]
            size = code_length(level_ref.group("level"))
            # "miasta": a town (TERYT kind digit 1, gmina miejska or a city with powiat rights, or 4, the town of a
            # gmina miejsko-wiejska), not the rural gmina of the same name talked about after it
            town = level_ref.group("level").casefold().startswith("miast")
            code_ = next((c for c in reversed(seen) if len(c) == size and (not town or c[-1] in "14")), None)
            if code_ is not None:
                return await self.for_code(turn, code_, named, None, log_text=text)
        unit_here = turn.session.grant_unit or turn.session.unit_code
        if turn.session.unit_code and re.search(r"(?i)\b(?:nas|naszego|naszej)\b", text):
            unit_here = turn.session.unit_code  # "a w cs dla nas?" after a neighbour's grant: our own unit
        if unit_here and THIS_UNIT.search(text) and len(detect_programmes(text)) == 1 and len(text) <= 80:
            # "a cyberbezpieczny dla tego powiatu?": the unit talked about, in the programme named
            return await self.for_code(turn, unit_here, detect_programmes(text), None, log_text=text)
        return None

    async def _same_name_in(self, turn: Turn, topic: Topic, where: str) -> Result | None:
        assert self.backends.grants is not None
        unit = self.backends.grants.find_unit(topic.subject).unit
        if unit is None:
            return None
        try:
            found = self._find(f"{unit.describe().split(' (')[0]} {where}")
        except GrantbotError:
            return None
        if found.unit is None:
            return None
        named = [topic.programme] if topic.programme else None
        return await self.for_unit(turn, found.unit, named, None, log_text=turn.text)

    async def _and_the_rest(self, turn: Turn, result: Result, questions: list[str]) -> Result:
        """ "ile dostaniemy i do kiedy trzeba wysłać ankietę?": the grant, then the other questions answered."""
        outcome, session = result
        for question in questions:
            # "serwer i skanery do kancelarii ok? i ile max dostaniemy?": a purchase judged, a rule from the FAQ
            asked = Turn(turn.user, session, question)
            judged = await self.feature("purchase").text(asked)
            more, session = judged if judged is not None else await self.feature("faq").ask(asked, question)
            outcome = Outcome(outcome.replies + more.replies, outcome.log, outcome.ephemeral)
        return outcome, session

    async def population(self, turn: Turn, unit_code: str, part: str = "") -> Result:
        """The unit's population (GUS, 31.12.2020), the figure the grant computations use; a figure the user gives
        ("mieszkańców mamy ok. 6,5 tys.") is said to be not the one used; `part` "4" or "5": the town or the rural area
        of an urban-rural gmina, beside the whole gmina's figure. The unit stays talked about ("a Kórnik?" next is its
        population)."""
        assert self.backends.grants is not None
        unit = self.backends.grants.find_unit(unit_code).unit
        if unit is None or unit.population_2020 is None:
            return say(turn, texts.POPULATION_UNKNOWN)
        topic = turn.session.topic
        kept = Topic(
            "grant",
            programme=topic.programme if topic is not None and topic.kind == "grant" else "",
            subject=unit.code,
            listed=POPULATION_TALK,
        )
        part_people = self.backends.grants.registry.part_population(unit, part) if part else None
        if part_people is not None:
            where = texts.TOWN_OF if part == "4" else texts.RURAL_OF
            of_part = texts.POPULATION_PART.format(
                part=where.format(name=unit.name), people=people(part_people), whole=people(unit.population_2020)
            )
            return done(turn, reply(f"{of_part} ({unit.describe()})."), session=turn.session.with_(topic=kept))
        lines = [texts.POPULATION.format(unit=unit.describe(), people=people(unit.population_2020))]
        said = SAID_PEOPLE_FIRST.search(turn.text) or SAID_POPULATION.search(turn.text)
        figure = scaled(said.group("n"), said.group("k") or "") if said is not None else None
        if said is not None and figure is not None and figure != unit.population_2020:
            shown = f"{said.group('n')} {said.group('k')}".strip() if said.group("k") else people(int(figure))
            lines.append(texts.POPULATION_SAID_DIFFERS.format(said=shown, people=people(unit.population_2020)))
            if len(unit.code) == 7 and unit.code.endswith("3"):
                lines.append(texts.WHOLE_MIXED_GMINA)  # "Kcynia ma chyba 4 tysiące": the town, not the gmina
            if len(unit.code) == 7:
                lines.append(texts.POPULATION_L_RULE)
        return done(turn, reply(" ".join(lines)), session=turn.session.with_(topic=kept))

    async def _population_follow(self, turn: Turn, text: str) -> Result | None:
        """Right after a population: "a Kórnik?", "a miasto Mosina?", "a samo miasto?", "a obszar wiejski?", "a cała
        gmina?", "a my ilu mamy?", "a powiat poznański?" – that unit's (or part's) population, not its grant."""
        topic = turn.session.topic
        if topic is None or topic.listed != POPULATION_TALK or self.backends.grants is None or len(text) > 60:
            return None
        if detect_programmes(text) or GRANT_INTENT.search(re.sub(r"(?i)\bil[eu]\s+(?:\w+\s+)?(?:mamy|ma)\b", "", text)):
            return None  # "a w cs?", "ile dostanie Kórnik?": the grant asked, not the population
        part = await self._part_asked(turn, text, topic.subject)
        if part is not None:
            return part
        if re.match(r"(?i)^\W*(?:a|i)?\s*(?:my|u\s+nas|nasz\w*)\b|\bil[eu]\s+(?:nas|mamy)\b", text):
            own = turn.session.unit_code or turn.session.grant_unit
            return await self.population(turn, own) if own else None
        asked = re.sub(
            r"(?i)^\W*(?:a|i|to)\s+|\?+$|\bil[eu]\s+(?:\w+\s+)?(?:ma|maj[aą]|mieszka\w*)\b", " ", text
        ).strip()
        return await self._population_of_named(turn, asked) if asked else None

    def _our_powiat(self, turn: Turn) -> Result | None:
        """ "w którym powiecie my jesteśmy?", "jaki jest nasz powiat?": the powiat of the user's gmina (TERC 2020)."""
        if not _WHICH_POWIAT.search(turn.text) or self.backends.grants is None:
            return None
        own = turn.session.unit_code or ""
        unit = self.backends.grants.find_unit(own).unit if len(own) == 7 else None
        if unit is None or not unit.powiat_code:
            return None
        powiat = self.backends.grants.find_unit(unit.powiat_code).unit
        if powiat is None:
            return None
        return say(turn, texts.OUR_POWIAT_IS.format(unit=unit.describe(), powiat=powiat.describe()))

    def _gminy_of_powiat(self, turn: Turn, text: str) -> Result | None:
        """ "ile gmin ma nasz powiat?", "jakie gminy są w powiecie wołowskim?": the gminy of that powiat (TERC 2020),
        each with its kind and code."""
        if not _GMINY_ASKED.search(text) or self.backends.grants is None:
            return None
        registry = self.backends.grants.registry
        named = re.search(r"(?i)\bpowi(?:at|ecie)\w*\s+(?P<adj>[a-ząćęłńóśźż-]+(?:sk|ck|dzk)\w*)", text)
        code_ = ""
        if named is not None:
            with contextlib.suppress(GrantbotError):
                unit, _ = self.resolve(f"powiat {adjective_nominative(named.group('adj'))}")
                code_ = unit.code if unit is not None else ""
        elif re.search(r"(?i)\bnasz\w*|\bnas\b|\bten\b|\btym\b|\btego\b", text):
            own = turn.session.unit_code or turn.session.grant_unit or ""
            code_ = own[:4]
        powiat = None
        with contextlib.suppress(GrantbotError):
            powiat = registry.get(code_) if len(code_) == 4 else None
        if powiat is None or powiat.is_city_with_powiat_rights:
            return None
        gminy = sorted(
            (u for u in registry if u.level.value == "gmina" and u.powiat_code == code_), key=lambda u: u.code
        )
        listed = [item(f"{u.kind.value} {u.name} ({u.code})") for u in gminy]
        said = texts.GMINY_OF_POWIAT.format(powiat=powiat.describe(), count=_gminy_count(len(gminy)))
        return done(turn, reply(said, *listed), log=LogEntry("grant", turn.text))

    async def _relative_g(self, turn: Turn, text: str) -> Result | None:
        """ "a gdyby G było o 150 zł wyższe?", "G niższe o 50": the G given for the gmina talked about, changed by that
        much, and its grant computed again (the step said)."""
        said = _RELATIVE_G.search(text)
        if said is None:
            return None
        topic = turn.session.topic
        unit_code = topic.subject if topic is not None and topic.kind == "grant" else turn.session.grant_unit
        if not unit_code or len(unit_code) != 7:
            return None
        before = turn.session.units_seen().get(unit_code, "") or (topic.g if topic is not None else "")
        delta = to_decimal(*(said.group("n") or said.group("n2")).replace(" ", "").partition(",")[::2])
        if not before or delta is None:
            return None
        up = re.match(r"(?i)wy[zż]|wi[eę]k|wzr|podn", said.group("dir") or said.group("dir2")) is not None
        g = Decimal(before) + delta if up else Decimal(before) - delta
        step = f"G = {num(Decimal(before))} {'+' if up else '−'} {num(delta)} = {num(g)} zł"
        outcome, session = await self.with_g(turn, unit_code, g, log_text=text)
        # a supposition: the G given stays the unit's (the next what-if and "w CG czy w CS więcej?" start from it);
        # the answer's topic carries the supposed G ("a ile to na mieszkańca?" is asked of this grant)
        session = session.with_(grants_seen=turn.session.grants_seen, g_before=turn.session.g_before)
        return led_by(step, (outcome, session))

    async def _bare_g_supposed(self, turn: Turn, text: str) -> Result | None:
        """ "a jakby 1908.88?" after a gmina's grant with a G: another G supposed, not a population or an amount."""
        topic = turn.session.topic
        said = _BARE_SUPPOSED.match(text)
        if said is None or topic is None or topic.kind != "grant" or len(topic.subject) != 7:
            return None
        if not (topic.g or topic.programme == "cg"):
            return None
        value = g_value(f"G {said.group('n').strip()}")
        if value is None or not 100 <= value <= 20000:
            return None
        return await self.with_g(turn, topic.subject, value, log_text=text)

    async def _part_asked(self, turn: Turn, text: str, talked_code: str) -> Result | None:
        """ "a samo miasto?", "a obszar wiejski gminy Mosina?", "a ile mieszkańców ma miasto?": that part of the gmina
        named, else of the gmina talked about."""
        assert self.backends.grants is not None
        part = _PART_ASKED.search(text)
        if part is None:
            return None
        rest = POPULATION_WORDS.sub(",", _PART_ASKED.sub(",", text))
        named = [s for s in name_spans(rest) if self.registered(s)]
        gmina = None
        if named:
            with contextlib.suppress(GrantbotError):
                gmina, _ = self.resolve(named[0])
        elif talked_code:
            gmina = self.backends.grants.find_unit(talked_code).unit
        if gmina is None or len(gmina.code) != 7:
            return None
        return await self._part_or_namesake(turn, gmina, part.group(0))

    async def _part_or_namesake(self, turn: Turn, gmina: Any, said: str) -> Result | None:
        """The town or the rural area of an urban-rural gmina (or the whole of it); of a gmina miejska or wiejska, the
        gmina of the same name and the other kind."""
        assert self.backends.grants is not None
        folded = fold(said)
        part = "4" if "miast" in folded or "miejsk" in folded else "5" if "wiej" in folded or "wies" in folded else ""
        if gmina.kind is UnitKind.GMINA_MIEJSKO_WIEJSKA:
            return await self.population(turn, gmina.code, part)
        town = gmina.kind in (UnitKind.GMINA_MIEJSKA, UnitKind.MIASTO_NA_PRAWACH_POWIATU)
        if not part or (part == "4") == town:
            return await self.population(turn, gmina.code)  # "miasto Słupsk": the town itself
        namesake = self._namesake(gmina.code)
        return await self.population(turn, namesake) if namesake else None

    async def _population_of_named(self, turn: Turn, asked: str) -> Result | None:
        """ "a Kórnik?", "a miasto Mosina?", "a powiat poznański?": that unit's population (a town of an urban-rural
        gmina as its town; several of one name offered)."""
        try:
            unit, found = self.resolve(asked)
        except GrantbotError:
            return None
        if unit is None:
            exact = [c for c in found.candidates if c.score >= 99]
            return self.choices(turn, asked, exact, "grant") if len(exact) > 1 else None
        town = re.match(r"(?i)miast\w*\s", asked) and unit.kind is UnitKind.GMINA_MIEJSKO_WIEJSKA
        return await self.population(turn, unit.code, "4" if town else "")

    async def pending(self, turn: Turn) -> Result | None:
        pending = turn.session.pending
        assert pending is not None
        text = turn.text
        about_list = self._about_the_list(turn, pending)
        if about_list is not None:
            return about_list
        picked = await self._picked(turn, pending)
        if picked is not None:
            return picked
        if (
            pending.kind == "unit"
            and re.search(r"(?i)\bpowi(?:at|ec)", strip_programmes(text, keep_if_empty=False))  # not "cyfrowy powiat"
            and pending.choices
        ):
            powiats = {c.code[:4] for c in pending.choices if len(c.code) == 7}
            if len(powiats) == 1 and len(text) <= 60:  # "nie, chodzi o powiat": the gminas' powiat
                return await self.on_unit(
                    turn.with_session(
                        turn.session.with_(
                            pending=pending.__class__(kind="unit", purpose=pending.purpose, programme=pending.programme)
                        )
                    ),
                    f"{pending.purpose}:{powiats.pop()}",
                )
        said_unit = _choice_said(text) if pending.kind == "unit" else text
        if pending.kind == "unit" and len(said_unit) <= 60:
            # "sorki, literówka – Wieliczka, powiat wielicki, gmina miejsko-wiejska": the apology goes first
            chosen = choice_by_words(said_unit, pending.choices)
            if chosen is not None:  # "gmina wiejska", "ta miejska", "miasto"
                given = g_value(text)  # "a gmina wiejska Zamość obok, G 2010": the G said with the choice
                if given is not None:
                    turn = turn.with_session(turn.session.with_(pending=replace(pending, g=str(given))))
                return await self.on_unit(turn, f"{pending.purpose}:{chosen}")
        if (
            pending.kind == "unit"
            and pending.purpose in ("grant", "jst")
            and pending.choices
            and (
                GRANT_AGAIN.search(text)
                or OUR_AMOUNT.search(text)
                or g_value(text) is not None
                # "a w cs?" at the list: the programme kept for the unit still to be chosen
                or (detect_programmes(text) and ONLY_FILLERS.fullmatch(strip_programmes(text, keep_if_empty=False)))
            )
        ):
            # "ile dostaniemy z cg?" or "G to 1650,22" while the list of units is open: the answer
            # needs the choice first; the programme and G said now are kept for it
            assert self.backends.grants is not None
            offered = [self.backends.grants.find_unit(choice.code).unit for choice in pending.choices]
            buttons = _unit_buttons([u for u in offered if u is not None], "grant")
            said = detect_programmes(text)
            given = g_value(text)
            kept = replace(
                pending,
                purpose="grant",
                programme=said[0] if len(said) == 1 else pending.programme,
                g=str(given) if given is not None else pending.g,
            )
            kept_note = [f"program: {programme_name(kept.programme)}"] if kept.programme else []
            if kept.g:
                kept_note.append(f"wskaźnik G: {_zl(Decimal(kept.g))}")
            message = texts.CHOOSE_UNIT_FIRST
            if kept_note:
                message = f"Zapamiętałem {', '.join(kept_note)}. {message}"
            outcome, session = say(turn, message, buttons=buttons, kind="choice")
            return outcome, session.with_(pending=kept)
        if pending.kind == "grant_unit":
            if QUESTIONISH.search(text) or len(text) > 80:
                return None
            g = g_value(text) or _g(pending.g)
            query = without_g(text) if g_value(text) is not None else text
            named = detect_programmes(query) or ([pending.programme] if pending.programme else None)
            session = turn.session.with_(pending=None)
            return await self.request(turn.with_session(session), strip_programmes(query), named, g, log_text=text)
        if pending.kind == "g":
            return await self._pending_g(turn, pending)
        return None

    def _about_the_list(self, turn: Turn, pending: Pending) -> Result | None:
        """A reply at a list of units that picks none, answered with the list kept: "a czym one się różnią?" (what
        the kinds of gmina are), "ta z podkarpackiego" when none of them lies there."""
        if pending.kind != "unit" or not pending.choices:
            return None
        listed = tuple((Button(c.label, f"unit:{pending.purpose}:{c.code}"),) for c in pending.choices)
        if KINDS_DIFFER.search(turn.text):
            return done(turn, reply(texts.KINDS_OF_GMINA, buttons=listed, kind="choice"), session=turn.session)
        said = TYPO_NOTE.sub("", CORRECTION_LEAD.sub("", turn.text))
        region = region_named(said) if len(said) <= 60 else None
        if region is None or any(f"woj. {region}" in c.label for c in pending.choices):
            return None
        out = reply(texts.NONE_IN_REGION.format(region=region), buttons=listed, kind="choice")
        return done(turn, out, session=turn.session)

    async def _pending_g(self, turn: Turn, pending: Pending) -> Result | None:
        """A message while the bot waits for the G: the value, a question about the grant, or something else."""
        text = turn.text
        if OTHER_UNIT.search(text) or BOTH_UNITS.match(text):
            return None  # "a ta druga? tam G 1900": another unit's G, not the one waited for
        if g_value(text) is None and _NOT_A_G.search(text):
            return None  # "ile max na doradztwo przy grancie 400 tys.?": another question, its figure no G
        own = turn.session.unit_code
        if (
            own
            and own != pending.unit_code
            and re.search(r"(?i)^\W*(?:\w+\W+){0,2}?(?:a\s+)?(?:my|u\s+nas|dla\s+nas)\b", text)
        ):
            return None  # "dobrze, a my? G mamy 2000" after another unit's range: our grant, with our G
        value = g_value(text) or parse_money(text) or figure_said(text)
        if value is None and asks_details(text):
            # "jak to policzono?" while the G is asked: the computation so far, the G still wanted
            return await self.details(turn, pending.programme or "cg", pending.unit_code, None)
        named_now = detect_programmes(text)
        elsewhere = LEVEL_REF.search(text) or (named_now and (pending.programme or "cg") not in named_now)
        other = UNIT_AFTER_FOR.search(text) if value is None else None
        if other is not None and self.registered(other.group("unit")):
            return None  # "a ile bez G dla miasta Mszana Dolna?": another unit, not the G waited for
        if value is None and demonstrative_unit(text) != text:
            return None  # "a ta miejska Mszana – ile max?": a unit pointed at by its name
        if value is None and WITHOUT_G.search(text) and not elsewhere:
            # "bez wskaźnika G to ile najwięcej?": the range the unit's grant lies in, G still wanted
            return await self.for_code(turn, pending.unit_code, [pending.programme or "cg"], None, log_text=text)
        if value is None:
            if (
                elsewhere  # "a dla powiatu jeszcze raz, ile max w cp?": another unit or programme, not a G
                or follow_up(text) is not None
                or TERYT_LIKE.fullmatch(text.strip(" ?."))
                or code_follow(text)
                or grant_query(text)
            ):
                return None  # "a dla 1209?", "2206042", "ile dla 3003": another unit, not a G
            if re.search(r"\d", text) and len(text) < 30:
                return say(turn, texts.G_BAD)
            if DONT_KNOW.search(text) and len(text) < 60:
                # "nie wiem": where the G comes from, and the range the grant lies in until it is known
                ranged = await self.for_code(turn, pending.unit_code, [pending.programme or "cg"], None, log_text=text)
                return led_by(texts.G_HELP, ranged)
            return None
        named = without_g(text)
        owner = g_unit(text)
        # "a Wieprz przy G 1950?": a unit named with the G – that unit's, not the one waited for
        beside = re.sub(r"(?i)^\W*(?:a|i|to)\s+|\s+(?:przy|dla|z|ze|w|gdzie|ma|maj[aą]|i)\W*$|\W+$", "", named).strip()
        # "a ile dostałoby gniewino z cyfrowej gminy, G mamy 2038,22": a grant asked for a unit named in lower case
        asked_other = GRANT_INTENT.search(named) and any(
            self._exactly(span) for span in name_spans(strip_programmes(named, keep_if_empty=False) or named)
        )
        if (
            asked_other
            or (beside and beside[0].isupper() and len(beside.split()) <= 3 and self.registered(beside))
            or HOW_MUCH_FOR_UNIT.match(strip_programmes(joined_codes(text)))
            or (re.search(r"[^\W\d_]{3,}", named) and grant_query(named))
            or (owner is not None and self.registered(owner))
        ):
            return None  # "a ile dla sąsiedniej gminy Gromadka? G mają 2050": another unit's G
        return await self.with_g(
            turn.with_session(turn.session.with_(pending=None)),
            pending.unit_code,
            value,
            log_text=text,
            programme=pending.programme or "cg",
        )

    # -- buttons -------------------------------------------------------------------------------

    async def _picked(self, turn: Turn, pending: Pending) -> Result | None:
        """A list of units answered by its number ("2", "ten drugi") or by where the unit lies ("nie ten wielkopolski,
        chodzi o Jarocin w podkarpackim", "starostwo suwalskie")."""
        if pending.kind != "unit":
            return None
        number = ordinal_choice(turn.text)
        if number is not None:  # "2", "ten drugi", "numer 2"
            if 1 <= number <= len(pending.choices):
                return await self.on_unit(turn, f"{pending.purpose}:{pending.choices[number - 1].code}")
            return say(turn, texts.CHOOSE_NUMBER.format(last=len(pending.choices)))
        placed = self._choice_by_place(turn.text, pending) if pending.choices else None
        return await self.on_unit(turn, f"{pending.purpose}:{placed}") if placed is not None else None

    def _choice_by_place(self, text: str, pending: Pending) -> str | None:
        """The code a reply to a list of units picks by where it lies: "nie ten wielkopolski, chodzi o Jarocin w
        podkarpackim" (the region named, the one refused left out), "ten koło Pleszewa"; or the powiat meant
        instead of its gminas: "nie, chodziło mi o powiat, starostwo suwalskie"."""
        if self.backends.grants is None or len(text) > 120 or QUESTIONISH.search(text):
            return None
        said = _NOT_THIS.sub(" ", text)
        powiat = re.search(
            r"(?i)\bpowiat\w*\s+(\w+?(?:sk|ck|dzk))(?:i|ie|iego|im)\b", office_as_unit(expanded_units(said))
        )
        if powiat is not None:
            try:
                unit, _found = self.resolve(f"powiat {powiat.group(1)}i")
            except GrantbotError:
                unit = None
            return str(unit.code) if unit is not None and len(unit.code) == 4 else None
        offered = [self.backends.grants.find_unit(c.code).unit for c in pending.choices]
        candidates = [Candidate(u, 100.0) for u in offered if u is not None]
        placed = in_region(said, candidates) or near_place(said, candidates)
        return str(placed.code) if placed is not None else None

    async def on_unit(self, turn: Turn, rest: str) -> Result:
        purpose, _, unit_code = rest.partition(":")
        if self.backends.grants is None:
            return say(turn, texts.GRANTS_UNAVAILABLE)
        found = self.backends.grants.find_unit(unit_code)
        if found.unit is None:  # a stale or forged button: no such unit code
            return say(turn, UNKNOWN_UNIT.format(code=unit_code[:40]))
        pending = turn.session.pending
        if purpose == "grant":
            # the programme asked about, unless the unit chosen cannot be in it (then all it can be in)
            named = (
                [pending.programme]
                if pending is not None and pending.programme in programmes_for_unit(found.unit.code)
                else None
            )
            g = _g(pending.g) if pending is not None else None
            session = turn.session.with_(pending=None)
            if _OURS_PICKED.search(turn.text or ""):
                # "my to ta wiejska", "nasza jest ta miejska": the unit picked is the user's own
                session = session.with_(unit_code=found.unit.code, unit_name=found.unit.describe())
            return await self.for_unit(
                turn.with_session(session), found.unit, named, g, log_text=f"[wybór {unit_code}]"
            )
        return await self.feature("account").unit_chosen(turn, found.unit)

    async def on_grant(self, turn: Turn, unit_code: str) -> Result:
        return await self.for_code(turn, unit_code, None, None, log_text=f"[grant {unit_code}]")

    async def on_details(self, turn: Turn, rest: str) -> Result:
        programme, _, tail = rest.partition(":")
        unit_code, _, g = tail.partition(":")
        return await self.details(turn, programme, unit_code, _g(g))

    # -- computing -----------------------------------------------------------------------------

    async def _compute(self, unit: Any, wanted: list[str] | None, g: Decimal | None, **kwargs: Any) -> Any:
        """The grant computation reads imported indices and official amounts: a storage read, off the loop."""
        assert self.backends.grants is not None
        return await self.store.read(functools.partial(self.backends.grants.compute_for, unit, wanted, g, **kwargs))

    async def _programmes_compared(self, turn: Turn, text: str) -> Result | None:
        """ "to w CG czy w CS więcej?", "a dla Swarzędza – w CG czy w CS więcej?", "w którym więcej?" after a grant: one
        unit's grants in the programmes named (else every programme it may be in), and where it gets more – an
        amount from the operator's list (CP, CS) is a range here, so the answer says when it cannot tell."""
        if not _MORE_IN_WHICH.search(text) or self.backends.grants is None or re.search(r"\d{3}", text):
            return None
        named = detect_programmes(text)
        topic = turn.session.topic
        on_grant = topic is not None and topic.kind == "grant" and bool(topic.subject)
        if len(named) < 2 and not (on_grant and _IN_WHICH.search(text)):
            return None
        unit_code = topic.subject if topic is not None and on_grant else turn.session.grant_unit
        mentioned = [c for c in turn.session.units_seen() if self._named_in(c, text)]
        unit_code = mentioned[-1] if mentioned else unit_code
        if not unit_code:
            return None
        unit = self.backends.grants.find_unit(unit_code).unit
        if unit is None:
            return None
        allowed = programmes_for_unit(unit.code)
        wanted = [p for p in named if p in allowed] if len(named) >= 2 else allowed
        if len(wanted) < 2:
            return None
        g = _g(turn.session.units_seen().get(unit.code, ""))
        lines: list[str] = []
        spans: dict[str, tuple[Decimal, Decimal]] = {}
        citations: list[str] = []
        for programme in wanted:
            result = await self._result_in(unit, programme, g if programme == "cg" else None)
            if result is None:
                return None
            citations += [c.human() for c in result.citations]
            if result.amount is not None:
                spans[programme] = (result.amount, result.amount)
                lines.append(f"{programme_name(programme)}: {_zl(result.amount)}")
            elif result.min is not None and result.max is not None:
                spans[programme] = (result.min, result.max)
                how = texts.G_MISSING_SHORT if programme == "cg" else texts.LIST_AMOUNT_SHORT
                lines.append(f"{programme_name(programme)}: od {_zl(result.min)} do {_zl(result.max)} ({how})")
            else:
                return None
        ranked = sorted(spans.items(), key=lambda kv: kv[1][0], reverse=True)
        top, rest = ranked[0], ranked[1:]
        if all(top[1][0] > other[1][1] for other in rest):
            verdict = texts.MORE_IN_PROGRAMME.format(programme=programme_name(top[0]))
        else:
            verdict = texts.MORE_CANNOT_TELL
        blocks: list[Any] = [title(texts.PROGRAMMES_COMPARED.format(unit=unit.describe()))]
        blocks += [item(line) for line in lines]
        blocks += [verdict, note("Źródła: " + "; ".join(dict.fromkeys(citations)))]
        kept = Topic("grant", programme="", subject=unit.code, g=str(g) if g is not None else "")
        session = _with_topic(turn.session, kept)
        return done(turn, reply(*blocks), log=LogEntry("grant", text), session=session)

    def _named_in(self, unit_code: str, text: str) -> bool:
        assert self.backends.grants is not None
        unit = self.backends.grants.find_unit(unit_code).unit
        return unit is not None and re.search(rf"\b{re.escape(fold(unit.name)[:5])}", fold(text)) is not None

    async def _kind_of_pair(self, turn: Turn, text: str) -> Result | None:
        """ "a miasto w cyfrowej gminie? G 1868,22" after "Wągrowiec miasto i powiat wągrowiecki": the unit of the
        pair that is of that kind, in the programme named (with the G said)."""
        topic = turn.session.topic
        said = _PAIR_KIND.match(text)
        if said is None or topic is None or topic.entry != _PAIR:
            return None
        width = 4 if said.group("kind").casefold().startswith("powiat") else 7
        fitting = [code_ for code_ in list(turn.session.units_seen())[-2:] if len(code_) == width]
        if len(fitting) != 1:
            return None
        named = detect_programmes(text) or ([topic.programme] if topic.programme else None)
        g = g_value(text)
        return await self.for_code(turn, fitting[0], ["cg"] if g is not None else named, g, log_text=text)

    async def _pair_across(self, turn: Turn, text: str) -> Result | None:
        """ "a razem miasto w cg i powiat w cs?": the grants of the pair talked about, each in the programme said for
        it, added up (both ends of a range where the amount is not known)."""
        topic = turn.session.topic
        if not TOGETHER.search(text) or self.backends.grants is None:
            return None
        pair = list(turn.session.units_seen())[-2:]
        picked: list[tuple[str, str]] = []
        for said in _KIND_IN_PROGRAMME.finditer(text):
            where = detect_programmes(said.group("where"))
            width = 4 if said.group("kind").casefold().startswith("powiat") else 7
            fitting = [c for c in pair if len(c) == width]
            if len(where) != 1 or len(fitting) != 1:
                return None
            picked.append((fitting[0], where[0]))
        if len(picked) != 2 or topic is None or topic.kind != "grant":
            return None
        seen = turn.session.units_seen()
        lines: list[str] = []
        low = high = Decimal(0)
        for code_, programme in picked:
            unit = self.backends.grants.find_unit(code_).unit
            g = _g(seen.get(code_, "")) if programme == "cg" else None
            result = await self._result_in(unit, programme, g) if unit is not None else None
            if unit is None or result is None:
                return None
            if result.amount is not None:
                low, high = low + result.amount, high + result.amount
                lines.append(f"{unit.describe()} – {programme_name(programme)}: {_zl(result.amount)}")
            elif result.min is not None and result.max is not None:
                low, high = low + result.min, high + result.max
                span = f"od {_zl(result.min)} do {_zl(result.max)}"
                lines.append(f"{unit.describe()} – {programme_name(programme)}: {span}")
            else:
                return None
        summed = _zl(low) if low == high else f"od {_zl(low)} do {_zl(high)}"
        blocks: list[Any] = [title(texts.PAIR_ACROSS_TITLE), *(item(line) for line in lines)]
        blocks.append(texts.UNITS_TOGETHER_SUM.format(amount=summed))
        return done(turn, reply(*blocks), log=LogEntry("grant", text))

    async def _two_named(self, turn: Turn, text: str) -> Result | None:
        """ "Swarzędz i Pobiedziska – która gmina dostanie więcej z Cyfrowej Gminy?": two units named in one question,
        each one's grant, side by side (and which gets more, where the amounts are known)."""
        stripped = strip_programmes(text, keep_if_empty=False) or text
        kind_first = _NAME_KIND_AND_POWIAT.search(stripped)
        if kind_first is not None:
            # "Wągrowiec miasto i powiat wągrowiecki – ile każde z nich …?": the kind said after the name
            stripped = f"{kind_first.group('kind')} {kind_first.group('a')} i {kind_first.group('b')}?"
        said = _TWO_NAMED.match(stripped) or _TWO_NAMED_INSIDE.search(stripped) or _TWO_KINDED.match(stripped)
        if (
            said is None
            or not (GRANT_INTENT.search(text) or COMPARE.search(text) or POPULATION.search(text))
            or NOT_GRANT.search(COMPARE.sub(" ", text))
        ):
            return None
        found: list[tuple[Any, Any]] = []
        for name in (said.group("a"), said.group("b")):
            if not self.registered(name):
                return None
            found.append(self.resolve(name, hint=turn.session.unit_hint))
        codes: list[str] = []
        for index, (unit, search) in enumerate(found):
            other = found[1 - index][0]
            if unit is None and other is not None:
                # "Pleszew i Jarocin": of the units bearing a name, the one beside the other unit named
                for width in (4, 2):
                    near = [c.unit for c in search.candidates if c.unit.code[:width] == other.code[:width]]
                    if len(near) == 1:
                        unit = near[0]
                        break
            if unit is None:
                return None  # a name several units bear: each asked on its own, with the choice
            codes.append(unit.code)
        if codes[0] == codes[1]:
            return None
        if POPULATION.search(text) and not _GRANT_TOO.search(text):
            # "ile mieszkańców mają Kórnik i Śrem?": both populations
            first, session = await self.population(turn, codes[0])
            second, session = await self.population(turn.with_session(session), codes[1])
            return Outcome((*first.replies, *second.replies), second.log), session
        return await self._pair(turn, text, codes, [None, None])

    async def _two_gs(self, turn: Turn, text: str) -> Result | None:
        """ "G Swarzędza to 1878,22, a Pobiedzisk 1918,22": a G for each of the two units talked about, each grant
        computed with its own G (and which gets more)."""
        seen = list(turn.session.units_seen())
        if len(seen) < 2 or self.backends.grants is None:
            return None
        pair = seen[-2:]
        given: dict[str, Decimal] = {}
        for piece in re.split(r"\s*;\s*|,\s+|\s+a\s+|\s+i\s+", text):
            figure = _G_FIGURE.search(piece)
            if figure is None:
                continue
            words = fold(piece[: figure.start()])
            for code_ in pair:
                unit = self.backends.grants.find_unit(code_).unit
                stem = fold(unit.name)[:5] if unit is not None else ""
                if stem and re.search(rf"\b{re.escape(stem)}", words) and code_ not in given:
                    value = to_decimal(figure.group("whole"), figure.group("fraction") or "")
                    if value is not None:
                        given[code_] = value
        if len(given) != 2:
            return None
        return await self._pair(turn, text, pair, [given[c] for c in pair])

    async def _pair(self, turn: Turn, text: str, codes: list[str], gs: list[Decimal | None]) -> Result:
        """Both units' grants, one after the other, then which of them gets more when both amounts are known."""
        named = detect_programmes(text)
        topic = turn.session.topic
        carried = topic.programme if topic is not None and topic.kind == "grant" else ""
        wanted = named or ([carried] if carried else None)
        if any(g is not None for g in gs):
            wanted = ["cg"]
        replies: list[Any] = []
        session = turn.session
        for code_, g in zip(codes, gs, strict=True):
            outcome, session = await self.for_code(turn.with_session(session), code_, wanted, g, log_text=text)
            # the grant of each; a G asked for once for both below, not one unit's G pending
            replies += outcome.replies if g is not None else outcome.replies[:1]
        programme = wanted[0] if wanted and len(wanted) == 1 else ""
        if any(g is None for g in gs) and (programme == "cg" or not programme) and session.pending is not None:
            assert self.backends.grants is not None
            names = [self.backends.grants.find_unit(c).unit for c in codes]
            example = ", ".join(f"{u.name} {g}" for u, g in zip(names, ("1898,22", "1950,10"), strict=True) if u)
            replies.append(reply(texts.PAIR_G_ASK.format(example=example)))
            session = session.with_(pending=None)
        if programme and not (programme == "cg" and any(g is None for g in gs)):
            compared = await self._compared(turn.with_session(session), f"kto więcej w {programme}?")
            if compared is not None:
                outcome, session = compared
                replies += outcome.replies[-1:]
        kept = Topic("grant", programme=programme, subject=codes[-1], entry=_PAIR)
        return Outcome(tuple(replies), LogEntry("grant", text, programme=programme or None)), _with_topic(session, kept)

    async def _units_together(self, turn: Turn, text: str) -> Result | None:
        """ "ile to razem dla obu gmin?", "ile razem możemy dostać my i nasz powiat z cs?": the grants of two units in
        one programme added up (the exact amount where it is known, else both ends of the range)."""
        after_pair = turn.session.topic is not None and turn.session.topic.entry == _PAIR
        if not TOGETHER.search(text) or not (_TWO_UNITS.search(text) or after_pair) or self.backends.grants is None:
            return None
        session, topic = turn.session, turn.session.topic
        seen = list(session.units_seen())
        own = session.unit_code or ""
        if _WE_AND_POWIAT.search(text) and len(own) == 7:
            codes = [own, own[:4]]
        elif len(seen) >= 2:
            codes = seen[-2:]
        else:
            return None
        named = detect_programmes(text)
        programme = named[0] if len(named) == 1 else (topic.programme if topic is not None and topic.programme else "")
        if programme not in ("cg", "cp", "cs"):
            return None
        lines: list[str] = []
        low = high = Decimal(0)
        for code_ in codes:
            unit = self.backends.grants.find_unit(code_).unit
            g = _g(session.units_seen().get(code_, "")) if programme == "cg" else None
            result = await self._result_in(unit, programme, g) if unit is not None else None
            if unit is None or result is None:
                return None
            if result.amount is not None:
                low, high = low + result.amount, high + result.amount
                lines.append(f"{unit.describe()}: {_zl(result.amount)}")
            elif result.max is not None and result.min is not None:
                low, high = low + result.min, high + result.max
                lines.append(f"{unit.describe()}: od {_zl(result.min)} do {_zl(result.max)}")
            else:
                lines.append(
                    f"{unit.describe()}: {texts.TOGETHER_NOT_ELIGIBLE.format(programme=programme_name(programme))}"
                )
        summed = _zl(low) if low == high else f"od {_zl(low)} do {_zl(high)}"
        blocks: list[Any] = [
            title(texts.UNITS_TOGETHER_TITLE.format(programme=programme_name(programme))),
            *(item(line) for line in lines),
            texts.UNITS_TOGETHER_SUM.format(amount=summed),
        ]
        # "a sam powiat?" next: one of the units added up, in that programme
        kept = Topic("grant", programme=programme, subject=codes[-1])
        return done(
            turn, reply(*blocks), log=LogEntry("grant", text, programme=programme), session=_with_topic(session, kept)
        )

    async def _together(self, turn: Turn, text: str) -> Result | None:
        """ "czyli razem z cg maksymalnie ile?" after a grant: the unit's grants in the programmes talked about (else
        in every programme it may be in) added up – the exact amount where it is known, else the range's top."""
        topic = turn.session.topic
        on_grant = topic is not None and topic.kind == "grant"
        # "a 5 % z tego?" in between: the grant computed last is still the one added up
        unit_code = topic.subject if topic is not None and on_grant else turn.session.grant_unit
        # "czyli razem mamy 1 771 160 z gminy plus 350 tysięcy z Cyfrowego Powiatu?": the user's own sum, checked
        own_sum = bool(re.search(r"\d", text)) and bool(SUM_SAID.search(text)) and len(detect_programmes(text)) >= 1
        if not unit_code or not TOGETHER.search(text) or not (HOW_MUCH.search(text) or own_sum):
            return None
        if re.search(r"\d", text) and not own_sum:
            return None
        if POOL.search(text):
            return None  # "ile jest w sumie pieniędzy na granty w cp?": the programme's allocation, not ours
        if not on_grant and not (detect_programmes(text) or OF_GRANTS.search(text)):
            return None  # "ile razem dni mamy na ankietę?" after another question: no sum of grants
        assert self.backends.grants is not None
        unit = self.backends.grants.find_unit(unit_code).unit
        for_whom = FOR_WHOM.search(strip_programmes(text, keep_if_empty=False) or text)
        if for_whom:
            # "a ile to razem dla gorzowa?" after another unit: a unit talked about whose name it begins
            stem = fold(for_whom.group("unit"))[:5]
            talked = [self.backends.grants.find_unit(code).unit for code in turn.session.units_seen()]
            fitting = [u for u in talked if u is not None and fold(u.name).startswith(stem)]
            if len(fitting) == 1:
                unit = fitting[0]
        if unit is None:
            return None
        allowed = programmes_for_unit(unit.code)
        base = topic.programme if topic is not None and on_grant else ""
        # a programme named for a sum is answered even where the unit may not apply ("nieuprawniona")
        wanted = [p for p in dict.fromkeys([base, *detect_programmes(text)]) if p and (p in allowed or own_sum)]
        if len(wanted) < 2:
            wanted = allowed
        g_said = turn.session.units_seen().get(unit.code, "") or (
            topic.g if topic is not None and on_grant and unit.code == unit_code else ""
        )
        g = _g(g_said)
        lines: list[str] = []
        total, upper = Decimal(0), False
        citations: list[str] = []
        for programme in wanted:
            result = await self._result_in(unit, programme, g if programme == "cg" else None)
            if result is None:
                continue
            name = programme_name(programme)
            citations += [c.human() for c in result.citations]
            if result.amount is not None:
                total += result.amount
                lines.append(texts.TOGETHER_EXACT.format(programme=name, amount=_zl(result.amount)))
            elif result.max is not None:
                total, upper = total + result.max, True
                template = texts.TOGETHER_NEEDS_G if programme == "cg" else texts.TOGETHER_MAX
                lines.append(template.format(programme=name, amount=_zl(result.max)))
            else:
                lines.append(texts.TOGETHER_NOT_ELIGIBLE.format(programme=name))
        if not lines:
            return None
        summed = (texts.TOGETHER_SUM_MAX if upper else texts.TOGETHER_SUM).format(amount=_zl(total))
        blocks: list[Any] = [title(texts.TOGETHER_TITLE.format(unit=unit.describe())), *(item(li) for li in lines)]
        blocks.append(summed)
        if citations:
            blocks.append(note("Źródła: " + "; ".join(dict.fromkeys(citations))))
        # several programmes talked about now: the next question ("czy możemy kupić laptopy?") is not one programme's
        topic = Topic("grant", programme="", subject=unit.code, g=g_said) if len(wanted) > 1 else None
        return done(turn, reply(*blocks), log=LogEntry("grant", text), session=_with_topic(turn.session, topic))

    async def _with_ours(self, turn: Turn, text: str) -> Result | None:
        """ "a sąsiednie Puszczykowo?" after our own grant, then "a razem ile?": our grant and the neighbour's, in the
        programme talked about, added up (both exact); None when the sum asked is another (a programme named, a unit
        named, our own unit talked about, figures said)."""
        topic = turn.session.topic
        if topic is None or topic.kind != "grant" or not TOGETHER.search(text) or not HOW_MUCH.search(text):
            return None
        unit_code, ours, programme = topic.subject, turn.session.unit_code or "", topic.programme
        if not ours or ours == unit_code or not programme or detect_programmes(text) or FOR_WHOM.search(text):
            return None
        if re.search(r"\d", text) or POOL.search(text):
            return None
        seen = turn.session.units_seen()
        if ours not in seen:
            return None
        amounts: list[tuple[Any, Decimal]] = []
        assert self.backends.grants is not None
        for code_ in (ours, unit_code):
            unit = self.backends.grants.find_unit(code_).unit
            g = _g(seen.get(code_, "")) if programme == "cg" else None
            result = await self._result_in(unit, programme, g) if unit is not None else None
            amount = getattr(result, "amount", None)
            if unit is None or amount is None:
                return None
            amounts.append((unit, amount))
        total = sum((a for _u, a in amounts), Decimal(0))
        blocks: list[Any] = [
            title(texts.TOGETHER_UNITS_TITLE.format(programme=programme_name(programme))),
            *(item(f"{u.describe()}: {_zl(a)}") for u, a in amounts),
            texts.TOGETHER_SUM.format(amount=_zl(total)),
        ]
        return done(turn, reply(*blocks), log=LogEntry("grant", text, programme=programme))

    async def _difference(self, turn: Turn, text: str) -> Result | None:
        """ "o ile więcej dostaliśmy niż Przodkowo?": our grant less the named neighbour's (both computed here), in the
        programme named, else Cyfrowa Gmina when both had their G given, else the one talked about."""
        asked = _DIFFERENCE.search(text)
        ours = turn.session.unit_code or ""
        seen = turn.session.units_seen()
        if asked is None or not ours or ours not in seen or self.backends.grants is None:
            return None
        stem = fold(asked.group("name") or asked.group("name2"))[:5]
        others = [
            code_
            for code_ in seen
            if code_ != ours
            and (u := self.backends.grants.find_unit(code_).unit) is not None
            and fold(u.name).startswith(stem)
        ]
        if len(others) != 1:
            return None
        named = detect_programmes(text)
        topic = turn.session.topic
        programme = (
            named[0]
            if len(named) == 1
            else "cg"
            if seen.get(ours) and seen.get(others[0])
            else (topic.programme if topic is not None else "")
        )
        if not programme:
            return None
        amounts: list[tuple[Any, Decimal]] = []
        for code_ in (ours, others[0]):
            unit = self.backends.grants.find_unit(code_).unit
            g = _g(seen.get(code_, "")) if programme == "cg" else None
            amount = await self.computed_amount(code_, programme, g)
            if unit is None or amount is None:
                return None
            amounts.append((unit, amount))
        (us, a), (them, b) = amounts
        line = texts.GRANT_DIFFERENCE.format(
            programme=programme_name(programme),
            us=us.describe(),
            a=_zl(a),
            them=them.describe(),
            b=_zl(b),
            diff=_zl(abs(a - b)),
            more="więcej" if a >= b else "mniej",
        )
        return done(turn, reply(line), log=LogEntry("grant", text, programme=programme))

    async def _result_in(self, unit: Any, programme: str, g: Decimal | None) -> Any:
        """The unit's GrantResult in one programme (None when the calculator gives none for it)."""
        lookup = await self._compute(unit, [programme], g)
        return next((r for r in lookup.results if str(r.programme.value) == programme), None)

    async def computed_amount(self, unit_code: str, programme: str, g: Decimal | None) -> Decimal | None:
        """The exact grant computed for a unit in a programme (None when only a range is known)."""
        assert self.backends.grants is not None
        unit = self.backends.grants.find_unit(unit_code).unit
        if unit is None:
            return None
        result = await self._result_in(unit, programme, g)
        amount: Decimal | None = getattr(result, "amount", None)
        return amount

    def _find(self, query: str) -> Any:
        """find_unit, retried with the unit's words in the nominative ('gminy wiejskiej Suwałki')."""
        assert self.backends.grants is not None
        nominative = unit_nominative(query)
        try:
            found = self.backends.grants.find_unit(query)
        except GrantbotError:
            if nominative == query:
                raise
            return self.backends.grants.find_unit(nominative)
        if found.unit is None and nominative != query and max((c.score for c in found.candidates), default=0) < 99:
            try:  # "miasta Oleśnica": the level word's case kept the name from matching exactly
                better = self.backends.grants.find_unit(nominative)
            except GrantbotError:
                return found
            if better.unit is not None or max((c.score for c in better.candidates), default=0) >= 99:
                return better
        return found

    def registered(self, name: str) -> bool:
        """A bare name is a unit when the register knows it (an inflected form close enough), not any word."""
        try:
            found = self._find(name)
        except GrantbotError:
            return False
        return found.unit is not None or max((c.score for c in found.candidates), default=0) >= BARE_NAME_SCORE

    def choices(
        self, turn: Turn, query: str, candidates: Any, purpose: str, *, programme: str = "", g: Decimal | None = None
    ) -> Result:
        ranked = list(candidates)
        top = max((c.score for c in ranked), default=0.0)
        tied = [c for c in ranked if c.score >= top - 0.5]
        if len(tied) >= 2 and all(c.score < top - 10 for c in ranked if c not in tied):
            # "Mszana Dlna": the two Mszana Dolna, not also "Mszana" far behind – "ta wiejska" then picks one
            ranked = tied
        exact = [c for c in ranked if c.score >= 99]
        if len(exact) >= 2:
            ranked = exact  # "z Lubania": the two units named Lubań, not also Lubenia and Lubanie spelt near it
        shown = [c.unit for c in ranked[:8]]
        choices = tuple(Choice(unit.code, unit.describe()) for unit in shown)
        out = reply(texts.CHOOSE_UNIT.format(query=query), buttons=_unit_buttons(shown, purpose), kind="choice")
        pending = Pending(kind="unit", purpose=purpose, choices=choices, programme=programme, g=str(g or ""))
        entry = LogEntry("grant" if purpose == "grant" else "command", query)
        return Outcome((out,), entry), turn.session.with_(pending=pending)

    def resolve(self, query: str, *, hint: str = "", said: str = "") -> tuple[Any, Any]:
        """(the unit, the search): the unit is None when the name fits several units ('Kościerzyna'),
        unless a level word picks one ('gmina Suwałki' is the rural gmina, not the city), or the kind and
        region the user said of their unit before ('miejsko-wiejska z wielkopolski') leave one."""
        found = self._powiat_of_city(query, self._find(query), office=bool(_STAROSTWO.search(said or "")))
        unit = found.unit if found.unit is not None else by_level_word(unit_nominative(query), found.candidates)
        if unit is None and hint and found.candidates:
            unit = self._by_hint(query, hint, found.candidates)
        if unit is None and len(found.candidates) == 1 and found.candidates[0].score >= SOLE_CANDIDATE_SCORE:
            # "miasto ustrzykach dolnych": one unit of that name, only its kind said differently – nothing to choose
            unit = found.candidates[0].unit
        if unit is None and said and found.candidates:
            unit = kind_beside(said, found.candidates)  # "piszę z gminy Nowy Targ (wiejska)"
        return unit, found

    def near_town(self, text: str, candidates: Any) -> Any:
        """ "gmina Jarocin koło Pleszewa": of several units of that name, the one in the województwo of the town it lies
        near (Pleszew is in wielkopolskie, so the Jarocin there), else None."""
        near = re.search(r"(?i)\b(?:ko[lł]o|pod|obok|niedaleko|nieopodal|blisko)\s+(?P<town>[^\W\d][\w-]+)", text)
        if near is None or not candidates:
            return None
        try:
            town, found = self.resolve(near.group("town"))
        except GrantbotError:
            return None
        places = [town] if town is not None else [c.unit for c in found.candidates[:3] if c.score >= 80]
        regions = {u.code[:2] for u in places}
        if len(regions) != 1:
            return None
        region = regions.pop()
        fitting = [c.unit for c in candidates if c.unit.code.startswith(region)]
        return fitting[0] if len(fitting) == 1 else None

    def _powiat_of_city(self, query: str, found: Any, *, office: bool) -> Any:
        """ "powiat Konin" (as "starostwo powiatowe w Koninie" is read) found the city with powiat rights: its office
        is a urząd miasta, a starostwo is the powiat ziemski named after the city (koniński) – that powiat when the
        user said "starostwo" and the name leaves one, else both offered."""
        city = found.unit
        if (
            self.backends.grants is None
            or city is None
            or not city.is_city_with_powiat_rights
            or not re.match(r"(?i)powiat\w*\s+(?-i:[A-ZĄĆĘŁŃÓŚŹŻ])", query.strip())
        ):
            return found
        named_after = self.backends.grants.registry.powiats_named_after(city)
        if office and len(named_after) == 1:
            note_ = texts.STAROSTWO_IN_CITY.format(powiat=named_after[0].describe(), city=city.name)
            return replace(found, unit=named_after[0], notes=(*found.notes, note_))
        if not named_after:
            return found
        offered = (*(Candidate(u, 99.5) for u in named_after), Candidate(city, 99.0))
        return replace(found, unit=None, candidates=offered)

    def _full_name_talked(self, turn: Turn, query: str) -> str:
        """ "a ta miejska Ostrow?" while talking about Ostrów Mazowiecka: the first word of a two-word name of a unit
        of this conversation is that name (not gmina Ostrów in another województwo); a region or powiat said keeps
        the query as it is."""
        if self.backends.grants is None or region_named(query) or re.search(r"(?i)\b(?:pow\.|powiat\w*|woj\.)", query):
            return query
        session = turn.session
        folded = fold(query)
        for code_ in dict.fromkeys([session.unit_code, session.grant_unit, *session.units_seen()]):
            unit = self.backends.grants.find_unit(code_).unit if code_ else None
            words = fold(unit.name).split() if unit is not None else []
            if unit is None or len(words) < 2 or words[1] in folded.split():
                continue
            said = re.search(rf"(?<!\w){re.escape(words[0])}(?!\w)", folded)
            if said is not None:
                return f"{query[: said.start()]}{unit.name}{query[said.end() :]}"
        return query

    def _by_hint(self, query: str, hint: str, candidates: Any) -> Any:
        """The one candidate that fits what the user said of their unit's kind and region."""
        try:
            kind, _, region = hint.partition(" z ") if not hint.startswith("z ") else ("", "", hint[2:])
            level = "gmina " if kind and not query.casefold().startswith(("gmin", "miast")) else ""
            parts = (f"{level}{kind}".strip(), query, f"z {region}" if region else "")
            narrowed = self._find(" ".join(part for part in parts if part))
        except GrantbotError:
            return None
        offered = {c.unit.code for c in candidates}
        if narrowed.unit is not None:
            return narrowed.unit if narrowed.unit.code in offered else None
        kept = [c.unit for c in narrowed.candidates if c.unit.code in offered]
        return kept[0] if len(kept) == 1 else None

    async def request(
        self,
        turn: Turn,
        query: str,
        named: list[str] | None,
        g: Decimal | None,
        *,
        log_text: str,
        carried: tuple[str, ...] = (),
    ) -> Result:
        assert self.backends.grants is not None
        query = self._full_name_talked(turn, query)
        unit, found = self.resolve(
            query, hint=turn.session.unit_hint, said=log_text if _STAROSTWO.search(log_text) else ""
        )
        if found.unit is None:
            if unit is None and len(found.candidates) == 1 and found.candidates[0].score >= SOLE_CANDIDATE_SCORE:
                unit = found.candidates[0].unit  # "dla Zakopanego": one unit of that name, nothing to choose
            notes: tuple[str, ...] = ()
            if unit is None:
                unit = kind_beside(log_text, found.candidates)  # "Zamosc miasto – cyfrowa gmina, G …"
            if unit is None:
                unit = near_place(turn.text, found.candidates)  # "Michałowice koło Krakowa"
            if unit is None:
                unit = in_region(turn.text, found.candidates)  # "gminy Dobra (woj. wielkopolskie)"
            if unit is None:
                unit = talked_about(found.candidates, turn.session)
                if unit is not None:
                    notes = picked_near(unit, found.candidates)
            if unit is not None:
                return await self.for_unit(turn, unit, named, g, log_text=log_text, carried=carried, notes=notes)
            return self.choices(
                turn, query, found.candidates, "grant", programme=named[0] if named and len(named) == 1 else "", g=g
            )
        return await self.for_unit(
            turn, found.unit, named, g, log_text=log_text, notes=tuple(found.notes), carried=carried
        )

    async def for_code(
        self, turn: Turn, unit_code: str, named: list[str] | None, g: Decimal | None, *, log_text: str
    ) -> Result:
        assert self.backends.grants is not None
        found = self.backends.grants.find_unit(unit_code)
        if found.unit is None:  # a stale or forged button: no such unit code
            return say(turn, UNKNOWN_UNIT.format(code=unit_code[:40]))
        return await self.for_unit(turn, found.unit, named, g, log_text=log_text)

    async def with_g(self, turn: Turn, unit_code: str, g: Decimal, *, log_text: str, programme: str = "cg") -> Result:
        try:
            check_index("G", g)
        except GrantbotError as exc:
            out = reply(f"{exc} {texts.G_RETRY}")
            return Outcome((out,)), turn.session.with_(
                pending=Pending(kind="g", unit_code=unit_code, programme=programme)
            )
        return await self.for_code(turn, unit_code, [programme], g, log_text=log_text)

    async def for_unit(
        self,
        turn: Turn,
        unit: Any,
        named: list[str] | None,
        g: Decimal | None,
        *,
        log_text: str,
        notes: tuple[str, ...] = (),
        carried: tuple[str, ...] = (),
    ) -> Result:
        from grants import GrantStatus
        from grants.render import headline

        assert self.backends.grants is not None
        if g is None and len(unit.code) == 7:
            g = g_value(turn.text)  # "to ile w cyfrowej gminie? G u nas 1950": the G said in the same message
        cg_asked = not named or "cg" in named
        if g is None and len(unit.code) == 7 and cg_asked and SAME_G.search(turn.text):
            # "a ci drudzy Michałowice … – przy takim samym G ile by mieli?": the G given last
            g = _last_g(turn.session)
        if g is None and len(unit.code) == 7 and cg_asked and not asks_without_g(turn.text):
            # "i jeszcze raz dla Łomianek ile było?": the G given for this unit earlier in the conversation
            g = _g(turn.session.units_seen().get(unit.code, ""))
        if g is not None:
            check_index("G", g)
        # A new grant request: the programme named, else the profile's; a follow-up names its own.
        context = turn.session.programme
        allowed = programmes_for_unit(unit.code)
        if context not in allowed:
            context = None  # a powiat asked about while the profile says Cyfrowa Gmina: show what it can get
        # A programme carried from the conversation that this unit cannot be in ("sorry, chodziło mi o powiat"
        # after Cyfrowa Gmina): say so, and show what it can get instead. One named now is answered as asked.
        refused = [p for p in carried if p not in allowed and not named]
        kept = [p for p in carried if p in allowed]
        wanted = named or kept or ([context] if context else None)
        lookup = await self._compute(unit, wanted, g, notes=notes, query=log_text)
        results = list(lookup.results)
        shown = [r for r in results if r.status is not GrantStatus.NOT_ELIGIBLE] or results
        blocks: list[Any] = [title(f"Grant dla: {unit.describe()}")]
        blocks += [note(n) for n in lookup.notes]
        population = next((i for r in shown for i in r.inputs if i.name == "L"), None)
        if population is not None:  # the number the CG formula uses, shown before the G is asked
            blocks.append(note(f"Liczba mieszkańców (L): {population.value} ({population.source})."))
        elif unit.population_2020 is not None:  # CP and CS: the unit's size, for the official's own check
            blocks.append(note(f"Liczba mieszkańców (GUS, 31.12.2020): {people(unit.population_2020)}."))
        if g is not None:
            blocks.append(note(f"Wskaźnik G podany w rozmowie: {_zl(g)}."))
        buttons: list[tuple[Button, ...]] = []
        needs_g = None
        g_text = _g_text(g)
        for result in shown:
            blocks.append(item(headline(result)))
            if result.status is GrantStatus.NOT_ELIGIBLE:
                blocks += [note(step[:1].upper() + step[1:]) for step in result.steps]  # why, and where else
            if result.missing:
                blocks.append(note("Brakuje: " + "; ".join(result.missing) + "."))
            if result.status is GrantStatus.NEEDS_INPUT and result.programme.value == "cg":
                needs_g = result
            action = f"gdet:{result.programme.value}:{unit.code}" + (f":{g_text}" if g_text else "")
            buttons.append((Button(f"Szczegóły: {get_programme(result.programme).name}", action),))
        hidden = [r.programme.value for r in results if r not in shown]
        shown_codes = {r.programme.value for r in shown}
        not_for = [p for p in dict.fromkeys(refused + hidden) if p in ONLY_FOR and p not in shown_codes]
        if not_for:
            names = ", ".join(f"{programme_name(p)} ({ONLY_FOR[p]})" for p in not_for)
            blocks.insert(1 if refused else len(blocks), note(f"Jednostka nieuprawniona w programie: {names}."))
        blocks.append(note("Źródła: " + "; ".join(dict.fromkeys(c.human() for r in shown for c in r.citations))))
        out = [reply(*blocks, buttons=tuple(buttons), kind="grant")]
        programme = shown[0].programme.value if len(shown) == 1 else ""
        topic = Topic("grant", programme=programme, subject=unit.code, g=g_text)
        session = turn.session.with_grant_seen(unit.code, g_text).with_(
            topic=topic, grant_unit=unit.code, offer=buttons[0][0].action if len(buttons) == 1 else ""
        )
        if needs_g is not None:
            out.append(reply(texts.ASK_G.format(unit=unit.describe())))
            session = session.with_(pending=Pending(kind="g", unit_code=unit.code, programme="cg"), offer="")
        else:
            session = session.with_(pending=None)
        entry = LogEntry("grant", log_text, answer_entry=f"grant:{unit.code}", programme=programme or None)
        return Outcome(tuple(out), entry), session

    async def details(
        self, turn: Turn, programme: str, unit_code: str, g: Decimal | None, *, among: list[str] | None = None
    ) -> Result:
        """The step-by-step computation, with the inputs the user gave (G kept from the request); `among`: the
        programmes to show when no one programme is asked for."""
        from grants.render import render_result

        assert self.backends.grants is not None
        found = self.backends.grants.find_unit(unit_code)
        wanted = [programme] if programme else among
        lookup = await self._compute(found.unit, wanted, g)
        described = found.unit.describe()
        inputs = [f"jednostka: {described}" + ("" if found.unit.code in described else f" ({found.unit.code})")]
        if g is not None:
            inputs.append(f"wskaźnik G: {_zl(g)} (podany w rozmowie)")
        text = "\n".join(render_result(r, details=True) for r in lookup.results)
        names = ", ".join(programme_name(r.programme.value) for r in lookup.results)
        blocks = [
            title(f"Szczegóły: {found.unit.describe()} – {names}"),
            note("Dane wejściowe: " + "; ".join(inputs) + "."),
            code(text),
        ]
        topic = Topic("grant", programme=programme, subject=found.unit.code, g=_g_text(g))
        entry = LogEntry(
            "grant",
            turn.text or f"[gdet {programme}:{unit_code}]",
            answer_entry=f"grant:{unit_code}",
            programme=programme or None,
        )
        session = turn.session.with_(topic=topic, grant_unit=found.unit.code, offer="")
        return done(turn, reply(*blocks, kind="grant"), log=entry, session=session)

    async def follow(
        self, turn: Turn, programme: str | None, level: str | None, unit_query: str | None = None
    ) -> Result | None:
        """'a w cs?' / 'a dla powiatu?' after a grant answer."""
        topic = turn.session.topic
        assert topic is not None and self.backends.grants is not None
        found = self.backends.grants.find_unit(topic.subject)
        unit = found.unit
        g = _g(topic.g)
        # CS takes every level: "a sam powiat?" after a CS grant stays in CS
        kept_cs = "cs" if topic.programme == "cs" else None
        if level == "powiat" and unit is not None and len(unit.code) == 7 and unit.powiat_code:
            powiat = self.backends.grants.find_unit(unit.powiat_code).unit
            return await self.for_unit(turn, powiat, [programme or kept_cs or "cp"], None, log_text=turn.text)
        if unit_query is not None:
            kind_only = KIND_ONLY.fullmatch(fold(unit_query.strip(" ?.!")))
            if kind_only and unit is not None and len(unit.code) == 7:
                # "a miasto?" after gmina wiejska Suwałki: the same name, the other kind of unit
                unit_query = f"{kind_query(kind_only.group('kind'))} {unit.name}"
            found = self._find(unit_query)
            if found.unit is None:
                narrowed = by_level_word(unit_nominative(unit_query), found.candidates)
                if narrowed is None:
                    return self.choices(turn, unit_query, found.candidates, "grant", programme=topic.programme)
                unit = narrowed
            else:
                unit = found.unit
            # the programme named now (even one the unit cannot be in: the reply says so), else the one carried
            # over when the new unit can be in it, otherwise all
            carried = (topic.programme,) if topic.programme and not programme else ()
            return await self.for_unit(
                turn, unit, [programme] if programme else None, None, log_text=turn.text, carried=carried
            )
        if level is not None and programme is None:
            programme = kept_cs or {"gmina": "cg", "powiat": "cp"}.get(level)
        if programme is None:
            return None
        return await self.for_unit(turn, unit, [programme], g if programme == "cg" else None, log_text=turn.text)


def _without_g_clause(text: str) -> str:
    """ "ile dostanie gmina Zator w cg przy G 1998,22?" -> "ile dostanie gmina Zator w cg?": the G and the word that
    led to it go, the question mark stays."""
    stripped = without_g(text).strip(" –—-,:;")
    core = stripped.rstrip("?!. ")
    return LEFT_BY_G.sub("", core) + stripped[len(core) :]


def _names_a_unit(said: str) -> bool:
    """ "Kraków", "gmina Liszki" name a unit; "gmina", "nasz powiat", "każda JST" only a kind of unit."""
    return not re.fullmatch(
        r"(?i)(?:(?:nasz|wasz|ka[zż]d|tak|ta|ten|to)\w*\s+)?(?:gmin|powiat|miast|wojew[oó]dztw|jst|jednost|samorz)\w*"
        r"(?:\s+(?:miejsk|wiejsk|miejsko-wiejsk|ziemsk)\w*)?",
        said.strip(),
    )


def _g_text(g: Decimal | None) -> str:
    return format(g.normalize(), "f") if g is not None else ""


FEATURE = Grants


def _gminy_count(count: int) -> str:
    """ "1 gmina", "3 gminy", "8 gmin", "22 gminy"."""
    return counted(count, "gmina", "gminy", "gmin")
