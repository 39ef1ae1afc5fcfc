"""FAQ answer engine: ranks reviewed entries for a Polish question, or abstains.

    question ─► Analyzer (fold, lemmatise, synonyms, typo repair)
             ─► programme detection (names/abbreviations in the text > conversation > level words)
             ─► BM25 over question + paraphrases, BM25 over the answer (lower weight),
                rapidfuzz similarity to the closest paraphrase
             ─► confidence = share of the question's informative words the best entry explains
             ─► Answer (single entry, per-programme combination, or abstention with contacts)

Pure: no I/O after loading, no aiogram or sqlmodel. Abstention is deliberately conservative: a
wrong confident answer about grant money costs an official more than "zadzwoń na infolinię".
"""

from __future__ import annotations

import hashlib
import math
import os
import pickle
import re
import sys
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field, replace
from functools import cache
from itertools import pairwise
from pathlib import Path
from typing import TYPE_CHECKING

from rapidfuzz import fuzz, process
from rapidfuzz.distance import DamerauLevenshtein

from knowledge.citations import Citation
from knowledge.compute_asks import asks_for
from knowledge.faq_abbrev import expand_abbreviations
from knowledge.faq_gate import uncomputed_figure
from knowledge.faq_loader import FAQ_DIR, PROGRAMME_CODES, FaqEntry, load_directory
from knowledge.faq_model import CharNgramIndex
from knowledge.faq_numbers import digits_for_number_words, plain_dates_and_amounts
from knowledge.faq_paragraph import quoted_provision
from knowledge.faq_premise import claimed_event, claimed_figures, counts_from, premise_correction
from knowledge.faq_premise import figures as stated_figures
from knowledge.faq_scope import foreign_situation, keyword_bag
from knowledge.faq_split import (
    is_request,
    read_letter,
    split_questions,
    with_dictated_punctuation,
    without_references,
    without_source_document,
)
from knowledge.lazy_re import lazy
from knowledge.normalize import (
    DEFAULT_STEMMER,
    FALLBACK_PREFIX,
    OFF_TOPIC,
    STOP_WORDS,
    Analyzer,
    MorfeuszStemmer,
    default_synonyms,
    fold,
    make_stemmer,
    off_topic_match,
    raw_tokens,
    share_synonyms,
    words,
)
from knowledge.programmes import contact_lines, get_programme

if TYPE_CHECKING:
    from knowledge.compute import Computation

# Ranking and abstention parameters, calibrated on tests/data/faq_devset.yaml with bench/faq.py.
K1 = 1.2
B = 0.75
ENTRY_WEIGHT = 1.0
PHRASE_WEIGHT = 1.0
FUZZY_SCORER = fuzz.token_sort_ratio
FUZZY_FLOOR = 60.0
ANSWER_WEIGHT = 0.25  # answers are long and share vocabulary; they only break ties
PROGRAMME_TERM_WEIGHT = 0.3  # the programme is handled by detection, not by word overlap
FUZZY_WEIGHT = 4.0  # one fuzzy point (0..1) is worth about one rare word
NGRAM_WEIGHT = 0.0  # char n-gram cosine to the closest phrase (knowledge/faq_model.py), above the floor
NGRAM_FLOOR = 0.3
CONVERSATION_BOOST = 1.5  # the chat's current programme, when the question names none
CROSS_ENTRY_FACTOR = 0.75  # an all-programme comparison when the question names one programme
LEVEL_HINT_BOOST = {"cp": 1.15, "cg": 1.05, "cs": 1.1}
UNKNOWN_WORD_WEIGHT = 0.8  # words the knowledge base never uses, relative to its rarest word
KNOWN_UNMATCHED_WEIGHT = 0.5
LONG_QUESTION = 10  # content words
PROGRAMME_TERM_CONFIDENCE = 1.0  # naming the entry's programme counts like a common word
OFF_TOPIC_WEIGHT = 3.0
CONFIDENCE_PRIOR = 1.0
CONFIDENCE_TOP = 4  # only the leading candidates need a confidence
PHRASE_SHARE_WEIGHT = 0.4
ABSTAIN_BELOW = 0.45
OWN_MISSING = 2  # asked words another programme's rule has and the own entry lacks: it answers something else
# the rules on licences in time, which an item named by its acronym ("EDR", "SIEM") does not replace
LICENCE_RULE_ENTRIES = frozenset({"cs-licencje-subskrypcje", "cs-licencje-proporcjonalnie"})
TIME_WORDS = frozenset({"ile", "dzien", "tydzien", "miesiac", "termin", "czas", "kiedy", "rok"})
WEAK_FOLLOW_UP = 0.55  # a short part after a refused one, answered less surely than this, is refused with it
SHORT_FOLLOW_UP_WORDS = 5
CIRCUMSTANCE_CONFIDENCE = 0.6  # the request without the clause telling its circumstances must be this sure …
CIRCUMSTANCE_LEADERS = 3  # … and find one of the whole message's leading entries
# A statement offered for confirmation ("…, prawda?") names the rule the official believes in; where it is
# wrong ("wysyłamy przez LSI"), its wrong words are what no entry holds. Chosen leave-one-set-out on sets
# 1–23 (docs/faq.md, thirteenth pass).
CONFIRM_ABSTAIN_BELOW = 0.35
TYPO_MIN_LENGTH = 5
TYPO_LONG_WORD = 9
# Polish case endings, longest first, tried on words the lemmatiser does not know (brands, acronyms).
ENDINGS = ("ami", "ach", "owi", "em", "om", "ow", "ie", "u", "a", "y", "e")
MAX_QUESTION_CHARS = 1000
TERMS_MEMO_SIZE = 4096  # texts whose terms are kept; the memo starts afresh beyond that

# Question words tell "ile" from "kiedy" but must not outweigh the topic: entries whose
# paraphrases repeat "ile wynosi" would otherwise win every amount-shaped question.
QUESTION_WORDS = words(
    "ile kiedy gdzie kto jak czy wynosic jaki co mozna moc musiec trzeba dostac robic zrobic polegac oznaczac znaczyc"
)
QUESTION_WORD_WEIGHT = 0.4
# A unit named with its own name after its kind: "gmina wiejska Ostróda", "z powiatu Nowy Targ", "miasto Łódź".
_PLACE_NAME = lazy(
    r"\b(?:gmin\w*|miast\w*|powiat\w*|wojew\w*|starostw\w*|so[lł]ectw\w*)\s+"
    r"(?:(?:wiejsk|miejsk|miejsko-wiejsk|powiatow|grodzk)\w*\s+)?"
    r"(?P<name>[A-ZĄĆĘŁŃÓŚŹŻ][\w-]+(?:\s+[A-ZĄĆĘŁŃÓŚŹŻ][\w-]+)?)"
)
# Words of exclusion ("niekwalifikowalne", "wyłączone", "odpadają") and the words that ask for a whole list
# rather than about one thing ("jakie wydatki", "co jest …")
EXCLUSION_TERMS = frozenset({"niekwalifikowalny", "wykluczyc", "wylaczyc", "odpadaj", "zabronic"})
LIST_TERMS = frozenset(
    {"wydatek", "koszt", "zakup", "rzecz", "pozycja", "lista", "katalog", "cg", "cp", "cs", "prawda", "jaki", "co"}
)
EXCLUSION_WEIGHT = 0.3

# Question intent, read from the folded question: what kind of answer is wanted. An entry whose
# own question has the same intent gets a boost; the words themselves stay weak (see above), so the
# topic still decides between, say, "ile wynosi grant" and "ile wynosi wskaźnik Gk".
_MONEY = (
    r"(?:grant(?:u|y|ow|em|om|ach|ami)?\b|dofinansowan\w*|dotacj\w*|kwot\w*|pieni\w*|kas[ayi]|srodk\w*"
    r"|zlot\w*|wsparci\w*)"
)
INTENTS: dict[str, re.Pattern[str]] = {
    "amount": lazy(
        rf"\bile\b(?!\s+(?:grantow|wnioskow|umow|jst|gmin|powiatow|projektow))(?:\s+\w+){{0,5}}?\s+(?:{_MONEY}|dosta\w*|otrzyma\w*|przysluguj\w*)"
        rf"|\b(?:{_MONEY})\b(?:\s+\w+){{0,3}}?\s+ile\b"
        rf"|\bjak\w*\s+(?:jest\s+)?(?:\w+\s+)?(?:kwot\w*|wysokos\w*|wartos\w*)\s+(?:{_MONEY}|maks\w*|min\w*)"
        rf"|\b(?:maks\w*|min\w*|najwyzsz\w*|najnizsz\w*|najwieksz\w*|max)\s+(?:{_MONEY})"
        # "a ile na szkolenia?" after an amount: how much goes to that thing (a bare "ile na diagnozę, jaki temat
        # wysyłki …" among the steps to take asks how long; "ile mamy czasu na …" names the time)
        r"|^\W*(?:a|i)\s+ile\s+na\s+(?!to\b|tym\b|ten\b|te\b)[^\W\d_]{4,}(?:\s+[^\W\d_]+)?\W*$"
    ),
    "who": lazy(
        r"\bkto\b|\bdla\s+kogo\b|\bczy\s+(?:\w+\s+)?(?:gmina|powiat|wojewodztwo|miasto|jst|samorzad)\w*\s+"
        r"(?:\w+\s+)?(?:moze|mog[aą])\s+(?:\w+\s+)?(?:zlozyc|skladac|ubiegac|startowac|aplikowac|wziac|dostac|sie)"
        r"|\bwnioskodawc\w*\s+(?:\w+\s+){0,3}?(?:musi|moze|mog[aą]|jest|sa|to)\b|\bbyc\s+wnioskodawc\w*"
        # "spółka chce sama złożyć wniosek": whether it may be the applicant
        r"|\b(?:sam|sama|samo|sami|same|samodzielnie)\s+(?:\w+\s+)?(?:zlozyc|skladac|aplikowac|wystapic|ubiegac)"
        # "czy mogę sam zrobić diagnozę": who may carry it out
        r"|\b(?:sam|sama|sami|samodzielnie)\s+(?:zrobic|robic|przeprowadzic|wykonac)\b"
    ),
    # "do kogo idzie ankieta", "jaką drogą przekazać": where a document goes, not who does it
    "where": lazy(
        r"\bgdzie\b|\bna\s+jaki\s+adres\b|\bw\s+jakim\s+systemie\b|\bprzez\s+jaki\b|\bdo\s+kogo\b"
        r"|\bjak\w*\s+drog\w*|\bkomu\s+(?:\w+\s+)?(?:przekaz|wysyl|przesyl|przesl|wysl|sklad|zloz)\w*"
    ),
    "when": lazy(
        r"\bkiedy\b|\bdo\s+kiedy\b|\bod\s+kiedy\b|\bw\s+jakim\s+terminie\b|\bjaki\s+(?:jest\s+)?termin\b"
        r"|\bdo\s+ktorego\b|\b(?:do|od)\s+jakiej\s+daty\b|\bod\s+jakiego\s+(?:dnia|momentu)\b|\bile\s+(?:\w+\s+)?(?:trw\w*|czasu)\b|\bjak\s+dlugo\b"
        # "trzeba wysłać w 30 dni od umowy?": a period counted from an event, offered for confirmation
        r"|\b(?:w|do|w\s+ciagu|w\s+terminie)\s+\d+\s+(?:dni|tygodni\w*|miesiac\w*|miesiec\w*|lat)\s+od\b"
        # "co najpierw – diagnoza czy wniosek?", "przed czy po umowie?": the order of two steps is when each comes
        r"|\bco\s+(?:jest\s+|robimy\s+|robic\s+)?(?:najpierw|pierwsze)\b|\bw\s+jakiej\s+kolejnosci\b"
        r"|\bprzed\s+czy\s+po\b"
    ),
    "must": lazy(
        r"\bczy\s+(?:\w+\s+){0,3}?(?:musi\w*|trzeba|nalezy|koniecznie)\b|\bobowiaz\w*|\bpomin\w*|\bmusimy\s+(?:\w+\s+)?czy\b"
        # "są wymagane?", "obowiązkowe czy zalecane?", "dobrowolne?": a duty asked in other words (not the noun
        # "wymagania" of a firm's qualifications)
        r"|\bwymagan(?:y|e|a|ych)\b|\bobligatoryjn\w*|\bzalecan\w*|\bdobrowoln\w*|\bfakultatywn\w*"
    ),
    "define": lazy(
        r"^(?:a\s+)?co\s+to\b|\bco\s+to\s+(?:jest|sa|za)\b|\bczym\s+(?:jest|sa)\b|\bna\s+czym\s+polega"
        r"|\bco\s+(?:oznacza|znaczy)\b"
    ),
}
INTENT_BOOST = 1.5
CLAIMED_FIGURE_WEIGHT = 0.2  # a figure quoted as the rule in a yes/no question (it may be wrong)
CLAIM_RERANK_MARGIN = 0.1
FIGURE_UNIT_TERMS = ("tys", "tysiac", "mln", "milion", "zl", "zloty", "pln", "proc", "procent")
MUST_BOOST = 1.15
INTENT_MISMATCH = 0.8  # the entry answers another kind of question ("gdzie" for a "kto" question)
YES_NO_START = lazy(r"^\W*(?:a\s+)?czy\b")
# A "Tak."/"Nie." answer for a question that is not a yes/no question reads as nonsense.
YES_NO_ANSWER = lazy(r"^\s*(?:tak|nie)\b\s*[.,;:–-]")
YES_NO_MISMATCH = 0.7
# When the leading entry is too unsure, a close runner-up that explains the question far better
# is taken instead of abstaining ("zamówiliśmy drukarkę w lutym 2021…": the printer entry leads on
# words, the cost-window entry explains the question).
RESCUE_CONFIDENCE = 0.5
TIE_SCORE_SHARE = 0.95
TIE_CONFIDENCE_MARGIN = 0.05
DEAD_HEAT_SHARE = 0.99  # scores within 1 % …
DEAD_HEAT_MARGIN = 0.02  # … and confidences within 0.02: ranking cannot tell them apart
HEAD_SCORE_SHARE = 0.9  # a rival within 10 % of the leader's score …
HEAD_CONFIDENCE_MARGIN = 0.05  # … and 0.05 of its confidence, naming the question's first topic word, leads
HEAD_SURER_SHARE = 0.8  # a rival more confident than the leader may trail it by 20 % of the score
# "czy można opłacić ubezpieczenie laptopów": verbs of paying or buying say what is done with the thing, the noun
# after them is the question's head
# adjectives of kind ("laserowy", "rackowych", "biurowej"): what sort of a thing, not a thing
_ELIGIBILITY_ASK = lazy(r"\b(?:kwalifik\w*|kupi\w*|zakup\w*|przejd\w*|sfinansow\w*|oplacic|lapie|lapia)\b")
_KIND_ADJECTIVE = lazy(r"^[a-z]{3,}ow(?:y|a|e|ych|ej|ym|ymi|ego|emu)$")
SHORT_PART_WORDS = 3  # "ile to łącznie?": a part this short asks about what the part before named
_CLAUSE_BREAK = lazy(r"[.?!:;,]\s|\s[-–—]\s")
ACTION_VERBS = words(
    "kupic zakupic sfinansowac finansowac oplacic zaplacic pokryc rozliczyc wliczyc sfinansowanie finansowanie"
)
# Not tied, but the runner-up explains far more of the question ("czy ZUCH jest obowiązkowy":
# the obligation entry leads on "obowiązkowy", the ZUCH entry explains the question).
CLEARER_SCORE_SHARE = 0.75
CLEARER_MARGIN = 0.2
RESCUE_SCORE_SHARE = 0.75
# Below ABSTAIN_BELOW, a leader far ahead of every other entry is still answered (see _clear_winner).
MARGIN_RATIO = 3.0
MARGIN_FLOOR = 0.4

# A purchase dated by month or year asks whether the cost falls in the eligibility window.
_MONTHS = r"(?:stycz|lut|marc|marz|kwie|maj|czerw|lip|sierp|wrzes|pazdz|listop|grud)\w*"
_DATED_PURCHASE = lazy(
    rf"\b{_MONTHS}\s+(?:19|20)\d\d\b|\b(?:w|z)\s+(?:19|20)\d\d\s*(?:r\b|roku\b)?"
    r"|\bw\s+(?:zeszlym|ubieglym|poprzednim)\s+roku\b|\b(?:rok|dwa\s+lata)\s+temu\b"
    # "serwer kupiony wcześniej się liczy?", "nie mogło być kupione wcześniej?": dated relative to the project
    r"|\bwczesniej\b(?!\s+niz\s+(?:za|po)\b)"
    # "faktura z 20.01.2020": an invoice dated to the day
    r"|\bfaktur\w*\s+(?:\w+\s+){0,2}?(?:z|z\s+dnia|dnia|datowan\w*(?:\s+na)?)\s+\d{1,2}[./]\d{1,2}[./](?:19|20)\d\d\b"
)
_PURCHASE_WORD = lazy(
    r"\b(?:faktur\w*|rachun\w*|kupi\w*|kupow\w*|zakup\w*|zamowi\w*|wydat\w*|koszt\w*|nabyl\w*|oplaci\w*|zaplaci\w*)"
)
_USED = lazy(
    r"\b(?:uzywan\w*|poleasing\w*|odnawian\w*|odnowion\w*|refurb\w*|zdemontowan\w*)|\bz\s+drugiej\s+reki\b"
    # "firewall z demontażu, w dobrym stanie": taken out of another installation, so used
    r"|\b(?:z|po)\s+demontaz\w*|\bw\s+(?:bardzo\s+)?dobrym\s+stanie\b"
)


def dated_purchase(folded: str) -> bool:
    """A purchase of ours with its date: the question is about the eligibility window. A used item's date
    is its earlier purchase by the seller (the 7-year rule), and "do kiedy utrzymać kupiony sprzęt" is
    about maintenance."""
    return bool(
        _DATED_PURCHASE.search(folded)
        and _PURCHASE_WORD.search(folded)
        and not _USED.search(folded)
        and not _MAINTAIN.search(folded)
    )


# "kupiliśmy laptopy dla pracowników", "zakupiliśmy tablety –": a thing the official says was bought (up to 3 words)
_BOUGHT = lazy(
    r"\b(?:kupil\w*|zakupil\w*|kupujemy|kupimy|zakupimy|nabyl\w*)\s+(?:juz\s+|sobie\s+)?"
    r"(?P<item>(?!sie\b|to\b|go\b|je\b|ja\b|ich\b|cos\b|wszystko\b)[a-z]\w+(?:\s+(?!dla\b|do\b|w\b|z\b|za\b|na\b|i\b|oraz\b|a\b"
    r"|ale\b|bo\b|czy\b|jak\w*\b|po\b|od\b|ze\b)[a-z]\w+){0,2})"
)
# "… i do tego szkolenie dla pracowników czy to wszystko przejdzie": a second thing added to the first
_ALSO_THING = lazy(
    r"\b(?:i|a|oraz|plus)\s+(?:do\s+tego|dodatkowo|jeszcze|ponadto|takze)\s+(?:chce\w*\s+|chcemy\s+)?"
    r"(?:kupic\s+|zakupic\s+|sfinansowac\s+|zrobic\s+)?"
    r"(?P<thing>(?!czy\b|to\b|tez\b|cos\b)[a-z]\w+(?:\s+(?!czy\b|to\b|i\b|a\b|oraz\b|w\s+(?:cg|cp|cs|cyfrow|cyber))\w+){0,5})"
)
_ALL_ASKED = lazy(r"\b(?:to\s+wszystko|wszystko\s+to|oba|obie|obydwa|jedno\s+i\s+drugie|calosc|obie\s+rzeczy)\b")
OTHER_THING_SCORE = 0.5
# a phone number as officials type it: "22 182 22 94", "+48 42 631 21 05", "(42) 631-21-05"
_PHONE = lazy(r"(?<![\d.,])(?:\+?48[\s-]*)?\(?\d{2}\)?[\s-]*\d{3}[\s-]*\d{2}[\s-]*\d{2}(?![\d.,])")
_ABOUT_NUMBER = lazy(r"\b(?:numer\w*|nr|dzwoni\w*|dzwonil\w*|zadzwoni\w*|telefon\w*|infolini\w*)\b")
_PROBE_NAMES = {"cg": "Cyfrowej Gminie", "cp": "Cyfrowym Powiecie", "cs": "Cyberbezpiecznym Samorządzie"}
EXCLUDED_PURCHASE_CONFIDENCE = 0.6
_MAINTAIN = lazy(r"\butrzym\w*|\btrwalos\w*")
USED_GROUP = "sprzet-uzywany"
USED_BOOST = 1.6
# "wymiana UTM-a na nowy klaster – to sprzęt kwalifikowalny?": new equipment named, nothing used – the rule on used
# equipment ("Nie – sprzęt używany …") is not the question's; unless it asks whether equipment must be new
USED_ABSENT = 0.6
_MUST_BE_NEW = lazy(r"\b(?:musi\w*|ma|maja|trzeba)\s+(?:\w+\s+)?byc\s+(?:\w+\s+)?now\w*|\b(?:tylko|wylacznie)\s+now\w*")
# "kierownik OPS: gmina ma grant …, czy możemy z niego dostać licencje dla ośrodka?": a unit of the JST asking for a
# share of the JST's grant is asking whether subordinate units are covered (CG regulamin §4 ust. 6 pkt 1 lit. a;
# CP schemat, Wydatki kwalifikowalne pkt 1; CS schemat, Nabór Wniosków: "do JST wraz z jednostkami podległymi").
_OWN_UNIT = lazy(
    r"^(?=.*\b(?:bibliotek\w*|[gm]?ops\w*|osrod\w*|szkol\w*|przedszkol\w*|zlob\w*|dom\w*\s+kultury"
    r"|jednost\w*\s+organizacyjn\w*|centrum\s+uslug\s+wspolnych|cuw)\b)"
    # getting something out of the JST's grant ("z niego dostać"), not the JST buying for a school
    r"(?=.*\b(?:dosta\w*|otrzyma\w*|skorzysta\w*)\b.{0,40}\bz\s+(?:tego|niego|niej|grantu)\b"
    r"|.*\bz\s+(?:tego|niego|niej|grantu)\b.{0,60}\b(?:dosta\w*|otrzyma\w*|skorzysta\w*)\b"
    # "czy nasz ośrodek może skorzystać z CS przez gminę": a share of the JST's grant, through the JST
    r"|.*\b(?:dosta\w*|otrzyma\w*|skorzysta\w*|uczestnicz\w*|zalapa\w*)\b.{0,60}"
    r"\b(?:przez|poprzez|za\s+posrednictwem)\s+(?:nasz\w*\s+)?(?:gmin|powiat|starostw|urzad|miast)\w*)(?!.*\bwnios\w*)"
    # health care is the exclusion, not a subordinate unit (its own entry)
    r"(?!.*\b(?:zdrowi\w*|przychodn\w*|szpital\w*|poz|spzoz)\b)"
)
UNITS_GROUP = "jednostki-podlegle"
# "przesunąć środki z laptopów na serwerownię": moving money between kinds of cost changes what the application
# declared – the rule on changing the indicators decides, not the entries of the two things named
SHIFT_GROUP = "zmiana-wskaznikow"
_SHIFT = lazy(
    r"\b(?:przesun\w*|przerzuci\w*|przenie\w*|przeniesc|przeksiegow\w*)\s+(?:\w+\s+){0,3}?(?:z|ze)\s+\w+"
    r"(?:\s+\w+){0,6}?\s+na\s+\w+"
    # "zamiast zaplanowanego SIEM chcemy kupić IDS": a thing the application declared swapped for another
    r"|\bzamiast\s+(?:zaplanowan|planowan|przewidzian|zadeklarowan|wpisan|ujet)\w*"
    r"|\bzamiast\s+(?:\w+\s+){1,3}(?:z|ze)\s+wniosk\w*"
)
HEALTH_GROUP = "ochrona-zdrowia"
# another unit of the JST named beside a health-care facility
_OTHER_UNIT = lazy(
    r"\b(?:szkol\w*|przedszkol\w*|dps\w*|dom\w*\s+pomocy(?:\s+spoleczn\w*)?|[gm]?ops\w*|osrod\w*\s+pomocy"
    r"(?:\s+spoleczn\w*)?|bibliotek\w*|zlob\w*|dom\w*\s+kultury|jednost\w*\s+(?:podlegl|organizacyjn)\w*)"
)
# bought for a health-care facility ("dla szpitala powiatowego", "do przychodni", "w SPZOZ")
# … or naming it as the one who asks ("nasza przychodnia prosi o komputery")
_FOR_HEALTH_CARE = lazy(
    r"\b(?:szpital\w*|przychodn\w*|poz|spzoz|zoz|osrod\w*\s+zdrowia|zaklad\w*\s+opieki\s+zdrowotn\w*)\b"
)
UNITS_BOOST = 2.5
UNITS_HINT = " jednostki podległe"
FIGURE_UNITS = frozenset({"tys", "tysiac", "mln", "milion", "zloty", "zl", "proc", "procent", "pln"})
PROCUREMENT_TERMS = frozenset({"baza konkurencyjnosci", "pzp"})
GROSS_TERMS = frozenset({"vat", "brutto"})
PRICE_TERMS = frozenset({"netto", "brutto"})
THRESHOLD_FLOOR = 0.3
PROCUREMENT_RUNNER_FLOOR = 0.2
_PROCUREMENT = lazy(r"\bkonkurencyjnosc\w*|\bpzp\b|\bzamowie\w*|\bprog\w*")
MAINTAIN_GROUP = "trwalosc"
MAINTAIN_TERMS = frozenset({"trwalosc", "utrzymac"})
MAINTAIN_BOOST = 2.0
DATED_PURCHASE_HINT = " okres kwalifikowalności wydatków od kiedy"

# Long messages: greetings, self-introductions and context come first, the question last.
_SENTENCE = lazy(r"(?<=[.?!])\s+|\s+-\s+|\n+")
_QUESTION_START = lazy(r"\b(?:czy|kto|gdzie|ile|kiedy|do\s+kiedy|od\s+kiedy|jak|jaki\w*|jakie|co|dlaczego|czym)\b")
_TOTAL_PART = lazy(r"\b(?:razem|lacznie|w\s+sumie|sum[aey]\w*|ogolem)\b|\d")
_TOTAL_WORDS = lazy(r"\b(?:razem|lacznie|w\s+sumie|sum[aey]\w*|ogolem)\b")
# "sekretarz jest na urlopie do 20 stycznia", "wójt przebywa na zwolnieniu lekarskim": who is away is the context of
# a question about a deadline or a signature; its words (and the leave vocabulary) would only pull the ranking away.
# The date stays: it is the planned day the official asks about.
_ABSENCE = lazy(
    r"\b(?:[A-ZŁŚŻŹĆa-ząćęłńóśźż]+\s+){1,2}(?:jest|sa|są|przebywa\w*|bedzie|będzie)\s+na\s+"
    r"(?:urlopie|zwolnieniu(?:\s+lekarskim)?|L4|chorobowym|zwolnieniu)\b",
    re.IGNORECASE,
)
_BARE_TIME = lazy(
    r"^\W*(?:a\s+|i\s+)?(?:ile\s+(?:mamy\s+|jest\s+)?(?:na\s+to\s+)?(?:czasu|dni)|jaki\s+(?:mamy\s+|jest\s+)?termin"
    r"|do\s+kiedy(?:\s+mamy\s+czas)?)(?:\s+na\s+to)?\W*$"
)
_DO_IT = lazy(r"(?:a\s+|i\s+)?jak\s+(?:to|tego)\s+(?:zrobic|zalatwic|przeprowadzic|zglosic)\b")
_CONSEQUENT = lazy(r",?\s+to\s+(?:musimy|trzeba|mamy|mozemy|nalezy|czy|chyba|znaczy)\b")
_REASON_CLAUSE = lazy(
    r"\s+(?:skoro|bo|poniewaz|gdyz|mimo\s+ze|chociaz|choc|zwlaszcza\s+ze)\b"
    # "… – potrzebuję pełnej listy do notatki dla burmistrza": what the answer is needed for
    r"|\s*[-–,]\s+(?=potrzebuj\w*\s+(?:\w+\s+){0,3}?(?:do|dla)\b)"
)
_LIST_REQUEST = lazy(r"^\W*(?:wymien\w*|podaj\w*|wypisz\w*)\b")
_LIST_ASIDE = lazy(
    r"[,–-]?\s*\b(?:wymie[nń]\w*|wypisz\w*|podaj\w*)\s+(?:mi\s+|nam\s+)?(?:wszystk\w*\s*)?(?:rodzaj\w*|mo[zż]liwo[sś]\w*)?",
    re.IGNORECASE,
)
_GREETING = lazy(r"^(?:dzien\s+dobry|witam\w*|witajcie|szanown\w+\s+\w+|halo|hej|czesc)\b[\s,!.]*", re.IGNORECASE)


# Questions no programme document can settle, recognised by their shape rather than their words
# (they are made of words the knowledge base knows: "wskaźnik G", "VAT", "edycja", "CPPC"). Each
# comes with the reason shown to the official. Calibrated on blind set 1 and the dev set.
_TWO_YEARS = r"(?:2|dwoch|dwu)\s+lat\w*"
_UNIT_NAME = r"(?:gmin\w*|powiat\w*|miast\w*|wojewodztw\w*)\s+(?!naszej|naszego|mojej|mojego|dla|w\b|z\b)[a-z]{3,}"
UNANSWERABLE: tuple[tuple[re.Pattern[str], str], ...] = (
    (
        # "czy NASK odsyła potwierdzenie odbioru ankiety?": a receipt the documents never mention
        lazy(
            r"\b(?:potwierdzeni\w*|potwierdz\w*)\s+(?:\w+\s+)?(?:odbior\w*|otrzymani\w*|wplyw\w*|dostarczeni\w*)\b"
            r"|\bupo\b"
        ),
        "Potwierdzeń odbioru (wysyłanych przez NASK, operatora czy CPPC) dokumenty programów nie opisują.",
    ),
    (
        # "czy LSI działa na telefonie?", "GWG w Safari": how the application system works on a device or browser
        lazy(
            r"^(?=.*\b(?:lsi|gwg|generator\w*|epuap\w*)\b)"
            r"(?=.*\b(?:telefon\w*|komork\w*|smartfon\w*|tablet\w*|tablec\w*|przegladark\w*|safari|chrome|firefox|edge"
            r"|androi\w*|iphone\w*|ios|macu?\w*|linux\w*)\b)"
            r"(?=.*\b(?:dziala\w*|obsluguj\w*|otwier\w*|chodzi|zadziala|z\s+komork\w*|z\s+telefon\w*|na\s+telefon\w*"
            r"|na\s+komor\w*|na\s+tablec\w*|w\s+przegladarc\w*))"
        ),
        "Jak system do składania wniosków działa na telefonie, tablecie czy w danej przeglądarce, dokumenty "
        "programów nie mówią – to pytanie techniczne do operatora.",
    ),
    (
        # "czy w Cyfrowym Powiecie wniosek rozliczający składa się przez GWG?": only the CG regulamin (§4 ust. 9) says
        # through what the settlement is submitted; the CP and CS schemats say only that it goes to the operator
        lazy(
            r"^(?=.*(?:\bcyfrow\w*\s+powi\w*|\bcp\b|\bcyberbezpieczn\w*|\bcyber\s*samorzad\w*|\bcs\b))"
            r"(?=.*\b(?:wnios\w*\s+rozliczaj\w*|rozliczeni\w*\s+grant\w*))"
            r"(?=.*\b(?:przez|w|za\s+pomoca|poprzez)\s+(?:\w+\s+)?(?:gwg|generator\w*|lsi|epuap|sl2014|aplikacj\w*|system\w*)\b)"
            r"(?!.*\b(?:dokument\w*|zalacz\w*|faktur\w*|protok\w*)\b)"
        ),
        "Przez jaki system składa się wniosek rozliczający, mówi tylko regulamin Cyfrowej Gminy (przez GWG); schematy "
        "Cyfrowego Powiatu i Cyberbezpiecznego Samorządu mówią jedynie, że grantobiorca składa go operatorowi "
        "(GWG i LSI wskazują dla wniosków o grant).",
    ),
    (
        lazy(
            rf"\b(?:jaki|jaka|ile|wartosc\w*)\b.*\b(?:wskaznik\w*|subwencj\w*|dochod\w*|\bg\b|\bp\b).*\bdla\s+{_UNIT_NAME}"
            r"|\b(?:jaki|jaka|ile)\b.*\bsubwencj\w*.*\b(?:nasz\w*|moj\w*)\s+(?:gmin|powiat)\w*.*\b20(?:2[4-9]|3\d)\b"
            # "jaki wskaźnik P ma powiat ostródzki", "ile wynosi G gminy Rewal": the value for a named unit
            rf"|\b(?:jaki|jaka|ile)\b.*\b(?:wskaznik\w*\s+)?[gp]\s+(?:(?:ma|maja|mial\w*|wynosi\w*)\s+)?{_UNIT_NAME}"
        ),
        "Dokumenty programów podają tylko wartości krajowe; wartości dla poszczególnych gmin i powiatów "
        "publikuje Ministerstwo Finansów, a maksymalną kwotę grantu każdej JST – lista w załączniku do regulaminu.",
    ),
    (
        lazy(
            r"\bstaw\w*\s+(?:podatku\s+)?vat\b|\bvat\w*\s+(?:0|5|8|23)\s*(?:%|proc\w*)?\s+czy\s+(?:0|5|8|23)\b"
            r"|\b(?:0|5|8|23)\s*(?:%|proc\w*)?\s+czy\s+(?:0|5|8|23)\s*(?:%|proc\w*)?\s+vat"
        ),
        "Stawek VAT dokumenty programów nie ustalają – to sprawa przepisów podatkowych (zapytaj skarbnika lub "
        "doradcę podatkowego).",
    ),
    (
        lazy(
            r"\b(?:kolejn\w*|nastepn\w*|drug\w*|trzeci\w*|now\w*|przyszl\w*)\s+(?:edycj\w*|odslon\w*)"
            r"|\bedycj\w*\s+(?:w\s+)?20(?:2[5-9]|3\d)|\b(?:cyfrow\w*\s+(?:gmin\w*|powiat\w*)|cyberbezpieczn\w*\s+samorzad\w*)\s+(?:2|ii|20(?:2[5-9]|3\d))\b"
            r"(?!\s+(?:dni|dzien|tys|mln|lat|lata|mies\w*|proc\w*|zl|rok\w*)\b)"
            # "… w Cyfrowej Gminie 2) a w Cyfrowym Powiecie": the number of a list's next item, no second edition
            r"(?!\s*\))"
            r"|\b(?:kiedy|czy)\b.*\bnow\w*\s+nabor\w*"
            # a call, edition or programme, a year from 2025 on and a future verb, in any order
            r"|^(?=.*\b(?:nabor|edycj|konkurs|program|rund)\w*)(?=.*\b20(?:2[5-9]|3\d)\b)"
            r"(?=.*\b(?:bedzie|ruszy|rusza|wystartuje|planowan\w*|ogloszon\w*)\b)"
        ),
        "O przyszłych edycjach i naborach dokumenty programów nic nie mówią.",
    ),
    (
        lazy(
            r"\bkto\s+(?:jest|byl|zostal)\s+(?:obecnie\s+)?(?:prezes\w*|dyrektor\w*|minist\w*|szef\w*|kierownik\w*|rzecznik\w*|pelnomocnik\w*)"
            r"|\bjak\s+sie\s+nazywa\s+(?:prezes|dyrektor|minist|szef|kierownik|rzecznik)\w*"
            r"|\bnazwisk\w*\s+(?:prezes|dyrektor|minist|szef|kierownik)\w*"
        ),
        "Dokumenty programów nie podają nazwisk osób kierujących instytucjami.",
    ),
    (
        lazy(
            r"\b(?:jak\w*|ktor\w*)\s+(?:\w+\s+)?(?:mark\w*|producent\w*|firm\w*)\s+(?:polec\w*|wybra\w*|najlepsz\w*|jest\s+najlepsz\w*)"
            r"|\bpolec\w*\s+(?:jak\w*|ktor\w*|dobr\w*)|\b(?:dell|lenovo|hp|asus|acer|fortinet|sophos|eset)\s+czy\s+\w+"
            r"|\bile\s+kosztuje\s+(?:dobr\w*|porzadn\w*|typow\w*|przecietn\w*)"
            # "tylko konkretnej marki", "lista zatwierdzonych producentów": no document names brands or makers
            r"|\b(?:konkretn|jedn|okreslon|wybran|jakiejs)\w*\s+mark[ia]\b"
            r"|\b(?:zatwierdzon|dopuszczon|rekomendowan|autoryzowan)\w*\s+(?:\w+\s+)?(?:producent|dostawc|mar[ek])\w*"
        ),
        "Cen rynkowych ani konkretnych marek i producentów dokumenty programów nie wskazują – liczy się, by "
        "zakup mieścił się w katalogu wydatków i był wybrany zgodnie z zasadami konkurencyjności.",
    ),
    (
        # Invoices in a foreign currency: no document says which exchange rate settles them.
        lazy(
            r"kurs\w*\s+(?:euro|eur|walut\w*|usd|dolar\w*|nbp|wymiany|przeliczeni\w*|sredni\w*)"
            r"|\b(?:po\s+)?(?:jakim|ktorym)\s+kursie\b|\bw\s+(?:euro|eur|usd|dolarach|walucie)\b"
        ),
        "Rozliczania wydatków w walutach obcych ani kursów przeliczenia dokumenty programów nie regulują – zapytaj "
        "operatora (i skarbnika: to zasady rachunkowości).",
    ),
    (
        # A contractor going bankrupt or walking away: the documents do not describe it (the grant agreement and
        # procurement law do).
        lazy(
            r"\bzbankrutowa\w*|\bbankructw\w*|\bupadlosc\w*|\bupadl\w*\s+(?:firm|dostawc|wykonawc)\w*"
            r"|\b(?:firm|dostawc|wykonawc)\w*\s+(?:\w+\s+)?(?:upadl|zbankrut)\w*"
        ),
        "Co zrobić, gdy wykonawca upadnie, dokumenty programów nie opisują – rozstrzygają to umowa o powierzenie "
        "grantu i prawo zamówień publicznych; zapytaj operatora.",
    ),
    (
        # Money left after a tender ("zostało nam 38 tys. oszczędności"): what may be done with it is for the grant
        # agreement, not the documents (they speak only of spending economically, "oszczędnie").
        # (savings as the context of another question – "… zostały oszczędności, czy możemy zmienić wskaźniki?" – are
        # not this; the question here is what to do with the money)
        lazy(r"^(?=.*\boszczednosc\w*)(?=.*\b(?:oddac|oddawac|zwroci\w*|dokupi\w*|przeznaczy\w*|wydac)\b)"),
        "Co zrobić z kwotą zaoszczędzoną na przetargu, dokumenty programów nie rozstrzygają – decyduje umowa "
        "o powierzenie grantu; zapytaj operatora.",
    ),
    (
        # "Cyfrowe Województwo": a programme of another name than the three the documents describe.
        lazy(
            r"\bcyfrow\w*\s+wojewodztw\w*"
            r"|\b(?:program\w*|konkurs\w*)\s+[„\"]?cyfrow\w*\s+(?!gmin|powiat|powiec|samorzad|polsk)[a-z]{4,}"
        ),
        "Programu o tej nazwie dokumenty, na których się opieram, nie znają – opisują tylko Cyfrową Gminę, Cyfrowy "
        "Powiat i Cyberbezpieczny Samorząd.",
    ),
    (
        lazy(
            r"\bile\s+(?:\w+\s+)?(?:kosztuj\w*|kosztowal\w*)\b|\bjak\w*\s+(?:jest\s+)?(?:cen\w*|koszt)\s+(?:rynkow\w*|zakupu)"
            r"|\bstawk\w*\s+(?:godzinow\w*|dzienn\w*|za\s+godzin\w*)"
            # "ile maksymalnie możemy zapłacić trenerowi za godzinę": a rate per hour or day
            r"|\b(?:ile|maks\w*|max|najwiecej)\b(?:\s+\w+){0,6}?\s+za\s+(?:godzin\w*|dniowk\w*|dzien\s+(?:pracy|szkoleni\w*))"
        ),
        "Cen ani stawek rynkowych dokumenty programów nie podają – określają tylko, które wydatki są "
        "kwalifikowalne i jak wybrać wykonawcę.",
    ),
    (
        lazy(
            # "ile gmin z województwa łódzkiego dostało grant": a place between the count and the verb
            r"\bile\s+(?:\w+\s+)?(?:gmin\w*|powiat\w*|jst|wnioskow|samorzad\w*)\s+(?:\w+\s+){0,4}?(?:juz\s+)?"
            r"(?:dostal\w*|otrzymal\w*|zlozyl\w*|wygral\w*|skorzystal\w*)"
            r"|\bsredni\w*\s+(?:kwot\w*\s+)?(?:grant\w*|dofinansowan\w*)|\bprog(?:u|i|ow|ami|ach)?\s+unijn\w*|\bkurs\w*\s+euro"
        ),
        "Wyników naborów (ile JST dostało granty, średnich kwot) ani aktualnych progów unijnych i kursu euro "
        "dokumenty programów nie podają.",
    ),
    (
        # Other law and the office's own administration: penalties under the KSC act or the GDPR,
        # data-protection officers, trusted profiles and passwords, office hours, business trips,
        # archiving periods. Made of words the knowledge base knows ("ePUAP", "szkolenie").
        lazy(
            r"\b(?:kar[ayeo]?|kary|sankcj\w*|grzywn\w*)\s+(?:\w+\s+){0,5}(?:ksc|rodo|ustaw\w*|iod)\b"
            r"|\bile\s+wynosi\s+(?:kara|grzywna)\b|\binspektor\w*\s+ochrony\s+danych|\biod\b|\brodo\s+wymaga"
            r"|\bkar(?:a|y|e|o|ami)?\s+umown\w*"
            r"|\bprofil\w*\s+zaufan\w*|\bhasl[oa]\s+do\b|\bzresetow\w*|\bzapomnial\w*\s+hasl\w*|\bnie\s+pamieta\w*\s+hasl\w*"
            r"|\bgodzin\w*\s+(?:otwarcia|pracy|urzedowania)\b|\bdelegacj\w*|\bkoszt\w*\s+podrozy\b"
            r"|\barchiw\w*|\bprzechowyw\w*\s+(?:\w+\s+)?(?:dokument|faktur|rachun)\w*|\bustaw\w*\s+o\s+krajowym\s+systemie"
        ),
        "Tego dokumenty programów nie regulują – to sprawa innych przepisów albo organizacji pracy urzędu; "
        "dokumenty mówią tylko o zasadach grantów.",
    ),
    (
        # Bookkeeping and public-finance law: the grant documents say what is eligible, not how a
        # gmina books the money or counts it against its debt limits.
        lazy(
            r"\bzaksiegow\w*|\bjak\s+(?:\w+\s+)?ksiegow\w*|\bksiegowani\w*|\bjpk\w*|\bna\s+jaki\w*\s+kon(?:cie|to)\b"
            r"|\bplan\w*\s+kont\b|\bklasyfikacj\w*\s+budzet\w*|\bparagraf\w*\s+(?:budzet|wydatk|dochod)\w*"
            r"|\bzadluzen\w*|\bdeficyt\w*|\bwieloletni\w*\s+prognoz\w*|\bwpf\b|\bamortyz\w*"
            r"|\brb-?\s?\d+\w*|\bsprawozda\w*\s+budzetow\w*"
            # "czy trzeba to wpisać do budżetu", "uchwała budżetowa": the unit's own budget procedure
            r"|\b(?:wpisa|wpisywa|uja|ujmowa|zaplanowa|zabezpieczy|zabezpiecza)\w*\s+(?:\w+\s+)?(?:do|w)\s+budze\w*"
            r"|\buchwal\w*\s+budzet\w*|\bzmian\w*\s+(?:w\s+)?budze\w*"
            # interest earned on the account the grant was paid into: no document mentions interest at all
            r"|\bodset\w*|\boprocentow\w*"
            # "czy gmina może wziąć kredyt na wkład własny?": how the unit finances its share is its own budget's
            # business; no document mentions loans
            r"|\bkredyt\w*|\bpozyczk\w*"
        ),
        "Księgowania, klasyfikacji budżetowej ani limitów zadłużenia dokumenty programów nie regulują – to sprawa "
        "przepisów o finansach publicznych i rachunkowości (zapytaj skarbnika).",
    ),
    (
        # Pay and employment of the office's own staff: no programme document mentions them ("sekretarz jest na
        # urlopie" is who is absent, the context of a question about a deadline, not leave rights).
        lazy(
            # "wynagrodzenie za przygotowanie projektu", "wynagrodzenie wykonawcy": a contractor's fee is a
            # service the catalogue may cover, not staff pay
            r"\bwynagrodz\w*\b(?!\s+(?:\w+\s+)?(?:za|firm\w*|wykonawc\w*|doradc\w*|konsultant\w*)\b)|\bpensj\w*|\bpremi(?:a|e|i|ami|om)\b|\bnadgodzin\w*|\betat\w*|\bumow\w*\s+o\s+prac\w*"
            r"|\bpodwyzk\w*|\bpensum\b|(?<!\bna\s)\burlop\w*|\bwyslug\w*|\bkodeks\w*\s+pracy|\bdodat\w*\s+(?:stazow|funkcyjn)\w*"
            r"|\bzatrudni\w*\s+(?:informatyk\w*|pracownik\w*|osob\w*|admin\w*|specjalist\w*)"
        ),
        "Wynagrodzeń ani zatrudnienia pracowników urzędu dokumenty programów nie regulują – określają tylko "
        "katalog wydatków kwalifikowalnych (sprzęt, oprogramowanie, usługi, szkolenia).",
    ),
    (
        # Whether survey or diagnosis results are anonymous, confidential or published: the documents
        # say only that they go to NASK through ePUAP (and, in the CG schemat, that they feed a report).
        lazy(
            r"^(?=.*\b(?:ankiet|diagnoz|wynik|dan)\w*)(?=.*\b(?:anonimow\w*|poufn\w*|utajni\w*|upubliczn\w*"
            r"|opublikuj\w*\s+(?:je|wyniki|dane)|przekaz\w*\s+(?:je\s+)?(?:wojewod|ministr|urzed|mediom|prasie)\w*))"
        ),
        "Czy wyniki diagnozy lub ankiety są anonimowe, poufne albo komuś przekazywane i publikowane, dokumenty "
        "programów nie mówią – podają tylko, że trafiają do NASK przez ePUAP (a schemat Cyfrowej Gminy: że dane "
        "z diagnoz posłużą do raportu o stanie bezpieczeństwa systemów jednostek samorządowych).",
    ),
    (
        # After the maintenance period: the documents require keeping the effects for 2 years and
        # say nothing about what may be done with the equipment afterwards.
        lazy(
            rf"\bpo\s+(?:uplywie\s+|zakonczeniu\s+|koncu\s+|minieciu\s+)?(?:{_TWO_YEARS}\s+)?(?:okres\w*\s+)?"
            r"(?:trwalosc\w*|utrzymani\w*)"
            r"(?=.*\b(?:sprzeda|odsprzeda|oddac|oddamy|przekaza|zlikwid|wyrzuc|zezlomow|zutylizow|darow|podarow|wymieni)\w*)"
        ),
        "Co wolno zrobić ze sprzętem po okresie trwałości, dokumenty programów nie mówią – wymagają tylko "
        "utrzymania efektów projektu przez 2 lata od jego zakończenia.",
    ),
)


# Situations no document covers that decide every question asked about them: the whole message is refused,
# not only the sentence naming the situation ("po wyborach mamy nowego wójta, czy trzeba aneksu i kto teraz
# podpisuje wniosek rozliczający" – the second question is about the new head too).
SITUATIONS: tuple[tuple[re.Pattern[str], str], ...] = (
    (
        # "audytor ma ISO 27001 Lead Auditor – czy ten certyfikat jest na liście z rozporządzenia?": the CG regulamin
        # only points at the regulation's list of certificates; the list itself is not in the programme documents,
        # and the certificate told in the context decides the whole message
        lazy(
            r"^(?=.*\bcertyfikat\w*)"
            r"(?=.*(?:\b(?:jest|sa|znajduj\w*|figuruj\w*)\s+(?:\w+\s+)?(?:na\s+liscie|w\s+wykazie)\b"
            r"|\bz\s+(?:tego\s+)?(?:wykazu|listy)\b|\b(?:uznawan|honorowan|akceptowan)\w*))"
        ),
        "Czy dany certyfikat uprawnia do diagnozy, rozstrzyga wykaz w rozporządzeniu Ministra Cyfryzacji z 12 "
        "października 2018 r. w sprawie wykazu certyfikatów uprawniających do przeprowadzenia audytu – dokumenty "
        "programu tylko do niego odsyłają, samego wykazu nie zawierają.",
    ),
    (
        # A new head of the unit after elections: who represents the JST and whether the agreement needs an
        # annex – no programme document covers it.
        lazy(
            r"^(?=.*(?:\bpo\s+wyborach\b|\bnow\w*\s+(?:wojt|burmistrz|prezydent|starost|marszal|skarbnik)\w*"
            r"|\b(?:zmian\w*|zmieni\w*)\s+(?:sie\s+)?(?:na\s+stanowisku\s+)?(?:wojt|burmistrz|prezydent|starost|marszal|skarbnik)\w*))"
            r"(?=.*\b(?:aneks\w*|podpis\w*|pelnomocn\w*|reprezent\w*|kto\b|upowazni\w*))"
        ),
        "Zmiany osób reprezentujących JST (np. nowego wójta po wyborach) ani aneksów z tego powodu dokumenty "
        "programów nie regulują.",
    ),
    (
        # A programme named with our programmes' adjective but another noun ("program Cyberbezpieczne Wodociągi",
        # "program Cyfrowa Szkoła"): another programme, whose documents we do not have – every question about it
        # (its call, its amounts) is refused, not answered from CS or CG
        lazy(
            r"\bprogram\w*\s+[„\"']?(?:cyber\w*\s+(?!samorzad|bezpieczn)|cyfrow\w*\s+(?!gmin|powiat|powiec|polsk))"
            r"(?!i\b|a\b|w\b|z\b|dla\b|na\b|to\b|jest\b|czy\b)[^\W\d]\w+"
        ),
        "Programu o tej nazwie dokumenty, na których się opieram, nie znają – opisują tylko Cyfrową Gminę, Cyfrowy "
        "Powiat i Cyberbezpieczny Samorząd; nie odpowiem więc o jego naborze ani kwotach.",
    ),
    (
        # (after the new head above, whose annex is that situation's)
        # Annexes to the grant agreement: no programme document mentions them, so whether one is needed (to move
        # money, to change the scope) or how it is made is not ours to say – and it decides the whole message
        # ("przesunąć 30 tys. – można i czy potrzebny aneks?": whether the move is allowed hangs on the annex).
        # A project's end moved by an annex is answered by the period's last day, which no annex can pass
        # (regulamin CG §3 ust. 8; schemat CP pkt 8).
        lazy(
            r"^(?!.*\b(?:przedluz\w*|wydluz\w*|20(?:24|25)\b"
            r"|(?:przesun|zmieni|zmian)\w*\s+(?:\w+\s+){0,2}(?:koniec|konca|termin\w*|dat\w*|okres\w*)"
            # "zmieniamy umowę z wykonawcą aneksem": the contract with the supplier, not the grant agreement
            r"|umow\w*\s+z\s+(?:wykonawc|dostawc|firm)\w*))"
            r".*\b(?:aneks\w*|aneksow\w*)"
        ),
        "Aneksów do umowy o powierzenie grantu – kiedy są potrzebne, co wolno zmienić bez nich i jak je zawrzeć – "
        "dokumenty programów nie regulują; rozstrzygają to zapisy umowy i operator programu.",
    ),
    (
        # A declared thing swapped for another, or the scope changed, and who must agree or in what form: the
        # documents give (CG, CP) the right to change indicators at most, never a consent or its form
        lazy(
            r"^(?=.*\b(?:zamiast\s+(?:zaplanowan|planowan|przewidzian|zadeklarowan|wpisan|ujet)\w*"
            r"|zmian\w*\s+(?:\w+\s+)?zakres\w*|zmieni\w*\s+(?:\w+\s+)?zakres\w*"
            r"|inn\w*\s+(?:sprzet\w*|rzecz\w*|urzadzeni\w*)\s+niz\s+(?:we|w)\s+wniosk\w*))"
            r"(?=.*(?:\bkto\s+(?:\w+\s+){0,2}(?:zgodzi|zgadza|zaakcept|akcept|zatwierdz|decyd)\w*"
            r"|\bczyj\w*\s+zgod\w*|\bzgod\w*\s+(?:operator|cppc|nask|politechnik)\w*"
            r"|\bwystarcz\w*\s+(?:\w+\s+)?(?:mail|e-?mail|pismo|telefon|informacj)\w*"
            r"|\b(?:trzeba|musimy|nalezy)\s+(?:to\s+)?(?:zglos|uzgodni|zatwierdz)\w*))"
        ),
        "Kto musi się zgodzić na zmianę zakresu projektu (inny sprzęt niż we wniosku) i w jakiej formie – dokumenty "
        "programów tego nie regulują (Cyfrowa Gmina i Cyfrowy Powiat dają tylko prawo zmiany wskaźników przy "
        "większym zakresie w innej kategorii); rozstrzygają to zapisy umowy o powierzenie grantu i operator programu.",
    ),
)


def unanswerable_reason(question: str) -> str | None:
    """Why the documents cannot answer this question, when its shape says so; else None."""
    folded = fold(question)
    return next((reason for pattern, reason in UNANSWERABLE if pattern.search(folded)), None)


# A pronoun pointing back at the context ("czym to się różni", "ile to kosztuje", "czy tak można").
_POINTS_BACK = lazy(
    r"\b(?:niego|niej|nim|nia|nich|go|jej|ich|je|na\s+to|do\s+tego|z\s+tym|w\s+tym)\b"
    # "… z programu FEnPW i kiedy tam są nabory?": "there" is the place named before
    r"|\b(?:tam|tamtym|tamtej|tamten|tamta)\b"
)
# "… max 5% grantu? mamy 640 000 zł, to wychodzi 32 tys.?": the official's arithmetic on the rule asked before
_ARITHMETIC_CHECK = lazy(
    r"\b(?:wychodzi|wyjdzie|daje|dawaloby|czyli)\s+(?:\w+\s+)?\d"
    # "jaki procent wkładu przy naszym współczynniku? ile to będzie przy 850 tys?": that figure applied to a sum
    r"|\bile\s+(?:to\s+)?(?:bedzie|wyjdzie|wynosi|da|daje|zrobi)\s+(?:to\s+)?(?:przy|od|z|dla|na)\s+\d"
)
_SENTENCE_OPENING = lazy(r"(?:^|[.?!:]\s*|\s[-–]\s*)(?:a|i|no\s+i|no\s+a|to)?\s*$")
_FUTURE = lazy(r"\b(?:bedzie|beda|bedziemy|ruszy|oglosza|oglosi)\b")
_DISAGREE = lazy(r"\bnie\s+(?:\w+\s+)?(?:zgadza\w*|zgodz\w*)|\bniezgod\w*")
DISAGREEMENT = "odwolanie"
_PRONOUN_BACK = lazy(
    r"\b(?:za|o|na|po|przez|dla|z|ze|od|do)\s+(?:nie|nich|niego|niej|nimi|nim)\b"
    # "… przychodnia prosi o 4 komputery – czy możemy je kupić?": the thing bought is the one told before
    r"|\b(?:je|go)\b"
    # "… i nic nie zrobimy, to co wtedy z wnioskiem?": "then" is the situation told before
    r"|\bwtedy\b|\bw\s+takim\s+(?:razie|przypadku)\b|\bw\s+tej\s+sytuacji\b"
)
_SENTENCE_END = lazy(r"(?<=[.?!])\s+")
# "czy to można …", "ta firma", "tego wydatku": a part pointing back at the situation told before the questions
_BACK_AT_CONTEXT = lazy(
    r"^\W*(?:a\s+|i\s+)?(?:(?:czy|gdzie|jak|kiedy|skad|dlaczego|na\s+jakiej\s+podstawie)\s+)?(?:to|tak)\b|\b(?:ta|ten|tej|tego|tych|tym|takiej|takiego)\s+[a-z]{3,}"
)
_ANAPHOR = lazy(r"\b(?:to|tego|tym|te|ten|ta|tych|je|ich|tak)\b")

WEEKDAYS = (
    "poniedziałek poniedziałku wtorek wtorku środa środę środy czwartek czwartku piątek piątku sobota sobotę "
    "niedziela niedzielę"
)
DEADLINE_WORDS = "termin do kiedy kiedy czas zdążyć upływa wezwanie otrzymać pismo"
LONG_MESSAGE_WORDS = 14  # shorter messages are the question itself
CORE_MIN_CONFIDENCE = 0.5  # context was dropped: trust the asking part only when it is clear


def intents(text: str) -> frozenset[str]:
    folded = fold(text)
    return frozenset(name for name, pattern in INTENTS.items() if pattern.search(folded))


def _term_weights(content: Sequence[str]) -> dict[str, float]:
    """BM25 query weights: the programme is handled by detection, question words only break ties."""
    return {
        t: PROGRAMME_TERM_WEIGHT if t in PROGRAMME_CODES else QUESTION_WORD_WEIGHT if t in QUESTION_WORDS else 1.0
        for t in content
    }


def _claimed_figures_weakened(question: str, weights: dict[str, float], factor: float) -> dict[str, float]:
    """ "czy w CS ankietę robi się w 6 miesięcy": the official's figure may be the wrong one; the topic
    finds the entry, and the figure is checked against it afterwards (knowledge/faq_premise.py)."""
    for figure in claimed_figures(question):
        for term in (*re.findall(r"\d+", figure.text), *FIGURE_UNIT_TERMS):
            if term in weights:
                weights[term] *= factor
    return weights


# "… to 5 lat od płatności końcowej jak w RPO?": another scheme named as the official's comparison
_COMPARISON = lazy(
    r"[,\s]*\b(?:tak\s+)?(?:jak|niz|podobnie\s+jak|inaczej\s+niz"
    # "…, my czy CPPC? bo w RPO to my byliśmy beneficjentem": the scheme the official knows, as the reason for asking
    r"|(?:bo|skoro|poniewaz|a)(?:\s+(?:przeciez|wczesniej|kiedys|dotad))?)"
    r"\s+(?:w|we|przy|z|ze|dla|do)\s+(?P<what>[^,.?!;]{2,40})"
)


def _without_scheme_comparison(question: str) -> str:
    """The question without a comparison with a scheme outside the three programmes: that scheme is
    the official's reference, not the subject (which would otherwise make the question off-topic)."""
    folded = fold(question)
    if len(folded) != len(question):
        return question
    for match in _COMPARISON.finditer(folded):
        if off_topic_match(match.group("what")) is not None:
            return (question[: match.start()] + question[match.end() :]).strip()
    return question


SHORT_FOLLOW_UP_WORDS = 5


# "jakie warunki muszą być spełnione?", "pod jakimi warunkami?": conditions asked with no thing of their own …
_CONDITIONS_TOPIC = frozenset(
    {"warunek", "warunki", "spelnic", "spelniac", "wymog", "wymogi", "wymaganie", "wymagania"}
)
# … after an answer whose rule states its conditions
_STATES_CONDITIONS = lazy(
    r"\bgdy\s+(?:łącznie|spełni|spełnia)|\bpod\s+warunkiem\b|\bwarunk\w*|\bo\s+ile\b|\bjeżeli\b|\bjeśli\b"
)


# "na jakiej podstawie?", "gdzie to jest napisane?", "z czego to wynika?": the basis of something told before
_BASIS_ASKED = lazy(
    r"^\W*(?:a\s+|i\s+)?(?:na\s+jakiej\s+podstawie|gdzie\s+(?:to\s+)?(?:jest\s+)?(?:napisane|zapisane)"
    r"|z\s+czego\s+to\s+wynika|w\s+ktorym\s+(?:miejscu|paragrafie|punkcie))\b"
)


def _short_follow_up(part: str) -> bool:
    """ "A co trzeba dołączyć obowiązkowo?": a short "what" question asks about the thing of the question
    before it ("a czy komputery też?" names its own)."""
    folded = fold(part)
    return len(folded.split()) <= SHORT_FOLLOW_UP_WORDS and bool(re.match(r"^\W*(?:a\s+|i\s+)?co\b", folded))


def question_core(question: str) -> str | None:
    """The asking part of a long message, without greeting and context; None when there is none.

    Sentences with a question mark are kept; inside each, the text from the first question word
    on ("… wójt pyta czy musimy robić diagnozę" → "czy musimy robić diagnozę").
    """
    parts = [p.strip() for p in _SENTENCE.split(question) if p.strip()]
    asking = [p for p in parts if p.endswith("?")] or parts[-1:]
    cores = []
    for part in asking:
        part = _GREETING.sub("", part)
        folded = fold(part)
        match = _QUESTION_START.search(folded)
        # fold keeps the length of Polish text, so offsets carry over to the original
        start = match.start() if match and len(folded) == len(part) else 0
        part = part[start:]
        # A reason clause ("skoro nic nie kupujemy …") is context too, once the question has a verb.
        reason = _REASON_CLAUSE.search(fold(part))
        if reason and len(part[: reason.start()].split()) >= 3 and len(fold(part)) == len(part):
            part = part[: reason.start()]
        cores.append(part)
    core = " ".join(cores).strip()
    return core if core and core != question.strip() else None


# Programme nicknames seen on the surface (lemmas merge "cyfrowa" and "cyfrowy" into one adjective):
# the feminine after a preposition is Cyfrowa Gmina, the masculine Cyfrowy Powiat, unless a noun
# follows that makes it something else ("z cyfrowej edukacji", "w cyfrowym urzędzie").
_NOT_PROGRAMME_NOUN = (
    r"(?!\s+(?:polsk\w*|edukacj\w*|transformacj\w*|kompetencj\w*|uslug\w*|administracj\w*|szkol\w*|tablic\w*"
    r"|urzed\w*|swiat\w*|swiec\w*|obieg\w*|dokument\w*|podpis\w*|wersj\w*|form\w*|postac\w*|dostep\w*))"
)
NICKNAMES: dict[str, re.Pattern[str]] = {
    "cg": lazy(rf"\bcyfrowk\w*|\b(?:w|z|ze|do|od|na|o)\s+cyfrow(?:ej|a|e)\b{_NOT_PROGRAMME_NOUN}"),
    "cp": lazy(
        rf"\b(?:w|z|ze|do|od|na|o)\s+cyfrow(?:ym|y|ego)\b{_NOT_PROGRAMME_NOUN}"
        # "ten powiatowy program", "w programie dla powiatów": the one grant programme for powiaty
        r"|\bpowiatow\w*\s+program\w*|\bprogram\w*\s+(?:dla\s+)?powiatow\w*"
    ),
    "cs": lazy(
        # "siber samorząd", "syber samorząd": the name spelt as it sounds
        r"\b(?:cyber|[cs][iy]ber)\s*(?:samorzad\w*|gmin\w*|powiat\w*)|\b(?:w|z|ze|do|od|na|o)\s+cyber(?:ze|a|ku)?\b"
        r"|\bankiet\w*\s+dojrzalosci"  # the CS name of the diagnosis
    ),
}

# "w cyfrowym powaicie", "w cyfrowej gmnie": the noun of a programme's name misspelt after its adjective
_NAME_AFTER_ADJECTIVE = lazy(r"\bcyfrow\w*\s+(?P<noun>[a-z]+)")
_PROGRAMME_NOUNS = ("powiat", "powiatu", "powiecie", "gmina", "gminy", "gminie")
MISSPELT_NOUN_EDITS = 2

# Level words hint a programme only weakly: CS is open to gminy, powiaty and województwa alike.
LEVEL_HINTS = {"powiat": "cp", "gmina": "cg", "wojewodztwo": "cs"}

# "co się stanie, jak tego nie poprawimy", "a jak nic nie zrobimy", "co nam grozi": the consequence of not
# doing what the situation requires; entries answering it ask "Co się dzieje / Co zrobić, gdy … nie …"
_CONSEQUENCE_ASK = lazy(
    r"\bco\s+(?:(?:teraz|wtedy|potem|nam)\s+)?(?:sie\s+)?(?:stanie|bedzie|grozi|dalej)\b[^?.!]*|\bco\s+nam\s+grozi\b[^?.!]*"
    r"|\bjakie\s+(?:sa\s+|beda\s+)?konsekwencj\w*[^?.!]*|\ba\s+(?:jak|jesli|jezeli|gdy)\s+(?:nic\s+)?nie\b[^?.!]*"
)
# ("Co się dzieje z niekwalifikowalną pozycją we wniosku?": what follows when a cost is not eligible)
_CONSEQUENCE_ENTRY = lazy(r"^co(?:\s+sie\s+dzieje|\s+zrobic|,?\s+jesli|\s+grozi)\b[^?]*\bnie(?:\b|kwalifikow)")

# Terms that only say what kind of answer is wanted ("do kiedy" → termin, "jak długo").
QUESTIONISH = frozenset({"termin", "dlugo", "czas", "dzien", "odpowiedz", "pytanie", "halo", "ktos"})
# "co się stanie, jak nie zdążymy?", "co nam grozi?": asking for the consequence of the situation told before;
# these words name no topic of their own
CONSEQUENCE = frozenset({"nie", "stanac", "grozic"})

# "a jak nie, to dlaczego?", "jeżeli nie – z jakiego powodu?": asking why of the verdict before; no topic of its own
# "jestem doradcą zewnętrznym … czy moje wynagrodzenie może być pokryte z grantu?": the speaker is the outside adviser
# or firm, so "moje"/"nasze wynagrodzenie" is a contractor's fee (a service in the catalogue), not staff pay
_SPEAKER_ADVISER = lazy(
    r"\b(?:jestem|jeste[sś]my|jako)\s+(?:\w+\s+){0,2}?(?:doradc|doradcz|konsultan|ekspert|wykonawc|firm\w*\s+doradcz)\w*",
    re.IGNORECASE,
)
_OWN_FEE = lazy(r"\b(?:moj\w*|nasz\w*)\s+(wynagrodze\w*)", re.IGNORECASE)
_BARE_WHY = lazy(r"(?<=[?!.])\s*(?:a\s+)?(?:dlaczego|czemu|z\s+jakiego\s+powodu)\s*[?!.]*\s*$", re.IGNORECASE)
_WHY = lazy(r"\b(?:dlaczego|czemu|z\s+jakiego\s+powodu|z\s+jakiej\s+przyczyny)\b")
WHY_FOLLOW_UP_WORDS = frozenset({"dlaczego", "powod", "przyczyna", "nie", "jezeli", "jesli", "jak", "gdyby"})


# Chatter officials wrap questions in; not informative, not a reason to abstain either.
CHATTER = words(
    """
    zapytac zapytanie chcialem chcialam chcialbym chcialabym wiedziec dowiedziec informacja
    informacje prosba uprzejmie serdecznie szanowni szanowny pani panie panstwa urzad urzedu
    urzedzie gminny gminnego gminnej nasz nasza naszej naszego naszym mieć miec kolega kolezanka
    wlasnie teraz obecnie generalnie ogolnie czy ktos wie ktos wiecie jakas jakis jakies tez
    ok okej okay spoko odnosnie odnosni dotyczacy dotyczace zgadzac dac
    podeslijcie podeslij podeslac podesla podeslecie podesle podeslesz
    przypomnijcie przypomnij przypomniec podajcie podaj
    gdybysmy gdybysm jednak prostu wtedy wszedzie wszedzi
    kiedys gdzies jakos czegos czyms prawda
    poprosic poprosze prosze prosimy prosilbym prosilabym
    watpliwosc watpliwosci
    przejal przejela przejelam przejalem przejac kolegi koledze kolegow kolezanki kolezance
    dokladnie skoro
    zapalil zapalila zapalic
    id idzie ida isc
    """
)
# ("idzie"/"idą", lemma "id": "jak to idzie", "do kogo ona idzie", "na doradztwo idzie 5 %" – the verb carries no
# topic of its own; "gdzie/do kogo idzie" is a synonym of "gdzie", see faq_synonyms.yaml)
# A chatter word the knowledge base never uses reaches the ranking cut to the stemmer's fallback
# prefix ("koleżanka" → "kolezan"): that cut is chatter too.
CHATTER |= frozenset(w[:FALLBACK_PREFIX] for w in CHATTER)


@dataclass(frozen=True, slots=True)
class Answer:
    text: str
    abstained: bool
    entry_id: str | None
    programme: str | None
    score: float
    citations: tuple[Citation, ...] = ()
    related: tuple[str, ...] = ()
    combined: tuple[str, ...] = ()  # entry ids when several programmes' answers are shown
    parts: tuple[Answer, ...] = ()  # a multi-part message: one answer per question, in order
    questions: tuple[str, ...] = ()  # … and the questions they answer
    computation: str | None = None  # the step-by-step arithmetic on the official's numbers, if any


@dataclass(frozen=True, slots=True)
class Candidate:
    entry: FaqEntry
    score: float
    confidence: float


@dataclass(slots=True)
class _Bm25:
    """Okapi BM25 with postings: a query touches only the documents that contain its words."""

    # Plain dicts, not Counters: a pickled Counter is rebuilt through Counter.update in Python, which made
    # restoring the engine in a cold call ~7 ms slower.
    docs: list[dict[str, int]]
    lengths: list[int]
    avg_length: float
    df: dict[str, int] = field(default_factory=dict)
    postings: dict[str, list[tuple[int, int]]] = field(default_factory=dict)

    @classmethod
    def build(cls, docs: Sequence[Sequence[str]]) -> _Bm25:
        counters = [Counter(d) for d in docs]
        lengths = [len(d) for d in docs]
        index = cls([dict(c) for c in counters], lengths, (sum(lengths) / len(lengths)) if lengths else 1.0)
        df: Counter[str] = Counter()
        for i, c in enumerate(counters):
            df.update(c.keys())
            for term, tf in c.items():
                index.postings.setdefault(term, []).append((i, tf))
        index.df = dict(df)
        return index

    def idf(self, term: str) -> float:
        n = len(self.docs)
        df = self.df.get(term, 0)
        return math.log(1 + (n - df + 0.5) / (df + 0.5))

    def scores(self, weighted_terms: dict[str, float]) -> list[float]:
        out = [0.0] * len(self.docs)
        for term, weight in weighted_terms.items():
            idf = self.idf(term) * weight
            for i, tf in self.postings.get(term, ()):
                norm = K1 * (1 - B + B * self.lengths[i] / self.avg_length)
                out[i] += idf * tf * (K1 + 1) / (tf + norm)
        return out


@dataclass(frozen=True, slots=True)
class ProgrammeSignal:
    explicit: tuple[str, ...]  # named in the question
    hint: str | None  # from a level word ("powiat")


class FaqEngine:
    def __init__(
        self, entries: Sequence[FaqEntry], stemmer: str = DEFAULT_STEMMER, cache_dir: Path | None = None
    ) -> None:
        if not entries:
            raise ValueError("FaqEngine needs at least one entry")
        self.entries = tuple(entries)
        self.by_id = {e.id: e for e in self.entries}
        self.analyzer = Analyzer(make_stemmer(stemmer, cache_dir), default_synonyms())
        self._terms_memo: dict[str, tuple[str, ...]] = {}
        texts = [t for e in self.entries for t in (e.question, *e.paraphrases, e.answer)]
        self.analyzer.learn(texts)
        self._qp = _Bm25.build(
            [
                [t for text in (e.question, *e.paraphrases) for t in self.analyzer.terms(_affirmed(text))]
                for e in self.entries
            ]
        )
        self._answers = _Bm25.build([self.analyzer.terms(_affirmed(e.answer)) for e in self.entries])
        # Each question/paraphrase on its own as well: one close paraphrase is stronger evidence
        # than many loosely related ones summed over the entry.
        self._phrase_index = _Bm25.build(
            [self.analyzer.terms(_affirmed(text)) for e in self.entries for text in (e.question, *e.paraphrases)]
        )
        self._entry_terms = [set(self._qp.docs[i]) | set(self._answers.docs[i]) for i in range(len(self.entries))]
        self._surface = sorted(
            {fold(tok) for text in texts for tok in raw_tokens(text) if len(tok) >= 4 and tok.isalpha()}
        )
        self._surface_set = frozenset(self._surface)
        self._known_terms = frozenset(self._qp.df) | frozenset(self._answers.df)
        self._phrases: list[str] = []
        self._phrase_owner: list[int] = []
        for i, e in enumerate(self.entries):
            for text in (e.question, *e.paraphrases):
                self._phrases.append(_content_text(text))
                self._phrase_owner.append(i)
        # Built only when it takes part in ranking: unused, it would only slow the cache down.
        self._ngrams = CharNgramIndex.build(self._phrases, self._phrase_owner) if NGRAM_WEIGHT else None
        self._entry_phrases: list[list[int]] = [[] for _ in self.entries]
        for k, owner in enumerate(self._phrase_owner):
            self._entry_phrases[owner].append(k)
        self._groups: dict[str, list[FaqEntry]] = {}
        for e in self.entries:
            if e.group:
                self._groups.setdefault(e.group, []).append(e)
        self._max_idf = max((self._qp.idf(t) for t in self._qp.df), default=1.0)
        self._intents = [_entry_intents(e) for e in self.entries]
        self._index = {e.id: i for i, e in enumerate(self.entries)}
        self._yes_no = [bool(YES_NO_ANSWER.match(fold(e.answer))) for e in self.entries]
        self._weekday_terms = frozenset(self.analyzer.terms(WEEKDAYS)) - self._known_terms
        self._deadline_terms = frozenset(self.analyzer.terms(DEADLINE_WORDS))
        # abbreviations some entry writes out ("Generator Wniosków Grantowych (GWG)", "ZUCH to …")
        self._acronyms = frozenset(
            a
            for e in self.entries
            for a in _ACRONYM.findall(e.answer)
            if a.lower() not in PROGRAMME_CODES and _writes_out(e.answer, a)
        )

    @classmethod
    def from_directory(
        cls, path: Path | None = None, stemmer: str = DEFAULT_STEMMER, cache_dir: Path | None = None
    ) -> FaqEngine:
        """The engine over a FAQ directory, built once per process (start-up target < 2 s).

        `cache_dir` (chosen by the shell, e.g. ~/.cache/grantbot) keeps the lemma table between runs.
        """
        return _cached_engine((path or FAQ_DIR).resolve(), stemmer, cache_dir)

    # -- analysis --------------------------------------------------------------------------------

    def _repair_typos(self, tokens: list[str]) -> list[str]:
        """Map words the knowledge base does not know onto ones it does.

        First an unknown inflection of a known word ("vatu", "UPS-a"): strip a Polish ending.
        Then a typo: the closest known spelling within one edit (two for long words), counting a
        swap of neighbours as one edit ("diagnzoa" → "diagnoza").
        """
        repaired: list[str] = []
        for token in tokens:
            folded = fold(token)
            parts = folded.split("-")
            if (
                len(parts) > 1
                and all(p.isalpha() for p in parts)
                and folded not in self._surface_set
                and self.analyzer.stemmer.stem(token) not in self._known_terms
                and self.analyzer.stemmer.stem(token) not in self.analyzer.phrase_stems
            ):
                # "szkolno-wychowawczego", "gminy-klienta": a compound the knowledge base writes apart
                repaired.extend(self._repair_typos(token.split("-")))
                continue
            stem = self.analyzer.stemmer.stem(token)
            if (
                not folded.isalpha()
                or folded in STOP_WORDS
                or folded in self._surface_set
                or stem in self._known_terms
                or (stem in self.analyzer.phrase_stems and not self._cut_typo(folded, stem))
            ):
                repaired.append(token)
                continue
            base = self._strip_ending(folded)
            if base is not None:
                # "vatu" → "vat"; but "zle" (źle, złe) is a word of its own, not "zł" inflected
                repaired.append(self._word_or_repair(token, base))
                continue
            if len(folded) >= TYPO_MIN_LENGTH:
                limit = 1 if len(folded) < TYPO_LONG_WORD else 2
                match = process.extractOne(
                    folded, self._surface, scorer=DamerauLevenshtein.distance, score_cutoff=limit
                )
                if match is not None:
                    repaired.append(self._word_or_repair(token, match[0]))
                    continue
            repaired.append(token)
        return repaired

    def _cut_typo(self, folded: str, stem: str) -> bool:
        """An unknown word cut to its first letters meets a phrase only by its prefix ("cyberbezpieczesntwa" →
        "cyberbe", the start of the programme's name "cyberbezpieczny"): a known spelling one edit away
        ("cyberbezpieczenstwa") says what was typed, so the cut must not decide."""
        if len(folded) <= len(stem) or not folded.startswith(stem) or len(folded) < TYPO_LONG_WORD:
            return False
        match = process.extractOne(folded, self._surface, scorer=DamerauLevenshtein.distance, score_cutoff=1)
        return match is not None

    def _without_unknown_kinds(self, tokens: list[str]) -> list[str]:
        """ "5 drukarek laserowych – kwalifikowalne?", "switch rackowy – można kupić?": in a question whether a purchase
        is eligible, an adjective the knowledge base never uses, next to a noun it knows, says what kind of that thing
        it is – not another topic the question is about. Left out, it no longer counts against the entry about the
        thing."""

        def known(token: str) -> bool:
            folded = fold(token)
            return (
                folded.isalpha()
                and folded not in STOP_WORDS
                and (folded in self._surface_set or self.analyzer.stemmer.stem(token) in self._known_terms)
            )

        if not _ELIGIBILITY_ASK.search(fold(" ".join(tokens))):
            # "adres mailowy", "czy EZD jest darmowy": outside a verdict on a purchase the kind may be the point
            return tokens
        kept = []
        for i, token in enumerate(tokens):
            folded = fold(token)
            if (
                _KIND_ADJECTIVE.match(folded)
                and not known(token)
                and not self._cut_typo(folded, self.analyzer.stemmer.stem(token))
                and any(0 <= j < len(tokens) and known(tokens[j]) for j in (i - 1, i + 1))
            ):
                continue
            kept.append(token)
        return kept

    def _misspelt_programme_nouns(self, folded: str) -> set[str]:
        """The terms of a misspelt programme noun after "cyfrowy" ("w cyfrowym powaicie"): the nickname already names
        the programme, so the word is the rest of its name, not a topic no entry knows."""
        found = set()
        for match in _NAME_AFTER_ADJECTIVE.finditer(folded):
            noun = match.group("noun")
            if (
                noun not in self._surface_set
                and noun not in _PROGRAMME_NOUNS
                and any(DamerauLevenshtein.distance(noun, n) <= MISSPELT_NOUN_EDITS for n in _PROGRAMME_NOUNS)
            ):
                found.add(self.analyzer.stemmer.stem(noun))
        return found

    def _word_or_repair(self, token: str, repair: str) -> str:
        """A real Polish word is no typo: "przepada" stays (not "przypada"), "kolega" stays (not
        "polega"); one whose lemma the knowledge base knows ("pracownika" → "pracownik") becomes
        that lemma. Only a token the dictionary does not know takes the close spelling."""
        stemmer = self.analyzer.stemmer
        if not isinstance(stemmer, MorfeuszStemmer):
            return repair
        is_word, lemma = stemmer.dictionary_word(token)
        if not is_word:
            return repair
        if lemma is not None and stemmer.stem(lemma) in self._known_terms:
            return lemma
        return token

    def _strip_ending(self, folded: str) -> str | None:
        for ending in ENDINGS:
            base = folded.removesuffix(ending)
            if base != folded and len(base) >= 2 and self.analyzer.stemmer.stem(base) in self._known_terms:
                return base
        return None

    def query_terms(self, question: str) -> list[str]:
        """The question's terms (lemmas, synonyms, typo repair, nicknames); memoised, since one message
        asks for the terms of the same text from several rules."""
        if len(self._terms_memo) > TERMS_MEMO_SIZE:
            self._terms_memo.clear()
        hit = self._terms_memo.get(question)
        if hit is None:
            hit = self._terms_memo[question] = tuple(self._query_terms(question))
        return list(hit)

    def _query_terms(self, question: str) -> list[str]:
        # "czy trzeba w ogóle robić diagnozę": "at all" stresses the question; its lemma is that of "ogółem"
        # (the total allocation)
        question = _AT_ALL.sub(" ", question)
        question = _REPORTED.sub(" ", question)
        if _HOW_MANY.search(question):
            question = _EXPECTED_COUNT.sub("przewidywano", question)
        # "z tematem cyfrowa.gmina.diagnoza.cyber, tak jak gminy?": a dotted ePUAP subject quoted by the official names
        # what is sent, not the programme asked about (a premise the answer checks)
        question = _DOTTED_SUBJECT.sub(lambda m: " ".join(_SUBJECT_TOPIC.findall(fold(m.group()))), question)
        terms = self.analyzer.terms_from_tokens(self._repair_typos(self._without_unknown_kinds(raw_tokens(question))))
        if not any(t in PROGRAMME_CODES for t in terms):
            # "ile max w cyfrowej", "grant z cyfrówki": nicknames the lemmas cannot tell apart.
            folded = fold(question)
            named = [code for code, pattern in NICKNAMES.items() if pattern.search(folded)]
            if named:
                # the adjective was the programme's name, not a topic
                terms = [t for t in terms if t not in ("cyfrowy", "cyber") and not t.startswith("cyfrowk")] + named
                misspelt = self._misspelt_programme_nouns(folded)
                terms = [t for t in terms if t not in misspelt]
        if _DUTY_DENIED.search(fold(question)):
            # "czy nie musimy robić diagnozy?", "nie trzeba chyba stosować PZP?", "jest nieobowiązkowa?": whether it is
            # a duty, not something that did not happen ("nie zdążymy z diagnozą")
            terms = [t for t in terms if t != "nie" and not t.startswith("nieobowiaz")]
            terms += [] if "obowiazkowy" in terms else ["obowiazkowy"]
        if _DISAGREE.search(fold(question)):
            # "nie zgadzamy się z KPG", "gdybyśmy się nie zgodzili": disagreeing, not the confirmation tag "zgadza się?"
            terms = [t for t in terms if not t.startswith(("zgadz", "zgodz"))] + [DISAGREEMENT]
        if "nas" in terms and not _NAS_DEVICE.search(question) and not _STORAGE_TERMS.intersection(terms):
            # "u nas", "nam", "my" lemmatise to "nas": the pronoun, not a NAS storage device
            terms = [t for t in terms if t != "nas"]
        if REPEATED in terms and any(t.startswith(_CALL_STEMS) for t in terms):
            # "KPG wzywa nas drugi raz", "komisja ponownie nas wezwała": the regulamin's second call
            terms = [t for t in terms if t != REPEATED and not t.startswith(_CALL_STEMS)] + [SECOND_CALL]
        if (
            not _WHEN_TERMS.isdisjoint(terms)
            and ("kupic" in terms or "koszt" in terms)
            and all(t in _BUY_WHEN_WORDS or t in QUESTION_WORDS or t in CHATTER or t in PROGRAMME_CODES for t in terms)
        ):
            # "do kiedy mogliśmy kupować?", "od kiedy można kupować sprzęt?", "od kiedy liczą się koszty?": when
            # buying counts is the window for incurring expenses (nothing else is named that a date could belong to)
            terms.append(SPENDING)
        if "doradczy" in terms and "grant" in terms and not {"ile", "maksymalny"}.isdisjoint(terms):
            # "ile max na doradztwo jak grant 200 tys?": the grant is the base of the share asked, not its topic
            terms = [t for t in terms if t != "grant" and not t[:1].isdigit() and t not in _AMOUNT_TERMS]
        asks_amount = "ile" in terms or bool(_AMOUNT_TERMS.intersection(terms))
        if asks_amount and _RECEIVE_TERMS.intersection(terms) and not self._receive_object(terms):
            # "ile możemy dostać z cyfrowej gminy?": what a unit receives from a programme, with
            # nothing else named ("ile dni na odebranie pisma" names days), is its grant
            # "daje", "da" say only that the programme gives it: the grant is the topic
            terms = [t for t in terms if t not in ("dawac", "dac")] + ["grant"]
            if _UP_TO_AMOUNT.search(fold(question)):
                terms.append("maksymalny")  # "daje do 2 mln zł": the upper bound of the grant
        return terms

    @staticmethod
    def _receive_object(terms: Sequence[str]) -> bool:
        """The question names what is received, beyond the programme and the kind of unit."""
        return any(
            t not in PROGRAMME_CODES
            and t not in _RECEIVE_TERMS
            and t not in _AMOUNT_WORDS
            and t not in _AMOUNT_TERMS
            and not t[:1].isdigit()
            and t not in LEVEL_HINTS
            and t not in QUESTION_WORDS
            and t not in CHATTER
            for t in terms
        )

    def programmes_in(self, question: str) -> tuple[str, ...]:
        """Programme codes the question names ("w CS", "cyfrowej gminie"), in cg, cp, cs order."""
        return self.detect_programme(self.query_terms(question)).explicit

    def detect_programme(self, terms: Iterable[str]) -> ProgrammeSignal:
        present = set(terms)
        explicit = tuple(c for c in PROGRAMME_CODES if c in present)
        hint = next((code for word, code in LEVEL_HINTS.items() if word in present), None)
        return ProgrammeSignal(explicit, hint)

    # -- ranking ---------------------------------------------------------------------------------

    def rank(self, question: str, programme: str | None = None) -> tuple[list[Candidate], ProgrammeSignal]:
        ranked, signal = self._rank(question, programme, claim_weight=1.0)
        claims = claimed_figures(question)
        if not claims or not ranked:
            return ranked, signal
        # "w CG na doradztwo do 10 % grantu, tak?": the official's figure may be a wrong one that another
        # entry happens to state (the 10 % cut); ranked with the figure weakened, the entry that explains
        # more of the rest of the question wins
        weakened, _signal = self._rank(question, programme, claim_weight=CLAIMED_FIGURE_WEIGHT)
        if (
            not weakened
            or weakened[0].entry is ranked[0].entry
            # only an entry stating another figure of the kind quoted is a rule to correct the claim with
            or premise_correction(question, weakened[0].entry.answer) is None
        ):
            return ranked, signal
        figure_terms = {t for c in claims for t in (*re.findall(r"\d+", c.text), *FIGURE_UNIT_TERMS)}
        rest = [t for t in self.query_terms(question) if t not in CHATTER and t not in figure_terms]
        if not rest:
            return ranked, signal
        index = {id(e): i for i, e in enumerate(self.entries)}
        plain = self._confidence(rest, index[id(ranked[0].entry)])
        other = self._confidence(rest, index[id(weakened[0].entry)])
        return (weakened, signal) if other >= plain + CLAIM_RERANK_MARGIN else (ranked, signal)

    def _rank(
        self, question: str, programme: str | None, *, claim_weight: float
    ) -> tuple[list[Candidate], ProgrammeSignal]:
        folded = fold(question)
        asked_intents = intents(question)
        yes_no_question = bool(YES_NO_START.search(folded))
        if dated_purchase(folded):
            question += DATED_PURCHASE_HINT
            asked_intents |= {"when"}
        used = bool(_USED.search(folded)) and not _DATED_PURCHASE.search(folded)
        own_unit = bool(_OWN_UNIT.search(folded))
        if own_unit:
            question += UNITS_HINT  # the unit names itself in its own words ("ośrodek kultury", "OPS")
        terms = self.query_terms(question)
        signal = self.detect_programme(terms)
        named = self._place_name_terms(question)
        content = [t for t in terms if t not in CHATTER and t not in named]
        if not PROCUREMENT_TERMS.isdisjoint(content) and any(t[:1].isdigit() for t in content):
            # "switche za 70 000 zł brutto (vat 23%) – trzeba bazę konkurencyjności?": the VAT is
            # arithmetic for the net threshold, not the question about VAT eligibility
            content = [t for t in content if t not in GROSS_TERMS]
        maintain = not MAINTAIN_TERMS.isdisjoint(content)
        weights = self._query_weights(question, content, claim_weight, yes_no=yes_no_question)
        qp = self._qp.scores(weights)
        ans = self._answers.scores(weights)
        phrase = [0.0] * len(self.entries)
        for k, value in enumerate(self._phrase_index.scores(weights)):
            owner = self._phrase_owner[k]
            phrase[owner] = max(phrase[owner], value)
        fuzzy = self._fuzzy(question)
        ngram = self._ngrams.similarities(_content_text(question)) if self._ngrams is not None else {}
        allowed = set(signal.explicit)
        widest = max((len(allowed.intersection(e.programmes)) for e in self.entries), default=0)
        candidates = []
        for i, entry in enumerate(self.entries):
            if allowed and not allowed.intersection(entry.programmes):
                continue
            score = (
                ENTRY_WEIGHT * qp[i]
                + PHRASE_WEIGHT * phrase[i]
                + ANSWER_WEIGHT * ans[i]
                + FUZZY_WEIGHT * fuzzy.get(i, 0.0)
                + NGRAM_WEIGHT * max(0.0, ngram.get(i, 0.0) - NGRAM_FLOOR) / (1 - NGRAM_FLOOR)
            )
            if len(allowed) > 1 and len(allowed.intersection(entry.programmes)) < widest:
                # "różnica między CG a CP": the answer must cover every programme the question names.
                continue
            score *= self._programme_factor(i, allowed, programme, signal, asked_intents)
            shared = asked_intents & self._intents[i]
            if shared:
                # "obowiązkowy" is a topic word as well as a question shape: a smaller boost.
                score *= MUST_BOOST if shared == {"must"} else INTENT_BOOST
            elif asked_intents and self._intents[i]:
                score *= INTENT_MISMATCH
            if asked_intents and not yes_no_question and self._yes_no[i]:
                score *= YES_NO_MISMATCH
            if used and entry.group == USED_GROUP:
                # "używany firewall za pół ceny": the rule on used equipment decides, not the product's entry
                score *= USED_BOOST
            elif entry.group == USED_GROUP:
                # "czy sprzęt musi być fabrycznie nowy?" is the used-equipment rule asked the other way round
                score *= USED_BOOST if _MUST_BE_NEW.search(folded) else USED_ABSENT
            if own_unit and entry.group == UNITS_GROUP:
                score *= UNITS_BOOST
            if maintain and entry.group == MAINTAIN_GROUP:
                # "do kiedy trwa okres utrzymania efektów": the maintenance duty, not the project's period
                score *= MAINTAIN_BOOST
            candidates.append(Candidate(entry, score, float(i)))  # index until scored below
        candidates.sort(key=lambda c: c.score, reverse=True)
        # a figure quoted as the rule is checked against the entry (faq_premise), not explained by it
        quoted = {t for f in claimed_figures(question) for t in self.query_terms(f.text)}
        explained = [t for t in content if t not in quoted] or content
        # … and so may be the event it says a period starts from ("od podpisania umowy, tak?"): an entry
        # counting from another event is not the less sure for not naming the official's
        event = set(self.query_terms(claimed_event(question) or ""))
        without_event = [t for t in explained if t not in event] or explained
        scored = [
            Candidate(
                c.entry,
                c.score,
                max(
                    self._confidence(explained, int(c.confidence)),
                    self._confidence(without_event, int(c.confidence)) if event else 0.0,
                ),
            )
            for c in candidates[:CONFIDENCE_TOP]
        ]
        return scored + candidates[CONFIDENCE_TOP:], signal

    def _place_name_terms(self, question: str) -> frozenset[str]:
        """Terms of the unit's own name ("gmina wiejska Ostróda", "powiat Gniezno"): the official's data, no topic –
        only those the knowledge base does not know."""
        names = " ".join(m.group("name") for m in _PLACE_NAME.finditer(question))
        return frozenset(t for t in self.query_terms(names) if t not in self._known_terms) if names else frozenset()

    def _query_weights(
        self, question: str, content: Sequence[str], claim_weight: float, *, yes_no: bool
    ) -> dict[str, float]:
        """The ranking weight of each content term: a figure quoted as the rule (with the event its period counts
        from) weakened by `claim_weight`, an exclusion asked about a thing named weakened too."""
        weights = _claimed_figures_weakened(question, _term_weights(content), claim_weight)
        if claim_weight < 1:
            # "… w 60 dni od podpisania umowy?": the event the quoted period counts from is part of the claim too
            for term in self.query_terms(claimed_event(question) or ""):
                if term in weights and term not in PROGRAMME_CODES:
                    weights[term] *= claim_weight
        if yes_no and set(weights) & EXCLUSION_TERMS and set(weights) - EXCLUSION_TERMS - LIST_TERMS:
            # "czy laptopy są niekwalifikowalne?": the exclusion is the verdict asked about a thing named, not the
            # topic – the thing's entry decides, not the list of what is excluded
            weights = {t: w * EXCLUSION_WEIGHT if t in EXCLUSION_TERMS else w for t, w in weights.items()}
        return weights

    def _programme_factor(
        self, i: int, allowed: set[str], programme: str | None, signal: ProgrammeSignal, asked: frozenset[str]
    ) -> float:
        """How the programmes named, the conversation's programme or a level word weigh entry `i`."""
        entry = self.entries[i]
        if len(allowed) == 1 and len(entry.programmes) > 1:
            # One programme named: its own entry beats a cross-programme comparison.
            return CROSS_ENTRY_FACTOR
        if not allowed and programme and programme in entry.programmes:
            if len(entry.programmes) > 1 and asked and not asked & self._intents[i]:
                # the conversation's programme is the one asked about, as if named: a cross-programme entry
                # that answers another kind of question gives way ("czy musimy robić diagnozę?" in a CG chat:
                # the obligation, not the role of NASK)
                return CONVERSATION_BOOST * CROSS_ENTRY_FACTOR
            return CONVERSATION_BOOST
        if not allowed and not programme and signal.hint and entry.programmes == (signal.hint,):
            return LEVEL_HINT_BOOST[signal.hint]
        return 1.0

    def _fuzzy(self, question: str) -> dict[int, float]:
        query = _content_text(question)
        if not query:
            return {}
        best: dict[int, float] = {}
        for _text, similarity, k in process.extract(
            query, self._phrases, scorer=FUZZY_SCORER, limit=None, score_cutoff=FUZZY_FLOOR
        ):
            owner = self._phrase_owner[k]
            # Only close matches count: rescale the part above the floor to 0..1.
            value = ((similarity - FUZZY_FLOOR) / (100 - FUZZY_FLOOR)) ** 2
            best[owner] = max(best.get(owner, 0.0), value)
        return best

    def _confidence(self, content: Sequence[str], index: int) -> float:
        """Share of the question's informative weight that entry `index` accounts for.

        CONFIDENCE_PRIOR is unexplained weight every question starts with: a question made of two
        common words ("ile kosztuje") needs more than a common-word match to be trusted.
        """
        matched = 0.0
        total = CONFIDENCE_PRIOR
        explained = self._entry_terms[index]
        programmes = self.entries[index].programmes
        # Long messages carry more incidental words (names, places, chatter): each unexplained
        # word counts for less as a sign that the question is about something else.
        length_factor = min(1.0, LONG_QUESTION / max(1, len(set(content))))
        # A weekday is a date only in a question about a term ("sklep otwarty w niedzielę" is not).
        dated = bool(self._deadline_terms.intersection(content))
        figures = any(t[:1].isdigit() for t in content)
        for term in set(content):
            if figures and term in FIGURE_UNITS and term not in explained:
                continue  # "850 tys.": the unit of the official's figure, like the figure itself
            if term in PROGRAMME_CODES:
                # Naming the programme is evidence only when the entry is about that programme.
                total += PROGRAMME_TERM_CONFIDENCE
                matched += PROGRAMME_TERM_CONFIDENCE if term in programmes else 0.0
                continue
            if term == OFF_TOPIC:
                total += self._max_idf * OFF_TOPIC_WEIGHT
                continue
            if term in self._weekday_terms and dated:
                continue  # "odebrane w poniedziałek": a date for the arithmetic, like the figures below
            if term[:1].isdigit() and term not in self._known_terms:
                # The official's own figures ("70 000 zł brutto", "15.02.2024") say nothing about
                # the topic; arithmetic uses them after the entry is chosen.
                continue
            if term in self._known_terms:
                weight = self._qp.idf(term) if term in self._qp.df else self._max_idf * 0.7
                if term in QUESTION_WORDS:
                    weight *= QUESTION_WORD_WEIGHT
                if term in explained:
                    matched += weight
                    total += weight
                else:
                    # A word the knowledge base uses elsewhere: usually phrasing ("otrzymać" for
                    # "dostać"), rarely a sign the question is about something else.
                    total += weight * KNOWN_UNMATCHED_WEIGHT * length_factor
            else:
                total += self._max_idf * UNKNOWN_WORD_WEIGHT * length_factor
        question_share = matched / total if total else 0.0
        phrase_share = self._phrase_share(content, index)
        return question_share * (1 - PHRASE_SHARE_WEIGHT + PHRASE_SHARE_WEIGHT * phrase_share)

    def _phrase_share(self, content: Sequence[str], index: int) -> float:
        """How much of the entry's closest question or paraphrase the question accounts for.

        "dziękuję za pomoc" shares one word with a long paraphrase about help for orphanages:
        the question is fully "explained", the paraphrase is not, so we should not answer.
        """
        asked = set(content)
        only_programme = asked <= set(PROGRAMME_CODES)
        asked_topic = bool(asked - set(PROGRAMME_CODES) - QUESTION_WORDS)
        best = 0.0
        for k in self._entry_phrases[index]:
            matched = total = 0.0
            topic_matched = topic_present = False
            for term in self._phrase_index.docs[k]:
                if term in PROGRAMME_CODES:
                    continue
                weight = self._qp.idf(term) * (QUESTION_WORD_WEIGHT if term in QUESTION_WORDS else 1.0)
                total += weight
                matched += weight if term in asked else 0.0
                if term not in QUESTION_WORDS:
                    topic_present = True
                    topic_matched = topic_matched or term in asked
            if (topic_present and not topic_matched) or (not topic_present and asked_topic):
                # "na czym polega program CG" shares only its question words with "na czym polega
                # ankieta": the same shape of question about another thing. (A phrase that is only
                # the programme's name answers only a question that is only the programme's name.)
                continue
            if total:
                best = max(best, matched / total)
            elif only_programme:
                # "co to jest Cyfrowa Gmina?": the programme's name is the whole question.
                best = 1.0
        return best

    # -- answering -------------------------------------------------------------------------------

    def ask(self, question: str, programme: str | None = None) -> Answer:
        """Answer a message; `programme` is the conversation's current programme, if any.

        A message asking several things is answered part by part (`Answer.parts`); numbers the
        official gives are computed with the documents' rules (knowledge/compute.py).
        """
        programme = get_programme(programme).code.value if programme else None
        # Nobody types a 1000-character question; a pasted document would only slow ranking down.
        question = question[:MAX_QUESTION_CHARS]
        answer = self._wrong_applicant(question, _whole_premise(question, self._ask_checked(question, programme)))
        answer = self._with_excluded_purchase(question, programme, answer)
        answer = self._quoted_hotline(question, programme, answer) or answer
        answer = self._with_other_thing(question, programme, answer)
        return _without_unasked_contrast(fold(question), answer)

    def _quoted_hotline(self, question: str, programme: str | None, answer: Answer) -> Answer | None:
        """ "dzwoniłam na 22 182 22 94 w sprawie cyfrowej gminy – to dobry numer?": a number the official quotes is
        checked against the hotlines of the programmes; whose it is, and the asked programme's own, are said
        (unless the answer already judges it against the programme's hotline – a premise corrected)."""
        folded = fold(question)
        if not _ABOUT_NUMBER.search(folded):
            return None
        quoted = [re.sub(r"\D", "", m.group())[-9:] for m in _PHONE.finditer(folded)]
        quoted = [q for q in quoted if len(q) == 9]
        if len(quoted) != 1:
            return None
        codes = self.programmes_in(question) or ((programme,) if programme else ())
        if len(codes) != 1:
            return None
        code = codes[0]
        own_digits = re.sub(r"\D", "", get_programme(code).hotline)[-9:]
        if own_digits in re.sub(r"\D", "", answer.text) and answer.text.startswith(("Nie", "Tak")):
            return None  # the number asked about is judged already
        owners = [c for c in PROGRAMME_CODES if re.sub(r"\D", "", get_programme(c).hotline)[-9:] == quoted[0]]
        if not owners:
            return None
        entry = self.by_id.get(f"{code}-infolinia")
        own = get_programme(code)
        number = _PHONE.search(question) if len(folded) == len(question) else None
        shown = number.group().strip() if number else quoted[0]
        if code in owners:
            text = f"Tak, {shown} to infolinia programu {own.name}.\n\nKontakt z operatorem:\n{contact_lines([code])}"
        else:
            names = " i ".join(get_programme(c).name for c in owners)
            whose = "programów" if len(owners) > 1 else "programu"
            text = (
                f"Nie – {shown} to infolinia {whose} {names}. W sprawie programu {own.name} dzwoń na "
                f"infolinię {own.hotline}.\n\nKontakt z operatorem:\n{contact_lines([code])}"
            )
        citations = entry.citations if entry is not None else ()
        return Answer(
            text=render(text, citations),
            abstained=False,
            entry_id=entry.id if entry is not None else None,
            programme=code,
            score=0.9,
            citations=citations,
            related=entry.related if entry is not None else (),
        )

    def _with_other_thing(self, question: str, programme: str | None, answer: Answer) -> Answer:
        """ "używane serwery i do tego szkolenie dla pracowników – czy to wszystko przejdzie w CP?": the rule found for
        the first thing (used equipment) says nothing of the second; that one gets its own verdict after it."""
        if answer.abstained or answer.parts:
            return answer
        folded = fold(question)
        also = _ALSO_THING.search(folded)
        if also is None or not _ALL_ASKED.search(folded[also.end() :]):
            return answer
        codes = self.programmes_in(question) or ((programme,) if programme else ())
        if len(codes) != 1:
            return answer
        thing = also.group("thing")
        folded_answer = fold(answer.text)
        if thing.split()[0][:_STEM] in folded_answer:
            return answer  # the answer speaks of it already
        other = self._ask_checked(f"czy w {_PROBE_NAMES[codes[0]]} można sfinansować {thing}?", codes[0])
        if other.abstained or other.parts or other.entry_id == answer.entry_id or other.score < OTHER_THING_SCORE:
            return answer
        shown = question[also.start("thing") : also.end("thing")] if len(folded) == len(question) else thing
        head, _sep, _sources = answer.text.partition(SOURCES_MARK)
        other_head, _sep, _sources = other.text.partition(SOURCES_MARK)
        body = f"{head.rstrip()}\n\nCo do „{shown}”: {other_head.strip()}"
        citations = tuple(dict.fromkeys((*answer.citations, *other.citations)))
        return replace(answer, text=render(body, citations), citations=citations)

    def _with_excluded_purchase(self, question: str, programme: str | None, answer: Answer) -> Answer:
        """ "w CS kupiliśmy laptopy – jakie dokumenty do rozliczenia?": the rule asked is answered, but the thing the
        official says was bought is excluded in that programme – that comes first (settling it would fail)."""
        if answer.abstained or answer.parts:
            return answer
        folded = fold(question)
        bought = _BOUGHT.search(folded)
        if bought is None or _EXCLUSION.match(answer.text):
            return answer
        codes = self.programmes_in(question) or ((programme,) if programme else ())
        if len(codes) != 1:
            return answer
        code = codes[0]
        probe = f"czy w {_PROBE_NAMES[code]} można kupić {bought.group('item')}?"
        candidates, _signal = self.rank(probe, code)
        if not candidates:
            return answer
        best = candidates[0]
        entry = best.entry
        if (
            entry.id == answer.entry_id
            or code not in entry.programmes
            or not _EXCLUSION.match(entry.answer)
            or best.confidence < EXCLUDED_PURCHASE_CONFIDENCE
        ):
            return answer
        head, _sep, _sources = answer.text.partition(SOURCES_MARK)
        body = f"Uwaga: {_without_verdict(entry.answer)}\n\n{head.rstrip()}"
        citations = tuple(dict.fromkeys((*entry.citations, *answer.citations)))
        return replace(answer, text=render(body, citations), citations=citations)

    def _wrong_applicant(self, question: str, answer: Answer) -> Answer:
        """ "jesteśmy starostwem – możemy złożyć wniosek do Cyfrowej Gminy?", "gmina X chce wnioskować do Cyfrowego
        Powiatu": a unit asking about a programme it cannot apply to is told so first, with the programmes it can
        use – whatever the rest of the message asks (a verdict on laptops in a programme it cannot enter is wrong)."""
        wrong = wrong_applicant(question)
        if wrong is None:
            return answer
        kind, code = wrong
        entry = self.by_id.get(_OTHER_PROGRAMMES[(kind, code)])
        if entry is None or answer.entry_id == entry.id:
            return answer
        if not answer.abstained and answer.text.startswith("Nie"):
            return answer  # "czy powiat może aplikować do CG?" answered "Nie. Nabór CG jest skierowany do gmin …": said
        lead = _NOT_AN_APPLICANT[(kind, code)]
        return Answer(
            text=render(f"{lead}\n\n{entry.answer}", entry.citations),
            abstained=False,
            entry_id=entry.id,
            programme=code,
            score=max(answer.score, 0.9),
            citations=entry.citations,
            related=entry.related,
        )

    def _ask_checked(self, question: str, programme: str | None) -> Answer:
        question = with_dictated_punctuation(question)
        if _SPEAKER_ADVISER.search(question):
            question = _OWN_FEE.sub(r"\1 doradcy", question)
        provision = quoted_provision(question)
        if provision is not None:
            # "co mówi § 7 ust. 3 regulaminu CG?": the provision itself, quoted from the document
            text, citation, found = provision
            return Answer(
                text=render(text, (citation,))
                if found
                else f"{text}\n\nZapytaj operatora programu:\n{contact_lines(['cg'])}",
                abstained=not found,
                entry_id=None,
                programme="cg",
                score=1.0 if found else 0.0,
                citations=(citation,) if found else (),
            )
        question = without_references(question)
        question, confirming = read_letter(
            expand_abbreviations(digits_for_number_words(plain_dates_and_amounts(question)))
        )
        question = _without_scheme_comparison(question)
        question = _ABSENCE.sub(" ", question)
        if claimed_figures(question):
            question = without_source_document(question)
        question = self._without_analogy(question)
        question = _without_known_verdict(question)
        if _EACH_PROGRAMME.search(fold(question)) and len(self.programmes_in(question)) > 1:
            # "… do CG i do CS. przez jaką aplikację w jednym, a przez jaką w drugim?": "one" and "the other" are the
            # programmes named; as words they would find the entry on joining programmes ("wniosek w drugim")
            question = _ONE_AND_OTHER.sub(" ", question)
        # "… też możemy kupić używany serwer? Dlaczego?": the reason for the verdict asked after the question – the
        # entry gives it; as a sentence of its own it would keep the context sentences in focus
        question = _BARE_WHY.sub("", question).strip() or question
        message = question
        out_of_scope = self._out_of_scope(question)
        if out_of_scope is not None:
            return abstain(programme, reason=out_of_scope)
        question = self._without_asides(question)
        # (before focusing: "w CP diagnoza, a w CS ankieta" pairs two subjects, it is no contrast)
        paired = self._paired(question)
        whole = question
        if paired is None:
            question = self._focused(question)
        parts = paired or split_questions(question)
        if confirming and question.count("?") <= 1:
            # "umowę podpisaliśmy 16.05, diagnoza w 8 miesięcy czyli do 16.01, tak?": a statement offered for
            # confirmation is one claim; cut at its commas, its data and its conclusion were answered apart
            parts = [question]
        if len(parts) > 1:
            multi = self._ask_parts(question, parts, programme, whole=whole)
            if multi is not None:
                return _gated(message, self._deadline_too(question, programme, multi))
        named = self.programmes_in(question)
        floor = CONFIRM_ABSTAIN_BELOW if confirming and (named or programme) else ABSTAIN_BELOW
        answer = self._without_circumstance(question, programme, self._ask_message(question, programme, floor=floor))
        tail = _BARE_TAIL.search(question)
        if tail is not None and not answer.abstained:
            # "… składamy co roku sprawozdanie z trwałości? do kiedy?": where the documents leave the question open
            # they leave its date open too (not the date of another duty the tail's word finds)
            head = self._ask_message(question[: tail.start() + 1], programme)
            answer = head if _undecided(head) else answer
        if (
            len(named) > 1
            and unanswerable_reason(question) is None
            and OFF_TOPIC not in self.query_terms(question)
            and (
                (_programmes_listed(question) and (answer.abstained or not self._covers(answer, named)))
                # (an alternative is asked about whatever one programme's entry says of the other)
                or _ALTERNATIVE_PROGRAMME.search(fold(question))
                or (_EACH_PROGRAMME.search(fold(question)) and (answer.abstained or not self._covers(answer, named)))
            )
        ):
            # "ile wynosi minimalny grant w cg, cp i cs": no entry compares them all; ask each.
            answer = self._per_programme(question, named, programme) or answer
        answer = _with_foreign_term(
            message, self._with_computation(question, programme, self._situated(question, answer))
        )
        answer = _obligation_said(question, _not_said(question, self._with_consequence(question, answer)))
        answer = _settlement_deadline(question, self._deadline_too(question, programme, answer))
        return _gated(message, answer)

    def _deadline_too(self, question: str, programme: str | None, answer: Answer) -> Answer:
        """ "czy diagnoza jest obowiązkowa i do kiedy trzeba ją zrobić?" answered by the duty alone: the deadline
        asked in the same breath, from the entry that gives it, after it."""
        folded = fold(question)
        asked = _OBLIGATION_AND_WHEN.search(folded)
        if asked is None or answer.abstained or answer.parts or answer.combined:
            return answer
        if _GIVES_DEADLINE.search(fold(answer.text.split("\n\nŹródło:")[0])):
            return answer
        when = self._ask_message(f"do kiedy trzeba {asked.group('what')}?", programme or answer.programme)
        if when.abstained or when.entry_id in (None, answer.entry_id) or when.programme != answer.programme:
            return answer
        cited = answer.citations + tuple(c for c in when.citations if c not in answer.citations)
        return replace(answer, text=f"{answer.text}\n\n{when.text}", citations=cited)

    def _consequence_follow(self, entry_id: str | None) -> FaqEntry | None:
        """The related entry stating what follows when the duty of `entry_id` is not done."""
        entry = self.by_id.get(entry_id or "")
        if entry is None or _CONSEQUENCE_ENTRY.search(fold(entry.question)):
            return None  # no entry, or the entry itself is about the consequence
        return next(
            (
                self.by_id[r]
                for r in entry.related
                if r in self.by_id
                and _CONSEQUENCE_ENTRY.search(fold(self.by_id[r].question))
                and set(self.by_id[r].programmes) <= set(entry.programmes)
            ),
            None,
        )

    def _consequence_parts(self, parts: Sequence[str], answers: list[Answer]) -> None:
        """ "Ile mamy dni i co grozi, jeśli nic nie zmienimy?": a consequence part the ranking cannot place
        takes the consequence entry related to the part answered before it."""
        for k in range(1, len(parts)):
            if not _CONSEQUENCE_ASK.search(fold(parts[k])):
                continue
            # "…, jak tego nie poprawimy?" points back at the duty answered before: its consequence, not an entry
            # the ranking finds for the words alone
            if not (answers[k].abstained and answers[k].entry_id is None) and not _ANAPHOR.search(fold(parts[k])):
                continue
            before = next((a for a in reversed(answers[:k]) if not a.abstained), None)
            follow = self._consequence_follow(before.entry_id if before else None)
            if before is not None and follow is not None:
                answers[k] = _entry_answer(follow, before.programme, before.score)

    def _with_consequence(self, question: str, answer: Answer) -> Answer:
        """ "… do kiedy mamy czas i co się stanie, jak tego nie poprawimy?": the entry answering the situation
        states the duty; what follows from not doing it is a related entry of its own ("Co się dzieje, gdy
        … nie …"), shown for that part rather than lost."""
        asked = _CONSEQUENCE_ASK.search(fold(question))
        if asked is None or answer.abstained or answer.parts or answer.combined:
            return answer
        follow = self._consequence_follow(answer.entry_id)
        if follow is None:
            return answer
        part = question[asked.start() : asked.end()].strip(" ,?") if len(fold(question)) == len(question) else ""
        citations = list(answer.citations) + [c for c in follow.citations if c not in answer.citations]
        body = answer.text.split(SOURCES_MARK)[0]
        quoted = f"Co do pytania „{part}?”" if part else "Co do tego, co się stanie"
        return replace(
            answer,
            text=render(f"{body}\n\n{quoted}:\n{follow.answer}", citations),
            citations=tuple(citations),
        )

    def _without_analogy(self, question: str) -> str:
        """ "czy wniosek składamy przez ePUAP tak jak ankietę?", "… przez SL2014 jak w RPO?": the thing the official
        compares with closes the question; it is what they know, not what they ask about, and its words would find
        its own entry (or call another scheme off-topic). Kept when the rest names no topic of its own."""
        folded = fold(question)
        if len(folded) != len(question):
            return question
        match = _ANALOGY_TAIL.search(folded) or _DONE_ELSEWHERE.search(folded)
        if match is None:
            return question
        rest = question[: match.start()] + question[match.end() :]
        if not self._topic(rest):
            return question
        return rest

    def _out_of_scope(self, question: str) -> str | None:
        """Why a message asks nothing the programmes govern, judged by its shape (knowledge/faq_scope.py)."""
        if keyword_bag(question):
            return "Wiadomość to same hasła, bez pytania – napisz, czego dotyczy pytanie."
        folded = fold(question)
        situation = next((reason for pattern, reason in SITUATIONS if pattern.search(folded)), None)
        if situation is not None:
            return situation
        core = question_core(question)
        if core is None:
            return None
        context = question.replace(core, " ") if core in question else ""
        if foreign_situation(
            self.query_terms(context),
            self._known_terms,
            CHATTER | QUESTION_WORDS | STOP_WORDS | QUESTIONISH,
            names_programme=bool(self.programmes_in(question)),
        ):
            return "Sytuacja opisana w wiadomości nie dotyczy programów grantowych."
        return None

    def _without_asides(self, question: str) -> str:
        """The message without asides the knowledge base knows no word of: "podeślijcie numery
        infolinii CP i CS, koleżanka zgubiła kartkę". Such a clause neither asks (no question mark,
        question word or figure) nor points at an entry, but its unknown words would count as what
        the answer fails to explain. The first clause always stays."""
        clauses = _CLAUSE.split(question)
        if len(clauses) < 3:
            return question
        kept = [clauses[0]]
        for k in range(1, len(clauses), 2):
            separator, clause = clauses[k], clauses[k + 1]
            folded = fold(clause)
            terms = [t for t in self.query_terms(clause) if t not in CHATTER]
            aside = (
                "?" not in separator + clause
                and not _QUESTION_START.search(folded)
                and not any(c.isdigit() for c in clause)
                and len(folded.split()) >= 2
                and terms
                and not any(t in self._known_terms or t in PROGRAMME_CODES for t in terms)
            )
            if not aside:
                kept += [separator, clause]
        return "".join(kept).strip()

    def _without_circumstance(self, question: str, programme: str | None, answer: Answer) -> Answer:
        """ "Poproszę maila i telefon do CP, nowa osoba przejmuje u nas projekt.": a closing clause telling the
        circumstances (no question, figure or programme of its own) only thins the request's confidence out. When
        the request alone finds, surely, an entry among the leaders for the whole message, that entry answers
        ("zmienił się u nas koordynator" may lift another entry's word to the top, never out of nowhere)."""
        if not answer.abstained or answer.entry_id is not None:
            return answer
        clauses = _CLAUSE.split(question)
        if len(clauses) < 3:
            return answer
        head = clauses[0]
        for k in range(1, len(clauses), 2):
            separator, clause = clauses[k], clauses[k + 1]
            folded = fold(clause)
            if not folded.strip():
                continue
            if (
                "?" in separator + clause
                or _QUESTION_START.search(folded)
                or any(c.isdigit() for c in clause)
                or self.programmes_in(clause)
            ):
                return answer
        ranked, _signal = self.rank(question, programme)
        alone = self._ask_message(head, programme)
        if (
            alone.abstained
            or not ranked
            or alone.entry_id not in {c.entry.id for c in ranked[:CIRCUMSTANCE_LEADERS]}
            or alone.score < CIRCUMSTANCE_CONFIDENCE
            or (not self.programmes_in(head) and not programme)
        ):
            return answer
        return alone

    def _paired(self, question: str) -> list[str] | None:
        """One question per programme when each programme comes with its own subject: "wskaźnik G
        w CG i P w CP – jakie wartości?", "w CP diagnoza, a w CS ankieta – jakie terminy na jedno
        i drugie?". No entry covers both subjects; each programme's own entry answers its half."""
        folded = fold(question)
        cut = _ASKING_AFTER.search(folded)
        if cut is None or len(folded) != len(question):
            return None
        context, asking = question[: cut.start()], question[cut.end() :]
        asking = re.sub(r"\s+(?=[?!.])", "", " ".join(_BOTH_OF.sub(" ", asking).split())).strip(" ,")
        if not asking:
            return None
        for join in _PAIR_JOIN.finditer(fold(context)):
            left, right = context[: join.start()].strip(" ,"), context[join.end() :].strip(" ,")
            own_left, own_right = self.programmes_in(left), self.programmes_in(right)
            if len(own_left) != 1 or len(own_right) != 1 or own_left == own_right:
                continue
            subject_left, subject_right = _subject_words(left), _subject_words(right)
            if not subject_left or not subject_right:
                return None  # "grant w CG i w CP": the programmes are a list, not two subjects
            if len(subject_left) > MAX_PAIRED_WORDS or len(subject_right) > MAX_PAIRED_WORDS:
                return None  # a clause telling what one programme did is context, not a subject
            if len(subject_right) == 1 and len(subject_left) > 1:
                # "wskaźnik G w CG i P w CP": the second subject leaves out the noun of the first
                right = " ".join(subject_left[:-1]) + " " + right
            return [f"{left} – {asking}", f"{right} – {asking}"]
        return None

    def _focused(self, question: str) -> str:
        """The question without programmes named only as a reference: "w cp max grant to 850 tys.,
        jak w cs?", "W CG dało się kupić używany sprzęt. Czy w CS też możemy?" ask about one
        programme (CP, CS); the other is what the official compares with. Kept as typed unless
        exactly one programme is left."""
        folded = fold(question)
        if _BOTH_ASKED.search(folded):
            # "porównanie: diagnoza w CG a w CP – ile miesięcy na każdą": both programmes are asked, neither is
            # only the reference
            return question
        cuts = [
            m.span()
            for m in _REFERENCE.finditer(folded)
            # "… przez ePUAP. A jak to jest w CS – co wysyłamy?": "jak" opening a sentence asks how it is there
            if not (re.match(r"\W*jak\b", m.group()) and _SENTENCE_OPENING.search(folded[: m.start()]))
        ]
        for a, b in cuts:
            folded = folded[:a] + " " * (b - a) + folded[b:]
        contrast = _CONTRAST.search(folded)
        # "w CG można było X, więc w CS też Y, prawda?": a conclusion offered for confirmation ("czy" put before it by
        # the letter's reading) is a statement whose first clause is the premise, not a question
        premise = (
            re.sub(r"^\W*czy\s+", "", contrast.group("context"))
            if contrast is not None
            and re.search(r"\b(?:wiec|zatem)\b", folded[contrast.end("context") : contrast.end()])
            else (contrast.group("context") if contrast is not None else "")
        )
        if (
            contrast is not None
            # "w CS do jakiego programu? A w CG?", "jaki grant w cg, a w cp?": the first clause asks too
            and "?" not in contrast.group("context")
            and not _QUESTION_START.search(premise)
            # "w cp wkład nie jest wymagany, a w cs?": the same point asked again for the other one
            and (
                len(folded[contrast.end() :].split()) >= 2
                # "skoro w CP można było, to w CS też?": the same point asked of the other programme
                or re.fullmatch(r"\s*(?:tez|takze|rowniez|tak\s+samo)\W*", folded[contrast.end() :]) is not None
            )
            and not _PARTICIPATION.search(contrast.group("context"))
        ):
            # "w cyfrowej gminie diagnoza była na załączniku nr 8, to w CS ankieta też?": what the
            # official knows from one programme is context; the question is about the other one.
            cuts += _mention_spans(contrast.group("context"))
        asked_after = _CONTRAST_ASKED.search(folded) if contrast is None else None
        if (
            asked_after is not None
            and "?" not in asked_after.group("context")
            and not _QUESTION_START.search(asked_after.group("context"))
            # "jaka jest minimalna kwota w CG, a jaka w CS": the first clause asks too
            and re.match(r"\W*(?:czy|ile|jak\w*|kiedy|co|gdzie|kto|ktor\w*|od\s+kiedy|do\s+kiedy)\b", folded) is None
            and not _PARTICIPATION.search(asked_after.group("context"))
        ):
            # "w cyfrowej gminie były rundy po 30 dni, a ile trwa nabór w cyfrowym powiecie": the question about the
            # other programme names it after its question word
            cuts += _mention_spans(asked_after.group("context"))
        analogy = _ANALOGY.search(folded) if contrast is None else None
        if analogy is not None and not _PARTICIPATION.search(analogy.group("context")):
            # "w CG kupowaliśmy używany serwer z deklaracją, w CS zrobimy tak samo z firewallem?": what was done
            # in one programme is the context of doing the same in the other
            cuts += _mention_spans(analogy.group("context"))
        reason = _REASON_CLAUSE.search(folded)
        if reason is not None and len(self.programmes_in(folded[: reason.start()])) == 1:
            # "czy w CP można wnioskować o 500 tys., skoro gminy w CG dostawały do 2 mln": the
            # programme in the reason is the official's comparison; the question is about the other
            tail = folded[reason.start() :]
            cuts += [(reason.start() + a, reason.start() + b) for a, b in _mention_spans(tail)]
        sentences = [m for m in _SENTENCE_SPAN.finditer(folded) if m.group().strip(" .?!")]
        if len(sentences) > 1:
            asking = [
                m for m in sentences if "?" in m.group() or _QUESTION_START.search(m.group()) or is_request(m.group())
            ]
            if asking and len(self.programmes_in(asking[-1].group())) == 1:
                for m in sentences:
                    if m is not asking[-1] and m not in asking and not _PARTICIPATION.search(m.group()):
                        start = m.start()
                        cuts += [(start + a, start + b) for a, b in _mention_spans(m.group())]
        if not cuts:
            return question
        kept = list(question)
        for a, b in cuts:
            kept[a:b] = [" "] * (b - a)
        focused = " ".join("".join(kept).split())
        if len(self.programmes_in(focused)) != 1 or not self.programmes_in(question):
            return question
        return focused

    def _ask_parts(
        self, message: str, parts: Sequence[str], programme: str | None, whole: str | None = None
    ) -> Answer | None:
        """One answer per question of a multi-part message; None when no part can be answered."""
        named = self.programmes_in(message)
        if (
            any(not self._topic(p) and not self.programmes_in(p) and _DO_IT.match(fold(p).strip()) for p in parts)
            and len(_SENTENCE_SPAN.findall(message)) > 1
        ):
            # "… chcemy wycofać wniosek. Jak to zrobić i kto podpisuje pismo?": "how to do it" asks about the
            # sentence before; the parts alone lose it, so the whole message is the question
            return None
        opening = message.find(parts[0]) if parts[0] in message else -1
        if (
            opening > 0
            and _SENTENCE_END.search(message[:opening])
            and all(_BACK_AT_CONTEXT.search(fold(p)) for p in parts)
        ):
            # "firma zewnętrzna chce nam napisać wniosek za opłatą. czy to można pokryć z grantu i jakie wymagania ma
            # spełniać ta firma": every question points back at the situation told before them ("to", "ta firma") –
            # they ask about it together, and alone each would find an entry about something else
            return None
        # "halo, czy jest ktoś?": chatter without a topic is no question to answer.
        dated = any(ch.isdigit() for ch in message)
        # "… a jak nie, to dlaczego?": the reason for the verdict asked of the part before – its entry gives it
        parts = [p for p in parts if not (_WHY.search(fold(p)) and self._topic(p) <= WHY_FOLLOW_UP_WORDS)]
        parts = [p for p in parts if self._topic(p) or self.programmes_in(p) or (dated and _BARE_TIME.match(fold(p)))]
        if not parts:
            return None
        if len(parts) == 1:
            if len(self._topic(parts[0]) - CONSEQUENCE) <= 1:
                # "KPG obniżyła nam kwotę o drukarki (…). Co to oznacza i czy mamy jeszcze jakąś drogę?": the one
                # part left says next to nothing of its own; the whole message is the question
                return None
            extra = "" if self.programmes_in(parts[0]) else " ".join(get_programme(c).name for c in named)
            single = self._ask_message(f"{parts[0]} {extra}".strip(), programme)
            # an undecided entry (abstained, with what the documents do say) is an answer too
            if single.abstained and single.entry_id is None:
                return None
            return self._with_computation(message, programme, single)
        answers: list[Answer] = []
        for k in range(len(parts)):
            if k and answers[-1].abstained and _ARITHMETIC_CHECK.search(fold(parts[k])):
                # the arithmetic on a rule the documents do not give is not checked against another rule
                answers.append(answers[-1])
                continue
            if (
                k
                and answers[-1].abstained
                and answers[-1].entry_id is None
                and (
                    self._leans_back(parts[k])
                    # "kiedy ogłoszą kolejny nabór i czy będzie na laptopy": what the unknown round will fund is
                    # unknown too, not the rule of the round the documents describe
                    or (_FUTURE.search(fold(parts[k])) is not None and not self.programmes_in(parts[k]))
                )
            ):
                # "kiedy jest najbliższy webinar CPPC i jak się na niego zapisać": a part pointing back at
                # a question the documents do not answer is not answered from another topic either
                answers.append(answers[-1])
                continue
            answer = self._part_answer(message, parts, k, named, programme, answers)
            if (
                k
                and answers[-1].abstained
                and answers[-1].entry_id is None
                and not answer.abstained
                and answer.computation is None
                and answer.score < WEAK_FOLLOW_UP
                and len(parts[k].split()) <= SHORT_FOLLOW_UP_WORDS
                and not self.programmes_in(parts[k])
                # "VAT z faktur wliczymy? Jakie oświadczenie trzeba dać?": an entry about the refused part's own
                # subject (the VAT) answers it after all – only an unrelated one is left open with it
                and not self._topic(parts[k - 1]) & self._terms_of(answer.entry_id)
            ):
                # "jak często robić kopie zapasowe … i ile kopii trzymać?", "jaką politykę haseł … – ile znaków
                # minimum?": a short detail of a question the documents do not answer, found only weakly elsewhere
                # (the period of maintenance, the grant's minimum), is left open with it
                answers.append(answers[-1])
                continue
            if k and _undecided(answers[-1]) and self._continues_undecided(parts[k], named, answers[-1], answer):
                # "… zaliczkowo czy refundacja? I po ilu dniach od podpisania umowy jest przelew?": the next part asks
                # on about the payment the documents leave open ("przelew" is that entry's word, not the agreement
                # documents') – left open with it, not answered with the 14 days for the documents
                answers.append(answers[-1])
                continue
            answers.append(answer)
        for k in range(1, len(answers)):
            if (
                _undecided(answers[k])
                and not answers[k - 1].abstained
                and answers[k - 1].entry_id == answers[k].entry_id
            ):
                # "jaki wkład własny wnosimy w CS? ile to procent?": the second part asks the first one's figure,
                # which the entry says the documents do not give – one question, left open, not a confident
                # answer to the first part followed by "jak wyżej"
                answers[k - 1] = answers[k]
        self._consequence_parts(parts, answers)
        self._compute_parts(message, parts, named, programme, answers, whole=whole)
        if all(a.abstained for a in answers):
            return None
        return self._render_parts(parts, answers, named, programme)

    def _next_entry(self, question: str, taken: str | None) -> Answer | None:
        """The best entry for `question` other than the one already answered, when it is clear enough."""
        candidates, signal = self.rank(question)
        target = signal.explicit[0] if len(signal.explicit) == 1 else None
        for candidate in candidates[:CONFIDENCE_TOP]:
            if candidate.entry.id != taken and candidate.confidence >= ABSTAIN_BELOW:
                entry = candidate.entry
                code = (
                    target
                    if target in entry.programmes
                    else (entry.programmes[0] if len(entry.programmes) == 1 else None)
                )
                return _entry_answer(entry, code, candidate.confidence)
        return None

    def _leans_back(self, part: str) -> bool:
        """The part points back at the one before it ("na niego", "w jakiej kwocie") rather than
        naming a topic of its own."""
        folded = fold(part)
        # "w jakiej kwocie", "na jaki okres": an attribute of the thing asked before ("do kiedy diagnoza"
        # names its own thing)
        attribute = re.match(r"^\W*(?:a\s+|i\s+)?(?:w|na|o|z|przez|po|za|od|do)\s+jak\w+\s+\w+\W*$", folded)
        return bool(_POINTS_BACK.search(folded)) or not self._topic(part) or bool(attribute)

    def _part_answer(
        self,
        message: str,
        parts: Sequence[str],
        k: int,
        named: Sequence[str],
        programme: str | None,
        answers: Sequence[Answer],
    ) -> Answer:
        """The answer to part `k`, leaning on the part before it when it is elliptic."""
        part = parts[k]
        bare_time = _BARE_TIME.match(fold(part)) is not None and any(ch.isdigit() for ch in message)
        first = message.find(parts[0]) if parts and parts[0] in message else -1
        if _BASIS_ASKED.match(fold(part)) and first > 0:
            # "KPG obcięła nam 10 %. Na jakiej podstawie i gdzie to jest napisane?": the basis of what the message
            # told before its questions – not the programme's legal basis in general
            part_text = f"{message[:first].strip()} {part}"
        elif (not self._topic(part) and not self.programmes_in(part)) or bare_time:
            # "Na jak długo?" leans on the sentence before it in the message; so does "ile mamy czasu" after a
            # dated event ("wezwanie dostaliśmy 7 marca 2022. ile mamy czasu i …"): alone it finds any period
            before = message[: message.find(part)].strip() if part in message else ""
            # (a bare "do kiedy mamy czas" takes the whole context: the event and its date may be two sentences)
            context = before if bare_time else (re.split(r"(?<=[.?!])\s+", before)[-1] if before else "")
            part_text = f"{context} {part}".strip()
        else:
            part_text = part
        # The programme named anywhere in the message applies to every part that names none
        # ("jaki jest minimalny grant w cp, a jaki w cg": each part keeps its own).
        extra = "" if self.programmes_in(part_text) else " ".join(get_programme(c).name for c in named)
        own = self.programmes_in(part)
        # "… a jaka cyfrowej gminy, bo mi się mylą": the reason is context, the part names nothing of its own
        reason = _REASON_CLAUSE.search(fold(part))
        asked = part[: reason.start()] if reason is not None and len(fold(part)) == len(part) else part
        if k and own and self.programmes_in(parts[k - 1]) != own and self._topic(asked) <= self._topic(parts[k - 1]):
            # "jaki jest minimalny grant w cp, a jaki w cg": the previous question, for this programme.
            names = " ".join(get_programme(c).name for c in own)
            return self._ask_message(f"{_without_programmes(parts[k - 1])} {names}", programme)
        if (
            k
            and not own
            and self._topic(part)
            and self._topic(part) <= _CONDITIONS_TOPIC
            and not answers[-1].abstained
            and _STATES_CONDITIONS.search(answers[-1].text)
        ):
            # "czy możemy kupić używane serwery i jakie warunki muszą być spełnione?": the conditions asked are
            # those of the rule just given, which states them – not the selection criteria of a whole project
            return answers[-1]
        answer = self._annex_pointer(part, message, self._ask_message(f"{part_text} {extra}".strip(), programme))
        if k and not answer.abstained and not own and (len(self._topic(part)) == 1 or _short_follow_up(part)):
            # "… ankietę dojrzałości i przez jaki system?": one word of topic leans on the part
            # before it; when together they find another entry than that part, take it.
            joint = self._ask_message(f"{parts[k - 1]} {part} {extra}".strip(), programme)
            if not joint.abstained and joint.entry_id not in (answers[-1].entry_id, answer.entry_id):
                answer = joint
            elif _undecided(joint) and joint.entry_id == answers[-1].entry_id:
                # "jak często składamy sprawozdania z trwałości i na jakim formularzu?": a detail of something the
                # documents leave open is left open too (not the form of another duty); so is a figure asked of
                # the thing before that its entry says the documents do not give ("jaki wkład własny? ile to
                # procent?")
                answer = joint
            elif _short_follow_up(part) and joint.entry_id == answers[-1].entry_id:
                # "czy musimy załączyć dokumentację przetargową? A co trzeba dołączyć obowiązkowo?": what
                # else about the same thing – the next entry the two questions together find
                # "… o ile obetną i co jeśli się nie zgadzamy?": a part surer alone than the next entry the two
                # together find keeps its own (the disagreement, not a third entry)
                following = self._next_entry(f"{parts[k - 1]} {part} {extra}".strip(), answers[-1].entry_id)
                if following is not None and (following.score >= answer.score or answer.entry_id == joint.entry_id):
                    answer = following
        if answer.abstained and k:
            # "… usługi chmurowe i czy jest jakaś polecana platforma": the part leans on the one
            # before it for its topic.
            retry = self._ask_message(f"{parts[k - 1]} {part} {extra}".strip(), programme)
            # "serwer do kopii i 5 drukarek – czy oba?": a part naming a thing of its own is not answered by the
            # entry the part before found for its thing (the printers are not the server)
            repeated = (
                retry.entry_id == answers[-1].entry_id
                and not retry.abstained
                and bool(self._topic(part) - self._topic(parts[k - 1]) - CONSEQUENCE)
                and not self._leans_back(part)
                and not _short_follow_up(part)
                and len(part.split()) > SHORT_PART_WORDS
            )
            if repeated:
                pass
            elif not retry.abstained or (_undecided(retry) and retry.entry_id == answers[-1].entry_id):
                # the same entry as the previous part is shown as "jak wyżej"; left open, it leaves that part
                # open too (_ask_parts)
                answer = retry
        elif answer.abstained and part in message and message.find(part) > 0:
            # "KPG stwierdziła, że … grupę kosztów niekwalifikowalnych. O ile nam obetną i …": the
            # first question's topic is in the context sentences before it.
            context = message[: message.find(part)].strip()
            retry = self._ask_message(f"{context} {part}".strip(), programme)
            if not retry.abstained:
                answer = retry
        return answer

    def _compute_parts(
        self,
        message: str,
        parts: Sequence[str],
        named: Sequence[str],
        programme: str | None,
        answers: list[Answer],
        whole: str | None = None,
    ) -> None:
        """Arithmetic on the whole message's numbers, applied to the part whose rule it uses."""
        found = _compute_all(message, named or ((programme,) if programme else ()))
        if whole is not None and whole != message and not any(c.kind == "total" for c in found):
            # "z CG mamy 412 000 zł, a z CS ile najwyżej i ile to łącznie?": the programme the focus took
            # for a reference is half of the sum asked for
            found = [c for c in _compute_all(whole, self.programmes_in(whole)) if c.kind == "total"] + found
        computation = found[0] if found else None
        if computation is None and (any(ch.isdigit() for ch in message) or _WEEKDAY_MENTION.search(fold(message))):
            # "KPG obcięła 10 % … 180 tys zł. Ile zostaje?": the rule is in an answered part's entry.
            from knowledge.compute import compute_with_entry

            for answer in answers:
                entry = self.by_id.get(answer.entry_id or "")
                if answer.abstained or entry is None or answer.combined:
                    continue
                computation = compute_with_entry(message, entry.answer, entry.citations, entry.id, answer.programme)
                if computation is not None:
                    break
        if computation is None:
            return
        hit = next((i for i, a in enumerate(answers) if a.entry_id in computation.entry_ids), None)
        if hit is None:
            # "grant 245 tys., umowa 3.07.2023 – ile na doradcę, do kiedy diagnoza": the part asking for the
            # computed figure gets it even when it was refused on its own (its context was cut off)
            hit = next(
                (
                    i
                    for i, (p, a) in enumerate(zip(parts, answers, strict=True))
                    if a.abstained and a.entry_id is None and asks_for(computation.kind, p)
                ),
                None,
            )
        if computation.kind in ("total", "product"):
            # "ile to razem i czy zmieści się w alokacji": the part asking for the figure gets it,
            # rather than a refusal above the part whose entry states the rule
            hit = next(
                (
                    i
                    for i, (p, a) in enumerate(zip(parts, answers, strict=True))
                    if a.abstained and _TOTAL_PART.search(fold(p))
                ),
                hit,
            )
        if hit is None:
            hit = next((i for i, a in enumerate(answers) if not a.abstained), None)
        if hit is None:
            return  # every part refused and none asks for this figure
        answers[hit] = self._apply_computation(computation, answers[hit])
        # A second rule the numbers serve ("… i do kiedy diagnoza?" after the advisory cap) goes
        # with the other part whose entry states it; the context's date is in the first part.
        for extra in found[1:]:
            other = _part_for_extra(parts, answers, hit, extra)
            if other is not None:
                answers[other] = self._apply_computation(extra, answers[other])

    def _render_parts(
        self, parts: Sequence[str], answers: Sequence[Answer], named: Sequence[str], programme: str | None
    ) -> Answer:
        answered = [a for a in answers if not a.abstained]
        if (
            len(answered) == len(answers)
            and len({a.entry_id for a in answered}) == 1
            and all(a.computation is None for a in answered[1:])
        ):
            # "czy X? a jak nic nie zrobimy?" (or the dialogue's previous question with its elliptic follow-up):
            # one entry answers every part – shown once, never a bare "Odpowiedź jak wyżej" for a part
            return replace(answered[0], parts=tuple(answers), questions=tuple(parts))
        seen: set[str] = set()
        # The first question's answer opens the reply, so a yes/no verdict is its first word; each
        # further question is quoted before its answer.
        blocks: list[str] = []
        citations: list[Citation] = []
        for i, (part, answer) in enumerate(zip(parts, answers, strict=True), start=1):
            if answer.abstained and answer.entry_id is None:
                body = (
                    "Tego dokumenty programów, na których się opieram, nie rozstrzygają – zapytaj operatora "
                    "(kontakt poniżej)."
                )
            elif answer.entry_id in seen:
                body = "Odpowiedź jak wyżej."
            else:
                # Sources are gathered into one line at the end (the chat shows them as a note).
                body = answer.text.split(SOURCES_MARK)[0]
                seen.add(answer.entry_id or "")
                citations.extend(c for c in answer.citations if c not in citations)
            blocks.append(body if i == 1 else f"Co do pytania „{part.strip()}”:\n{body}")
        if any(a.abstained and a.entry_id is None for a in answers):
            codes = [programme] if programme else (list(named) or list(PROGRAMME_CODES))
            blocks.append("Kontakt z operatorem:\n" + contact_lines(codes))
        main = answered[0]
        return Answer(
            text=render("\n\n".join(blocks), citations),
            abstained=False,
            entry_id=main.entry_id,
            programme=main.programme,
            score=main.score,
            citations=tuple(citations),
            related=main.related,
            combined=main.combined,
            parts=tuple(answers),
            questions=tuple(parts),
        )

    def _topic(self, text: str) -> set[str]:
        """What a text is about: its terms without programmes, question words and chatter."""
        return {
            t
            for t in self.query_terms(text)
            if t not in PROGRAMME_CODES and t not in QUESTION_WORDS and t not in CHATTER and t not in QUESTIONISH
        }

    def _with_computation(self, question: str, programme: str | None, answer: Answer) -> Answer:
        if (
            not any(ch.isdigit() for ch in question)
            and not _WEEKDAY_MENTION.search(fold(question))
            and not _TOTAL_ASKED.search(fold(question))
        ):
            return answer  # nothing to compute with
        named = self.programmes_in(question)
        computation = _compute(question, named or ((programme,) if programme else ()))
        if computation is None and not answer.abstained and answer.entry_id in self.by_id and not answer.combined:
            from knowledge.compute import compute_with_entry

            entry = self.by_id[answer.entry_id]
            computation = compute_with_entry(question, entry.answer, entry.citations, entry.id, answer.programme)
        elif computation is None and not answer.abstained and answer.combined:
            # "… wyjdzie 75 tys netto – musimy coś zrobić?" answered by every programme's entry: when all of them
            # state the same rule, it is applied once, above the comparison
            from knowledge.compute import compute_with_entry

            members = [self.by_id[e] for e in answer.combined if e in self.by_id]
            found = [compute_with_entry(question, e.answer, e.citations, e.id, None) for e in members]
            if members and all(c is not None for c in found) and len({c.text for c in found if c}) == 1:
                first = found[0]
                assert first is not None
                computation = replace(first, entry_ids=tuple(answer.combined))
        elif computation is None and _undecided(answer) and answer.entry_id in self.by_id:
            # "zaczynamy 1 kwietnia 2023 – ile miesięcy może trwać projekt?": the entry gives the end date, not the
            # months; counted from the official's start they are given
            from knowledge.compute import months_to_end

            entry = self.by_id[answer.entry_id]
            computation = months_to_end(question, entry.answer, entry.citations, entry.id, answer.programme)
        if computation is None or _other_figure(question, answer, computation.text):
            return answer
        return self._apply_computation(computation, answer)

    def _apply_computation(self, computation: Computation, answer: Answer) -> Answer:
        """The computation first, then the entry stating the rule (the answer's own when it does)."""
        entry = None
        if answer.abstained or answer.entry_id not in computation.entry_ids:
            entry = next((self.by_id[e] for e in computation.entry_ids if e in self.by_id), None)
        if entry is None and computation.kind == "remaining":
            # "… i ile zostanie, gdy wydamy 50 %?": what is left is the whole answer, whatever entry the part's words
            # found alone ("50 %" is no 50 000 zł threshold)
            answer = replace(answer, abstained=True)
        if entry is None and answer.abstained:
            # Plain arithmetic with no rule behind it: the figure, and that the documents say no more.
            # (what is left of the grant is the whole answer: nothing the documents would have to say)
            return Answer(
                text=computation.text if computation.kind == "remaining" else computation.text + "\n\n" + answer.text,
                abstained=False,
                entry_id=None,
                programme=computation.programme,
                score=answer.score,
                computation=computation.text,
            )
        entry_id: str | None
        if entry is not None:
            rule_text, citations, entry_id = entry.answer, entry.citations, entry.id
            programme = computation.programme or (entry.programmes[0] if len(entry.programmes) == 1 else None)
            related = entry.related
        else:
            rule_text, citations, entry_id = answer.text, answer.citations, answer.entry_id
            programme, related = answer.programme, answer.related
        citations = tuple(dict.fromkeys((*computation.citations, *citations)))
        # The computation opens the reply with its own verdict; the rule's bare "Tak," below it
        # would read as a second one (and may contradict it).
        rule_text = _without_verdict(rule_text)
        body = rule_text if entry is None else render(rule_text, ())
        text = f"{computation.text}\n\n{body}"
        if entry is not None and citations:
            text = render(text, citations)
        return Answer(
            text=text,
            abstained=False,
            entry_id=entry_id,
            programme=programme,
            score=max(answer.score, 0.9) if entry is not None else answer.score,
            citations=citations,
            related=related,
            computation=computation.text,
        )

    def _ask_message(self, question: str, programme: str | None, *, floor: float = ABSTAIN_BELOW) -> Answer:
        answer = self._ask_message_ranked(question, programme, floor=floor)
        return self._definitions(question, programme, answer) or answer

    def _definitions(self, question: str, programme: str | None, answer: Answer) -> Answer | None:
        """ "co to jest SCCO, o którym piszą w schemacie", "co oznacza PAM i DLP": what an abbreviation stands for,
        from the entry that writes it out, when the answer found does not write it out itself.

        The words around the abbreviation ("ciągle o tym piszą") dilute the ranking's confidence, and the entry
        written for one programme ("Co to jest GWG") defines the word the other programme's documents use too;
        an abbreviation means the same in every programme, so the entry of the programme asked about that writes
        it out is preferred, else any that does.
        """
        if not _DEFINITION_ASK.search(fold(question)):
            return None
        asked = [a for a in dict.fromkeys(_ACRONYM.findall(question.upper())) if a in self._acronyms]
        if not asked or (not answer.abstained and all(_writes_out(answer.text, a) for a in asked)):
            return None
        named = self.programmes_in(question)
        target = named[0] if len(named) == 1 else programme
        ranked, _signal = self.rank(question, programme)
        order = {c.entry.id: k for k, c in enumerate(ranked)}
        found: list[tuple[str, FaqEntry]] = []
        for acronym in asked:
            writing = [e for e in self.entries if _writes_out(e.answer, acronym)]
            if not writing:
                return None
            entry = min(
                writing,
                key=lambda e: (
                    target is not None and target not in e.programmes,
                    acronym not in e.question.upper(),
                    order.get(e.id, len(order)),
                ),
            )
            found.append((acronym, entry))
        if len(found) == 1:
            entry = found[0][1]
            shown = target if target in entry.programmes else None
            if shown and len(entry.programmes) > 1:
                entry = programme_part(entry, shown)
            return replace(_entry_answer(entry, shown, DEFINITION_CONFIDENCE, verdict=False), abstained=False)
        citations: list[Citation] = []
        lines = []
        for acronym, entry in found:
            lines.append(f"{acronym}: {_without_verdict(entry.answer)}")
            citations.extend(c for c in entry.citations if c not in citations)
        first = found[0][1]
        return Answer(
            text=render("\n\n".join(lines), citations),
            abstained=False,
            entry_id=first.id,
            programme=target if target in first.programmes else None,
            score=DEFINITION_CONFIDENCE,
            citations=tuple(citations),
            combined=tuple(dict.fromkeys(e.id for _a, e in found)),
        )

    def _ask_message_ranked(self, question: str, programme: str | None, *, floor: float = ABSTAIN_BELOW) -> Answer:
        if not any(t[:1].isalpha() for t in self.query_terms(question)):
            return abstain(programme)  # "1", "15.02.2024", "5 %": figures alone ask nothing
        reason = unanswerable_reason(question)
        if reason is not None:
            focus = self.programmes_in(question)
            return abstain(focus[0] if len(focus) == 1 else programme, reason=reason)
        formula = self._formula_request(question) or self._funding_source(question)
        if formula is not None:
            return formula
        answer = self._annex_pointer(question, question, self._ask(question, programme, floor=floor))
        answer = self._asked_not_told(question, programme, answer)
        answer = self._without_reason(question, programme, answer)
        # Several sentences make a message long too: the context sentence is not the question.
        long_message = len(question.split()) >= LONG_MESSAGE_WORDS or len(_SENTENCE_SPAN.findall(question)) > 1
        # Context naming another programme ("termomodernizacja") is the reason to abstain: keep it.
        retry = (
            answer.abstained
            and long_message
            and OFF_TOPIC not in self.query_terms(question)
            # "jesteśmy miastem na prawach powiatu. Czy składamy do CP, czy tylko do CG?": an entry saying what the
            # documents leave open, far ahead of any other, was found, not missed – the asking part alone would
            # lose the context that makes it the question
            and not self._undecided_leader(question, answer)
        )
        core = question_core(question) if retry else None
        if (
            core is None
            or not self._topic(core)
            or (len(self._topic(core)) == 1 and _ANAPHOR.search(fold(core)))
            # "… ukradł nam dwa laptopy. Czy musimy zwrócić grant za nie?": a pronoun after a preposition points
            # back at the context; the asking part alone would find a near entry that misleads
            or _PRONOUN_BACK.search(fold(core))
        ):
            # "… odebrane 7.11.2022 - do kiedy mamy czas?": an asking part without a topic of its
            # own needs the context that was cut off; alone it would find any deadline. So does
            # one that points back at it ("… wnioskodawca, a raz grantobiorca – czym to się różni?").
            return answer
        # Context words dilute the confidence of a long message: rank its asking part alone, with
        # the programmes the whole message names.
        named = self.programmes_in(question)
        names = " ".join(get_programme(c).name for c in named if c not in self.programmes_in(core))
        if _USED.search(fold(question)) and not _USED.search(fold(core)):
            names += " używany sprzęt"  # "… oferuje nam używany firewall … czy możemy taki kupić?": the point
        refined = self._ask(f"{core} {names}".strip(), programme)
        if _undecided(answer) and (
            refined.entry_id == answer.entry_id
            or self._topic(core) <= self._entry_terms[self._index[answer.entry_id or ""]]
        ):
            # "jak często składamy sprawozdanie z trwałości – co rok?": the whole message found the entry saying the
            # documents leave it open, and it speaks of all the asking part asks ("co rok?"); that part alone
            # would find any year's figure. Nor does the same entry found without the figure asked for ("ile procent
            # korekty …") answer what the whole message leaves open.
            return answer
        if _undecided(answer) and refined.score < answer.score and self._surest_leader(question, answer):
            # "dostaniemy zaliczkę przed zakupami czy refundację po zapłaceniu faktur?": the whole message found, more
            # surely, the entry saying the documents leave it open; a less sure entry for the asking part alone
            # (the period costs count from) does not answer it
            return answer
        return answer if refined.abstained or refined.score < CORE_MIN_CONFIDENCE else refined

    def _continues_undecided(self, part: str, named: Sequence[str], undecided: Answer, answer: Answer) -> bool:
        """The part after an undecided one still asks about its subject: that entry is among the part's leaders,
        sure enough, and holds a word of the part the entry that answered it lacks."""
        if answer.abstained or answer.entry_id == undecided.entry_id or answer.computation is not None:
            return False
        names = " ".join(get_programme(c).name for c in named if c not in self.programmes_in(part))
        candidates, _signal = self.rank(f"{part} {names}".strip())
        lead = next((c for c in candidates[:CONFIDENCE_TOP] if c.entry.id == undecided.entry_id), None)
        if lead is None or lead.confidence < ABSTAIN_BELOW:
            return False
        own = self._topic(part) - TIME_WORDS
        return bool((own & self._terms_of(undecided.entry_id)) - self._terms_of(answer.entry_id))

    def _terms_of(self, entry_id: str | None) -> set[str]:
        """The terms of an entry (question, paraphrases, answer); none for an id that is no entry."""
        index = self._index.get(entry_id or "")
        return set() if index is None else self._entry_terms[index]

    def _surest_leader(self, question: str, answer: Answer) -> bool:
        """The answer's entry leads the whole message's ranking and no other leading entry is surer of it."""
        candidates, _signal = self.rank(question)
        if not candidates or candidates[0].entry.id != answer.entry_id:
            return False
        return all(c.confidence <= candidates[0].confidence for c in candidates[1:CONFIDENCE_TOP])

    def _undecided_leader(self, question: str, answer: Answer) -> bool:
        """The answer is an undecided entry that leads the ranking by far (UNDECIDED_LEAD times the next)."""
        if answer.entry_id is None:
            return False
        candidates, _signal = self.rank(question)
        if not candidates or candidates[0].entry.id != answer.entry_id:
            return False
        return len(candidates) < 2 or candidates[0].score >= UNDECIDED_LEAD * candidates[1].score

    def _without_reason(self, question: str, programme: str | None, answer: Answer) -> Answer:
        """ "czy operatorem CG jest CPPC, bo wójt chce do nich pisać w sprawie wniosku": the reason
        after a question is why the official asks, not what; when its words pulled the ranking to
        another entry (the e-mail), the question alone decides."""
        folded = fold(question)
        reason = _REASON_CLAUSE.search(folded)
        if answer.combined or reason is None or len(folded) != len(question) or unanswerable_reason(question):
            return answer
        head = question[: reason.start()].strip(" ,–-")
        # ("cyfrowa gmina jakie szkolenia …", "wymień wszystkie obszary …": the question word a few words in)
        opening = " ".join(fold(head).split()[:4])
        if not (_QUESTION_START.search(opening) or _LIST_REQUEST.match(fold(head))) or len(self._topic(head)) < 2:
            return answer
        if _CONSEQUENT.search(folded, reason.end()):
            return answer  # "…, skoro to ponad 50 tys., to musimy iść przez bazę?": the question follows the reason
        if _DEMONSTRATIVE.search(fold(head)):
            return answer  # "czy taki wydatek się kwalifikuje, skoro …": the question leans on its context
        named = self.programmes_in(question)
        names = " ".join(get_programme(c).name for c in named if c not in self.programmes_in(head))
        if _QUESTION_START.search(opening):
            # "jakie szkolenia można sfinansować, wymień wszystkie rodzaje, bo …": the request for the whole list
            # repeats the question; its words would only dilute it
            head = _LIST_ASIDE.sub(" ", head)
        refined = self._ask(f"{head} {names}".strip(), programme)
        if refined.abstained or refined.entry_id == answer.entry_id or refined.score < CORE_MIN_CONFIDENCE:
            return answer
        return refined

    def _situated(self, question: str, answer: Answer) -> Answer:
        """The official's situation against the entry's condition: "firma zrobi testy dopiero po
        zakończeniu okresu realizacji – rozliczymy to?" and an entry requiring the period."""
        entry = self.by_id.get(answer.entry_id or "")
        if entry is None or answer.abstained or answer.combined or answer.computation:
            return answer
        if _AFTER_PERIOD.search(fold(question)) and _IN_PERIOD.search(fold(entry.answer)):
            return replace(
                answer,
                text="Nie, jeśli wydatek przypada po zakończeniu okresu realizacji projektu – "
                "warunek poniżej wymaga okresu realizacji.\n\n" + _without_verdict(answer.text),
            )
        return answer

    def _covers(self, answer: Answer, named: Sequence[str]) -> bool:
        entry = self.by_id.get(answer.entry_id or "")
        covered = set(entry.programmes) if entry is not None else set()
        covered |= {p for e in answer.combined if e in self.by_id for p in self.by_id[e].programmes}
        return set(named) <= covered

    def _per_programme(self, question: str, named: Sequence[str], programme: str | None) -> Answer | None:
        """The question asked once per named programme; one combined answer when each is answered."""
        base = _without_programmes(question)
        entries: list[FaqEntry] = []
        confidence = 1.0
        for code in named:
            answer = self._ask(f"{base} {get_programme(code).name}", programme)
            entry = self.by_id.get(answer.entry_id or "")
            if answer.abstained or entry is None or code not in entry.programmes:
                return None
            if entry not in entries:
                entries.append(entry)
            confidence = min(confidence, answer.score)
        if len(entries) < 2:
            return None
        combined = _combined(entries[0], entries, confidence)
        corrections = {premise_correction(question, e.answer) for e in entries} - {None}
        event = claimed_event(question)
        if len(corrections) == 1 and not (event and any(counts_from(e.answer, event) for e in entries)):
            # "trwałość w CG, CP i CS liczymy od podpisania umowy, tak?": every programme's rule says otherwise
            combined = replace(combined, text=f"{corrections.pop()}\n\n{combined.text}")
        return combined

    def _intent_fit(self, asked: frozenset[str], candidate: Candidate) -> int:
        """1: the entry answers this kind of question, -1: another kind, 0: cannot tell."""
        own = self._intents[self._index[candidate.entry.id]]
        if not asked or not own:
            return 0
        return 1 if asked & own else -1

    @staticmethod
    def _clear_winner(candidates: Sequence[Candidate], best: Candidate) -> bool:
        """A somewhat unsure leader with no rival: the entry's topic is the only one the question
        touches ("czy można zwiększyć grant powyżej przyznanego" – phrasing the entry lacks)."""
        if MARGIN_RATIO <= 0 or best is not candidates[0] or best.confidence < MARGIN_FLOOR:
            return False
        runner_up = candidates[1].score if len(candidates) > 1 else 0.0
        return best.score >= MARGIN_RATIO * runner_up

    def _threshold_fit(self, question: str, candidates: Sequence[Candidate], best: Candidate) -> bool:
        """An unsure leader whose net threshold the official's amount is measured against ("szkolenia
        za 61 500 zł brutto – trzeba bazę konkurencyjności?"): the item named is incidental."""
        if best.confidence < PROCUREMENT_RUNNER_FLOOR:
            return False
        terms = self.query_terms(question)
        if PROCUREMENT_TERMS.isdisjoint(terms) and PRICE_TERMS.isdisjoint(terms):
            # the official asks about the procurement rule, not about any amount – or names a price ("doradca wyjdzie
            # 70 tys netto – coś trzeba?") that a leading procurement entry's threshold is about
            return False
        if not _PROCUREMENT.search(fold(best.entry.question)):
            return False
        from knowledge.compute import states_net_threshold

        return states_net_threshold(question, best.entry.answer)

    def _vouched(
        self, question: str, candidates: Sequence[Candidate], best: Candidate, lead: Candidate | None
    ) -> tuple[Candidate, bool]:
        """The entry to answer with and whether it is unsure; an unsure choice gives way to the entry whose
        rule the official's figures fit."""
        if not self._unsure(question, candidates, best, lead):
            return best, False
        share = self._share_fit(question, candidates)
        return (best, True) if share is None else (share, False)

    @staticmethod
    def _share_fit(question: str, candidates: Sequence[Candidate]) -> Candidate | None:
        """ "XDR na 36 mies. za 72 000 zł, w okresie mieści się 22 miesiące – ile z tego wrzucamy do CS?": a price
        and two periods fit only the rule of a proportional share; among the leaders, the entry stating it is
        what is asked, whatever the verb ("wrzucamy") the documents never use."""
        if not any(ch.isdigit() for ch in question):
            return None
        from knowledge.compute import states_proportional

        return next(
            (
                c
                for c in candidates[:CONFIDENCE_TOP]
                if c.confidence >= THRESHOLD_FLOOR and states_proportional(question, c.entry.answer)
            ),
            None,
        )

    def _rescued(self, candidates: Sequence[Candidate], best: Candidate, asked: frozenset[str]) -> Candidate:
        """An unsure choice gives way to a clear runner-up answering the same kind of question."""
        if best.confidence >= ABSTAIN_BELOW:
            return best
        return next(
            (
                c
                for c in candidates[1:CONFIDENCE_TOP]
                if c.confidence >= RESCUE_CONFIDENCE
                and c.score >= RESCUE_SCORE_SHARE * best.score
                # a runner-up answering another kind of question is no rescue
                and self._intent_fit(asked, c) >= 0
            ),
            best,
        )

    def _dead_heat(self, question: str, candidates: Sequence[Candidate], best: Candidate) -> Candidate:
        """Two leaders level in score and confidence: the one whose entry holds more of the question's words
        ("pozycja w obszarze 1 i grupa kosztów w obszarze 3": the entry on the group cut names the single
        position too)."""
        if best is not candidates[0] or len(candidates) < 2:
            return best
        other = candidates[1]
        if other.score < DEAD_HEAT_SHARE * best.score or abs(other.confidence - best.confidence) > DEAD_HEAT_MARGIN:
            return best
        content = {t for t in self.query_terms(question) if t not in CHATTER and t not in QUESTION_WORDS}

        def held(c: Candidate) -> int:
            return len(content & self._entry_terms[self._index[c.entry.id]])

        return other if held(other) > held(best) else best

    def _head_lead(self, question: str, candidates: Sequence[Candidate], best: Candidate) -> Candidate:
        """Two leaders close, the leader's own question naming the word after the question's first topic word and
        not that word itself: the rival whose own question names the first word leads ("czy ubezpieczenie laptopów
        … sfinansować z grantu" is about insurance, not the laptops insured – the head, not what it is of)."""
        if best is not candidates[0] or len(candidates) < 2:
            return best
        topic = [
            t
            for t in self.query_terms(question)
            if t in self._qp.df
            and t[:1].isalpha()
            and t not in FIGURE_UNITS
            and t not in CHATTER
            and t not in QUESTION_WORDS
            and t not in PROGRAMME_CODES
            and t not in QUESTIONISH
            and t not in STOP_WORDS
            and t not in ACTION_VERBS
        ]
        if len(topic) < 2:
            return best
        head = topic[0]
        own = self._own_question_terms(best.entry)
        if head in own or not any(t in own for t in topic[1:]):
            return self._rare_lead(question, topic, candidates, best)
        # in a message of one clause the first topic word is what is asked about; after a context clause
        # ("nabór zamknięto 1.12 – kiedy ocena?") it may be the context's
        one_clause = _CLAUSE_BREAK.search(question.strip().rstrip("?.!")) is None
        rivals = [
            c
            for c in candidates[1:CONFIDENCE_TOP]
            if (
                (c.score >= HEAD_SCORE_SHARE * best.score and c.confidence >= best.confidence - HEAD_CONFIDENCE_MARGIN)
                or (one_clause and c.score >= HEAD_SURER_SHARE * best.score and c.confidence > best.confidence)
            )
            and head in self._own_question_terms(c.entry)
        ]
        return rivals[0] if len(rivals) == 1 else best

    def _rare_lead(
        self, question: str, topic: Sequence[str], candidates: Sequence[Candidate], best: Candidate
    ) -> Candidate:
        """ "kiedy będzie nabór uzupełniający i o ile zwiększą granty": the question's rarest word is what it is
        about; the leader only mentions it in passing (in its answer), a close and surer rival is written for it
        (its question or paraphrases name it)."""
        if _CLAUSE_BREAK.search(question.strip().rstrip("?.!")) is not None:
            return best
        rare = max(topic, key=self._qp.idf)
        if self._qp.idf(rare) < RARE_SHARE * self._max_idf or rare in self._qp.docs[self._index[best.entry.id]]:
            return best
        rivals = [
            c
            for c in candidates[1:CONFIDENCE_TOP]
            if c.score >= HEAD_SURER_SHARE * best.score
            and c.confidence >= best.confidence + HEAD_CONFIDENCE_MARGIN
            and rare in self._qp.docs[self._index[c.entry.id]]
        ]
        return rivals[0] if len(rivals) == 1 else best

    def _own_question_terms(self, entry: FaqEntry) -> set[str]:
        return set(self.analyzer.terms(entry.question))

    def _used_lead(self, question: str, candidates: Sequence[Candidate]) -> Candidate | None:
        """ "poleasingowy serwer z oświadczeniem sprzedawcy – przejdzie?", "odnowiony UPS z deklaracją": whatever the
        thing, being used is the condition that decides; the programme's used-equipment rule among the leaders
        answers, even when the thing's own entry explains more of the words. The story told before the asking
        sentence ("we wniosku mieliśmy model X, producent go wycofał. Możemy kupić poleasingowy?") is no measure of
        how sure the rule is: the asking sentence is, when the whole message is not."""
        folded = fold(question)
        if not _USED.search(folded) or _DATED_PURCHASE.search(folded):
            return None
        lead = next((c for c in candidates[:CONFIDENCE_TOP] if c.entry.group == USED_GROUP), None)
        if lead is None:
            return None
        if lead.confidence >= THRESHOLD_FLOOR:
            return lead
        core = question_core(question)
        if core is None or core == question:
            return None
        if not _USED.search(fold(core)):
            # "wójt dostał ofertę na używane serwery po leasingu, czy możemy je kupić?": the thing the asking
            # sentence points back at ("je") is named in the story – the used thing with its noun joins the core
            thing = _USED_THING.search(folded)
            if thing is None or not (_POINTS_AT_THING.search(fold(core)) or _BARE_VERDICT_ASK.match(fold(core))):
                # ("… mogą nam sprzedać poleasingowe firewalle taniej. można?": a bare "można?" asks of it too)
                return None
            core = f"{core} {thing.group()}"
        content = [t for t in self.query_terms(core) if t not in CHATTER]
        confidence = self._confidence(content, self._index[lead.entry.id])
        return Candidate(lead.entry, lead.score, confidence) if confidence >= THRESHOLD_FLOOR else None

    @staticmethod
    def _units_lead(question: str, candidates: Sequence[Candidate]) -> Candidate | None:
        """A unit of the JST asking for a share of its grant: the programme's rule on subordinate units decides,
        also below the usual confidence (`_OWN_UNIT`)."""
        if not _OWN_UNIT.search(fold(question)):
            return None
        return next(
            (
                c
                for c in candidates[:CONFIDENCE_TOP]
                if c.entry.group == UNITS_GROUP and c.confidence >= THRESHOLD_FLOOR
            ),
            None,
        )

    def _shift_lead(self, question: str, candidates: Sequence[Candidate]) -> Candidate | None:
        """Money moved from one kind of cost to another (`_SHIFT`): the programme's rule on changing what the
        application declared, also below the usual confidence (the two things named rank their own entries
        higher, so the rule is looked for further down)."""
        if not _SHIFT.search(fold(question)):
            return None
        content = [t for t in self.query_terms(question) if t not in CHATTER]
        for k, c in enumerate(candidates[: 2 * CONFIDENCE_TOP]):
            if c.entry.group != SHIFT_GROUP:
                continue
            confidence = c.confidence if k < CONFIDENCE_TOP else self._confidence(content, self._index[c.entry.id])
            return Candidate(c.entry, c.score, confidence) if confidence >= THRESHOLD_FLOOR else None
        return None

    @staticmethod
    def _health_lead(question: str, candidates: Sequence[Candidate]) -> Candidate | None:
        """ "firewall dla szpitala powiatowego, to nasza jednostka podległa": what is bought for a health-care
        facility is decided by the programme's exclusion of such facilities (CG regulamin §4 ust. 6 pkt 1 lit. a;
        CS schemat, Nabór Wniosków), not by the item's own entry."""
        if not _FOR_HEALTH_CARE.search(fold(question)):
            return None
        return next(
            (
                c
                for c in candidates[:CONFIDENCE_TOP]
                if c.entry.group == HEALTH_GROUP and c.confidence >= THRESHOLD_FLOOR
            ),
            None,
        )

    def _period_lead(self, question: str, candidates: Sequence[Candidate]) -> Candidate | None:
        """ "odbiór wyjdzie dopiero w lutym 2024 – zmieści się w projekcie?", "zdążymy z aneksem na marzec 2024?": a
        date measured against the project asks for the end of the implementation period (with its date), not for
        whatever the delayed thing's words find."""
        folded = fold(question)
        if not (_LATE_DATE.search(folded) and _FITS_PERIOD.search(folded)):
            return None
        lead = next((c for c in candidates if c.entry.group == PERIOD_GROUP), None)
        if lead is None:
            return None
        content = [t for t in self.query_terms(question) if t not in CHATTER]
        return replace(lead, confidence=self._confidence(content, self._index[lead.entry.id]))

    @staticmethod
    def _duty_lead(question: str, candidates: Sequence[Candidate]) -> Candidate | None:
        """ "czy da się nie robić diagnozy, jak już mamy audyt KRI?": doing without a duty, whose entry leads – the
        circumstance told beside it (an audit of our own) changes no duty, so it does not thin the lead out."""
        folded = fold(question)
        if not candidates:
            return None
        if _DUTY_DENIED.search(folded) and _duty_skipped(folded, candidates[0].entry):
            return replace(candidates[0], confidence=max(ABSTAIN_BELOW, candidates[0].confidence))
        # "czy możemy kupić tylko laptopy dla szkół bez diagnozy?": the thing done without is a duty whose entry
        # is among the candidates – it answers, not the entry on the laptops
        skipped = _SKIPPED_OBJECT.search(folded)
        if skipped is None:
            return None
        stem = skipped.group("word")[:6]
        lead = next(
            (
                c
                for c in candidates[:CONFIDENCE_TOP]
                if _duty_skipped(folded, c.entry) and stem in fold(c.entry.question)
            ),
            None,
        )
        return None if lead is None else replace(lead, confidence=max(ABSTAIN_BELOW, lead.confidence))

    def _window_lead(self, question: str, candidates: Sequence[Candidate]) -> Candidate | None:
        """ "umowę podpisaliśmy w kwietniu 2022, a skanery kupiliśmy już w marcu 2021 – rozliczymy je?": a purchase
        dated before the agreement asks for the eligibility window (its dates), not for a verdict on the things."""
        folded = fold(question)
        before = _BEFORE_EVENT.search(folded) and _PURCHASE_WORD.search(folded) and not _USED.search(folded)
        if not ((dated_purchase(folded) and _BEFORE_AGREEMENT.search(folded)) or before):
            return None
        lead = next((c for c in candidates if c.entry.group == WINDOW_GROUP), None)
        if lead is None:
            return None
        content = [t for t in self.query_terms(question) if t not in CHATTER]
        return replace(lead, confidence=max(ABSTAIN_BELOW, self._confidence(content, self._index[lead.entry.id])))

    def _disagreement_lead(self, question: str, candidates: Sequence[Candidate]) -> Candidate | None:
        """ "KPG obetnie nam koszty, a my się nie zgadzamy – co możemy zrobić?": a disagreement with a decision
        followed by "what can we do" asks about the remedy (the entry on disagreeing), not about the decision
        told as its context."""
        if DISAGREEMENT not in self.query_terms(question) or not _WHAT_TO_DO.search(fold(question)):
            return None
        return next(
            (
                c
                for c in candidates[:CONFIDENCE_TOP]
                if DISAGREEMENT in self._entry_terms[self._index[c.entry.id]] and c.confidence >= THRESHOLD_FLOOR
            ),
            None,
        )

    @staticmethod
    def _bundled_lead(question: str, candidates: Sequence[Candidate]) -> Candidate | None:
        """ "laptopy dla urzędników, bo mają EDR", "tablety z antywirusem": the device bought is what the programme
        excludes, whatever eligible software it carries; the exclusion among the leaders answers (CS schemat, Wydatki
        niekwalifikowalne)."""
        folded = fold(question)
        if not (_DEVICE_BOUGHT.search(folded) and _SOFTWARE.search(folded)):
            return None
        return next(
            (
                c
                for c in candidates[:CONFIDENCE_TOP]
                if _EXCLUSION.match(c.entry.answer)
                and _DEVICE_BOUGHT.search(fold(c.entry.answer))
                and c.confidence >= THRESHOLD_FLOOR
            ),
            None,
        )

    def _procurement_lead(self, question: str, candidates: Sequence[Candidate]) -> Candidate | None:
        """ "UTM za 63 345 zł brutto – trzeba publikować w bazie konkurencyjności?": the procurement rule
        leads the ranking and is what is asked; the item's entry only explains the item better."""
        if PROCUREMENT_TERMS.isdisjoint(self.query_terms(question)):
            return None
        leader = candidates[0]
        from knowledge.compute import states_net_threshold

        # "firewall za 58 000 zł brutto … musieliśmy ogłosić w bazie?": a price is measured against the entry
        # stating the threshold, not the one about purchases below it
        if (
            _PROCUREMENT.search(fold(leader.entry.question))
            and leader.confidence >= THRESHOLD_FLOOR
            and (not _GROSS_OR_NET.search(fold(question)) or states_net_threshold(question, leader.entry.answer))
        ):
            return leader
        # "testy penetracyjne za 73 800 zł brutto – trzeba bazę konkurencyjności?": the priced thing's own
        # entry leads on its words, but the official's amount is measured against a runner-up's net threshold
        return next(
            (
                c
                for c in candidates[1:CONFIDENCE_TOP]
                if _PROCUREMENT.search(fold(c.entry.question))
                # the official names the procedure and the amount meets the entry's rule: a verb the documents
                # never use ("puszczać przez bazę") lowers the confidence, not what is asked
                and c.confidence >= PROCUREMENT_RUNNER_FLOOR
                and states_net_threshold(question, c.entry.answer)
            ),
            None,
        )

    @staticmethod
    def _priced_rule(question: str, lead: Candidate, best: Candidate) -> bool:
        """A price said gross or net, and only the lead states the threshold it is measured against."""
        from knowledge.compute import states_net_threshold

        return (
            _GROSS_OR_NET.search(fold(question)) is not None
            and states_net_threshold(question, lead.entry.answer)
            and not states_net_threshold(question, best.entry.answer)
        )

    def _clearer(self, candidates: Sequence[Candidate], asked: frozenset[str]) -> Candidate:
        """Near-tied scores say little; the kind of question and how much of it an entry explains say more."""
        best = candidates[0]
        close = [
            c
            for c in candidates[1:CONFIDENCE_TOP]
            if c.score >= TIE_SCORE_SHARE * best.score
            or (c.score >= CLEARER_SCORE_SHARE * best.score and c.confidence >= best.confidence + CLEARER_MARGIN)
        ]
        far_clearer = [c for c in close if c.confidence >= best.confidence + CLEARER_MARGIN]
        clearer = max(far_clearer or close, key=lambda c: (self._intent_fit(asked, c), c.confidence), default=None)
        if clearer is None:
            return best
        fit, best_fit = self._intent_fit(asked, clearer), self._intent_fit(asked, best)
        if (
            (fit > best_fit and clearer.confidence >= best.confidence)
            or (fit == best_fit and clearer.confidence >= best.confidence + TIE_CONFIDENCE_MARGIN)
            or clearer.confidence >= best.confidence + CLEARER_MARGIN
        ):
            return clearer
        return best

    def _ask(self, question: str, programme: str | None, *, floor: float = ABSTAIN_BELOW) -> Answer:
        candidates, signal = self.rank(question, programme)
        focus = signal.explicit[0] if len(signal.explicit) == 1 else programme
        if not candidates:
            return abstain(focus)
        asked = intents(question)
        best = self._dead_heat(question, candidates, self._clearer(candidates, asked))
        best = self._head_lead(question, candidates, best)
        lead = self._procurement_lead(question, candidates)
        procurement = lead
        if lead is not None and (
            not _PROCUREMENT.search(fold(best.entry.question)) or self._priced_rule(question, lead, best)
        ):
            best = lead
        lead = (
            lead
            or self._used_lead(question, candidates)
            or self._units_lead(question, candidates)
            or self._shift_lead(question, candidates)
            or self._bundled_lead(question, candidates)
            or self._health_lead(question, candidates)
        )
        remedy = (
            self._disagreement_lead(question, candidates)
            or self._period_lead(question, candidates)
            or self._window_lead(question, candidates)
            or self._duty_lead(question, candidates)
        )
        lead = remedy or lead
        if lead is not None and (lead is remedy or _decisive(lead)):
            best = lead
        # "kupiliśmy skaner i dwa czytniki, faktura z 3 lutego 2020 – czy się kwalifikuje?": the things bought
        # are the context of a question about the date, not two things asked about
        wider = (
            None
            if dated_purchase(fold(question))
            or remedy is not None
            or (best is lead and best.entry.group == USED_GROUP)
            # "serwer do backupu za 59 040 zł brutto – baza konkurencyjności?": the procedure is asked, not the item
            or (best is procurement and _GROSS_OR_NET.search(fold(question)))
            else self._covering_both(question, candidates[:CONFIDENCE_TOP], best)
        )
        if wider is not None:
            # "czy do rozliczenia dołączyć dokumentację z przetargu i polisę?": the entry that
            # speaks of both things asked about, not the one about the second alone
            best = wider
        best = best if best is lead else self._rescued(candidates, best, asked)
        best, unsure = self._vouched(question, candidates, best, lead)
        if unsure and best.confidence < floor:
            return abstain(focus, score=best.confidence)
        if best.score <= 0:
            return abstain(focus, score=best.confidence)
        if (
            self._topic_only_in_relative(question, best)
            or self._figure_of_unknown(question)
            or self._duty_of_unknown(question)
        ):
            # "jak wypełnić PIT-11 dla informatyka, który robił nam diagnozę": the diagnosis is who
            # the person is; what is asked (a tax form) is nowhere in the documents.
            return abstain(focus, score=best.confidence)
        entry = best.entry
        target = signal.explicit[0] if len(signal.explicit) == 1 else None
        if not signal.explicit:
            target = programme
        entry = self._sibling_in(entry, target)
        if not signal.explicit and programme and programme not in entry.programmes:
            # "szkolenie z excela dla urzędników?" in a CG conversation found only the CS exclusion: another
            # programme's rule is never the verdict for the programme asked about
            return self._in_own_programme(question, programme, entry, best.confidence, floor)
        if not signal.explicit and not programme and entry.group:
            members = self._groups[entry.group]
            if len({p for e in members for p in e.programmes}) > 1 and len(members) > 1:
                if _figure_not_given(fold(question), entry):
                    # "ile dni mamy na odebranie pisma": the grant range holds no number of days
                    return abstain(focus, score=best.confidence)
                return _combined(entry, members, best.confidence)
        if target and len(entry.programmes) > 1 and target in entry.programmes:
            # still a comparison ahead of the programme's own entry: the programme's part of it
            entry = programme_part(entry, target)
        answer_programme = (
            target if target in entry.programmes else (entry.programmes[0] if len(entry.programmes) == 1 else None)
        )
        answer = _entry_answer(entry, answer_programme, best.confidence, verdict=not unsure)
        answer = self._with_software(question, candidates, best, _fitted(question, entry, answer, answer_programme))
        answer = self._with_named_item(question, candidates, best, answer)
        return self._with_other_units(question, best, answer)

    def _sibling_in(self, entry: FaqEntry, target: str | None) -> FaqEntry:
        """The entry of `entry`'s group that is `target`'s, when `entry` is another programme's."""
        if not target or target in entry.programmes or not entry.group:
            return entry
        return next((e for e in self._groups[entry.group] if target in e.programmes), entry)

    def _in_own_programme(
        self, question: str, programme: str, borrowed: FaqEntry, confidence: float, floor: float
    ) -> Answer:
        """The question asked again within the conversation's programme (named in words, so that only its entries
        compete); when that finds nothing sure either, an abstention that shows the other programme's rule as
        what it is – another programme's – and never as this programme's verdict."""
        name = get_programme(programme).name
        within = f"{question.rstrip(' ?.!')} w programie {name}?"
        if self.programmes_in(within) == (programme,):
            own = self._ask(within, programme, floor=floor)
            if (not own.abstained or own.entry_id is not None) and not self._weaker_own(
                question, borrowed, own, confidence
            ):
                return own
        other = " i ".join(get_programme(c).name for c in borrowed.programmes)
        body = (
            f"W dokumentach programu {name} nie znajduję odpowiedzi na to pytanie. Znalazłem tylko zasadę "
            f"programu {other} – nie musi ona obowiązywać w programie {name}:\n\n{other}: {borrowed.answer.strip()}"
            f"\n\nZapytaj operatora programu:\n{contact_lines([programme])}"
        )
        return Answer(
            text=render(body, borrowed.citations),
            abstained=True,
            entry_id=borrowed.id,
            programme=programme,
            score=round(confidence, 3),
            citations=borrowed.citations,
            related=borrowed.related,
        )

    def _weaker_own(self, question: str, borrowed: FaqEntry, own: Answer, confidence: float) -> bool:
        """ "ile mamy czasu na dostarczenie dokumentów do umowy?" in CS found CG's rule (14 days after the call);
        CS's own entry that the question asked again finds (the eligibility period) lacks OWN_MISSING or more of
        the asked words the other programme's rule has, and is less sure: the deadline of another step. (Only for a
        deadline: "laptopy dla szkoły, można je kupić?" is answered by the own rule on laptops whatever the place.)"""
        if own.abstained or own.score >= confidence or "when" not in intents(question):
            return False
        asked = set(self.query_terms(question)) - CHATTER
        missing = (asked & self._terms_of(borrowed.id)) - self._terms_of(own.entry_id)
        return len(missing) >= OWN_MISSING

    def _with_other_units(self, question: str, best: Candidate, answer: Answer) -> Answer:
        """ "laptopy dla przychodni POZ i dla domu pomocy społecznej": after the health-care exclusion, what the
        documents say of the other units named (subordinate units are covered)."""
        if answer.abstained or best.entry.group != HEALTH_GROUP or not _OTHER_UNIT.search(fold(question)):
            return answer
        programme = answer.programme or (best.entry.programmes[0] if len(best.entry.programmes) == 1 else None)
        units = next((e for e in self._groups.get(UNITS_GROUP, ()) if programme in e.programmes), None)
        if units is None:
            return answer
        folded = fold(question)
        named = [question[a:b] if len(folded) == len(question) else folded[a:b] for a, b in _unit_spans(folded)]
        head, _sep, _sources = answer.text.partition(SOURCES_MARK)
        listed = f" ({', '.join(dict.fromkeys(named))})" if named else ""
        body = f"{head.rstrip()}\n\nPozostałe jednostki{listed}: {_without_verdict(units.answer)}"
        citations = tuple(dict.fromkeys((*answer.citations, *units.citations)))
        return replace(answer, text=render(body, citations), citations=citations)

    def _with_software(self, question: str, candidates: Sequence[Candidate], best: Candidate, answer: Answer) -> Answer:
        """ "tablety z antywirusem": after the device's exclusion, what the documents say of the software it carries."""
        if answer.abstained or best is not self._bundled_lead(question, candidates):
            return answer
        software = next(
            (
                c.entry
                for c in candidates[:CONFIDENCE_TOP]
                if c is not best and not _EXCLUSION.match(c.entry.answer) and _SOFTWARE.search(fold(c.entry.question))
            ),
            None,
        )
        if software is None:
            return answer
        head, _sep, _sources = answer.text.partition(SOURCES_MARK)
        body = f"{head.rstrip()}\n\nSamo oprogramowanie to inna pozycja: {_without_verdict(software.answer)}"
        citations = tuple(dict.fromkeys((*answer.citations, *software.citations)))
        return replace(answer, text=render(body, citations), citations=citations)

    def _with_named_item(
        self, question: str, candidates: Sequence[Candidate], best: Candidate, answer: Answer
    ) -> Answer:
        """ "EDR na 80 stacji, licencja na 3 lata – przejdzie cała czy część?": the licence rule answers the period;
        the item the IT person names by its acronym gets its own verdict too, from its entry among the leaders."""
        if answer.abstained or answer.parts or best.entry.id not in LICENCE_RULE_ENTRIES:
            return answer
        named = {a.lower() for a in _ACRONYM.findall(question)} - set(PROGRAMME_CODES)
        if not named:
            return answer
        item = next(
            (
                c.entry
                for c in candidates[:CONFIDENCE_TOP]
                if c is not best
                and c.entry.id not in LICENCE_RULE_ENTRIES
                and named & {a.lower() for a in _ACRONYM.findall(c.entry.question)}
            ),
            None,
        )
        if item is None or any(a in fold(answer.text) for a in named):
            return answer
        head, _sep, _sources = answer.text.partition(SOURCES_MARK)
        first = re.split(r"(?<=[.!?])\s+", item.answer.strip(), maxsplit=2)
        body = f"{' '.join(first[:2])}\n\n{_without_verdict(head.rstrip())}"
        citations = tuple(dict.fromkeys((*item.citations, *answer.citations)))
        return replace(answer, text=render(body, citations), citations=citations)

    def _unsure(self, question: str, candidates: Sequence[Candidate], best: Candidate, lead: Candidate | None) -> bool:
        """Below the usual confidence, and no rule (a decisive group's lead, a clear winner, a threshold the
        official's amount meets) vouches for the choice."""
        return (
            best.confidence < ABSTAIN_BELOW
            # a lead found by the question's shape vouches for itself: a decisive group's rule, or the remedy for a
            # decision the official disagrees with ("KPG obcięła …, nie zgadzamy się – co możemy zrobić?")
            and not (best is lead and (_decisive(lead) or self._disagreement_lead(question, candidates) is lead))
            and not self._clear_winner(candidates, best)
            and not self._threshold_fit(question, candidates, best)
        )

    def _funding_source(self, question: str) -> Answer | None:
        """ "z jakiego programu i osi jest CG?", "czy cyber samorząd to z KPO?": where one programme's
        money comes from. Another scheme named in it is the official's guess, not an off-topic
        question: the programme's own funding entry answers, saying the documents name another."""
        folded = fold(question)
        named = self.programmes_in(question)
        scheme = off_topic_match(question)
        asks = _FUNDING_ASK.search(folded) or (scheme is not None and _FROM_SCHEME.search(folded))
        if len(named) != 1 or not asks:
            return None
        name = get_programme(named[0]).name
        answer = self._ask(f"Z jakiego programu jest finansowany {name}?", named[0])
        if answer.abstained:
            return None
        if scheme is not None and fold(scheme) not in fold(answer.text):
            text = f"Dokumenty programu nie wskazują „{scheme}” jako źródła finansowania.\n\n{answer.text}"
            answer = replace(answer, text=text)
        return answer

    def _asked_not_told(self, question: str, programme: str | None, answer: Answer) -> Answer:
        """ "Kupujemy przełącznik z 802.1X za 67 650 zł brutto. Czy musimy ogłaszać to w bazie
        konkurencyjności?": an entry matching only what the official tells (the switch), none of
        what the asking sentence is about, yields to the entry the asking sentence finds."""
        entry = self.by_id.get(answer.entry_id or "")
        if answer.abstained or entry is None or answer.combined or len(_SENTENCE_SPAN.findall(question)) < 2:
            return answer
        core = question_core(question)
        if core is None:
            return answer
        asked = self._topic(core) - set(PROGRAMME_CODES)
        if (
            len(asked) < ASKED_MIN_TERMS
            or asked & self._entry_terms[self.entries.index(entry)]
            # "ten certyfikat", "te laptopy": the asking sentence is about the context's thing; so is "gdzie to jest
            # napisane i czy tak wolno?"
            or _DEMONSTRATIVE.search(fold(core))
            or _BACK_AT_CONTEXT.search(fold(core))
            # rare words only: "rozliczymy?", "złożyć od nowa?" would find any settlement entry
            or any(self._qp.idf(t) < RARE_SHARE * self._max_idf for t in asked)
        ):
            return answer
        named = self.programmes_in(question)
        names = " ".join(get_programme(c).name for c in named if c not in self.programmes_in(core))
        refined = self._ask(f"{core} {names}".strip(), programme)
        return answer if refined.abstained or refined.score < CORE_MIN_CONFIDENCE else refined

    def _covering_both(self, question: str, leading: Sequence[Candidate], best: Candidate) -> Candidate | None:
        """A leading candidate that speaks of both things joined by "i"/"oraz" when `best` speaks of one."""
        folded = fold(question)
        joins = list(_BOTH_JOIN.finditer(folded))
        if len(joins) != 1:
            return None
        # the second thing closes the clause ("… i polisę?"); "… i co załączyć", "… i nie złożyliśmy"
        # join another question or a statement
        rest = re.split(r"[.?!,;:]", folded[joins[0].end() :], maxsplit=1)[0].split()
        if not rest or len(rest) > OBJECT_WORDS + 1 or any(_CLAUSE_OPENER.match(w) for w in rest):
            return None
        sides = (
            " ".join(re.findall(r"\w+", folded[: joins[0].start()])[-OBJECT_WORDS:]),
            " ".join(re.findall(r"\w+", folded[joins[0].end() :])[:OBJECT_WORDS]),
        )
        objects = [
            {
                t
                for t in self.query_terms(side)
                if t not in CHATTER and t not in QUESTION_WORDS and t not in PROGRAMME_CODES and t[:1].isalpha()
            }
            for side in sides
        ]
        if not all(objects):
            return None

        def covers(candidate: Candidate) -> bool:
            terms = self._entry_terms[self.entries.index(candidate.entry)]
            return all(terms & side for side in objects)

        if covers(best):
            return None
        return next((c for c in leading if c is not best and c.confidence >= ABSTAIN_BELOW and covers(c)), None)

    def _annex_pointer(self, part: str, message: str, answer: Answer) -> Answer:
        """ "który załącznik to wzór umowy?": the annex named, from an entry listing the annexes
        ("1) wzór wniosku, 2) …"), when the answer found does not already give its number."""
        folded_part = fold(part)
        listing = self._annex_listing(part, message, answer)
        if listing is not None:
            return listing
        if "zalacznik" not in fold(message) or not _WHICH_ONE.search(folded_part):
            return answer
        named = self.programmes_in(message)
        asked = _stems(_WHICH_ONE.sub(" ", folded_part))
        found: list[tuple[int, FaqEntry, str, str]] = []
        for entry in self.entries:
            if named and not set(named).intersection(entry.programmes):
                continue
            folded_answer = fold(entry.answer)
            opening = _ANNEX_LIST.search(folded_answer)
            listed = list(_ANNEX_ITEM.finditer(folded_answer, opening.end() - 1)) if opening else []
            if len(listed) < 3:
                continue
            for m in listed:
                name = entry.answer[m.start("name") : m.end("name")]
                overlap = len(asked & _stems(m.group("name")))
                if overlap >= min(2, len(_stems(m.group("name")))):
                    found.append((overlap, entry, m.group("number"), name))
        found.sort(key=lambda f: f[0], reverse=True)
        if not found or (len(found) > 1 and found[1][0] == found[0][0]):
            return answer
        _overlap, entry, number, name = found[0]
        if re.search(rf"\bza[lł][aą]cznik\w*\s+(?:nr\s+)?{number}\b", answer.text) and not answer.abstained:
            return answer
        body = f"{name[:1].upper()}{name[1:]} to załącznik nr {number} do regulaminu.\n\n{entry.answer}"
        return Answer(
            text=render(body, entry.citations),
            abstained=False,
            entry_id=entry.id,
            programme=entry.programmes[0] if len(entry.programmes) == 1 else None,
            score=1.0,
            citations=entry.citations,
            related=entry.related,
        )

    def _annex_listing(self, part: str, message: str, answer: Answer) -> Answer | None:
        """ "Wymień załączniki do regulaminu CG – szukam wzoru umowy i listy dokumentów": a request for the list of
        annexes is answered by the entry listing them (the things sought are why the list is asked for), unless
        the answer found lists them already."""
        if not _ANNEX_LIST_REQUEST.search(fold(part)):
            return None
        named = self.programmes_in(message)
        lists = [
            e
            for e in self.entries
            if (not named or set(named).intersection(e.programmes))
            and (opening := _ANNEX_LIST.search(fold(e.answer))) is not None
            and len(list(_ANNEX_ITEM.finditer(fold(e.answer), opening.end() - 1))) >= 3
        ]
        if len(lists) != 1 or answer.entry_id == lists[0].id:
            return None
        entry = lists[0]
        return _entry_answer(entry, entry.programmes[0] if len(entry.programmes) == 1 else None, 1.0)

    def _duty_of_unknown(self, question: str) -> bool:
        """ "czy w CS trzeba mieć pełnomocnika ds. cyberbezpieczeństwa?": a duty to have, appoint or employ something
        the knowledge base knows no word of – the documents do not impose it; the words around it (the programme,
        "cyberbezpieczeństwo") would find an entry that answers something else."""
        match = _DUTY_OBJECT.search(fold(question))
        if match is None:
            return False
        head = [t for t in self.query_terms(match.group("what")) if t not in CHATTER and t not in PROGRAMME_CODES]
        return bool(head) and head[0] not in self._known_terms

    def _figure_of_unknown(self, question: str) -> bool:
        """ "cp zaliczka ile procent?": a short question after a figure of something the knowledge base never
        mentions; an entry giving a figure of another thing (the 100 % intensity) would answer it wrongly."""
        folded = fold(question)
        if not any(asked.search(folded) for asked, _given, _kind in _ASKED_FIGURES):
            return False
        topic = [
            t
            for t in self.query_terms(question)
            if t not in CHATTER
            and t not in QUESTION_WORDS
            and t not in PROGRAMME_CODES
            and t not in FIGURE_UNIT_TERMS
            and not t[:1].isdigit()
        ]
        return 0 < len(topic) <= 2 and any(t not in self._known_terms for t in topic)

    def _topic_only_in_relative(self, question: str, best: Candidate) -> bool:
        """The entry matches only a relative clause ("…, który …") while the asking part names
        something the knowledge base never mentions."""
        folded = fold(question)
        # ("…, a który instrukcja?" asks a second question: no relative clause after "a", "i")
        cuts = [
            m
            for m in _RELATIVE.finditer(folded)
            if len(before := folded[: m.start()].split()) >= 2
            and before[-1][-1:].isalpha()  # "… – który to …?" after a dash asks
            and before[-1] not in ("a", "i", "oraz", "albo", "lub")
        ]
        if not cuts:
            return False
        head = folded
        for m in reversed(cuts):
            head = head[: m.start()] + " " + head[m.end() :]
        content = [t for t in self.query_terms(head) if t not in CHATTER]
        if not any(t not in self._known_terms and not t[:1].isdigit() for t in content):
            return False
        index = next(i for i, e in enumerate(self.entries) if e is best.entry)
        return self._confidence(content, index) < ABSTAIN_BELOW

    def _formula_request(self, question: str) -> Answer | None:
        """ "jak policzyć grant w CP dla 80 tys. mieszkańców i P = 250 zł": CP and CS have no formula
        in the documents; their formula entry says so instead of an entry about one of the figures."""
        named = self.programmes_in(question)
        folded = fold(question)
        if len(named) != 1 or named[0] not in ("cp", "cs"):
            return None
        if not (_FORMULA_ASK.search(folded) and _OWN_FIGURES.search(folded)):
            return None
        entry = self.by_id.get(f"{named[0]}-wzor-kwoty")
        return None if entry is None else _entry_answer(entry, named[0], 1.0)


# Question shapes whose "tak" means the opposite of the "tak" of an entry asking "czy można …":
# exclusion ("odpadają?", "czy to wykluczone?") and obligation ("czy musimy składać od nowa?").
_POLARITY_FAMILIES = (
    lazy(
        r"\b(?:odpada\w*|wyklucz\w*|wylacz\w*|zabron\w*|niekwalifik\w*|przepada\w*|"
        r"nie\s+(?:mo[zg]\w*|wolno|da\s+sie|kwalifik\w*|liczy\w*|wchodzi\w*|przejd\w*|wejd\w*|zlapi\w*|lapi\w*))"
    ),
    lazy(r"\b(?:musi\w*|musz\w*|trzeba|obowiaz\w*|wymag\w*|konieczn\w*|nalezy|od\s+nowa|na\s+nowo)"),
)
# Skipping or leaving out ("można pominąć?", "chyba nieobowiązkowa", "tylko laptopy, nic z
# cyberbezpieczeństwa"): the "Tak" of an entry asking "czy X jest obowiązkowy?" answers the
# opposite. Checked against the entry's own question only: a paraphrase may ask the reverse.
_SKIP_FAMILY = lazy(
    r"\b(?:pomin\w*|pomijac\w*|nieobowiaz\w*|fakultatywn\w*|opcjonaln\w*|zrezygnow\w*|odpusci\w*|nic\s+z)\b"
)
_VERDICT_OPENER = lazy(r"^(?:Tak|Nie)(?:\.\s+|,\s+(?:ale\s+|choć\s+)?)")
# "czy możemy wziąć tylko sprzęt, bez tego cyberbezpieczeństwa?", "czy nie musimy robić diagnozy?": doing without
# something, or denying a duty – against an entry asking "czy X jest obowiązkowy?" whose plain "Tak" means it is
_WITHOUT = lazy(r"\bbez\s+(?!wzgledu\b|problemu\b|sensu\b|zmian\b|vat\b|podatku\b)\w+")
_DUTY_DENIED = lazy(
    r"\bnie\s+(?:musi\w*|musz\w*|trzeba|ma\s+obowiazku|mamy\s+obowiazku|jest\s+(?:to\s+)?(?:obowiaz|wymag|konieczn)\w*)"
    r"|\bniekonieczn\w*|\bnieobowiaz\w*"
    # "czy da się nie robić diagnozy?", "możemy nie składać ankiety?": leaving a duty undone
    r"|\b(?:da\s+sie|mozna|mozemy|moze|wolno)\s+(?:\w+\s+){0,4}?nie\s+(?:robi|zrobi|przeprowadz|wykon|sklada|zloz|wypelni)\w*"
)
_PLAIN_YES = lazy(r"^Tak\.\s+")
# "… są wykluczone?", "… odpadają?": an exclusion asked in so many words (not a mere "nie można", nor "żeby serwer
# się nie wyłączył")
_EXCLUSION_ASKED = lazy(r"\b(?:odpada\w*|wykluczon\w*|wylaczon\w*|zabronion\w*|niekwalifik\w*)")
# an entry's own question asking whether something may be bought or paid for
_ELIGIBILITY_ASKED = lazy(r"^czy\b.*\b(?:mozna|kwalifik\w*|kupic|kupimy|sfinansowa\w*|finansowa\w*|oplacic)\b")
# a question asking what, which, who, how much … or for a list – never for a yes or a no
_WH_QUESTION = lazy(
    r"^\W*(?:a\s+|i\s+)?(?:(?:dla|w|na|z|od|do|przez|po|u)\s+)?"
    r"(?:jakich|jakie|jaki|jaka|jakim|jakiej|ktore\w*|ktor[aey]\w*|kto|komu|kogo|ile|ilu|gdzie|kiedy|co|czego|czym"
    r"|wymien\w*|podaj\w*)\b"
)
# what is done without: "bez diagnozy", "zrezygnować z ankiety", "pominąć diagnozę"
_SKIPPED_OBJECT = lazy(
    r"\b(?:bez|zrezygnow\w*\s+z|pomin\w*|pomijac\w*|odpusci\w*)\s+(?:tej\s+|tego\s+|ten\s+|te\s+)?(?P<word>[^\W\d]{4,})"
)
# an entry's own question asking for a duty ("czy X jest obowiązkowy", "czy trzeba …"); "czy obowiązuje PZP" asks
# whether a law applies, which the official cannot do without either way
_DUTY_ASKED = lazy(r"\b(?:musi\w*|musz\w*|trzeba|obowiazk\w*|wymagan\w*|konieczn\w*|nalezy)")


# The official's expense falls after the project's period; an entry's condition requiring it.
_AFTER_PERIOD = lazy(
    r"\bpo\s+(?:zakonczeniu|koncu|uplywie|terminie)\s+(?:\w+\s+)?(?:okresu\s+realizacji|realizacji|projektu)"
    r"|\bpo\s+okresie\s+realizacji"
)
_IN_PERIOD = lazy(r"\bw\s+okresie\s+realizacji\b|\bdo\s+konca\s+(?:okresu\s+)?realizacji\b")
# A question after a figure of a given kind, how an answer gives one, and the words of a sentence
# saying the documents do not give it.
_DATE = r"\d{1,2}[./]\d{1,2}[./]\d{4}"
_ASKED_FIGURES = (
    (
        lazy(
            # "ile to procent", "ile to wyniesie w procentach", "procentowo ile to wychodzi"
            r"\bile\s+(?:\w+\s+){0,3}procent\w*|\bjaki\w*\s+(?:\w+\s+){0,2}procent\w*|\bile\s+%"
            r"|\bprocent\w*\s+(?:\w+\s+)?ile\b"
            r"|\bdo\s+jakiego\s+(?:\w+\s+)?(?:procent\w*|%)"
        ),
        lazy(r"\d\s*%|\d\s*proc"),
        lazy(r"procent|%"),
    ),
    (
        lazy(
            r"\bile\s+(?:\w+\s+)?(?:dni|tygodni|miesiecy|godzin)\b|\bile\s+(?:\w+\s+){0,2}trwa\b"
            r"|\bjak\s+dlugo\s+trwa\b"
        ),
        lazy(
            r"\d+\s*(?:dni|dzien|dnia|tydz|tygodn|miesi|godzin|lat|rok)"
            r"|\b(?:jeden|jednego|dwa|dwoch|trzy|trzech|cztery|pie[cć]|sze[sś][cć]|siedem|osiem|dziewi[eę][cć]|"
            r"dziesi[eę][cć]|czterna\w*|trzydzie\w*)\s+(?:\w+\s+)?(?:dni|tygodn|miesi|lat)"
            # a period from one date to another gives its length
            rf"|{_DATE}.{{0,40}}\bdo\s+{_DATE}"
        ),
        lazy(r"\bdni\b|termin|\bczas|trwa|okres|dlugo"),
    ),
    (
        # "ile wynosi wkład własny przy współczynniku 1,2?": an amount or a share asked for
        # "ile u nas wyniesie wkład?", "skarbnik pyta o konkretną kwotę"
        lazy(
            r"\bile\s+(?:\w+\s+){0,2}(?:wynosi\w*|wyniesie)\b|\bjak\w*\s+(?:jest\s+)?wysokos\w*|\bkonkretn\w*\s+kwot\w*"
        ),
        lazy(r"\d"),
        lazy(r"procent|%|wysokos|kwot|stawk|prog"),
    ),
    (
        # "ile maksymalnie możemy dać za polisę na jeden laptop?", "jaki jest cennik operatora": the price of a thing
        # asked; an entry stating no amount or share for it does not answer it
        lazy(
            r"\bile\s+(?:\w+\s+){0,2}(?:mozemy|mozna|wolno|moze\w*)\s+(?:\w+\s+)?(?:dac|zaplacic|wydac|przeznaczyc)"
            r"\s+(?:za|na)\b|\bcennik\w*|\bjak\w*\s+(?:sa\s+|jest\s+)?stawk\w*"
        ),
        lazy(r"\d[\d\s.,]*\s*(?:zl|tys|mln|%|proc)"),
        lazy(r"kwot|stawk|cen|limit|procent|%"),
    ),
)
# "współczynnik zamożności wynosi 1,15", "o współczynniku 0,85": the official's value (a decimal) of a named quantity
_VALUE_OF = lazy(r"(?P<what>(?:[a-z]\w+\s+){1,2})(?:wynosi\w*\s+|to\s+|=\s*)?\d+,\d+\b(?!\s*(?:zl|tys|mln|%))")
# "przy naszym wskaźniku zamożności", "dla naszej zamożności": the official's own (unstated) value of a named quantity
_OWN_VALUE = lazy(
    r"\b(?:przy|o|z|dla|wedlug|wg)\s+(?:naszym|naszej|naszego|naszych|naszym|moim|mojej|mojego)\s+"
    r"(?P<what>[a-z]\w+(?:\s+[a-z]\w+)?)"
)
_FIGURE_ASKED = lazy(r"^\W*(?:a\s+)?(?:jaki\w*|ile|jak\s+duz\w*|w\s+jakiej\s+wysokosci)\b")
# How a sentence says the documents do not give something.
_SILENT = lazy(r"\bnie\s+(?:podaj\w*|okresla\w*|rozstrzyga\w*|wskazuj\w*|wymienia\w*)|\bnie\s+ma\s+w\s+naszych")


# a device bought (not one the software is for: "antywirus na laptopy", "EDR do komputerów")
_DEVICE_BOUGHT = lazy(
    r"(?<!\bna\s)(?<!\bdo\s)(?<!\bdla\s)(?<!\bpod\s)\b(?:laptop\w*|notebook\w*|komputer\w*|tablet\w*|smartfon\w*)"
)
_SOFTWARE = lazy(r"\b(?:antywirus\w*|edr|xdr|mdm|oprogramowani\w*)\b")
# "Nie. Komputery … są … wyłączone z finansowania": an entry whose point is an exclusion
_EXCLUSION = lazy(r"^Nie\.\s.*wy[lł][aą]czon", re.DOTALL)


# "trzeba mieć pełnomocnika …", "musimy powołać zespół …", "czy należy zatrudnić inspektora …": a duty and its object
_DUTY_OBJECT = lazy(
    r"\b(?:trzeba|musi\w*|nalezy|obowiazkowo|wymagan\w*|wymaga\w*)\s+(?:\w+\s+)?"
    r"(?:miec|posiadac|powolac|wyznaczyc|zatrudnic|utworzyc|ustanowic|powierzyc)\s+(?P<what>\w+)"
)


# "…? do kiedy?", "…? ile?": a bare question word after a question asks a detail of it
_BARE_TAIL = lazy(
    r"[?!.]\s*(?:a\s+|i\s+)?(?:do\s+kiedy|od\s+kiedy|kiedy|ile|gdzie|jak\s+dlugo|na\s+jak\s+dlugo)\s*\?*\s*$"
)


NOT_COMPUTED = (
    "Tego z podanych przez Ciebie liczb nie policzę, a sama zasada nie jest odpowiedzią na pytanie o Wasz "
    "wynik. Dokumenty mówią tyle:"
)


_GROSS_OR_NET = lazy(r"\d\s*(?:zl\w*\s+)?(?:brutto|netto)\b")


UNDECIDED_LEAD = 2.0
PERIOD_GROUP = "okres-realizacji"
WINDOW_GROUP = "okres-kwalifikowalnosci"
# "zakup przed złożeniem wniosku", "faktura sprzed podpisania umowy": bought before the application or the agreement
_BEFORE_EVENT = lazy(
    r"\bs?przed\s+(?:zlozeniem\s+wniosku|zlozenia\s+wniosku|podpisaniem\s+umowy|podpisania\s+umowy"
    r"|zawarciem\s+umowy|zawarcia\s+umowy|umowa|umowy|naborem|naboru|ogloszeniem\s+naboru)\b"
)
# the agreement dated or named as later than the purchase: "umowę podpisaliśmy w kwietniu 2022", "przed umową"
_BEFORE_AGREEMENT = lazy(
    r"\bumow\w*\s+(?:\w+\s+){0,3}?(?:podpis\w*|zawar\w*)|\b(?:podpis\w*|zawar\w*)\s+(?:\w+\s+){0,2}?umow\w*"
    r"|\bprzed\s+(?:podpisaniem\s+|zawarciem\s+)?umow\w*"
)
# a month with its year or a full date: when something will happen
_LATE_DATE = lazy(
    r"\b(?:w|na|do|od|po)\s+(?:stycz|lut|mar[cz]|kwie|maj|czerw|lip|sierp|wrze|pazdzier|listopad|grud)\w*\s+20\d\d"
    r"|\b\d{1,2}[./-]\d{1,2}[./-]20\d\d\b"
)
# … measured against the project: will it fit, will we make it, an annex extending it
_FITS_PERIOD = lazy(
    r"\b(?:zmiesci|zmiescimy|zmieszcz|zdaz)\w*[^.?!]*\bprojek\w*|\bprojek\w*[^.?!]*\b(?:zmiesci|zdaz)\w*"
    r"|\b(?:przedluz|wydluz)\w*\s+(?:\w+\s+)?projekt\w*"
)
_WHAT_TO_DO = lazy(
    r"\bco\s+(?:\w+\s+)?(?:mozemy|mozna|mamy|da\s+sie|nalezy|trzeba)\s+(?:z\s+tym\s+)?zrobic\b|\bco\s+dalej\b"
)
_DOTTED_SUBJECT = lazy(r"\b[^\W\d_]+(?:\.[^\W\d_]+){2,}\b")
_SUBJECT_TOPIC = lazy(r"\b(?!cyfrow|gmin|powiat|cyberbezpieczn|samorzad)[a-z]+\b")
# words that ask about every programme named: a comparison, "each", "both"
_BOTH_ASKED = lazy(
    r"\bporown\w*|\bzestawi\w*|\b(?:na|dla|w|z)\s+kazd\w*|\bkazd\w*\s+z\s+(?:nich|tych|program\w*)"
    r"|\b(?:w|dla|z)\s+(?:obu|obydwu|obydwoch)\b|\bwszystki\w*\s+(?:trzech|program\w*)"
)


def _part_for_extra(parts: Sequence[str], answers: Sequence[Answer], hit: int, extra: Computation) -> int | None:
    """The part a further computation of the message's numbers goes with (not the one the first went to)."""
    other = next(
        (i for i, a in enumerate(answers) if i != hit and a.entry_id in extra.entry_ids and a.computation is None),
        None,
    )
    if other is None and extra.kind in ("total", "product"):
        # "… ile to razem i ile max na doradztwo?": the 5 % cap went first; the part asking for the
        # sum gets the sum even when an entry answered it (with the same text as the part before)
        other = next(
            (
                i
                for i, (p, a) in enumerate(zip(parts, answers, strict=True))
                if i != hit and a.computation is None and _TOTAL_WORDS.search(fold(p))
            ),
            None,
        )
    if other is None:
        other = next(
            (
                i
                for i, (p, a) in enumerate(zip(parts, answers, strict=True))
                if i != hit and a.abstained and a.entry_id is None and asks_for(extra.kind, p)
            ),
            None,
        )
    if other is None and extra.kind in ("advisory", "remaining"):
        # "L 12 000, G 1 998,22 – ile grantu i ile z tego na doradcę?": the part asking for the cap of the
        # grant just computed gets it, whatever entry its words found alone
        other = next(
            (
                i
                for i, (p, a) in enumerate(zip(parts, answers, strict=True))
                if i != hit and a.computation is None and asks_for(extra.kind, p)
            ),
            None,
        )
    return other


# "radny twierdzi, że dostaliśmy 850 tys., bo najlepiej napisaliśmy wniosek – prawda?": a claim offered for checking …
_CLAIM_OFFERED = lazy(
    r"\b(?:twierdz\w*|mowi\w*|powiedzia\w*|uwaza\w*|slysza\w*|przeczyta\w*|podobno|prawda|zgadza\s+sie)\b"
)
# … with the reason it gives: the documents state rules, not why a unit got what it got
_CLAIMED_REASON = lazy(r"[,\s]+(?:bo|poniewaz|gdyz|dlatego\s*,?\s*ze|z\s+powodu|dzieki\s+temu\s*,?\s*ze)\s+\w+")
_OPENING_YES = lazy(r"^Tak(?:[.:]\s+|,\s+)")


def _whole_premise(question: str, answer: Answer) -> Answer:
    """A reply opening "Tak" must be true of the whole premise: a claim offered with its reason is not confirmed
    with a bare "Tak" (the rule stands; the reason is the official's, the documents do not give one)."""
    if answer.abstained or not _OPENING_YES.match(answer.text):
        return answer
    folded = fold(question)
    if not (_CLAIM_OFFERED.search(folded) and _CLAIMED_REASON.search(folded)):
        return answer
    rest = _OPENING_YES.sub("", answer.text, count=1)
    return replace(answer, text=rest[:1].upper() + rest[1:])


def _gated(question: str, answer: Answer) -> Answer:
    """A confident reply that leaves the official's own figures unused (knowledge/faq_gate.py) becomes an
    honest abstention: the rule the documents state, marked as not the figure asked for, and the contacts."""
    if answer.abstained or answer.computation or any(p.computation for p in answer.parts):
        return answer
    if not uncomputed_figure(question, answer.text, computed=False):
        return answer
    codes = [answer.programme] if answer.programme else list(PROGRAMME_CODES)
    body = answer.text.split(SOURCES_MARK)[0]
    text = f"{NOT_COMPUTED}\n\n{body}\n\nZapytaj operatora programu:\n{contact_lines(codes)}"
    return replace(answer, text=render(text, answer.citations), abstained=True)


# One programme's own instrument named while asking about another ("ankieta dojrzałości" in Cyfrowy Powiat): the
# answer is the asked programme's counterpart, and says so. (pattern on the folded question, owner, note)
_FOREIGN_TERMS = (
    (
        lazy(r"\bankiet\w*\s+dojrzalosc\w*"),
        "cs",
        "Ankieta Dojrzałości Cyberbezpieczeństwa to narzędzie programu Cyberbezpieczny Samorząd; w programie "
        "{name} jej odpowiednikiem jest diagnoza cyberbezpieczeństwa, o której mowa poniżej.",
    ),
)


def _with_foreign_term(question: str, answer: Answer) -> Answer:
    """The answer for one programme, prefaced with a note when the question named another programme's instrument.

    >>> a = Answer("Diagnozę trzeba przeprowadzić w 8 miesięcy.", False, "cp-x", "cp", 0.6)
    >>> _with_foreign_term("w cp ankieta dojrzalosci w 30 dni?", a).text.split(";")[0]
    'Ankieta Dojrzałości Cyberbezpieczeństwa to narzędzie programu Cyberbezpieczny Samorząd'
    >>> _with_foreign_term("w cs ankieta dojrzalosci w 30 dni?", replace(a, programme="cs")).text == a.text
    True
    """
    if answer.abstained or answer.parts or answer.programme is None:
        return answer
    folded = fold(question)
    for pattern, owner, note in _FOREIGN_TERMS:
        if answer.programme != owner and pattern.search(folded):
            text = note.format(name=get_programme(answer.programme).name) + "\n\n" + answer.text
            return replace(answer, text=text)
    return answer


def _other_figure(question: str, answer: Answer, computed: str) -> bool:
    """The answer leaves open the kind of figure asked ("ile procent korekty …?") and the computation gives another
    kind (the 50 000 zł threshold crossed): the computation answers a question not asked, the abstention stands."""
    if not _undecided(answer):
        return False
    folded = fold(question)
    return any(asked.search(folded) and not given.search(fold(computed)) for asked, given, _kind in _ASKED_FIGURES)


# "Schemat nie mówi, czy taki nabór się odbędzie ani o ile kwoty wzrosną": what the documents are said not to give
_NOT_SAID = lazy(
    r"\b(?:schemat|regulamin|dokument\w*|ogloszeni\w*)\s+(?:programu\s+)?nie\s+"
    r"(?:mowi\w*|podaj\w*|okresl\w*|precyzuj\w*|wskazuj\w*|rozstrzyg\w*)\b(?P<what>[^.;]*)"
)
# "kiedy tak jest?", "kiedy to możliwe?": in what case, not on what date
_WHEN_AS_CASE = (
    r"(?!\s+(?:tak\s+(?:jest|bywa|sie\s+dzieje)|(?:to\s+)?(?:jest\s+)?mozliwe|to\s+(?:sie\s+)?(?:zdarza|dzieje)))"
)
_ASKS = (
    (
        lazy(rf"\b(?:kiedy\b{_WHEN_AS_CASE}|w\s+jakim\s+terminie\b|jaki\s+termin\b)"),
        lazy(r"\b(?:kiedy|termin\w*|dat\w*|odbedzie)\b"),
    ),
    (lazy(r"\b(?:o\s+ile|ile|jak\w*\s+kwot\w*)\b"), lazy(r"\b(?:ile|kwot\w*|wysokos\w*)\b")),
)


def _not_said(question: str, answer: Answer) -> Answer:
    """ "kiedy będzie nabór uzupełniający i o ile zwiększą granty": every thing asked (a date, an amount) is one the
    answer itself says the documents do not give – an honest abstention that says what they do say."""
    if answer.abstained or answer.parts or answer.computation or answer.combined:
        return answer
    said = _NOT_SAID.search(fold(answer.text))
    if said is None:
        return answer
    folded = fold(question)
    asked = [not_given for asks, not_given in _ASKS if asks.search(folded)]
    if not asked or not all(not_given.search(said.group("what")) for not_given in asked):
        return answer
    codes = [answer.programme] if answer.programme else ["cg", "cp", "cs"]
    return replace(answer, abstained=True, text=f"{answer.text}\n\nZapytaj operatora programu:\n{contact_lines(codes)}")


# "czy ta diagnoza jest obowiązkowa", not a claim to check ("twierdzi, że nie ma obowiązkowej diagnozy – ma rację?")
_ASKS_OBLIGATORY = lazy(r"^\W*(?:a\s+)?czy\s+(?:(?!nie\b)\w+\s+){0,4}(?:jest|sa|bedzie|beda)\s+obowiazkow\w*")
# ("Prowadzić je muszą jednostki ze stosowną wiedzą": what others must be is no duty of the unit – "muszą" is left out)
_STATES_DUTY = lazy(r"\b(?:musi|obowiazk\w*|obowiazkow\w*|nalezy)\b")
_NO_DUTY = lazy(
    r"\bnie\s+(?:jest|sa|musi\w*|ma\s+obowiazku|trzeba)\b|\brekomend\w*|\bdobrowoln\w*|\bfakultatywn\w*|\bzalec\w*"
)


# "ile mamy czasu na złożenie wniosku rozliczającego?": no document gives that deadline
_SETTLEMENT_WHEN = lazy(
    r"\bwnios\w*\s+(?:o\s+)?rozliczaj\w*|\bwnios\w*\s+o\s+p[lł]atnosc\w*|\brozliczeni\w*\s+grant\w*"
)
_TIME_ASKED = lazy(r"\bile\s+(?:\w+\s+)?czasu\b|\bdo\s+kiedy\b|\bw\s+jakim\s+terminie\b|\bjaki\s+(?:jest\s+)?termin\b")


def _settlement_deadline(question: str, answer: Answer) -> Answer:
    """The deadline for the settlement application asked, and the call's dates found: no programme document gives
    that deadline (they say what the application holds) – said so, with the hotline, never the call's 60 days."""
    folded = fold(question)
    if answer.abstained or answer.parts or not (_SETTLEMENT_WHEN.search(folded) and _TIME_ASKED.search(folded)):
        return answer
    if "nabor" not in (answer.entry_id or ""):
        return answer
    codes = [answer.programme] if answer.programme else ["cg", "cp", "cs"]
    text = (
        "Dokumenty programu, na których się opieram, nie podają terminu złożenia wniosku rozliczającego – mówią "
        "tylko, co się do niego dołącza (faktury z potwierdzeniem zapłaty, protokoły odbioru, listę podmiotów, "
        f"polisę). Zapytaj operatora programu:\n{contact_lines(codes)}"
    )
    return replace(answer, abstained=True, entry_id=None, text=text, citations=(), related=())


# "czy diagnoza jest obowiązkowa i do kiedy trzeba ją zrobić?": the duty and its deadline asked together
_OBLIGATION_AND_WHEN = lazy(
    r"^\W*(?:a\s+)?czy\s+(?:ta\s+|ten\s+|to\s+)?(?P<what>(?:(?!nie\b)\w+\s+){1,3}?)(?:jest|sa)\s+obowiazkow\w*\s+"
    r"i\s+(?:do\s+kiedy|w\s+jakim\s+terminie|kiedy)\b"
)
_GIVES_DEADLINE = lazy(r"\bw\s+ciagu\b|\bdo\s+\d|\b\d+\s+(?:miesiec\w*|miesiac\w*|dni)\b|\bterminie\b")


def _obligation_said(question: str, answer: Answer) -> Answer:
    """ "czy ta diagnoza jest obowiązkowa i do kiedy?": an answer that gives the duty's terms ("JST musi wypełnić …
    do 30 dni") says the yes as well – in so many words, so the first half of the question is not left implicit."""
    if answer.abstained or answer.parts or answer.combined or not _ASKS_OBLIGATORY.search(fold(question)):
        return answer
    body = fold(answer.text.split("\n\nŹródło:")[0])
    if re.match(r"\W*(?:tak|nie)\b", body) or not _STATES_DUTY.search(body) or _NO_DUTY.search(body):
        return answer
    if re.search(r"\b(?:jest|sa)\s+(?:\w+\s+){0,5}obowiazkow\w*", body):
        return answer  # "Diagnoza … jest w Cyfrowym Powiecie obowiązkowa": said already
    return replace(answer, text="Tak, to obowiązek. " + answer.text)


def _undecided(answer: Answer) -> bool:
    """An honest abstention: an entry saying what the documents do say where they leave the question open."""
    return answer.abstained and answer.entry_id is not None


def _unit_spans(folded: str) -> list[tuple[int, int]]:
    """Where the units other than health care stand in a folded question."""
    return [m.span() for m in _OTHER_UNIT.finditer(folded)]


# the used thing named with its noun: "używane serwery", "poleasingowe laptopy", "serwery z drugiej ręki"
_USED_THING = lazy(
    r"\b(?:uzywan\w*|poleasing\w*|odnawian\w*|odnowion\w*|refurb\w*)\s+[^\W\d]\w+"
    r"|\b[^\W\d]\w+\s+(?:z\s+drugiej\s+reki|po\s+leasingu)\b"
)
# "czy możemy je kupić", "czy to przejdzie", "czy można takie": the asking sentence points back at a thing named before
_BARE_VERDICT_ASK = lazy(
    r"^\W*(?:a\s+|i\s+)?(?:czy\s+)?(?:to\s+)?(?:mozna|da\s+sie|wolno|przejdzie|przejda|ok|dozwolone|legalne"
    r"|kwalifikuje\s+sie|kwalifikuja\s+sie)(?:\s+(?:tak|to|w\s+ogole))?\W*$"
)
_POINTS_AT_THING = lazy(r"\b(?:je|go|ja|ich|to|takie|taki|taka|tego|te|ten|ta)\b")


def _decisive(lead: Candidate) -> bool:
    """A lead whose rule decides whatever the other words: used equipment, subordinate units, an excluded device."""
    return lead.entry.group in (USED_GROUP, UNITS_GROUP, HEALTH_GROUP, PERIOD_GROUP, SHIFT_GROUP) or bool(
        _EXCLUSION.match(lead.entry.answer)
    )


def _figure_not_given(folded_question: str, entry: FaqEntry) -> bool:
    """The question asks for a figure (a percentage, a number of days) the entry does not give,
    or the entry says the documents do not give that kind of figure."""
    folded_answer = fold(entry.answer)
    sentences = re.split(r"(?<=[.;])\s+", folded_answer)
    silent = [sentence for sentence in sentences if _SILENT.search(sentence)]
    # "na doradztwo też max 5 %?" against "Schemat … nie podaje limitu 5%": the share the official names is one
    # the documents are said not to give
    shares = {f.value for f in stated_figures(folded_question) if f.unit == "%"}
    if shares and any(f.value in shares for sentence in silent for f in stated_figures(sentence) if f.unit == "%"):
        return True
    if any(
        stem in sentence
        for value in _VALUE_OF.finditer(folded_question)
        for stem in {w[:_STEM] for w in value.group("what").split() if len(w) > _STEM}
        for sentence in silent
    ):
        # "jaki wkład ma gmina o współczynniku zamożności 1,15?" against "progów zamożności schemat nie podaje": the
        # official's value of a quantity whose thresholds the documents do not give decides nothing we can say
        return True
    if _FIGURE_ASKED.search(folded_question) and any(
        stem in sentence
        for value in _OWN_VALUE.finditer(folded_question)
        for stem in {w[:_STEM] for w in value.group("what").split() if len(w) > _STEM}
        for sentence in silent
    ):
        # "jaki wkład będzie miał nasz powiat przy naszym wskaźniku zamożności?": the same, with the value unsaid
        return True
    for asked, given, kind in _ASKED_FIGURES:
        if not asked.search(folded_question):
            continue
        if not given.search(folded_answer):
            return True
        if any(kind.search(sentence) for sentence in silent):
            return True
    return False


def _duty_skipped(folded_question: str, entry: FaqEntry) -> bool:
    """The official asks to do without, or denies, what the entry's own yes/no question asks to be a duty,
    and the entry answers a plain "Tak" (it is a duty): the reply to the official is "Nie"."""
    own = fold(entry.question)
    if not _PLAIN_YES.match(entry.answer) or not own.startswith("czy ") or not _DUTY_ASKED.search(own):
        return False
    if _DUTY_DENIED.search(folded_question):
        return True
    without = _SKIP_FAMILY.search(folded_question) or _WITHOUT.search(folded_question)
    return bool(without) and not _POLARITY_FAMILIES[1].search(folded_question)


def _polarity_differs(folded_question: str, entry: FaqEntry) -> bool:
    """The question asks with a polarity (exclusion, obligation) the entry's own question lacks,
    and the entry opens with a bare yes/no verdict."""
    if not _VERDICT_OPENER.match(entry.answer):
        return False
    own = fold(" ".join((entry.question, *entry.paraphrases)))
    if _SKIP_FAMILY.search(folded_question) and not _SKIP_FAMILY.search(fold(entry.question)):
        return True
    if _DUTY_DENIED.search(folded_question) and not _DUTY_DENIED.search(own):
        return True  # "nie trzeba chyba stosować PZP?": a "Tak" would confirm the denial
    return any(family.search(folded_question) and not family.search(own) for family in _POLARITY_FAMILIES)


# "… nie chce wystawić żadnej deklaracji", "bez protokołu odbioru": a condition the official says is
# not met. The words after the negation, matched by their first letters against the entry's condition.
_NOT_MET = lazy(
    r"\b(?:bez|nie\s+(?:chce|chca|bedzie|wystawi\w*|wyda\w*|posiada\w*|ma|mamy|maja|dostaniemy|dal\w*|zrobi\w*))"
    r"\s+(?P<words>(?:\w+\s+){0,2}\w+)"
)
_CONDITIONAL_YES = lazy(r"^Tak,\s+(?:ale|choć|chociaż|jeśli|jeżeli|gdy|o\s+ile|pod\s+warunkiem)\b")
_STEM = 6
# The same condition in the official's words: "nic w niej nie ma o wcześniejszym dofinansowaniu" for a
# declaration that the item "nie był współfinansowany"
_CONDITION_ALIASES = {"wspolf": ("dofina", "finans", "dotacj"), "deklar": ("oswiad",)}


# "co najmniej 2-letnim doświadczeniem": the years of experience an entry requires …
_YEARS_REQUIRED = lazy(r"\bco\s+najmniej\s+(?P<n>\d+)-letni\w*\s+doswiadczen\w*")
# … and the official's: "rok doświadczenia", "1,5 roku doświadczenia", "na rynku od 18 miesięcy"
_YEARS_TOLD = lazy(
    r"\b(?:(?P<n>\d+(?:[.,]\d+)?)\s+(?P<unit>lat\w*|rok\w*|mies\w*)|(?P<one>rok|roczn\w*|pol\s+roku|poltora\s+roku))"
    r"(?=(?:\s+\w+){0,2}?\s+doswiadcz\w*)"
    r"|\bna\s+rynku\s+(?:od\s+|jest\s+od\s+)?(?P<n2>\d+(?:[.,]\d+)?)\s+(?P<unit2>lat\w*|rok\w*|mies\w*)"
    r"|\bdoswiadczen\w*\s+(?:\w+\s+){0,2}?(?P<n3>\d+(?:[.,]\d+)?)\s+(?P<unit3>lat\w*|rok\w*|mies\w*)"
)


def _experience_short(folded_question: str, entry: FaqEntry) -> str | None:
    """The official's years of experience below what the entry requires: the verdict, before the rule."""
    required = _YEARS_REQUIRED.search(fold(entry.answer))
    told = _YEARS_TOLD.search(folded_question)
    if required is None or told is None:
        return None
    if told.group("one"):
        years = {"pol roku": 0.5, "poltora roku": 1.5}.get(told.group("one"), 1.0)
        shown = told.group("one").replace("pol ", "pół ").replace("poltora", "półtora")
    else:
        raw = told.group("n") or told.group("n2") or told.group("n3")
        unit = told.group("unit") or told.group("unit2") or told.group("unit3")
        years = float(raw.replace(",", ".")) / (12 if unit.startswith("mies") else 1)
        shown = f"{raw} mies." if unit.startswith("mies") else f"{raw} {'roku' if ',' in raw or '.' in raw else 'lat'}"
    need = int(required.group("n"))
    if years >= need:
        return None
    return f"Nie – wymagane jest co najmniej {need}-letnie doświadczenie, a {shown} to mniej."


def _condition_unmet(folded_question: str, entry: FaqEntry) -> bool:
    """The entry says "Tak, ale tylko gdy …" and the official says a word of that condition is not met."""
    if not _CONDITIONAL_YES.match(entry.answer):
        return False
    condition = {w[:_STEM] for w in re.findall(r"\w{5,}", fold(entry.answer))}
    condition |= {alias for stem, aliases in _CONDITION_ALIASES.items() if stem in condition for alias in aliases}
    return any(
        word[:_STEM] in condition
        for match in _NOT_MET.finditer(folded_question)
        for word in match.group("words").split()
        if len(word) >= 5 and word not in ("zadnej", "zadnego", "zadnych", "zadna", "zadne")
    )


# "sprzedawca wystawił deklarację – czy to wystarczy?": asking whether one thing is enough
_ENOUGH = lazy(r"\b(?:wystarcz\w*|wystarczaj\w*|starczy\w*)\b")
# … against an entry whose "Tak" holds only with several conditions together
_SEVERAL_CONDITIONS = lazy(r"\b(?:[lł][aą]cznie|wszystkie|(?:dwa|trzy|cztery|oba)\s+warunk\w*)\b", re.IGNORECASE)


_DEPENDS_ASKED = lazy(r"\bod\s+czego\s+(?:\w+\s+){0,2}zalez\w*|\bod\s+czego\s+(?:\w+\s+){0,2}uzalezni\w*")
_DEPENDS_TOLD = lazy(r"\bzalezy\s+od\b")


def _fitted(question: str, entry: FaqEntry, answer: Answer, answer_programme: str | None) -> Answer:
    """The entry's answer fitted to the official's case: its verdict against the question's polarity
    and conditions, and an honest abstention when the figure asked for is not in it."""
    folded_question = fold(question)
    if answer.abstained and _DEPENDS_ASKED.search(folded_question) and _DEPENDS_TOLD.search(fold(entry.answer)):
        # "od czego zależy, ile dostaniemy?": the factors are asked, and the entry names them – what it leaves open
        # (the exact formula) is not what was asked
        answer = replace(answer, abstained=False)
    short = _experience_short(folded_question, entry)
    if short is not None:
        # "firma doradcza ma rok doświadczenia – może być?" against "co najmniej 2-letnim doświadczeniem"
        answer = replace(answer, text=f"{short}\n\n{_without_verdict(answer.text)}")
    elif _condition_unmet(folded_question, entry):
        # "… nie chce wystawić deklaracji pochodzenia – rozliczymy to?" against "Tak, ale tylko gdy …
        # sprzedający wystawił deklarację": the official's case fails the condition.
        answer = replace(
            answer,
            text="Nie, jeśli warunek opisany poniżej nie jest spełniony.\n\n" + _without_verdict(answer.text),
        )
    elif (
        _ENOUGH.search(folded_question)
        and _CONDITIONAL_YES.match(entry.answer)
        and _SEVERAL_CONDITIONS.search(entry.answer)
    ):
        # "kupiliśmy używany NAS, sprzedawca wystawił deklarację – czy to wystarczy?" against "Tak, ale tylko
        # gdy spełnione są łącznie trzy warunki": one condition is not enough, and "Tak" would say it is
        answer = replace(
            answer,
            text="Nie samo to – muszą być spełnione łącznie wszystkie warunki opisane poniżej.\n\n"
            + _without_verdict(answer.text),
        )
    elif _duty_skipped(folded_question, entry):
        # "czy możemy wziąć tylko sprzęt, bez diagnozy?" against "czy diagnoza jest obowiązkowa? Tak.": the entry's
        # "Tak" would let the official skip it
        answer = replace(answer, text="Nie – to jest obowiązkowe.\n\n" + _without_verdict(answer.text))
    elif _WH_QUESTION.match(folded_question) and not re.search(r"\bczy\b", folded_question):
        # "dla jakich placówek możemy kupić sprzęt?", "wymień wszystkie …": a bare "Tak." answers no such question
        answer = replace(answer, text=_without_verdict(answer.text))
    elif _polarity_differs(folded_question, entry):
        # "czy licencje Windows Server też odpadają?" against "czy można kupić system
        # operacyjny?": the entry's "Tak" would answer the opposite question; its content stays.
        text = _without_verdict(answer.text)
        if _EXCLUSION_ASKED.search(folded_question) and _PLAIN_YES.match(entry.answer):
            own = fold(entry.question)
            if _ELIGIBILITY_ASKED.search(own) and not _POLARITY_FAMILIES[0].search(own):
                # "czy w CG tak jak w CS laptopy są wykluczone?" against "czy w CG można kupić laptopy? Tak.": the
                # plain yes to the entry's question is a no to the exclusion asked
                text = f"Nie, to nie jest wyłączone – to wydatek kwalifikowalny.\n\n{text}"
        answer = replace(answer, text=text)
    correction = None if answer.abstained else premise_correction(question, entry.answer)
    if correction is not None and _compute(question, entry.programmes) is None:
        # "w CG trwałość to 3 lata, tak?": the quoted figure is not the documents' – never a bare "Tak"
        answer = replace(answer, text=f"{correction}\n\n{_without_verdict(answer.text)}")
    if not answer.abstained and _figure_not_given(folded_question, entry):
        # "ile procent wkładu przy współczynniku 0,85?", "ile dni wcześniej uprzedzają o kontroli?":
        # the entry is on topic, but the figure asked for is not in it, or it says the
        # documents do not give it – an honest abstention with what the documents do say.
        codes = [answer_programme] if answer_programme else list(entry.programmes)
        body = (
            # the entry's "Tak"/"Nie" answers its own question; the official's figure is what stays open
            _without_verdict(entry.answer)
            + "\n\nLiczby, o którą pytasz, dokumenty programu nie podają. Zapytaj operatora programu:\n"
            + contact_lines(codes)
        )
        answer = replace(answer, text=render(body, entry.citations), abstained=True)
    return answer


# "Inaczej niż w Cyberbezpiecznym Samorządzie, gdzie …", "W Cyberbezpiecznym Samorządzie jest odwrotnie: …": an
# entry's contrast with another programme, worth saying when that programme is asked about too
_OTHER_PROGRAMME_CONTRAST = lazy(
    r"\s*(?:Inaczej niż w|W) (Cyfrowej Gminie|Cyfrowym Powiecie|Cyberbezpiecznym Samorządzie)"
    r"(?:,\s+gdzie| jest odwrotnie:)[^.]*\."
)
_CONTRAST_CODES = {"Cyfrowej Gminie": "cg", "Cyfrowym Powiecie": "cp", "Cyberbezpiecznym Samorządzie": "cs"}


def _without_unasked_contrast(folded_question: str, answer: Answer) -> Answer:
    """ "czy w CP kupimy pakiet biurowy?" answered "Tak … W Cyberbezpiecznym Samorządzie jest odwrotnie: oprogramowanie
    biurowe jest wyłączone": the other programme's opposite verdict, unasked, reads as the answer to the question;
    it stays only when the message names that programme too."""

    def unasked(match: re.Match[str]) -> str:
        code = _CONTRAST_CODES[match.group(1)]
        return match.group() if _PROGRAMME_NAMED[code].search(folded_question) else ""

    text = _OTHER_PROGRAMME_CONTRAST.sub(unasked, answer.text)
    return answer if text == answer.text else replace(answer, text=text)


def _without_verdict(text: str) -> str:
    """The answer without its opening "Tak."/"Nie, ale" (the content after it stands on its own)."""
    rest = _VERDICT_OPENER.sub("", text, count=1)
    return rest[:1].upper() + rest[1:] if rest != text else text


_PROGRAMME_LABEL = lazy(r"(?:^|(?<=[.;]\s))(Cyfrowa Gmina|Cyfrowy Powiat|Cyberbezpieczny Samorząd):\s")
_LABEL_CODE = {"Cyfrowa Gmina": "cg", "Cyfrowy Powiat": "cp", "Cyberbezpieczny Samorząd": "cs"}
# A citation's document is one programme's ("cyfrowa_gmina_regulamin.txt").
_DOCUMENT_PREFIX = {"cg": "cyfrowa_gmina_", "cp": "cyfrowy_powiat_", "cs": "cyberbezpieczny_samorzad_"}


def programme_part(entry: FaqEntry, programme: str) -> FaqEntry:
    """A comparison entry answered "Cyfrowa Gmina: …. Cyfrowy Powiat: …. Cyberbezpieczny Samorząd: …" narrowed to
    one programme's part and that programme's citations; any other entry unchanged.

    >>> from knowledge.citations import Citation
    >>> cg = Citation("cyfrowa_gmina_regulamin.txt", "§3 ust. 8")
    >>> cs = Citation("cyberbezpieczny_samorzad_schemat_grantowy.txt", "pkt 9")
    >>> e = FaqEntry("x", ("cg", "cs"), None, "?", (), "Cyfrowa Gmina: do 31.12.2023 r. Cyberbezpieczny Samorząd: "
    ...              "od 1.06.2023 r.", (cg, cs), ())
    >>> part = programme_part(e, "cs")
    >>> part.answer, part.programmes, [c.section for c in part.citations]
    ('Cyberbezpieczny Samorząd: od 1.06.2023 r.', ('cs',), ['pkt 9'])
    """
    body = entry.answer.strip()
    labels = list(_PROGRAMME_LABEL.finditer(body))
    codes = [_LABEL_CODE[m.group(1)] for m in labels]
    if "\n" in body or len(labels) < 2 or len(set(codes)) != len(codes) or labels[0].start() != 0:
        return entry
    if programme not in codes:
        return entry
    index = codes.index(programme)
    end = labels[index + 1].start() if index + 1 < len(labels) else len(body)
    citations = tuple(c for c in entry.citations if c.document.startswith(_DOCUMENT_PREFIX[programme]))
    return replace(
        entry,
        programmes=(programme,),
        answer=body[labels[index].start() : end].strip(),
        citations=citations or entry.citations,
    )


def _entry_answer(entry: FaqEntry, answer_programme: str | None, confidence: float, *, verdict: bool = True) -> Answer:
    """One entry's answer; an undecided entry abstains, saying what the documents do say.

    Without `verdict` the entry's opening "Tak."/"Nie, …" is left out: answered only because a statement was
    offered for confirmation, the topic is sure, not that the entry's yes/no answers the official's statement
    ("czy to prawda, że dokumentację pokazujemy tylko na żądanie?" against "Tak. Gmina … dołącza ją do rozliczenia").
    """
    body = entry.answer if verdict else _without_verdict(entry.answer)
    if entry.undecided:
        # The entry's point is that the documents do not settle this: say what they do say,
        # flag the abstention and give the contacts.
        codes = [answer_programme] if answer_programme else list(entry.programmes)
        body += "\n\nZapytaj operatora programu:\n" + contact_lines(codes)
    text = render(body, entry.citations)
    return Answer(
        text=text,
        abstained=entry.undecided,
        entry_id=entry.id,
        programme=answer_programme,
        score=round(confidence, 3),
        citations=entry.citations,
        related=entry.related,
    )


# "jak policzyć / wyliczyć … jaki wzór" with the official's own figures (inhabitants, P, L).
_FORMULA_ASK = lazy(r"\b(?:wzor\w*|policz\w*|wylicz\w*|oblicz\w*)|\bile\s+(?:\w+\s+)?(?:wyjdzie|wychodzi|wyniesie)\b")
_OWN_FIGURES = lazy(r"\d[\d\s]*(?:tys\w*\.?\s*)?mieszkanc\w*|\b[plg]\s*=\s*\d|\bwskaznik\w*\s+[plg]\s+\d")

_PROGRAMME_MENTION = lazy(
    r"\b(?:cyfrow\w*\s+(?:gmin\w*|powiat\w*|powiec\w*)|cyberbezpieczn\w*\s+samorzad\w*|cyber\s*samorzad\w*"
    # "w cyfrowej gminie, powiecie i cyberbezpiecznym": the adjective alone names CS too (synonyms)
    r"|cyberbezpieczn\w*|c[gps])\b"
)


# "… jak w cs?", "tak samo jak w gminie": the programme the official compares with.
_REFERENCE = lazy(
    r"[,\s]*\b(?:tak\s+)?(?:samo\s+)?(?:jak|niz|podobnie\s+jak)\s+"
    # "tak jak było w cyfrowym powiecie", "jak robiliśmy w CG": a verb of the past between is still the reference
    r"(?:(?:to\s+)?(?:bylo|byl\w*|bywalo|jest|robil\w*|mieli\w*|dalo\s+sie)\s+)?(?:w|dla|z|ze|przy)\s+"
    r"(?:cyfrow\w*\s+(?:gmin\w*|powiat\w*|powiec\w*)|cyberbezpieczn\w*\s+samorzad\w*|cyber\s*samorzad\w*"
    r"|c[gps]|gmin\w*|powiec\w*|powiat\w*|cyfrow\w*|cyber\w*)\b"
    # "skoro CS to tak jak Cyfrowa Gmina – bez wkładu": a programme named without a preposition is a
    # reference only after "tak jak" / "podobnie jak" (a bare "jak Cyfrowa Gmina liczy …" asks how)
    r"|[,\s]*\b(?:tak\s+(?:samo\s+)?jak|podobnie\s+jak)\s+(?:cyfrow\w*\s+(?:gmin\w*|powiat\w*|powiec\w*)"
    r"|cyberbezpieczn\w*\s+samorzad\w*|cyber\s*samorzad\w*|c[gps])\b"
)
# "w CG dawaliśmy X, a w CP też trzeba?": a clause about one programme, then the other after "a/to/ale".
_PROGRAMME_NAME = (
    r"(?:cyfrow\w*\s+(?:gmin\w*|powiat\w*|powiec\w*)|cyberbezpieczn\w*\s+samorzad\w*|cyber\s*samorzad\w*|c[gps])"
)
# "w CG kupowaliśmy używany serwer …, w CS zrobimy tak samo z firewallem?": the same thing done in another programme
_ANALOGY = lazy(
    rf"^(?P<context>.*?\b(?:w|we|dla|z|ze|do|przy)\s+{_PROGRAMME_NAME}\b[^?]*?),\s*(?:a\s+|to\s+)?"
    rf"(?:w|we|dla|z|ze|do|przy)\s+{_PROGRAMME_NAME}\b[^,?]*\b(?:tak\s+samo|podobnie|analogicznie)\b"
)
_CONTRAST_ASKED = lazy(
    rf"^(?P<context>.*?\b(?:w|we|dla|z|ze|do|przy)\s+{_PROGRAMME_NAME}\b[^?]*?)(?:,\s*|\s+)"
    rf"(?:a|ale|natomiast|zas)\s+(?:czy|ile|jak\w*|kiedy|do\s+kiedy|od\s+kiedy|co|gdzie|kto)\b[^,?]*?"
    rf"\b(?:w|we|dla|przy|do|z|ze)\s+{_PROGRAMME_NAME}\b"
)
_CONTRAST = lazy(
    rf"^(?P<context>.*?\b(?:w|we|dla|z|ze|do|przy)\s+{_PROGRAMME_NAME}\b.*?)(?:,\s*|\s+)"
    # "w CG można było X, więc w CS też …": the conclusion drawn for the other programme is the question
    rf"(?:a|to|ale|natomiast|zas|wiec|zatem)\s+(?:(?:czy|jak|co)\s+)?(?:w|we|dla|przy|do|z|ze)\s+{_PROGRAMME_NAME}\b"
)
# "… tak jak ankietę?", "… podobnie jak w CG?", "… jak w RPO?": an analogy closing a clause (a marker before "jak",
# or a preposition after it: "jak złożyć" is a question word, not an analogy)
_ANALOGY_TAIL = lazy(
    r"[\s,]*(?:\b(?:tak\s+samo|tak|podobnie|analogicznie|identycznie)\s+jak\s+(?:(?:w|we|przy|dla|do|z|ze)\s+)?"
    r"|\bjak\s+(?:w|we|przy|dla)\s+)(?:przypadku\s+)?[^\W\d][^\s,?.!]*(?:\s+[^\s,?.!]+){0,3}?\s*"
    # … up to the end of the clause, or the official's figure that follows it ("… jak runda w CG, czyli 30 dni?")
    r"(?=[?.!]|$|,?\s+czyli\b)",
    re.IGNORECASE,
)
# "czy w cs możemy kupić używany serwer, w cyfrowej gminie się dało": what another programme allowed, closing the
# question – the official's argument, not what is asked
_DONE_ELSEWHERE = lazy(
    rf"[\s,;–-]*(?:\b(?:bo|skoro|przeciez|a)\s+)?\b(?:w|we|z|ze|przy)\s+{_PROGRAMME_NAME}\s+(?:to\s+|tez\s+|przeciez\s+)?"
    r"(?:sie\s+dalo|dalo\s+sie|mozna\s+bylo|bylo\s+mozna|wolno\s+bylo|bylo\s+wolno|przeszlo|przechodzil\w*"
    r"|bylo\s+(?:ok|dobrze|w\s+porzadku)|kupowalismy|kupilismy)"
    r"(?:\s+\w+){0,2}\W*$"
)
# "w cs oprogramowanie biurowe nie, a system operacyjny do serwera?": a verdict the official knows, then the thing asked
_KNOWN_VERDICT = lazy(
    r"^\W*(?P<known>[^?,;]{3,80}?)\s+(?:nie|tak|odpada\w*|wolno|mozna|nie\s+mozna|nie\s+wolno|przechodzi\w*)\s*[,;–-]\s*"
    r"(?:a|ale|za\s+to)\s+(?P<asked>[^,;?]{3,120}\?)\s*$"
)
_PROGRAMME_IN_CLAUSE = lazy(rf"\b(?:w|we|z|ze|dla|przy)\s+{_PROGRAMME_NAME}\b")


def _without_known_verdict(question: str) -> str:
    """ "w cs oprogramowanie biurowe nie, a system operacyjny do serwera z firewallem?": what the official already
    knows is no question; the thing after "a" is asked, in the programme named before."""
    folded = fold(question)
    match = _KNOWN_VERDICT.match(folded)
    if match is None or len(folded) != len(question):
        return question
    named = _PROGRAMME_IN_CLAUSE.search(match.group("known"))
    if named is None or re.search(rf"\b{_PROGRAMME_NAME}\b", match.group("asked")):
        # no programme in the known clause, or another one asked after "a" ("w CG używany można, a w CS?" compares
        # the programmes): the question keeps it all
        return question
    asked = question[match.start("asked") : match.end("asked")]
    return f"{question[match.start('known') + named.start() : match.start('known') + named.end()]} {asked}"


_SENTENCE_SPAN = lazy(r"[^.?!]+[.?!]*")
# Clause boundaries for asides: a comma, a sentence end or a dash between words (kept by split).
_CLAUSE = lazy(r"(\s*[,;.?!]+\s+|\s+[–-]\s+)")
# "Dostaliśmy grant w CG. Czy w CS też możemy złożyć wniosek?": taking part in the other programme is
# the point (combining programmes), not a comparison.
_PARTICIPATION = lazy(
    r"\b(?:dosta\w*|otrzyma\w*|mamy\s+(?:juz\s+)?grant\w*|realizuj\w*|realizowal\w*|korzyst\w*|uczestnicz\w*"
    r"|bral\w*\s+udzial|wygral\w*|zlozyl\w*)"
)


# The asking clause after a context that pairs subjects with programmes ("…, jakie terminy?").
_ASKING_AFTER = lazy(
    r"\s*(?:[-–:,]|\s)\s*(?=(?:a\s+)?(?:jakie|jaki|jaka|ile|kiedy|do\s+kiedy|od\s+kiedy|gdzie|kto|co|czy)\b[^,]*$)"
)
_PAIR_JOIN = lazy(r"\s+(?:i|a|oraz|natomiast|zas)\s+|,\s*(?:a\s+|natomiast\s+)?")
_BOTH_OF = lazy(
    r"\b(?:na|dla|w|we|o|do)?\s*(?:jedno\s+i\s+drugie|jeden\s+i\s+drugi|jedna\s+i\s+druga|obydw\w*|oba|obie|obu)\b",
    re.IGNORECASE,
)
# Besides prepositions, words that name no subject ("…, to w CS gdzie …", "u nas w CG").
_PREPOSITIONS = frozenset(
    {"w", "we", "z", "ze", "dla", "do", "przy", "od", "na", "o", "u", "to", "tez", "nas", "nam", "my", "jak", "tam"}
)
MAX_PAIRED_WORDS = 4


def _subject_words(text: str) -> list[str]:
    """The words of a clause besides the programme it names and the prepositions."""
    folded = fold(text)
    for a, b in _mention_spans(folded):
        if not folded.startswith("ankiet", a):  # the CS survey names the programme and is a subject too
            folded = folded[:a] + " " * (b - a) + folded[b:]
    # fold keeps the length: the words are taken from the text as typed
    return [text[m.start() : m.end()] for m in re.finditer(r"\w+", folded) if m.group() not in _PREPOSITIONS]


# A question about where a programme's money comes from.
_FUNDING_ASK = lazy(
    r"\bzrodl\w*\s+(?:finansowan\w*|dofinansowan\w*|srodkow|pieniedzy)"
    r"|\bz\s+jakiego\s+(?:programu|funduszu|zrodla)|\bz\s+jakich\s+(?:srodkow|funduszy|pieniedzy)"
    r"|\b(?:finansowan\w*|pieniadze|srodki)\s+(?:sa\s+|jest\s+|pochodz\w*\s+)?z\s+(?:jakiego|jakich|ktorego|czego)\b"
)
# "czy CS to z KPO?", "czy CG jest finansowana z RPO?": the programme said to come from a named scheme.
_FROM_SCHEME = lazy(
    r"\b(?:to|jest|sa|idzie|ida)\s+(?:\w+\s+)?z\s+|\bfinansowan\w*\s+z\s+|\bpochodz\w*\s+z\s+"
    # "czy KPO finansuje CS": the scheme named as the one paying
    r"|\b(?:s?finansuj[eaą]|dofinansowuj[eaą]|placi)\b"
)
# The asking sentence after the official's story: how specific it must be to override the story's entry.
ASKED_MIN_TERMS = 2
RARE_SHARE = 0.6
_DEMONSTRATIVE = lazy(r"\b(?:ten|ta|te|tego|tej|tych|tym|takie\w*|taki\w*)\s+[a-z]{3,}")
# Two things asked about in one clause ("dokumentację z przetargu i polisę"), with a few words of each.
_BOTH_JOIN = lazy(r"\s+(?:i|oraz)\s+")
OBJECT_WORDS = 3
_CLAUSE_OPENER = lazy(r"(?:czy|co|jak\w*|ile|kiedy|gdzie|kto|ktor\w*|dlaczego|nie|czym|komu|tez|takze|potem|wtedy)$")
# "który (to) …", "jaki numer ma …": the question asks which one of a list.
_WHICH_ONE = lazy(r"\bktor\w*|\bjaki\w*\s+(?:numer\w*|zalacznik\w*)|\bnumer\w*")
# "wymień załączniki", "jakie są załączniki do regulaminu", "lista załączników": the list itself is asked for
_ANNEX_LIST_REQUEST = lazy(
    r"\b(?:wymien\w*|wypisz\w*|wylicz\w*|jakie\s+sa|jakie\s+ma|list\w*|spis\w*|wszystki\w*)\s+(?:\w+\s+)?zalacznik\w*"
)
# "1) wzór wniosku, 2) lista podmiotów …": an enumerated list of annexes in an entry's answer.
_ANNEX_LIST = lazy(r"\bzalacznik\w*\s*:")
_ANNEX_ITEM = lazy(r"(?:^|[:,]\s*)(?P<number>\d{1,2})\)\s+(?P<name>[^,;]+?)(?=,\s*\d{1,2}\)|\.\s|\.$|;)")
_GENERIC_STEMS = frozenset({"zalac", "regul", "cg", "cp", "cs", "to", "do", "w", "z", "ze", "dla", "jest", "sa"})


def _stems(folded: str) -> set[str]:
    """The first five letters of each word: enough to match Polish inflections of a noun phrase."""
    return {w[:5] for w in re.findall(r"\w+", folded) if len(w) >= 3} - _GENERIC_STEMS


# A relative clause describing someone or something the question is about ("…, który robił diagnozę").
_RELATIVE = lazy(r",?\s+\bktor(?:y|a|e|ego|ej|ym|zy|ych|emu|ymi)\b[^,?.!;]*")


def _mention_spans(text: str) -> list[tuple[int, int]]:
    """Where the programmes a (folded) sentence names stand, nicknames included."""
    spans = [m.span() for m in _PROGRAMME_MENTION.finditer(text)]
    for pattern in NICKNAMES.values():
        spans += [m.span() for m in pattern.finditer(text)]
    return spans


# Who applies in each programme, and the kinds of unit an official says they are (programme names cut out first).
_APPLICANT_KIND = {"cg": "gmina", "cp": "powiat"}
_UNIT_KINDS = {
    "powiat": lazy(r"\b(?:powiat|powiatu|powiatem|powiecie|starostw\w*|starost\w*)\b"),
    "gmina": lazy(r"\b(?:gmina|gminy|gminie|gmine|gmin|urzad\w*\s+gminy|wojt\w*)\b"),
    "wojewodztwo": lazy(r"\b(?:wojewodztw\w*|marszal\w*)\b"),
}
# "… jak w gminie?", "tak jak dla powiatów": a comparison names a kind of unit the official is not; "miasto na prawach
# powiatu" is a gmina
_UNIT_ASIDE = lazy(
    r"\b(?:tak\s+)?jak\s+(?:w\s+|we\s+|dla\s+|u\s+|to\s+)?(?:gmin\w*|powiat\w*|powiec\w*|wojewodztw\w*)"
    r"|\bna\s+prawach\s+powiatu\b"
)
# … asking to apply or to be funded
_APPLYING = lazy(
    r"\bwnios\w*|\bwnioskow\w*|\bzloz\w*|\bskladac\w*|\bstartow\w*|\baplik\w*|\bubiega\w*|\bskorzyst\w*"
    r"|\bwystapi\w*|\bdosta\w*|\bsfinans\w*|\bkupi\w*|\bgrant\w*|\bdofinans\w*"
)
_OTHER_PROGRAMMES = {
    ("powiat", "cg"): "all-program-dla-powiatu",
    ("gmina", "cp"): "all-program-dla-gminy",
    ("wojewodztwo", "cg"): "all-program-dla-wojewodztwa",
    ("wojewodztwo", "cp"): "all-program-dla-wojewodztwa",
}
_NOT_AN_APPLICANT = {
    ("powiat", "cg"): "Nie – w Cyfrowej Gminie wnioskodawcą była gmina, nie powiat.",
    ("gmina", "cp"): "Nie – w Cyfrowym Powiecie wnioskodawcą był powiat, nie gmina.",
    ("wojewodztwo", "cg"): "Nie – w Cyfrowej Gminie wnioskodawcą była gmina, nie województwo.",
    ("wojewodztwo", "cp"): "Nie – w Cyfrowym Powiecie wnioskodawcą był powiat, nie województwo.",
}


_PROGRAMME_NAMED = {
    "cg": lazy(r"\bcyfrow\w*\s+gmin\w*|\bcg\b"),
    "cp": lazy(r"\bcyfrow\w*\s+(?:powiat\w*|powiec\w*)|\bcp\b"),
    "cs": lazy(r"\bcyber\w*\s*samorzad\w*|\bcyberbezpieczn\w*|\bcs\b"),
}


def wrong_applicant(question: str) -> tuple[str, str] | None:
    """(kind of unit, programme) when the official says they are a unit the one programme named is not for
    ("jesteśmy starostwem … do Cyfrowej Gminy" → ("powiat", "cg")); None otherwise."""
    folded = fold(question)
    named = [code for code, pattern in _PROGRAMME_NAMED.items() if pattern.search(folded)]
    if len(named) != 1 or named[0] not in _APPLICANT_KIND:
        return None
    rest = _UNIT_ASIDE.sub(" ", _without_programmes(question))
    kinds = {kind for kind, pattern in _UNIT_KINDS.items() if pattern.search(rest)}
    if len(kinds) != 1 or not _APPLYING.search(rest):
        return None
    kind = next(iter(kinds))
    return (kind, named[0]) if (kind, named[0]) in _OTHER_PROGRAMMES else None


def _without_programmes(text: str) -> str:
    """The folded text with the programmes it names cut out."""
    return " ".join(_PROGRAMME_MENTION.sub(" ", fold(text)).split())


# Between programmes listed side by side ("w cg, cp i cs", "w cp i w cs") only these words stand;
# "z cg na cs", "łączyć cg z cs" relate the programmes and are no list.
_LIST_GLUE = lazy(r"^(?:[\s,;/]|\b(?:i|oraz|a|w|we|lub|albo|czy|dla|z|ze|jak)\b)*$")
_RELATION = lazy(
    r"\b(?:lacz\w*|polacz\w*|przenie\w*|przenos\w*|przesun\w*|roznic\w*|rozni\w*|porown\w*|zamiast|oba|obu"
    r"|jednoczesn\w*|rownoczesn\w*|zamien\w*|przejsc\w*|przejs\w*)\b"
)


# "… z Cyberbezpiecznego Samorządu kupić laptopy. Da się, czy lepiej z Cyfrowego Powiatu?": the other programme is an
# alternative asked about too, not the one programme asked
_ALTERNATIVE_PROGRAMME = lazy(r"\b(?:czy|a\s+moze|albo|lub)\s+(?:tez\s+)?lepiej\s+(?:z|ze|w|we|do|przez)\b")
_ONE_AND_OTHER = lazy(
    r"\bw\s+(?:jedn(?:ym|ej)|drugi(?:m|ej)|ka[zż]d(?:ym|ej)\s+z\s+(?:nich|program[oó]w|tych))\b", re.IGNORECASE
)
# "składamy do CG i do CS – przez jaką aplikację w jednym, a przez jaką w drugim?", "jak to jest w każdym z nich":
# the same question asked of each programme named before
_EACH_PROGRAMME = lazy(
    # (the question itself between: "w jednym jest diagnoza, w drugim ankieta" pairs two subjects instead)
    r"\bw\s+jedn(?:ym|ej)\s*,?\s+a\s+(?:\w+\s+){0,4}?w\s+drugi(?:m|ej)\b|\bw\s+kazd(?:ym|ej)\s+z\s+(?:nich|programow|tych)\b"
    r"|\bw\s+(?:obu|obydwu)\s+(?:programach|konkursach)\b"
)


def _programmes_listed(question: str) -> bool:
    """The question names its programmes as a list of alternatives, not as related to each other."""
    folded = fold(question)
    spans = [m.span() for m in _PROGRAMME_MENTION.finditer(folded)]
    if len(spans) < 2 or _RELATION.search(folded):
        return False
    return all(_LIST_GLUE.match(folded[a[1] : b[0]]) for a, b in pairwise(spans))


# "ile maksymalnie łącznie z CP i CS": a sum of the programmes' own figures needs no digit from the official
_TOTAL_ASKED = lazy(r"\b(?:razem|lacznie|w\s+sumie|sumarycznie)\b")
# Besides digits, what gives arithmetic something to work on: a weekday, or a count of days asked for.
_WEEKDAY_MENTION = lazy(
    r"\bw\s+(?:poniedzial|wtor|srod|czwart|piat|sobot|niedziel)\w*|\bile\s+(?:\w+\s+)?dni\b|\bjak\s+dlugo\b"
)


# "NAS" in capitals, or after a device word ("serwer nas"): the storage device, not the pronoun
_NAS_DEVICE = lazy(r"\bNAS\b|\b(?i:serwer\w*|macierz\w*|urz[aą]dzeni\w*|dysk\w*|kupi\w*|zakup\w*|nowy\w*)\s+(?i:nas)\b")
_STORAGE_TERMS = frozenset({"macierz", "synolog", "qnap", "storage", "san", "dysk"})
# "ile dostaniemy", "ile otrzyma gmina": with "ile", receiving means the grant's amount.
REPEATED, SECOND_CALL = "dwa razy", "ponowne wezwanie"  # canonical terms of the synonyms file
_CALL_STEMS = ("wezwa", "wzyw")
_AT_ALL = lazy(r"\bw\s+og[oó]le\b", re.IGNORECASE)
# "w mailu napisali, że doradca musi …": the verb reports what someone wrote; it is not writing an application
_REPORTED = lazy(r"\bnapisa[lł]\w*(?=\s*,?\s*(?:nam\s+|mi\s+)?(?:że|ze|iż|iz)\b)", re.IGNORECASE)
# "na ile wniosków liczono?", "ilu grantobiorców planowano?", "ile zakładano wniosków": a number the documents
# expected is what they "przewidują" ("liczono" alone would be counting: "liczy się stosunek wskaźników")
_EXPECTED_COUNT = lazy(
    r"\b(?:liczon[oaey]|planowan[oaey]|zak[lł]adan[oaey]|spodziewan[oaey](?:\s+si[eę])?|oczekiwan[oaey])\b",
    re.IGNORECASE,
)
_HOW_MANY = lazy(r"\b(?:ile|ilu)\b", re.IGNORECASE)
_WHEN_TERMS = frozenset({"termin", "kiedy"})
# ("od kiedy zakupy się liczą": counting as eligible is the same window)
_BUY_WHEN_WORDS = frozenset(
    {
        "termin",
        "kiedy",
        "kupic",
        "sprzet",
        "zakup",
        "wydatek",
        "wolno",
        "liczyc",
        "kwalifikowalny",
        "grant",
        "koszt",
        "ponosic",
    }
)
SPENDING = "ponosic wydatki"  # canonical term of the synonyms file's spending group
_RECEIVE_TERMS = frozenset({"dostac", "otrzymac", "dawac", "dac"})
_UP_TO_AMOUNT = lazy(r"\b(?:do|maks\w*|max)\s+\d[\d\s.,]*\s*(?:mln|milion\w*|tys\w*|zl|pln)")
# "czy Cyfrowy Powiat daje do 2 mln zł?": an amount in złoty or a multiplier is what is received
_AMOUNT_TERMS = frozenset({"zloty", "zl", "pln", "milion", "mln", "tys", "tysiac"})
_AMOUNT_WORDS = frozenset({"ile", "maksymalny", "minimalny", "mozna", "moc", "jako", "nasz", "my"})


def _compute(question: str, programmes: Sequence[str]) -> Computation | None:
    found = _compute_all(question, programmes)
    if not found:
        return None
    first = found[0]
    chained = next((c for c in found[1:] if first.kind == "formula" and c.kind == "advisory"), None)
    if chained is not None:
        # "L = 25 400, G 1948,22 – ile grantu i ile max na firmę doradczą?": the cap is of the grant just computed,
        # one message, one reply – both figures, the grant first
        return replace(
            first,
            text=f"{first.text}\n\n{chained.text}",
            citations=tuple(dict.fromkeys((*first.citations, *chained.citations))),
            entry_ids=(*first.entry_ids, *chained.entry_ids),
        )
    return first


def _compute_all(question: str, programmes: Sequence[str]) -> list[Computation]:
    if not any(ch.isdigit() for ch in question) and not _TOTAL_ASKED.search(fold(question)):
        return []
    # Imported on first use: its patterns cost start-up time and most questions carry no numbers.
    from knowledge.compute import compute_all

    return compute_all(question, programmes)


def _entry_intents(entry: FaqEntry) -> frozenset[str]:
    """The entry's own question's intents, and any two of its paraphrases share."""
    counts = Counter(i for text in entry.paraphrases for i in intents(text))
    return intents(entry.question) | {i for i, n in counts.items() if n >= 2}


# "szkolenia informatyczne niezwiązane z cyberbezpieczeństwem": what a thing is said NOT to concern is no word the
# entry is about – indexed, it would draw "szkolenie z cyberbezpieczeństwa" to the exclusion of other trainings
_NEGATED_QUALIFIER = lazy(
    r"\b(?:niezwi[aą]zan\w*|nie\s+zwi[aą]zan\w*)\s+(?:z|ze)\s+\w+",
    re.IGNORECASE,
)


# "co to jest", "co oznacza", "czym jest", "rozwinięcie skrótu": what a word stands for
_DEFINITION_ASK = lazy(
    r"\b(?:co\s+to\s+(?:jest|sa|za|znaczy|oznacza)|co\s+(?:znaczy|oznacza|oznaczaja)|czym\s+(?:jest|sa)"
    r"|rozwini\w*\s+skrot\w*|jak\s+(?:sie\s+)?rozwija\w*)\b"
)
_ACRONYM = re.compile(r"\b[A-ZĄĆĘŁŃÓŚŹŻ]{2,6}\b")
DEFINITION_CONFIDENCE = 0.8


def _writes_out(text: str, acronym: str) -> bool:
    """`text` says what `acronym` stands for: "Generator Wniosków Grantowych (GWG)", "(DLP – Data Leak
    Prevention)", "ZUCH to system …", "GWG (Generator …)"."""
    a = re.escape(acronym)
    return (
        re.search(rf"\w{{3,}}\s+\({a}\)|\({a}\s*[–-]\s*\w|\b{a}\s*\(\s*[A-ZĄĆĘŁŃÓŚŹŻ]\w+|\b{a}\s+to\s+\w", text)
        is not None
    )


def _affirmed(text: str) -> str:
    """`text` without the things it says it does not concern (for the index; the answer shown is untouched)."""
    return _NEGATED_QUALIFIER.sub(" ", text)


def _content_text(text: str) -> str:
    folded = (fold(tok) for tok in raw_tokens(text))
    return " ".join(t for t in folded if t not in STOP_WORDS and t not in CHATTER)


SOURCES_MARK = "\n\nŹródło: "


def render(answer: str, citations: Sequence[Citation]) -> str:
    if not citations:
        return answer
    return f"{answer}{SOURCES_MARK}" + "; ".join(c.human() for c in citations)


def _combined(best: FaqEntry, members: Sequence[FaqEntry], confidence: float) -> Answer:
    ordered = sorted(members, key=lambda e: (PROGRAMME_CODES.index(e.programmes[0]), e.id))
    parts = []
    citations: list[Citation] = []
    for e in ordered:
        names = ", ".join(get_programme(p).name for p in e.programmes)
        parts.append(f"{names}: {e.answer}")
        citations.extend(c for c in e.citations if c not in citations)
    text = "Odpowiedź zależy od programu.\n\n" + "\n\n".join(parts)
    # Every programme's documents leave it open: the side-by-side reply is an abstention too.
    undecided = all(e.undecided for e in ordered)
    if undecided:
        codes = list(dict.fromkeys(p for e in ordered for p in e.programmes))
        text += "\n\nZapytaj operatora programu:\n" + contact_lines(codes)
    related = tuple(dict.fromkeys(r for e in ordered for r in e.related if r not in {m.id for m in ordered}))
    return Answer(
        text=render(text, citations),
        abstained=undecided,
        entry_id=best.id,
        programme=None,
        score=round(confidence, 3),
        citations=tuple(citations),
        related=related,
        combined=tuple(e.id for e in ordered),
    )


def abstain(programme: str | None, score: float = 0.0, reason: str | None = None) -> Answer:
    """Say plainly that we do not know (and why, when we can tell), and where to ask instead."""
    codes = [programme] if programme else list(PROGRAMME_CODES)
    contacts = contact_lines(codes)
    if reason is not None:
        text = f"Nie znam odpowiedzi na to pytanie. {reason} Zapytaj operatora programu:\n" + contacts
    else:
        text = (
            "Nie znam odpowiedzi na to pytanie: dokumenty programów, na których się opieram, "
            "tego nie rozstrzygają albo pytanie nie dotyczy programów Cyfrowa Gmina, Cyfrowy Powiat "
            "ani Cyberbezpieczny Samorząd. Zapytaj operatora programu:\n" + contacts
        )
    return Answer(text=text, abstained=True, entry_id=None, programme=programme, score=round(score, 3))


# Source files whose change must invalidate a pickled engine (its classes and its analysis).
_ENGINE_SOURCES = ("faq_engine.py", "normalize.py", "faq_loader.py", "faq_synonyms.yaml", "faq_model.py", "lazy_re.py")


def engine_cache_key(path: Path, stemmer: str) -> str:
    """Content hash of everything a built engine depends on: the entries, synonyms and the code."""
    digest = hashlib.sha256(f"{stemmer}|{sys.version_info[:2]}".encode())
    here = Path(__file__).parent
    for source in [here / name for name in _ENGINE_SOURCES] + sorted(path.glob("*.yaml")):
        digest.update(source.name.encode() + b"\0")
        try:
            digest.update(source.read_bytes())
        except OSError:
            digest.update(b"<missing>")
    return digest.hexdigest()[:20]


@cache
def _cached_engine(path: Path, stemmer: str, cache_dir: Path | None) -> FaqEngine:
    """Build the engine, or restore it from `cache_dir` (pickled, keyed by content hash).

    Building lemmatises ~3 000 texts (~0.3 s plus ~0.35 s for the morfeusz dictionaries); restoring
    takes a few tens of milliseconds, which is what keeps a cold `grantbot ask` fast.
    """
    if cache_dir is None:
        return FaqEngine(load_directory(path), stemmer=stemmer, cache_dir=cache_dir)
    cache_file = cache_dir / f"faq-engine-{engine_cache_key(path, stemmer)}.pickle"
    try:
        with cache_file.open("rb") as handle:
            engine = pickle.load(handle)
        if isinstance(engine, FaqEngine):
            share_synonyms(engine.analyzer.synonym_groups)  # the off-topic names need no YAML then
            return engine
    except (OSError, pickle.UnpicklingError, EOFError, AttributeError, ImportError, TypeError, ValueError):
        pass  # no cache yet, or one written by other code: rebuild below
    engine = FaqEngine(load_directory(path), stemmer=stemmer, cache_dir=cache_dir)
    try:
        cache_dir.mkdir(parents=True, exist_ok=True)
        for stale in cache_dir.glob("faq-engine-*.pickle"):
            stale.unlink(missing_ok=True)
        tmp = cache_file.with_suffix(f".{os.getpid()}.tmp")
        with tmp.open("wb") as handle:
            pickle.dump(engine, handle, protocol=pickle.HIGHEST_PROTOCOL)
        tmp.replace(cache_file)
    except OSError:
        pass  # a read-only home only costs start-up time
    return engine
