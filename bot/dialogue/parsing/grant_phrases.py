"""Phrases of grant conversations: how officials ask for a unit's grant, refer to units and figures said
before ("wróćmy do tej gminy", "a tamto miasto?", "te 1 355 700"), give or repeat the wskaźnik G, compare units or
add grants up, and what never names a unit. Pure: strings in, matches and values out (the grant feature,
`bot.dialogue.features.grant`, decides what to do with them)."""

from __future__ import annotations

import re
from decimal import Decimal

from bot.dialogue.parsing.amounts import parse_money
from bot.dialogue.parsing.answers import asks_own_grant
from bot.dialogue.parsing.grants import BARE_NAME_AFTER, grant_query
from bot.dialogue.parsing.openers import BACK_TO
from bot.dialogue.parsing.programmes import strip_programmes
from knowledge.normalize import fold

DONT_KNOW = re.compile(
    r"(?i)^\W*(?:nie\s+(?:wiem|znam|mam|pamiętam|pamietam)|brak|skąd|skad|gdzie|jak\b|co\s+to|czym\s+jest|"
    r"\?+$|pomocy|nie\s+jestem\s+pew)"
)
GRANT_AGAIN = re.compile(
    r"(?i)^\W*(?:a\s+)?(?:to\s+)?(?:ile|jak[aą]\s+kwot\w*|jaki\s+grant)\b.{0,40}"
    r"(?:dostan\w*|przys[lł]ugu\w*|otrzyma\w*|grant\w*|kwot\w*|mo[zż]emy|mamy|wyjdzie)"
)
WITHOUT_G = re.compile(
    r"(?i)\bbez\s+(?:\w+\s+)?(?:wska[zź]nik\w*\s+)?g\b|\bile\s+(?:\w+\s+)?(?:najwi[eę]cej|maksymalnie|max|maks)"
    r"|\bg[oó]rn\w*\s+grani\w*|\bod\s+ilu\s+do\s+ilu|\bbez\s+(?:tego\s+|tych\s+)?wska[zź]nik\w*"
)
# "a bez tego wskaźnika?", "a bez G?": after a grant computed with G, the grant without it
WITHOUT_G_FOLLOW = re.compile(
    r"(?i)^\W*(?:a\s+|i\s+)?(?:jak|ile)?\s*(?:by\s+by[lł]o\s+)?bez\s+(?:tego\s+)?(?:wska[zź]nik\w*|g\b)"
    # "a gdybyśmy G nie znali, to jaki przedział?", "nie znając wskaźnika – ile?": the range without it
    r"|^\W*(?:a\s+|i\s+)?(?:gdyby[sś]?m?y?|jakby[sś]?m?y?|je[sś]li|je[zż]eli)\s+(?:\w+\s+)?(?:G|wska[zź]nik\w*)\s+nie\s+"
    r"(?:znal\w*|zna\w*|mieli\w*|mamy|by[lł]o|podal\w*)|^\W*(?:a\s+|i\s+)?nie\s+znaj[aą]c\s+(?:G\b|wska[zź]nik\w*)"
    # "a jakby nie było G, to ile maksymalnie?", "gdybyśmy nie mieli wskaźnika?"
    r"|^\W*(?:a\s+|i\s+)?(?:gdyby[sś]?m?y?|jakby[sś]?m?y?|je[sś]li|je[zż]eli)\s+nie\s+(?:by[lł]o|ma|mamy|mieli\w*|znal\w*|znamy)"
    r"\s+(?:tego\s+)?(?:G\b|wska[zź]nik\w*)"
)


def asks_without_g(text: str) -> bool:
    """ "ile najwyżej bez G?", "a gdybyśmy G nie znali?": the grant without the wskaźnik G given before."""
    return bool(WITHOUT_G.search(text) or WITHOUT_G_FOLLOW.match(text))


CODE_FOLLOW = re.compile(
    r"(?i)^\W*(?:a\s+|i\s+)?(?:ile\s+(?:(?:to|by|b[eę]dzie|jest|wyjdzie|dostanie|mo[zż]e\s+dosta[cć])\s+)?)?"
    r"(?:teraz\s+|to\s+|jeszcze\s+)?(?:(?:to|tak)\s+samo\s+)?(?:dla\s+[^\d,?]{0,40}?)?,?\s*(?:o\s+)?"
    r"(?:(?:ten|ta|to|tego|tej)\s+)?(?:(?:gmin|powiat|miast|wojew)\w*\s+)?"
    r"(?:kod\w*\s+)?(?:teryt\s*)?:?\s*(?P<code>\d{2}(?:[\s-]?\d{2}(?:[\s-]?\d{2,3})?)?)\W*$"
)


def code_follow(text: str) -> re.Match[str] | None:
    """ "a teraz 3025", "a 30 12 011 w cs?": another unit by its code, the programme named beside it ignored."""
    return CODE_FOLLOW.match(strip_programmes(text, keep_if_empty=False) or text)


# "wracając do gminy 3017042 – ile w cs?", "ok, wracając do miasta Oleśnica": back to a unit talked about
STARTS_BACK_TO = re.compile(rf"(?i)^\W*{BACK_TO}")
CODE_THEN_QUESTION = re.compile(
    r"(?i)^\W*(?:a\s+)?(?:gmin\w*|powiat\w*|miast\w*|wojew\w*)?\s*(\d{7}|\d{4}|\d{2})"
    r"(?:\s*[-–—,:]\s*\S|\s+(?=ile\b|ma\b|dostanie\b|mo[zż]e\b))"  # "a województwo 26 ile ma w cs?"
)
# "cyfrowej gminy – a bez G?" (a programme, then the question): the programme alone before a dash or colon
PROGRAMME_LEAD = re.compile(r"^\W*(?P<lead>[^–—,:?\d]{2,40}?)\s*[–—,:-]\s+")
# what is left of "a jednak znowu cyber – …", "dobra, wróćmy do cyfrowej gminy – …" once the programme is taken out
LEAD_FILLERS = re.compile(
    r"(?i)^\W*(?:(?:a|i|to|ok|okej|dobra|dobrze|jednak|znowu|zn[oó]w|jeszcze|raz|no|wi[eę]c|czyli|wr[oó][cć]my|"
    r"wracaj[aą]c|wracam\w*|do|teraz|przy|w|we|z|ze|tego|tej|sorry|sorki|przepraszam)\W*)*$"
)
# "dobra, wróćmy do cyfrowej gminy – ile to było?": what leads to the dash, and what is asked after it
PROGRAMME_THEN_ASKED = re.compile(r"^\W*(?P<lead>[^–—?\d]{2,60}?)\s+[–—-]+\s+(?P<asked>[^–—]+)$")
# "wróćmy jednak do gminy miejskiej Bochnia, G mamy 1898,22": a unit by its level and name after "wróćmy do"
BACK_TO_LEVEL_NAME = re.compile(
    r"(?i)^(?P<unit>(?:gmin|powiat|miast|wojew[oó]dztw)\w*\s+(?:(?:miejsk|wiejsk|miejsko-wiejsk)\w*\s+)?"
    r"[^\W\d][\w-]+(?:\s+[^\W\d][\w-]+)?)\s*(?:[,–—:;-]|\s+(?=G\b|przy\b|ile\b|w\s+c[gps]\b)|$)"
)
# "sorry, 26 nie 24", "1206072, a nie 1205072", "nie 24 tylko 26": a unit's code corrected, the right one first or last
CODE_NOT_CODE = re.compile(
    r"(?i)^\W*(?:(?:sorry|sorki|przepraszam|pomy[lł]ka|b[lł][aą]d|ups|oj|kod|teryt|to|mia[lł]o\s+by[cć])\W+)*"
    r"(?:(?P<right>\d{7}|\d{4}|\d{2})\s*,?\s*(?:a\s+)?nie\s+(?P<wrong>\d{7}|\d{4}|\d{2})|"
    r"nie\s+(?P<wrong2>\d{7}|\d{4}|\d{2})\s*,?\s*(?:tylko|a|ale)\s+(?P<right2>\d{7}|\d{4}|\d{2}))\W*$"
)
# "… dla miasta Mszana Dolna?": a unit named with its level after "dla", at the end of a follow-up
UNIT_AFTER_FOR = re.compile(r"(?i)\bdla\s+(?P<unit>(?:gmin|powiat|miast|wojew[oó]dztw)\w*\s+[^\d?!,.;]{2,50}?)\W*$")
# "a ile wychodziło przy tym pierwszym G?", "a z poprzednim wskaźnikiem?": the G the user corrected, asked again
EARLIER_G = re.compile(
    r"(?i)\b(?:przy|z|dla|na)\s+(?:tym\s+|tamtym\s+)?(?:pierwsz|poprzedni|star|wcze[sś]niejsz|tamt|pierwotn|poprzedni)\w*"
    r"\s+(?:G|wska[zź]nik\w*(?:\s+G)?)\b"
)
# "aha, czyli tylko 100 tys?", "to 473 420 zł, tak?": the grant just given, said back to be confirmed
FIGURE_CONFIRMED = re.compile(
    r"(?i)^\W*(?:(?:aha|acha|ok|okej|dobra|no|to|wi[eę]c|a|czy)\W+)*(?:czyli|to|wi[eę]c)?\s*(?:(?:tylko|jedynie|a[zż]|raptem|"
    r"ca[lł]e|razem|w\s+sumie|maksymalnie|max)\s+)?(?P<n>\d{1,3}(?:[ \u00a0]?\d{3})*(?:[.,]\d{1,2})?)\s*"
    r"(?P<k>tys\w*\.?|tys\.|mln|k)?\s*(?:z[lł]\w*|pln)?\s*(?:,?\s*(?:tak|prawda|zgadza\s+si[eę]|dobrze\s+rozumiem))?\W*$"
)
# "sąsiad mówi, że gmina taka jak nasza mogła dostać 1,2 mln – to możliwe?": a figure put to our unit's grant
FIGURE_POSSIBLE = re.compile(
    r"(?i)\b(?:mog[lł]\w*|mo[zż]e(?:my)?|dosta[lł]\w*|dostan\w*|otrzyma\w*)\b[^?.]{0,25}?"
    r"(?P<n>\d+(?:[.,]\d{1,2})?)\s*(?P<k>tys\w*\.?|k\b|mln\.?|milion\w*)[^?.]{0,40}?"
    r"\b(?:mo[zż]liw\w*|realn\w*|prawd\w*|da\s+si[eę]|wierzy\w*)"
)
OUR_LIKE = re.compile(r"(?i)\b(?:(?:taka|takie|taki)\s+jak\s+nasz\w*|u\s+nas|nasz\w*|nam|my)\b")
# "jeszcze raz dla nas (Zielonki) ile wychodzi?": the unit meant, named in brackets
BRACKETED_NAME = re.compile(r"\((?P<name>(?-i:[A-ZĄĆĘŁŃÓŚŹŻ])[\w-]+(?:\s+(?-i:[A-ZĄĆĘŁŃÓŚŹŻ])[\w-]+)?)\)")
# "ile to było?", "ile moglibyśmy tam dostać?", "jaka była kwota?": the grant's amount asked again
AMOUNT_AGAIN = re.compile(
    r"(?i)^\W*(?:(?:a|i|no|to|ok|dobra)\W+)*(?:ile\b(?:\s+(?:to|tam|by|nam|my|mamy|max\w*|maksymalnie|dok[lł]adnie|"
    r"by[sś]my|mogliby[sś]my|mo[zż]emy|mo[zż]na|w\s+sumie|wtedy|wi[eę]c))*"
    r"(?:\s+(?:by[lł]o|wysz[lł]o|wychodzi[lł]o|wychodzi|wyjdzie|b[eę]dzie|dosta\w*|otrzyma\w*|mie[cć]|jest))?"
    r"(?:\s+(?:tam|nam|dla\s+nas|z\s+tego|w\s+tym))*|jak\w*\s+(?:by[lł]a\s+|jest\s+|wysz[lł]a\s+)?kwot\w*)\W*$"
)
# "wracając do grantu z cyfrowej gminy – a bez tego wskaźnika?": the grant computed before, asked again
# "wróćmy do Zakopanego", "wracając do Nysy": a unit by its name, capitalised as people write names
BACK_TO_NAME = re.compile(rf"(?i:{BACK_TO})(?i:(?:nasz\w*|tych|tej|tego)\s+)?(?P<name>[A-ZĄĆĘŁŃÓŚŹŻ][\w-]+)")
# "wracając do nas / miasta / gminy / powiatu / 2818033 – ile na doradztwo?": a unit talked about, pointed at
BACK_TO_POINTED = re.compile(
    rf"(?i:{BACK_TO})(?:(?P<us>nas)|(?:tego\s+|tej\s+|naszego\s+|naszej\s+)?(?P<level>miasta|gminy|powiatu|wojew[oó]dztwa)"
    r"|(?P<code>\d{7}|\d{4}|\d{2}))(?=\s*[–—,:;-]|\s*$)"
)
BACK_TO_GRANT = re.compile(
    rf"(?i)^\W*(?:(?:ok|dobra|dobrze|a|i)\W+)*(?:{BACK_TO})?(?:naszego\s+|tego\s+)?"
    r"(?:grantu|wylicze\w*|oblicze\w*)(?P<programme>\s+(?:z|w|dla)\s+[^–—,:?-]+?)?\s*(?:[–—,:-]+\s*|$)"
)
# "a to samo dla powiatu brodnickiego?", "a województwo małopolskie w cs?": another unit, the same question
UNIT_FOLLOW = re.compile(
    r"(?i)^\W*(?:a\s+|i\s+)?(?:teraz\s+|jeszcze\s+)?(?:(?:to|tak)\s+samo\s+)?(?:(?:jak|gdyby|jakby|je[sś]li|je[zż]eli)\s+(?:by\s+)?to\s+"
    r"(?:by[lł]\w*|jest)\s+)?(?:dla\s+|w\s+)?"
    # "a teraz sąsiednia gmina X", "a inny powiat – Y": a neighbour or the next one of the same question
    r"(?:(?:s[aą]siedni\w*|pobli\w*|drug\w*|inn\w*|kolejn\w*|nast[eę]pn\w*)\s+)?(?P<unit>(?:gmin|powiat|powiec|miast|wojew)\w*\s+[^\d?!.,]+?)"
    r"(?:\s+(?:obok|niedaleko|te[zż]|r[oó]wnie[zż]|po\s+s[aą]siedzku))?\W*$"
)
# "… ? chodzi o", "…, w", "… – pytam o": a clause that only named the programme, the programme stripped
PROGRAMME_CLAUSE_LEFT = re.compile(
    r"(?i)\s*[?,;.–—-]\s*(?:(?:a|ale|bo|i)\s+)?(?:chodzi\s+(?:mi\s+|nam\s+)?o|pytam\s+o|pytamy\s+o|w|we|z|ze|"
    r"program(?:ie)?|dla)?\s*[?.!]*\s*$|\s+(?:w|we|z|ze|dla)\s*[?.!]*\s*$"
)
# "ok, wracając – a powiat płocki w cp?", "dzięki. a …": an acknowledgement before the follow-up
LEAD_ACK = re.compile(
    r"(?i)^\W*(?:(?:ok|okej|dobra|dobrze|dzi[eę]kuj[eę]|dzi[eę]ki|super|jasne|rozumiem|aha)\b\W*)+"
    r"(?:wracaj[aą]c\b(?!\s+do\b)\W*)?"
)
# "ile dla nas?", "ile dostaniemy?", "ile nam przysługuje?": the user's own grant amount, nothing else asked
OUR_AMOUNT = re.compile(
    r"(?i)\bile\s+(?:(?:to|by|by[lł]oby|b[eę]dzie|jest|maksymalnie|max|najwy[zż]ej)\s+)?(?:dla\s+nas|nam\s+"
    r"(?:przys[lł]uguje|si[eę]\s+nale[zż]y|wyjdzie|dadz[aą]|przyznali|przyzna(?:j[aą]|li|[lł]o)?)|dostaniemy|mo[zż]emy\s+dosta[cć]|"
    r"otrzymamy|dostali[sś]my|otrzymali[sś]my)\b"
)
# "ile możemy dać na doradztwo z naszego grantu?": spending the grant, not its amount
SPEND_ON = re.compile(r"(?i)\b(?:da[cć]|wyda[cć]|przeznaczy[cć]|zap[lł]aci[cć]|wydatkowa[cć])\s+na\b|\bna\s+doradztw")
# "w jakich programach możemy startować i za ile?": every programme of the user's unit, with its amount
WHICH_PROGRAMMES = re.compile(
    r"(?i)\bw\s+jakich\s+programach\b|\bz\s+jakich\s+program[oó]w\b|\bi\s+za\s+ile\b"
    # "z jakiego programu możemy wziąć grant?", "w którym programie możemy startować?"
    r"|\b(?:z|w|do)\s+(?:jakiego|kt[oó]rego|jakim|kt[oó]rym)\s+program\w*\b.{0,40}\b(?:mo[zż]emy|mo[zż]na|nam)\b"
    # "możemy brać i z Cyfrowej Gminy, i z Cyfrowego Powiatu? Ile z którego?": the amount in each programme named
    r"|\bile\s+(?:z|w)\s+(?:kt[oó]rego|kt[oó]rym|ka[zż]dego|ka[zż]dym)\b"
)
# "teraz Ustka, powiat słupski", "a teraz Bobowa": the next unit of a list the user goes through
NEXT_UNIT = re.compile(
    r"^\W*(?:a\s+|i\s+|ok\W+)?(?:teraz|nast[eę]pn\w*|kolejn\w*|potem)\s+(?P<unit>[A-ZĄĆĘŁŃÓŚŹŻ][\w-]*(?:\s+[A-ZĄĆĘŁŃÓŚŹŻ][\w-]*)?"
    r"(?:\s*,\s*(?:powiat|pow\.)\s+[a-ząćęłńóśźż]+)?)\s*[.!?]?\s*$"
)
# "zacznę od Szczawnicy – ile w cyfrowej gminie?": a unit named before its question
FROM_UNIT = re.compile(
    r"\b(?:od|w\s+sprawie)\s+(?P<unit>[A-ZĄĆĘŁŃÓŚŹŻ][\w-]+(?:\s+[A-ZĄĆĘŁŃÓŚŹŻ][\w-]+)?)\s*[–—,:-]+\s*(?:a\s+)?ile\b"
)
# "zacznijmy od Dragacza – cyfrowa gmina, G 1998,22": the first unit of a list, named after the words starting it
START_WITH = re.compile(
    r"(?i:\b(?:(?:zacznijmy|zaczn[eę]|zaczniemy|zaczynamy|zaczynaj[aą]c)\s+od|najpierw(?:\s+od)?))\s+"
    r"(?P<unit>[A-ZĄĆĘŁŃÓŚŹŻ][\w-]+(?:\s+[A-ZĄĆĘŁŃÓŚŹŻ][\w-]+)?)"
)
# "czyli razem z cg ile maksymalnie?", "ile to łącznie?": the unit's grants added up across programmes
# "a ile to na jednego mieszkańca?", "ile wychodzi na głowę?": the grant per inhabitant
PER_HEAD = re.compile(
    r"(?i)\bile\b[^?]{0,30}?\bna\s+(?:jednego\s+|ka[zż]dego\s+|1\s+)?(?:mieszka[nń]ca|g[lł]ow[eę]|osob[eę])\b|\bper\s+capita\b"
)
# "1 771 160 z gminy plus 350 tysięcy z CP": amounts the user adds up
SUM_SAID = re.compile(r"(?i)\d[\d\s,.]*(?:tys\w*\.?|mln|k)?[^?\d]{0,40}?(?:\bplus\b|\+|\bi\b|\boraz\b)[^?\d]{0,12}\d")
TOGETHER = re.compile(r"(?i)\b(?:razem|[lł][aą]cznie|w\s+sumie|sumarycznie|do\s+kupy)\b")
# "a gdyby mieszkańców było 40 tys?", "przy 25 000 mieszkańców?", "a jakby L = 12000?": another population supposed
SUPPOSED_PEOPLE = re.compile(
    r"(?i)^\W*(?:a\s+)?(?:gdyby\w*|jakby\w*|je[sś]li(?:by)?|a\s+przy|przy)\s+(?:nas\s+)?(?:(?:mieszka[nń]c\w*|ludno[sś]\w*|L)\s+"
    r"(?:by[lł]o(?:by)?|wynosi[lł]?\w*|=|mia[lł]o)?\s*|mieli\w*\s+|by[lł]o\s+(?:nas\s+)?)?"
    r"(?P<n>\d{1,3}(?:[ \u00a0]?\d{3})*(?:[.,]\d+)?)\s*(?P<k>tys\w*\.?)?"
    r"(?:\s+(?:mieszka[nń]c\w*|os[oó]b|ludzi))?\W*$"
)
# "… dla gorzowa?", "… dla Kęt": the unit a sum is asked for
FOR_WHOM = re.compile(
    r"(?i)\bdla\s+(?P<unit>(?!nas\b|nich\b|niej\b|niego\b)[^\W\d][\w-]*(?:\s+[^\W\d][\w-]*){0,2}?)\W*$"
)
OF_GRANTS = re.compile(r"(?i)\bgrant\w*|\bdosta\w*|\bmie[cć]\b|\bmieli\w*|\bmogli\w*|\bkwot\w*|\bprzys[lł]ug\w*")
POOL = re.compile(
    r"(?i)\bpieni[eę]dz\w*|\balokac\w*|\bpul[aięą]\b|\bbud[zż]et\w*|\bna\s+granty\b|\bwszystki\w*|\bwniosk\w*"
)
HOW_MUCH = re.compile(r"(?i)\bile\b|\bkwot\w*|\bmax\w*|\bmaksymal\w*|\bsum\w*")
# "a nasz powiat w cp?", "a ich powiat?", "ile dla naszego powiatu?"
OUR_POWIAT = re.compile(
    r"(?i)^\W*(?:(?:a|i|super|ok|okej|dobra|dzi[eę]ki)\W+)*(?:(?:ile|jak)\s+(?:\w+\s+)?(?:dla|w)\s+|dla\s+)?"
    # "a starostwo w cp?" from a gmina: its powiat's office, the powiat
    r"(?:(?:nasz\w*|ten|tego|ich|jej|jego)\s+powiat\w*|(?:(?:nasz\w*|to|ich)\s+)?starostw\w*)"
    r"(?:\s+(?:w|we|z|dla))?\s*\W*$"
)
# "a ile to będzie dla sąsiedniej gminy Karsin (2206032)?": another unit named after "ile … dla"
HOW_MUCH_FOR_UNIT = re.compile(
    r"(?i)^\W*(?:a\s+|i\s+)?(?:to\s+)?ile\b[^?]{0,30}?\bdla\s+(?:(?:s[aą]siedni\w*|tej|tego|innej|drugiej|ich)\s+)?"
    r"(?P<unit>(?:gmin|powiat|miast|wojew)\w*\s+[^?\d()]+?)\s*(?:\((?:teryt\s*:?\s*)?(?P<code>\d{2}|\d{4}|\d{7})\))?\s*(?:\?|$)"
)
# "ile mieszkańców nam liczycie?", "a mieszkańców ilu liczycie?": the user's own unit
OWN_WORDS = re.compile(r"(?i)\b(?:nam|nas|mamy|nasz\w*|u\s+nas|liczycie|przyjmujecie|bierzecie)\b")
# "a ilu mieszkańców ma ten powiat?": the population of the unit talked about
POPULATION = re.compile(
    r"(?i)\bil[eu]\s+(?:\w+\s+){0,3}mieszka[nń]c\w*|\bmieszka[nń]c\w*\s+il[eu]\b|\bliczb\w*\s+mieszka[nń]c\w*|\bludno[sś]\w*"
    r"|\bil[eu]\s+(?:\w+\s+){0,2}(?:ludzi|os[oó]b)\s+(?:\w+\s+)?(?:mieszka|[zż]yje)|\bilu\s+(?:\w+\s+)?(?:mieszka|[zż]yje)"
    # "skąd wiecie, ilu nas jest?", "mieszkańców mamy ok. 6,5 tys.", "mamy chyba ok. 57 tys. mieszkańców"
    r"|\bil[eu]\s+nas\s+jest\b|\bmieszka[nń]c\w*\s+(?:\w+\s+){0,2}(?:mamy|jest|liczymy)\b"
    r"|\d\s*(?:tys\.?|tysi\w*)?\s+mieszka[nń]c"
)
# the population the user gives before the word: "Kcynia ma chyba 4 tysiące mieszkańców", "ok. 57 tys. mieszkańców"
SAID_PEOPLE_FIRST = re.compile(r"(?i)(?P<n>\d+(?:[.,]\d+)?)\s*(?P<k>tys\.?|tysi\w*)?\s+mieszka[nń]c")
# the population the user gives: "ok. 6,5 tys.", "liczymy ok. 150 tys.", "mamy 57 tysięcy mieszkańców"
SAID_POPULATION = re.compile(
    r"(?i)(?:mieszka[nń]c\w*|liczymy|mamy|jest)\s+(?:\w+\s+){0,2}?(?:ok\.?|oko[lł]o|jakie[sś]|chyba|prawie|ponad|"
    r"niemal|mniej\s+wi[eę]cej)?\s*(?P<n>\d+(?:[.,]\d+)?)\s*(?P<k>tys\.?|tysi\w*)?(?=\W|$)"
)
# what a population question says besides the unit: "ilu mieszkańców ma lubelskie według GUS?" -> "lubelskie"
POPULATION_WORDS = re.compile(
    r"(?i)\b(?:il[eu]|mieszka[nń]c\w*|mieszka|[zż]yje|ludno[sś]\w*|liczb\w*|ludzi|os[oó]b|ma|maj[aą]|liczy|wed[lł]ug|"
    r"wg|gus\w*|stan\w*|dan\w*|dzie[nń]|rok\w*|koniec|ko[nń]c\w*|aktualn\w*|teraz|obecnie|jeszcze|tam|tu|w|we|na|z|"
    r"wojew[oó]dztw\w*|powiat\w*|gmin\w*|miast\w*)\b|\d+"
)
UNIT_BEFORE_HOW_MUCH = re.compile(
    r"(?i)(?:^|[,;]\s*)(?:a\s+|i\s+)?(?P<unit>(?:gmin\w*|powiat\w*|miast\w*|wojew[oó]dztw\w*)\s+[^,?\d]+?),?\s+"
    r"(?:[-–—]\s+)?(?:ile|jaki\w*\s+(?:\w+\s+)?grant\w*|jak\w*\s+kwot\w*|na\s+ile)\b"
)
# "a cyberbezpieczny dla tego powiatu?", "a w cs dla nas?": the unit talked about, in a programme
THIS_UNIT = re.compile(
    # the unit's word or the end after it: "dla naszej szkoły" is a school, not the unit
    r"(?i)\b(?:dla|w|u)\s+(?:(?:tego|tej|te[jg]o|naszego|naszej)\s+(?:powiatu|gminy|jednostki|miasta|wojew\w*)\b|"
    r"nas\b|(?:tego|tej|te[jg]o|naszego|naszej)\s*(?=[?.!,]|$))"
)
# "czy jako województwo możemy starać się o Cyfrową Gminę?", "czy możemy startować w cp?": may the own unit apply
MAY_APPLY = re.compile(
    r"(?i)\bczy\s+(?:jako\s+\w+\s+)?(?:te[zż]\s+)?(?:mo[zż]emy|mo[zż]e\s+nasz\w*\s+\w+|jeste[sś]my\s+uprawni\w*\s+do)\s+"
    r"(?:si[eę]\s+)?(?:stara[cć]\s+si[eę]|ubiega[cć]\s+si[eę]|startowa[cć]|wystartowa[cć]|aplikowa[cć]|wzi[aą][cć]\s+udzia[lł]|"
    r"z[lł]o[zż]y[cć]\s+wnios\w*|uczestniczy[cć]|udzia[lł]u?)\s+(?:o|w|do|na)\b"
)
# "a cyberbezpieczny samorząd też możemy?", "w cp też się łapiemy?": the own unit in another programme, elliptic
PROGRAMME_TOO = re.compile(
    r"(?i)^\W*(?:(?:aha|ok|okej|dobra|a|i|to)\W+)*(?:(?:w|z|do|o|na)\s+)?(?P<programme>.+?)\s+(?:te[zż]\s+)?"
    r"(?:mo[zż]emy(?:\s+(?:si[eę]\s+)?(?:stara[cć]|ubiega[cć]|startowa[cć]|aplikowa[cć])(?:\s+si[eę])?)?|"
    r"si[eę]\s+(?:za)?[lł]apiemy|si[eę]\s+nadajemy|wchodzimy|jeste[sś]my\s+uprawnieni)\W*$"
)
# "nasza gmina", "naszego powiatu": the user's own unit by its level
# "nasza gmina" – not "nasza gmina Baligród" (the unit is named: the name decides)
OUR_LEVEL = re.compile(r"(?i)\bnasz\w*\s+(?P<level>gmin\w*|powiat\w*|wojew[oó]dztw\w*)\b(?!\s+(?-i:[A-ZĄĆĘŁŃÓŚŹŻ]))")
# "nie to miałem na myśli – ten wskaźnik 1950 to Tomice, nie Wieprz": the G given belongs to another unit
G_BELONGS = re.compile(
    r"(?i)^\W*(?:(?:nie|sorry|przepraszam|cofnij|pomy[lł]ka|nie\s+to\s+mia[lł](?:em|am)\s+na\s+my[sś]li|"
    r"[zź]le\s+mnie\s+zrozumia[lł]\w*)\W+)*(?:ten\s+|to\s+|ta\s+)?(?:wska[zź]nik\w*(?:\s+G)?|G|warto[sś][cć])\s*=?\s*"
    r"(?P<g>\d[\d\s]*(?:[.,]\d{1,2})?)\s+(?:to|jest|by[lł]o?|dotyczy|by[lł]\s+dla|ma|maj[aą]|dla)\s+(?:gmin[ayie]\s+|dla\s+)?"
    r"(?-i:(?P<unit>[A-ZĄĆĘŁŃÓŚŹŻ][\w-]+(?:\s+[A-ZĄĆĘŁŃÓŚŹŻ][\w-]+)?))(?:\s*,?\s*(?:a\s+)?nie\s+\w+.*)?\W*$"
)
# "a dlaczego Krobia dostaje tyle więcej niż Pępowo?", "skąd taka różnica między X a Y?"
WHY_DIFFERS = re.compile(
    r"(?i)\b(?:dlaczego|czemu|sk[aą]d|z\s+czego\s+wynika)\b.*\b(?:wi[eę]cej|mniej|r[oó][zż]nic\w*|r[oó][zż]ni\w*)\b"
)
# "a dla nas, powiatu?", "a my?", "i dla nas – starostwa?" after other units' grants: the asker's own unit
FOR_US_ALONE = re.compile(
    r"(?i)^\W*(?:(?:a|i|to|no)\s+)?(?:dla\s+nas|nam|my)\b\s*[,–—-]?\s*(?:(?:dla\s+)?(?:nasz\w*\s+)?(?P<level>powiat\w*|"
    r"gmin\w*|wojew[oó]dztw\w*|starostw\w*|urz[eę]d\w*|miast\w*|samorz[aą]d\w*))?\s*(?:ile|co|jak)?\W*$"
)
# "dla naszych gmin", "naszym gminom", "nasze powiaty": the units of ours, many – none of them the asker's own
OUR_PLURAL = re.compile(r"(?i)nasz(?:ych|ymi)\s|nasze\s+(?:gmin|powiat)|naszym\s+(?:gminom|powiatom)")
# what is left of "a z X albo Y – też coś by było?" once the programmes are taken out
ONLY_FILLERS = re.compile(
    r"(?i)\W*(?:(?:a|i|z|ze|w|we|albo|lub|czy|oraz|te[zż]|co[sś]|by|by[lł]o|by[lł]oby|ile|dla|nas|nam|wtedy|"
    r"mo[zż]emy|dostaniemy|dosta[cć]|przys[lł]ugiwa[lł]o|jest|s[aą]|mamy|tam|"
    # "a w cyfrowej gminie albo cyfrowym powiecie mamy jakieś szanse?"
    r"jaki\w*|szans\w*|mo[zż]liwo[sś]\w*|"
    # "a oni w cp?", "a ona w cs?": the unit talked about, by a pronoun
    r"oni|one|ona|ono|on|u\s+nich|dla\s+nich|ich|jej|jego|"
    # "czyli cyfrowa gmina i cyfrowy powiat odpadają?": whether the unit talked about is out of them
    r"czyli|odpada\w*|odpadn\w*|nie|wchodz\w*|w\s+gr[eę]|gr[eę]|dla\s+nas|prawda|tak)\W*)*"
)
# the grant's amount said by the user: a question about a share of it follows
GRANT_STATED = re.compile(r"(?i)\b(?:grant\w*|kwot\w*)\s+(?:to|wynosi\w*|ma|mamy|=|w\s+wysoko[sś]ci)\s*\d")
# a powiat's or gmina's code on its own in a short request
CODE_BESIDE = re.compile(r"(?<![\d,.])(\d{7}|\d{4})(?!\d|[,.]\d)")
# a TERYT code in the message: the unit is named by it, not by a word
CODED = re.compile(r"(?<![\d,.])(?:\d{2}|\d{4}|\d{7})(?!\d|[,.]\d)")
# what the G's removal leaves at the end: "… przy", "… gdy", "… jeśli nasze"
LEFT_BY_G = re.compile(r"(?i)[\s,;–—-]+(?:(?:przy|gdy|jak|je[sś]li|je[zż]eli|a|i|oraz|dla|z)\s*(?:nasz\w*\s*)?)+$")
# "a w cs ile dla miasta?", "a dla powiatu w cs?": a unit talked about, by its level alone (no name after it)
LEVEL_REF = re.compile(
    # "(wracając do) miasta – w cs ile?": the level alone leading the message
    r"(?i)(?:\b(?:dla|w|u|do)\s+|^\W*)(?P<level>miasta|gminy|powiatu|wojew[oó]dztwa)\b"
    r"(?!\s+(?!(?:w|we|z|ze|jeszcze|te[zż]|tak|raz|ile)\b)[^\W\d]{3,})"
)
# "ta pierwsza", "tamta druga", "tej pierwszej gminy": a unit by its place among those talked about
ORDINAL_UNIT = re.compile(
    r"(?i)\b(?:ta|t[aą]|tamta|tamt[aą]|tej|tamtej|t[eę]|tamt[eę])\s+(?P<ord>pierwsz\w*|drug\w*|ostatni\w*)\b"
)
# "a tamta gmina w cs?", "a to miasto?", "wróćmy do miasta – …", "to miasto z pierwszego pytania": a unit talked about,
# by its level word alone (no name after it)
LEVEL_POINTED = re.compile(
    r"(?i)\b(?:(?P<that>tamt\w*)|t[aąoey]|tego|tej|tym|ten)\s+(?P<level>gmin\w*|miast\w*|powiat\w*|wojew[oó]dztw\w*)\b"
    r"(?!\s+(?-i:[A-ZĄĆĘŁŃÓŚŹŻ])|\s+[a-ząćęłńóśźż]+(?:ski|cki|dzki|skiego|ckiego|dzkiego)\b)|"
    r"\b(?:wr[oó][cćt]\w*|wracaj\w*|wracam\w*)\s+(?:jeszcze\s+)?do\s+(?P<back>miasta|gminy|powiatu|wojew[oó]dztwa)\b"
    r"(?!\s+(?-i:[A-ZĄĆĘŁŃÓŚŹŻ])|\s+[a-ząćęłńóśźż]+(?:skiego|ckiego|dzkiego)\b)"
    # "miasta – a bez tego G?": what is left of "wracając do miasta – …" once the opener is read
    r"|^\W*(?P<lead>miasta|gminy|powiatu|wojew[oó]dztwa)\s*[–—:,-]\s"
)
# "wróć do tej kwoty 1 355 700 – jak to policzyliście?": an amount the bot gave, pointed at by its figure
GIVEN_FIGURE = re.compile(
    r"(?<![\d,.])\d{1,3}(?:[ \u00a0.]\d{3})+(?:,\d{2})?(?![\d])|(?<![\d,.])\d{6,7}(?:,\d{2})?(?![\d])"
)
FIRST_ASKED = re.compile(r"(?i)\b(?:z|ze|w|o)\s+pierwsz\w*\s+(?:pytani\w*|wiadomo\w*|rozmow\w*)")
# "a oba w cs ile?", "a obie gminy?", "dla obu": the two units talked about last
BOTH_UNITS = re.compile(
    r"(?i)^\W*(?:a\s+|i\s+)?(?:dla\s+)?(?:ob[aiu]e?|obydw\w*|obu|obie\s+gmin\w*|oba\s+powiat\w*)\b[^?]{0,20}\??$"
)
# "odpadają?", "nie wchodzi w grę?", "dla nas?": whether the user's unit is out of the programmes named
OUT_OF = re.compile(r"(?i)\bodpad\w*|\bwchodz\w*|\bdla\s+nas\b")
# "ta druga", "tamta", "sąsiednia", "inna gmina": another unit than the one talked about
OTHER_UNIT = re.compile(r"(?i)\b(?:drug\w*|tamt\w*|s[aą]siedn\w*|inn[aey]\w*|obok)\b")
# "ten powiat", "tej gminy": the unit talked about, by its level
THIS_LEVEL = re.compile(r"(?i)\b(?:ten|tego|tym|tej|ta|t[aą]|to)\s+(?P<level>powi\w+|gmin\w*|miast\w*|wojew\w*)")
# "wracając do nas", "czyli do nas", "a u nas": the user's own unit after another one
BACK_TO_US = re.compile(r"(?i)\bwracaj[aą]c\s+do\s+nas\b|\bczyli\s+(?:do\s+|dla\s+|u\s+)?nas\b")
# "jak to zostało policzone?", "skąd ta kwota": the computation asked for, anywhere in the message
HOW_COMPUTED = re.compile(
    r"(?i)\bjak\s+(?:to\s+|on\s+|ona\s+|ten\s+grant\s+|ta\s+kwota\s+)?(?:zosta[lł]\w*\s+|by[lł]\w*\s+)?"
    r"(?:po|ob|wy)licz\w*|\bsk[aą]d\s+(?:ta|taka)\s+kwota|"
    r"\b(?:wyliczeni|obliczeni|szczeg[oó][lł])\w*"
)
MARSHAL_OFFICE = re.compile(
    r"(?i)\burz[aąeę]d\w*\s+marsza[lł]kowsk\w*\s+(?:wojew[oó]dztwa\s+)?(?P<adj>[a-ząćęłńóśźż-]+?(?:sk|ck|dzk))(?:i|iego|ie)\b"
)
# A unit by its level word and name, in any case: "z gminy Kowale Oleckie", "o gminę Gołdap", "powiat świecki"
LEVEL_AND_NAME = re.compile(
    r"(?<![\w-])(?P<unit>(?i:gmin[aeyęi]?|gminie|powiat\w*|miast[oau]?|miasta|wojew[oó]dztw\w*)\s+"
    r"(?:[A-ZĄĆĘŁŃÓŚŹŻ][\w-]+(?:\s+[A-ZĄĆĘŁŃÓŚŹŻ][\w-]+){0,2}|[a-ząćęłńóśźż]+(?:sk|ck|dzk)(?:i|ie|iego|im|iemu)\b))"
)
# a grant asked for: "ile … dostali", "wyliczenie", "jaki grant", "kwota"
GRANT_INTENT = re.compile(
    # not "dostałam w spadku projekt": what someone got, not a grant asked for
    r"(?i)\bile\b|\bwylicz\w*|\bpolicz\w*|\bprzelicz\w*|\bgrant\w*|\bkwot\w*|\bdosta(?![lł](?:am|em)\b)\w*|\bprzys[lł]ug\w*"
)
# "to gdzie dostaniemy więcej?", "która z nich dostanie więcej?", "kto więcej i o ile?", "porównaj to z tym
# pierwszym": the grants of two units talked about, side by side
COMPARE = re.compile(
    r"(?i)\b(?:kto|kt[oó]r\w*|gdzie|komu|u\s+kogo)\b(?:\s+[^\s?!.]+){0,4}?\s+(?:wi[eę]cej|mniej)\b|"
    r"\bpor[oó]wn(?:aj|ajmy|aj\w*|ani\w*)\b|\bo\s+ile\s+(?:wi[eę]cej|mniej)\b|\bjak\w*\s+(?:jest\s+)?r[oó][zż]nic\w*|"
    r"\br[oó][zż]nic\w*\s+(?:mi[eę]dzy|w\s+grant\w*|w\s+kwot\w*)"
)
NOT_COMPARED = re.compile(r"(?i)\b(?:informacj\w*|szczeg[oó][lł]\w*|czasu|dni|miesi[eę]\w*|punkt\w*|wniosk\w*)\b")
# a question about something else than the amount: buying, rules, dates, thresholds of procurement
NOT_GRANT = re.compile(
    r"(?i)\b(?:czy|jak|kiedy|gdzie|kto|co|dlaczego|termin\w*|kupi\w*|zakup\w*|kwalifik\w*|sprz[eę]t\w*|"
    r"zam[oó]wie\w*|konkurencyjno\w*|netto|brutto|prog\w*|pr[oó]g|limit\w*|"
    r"faktur\w*|rozlicz\w*|wniosek|wniosk\w*|nab[oó]r\w*|diagnoz\w*|szkoleni\w*)\b"
)
# "ile mamy czasu na diagnozę?", "ile wynosi nasz wkład własny?", "ile lat trzymać sprzęt?": "ile" asked of something
# other than the grant's amount – a rule question (the FAQ's), even with the unit named before it
OTHER_QUANTITY = re.compile(
    r"(?i)\bile\s+(?:\w+\s+){0,2}?(?:czasu|dni|miesi[eę]c\w*|lat|tygodni\w*|godzin\w*|os[oó]b|razy|egzemplarz\w*)\b|"
    r"\bwk[lł]ad\w*\s+w[lł]asn\w*"
)
# words that ask for the grant itself, whatever else the message says
AMOUNT_WORDS = re.compile(r"(?i)\bdosta\w*|\bprzys[lł]ug\w*|\bnale[zż]\w*|\bgrant\w*\s+(?:wynosi|to)|\bkwot\w*")
TERYT_LIKE = re.compile(r"\d{4}|\d{6,7}")
QUESTIONISH = re.compile(r"\?|(?i:^\W*(?:czy|jak|kiedy|co|kto|dlaczego|do\s+kiedy|ile)\b)")


# "ile dostaniemy i do kiedy …", "ile nam przysługuje, a czy …": a second question joined to the grant's
JOINED_QUESTION = re.compile(
    r"(?i)\s*(?:,\s*|\s+)(?:a\s+|i\s+|oraz\s+)?(?=(?:do\s+kiedy|od\s+kiedy|czy|jak\w*|gdzie|kiedy|kto|co|ile\s+dni)\b)"
)


def other_questions(text: str) -> list[str]:
    """The grant question first, then the other questions of the message ("ile dostaniemy i do kiedy …?")."""
    parts = [
        p.strip(" ,?") + "?"
        for asked in re.split(r"(?<=\?)\s+", text.strip())  # "… ok? i ile max dostaniemy??": two questions
        for p in JOINED_QUESTION.split(asked)
        if len(p.split()) >= 2
    ]
    own = [p for p in parts if asks_own_grant(p)]
    if len(parts) < 2 or len(own) != 1:
        return []
    before = parts[: parts.index(own[0])]
    if before and not all(_VERDICT_ASKED.search(p) for p in before):
        return []  # "jakie mamy możliwości w cg? ile max?": the grant answers it
    # "serwer i skanery ok? i ile max dostaniemy?": the grant question first, the others in their order
    return [*own, *(p for p in parts if p is not own[0])]


# a verdict on things asked before the grant question: "serwer i skanery ok?", "laptopy przejdą?"
_VERDICT_ASKED = re.compile(
    r"(?i)\b(?:ok|okej|kwalifik\w*|przejd\w*|mo[zż]na\s+(?:kupi|rozlicz|sfinansowa)\w*|mo[zż]emy\s+(?:kupi|rozlicz)\w*|"
    r"da\s+si[eę]\s+(?:kupi|rozlicz)\w*)\b"
)


NOT_A_NAME = re.compile(r"(?i)(?:nas|nich|niej|niego|mnie|siebie|gmin|powiat|miast|wojew|jst|jednost)")
# "a gmina wiejska Elbląg z tym samym G?", "Puchaczów, G taki sam": the G given for the unit before
SAME_G = re.compile(
    r"(?i)[\s,]*(?:(?:z|przy|i|ma|maj[aą])\s+)?(?:tym\s+|takim\s+)?samym\s+(?:wska[zź]nikiem\s+)?G\b|"
    r"[\s,]*\b(?:G|wska[zź]nik\w*(?:\s+G)?)\s+(?:(?:jest|ma|maj[aą])\s+)?(?:taki\s+sam|ten\s+sam|to\s+samo|identyczn\w*)\b"
)
# what is left of "a sąsiedni Ostrzeszów ma G 1998,22", "A Tomice? Tam G 2048,22.", "i gmina wiejska Sanok przy G …"
# "… dla Kartuz, bo mi uciekła": why the user asks again, after the question
ASIDE_TAIL = re.compile(
    r"(?i)[\s,–—-]+bo\s+(?:mi\s+|nam\s+)?(?:uciek\w*|zapomnia\w*|zgubi\w*|nie\s+(?:pami[eę]t\w*|zapisa\w*|zanotowa\w*)|"
    r"skasowa\w*|znikn\w*)\b[^?]*"
)
# "a gmina Obryte, też u nas w powiecie?", "a Więcbork, też miejsko-wiejska gmina w naszym powiecie, przy G 1950?":
# where the unit lies, said beside its name – no part of the request
WHERE_ASIDE = re.compile(
    r"(?i),\s*(?:te[zż]\s+)?(?:[\w-]+\s+){0,3}?(?:u\s+nas\s+(?:w|z|ze)\s+|(?:w|z|ze)\s+(?:naszym|naszego|tym\s+samym|"
    r"tego\s+samego)\s+)powi(?:ecie|atu)\b(?=\s*[,?.!]|\s*$)"
    # "a gmina Żukowo z naszego powiatu w cyfrowej gminie?": where it lies, said without a comma
    r"|\s+(?:z|ze|w)\s+(?:naszego|naszym|tego|tym)\s+powi(?:atu|ecie)\b"
)
# once the G is taken out: another unit, named with its own G
OTHER_WITH_G = re.compile(
    r"(?i)^\W*(?:(?:a|i|oraz|to|no|ok)\s+)?(?:(?:s[aą]siedni\w*|pobli\w+|obok|ta|ten|tamta|tamten)\s+)?"
    r"(?P<unit>(?:(?:gmin\w*|miast\w*)\s+)?(?:(?:miejsk\w*|wiejsk\w*|miejsko-wiejsk\w*)\s+)?"
    r"[^\W\d][\w-]+(?:\s+(?-i:[A-ZĄĆĘŁŃÓŚŹŻ])[\w-]+)?)"
    r"(?:\W+(?:ma|maj[aą]|mamy|tam|u\s+nich|przy|z|ze|gdy|jej|ich|wska[zź]nik\w*))*\W*$"
)


def bare_name(text: str) -> str | None:
    """'ile grantu dla Suwałki?' -> 'Suwałki': a grant question ending in a name with no level word."""
    stripped = strip_programmes(text.strip().rstrip("?!. "), keep_if_empty=False)
    money = r"(?i)\bgrant\w*|\bile\b|kwot\w*|pieni[aą]dz\w*|pieni[eę]dz\w*|dofinansowa\w*|\bkas[aeyę]\b|[sś]rodk\w*"
    if not stripped or grant_query(stripped) is not None or not re.search(money, stripped):
        return None
    match = BARE_NAME_AFTER.search(stripped) or NAME_AFTER_VERB.search(stripped)
    if not match or NOT_A_NAME.match(match.group(1)):
        return None
    return match.group(1)


# Words that never name a unit in a grant request: what asks, the programmes, offices, courtesy, regions.
NEVER_A_NAME_WORDS = (
    "ile a i w we z ze do na o od dla po przy jak jaki jaka jakie czy co to ten ta te tu tam nas nam nasz nasza "
    "nasze naszej naszego my mamy ma maja jest sa by byla bylo moze mozemy mozna dostac dostaniemy dostanie "
    "dostaje dostali dostalibysmy dostalaby otrzymac otrzymamy przysluguje wynosi wyjdzie policz oblicz wylicz "
    "sprawdz prosze pytanie pytam chcialem chcialam zapytac grant grantu granty grantow kwota kwoty kwote "
    "maksymalnie max maks najwiecej razem lacznie mniej wiecej tylko jeszcze teraz potem dzien dobry witam "
    "czesc hej dziekuje dzieki pozdrawiam cyfrowa cyfrowej cyfrowy cyfrowym cyfrowego cyfrowa gmina gminy gmine "
    "gminie gmin powiat powiatu powiecie powiatowi powiaty miasto miasta miescie wojewodztwo wojewodztwa "
    "samorzad samorzadu samorzadzie cyberbezpieczny cyberbezpiecznego cyberbezpiecznym cyber program programie "
    "programu urzad urzedu urzedzie um ug umig ugim starostwo starostwa starostwie marszalkowski marszalkowskiego "
    "kod kodu teryt wskaznik wskaznika nowy nowa nowe stary stara pan pani panstwo tak nie ok okej dobra "
    "zl pln tys tysiecy mln euro netto brutto rok roku lat"
)
NEVER_A_NAME = frozenset(fold(word) for word in NEVER_A_NAME_WORDS.split())
SCAN_WORD = re.compile(r"[^\W\d_][\w-]*")


def code_length(level_word: str) -> int:
    """The TERYT code length of a unit named by its level word: 'powiatu' 4, 'województwa' 2, a gmina or town 7."""
    return {"p": 4, "w": 2}.get(fold(level_word)[:1], 7)


def name_spans(text: str) -> list[str]:
    """Runs of up to three words that could name a unit, longest first: 'kety, malopolska – ile grantu
    w cg' -> ['kety', 'malopolska']. Words that ask, name a programme or an office break a run."""
    runs: list[list[str]] = [[]]
    for match in SCAN_WORD.finditer(text):
        word = match.group(0)
        gap = text[match.start() - 1 : match.start()] if match.start() else ""
        if fold(word) in NEVER_A_NAME or len(word) < 3:
            runs.append([])
            continue
        if gap and gap not in (" ", "-"):
            runs.append([])
        runs[-1].append(word)
    spans: list[str] = []
    for run in (r for r in runs if r):
        for size in range(min(3, len(run)), 0, -1):
            spans += [" ".join(run[i : i + size]) for i in range(len(run) - size + 1)]
    return sorted(dict.fromkeys(spans), key=lambda span: -len(span.split()))


# "ile dostanie Gniezno?", "ile otrzyma Kościerzyna": a name straight after the verb
NAME_AFTER_VERB = re.compile(
    r"(?i)\bile\s+(?:mo[zż]e\s+)?(?:dosta[nćc]\w*|otrzyma\w*|przys[lł]uguje)\s+([^\d\s?!.,]\S*(?:\s+[^\d\s?!.,]\S*){0,2})$"
)


# "czy Zakopane może dostać cyfrowy powiat?", "a czy miasto Gniezno może startować w cs": a named unit
ELIGIBILITY = re.compile(
    r"(?i)^\W*(?:a\s+)?(?:czy\s+)?(?P<unit>[^\d?!.,]{3,60}?)"
    # "czy Kraków jako miasto na prawach powiatu może …": what the unit is said to be is not its name
    r"(?:\s+jako\s+[^\d?!.,]{3,60}?)?\s+(?:mo[zż]e|mog[aą]|mog[lł]\w*|m[oó]g[lł]by|"
    r"jest\s+uprawnion\w*\s+do)\s+"
    r"(?:(?=w\s|we\s)|(?:\w+\s+)?(?:dosta[cć]|startowa[cć]|wystartowa[cć]|przyst[aą]pi[cć]|ubiega[cć]|stara[cć]|wzi[aą][cć]|skorzysta[cć]|aplikowa[cć]|z[lł]o[zż]y[cć]|co[sś]|"
    r"otrzyma[cć]|bra[cć]|uczestniczy[cć]|wzi[aą][cć]\s+udzia[lł])\b)"
)


# "literówka – …", "pomyłka: …": what the user says of the name typed before, not part of the name
TYPO_NOTE = re.compile(r"(?i)^\W*(?:(?:moja\s+)?liter[oó]wk\w*|pomy[lł]k\w*|b[lł][aą]d\w*)\W*")
# "ile?", "a ile?", "ile max?", "no to ile?": how much, nothing else
BARE_HOW_MUCH = re.compile(
    r"(?i)\W*(?:(?:a|no|to|i|ok|okej|dobra|dobrze|dok[lł]adnie)(?:\s+|\s*,\s*))*(?:ile(?:\s+max\w*|\s+maksymalnie|\s+wyjdzie|\s+dok[lł]adnie)?|"
    r"jak\w*\s+(?:jest\s+)?kwot\w*|jaki\s+(?:jest\s+)?grant)\W*"
)
# "kod teryt 2805022", "teryt: 1604023": a code named as one, alone
CODE_ALONE = re.compile(r"(?i)^\W*(?:a\s+)?(?:kod\w*\s+(?:teryt\s*)?|teryt\s*):?\s*(?P<code>\d{7}|\d{4}|\d{2})\W*$")
# "dla gminy Wolsztyn, to wielkopolska", "województwo opolskie, kod 16", "powiat zamojski": a unit alone
UNIT_ALONE = re.compile(
    r"(?i)^\W*(?:a\s+|i\s+|to\s+)?(?:dla\s+|chodzi\s+o\s+|"
    # "mam pytanie o gminę Kępno", "piszę w sprawie powiatu X", "pytanie odnośnie miasta Y": the unit, the question next
    r"(?:(?:mam|mia[lł]\w*|jest)\s+)?(?:pytani\w*|spraw[eęa])\s+(?:o|odno[sś]nie|co\s+do|dotycz\w*|dot\.?)\s+|"
    # ("mam pytanie" itself is taken off as a letter's frame before: "o gminę Kępno" is what is left)
    r"(?:pisz[eę]|dzwoni[eę]|pytam)\s+(?:w\s+sprawie|o|odno[sś]nie)\s+|(?:w\s+sprawie|odno[sś]nie|o)\s+)?"
    r"(?P<unit>(?:gmin|powiat|miast|wojew)\w*\s+[^?!\d]{2,60}?)"
    r"(?:,?\s*(?:kod\w*\s*(?:teryt\s*)?:?\s*)(?P<code>\d{7}|\d{4}|\d{2}))?\W*$"
)
# "kolega z gminy 1604023 pyta o cyfrową gminę": a unit's code inside a sentence
LEVEL_AND_CODE = re.compile(
    r"(?i)(?:\b(?:gmin|powiat|miast|wojew)\w*\s+(?:o\s+kodzie\s+)?|\bteryt\w*\s*:?\s*|\bkod\w*\s+(?:teryt\s*)?:?\s*)"
    r"(?P<code>\d{7}|\d{4}|\d{2})\b"
)
# "a miasto Zamość w cyfrowym powiecie się załapie?": a named unit and whether it fits the programme
FITS = re.compile(
    r"(?i)^\W*(?:a\s+|i\s+)?(?:czy\s+)?(?P<unit>(?:gmin|powiat|miast|wojew)\w*\s+[^\d?!.,]+?)\s+(?:si[eę]\s+)?"
    r"(?:za[lł]apie|[lł]apie|zmie[sś]ci|mie[sś]ci|kwalifikuje|wchodzi\s+w\s+gr[eę]|ma\s+szans\w*|jest\s+uprawnion\w*|"
    r"(?:te[zż]\s+)?(?:mo[zż]e|mog[aą]))"
    r"(?:\s+si[eę])?\W*$"
)


# "ok, to policz dla 1950", "przelicz przy 1 873,91": the one figure of a short request to compute, while a G is awaited
COMPUTE_WITH = re.compile(
    r"(?i)^\W*(?:(?:ok|okej|dobra|dobrze|no|to|a|i)\W+)*(?:po|prze|wy|ob)?licz\w*\s+(?:(?:dla|przy|z|na)\s+)?"
    r"(?:g\s*=?\s*)?(?P<n>\d{1,3}(?:[ \u00a0]\d{3})*(?:[.,]\d{1,2})?|\d+(?:[.,]\d{1,2})?)\s*(?:z[lł])?\W*$"
    # "a jednak znalazłem: 2050", "mam już – 1987,40", "skarbnik podał 2010": the figure looked for, found
    r"|^\W*(?:(?:ok|okej|dobra|a|i|no|to)\W+)*(?:(?:jednak|ju[zż]|w\s+ko[nń]cu)\s+)*(?:znalaz[lł]\w*|mam\w*|"
    r"(?:skarbni\w*|ksi[eę]gow\w*)\s+(?:poda[lł]\w*|m[oó]wi)|poda[lł]\w*|sprawdzi[lł]\w*)(?:\s+(?:ju[zż]|jednak|go|to))*"
    r"\W+(?P<found>\d{1,3}(?:[ \u00a0]\d{3})*(?:[.,]\d{1,2})?|\d+(?:[.,]\d{1,2})?)\s*(?:z[lł])?\W*$"
)


def figure_said(text: str) -> Decimal | None:
    """ "to policz dla 1950" -> 1950: the figure asked to compute with (or found: "a jednak znalazłem: 2050");
    None for anything else.

    >>> figure_said("a jednak znalazłem: 2050"), figure_said("policz dla 1950"), figure_said("mamy 3 laptopy")
    (Decimal('2050'), Decimal('1950'), None)
    """
    said = COMPUTE_WITH.match(text)
    return parse_money(said.group("n") or said.group("found")) if said else None


# "a powiat jarociński w tym samym programie?", "w tym programie też?": the programme of the previous turn
SAME_PROGRAMME = re.compile(r"(?i)\b(?:w|we|z)\s+(?:tym\s+samym|tym|tamtym|takim\s+samym)\s+programie\b")

# "dla TERYT 16", "kod TERYT: 1821": the word before a code
TERYT_WORD = re.compile(r"(?i)(?<=\bdla\s)(?:kodu\s+)?teryt\w*\s*:?\s*(?=\d{2}\b|\d{4}\b|\d{7}\b)")

# "policz jeszcze dla …", "sprawdź też proszę dla …": the request with its fillers
FILLED_REQUEST = re.compile(
    r"(?i)\b(?P<verb>policz|oblicz|wylicz|przelicz|sprawd[zź])(?:\s+(?:jeszcze|te[zż]|r[oó]wnie[zż]|prosz[eę]|mi|nam))+\s+"
)

# "jaki G przyjęliście?", "z jakim wskaźnikiem G liczyłeś?", "a jakie G podałem?": the G of this conversation
# asked back ("used": what the bot computed with, as against "jaki mamy G?", which asks what G is)
G_ASKED = re.compile(
    r"(?i)\b(?:jak\w*|któr\w*|ile\s+wynosi\w*)\s+(?:\w+\s+){0,2}?(?:wska[zź]nik\w*\s+)?(?-i:G)(?![\w\d])"
    r"(?=[^\d]*\?\s*$)"
)
G_USED = re.compile(r"(?i)\b(?:przyj|licz|uży|uzy|wzi|wzię|poda|wpisa|zapami)\w*")

# "30 września 2023", "z grudnia 2023", "z 2021 roku", "15.07.2025", "2023 r.": a date or a year said – its numbers
# are no unit's code
_MONTHS = r"(?:stycz|lut|marc|mar|kwie|maj|czerw|lip|sierp|wrze[sś]|pa[zź]dzier|listopad|grud)\w*"
DATE_SAID = re.compile(
    rf"(?i)\b\d{{1,2}}\s+{_MONTHS}|\b{_MONTHS}\s+(?:19|20)\d{{2}}\b|\b(?:19|20)\d{{2}}\s*(?:r\.|rok\w*)"
    r"|\b(?:z|ze|od|do|w|przed|po)\s+(?:19|20)\d{2}\b(?!\s*\d)|\b\d{1,2}[./-]\d{1,2}[./-](?:19|20)?\d{2}\b"
)
