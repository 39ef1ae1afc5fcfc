"""What a purchase question asks about when a lead stands before a dash, and a procurement question about a thing
being bought (session 17: the dialogue regression caught both after the item reader learnt the dash as an end)."""

from __future__ import annotations

import pytest

from knowledge.purchase import purchase_item


@pytest.mark.parametrize(
    ("question", "item"),
    [
        ("wracając do sprzętu – serwer NAS się łapie?", "serwer NAS"),
        ("a teraz inna sprawa - czy router przejdzie?", "router"),
        ("startujemy też w cyberbezpiecznym – skaner podatności wejdzie?", "skaner podatności"),
    ],
)
def test_the_thing_after_a_lead_and_a_dash_is_the_item(question: str, item: str) -> None:
    assert purchase_item(question) == item


def test_a_thing_before_the_dash_stays_the_item_when_the_lead_is_no_lead() -> None:
    assert purchase_item("mamy UPS, a do tego chcemy 3 switche – przejdzie?") == "3 switche"


def test_a_purchase_under_way_asked_about_its_procedure_is_no_item_verdict() -> None:
    assert purchase_item("kupujemy serwer za 70 tys. netto, czy musimy ogłaszać zapytanie?") is None
    assert purchase_item("kupujemy switch za ok. 55 tys. netto, musimy coś ogłaszać?") is None
    assert purchase_item("zamawiamy serwer za ok 90 tys netto, jaki tryb?") is None
    assert purchase_item("kupujemy NAS za 60 tys netto, a procedura?") is None


def test_a_sum_or_a_cost_category_after_the_verb_is_no_thing_bought() -> None:
    assert purchase_item("a zakup za ponad 80 tys. netto – co wtedy trzeba zrobić?") is None
    assert purchase_item("czy koszty dojazdu możemy wliczyć do wydatków kwalifikowalnych?") is None
    assert purchase_item("czy możemy kupić router za 20 tys?") == "router za 20 tys"
