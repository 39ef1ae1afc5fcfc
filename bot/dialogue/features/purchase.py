"""Purchases: "czy laptop jest kwalifikowalny w CS?", /sprawdz ITEM, "a laptop?" after another item,
"dlaczego toner jest do wyjaśnienia?". Every verdict names its programme."""

from __future__ import annotations

import re
from dataclasses import replace
from decimal import Decimal
from typing import Any

from bot.dialogue import texts
from bot.dialogue.features.base import (
    Feature,
    Result,
    Turn,
    context_programme,
    done,
    over_threshold,
    programme_name,
    programmes_for_unit,
)
from bot.dialogue.parsing import detect_programmes, strip_programmes, why_verdict
from bot.dialogue.parsing.amounts import dated, dated_phrase
from bot.dialogue.parsing.answers import DOCUMENTS_ASKED, asks_contact
from bot.dialogue.parsing.corrections import USED
from bot.dialogue.parsing.openers import BACK_TO
from bot.dialogue.parsing.quantities import PER_PIECE, cost_in, costs_in, figure_asked, priced, recounted, steps
from bot.dialogue.parsing.uses import by_use, planned_thing, use_asked
from bot.dialogue.replies import LogEntry, Outcome, code, item, note, reply, title
from bot.dialogue.session import Topic
from knowledge.money import num
from knowledge.normalize import fold

# Words of a question that the item reader can leave as "the thing": "na" (na co), "się", "to", "co"
_REMARK_AFTER = re.compile(
    r"(?i),?\s+(?:ale|tylko|jednak|a)\s+(?:nie\s+)?(?:wiem\w*|jeste[sś]my\s+pewn\w*|mam\w*\s+w[aą]tpliwo\w*)\b.*$"
)
_NO_THING = re.compile(
    r"(?i)(?:vat|podat\w*)(?:\s.*)?|samorz\w*|na|si[eę]|co|to|tym|tego|czego|nic|niczego|wszystko|tu|tam|jak|te|ten|ta|nam|nas"
    # "czy jeszcze można?", "a do cs?": a word of the question, no thing
    r"|jeszcze|do|te[zż]|r[oó]wnie[zż]|wtedy|teraz|ju[zż]|nadal|dalej|tak|nie|wi[eę]c|czy|a|i|w|z|ze|we"
)

_CAN_SETTLE = re.compile(
    r"(?i)^\W*czy\s+(?:mo[zż]na\s+|mo[zż]emy\s+|da\s+si[eę]\s+)?(?!(?:mo[zż]na|mo[zż]emy|da\s+si[eę])\s)(.{2,60}?)\s+(?:mo[zż]na|mo[zż]emy|da\s+si[eę])?\s*"
    r"(?:rozliczy[cć]|sfinansowa[cć]|kupi[cć]|sfinansowa[cć]\s+z\s+grantu|wliczy[cć])\b"
)


# "skanery dokumentów do wydziału komunikacji się kwalifikują?", "czy UPS przejdzie w cs?": a thing, then its verdict
_ITEM_THEN_VERDICT = re.compile(
    r"(?i)\W*(?:czy\s+)?(?P<item>[^\W\d][^?]{1,80}?)\s+(?:by\s+)?(?:si[eę]\s+(?:kwalifikuj\w*|z?[lł]api\w*|z?[lł]apie)|"
    r"przejd\w*|przesz[lł]\w*|wejd\w*|s[aą]\s+kwalifikowaln\w*|jest\s+kwalifikowaln\w*|kwalifikuj[aą]\s+si[eę]|"
    # "czy skaner do biura rady to wydatek kwalifikowalny?", "… jest wydatkiem kwalifikowalnym?"
    r"(?:to|jest|s[aą])\s+(?:wydat\w*\s+|koszt\w*\s+)?kwalifikowaln\w*|"
    r"kwalifikuje\s+si[eę]|"
    # "niszczarki możemy z tego kupić?", "tonery do drukarek da się sfinansować z grantu?"
    r"(?:mo[zż]emy|mo[zż]na|da\s+si[eę])\s+(?:(?:z\s+)?(?:tego|grantu)\s+)?(?:kupi[cć]|zakupi[cć]|sfinansowa[cć]|rozliczy[cć])"
    r"(?:\s+z\s+(?:tego|grantu))?)(?:\s+(?:w|we|z|do)\s*)?\W*"
)
# "czy możliwy jest zakup oprogramowania antywirusowego na 3 lata?", "czy dopuszczalne jest sfinansowanie szkoleń"
_PURCHASE_OF = re.compile(
    r"(?i)\b(?:mo[zż]liw\w*|dopuszczaln\w*|kwalifikowaln\w*|dozwolon\w*)\s+(?:jest\s+)?"
    r"(?:zakup|zakupienie|kupno|nabycie|sfinansowanie|sfinansowania|zakupu)\s+"
    r"(?P<item>[^\W\d][^.?!,;]{2,60}?)(?:\s+(?:w\s+ramach|z\s+grantu|ze\s+[sś]rodk[oó]w|w\s+programie)\b.*)?\s*[.?!]?\s*$"
)
# "chcemy kupić w ramach cs: firewall, 20 laptopów i szkolenie": the things listed after the colon
_BUY_LIST = re.compile(
    r"(?i)\b(?:chcemy|chcieli(?:by)?[sś]my|chcia[lł]\w*|planujemy|zamierzamy|musimy|potrzebujemy|mamy\s+w\s+planie)\s+"
    r"(?:\w+\s+){0,2}?(?:kupi[cć]|zakupi[cć]|naby[cć]|sfinansowa[cć]|sfinansowa[cć]\s+z\s+grantu)\b[^:.?!]{0,60}:\s*"
    r"(?P<items>[^.?!]+)"
    # "a do tego: laptop dla admina, SIEM i szkolenie z phishingu – co z tego?": more things after a list judged
    r"|^\W*(?:a|i|oraz)?\s*(?:do\s+tego|dodatkowo|jeszcze|poza\s+tym|a\s+te[zż])\s*:\s*(?P<more>[^.?!]+)"
)
# "sprzęt za 60 tys netto, musimy przez bazę konkurencyjności?": a clause with an amount or a duty is no thing
# what makes a part of a list no thing: an amount or a date ("za 12 tys.", "do 30.06"), a question's words; a model
# number or a count ("Synology DS923+", "10 szt. Microsoft 365") is part of a thing
_NOT_A_THING = re.compile(
    r"(?i)\d[\d\s.,]*\s*(?:z[lł]|pln|tys\w*|mln|eur\w*|%|proc\w*)(?!\w)|\b\d{1,2}\.\d{1,2}(?:\.\d{2,4})?\b|"
    r"\b(?:musimy|trzeba|nale[zż]y|czy|mo[zż]emy|mo[zż]na|powinni\w*)\b"
)
# "a czy możemy kupić z tego firewall FortiGate i szkolenia dla pracowników?": several things asked about at once
_CAN_BUY_THINGS = re.compile(
    r"(?i)^\W*(?:(?:a|i|ok|dobra)\W+)*(?:czy\s+)?(?:mo[zż]emy|mo[zż]na|da\s+si[eę]|wolno\s+nam)\s+(?:te[zż]\s+)?"
    r"(?:kupi[cć]|zakupi[cć]|naby[cć]|sfinansowa[cć]|rozliczy[cć]|wzi[aą][cć])\s+"
    r"(?:(?:z|ze|w|w\s+ramach)\s+(?:tego|grantu|programu|niego|nich|c[gps]|cyfrow\w*(?:\s+\w+)?|cyber\w*(?:\s+\w+)?)\s+)?"
    r"(?P<items>[^?]{3,160}?)\s*\??\s*$"
)
# "szkolenie z phishingu i szkolenie z Excela – które przejdzie w cs?": things listed, then which of them pass
_WHICH_OF = re.compile(
    r"(?i)^\W*(?P<items>[^?]{3,200}?)\s*[–—:-]+\s*(?:a\s+)?(?:kt[oó]r\w*|co)\s+(?:z\s+(?:tego|nich|tych)\s+)?"
    r"(?:(?:by|te[zż])\s+)?(?:przejd\w*|przesz\w*|wejd\w*|si[eę]\s+(?:kwalifikuj\w*|z?[lł]api\w*)|"
    r"jest\s+(?:ok|kwalifikowaln\w*)|s[aą]\s+(?:ok|kwalifikowaln\w*)|mo[zż]emy\s+(?:kupi[cć]|rozliczy[cć])|odpad\w*)\b"
)
# "czy możemy z grantu wydrukować ulotki?", "czy można zamówić z grantu audyt?": the verb first, then the thing
_VERB_FIRST = re.compile(
    r"(?i)^\W*(?:a\s+)?czy\s+(?:mo[zż]emy|mo[zż]na|da\s+si[eę])\s+(?:(?:z|ze)\s+(?:grantu|[sś]rodk[oó]w\s+grantu)\s+)?"
    r"(?:wydrukowa[cć]|zam[oó]wi[cć]|zakupi[cć]|sfinansowa[cć]|op[lł]aci[cć]|wyprodukowa[cć]|przygotowa[cć])\s+"
    r"(?:(?:z|ze)\s+grantu\s+)?(?P<item>[^?]{3,80}?)\s*(?:z\s+grantu\s*)?\?*$"
)
# "mam fakturę za tonery, czy to przejdzie?", "faktura na serwis drukarek – kwalifikuje się?"
_INVOICE_FOR = re.compile(
    r"(?i)\b(?:faktur\w*|rachun\w*|paragon\w*)\s+(?:za|na)\s+(?P<item>[^\W\d][^,;?.–—]{1,60}?)"
    r"(?=\s*[,;?.–—]|\s+(?:czy|to|i|a)\s|\s*$)"
)
_VERDICT_ASKED = re.compile(
    r"(?i)\bprzejd\w*|\bprzejdzie\b|kwalifik\w*|\brozlicz\w*|\bwejdzie\b|\bz?[lł]api\w*|\bjest\s+ok\b|\bmo[zż]emy\b|"
    r"\bmo[zż]na\b|\bodpad\w*"
)
# "a serwer nas?", "taki tablet by przeszedł?", "antywirus z tego grantu": the item without what is said about it
_ITEM_LEAD = re.compile(
    r"(?i)^(?:(?:a\s+co\s+z|a|i|oraz|to|taki|taka|takie|tak[aą]|ten|ta|te|t[eę]|"
    # "hmm a tablet dla wójta?", "wracając – a drukarka 3d?": an interjection or a return said first
    r"hm+\W*|aha\W*|ok\W*|okej\W*|no\W*|wracaj[aą]c\W*|"
    # "czy możemy kupić z tego UPSy?": where the money comes from is no part of the thing
    r"z\s+tego|z\s+niego|z\s+nich|z\s+grantu|ze\s+[sś]rodk[oó]w(?:\s+grantu)?)\s+)+(?=\S)"
)
_ITEM_TAIL = re.compile(
    r"(?i)\s+(?:(?:by|te[zż]|tam|te[zż]\s+by)\s+)?(?:przeszed[lł]\w*|przesz[lł]\w*|wszed[lł]\w*|wesz[lł]\w*|"
    r"przejdzie|przejd[aą]|wejdzie|wejd[aą]|jest\s+ok|s[aą]\s+ok|przechodz\w*|odpadn\w*|odpada\w*|"
    r"si[eę]\s+(?:z?[lł]apa?\w*|kwalifikuj\w*|kwalifikowa\w*)|z\s+(?:tego|naszego)\s+grantu|z\s+grantu)$"
)


# "kupujemy serwer Dell PowerEdge R760 do serwerowni i UPS APC", "czyli czytnik do dowodów rozliczymy z grantu,
# tak?", "wracając do cp – laptopy Lenovo do ośrodka?": things said with what they are for, no question word
# "kupujemy", "planujemy zakup", "chcemy kupić": a purchase said, not asked about
_BUYING = (
    r"(?:kupujemy|zamawiamy|kupimy|zakupimy|bierzemy|planujemy(?:\s+zakup\w*)?|chcemy\s+(?:kupi[cć]|zakupi[cć])|"
    r"mamy\s+w\s+planie(?:\s+zakup\w*)?)"
)
_SAID_LEAD = re.compile(
    r"(?i)^\W*(?:(?:a|i|czyli|to|wi[eę]c|dobra|ok|okej|no|w\s+takim\s+razie)\W+)*"
    rf"(?:{BACK_TO}(?:c[gps]|cyfrow\w*(?:\s+\w+)?|cyber\w*(?:\s+\w+)?)\s*[–—,:-]+\s*)?"
    rf"(?:{_BUYING}\s*:?\s+)?"
)
_SAID_TAIL = re.compile(
    r"(?i)\s*(?:,?\s*(?:rozliczymy|sfinansujemy|op[lł]acimy|kupimy|wliczymy|damy\s+rad\w*\s+rozliczy[cć])\b.*|"
    r",?\s*(?:tak|prawda|ok|zgadza\s+si[eę])\s*\?*|\s*\?+|"
    # "… – oba są kwalifikowalne?", "…, czy to przejdzie?": the verdict asked after the things
    r"\s*[–—,-]\s*(?:czy\s+)?(?:oba|obie|obydwa|wszystkie|te|to|one|ka[zż]d\w*)?\s*(?:s[aą]|b[eę]d[aą]|b[eę]dzie|jest|"
    r"przejd\w*|przejdzie|kwalifik\w*|wejd\w*|wchodz\w*|mo[zż]na)\b[^,;]*)\s*$"
)
_BUY_VERB = re.compile(rf"(?i)\b{_BUYING}\b")
_SETTLE_VERB = re.compile(r"(?i)\b(?:rozliczymy|sfinansujemy|op[lł]acimy|kupimy|zakupimy|wliczymy)\b")
_ASKING = re.compile(
    r"(?i)\b(?:czy|jak\w*|kiedy|gdzie|ile|co|kto|dlaczego|czemu|termin\w*|do\s+kiedy|mo[zż]na|mo[zż]emy|da\s+si[eę]|wolno)\b"
)
# "… do serwerowni", "… dla radnych", "… na 3 lata": what a thing is for, after the thing itself
_PURPOSE = re.compile(r"(?i)\s+(?:do|dla|na|w|we|z|ze|od)\s+.*$")
# "…, żeby było taniej", "… bo stary się zepsuł": why the thing is bought, no thing of its own
_WHY_BOUGHT = re.compile(r"(?i)\s*,?\s+(?:[zż]eby|aby|bo|gdy[zż]|poniewa[zż]|skoro)\s+[^?]*")


def said_things(text: str) -> list[str]:
    """The things of a message that names purchases without asking: 'kupujemy serwer X do serwerowni i UPS Y'
    -> ['serwer X do serwerowni', 'UPS Y'] (what each is for kept); [] when the message asks anything else.

    >>> said_things("kupujemy serwer Dell PowerEdge R760 do serwerowni i UPS APC Smart-UPS 1500")
    ['serwer Dell PowerEdge R760 do serwerowni', 'UPS APC Smart-UPS 1500']
    >>> said_things("czyli czytnik do dowodow osobistych rozliczymy z grantu, tak?")
    ['czytnik do dowodow osobistych']
    >>> said_things("wracajac do cp – laptopy Lenovo ThinkPad do specjalnego osrodka szkolno-wychowawczego?")
    ['laptopy Lenovo ThinkPad do specjalnego osrodka szkolno-wychowawczego']
    >>> said_things("czy czyli czytnik do dowodow osobistych rozliczymy z grantu?")
    ['czytnik do dowodow osobistych']
    >>> said_things("ankiete do kiedy trzeba wyslac"), said_things("a jaka pogoda jutro?")
    ([], [])
    """
    text = text.strip()
    if _SETTLE_VERB.search(text):
        text = re.sub(r"(?i)^\W*czy\s+", "", text)  # "czy czytnik do dowodów rozliczymy z grantu?": the thing asked
    body = _SAID_TAIL.sub("", _SAID_LEAD.sub("", text, count=1)).strip(" .,:;")
    if not body or _ASKING.search(body) or len(body) > 160:
        return []
    parts = [p.strip(" .") for p in re.split(r"\s*[,;]\s*|\s+(?:i|oraz|a\s+tak[zż]e)\s+", body)]
    return [p for p in parts if p and len(p.split()) <= 10]


# "… – kwalifikowalna? i czy trzeba coś specjalnego przy wyborze wykonawcy?": a verdict, then a second question
_THEN_ASKED = re.compile(
    r"(?is)^(?P<first>[^?]{8,200}\b(?:kwalifik\w*|przejd\w*|ok|mo[zż]na|mo[zż]emy)\w*\s*\?)\s+"
    r"(?P<second>(?:i|a|oraz)\s+(?:czy|jak\w*|co|ile|kiedy|do\s+kiedy|gdzie)\b[^?]{5,200}\?)\s*$"
)
# "gdyby faktura była z lipca, przeszłyby?": a supposition about the thing named before the dash
_SUPPOSED = re.compile(r"(?i)^\W*(?:a\s+)?(?:gdyby|jakby|je[sś]li(?:by)?|je[zż]eli(?:by)?|a\s+jak)\b")


def thing_of(said: str) -> str:
    """The thing without what it is for: 'skanery Fujitsu fi-7160 do starostwa' -> 'skanery Fujitsu fi-7160'."""
    return _PURPOSE.sub("", said).strip() or said


def _a_thing(said: str | None) -> str | None:
    """The thing the item reader found, unless it is a word of the question: "a w cs na co nie można?" → "na"; or a
    figure rather than a thing: "a 20 tysięcy można?", "10% z tego na doradztwo" (a share or an amount of the
    subject talked about – the FAQ's, with its arithmetic)."""
    if said is None or _NO_THING.fullmatch(said.strip(" ?.,")):
        return None
    return None if _FIGURE_THING.match(said.strip()) else said


# "kupiliśmy już w 2021", "zanim podpisaliśmy umowę", "przed złożeniem wniosku": when a purchase was made, said
# without a full date – the programme's eligibility period decides it
_TIMED = re.compile(
    r"(?i)\b(?:zanim|przed)\s+(?:\w+\s+)?(?:podpisa\w*|podpisani\w*|z[lł]o[zż]\w*|umow\w*)(?:\s+umow\w*|\s+wniosk\w*)?|"
    r"\b(?:w|z)\s+(?:20[12]\d|2019)\s*(?:r\.|rok\w*)?(?!\s*(?:z[lł]|pln|tys))"
)
# what is left of "w CG i w CS" once the programmes are taken out
_DANGLING = re.compile(r"(?i)\s+(?:i|oraz|albo|lub|czy|a)\s*(?=[?.!]|$)")
_BOUGHT_WORDS = re.compile(r"(?i)\b(?:ju[zż]|kupi\w*|zakupi\w*|nabyt\w*|zam[oó]wi\w*|op[lł]aci\w*)\b")
_ADVICE_ASKED = re.compile(r"(?i)\bco\s+(?:polec\w*|doradz\w*|radzi\w*|propon\w*|sugeru\w*)")
_FIGURE_ONLY = re.compile(
    r"(?i)^\W*(?:(?:a|i|to|no)\s+)?(?:za\s+|ok\.?\s+|oko[lł]o\s+)?\d[\d\s.,]*\s*(?:%|proc\w*|tys\w*\.?|k|mln\w*|"
    r"z[lł]\w*|pln)?\.?\s*(?:netto|brutto)?\s*(?:to\s+)?(?:mo[zż]na|przejdzie|ok|wolno|te[zż])?\W*$"
    # "a jak kupimy dwa po 30 000?": a count at a price, the thing left as before (the rule about it, not a verdict)
    r"|^\W*(?:(?:a|i|to)\s+)?(?:(?:jak|je[sś]li|gdyby\w*|jakby\w*)\s+)?(?:(?:kupimy|kupi\w*|we[zź]miemy|wzi\w*)\s+)?"
    r"(?:dwa|dwie|trzy|cztery|pi[eę][cć]|sze[sś][cć]|\d{1,3})\s+(?:sztuki\s+|szt\.?\s+|razy\s+)?po\s+\d[\d\s.,]*"
    r"(?:\s*(?:tys\w*\.?|k|z[lł]\w*|pln|netto|brutto))*\W*$"
)
# "20 tysięcy", "15 tys.", "10% z tego na doradztwo", "za 52 000 zł": a figure said first is no thing to buy
_FIGURE_THING = re.compile(
    r"(?i)^(?:za\s+|ok\.?\s+|oko[lł]o\s+|do\s+)?\d[\d\s.,]*(?:%|proc\w*|tys\w*\.?|k\b|mln\w*|z[lł]\w*|pln)"
)


def _without_price(text: str) -> str:
    """The message with the price of the one thing said with it taken out ("macierz dyskową za ok. 70 tys. netto.
    Kwalifikuje się?" → "macierz dyskową. Kwalifikuje się?"): a price is no part of the thing."""
    said = cost_in(text)
    if said is None or said.count != 1:
        return text
    return f"{text[: said.start]}{said.thing}{text[said.end :]}"


def _item_words(one: str) -> str:
    text = one.strip().rstrip("?").strip()
    bare = _ITEM_TAIL.sub("", _ITEM_LEAD.sub("", text)).strip(" –—-,;:")
    return bare or text


def verdict_key(verdict: Any) -> str:
    return str(getattr(verdict, "value", verdict)).lower()


# "czyli z tej listy odpada tylko laptop?", "tylko laptop nie przejdzie, tak?"
_ONLY_FAILS = re.compile(
    r"(?i)\b(?:odpada\w*|odpadn\w*|nie\s+przejd\w*|nie\s+przechodz\w*|nie\s+wchodz\w*)\s+tylko\s+(?P<thing>[^?,]+?)\W*$"
    r"|\btylko\s+(?P<thing2>[^?,]+?)\s+(?:odpada\w*|odpadn\w*|nie\s+przejd\w*|nie\s+przechodz\w*)\b"
)
# "a ile z tego łącznie jest kwalifikowalne?", "ile z tego pokryje grant?", "ile z tego przejdzie razem?"
_SUM_ASKED = re.compile(
    r"(?i)\bile\s+(?:z\s+tego|z\s+tych|z\s+tej\s+listy|[lł][aą]cznie|razem|w\s+sumie)\b.{0,30}?"
    r"\b(?:kwalifikowaln\w*|przejd\w*|pokryj\w*|pokryje|sfinansuj\w*|rozliczy\w*|mo[zż]emy\s+rozliczy\w*)"
)
_WHEN_ASKED = re.compile(r"(?i)\b(?:do|od)\s+kiedy\b|\bkiedy\b|\bw\s+jakim\s+terminie\b|\bgdzie\b")
_VERDICT_WORD = re.compile(r"(?i)kwalifik|przejd|przejdzie|[lł]api|mie[sś]ci|mo[zż]na\s+(?:kupi|sfinans|rozlicz)")
# "a brutto?", "ile to razem netto?" right after a priced list: its sums again (they carry both figures)
_BASIS_ONLY = re.compile(
    r"(?i)^\W*(?:(?:a|i|to|ok)\W+)*(?:ile\s+(?:to\s+)?(?:b[eę]dzie\s+)?)?(?:razem\s+|[lł][aą]cznie\s+|w\s+sumie\s+)?"
    r"(?:netto|brutto)(?:\s+(?:razem|[lł][aą]cznie|w\s+sumie))?\W*$"
)


class Purchases(Feature):
    name = "purchase"

    async def command(self, turn: Turn, arg: str) -> Result:
        if arg:
            return self.judge(
                turn,
                strip_programmes(arg) if detect_programmes(arg) else arg,
                f"/sprawdz {arg}",
                detect_programmes(arg) or None,
            )
        return await self.feature("settlement").show(turn, "")

    async def _not_a_thing(self, turn: Turn) -> Result | bool:
        """What looks like a purchase but is a rule question: True to leave it to the FAQ, or the answer."""
        if _FIGURE_ONLY.match(turn.text) or _ADVICE_ASKED.search(turn.text) or DOCUMENTS_ASKED.search(turn.text):
            # "a 20 tysięcy można?": a figure for the subject talked about; "a jak chcemy chmurę to co polecacie?": a
            # recommendation asked, not a verdict
            return True
        topic = turn.session.topic
        if (
            topic is not None
            and topic.kind == "faq"
            and priced(topic.subject) is not None
            and (figure_asked(turn.text) or PER_PIECE.search(turn.text))
        ):
            return True  # "a brutto za sztukę?" after a purchase computed: its figures (the FAQ's arithmetic)
        if topic is not None and topic.kind == "faq" and recounted(topic.subject, turn.text) is not None:
            # "a gdyby kupić tylko 10 sztuk?" after "12 skanerów po 4 900 zł netto – …": that question recounted
            recount: Result = await self.feature("faq").ask(turn, turn.text)
            return recount
        if USED.search(turn.text) and not self._models(turn.text):
            # "czy możemy kupić sprzęt poleasingowy, żeby było taniej?": the programme's rule on used equipment
            return True
        return await self._dated(turn) or False

    async def _then_asked(self, turn: Turn) -> Result | None:
        """ "kupujemy macierz za 62 400 zł netto – kwalifikowalna? i czy trzeba coś specjalnego przy wyborze
        wykonawcy?": the thing judged, then the second question asked about the same purchase."""
        two = _THEN_ASKED.match(turn.text.strip())
        if two is None or _WHEN_ASKED.search(two.group("first")):
            return None  # "a diagnoza do kiedy, jeśli umowę podpisaliśmy …?": a deadline asked, no thing judged
        judged = await self.text(Turn(turn.user, turn.session, two.group("first")))
        if judged is None:
            return None
        # the purchase by its value when one is said ("zakup za 62 400 zł netto"): the rule about such a purchase
        priced = re.search(
            r"(?i)\bza\s+\d[\d\s.,]*(?:\s*(?:tys\.?|tysi\w*|k))?\s*(?:z[lł]|pln)?(?:\s+(?:netto|brutto))?",
            two.group("first"),
        )
        about = f"zakup {priced.group(0).strip()}" if priced else re.sub(r"\?$", "", two.group("first"))
        second = re.sub(r"(?i)^(?:i|a|oraz)\s+", "", two.group("second").strip())
        asked = f"{about.strip(' ,–—-')} – {second}"
        more, session = await self.feature("faq").ask(turn.with_session(judged[1]), asked)
        return Outcome((*judged[0].replies, *more.replies), judged[0].log, judged[0].ephemeral), session

    async def text(self, turn: Turn) -> Result | None:
        if asks_contact(turn.text):
            return None  # "podaj mi jeszcze telefon do operatora": the FAQ's contact, not a phone to buy
        priced = costs_in(turn.text)
        if len(priced) >= 2 and self.backends.classify is not None:
            return self.priced_list(turn, turn.text, priced, None)
        return await self._text(turn)

    async def _text(self, turn: Turn) -> Result | None:
        if _WHEN_ASKED.search(turn.text) and not _BUY_VERB.search(turn.text) and not _VERDICT_WORD.search(turn.text):
            return None  # "a diagnoza do kiedy, jeśli umowę podpisaliśmy …?": a deadline, the FAQ's (no verdict asked)
        # a verdict and a second question about the same purchase, else a rule question that only looks like one
        rule = await self._then_asked(turn) or await self._not_a_thing(turn)
        if rule is not False:
            return None if rule is True else rule
        why = why_verdict(turn.text)
        thing = strip_programmes(why, keep_if_empty=False).strip(" ?,.") if why is not None else ""
        if thing and self.backends.classify is not None:
            # ("czemu cyfrowej gminy nie?": a programme, no thing – the user's eligibility, not a purchase)
            return self.judge(turn, thing, turn.text, None, why=True)
        which = _WHICH_OF.match(strip_programmes(turn.text, keep_if_empty=False) or turn.text)
        if which and self.backends.classify is not None:
            # "szkolenie z phishingu i szkolenie z Excela – które przejdzie w cs?": each thing judged, services too
            items = _SAID_LEAD.sub("", which.group("items"), count=1)  # "chcemy kupić: …" – the things only
            parts = [p.strip(" .") for p in re.split(r"\s*[,;]\s*|\s+(?:i|oraz|czy)\s+", items)]
            things = [p for p in parts if p and len(p.split()) <= 8]
            codes = self._codes(turn, turn.text, None)
            if len(things) >= 2 and all(self.backends.classify(t, c).matched for t in things for c in codes):
                return self.judge(turn, things, turn.text, None)
        billed = self._billed(turn) or self._by_use(turn)
        if billed is not None:
            return billed
        listed = _BUY_LIST.search(turn.text)
        if listed and self.backends.classify is not None:
            # "chcemy kupić w ramach cs: firewalla, 20 laptopów i szkolenie z phishingu. które przejdzie?"
            said = listed.group("items") or re.split(r"\s+[–—-]\s+", listed.group("more"))[0]
            parts = re.split(r"\s*[,;]\s*|\s+(?:i|oraz|a\s+tak[zż]e)\s+", said)
            things = [t.strip(" .") for t in parts]
            things = [t for t in things if t and len(t.split()) <= 6]
            if len(things) >= 2:
                return self.judge(turn, things, turn.text, None)
        if self.backends.purchase_item is None:
            return None
        bought = strip_programmes(turn.text, keep_if_empty=False) or turn.text
        listed_things = said_things(bought) if _BUY_VERB.search(bought) else []
        if len(listed_things) >= 2 and not any(_NOT_A_THING.search(t) for t in listed_things):
            # "Planujemy czytniki e-dowodu i signature pady – oba są kwalifikowalne?": each thing bought, judged
            return self.judge(turn, listed_things, turn.text, None)
        asked = _CAN_BUY_THINGS.match(turn.text)
        if asked and self.backends.classify is not None:
            # "czy możemy kupić z tego firewall FortiGate i szkolenia dla pracowników?": each thing judged
            items = _WHY_BOUGHT.sub("", asked.group("items"))
            parts = [p.strip(" .,") for p in re.split(r"\s*[,;]\s*|\s+(?:i|oraz|a\s+tak[zż]e)\s+", items)]
            things = [strip_programmes(p, keep_if_empty=False).strip(" .,") for p in parts]
            things = [t for t in things if t and len(t.split()) <= 8]
            if len(things) >= 2:
                return self.judge(turn, things, turn.text, None)
        return self._item_said(turn)

    def _planned(self, turn: Turn, found: str | None) -> Result | None:
        """ "chcemy wymienić stare komputery w naszej szkole – można?", "żeby ktoś sprawdził naszą stronę pod kątem
        dziur": a plan told as a sentence, judged as the catalogue's thing it is about (said as understood) when
        the words read as the thing are not one the catalogue knows."""
        planned = planned_thing(turn.text)
        if planned is None or self.backends.classify is None:
            return None
        codes = self._codes(turn, turn.text, None)
        if found and all(self.knows(found, c, services=True) for c in codes):
            return None
        if not all(self.knows(planned, c, services=True) for c in codes):
            return None
        return self.judge(turn, planned, turn.text, None, said_as=turn.text.strip().rstrip("?").strip())

    def _item_said(self, turn: Turn) -> Result | None:
        """The thing (or things) the catalogue reader finds in the message, its price aside, judged."""
        assert self.backends.purchase_item is not None
        unpriced = _without_price(turn.text)
        priced_as = ""
        if unpriced != turn.text and (cost := cost_in(turn.text)) is not None:
            priced_as = turn.text[cost.start : cost.end]
        item_text = _a_thing(self.backends.purchase_item(unpriced))
        planned = self._planned(turn, item_text)
        if planned is not None:
            return planned
        if not item_text and detect_programmes(unpriced):
            # "UPS – przejdzie w CG i w CS?": the thing read without the programmes asked about
            bare = _DANGLING.sub("", strip_programmes(unpriced, keep_if_empty=False))
            item_text = _a_thing(self.backends.purchase_item(bare))
        if not item_text:
            return self._verb_first(turn) or self._said(turn)
        # "…, ale nie wiemy, czy zdążymy": a remark after the things, no thing of its own
        bought_only = _REMARK_AFTER.sub("", unpriced)
        several = self.backends.purchase_items(bought_only) if self.backends.purchase_items is not None else []
        known = self._known_among(turn, item_text, several)
        if known is not None:
            # "chcemy część przeznaczyć na chmurę, usługa dostępu do chmury obliczeniowej się kwalifikuje?": the
            # plan said first is no thing; the thing the catalogue knows is the one asked about
            return self.judge(turn, known, turn.text, None)
        if len(several) > 1 and self.backends.classify is not None:
            # "SIEM i smartfony w CS?": one verdict per item when each is a known kind of purchase
            codes = self._codes(turn, turn.text, None)
            if all(self.backends.classify(part, c).category for part in several for c in codes):
                return self.judge(turn, several, turn.text, None)
        return self.judge(turn, item_text, turn.text, None, priced_as=priced_as)

    def _known_among(self, turn: Turn, first: str, several: list[str]) -> str | None:
        """The one thing of a message the catalogue knows in every programme asked, when the first thing read is
        unknown ("część przeznaczyć na chmurę, usługa dostępu do chmury obliczeniowej …")."""
        if self.backends.classify is None or len(several) < 2:
            return None
        codes = self._codes(turn, turn.text, None)
        if all(self.knows(first, c, services=True) for c in codes):
            return None
        cleaned = [_item_words(s) for s in several]
        known = [s for s in cleaned if all(self.knows(s, c, services=True) for c in codes)]
        return known[0] if len(known) == 1 else None

    def _by_use(self, turn: Turn) -> Result | None:
        """ "a w cyfrowej gminie to coś do kopii zapasowych by przeszło?", "wracając do cs – a to drukowanie?": the
        thing named by its use, judged in the programme named (else the one talked about)."""
        if self.backends.classify is None:
            return None
        said = use_asked(strip_programmes(turn.text, keep_if_empty=False) or turn.text)
        return self.judge(turn, said, turn.text, None) if said else None

    def _billed(self, turn: Turn) -> Result | None:
        """ "mam fakturę za tonery, czy to przejdzie w cg?": the thing invoiced is what is asked about."""
        billed = _INVOICE_FOR.search(turn.text)
        if billed and _VERDICT_ASKED.search(turn.text) and self.backends.classify is not None:
            thing = _item_words(strip_programmes(billed.group("item"), keep_if_empty=False)).strip(" ,.")
            if thing and all(self.knows(thing, c, services=True) for c in self._codes(turn, turn.text, None)):
                return self.judge(turn, thing, turn.text, None)
        return None

    def _models(self, text: str) -> bool:
        """A thing named with its make or model ("używany serwer Dell R740"): judged as that thing."""
        return bool(re.search(r"\b[A-Z][A-Za-z]+\s+[A-Z]*\d", text))

    async def _dated(self, turn: Turn) -> Result | None:
        """ "kupiliśmy serwer w styczniu 2020, rozliczymy go?": a purchase dated before the programme's expenses
        count is out of the period whatever the thing – the period's FAQ entry answers with its source; a date
        inside the period leaves the thing to be judged."""
        timed = _TIMED.search(turn.text)
        if not dated(turn.text) and timed is None:
            return None
        codes = self._codes(turn, turn.text, None)
        if len(codes) != 1:
            return None
        faq = self.feature("faq")
        asked = turn.text
        answer = await faq.answer(asked, codes[0])
        if answer.abstained or not str(answer.entry_id or "").endswith("okres-kwalifikowalnosci"):
            # "w styczniu 2027 kupujemy laptopy dla szkoły – zdążymy to rozliczyć?": the date asked about alone
            when = dated_phrase(turn.text) or (timed.group(0) if timed is not None else "")
            asked = f"wydatek poniesiony {when} – czy będzie kwalifikowalny?"
            answer = await faq.answer(asked, codes[0])
        if answer.abstained or not str(answer.entry_id or "").endswith("okres-kwalifikowalnosci"):
            return None
        result: Result = await faq.ask(turn, asked, codes[0], log_text=turn.text)
        if answer.text.startswith("Nie"):
            return result
        # "serwer kupiliśmy już w 2021, zanim podpisaliśmy umowę – wejdzie?": the period's rule (it decides the
        # date) and the thing's own verdict, both – the period alone does not say the thing is eligible
        when = dated_phrase(turn.text)
        undated = _BOUGHT_WORDS.sub(" ", _TIMED.sub(" ", turn.text.replace(when, " ") if when else turn.text))
        found = self.backends.purchase_item(re.sub(r"\s+", " ", undated)) if self.backends.purchase_item else None
        thing = _a_thing(found.strip(" –—-,.;:") if found else None)
        if not thing:
            # "skanery kupiliśmy w 2022, jeszcze przed podpisaniem umowy – zaliczymy je?": the words said first
            head = re.split(r"\s*[,;–—]\s*|\s+-\s+", undated.strip(), maxsplit=1)[0]
            head = _ITEM_LEAD.sub("", " ".join(head.split())).strip(" .?")
            thing = head if head and len(head.split()) <= 4 else None
        if not thing or not self.knows(thing, codes[0], services=True):
            # a date inside the period and a thing not known for sure: the thing judged as said (the old way)
            return None if dated(turn.text) else result
        verdict, session = self.judge(turn.with_session(result[1]), thing, turn.text, codes)
        return Outcome((*verdict.replies, *result[0].replies), verdict.log, verdict.ephemeral), session

    def _verb_first(self, turn: Turn) -> Result | None:
        """ "czy możemy z grantu wydrukować ulotki dla pracowników?": the thing after the verb, services too."""
        asked = _VERB_FIRST.match(strip_programmes(turn.text, keep_if_empty=False) or turn.text)
        if asked is None:
            return None
        thing = asked.group("item").strip(" ,.")
        if not all(self.knows(thing, c, services=True) for c in self._codes(turn, turn.text, None)):
            return None
        return self.judge(turn, thing, turn.text, None)

    def _said(self, turn: Turn) -> Result | None:
        """Things named without a question ("kupujemy serwer … i UPS …", "skanery Fujitsu do starostwa?"): judged
        when the catalogue knows every one of them."""
        text = strip_programmes(turn.text, keep_if_empty=False) or turn.text
        things = said_things(text)
        # "a telefon?" alone is a follow-up of whatever was asked before: a thing counts as a purchase only
        # said as one ("kupujemy …", "… rozliczymy z grantu"), with what it is for, or beside another
        bought = _BUY_VERB.search(text) or _SETTLE_VERB.search(text)
        if len(things) == 1 and not bought and thing_of(things[0]) == things[0]:
            return None
        codes = self._codes(turn, turn.text, None)
        if not things or not all(self.knows(t, c) or self.knows(thing_of(t), c) for t in things for c in codes):
            return None
        return self.judge(turn, things if len(things) > 1 else things[0], turn.text, None)

    def knows(self, thing: str, programme: str, *, services: bool = False) -> bool:
        """The catalogue knows the thing surely enough to judge it without a rule entry; a service ("diagnoza?",
        which may ask about the rule) only when `services`."""
        if self.backends.classify is None:
            return False
        judged = self.backends.classify(thing, programme)
        return bool(judged.matched and judged.confidence >= 0.8 and (services or not judged.is_service))

    def supposed_thing(self, question: str, programme: str | None) -> str | None:
        """ "a telefony – jakby faktura była z sierpnia, przeszłyby?": the thing before a supposition about its
        documents, when the catalogue knows it in that programme (its verdict answers, whatever the date)."""
        pieces = re.split(r"\s+[–—-]\s+", question.strip())
        if len(pieces) < 2 or not _SUPPOSED.match(pieces[-1]) or len(pieces[0].split()) > 4 or not programme:
            return None
        thing = re.sub(r"(?i)^\W*(?:a|i)\s+", "", pieces[0]).strip(" ?")
        return thing if self.knows(thing, programme) else None

    def item_in(self, question: str, *, bare: bool = True) -> str | None:
        """The item a question asks about ('firewall?', 'czy abonament internetowy można rozliczyć?')."""
        if self.backends.classify is None or DOCUMENTS_ASKED.search(question):
            return None  # "jaki dokument operator będzie chciał w tej sprawie?": no thing asked about
        unpriced = _without_price(question)
        found = self.backends.purchase_item(unpriced) if self.backends.purchase_item is not None else None
        if found:
            return found
        match = _CAN_SETTLE.match(strip_programmes(question.strip()))  # not "w cyfrowym powiecie" as the item
        if match:
            return match.group(1).strip()
        pieces = re.split(r"\s+[–—-]\s+", question.strip())
        asked = pieces[-1]  # "Tak z ciekawości – czy te laptopy przeszłyby?"
        if len(pieces) > 1 and _SUPPOSED.match(asked) and len(pieces[0].split()) <= 4:
            # "a smartfony – gdyby faktura była z lipca, przeszłyby?": the thing before the supposition
            return re.sub(r"(?i)^\W*(?:a|i)\s+", "", pieces[0]).strip(" ?")
        said = _ITEM_THEN_VERDICT.fullmatch(strip_programmes(asked, keep_if_empty=False))
        if said and len(said.group("item").split()) <= 8:
            return said.group("item").strip()  # "skanery do wydziału komunikacji się kwalifikują?"
        bought = _PURCHASE_OF.search(strip_programmes(question, keep_if_empty=False))
        if bought:
            return bought.group("item").strip()  # "czy … możliwy jest zakup oprogramowania antywirusowego na 3 lata"
        from bot.dialogue.features.followup import _bare_item

        return question.rstrip("?").strip() if bare and _bare_item(question) else None

    def _codes(self, turn: Turn, question: str, named: list[str] | None) -> list[str]:
        named = named or detect_programmes(question)
        context = context_programme(turn, question)
        if named or context:
            return named or [context or ""]
        # no programme said or talked about: every programme the user's unit may be in (a powiat: CP and CS)
        return programmes_for_unit(turn.session.unit_code, turn.session.level)

    def priced_list(
        self, turn: Turn, question: str, listed: list[Any], programme: str | None, log_text: str | None = None
    ) -> Result:
        """ "10 laptopów po 4 000 zł netto, 2 firewalle po 15 000 zł i drukarkę za 2 000 zł – ile z tego pokryje CS?":
        every thing judged (none dropped), its total shown, and what the eligible ones add up to per programme."""
        assert self.backends.classify is not None
        context = programme or context_programme(turn, question)
        codes = [context] if context else ["cg", "cp", "cs"]
        outcome, session = self.judge(
            turn, [c.thing for c in listed], log_text or question, [context] if context else None
        )
        lead = reply(texts.PRICED_LEAD, *(code(steps(c)[0]) for c in listed), kind="text")
        sums: list[Any] = []
        for one in codes:
            keys = [verdict_key(self.backends.classify(c.thing, one).verdict) for c in listed]
            eligible = [c for c, k in zip(listed, keys, strict=True) if k == "eligible"]
            review = [c for c, k in zip(listed, keys, strict=True) if k == "review"]
            net = sum((c.net for c in eligible), Decimal(0))
            gross = sum((c.gross for c in eligible), Decimal(0))
            line = texts.PRICED_LIST_SUM.format(
                name=programme_name(one), net=f"{num(net)} zł", gross=f"{num(gross)} zł"
            )
            if review:
                line += " " + texts.PRICED_LIST_REVIEW.format(
                    net=f"{num(sum((c.net for c in review), Decimal(0)))} zł", what=", ".join(c.thing for c in review)
                )
            sums.append(line)
        if session.topic is not None and session.topic.kind == "item":
            # the things with their prices stay listed: "a ile z tego łącznie jest kwalifikowalne?" adds them up again
            priced_parts = "\n".join(
                (f"{c.count} {c.thing} po" if c.count > 1 else f"{c.thing} za")
                + f" {num(c.price)} zł {c.kind}".rstrip()
                for c in listed
            )
            session = session.with_(topic=replace(session.topic, listed=priced_parts))
        return Outcome((lead, *outcome.replies, reply(*sums)), outcome.log, outcome.ephemeral), session

    def only_failing(self, turn: Turn) -> Result | None:
        """ "czyli z tej drugiej listy odpada tylko laptop?" after a list judged: yes or no, from the verdicts again."""
        topic = turn.session.topic
        said = _ONLY_FAILS.search(turn.text)
        things = topic.subject.split("\n") if topic is not None and topic.kind == "item" else []
        if said is None or len(things) < 2 or self.backends.classify is None:
            return None
        programme = topic.programme if topic is not None and topic.programme else context_programme(turn)
        if not programme:
            return None
        named = fold(said.group("thing") or said.group("thing2") or "").split()
        stems = [w[:4] for w in named if len(w) >= 3]
        failing = [t for t in things if verdict_key(self.backends.classify(t, programme).verdict) == "ineligible"]
        meant = [t for t in things if stems and all(st in fold(t) for st in stems)]
        if not meant:
            return None
        if failing == meant:
            rest = [t for t in things if t not in failing]
            line = texts.ONLY_FAILS_YES.format(
                thing=", ".join(f"„{t}”" for t in failing), rest=", ".join(f"„{t}”" for t in rest)
            )
        else:
            line = texts.ONLY_FAILS_NO.format(failing=", ".join(f"„{t}”" for t in failing) or "nic")
        out = reply(f"{line} ({programme_name(programme)}).", kind="purchase")
        return done(turn, out, log=LogEntry("purchase", turn.text, programme=programme))

    def listed_sum(self, turn: Turn) -> Result | None:
        """ "a ile z tego łącznie jest kwalifikowalne?" after a list of priced things judged: what the eligible ones add
        up to, per programme judged."""
        topic = turn.session.topic
        if topic is None or topic.kind != "item" or not topic.listed:
            return None
        if not _SUM_ASKED.search(turn.text) and not _BASIS_ONLY.match(turn.text):
            return None
        listed = [c for c in (cost_in(part) for part in topic.listed.split("\n")) if c is not None]
        if len(listed) < 2 or self.backends.classify is None:
            return None
        outcome, _session = self.priced_list(turn, topic.listed, listed, topic.programme or None, turn.text)
        return Outcome(outcome.replies[-1:], outcome.log, outcome.ephemeral), turn.session

    def judge(
        self,
        turn: Turn,
        item_text: str | list[str],
        question: str,
        named: list[str] | None,
        *,
        why: bool = False,
        said_as: str = "",
        priced_as: str = "",
    ) -> Result:
        if self.backends.classify is None:
            out = reply(texts.CLASSIFIER_UNAVAILABLE)
            return Outcome((out,), LogEntry("purchase", question, abstained=True)), turn.session
        codes = self._codes(turn, question, named)
        # several items travel in the topic one per line, so "a w cp?" judges each of them again
        items = item_text.split("\n") if isinstance(item_text, str) else item_text
        # "a serwer nas?" typed as a follow-up: the item is "serwer nas"
        raw = ", ".join(items)
        items = [_item_words(one) for one in items]
        item_text = ", ".join(items)
        # "coś, żeby sołtysi mogli podpisywać dokumenty elektronicznie": the thing that use names, said as understood
        meant = by_use(item_text) or by_use(raw)
        if meant is not None:
            items = [meant]
        elif said_as:
            meant, item_text = item_text, said_as  # a plan told as a sentence, the thing it is about
        blocks: list[Any] = [title(f"Zakup: {meant} (tak rozumiem: „{item_text}”)" if meant else f"Zakup: {item_text}")]
        verdicts = []
        for one in items:
            for c in codes:
                result = self.backends.classify(one, c)
                key = verdict_key(result.verdict)
                verdicts.append(key)
                mark = texts.VERDICT_MARK.get(key, "•")
                label = texts.VERDICT.get(key, key)
                what = f"„{one}” – " if len(items) > 1 else ""
                blocks.append(item(f"{mark} {programme_name(c)}: {what}{label}. {result.reason}".strip()))
                if result.citation is not None:
                    blocks.append(note("Źródło: " + result.citation.human()))
        if why and len(codes) == 1:
            blocks.append(note(texts.WHY_VERDICT.format(programme=programme_name(codes[0]))))
        cost = cost_in(priced_as) if priced_as else None
        for c in codes if cost is not None and "eligible" in verdicts else ():
            # "a jak kupimy macierz za 62 400 zł netto, to coś dodatkowo?": a price over the procurement threshold
            said = over_threshold(c, cost.net) if cost is not None else None
            if said is not None:
                blocks.append(item(f"{programme_name(c)}: {said}" if len(codes) > 1 else said))
                break
        if "review" in verdicts or "ineligible" in verdicts:
            blocks.append(note(texts.PURCHASE_CAVEAT))
        single = codes[0] if len(codes) == 1 else ""
        entry = LogEntry(
            "purchase", question, answer_entry=f"item:{verdicts[0]}" if verdicts else None, programme=single or None
        )
        # "macierz za 61 500 zł brutto" judged as "macierz": the price stays in the subject ("a ile to netto?" next)
        topic = Topic("item", programme=single, subject=priced_as or "\n".join(items))
        return done(turn, reply(*blocks, kind="purchase"), log=entry, session=turn.session.with_(topic=topic, offer=""))


FEATURE = Purchases
