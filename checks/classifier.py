"""Invoice item text → catalogue category → verdict for one programme (pure, no I/O after load).

How a line is read, the way an official would:
1. Fold the text (lower case, no diacritics) and split it into tokens.
2. Match catalogue terms token by token. A token matches a term word when it is equal, when it is
   the word's stem plus a Polish ending ("laptopa", "zasilacza awaryjnego"), or when it is a close
   typo of a long word (rapidfuzz). Multi-word terms may have small gaps ("serwer Dell do backupu").
   Model-number patterns ("FG-60F", "SRT3000") match on the folded text.
3. Find the head of the line: the first token that is not a generic word ("usługa", "licencja",
   "dostawa", numbers). What follows the first preposition after the head ("torba NA laptopa",
   "kabel DO UPS", "szkolenie Z Excela") is a complement, not the thing bought.
4. Score candidates: longer terms, earlier positions and the head win; a service word at the head
   makes the line a service ("Wdrożenie firewalla"); complements and typos weigh less.
5. Refine (a disk mentioning a disk array becomes "dysk do macierzy") and apply safety: when the two
   best readings disagree between eligible and ineligible, or the match is weak, answer `review`.
   The costliest error is passing an ineligible item as eligible, so doubt never yields `eligible`.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, replace
from functools import cache, lru_cache

from rapidfuzz import fuzz, process

from checks.used import used_word
from knowledge.catalogue import Catalogue, Category, Kind, Ruling, Verdict, catalogue
from knowledge.citations import Citation
from knowledge.normalize import fold
from knowledge.programmes import Programme, ProgrammeCode, get_programme

__all__ = ["Classification", "Verdict", "classify", "classify_many"]

MAX_TEXT = 400  # invoice lines longer than this are specifications; the head is at the start

# Polish endings (folded) that may follow a stem: cases of nouns and adjectives.
_SUFFIXES = frozenset(
    {
        "a",
        "u",
        "y",
        "i",
        "e",
        "o",
        "em",
        "om",
        "ow",
        "ach",
        "ami",
        "ie",
        "ia",
        "iu",
        "iem",
        "ego",
        "emu",
        "ym",
        "ymi",
        "ych",
        "ej",
        "iej",
        "ich",
        "im",
        "imi",
        "owi",
        "kiem",
        "ek",
        "ka",
        "ki",
        "ke",
        "ce",
        "cie",
        "iom",
        "iami",
        "iach",
    }
)
# Endings a three-letter word or acronym takes in Polish ("UPSy", "NASa", "padów", "UPSem"); not "i" or "e",
# which would make pronouns and prepositions ("nasi", "nase") of "nas". Polish words that look like such a form
# ("rama" is no RAM, "cała" no inch, "wina" no Windows) stay themselves.
_ACRONYM_ENDINGS = frozenset({"y", "a", "u", "ow", "em", "om", "ami", "ach"})
_NOT_DECLINED = frozenset(
    {
        "rama",
        "ramy",
        "ramu",
        "ramach",
        "ramami",
        "ramom",
        "wina",
        "winy",
        "winu",
        "cala",
        "caly",
        "calu",
        "calach",
        "pada",
        "nada",
        "poda",
        "pody",
        "tabu",
        "kata",
        "katy",
        "runa",
        "runy",
        "sana",
        "loga",
        "logu",
        "logach",
        "mona",
        "lana",
        "leda",
        "maca",
        "hata",
        "baga",
        "huba",
        "huby",
        "sima",
        "peny",
        "fora",
        "pena",
        "bipa",
    }
)
# Endings stripped from a catalogue word to get its stem, longest first.
# "ow" too: a stem left as "laptopow" would match the adjective "laptopowa" ("torba laptopowa").
_STRIP: tuple[str, ...] = ("ego", "emu", "ych", "ymi", "ami", "ach", "iem", "ej", "ym", "ie", "ia", "iu", "ow")
_STRIP += ("om", "a", "y", "i", "e", "o", "u")
_PREPOSITIONS = frozenset(["do", "na", "dla", "pod", "z", "ze", "w", "we", "od", "przez", "wraz", "bez", "po", "przy"])
_STOP = frozenset(
    [
        "i",
        "oraz",
        "lub",
        "nowy",
        "nowa",
        "nowe",
        # second-hand wording is judged by checks.used, not the head of the line ("używany serwer")
        "uzywany",
        "uzywana",
        "uzywane",
        "poleasingowy",
        "poleasingowa",
        "poleasingowe",
        "odnowiony",
        "odnowiona",
        "odnowione",
        "powystawowy",
        "refurbished",
        "szt",
        "sztuk",
        "kpl",
        "komplet",
        "zestawu",
        "sprzedaz",
        "zakupu",
        "zakup",
        "dostawa",
        "dostawy",
        "x",
        "typ",
        "model",
        "producent",
        "marki",
        "rok",
        "lata",
        "lat",
        "mc",
        "mies",
        "miesiecy",
        "the",
        "for",
        "and",
        "of",
        "with",
    ]
)
_TOKEN = re.compile(r"[a-z0-9]+")
# "+", ";", a comma that is not a decimal comma, and "i" / "oraz" between words separate bundle parts
_SEPARATOR = re.compile(r"\+|;|,(?!\d)|(?<=\s)(?:i|oraz|and)(?=\s)")
_OCR_DIGITS = str.maketrans("015", "ols")
_MODEL = re.compile(r"([a-z]{2,8})(\d[a-z0-9]*)")
_FUZZY_MIN_LEN = 5
_FUZZY_CUTOFF = 88.0

_BASE = {"name": 1.0, "brand": 0.95, "pattern": 0.9}
_CONFIDENCE = {"name": 0.9, "brand": 0.85, "pattern": 0.8}


@dataclass(frozen=True, slots=True)
class Classification:
    text: str
    category: str | None
    category_label: str | None
    verdict: Verdict
    reason: str
    citation: Citation | None
    confidence: float
    is_service: bool
    programme: str
    matched: str | None = None  # the catalogue term or model number the verdict rests on
    used_word: str | None = None  # equipment described as second-hand ("poleasingowy")
    overridden_by: str | None = None  # "used_equipment" when that rule, not the category, decided

    @property
    def citation_text(self) -> str | None:
        return str(self.citation) if self.citation else None


def _stem(word: str) -> str:
    if len(word) <= 3 or word.isdigit():
        return word
    for ending in _STRIP:
        if word.endswith(ending) and len(word) - len(ending) >= 4:
            return word[: -len(ending)]
    return word


@dataclass(frozen=True, slots=True)
class _Term:
    category: int
    tokens: tuple[str, ...]
    kind: str  # name | brand
    text: str  # as written in the catalogue


@dataclass(frozen=True, slots=True)
class _Index:
    catalogue: Catalogue
    terms_by_first: dict[str, tuple[_Term, ...]]
    stems: dict[str, frozenset[str]]  # stem -> vocabulary words with that stem
    exact_only: frozenset[str]  # short words and numbers: no endings, no typos
    fuzzy_vocab: tuple[str, ...]
    filler: frozenset[str]
    guards: tuple[tuple[re.Pattern[str], ...], ...]
    patterns: tuple[tuple[int, str, re.Pattern[str]], ...]  # (category, literal hint or "", pattern)
    refine: tuple[tuple[tuple[re.Pattern[str], int], ...], ...]


def _word_start(term: str) -> re.Pattern[str]:
    """Each word of `term` is a word start: 'bezpieczeństw informacj' matches every case form."""
    words = [re.escape(w) for w in fold(term).split()]
    return re.compile(r"(?<![a-z0-9])" + r"[a-z0-9]*[^a-z0-9]+".join(words))


def _literal_hint(pattern: re.Pattern[str]) -> str:
    """The letters a pattern starts with after \\b ('\\bsrt\\d{3,4}' -> 'srt'), if any."""
    depth = 0
    for ch in pattern.pattern:  # a top-level alternative would make the prefix optional
        depth += {"(": 1, ")": -1}.get(ch, 0)
        if ch == "|" and depth == 0:
            return ""
    m = re.match(r"\\b([a-z]{2,})(?![?*{|])", pattern.pattern)
    return m.group(1) if m else ""


def _whole_word(term: str) -> re.Pattern[str]:
    return re.compile(r"(?<![a-z0-9])" + re.escape(fold(term)) + r"(?![a-z0-9])")


@cache
def _index() -> _Index:
    cat = catalogue()
    position = {c.id: i for i, c in enumerate(cat.categories)}
    by_first: dict[str, list[_Term]] = {}
    vocab: set[str] = set()
    filler: set[str] = set()
    for i, category in enumerate(cat.categories):
        for kind, terms in (("name", category.names), ("brand", category.brands)):
            for term in terms:
                tokens = tuple(_TOKEN.findall(fold(term)))
                if not tokens:
                    continue
                by_first.setdefault(tokens[0], []).append(_Term(i, tokens, kind, term))
                vocab.update(tokens)
                if category.generic and len(tokens) == 1:
                    filler.add(tokens[0])
    stems: dict[str, set[str]] = {}
    exact_only = {w for w in vocab if len(w) <= 3 or any(ch.isdigit() for ch in w)}
    for word in vocab - exact_only:
        stems.setdefault(_stem(word), set()).add(word)
    return _Index(
        catalogue=cat,
        terms_by_first={k: tuple(v) for k, v in by_first.items()},
        stems={k: frozenset(v) for k, v in stems.items()},
        exact_only=frozenset(exact_only),
        fuzzy_vocab=tuple(sorted(w for w in vocab - exact_only if len(w) >= _FUZZY_MIN_LEN)),
        filler=frozenset(filler | _STOP | _PREPOSITIONS),
        guards=tuple(tuple(_whole_word(g) for g in c.guards) for c in cat.categories),
        patterns=tuple((i, _literal_hint(p), p) for i, c in enumerate(cat.categories) for p in c.patterns),
        refine=tuple(
            tuple((_word_start(t), position[r.to]) for r in c.refinements for t in r.triggers) for c in cat.categories
        ),
    )


@lru_cache(maxsize=65536)
def _token_matches(token: str) -> tuple[tuple[str, bool], ...]:
    """Vocabulary words this text token stands for, each with a 'typo' flag."""
    index = _index()
    found: dict[str, bool] = {}
    if token in index.exact_only or token in index.terms_by_first:
        found[token] = False
    elif (
        token[:3] in index.exact_only
        and token[:3].isalpha()
        and token[3:] in _ACRONYM_ENDINGS
        and token not in _NOT_DECLINED
    ):
        found[token[:3]] = False  # a short word declined the Polish way: "UPSy", "pady", "NASów", "UPSem"
    model = _MODEL.fullmatch(token)
    if model:  # "mx68" is a Meraki MX, "xcover7" a Galaxy XCover
        for word, typo in _token_matches(model.group(1)):
            if not typo:
                found.setdefault(word, False)
    if not any(ch.isdigit() for ch in token):
        for cut in range(max(4, len(token) - 4), len(token) + 1):
            if token[cut:] and token[cut:] not in _SUFFIXES:
                continue
            for word in index.stems.get(token[:cut], ()):
                found.setdefault(word, False)
        if not found and len(token) >= _FUZZY_MIN_LEN:
            best = process.extractOne(token, index.fuzzy_vocab, scorer=fuzz.ratio, score_cutoff=_FUZZY_CUTOFF)
            if best is not None and best[0][0] == token[0]:
                found[best[0]] = True
    elif not found and token[0].isalpha():
        # OCR reads o/l/s as 0/1/5 ("Lapt0p", "5erwer" is not handled: first char must be a letter);
        # only for word-like tokens, so model numbers ("m185", "xgs2100") are left alone
        letters = sum(ch.isalpha() for ch in token)
        repaired = token.translate(_OCR_DIGITS)
        if letters >= 4 and len(token) - letters <= 2 and repaired.isalpha():
            for word, _typo in _token_matches(repaired):
                found.setdefault(word, True)
    return tuple(found.items())


@dataclass(frozen=True, slots=True)
class _Candidate:
    category: int
    score: float
    kind: str
    typo: bool
    in_complement: bool
    start: int
    end: int  # last token index of the best match
    spans: tuple[tuple[int, int], ...]  # every match of this category: (first, last token)
    length: int = 1  # words in the best match
    term: str = ""  # the catalogue term (or model number) behind the best match
    part: bool = False  # some match names a further thing bought: a bundle part or "z/wraz z" companion
    beside_head: bool = False  # some match lies in the head's own phrase, after the head ("Wazuh wdrożenie")

    def within(self, other: _Candidate) -> bool:
        """Every match of self lies inside some match of other ("internet" in "Internet Security")."""
        return all(any(a <= s and e <= b for a, b in other.spans) for s, e in self.spans)


def _tokenize(folded: str) -> tuple[list[str], list[int]]:
    tokens, starts = [], []
    for m in _TOKEN.finditer(folded):
        tokens.append(m.group())
        starts.append(m.start())
    return tokens, starts


def _segments(folded: str, starts: list[int], tokens: list[str], filler: frozenset[str]) -> list[tuple[int, int, int]]:
    """Per token: (segment number, segment head, end of the segment's head phrase).

    A bundle line ("Serwer Dell R450, monitor, klawiatura", "UPS + laptop") names several things;
    each part after a separator has its own head noun and its own complement.
    """
    cuts = [m.start() for m in _SEPARATOR.finditer(folded)]
    seg_of = [sum(1 for c in cuts if c < start) for start in starts]
    info: list[tuple[int, int, int]] = []
    for number in range(len(cuts) + 1):
        members = [i for i, s in enumerate(seg_of) if s == number]
        if not members:
            continue
        seg_head = next(
            (i for i in members if tokens[i] not in filler and not tokens[i].isdigit() and len(tokens[i]) > 1),
            members[0],
        )
        complement = next((i for i in members if i > seg_head and tokens[i] in _PREPOSITIONS), members[-1] + 1)
        info.extend((number, seg_head, complement) for _ in members)
    return info


_WITH = frozenset(["z", "ze"])  # "Firewall z drukarką", "wraz z laptopem": a companion bought with it


def _part_heads(tokens: list[str], segments: list[tuple[int, int, int]], head: int, filler: frozenset[str]) -> set[int]:
    """Tokens that name a further thing bought on the same line.

    The head of each later bundle part ("… + tablet Samsung", "…, monitor Dell") and the noun after
    "z"/"ze"/"wraz z" ("Firewall z drukarką"). Topic complements ("szkolenie z obsługi …") name no
    catalogue item after "z", so they add nothing.
    """

    def noun_from(i: int, stop: int) -> int | None:
        for k in range(i, stop):
            t = tokens[k]
            if t[0].isalpha() and t not in filler:
                return k
            if t in _WITH or t == "wraz" or t[0].isdigit():
                continue
            return None
        return None

    out: set[int] = set()
    head_segment = segments[head][0] if head < len(tokens) else 0
    for i, (segment, seg_head, _complement) in enumerate(segments):
        end = next((k for k in range(i, len(tokens)) if segments[k][0] != segment), len(tokens))
        if segment > head_segment and (i == 0 or segments[i - 1][0] != segment):
            found = noun_from(i, end)
            if found is not None:
                out.add(found)
        if tokens[i] in _WITH and i > max(seg_head, head if segment == head_segment else seg_head):
            found = noun_from(i + 1, end)
            if found is not None:
                out.add(found)
    return out


_Hit = tuple[int, int, int, str, bool, int, str]  # category, start, end, kind, typo, gaps, matched text


def _term_hits(tokens: list[str], matched: list[dict[str, bool]], index: _Index) -> Iterator[_Hit]:
    """Catalogue terms found in the tokens: each word in order, up to two other words between them."""
    for i, words in enumerate(matched):
        for word, typo in words.items():
            for term in index.terms_by_first.get(word, ()):
                pos, gaps, any_typo = i, 0, typo
                for part in term.tokens[1:]:
                    for nxt in range(pos + 1, min(pos + 4, len(tokens))):
                        if part in matched[nxt]:
                            gaps += nxt - pos - 1
                            any_typo = any_typo or matched[nxt][part]
                            pos = nxt
                            break
                    else:
                        break
                else:
                    yield term.category, i, pos, term.kind, any_typo, gaps, term.text


def _pattern_hits(folded: str, starts: list[int], index: _Index) -> Iterator[_Hit]:
    """The catalogue's regular expressions: the first match per category, at the token it starts in."""
    done: set[int] = set()
    for cat_index, hint, pattern in index.patterns:
        if cat_index in done or (hint and hint not in folded):
            continue  # the literal every match must contain is absent: skip the regex engine
        m = pattern.search(folded)
        if m:
            done.add(cat_index)
            at = sum(1 for s in starts if s < m.start())
            yield cat_index, at, at, "pattern", False, 0, m.group().strip()


def _candidates(folded: str, index: _Index) -> list[_Candidate]:
    tokens, starts = _tokenize(folded)
    head = next(
        (i for i, t in enumerate(tokens) if t not in index.filler and not t.isdigit() and len(t) > 1),
        len(tokens),
    )
    segments = _segments(folded, starts, tokens, index.filler)
    head_segment = segments[head][0] if head < len(tokens) else 0
    matched = [dict(_token_matches(t)) for t in tokens]
    cats = index.catalogue.categories
    best: dict[int, _Candidate] = {}
    part_heads = _part_heads(tokens, segments, head, index.filler)

    def offer(cat_index: int, start: int, end: int, kind: str, typo: bool, gaps: int, term: str) -> None:
        length = end - start + 1 - gaps
        category = cats[cat_index]
        score = 0.4 if category.generic else _BASE[kind]
        score += 0.15 * (length - 1) - 0.03 * gaps
        segment, seg_head, complement = segments[start]
        reference = head if segment <= head_segment else seg_head
        score -= 0.03 * min(max(start - reference, 0), 10)
        if segment > head_segment:
            score -= 0.05  # a later part of a bundle: weighed, but after the first item named
        in_complement = start > complement
        if in_complement:
            score -= 0.35
        if typo:
            score -= 0.15
        if not category.generic and start <= head:
            # the head noun names the thing bought; a service word there makes the line a service
            score += 0.3 if category.is_service else 0.2
        previous = best.get(cat_index)
        spans = ((start, end),) if previous is None else (*previous.spans, (start, end))
        part = start in part_heads or (previous is not None and previous.part)
        beside = (segment == head_segment and head < start and not in_complement) or (
            previous is not None and previous.beside_head
        )
        if previous is None or score > previous.score:
            best[cat_index] = _Candidate(
                cat_index, score, kind, typo, in_complement, start, end, spans, length, term, part, beside
            )
        else:
            best[cat_index] = replace(previous, spans=spans, part=part, beside_head=beside)

    for found in _term_hits(tokens, matched, index):
        offer(*found)
    for found in _pattern_hits(folded, starts, index):
        offer(*found)
    # Guards veto one-word readings ("UPS" next to "wysyłka" is the courier); a longer specific
    # match ("zasilacz awaryjny UPS – wysyłka gratis") stands.
    return [c for c in best.values() if c.length > 1 or not any(g.search(folded) for g in index.guards[c.category])]


def _refined(cat_index: int, folded: str, index: _Index) -> int:
    for _ in range(2):  # a refinement may itself be refined once ("dysk" -> "dysk zewnętrzny")
        for pattern, target in index.refine[cat_index]:
            if pattern.search(folded) and not any(g.search(folded) for g in index.guards[target]):
                cat_index = target
                break
        else:
            break
    return cat_index


def _unknown(text: str, programme: ProgrammeCode, reason: str) -> Classification:
    return Classification(
        text=text,
        category=None,
        category_label=None,
        verdict=Verdict.REVIEW,
        reason=reason,
        citation=None,
        confidence=0.0,
        is_service=False,
        programme=programme.value,
    )


def _base_confidence(top: _Candidate, category: Category) -> float:
    if category.generic:
        confidence = 0.3
    elif top.typo:
        confidence = 0.65
    else:
        confidence = _CONFIDENCE[top.kind]
    return min(confidence, 0.6) if top.in_complement else confidence


def _weigh_rivals(
    candidates: list[_Candidate],
    category: Category,
    ruling: Ruling,
    confidence: float,
    folded: str,
    index: _Index,
    code: ProgrammeCode,
) -> tuple[Verdict, str, float]:
    """The verdict, reason and confidence once the other readings of the line are weighed.

    A second reading with the opposite verdict means we cannot tell: say so. The margin is wider
    before answering "eligible", because passing an ineligible item is the costly mistake.
    """
    top, verdict, reason = candidates[0], ruling.verdict, ruling.reason
    opposite = {Verdict.ELIGIBLE: Verdict.INELIGIBLE, Verdict.INELIGIBLE: Verdict.ELIGIBLE}.get(verdict)
    margin = 0.3 if verdict is Verdict.ELIGIBLE else 0.15
    lowered = False
    for other in candidates[1:]:
        if top.score - other.score >= margin:
            break
        other_category = index.catalogue.categories[_refined(other.category, folded, index)]
        if other_category.id == category.id or other_category.generic or other.within(top):
            continue
        if not lowered and top.score - other.score < 0.15:
            confidence -= 0.2
            lowered = True
        if opposite is not None and other_category.ruling(code).verdict is opposite:
            reason = (
                f"Pozycja niejednoznaczna: może to być „{category.label}” albo „{other_category.label}”, "
                f"a od tego zależy kwalifikowalność. {ruling.reason}"
            )
            return Verdict.REVIEW, reason, confidence
    return verdict, reason, confidence


def classify(text: str, programme: str) -> Classification:
    """Classify one invoice item description for programme 'cs' | 'cg' | 'cp'.

    >>> classify("Laptop Dell Latitude 5540", "cs").verdict
    <Verdict.INELIGIBLE: 'ineligible'>
    """
    code = get_programme(programme).code
    clean = " ".join(str(text).split())
    if not clean:
        return _unknown(clean, code, "Pusty opis pozycji – nie da się ocenić kwalifikowalności.")
    index = _index()
    folded = fold(clean[:MAX_TEXT])
    candidates = sorted(_candidates(folded, index), key=lambda c: c.score, reverse=True)
    if not candidates:
        unknown = _unknown(
            clean,
            code,
            "Nie rozpoznano pozycji w katalogu wydatków – wymaga ręcznej oceny na podstawie dokumentów programu.",
        )
        # Unknown, maybe equipment: the verdict stays "review", but the check still warns it is used.
        return replace(unknown, used_word=used_word(clean))
    top = candidates[0]
    cats = index.catalogue.categories
    category: Category = cats[_refined(top.category, folded, index)]
    ruling = category.ruling(code)
    verdict, reason, citation = ruling.verdict, ruling.reason, ruling.citation

    confidence = _base_confidence(top, category)
    verdict, reason, confidence = _weigh_rivals(candidates, category, ruling, confidence, folded, index, code)
    if (
        verdict is Verdict.ELIGIBLE
        and code in (ProgrammeCode.CG, ProgrammeCode.CP)
        and category.kind is Kind.HARDWARE
        and _PRIMARY_CARE.search(folded)
    ):
        # the catalogue funds equipment for the unit and its subordinate units "z wyłączeniem POZ"
        verdict = Verdict.INELIGIBLE
        reason = (
            f"Sprzęt dla podstawowej opieki zdrowotnej (POZ) jest wyłączony w programie {get_programme(code).name}: "
            "katalog obejmuje sprzęt dla JST i jednostek podległych „z wyłączeniem POZ”."
        )
    if verdict is not Verdict.INELIGIBLE and category.id in _SERVICE_ON_OBJECT:
        outside = _non_it_object(candidates, top, folded, index, code)
        if outside is not None:
            # "Wymiana stolarki okiennej", "Leasing operacyjny samochodu": work on, or the lease of, a thing
            # the programme does not fund is not an IT service
            own = outside.ruling(code)
            verdict, citation = Verdict.INELIGIBLE, own.citation
            reason = f"Usługa dotyczy pozycji spoza katalogu IT („{outside.label}”). {own.reason}"
    if verdict is Verdict.ELIGIBLE:
        bundled = _bundled_doubt(top, candidates, folded, index, code)
        if bundled is not None:
            verdict, reason = Verdict.REVIEW, f"{bundled} {ruling.reason}"
    if verdict is Verdict.ELIGIBLE and confidence < 0.55:
        verdict = Verdict.REVIEW
        reason = f"Dopasowanie do kategorii „{category.label}” jest niepewne – sprawdź opis pozycji. {ruling.reason}"
    is_service = category.is_service and (not category.generic or "uslug" in folded)
    used = used_word(clean) if (category.kind is Kind.HARDWARE or category.generic) and not is_service else None
    overridden_by = None
    ruled = (
        None if used is None or category.generic else _used_ruling(get_programme(code), category, used, verdict, reason)
    )
    if ruled is not None:  # "Urządzenie poleasingowe" on a generic line is reported by the check only
        verdict, reason, used_citation, overridden_by = *ruled, "used_equipment"
        citation = used_citation or citation
    return Classification(
        text=clean,
        category=category.id,
        category_label=category.label,
        verdict=verdict,
        reason=reason,
        citation=citation,
        confidence=round(max(0.05, min(confidence, 0.99)), 2),
        # a generic line is a service only when it says so ("usługa" vs "sprzęt", "licencja")
        is_service=is_service,
        programme=code.value,
        matched=top.term or None,
        used_word=used,
        overridden_by=overridden_by,
    )


# Equipment for primary health care (POZ), which CG and CP exclude from the equipment they fund.
_PRIMARY_CARE = re.compile(r"\bpoz\b|podstawowej opieki zdrowotnej|osrod\w* zdrowia")

# Parts of a device rather than things bought beside it ("switch z zasilaczem redundantnym").
_COMPONENTS = frozenset(["power_adapter", "cable_accessory", "consumables"])
# Work done on a product (deployment, configuration): a service whichever word comes first. Support,
# delivery and warranty beside a product ride with it ("Zabbix – wsparcie", "UPS – wysyłka gratis").
_WORK_ON_PRODUCT = frozenset(["it_service"])
_WORK_WORDS = re.compile(r"wdroz|wdraz|konfigur|instal|uruchom|montaz")


# Services named by what they are done to: the object decides ("wymiana okien", "leasing samochodu").
_SERVICE_ON_OBJECT = frozenset(["it_service", "rental", "advisory"])
_NON_IT = frozenset(["non_it_works", "non_it_goods", "building_upkeep", "furniture"])


def _non_it_object(
    candidates: list[_Candidate], top: _Candidate, folded: str, index: _Index, code: ProgrammeCode
) -> Category | None:
    """The non-IT thing a service line is about, when the programme excludes it; else None."""
    cats = index.catalogue.categories
    # "Dzierżawa urządzenia UTM – czynsz miesięczny": an IT device named as strongly as the non-IT
    # word is what the service is about
    it_score = max(
        (
            other.score
            for other in candidates
            if other is not top
            and cats[other.category].kind in (Kind.HARDWARE, Kind.SOFTWARE)
            and cats[other.category].id not in _NON_IT
            and cats[other.category].ruling(code).verdict is not Verdict.INELIGIBLE
        ),
        default=0.0,
    )
    for other in candidates:
        if other is top:
            continue
        category = cats[_refined(other.category, folded, index)]
        excluded = category.ruling(code).verdict is Verdict.INELIGIBLE
        if category.id in _NON_IT and other.score <= it_score:
            continue
        if excluded and (category.id in _NON_IT or (code is ProgrammeCode.CS and category.kind is Kind.HARDWARE)):
            # "Serwis drukarek" in CS: work on a device the programme excludes (lit. a–c)
            return category
    return None


def _bundled_doubt(
    top: _Candidate, candidates: list[_Candidate], folded: str, index: _Index, code: ProgrammeCode
) -> str | None:
    """Why an eligible-looking line still needs a person, whatever the scores say; None when it does not.

    A line is one amount: when it also buys an excluded thing ("Firewall z drukarką", "ESET + tablet")
    or names a service beside the product ("Wazuh wdrożenie"), the amount cannot pass whole.
    """
    cats = index.catalogue.categories
    category = cats[_refined(top.category, folded, index)]
    if category.id.startswith("training"):
        return None  # "Szkolenie „Bezpieczna poczta i Internet”": the things named are its topic
    for other in candidates:
        if other is top or other.within(top):
            continue
        other_category = cats[_refined(other.category, folded, index)]
        if other_category.generic or other_category.id == category.id:
            continue
        other_verdict = other_category.ruling(code).verdict
        if other.part and other_category.id not in _COMPONENTS:
            if other_verdict is Verdict.INELIGIBLE:
                return (
                    f"Pozycja łączy „{category.label}” z „{other_category.label}”, a to drugie jest "
                    "niekwalifikowalne: wydziel jego kwotę."
                )
            # A doubtful part holds the line up only when it is a standalone end-user device (those CS
            # lists as excluded); other devices named beside a product are mostly its components.
            if (
                other_verdict is Verdict.REVIEW
                and other_category.ruling(ProgrammeCode.CS).verdict is (Verdict.INELIGIBLE)
                and other_category.kind is Kind.HARDWARE
            ):
                return (
                    f"Pozycja łączy „{category.label}” z „{other_category.label}”, a to drugie wymaga "
                    "oceny: wydziel jego kwotę albo uzasadnij zakup."
                )
        if (
            other.beside_head
            and other_category.id in _WORK_ON_PRODUCT
            and _WORK_WORDS.search(fold(other.term))
            and not category.is_service
            and other_verdict is not Verdict.ELIGIBLE
        ):
            return (
                f"Pozycja może być usługą („{other_category.label}”), a nie zakupem „{category.label}” – "
                "od tego zależy kwalifikowalność."
            )
    return None


def _used_ruling(
    programme: Programme, category: Category, word: str, verdict: Verdict, reason: str
) -> tuple[Verdict, str, Citation | None] | None:
    """Verdict for second-hand equipment, or None when the category's own verdict stands.

    CS finances only new IT equipment; CG and CP accept used equipment only when three conditions
    hold together, which an invoice line cannot show: a person must check the declarations.
    """
    fact = programme.get("used_equipment")
    if fact is None or verdict is Verdict.INELIGIBLE:
        return None  # an excluded category stays excluded for its own reason
    if programme.code is ProgrammeCode.CS:
        return (
            Verdict.INELIGIBLE,
            f"Sprzęt używany („{word}”, kategoria: {category.label}): w programie {programme.name} "
            "kwalifikowalny jest wyłącznie zakup nowego sprzętu IT.",
            fact.citation,
        )
    conditions = (
        f"Sprzęt używany („{word}”) jest kwalifikowalny w programie {programme.name} tylko łącznie: cena nie "
        "wyższa niż wartość rynkowa i niższa niż koszt nowego, deklaracja sprzedającego o pochodzeniu, brak "
        "dofinansowania z UE lub dotacji krajowych w ostatnich 7 latach."
    )
    if verdict is Verdict.REVIEW:
        return Verdict.REVIEW, f"{reason} {conditions}", None
    return Verdict.REVIEW, f"{conditions} Kategoria: {category.label}.", fact.citation


def classify_many(texts: Iterable[str], programme: str) -> list[Classification]:
    """Classify many lines for one programme; the catalogue is loaded once and token work cached."""
    code = get_programme(programme).code.value
    return [classify(text, code) for text in texts]
