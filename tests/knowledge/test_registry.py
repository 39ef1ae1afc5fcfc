import pytest

from knowledge.registry import AmbiguousUnit, Level, UnitKind, UnitNotFound, load_registry


@pytest.fixture(scope="module")
def registry():
    return load_registry()


def test_counts_match_terc_2020(registry) -> None:
    units = list(registry)
    assert len(units) == 2873
    by_level = {level: sum(u.level is level for u in units) for level in Level}
    assert by_level == {Level.WOJEWODZTWO: 16, Level.POWIAT: 380, Level.GMINA: 2477}
    assert sum(u.kind is UnitKind.POWIAT for u in units) == 314
    # 66 cities with powiat rights, each present as a powiat and as a gmina
    assert sum(u.kind is UnitKind.MIASTO_NA_PRAWACH_POWIATU and u.level is Level.GMINA for u in units) == 66


def test_every_unit_has_gus_2020_population(registry) -> None:
    assert all(u.population_2020 for u in registry)
    assert sum(u.population_2020 for u in registry if u.level is Level.WOJEWODZTWO) == 38_265_013
    assert registry.get("2063011").population_2020 == 69_639  # CPPC's Suwałki example uses this L


def test_unit_fields(registry) -> None:
    unit = registry.get("2206042")
    assert (unit.name, unit.kind, unit.powiat_code, unit.powiat_name, unit.wojewodztwo_name) == (
        "Kościerzyna",
        UnitKind.GMINA_WIEJSKA,
        "2206",
        "kościerski",
        "pomorskie",
    )
    assert registry.get("2063011").kind is UnitKind.MIASTO_NA_PRAWACH_POWIATU
    assert registry.get("0201").kind is UnitKind.POWIAT
    assert registry.get("22").kind is UnitKind.WOJEWODZTWO


@pytest.mark.parametrize(
    ("raw", "code", "note"),
    [
        ("2206042", "2206042", None),
        ("220604", "2206042", "uzupełniono"),
        ("0218033", "0218032", "TERYT 2024"),  # became miejsko-wiejska in 2024
        ("2212082", "2212082", None),  # renamed later (Słupsk -> Redzikowo), code unchanged
        ("1465058", "1465011", "dzielnica"),  # a Warsaw district -> the city
        ("0201044", "0201043", "miasto w gminie"),  # town part of a miejsko-wiejska gmina
        ("0201", "0201", None),
        ("02", "02", None),
    ],
    ids=["gmina", "six-digits", "code-2024", "renamed", "district", "gmina-part", "powiat", "wojewodztwo"],
)
def test_lookup_code(registry, raw: str, code: str, note: str | None) -> None:
    resolved = registry.lookup_code(raw)
    assert resolved.unit.code == code
    if note:
        assert any(note in n for n in resolved.notes)
    else:
        assert resolved.notes == ()


@pytest.mark.parametrize(
    ("raw", "message"),
    [
        ("0299", "Nie ma powiatu o kodzie 0299 w województwie dolnośląskim"),
        ("2206992", "Nie ma gminy o kodzie 2206992"),
        ("35", "Nie ma województwa o kodzie 35"),
    ],
    ids=["no-powiat", "no-gmina", "no-woj"],
)
def test_lookup_code_errors(registry, raw: str, message: str) -> None:
    with pytest.raises(Exception, match=message):
        registry.lookup_code(raw)


def test_koscierzyna_is_ambiguous_town_and_rural(registry) -> None:
    codes = [c.unit.code for c in registry.search("Kościerzyna")[:2]]
    assert sorted(codes) == ["2206011", "2206042"]
    with pytest.raises(AmbiguousUnit) as info:
        registry.resolve("Kościerzyna")
    assert {c.unit.code for c in info.value.candidates} >= {"2206011", "2206042"}


@pytest.mark.parametrize(
    ("query", "code"),
    [
        ("koscierzyna", "2206011"),  # no diacritics (town ranks with the rural gmina; both returned)
        ("miasto Kościerzyna", "2206011"),
        ("gmina wiejska Kościerzyna", "2206042"),
        ("m.st. Warszawa", "1465011"),
        ("Warszwa", "1465011"),  # typo
        ("Bialystok", "2061011"),
        ("powiat kościerski", "2206"),
        ("pow. kosciersky", "2206"),
        ("powiat Kościerzyna", "2206"),  # the seat's name instead of the adjective
        ("województwo pomorskie", "22"),
        ("Zielona Gora", "0862011"),
        ("Łódź", "1061011"),
        ("Kosciezyna", "2206011"),
        ("Bielsko", "2461011"),  # first part of Bielsko-Biała
        ("Kędzierzyn", "1603011"),
        ("Jelenia", "0261011"),
    ],
)
def test_search_top_candidate(registry, query: str, code: str) -> None:
    candidates = registry.search(query)
    assert candidates, query
    assert code in [c.unit.code for c in candidates[:2]]


def test_search_nonsense_finds_nothing(registry) -> None:
    assert registry.search("qwxzzy") == []
    with pytest.raises(UnitNotFound):
        registry.resolve("qwxzzy")


def test_city_with_powiat_rights_offered_once_by_name(registry) -> None:
    codes = [c.unit.code for c in registry.search("Suwałki")]
    assert "2063" not in codes and "2063011" in codes
    assert registry.city_gmina(registry.get("2063")).code == "2063011"


@pytest.mark.parametrize(
    ("query", "code"),
    [
        ("Kościerzyna gmina wiejska", "2206042"),
        ("Koscierzyna wiejska", "2206042"),
        ("Kościerzyna (miasto)", "2206011"),
        ("Kościerzyna miejska", "2206011"),
    ],
)
def test_kind_word_after_the_name_selects_one_unit(registry, query: str, code: str) -> None:
    assert registry.resolve(query).code == code


def test_messages_do_not_echo_a_whole_pasted_page(registry) -> None:
    with pytest.raises(UnitNotFound) as info:
        registry.resolve("x" * 100_000)
    assert len(str(info.value)) < 200


@pytest.mark.parametrize(
    ("query", "codes"),
    [
        ("Wrocławia", {"0264011"}),  # the city, not powiat wrocławski
        ("w Gdańsku", {"2261011"}),
        ("Poznaniu", {"3064011"}),
        ("Żywca", {"2417011"}),
        ("Gniezna", {"3003011", "3003032"}),  # still both: the town and the rural gmina share the name
        ("Nowym Sączu", {"1262011"}),  # both words inflected, the first as an adjective
        ("Ostrowie Mazowieckiej", {"1416011", "1416072"}),
        ("Gliwic", {"2466011"}),  # genitive plural
    ],
)
def test_an_inflected_town_name_finds_only_the_units_of_that_exact_name(registry, query: str, codes: set[str]) -> None:
    found = registry.search(query.removeprefix("w "))
    assert {c.unit.code for c in found} == codes


@pytest.mark.parametrize(
    ("query", "code"),
    [
        ("gmina miejsko-wiejska Jarocin", "3006023"),  # not the rural Jarocin in podkarpackie
        ("gmina wiejska Brzeziny z wielkopolski", "3007022"),  # the region after the name decides
        ("Brzeziny wiejska, woj. łódzkie", "1021022"),
        ("Środa Wielkopolska", "3025043"),  # a region word inside a name stays the name
        ("Opatów w powiecie kłobuckim", "2406052"),  # the powiat decides, not the świętokrzyskie town
        ("gmina wiejska Brzeziny, pow. brzeziński", "1021022"),
    ],
)
def test_kind_and_region_narrow_a_name(query: str, code: str) -> None:
    found = load_registry().search(query)
    assert [c.unit.code for c in found if c.score >= 99] == [code]


def test_a_powiat_by_its_seat_in_the_locative() -> None:
    found = load_registry().search("starostwo powiatowe w Gnieźnie")
    assert [c.unit.code for c in found] == ["3003"]
    # a two-word seat: powiat tomaszowski of łódzkie, not the one in lubelskie
    assert [c.unit.code for c in load_registry().search("powiat tomaszowie mazowieckim")] == ["1016"]


@pytest.mark.parametrize(
    ("query", "code"),
    [
        ("Wadowicach", "1218093"),  # locative plural -ach of a name in -e
        ("miasto Suwałkach", "2063011"),  # -ach of a name in -i
        ("Tychach", "2477011"),  # -ach of a name in -y
        ("Opolu", "1661011"),  # locative -u of a neuter name in -e
        ("Zielonej Górze", "0862011"),  # a two-letter stem before a long ending
        ("województwo Opolu", "16"),  # "urząd marszałkowski w Opolu": the województwo of the office's town
        ("województwo Toruniu", "04"),
        ("Zawoi", "1215082"),  # locative -oi of a name in -oja (not Zawonia, a near spelling)
        ("Łomianek", "1432053"),  # genitive plural -ek of a name in -ki
        ("Kartuz", "2205023"),  # genitive plural of a name in -zy
        ("Bielska-Białej", "2461011"),  # both parts of a hyphenated name inflected
        ("Bielsku-Białej", "2461011"),  # locative -ku of a neuter in -ko
        ("Kędzierzyna-Koźla", "1603011"),  # genitive -a of a neuter in -e
        ("Busku-Zdroju", "2601013"),
    ],
)
def test_inflected_towns_and_the_region_of_a_marshal_office(query: str, code: str) -> None:
    found = load_registry().search(query)
    assert found and found[0].unit.code == code and found[0].score >= 99, found[:2]
    assert not [c for c in found[1:] if c.score >= 99], found[:3]
