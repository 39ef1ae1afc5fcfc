"""Is the message about the programmes at all? Checks on the shape of a whole message.

Off-topic messages are often made of words the knowledge base knows: "od rana nie działa
ogrzewanie, w serwerowni jest 12 stopni – do kogo dzwonić?" ends with a question the contact entry
answers, and "grantobiorca operator beneficjent wskaźnik trwałość runda ile" is nothing but grant
vocabulary. Neither asks anything the programmes govern. The checks here look at how the message is
built, not at a list of topics:

* `foreign_situation`: a message that names no programme and whose context (what the official
  tells before asking) is mostly made of words the programme documents never use – a situation
  outside the programmes; the asking sentence alone ("do kogo dzwonić?") cannot make it one.
* `keyword_bag`: a run of nouns with no sentence around them – no preposition, conjunction or verb
  form the official would use to ask; several topics at once, none of them asked about.

Both are pure: the engine passes the message's terms and the set of terms its knowledge knows.

>>> keyword_bag("grantobiorca operator beneficjent wskaznik trwalosc runda ile")
True
>>> keyword_bag("trwalosc cg ile lat")
False
>>> keyword_bag("ile wynosi grant w cyfrowej gminie dla gminy wiejskiej")
False
>>> keyword_bag("CG, CS – KPG, NASK, BIP?")
True
>>> keyword_bag("CS: ankieta, termin?")
False
"""

from __future__ import annotations

import re
from collections.abc import Collection, Sequence

from knowledge.normalize import fold, words

# A context needs this many informative words before its vocabulary can tell anything.
FOREIGN_MIN_WORDS = 3
# Share of the context's informative words the knowledge base must know for it to be a grant matter.
FOREIGN_KNOWN_SHARE = 0.5

# Words that make a run of nouns a sentence: prepositions, conjunctions, particles, pronouns and the
# verb forms a question needs ("jest", "można", "trzeba"); folded.
_GLUE = words(
    """
    w we z ze do od na o po za przy pod nad przez dla bez u a i oraz lub albo czy ale bo ze zeby
    jesli jezeli gdy kiedy ze nie tak to ten ta te tego jest sa byl byla bylo beda bedzie mozna
    trzeba musi musimy mozemy moze mamy ma maja jak jaki jaka jakie ktory ktora ktore co kto gdzie
    dlaczego czemu skad dokad jakim jakiej jakiego ile ilu kiedy sie poza przed wobec wg miedzy oprocz
    zamiast dzieki niz
    """
)
# A programme named is the subject of a telegraphic question ("strona internetowa cyfrowego powiatu").
_PROGRAMME = re.compile(
    r"\b(?:cyfrow\w*\s+(?:gmin|powiat|powiec)\w*|cyberbezpieczn\w*\s+samorzad\w*|cyber\s*samorzad\w*|c[gps])\b"
)
_QUESTION_WORDS = frozenset({"ile", "ilu", "jak", "co", "kto", "gdzie", "kiedy", "czy", "jaki", "jaka", "jakie"})
# A verb form, by its ending (no dictionary needed): infinitives ("kupić", not "trwałość"), first and
# second person plural, past tense.
_VERB_ENDING = re.compile(r"(?:[aeiyu]c|(?<!o)sc|zc|my|cie|[aeiy]l|[aeiy]l[aoiy]|lismy|lysmy)$")
KEYWORD_BAG_MIN = 5
KEYWORD_LIST_MIN = 4
KEYWORD_ACRONYMS_MIN = 3


def _tokens(text: str) -> list[str]:
    return re.findall(r"[a-z0-9]+", fold(text))


def keyword_bag(message: str) -> bool:
    """Words with nothing to join them into a question: no preposition, conjunction, verb or figure,
    and a question word only as the last word ("jaka ustawa wdrożeniowa dotyczy …" asks). Five such
    words besides any programme's name; a comma-separated list of four or more short items without a
    verb ("grant, runda, KPG, umowa o powierzenie grantu"); or programme names alone. "skład komisji
    przyznającej granty CG" is one noun phrase, short enough to be a question."""
    folded = fold(message)
    tokens = _tokens(message)
    if not tokens or tokens[0] in _QUESTION_WORDS or any(t[:1].isdigit() for t in tokens):
        return False
    named = len(_PROGRAMME.findall(folded))
    rest = _tokens(_PROGRAMME.sub(" ", folded))
    words = [t for t in rest if t not in _QUESTION_WORDS]
    asking = [k for k, t in enumerate(rest) if t in _QUESTION_WORDS]
    if asking and asking != [len(rest) - 1]:
        return False  # a question word anywhere but last ("… runda ile") asks something
    if any(_VERB_ENDING.search(t) for t in words):
        return False
    if not words:
        return named > 1  # "cyfrowa gmina cyfrowy powiat cyberbezpieczny samorząd"
    items = [i for i in re.split(r"\s*[,;]\s*|\s+[–-]\s+", _PROGRAMME.sub(" ", folded)) if re.search(r"\w", i)]
    if "?" not in message and len(items) >= KEYWORD_LIST_MIN and all(len(i.split()) <= 4 for i in items):
        return len(rest) == len(words)
    if named and len(items) >= KEYWORD_ACRONYMS_MIN and len(words) == len(items) and len(rest) == len(words):
        # "Cyfrowa Gmina, Cyfrowy Powiat, Cyberbezpieczny Samorząd – KPG, GWG, LSI, ePUAP???": programmes and a
        # list of single words, question marks or not, ask nothing in particular
        return True
    if any(t in _GLUE for t in words):
        return False
    return len(words) >= KEYWORD_BAG_MIN


def foreign_situation(
    context_terms: Sequence[str], known: Collection[str], ignore: Collection[str], *, names_programme: bool
) -> bool:
    """The context the official gives is mostly outside the knowledge base's vocabulary and the
    message names no programme: whatever its last sentence asks, it is not a grant question."""
    if names_programme:
        return False
    informative = [t for t in dict.fromkeys(context_terms) if t not in ignore and not t[:1].isdigit() and len(t) > 2]
    if len(informative) < FOREIGN_MIN_WORDS:
        return False
    share = sum(1 for t in informative if t in known) / len(informative)
    return share < FOREIGN_KNOWN_SHARE
