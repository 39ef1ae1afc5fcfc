"""Elliptical follow-ups resolved against the previous turn's topic: "a w cs?", "a dla powiatu?",
"a laptop?", "ile to netto?". Each is handed to the feature that owns the topic."""

from __future__ import annotations

import contextlib
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
    programme_buttons,
    programme_name,
    programmes_for_unit,
    say,
)
from bot.dialogue.features.faq import GRANT_CARRIED
from bot.dialogue.features.settlement import ADVISORY_ASKED
from bot.dialogue.parsing import (
    FollowUp,
    asks_source,
    detect_programmes,
    disputes,
    follow_up,
    strip_programmes,
    unit_nominative,
)
from bot.dialogue.parsing.answers import NOT_BOUGHT, asks_contact
from bot.dialogue.parsing.corrections import CORRECTION_LEAD, USED, corrects
from bot.dialogue.parsing.followups import REMARK_AFTER, with_head
from bot.dialogue.parsing.grant_phrases import OUR_LEVEL
from bot.dialogue.parsing.openers import BACK_TO
from bot.dialogue.parsing.quantities import PER_PIECE, figure_asked, priced
from bot.dialogue.parsing.report import scaled
from bot.dialogue.replies import LogEntry, Outcome, note, reply
from bot.dialogue.session import Pending, Topic
from knowledge.errors import GrantbotError
from knowledge.normalize import fold

# what is a rule, not a thing: "z tym limitem", "z terminem", "z tą zasadą"
_RULE_THING = re.compile(
    r"(?i)limit|pro(?:g|gi|giem)\b|pr[oó]g|termin|zasad|wym[oó]g|regu[lł]|obowi[aą]z|kwot|procent|%|okres|stawk|"
    r"diagnoz|ankiet|trwa[lł]o|wnios|umow|rozlicz|nab[oó]r|dokument"
)
# "a w cg było tak samo z tym Excelem?": the programme, then the thing asked about there
_SAME_WITH = re.compile(
    r"(?i)^\W*(?:(?:a|i|no|to)\s+)?(?P<prog>w\s+[^,?]{2,30}?)\s+(?:by[lł]o(?:by)?|jest|b[eę]dzie)\s+tak\s+samo\s+z\s+"
    r"(?:(?:tym|t[aą]|tymi|t[eę]|tamtym|tamt[aą])\s+)?(?P<thing>[^?]{2,40}?)\W*$"
)

_BARE_ITEM = re.compile(r"^[\w][\w\s\-./+]{0,40}\??$")
_NOT_ITEM = re.compile(
    r"(?i)\b(?:czy|ile|jak|kiedy|kto|co|gdzie|dlaczego|czemu|jaki\w*|dzięki|dziękuję|cześć|"
    r"dzień\s+dobry|witam|pomoc|ok|super)\b"
    # "numer infolinii?", "mail do nich?": a contact asked, not a thing to buy
    r"|\b(?:infolini\w*|telefon\w*|kontakt\w*|e-?mail\w*|maila?|adres\w*|numer\w*)\b"
)
# "wracając do terminu końca projektu – gdzie to jest napisane?": an earlier subject, then a question about it
_BACK_TO_TOPIC = re.compile(
    rf"(?i)^\W*{BACK_TO}(?P<what>[^–—,:?-]{{3,60}}?)\s*[–—,:-]\s*"
    r"(?P<rest>.+)$"
)
# "(wracając do) gminy X", "nas", "tej pierwszej": a unit, not a subject of a rule
_UNIT_WORD = re.compile(
    r"(?i)\b(?:gmin\w*|powiat\w*|miast\w*|wojew\w*|nas|naszej|naszego|pierwsz\w*|drug\w*|grant\w*|kwot\w*|\d+)\b"
)
# "cofnij, chodziło mi o cyberbezpieczny samorząd", "nie, miałem na myśli CP": the programme meant instead
_PROGRAMME_MEANT = re.compile(
    r"(?i)^\W*(?:(?:cofnij|nie|sorry|sorki|przepraszam|pomy[lł]ka|[zź]le|pomyli[lł]\w*(?:\s+mi\s+si[eę])?)\W+)+"
    r"(?:(?:chodzi[lł]o|chodzi)\s+(?:mi|nam)\s+o|mia[lł](?:em|am)\s+na\s+my[sś]li|pyta[lł](?:em|am)\s+o|my[sś]la[lł](?:em|am)\s+o)"
    r"\s+(?P<what>.+?)\W*$"
)
# "nie to miałem na myśli – pytam, czy …", "źle mnie zrozumiałeś, chodzi o …": the question meant, said again
_NOT_MEANT = re.compile(
    r"(?i)^\W*(?:nie\s+(?:to\s+)?(?:mia[lł](?:em|am)\s+na\s+my[sś]li|o\s+to\s+(?:mi\s+)?chodzi[lł]o|o\s+to\s+pyta[lł](?:em|am))|"
    r"[zź]le\s+mnie\s+zrozumia[lł]\w*|nie\s+zrozumia[lł]\w*\s+mnie)\W+(?:(?:pytam|chodzi\s+mi\s+o\s+to|chodzi\s+o\s+to|"
    r"chodzi\s+mi\s+o|pyta[lł](?:em|am)(?:\s+o\s+to)?)\s*,?\s*)?(?P<rest>\w.{3,})$"
)
_BARE_WHY = re.compile(r"(?i)^\W*(?:a\s+|ale\s+)?(?:dlaczego|czemu|jak\s+to)(?:\s+tak|\s+nie)?\W*$")
_BORROWED = texts.OTHER_PROGRAMME.split("{", 1)[0]  # "Uwaga: ta odpowiedź dotyczy programu "
_LEVEL_PROGRAMME = {"gmina": "cg", "powiat": "cp", "województwo": "cs"}
# "(wracając do) powiatu", "gminy": a level alone, for the programme of that level
_BARE_LEVEL = re.compile(r"(?i)(?:tego\s+|naszego\s+|tej\s+|naszej\s+)?(?P<level>powiat|gmin)(?:u|y|a|ie)?")


# "200 tys", "2 mln", "1,2 mln zł", "150 000 zł": an amount said in a question or its correction
_FIGURE = re.compile(
    r"(?i)(?<![\w,.])(?P<n>\d{1,3}(?:[ .]\d{3})*(?:,\d{1,2})?|\d+(?:,\d+)?)\s*(?P<m>tys\w*\.?|k\b|mln\.?|milion\w*)?"
    r"(?:\s*(?:z[lł]|pln)\b\.?)?"
)
_PEOPLE = re.compile(r"(?i)mieszka[nń]\w*|ludno[sś]\w*|populac\w*")
# "dla szkoły podstawowej (…)", "do sekretariatu", "na potrzeby OPS": for whom a thing is bought, nothing else
_RECIPIENT = re.compile(r"(?i)^(?:dla|do|na\s+potrzeby)\s+[^\W\d]")
# A rule question about buying something ("skaner podatności wejdzie?", "czy możemy kupić UPS?"): an
# elliptic "a szkolenie z RODO?" after it asks about another purchase.
_PURCHASE_QUESTION = re.compile(
    r"(?i)\bkupi|\bzakup|kwalifikow|\bwejdzie\b|\bwchodzi\b|sfinansowa|\bprzejdzie\b|\bdokupi"
)


def _purchase_talk(topic: Topic | None, text: str) -> bool:
    """The previous turn was about purchases (an item judged, the set, or a rule question about buying) and
    this message names another item, not a condition ("a sprzęt używany może być w cp?" is the FAQ's)."""
    if topic is None:
        return False
    if topic.kind in ("item", "report", "document"):
        return True
    return topic.kind == "faq" and bool(_PURCHASE_QUESTION.search(topic.subject)) and not _CONDITION.search(text)


# A condition of buying rather than a thing bought: used or refurbished equipment, "może być", "można".
_CONDITION = re.compile(r"(?i)u[zż]ywan|poleasing|odnawian|refurb|mo[zż]e\s+by[cć]|\bmo[zż]na\b|warun")


# "a w tym drugim programie?", "a w tym innym?": the other of the two programmes the unit may be in
_OTHER_ONE = re.compile(r"(?i)^\W*(?:a|i)\s+(?:w|z|dla)\s+(?:tym|tamtym)\s+(?:drugim|innym)(?:\s+programie)?\W*$")


def _other_of_two(turn: Turn) -> Turn:
    """ "a w tym drugim programie?" after an answer in one programme: the same asked in the other one the user's unit
    (or the kind of unit said) may be in."""
    topic = turn.session.topic
    if topic is None or not topic.programme or not _OTHER_ONE.match(turn.text):
        return turn
    allowed = [p for p in programmes_for_unit(turn.session.unit_code, turn.session.level or "") if p != topic.programme]
    return Turn(turn.user, turn.session, f"a w {allowed[0]}?") if len(allowed) == 1 else turn


# "test bezpieczeństwa strony internetowej urzędu?", "EDR na 200 stanowisk?": a thing alone, asked
_BARE_THING = re.compile(
    # (not "a w cs jest diagnoza?": a follow-up with a verb asks whether there is one, not a verdict on a thing)
    r"(?i)(?!(?:a|i)\s)(?!.*\b(?:czy|ile|jak\w*|kiedy|kto|co|gdzie|dlaczego|czemu|kt[oó]r\w*|mo[zż]na|trzeba|musi\w*|"
    r"jest|s[aą]|by[lł]\w*|ma|maj[aą]|b[eę]dzie|infolini\w*|telefon\w*|kontakt\w*|e-?mail\w*|maila?|numer\w*)\b)"
    r"[^\W\d][\w-]*(?:\s+[\w-]+){0,6}\s*\?"
)
# "a gdyby to było w cyfrowym powiecie?": a programme supposed, not switched to
_SUPPOSED = re.compile(r"(?i)\b(?:gdyby|jakby)(?:[sś]my|m)?\b|\bje[sś]li\s+by")
# "z tej faktury", "z tych dokumentów", "z zestawu": the documents sent pointed at
_OF_THE_DOCUMENTS = re.compile(
    r"(?i)\bz\s+(?:t(?:ej|ych|ego)\s+)?(?:faktur\w*|fv|dokument\w*|zestaw\w*|raport\w*|protok\w*)\b"
)
# "to samo", "te same rzeczy", "tak samo": the things just judged
_SAME_AGAIN = re.compile(r"(?i)\b(?:to\s+samo|te\s+same|tak\s+samo|tego\s+samego|tych\s+samych)\b")
# "czy to przejdzie", "a to się zmieści": the documents just sent, pointed at
_THE_SET = re.compile(r"(?i)\b(?:to|te|ta|one|ono|ca[lł]o[sś][cć]|wszystko|faktur\w*|dokument\w*|zestaw\w*)\b")
# "czy to przejdzie w cp?", "rozliczymy to w cs?": a verdict on the documents asked of a programme
_VERDICT_ASKED = re.compile(
    r"(?i)przejd\w*|przej[sś][cć]|zmie[sś]ci\w*|przesz[lł]\w*|kwalifik\w*|rozlicz\w*|odpadn\w*|odpad\w*|uzna\w*"
)


# "te licencje", "ten serwer by przeszedł": a thing of this conversation pointed at by a demonstrative
_POINTED_THING = re.compile(r"(?i)(?:te|ten|ta|t[eę]|t[aą]|tych|tego|tej|tym|tamt\w+)\s+(?P<noun>\w{4,})")


class FollowUps(Feature):
    name = "followup"
    actions: ClassVar[dict[str, str]] = {"pick": "on_pick"}

    async def text(self, turn: Turn) -> Result | None:
        if asks_contact(turn.text):
            return None  # "podaj mi jeszcze telefon do operatora": a request to the bot, not a thing to buy
        topic = turn.session.topic
        if (
            topic is not None
            and topic.kind in ("faq", "item")
            and (figure_asked(turn.text) or (PER_PIECE.search(turn.text) and len(turn.text.split()) <= 6))
            and priced(topic.subject) is not None
        ):
            return None  # "a brutto za sztukę?" after a purchase computed: its figures, the FAQ's arithmetic
        topic = turn.session.topic
        named = detect_programmes(turn.text)
        if turn.session.unit_code and OUR_LEVEL.search(turn.text) and not (topic is not None and topic.kind == "grant"):
            # "a nasz powiat w cyfrowym powiecie?" after a rule about our gmina's grant: that unit's grant, not the
            # same rule in another programme
            return None
        if (
            topic is not None
            and topic.kind in ("report", "document")
            and len(named) == 1
            and _OF_THE_DOCUMENTS.search(turn.text)
        ):
            # "a laptopy z tej faktury mogłyby przejść w cyfrowym powiecie?": the documents checked in that programme
            there = await self._set_in_programme(turn, named[0])
            if there is not None:
                return there
        # "a ile z tego łącznie jest kwalifikowalne?" after a priced list
        purchases = self.feature("purchase")
        return purchases.listed_sum(turn) or purchases.only_failing(turn) or await self._text(turn)

    async def _text(self, turn: Turn) -> Result | None:
        turn = _other_of_two(turn)
        referred = self._programme_referred(turn)
        if isinstance(referred, tuple):
            return referred
        turn = referred
        topic = turn.session.topic
        back = (
            await self._when_there(turn)
            or await self._back_to(turn)
            or self._programme_and_recipient(turn)
            or self._same_thing(turn)
            or self._same_again(turn)
            or await self._set_in_named(turn)
        )
        if back is not None:
            return back
        if topic is not None:
            about = await self._about_previous(turn, topic)
            if about is not None:
                return about
        turn = _programme_meant(turn)
        found = _elliptic(turn.text, topic)
        if found is None:
            return self._bare_thing(turn) or self._thing_after_rule(turn)
        if found.net:
            return await self.feature("settlement").net(turn)
        if found.programme and found.item:
            thing, programme = self._earlier_thing(turn, found.item), found.programme
            if self.backends.classify is not None and _purchase_talk(topic, turn.text):
                return self.feature("purchase").judge(turn, thing, turn.text, [programme])
            if topic is not None and topic.kind == "grant" and self.backends.grants is not None:
                # "a powiat gnieźnieński w cp?" after a grant: another unit, in the programme named
                return await self._another_unit(turn, thing, programme)
            # "a w cp termin?" after a rule question: the FAQ reads it whole
            return await self._unit_in_programme(turn, thing, programme)
        if found.programme or found.level:
            return await self._other_programme(turn, found)
        if found.item and topic is not None and topic.kind == "grant" and self.backends.grants is not None:
            # "a miasto Suwałki?" after a grant: another unit, same programme
            return await self._another_unit(turn, found.item, None)
        if found.item and self._back_to_purchase(turn, found.item):
            # "a skanery?" after an off-topic question the bot could not answer: the purchase talk before it
            context = context_programme(turn, found.item)
            if context is None:
                return self._which_programme(turn, found.item)
            return self.feature("purchase").judge(turn, found.item, turn.text, [context])
        if found.item and self.backends.classify is not None and _purchase_talk(topic, turn.text):
            return self._next_thing(turn, found.item)
        return None

    async def _unit_in_programme(self, turn: Turn, item_text: str, programme: str) -> Result | None:
        """ "a Kraków w cyfrowej gminie?" after a rule question in a talk about grants: that unit's grant there (a
        thing to buy that sounds like a unit stays a thing, anything else is the FAQ's)."""
        said = _unit_words(item_text)
        grants = self.feature("grant")
        if not turn.session.grant_unit or self.backends.grants is None:
            return None
        # the name itself (an inflected form too), not a near spelling: "ankieta" is no "Łanięta"
        try:
            found = self.backends.grants.find_unit(unit_nominative(said)) if said.strip() else None
        except GrantbotError:
            return None  # "a drukarka z grantu cp?": no unit of that name at all
        if found is None or (found.unit is None and max((c.score for c in found.candidates), default=0) < 99):
            return None
        if self.feature("purchase").knows(said, programme, services=True):
            return None
        with contextlib.suppress(GrantbotError):
            return await grants.request(turn, said, [programme], None, log_text=turn.text)
        return None

    def _bare_thing(self, turn: Turn) -> Result | None:
        """ "test bezpieczeństwa strony internetowej urzędu?", "EDR na 200 stanowisk?" in a talk about buying (a
        verdict or a rule on things before): the next thing, judged – when the catalogue knows it after a rule."""
        topic = turn.session.topic
        said = turn.text.strip()
        if topic is None or topic.kind not in ("item", "faq") or not _BARE_THING.fullmatch(said):
            return None
        thing = said.rstrip("?").strip()
        programme = context_programme(turn, thing)
        if topic.kind == "faq":
            # after a rule: a thing of its own the catalogue knows, not a word of the rule just given ("diagnoza?"
            # after the diagnosis deadline asks about that rule)
            stems = {w[:5] for w in fold(thing).split() if len(w) > 3}
            if len(thing.split()) < 2 or stems & {w[:5] for w in fold(topic.subject).split()}:
                return None
            if not (programme and self.feature("purchase").knows(thing, programme, services=True)):
                return None
        return self._next_thing(turn, thing)

    def _next_thing(self, turn: Turn, item_text: str) -> Result:
        """ "a monitory?" in a talk about buying: judged in the programme in context; right after a thing judged
        in every programme, in every programme again; else the user is asked which."""
        topic = turn.session.topic
        programme = context_programme(turn, item_text)
        if programme is None and topic is not None and topic.kind == "item" and not topic.programme:
            return self.feature("purchase").judge(turn, item_text, turn.text, None)
        if programme is None:
            return self._which_programme(turn, item_text)
        return self.feature("purchase").judge(turn, item_text, turn.text, [programme])

    async def _when_there(self, turn: Turn) -> Result | None:
        """ "a w cg od kiedy i do kiedy?" after the cost window in CS: the same subject in that programme, asked so."""
        asked_there = _WHEN_THERE.match(turn.text)
        topic = turn.session.topic
        if asked_there is None or topic is None or topic.kind != "faq" or not topic.subject:
            return None
        named = detect_programmes(asked_there.group("where"))
        if len(named) != 1 or strip_programmes(asked_there.group("where"), keep_if_empty=False).strip():
            return None
        subject = strip_programmes(topic.subject, keep_if_empty=False).rstrip(" ?")
        asked = f"{subject} – {asked_there.group('asked').strip(' ?')}?"
        result: Result = await self.feature("faq").ask(turn, asked, named[0], log_text=turn.text)
        return result

    def _programme_referred(self, turn: Turn) -> Result | Turn:
        """ "a w tamtym pierwszym programie drukarki?", "a w obu skanery?": the thing judged in the programme(s)
        meant; a question there otherwise goes on said with the programme ("a w cg drukarki?")."""
        supposed = _SUPPOSED_THERE.match(turn.text)
        if supposed is not None and len(detect_programmes(supposed.group("where"))) == 1:
            # "a jakby to było w cyberbezpiecznym – internet dla sołectw?": that thing, asked in that programme
            code = detect_programmes(supposed.group("where"))[0]
            return Turn(turn.user, turn.session, f"a w {code} {supposed.group('item').strip(' ?')}?")
        referred = _programme_referred(turn)
        if referred is None:
            return turn
        programmes, item = referred
        if item and self.backends.classify is not None and self.feature("purchase").knows(item, programmes[0]):
            return self.feature("purchase").judge(turn, item, turn.text, programmes)
        if len(programmes) != 1:
            return turn
        return Turn(turn.user, turn.session, f"a w {programmes[0]} {item}?" if item else f"a w {programmes[0]}?")

    async def _back_to(self, turn: Turn) -> Result | None:
        """ "wracając do terminu końca projektu – gdzie to jest napisane?": that rule again, with its source;
        "wróćmy do tego laptopa – a gdyby był dla szkoły?": that thing again, judged in the programme talked about."""
        back = _BACK_TO_TOPIC.match(turn.text)
        if back is None:
            return None
        if asks_source(back.group("rest")):
            return await self.feature("faq").ask(turn, back.group("what").strip(), log_text=turn.text)
        thing = re.sub(r"(?i)^(?:tego|tej|tych|t[eę]|ten|naszego|naszej)\s+", "", back.group("what").strip())
        programme = _programme_of_thing(turn, thing) or context_programme(turn, turn.text)
        if programme and self.feature("purchase").knows(thing, programme):
            if re.search(r"\d", back.group("rest")) or _RULE_ABOUT_THING.search(back.group("rest")):
                # "wracając do tego serwera – kosztuje ok. 60 tys. netto, coś dodatkowego trzeba?", "… – czy do
                # rozliczenia potrzebny jest protokół odbioru?": a rule about it, not its verdict again
                asked = f"{thing} – {back.group('rest').strip()}"
                outcome, after = await self.feature("faq").ask(turn, asked, programme, log_text=turn.text)
                # the thing stays the subject: "a gdyby był używany?" next is about it
                return outcome, after.with_(topic=Topic("item", programme=programme, subject=thing))
            if USED.search(back.group("rest")):
                # "wracając do tego serwera – a gdyby był używany?": the condition on that thing, as right after it
                about = turn.session.with_(topic=Topic("item", programme=programme, subject=thing))
                return await self.dialogue.free_text(Turn(turn.user, about, back.group("rest").strip()))
            return self.feature("purchase").judge(turn, thing, turn.text, [programme])
        rest = back.group("rest").strip()
        # "wracając do rozliczenia w cs – toner też odpadnie?": the question after the dash, asked in the
        # programme the earlier subject names
        said = detect_programmes(back.group("what"))
        if len(rest.split()) < 2 and not (len(said) == 1 and rest.strip(" ?")):
            return None  # (but "wróćmy do cs – niszczarka?": one thing, in that programme)
        level = _BARE_LEVEL.fullmatch(back.group("what").strip())
        if not said and level:
            said = [
                _LEVEL_PROGRAMME["powiat" if level.group("level").casefold() == "powiat" else "gmina"]
            ]  # "wracając do powiatu – …": the powiat's programme
        if len(said) == 1 and not detect_programmes(rest):
            rest = f"{rest.rstrip(' ?')} w {programme_name(said[0])}?"
        elif not said and not level and not _UNIT_WORD.search(back.group("what")):
            # "wracając do trwałości – te 2 lata liczymy od 31.12.2023?": the subject named is part of the question
            rest = f"{back.group('what').strip()} – {rest}"
        result: Result = await self.dialogue.free_text(Turn(turn.user, turn.session, rest))
        return result

    def _programme_and_recipient(self, turn: Turn) -> Result | None:
        """ "czy laptopy można kupić z grantu?" answered for every programme, then "w cyfrowej gminie, dla szkoły
        podstawowej": the user says where and for whom – the same thing judged in that programme."""
        topic = turn.session.topic
        named = detect_programmes(turn.text)
        if not named and topic is not None and topic.kind == "item" and topic.programme:
            # "a dla pracowników OPS?" right after a thing judged in one programme: the same thing for them there
            named = [topic.programme]
        if topic is None or len(named) != 1 or not _purchase_talk(topic, "") or self.backends.classify is None:
            return None
        rest = strip_programmes(turn.text, keep_if_empty=False)
        rest = re.sub(r"(?i)^[\s,;:–—-]*(?:a\s+|i\s+)?(?:(?:w|we|z|ze)\s+)?[\s,;:–—-]*", "", rest)
        if not _RECIPIENT.match(rest) or _NOT_ITEM.search(rest) or "?" in rest.rstrip("?"):
            return None
        thing = topic.subject if topic.kind == "item" else self.feature("purchase").item_in(topic.subject)
        if not thing or not self.feature("purchase").knows(thing.split("\n")[0], named[0]):
            return None
        return self.feature("purchase").judge(turn, thing, turn.text, named)

    def _thing_after_rule(self, turn: Turn) -> Result | None:
        """ "a ups do serwerowni?" answered by a rule entry, then "niszczarka do dokumentów?": still purchases –
        only a thing the classifier knows (not a service like "diagnoza?", which may ask about the rule)."""
        topic = turn.session.topic
        named = detect_programmes(turn.text)
        # "pakiet office dla sekretariatu w cg?": a thing and a programme, nothing else
        item_text = re.sub(r"\s+(?:w|we|z|ze|dla|do)\s*$", "", strip_programmes(turn.text, keep_if_empty=False))
        item_text = item_text.rstrip("?").strip(" -–,")
        # "w cyfrowej gminie możemy kupić skanery do wydziału?": the thing, not "możemy kupić …"
        item_text = _MAY_BUY.sub("", item_text)
        in_talk = topic is not None and topic.kind in ("faq", "item")
        if not (in_talk or len(named) == 1) or self.backends.classify is None:
            return None
        words = item_text.split()
        if not item_text or not _BARE_ITEM.match(item_text + "?") or _NOT_ITEM.search(item_text) or len(words) > 6:
            return None
        programme = named[0] if len(named) == 1 else context_programme(turn, turn.text)
        if not programme:
            return None
        if self.feature("purchase").knows(item_text, programme):
            return self.feature("purchase").judge(turn, item_text, turn.text, [programme])
        return None

    async def _set_in_named(self, turn: Turn) -> Result | None:
        named = detect_programmes(turn.text)
        return await self._set_in_programme(turn, named[0]) if len(named) == 1 else None

    async def _set_in_programme(self, turn: Turn, programme: str) -> Result | None:
        """After the documents or a report: "czy to przejdzie w cyfrowym powiecie?" – the set checked in that
        programme (noted as the settlement's when none or it was said); "a gdyby to było w cs?", "a gdybyśmy to
        rozliczali w CS?" – checked there, the settlement's programme kept."""
        topic = turn.session.topic
        if topic is None or topic.kind not in ("report", "document"):
            return None
        own = turn.session.programme
        supposed = bool(_SUPPOSED.search(turn.text))
        if own and own != programme and (supposed or _VERDICT_ASKED.search(turn.text)):
            there: Result | None = await self.feature("settlement").supposed_in(turn, programme)
            return there
        if not _VERDICT_ASKED.search(turn.text) or not _THE_SET.search(turn.text):
            return None
        noted, session = (
            await self.feature("account").set_programme(turn, programme, said=True)
            if own != programme
            else (None, turn.session)
        )
        checked = await self.feature("settlement").summary_now(turn.with_session(session))
        if checked is None:
            return (noted, session) if noted is not None else None
        head = texts.PROGRAMME_NOTED if own != programme else "Program: {name}."
        out = reply(head.format(name=programme_name(programme)), checked)
        log = LogEntry("command", turn.text, programme=programme)
        return done(turn, out, log=log, session=session.with_(topic=topic))

    async def _other_programme(self, turn: Turn, found: FollowUp) -> Result | None:
        topic = turn.session.topic
        if topic is None:
            if found.amount and found.programme:
                # "ile max z cs?" as the first message: a question, not a statement of the programme;
                # the grant of the unit chosen before, or the programme's range from the FAQ
                unit_code = turn.session.grant_unit or turn.session.unit_code
                if unit_code and self.backends.grants is not None:
                    return await self.feature("grant").for_code(
                        turn, unit_code, [found.programme], None, log_text=turn.text
                    )
                return None
            if found.programme and not turn.text.casefold().lstrip().startswith(("a ", "i ")):
                # "cs" as the first message: the programme the user is in
                return await self.feature("account").set_programme(turn, found.programme, said=True)
            if found.programme:
                return say(turn, texts.FOLLOWUP_NO_TOPIC)
            return None
        programme = found.programme or _LEVEL_PROGRAMME.get(found.level or "")
        unit_code = turn.session.grant_unit or turn.session.unit_code
        own = turn.session.unit_code
        if found.programme and own and topic.kind != "grant" and found.programme not in programmes_for_unit(own):
            # "a cyfrowa gmina?" from a starostwo: the answer there, and that the user's unit cannot be in it
            answered = await self._other_programme_for(turn, found, topic, programme, unit_code)
            note_text = texts.OWN_UNIT_NOT_ELIGIBLE.format(
                unit=turn.session.unit_name or own, name=programme_name(found.programme)
            )
            if answered is None:
                return say(turn, note_text)
            outcome, after = answered
            return Outcome((*outcome.replies, reply(note(note_text))), outcome.log, outcome.ephemeral), after
        return await self._other_programme_for(turn, found, topic, programme, unit_code)

    async def _other_programme_for(
        self, turn: Turn, found: FollowUp, topic: Topic, programme: str | None, unit_code: str | None
    ) -> Result | None:
        if found.amount and found.programme and topic.kind != "grant" and unit_code and self.backends.grants:
            # "a cyberbezpieczny samorząd ile?" after a rule question: the grant of the unit talked about
            return await self.feature("grant").for_code(turn, unit_code, [found.programme], None, log_text=turn.text)
        if topic.kind == "grant" and self.backends.grants is not None:
            return await self.feature("grant").follow(turn, found.programme, found.level)
        if found.amount and topic.kind != "grant":
            return None  # "a w cg ile maksymalnie?" after a purchase question: the FAQ reads it whole
        if programme is None:
            return None
        if topic.kind == "item":
            return self.feature("purchase").judge(turn, topic.subject, turn.text, [programme])
        if topic.kind == "faq" and topic.subject and found.level and not found.programme:
            # "ile może dostać gmina w CS?" then "a dla powiatu?": the same question for another
            # kind of unit, in the same programme
            return await self.feature("faq").follow_level(turn, found.level)
        if topic.kind == "faq" and topic.subject:
            return await self.faq_in_programme(turn, found, programme)
        if topic.kind == "report" and topic.subject == ADVISORY_ASKED:
            # "mamy grant 280 000 – ile na doradztwo?", then "a w cg było tak samo z tym limitem?": the cap there
            # … the rule there, not the figure: the grant said for the report is this programme's, not that one's
            rule_only = turn.session.with_(topic=Topic("programme", programme=programme))
            asked = Turn(turn.user, rule_only, "jaki jest limit na usługi doradcze?")
            return await self.feature("faq").ask(asked, asked.text, programme, log_text=turn.text)
        checked = await self._set_in_programme(turn, programme)
        if checked is not None:
            return checked
        if topic.kind in ("report", "document", "programme"):
            return await self.feature("account").set_programme(turn, programme, said=True)
        return None

    async def faq_in_programme(self, turn: Turn, found: FollowUp, programme: str) -> Result | None:
        """The previous question asked again in another programme, or what stands in for its answer."""
        topic = turn.session.topic
        assert topic is not None
        outcome, session = await self.feature("faq").follow(turn, programme)
        unit = turn.session.grant_unit
        if (
            unit
            and topic.programme
            and programme != topic.programme
            and GRANT_CARRIED.search(topic.subject)
            and self.backends.grants is not None
        ):
            # "na doradztwo ile z tego?" after a unit's CG grant, then "a w cs?": that unit's grant there first, then
            # the rule asked about (the CG figure is no CS one)
            grant, _ = await self.feature("grant").for_code(turn, unit, [programme], None, log_text=turn.text)
            return Outcome((*grant.replies, *outcome.replies), outcome.log, outcome.ephemeral), session
        subject = topic.subject.rstrip("?").strip()
        borrowed = outcome.replies and outcome.replies[0].plain.startswith(_BORROWED)
        excluded = self._excluded_there(topic.subject, programme) if not borrowed else None
        if excluded is not None:
            # "czy słuchawki z mikrofonem możemy kupić?" in CG, then "pytam o cyber": CS excludes the thing – its
            # verdict, not a general list of what CS funds
            return self.feature("purchase").judge(turn, excluded, turn.text, [programme])
        if NOT_BOUGHT.search(subject):
            # "czy VAT jest kwalifikowalny w CG?", then "a w cs?": a rule on a tax, never a thing to buy
            return outcome, session
        item = self.feature("purchase").item_in(topic.subject, bare=False) if borrowed else None
        if borrowed and item is None and self.backends.classify is not None:
            # a rule question about a thing ("laptopy dla szkoły specjalnej") that this programme excludes
            judged = self.backends.classify(subject, programme)
            verdict = str(getattr(judged.verdict, "value", judged.verdict))
            if judged.matched and (verdict == "ineligible" or (verdict == "eligible" and len(subject.split()) <= 5)):
                # "czy ups można?" (CS's rule entry), then "a w cp?": the thing judged in CP
                item = judged.matched
        if item and self.backends.classify is not None:
            # "czy można kupić laptopy dla szkoły?" in CP, then "a w cyberbezpiecznym?": no rule entry
            # there, another programme's would mislead – the item judged in this one
            return self.feature("purchase").judge(turn, item, turn.text, [programme])
        if (
            outcome.replies[0].kind == "faq_abstained"
            and self.backends.classify is not None
            and (_bare_item(topic.subject))
        ):
            # "firewall?" then "a w cp?": no rule entry for it there, but the item can be judged.
            return self.feature("purchase").judge(turn, subject, turn.text, [programme])
        if (
            outcome.replies[0].kind == "faq_abstained"
            and found.programme
            and not topic.entry
            and turn.session.grant_unit
            and self.backends.grants is not None
        ):
            # a grant, then an off-topic question the bot could not answer, then "a w cyberbezpiecznym?":
            # the grant of the unit talked about, in that programme
            return await self.feature("grant").for_code(
                turn, turn.session.grant_unit, [found.programme], None, log_text=turn.text
            )
        return outcome, session

    def _excluded_there(self, subject: str, programme: str) -> str | None:
        """The thing a purchase question asked about, when the programme named excludes it."""
        if self.backends.classify is None:
            return None
        thing = self.feature("purchase").item_in(subject, bare=False)
        if not thing:
            return None
        judged = self.backends.classify(thing, programme)
        verdict = str(getattr(judged.verdict, "value", judged.verdict))
        return str(thing) if judged.matched and verdict == "ineligible" else None

    async def _another_unit(self, turn: Turn, item_text: str, programme: str | None) -> Result | None:
        """The grant of the unit a follow-up names ("a dla miasta Suwałki?"), in `programme` or the topic's."""
        query = _unit_words(item_text)
        grants = self.feature("grant")
        if not grants.registered(query) and self.feature("purchase").knows(query, programme or "cs", services=True):
            return None  # "a firewall?" after a grant: a thing to buy, not a unit that sounds like it ("Rewal")
        try:
            return await self.feature("grant").follow(turn, programme, None, unit_query=query)
        except GrantbotError:
            return None

    async def _about_previous(self, turn: Turn, topic: Topic) -> Result | None:
        """A message about the previous answer itself: its figure corrected, the answer doubted, its basis asked."""
        if topic.kind == "faq" and corrects(turn.text):
            again = await self._figure_corrected(turn, topic)
            if again is not None:
                return again
        if disputes(turn.text):
            checked = await self._checked_again(turn, topic)
            if checked is not None:
                return checked
        not_meant = _NOT_MEANT.match(turn.text)
        if not_meant and topic.kind == "faq" and topic.subject:
            # "nie to miałem na myśli – pytam, czy liczymy od daty faktury": the question meant, about the same subject
            faq = self.feature("faq")
            rest = not_meant.group("rest")
            programme = topic.programme or None
            # the meant question read with the subject before it ("od kiedy liczą się te 2 lata? czy liczymy od daty
            # faktury"), unless that only finds the answer just given again: then the question alone
            joined = f"{topic.subject} {rest}"
            together = await faq.answer(joined, programme)
            parts = tuple(getattr(together, "parts", ()))
            found = parts[-1] if parts else together
            asked = joined if not found.abstained and found.entry_id != topic.entry else rest
            meant: Result = await faq.ask(turn, asked, programme, log_text=turn.text)
            return meant
        bare_why = topic.kind == "faq" and bool(_BARE_WHY.match(turn.text))
        if bare_why and topic.subject and not asks_source(turn.text):
            # "a dlaczego nie?" after a rule: the rule again – its reasons and its source
            faq = self.feature("faq")
            programme = topic.programme or None
            result: Result = await (faq.follow(turn, programme) if programme else faq.ask(turn, topic.subject))
            source = await self._source_of(turn, topic)
            if source is None:
                return led_by(texts.WHY_RULE, result)
            outcome, session = result
            return Outcome((*source[0].replies, *outcome.replies), outcome.log, outcome.ephemeral), session
        if asks_source(turn.text) or bare_why:
            # "dlaczego?" after a rule: the rule again with what it rests on, not a new question
            return await self._source_of(turn, topic)
        return None

    async def _figure_corrected(self, turn: Turn, topic: Topic) -> Result | None:
        """ "grant mamy 200 tys, ile na doradztwo?" then "pomyłka, miało być 2 mln": the same question with the
        figure corrected – the message says nothing but the new figure."""
        new = _FIGURE.search(turn.text)
        old = list(_FIGURE.finditer(topic.subject))
        if new is None or len(old) != 1 or _FIGURE.sub(" ", CORRECTION_LEAD.sub("", turn.text)).strip(" ,.!?–—-:;"):
            return None
        if scaled(new.group("n"), new.group("m") or "") is None:
            return None
        asked = topic.subject[: old[0].start()] + new.group(0).strip() + topic.subject[old[0].end() :]
        return await self.dialogue.free_text(Turn(turn.user, turn.session.with_(topic=None), asked))

    async def _checked_again(self, turn: Turn, topic: Topic) -> Result | None:
        """ "jesteś pewien? w regulaminie jest inaczej": the previous answer again, with its basis – the documents
        decide, not what either side remembers."""
        programme = topic.programme or None
        if topic.kind == "faq" and topic.subject:
            faq = self.feature("faq")
            result = await (faq.follow(turn, programme) if programme else faq.ask(turn, topic.subject))
        elif topic.kind == "item" and topic.subject and self.backends.classify is not None:
            result = self.feature("purchase").judge(turn, topic.subject, turn.text, [programme] if programme else None)
        elif topic.kind == "grant" and topic.subject and self.backends.grants is not None and _PEOPLE.search(turn.text):
            # "chyba coś nie tak, Wieliczka ma jakieś 24 tysiące mieszkańców": the unit's population and its source
            outcome, after = await self.feature("grant").population(turn, topic.subject)
            mixed = len(topic.subject) == 7 and topic.subject[-1] == "3"  # a gmina miejsko-wiejska
            whole = (reply(note(texts.WHOLE_MIXED_GMINA)),) if mixed else ()
            return led_by(
                texts.DISPUTED_POPULATION, (Outcome((*outcome.replies, *whole), outcome.log, outcome.ephemeral), after)
            )
        elif topic.kind == "grant" and topic.subject and topic.programme and self.backends.grants is not None:
            g = Decimal(topic.g) if topic.g else None
            result = await self.feature("grant").details(turn, topic.programme, topic.subject, g)
        else:
            return None
        where = f" programu {programme_name(programme)}" if programme else ""
        return led_by(texts.DISPUTED.format(programme=where), result)

    async def _source_of(self, turn: Turn, topic: Topic) -> Result | None:
        """ "skąd to wiecie?" after an answer: the documents and points that answer rests on, for its programme."""
        faq = self.backends.faq
        entry = faq.by_id.get(topic.entry) if faq is not None and topic.entry else None
        if topic.kind == "faq" and entry is not None and entry.citations:
            cited = [c.human() for c in entry.citations]
            if topic.programme:  # an entry shared by the programmes: the programme talked about first
                name = programme_name(topic.programme)
                cited = [c for c in cited if c.startswith(name)] or cited
            head = texts.SOURCE_OF_ANSWER.format(
                programme=f" ({programme_name(topic.programme)})" if topic.programme else ""
            )
            log = LogEntry("faq", turn.text, programme=topic.programme or None)
            return say(turn, head + " " + "; ".join(cited) + ".", log=log)
        if topic.kind == "item" and topic.subject and topic.programme and self.backends.classify is not None:
            return self.feature("purchase").judge(turn, topic.subject, turn.text, [topic.programme])
        if topic.kind == "grant" and topic.subject and self.backends.grants is not None:
            # "skąd to wiesz?", "podaj paragraf" after a grant: the computation step by step, each step with its source
            g = Decimal(topic.g) if topic.g else None
            grants = self.feature("grant")
            if topic.programme:
                return await grants.details(turn, topic.programme, topic.subject, g)
            return await grants.for_code(turn, topic.subject, None, g, log_text=turn.text)
        return None

    def _same_again(self, turn: Turn) -> Result | None:
        """ "a gdybyśmy to samo chcieli w cyberbezpiecznym?" after a verdict: the same things, judged there."""
        topic = turn.session.topic
        named = detect_programmes(turn.text)
        if (
            topic is None
            or topic.kind != "item"
            or not topic.subject
            or len(named) != 1
            or self.backends.classify is None
        ):
            return None
        if not _SAME_AGAIN.search(turn.text):
            return None
        return self.feature("purchase").judge(turn, topic.subject, turn.text, named)

    def _same_thing(self, turn: Turn) -> Result | None:
        """ "a w cg było tak samo z tym Excelem?" after a verdict or a rule: that thing, judged there."""
        same = _same_with(turn)
        if same is None or self.backends.classify is None:
            return None
        thing, programme = same
        return self.feature("purchase").judge(turn, self._earlier_thing(turn, thing), turn.text, [programme])

    def _earlier_thing(self, turn: Turn, said: str) -> str:
        """ "a biurowe w cg?" after "pakiet biurowy Microsoft Office" was judged: the thing of this conversation the
        one word stands for, when the catalogue does not know the word alone; "a w cs te licencje by przeszły?"
        after "licencje office": the ones pointed at, even where the catalogue knows the bare word."""
        if self.backends.classify is None:
            return said
        things = [n.split("\x1f", 1)[0].split(":")[1] for n in turn.session.notes if n.startswith("item:")]
        pointed = _POINTED_THING.match(said)
        if pointed is not None:
            stem = fold(pointed.group("noun"))[:5]
            fitting = [t for t in things if any(fold(w).startswith(stem) for w in t.split())]
            return fitting[-1] if fitting else said
        words = said.split()
        if len(words) != 1 or len(said) < 5:
            return said
        if self.backends.classify(said, "cg").matched:
            return said
        stem = fold(said)[:5]
        fitting = [t for t in things if any(fold(w).startswith(stem) for w in t.split())]
        return fitting[-1] if fitting else said

    def _back_to_purchase(self, turn: Turn, item_text: str) -> bool:
        """The previous question went unanswered and the follow-up names a known kind of purchase."""
        topic = turn.session.topic
        if self.backends.classify is None or topic is None or topic.kind != "faq" or topic.entry:
            return False
        if re.match(r"(?i)\s*(?:a\s+)?na\s", turn.text) and re.search(r"\bz \d+(?:\.\d+)? zł", topic.subject):
            return False  # "a na doradztwo?" after "a ile z tego (the grant) na szkolenia?": a share, not a purchase
        programme = context_programme(turn, item_text) or "cg"
        return getattr(self.backends.classify(item_text, programme), "category", None) is not None

    def _which_programme(self, turn: Turn, item_text: str) -> Result:
        out = say(turn, texts.WHICH_PROGRAMME.format(subject=item_text), buttons=programme_buttons("pick"))
        outcome, _ = out
        pending = Pending(kind="which_programme", purpose="item", unit_code=item_text[:200])
        return outcome, turn.session.with_(pending=pending)

    async def on_pick(self, turn: Turn, programme: str) -> Result:
        pending = turn.session.pending
        session = turn.session.with_(pending=None)
        if pending is None or pending.kind != "which_programme":
            return await self.feature("account").set_programme(turn.with_session(session), programme)
        if pending.purpose == "faq":  # the question asked without a programme, now answered for the one picked
            return await self.feature("faq").ask(
                turn.with_session(session), pending.unit_code, programme, log_text=f"[program {programme}]"
            )
        return self.feature("purchase").judge(
            turn.with_session(session), pending.unit_code, pending.unit_code, [programme]
        )

    async def pending(self, turn: Turn) -> Result | None:
        from bot.dialogue.parsing import detect_programmes, ordinal_choice, programme_from_arg

        pending = turn.session.pending
        assert pending is not None
        named = detect_programmes(turn.text)
        number = ordinal_choice(turn.text)
        if number is None and _OTHER_ONE.match(turn.text):
            number = 2  # "a w tym drugim programie?" at the buttons: the second one offered
        offered = [choice.code for choice in pending.choices]
        if number is not None and offered:
            # the buttons' order: "ten drugi" at [Cyfrowy Powiat, Cyberbezpieczny Samorząd] is CS
            return await self.on_pick(turn, offered[number - 1]) if 1 <= number <= len(offered) else None
        if len(named) == 1 or (number is not None and 1 <= number <= 3):
            code_ = named[0] if named else programme_from_arg(str(number))
            return await self.on_pick(turn, code_)
        return None


def _unit_words(item_text: str) -> str:
    """ "a dla miasta Suwałki", "w Krakowie" -> the words that may name a unit, the preposition before them gone."""
    return re.sub(r"(?i)^(?:a\s+)?(?:dla|w|we|z)\s+", "", item_text)


def _same_with(turn: Turn) -> tuple[str, str] | None:
    """ "a w cg było tak samo z tym Excelem?" after a verdict or a rule: (that thing, the programme named)."""
    same = _SAME_WITH.match(turn.text)
    topic = turn.session.topic
    if same is None or topic is None or topic.kind not in ("item", "faq") or _RULE_THING.search(same.group("thing")):
        return None  # "… tak samo z tym limitem?": a rule, asked there by the same-question follow-up
    named = detect_programmes(same.group("prog"))
    return (same.group("thing").strip(), named[0]) if len(named) == 1 else None


_MAY_BUY = re.compile(
    r"(?i)^(?:czy\s+)?(?:(?:my|te[zż]|jeszcze)\s+)?(?:mo[zż]emy|mo[zż]na|da\s+si[eę]|wolno\s+nam|mo[zż]na\s+by)\s+"
    r"(?:te[zż]\s+)?(?:kupi[cć]|zakupi[cć]|sfinansowa[cć]|rozliczy[cć]|wzi[aą][cć])\s+"
)


# "a jakby to było w cyberbezpiecznym – internet dla sołectw?", "a gdyby to było w cp – skanery?"
_SUPPOSED_THERE = re.compile(
    r"(?i)^\W*(?:a|i)\s+(?:jak(?:\s*by)?|gdyby)\s+(?:to\s+)?(?:by[lł]o|wygl[aą]da[lł]o)\s+(?:w|we|z)\s+"
    r"(?P<where>[^–—:-]+?)\s*[–—:-]\s*(?P<item>[^?]+?)\s*\??\s*$"
)
# "a w cg od kiedy i do kiedy?": only when, asked of another programme about the same subject
_WHEN_THERE = re.compile(
    r"(?i)^\W*(?:a|i|to)\s+(?:w|we|z|dla)\s+(?P<where>[\w\s]+?)\s+(?P<asked>(?:od|do)\s+kiedy"
    r"(?:\s+(?:i|a)\s+(?:od|do)\s+kiedy)?)\s*\??\s*$"
)
# "a w tamtym pierwszym programie drukarki?", "a w poprzednim?", "a w obu skanery?": a programme talked about before
_PROGRAMME_REFERRED = re.compile(
    r"(?i)^\W*(?:a\s+|i\s+|to\s+)?(?:w|we|dla|z)\s+(?P<which>(?:tamtym|tym)(?:\s+(?:pierwszym|drugim|trzecim|ostatnim|"
    r"poprzednim|wcze[sś]niejszym))?|"
    r"pierwszym|drugim|trzecim|ostatnim|poprzednim|wcze[sś]niejszym|obu|obydwu|obydw[oó]ch|obu\s+tych)(?:\s+program\w*)?"
    r"(?:\s*[,–—-]\s*|\s+)?(?P<item>[^?]*?)\s*\??\s*$"
)


# "czy do rozliczenia potrzebny jest protokół?", "co musimy do niej dołączyć?": a rule asked about a thing
_RULE_ABOUT_THING = re.compile(
    r"(?i)protok[oó][lł]\w*|dokument\w*|do[lł][aą]cz\w*|za[lł][aą]cz\w*|potrzebn\w*|wymag\w*|trzeba|musimy|"
    r"\bbaz\w*|konkurencyj\w*|termin\w*|kiedy|ile\s+czasu|jak\s+d[lł]ugo|gwarancj\w*|trwa[lł]o\w*|faktur\w*|"
    r"rozlicz\w*|zam[oó]wieni\w*|przetarg\w*"
)


def _programme_of_thing(turn: Turn, thing: str) -> str | None:
    """ "wracając do tej macierzy – …" after a question about another programme: the programme the thing was talked
    about in (its verdict noted), else the conversation's own programme (a question in passing about another one does
    not move what "this" is); None when the message names one itself."""
    if detect_programmes(turn.text):
        return None
    stem = fold(thing.split()[0])[:5] if thing.split() else ""
    by_name = {programme_name(code).casefold(): code for code in ("cg", "cp", "cs")}
    for note_ in reversed(turn.session.notes):
        key = note_.split("\x1f", 1)[0]
        if key.startswith("item:") and stem and stem in fold(key):
            return by_name.get(key.rsplit(":", 1)[-1].casefold())
    return turn.session.programme


def _programme_meant(turn: Turn) -> Turn:
    """ "cofnij, chodziło mi o cyberbezpieczny samorząd", "nie, chodziło mi o cyfrowy powiat – jesteśmy powiatem":
    the previous question, in the programme meant."""
    meant = _PROGRAMME_MEANT.match(turn.text)
    what = REMARK_AFTER.sub("", meant.group("what")) if meant else ""
    named = detect_programmes(what)
    if meant and len(named) == 1 and not strip_programmes(what, keep_if_empty=False).strip(" ,.?!"):
        return Turn(turn.user, turn.session, f"a w {named[0]}?")
    return turn


def _programmes_talked(session: Any) -> list[str]:
    """The programmes this conversation talked about, oldest first (by its notes: verdicts, rules, grants)."""
    by_name = {programme_name(code).casefold(): code for code in ("cg", "cp", "cs")}
    order: list[str] = []
    for note_ in session.notes:
        key = note_.split("\x1f", 1)[0].casefold()
        found = [code for name, code in by_name.items() if name in key]
        for code in found:
            if code in order:
                order.remove(code)
            order.append(code)
    return order


def _programme_referred(turn: Turn) -> tuple[list[str], str] | None:
    """(the programmes meant, the thing asked) of "a w tamtym pierwszym programie drukarki?" or "a w obu skanery?";
    None when the message refers to no earlier programme or the conversation has not talked about enough."""
    said = _PROGRAMME_REFERRED.match(turn.text)
    topic = turn.session.topic
    if said is None or detect_programmes(turn.text):
        return None
    talked = _programmes_talked(turn.session)
    item = said.group("item").strip(" ,.")
    if fold(said.group("which")).startswith("ob"):
        return (talked[-2:], item) if len(talked) >= 2 else None
    if said.group("which").casefold() == "tym":
        return None  # "a w tym programie?": the one talked about, the follow-ups' own
    which = fold(said.group("which"))
    ordinal = next(
        (i for word, i in (("pierwsz", 0), ("drugi", 1), ("trzeci", 2), ("ostatni", -1)) if word in which), None
    )
    if ordinal is not None and len(talked) >= 2 and (ordinal < len(talked)):
        # "a w tym pierwszym?" after the thing asked in CG, CS and CP: the first of them, in the order talked about
        return [talked[ordinal]], item
    current = topic.programme if topic is not None else ""
    others = [code for code in talked if code != current]
    return ([others[-1]], item) if others else None


def _elliptic(text: str, topic: Topic | None) -> FollowUp | None:
    """The follow-up a message is, items one per line ("a drukarka i skaner?": both judged)."""
    found = follow_up(text)
    if found is not None and found.item and not found.programme and _RULE_THING.search(found.item):
        return None  # "a co z terminem?", "a z limitem?": a rule of the programme, for the FAQ – no thing bought
    if found is None and topic is not None and topic.kind == "item" and _bare_item(text):
        found = FollowUp(item=text.rstrip("?").strip())  # "firewall?" right after another item
    if found is not None and found.item:
        # "i jeszcze UPS-y do serwerowni": the thing, without the word that adds it
        bare = re.sub(r"(?i)^(?:(?:jeszcze|te[zż]|tak[zż]e|r[oó]wnie[zż]|mo[zż]e|ewentualnie)\s+)+", "", found.item)
        found = replace(found, item=_each_item(bare or found.item))
    if found is not None and found.item and topic is not None and topic.kind == "item":
        # "a z excela?" after "szkolenie z phishingu": the thing of the same kind, said by its complement
        found = replace(found, item=with_head(found.item, topic.subject))
    return found


def _each_item(text: str) -> str:
    """ "drukarka i skaner", "toner, papier": short items one per line (the purchase feature judges each)."""
    parts = [p.strip() for p in re.split(r"\s*,\s*|\s+(?:i|oraz|albo|lub)\s+", text) if p.strip()]
    if len(parts) < 2 or any(len(p.split()) > 3 for p in parts):
        return text
    return "\n".join(parts)


def _bare_item(text: str) -> bool:
    words = text.split()
    return (
        bool(_BARE_ITEM.match(text))
        and 1 <= len(words) <= 3
        and not _NOT_ITEM.search(text)
        and not re.search(r"\d", text)
    )


FEATURE = FollowUps
