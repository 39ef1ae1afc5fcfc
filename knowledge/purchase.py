"""Questions about one specific purchase ("czy mogę kupić laptopa w CS?") and their answers.

`purchase_item` finds the item an official asks about; the item classifier of the settlement
pre-screen (`checks.classifier.classify(text, programme)`) decides whether it is eligible. The item
text is returned as typed ("laptopa"): the classifier handles inflection. General questions about
a cost category ("czy VAT jest kwalifikowalny", "czy można kupić używany sprzęt") are left to the
FAQ, which answers them with the rule and its conditions.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Sequence
from decimal import Decimal
from typing import TYPE_CHECKING

from knowledge.citations import Citation
from knowledge.faq_engine import Answer, dated_purchase, wrong_applicant
from knowledge.faq_split import SALUTATION as _SALUTATION
from knowledge.lazy_re import lazy
from knowledge.normalize import fold, mentions_off_topic
from knowledge.programmes import get_programme

if TYPE_CHECKING:  # the catalogue loads YAML at import: not needed to tell a purchase question
    from knowledge.catalogue import ClassificationLike, Classify

_BUY = (
    r"(?:za)?kupi[cć]|kupowa[cć]|naby[cć]|zam[oó]wi[cć]|sfinansowa[cć]|finansowa[cć]|sfinansuj[eę]"
    r"|wliczy[cć]|rozliczy[cć]|kupimy|kupi[eę]|(?:za)?kupili[sś]my|kupno"
    # "dokupić tonery", "dokupimy dwa switche": buying more of something is buying it
    r"|dokupi[cć]|dokupimy|dokupi[eę]|dokupujemy|dokupili[sś]my"
    # the present tense of an official describing the purchase under way ("kupujemy 12 laptopów …, wejdzie?")
    r"|kupujemy|kupuj[eę]|kupuj[aą]|zamawiamy|zamawiam|finansujemy"
    # Paying for an item is asking about buying it ("zapłacić za Microsoft 365 z CG").
    r"|(?:za)?p[lł]aci[cć]\s+za|op[lł]aci[cć]|sfinansowa[cć]\s+zakup"
)
_ELIGIBLE = (
    r"(?:jest|s[aą]|b[eę]dzie|b[eę]d[aą]|by[lł]by|by[lł]aby|by[lł]yby)\s+"
    r"(?:kosztem\s+|wydatkiem\s+|kosztami\s+|wydatkami\s+)?(?:kwalifikowal\w*|kwalifikowan\w*|dozwolon\w*|ok\b)"
    r"|(?:si[eę]\s+)?kwalifikuj[eą]\s*(?:si[eę])?|przejdzie|przejd[aą]|wejdzie|zostanie\s+uznan\w*"
    # "czy drukarka się łapie?", "myszki do stanowisk można?": the chat's ways of asking the same
    r"|(?:si[eę]\s+)?(?:za)?[lł]api[eą](?:\s+si[eę])?|(?:si[eę]\s+)?mie[sś]ci(?:\s+si[eę])?"
    # "skaner do sekretariatu można z grantu?", "… można kupić z dotacji?": the same, the funding named
    r"|mo[zż]na(?=\W*$)|mo[zż]na(?:\s+(?:kupi[cć]|zakupi[cć]|sfinansowa[cć]|pokry[cć]|op[lł]aci[cć]|rozliczy[cć]))?"
    r"\s+(?:z|ze)\s+(?:grantu|dotacji|(?:tych\s+)?[sś]rodk[oó]w\s+grantu)(?=\W*$)"
    # "serwer backupu + NAS – ok?": a bare "ok" closing the message asks the verdict
    r"|[–-]\s+ok(?=\W*$)"
    # "czy laptopy są niekwalifikowalne?", "czy drukarki odpadają?": the verdict asked the other way round
    r"|(?:jest|s[aą]|b[eę]dzie|b[eę]d[aą])\s+(?:niekwalifikowal\w*|wy[lł][aą]czon\w*|wykluczon\w*)|odpada(?:j[aą])?\b"
)
_CLAIM_LEAD = lazy(r"\bczy\s+(?:to\s+)?(?:prawda|prawd[aą]\s+jest),?\s+(?:[zż]e|iz)\s+", re.IGNORECASE)
_PATTERNS = (
    lazy(rf"\b(?:{_BUY})\s+(?P<item>.+)", re.IGNORECASE),
    # "mamy firewall, a do tego chcieliśmy 5 laptopów – przejdzie?": what the official wants is the item asked
    # about (what they already have is context); a verb after the wish is an action, not an item
    lazy(
        r"\b(?:chcemy|chcieli[sś]my|chcieliby[sś]my|chcia[lł]\w*|planujemy|potrzebujemy)\s+(?!\w+[cć]\b|si[eę]\b|zakup\w*\b)(?P<item>.+)",
        re.IGNORECASE,
    ),
    lazy(rf"\bzakup(?:u|em)?\s+(?P<item>.+?)\s+(?:{_ELIGIBLE})", re.IGNORECASE),
    lazy(rf"\bczy\s+(?P<item>.+?)\s+(?:{_ELIGIBLE})", re.IGNORECASE),
    # "czy z CS przejdzie SIEM, EDR …", "czy w cs łapie się O365 …": the verdict word first, the items after it
    lazy(
        r"\bczy\s+(?:(?:w|z|ze)\s+\w+(?:\s+\w+)?\s+)?(?:przejdzie|przejd[aą]|wejdzie|wejd[aą]|(?:za)?[lł]api[eą]\s+si[eę]"
        r"|kwalifikuj[eą]\s+si[eę])\s+(?P<item>.+)",
        re.IGNORECASE,
    ),
    # "a serwer w cs w ogóle jest ok?", "drukarka przejdzie?": the item first, no "czy"
    lazy(rf"^\W*(?:a\s+|i\s+)?(?P<item>[^?]+?)\s+(?:w\s+og[oó]le\s+)?(?:{_ELIGIBLE})\W*$", re.IGNORECASE),
    lazy(r"\bzakup(?:u|em)?\s+(?P<item>.+)", re.IGNORECASE),
)
# Where the item ends: the programme, the grant, the beneficiary or the next clause.
_ITEM_END = lazy(
    r"\s+(?:w\s+ramach|w\s+programie|w\s+konkursie|w\s+projekcie|z\s+grantu|z\s+dotacji|ze\s+[sś]rodk[oó]w"
    r"|z\s+programu|z\s+dofinansowania|w\s+(?:cs|cg|cp)\b|z\s+(?:cs|cg|cp)\b|w\s+cyfrow\w*|z\s+cyfrow\w*"
    r"|w\s+cyberbezpieczn\w*|z\s+cyberbezpieczn\w*|dla\s+|do\s+urz[eę]d\w*|jako\s+|czy\s+|bo\s+|poniewa[zż]"
    r"|kt[oó]r\w+\s|co\s|je[sś]li|(?:jest|s[aą]|b[eę]dzie|b[eę]d[aą])\s|przejdzie|kwalifikuj"
    r"|wchodzi|wejdzie|[lł]apie|z[lł]apie|mie[sś]ci|da\s+si[eę]|mo[zż]na\b|w\s+og[oó]le\b)"
    # ("switche z 802.1x": a point between digits is part of the name)
    r"|[?,;:!()]|\.(?!\d)|\s+[–-](?=\s)",
    re.IGNORECASE,
)
_LEAD_NOT_ITEM = lazy(
    r"\b(?:temat\w*|zmieniaj\w*|wracaj\w*|jednak|sk[lł]adamy|startujemy|aplikujemy|jeste[sś]my|pytani\w*|kwesti\w*"
    r"|spraw\w*|dalej|teraz|jeszcze|inn[aey])\b|\bcyber|\bcyfrow|\bc[gps]\b",
    re.IGNORECASE,
)
_LEAD_THEN_ASKED = lazy(r"^(?P<lead>[^–?]{3,90}?)\s+[–-]\s+(?P<asked>[^–]+\?)\s*$")
# "… – czy to przejdzie?", "… – to wszystko się kwalifikuje?": the verdict asked of the things named before the dash
_ASKED_OF_LEAD = lazy(
    r"^\W*(?:a\s+)?(?:czy\s+)?(?:to|one|te\s+rzeczy|to\s+wszystko|ca[lł]o[sś][cć])\s+(?:w\s+og[oó]le\s+|si[eę]\s+)?"
    r"(?:przejd|przech|jest|s[aą]\b|b[eę]d|kwalifik|wchodz|wejd|z?[lł]api|mie[sś]ci)",
    re.IGNORECASE,
)
_OR_SPLIT = lazy(r"\s+(?:albo|lub|czy\s+te[zż])\s+", re.IGNORECASE)
_PROGRAMME_LEAD = lazy(
    r"^\s*(?:c[gps]|cyfrow\w*\s+(?:gmin|powi)\w*|cyber\w*(?:\s+samorz\w*)?)\s*[-–:]\s+", re.IGNORECASE
)
# "informatyk UG: w cs planujemy …", "sekretarz gminy: …": who writes, tagged before a colon, is no item
_SPEAKER_LEAD = lazy(r"^\s*(?!czy\b)[^\W\d][\w.]*(?:\s+[^\W\d][\w.]*){0,3}\s*:\s+(?=\S)", re.IGNORECASE)
# "mamy taką sytuację, że …", "jest taka sprawa: …": the official announcing the question, no item
_CONTEXT_LEAD = lazy(
    r"^\W*(?:mamy|mam|jest|by[lł]a)\s+(?:tak\w+\s+)?(?:sytuacj\w*|spraw\w*|problem\w*|kwesti\w*|pytani\w*)"
    r"\s*[,:–-]?\s*(?:[zż]e\s+)?",
    re.IGNORECASE,
)
_PROGRAMME_FIRST = lazy(
    r"^\s*(?:w|z|ze)\s+(?:c[gps]|cyfrow\w*\s+(?:gmin|powi)\w*|cyber\w*(?:\s+samorz\w*)?)\s+(?=\w)", re.IGNORECASE
)
# Not items: cost categories and rules the FAQ explains better than a per-item verdict.
_NOT_ITEMS = lazy(
    r"^(?:czy|to|te|ten|t[aą]|co\w*|(?:cyfrow\w*\s+(?:gmin|powi)\w*|cyberbezpieczn\w*(?:\s+samorz\w*)?|c[gps])|cokolwiek|jaki\w*|kt[oó]r\w*|wszystko|wydat\w*|koszt\w*|vat|podat\w*|wk[lł]ad\w*"
    # "VAT od zakupów", "podatek z faktur": the tax on the purchases, a cost category, no thing
    r"|(?:vat|podat\w*)\s+(?:od|z|ze|na|w|we)\s+\w+(?:\s+\w+)*"
    # "gmina odlicza VAT od zakupów": a phrase about the tax is no thing bought
    r"|.*\bvat\b.*"
    r"|sprz[eę]t(?:u)?(?:\s+(?:it|komputerow\w*|informatyczn\w*))?|u[zż]ywan\w*(?:\s+sprz[eę]t\w*)?"
    r"|sprz[eę]t\w*\s+u[zż]ywan\w*|diagnoz\w*|ankiet\w*|audyt\w*|ubezpiecz\w*|polis\w*|us[lł]ug\w*(?:\s+doradcz\w*)?"
    r"|doradzt\w*|szkole\w*|wynagrodze\w*|pensj\w*|projekt\w*|grant\w*|wniosk\w*|dokumentacj\w*|przygotowani\w*"
    # documents of the settlement are not purchases: "czy można rozliczyć same faktury?"
    r"|(?:same\s+|tylko\s+)?(?:faktur\w*|protok\w*|dokument\w*|o[sś]wiadcz\w*|paragon\w*|rachunk\w*)(?:\s+\w+){0,2}"
    r"|wi[eę]cej|mniej|wcze[sś]niej|p[oó][zź]niej|rzeczy|cz[eę][sś][cć]\w*|za\s+\w+"
    # "chcemy dokupić 10 sztuk": how many more of the thing named before, no thing of its own
    r"|(?:jeszcze\s+)?\d+\s*(?:szt\w*\.?|egzemplarz\w*|kolejn\w*|nast[eę]pn\w*|takich|tych|nowych)?"
    # "planujemy NAC, switche i pentesty. to wszystko jest kwalifikowalne?": the things named before, no thing
    r"|(?:to|te|ta|ten|tamto)\s+(?:wszystk\w*|razem|rzeczy|pozycj\w*)|ca[lł]o[sś][cć]"
    # "kupiliśmy laptopy i wszystko było ok": the official's remark, no thing
    r"|wszystko\s+(?:by[lł]o|jest|posz[lł]o|przesz[lł]o)(?:\s+\w+){0,2}"
    # "zakup za ponad 50 tys. netto", "VAT … wliczyć do wydatków kwalifikowalnych": a sum or a cost category, no thing
    r"|za\s+(?:ponad\s+|powy[zż]ej\s+|oko[lł]o\s+|ok\.?\s+|do\s+|mniej\s+ni[zż]\s+)?\d[\d\s,.]*(?:tys\w*|mln|k|z[lł]\w*)?\.?(?:\s+(?:netto|brutto))?"
    r"|do\s+(?:wydatk|koszt)\w*(?:\s+kwalifikowaln\w*)?"
    # "ten program co pilnuje przed wirusami", "takie pudełko co trzyma prąd": a thing named only by what it does
    # (the words after it say what; the FAQ reads them)
    r"|(?:t(?:en|e|a|ak\w*|ego|ej)\s+)(?:program\w*|urz[aą]dze\w*|pude[lł]\w*|sprz[eę]t\w*|rzecz\w*|co[sś])"
    r"|(?:program\w*|urz[aą]dze\w*|pude[lł]\w*|co[sś])(?:\s+tak\w*)?)$",
    re.IGNORECASE,
)
# A phrase opening with a cost category asks about a rule, not an item ("koszt przygotowania projektu").
_GENERAL_START = lazy(
    # … and "rozliczyć po drugiej dostawie", "rozliczyć przed końcem projektu": when, not what
    r"^(?:koszt\w*|wydat\w*|op[lł]at\w*|us[lł]ug\w*\s+doradcz\w*|po|przed|od|przez|w\s+trakcie|w\s+ci[aą]gu"
    # "rozliczyć część grantu", "resztę kwoty": a share of the money, not a thing
    r"|cz[eę][sś][cć]\w*|reszt\w*|ca[lł]o[sś][cć]\w*|po[lł]ow\w*)\b",
    re.IGNORECASE,
)
_MAX_ITEM_WORDS = 6
# Words that make a purchase-shaped question a question about a rule: conditions for used
# equipment, who the equipment is for (children from former PGR families, pupils), how a cost is
# counted (licences charged proportionally), leasing, resale, limits and deadlines. The FAQ states
# the rule with its conditions; a per-item verdict would drop them.
_RULE_MARKERS = lazy(
    r"\b(?:u[zż]ywan\w*|poleasing\w*|odnawian\w*|refurb\w*|z\s+drugiej\s+r[eę]ki|leasing\w*|wynaj\w*|dzier[zż]aw\w*"
    r"|sprzeda\w*|pgr\w*|popegeer\w*|pegeer\w*|rodzin\w*|dzieci\w*|dziecka|uczni\w*|nauczyciel\w*|szk[oó][lł](?!eni)\w*"
    # a health-care unit or a social-care home as the recipient: the exclusion rule decides, not the item
    r"|przychodn\w*|\bpoz\b|szpital\w*|\bs?p?zoz\w*|ochron\w*\s+zdrowia|dom\w*\s+pomocy|\bdps\b"
    # "czy z CG i CS można sfinansować ten sam serwer": double financing, not a verdict on the server
    r"|\bten\s+sam\w*|\bte\s+same\b|\bpodw[oó]jn\w*|\bz\s+obu\b|\bz\s+dw[oó]ch\s+program\w*"
    # "kupiliśmy 6 laptopów zamiast 10 – czy można zmienić wskaźniki?": the application's indicators are a rule
    r"|wska[zź]nik\w*"
    # "zamiast zaplanowanego SIEM kupić IDS": the declared scope changed, a rule (the application's scope), no item
    r"|zamiast\s+(?:zaplanowan|planowan|przewidzian|zadeklarowan|wpisan|uj[eę]t)\w*"
    # "kupiliśmy serwer za 73 800 zł brutto – czy trzeba było bazy konkurencyjności?": the procurement rule
    r"|baz\w*\s+konkurencyj\w*|konkurencyjnosc\w*|przetarg\w*|\bpzp\b|zam[oó]wie\w*\s+publiczn\w*|zapytani\w*\s+ofertow\w*"
    # "kupujemy macierz za 62 tys. netto, musimy coś ogłaszać?": how to buy it, not whether it is eligible
    r"|og[lł]asza\w*|og[lł]osi\w*|og[lł]oszeni\w*|procedur\w*|\btryb\w*"
    r"|proporcjonaln\w*|cz[eę][sś]ciowo|warunk\w*|zasad\w*|limit\w*|procent\w*|ile\b|do\s+kiedy|kiedy|termin\w*"
    # "czy możemy zrezygnować z diagnozy, jeśli kupujemy tylko oprogramowanie?": a duty skipped, not an item
    r"|zrezygn\w*|pomin\w*|pomija\w*|diagnoz\w*|ankiet\w*"
    r"|jak\s+(?:to\s+|je\s+|ja\s+)?(?:rozliczy\w*|udokumentowa\w*)|jakie\s+dokument\w*|protok\w*\s+odbior\w*|na\s+\d+\s+(?:lat|lata|miesiec\w*)|wcze[sś]niej\w*|s?przed\s+(?:podpisani\w*|umow\w*|zawarci\w*|z[lł]o[zż]eni\w*)"
    # "kupiliśmy routery w czerwcu 2020": when it was bought is the question, not what
    # … and so is "faktury za sprzęt ze stycznia 2020, wejdą?" (the eligibility window decides)
    r"|\b(?:w|z|ze|od|do)\s+(?:styczni|stycznia|lut|marc|kwietni|maj|czerwc|lipc|sierpni|wrze[sś]ni|pa[zź]dziernik"
    r"|listopad|grudni)\w*"
    r"|\b(?:w|z|ze|od|do)\s+(?:roku\s+)?20[12]\d\b"
    # "… SOC i SIEM za 1,2 mln w całości z CS – czy taki grant jest możliwy?": the grant's size is asked, not the items
    # "planujemy serwerownię za 480 tys. Czy grant to pokryje?": whether the grant's size covers the sum
    r"|\b(?:grant\w*|dotacj\w*)\s+(?:to\s+|je\s+|j[aą]\s+)?(?:w\s+ca[lł]o[sś]ci\s+)?pokry\w*"
    r"|\btaki\w*\s+grant\w*|\bgrant\w*\s+(?:jest\s+|bedzie\s+|byłby\s+|bylby\s+)?(?:w\s+og[oó]le\s+)?mo[zż]liw\w*"
    r"|\bw\s+ca[lł]o[sś]ci\s+z\b)",
    re.IGNORECASE,
)


# "…, bo przecież antywirus można", "skoro drukarki w CG były ok": the official's argument for the purchase
_ARGUMENT = lazy(r"(?:,\s*|\s+)(?:bo|skoro|poniewa[zż]|gdy[zż]|przecie[zż])\b(?:\s+przecie[zż]\b)?", re.IGNORECASE)


_ASKS_FIRST = lazy(r"^\W*(?:a\s+|i\s+)?(?:czy|jak\w*|ile|kiedy|do\s+kiedy|gdzie|kto|co)\b")


_PROGRAMME_NAMES = {
    "cg": lazy(r"\bcg\b|\bcyfrow\w*\s+gmin\w*"),
    "cp": lazy(r"\bcp\b|\bcyfrow\w*\s+powi\w*"),
    "cs": lazy(r"\bcs\b|\bcyber\w*"),
}


def _item_before_dash(led: re.Match[str]) -> str | None:
    """ "SOC as a service albo SIEM w chmurze – czy to przejdzie w CP?": "to" is the things named before the dash;
    the first of them, as typed (None when the lead names no thing)."""
    lead = led.group("lead").strip()
    if (
        not _ASKED_OF_LEAD.match(led.group("asked"))
        or _LEAD_NOT_ITEM.search(lead)
        or len(lead.split()) > 2 * _MAX_ITEM_WORDS
    ):
        return None
    first = _CLAUSE_SPLIT.split(_OR_SPLIT.sub(", ", lead), maxsplit=1)[0].strip()
    return first if first and not _NOT_ITEMS.match(first) and len(first.split()) <= _MAX_ITEM_WORDS else None


def purchase_item(question: str) -> str | None:
    """The item a purchase question asks about, as typed; None for any other question.

    >>> purchase_item("czy mogę kupić laptopa w CS?")
    'laptopa'
    >>> purchase_item("czy UPS jest kwalifikowalny")
    'UPS'
    >>> purchase_item("Ile wynosi grant w Cyfrowej Gminie?") is None
    True
    >>> purchase_item("a serwer w cs w ogóle jest ok?")
    'serwer'

    """
    # "jesteśmy powiatem – laptopy z Cyfrowej Gminy?": the programme is not theirs, no item verdict; "kupiliśmy switch
    # 15 stycznia 2020 – rozliczymy go?": the date against the eligibility window decides, which the FAQ computes (an
    # item verdict would say "kwalifikowalny" whatever the date)
    if wrong_applicant(question) is not None or dated_purchase(fold(question)):
        return None
    priced = priced_items(question)
    if priced:
        # "faktura: UPS 8 000 zł, drukarka 3 000 zł – ile z tego z grantu?": the invoice's positions are the purchase
        return None if mentions_off_topic(question) else priced[0][0]
    listed = listed_items(question)
    if listed:
        # "Czy to przejdzie w CS: • UTM • drukarka …": the list is the purchase; the rule words
        # that matter are those of the asking text around it, not of the items ("szkolenie").
        return None if mentions_off_topic(question) else listed[0]
    # "Dobry, czy …", "Cześć, w CS kupujemy …": the salutation is no part of the question; nor is "cs - " naming
    # the programme before it
    text = _PROGRAMME_LEAD.sub("", _SALUTATION.sub("", " ".join(question.split())))
    text = _CONTEXT_LEAD.sub("", _SPEAKER_LEAD.sub("", text))
    # "czy to prawda, że laptopy są niekwalifikowalne?": the claim checked is the question itself
    text = _CLAIM_LEAD.sub("czy ", text)
    # "zmieniając temat – firewall przejdzie?", "jednak składamy też do CS - drukarka tam przejdzie?": a lead before
    # the dash, the thing asked about after it
    led = _LEAD_THEN_ASKED.match(text)
    if (
        led is not None
        and _LEAD_NOT_ITEM.search(led.group("lead"))
        # "w cs chcemy kupić firewall i drukarkę – co przejdzie?": the things are in the lead
        and not re.search(rf"\b(?:{_BUY})\b|\b(?:chc|planuj|potrzebuj|mamy\b)\w*", led.group("lead"), re.IGNORECASE)
        and len(led.group("asked").split()) >= 2
        and re.search(rf"(?:{_ELIGIBLE})", led.group("asked"), re.IGNORECASE)
    ):
        text = led.group("asked")
    elif led is not None and (before := _item_before_dash(led)) is not None:
        return None if mentions_off_topic(text) else before
    argument = _ARGUMENT.search(text)
    if argument is not None and _ASKS_FIRST.match(fold(text[: argument.start()])):
        # "czy można zmienić wskaźniki, bo kupiliśmy mniej laptopów?": what was bought is why the official
        # asks; the question before the reason names no item, so it is a rule question for the FAQ
        head = text[: argument.start()]
        if purchase_item(head) is None:
            return None
    sentences = re.split(r"(?<=[.!?])\s+", text)
    if len(sentences) > 1 and sentences[-1].strip():
        # "hej, doradzam paru gminom. macierz dyskowa w cs – można?": the question is the last sentence
        last = purchase_item(sentences[-1])
        if last is not None:
            return last
    if is_rule_question(text):
        return None
    for pattern in _PATTERNS:
        match = pattern.search(text)
        if not match:
            continue
        # "kupimy w cs niszczarkę": the programme between the verb and the item is no end of the item
        item = _ITEM_END.split(" " + _PROGRAMME_FIRST.sub("", match.group("item")), maxsplit=1)[0].strip()
        item = re.sub(r"^(?:sobie|nowy|nowe|nową|nowa|nowego|nowej|np\.?|na\s+przyk[lł]ad)\s+", "", item, flags=re.I)
        item = re.sub(r"^(?:czy\s+)?(?:mo[zż]na|mo[zż]emy|mog[eę]|da\s+si[eę])\s+", "", item, flags=re.I)
        # "dokupić do niej tonery": the thing it is for is said before; the item is what follows
        item = re.sub(r"^do\s+(?:niej|niego|nich)\s+", "", item, flags=re.I)
        words = item.split()
        if len(words) > _MAX_ITEM_WORDS:
            # "sfinansować pentest infrastruktury sieciowej i strony www oraz wdrożenie MFA": several items
            first = _CLAUSE_SPLIT.split(item, maxsplit=1)[0].strip()
            item, words = first, first.split()
        if (
            not words
            or len(words) > _MAX_ITEM_WORDS
            or _NOT_ITEMS.match(item)
            or _GENERAL_START.match(item)
            or not fold(item)[0].isalnum()
        ):
            continue
        # Another funding scheme or topic ("laptopy z funduszu sołeckiego"): the FAQ says it is not ours.
        return None if mentions_off_topic(text) else item
    return None


def is_rule_question(question: str) -> bool:
    """A question about the conditions of buying something, not a verdict on one item.

    >>> is_rule_question("czy w CG można kupić używany sprzęt")
    True
    >>> is_rule_question("czy możemy kupić laptopa w CS?")
    False
    """
    return bool(_RULE_MARKERS.search(question))


VERDICTS = {
    "eligible": "kwalifikowalny",
    "ineligible": "niekwalifikowalny",
    "review": "do sprawdzenia (nie rozstrzygam tego automatycznie)",
}
_DECIDED = frozenset({"eligible", "ineligible"})
# "Z opisu nie wynika temat.": the classifier's reason says the description leaves the verdict open (not a rule with
# conditions the reply states, like a licence's period)
_OPEN_REASON = lazy(r"\bnie\s+wynika\b|\bnie\s+rozstrzyga\w*|\bnieokreślon\w*|\bnie\s+wymieniaj\w*\s+wprost\b")


def _undecided(c: ClassificationLike) -> bool:
    return c.verdict not in _DECIDED and bool(_OPEN_REASON.search(f"{c.reason} {c.category_label or ''}"))


def render_verdicts(item: str, verdicts: Sequence[tuple[str, ClassificationLike]]) -> str:
    """Polish answer for one item judged in one or more programmes ((code, classification) pairs)."""
    lines = []
    citations: list[Citation] = []
    for code, c in verdicts:
        name = get_programme(code).name
        verdict = VERDICTS.get(c.verdict, c.verdict)
        category = f" (kategoria: {c.category_label})" if c.category_label else ""
        lines.append(f"{name}: zakup „{item}” – {verdict}{category}. {c.reason}".strip())
        if c.citation is not None and c.citation not in citations:
            citations.append(c.citation)
    text = "\n".join(lines)
    if any(c.verdict == "review" for _code, c in verdicts):
        contacts = "; ".join(get_programme(code).contact() for code, _c in verdicts)
        text += f"\nW razie wątpliwości zapytaj operatora: {contacts}."
    if citations:
        text += "\n\nŹródło: " + "; ".join(c.human() for c in citations)
    return text


def purchase_answer(question: str, programmes: Sequence[str], classify: Classify) -> Answer | None:
    """The classifier's verdict on the item a purchase question names, in each programme; None when
    the question is not about one item or the classifier does not recognise it (the FAQ then answers).

    The classifier is passed in (`checks.classifier.classify`) so this module stays independent of
    the pre-screen package.
    """
    priced = priced_items(question)
    if priced:
        answer = _priced_answer(priced, programmes, classify)
        if answer is not None:
            return answer
    item = purchase_item(question)
    if item is None:
        return None
    argument = _ARGUMENT.search(question)
    if argument is not None and len(programmes) > 1:
        # "czy w CS kupimy drukarkę, bo w CG drukarki były ok": the programme of the argument is a comparison
        asked = [
            code for code, pattern in _PROGRAMME_NAMES.items() if pattern.search(fold(question[: argument.start()]))
        ]
        if len(asked) == 1 and asked[0] in programmes:
            programmes = asked
    several = purchase_items(question)
    if len(several) > 1:
        # "anty DDoS i NAC …, a drukarki?": one verdict per item, when the classifier knows each one;
        # a pasted list gets one verdict per line whatever it holds (an unknown line is "do sprawdzenia")
        judged = [[(code, classify(part, code)) for code in programmes] for part in several]
        if not listed_items(question):
            several, judged = _merged_unknown(several, judged, programmes, classify)
        known_items = sum(all(c.category for _code, c in verdicts) for verdicts in judged)
        if known_items == len(several) or listed_items(question) or (len(several) > 1 and known_items >= 2):
            return _several_answer(several, judged)
    known = [(code, c) for code in programmes if (c := classify(item, code)).category]
    if not known:
        return None
    text = render_verdicts(item, known)
    if argument is not None:
        # "czy kupimy laptopy, bo przecież antywirus można": the item the official argues from gets
        # its own verdict, so the premise is answered, not only the conclusion
        premise_text = question[argument.end() :]
        categories = {c.category for _code, c in known}
        premise = [
            (code, c)
            for code in programmes
            if (c := classify(premise_text, code)).category and c.category not in categories
        ]
        if premise:
            label = (premise[0][1].category_label or premise_text).lower()
            text += f"\n\nA co do argumentu („{premise_text.strip(' ?.!,')}”):\n" + render_verdicts(label, premise)
            known = known + premise
    citations = tuple(dict.fromkeys(c.citation for _code, c in known if c.citation is not None))
    return Answer(
        text=text,
        # "egzamin certyfikacyjny CISSP dla informatyka?" – "do sprawdzenia" in every programme: the documents do not
        # decide it, and the reply says so – an abstention
        abstained=all(_undecided(c) for _code, c in known),
        entry_id=f"classifier:{known[0][1].category}",
        programme=known[0][0] if len(known) == 1 else None,
        score=round(min(float(c.confidence) for _code, c in known), 3),
        citations=citations,
    )


# "faktura: UPS 8 000 zł, drukarka 3 000 zł, tonery 500 zł – ile z tego pokryje grant?": priced positions of an
# invoice and the share of their sum the grant may cover
_PRICED_ITEM = lazy(
    r"(?P<item>[^\W\d][^,:;.?!\d–-]{1,40}?)\s*(?:[-–:=]\s*)?"
    r"(?P<amount>\d{1,3}(?:[ \u00a0.]\d{3})+(?:,\d{1,2})?|\d+(?:,\d{1,2})?)\s*(?:z[lł]\w*|pln)(?!\w)",
    re.IGNORECASE,
)
_SHARE_ASKED = lazy(
    r"\bile\s+(?:z\s+(?:tego|tej\s+kwoty|faktury|tych\s+\w+)\s+)?(?:\w+\s+){0,3}?"
    r"(?:z\s+grantu|kwalifik\w*|sfinansuj\w*|pokryj\w*|pokryje|rozlicz\w*|wejdzie|przejdzie|zwroc\w*)",
    re.IGNORECASE,
)
_PRICED_LEAD = lazy(r"^(?:faktur\w*|rachun\w*|zakup\w*|pozycj\w*|lista|w\s+tym|oraz|i|a)\b\W*", re.IGNORECASE)
MAX_PRICED = 8


def priced_items(question: str) -> list[tuple[str, Decimal]]:
    """The priced positions of an invoice asked about ("ups 8 000 zl, drukarka 3 000 zl – ile z grantu?"); [] for none.

    >>> priced_items("faktura z cs: ups 8 000 zl, drukarka 3 000 zl. ile z tego moze isc z grantu?")
    [('ups', Decimal('8000')), ('drukarka', Decimal('3000'))]
    """
    if not _SHARE_ASKED.search(fold(question)):
        return []
    found = []
    for match in _PRICED_ITEM.finditer(question):
        item = _PROGRAMME_FIRST.sub("", _PRICED_LEAD.sub("", match.group("item").strip())).strip(" ,")
        raw = re.sub(r"[ \u00a0.]", "", match.group("amount")).replace(",", ".")
        if not item or _NOT_ITEMS.match(item) or len(item.split()) > _MAX_ITEM_WORDS:
            return []
        found.append((item, Decimal(raw)))
    return found if 2 <= len(found) <= MAX_PRICED else []


def _amount(value: Decimal) -> str:
    whole, _dot, cents = f"{value:.2f}".partition(".")
    groups: list[str] = []
    while whole:
        groups.insert(0, whole[-3:])
        whole = whole[:-3]
    return f"{' '.join(groups)},{cents} zł"


def _priced_answer(priced: list[tuple[str, Decimal]], programmes: Sequence[str], classify: Classify) -> Answer | None:
    """Each priced position's verdict and the sum the grant may cover, in one programme."""
    if len(programmes) != 1:
        return None
    code = programmes[0]
    judged = [(item, value, classify(item, code)) for item, value in priced]
    if sum(1 for _i, _v, c in judged if c.category) < len(judged) - 1:
        return None  # the classifier knows too few of the positions to add them up
    name = get_programme(code).name
    lines = [f"{name} – pozycje faktury:"]
    for item, value, c in judged:
        verdict = VERDICTS.get(c.verdict, c.verdict) if c.category else VERDICTS["review"]
        label = f" ({c.category_label})" if c.category_label else ""
        lines.append(f"• {item} – {_amount(value)}: {verdict}{label}.")
    eligible = [(item, value) for item, value, c in judged if c.category and c.verdict == "eligible"]
    excluded = [(item, value) for item, value, c in judged if c.category and c.verdict == "ineligible"]
    unsure = [
        (item, value) for item, value, c in judged if not c.category or c.verdict not in ("eligible", "ineligible")
    ]
    total = sum((v for _i, v in eligible), Decimal(0))
    if eligible:
        named = " + ".join(_amount(v) for _i, v in eligible)
        lines.append(
            f"Z grantu może iść: {named} = {_amount(total)}."
            if len(eligible) > 1
            else f"Z grantu może iść {_amount(total)}."
        )
    else:
        lines.append("Z grantu nie może iść żadna z tych pozycji.")
    if excluded:
        rest = sum((v for _i, v in excluded), Decimal(0))
        lines.append(f"Niekwalifikowalne ({', '.join(i for i, _v in excluded)}): {_amount(rest)} – z własnych środków.")
    if unsure:
        lines.append(
            f"Do sprawdzenia ({', '.join(i for i, _v in unsure)}): zapytaj operatora – {get_programme(code).contact()}."
        )
    citations = tuple(dict.fromkeys(c.citation for _i, _v, c in judged if c.citation is not None))
    text = "\n".join(lines)
    if citations:
        text += "\n\nŹródło: " + "; ".join(c.human() for c in citations)
    return Answer(
        text=text,
        abstained=False,
        entry_id="classifier:" + "+".join(dict.fromkeys(c.category for _i, _v, c in judged if c.category)),
        programme=code,
        score=round(min(float(c.confidence) for _i, _v, c in judged), 3),
        citations=citations,
    )


# A list pasted into the message: bullets ("• UTM • drukarka"), dashes or numbers opening each item,
# with the question before or after it ("lista zakupów do CG: - laptopy - signature pad … czy wszystko
# kwalifikowalne?"). A dash is a bullet only after a colon or a line break, or when three or more open items.
_BULLET = lazy(r"(?:^|(?<=[\s:]))(?:[•·▪◦●►✓✔]|\*|[-–](?=\s)|\d{1,2}[.)](?=\s))\s*")
_ASKS_ELIGIBILITY = lazy(
    rf"\b(?:{_BUY})\b|\b(?:{_ELIGIBLE})|\bkwalifikowal\w*|\bkwalifikuj\w*|\bwejd\w*|\bprzejd\w*|\bfinansowan\w*"
    r"|\bzakup\w*|\blista\s+zakup\w*",
    re.IGNORECASE,
)
_ITEM_TAIL = lazy(r"(?:[.?!](?:\s|$)|\s+[-–]\s+(?=(?:czy|co|kt[oó]r\w*|jak\w*)\b)).*$", re.IGNORECASE | re.DOTALL)
MAX_LISTED = 8
MAX_LISTED_WORDS = 8


def _bullet_kind(mark: str) -> str:
    mark = mark.strip()
    return "1" if mark[:1].isdigit() else "-" if mark in ("-", "–") else mark


def listed_items(question: str) -> list[str]:
    """The items of a list pasted into an eligibility question, in order; [] when there is none.

    >>> listed_items("Czy to przejdzie w CS: • UTM • drukarka sieciowa • szkolenie z Excela")
    ['UTM', 'drukarka sieciowa', 'szkolenie z Excela']
    >>> listed_items("czy w CS - jako gmina - możemy kupić UPS?")
    []
    """
    found = list(_BULLET.finditer(question))
    if not found:
        return []
    # one kind of bullet opens every item: a dash before "czy" after numbered items ends the list
    kind = _bullet_kind(found[0].group())
    marks = [m for m in found if _bullet_kind(m.group()) == kind]
    if len(marks) < 2:
        return []
    head = question[: marks[0].start()]
    strong = kind != "-"
    after_break = head.rstrip().endswith(":") or "\n" in question
    if not strong and not after_break and len(marks) < 3:
        return []
    items = [question[a.end() : b.start()] for a, b in itertools.pairwise(marks)]
    last = question[marks[-1].end() :]
    tail_match = _ITEM_TAIL.search(last)
    tail = tail_match.group() if tail_match else ""
    items.append(last[: tail_match.start()] if tail_match else last)
    items = [" ".join(item.split()).strip(" ,;:.") for item in items]
    if (
        not 2 <= len(items) <= MAX_LISTED
        or any(not item or len(item.split()) > MAX_LISTED_WORDS for item in items)
        or not _ASKS_ELIGIBILITY.search(f"{head} {tail}")
    ):
        return []
    return items


_ITEM_SPLIT = lazy(r"\s*,\s*|\s*\+\s*|\s+(?:i|oraz|plus|a\s+tak[zż]e|a\s+do\s+tego)\s+", re.IGNORECASE)
_ITEM_LEAD = lazy(
    r"^(?:(?:chcemy|chcieliby[sś]my|planujemy|zamierzamy|jeszcze|te[zż]|r[oó]wnie[zż]|dodatkowo|do\s+tego|"
    r"kupi[cć]|kupimy|kupili[sś]my|zakup(?:u|em)?|kupno|zakupi[cć]|nowe|nowy|nową)\s+)+",
    re.IGNORECASE,
)
# "…, a drukarki?", "…, a co z drukarką?": one more item added at the end of the message
_TAIL_ITEM = lazy(
    # "…, a drukarki?", "…, a Office nie?", "…, a UPS też?"
    r",\s*a\s+(?:co\s+z\s+|jak\s+z\s+)?(?P<item>[^\W\d][^,?!.]{1,40}?)(?:\s+(?:nie|te[zż]|r[oó]wnie[zż]))?\s*[?!.]*\s*$",
    re.IGNORECASE,
)


def purchase_items(question: str) -> list[str]:
    """Every item a purchase question names ("SIEM i smartfony", "…, a drukarki?"); [] for none.

    >>> purchase_items("czy kupno ochrony anty DDoS i NAC w cs jest ok, a drukarki?")
    ['ochrony anty DDoS', 'NAC', 'drukarki']
    >>> purchase_items("czy mogę kupić laptopa w CS?")
    ['laptopa']
    """
    item = purchase_item(question)
    if item is None:
        return []
    listed = listed_items(question)
    if listed:
        return listed
    clause = _clause_items(question, item)
    parts = clause if len(clause) > 1 else [_ITEM_LEAD.sub("", p.strip()).strip() for p in _ITEM_SPLIT.split(item)]
    tail = _TAIL_ITEM.search(question)
    last = tail.group("item").strip() if tail is not None else ""
    if last and last not in item and not any(p in last or last in p for p in parts):
        parts.append(last)
    return parts if len(clause) > 1 else [p for p in parts if p and not _NOT_ITEMS.match(p)]


# "chcemy kupić ochronę AntyDDoS, oprogramowanie DLP i przy okazji abonament telefoniczny – co przejdzie?":
# the items run from the item found to the end of the clause, separated by commas and "i", "oraz", "a do tego"
_CLAUSE_END = lazy(r"\s+[-–]\s+|\?|\.(?:\s|$)|\(|;|,\s*(?=(?:co|czy|kt[oó]r\w*|jak\w*|ile|bo|skoro)\b)", re.IGNORECASE)
_CLAUSE_SPLIT = lazy(
    r"\s*,\s*(?:a\s+(?:do\s+tego\s+|tak[zż]e\s+|te[zż]\s+)?|i\s+|oraz\s+)?"
    r"|\s+(?:i|oraz|plus|a\s+do\s+tego|a\s+tak[zż]e)\s+(?:przy\s+okazji\s+|do\s+tego\s+|dodatkowo\s+|jeszcze\s+)?",
    re.IGNORECASE,
)
_PROGRAMME_TAIL = lazy(
    r"\s+(?:w|z|ze)\s+(?:ramach\s+)?(?:cs|cg|cp|cyfrow\w*(?:\s+\w+)?|cyberbezpieczn\w*(?:\s+\w+)?)\s*$", re.IGNORECASE
)


# "laptop z licencją EDR", "laptopy z pakietem biurowym, ubezpieczeniem i serwisem": what comes with the item is a
# cost of its own, judged apart (a feature, "poczta z antyspamem", is no cost of its own and stays with its item)
_BUNDLED = (
    r"(?:pakiet|licencj|ubezpiecz|us[lł]ug|serwis|gwarancj|oprogramowani|subskrypcj|abonament|wdro[zż]eni"
    r"|instalacj|konfiguracj|szkoleni|monta[zż])\w*"
)
_WITH_BUNDLED = lazy(rf"\s+(?:z|ze|wraz\s+z|razem\s+z|plus)\s+(?={_BUNDLED})", re.IGNORECASE)
_BUNDLED_START = lazy(rf"^{_BUNDLED}", re.IGNORECASE)
# "3 laptopy, wejdą?": the verdict asked after a comma is no item of its own
_VERDICT_ONLY = lazy(rf"^(?:czy\s+)?(?:to\s+)?(?:{_ELIGIBLE}|wejd[aą]|ok)$", re.IGNORECASE)


def _clause_items(question: str, item: str) -> list[str]:
    """Every item of the clause that starts with `item`; [] when the clause names one thing."""
    start = question.find(item)
    if start < 0:
        return []
    rest = re.sub(r"\s*\([^()]*\)", "", question[start:])  # "(licencje chmurowe na rok)": a remark on the item
    end = _CLAUSE_END.search(rest)
    clause = rest[: end.start()] if end else rest
    bundled = _WITH_BUNDLED.search(clause) is not None
    clause = _WITH_BUNDLED.sub(", ", clause)
    items = []
    for part in _CLAUSE_SPLIT.split(clause):
        part = _ITEM_END.split(" " + _ITEM_LEAD.sub("", part.strip()), maxsplit=1)[0]
        part = _PROGRAMME_TAIL.sub("", part).strip(" ,")
        part = re.sub(r"\s+(?:te[zż]|nie|r[oó]wnie[zż])$", "", part, flags=re.IGNORECASE)  # "…, a antywirus też"
        if (
            part
            and (not _NOT_ITEMS.match(part) or (bundled and _BUNDLED_START.match(part)))
            and not _VERDICT_ONLY.match(part)
            and len(part.split()) <= _MAX_ITEM_WORDS
        ):
            items.append(part)
    return items if len(items) > 1 else []


def _merged_unknown(
    items: list[str], judged: list[list[tuple[str, ClassificationLike]]], programmes: Sequence[str], classify: Classify
) -> tuple[list[str], list[list[tuple[str, ClassificationLike]]]]:
    """ "pentest infrastruktury sieciowej i strony www": a part the classifier does not know belongs to
    the item before it (the object of a test, a service), when together they are known."""
    out_items: list[str] = []
    out_judged: list[list[tuple[str, ClassificationLike]]] = []
    for item, verdicts in zip(items, judged, strict=True):
        if out_items and not any(c.category for _code, c in verdicts):
            merged = f"{out_items[-1]} i {item}"
            again = [(code, classify(merged, code)) for code in programmes]
            if all(c.category for _code, c in again):
                out_items[-1], out_judged[-1] = merged, again
                continue
        out_items.append(item)
        out_judged.append(verdicts)
    return out_items, out_judged


def _several_answer(items: list[str], judged: list[list[tuple[str, ClassificationLike]]]) -> Answer:
    text = "\n\n".join(render_verdicts(item, verdicts) for item, verdicts in zip(items, judged, strict=True))
    flat = [c for verdicts in judged for _code, c in verdicts]
    citations = tuple(dict.fromkeys(c.citation for c in flat if c.citation is not None))
    codes = {code for verdicts in judged for code, _c in verdicts}
    return Answer(
        text=text,
        abstained=all(_undecided(c) for c in flat),
        entry_id="classifier:" + "+".join(dict.fromkeys(c.category for c in flat if c.category)),
        programme=next(iter(codes)) if len(codes) == 1 else None,
        score=round(min(float(c.confidence) for c in flat), 3),
        citations=citations,
    )
