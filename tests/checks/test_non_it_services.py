"""Building works, fire safety, vehicles and non-IT courses are outside the closed catalogues, even
when the line names the server room or says "szkolenie" (issue 12: such lines passed as eligible)."""

from __future__ import annotations

import pytest

from checks.classifier import classify

LINES = [
    "Remont serwerowni – wymiana posadzki i malowanie ścian",
    "Szkolenie BHP dla nowo zatrudnionych pracowników",
    "Ubezpieczenie pojazdu służbowego na rok 2024",
    "Kurs pierwszej pomocy dla pracowników urzędu",
    "Przegląd gaśnic i hydrantów w budynku urzędu",
    "Roboty budowlane – adaptacja pomieszczenia na serwerownię",
]


@pytest.mark.parametrize("programme", ["cg", "cp", "cs"])
@pytest.mark.parametrize("line", LINES)
def test_non_it_work_is_never_eligible(line: str, programme: str) -> None:
    result = classify(line, programme)
    verdict = str(getattr(result.verdict, "value", result.verdict))
    assert verdict != "eligible", (line, result.category)


@pytest.mark.parametrize(
    "line",
    [
        "Szkolenie z cyberbezpieczeństwa dla pracowników",
        "Ubezpieczenie serwera Dell R650",
        "Konserwacja klimatyzacji precyzyjnej w serwerowni",
    ],
)
def test_it_lines_near_those_words_are_not_caught_by_them(line: str) -> None:
    assert classify(line, "cg").category != "non_it_works"


@pytest.mark.parametrize("programme", ["cg", "cp", "cs"])
@pytest.mark.parametrize(
    "line",
    ["Konserwacja klimatyzacji serwerowni - przegląd półroczny", "Przegląd wentylacji w pomieszczeniu serwerowni"],
)
def test_upkeep_of_the_building_is_not_it_maintenance(line: str, programme: str) -> None:
    # the catalogue covers "konserwacja i serwis sprzętu informatycznego"; an air conditioner is not IT hardware
    result = classify(line, programme)
    assert result.category == "building_upkeep"
    assert str(getattr(result.verdict, "value", result.verdict)) == "review"
