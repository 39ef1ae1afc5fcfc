from decimal import Decimal

import pytest

from grants import GrantInputs, GrantStatus, OfficialAmount, compute, zl
from knowledge.programmes import get_programme
from knowledge.registry import Level, load_registry

REG = load_registry()
CG, CP, CS = get_programme("cg"), get_programme("cp"), get_programme("cs")


def cg(code: str, g: str | None):
    return compute(REG.get(code), CG, GrantInputs(g=Decimal(g) if g else None))


@pytest.mark.parametrize(
    ("code", "g", "amount"),
    [
        ("2063011", "1873.91", "1662072.41"),  # CPPC's worked example for Suwałki
        ("2206042", "1908.88", "406655.06"),  # gmina Kościerzyna's published 1st-call grant
        ("2206042", "2098.22", "100000.00"),  # G equal to Gk -> minimum
        ("2206042", "3500.00", "100000.00"),  # G above Gk -> minimum
        ("1061011", "1500.00", "2000000.00"),  # Łódź: large poor city -> maximum
        ("1465011", "1000.00", "2000000.00"),  # Warsaw with a hypothetical low G -> maximum
    ],
    ids=["suwalki", "koscierzyna", "g-equals-gk", "g-above-gk", "lodz-max", "warszawa-max"],
)
def test_cyfrowa_gmina_vectors(code: str, g: str, amount: str) -> None:
    result = cg(code, g)
    assert result.status is GrantStatus.EXACT
    assert result.amount == Decimal(amount)
    assert isinstance(result.amount, Decimal)


def test_small_poor_gmina_hits_30_zl_cap() -> None:
    unit = REG.get("0201032")  # Gromadka, 5 317 inhabitants
    result = cg("0201032", "500.00")
    assert result.amount == Decimal(100000) + 30 * unit.population_2020
    assert any("R = " in s and "= 30 zł" in s for s in result.steps)
    # the literal "X > L*30" sentence would give less than the minimum; the steps explain the reading
    assert any("dosłowne" in s for s in result.steps)


def test_literal_reading_note_never_claims_an_amount_above_the_minimum_is_below_it() -> None:
    """12 000 inhabitants: the literal sentence gives 360 000 zł, which is not below 100 000 zł."""
    unit = next(u for u in REG if u.level is Level.GMINA and 11_000 < (u.population_2020 or 0) < 13_000)
    result = cg(unit.code, "500.00")
    (note,) = [s for s in result.steps if "dosłowne" in s]
    literal = 30 * unit.population_2020
    assert literal > 100_000
    assert "mniej niż minimalny grant" not in note and "zamiast" in note


def test_rounding_is_half_up_to_grosz() -> None:
    # (2098.22 - 2098.05)/10 = 0.017; 0.017 * L must be rounded to the grosz, half up
    unit = REG.get("2206042")
    result = cg("2206042", "2098.05")
    expected = (Decimal(100000) + Decimal("0.017") * unit.population_2020).quantize(Decimal("0.01"))
    assert result.amount == expected


def test_without_g_cg_asks_for_it_with_a_real_upper_bound() -> None:
    result = cg("0201032", None)
    assert result.status is GrantStatus.NEEDS_INPUT and result.amount is None
    assert result.min == Decimal("100000.00")
    assert result.max == Decimal(100000) + 30 * REG.get("0201032").population_2020
    assert any("wskaźnik G" in m for m in result.missing)


def test_official_amount_takes_precedence() -> None:
    official = OfficialAmount(Decimal("123456.78"), "lista.csv")
    result = compute(REG.get("2206042"), CG, GrantInputs(g=Decimal("1908.88"), official=official))
    assert result.amount == Decimal("123456.78")
    assert any("oficjalnej listy" in s for s in result.steps)


@pytest.mark.parametrize(
    ("code", "programme", "status"),
    [
        ("0201", "cg", GrantStatus.NOT_ELIGIBLE),
        ("02", "cg", GrantStatus.NOT_ELIGIBLE),
        ("2063", "cg", GrantStatus.NOT_ELIGIBLE),  # city as a powiat: applies as gmina 2063011
        ("0201", "cp", GrantStatus.RANGE),
        ("2063", "cp", GrantStatus.NOT_ELIGIBLE),
        ("2063011", "cp", GrantStatus.NOT_ELIGIBLE),
        ("0201011", "cp", GrantStatus.NOT_ELIGIBLE),
        ("22", "cp", GrantStatus.NOT_ELIGIBLE),
        ("0201", "cs", GrantStatus.EXACT),
        ("22", "cs", GrantStatus.EXACT),
        ("0201011", "cs", GrantStatus.RANGE),
        ("2063011", "cs", GrantStatus.RANGE),
    ],
)
def test_eligibility_per_programme(code: str, programme: str, status: GrantStatus) -> None:
    assert compute(REG.get(code), get_programme(programme)).status is status


def test_cyfrowy_powiat_never_guesses_a_formula() -> None:
    result = compute(REG.get("0201"), CP)
    assert (result.amount, result.min, result.max) == (None, Decimal("100000.00"), Decimal("350000.00"))
    assert any("312,32" in s for s in result.steps)
    assert any("Cyfrowej Gminy" in s or "Cyfrowa Gmina" in s for s in compute(REG.get("2063"), CP).steps)


def test_cyberbezpieczny_fixed_for_powiat_and_range_for_gmina() -> None:
    assert compute(REG.get("0201"), CS).amount == Decimal("850000.00")
    gmina = compute(REG.get("0201011"), CS)
    assert (gmina.min, gmina.max) == (Decimal("200000.00"), Decimal("850000.00"))
    assert any("wkładu własnego" in s for s in gmina.steps)


def test_every_result_cites_a_valid_section() -> None:
    from knowledge.citations import is_valid

    for code in ("2063011", "0201", "22"):
        for programme in (CG, CP, CS):
            result = compute(REG.get(code), programme, GrantInputs(g=Decimal("1873.91")))
            assert result.citations and all(is_valid(c) for c in result.citations)


@pytest.mark.parametrize(
    ("value", "text"),
    [("1662072.41", "1 662 072,41 zł"), ("100000", "100 000,00 zł"), ("0.005", "0,01 zł"), ("999.994", "999,99 zł")],
)
def test_zl_formatting(value: str, text: str) -> None:
    assert zl(Decimal(value)) == text
