"""The JST registry: every województwo, powiat and gmina of the programme era (TERC 2020-01-01)
with its kind, parents and GUS population on 31.12.2020.

Codes from the 2024 register are mapped to the 2020 code through the crosswalk; parts of
miejsko-wiejskie gminy and city districts resolve to their gmina. Name search is diacritics-
insensitive and typo-tolerant and returns ranked candidates for the user to choose from.
"""

from __future__ import annotations

import csv
import itertools
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from enum import StrEnum
from functools import cache
from pathlib import Path

from rapidfuzz import fuzz, process

from knowledge import teryt
from knowledge.errors import GrantbotError
from knowledge.normalize import simplify

DATA_DIR = Path(__file__).parent / "data"


# Below this a fuzzy match is noise ("qwxzzy" still scores ~58 against some names).
MIN_SCORE = 75.0


def locative(adjective: str) -> str:
    """Voivodeship adjective in the locative: 'dolnośląskie' -> 'dolnośląskim'."""
    return adjective[:-2] + "im" if adjective.endswith("ie") else adjective


class Level(StrEnum):
    WOJEWODZTWO = "wojewodztwo"
    POWIAT = "powiat"
    GMINA = "gmina"


class UnitKind(StrEnum):
    GMINA_MIEJSKA = "gmina miejska"
    GMINA_WIEJSKA = "gmina wiejska"
    GMINA_MIEJSKO_WIEJSKA = "gmina miejsko-wiejska"
    MIASTO_NA_PRAWACH_POWIATU = "miasto na prawach powiatu"
    POWIAT = "powiat"
    WOJEWODZTWO = "województwo"


class UnitNotFound(GrantbotError):
    pass


class AmbiguousUnit(GrantbotError):
    def __init__(self, message: str, candidates: tuple[Candidate, ...]) -> None:
        super().__init__(message)
        self.candidates = candidates


@dataclass(frozen=True, slots=True)
class Unit:
    code: str  # 2, 4 or 7 digits, TERC 2020-01-01
    name: str  # as in TERC: "Kościerzyna", "kościerski", "pomorskie"
    level: Level
    kind: UnitKind
    wojewodztwo_code: str
    wojewodztwo_name: str
    powiat_code: str | None
    powiat_name: str | None
    population_2020: int | None

    @property
    def is_city_with_powiat_rights(self) -> bool:
        return self.kind is UnitKind.MIASTO_NA_PRAWACH_POWIATU

    @property
    def display_name(self) -> str:
        """'gmina wiejska Kościerzyna', 'powiat kościerski', 'województwo pomorskie', 'miasto Suwałki'."""
        if self.level is Level.WOJEWODZTWO:
            return f"województwo {self.name}"
        if self.level is Level.POWIAT and self.kind is UnitKind.POWIAT:
            return f"powiat {self.name}"
        if self.kind is UnitKind.MIASTO_NA_PRAWACH_POWIATU:
            return f"miasto na prawach powiatu {self.name}"
        return f"{self.kind.value} {self.name}"

    @property
    def location(self) -> str:
        """'powiat kościerski, woj. pomorskie' (parents only)."""
        parts = []
        if self.powiat_name and self.level is Level.GMINA and not self.is_city_with_powiat_rights:
            parts.append(f"powiat {self.powiat_name}")
        if self.level is not Level.WOJEWODZTWO:
            parts.append(f"woj. {self.wojewodztwo_name}")
        return ", ".join(parts)

    def describe(self) -> str:
        """'gmina wiejska Kościerzyna (2206042; powiat kościerski, woj. pomorskie)'."""
        where = f"; {self.location}" if self.location else ""
        return f"{self.display_name} ({self.code}{where})"


@dataclass(frozen=True, slots=True)
class Candidate:
    unit: Unit
    score: float  # 0–100


@dataclass(frozen=True, slots=True)
class Resolved:
    unit: Unit
    notes: tuple[str, ...] = ()  # Polish: how the input was mapped (2024 code, gmina part…)


def fold(text: str) -> str:
    """Casefold, diacritics and punctuation away: 'Kościerzyna' -> 'koscierzyna'."""
    return simplify(text, punctuation=False)


# Words that say which level the user means; removed before matching the name itself.
_LEVEL_HINTS: tuple[tuple[re.Pattern[str], Level | None, str | None], ...] = tuple(
    (re.compile(pattern), lvl, kind)
    for pattern, lvl, kind in (
        (r"^(m\s*st|miasto stoleczne)\b", Level.GMINA, "miasto"),
        (r"^(miasto|miastem|miasta) na prawach powiatu\b", Level.GMINA, "miasto"),
        (r"^(urzad miasta i gminy|umig)\b", Level.GMINA, None),
        (r"^((?:gmina|gmine|gmin\w*)\s+)?miejsko[ -]wiejsk\w*\b", Level.GMINA, "mw"),
        (r"^(gmina|gmine|gmin\w*)\s+miejsk\w*\b", Level.GMINA, "miasto"),
        (r"^(urzad miasta|um|miasto|m)\b", Level.GMINA, "miasto"),
        (r"^(urzad gminy|ug|gmina wiejska)\b", Level.GMINA, "wies"),
        (r"^(gmina|gm|gminy|gminie)\b", Level.GMINA, None),
        (r"^(starostwo powiatowe( w)?|powiat ziemski|powiatu|powiat|pow)\b", Level.POWIAT, None),
        (r"^(urzad marszalkowski( wojewodztwa)?|samorzad wojewodztwa|wojewodztwo|woj)\b", Level.WOJEWODZTWO, None),
    )
)


# A kind word the user may put after the name: "Kościerzyna gmina wiejska", "Koscierzyna wiejska".
_KIND_SUFFIX = re.compile(
    r"\s+(?:\(?\s*)(?:(?:gmina|gm)\s+)?(miejsko[ -]wiejska|wiejska|miejska|miasto|gmina|powiat)\s*\)?$"
)
_SUFFIX_HINT: dict[str, tuple[Level, str | None]] = {
    "miejsko wiejska": (Level.GMINA, None),
    "miejsko-wiejska": (Level.GMINA, None),
    "wiejska": (Level.GMINA, "wies"),
    "miejska": (Level.GMINA, "miasto"),
    "miasto": (Level.GMINA, "miasto"),
    "gmina": (Level.GMINA, None),
    "powiat": (Level.POWIAT, None),
}


def parse_query(query: str) -> tuple[str, Level | None, str | None]:
    """Split 'gmina Kościerzyna' into ('koscierzyna', Level.GMINA, None)."""
    text = fold(query)
    wanted_level: Level | None = None
    flavour: str | None = None
    for pattern, lvl, kind in _LEVEL_HINTS:
        match = pattern.match(text)
        if match:
            text = text[match.end() :].strip()
            wanted_level, flavour = lvl, kind
            break
    text = re.sub(r"^(?:ten|ta|to|tego|tej)\s+(?:sam|sama|samo|samego|samej)\s+", "", text)  # "ten sam Kluczbork"
    # "powiat zamojski, ten ziemski", "Zamość (ten ziemski)": words that only insist on the level
    text = re.sub(r"[\s,(]+(?:ten|ta|to)?\s*(?:ziemsk\w*|grodzk\w*)\W*$", "", text).strip()
    suffix = _KIND_SUFFIX.search(text)
    if suffix and suffix.start() > 0:
        hint_level, hint_flavour = _SUFFIX_HINT[suffix.group(1)]
        text = text[: suffix.start()].strip()
        wanted_level = wanted_level or hint_level
        flavour = hint_flavour or flavour
    return text, wanted_level, flavour


def _read_csv(name: str) -> Iterator[dict[str, str]]:
    with (DATA_DIR / name).open(encoding="utf-8", newline="") as fh:
        yield from csv.DictReader(fh)


class Registry:
    """All 2873 units (16 + 380 + 2477) with lookups by code and by name."""

    def __init__(
        self,
        units: list[Unit],
        aliases: dict[str, str],
        crosswalk: dict[str, str],
        parts: dict[str, int] | None = None,
        renamed: dict[str, str] | None = None,
    ) -> None:
        self._parts = parts or {}  # the town (…4) and rural area (…5) of an urban-rural gmina: GUS 31.12.2020
        self._renamed = renamed or {}  # a gmina's 2024 name (folded) -> its 2020 code ("redzikowo" -> 2212082)
        self._by_code = {unit.code: unit for unit in units}
        self._aliases = aliases  # gmina part / district code -> gmina code
        self._crosswalk = crosswalk  # 2024 code -> 2020 code (only where they differ)
        self._names: list[str] = []
        self._name_units: list[Unit] = []
        for unit in units:
            # A city with powiat rights appears twice in TERC (powiat and gmina); searching by
            # name returns the gmina, which is what it applies as, unless the user says "powiat".
            self._names.append(fold(unit.name))
            self._name_units.append(unit)
        self._exact: dict[str, list[int]] = {}
        self._first_parts: dict[str, dict[bool, list[int]]] = {}
        for index, name in enumerate(self._names):
            self._exact.setdefault(name, []).append(index)
            first, sep, _ = name.partition("-") if "-" in name else name.partition(" ")
            if sep and first:
                self._first_parts.setdefault(first, {}).setdefault(sep == "-", []).append(index)

    def __len__(self) -> int:
        return len(self._by_code)

    def __iter__(self) -> Iterator[Unit]:
        return iter(self._by_code.values())

    def get(self, code: str) -> Unit:
        """Unit by its canonical 2020 code (2, 4 or 7 digits)."""
        try:
            return self._by_code[code]
        except KeyError:
            raise UnitNotFound(f"Nie ma jednostki o kodzie TERYT {code}.") from None

    def lookup_code(self, text: str) -> Resolved:
        """Resolve a code typed by a user: 7, 6, 4 or 2 digits, a 2024 code, a gmina part."""
        code = teryt.validate(text)
        woj = code[:2]
        if len(code) >= 4 and code[:4] not in self._by_code:
            raise UnitNotFound(f"Nie ma powiatu o kodzie {code[:4]} w województwie {locative(teryt.WOJEWODZTWA[woj])}.")
        if len(code) in (2, 4):
            return Resolved(self._by_code[code])
        if len(code) == 6:
            matches = [self._by_code[code + r] for r in "123" if code + r in self._by_code]
            if not matches:
                return self._from_newer_register(code)
            return Resolved(matches[0], (f"Kod {code} uzupełniono do {matches[0].code} ({matches[0].kind}).",))
        if code in self._by_code:
            return Resolved(self._by_code[code])
        if code in self._aliases:
            unit = self._by_code[self._aliases[code]]
            part = {
                "4": "miasto w gminie miejsko-wiejskiej",
                "5": "obszar wiejski gminy miejsko-wiejskiej",
                "8": "dzielnica",
                "9": "delegatura",
            }.get(code[6], "część gminy")
            return Resolved(
                unit, (f"Kod {code} oznacza jednostkę pomocniczą ({part}); grant dotyczy całej gminy {unit.code}.",)
            )
        if code in self._crosswalk:
            unit = self._by_code[self._crosswalk[code]]
            return Resolved(
                unit,
                (
                    f"Kod {code} pochodzi z rejestru TERYT 2024; w okresie programów "
                    f"ta gmina miała kod {unit.code} ({unit.kind}).",
                ),
            )
        return self._from_newer_register(code)

    def _from_newer_register(self, code: str) -> Resolved:
        raise UnitNotFound(
            f"Nie ma gminy o kodzie {code} w powiecie {code[:4]} (rejestr TERYT z 1.01.2020 r. i 1.01.2024 r.)."
        )

    def resolve(self, text: str) -> Unit:
        """A code, or a name that matches exactly one unit; otherwise AmbiguousUnit/UnitNotFound."""
        if teryt.looks_like_code(text):
            return self.lookup_code(text).unit
        candidates = self.search(text)
        if not candidates:
            raise UnitNotFound(f"Nie znalazłem jednostki „{teryt.echo(text)}”. Podaj kod TERYT lub inną nazwę.")
        best = candidates[0]
        ties = tuple(c for c in candidates if c.score >= best.score - 0.01)
        if best.score >= 99.99 and len(ties) == 1:
            return best.unit
        raise AmbiguousUnit(f"Nazwa „{teryt.echo(text)}” pasuje do kilku jednostek; wybierz jedną.", tuple(candidates))

    def search(self, query: str, limit: int = 8) -> list[Candidate]:
        """Ranked candidates for a (possibly misspelt) name; exact matches score 100.

        A region after the name ("Jarocin z wielkopolski", "Jarocin, woj. wielkopolskie") keeps
        the units of that województwo, unless it is part of a name ("Środa Wielkopolska")."""
        name, wanted_level, flavour = parse_query(query)
        if not name:
            return []
        in_powiat = _POWIAT_TAIL.search(name)
        if in_powiat and name not in self._exact and len(stem := in_powiat.group("powiat")[:6]) >= 4:
            # "Opatów w powiecie kłobuckim", "Brzeziny, pow. kaliski": the units of that name in that powiat
            kept = self._within(
                name, in_powiat, wanted_level, flavour, lambda u: fold(u.powiat_name or "").startswith(stem)
            )
            if kept:
                return kept[:limit]
        region = _REGION_TAIL.search(name)
        if region and name not in self._exact and (code := _region_code(region.group("region"))):
            kept = self._within(name, region, wanted_level, flavour, lambda u: u.code.startswith(code))
            if kept:
                return kept[:limit]
        return self._search(name, wanted_level, flavour, limit)

    def _within(
        self,
        name: str,
        tail: re.Match[str],
        wanted_level: Level | None,
        flavour: str | None,
        keep: Callable[[Unit], bool],
    ) -> list[Candidate]:
        """The units named before a tail ("…, woj. łódzkie", "… w powiecie kłobuckim") that `keep` accepts."""
        rest = name[: tail.start()].strip(" ,")
        if not rest:
            return []
        rest, rest_level, rest_flavour = parse_query(rest)  # "Brzeziny wiejska, woj. łódzkie"
        found = self._search(rest, wanted_level or rest_level, flavour or rest_flavour, limit=40)
        return [c for c in found if keep(c.unit)]

    def _search(self, name: str, wanted_level: Level | None, flavour: str | None, limit: int) -> list[Candidate]:
        renamed = self._renamed.get(name) if name not in self._exact else None
        if renamed is not None and self._level_matches(self._by_code[renamed], wanted_level, flavour):
            # "gmina Redzikowo": the 2024 name of gmina Słupsk (TERC 2024, crosswalk "zmiana_nazwy")
            return [Candidate(self._by_code[renamed], 100.0)]
        indices = self._exact.get(name)
        scored: dict[int, float] = {}
        readings = set() if indices else self._readings(name)
        if indices:
            scored = {i: 100.0 for i in indices}
        elif 1 <= len(readings) <= 3:
            # "dla Wrocławia", "w Gnieźnie": an inflected form of a name that exists exactly; "z Lubania": of one of
            # a few (Lubań, Lubanie) – those, not the names spelt near it
            scored = {i: 99.0 for base in readings for i in self._exact[base]}
        else:
            # "Bielsko" is how people say Bielsko-Biała: a whole first part of a compound name.
            for compound, members in self._first_parts.get(name, {}).items():
                for index in members:
                    scored[index] = 97.0 if compound else 96.0
            for _, score, index in process.extract(name, self._names, scorer=fuzz.WRatio, limit=40, score_cutoff=72):
                # WRatio is generous with partial matches; demand real closeness for short names.
                closeness = fuzz.ratio(name, self._names[index])
                fuzzy = min(score, 99.0) * 0.5 + min(closeness, 99.0) * 0.5
                scored[index] = max(scored.get(index, 0.0), fuzzy)
        results = []
        for index, score in scored.items():
            if score < MIN_SCORE:
                continue
            unit = self._name_units[index]
            if not self._level_matches(unit, wanted_level, flavour):
                continue
            results.append(Candidate(unit, round(score, 2)))
        if wanted_level is Level.POWIAT and not any(c.score >= 99.99 for c in results):
            # "powiat Wągrowiec", "starostwo w Wągrowcu": the powiat of its seat
            seat = name if name in self._exact else (self._nominative(name) or name)
            results.extend(self._powiats_by_seat(seat, {c.unit.code for c in results}))
        if wanted_level is Level.WOJEWODZTWO and not results:
            # "urząd marszałkowski w Opolu": the województwo of the town its office is in
            results = self._region_of_town(name)
        results.sort(
            key=lambda c: (
                -c.score,
                self._rank(c.unit),
                _KIND_ORDER.get(c.unit.kind, 0),
                -(c.unit.population_2020 or 0),
            )
        )
        return results[:limit]

    def _region_of_town(self, name: str) -> list[Candidate]:
        """The województwo every unit of an exactly named town lies in, when they all lie in one."""
        seat = name if name in self._exact else self._nominative(name)
        codes = {self._name_units[i].code[:2] for i in self._exact.get(seat or "", [])}
        if len(codes) != 1 or (region := self._by_code.get(codes.pop())) is None:
            return []
        return [Candidate(region, 99.0)]

    def _nominative(self, name: str) -> str | None:
        """The registry's exact name an inflected form points to ("wroclawia" -> "wroclaw",
        "gniezna" -> "gniezno", "gdansku" -> "gdansk", "tomaszowie mazowieckim" -> "tomaszow mazowiecki",
        "nowym targu" -> "nowy targ"), when exactly one reading exists."""
        readings = self._readings(name)
        return readings.pop() if len(readings) == 1 else None

    def _readings(self, name: str) -> set[str]:
        """Every exact name an inflected form may point to ("lubania" -> "luban", "lubanie"). Every word of a name of
        up to three words may be inflected; the words before the last one also as adjectives."""
        # "bielska-bialej" -> "bielsko-biala": both parts of a hyphenated name are inflected
        pieces = re.split(r"([ -])", name)
        words, gaps = pieces[0::2], pieces[1::2]
        if not 1 <= len(words) <= 3:
            return set()
        options = [_word_forms(word, last=i == len(words) - 1 or gaps[i] == "-") for i, word in enumerate(words)]
        joined = (
            "".join(w + g for w, g in itertools.zip_longest(combo, gaps, fillvalue=""))
            for combo in itertools.product(*options)
        )
        found = set(joined) & self._exact.keys()
        found.discard(name)
        return found

    def _powiats_by_seat(self, name: str, seen: set[str]) -> list[Candidate]:
        """'powiat Kościerzyna' -> powiat kościerski: powiats named after a town they contain."""
        found = []
        for index in self._exact.get(name, []):
            unit = self._name_units[index]
            if unit.level is Level.GMINA and unit.kind is not UnitKind.GMINA_WIEJSKA and unit.powiat_code:
                powiat = self._by_code[unit.powiat_code]
                if powiat.code not in seen:
                    seen.add(powiat.code)
                    found.append(Candidate(powiat, 95.0))
        return found

    @staticmethod
    def _level_matches(unit: Unit, wanted: Level | None, flavour: str | None) -> bool:
        city = unit.is_city_with_powiat_rights
        if wanted is None:
            # A city with powiat rights is offered once, as the gmina it applies as.
            return not (city and unit.level is Level.POWIAT)
        if wanted is Level.POWIAT:
            return unit.level is Level.POWIAT
        if wanted is Level.GMINA:
            if unit.level is not Level.GMINA:
                return False
            if flavour == "miasto":
                return unit.kind in (
                    UnitKind.GMINA_MIEJSKA,
                    UnitKind.MIASTO_NA_PRAWACH_POWIATU,
                    UnitKind.GMINA_MIEJSKO_WIEJSKA,
                )
            if flavour == "wies":
                return unit.kind in (UnitKind.GMINA_WIEJSKA, UnitKind.GMINA_MIEJSKO_WIEJSKA)
            if flavour == "mw":
                return unit.kind is UnitKind.GMINA_MIEJSKO_WIEJSKA
            return True
        return unit.level is wanted

    @staticmethod
    def _rank(unit: Unit) -> int:
        return {Level.GMINA: 0, Level.POWIAT: 1, Level.WOJEWODZTWO: 2}[unit.level]

    def powiats_named_after(self, city: Unit) -> list[Unit]:
        """The powiaty ziemskie of the city's województwo whose name begins as the city's does ("Konin" -> koniński,
        "Słupsk" -> słupski): the powiat whose starostwo sits in a city with powiat rights, by its name only (the
        registers do not list seats); several when the name alone cannot tell ("Nowy Sącz": nowosądecki,
        nowotarski)."""
        stem = fold(city.name).replace(" ", "").replace("-", "")
        for length in (4, 3):
            found = [
                unit
                for unit in self._by_code.values()
                if unit.level is Level.POWIAT
                and not unit.is_city_with_powiat_rights
                and unit.code[:2] == city.code[:2]
                and fold(unit.name).startswith(stem[:length])
            ]
            if found:
                return found
        return []

    def part_population(self, gmina: Unit, part: str) -> int | None:
        """The population of an urban-rural gmina's town ("4") or rural area ("5"), GUS 31.12.2020; None for another
        kind of unit or when the table has no row."""
        if gmina.kind is not UnitKind.GMINA_MIEJSKO_WIEJSKA or part not in ("4", "5"):
            return None
        return self._parts.get(gmina.code[:6] + part)

    def city_gmina(self, unit: Unit) -> Unit:
        """For a city with powiat rights given as a powiat (e.g. 2063), its gmina (2063011)."""
        if unit.level is Level.POWIAT and unit.is_city_with_powiat_rights:
            return self._by_code.get(unit.code + "011", unit)
        return unit


# Units of one name in a fixed order, the town first (as the user guide shows them, so "ta druga" always
# means the same unit): a town, a town with its villages, the rural gmina.
_KIND_ORDER = {UnitKind.GMINA_MIEJSKO_WIEJSKA: 1, UnitKind.GMINA_WIEJSKA: 2}


# "z wielkopolski", "woj. wielkopolskie", "(mazowieckie)": a region after the unit's name, and the
# województwo code of its stem (spaces removed). Longer stems are tried first, so "zachodniopomorskie"
# is not "pomorskie" and "dolnośląskie" not "śląskie".
_REGION_STEMS = sorted(
    {
        "dolnoslask": "02",
        "dolnyslask": "02",
        "kujaw": "04",
        "lubel": "06",
        "lubus": "08",
        "lodz": "10",
        "malopol": "12",
        "mazow": "14",
        "opol": "16",
        "podkarpa": "18",
        "podlas": "20",
        "pomor": "22",
        "slask": "24",
        "swietokrzys": "26",
        "warmi": "28",
        "wielkopol": "30",
        "zachodniopomor": "32",
    }.items(),
    key=lambda kv: -len(kv[0]),
)
# "w powiecie kłobuckim", ", pow. kaliski", "powiat brzeziński" after a gmina's name (folded)
_POWIAT_TAIL = re.compile(r"(?:^|[\s,(]+)(?:w\s+powiecie|powiat\w*|pow\.?)\s+(?P<powiat>[a-z-]{4,})\W*$")
_REGION_TAIL = re.compile(
    r"(?:^|[\s,(]+)(?:z\s+|ze\s+|w\s+|na\s+|to\s+)?(?:woj\.?\s+|wojewodztw\w*\s+)?"
    r"(?P<region>dolno\s?slask\w*|dolny\w*\s+slask\w*|kujawsko[ -]pomorsk\w*|kujaw\w*|lubelsk\w*|lubelszczyz\w*"
    r"|lubusk\w*"
    r"|lodzk\w*|malopolsk\w*|mazowieck\w*|mazows\w*|opolsk\w*|opolszczyz\w*|podkarpac\w*|podlask\w*|podlasi\w*"
    r"|zachodniopomorsk\w*|pomorsk\w*|pomorz\w*|slask\w*|swietokrzysk\w*|warminsko[ -]mazursk\w*|warmi\w*"
    r"|wielkopolsk\w*|wielkopolsc\w*)\W*$"
)


def _region_code(word: str) -> str | None:
    """The województwo code of a region word ("wielkopolski" -> "30")."""
    word = word.replace(" ", "")
    return next((code for stem, code in _REGION_STEMS if word.startswith(stem)), None)


# Case endings of town names (folded) and what the nominative ends with instead: genitive "Wrocławia",
# "Gniezna", "Krakowa"; locative "Gdańsku", "Poznaniu", "Gnieźnie" (folded "gnieznie" -> "gniezno").
_CASE_ENDINGS = (
    ("ie", ""),
    ("cu", "iec"),
    ("y", ""),
    ("ia", ""),
    ("iu", ""),
    ("u", ""),
    ("a", ""),
    ("a", "o"),
    ("ie", "o"),
    ("i", "ia"),
    ("y", "a"),
    ("ej", "a"),
    ("ca", "iec"),
    ("k", "ki"),
    ("i", "a"),
    ("ego", "e"),
    ("rze", "ra"),  # "Zielonej Górze"
    ("u", "e"),  # "w Opolu"
    ("a", "e"),  # genitive of a neuter in -e: "Kędzierzyna-Koźla"
    ("ku", "ko"),  # locative of a neuter in -ko: "w Bielsku-Białej"
    ("w", "wy"),  # genitive plural: "z Pniew", "do Gliwic"
    ("in", "iny"),  # genitive plural: "z Brzezin"
    ("c", "ce"),
    # locative plural: "w Wadowicach", "w Suwałkach", "w Tychach"
    ("ach", "e"),
    ("ach", "i"),
    ("ach", "y"),
    # locative of feminine towns: "w Kościerzynie", "w Iławie", "w Ostrołęce", "w Pradze"
    ("ie", "a"),
    ("ce", "ka"),
    ("dze", "ga"),
    ("oi", "oja"),  # "w Zawoi", "z Zawoi": a name in -oja
    ("ek", "ki"),  # genitive plural: "dla Łomianek", "z Suwałk" has its own
    ("z", "zy"),  # genitive plural: "dla Kartuz"
    # accusative of feminine names: "chodziło o Nysę", "za Gdynię"
    ("e", "a"),
)

# Adjective endings (folded) of oblique cases and the nominative's: "mazowieckim", "nowym", "wielkiej".
_ADJECTIVE_ENDINGS = (("iego", "i"), ("ego", "y"), ("im", "i"), ("ym", "y"), ("iej", "a"), ("ej", "a"))


def _word_forms(word: str, *, last: bool) -> set[str]:
    """The word and the nominatives it may be an inflected form of (a noun's endings; adjectives' too)."""
    forms = {word}
    endings = _CASE_ENDINGS + _ADJECTIVE_ENDINGS if len(word) > 3 else ()
    for ending, nominative in endings:
        # a stem of three letters at least; two for a long ending ("Górze" -> "Góra")
        if word.endswith(ending) and len(word) - len(ending) >= (2 if len(ending) >= 3 else 3):
            forms.add(word[: -len(ending)] + nominative)
    if not last:
        forms |= {word[: -len(e)] + n for e, n in _ADJECTIVE_ENDINGS if word.endswith(e) and len(word) - len(e) >= 3}
    return forms


_GMINA_KINDS = {"1": UnitKind.GMINA_MIEJSKA, "2": UnitKind.GMINA_WIEJSKA, "3": UnitKind.GMINA_MIEJSKO_WIEJSKA}


@cache
def load_registry() -> Registry:
    """Build the registry from the CSV files in knowledge/data (about 30 ms; cached)."""
    population = {
        row["teryt7"]: int(row["ludnosc_2020_12_31"]) for row in _read_csv("gus_ludnosc_gminy_2020-12-31.csv")
    }
    population.update(
        {row["teryt4"]: int(row["ludnosc_2020_12_31"]) for row in _read_csv("gus_ludnosc_powiaty_2020-12-31.csv")}
    )
    population.update(
        {row["teryt2"]: int(row["ludnosc_2020_12_31"]) for row in _read_csv("gus_ludnosc_wojewodztwa_2020-12-31.csv")}
    )
    rows = list(_read_csv("terc_2020-01-01.csv"))
    woj_names = {r["kod"]: r["NAZWA"].lower() for r in rows if r["poziom"] == "wojewodztwo"}
    powiats = {r["kod"]: r for r in rows if r["poziom"] == "powiat"}
    units: list[Unit] = []
    aliases: dict[str, str] = {}
    gmina_codes = {r["kod"] for r in rows if r["poziom"] == "gmina"}
    for row in rows:
        code, level = row["kod"], row["poziom"]
        woj = code[:2]
        if level == "wojewodztwo":
            units.append(
                Unit(
                    code,
                    woj_names[woj],
                    Level.WOJEWODZTWO,
                    UnitKind.WOJEWODZTWO,
                    woj,
                    woj_names[woj],
                    None,
                    None,
                    population.get(code),
                )
            )
        elif level == "powiat":
            city = row["NAZWA_DOD"] != "powiat"
            kind = UnitKind.MIASTO_NA_PRAWACH_POWIATU if city else UnitKind.POWIAT
            units.append(
                Unit(
                    code,
                    row["NAZWA"],
                    Level.POWIAT,
                    kind,
                    woj,
                    woj_names[woj],
                    code,
                    row["NAZWA"],
                    population.get(code),
                )
            )
        elif level == "gmina":
            powiat = powiats[code[:4]]
            city = powiat["NAZWA_DOD"] != "powiat"
            kind = UnitKind.MIASTO_NA_PRAWACH_POWIATU if city else _GMINA_KINDS[row["RODZ"]]
            units.append(
                Unit(
                    code,
                    row["NAZWA"],
                    Level.GMINA,
                    kind,
                    woj,
                    woj_names[woj],
                    code[:4],
                    powiat["NAZWA"],
                    population.get(code),
                )
            )
        else:
            # Town/rural parts (4/5) belong to the miejsko-wiejska gmina (3); districts and
            # delegatury (8/9) to the city (1).
            parent = code[:6] + ("3" if row["RODZ"] in ("4", "5") else "1")
            if parent not in gmina_codes:
                parent = next(c for c in (code[:4] + "011",) if c in gmina_codes)
            aliases[code] = parent
    crosswalk_rows = list(_read_csv("gminy_crosswalk_2020_2024.csv"))
    crosswalk = {
        row["teryt7_2024"]: row["teryt7_2020"] for row in crosswalk_rows if row["teryt7_2024"] != row["teryt7_2020"]
    }
    renamed = {
        fold(row["nazwa_2024"]): row["teryt7_2020"]
        for row in crosswalk_rows
        if row["zmiana"] == "zmiana_nazwy" and row["teryt7_2020"] in gmina_codes
    }
    # Gmina parts in the 2024 register (e.g. a gmina that became miejsko-wiejska has new parts).
    for row in _read_csv("terc_2024-01-01.csv"):
        code = row["kod"]
        if row["poziom"] == "czesc_gminy" and code not in aliases:
            parent_2024 = code[:6] + "3"
            aliases[code] = crosswalk.get(parent_2024, parent_2024)
    parts = {code: people for code, people in population.items() if len(code) == 7 and code[6] in "45"}
    return Registry(units, aliases, crosswalk, parts, renamed)
