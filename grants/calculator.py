"""Maximum grant per programme for one unit. Pure: unit + programme facts + inputs -> GrantResult.

Cyfrowa Gmina (regulamin §4 ust. 5): X = 100 000 + ZC, ZC = min(1 900 000, Z), Z = R·L,
R = min(30, max(0, (Gk − G)/10)). The regulamin also says "if X > L·30 then X = L·30"; its own
R/Z/ZC definitions make the 30 zł a per-inhabitant cap on the variable part (taken literally the
sentence would push small gminy below the 100 000 zł minimum of §4 ust. 4), so the steps show both
readings when they differ. Cyfrowy Powiat's formula is not in our sources and is never guessed.
"""

from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal

from grants.models import GrantInputs, GrantResult, GrantStatus, InputUsed
from knowledge.citations import Citation
from knowledge.money import dec, num, zl
from knowledge.programmes import Programme, ProgrammeCode
from knowledge.registry import Level, Unit, UnitKind

GROSZ = Decimal("0.01")
POPULATION_SOURCE = "GUS, ludność według gmin, stan na 31.12.2020 (Tabl. IV)"


def people(count: int) -> str:
    return f"{count:,}".replace(",", " ")


def compute(unit: Unit, programme: Programme, inputs: GrantInputs | None = None) -> GrantResult:
    inputs = inputs or GrantInputs()
    if programme.code is ProgrammeCode.CG:
        return _cyfrowa_gmina(unit, programme, inputs)
    if programme.code is ProgrammeCode.CP:
        return _cyfrowy_powiat(unit, programme, inputs)
    return _cyberbezpieczny_samorzad(unit, programme, inputs)


def _result(
    programme: Programme,
    unit: Unit,
    status: GrantStatus,
    *,
    amount: Decimal | None = None,
    low: Decimal | None = None,
    high: Decimal | None = None,
    steps: list[str],
    inputs: list[InputUsed] | None = None,
    citations: list[Citation],
    missing: tuple[str, ...] = (),
) -> GrantResult:
    unique = tuple(dict.fromkeys(citations))
    return GrantResult(
        programme.code, unit, status, amount, low, high, tuple(steps), tuple(inputs or ()), unique, missing
    )


def _official(
    programme: Programme, unit: Unit, inputs: GrantInputs, steps: list[str], citations: list[Citation]
) -> GrantResult | None:
    if inputs.official is None:
        return None
    steps.append(
        f"Kwota pochodzi z oficjalnej listy kwot grantów (załącznik nr 2 do regulaminu), "
        f"zaimportowanej przez operatora: {zl(inputs.official.amount)}."
    )
    return _result(
        programme,
        unit,
        GrantStatus.EXACT,
        amount=inputs.official.amount,
        low=inputs.official.amount,
        high=inputs.official.amount,
        steps=steps,
        inputs=[InputUsed("kwota", zl(inputs.official.amount), f"oficjalna lista: {inputs.official.source}")],
        citations=citations,
    )


def _not_eligible(programme: Programme, unit: Unit, reason: str, citation: Citation) -> GrantResult:
    return _result(programme, unit, GrantStatus.NOT_ELIGIBLE, steps=[reason], citations=[citation])


def _cyfrowa_gmina(unit: Unit, programme: Programme, inputs: GrantInputs) -> GrantResult:
    who = programme.fact("eligible_count").citation
    if unit.level is Level.POWIAT and unit.is_city_with_powiat_rights:
        return _not_eligible(
            programme, unit, (f"{unit.display_name} składa wniosek jako gmina: użyj kodu {unit.code}011."), who
        )
    if unit.level is not Level.GMINA:
        other = (
            "Cyfrowy Powiat lub Cyberbezpieczny Samorząd" if unit.level is Level.POWIAT else "Cyberbezpieczny Samorząd"
        )
        return _not_eligible(
            programme,
            unit,
            (
                f"Cyfrowa Gmina jest przeznaczona wyłącznie dla gmin; {unit.display_name} może sprawdzić "
                f"program {other}."
            ),
            who,
        )

    min_fact, max_fact = programme.fact("min_grant"), programme.fact("max_grant")
    formula = programme.fact("national_index").citation
    gk = programme.fact("national_index").decimal
    cap_per_person = programme.fact("per_capita_cap").decimal
    variable_cap = programme.fact("variable_cap").decimal
    minimum, maximum = min_fact.decimal, max_fact.decimal
    citations = [formula, min_fact.citation]
    steps = [f"Jednostka: {unit.describe()}."]
    official = _official(programme, unit, inputs, steps, citations)
    if official:
        return official

    population = unit.population_2020
    if population is None:  # every gmina has it in the GUS table; guard against a data gap
        steps.append("Brak liczby ludności w danych GUS – nie mogę policzyć kwoty.")
        return _result(programme, unit, GrantStatus.RANGE, low=minimum, high=maximum, steps=steps, citations=citations)
    used = [
        InputUsed("L", people(population), POPULATION_SOURCE),
        InputUsed("Gk", num(gk), "regulamin Cyfrowa Gmina, §4 ust. 5 (wartość dla kraju w 2021 r.)"),
    ]
    steps.append(f"L – liczba mieszkańców: {people(population)} ({POPULATION_SOURCE}).")
    steps.append(f"Gk – wskaźnik G dla kraju w 2021 r.: {num(gk)} zł.")
    upper = minimum + min(variable_cap, cap_per_person * population)

    if inputs.g is None:
        steps.append("Brakuje wskaźnika G gminy na 2021 r. (Ministerstwo Finansów); bez niego znam tylko przedział.")
        steps.append(f"Górna granica dla tej gminy: 100 000 zł + min(1 900 000 zł, 30 zł × L) = {zl(upper)}.")
        return _result(
            programme,
            unit,
            GrantStatus.NEEDS_INPUT,
            low=minimum,
            high=upper,
            steps=steps,
            inputs=used,
            citations=citations,
            missing=("wskaźnik G na 2021 r. (dochody podatkowe gminy na 1 mieszkańca, MF)",),
        )

    g = inputs.g
    used.append(InputUsed("G", num(g), inputs.g_source))
    steps.append(f"G – wskaźnik gminy na 2021 r.: {num(g)} zł ({inputs.g_source}).")
    r2 = (gk - g) / 10
    rate = min(cap_per_person, max(Decimal(0), r2))
    steps.append(
        f"R = min(30, max(0, (Gk − G) / 10)) = min(30, max(0, ({num(gk)} − {num(g)}) / 10)) "
        f"= min(30, max(0, {dec(r2)})) = {dec(rate)} zł na mieszkańca."
    )
    variable = rate * population
    steps.append(f"Z = R × L = {dec(rate)} × {people(population)} = {zl(variable)}.")
    capped = min(variable_cap, variable)
    steps.append(f"ZC = min(1 900 000, Z) = {zl(capped)}.")
    amount = (minimum + capped).quantize(GROSZ, rounding=ROUND_HALF_UP)
    steps.append(f"X = 100 000 + ZC = {zl(amount)} (zaokrąglenie do grosza).")
    if amount <= minimum:
        steps.append(f"G nie jest niższy od Gk, więc część zmienna wynosi 0 – gmina otrzymuje minimum {zl(minimum)}.")
    if amount >= maximum:
        amount = maximum
        steps.append(f"Kwota osiąga maksimum programu: {zl(maximum)}.")
    literal_cap = cap_per_person * population
    if amount > literal_cap:
        below_minimum = (
            f", czyli mniej niż minimalny grant {zl(minimum)} (§4 ust. 4)"
            if literal_cap < minimum
            else f" zamiast {zl(amount)}"
        )
        steps.append(
            f"Uwaga: dosłowne zdanie regulaminu „jeśli X > L × 30, to X = L × 30” dałoby "
            f"{zl(literal_cap)}{below_minimum}; definicje "
            "R, Z i ZC z §4 ust. 5 stosują limit 30 zł na mieszkańca do części zmiennej – tak liczę."
        )
    elif rate == cap_per_person:
        steps.append("Zastosowano limit 30 zł na mieszkańca (R = 30).")
    return _result(
        programme,
        unit,
        GrantStatus.EXACT,
        amount=amount,
        low=amount,
        high=amount,
        steps=steps,
        inputs=used,
        citations=citations,
    )


def _cyfrowy_powiat(unit: Unit, programme: Programme, inputs: GrantInputs) -> GrantResult:
    who = programme.fact("eligible_count").citation
    if unit.is_city_with_powiat_rights:
        return _not_eligible(
            programme,
            unit,
            (
                f"{unit.display_name}: Cyfrowy Powiat obejmował tylko 314 powiatów ziemskich; miasta na "
                "prawach powiatu korzystały z programu Cyfrowa Gmina."
            ),
            who,
        )
    if unit.level is not Level.POWIAT:
        other = (
            "Cyfrowa Gmina lub Cyberbezpieczny Samorząd" if unit.level is Level.GMINA else "Cyberbezpieczny Samorząd"
        )
        return _not_eligible(
            programme,
            unit,
            (
                f"Cyfrowy Powiat jest przeznaczony dla powiatów ziemskich; {unit.display_name} może sprawdzić "
                f"program {other}."
            ),
            who,
        )
    min_fact, basis, national = (
        programme.fact("min_grant"),
        programme.fact("formula_basis"),
        programme.fact("national_index"),
    )
    citations = [min_fact.citation, basis.citation]
    steps = [f"Jednostka: {unit.describe()}."]
    official = _official(programme, unit, inputs, steps, citations)
    if official:
        return official
    population = (
        f"{people(unit.population_2020)} według GUS na 31.12.2020" if unit.population_2020 else "brak danych GUS"
    )
    steps += [
        f"Grant w Cyfrowym Powiecie wynosi od {zl(programme.min_grant)} do {zl(programme.max_grant)}.",
        f"Kwota zależy od wskaźnika P powiatu na 2022 r. (MF; dla kraju {num(national.decimal)} zł) "
        f"i liczby mieszkańców ({population}).",
        "Wzór przeliczenia nie został opublikowany w dokumentach, którymi dysponuję, więc nie podaję "
        "kwoty dokładnej: poda ją oficjalna lista (załącznik nr 2), którą operator może zaimportować "
        "poleceniem `grantbot data import-amounts --program cp`.",
    ]
    used = [InputUsed("P kraj", num(national.decimal), "schemat grantowy Cyfrowy Powiat")]
    return _result(
        programme,
        unit,
        GrantStatus.RANGE,
        low=programme.min_grant,
        high=programme.max_grant,
        steps=steps,
        inputs=used,
        citations=citations,
        missing=("oficjalna lista kwot grantów Cyfrowy Powiat (załącznik nr 2)",),
    )


def _cyberbezpieczny_samorzad(unit: Unit, programme: Programme, inputs: GrantInputs) -> GrantResult:
    amounts = programme.fact("min_grant").citation
    contribution = programme.fact("own_contribution")
    citations = [amounts]
    steps = [f"Jednostka: {unit.describe()}."]
    if unit.level is Level.POWIAT and unit.is_city_with_powiat_rights:
        steps.append(f"Miasto na prawach powiatu ubiega się jako gmina (kod {unit.code}011).")
    fixed = unit.level is Level.WOJEWODZTWO or (unit.level is Level.POWIAT and unit.kind is UnitKind.POWIAT)
    if fixed:
        amount = programme.fact("fixed_grant_powiat_wojewodztwo").decimal
        steps.append(f"Dla powiatów i województw grant wynosi {zl(amount)}.")
        steps.append(f"{contribution.value[0].upper()}{contribution.value[1:]}.")
        return _result(
            programme, unit, GrantStatus.EXACT, amount=amount, low=amount, high=amount, steps=steps, citations=citations
        )
    official = _official(programme, unit, inputs, steps, citations)
    if official:
        return official
    steps += [
        f"Dla gmin (także miast na prawach powiatu) grant wynosi od {zl(programme.min_grant)} do "
        f"{zl(programme.max_grant)}; dokładną kwotę dla gminy podaje oficjalna lista (załącznik nr 2).",
        f"{contribution.value[0].upper()}{contribution.value[1:]}.",
        "Operator może zaimportować listę poleceniem `grantbot data import-amounts --program cs`.",
    ]
    return _result(
        programme,
        unit,
        GrantStatus.RANGE,
        low=programme.min_grant,
        high=programme.max_grant,
        steps=steps,
        citations=citations,
        missing=("oficjalna lista kwot grantów Cyberbezpieczny Samorząd (załącznik nr 2)",),
    )
