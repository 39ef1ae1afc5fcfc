"""What the user says about earlier turns: a correction ("sorry, nie 2048 tylko 2084", "pomyliłam gminy –
chodziło o Nysę", "nie, jednak powiat", "nie synology tylko urządzenie wielofunkcyjne") and a thing referred
to by its place in the list just judged ("a to ostatnie?", "a ten drugi w cs?") or all of it ("a oba w cs?").

The topic of the conversation decides what a corrected value is: a G or a unit after a grant, a thing
after a purchase verdict. Anything else is left to the features after this one.
"""

from __future__ import annotations

import re
from dataclasses import replace
from decimal import Decimal

from bot.dialogue.features.base import Feature, Result, Turn, context_programme, programme_name
from bot.dialogue.features.settlement import ADVISORY_ASKED
from bot.dialogue.parsing import detect_programmes, g_value, meant_programme, strip_programmes
from bot.dialogue.parsing.corrections import USED, Correction, all_listed, correction, listed_place
from bot.dialogue.parsing.quantities import priced, recounted
from bot.dialogue.session import Topic

# "powiat – oświęcimski, w cyfrowym powiecie": the level word and the name, whatever stands between them
_LEVEL_THEN_NAME = re.compile(r"(?i)^(?P<level>powiat\w*|gmin\w*|miast\w*|wojew[oó]dztw\w*)\s*[–—,:-]+\s*")
_LEVEL_ONLY = re.compile(r"(?i)^(?:na\s+|o\s+|w\s+)?(?P<level>powiat\w*|wojew[oó]dztw\w*)$")
# what follows the unit's name: "Nysę, też opolskie", "Gorlice w cg", "powiat limanowski (małopolska)"
_NAME_END = re.compile(r"(?i)\s*(?:[,;(]|\s[–—-]\s|\s+(?:te[zż]|w|we|z|ze|dla|bo|a)\s).*$")
# "dlaczego tak mało?", "na jakiej podstawie tylko 100 tys?", "czemu?": why the answer just given is what it is
_WHY = re.compile(
    r"(?i)^\W*(?:(?:a|i|ale|no|ok|hmm?)\W+)?(?:dlaczego|czemu|z\s+jakiego\s+powodu|na\s+jakiej\s+podstawie|"
    r"sk[aą]d\s+(?:tak|tyle|tylko|te|ta|ten|to))(?P<rest>(?:\s+[^\s?!.]+){0,5})\W*$"
)
# "… nie rozumiem", "… bo nie łapię": a remark after the question, not part of it
_NOT_GETTING = re.compile(r"(?i)[\s,.;?!–—-]+(?:bo\s+)?nie\s+(?:rozumiem|kumam|[lł]api[eę]|wiem\s+sk[aą]d)\W*$")
# what a why-question may say of an amount: "tak mało", "tylko minimum", "tylko 100 tys", "nie więcej"
_OF_AMOUNT = re.compile(
    r"(?i)^(?:\s+(?:tak|tylko|tyle|jest|wysz[lł]o|wychodzi|nam|mamy|nie|zł|zl|tys\.?|tysi\w*|\d[\d\s]*|"
    r"ma[lł]o|du[zż]o|minimum|minimaln\w*|maksimum|wi[eę]cej|mniej|kwot\w*|grant\w*|wynik\w*|r[oó][zż]nic\w*|"
    # "czemu tylko sto tysięcy?": the amount in words
    r"sto|dwie[sś]cie|trzysta|czterysta|\w+set|tysi[aę]c\w*|milion\w*|z[lł]otych))*$"
)
# a figure that can be a G (zł per inhabitant), not an amount in thousands
_G_RANGE = (Decimal(100), Decimal(20000))


class Recall(Feature):
    name = "recall"

    async def text(self, turn: Turn) -> Result | None:
        topic = turn.session.topic
        if topic is None:
            return None
        if topic.kind == "item":
            placed = self._listed(turn, topic)
            if placed is not None:
                return placed
        why = _WHY.match(_NOT_GETTING.sub("", turn.text.strip()))
        if why is not None and topic.subject and _OF_AMOUNT.match(why.group("rest")):
            if topic.kind == "grant":
                # "dlaczego tak mało?": the computation, with the G given for the unit
                grants = self.feature("grant")
                g = Decimal(topic.g) if topic.g else None
                return await grants.details(turn, topic.programme or "cg", topic.subject, g)
            if topic.kind == "item":
                # "dlaczego?" after a verdict: the verdict again, with what it rests on
                named = [topic.programme] if topic.programme else None
                return self.feature("purchase").judge(turn, topic.subject, turn.text, named, why=True)
        recount = await self._used_asked(turn, topic) or await self._recounted(turn, topic)
        if recount is not None:
            return recount
        found = correction(turn.text)
        if found is None:
            return None
        if topic.kind == "grant" and topic.subject:
            return await self._grant(turn, topic, found)
        if topic.kind == "item" and topic.subject:
            return self._item(turn, topic, found)
        if topic.kind == "report" and re.fullmatch(r"[\d\s.,]+(?:\s*(?:tys\w*|z[lł]))*\.?", found.right):
            # "sorry, nie 300 tylko 320 tys." after the grant given for the report: the grant corrected
            said = found.right if re.search(r"(?i)tys|z[lł]", found.right) else f"{found.right} zł"
            if re.search(r"(?i)tys", found.wrong) and not re.search(r"(?i)tys", said):
                said = f"{found.right} tys."
            elif not re.search(r"(?i)tys", said) and found.wrong and len(found.wrong.strip()) <= 4:
                said = f"{found.right} tys."  # "nie 300 tylko 320" after "300 tys.": the same unit
            again = ("a doradztwo? " if topic.subject == ADVISORY_ASKED else "") + f"grant mamy {said}"
            corrected: Result | None = await self.feature("settlement").text(Turn(turn.user, turn.session, again))
            return corrected
        return None

    async def _used_asked(self, turn: Turn, topic: Topic) -> Result | None:
        """ "a gdyby były poleasingowe?" after a verdict: the rule on used equipment in that programme."""
        if topic.kind != "item" or not topic.subject or not USED.search(turn.text) or len(turn.text.split()) > 8:
            return None
        programme = context_programme(turn)
        if not programme:
            return None
        question = f"czy można kupić używany sprzęt w programie {programme_name(programme)}?"
        result: Result = await self.feature("faq").ask(turn, question, programme, log_text=turn.text)
        return result

    async def _recounted(self, turn: Turn, topic: Topic) -> Result | None:
        """ "3 UPS-y po 2 000 zł netto" judged, then "przepraszam, nie 3 tylko 4 sztuki": that purchase recounted, and
        it stays the subject with its new count ("a netto?", "a gdyby 30?")."""
        again = recounted(topic.subject, turn.text) if topic.kind in ("item", "faq") else None
        if again is None:
            return None
        outcome, session = await self.feature("faq").ask(turn, turn.text)
        after = session.topic
        if after is not None and after.kind in ("item", "faq") and priced(after.subject) is None:
            session = session.with_(topic=replace(after, subject=again))
        return outcome, session

    def _listed(self, turn: Turn, topic: Topic) -> Result | None:
        """ "a to ostatnie?", "a ten drugi w cs?": the thing of that place in the list just judged."""
        listed = topic.listed or topic.subject
        things = listed.split("\n")
        if len(things) < 2:
            return None
        # "a w cyberbezpiecznym ten pierwszy?": the programme may come first
        bare = strip_programmes(turn.text, keep_if_empty=False) or turn.text
        placed = listed_place(bare)
        every = all_listed(bare) if placed is None else None
        if placed is not None:
            index, _ = placed
            if index >= len(things):
                return None
            thing = things[index]
        elif every is not None:
            thing = listed  # "a oba w cs?": the whole list judged again
        else:
            return None
        named = detect_programmes(turn.text) or ([topic.programme] if topic.programme else None)
        outcome, session = self.feature("purchase").judge(turn, thing, turn.text, named)
        if session.topic is not None:  # the list stays for the next "a ten pierwszy?"
            session = session.with_(topic=replace(session.topic, listed=listed))
        return outcome, session

    def _item(self, turn: Turn, topic: Topic, found: Correction) -> Result | None:
        """ "sorry, nie synology tylko urządzenie wielofunkcyjne Brother": the thing meant, judged as before."""
        if detect_programmes(found.right) or meant_programme(turn.text):
            return None  # "nie, pytałem o ten powiatowy": the programme corrected, not the thing
        thing = found.right.strip(" ,.;:–—-")
        if not thing or len(thing.split()) > 8:
            return None
        named = detect_programmes(turn.text) or ([topic.programme] if topic.programme else None)
        return self.feature("purchase").judge(turn, thing, turn.text, named)

    async def _grant(self, turn: Turn, topic: Topic, found: Correction) -> Result | None:
        """A G corrected ("nie 2048 tylko 2084"), the level changed ("nie, jednak powiat"), or another unit
        meant ("chodziło o Nysę") – the same grant question asked again for what was meant."""
        grants = self.feature("grant")
        named = detect_programmes(found.right) or detect_programmes(turn.text)
        right = strip_programmes(found.right, keep_if_empty=False).strip(" ,.;:–—-") or found.right
        g = g_value(f"G {right}") if re.fullmatch(r"[\d\s.,]+(?:\s*z[lł])?", right) else None
        if g is not None:
            if not _G_RANGE[0] <= g <= _G_RANGE[1] or topic.programme not in ("cg", ""):
                return None
            return await grants.with_g(turn, topic.subject, g, log_text=turn.text)
        right = _LEVEL_THEN_NAME.sub(lambda m: m.group("level") + " ", right)
        level = _LEVEL_ONLY.match(right)
        if level is not None:
            return await self._level(turn, topic, level.group("level"), named)
        # "Brzeziny w powiecie kaliskim" as said; "Nysę, też opolskie" without what follows the name
        names = (right.strip(" ,."), _NAME_END.sub("", right).strip(" ,."))
        name = next((n for n in names if n and grants.registered(n)), None)
        if name is None:
            return None
        # the programme named now; else the one talked about, refused with a word when this unit cannot be in it
        carried = (topic.programme,) if topic.programme and not named else ()
        return await grants.request(turn, name, named or None, None, log_text=turn.text, carried=carried)

    async def _level(self, turn: Turn, topic: Topic, level: str, named: list[str]) -> Result | None:
        """ "nie, jednak powiat": the powiat (or województwo) of the unit talked about."""
        code = topic.subject
        wanted_level = level.casefold()
        if wanted_level.startswith("powiat") and len(code) == 7:
            target = code[:4]
        elif wanted_level.startswith("wojew") and len(code) in (4, 7):
            target = code[:2]
        else:
            return None
        carried = (topic.programme,) if topic.programme and not named else ()
        return await self.feature("grant").request(
            turn, target, named or None, None, log_text=turn.text, carried=carried
        )


FEATURE = Recall
