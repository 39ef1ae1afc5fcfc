"""Polish text normalisation for the FAQ engine: folding, tokens, stemming, synonyms.

Officials type without diacritics ("kwalifikowalnosc"), inflect freely ("laptopa", "laptopów") and
abbreviate ("CS", "JST", "KPG"). The pipeline is

    NFKC → casefold → tokens → lemma/stem (on the raw token, so diacritics still help) → fold
    → synonym phrases rewritten to one canonical term → stop words dropped

Stemmers are small classes behind one protocol so the bench can compare them on the dev set
(`bench/faq.py --stemmers`). The default was chosen by that measurement; see the README (FAQ section).
"""

from __future__ import annotations

import hashlib
import json
import os
import re
import unicodedata
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from functools import cache, lru_cache
from pathlib import Path
from typing import Any, Protocol

from knowledge.errors import GrantbotError

SYNONYMS_FILE = Path(__file__).parent / "faq_synonyms.yaml"

# Morfeusz forms are plain Polish: a translation table folds them ~10x faster than NFKD.
_POLISH_FOLD = str.maketrans("ąćęłńóśźż", "acelnoszz")
# "ł" has no decomposition in Unicode, so NFKD alone would leave it in place.
_EXTRA_FOLD = str.maketrans({"ł": "l", "Ł": "l", "ß": "ss", "–": "-", "—": "-"})
_TOKEN = re.compile(r"[0-9]+(?:[.,][0-9]+)*\+?|[^\W\d_]+(?:-[^\W\d_]+)*", re.UNICODE)


def words(text: str) -> frozenset[str]:
    """A word list written as a block of text."""
    return frozenset(text.split())


# Function words that carry no topic. Question words (ile, kiedy, gdzie, kto, jak) stay: they tell
# an amount question from a deadline question.
STOP_WORDS = words(
    """
    a aby albo ale bo by byc bylo bym bys czy czyli dla do go i ich im ja jak jakby je jego jej jesli
    jest jestem jestesmy juz ktora ktore ktorego ktorej ktory ktorych ktorym lub mi mnie moj moja
    moje my na nam nami nas nasz nasza nasze naszego naszej naszym niech nim no o od oraz po
    pod przez przy sa sie siebie tak takze tam te tego tej ten to toz tu tylko ty tym u w we wiec
    wy z za ze zas zeby oto prosze pan pani panstwo dzien dobry witam hej czesc dziekuje pozdrawiam
    sa bedzie beda byl byla byly bylyby ok okej tez chyba moze mozna musimy musi trzeba chcemy chce
    chcialbym chcialabym chcielibysmy mam mamy ma maja mial miala wiem wie pytanie pytam pytaniem
    jaki jaka jakie jakiej jakiego jakim jakich co coś cos czym czego szukam szukamy szukalem szukalam nigdzie
    dyrektor dyrektora dyrektorowi dyrektorka dyrektorki dyrektorce dyrekcja dyrekcji
    """
)


# Lemmas (folded) of auxiliaries, pronouns and politeness: any inflected form of these is noise.
STOP_LEMMAS = words(
    """
    byc miec moc musiec chciec chcialby wiedziec pytac zapytac prosic dziekowac pozdrawiac on ona ono
    oni my wy ja ty ten taki sam swoj nasz wasz ktory jaki ow tamten zaden kazdy inny jakis ktos cos
    sie siebie pan pani panstwo szanowny uprzejmie serdecznie dobrze teraz obecnie wlasnie generalnie
    ogolnie tez takze rowniez juz jeszcze bardzo bowiem albowiem otoz sytuacja skarbnik informatyk
    sekretarz kierownik naczelnik pracownik urzednik kolega kolezanka szef rama szukac znalezc
    """
)


class NormalizeError(GrantbotError):
    """The synonym file is malformed."""


@lru_cache(maxsize=200_000)
def fold(text: str) -> str:
    """NFKC, casefold and strip diacritics: "Kwalifikowalność" → "kwalifikowalnosc"."""
    text = unicodedata.normalize("NFKC", text).casefold().translate(_EXTRA_FOLD)
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


_PUNCTUATION = re.compile(r"[^\w\s-]")


def simplify(text: str, *, keep_diacritics: bool = False, punctuation: bool = True) -> str:
    """One spacing and case for comparing texts: NFKC, casefold, single spaces; diacritics folded
    (as `fold`) unless kept; punctuation other than '-' turned into spaces when `punctuation=False`.

    >>> simplify("  Gmina  Kościerzyna ")
    'gmina koscierzyna'
    >>> simplify("Urząd Miasta Łodzi, ul. Piotrkowska", keep_diacritics=True, punctuation=False)
    'urząd miasta łodzi ul piotrkowska'
    """
    text = unicodedata.normalize("NFKC", text).casefold() if keep_diacritics else fold(text)
    if not punctuation:
        text = _PUNCTUATION.sub(" ", text)
    return " ".join(text.split())


_DATE = re.compile(r"\b(\d{1,2})\.(\d{1,2})\.(\d{4})\b")


def _split_date(match: re.Match[str]) -> str:
    day, month, year = match.groups()
    return f"{int(day)} {int(month):02d} {year}"


def raw_tokens(text: str) -> list[str]:
    """Lower-cased word tokens with their diacritics kept (the lemmatiser needs them).

    Dates become day, month, year ("30.09.2023" → 30 09 2023) so that "30 września 2023" (the
    month names are synonyms of their numbers) finds them.
    """
    text = _DATE.sub(_split_date, unicodedata.normalize("NFKC", text).casefold())
    return _TOKEN.findall(text)


class Stemmer(Protocol):
    name: str

    def stem(self, token: str) -> str:
        """Map a lower-cased raw token (diacritics possibly present) to a folded index term."""
        ...

    def learn(self, tokens: Iterable[str]) -> None:
        """See the corpus vocabulary once (lets a lemmatiser map folded forms back)."""
        ...


class FoldStemmer:
    """Baseline: folding only, every inflected form is its own term."""

    name = "fold"

    def stem(self, token: str) -> str:
        return fold(token)

    def learn(self, tokens: Iterable[str]) -> None:
        return None


class PrefixStemmer:
    """Fold, then keep the first `n` characters: crude but robust to missing diacritics."""

    def __init__(self, n: int = 6) -> None:
        self.n = n
        self.name = f"prefix{n}"

    def stem(self, token: str) -> str:
        return fold(token)[: self.n]

    def learn(self, tokens: Iterable[str]) -> None:
        return None


# Readings morfeusz ranks first but officials never mean: "nie" is the negation, not "ono" (acc.).
# Forms two lemmas share where only one is meant in questions about grants: "w powiecie" is the
# locative of "powiat", never "(wy) powiecie" of "powiedzieć". "muszą", "muszę" are "musieć", never the adjective
# "muszy" (of a fly), which made "jakie załączniki muszą być" meet every entry saying what "muszą" do.
FIXED_LEMMAS = {"nie": "nie", "powiecie": "powiat", "musza": "musiec", "musze": "musiec"}
# Words whose dictionary look-up is kept on disk at most (MorfeuszStemmer.dictionary_word).
MAX_DICTIONARY_WORDS = 20_000
# A word outside the knowledge base's vocabulary is cut to this many letters (MorfeuszStemmer.stem).
FALLBACK_PREFIX = 7


class MorfeuszStemmer:
    """morfeusz2 lemmas, made diacritics-blind by a folded-form table.

    Morfeusz only recognises correctly spelt words, and officials often type "kwalifikowalnosc".
    `learn` therefore generates every inflected form of every lemma in the FAQ vocabulary and maps
    each form's folded spelling to the folded lemma (about a second of work, so the table can be
    kept in `cache_dir`, keyed by the vocabulary and dictionary); a query token is looked up there,
    else (a word the knowledge base never uses) kept folded and cut to `fallback_prefix` characters
    so that a typo-free but unseen inflection still meets its relatives.
    """

    def __init__(self, fallback_prefix: int = FALLBACK_PREFIX, cache_dir: Path | None = None) -> None:
        self.cache_dir = cache_dir
        # The dictionaries take ~0.35 s and ~50 MB to load: created on first use only, so an engine
        # restored from the disk cache answers most questions from the folded-form table alone.
        self._analyser_obj: Any = None
        self._generator_obj: Any = None
        self._folded: dict[str, str] = {}
        self._cache: dict[str, str] = {}
        self._lemma_set: frozenset[str] | None = None
        self._lemma_set_size = -1
        self.fallback_prefix = fallback_prefix
        self.name = "morfeusz"

    @property
    def _analyser(self) -> Any:
        if self._analyser_obj is None:
            import morfeusz2

            self._analyser_obj = morfeusz2.Morfeusz(generate=False)
        return self._analyser_obj

    @property
    def _raw_generator(self) -> Any:
        if self._generator_obj is None:
            import morfeusz2

            self._generator_obj = morfeusz2.Morfeusz(analyse=False, generate=True)
        # The raw SWIG object: the wrapper's tuple building costs more than generation itself.
        return self._generator_obj._morfeusz_obj

    def __getstate__(self) -> dict[str, Any]:
        """Picklable (the engine's disk cache): the dictionaries are native objects, reloaded lazily."""
        state = dict(self.__dict__)
        state["_analyser_obj"] = state["_generator_obj"] = None
        state.pop("_words_memo", None)  # the looked-up words live in their own file
        return state

    def __setstate__(self, state: dict[str, Any]) -> None:
        self.__dict__.update(state)

    def _lemma(self, token: str) -> str | None:
        best: tuple[int, int, int, str] | None = None
        for _start, _end, (_orth, lemma, tag, names, quals) in self._analyser.analyse(token):
            # Surnames and place names ("oddac" is a surname) are never what a lower-case word
            # in a question about grants means.
            if tag == "ign" or (names and "nazwa_pospolita" not in names):
                continue
            base = lemma.split(":")[0].casefold()
            # Prefer common (unqualified) readings sharing the longest prefix with the token:
            # "gminy" → "gmina", not the archaic "gmin".
            common = 0 if quals else 1
            shared = len(_common_prefix(base, token))
            key = (common, shared, len(base), base)
            if best is None or key > best:
                best = key
        return best[3] if best else None

    def dictionary_word(self, token: str) -> tuple[bool, str | None]:
        """Whether `token` is a Polish word as typed, or typed without its diacritics, and its
        common-noun lemma (folded) if it has one.

        Typo repair must not rewrite a real word into a known one ("przepada" → "przypada",
        "kolega" → "polega"). A name ("Marta") is a word too, without a lemma worth looking up.
        Loads the analyser (~0.15 s) on first use: called only when a repair is on the table.
        """
        lowered = token.lower()
        words = self._dictionary_words()
        known = words.get(lowered)
        if known is not None:
            return bool(known[0]), known[1]
        found: tuple[bool, str | None] = (False, None)
        for form in _diacritic_spellings(lowered):
            readings = self._analyser.analyse(form)
            if readings and all(reading[2][2] != "ign" for reading in readings):
                lemma = self._lemma(form)
                found = (True, fold(lemma) if lemma is not None else None)
                break
        words[lowered] = found
        self._save_dictionary_words(words)
        return found

    def _dictionary_words(self) -> dict[str, tuple[bool, str | None]]:
        """Words already looked up, kept in `cache_dir` across calls: a cold `grantbot ask` loads the dictionary
        (~0.15 s) only for a word no earlier question had."""
        memo: dict[str, tuple[bool, str | None]] | None = getattr(self, "_words_memo", None)
        if memo is not None:
            return memo
        memo = {}
        path = self._words_file()
        if path is not None:
            try:
                raw = json.loads(path.read_text(encoding="utf-8"))
                memo = {str(k): (bool(v[0]), None if v[1] is None else str(v[1])) for k, v in raw.items()}
            except (OSError, ValueError, TypeError, IndexError, AttributeError):
                memo = {}
        self._words_memo = memo
        return memo

    def _words_file(self) -> Path | None:
        if self.cache_dir is None:
            return None
        return self.cache_dir / f"faq-dictionary-words-{CACHE_VERSION}.json"

    def _save_dictionary_words(self, words: dict[str, tuple[bool, str | None]]) -> None:
        path = self._words_file()
        if path is None or len(words) > MAX_DICTIONARY_WORDS:
            return
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            tmp = path.with_suffix(f".{os.getpid()}.tmp")
            tmp.write_text(json.dumps(words, ensure_ascii=True), encoding="utf-8")
            tmp.replace(path)
        except OSError:
            pass  # a read-only home only costs the dictionary's load

    def learn(self, tokens: Iterable[str]) -> None:
        vocabulary = sorted(set(tokens))
        cache_file = self._cache_file(vocabulary)
        if cache_file is not None:
            try:
                self._folded.update(json.loads(cache_file.read_text(encoding="utf-8")))
                self._cache.clear()
                return
            except (OSError, ValueError):
                pass  # no cache yet, or a damaged one: rebuild below
        self._learn(vocabulary)
        if cache_file is not None:
            try:
                cache_file.parent.mkdir(parents=True, exist_ok=True)
                tmp = cache_file.with_suffix(".tmp")
                tmp.write_text(json.dumps(self._folded, ensure_ascii=True), encoding="utf-8")
                tmp.replace(cache_file)
            except OSError:
                pass  # a read-only home only costs start-up time

    def _cache_file(self, vocabulary: list[str]) -> Path | None:
        """Where the folded-form table for this exact vocabulary and dictionary is kept."""
        if self.cache_dir is None:
            return None
        digest = hashlib.sha256()
        digest.update(f"{CACHE_VERSION}|{self._analyser.dict_id()}|{self.fallback_prefix}".encode())
        for token in vocabulary:
            digest.update(token.encode() + b"\0")
        return self.cache_dir / f"faq-lemmas-{digest.hexdigest()[:16]}.json"

    def _learn(self, vocabulary: Iterable[str]) -> None:
        lemmas: dict[str, str] = {}
        for token in vocabulary:
            if not token.isalpha():
                continue
            lemma = self._lemma(token)
            if lemma is None:
                continue
            folded_lemma = fold(lemma)
            self._folded.setdefault(fold(token), folded_lemma)
            lemmas.setdefault(lemma, folded_lemma)
        folded = self._folded
        for lemma, folded_lemma in lemmas.items():
            self._add_forms(lemma, folded_lemma)
        # A verb's other aspect means the same to an official ("obniżyć" / "obniża się", "kupić" /
        # "kupować"): its forms map onto the knowledge base's lemma unless they are words of their own.
        for lemma, folded_lemma in lemmas.items():
            for partner in self._aspect_partners(lemma):
                if fold(partner) not in lemmas.values():
                    self._add_forms(partner, folded_lemma)
        del folded
        self._cache.clear()

    def _add_forms(self, lemma: str, folded_lemma: str) -> None:
        folded = self._folded
        for interp in self._raw_generator.generate(lemma, None):
            orth = interp.orth.lower().translate(_POLISH_FOLD)
            if not orth.isascii():
                orth = fold(orth)
            if orth not in folded:
                folded[orth] = folded_lemma

    def _aspect_partners(self, lemma: str) -> list[str]:
        """The dictionary's verbs that look like `lemma`'s aspect pair (regular suffix changes only)."""
        if not lemma.endswith("ć") or len(lemma) < 5:
            return []
        guesses = []
        for old, new in ASPECT_SUFFIXES:
            if lemma.endswith(old):
                guesses.append(lemma[: -len(old)] + new)
        partners = []
        for guess in guesses:
            for _s, _e, (_orth, found, tag, _names, _quals) in self._analyser.analyse(guess):
                if found.split(":")[0] == guess and tag.startswith("inf"):
                    partners.append(guess)
                    break
        return partners

    def _past_tense(self, folded: str) -> str | None:
        """ "podpisalismy" → "podpisac": morfeusz splits the personal ending off past forms; the conditional
        ("moglibysmy", "kupilibysmy", "musialby") is the past form with "by" and the ending after it."""
        for ending in ("bysmy", "byscie", "bym", "bys", "by"):
            base = folded.removesuffix(ending)
            if base != folded and base.endswith(("l", "la", "li", "ly", "lo")):
                return self._folded.get(base)
        for ending in ("smy", "scie", "em", "es"):
            base = folded.removesuffix(ending)
            if base != folded and base.endswith(("l", "la", "li", "ly", "lo")):
                return self._folded.get(base)
        if folded.endswith(("lam", "las")):
            # "dzwoniłam", "wysłałaś": a woman's first or second person, the personal ending after "-ła"
            return self._folded.get(folded[:-1])
        return None

    def stem(self, token: str) -> str:
        hit = self._cache.get(token)
        if hit is not None:
            return hit
        folded = fold(token)
        term = FIXED_LEMMAS.get(folded) or self._folded.get(folded) or self._past_tense(folded)
        # A word outside the table is outside the knowledge base's vocabulary: its lemma could only
        # ever be an unknown term, so the dictionary is not consulted (loading it costs ~0.2 s, and
        # measured on the dev set the answers are the same but for one question in 610).
        if term is None:
            term = folded if not folded.isalpha() else folded[: self.fallback_prefix]
            if term != folded and term in self._lemmas:
                # "cyfrowypowiat" cut to "cyfrowy" would become the adjective every "cyfrowe" has.
                term = folded
        self._cache[token] = term
        return term

    @property
    def _lemmas(self) -> frozenset[str]:
        """The folded lemmas of the table: a cut unknown word must not impersonate one."""
        if self._lemma_set is None or self._lemma_set_size != len(self._folded):
            self._lemma_set = frozenset(self._folded.values())
            self._lemma_set_size = len(self._folded)
        return self._lemma_set


# The letters an official leaves out when typing without diacritics, and what they stood for.
_DIACRITIC_OPTIONS = {"a": "aą", "c": "cć", "e": "eę", "l": "lł", "n": "nń", "o": "oó", "s": "sś", "z": "zźż"}
# Spellings tried per token at most: a long word with many such letters is not worth more.
_MAX_SPELLINGS = 256


def _diacritic_spellings(word: str) -> list[str]:
    """`word` as typed, then (if typed without any diacritic) the spellings it may stand for.

    >>> _diacritic_spellings("zal")[:4]
    ['zal', 'zał', 'ząl', 'zął']
    """
    spellings = [word]
    if not word.isascii():
        return spellings
    for position, letter in enumerate(word):
        options = _DIACRITIC_OPTIONS.get(letter)
        if options is None:
            continue
        spellings = [s[:position] + o + s[position + 1 :] for s in spellings for o in options]
        if len(spellings) > _MAX_SPELLINGS:
            return [word]
    return spellings


def _common_prefix(a: str, b: str) -> str:
    n = 0
    for x, y in zip(a, b, strict=False):
        if x != y:
            break
        n += 1
    return a[:n]


CACHE_VERSION = 2  # bump when the table's meaning changes (2: aspect partners of verbs)
# Regular aspect pairs: imperfective ↔ perfective by suffix ("obniżać" ↔ "obniżyć", "kupować" ↔
# "kupić", "przekazywać" ↔ "przekazać", "dostawać" ↔ "dostać"). Each guess is checked in the dictionary.
ASPECT_SUFFIXES = (
    ("ać", "yć"),
    ("ać", "ić"),
    ("yć", "ać"),
    ("ić", "ać"),
    ("ywać", "ać"),
    ("iwać", "ać"),
    ("ać", "ywać"),
    ("ać", "iwać"),
    ("ować", "ić"),
    ("ić", "ować"),
    ("awać", "ać"),
)
STEMMERS = ("fold", "prefix5", "prefix6", "morfeusz")
DEFAULT_STEMMER = "morfeusz"
# Stemmers a benchmark adds for comparison (bench/stempel_stemmer.py registers "stempel", whose
# pystempel dependency is in the `bench` extra, not in the product).
_REGISTERED: dict[str, Callable[[], Stemmer]] = {}


def register_stemmer(name: str, factory: Callable[[], Stemmer]) -> None:
    _REGISTERED[name] = factory


def make_stemmer(name: str = DEFAULT_STEMMER, cache_dir: Path | None = None) -> Stemmer:
    if name == "fold":
        return FoldStemmer()
    if name.startswith("prefix"):
        return PrefixStemmer(int(name.removeprefix("prefix") or 6))
    if name == "morfeusz":
        return MorfeuszStemmer(cache_dir=cache_dir)
    if name in _REGISTERED:
        return _REGISTERED[name]()
    raise ValueError(f"unknown stemmer {name!r}; choose from {(*STEMMERS, *_REGISTERED)}")


@dataclass(frozen=True, slots=True)
class SynonymGroup:
    canonical: str
    variants: tuple[str, ...]


def load_synonyms(path: Path = SYNONYMS_FILE) -> tuple[SynonymGroup, ...]:
    import yaml  # only when building an engine, not when restoring one from the cache

    try:
        raw: Any = yaml.safe_load(path.read_text(encoding="utf-8"))
    except (OSError, yaml.YAMLError) as exc:
        raise NormalizeError(f"Nie mogę wczytać słownika synonimów {path.name}: {exc}") from exc
    if not isinstance(raw, list):
        raise NormalizeError(f"Słownik synonimów {path.name} musi być listą grup.")
    groups = []
    for item in raw:
        if (
            not isinstance(item, dict)
            or not isinstance(item.get("canonical"), str)
            or not isinstance(item.get("variants"), list)
            or not all(isinstance(v, str) for v in item["variants"])
        ):
            raise NormalizeError(f"Błędna grupa w {path.name}: {item!r}")
        groups.append(SynonymGroup(item["canonical"], tuple(item["variants"])))
    return tuple(groups)


def _without_floating(tokens: Sequence[str]) -> list[str]:
    """Drop the reflexive "się": it floats ("może się zgłosić" / "zgłosić się") and would break phrases."""
    return [t for t in tokens if t not in ("się", "sie")]


class Analyzer:
    """Text → index terms. One instance serves both the index and the queries (same pipeline)."""

    def __init__(self, stemmer: Stemmer, synonyms: Sequence[SynonymGroup] = ()) -> None:
        self.stemmer = stemmer
        self.synonym_groups = tuple(synonyms)
        self._phrases: dict[tuple[str, ...], str] = {}
        self._max_phrase = 1
        self.phrase_stems: frozenset[str] = frozenset()

    def learn(self, texts: Iterable[str]) -> None:
        """Show the stemmer the corpus vocabulary, then compile the synonym phrases."""
        vocabulary: list[str] = []
        for text in texts:
            vocabulary.extend(raw_tokens(text))
        for group in self.synonym_groups:
            for variant in (*group.variants, group.canonical):
                vocabulary.extend(raw_tokens(variant))
        self.stemmer.learn(vocabulary)
        self._phrases = {}
        for group in self.synonym_groups:
            canonical = fold(group.canonical)
            for variant in (*group.variants, group.canonical):
                stems = tuple(self.stemmer.stem(t) for t in _without_floating(raw_tokens(variant)))
                if stems:
                    self._phrases.setdefault(stems, canonical)
        self._max_phrase = max((len(p) for p in self._phrases), default=1)
        self.phrase_stems = frozenset(stem for phrase in self._phrases for stem in phrase)

    def stems(self, tokens: Sequence[str]) -> list[str]:
        # A single letter is a symbol ("P", "G", "L" of the grant formulas), never an abbreviated
        # word: the lemmatiser would read "P" as a book of the Bible.
        return [fold(t) if len(t) == 1 else self.stemmer.stem(t) for t in tokens]

    def terms_from_tokens(self, tokens: Sequence[str], *, keep_stop_words: bool = False) -> list[str]:
        tokens = _without_floating(tokens)
        stems = self.stems(tokens)
        folded = [fold(t) for t in tokens]
        out: list[str] = []
        i = 0
        while i < len(stems):
            for size in range(min(self._max_phrase, len(stems) - i), 0, -1):
                canonical = self._phrases.get(tuple(stems[i : i + size]))
                if canonical is not None:
                    out.append(canonical)
                    i += size
                    break
            else:
                if keep_stop_words or (folded[i] not in STOP_WORDS and stems[i] not in STOP_LEMMAS):
                    out.append(stems[i])
                i += 1
        return out

    def terms(self, text: str) -> list[str]:
        return self.terms_from_tokens(raw_tokens(text))


# The synonym groups of this process: read from faq_synonyms.yaml once, or handed over by an engine
# restored from its cache (which holds them), so a cold `grantbot ask` never imports YAML for them.
_SYNONYMS: dict[str, tuple[SynonymGroup, ...]] = {}


def share_synonyms(groups: Sequence[SynonymGroup]) -> None:
    """The groups an engine was built with (the same file: its cache key hashes it), for this process."""
    _SYNONYMS.setdefault("default", tuple(groups))


def default_synonyms() -> tuple[SynonymGroup, ...]:
    if "default" not in _SYNONYMS:
        _SYNONYMS["default"] = load_synonyms()
    return _SYNONYMS["default"]


OFF_TOPIC = "pozatematem"  # canonical term of the off-topic group in faq_synonyms.yaml


def _surface_stem(word: str) -> str:
    """A regex for a folded word's inflected forms: short words whole (plus up to two letters),
    longer ones without their last letter ("zasiłek" must not reach "zasilacz")."""
    if len(word) <= 5:
        return rf"{re.escape(word)}\w{{0,2}}"
    return rf"{re.escape(word[:-1])}\w*"


@cache
def _off_topic_pattern() -> re.Pattern[str]:
    variants = next((g.variants for g in default_synonyms() if g.canonical == OFF_TOPIC), ())
    alternatives = sorted(
        {r"\s+".join(_surface_stem(w) for w in fold(v).split()) for v in variants if v.strip()},
        key=len,
        reverse=True,
    )
    return re.compile(r"\b(?:" + "|".join(alternatives) + r")\b" if alternatives else r"(?!x)x")


def off_topic_match(text: str) -> str | None:
    """The words naming something outside the three programmes, as typed; None when there are none.

    >>> off_topic_match("czy cyber samorząd to z KPO?")
    'KPO'
    """
    match = _off_topic_pattern().search(fold(text))
    if match is None:
        return None
    # fold keeps the length of Polish text: the span carries over to the text as typed
    return text[match.start() : match.end()] if len(fold(text)) == len(text) else match.group()


def mentions_off_topic(text: str) -> bool:
    """The text names something outside the three programmes (another funding scheme, roads, wages …).

    Read on the surface, without the lemmatiser, so it is cheap enough for routing:
    >>> mentions_off_topic("czy z Polskiego Ładu można kupić samochód")
    True
    >>> mentions_off_topic("czy możemy kupić laptopa w CS")
    False
    """
    return bool(_off_topic_pattern().search(fold(text)))
