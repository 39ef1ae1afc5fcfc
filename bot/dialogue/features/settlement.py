"""The settlement set as a first-class object: uploads go into it, /zestaw lists it, one document
can be removed, the set can be cleared (after confirmation), report parameters stated in plain
words ("koniec projektu 30.06.2025", "kwota grantu 150 000 zł", "VAT odzyskujemy") are stored
with it, and /raport checks it off the event loop without emptying it."""

from __future__ import annotations

import asyncio
import csv
import dataclasses
import hashlib
import io
import json
import re
import shutil
from collections.abc import Callable
from decimal import Decimal
from typing import Any, ClassVar

from bot.dialogue import texts
from bot.dialogue.events import Upload
from bot.dialogue.features import report_figures as figures
from bot.dialogue.features.base import (
    Feature,
    Progress,
    Result,
    Turn,
    context_programme,
    done,
    led_by,
    programme_buttons,
    programme_name,
    say,
)
from bot.dialogue.features.document_facts import (
    ALL_RIGHT,
    about_the_last,
    documents_meant,
    fact_line,
    field_asked,
    line_part,
    pointed,
    sum_line,
    whole_asked,
)
from bot.dialogue.features.faq import GRANT_CARRIED
from bot.dialogue.parsing import (
    asks_clear_set,
    asks_next_step,
    asks_params_back,
    asks_set_action,
    detect_programmes,
    document_ref,
    month_of,
    ordinal_choice,
    report_params,
    wants_report_again,
)
from bot.dialogue.parsing.answers import DOCUMENTS_ASKED
from bot.dialogue.parsing.followups import programme_corrected
from bot.dialogue.parsing.report import scaled
from bot.dialogue.replies import Button, LogEntry, Outcome, OutFile, item, note, reply, title
from bot.dialogue.session import Pending, Session, Topic
from bot.dialogue.store import SetParams
from knowledge.errors import GrantbotError
from knowledge.money import num
from knowledge.normalize import fold as _fold

_REF_STOP = {
    "faktur", "fakture", "faktura", "fakturka", "plik", "pliku", "dokument", "zestawu", "zestaw", "ktora", "ktory",
    "ktore", "jest", "tego", "tej", "ten", "ta", "te", "to", "tam", "ze", "za", "na", "do", "od", "z", "w", "o",
    "tamta", "tamten", "pozycja", "pozycje", "pozycji",
}  # fmt: skip


def _by_content(documents: Any, ref: str) -> list[Any]:
    """The set's documents a description fits: 'tę fakturę ze stycznia 2024' (its date), 'toner' (a line's name).

    Every word of the description must be found in what was read from the document.
    """
    folded = _fold(ref)
    year = re.search(r"\b(20\d\d)\b", folded)
    tokens = re.findall(r"[a-z0-9][a-z0-9/._-]*", folded)
    month = next((m for m in map(month_of, tokens) if m is not None), None)
    words = [w for w in tokens if w not in _REF_STOP and not w.isdigit() and month_of(w) is None]
    if not (year or month or words):
        return []
    found = []
    for d in documents:
        read = _fold(d.extracted_json or "")
        if year and month and f"{year.group(1)}-{month:02d}" not in read:
            continue
        if year and not month and f"{year.group(1)}-" not in read:
            continue
        if month and not year and not re.search(rf"\d{{4}}-{month:02d}-", read):
            continue
        if all(w[: max(4, len(w) - 2)] in read for w in words):
            found.append(d)
    return found


def _of_kind(documents: Any, ref: str) -> list[Any]:
    """The set's documents of the kind a word names ("protokół", "fakturę", "korektę")."""
    for stem, kinds in (("korekt", ("correction",)), ("faktur", ("invoice", "correction")), ("protok", ("protocol",))):
        if ref.startswith(stem):
            return [d for d in documents if d.kind in kinds]
    return []


KIND_PL = {
    "invoice": "faktura",
    "correction": "faktura korygująca",
    "protocol": "protokół odbioru",
    "unknown": "dokument",
    "unreadable": "nieczytelny",
}


# "czy ta faktura jest ok?", "co z nią nie tak?", "ten protokół przejdzie?": the document just sent
_ABOUT_DOCUMENT = re.compile(
    # "czy wszystko jest w porządku z tą fakturą?", "z tą fv wszystko ok?"
    r"(?i)^\W*(?:a\s+)?(?:czy\s+)?(?:wszystko\s+)?(?:jest\s+)?(?:ok|okej|w\s+porz[aą]dku|dobrze)\s+z\s+(?:t[aąeę]|tym|tymi)\s+"
    r"(?:faktur\w*|fv|fakturk\w*|dokument\w*|protok[oó][lł]\w*|plik\w*)"
    r"|^\W*(?:a\s+)?(?:czy\s+)?z\s+(?:t[aą]|tym)\s+(?:faktur\w*|fv|dokument\w*|protok[oó][lł]\w*|plik\w*)\s+"
    r"(?:jest\s+)?(?:wszystko\s+)?(?:jest\s+)?(?:ok|okej|w\s+porz[aą]dku|dobrze)"
    r"|^\W*(?:a\s+)?(?:czy\s+)?(?:ta|ten|to|t[aę]|tamt\w+|ostatni\w*)\s+(?:faktur\w*|fv|dokument\w*|protok[oó][lł]\w*|plik\w*)"
    r"\b.{0,30}?\b(?:ok|okej|w\s+porz[aą]dku|przejdzie|przejd[aą]|kwalifikuj\w*|kwalifikowaln\w*|dobr\w*|poprawn\w*)\b"
    r"|^\W*(?:a\s+)?co\s+(?:jest\s+)?(?:z\s+ni[aą]|z\s+nim|z\s+t[aą]\s+faktur[aą]|z\s+tym\s+(?:plikiem|protoko[lł]em))"
    r"(?:\s+(?:jest\s+)?(?:nie\s+tak|[zź]le))?\W*$"
    # "a protokół się zgadza?", "czy faktura pasuje do protokołu?"
    r"|^\W*(?:a\s+)?(?:czy\s+)?(?:ten\s+|ta\s+|t[aeę]\s+)?(?:faktur\w*|fv|protok[oó][lł]\w*|dokument\w*)\s+"
    r"(?:si[eę]\s+zgadza|zgadza\s+si[eę]|pasuje|jest\s+(?:zgodn\w*|poprawn\w*|kompletn\w*))"
)
# "a jednak nie – 30.09.2025", "nie, 30.09": what was said is taken back
_NOT_THEN = re.compile(r"(?i)^\W*(?:a\s+)?(?:jednak\s+)?nie\b|\bpomyli[lł]\w*|\bpomy[lł]k\w*")
# "co tu jest nie tak?", "czy wszystko ok?", "są jakieś błędy?" right after the files: the set's check
_WHAT_IS_WRONG = re.compile(
    r"(?i)^\W*(?:(?:a|i|no|to|dobra|ok)\W+)*(?:co\s+(?:tu|tutaj|w\s+tym|z\s+tym|w\s+nich)?\s*(?:jest\s+)?(?:nie\s+tak|[zź]le|"
    r"nie\s+gra)|(?:czy\s+)?(?:wszystko\s+)?(?:jest\s+)?(?:ok|okej|w\s+porz[aą]dku|dobrze)|(?:czy\s+)?(?:s[aą]|jest)\s+"
    r"(?:tu\s+)?(?:jaki[sś]|jakie[sś]|co[sś])\s+(?:problem|b[lł][eę]d|b[lł][aą]d|uwag)\w*)\W*$"
)
# "… ? jutro składamy", "…? pilne": a short remark after the question
_REMARK_AFTER_QUESTION = re.compile(r"(?<=\?)\s+[^?]{1,40}$")
_HOW_MUCH_ELIGIBLE = re.compile(
    r"(?i)\bile\b.{0,30}\bkwalifik\w*|\bjaka\s+kwota\b.{0,30}\bkwalifik\w*"
    # "czyli ile z tego netto nie przejdzie?", "ile odpadnie?"
    r"|\bile\b.{0,30}\b(?:nie\s+przejd\w*|odpad\w*|odrzuc\w*|przejd\w*)"
    # "ile łącznie możemy rozliczyć?", "ile z tego da się rozliczyć?"
    r"|\bile\b.{0,30}\b(?:mo[zż]emy|mo[zż]na|da\s+si[eę]|uda\s+si[eę])\s+(?:\w+\s+){0,2}rozlicz\w*"
    # "ile z tej faktury rozliczymy netto?", "ile rozliczymy?"
    r"|\bile\b.{0,30}\brozliczymy\b"
    # "to ile w sumie wychodzi do rozliczenia?", "ile zostaje do rozliczenia?"
    r"|\bile\b.{0,30}\b(?:wychodzi|wyjdzie|zostaje|zostanie|jest)\s+do\s+rozliczeni\w*"
    # "które pozycje odpadną?", "co z tego operator odrzuci?", "co przejdzie?": the check of the lines sent
    r"|\bkt[oó]r\w*\s+(?:pozycj\w*|lini\w*|wydatk\w*|rzecz\w*|wiersz\w*)\b|\b(?:co|kt[oó]re)\s+(?:z\s+(?:tego|nich)\s+)?"
    r"(?:odpad\w*|nie\s+przejd\w*|przejd\w*|operator\s+odrzuc\w*|odrzuc\w*|jest\s+(?:ok|do\s+wyja[sś]nienia))"
)
# "a poz. 2?", "i pozycja 3?": a line of the report by its number alone
_LINE_NUMBER_ONLY = re.compile(r"(?i)^\W*(?:a|i|no\s+a)?\s*(?:poz\.?|pozycj\w*)\s*(?:nr\.?\s*)?\d{1,3}\W*$")
# "który wiersz odpada?", "które pozycje odrzucą?": the lines of the documents sent
_LINE_WORDS = re.compile(r"(?i)\b(?:wiersz\w*|pozycj\w*|odpad\w*|odrzuc\w*)\b")
# "kwota kwalifikowalna", "ile niekwalifikowalne razem": the report's totals
_REPORT_TOTAL_WORDS = re.compile(
    r"(?i)\bkwot\w*\s+(?:nie)?kwalifikowaln\w*|\b(?:nie)?kwalifikowaln\w*\s+(?:kwot\w*|sum\w*|razem|[lł][aą]cznie|og[oó][lł]em)"
    # "ile teraz netto kwalifikowalnych?"
    r"|\bile\s+(?:\w+\s+){0,2}(?:nie)?kwalifikowaln\w*\W*$"
)
_THRESHOLD_ASKED = re.compile(
    r"(?i)\bbaz\w*\s+konkurencyjno\w*|\bprzetarg\w*|\bpzp\b|\bzam[oó]wie\w*\s+publiczn\w*|\bprog\w*\s+50"
)
_KIND_NAMED = re.compile(r"(?i)\b(?:faktur\w*|fv|protok[oó][lł]\w*)")
# "z tego", "z faktur", "z tych dokumentów": the documents sent, not the programme in general
_OF_THE_SET = re.compile(
    r"(?i)\bz\s+(?:tego|tych|faktur\w*|fv|dokument\w*|zestawu|nich)\b|\b(?:razem|w\s+sumie|[lł][aą]cznie|og[oó][lł]em)\b"
)
# "ile nam jeszcze zostało z grantu?", "ile mamy jeszcze do wydania?": the grant less what the report counts
_LEFT_ASKED = re.compile(
    r"(?i)\bile\b.{0,25}\b(?:zosta[lł]o|zostaje|zostanie|pozosta[lł]o|pozostaje)\b.{0,30}\b(?:grant\w*|do\s+wydania|"
    r"do\s+wykorzystania)|\bile\b.{0,20}\b(?:mamy|mo[zż]emy)\s+(?:jeszcze\s+)?(?:do\s+wydania|wyda[cć])\b"
    # "ile jeszcze nam zostało?", "to ile zostaje?"
    r"|^\W*(?:a\s+|to\s+|i\s+)*ile\s+(?:(?:jeszcze|nam|w\s+sumie)\s+){0,3}(?:zosta[lł]o|zostaje|pozosta[lł]o|pozostaje)\W*$"
)
# "jeśli grant to 850 tys.", "przy grancie 400 000 zł", "grant mamy 300 tys.": the grant said with the question
_GRANT_IS = re.compile(
    r"(?i)\b(?:grant\w*|dotacj\w*)\s+(?:to|wynosi|mamy|ma|jest|=|:|w\s+wysoko[sś]ci)?\s*(?:ok\.?\s+|oko[lł]o\s+)?"
    r"(?P<n>\d+(?:[\s.]\d{3})*(?:,\d+)?)\s*(?P<k>tys\.?|tysi[eę]c\w*|mln|milion\w*|k\b)?"
)
# "mamy 420 tys. z cg", "dostaliśmy 280 tys.", "(grant 299430.01 zł)": the grant said in an earlier question
_HAVE_GRANT = re.compile(
    r"(?i)\b(?:mamy|dostali[sś]my|otrzymali[sś]my|przyznano\s+nam|grant\w*(?:\s+(?:to|wynosi|mamy))?)\s+"
    r"(?:ok\.?\s+|oko[lł]o\s+)?(?P<n>\d+(?:[\s.]\d{3})*(?:,\d+)?)\s*(?P<k>tys\.?|tysi[eę]c\w*|mln|milion\w*|k\b)?"
)


# "mamy 420 tys. z cyfrowej gminy", "dostaliśmy 280 tys.", "przyznano nam grant 300 000 zł": the user's own grant
_AMOUNT = r"(?P<n>\d+(?:[\s.]\d{3})*(?:,\d+)?)\s*(?P<k>tys\.?|tysi[eę]c\w*|mln|milion\w*)?"
_GRANT_STATED = (
    re.compile(
        rf"(?i)\b(?:dostali[sś]my|otrzymali[sś]my|przyznano\s+nam)\s+(?:grant\w*\s+)?(?:w\s+wysoko[sś]ci\s+)?{_AMOUNT}"
    ),
    re.compile(rf"(?i)\bmamy\s+grant\w*\s+(?:w\s+wysoko[sś]ci\s+)?{_AMOUNT}"),
    # after "mamy" only with the programme or the grant named ("mamy 50 000 zł na serwer" is no grant)
    re.compile(
        rf"(?i)\bmamy\s+{_AMOUNT}\s*(?:z[lł]\w*\s+)?(?:z|ze)\s+(?:cg|cp|cs|cyfrow|cyber|grantu|dotacji|programu)"
    ),
)


def _grant_in(subject: str) -> Decimal | None:
    carried = GRANT_CARRIED.search(subject)
    if carried is not None:
        return Decimal(carried.group("n") or carried.group("m"))
    said = _HAVE_GRANT.search(subject)
    return scaled(said.group("n"), said.group("k") or "") if said is not None else None


# "to doradztwo się mieści czy nie?", "czy usługi doradcze zmieszczą się w limicie?"
_ADVISORY_FITS = re.compile(
    r"(?i)\bdoradz\w*.{0,40}\b(?:mie[sś]ci|zmie[sś]ci|zmieszcz|przekracz\w*|w\s+limicie|poza\s+limit\w*)"
    r"|\b(?:mie[sś]ci|zmie[sś]ci|zmieszcz|przekracz\w*)\w*\s+(?:si[eę]\s+)?(?:w\s+limicie\s+)?.{0,20}\bdoradz"
)
_LEFT_AFTER_ASKED = re.compile(r"(?i)\bile\b.{0,30}\b(?:zosta|pozosta)")
# "jak wydamy 120 tys.", "jeśli wydamy 80 000 zł", "po wydaniu 50 tys."
_WHEN_SPENT = re.compile(
    r"(?i)\b(?:(?:jak|je[sś]li|je[zż]eli|gdy|kiedy|po\s+tym,?\s+jak)\s+(?:ju[zż]\s+)?wydamy|po\s+wydaniu)\s+"
    r"(?:ok\.?\s+|oko[lł]o\s+)?(?P<n>\d+(?:[\s.]\d{3})*(?:,\d+)?)\s*(?P<k>tys\.?|tysi[eę]c\w*|mln|milion\w*|k\b)?"
)
# "tę fakturę", "ten plik", "to": the document talked about
_THIS_DOCUMENT = re.compile(
    r"(?i)^\s*(?:t[aąeę]|ten|to|tej|tego)(?:\s+(?:faktur\w*|fv|plik\w*|dokument\w*|protok\w*))?\s*$"
)
# "a brutto?", "ile to brutto?" after the documents
_GROSS_ONLY = re.compile(r"(?i)^\W*(?:a\s+)?(?:ile\s+(?:to|jest|wynosi)\s+)?(?:w\s+)?brutto\W*$")
_WHY_DOCUMENT = re.compile(
    r"(?i)^\W*(?:a\s+|i\s+|no\s+)?(?:dlaczego|czemu|z\s+jakiego\s+powodu|co\s+jest\s+nie\s+tak\s+z)\b.*\b(?:faktur\w*|"
    r"dokument\w*|protok\w*|raport\w*|odrzuc\w*|zestaw\w*|ostrze[zż]e\w*|b[lł][eę]d\w*|b[lł][aą]d|uwag\w*|"
    # "dlaczego poz. 1 jest kwalifikowalna, przecież to laptopy?": a line of the report by its number
    r"poz\.?\s*\d+|pozycj\w*\s+(?:nr\s+)?\d+|"
    # "a dlaczego laptopy odpadły?" after a report: its lines about them
    r"odpad\w*|odpadl\w*|wypad\w*|nie\s+przesz\w*|nie\s+przechodz\w*|nie\s+wesz\w*|nie\s+wchodz\w*|"
    # "a dlaczego doradztwo nie przejdzie w całości?", "… się nie mieści?"
    r"nie\s+przejd\w*|nie\s+(?:z)?mie[sś]ci\w*|przekracza\w*|niekwalifik\w*)"
    # "skąd ta nadwyżka?", "skąd się wzięła ta różnica?" after a report: the problems it found
    r"|^\W*(?:a\s+)?sk[aą]d\s+(?:si[eę]\s+wzi[eę][lł]\w*\s+)?(?:ta|te|to|taka|takie)\s+(?:nadwy[zż]k\w*|przekroczeni\w*|"
    r"r[oó][zż]nic\w*|ci[eę]ci\w*|pomniejszeni\w*)"
    # "a ta macierz – o co chodzi z tym ostrzeżeniem?", "co oznacza ten wykrzyknik przy serwerze?"
    r"|^.{0,60}\b(?:o\s+co\s+chodzi|co\s+(?:to\s+)?(?:znaczy|oznacza)|sk[aą]d|czemu|dlaczego)\b.*\b(?:ostrze[zż]e\w*|uwag\w*|"
    r"b[lł][eę]d\w*|wykrzyknik\w*|znak\w*|odrzuc\w*|wyja[sś]nieni\w*)"
    # "a czemu ta styczniowa nie przechodzi?": a document named by its month
    r"|^\W*(?:a\s+)?(?:dlaczego|czemu)\s+(?:ta|ten|to)\s+\w+ow(?:a|y|e)\b.*\b(?:nie\s+przechodz\w*|odpad\w*|nie\s+przesz\w*|"
    r"nie\s+kwalifikuj\w*|nie\s+liczy\w*)"
)
# "a z tą macierzą co mam zrobić?", "co zrobić z tym tonerem?" after a report: what the report says of that line
_WHAT_TO_DO_WITH = re.compile(
    r"(?i)^\W*(?:(?:a|i|no|to|dobra|dobrze|ok|okej|aha|wi[eę]c)\W+)*(?:z\s+(?:t[aąeę]|tym|tymi)\s+\w+\s+co\s+(?:mam|mamy|trzeba|nale[zż]y|powinni\w*)\s+zrobi[cć]|"
    r"co\s+(?:mam|mamy|trzeba|nale[zż]y)\s+zrobi[cć]\s+z\s+(?:t[aąeę]|tym|tymi)\s+\w+|"
    # "co z tym serwerem?", "a co z tą drukarką", "jak z tymi licencjami?": the lines of the set about it
    r"(?:co|jak)\s+(?:jest\s+)?z\s+(?:t[aąeę]|tym|tymi)\s+\w+(?:\s+\w+)?(?:\s+(?:jest\s+)?nie\s+tak)?)\W*$"
    # "a skanery? na fakturze 4 a w protokole 3, co z tym?": the thing named first, "co z tym" after
    r"|^.{3,100}?[?,;–—-]\s*(?:a\s+)?(?:co|jak)\s+z\s+(?:tym|tymi|nimi|nim|ni[aą])(?:\s+(?:zrobi[cć]|robi[cć]))?\W*$"
    # "a ten toner co z nim?", "te licencje – jak z nimi?": the thing pointed at, then "co z nim"
    r"|^\W*(?:a\s+|i\s+)?(?:ten|ta|te|to|tamten|tamta)\s+[^\W\d][\w-]+(?:\s+[^\W\d][\w-]+)?\W*\s+(?:co|jak)\s+z\s+"
    r"(?:tym|tymi|nimi|nim|ni[aą])\W*$"
)
# "ile wychodzi nadwyżki na doradztwie?", "o ile przekraczamy limit doradztwa?"
_EXCESS_ASKED = re.compile(
    r"(?i)\bnadwy[zż]k\w*|\bprzekracza\w*|\bprzekroczy\w*|\bponad\s+limit\w*|\bo\s+ile\s+(?:za\s+)?du[zż]o"
    # "czyli ile z tego doradztwa nie rozliczymy?": the part over the cap
    r"|\bile\b.{0,40}\bdorad\w*.{0,20}\bnie\s+(?:rozlicz\w*|przejd\w*|wejd\w*|zalicz\w*)"
)
# "VAT odliczamy. ile w sumie …?", "VAT odliczamy – to ile wychodzi nadwyżki …?": a statement, then a question
_SAID_THEN_ASKED = re.compile(r"(?s)^(?P<said>[^?]{3,120}?)(?:[.!]\s+|\s+[–—-]\s+)(?P<asked>[^.!]*\?\W*)$")
# "czy ilości na fakturze i w protokole się zgadzają?", "protokół zgadza się z fakturą?"
_QUANTITIES_ASKED = re.compile(
    r"(?i)\bilo[sś]\w*.{0,60}\b(?:zgadza|zgodn|pokrywa|r[oó][zż]ni)|\b(?:zgadza|zgodn|pokrywa)\w*.{0,60}\bilo[sś]"
    r"|\bprotok[oó][lł]\w*.{0,40}\b(?:zgadza|zgodn|pokrywa)\w*.{0,20}\bfaktur|\bfaktur\w*.{0,40}\b(?:zgadza|zgodn|"
    r"pokrywa)\w*.{0,20}\bprotok"
    # "ile skanerów jest na fakturze, a ile w protokole?"
    r"|\bile\b.{0,40}\bfaktur\w*.{0,15}\bile\b.{0,20}\bprotok|\bile\b.{0,40}\bprotok\w*.{0,15}\bile\b.{0,20}\bfaktur"
)
# what the checks find about invoices against acceptance protocols
_PROTOCOL_CODES = frozenset(
    (
        "no_protocols",
        "invoice_without_protocol",
        "item_not_received",
        "quantity_mismatch",
        "protocol_item_not_invoiced",
        "protocol_value_mismatch",
        "protocol_unknown_invoice",
    )
)
# "ile możemy rozliczyć z doradztwa?": a thing of the set, not "z tego", "z faktur"
_OF_A_THING = re.compile(r"(?i)\bz(?:e)?\s+(?!tego\b|tych\b|nich\b|niej\b|faktur|dokument|zestaw|grantu\b)[^\W\d]{4,}")
# "czy ta faktura zmieści się w okresie?", "czy nie jest za późno?", "jest w terminie?"
# a question answered yes or no: "czy ta faktura się załapie?", "a data faktury jest ok?"
_YES_NO = re.compile(
    r"(?i)^\W*(?:(?:a|i|no|to)\s+)?(?:czy\b|(?!.*\b(?:ile|jak\w*|kiedy|gdzie|dlaczego|czemu|od\s+kiedy|do\s+kiedy)\b).*\?)"
)
_PERIOD_ASKED = re.compile(
    r"(?i)\b(?:zmie[sś]ci|mie[sś]ci|za[lł]apie|[lł]apie)\w*\s+si[eę]\s+w\s+(?:okres\w*|termin\w*|dat\w*)"
    r"|\bw\s+okresie\s+kwalifikowaln\w*|\bza\s+p[oó][zź]no\b|\bpo\s+terminie\b|\bw\s+terminie\b"
    # "czy ta faktura się załapie do rozliczenia?", "a data faktury jest ok?"
    r"|\b(?:za[lł]api|zmie[sś]ci|[lł]api|wejd|wchodz)\w*\s+(?:(?:si[eę]|nam|jeszcze|ona|to)\s+){0,3}(?:do|w)\s+"
    r"(?:rozliczeni\w*|grant\w*|projekt\w*)"
    r"|\bdat[aęy]\s+(?:tej\s+|na\s+)?(?:faktur\w*|zakupu|wystawienia)\s+(?:jest\s+)?(?:ok|okej|w\s+porz[aą]dku|dobr\w*|poprawn\w*)\b"
)
# "czyli tego antywirusa w ogóle nie rozliczymy?", "a czemu skanery na czerwono?", "dlaczego odrzucacie ten
# serwer?" after a report: what the report says of that thing's line
_THING_VERDICT = re.compile(
    r"(?i)^\W*(?:(?:a|i|no|ok|dobra)\W+)*(?:(?:czyli|wi[eę]c|to)\W+(?:t(?:ego|ej|ych|en|[aąeę])\s+)?|"
    r"(?:t(?:ego|ej|ych|en|[aąeę])\s+))(?P<thing>[^\W\d][\w-]{2,})\s+"
    r"(?:(?:w\s+og[oó]le|jednak|te[zż]|wcale)\s+)*(?:nie\s+)?(?:rozlicz\w*|przejd\w*|odrzuc\w*|uzna\w*|zalicz\w*|sfinansuj\w*)"
    r"|\b(?:czemu|dlaczego)\s+(?:(?:ten|ta|te|to|tego|t[eę])\s+)?(?P<why>[^\W\d][\w-]{2,}(?:\s+[^\W\d][\w-]{3,})?)\s+"
    r"(?:(?:jest|s[aą]|wysz\w*|wysz[lł]\w*)\s+)?(?:na\s+czerwono|odrzucon\w*|niekwalifikowaln\w*|z\s+krzy[zż]\w*|na\s+minus)"
)
_ENDING = re.compile(r"(?<=\w{4})(?:ami|ach|ow|om|em|ie|y|a|u|e|i)$")
# "a co ze skanerami?", "jak z serwerem?": a thing asked about without a demonstrative
_WHAT_WITH_THING = re.compile(
    r"(?i)^\W*(?:(?:a|i|no|to|dobra|ok)\W+)*(?:co|jak)\s+(?:jest\s+)?ze?\s+(?P<thing>[^\W\d][\w-]+(?:\s+[^\W\d][\w-]+)?)\W*$"
)
# "to co mam z tym zrobić?", "i co teraz?", "jak to naprawić?" after a report: what the report says to do
_WHAT_NOW = re.compile(
    r"(?i)^\W*(?:(?:a|i|no|to|dobra|dobrze|ok|okej|aha|wi[eę]c|czyli|hmm)\W+)*(?:"
    r"co\s+(?:w\s+takim\s+razie\s+)?(?:mam|mamy|trzeba|nale[zż]y|powinni\w*|powinien\w*|powinn\w*|mo[zż]emy|robi[cć]|robimy)"
    r"(?:\s+(?:z\s+(?:tym|t[aą]|nim|ni[aą]|tymi|nimi)|teraz|dalej|w\s+takim\s+razie))*"
    r"(?:\s+(?:zrobi[cć]|robi[cć]|poprawi[cć]|zmieni[cć]|usun[aą][cć]|uzupe[lł]ni[cć]|dos[lł]a[cć]))?"
    r"(?:\s+z\s+(?:tym|t[aą]|nim|ni[aą]|tymi|nimi))?|co\s+(?:teraz|dalej)|jak\s+to\s+(?:naprawi[cć]|poprawi[cć]|rozwi[aą]za[cć]))\W*$"
)
# words of a why-question that do not name a line of the report
_NOT_A_LINE_WORD = re.compile(
    r"(?i)^(?:dlaczego|czemu|te[jgn]?|ta|t[aeę]|tym|tych|to|ten|o|co|chodzi|z|ze|w|na|przy|jest|s[aą]|by[lł]\w*|"
    r"odrzucon\w*|odrzuc\w*|niekwalifik\w*|ostrze[zż]\w*|uwag\w*|b[lł][eę]d\w*|b[lł][aą]d|znacz\w*|oznacza\w*|"
    r"pozycj\w*|faktur\w*|raport\w*|wykrzyknik\w*|znak\w*|powodu|jakiego|a|i|nie|tak|sk[aą]d|wyja[sś]nieni\w*)$"
)


_MONTH_ADJECTIVES = (
    "styczn", "lutow", "marcow", "kwietni", "majow", "czerwcow", "lipcow", "sierpni", "wrze", "pazdziernik",
    "listopadow", "grudni",
)  # fmt: skip


def _month_adjective(word: str) -> int | None:
    """'styczniowa' -> 1, 'grudniowej' -> 12: an invoice named by its month; None for other words."""
    folded = _fold(word)
    if not re.search(r"ow\w*$", folded):
        return None
    return next((i for i, stem in enumerate(_MONTH_ADJECTIVES, 1) if folded.startswith(stem)), None)


# "to doradztwo z raportu – o ile przekraczamy limit?", "co w raporcie z tym serwerem?": the report's lines about it
_DUTY_ABOUT = re.compile(
    r"(?i)\bprzy\s+(?:t[eya]j|tym|tych|tamt\w+)\s+\w+.*\b(?:musimy|trzeba|nale[zż]y|powinni\w*|pokaza[cć]|"
    r"do[lł][aą]czy[cć]|przedstawi[cć]|wymagan\w*|wymaga)\b"
)
_FROM_REPORT = re.compile(r"(?i)\b(?:z|ze|w|od)\s+(?:tego\s+|ostatniego\s+|t(?:ym|ego)\s+)?rapor(?:t|tu|cie)\b")


def _lines_naming(lines: list[str], question: str) -> list[str]:
    """The report's lines about the thing a question names ("macierz" → the line of the disk array and the finding
    under it); [] when it names none or the words fit no line."""
    words = [w for w in re.findall(r"[^\W\d_][\w-]{2,}", question) if not _NOT_A_LINE_WORD.match(w)]
    # "ta styczniowa": the document of that month, by the dates the report prints ("z dnia 09.01.2024")
    month_of_word = {w: _month_adjective(w) for w in words}
    months = [f".{m:02d}." for m in month_of_word.values() if m is not None]
    stems = [_spelled(_fold(w)[:5]) for w, m in month_of_word.items() if m is None] + months
    # "a poz. 2?", "dlaczego pozycja 3 …": the line of that number
    numbered = [f"poz. {n} " for n in re.findall(r"(?i)\bpoz(?:\.|ycj\w*)\s*(?:nr\s*)?(\d{1,3})\b", question)]
    if numbered:
        stems = numbered
    if not stems:
        return []
    found: list[str] = []
    for number, line in enumerate(lines):
        if line.strip() and any(stem in _spelled(_fold(line)) for stem in stems) and line.lstrip()[:1] in "✅❌⚠️❓•-":
            found.append(line)
            # the finding's own lines follow, indented
            found += [more for more in lines[number + 1 : number + 4] if more.startswith((" ", "\t")) and more.strip()]
    return list(dict.fromkeys(found))[:8]


def _document_problems(csv_text: str, problems: list[str], named: list[str], question: str) -> list[str]:
    """The report's problems about the documents holding the lines a question names (by the report's CSV: one row
    per invoice line with its document's number), not already among the lines named."""
    rows = list(csv.reader(io.StringIO(csv_text), delimiter=";"))
    if len(rows) < 2:
        return []
    header = rows[0]
    if "nr dokumentu" not in header or "nazwa pozycji" not in header:
        return []
    number_at, name_at = header.index("nr dokumentu"), header.index("nazwa pozycji")
    wanted = _lines_naming([f"• {row[name_at]}" for row in rows[1:] if len(row) > name_at], question)
    names = {line[2:] for line in wanted}
    numbers = {row[number_at] for row in rows[1:] if len(row) > name_at and row[name_at] in names and row[number_at]}
    return [line for line in problems if line not in named and any(n in line for n in numbers)]


def _spelled(folded: str) -> str:
    """Polish and English spellings of one word alike: 'antywirus' and 'antivirus', 'wideo' and 'video'."""
    return folded.replace("y", "i").replace("w", "v")


def buyer_verdict(buyer: str, unit: Any, namesakes: tuple[Any, ...] | list[Any] = ()) -> str:
    """Whether the invoice buyer is the chosen unit: "same", "other" (visibly another JST: another name, a powiat's
    office for a gmina, a rural gmina for a town) or "unsure" (the name fits the unit and a namesake of the same
    level the buyer's words do not tell apart, e.g. "Gmina Suwałki" for the city and the rural gmina).

    >>> from knowledge.registry import UnitKind as K
    >>> from types import SimpleNamespace as U
    >>> town = U(code="2417011", name="Żywiec", kind=K.GMINA_MIEJSKA)
    >>> buyer_verdict("Powiat Żywiecki – Starostwo Powiatowe w Żywcu", town)
    'other'
    >>> buyer_verdict("Gmina Miejska Żywiec", town)
    'same'
    >>> city, rural = U(code="2063011", name="Suwałki", kind=K.MIASTO_NA_PRAWACH_POWIATU), U(code="2012072",
    ...     name="Suwałki", kind=K.GMINA_WIEJSKA)
    >>> buyer_verdict("Gmina Suwałki", city, [city, rural]), buyer_verdict("Miasto Suwałki", city, [city, rural])
    ('unsure', 'same')
    >>> buyer_verdict("Gmina Wiejska Suwałki", city, [city, rural])
    'other'
    >>> buyer_verdict("Gmina Suwałki", rural, [city, rural])
    'unsure'
    """
    said = _fold(buyer)
    name = _fold(unit.name)
    stem = name[:-2] if len(name) > 6 else name  # "kościerski" vs "kościerskiego"
    if stem not in said:
        return "other"
    level = (
        "powiat"
        if re.search(r"\bpowiat|\bstarostw", said)
        else "wojewodztwo"
        if re.search(r"wojewodztw|marszalk", said)
        else "gmina"
        if re.search(r"\bgmin|\burzad\w*\s+(?:gminy|miasta|miejsk)|\bmiast", said)
        else ""
    )
    own = {7: "gmina", 4: "powiat", 2: "wojewodztwo"}.get(len(unit.code), "")
    if level and own and level != own:
        return "other"
    if own != "gmina":
        return "same"
    rural = bool(re.search(r"(?<!miejsko-)wiejsk", said))
    town = bool(re.search(r"\bmiast|\bmiejsk(?!o-wiejsk)", said)) and not rural
    kind = str(getattr(unit.kind, "value", unit.kind))
    if (rural and kind != "gmina wiejska") or (town and kind == "gmina wiejska"):
        return "other"
    if not rural and not town and any(n.code != unit.code for n in namesakes):
        return "unsure"
    return "same"


# the topic's subject after the advisory cap was computed from the grant given: a corrected grant computes it again
ADVISORY_ASKED = "advisory"
_ADVISORY = re.compile(r"(?i)\bdoradz\w*|\bdoradcz\w*|\blimit\w*\s+5|\b5\s*(?:%|proc)")
_SHOWN = "shown"  # the topic's subject after a report was shown: new report data show it again


# "chcemy sprawdzić faktury, zanim wyślemy rozliczenie", "możecie zweryfikować nasze dokumenty?": the user wants
# a pre-check of their own documents (not a rule about who checks what)
_WANTS_CHECK = re.compile(
    r"(?i)\b(?:chc\w*|chcia[lł]\w*|mo[zż]e(?:cie|sz)|prosz[eę]|pom[oó][zż]\w*|jak|gdzie|mam\w*|potrzebuj\w*)\b"
    r"[^.?!]{0,40}?\b(?:sprawdzi[cć]|sprawdzeni\w*|zweryfikowa[cć]|przejrze[cć]|skontrolowa[cć]|wst[eę]pn\w*\s+kontrol\w*)"
    r"\b[^.?!]{0,30}?\b(?:faktur\w*|fv|dokument\w*|protok[oó][lł]\w*|zestaw\w*)"
)
_TO_CHECK = re.compile(r"(?i)\b(?:faktur\w*|fv|dokument\w*)\s+do\s+(?:sprawdzenia|weryfikacji|kontroli)\b")


class Settlement(Feature):
    name = "settlement"
    actions: ClassVar[dict[str, str]] = {
        "raport": "report",
        "rep": "report_file",
        "doc": "on_document",
        "set": "on_set",
    }

    # -- uploads -------------------------------------------------------------------------------

    async def upload(self, turn: Turn, upload: Upload, progress: Progress | None) -> Result:
        try:
            return await self._read_upload(turn, upload, progress)
        finally:
            if not self.backends.keep_uploads:
                upload.path.unlink(missing_ok=True)
                # faces put each upload in its own temporary folder
                if upload.path.parent.name.startswith("upload-"):
                    shutil.rmtree(upload.path.parent, ignore_errors=True)

    async def _read_upload(self, turn: Turn, upload: Upload, progress: Progress | None) -> Result:
        from bot.dialogue.codec import encode

        name, user = upload.name, turn.user
        entry = LogEntry("document", name)
        limit = self.backends.max_file_bytes
        if upload.size > limit:
            msg = texts.FILE_TOO_BIG.format(
                name=name, size=f"{upload.size / 1048576:.1f}".replace(".", ","), limit=limit // 1048576
            )
            return done(turn, reply(msg, kind="error"), log=entry)
        if upload.size == 0 or not upload.path.exists() or upload.path.stat().st_size == 0:
            return done(turn, reply(texts.FILE_EMPTY.format(name=name), kind="error"), log=entry)
        if self.backends.reader is None:
            return done(turn, reply(texts.READER_UNAVAILABLE, kind="error"), log=entry)
        digest = await asyncio.to_thread(lambda: hashlib.sha256(upload.path.read_bytes()).hexdigest())
        if any(d.sha256 == digest for d in await self.store.documents(user.channel, user.id)):
            return done(turn, reply(texts.FILE_DUPLICATE.format(name=name)), log=entry)
        try:
            document = await self.backends.reader.read(upload.path, name, progress)
        except GrantbotError as exc:
            reason = str(exc)
            await self.store.add_document(
                user.channel,
                user.id,
                sha256=digest,
                name=name,
                kind="unreadable",
                extracted_json=json.dumps({"reason": reason}, ensure_ascii=False),
            )
            return done(turn, reply(texts.FILE_UNREADABLE.format(name=name, reason=reason), kind="error"), log=entry)
        if getattr(document, "file", name) != name:  # the user's name, not the temporary one, in the report
            document = dataclasses.replace(document, file=name)
        stored = await self.store.add_document(
            user.channel, user.id, sha256=digest, name=name, kind=str(document.kind), extracted_json=encode(document)
        )
        count = len(stored)
        read = sum(1 for d in stored if d.kind != "unreadable")
        blocks = document_summary(document)
        unit = self._unit(turn)
        warned = self.buyer_note(getattr(getattr(document, "buyer", None), "name", None), unit)
        if warned is not None:
            blocks.append(note(warned))
        # "mamy w cs fakturę z maja, wrzucam" then the file: the programme the talk just before was about
        before = turn.session.topic
        talked = before.programme if before is not None and before.programme in ("cg", "cp", "cs") else ""
        programme = turn.session.programme or talked
        blocks += self._first_look(document, programme)
        files = texts.files_word(count) + (f" ({read} {texts.read_word(read)})" if read != count else "")
        blocks.append(texts.FILE_ADDED_TAIL.format(count=count, files=files))
        buttons = ((Button("Raport z kontroli", "raport:"), Button("Pokaż zestaw", "set:show")),)
        session = turn.session.with_(topic=Topic("document", programme=programme or "", subject=name), offer="raport:")
        return done(turn, reply(*blocks, buttons=buttons, kind="document"), log=entry, session=session)

    async def file_command(self, turn: Turn, arg: str) -> Result:
        """/plik in a face that sends files natively: say how to send one there."""
        return say(turn, texts.files_how(turn.user.channel))

    # -- the set -------------------------------------------------------------------------------

    async def show(self, turn: Turn, arg: str) -> Result:
        user = turn.user
        documents = await self.store.documents(user.channel, user.id)
        params = await self.store.params(user.channel, user.id)
        if not documents:
            blocks: list[Any] = [texts.CHECK_HOW, note(texts.files_how(user.channel)), note(texts.SET_EMPTY)]
            blocks += self._params_blocks(params)
            return done(turn, reply(*blocks), session=turn.session.with_(topic=Topic("document")))
        blocks = [title(texts.SET_LIST.format(count=len(documents), files=texts.files_word(len(documents))))]
        unit = self._unit(turn)
        buttons: list[tuple[Button, ...]] = []
        for number, d in enumerate(documents, 1):
            label = KIND_PL.get(d.kind, d.kind)
            doc_number = self._number_of(d)
            blocks.append(item(f"{number}. {d.name} ({label}{f' nr {doc_number}' if doc_number else ''})"))
            warned = self.buyer_note(self._buyer_of(d), unit)
            if warned is not None:
                blocks.append(note(warned))
            buttons.append((Button(f"Usuń {number}. {d.name}", f"doc:del:{d.id}"),))
        blocks += self._params_blocks(params)
        blocks.append(note(texts.SET_HOW_EDIT))
        buttons = [(Button("Raport z kontroli", "raport:"), Button("Wyczyść zestaw", "set:clear")), *buttons[:10]]
        return done(
            turn,
            reply(*blocks, buttons=tuple(buttons)),
            session=turn.session.with_(topic=Topic("document", programme=turn.session.programme or "")),
        )

    def _params_blocks(self, params: SetParams) -> list[Any]:
        lines = []
        if params.project_end is not None:
            lines.append(f"koniec projektu: {params.project_end:%d.%m.%Y}")
        if params.grant_amount is not None:
            lines.append(f"kwota grantu: {num(params.grant_amount)} zł")
        if params.vat_recoverable is not None:
            lines.append(
                "VAT: "
                + (
                    "do odzyskania (niekwalifikowalny)"
                    if params.vat_recoverable
                    else "bez możliwości odzyskania (kwalifikowalny)"
                )
            )
        if not lines:
            return [note(texts.PARAMS_NONE)]
        return [note("Dane do raportu: " + "; ".join(lines) + ".")]

    async def remove(self, turn: Turn, arg: str) -> Result:
        user = turn.user
        documents = await self.store.documents(user.channel, user.id)
        if not documents:
            return say(turn, texts.SET_EMPTY)
        ref = arg.strip()
        if not ref:
            return await self.show(turn, "")
        target = None
        # "drugi plik", "ten ostatni", "pierwszą fakturę": the position on the /zestaw list
        bare = re.sub(r"(?i)\b(?:plik\w*|dokument\w*|faktur\w*|protok\w*|zestaw\w*|z)\b", " ", ref)
        position = ordinal_choice(bare) if not ref.isdigit() else int(ref)
        if position is None and re.fullmatch(r"(?i)\s*(?:ten\s+|ta\s+)?ostatni\w*\s*", bare):
            position = len(documents)
        topic = turn.session.topic
        if position is not None and 1 <= position <= len(documents):
            target = documents[position - 1]
        elif _THIS_DOCUMENT.match(ref):
            # "usuń tę fakturę": the document just talked about, else the only one, else the last one sent
            talked = topic.subject if topic is not None and topic.kind == "document" else ""
            target = next((d for d in documents if d.name == talked), None) or documents[-1]
        else:
            folded = ref.casefold()
            matches = (
                [d for d in documents if d.name.casefold() == folded]
                or [d for d in documents if folded in d.name.casefold()]
                or (_of_kind(documents, folded) if len(folded.split()) == 1 else [])  # "usuń protokół": the one
                or _by_content(documents, ref)  # "usuń tę fakturę ze stycznia 2024", "usuń toner"
            )
            target = matches[0] if len(matches) == 1 else None
        if target is None:
            return say(turn, texts.DOC_NOT_FOUND.format(ref=ref, count=len(documents)))
        return await self.on_document(turn, f"del:{target.id}")

    async def on_document(self, turn: Turn, rest: str) -> Result:
        verb, _, raw_id = rest.partition(":")
        if verb != "del" or not raw_id.isdigit():
            return say(turn, texts.DOC_GONE)
        name = await self.store.remove_document(turn.user.channel, turn.user.id, int(raw_id))
        if name is None:
            return say(turn, texts.DOC_GONE)
        left = len(await self.store.documents(turn.user.channel, turn.user.id))
        return say(turn, texts.DOC_REMOVED.format(name=name, count=left, files=texts.files_word(left)))

    async def clear(self, turn: Turn, arg: str) -> Result:
        documents = await self.store.documents(turn.user.channel, turn.user.id)
        if not documents:
            return say(turn, texts.SET_EMPTY)
        buttons = ((Button("Tak, opróżnij zestaw", "set:clear:yes"), Button("Nie", "set:clear:no")),)
        out = reply(
            texts.CLEAR_CONFIRM.format(count=len(documents), files=texts.files_word(len(documents))), buttons=buttons
        )
        return Outcome((out,)), turn.session.with_(pending=Pending(kind="clear"))

    async def on_set(self, turn: Turn, rest: str) -> Result:
        if rest == "show":
            return await self.show(turn, "")
        if rest == "clear":
            return await self.clear(turn, "")
        session = turn.session.with_(pending=None)
        if rest != "clear:yes":
            return done(turn, reply(texts.CLEAR_KEPT), session=session)
        removed = await self.store.clear_set(turn.user.channel, turn.user.id)
        return done(turn, reply(texts.CLEARED.format(count=removed, files=texts.files_word(removed))), session=session)

    async def pending(self, turn: Turn) -> Result | None:
        pending = turn.session.pending
        assert pending is not None
        if pending.kind == "clear":
            if turn.text.casefold() in {"tak", "t", "yes"}:
                return await self.on_set(turn, "clear:yes")
            if turn.text.casefold() in {"nie", "n", "no"}:
                return await self.on_set(turn, "clear:no")
            return None
        if pending.kind == "report" and turn.text.isdigit() and len(turn.text) == 1:
            codes = ["cg", "cp", "cs"]
            if 1 <= int(turn.text) <= len(codes):
                return await self.feature("account").on_programme(turn, codes[int(turn.text) - 1])
            return say(turn, texts.CHOOSE_NUMBER.format(last=len(codes)), buttons=programme_buttons())
        return None

    async def _about_documents(self, turn: Turn) -> Result | None:
        """Questions about the documents sent, in words: how much of it is eligible, is this one ok, why was it
        rejected, how do we send them."""
        topic = turn.session.topic
        asked = await self._asked_of_report(turn)
        if asked is not None:
            return asked
        if topic is not None and topic.kind in ("document", "report") and _GROSS_ONLY.match(turn.text):
            return await self.net(turn)  # "a brutto?" after the documents: the set's totals, net and gross
        if (
            _HOW_MUCH_ELIGIBLE.search(turn.text)
            and not report_params(turn.text)
            and (
                (topic is not None and topic.kind in ("document", "report"))
                or (
                    (_OF_THE_SET.search(turn.text) or _LINE_WORDS.search(turn.text))
                    and await self.store.documents(turn.user.channel, turn.user.id)
                )
            )
        ):
            # "a ile z tego jest kwalifikowalne netto?" after a file (or with files in the set): the check of the set;
            # "ile możemy rozliczyć z doradztwa?" after a report: its lines about that thing
            about = _OF_A_THING.search(turn.text) and topic is not None and topic.kind == "report"
            lines_about = await self._explain(turn, named_only=True) if about else None
            return lines_about or await self.report(turn, "")
        lines_asked = await self._report_lines_asked(turn)
        if lines_asked is not None:
            return lines_asked
        facts = await self._in_period(turn) or await self._quantities(turn) or await self._facts(turn)
        if facts is not None:
            return facts
        if _ABOUT_DOCUMENT.search(turn.text):
            looked = await self._look_again(turn)
            if looked is not None:
                return looked
        # "dlaczego …?", and "a poz. 2?" after a report line: that line's findings
        why = bool(_WHY_DOCUMENT.match(turn.text)) or bool(
            _LINE_NUMBER_ONLY.match(turn.text) and topic is not None and topic.kind == "report"
        )
        from_report = (
            bool(_FROM_REPORT.search(turn.text)) and topic is not None and topic.kind in ("report", "document")
        )
        # "a przy tej macierzy za 62 tysiące coś jeszcze musimy pokazać?" after a report: its lines about the thing
        duty = bool(_DUTY_ABOUT.search(turn.text)) and topic is not None and topic.kind in ("report", "faq")
        # "a co ze skanerami?" after the files: a thing of the set, named without "tym"
        of_set = await self._thing_of_set(turn)
        if why or _WHAT_TO_DO_WITH.match(turn.text) or from_report or duty or of_set:
            explained = await self._explain(turn, named_only=not why)
            if explained is not None:
                return explained
            if topic is not None and topic.kind == "document" and (_WHAT_TO_DO_WITH.match(turn.text) or of_set):
                # "co z tym serwerem?" right after the files, before any report: the report, then its lines about it
                return await self._checked_then_explained(turn)
        if _WHAT_NOW.match(turn.text):
            advised = await self._what_now(turn)
            if advised is not None:
                return advised
        if _WANTS_CHECK.search(turn.text) or _TO_CHECK.search(turn.text):
            # "chcemy sprawdzić faktury, zanim wyślemy rozliczenie": how to send them, and the set so far; the
            # programme named ("przed rozliczeniem Cyfrowego Powiatu") is the settlement's
            named = detect_programmes(turn.text)
            if len(named) == 1 and named[0] != turn.session.programme:
                session = turn.session.with_(programme=named[0])
                await self.dialogue.save_profile(turn.user, session)
                shown = await self.show(turn.with_session(session), "")
                return led_by(texts.PROGRAMME_NOTED.format(name=programme_name(named[0])), shown)
            return await self.show(turn, "")
        return None

    async def _asked_of_report(self, turn: Turn) -> Result | None:
        """The report or the documents asked about in words: the advisory excess ("ile z tego doradztwa nie
        rozliczymy?"), a figure's basis, what to change, what is wrong with the files, what is left of the grant."""
        topic = turn.session.topic
        if topic is not None and topic.kind == "report" and _EXCESS_ASKED.search(turn.text):
            over = await self._report_lines_asked(turn)
            if over is not None:
                return over
        return (
            await self._figures_asked(turn)
            or await self._rule_of_line(turn)
            or await self._fix_asked(turn)
            or await self._what_is_wrong(turn)
            or await self._grant_left(turn)
            or await self._grant_supposed(turn)
            or await self._advisory_fits(turn)
        )

    async def _advisory_spent(
        self, turn: Turn
    ) -> tuple[Any, Decimal, Decimal, str, tuple[Decimal, Decimal] | None] | None:
        """(report, grant, advisory spent, basis, (percent, cap)) of the last report, the grant given for the set."""
        report = await self.store.latest_report(turn.user.channel, turn.user.id)
        params = await self.store.params(turn.user.channel, turn.user.id)
        if report is None or params.grant_amount is None or not report.programme:
            return None
        basis = "netto" if params.vat_recoverable is True else "brutto"
        spent = figures.advisory_net(report.csv or "", basis)
        if spent is None:
            return None
        return report, params.grant_amount, spent, basis, figures.advisory_cap(report.programme, params.grant_amount)

    async def _advisory_fits(self, turn: Turn) -> Result | None:
        """ "to doradztwo się mieści czy nie?" after a report: its advisory lines against the cap of the grant given
        for the set, on the basis the report counts (net when VAT is recovered)."""
        topic = turn.session.topic
        if topic is None or topic.kind != "report" or not _ADVISORY_FITS.search(turn.text):
            return None
        found = await self._advisory_spent(turn)
        if found is None:
            return None
        report, grant, spent, basis, limit = found
        if limit is None:
            return None  # CS sets no advisory cap
        percent, cap = limit
        said = texts.GRANT_SUPPOSED_CAP.format(
            grant=f"{num(grant)} zł",
            percent=percent.normalize(),
            cap=f"{num(cap)} zł",
            spent=f"{num(spent)} zł",
            basis=basis,
        )
        verdict = "Nie." if spent > cap else "Tak."
        tail = texts.CAP_EXCEEDED.format(over=f"{num(spent - cap)} zł") if spent > cap else texts.CAP_KEPT
        blocks: list[Any] = [note(f"Program: {programme_name(report.programme)}"), f"{verdict} {said} {tail}"]
        return _about_report(turn, blocks, report.programme, subject="doradztwo")

    async def _has_documents(self, turn: Turn) -> bool:
        return bool(await self.store.documents(turn.user.channel, turn.user.id))

    async def _rule_of_line(self, turn: Turn) -> Result | None:
        """ "operator dopytuje o tę macierz – co musimy mu pokazać?" after a report: the rule asked of that line, with
        its net amount said (the procurement threshold, the documents the operator may ask for)."""
        topic = turn.session.topic
        documents_asked = DOCUMENTS_ASKED.search(turn.text)
        # "czy macierz musieliśmy kupić przez bazę konkurencyjności?": the threshold asked of a line of the report
        threshold_asked = _THRESHOLD_ASKED.search(turn.text)
        talked = topic is not None and topic.kind in ("report", "document")
        if not ((talked and documents_asked) or threshold_asked):
            return None
        report = await self.store.latest_report(turn.user.channel, turn.user.id)
        if report is None or not report.csv:
            return None
        words = figures.thing_words(_THRESHOLD_ASKED.sub(" ", DOCUMENTS_ASKED.sub(" ", turn.text))).split()
        lines = [f for f in figures.line_figures(report.csv) if not f.each]
        # "operator dopytuje o tę macierz": the line a word of the question names
        named = list({f.label: f for w in words for f in figures.naming(lines, w)}.values())
        net = named[0].net if len(named) == 1 else None
        if net is None:
            return None
        thing = named[0].label.strip("„”").split()[0]  # its first word: a model's digits are no count of pieces
        rule = documents_asked.group(0) if documents_asked else "czy trzeba było zastosować bazę konkurencyjności"
        asked = f"{thing} za {num(net)} zł netto – {rule}?"
        answered: Result = await self.feature("faq").ask(turn, asked, report.programme or None, log_text=turn.text)
        return answered

    async def _grant_supposed(self, turn: Turn) -> Result | None:
        """ "a przy grancie 350 tys.?" after a report with advisory lines: that grant's cap against the report's
        advisory total, on the basis the report counts (net when VAT is recovered, else gross)."""

        said = figures.GRANT_SUPPOSED.match(turn.text)
        topic = turn.session.topic
        if said is None or topic is None or topic.kind != "report":
            return None
        report = await self.store.latest_report(turn.user.channel, turn.user.id)
        grant = scaled(said.group("n"), said.group("k") or "")
        if report is None or grant is None or not report.programme:
            return None
        limit = figures.advisory_cap(report.programme, grant)
        params = await self.store.params(turn.user.channel, turn.user.id)
        basis = "netto" if params.vat_recoverable is True else "brutto"
        spent = figures.advisory_net(report.csv or "", basis)
        if limit is None or spent is None:
            return None
        percent, cap = limit
        over = spent - cap
        said_text = texts.GRANT_SUPPOSED_CAP.format(
            grant=f"{num(grant)} zł",
            percent=percent.normalize(),
            cap=f"{num(cap)} zł",
            spent=f"{num(spent)} zł",
            basis=basis,
        )
        tail = texts.CAP_EXCEEDED.format(over=f"{num(over)} zł") if over > 0 else texts.CAP_KEPT
        blocks: list[Any] = [note(f"Program: {programme_name(report.programme)}"), f"{said_text} {tail}"]
        return _about_report(turn, blocks, report.programme, subject="doradztwo")

    async def _grant_left(self, turn: Turn) -> Result | None:
        """ "ile nam jeszcze zostało z grantu?" with a report and the grant given for it: the grant less the eligible
        total of the last report, on the basis its limits are counted on (gross unless VAT is recovered)."""
        spending = _WHEN_SPENT.search(turn.text)
        if not _LEFT_ASKED.search(turn.text) and not (spending and _LEFT_AFTER_ASKED.search(turn.text)):
            return None
        report = await self.store.latest_report(turn.user.channel, turn.user.id)
        params = await self.store.params(turn.user.channel, turn.user.id)
        said_grant = _GRANT_IS.search(turn.text)
        stated = scaled(said_grant.group("n"), said_grant.group("k") or "") if said_grant is not None else None
        if stated is not None and stated > 0:
            # "ile jeszcze możemy wydać, jeśli grant to 850 tys.?": the grant said with the question, kept for the set
            params = await self.store.save_params(turn.user.channel, turn.user.id, grant_amount=stated)
        if spending is not None:
            # "a ile nam zostanie, jak wydamy 120 tys.?": the grant (stated, or computed here) less that sum
            return await self._left_after(
                turn, params.grant_amount, scaled(spending.group("n"), spending.group("k") or "")
            )
        if report is None:
            # "ile jeszcze możemy wydać?" before any report: what the answer needs (never a rule's example figure);
            # "ile możemy wydać na diagnozę?" asks a rule about one kind of cost, not what is left
            if re.search(r"(?i)\bna\s+(?!razie\b|teraz\b|dzi[sś]\b|koniec\b|dzie[nń]\b)\w", turn.text):
                return None  # "a my ile na doradztwo możemy wydać?": one kind of cost, a rule
            if params.grant_amount is None:
                return say(turn, f"{texts.LEFT_NEEDS_GRANT} {texts.LEFT_NEEDS_REPORT}")
            return say(turn, texts.LEFT_GRANT_ONLY.format(grant=f"{num(params.grant_amount)} zł"))
        if params.grant_amount is None:
            return say(turn, texts.LEFT_NEEDS_GRANT)
        totals = {f.label: f for f in figures.total_figures(report.summary)}
        eligible = totals.get("suma „Kwalifikowalne”")
        net_basis = params.vat_recoverable is True
        spent = (eligible.net if net_basis else eligible.gross) if eligible is not None else None
        if spent is None:
            return None
        said = texts.GRANT_LEFT.format(
            grant=f"{num(params.grant_amount)} zł",
            spent=f"{num(spent)} zł",
            basis="netto" if net_basis else "brutto",
            left=f"{num(params.grant_amount - spent)} zł",
        )
        blocks: list[Any] = [note(f"Program: {programme_name(report.programme)}")] if report.programme else []
        return _about_report(turn, [*blocks, said, note(texts.GRANT_LEFT_NOTE)], report.programme)

    async def _left_after(self, turn: Turn, stated: Decimal | None, spent: Decimal | None) -> Result | None:
        """The grant less a sum the user plans to spend: the grant stated for the set, else the one computed exactly
        in this talk (the unit's, with its G); without a grant, what is needed."""
        if spent is None:
            return None
        grant, programme = stated, context_programme(turn)
        topic = turn.session.topic
        unit_code = (topic.subject if topic is not None and topic.kind == "grant" else "") or turn.session.grant_unit
        if grant is None and unit_code and self.backends.grants is not None:
            code_ = (topic.programme if topic is not None and topic.programme else "") or programme or "cg"
            g = (topic.g if topic is not None and topic.kind == "grant" else "") or turn.session.units_seen().get(
                unit_code, ""
            )
            grant = await self.feature("grant").computed_amount(unit_code, code_, Decimal(g) if g else None)
            programme = code_
        if grant is None and topic is not None and topic.kind == "faq":
            # "mamy 420 tys. z cyfrowej gminy, ile na doradztwo?", then "a ile zostanie, jak wydamy 120 tys.?"
            grant = _grant_in(topic.subject)
            programme = topic.programme or programme
        if grant is None:
            return say(turn, texts.LEFT_NEEDS_GRANT)
        blocks: list[Any] = [note(f"Program: {programme_name(programme)}")] if programme else []
        left = grant - spent
        said = texts.LEFT_AFTER.format(grant=f"{num(grant)} zł", spent=f"{num(spent)} zł", left=f"{num(left)} zł")
        if left < 0:
            said = texts.LEFT_AFTER_OVER.format(
                grant=f"{num(grant)} zł", spent=f"{num(spent)} zł", over=f"{num(-left)} zł"
            )
        return done(turn, reply(*blocks, said), log=LogEntry("faq", turn.text, programme=programme or None))

    async def _what_is_wrong(self, turn: Turn) -> Result | None:
        """ "co tu jest nie tak?", "czy wszystko ok?" right after the files: the check of the set (it had been an FAQ
        answer about recovering grants)."""
        topic = turn.session.topic
        said = _REMARK_AFTER_QUESTION.sub("", turn.text)  # "co tu nie gra? jutro składamy": the remark aside
        if not _WHAT_IS_WRONG.match(said):
            return None
        if (topic is None or topic.kind not in ("document", "report")) and not await self._has_documents(turn):
            return None
        return await self.report(turn, "")

    async def _figures_asked(self, turn: Turn) -> Result | None:
        """ "te 20 000 za doradztwo to netto czy brutto?", "laptopy to ile bez VAT?", then "a brutto?": the report's
        figures – the amount said found among its lines and totals, or the lines named with both their amounts – and
        the basis its limits are counted on (CheckContext.vat_recoverable)."""
        topic = turn.session.topic
        text = turn.text
        stated = figures.amount_said(text)
        said_basis = figures.basis_word(text)
        checked = stated is not None and bool(said_basis) and bool(figures.CHECKED.search(text))
        basis = figures.BASIS_ASKED.search(text) or checked
        alone = figures.BASIS_ALONE.match(text)
        one = figures.ONE_BASIS.search(text) and ("?" in text or re.search(r"(?i)\bile\b", text))
        # "jaka jest kwota kwalifikowalna brutto?" with documents sent: the report's total, whatever came in between
        talked = topic is not None and topic.kind in ("report", "document")
        # "ile brutto wyszły licencje EDR razem?", "jaka jest kwota kwalifikowalna brutto?" with documents sent, after
        # other talk: a line or a total the words name (the set looked up only for such a question)
        maybe = not talked and bool(basis or alone or one) and await self._has_documents(turn)
        talked = talked or (maybe and bool(_REPORT_TOTAL_WORDS.search(text)))
        maybe = maybe and not talked
        quantity = figures.QUANTITY_ASKED.match(text) and not _QUANTITIES_ASKED.search(text)  # not invoice vs protocol
        # "dlaczego laptopy odpadły?", then "a ile to było netto?": the line just talked about (its report figures)
        on_subject = bool(talked and one and topic is not None and topic.subject and not figures.thing_words(text))
        if ((talked and quantity) or figures.COST_ASKED.search(text)) and not on_subject:
            # "ile netto kosztował jeden laptop?": the documents sent, whatever was talked about in between
            lines_said = await self._document_lines(turn)
            if lines_said is not None or talked:
                return lines_said
        if not (basis or ((talked or maybe) and (alone or one))):
            return None
        report = await self.store.latest_report(turn.user.channel, turn.user.id)
        if report is None or not report.csv:
            return await self._document_lines(turn) if talked and one else None
        lines = figures.line_figures(report.csv)
        # "a sam serwer w cs jest ok?" judged, then "ile to brutto?": the thing just talked about, on the documents
        pointed = alone or (maybe and topic is not None and topic.kind == "item") or on_subject
        thing = figures.thing_words(text) or (
            figures.thing_words(topic.subject) if pointed and topic is not None else ""
        )
        amount = figures.amount_said(text) if basis else None
        every = lines + figures.total_figures(report.summary)
        said = figures.basis_of(amount, every) if amount is not None else []
        verdict = figures.checked_basis(amount, said_basis, every) if checked and amount is not None else None
        if checked and not said:
            return None  # an amount the report does not hold: another feature's (or the FAQ's) to answer
        if not said:
            named = figures.naming(lines, thing) if thing and thing != _SHOWN else []
            # "jaka jest kwota kwalifikowalna brutto?": the report's total
            named = named or figures.totals_named(figures.total_figures(report.summary), thing)
            if not named or (maybe and not thing):
                return None
            said = figures.both_bases(named)
        params = await self.store.params(turn.user.channel, turn.user.id)
        vat = params.vat_recoverable
        limits = (
            texts.LIMITS_GROSS_UNKNOWN if vat is None else (texts.LIMITS_NET_SAID if vat else texts.LIMITS_GROSS_SAID)
        )
        blocks: list[Any] = [note(f"Program: {programme_name(report.programme)}")] if report.programme else []
        blocks += [verdict] if verdict else []
        blocks += [texts.FIGURES_FROM_REPORT, *(item(line) for line in said)]
        if report.programme in ("cg", "cp"):
            blocks.append(note(limits))  # the advisory cap is a share of the grant there (CheckContext counts gross)
        return _about_report(turn, blocks, report.programme, subject=thing)

    async def _document_lines(self, turn: Turn) -> Result | None:
        """ "ile laptopów kupiliśmy?", "ile kosztowały laptopy brutto?" after the files: the lines of the documents
        sent that name the thing, as read (no check needed)."""
        from bot.dialogue.codec import decode

        asked = figures.QUANTITY_ASKED.match(turn.text)
        said = (asked.group("thing") or asked.group("after")) if asked else figures.COST_ASKED.sub(" ", turn.text)
        thing = figures.thing_words(said)
        stored = [d for d in await self.store.documents(turn.user.channel, turn.user.id) if d.kind != "unreadable"]
        if not thing or not stored:
            return None
        lines = figures.document_lines([decode(d.extracted_json) for d in stored], thing)
        if not lines:
            return None
        out = reply(texts.FIGURES_FROM_DOCUMENTS, *(item(line) for line in lines))
        return done(turn, out, log=LogEntry("other", turn.text))

    async def _fix_asked(self, turn: Turn) -> Result | None:
        """ "co mam zmienić, żeby doradztwo przeszło?", "a skanery – co poprawić?" after a report: its lines about
        the thing, the problems of the document it is on, and what the report says to do; every problem when the
        question names no thing ("żeby ta pozycja przeszła")."""
        thing = figures.fix_thing(turn.text)
        topic = turn.session.topic
        if thing is None or topic is None or topic.kind not in ("report", "document"):
            return None
        report = await self.store.latest_report(turn.user.channel, turn.user.id)
        if report is None:
            return None
        lines = report.summary.splitlines()
        start = next((i for i, line in enumerate(lines) if line.startswith("Najważniejsze problemy")), None)
        advice_at = next((i for i, line in enumerate(lines) if line.startswith("Co zrobić")), None)
        if start is None or advice_at is None:
            return say(turn, texts.NO_PROBLEMS_FOUND)
        problems = [line for line in lines[start + 1 : advice_at] if line.strip()]
        advice = [line for line in lines[advice_at + 1 :] if line.lstrip().startswith("•")]
        named = _lines_naming(lines[:advice_at], thing) if thing else []
        if named:
            about = named + _document_problems(report.csv, problems, named, thing)
            if not any(line.lstrip()[:1] in "❌⚠❓" for line in about):
                about.append(texts.NO_PROBLEM_AT_LINE)
        else:
            about = problems
        blocks: list[Any] = [note(f"Program: {programme_name(report.programme)}")] if report.programme else []
        blocks += [*about, texts.WHAT_TO_DO_FROM_REPORT, *advice]
        return _about_report(turn, blocks, report.programme, subject=thing)

    async def _thing_of_set(self, turn: Turn) -> bool:
        """ "a co ze skanerami?", "jak z tym serwerem?" right after the files or a report, the thing being a line of a
        document in the set."""
        topic = turn.session.topic
        asked = _WHAT_WITH_THING.match(turn.text)
        if asked is None or topic is None or topic.kind not in ("document", "report"):
            return False
        stored = [d for d in await self.store.documents(turn.user.channel, turn.user.id) if d.kind != "unreadable"]
        # "skanerami" → "skaner": the word without its case ending is what the document's lines hold
        stems = [_ENDING.sub("", w) for w in re.findall(r"[a-z0-9]{4,}", _fold(asked.group("thing")))]
        return bool(stems) and any(all(s in _fold(d.extracted_json or "") for s in stems) for d in stored)

    async def _what_now(self, turn: Turn) -> Result | None:
        """ "to co mam z tym zrobić?" after a report (and talk about one of its lines): the report's lines about
        the thing talked about, and what the report says to do."""
        report = await self.store.latest_report(turn.user.channel, turn.user.id)
        if report is None:
            return None
        lines = report.summary.splitlines()
        start = next((i for i, line in enumerate(lines) if line.startswith("Co zrobić")), None)
        if start is None:
            return None
        advice = [line for line in lines[start + 1 :] if line.lstrip().startswith("•")]
        topic = turn.session.topic
        about = _lines_naming(lines, topic.subject) if topic is not None and topic.subject else []
        if not about:
            # "co mam poprawić?" with no line talked about: the report's problems, then what to do
            first = next((i for i, line in enumerate(lines) if line.startswith("Najważniejsze problemy")), None)
            if first is not None:
                about = [line for line in lines[first + 1 : start] if line.strip() and line.lstrip()[:1] in "❌⚠️❓"]
        blocks: list[Any] = []
        if report.programme:
            blocks.append(note(f"Program: {programme_name(report.programme)}"))
        blocks += [*about, texts.WHAT_TO_DO_FROM_REPORT, *advice]
        return _about_report(turn, blocks, report.programme)

    async def _quantities(self, turn: Turn) -> Result | None:
        """ "czy ilości na fakturze i w protokole się zgadzają?": the set checked now (nothing stored), and what it
        finds about invoices against protocols – or that they agree."""
        if not _QUANTITIES_ASKED.search(turn.text):
            return None
        checked = await self._checked_now(turn)
        if checked is None:
            return None
        programme, report = checked
        found = [f"⚠️ {f.message}" for f in report.findings if f.code in _PROTOCOL_CODES]
        said = found or [texts.QUANTITIES_AGREE]
        return done(turn, reply(note(f"Program: {programme_name(programme)}"), *said), log=LogEntry("other", turn.text))

    async def _checked_then_explained(self, turn: Turn) -> Result:
        """The set checked now (a report, as /raport makes), and only its lines about the thing named; the whole
        report when no line names it."""
        checked = await self.report(turn, "")
        if await self.store.latest_report(turn.user.channel, turn.user.id) is None:
            return checked  # nothing to check (an empty set, checks unavailable): what /raport says
        explained = await self._explain(turn.with_session(checked[1]), named_only=True)
        return explained if explained is not None else checked

    async def _in_period(self, turn: Turn) -> Result | None:
        """ "czy ta faktura zmieści się w okresie?", "a ona nie jest za późno?": the date of the invoice meant against
        the programme's cost-eligibility window and the project end given for the report (the report's own rule)."""
        from bot.dialogue.codec import decode
        from checks import CheckContext
        from checks.rules import window_breach
        from extractors.models import Invoice

        topic = turn.session.topic
        programme = turn.session.programme or (topic.programme if topic is not None else "")
        if not _PERIOD_ASKED.search(turn.text) or not programme:
            return None
        stored = [d for d in await self.store.documents(turn.user.channel, turn.user.id) if d.kind != "unreadable"]
        meant = documents_meant(turn.text, stored, _by_content)
        if meant is None and stored and topic is not None and topic.kind in ("document", "report"):
            meant = [next((d for d in stored if d.name == topic.subject), stored[-1])]
        if not meant:
            return None
        params = await self.store.params(turn.user.channel, turn.user.id)
        context = CheckContext.build(programme, project_end=params.project_end)
        start, end = context.window
        lines: list[Any] = []
        for one in meant:
            document = decode(one.extracted_json)
            day = (document.issue_date or document.sale_date) if isinstance(document, Invoice) else None
            if day is None or not isinstance(document, Invoice):
                lines.append(texts.PERIOD_NO_DATE.format(file=one.name))
                continue
            breach = window_breach(document, context)
            until = f"{end:%d.%m.%Y}" if end is not None else texts.PERIOD_OPEN_END
            label = f"Faktura {document.number}" if document.number else f"Faktura w pliku {one.name}"
            said = (
                breach.message
                if breach is not None
                else texts.PERIOD_INSIDE.format(
                    invoice=label, day=f"{day:%d.%m.%Y}", start=f"{start:%d.%m.%Y}", end=until
                )
            )
            if len(meant) == 1 and _YES_NO.match(turn.text):
                # "czy ta faktura się załapie do rozliczenia?": the answer first, then why
                said = f"{'Nie' if breach is not None else 'Tak'} – {said[:1].lower()}{said[1:]}"
            lines.append(said)
        if end is None:
            lines.append(note(texts.PERIOD_END_UNKNOWN))
        lines.append(note("Źródło: " + context.programme.fact("costs_from").citation.human()))
        return done(turn, reply(f"Program: {programme_name(programme)}", *lines), log=LogEntry("other", turn.text))

    async def _facts(self, turn: Turn) -> Result | None:
        """ "ile ta faktura za firewall ma łącznie brutto?", "a protokół – z którego dnia jest?", "a ta druga faktura,
        za laptopy – z nią wszystko w porządku?": what was read from the document meant (its verdict when asked)."""
        from bot.dialogue.codec import decode

        field = field_asked(turn.text)
        verdict = ALL_RIGHT.search(turn.text) is not None and pointed(turn.text)
        if field is None and not verdict:
            return None
        stored = [d for d in await self.store.documents(turn.user.channel, turn.user.id) if d.kind != "unreadable"]
        if not stored:
            return None
        topic = turn.session.topic
        meant = documents_meant(turn.text, stored, _by_content)
        if (
            meant is None
            and field is not None
            and topic is not None
            and topic.kind in ("document", "report")
            and (about_the_last(turn.text))
        ):
            meant = [next((d for d in stored if d.name == topic.subject), stored[-1])]  # "ile tam jest VAT?"
        if (
            meant is None
            and field in ("gross", "net", "vat")
            and whole_asked(turn.text)
            and topic is not None
            and topic.kind in ("document", "report")
        ):
            meant = [d for d in stored if d.kind in ("invoice", "correction")]  # "ile to netto razem?"
        if meant is None and field == "buyer":
            meant = [d for d in stored if d.kind in ("invoice", "correction")][-1:]  # "a nabywca to my?"
        if meant == [] and field is not None:
            # "ile pozycji ma protokół?" with no protocol sent: say so, not a rule about protocols
            return say(turn, texts.NO_SUCH_DOCUMENT)
        if not meant:
            return None
        if field is None:
            return await self._look_again(turn, meant[0]) if len(meant) == 1 else None
        lines = []
        read = []
        for one in meant:
            try:
                document = decode(one.extracted_json)
                lines.append(fact_line(document, field) + line_part(document, field, turn.text))
                read.append(document)
            except (ValueError, KeyError, TypeError):
                lines.append(texts.FACT_UNREADABLE.format(file=one.name))
        summed = sum_line(read, field) if len(read) == len(meant) else None
        if summed is not None:
            lines.append(summed)  # "ile jest na tych fakturach razem brutto?"
        if field == "buyer" and read:
            lines += await self._buyer_against_unit(turn, read)  # "a nabywca na fakturze to my?"
        session = turn.session.with_(topic=Topic("document", subject=meant[-1].name))
        return done(turn, reply(*lines, note(texts.FACTS_READ)), log=LogEntry("other", turn.text), session=session)

    async def _buyer_against_unit(self, turn: Turn, documents: list[Any]) -> list[str]:
        """The buyer read against the unit chosen: the same, visibly another, or not to tell."""
        unit = self._unit(turn)
        if unit is None:
            return []
        said = []
        for document in documents:
            buyer = getattr(getattr(document, "buyer", None), "name", None)
            warned = self.buyer_note(buyer, unit)
            if warned is not None:
                said.append(warned)
            elif buyer:
                said.append(texts.BUYER_IS_UNIT.format(unit=unit.describe()))
        return said

    async def _look_again(self, turn: Turn, chosen: Any = None) -> Result | None:
        """'czy ta faktura jest ok?', 'co z nią nie tak?' right after a file (or `chosen`, the document meant): what was
        read from it and the first verdict per line in the programme of the context (the report has the full check)."""
        from bot.dialogue.codec import decode

        topic = turn.session.topic
        documents = await self.store.documents(turn.user.channel, turn.user.id)
        if chosen is None and (not documents or topic is None or topic.kind != "document"):
            return None
        stored = chosen or next((d for d in documents if topic and d.name == topic.subject), documents[-1])
        wanted = None if chosen is not None else _KIND_NAMED.search(turn.text)
        if wanted is not None:
            # "czy wszystko ok z tą fakturą?" after an invoice and its protocol: the latest of the kind named
            kind = "invoice" if wanted.group(0).casefold().startswith(("f", "fv")) else "protocol"
            stored = next((d for d in reversed(documents) if d.kind == kind), stored)
        if stored.kind == "unreadable":
            return None
        try:
            document = decode(stored.extracted_json)
        except (ValueError, KeyError, TypeError):
            return None
        programme = turn.session.programme or (topic.programme if topic is not None else "") or None
        first_look = self._first_look(document, programme)
        blocks = document_summary(document) + first_look
        if not programme:
            blocks.append(note(texts.LOOK_WHICH_PROGRAMME))
        if not first_look:
            blocks.append(note(texts.LOOK_FULL_REPORT))
        return done(turn, reply(*blocks, kind="document"), log=LogEntry("command", turn.text, programme=programme))

    async def _explain(self, turn: Turn, *, named_only: bool = False, about: str = "") -> Result | None:
        """'dlaczego ta faktura jest odrzucona?': the problems found by the latest report; with `named_only`
        ("co mam zrobić z tą macierzą?") only the report's lines about the thing named, else nothing."""
        report = await self.store.latest_report(turn.user.channel, turn.user.id)
        if report is None:
            return None
        lines = report.summary.splitlines()
        start = next((i for i, line in enumerate(lines) if line.startswith("Najważniejsze problemy")), None)
        if start is None:
            return say(turn, texts.NO_PROBLEMS_FOUND)
        end = next((i for i, line in enumerate(lines) if i > start and not line.strip()), len(lines))
        blocks: list[Any] = []
        if report.programme:
            blocks.append(note(f"Program: {programme_name(report.programme)}"))
        named = _lines_naming(lines, about or turn.text)
        if named_only and not named:
            return None
        if named:
            # "a ta macierz – o co chodzi z tym ostrzeżeniem?": what the report says of that line, and of the
            # document it is on ("czyli tego antywirusa nie rozliczymy?": the invoice is dated too early)
            blocks += named + _document_problems(report.csv, lines[start + 1 : end], named, about or turn.text)
            if not any(line.lstrip()[:1] in "❌⚠❓" for line in named):
                blocks.append(texts.NO_PROBLEM_AT_LINE)
            # the line talked about stays the subject: "a ile to było netto?" next is its figure
            line_name = re.search(r"„([^”]+)”", named[0])
            return _about_report(turn, blocks, report.programme, subject=line_name.group(1) if line_name else "")
        blocks += [texts.WHY_FROM_REPORT, *lines[start + 1 : end]]
        return _about_report(turn, blocks, report.programme)

    # -- report parameters in plain words ------------------------------------------------------

    async def text(self, turn: Turn) -> Result | None:
        await self._grant_stated(turn)
        both = await self._params_then_question(turn)
        if both is not None:
            return both
        # "a 6 tys na doradztwo się mieści?" with the grant given for the report: the cap, before any verdict
        excess: Result | None = await self.feature("faq").advisory_excess(
            turn, turn.text, context_programme(turn, turn.text)
        )
        if excess is not None:
            return excess
        if asks_clear_set(turn.text):
            return await self.clear(turn, "")
        topic = turn.session.topic
        corrected = (
            programme_corrected(turn.text) if topic is not None and topic.kind in ("report", "document") else None
        )
        if corrected is not None:
            # "nie, chodziło mi o cyfrowy powiat, pomyliłem programy" after a report: the programme of the set
            # changed, as /program does (the next /raport checks the documents against it)
            chosen: Result = await self.dialogue.command(turn, "program", corrected)
            return chosen
        if asks_next_step(turn.text) and topic is not None and topic.kind == "document":
            # "wysłałem fakturę – i co mam teraz zrobić?": what the set holds and what comes next
            documents = await self.store.documents(turn.user.channel, turn.user.id)
            count = len(documents)
            held = texts.SET_LIST.format(count=count, files=texts.files_word(count))
            out = reply(
                held, *(item(line) for line in texts.NEXT_STEPS), buttons=((Button("Raport z kontroli", "raport:"),),)
            )
            return done(turn, out, log=LogEntry("other", turn.text))
        action = asks_set_action(turn.text)
        if action == "show":
            return await self.show(turn, "")
        if action == "report":
            return await self.report(turn, "")
        asked = await self._about_documents(turn)
        if asked is not None:
            return asked
        ref = document_ref(turn.text)
        if ref is not None:
            documents = await self.store.documents(turn.user.channel, turn.user.id)
            if documents:
                return await self.remove(turn, ref)
            if ref.isdigit() or re.search(r"\.(?:pdf|xml|jpe?g|png|tiff?)$", ref, re.IGNORECASE):
                return say(turn, texts.SET_EMPTY)
        if asks_params_back(turn.text):
            # "jaką kwotę grantu mam wpisaną?": what the next /raport will use
            kept = await self.store.params(turn.user.channel, turn.user.id)
            return done(turn, reply(*self._params_blocks(kept), buttons=((Button("Raport z kontroli", "raport:"),),)))
        params = report_params(turn.text) or await self._end_corrected(turn)
        if not params:
            return None
        return await self._params_said(turn, params)

    async def _end_corrected(self, turn: Turn) -> Any:
        """ "a jednak nie – 30.09.2025, pomyliłam aneksy" right after the project end was given: the end corrected."""
        from bot.dialogue.parsing.amounts import parse_date
        from bot.dialogue.parsing.corrections import corrects
        from bot.dialogue.parsing.report import ReportParams

        topic = turn.session.topic
        said = parse_date(turn.text) if topic is not None and topic.kind == "report" else None
        if said is None or not (corrects(turn.text) or _NOT_THEN.search(turn.text)):
            return None
        kept = await self.store.params(turn.user.channel, turn.user.id)
        return ReportParams(project_end=said) if kept.project_end is not None else None

    async def _report_lines_asked(self, turn: Turn) -> Result | None:
        """ "to ile wychodzi nadwyżki na doradztwie?", "czyli tego antywirusa nie rozliczymy?", "a czemu ten NAS na
        czerwono?": the report's lines about the thing (and the problems of the document it is on)."""
        topic = turn.session.topic
        if topic is None:
            return None
        if _EXCESS_ASKED.search(turn.text) and topic.kind in ("report", "document"):
            about = "doradcze" if re.search(r"(?i)dorad", turn.text) else turn.text
            excess = await self._explain(turn, named_only=True, about=about)
            if excess is not None:
                return await self._excess_basis(turn, excess) if about == "doradcze" else excess
        verdict = _THING_VERDICT.search(turn.text)
        if verdict is None:
            return None
        return await self._explain(turn, named_only=True, about=verdict.group("thing") or verdict.group("why"))

    async def _excess_basis(self, turn: Turn, excess: Result) -> Result:
        """The advisory excess as the report counts it (gross while the VAT status is not said, CheckContext), and
        what it would be net – the figure when VAT is recovered."""
        report = await self.store.latest_report(turn.user.channel, turn.user.id)
        params = await self.store.params(turn.user.channel, turn.user.id)
        if report is None or params.vat_recoverable is not None or params.grant_amount is None or not report.programme:
            return excess
        limit = figures.advisory_cap(report.programme, params.grant_amount)
        net = figures.advisory_net(report.csv or "")
        if limit is None or net is None:
            return excess
        cap = limit[1]
        said = (
            texts.EXCESS_NET_TOO.format(net=f"{num(net)} zł", cap=f"{num(cap)} zł", excess=f"{num(net - cap)} zł")
            if net > cap
            else texts.EXCESS_NET_WITHIN.format(net=f"{num(net)} zł", cap=f"{num(cap)} zł")
        )
        outcome, session = excess
        return Outcome((*outcome.replies, reply(note(said))), outcome.log, outcome.ephemeral), session

    async def _grant_stated(self, turn: Turn) -> None:
        """ "mamy 420 tys. z cyfrowej gminy, ile na doradztwo?": the grant said in passing is kept as the set's grant
        too ("a ile to procent grantu?", "ile zostanie, jak wydamy 120 tys.?" later)."""
        stated = next((m for m in (p.search(turn.text) for p in _GRANT_STATED) if m is not None), None)
        amount = scaled(stated.group("n"), stated.group("k") or "") if stated is not None else None
        if amount is not None and amount >= 10_000:
            await self.store.save_params(turn.user.channel, turn.user.id, grant_amount=amount)

    async def _params_then_question(self, turn: Turn) -> Result | None:
        """ "VAT odliczamy. ile w sumie możemy z tego rozliczyć?", "VAT odliczamy – to ile wychodzi nadwyżki na
        doradztwie?": the report's parameter stored first, then the question answered with it (it had been read as
        a question alone, the parameter lost)."""
        split = _SAID_THEN_ASKED.match(turn.text.strip())
        if split is None:
            return None
        said, asked = split.group("said"), split.group("asked")
        params = report_params(said)
        if not params or "?" not in asked:
            return None
        if not await self.store.documents(turn.user.channel, turn.user.id):
            return None  # a parameter said in passing with no set to check: the question is the FAQ's
        before = turn.session.topic
        # stored as said alone (not "the report again"), then asked in the talk as it was (the report, the files)
        stored, session = await self._params_said(Turn(turn.user, turn.session.with_(topic=None), said), params)
        programme = session.programme or (before.programme if before is not None else "")
        kept = before if before is not None else session.topic
        if await self.store.latest_report(turn.user.channel, turn.user.id) is not None and programme:
            # a report made before: made again with what was just said, so the question reads fresh figures
            _again, session = await self.report(Turn(turn.user, session.with_(programme=programme)), "")
        answered, session = await self.dialogue.free_text(
            Turn(turn.user, session.with_(topic=kept, programme=session.programme or programme or None), asked)
        )
        return Outcome((*stored.replies[:1], *answered.replies), stored.log, answered.ephemeral), session

    async def _params_said(self, turn: Turn, params: Any) -> Result:
        """Report parameters said in plain words: kept for the next /raport (and the advisory cap of a grant said
        while the cap is talked about)."""
        changes: dict[str, Any] = {}
        said = []
        if params.project_end is not None:
            changes["project_end"] = params.project_end
            said.append(f"koniec projektu {params.project_end:%d.%m.%Y}")
        if params.grant_amount is not None:
            changes["grant_amount"] = params.grant_amount
            said.append(f"kwota grantu {num(params.grant_amount)} zł")
        if params.vat_recoverable is not None:
            changes["vat_recoverable"] = params.vat_recoverable
            said.append(
                "VAT do odzyskania – rozliczam kwoty netto, VAT nie jest kosztem kwalifikowalnym"
                if params.vat_recoverable
                else "VAT bez możliwości odzyskania – wliczam go do kosztów kwalifikowalnych"
            )
        topic = turn.session.topic
        named = detect_programmes(turn.text)
        impossible = _grant_out_of_range(
            params.grant_amount,
            named[0] if len(named) == 1 else turn.session.programme or (topic.programme if topic is not None else ""),
        )
        if impossible:
            # "w CG dostaliśmy 2,5 mln": no grant of the programme can be that – not kept, said why
            changes.pop("grant_amount")
            said.remove(f"kwota grantu {num(params.grant_amount)} zł")
        if not changes:
            return say(turn, impossible, log=LogEntry("command", turn.text))
        await self.store.save_params(turn.user.channel, turn.user.id, **changes)
        if len(named) == 1:
            # "to faktura z cyberbezpiecznego samorządu, koniec projektu mamy 30.06.2025": the settlement's programme
            turn = turn.with_session(turn.session.with_(programme=named[0]))
        programme = turn.session.programme or (
            topic.programme if topic is not None and topic.kind in ("report", "document") else ""
        )
        advisory_talk = (
            topic is not None
            and topic.kind in ("faq", "report")
            and bool(_ADVISORY.search(topic.subject) or "doradz" in topic.entry)
        )
        if advisory_talk and not programme and topic is not None:
            programme = topic.programme  # the cap talked about is that programme's
        where = f" ({programme_name(programme)})" if programme else ""  # the settlement it is for
        out = reply(
            texts.PARAMS_SAVED.format(what="; ".join(said), where=where),
            *([impossible] if impossible else []),
            buttons=((Button("Raport z kontroli", "raport:"),),),
        )
        entry = LogEntry("command", turn.text, programme=programme or None)
        session = turn.session.with_(topic=Topic("report", programme=programme), offer="raport:")
        if params.grant_amount is not None and (_ADVISORY.search(turn.text) or advisory_talk):
            # also "dobra, źle spojrzałem w umowę – grant to 1,2 mln" right after a question about the 5 % cap
            # "a doradztwo? grant mamy 300 tys zł": the grant kept for the report, and the advisory cap of it
            amount = format(params.grant_amount.normalize(), "f")
            question = f"ile można przeznaczyć na usługi doradcze (grant {amount} zł)?"
            cap, after = await self.feature("faq").ask(turn.with_session(session), question, programme or None)
            after = after.with_(topic=Topic("report", programme=programme, subject=ADVISORY_ASKED), offer="raport:")
            return Outcome((out, *cap.replies), entry, cap.ephemeral), after
        again_asked = wants_report_again(turn.text)
        if again_asked or (topic is not None and topic.kind == "report" and topic.subject == _SHOWN):
            # "VAT nie do odzyskania" right after a report, "jednak odliczamy VAT – pokaż raport jeszcze raz": the
            # report again, with what was just said
            again, after = await self.report(turn.with_session(session), "")
            now = reply(texts.PARAMS_SAVED_NOW.format(what="; ".join(said), where=where))
            return Outcome((now, *again.replies), entry, again.ephemeral), after
        return done(turn, out, log=entry, session=session)

    async def net(self, turn: Turn) -> Result:
        """'ile to netto?' after documents: the set's totals."""
        from bot.dialogue.codec import decode

        stored = await self.store.documents(turn.user.channel, turn.user.id)
        invoices = [
            doc
            for doc in (decode(d.extracted_json) for d in stored if d.kind in ("invoice", "correction"))
            if getattr(doc, "gross_total", None) is not None or getattr(doc, "net_total", None) is not None
        ]
        if not invoices:
            return say(turn, texts.NET_UNKNOWN)
        lines = []
        for doc in invoices:
            net = getattr(doc, "net_total", None)
            gross = getattr(doc, "gross_total", None)
            parts = [
                f"netto {num(net)} zł" if net is not None else "netto: brak na fakturze",
                f"brutto {num(gross)} zł" if gross is not None else "",
            ]
            lines.append(item(f"{doc.number or doc.file}: " + ", ".join(p for p in parts if p)))
        return done(turn, reply(title(texts.NET_TITLE), *lines))

    # -- the report ----------------------------------------------------------------------------

    async def _check_of(self, session: Session, stored: list[Any], params: Any) -> tuple[Any, Callable[[], Any]]:
        """The unit the set is checked for and the check of the stored documents with the report's parameters (a
        callable, run off the event loop by the caller)."""
        from bot.dialogue.codec import decode
        from checks import CheckContext, UnreadableFile

        documents = [decode(d.extracted_json) for d in stored if d.kind != "unreadable"]
        unreadable = [UnreadableFile(d.name, _reason(d.extracted_json)) for d in stored if d.kind == "unreadable"]
        hashes = {d.name: d.sha256 for d in stored}
        unit, max_grant = await asyncio.to_thread(self._unit_for_checks, session)
        context = CheckContext.build(
            session.programme or "",
            unit=unit,
            max_grant=max_grant,
            project_end=params.project_end,
            vat_recoverable=params.vat_recoverable,
            grant_amount=params.grant_amount,
        )
        run_checks = self.backends.run_checks
        assert run_checks is not None
        return unit, lambda: run_checks(documents, context, file_hashes=hashes, unreadable=unreadable)

    async def _checked_now(self, turn: Turn) -> tuple[str, Any] | None:
        """(programme, report) of the set and its parameters as they stand now, nothing stored; None when there is
        no programme talked about, no document or no checks."""
        session = turn.session
        programme = session.programme or (session.topic.programme if session.topic is not None else "")
        if self.backends.run_checks is None or not programme:
            return None
        stored = await self.store.documents(turn.user.channel, turn.user.id)
        if not stored:
            return None
        params = await self.store.params(turn.user.channel, turn.user.id)
        _unit, check = await self._check_of(session.with_(programme=programme), stored, params)
        return programme, await asyncio.to_thread(check)

    async def summary_now(self, turn: Turn) -> str | None:
        """The report's summary as the set and its parameters stand now, nothing stored ("podsumuj" after "VAT
        odliczamy" said since the last /raport); None when there is no report to make."""
        render = self.backends.render_report
        checked = await self._checked_now(turn) if render is not None else None
        if render is None or checked is None:
            return None
        summary: str = await asyncio.to_thread(render, checked[1], "summary")
        return summary

    async def supposed_in(self, turn: Turn, programme: str) -> Result | None:
        """ "a gdyby to było w cyfrowym powiecie?" after the documents or a report: the set checked now in that
        programme, nothing stored and the settlement's programme unchanged."""
        summary = await self.summary_now(turn.with_session(turn.session.with_(programme=programme)))
        if summary is None:
            return None
        lead = texts.SUPPOSED_PROGRAMME.format(
            name=programme_name(programme), kept=programme_name(turn.session.programme or "")
        )
        return done(turn, reply(lead, summary), log=LogEntry("command", turn.text, programme=programme))

    async def report(self, turn: Turn, arg: str) -> Result:

        session = turn.session
        user = turn.user
        if self.backends.run_checks is None or self.backends.render_report is None:
            return say(turn, texts.REPORTS_UNAVAILABLE)
        stored = await self.store.documents(user.channel, user.id)
        if not stored:
            return say(turn, texts.NO_DOCUMENTS + " " + texts.files_how(user.channel))
        if not session.programme:
            # the programme the conversation is about ("teraz rozliczenie cyfrowej gminy …" answered
            # as a question): used, and named in the report; asked only when nothing says it
            topic_programme = session.topic.programme if session.topic is not None else ""
            if not topic_programme:
                out = reply(texts.REPORT_CHOOSE_PROGRAMME, buttons=programme_buttons())
                return Outcome((out,)), session.with_(pending=Pending(kind="report"))
            session = session.with_(programme=topic_programme)
            turn = turn.with_session(session)
        from checks import ItemStatus

        programme: str = session.programme or ""
        params = await self.store.params(user.channel, user.id)
        unit, check = await self._check_of(session, stored, params)
        render = self.backends.render_report
        render_pdf = self.backends.render_pdf

        def run() -> tuple[Any, str, str, str, bytes | None]:
            report = check()
            pdf = _safe_pdf(render_pdf, report)
            return (
                report,
                render(report, "summary"),
                _safe_render(render, report, "csv"),
                _safe_render(render, report, "html"),
                pdf,
            )

        # The checks (and rendering) take long for a big set: never on the event loop.
        report, summary, csv_text, html_text, pdf = await asyncio.to_thread(run)
        report_id = await self.store.add_report(
            user.channel,
            user.id,
            programme=programme,
            documents=len(stored),
            items=len(report.items),
            ineligible_items=report.count(ItemStatus.INELIGIBLE),
            findings=len(report.findings),
            summary=summary,
            csv=csv_text,
            html=html_text,
            pdf=pdf,
        )
        buttons = []
        if csv_text:
            buttons.append(Button("Pobierz CSV", f"rep:csv:{report_id}"))
        if html_text:
            buttons.append(Button("Pobierz HTML", f"rep:html:{report_id}"))
        if pdf is not None:
            buttons.append(Button("Pobierz PDF", f"rep:pdf:{report_id}"))
        blocks: list[Any] = [*summary.split("\n\n")]
        if programme_name(programme) not in summary:
            blocks.insert(0, note(f"Program: {programme_name(programme)}"))
        warned = [(d.name, w) for d in stored if (w := self.buyer_note(self._buyer_of(d), unit)) is not None]
        for name, warning in warned:
            blocks.append(note(f"{name}: {warning}"))
        blocks += self._params_blocks(params)
        blocks.append(note(texts.REPORT_SET_KEPT))
        if buttons:
            blocks.append(note(texts.REPORT_READY))
        out = reply(*blocks, buttons=(tuple(buttons),) if buttons else (), kind="report")
        topic = Topic("report", programme=programme, subject=_SHOWN)
        return done(turn, out, session=session.with_(pending=None, topic=topic, offer=""))

    async def report_file(self, turn: Turn, rest: str) -> Result:
        fmt, _, raw_id = rest.partition(":")
        if fmt == "pdf" and raw_id.isdigit():
            report = await self.store.report(turn.user.channel, turn.user.id, int(raw_id))
            if report is None or report.pdf is None:
                return say(turn, texts.PDF_GONE)
            out = OutFile(
                f"raport-{report.created_at:%Y-%m-%d}-{report.id}.pdf",
                report.pdf,
                "application/pdf",
                "Raport z kontroli (PDF)",
            )
            return done(turn, reply(f"Plik: {out.name}", files=(out,), kind="file"))
        report = await self.store.report(turn.user.channel, turn.user.id, int(raw_id)) if raw_id.isdigit() else None
        if report is None or fmt not in ("csv", "html"):
            return say(turn, texts.REPORT_GONE)
        stamp = report.created_at.strftime("%Y-%m-%d")
        if fmt == "csv":
            content = ("\ufeff" + report.csv).encode("utf-8")  # BOM: Excel opens Polish letters correctly
            out = OutFile(f"raport-{stamp}-{report.id}.csv", content, "text/csv", "Raport z kontroli (CSV)")
        else:
            out = OutFile(
                f"raport-{stamp}-{report.id}.html", report.html.encode("utf-8"), "text/html", "Raport z kontroli (HTML)"
            )
        return done(turn, reply(f"Plik: {out.name}", files=(out,), kind="file"))

    # -- helpers -------------------------------------------------------------------------------

    def _namesakes(self, unit: Any) -> list[Any]:
        """Units of the same name and level in the same województwo as `unit` (itself included)."""
        if unit is None or self.backends.grants is None:
            return []
        try:
            found = self.backends.grants.find_unit(unit.name)
        except GrantbotError:
            return []
        units = [found.unit] if found.unit is not None else [c.unit for c in found.candidates if c.score >= 99]
        return [
            u
            for u in units
            if len(u.code) == len(unit.code)
            and u.wojewodztwo_code == unit.wojewodztwo_code
            and _fold(u.name) == _fold(unit.name)
        ]

    def buyer_note(self, buyer: str | None, unit: Any) -> str | None:
        """What to say of the buyer against the chosen unit: a warning (another JST, or not to tell which of two
        namesakes), None when it is the unit or nothing can be compared."""
        if not buyer or unit is None:
            return None
        namesakes = self._namesakes(unit)
        verdict = buyer_verdict(buyer, unit, namesakes)
        if verdict == "other":
            return texts.BUYER_MISMATCH.format(buyer=buyer, unit=unit.describe())
        if verdict == "unsure":
            others = ", ".join(u.describe() for u in namesakes if u.code != unit.code)
            return texts.BUYER_UNSURE.format(buyer=buyer, unit=unit.describe(), others=others)
        return None

    def _unit(self, turn: Turn) -> Any:
        if not turn.session.unit_code or self.backends.grants is None:
            return None
        try:
            return self.backends.grants.find_unit(turn.session.unit_code).unit
        except GrantbotError:
            return None

    def _first_look(self, document: Any, programme: str | None) -> list[Any]:
        """A first verdict per line when the file arrives (the report gives them in full, with totals):
        every line of a short invoice, only the lines the operator would reject of a long one."""
        items = [i for i in getattr(document, "items", ()) if getattr(i, "name", None)]
        if not programme or self.backends.classify is None or not items or str(document.kind) == "protocol":
            return []
        judged = []
        for line in items[:FIRST_LOOK_LINES]:
            result = self.backends.classify(line.name, programme)
            verdict = str(getattr(result.verdict, "value", result.verdict))
            judged.append((verdict, f"{line.name[:80]} – {result.reason}".strip()))
        rejected = [text for verdict, text in judged if verdict == "ineligible"]
        if len(items) <= FIRST_LOOK_ALL:
            head = texts.FIRST_LOOK_ALL.format(programme=programme_name(programme))
            return [note(head), *(item(f"{_MARKS.get(v, '?')} {t}") for v, t in judged)]
        if not rejected:
            return []
        head = texts.FIRST_LOOK.format(programme=programme_name(programme), count=len(rejected))
        return [note(head), *(item(f"✗ {r}") for r in rejected[:3])]

    @staticmethod
    def _number_of(stored: Any) -> str | None:
        """The document's own number as read ("FV/2024/04/009"), so the list says which invoice it is."""
        from bot.dialogue.codec import decode

        try:
            number = getattr(decode(stored.extracted_json), "number", None)
        except (ValueError, KeyError, TypeError):
            return None
        return str(number)[:40] if number else None

    def _buyer_of(self, stored: Any) -> str | None:
        """The buyer's name read from a stored invoice or correction."""
        if stored.kind not in ("invoice", "correction"):
            return None
        from bot.dialogue.codec import decode

        try:
            name: str | None = getattr(getattr(decode(stored.extracted_json), "buyer", None), "name", None)
        except (ValueError, KeyError, TypeError):
            return None
        return name

    def _unit_for_checks(self, session: Any) -> tuple[Any, Decimal | None]:
        if not session.unit_code or self.backends.grants is None:
            return None, None
        try:
            found = self.backends.grants.find_unit(session.unit_code)
            if found.unit is None or session.programme is None:
                return None, None
            lookup = self.backends.grants.compute_for(found.unit, [session.programme], None)
        except GrantbotError:
            return None, None
        max_grant = None
        for result in lookup.results:
            max_grant = result.amount if result.amount is not None else result.max
        return found.unit, max_grant


FIRST_LOOK_LINES = 40  # a long invoice is judged in full by the report, not on arrival
FIRST_LOOK_ALL = 3  # up to this many lines, each is shown with its first verdict
_MARKS = {"eligible": "✓", "ineligible": "✗", "review": "?"}


def _grant_out_of_range(amount: Decimal | None, programme: str | None) -> str:
    """Why a granted amount cannot be right ("2,5 mln" in Cyfrowa Gmina: above its maximum grant), or ""."""
    if amount is None or not programme:
        return ""
    from knowledge.programmes import get_programme

    facts = get_programme(programme)
    low, high = facts.get("min_grant"), facts.get("max_grant")
    name = programme_name(programme)
    if high is not None and amount > high.decimal:
        bound, fact = "maksymalny", high
    elif low is not None and amount < low.decimal:
        bound, fact = "minimalny", low
    else:
        return ""
    return texts.GRANT_OUT_OF_RANGE.format(
        amount=f"{num(amount)} zł",
        bound=bound,
        name=name,
        limit=f"{num(fact.decimal)} zł",
        source=fact.citation.human(),
    )


def _about_report(turn: Turn, blocks: list[Any], programme: str | None, *, subject: str = "") -> Result:
    """A reply about the latest report's lines: the report stays the topic ("a ten drugi?" next is about it), with
    the thing talked about when one was named ("a brutto?" next is about its line)."""
    return done(
        turn,
        reply(*blocks),
        log=LogEntry("command", turn.text, programme=programme),
        session=turn.session.with_(topic=Topic("report", programme=programme or "", subject=subject)),
    )


def document_summary(document: Any) -> list[Any]:
    from extractors.models import Invoice

    kind = KIND_PL.get(str(document.kind), "dokument")
    number = f" nr {document.number}" if document.number else ""
    blocks: list[Any] = [title(f"Odczytano: {kind}{number} ({document.file})")]
    if isinstance(document, Invoice):
        when = f"z dnia {document.issue_date:%d.%m.%Y}" if document.issue_date else "bez daty wystawienia"
        seller = document.seller.name or "nieznany sprzedawca"
        blocks.append(f"{when.capitalize()}, sprzedawca: {seller}, pozycji: {len(document.items)}.")
        if document.gross_total is not None:
            blocks.append(f"Razem brutto: {num(document.gross_total)} {document.currency}.")
    else:
        when = f"z dnia {document.date:%d.%m.%Y}" if document.date else "bez daty"
        blocks.append(f"{when.capitalize()}, pozycji: {len(document.items)}.")
    for warning in tuple(document.warnings)[:3]:
        blocks.append(note("Uwaga: " + warning.message))
    return blocks


def _reason(text: str) -> str:
    try:
        return str(json.loads(text).get("reason", ""))
    except (ValueError, AttributeError):
        return ""


def _safe_render(render: Callable[[Any, str], str], report: Any, fmt: str) -> str:
    try:
        return render(report, fmt)
    except LookupError:
        return ""


def _safe_pdf(render_pdf: Callable[[Any], bytes] | None, report: Any) -> bytes | None:
    if render_pdf is None:
        return None
    try:
        return render_pdf(report)
    except Exception:  # a PDF problem must not lose the report itself
        import logging

        logging.getLogger(__name__).exception("PDF report failed")
        return None


FEATURE = Settlement
