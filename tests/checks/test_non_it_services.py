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


# -- a service named by what it is done to: the object decides (new wordings for these tests) --------


@pytest.mark.parametrize("programme", ["cg", "cp", "cs"])
@pytest.mark.parametrize(
    "line",
    [
        "Wymiana drzwi wejściowych do budynku urzędu",  # "wymiana" is an IT service word too
        "Leasing operacyjny samochodu osobowego – rata 05/2024",
        "Obsługa prawna urzędu – ryczałt miesięczny",
        "Doradztwo kadrowe dla sekretariatu",
        "Odtwarzacz Blu-ray do sali konferencyjnej",
    ],
)
def test_work_on_or_lease_of_a_non_it_thing_is_ineligible(line: str, programme: str) -> None:
    result = classify(line, programme)
    assert str(getattr(result.verdict, "value", result.verdict)) == "ineligible", (line, result.category, result.reason)


@pytest.mark.parametrize(
    ("line", "verdict"),
    [
        # CS lit. b funds IT services that strengthen "zapobiegania i reagowania na incydenty"
        ("Usługa SOC – monitorowanie bezpieczeństwa 24/7, 12 miesięcy", "eligible"),
        # deploying a listed security product raises the level of security (lit. b): eligible
        ("Wdrożenie i konfiguracja firewalla UTM Fortinet", "eligible"),
        # an IT service with no security object stays for the operator
        ("Wdrożenie systemu EZD w urzędzie", "review"),
    ],
)
def test_cs_incident_monitoring_and_security_deployment_are_listed_services(line: str, verdict: str) -> None:
    result = classify(line, "cs")
    assert str(getattr(result.verdict, "value", result.verdict)) == verdict, (line, result.category, result.reason)
