"""Causes of blind26's remaining misses (development material since its one measurement in session 17), fixed in
session 18 and tested in other words: a purchase dated before the programme's expenses count, used equipment asked with
the reason why, the funding level asked after a grant was computed."""

from __future__ import annotations

from bot.dialogue.core import Dialogue
from tests.bot.chatting import Chat


async def test_a_purchase_dated_before_the_period_is_out_of_it_whatever_the_thing(dialogue: Dialogue) -> None:
    chat = Chat(dialogue, 701)
    await chat.say("/program cp")
    early = await chat.say("zakupiliśmy drukarkę w grudniu 2019 – wejdzie do rozliczenia?")
    assert "Nie" in early and "sprzed" in early and "Cyfrowy Powiat" in early, early
    assert "kwalifikowalny." not in early, early
    # a date inside the period leaves the thing to be judged
    inside = await chat.say("a skaner kupiony w maju 2021, rozliczymy?")
    assert "Zakup:" in inside and "kwalifikowaln" in inside, inside


async def test_used_equipment_asked_with_the_reason_is_the_programmes_rule(dialogue: Dialogue) -> None:
    chat = Chat(dialogue, 702)
    await chat.say("/program cs")
    used = await chat.say("a możemy wziąć używane komputery, bo budżet mały?")
    assert "nowego" in used and "Cyberbezpieczny Samorząd" in used, used
    assert "„bo budżet mały”" not in used, used


async def test_the_whole_cost_asked_after_a_grant_is_no_share_of_it(dialogue: Dialogue) -> None:
    chat = Chat(dialogue, 703)
    await chat.say("województwo opolskie – ile z Cyberbezpiecznego Samorządu?")
    whole = await chat.say("a ten grant może pokryć całość wydatków, tj. 100%?")
    assert "× 100 / 100" not in whole and "do 100% kosztów kwalifikowalnych" in whole, whole


async def test_a_question_of_its_own_after_a_cap_finds_its_programmes_entry_not_the_cap_again(
    dialogue: Dialogue,
) -> None:
    chat = Chat(dialogue, 704)
    await chat.say("starostwo w Krotoszynie, cyfrowy powiat – grant mamy 310 000 zł, ile na doradców?")
    rule = await chat.say("a zamówienie za ponad 50 tys. netto – jakieś dodatkowe wymagania?")
    assert "Cyfrowy Powiat" in rule and "konkurencyjności" in rule, rule
    assert "5% wartości grantu" not in rule, rule


async def test_a_g_said_with_another_units_grant_question_is_that_units_g_never_a_grant_amount(
    dialogue: Dialogue,
) -> None:
    """Held-out blind28 (session 18), after its one measurement: the G was kept as the report's grant amount, or
    given to the unit waited for – two silent wrong figures."""
    chat = Chat(dialogue, 705)
    await chat.say("gmina Krokowa, cyfrowa gmina")
    other = await chat.say("a ile dostałaby kosakowo z cyfrowej gminy, G mamy 2038,22")
    assert "Grant dla: gmina wiejska Kosakowo" in other and "2 038,22 zł" in other, other
    assert "Zapamiętałem do raportu" not in other, other
    kept = await chat.say("jaką kwotę grantu mam wpisaną do raportu?")
    assert "2 038,22" not in kept, kept


async def test_an_office_that_asks_the_computation_with_its_g_gets_the_grant_at_once(dialogue: Dialogue) -> None:
    """Held-out blind28 (session 18), after its one measurement: the unit was noted and a computation offered."""
    chat = Chat(dialogue, 706)
    done = await chat.say("Urzad Gminy Krokowa. chcielibysmy policzyc grant z CG, wskaznik G 1998,22")
    assert "Grant dla: gmina wiejska Krokowa" in done and "Wskaźnik G podany w rozmowie: 1 998,22 zł" in done, done
    assert "napisz „tak”" not in done, done


async def test_a_thing_asked_after_a_rule_that_found_another_programmes_entry_is_judged_here(
    dialogue: Dialogue,
) -> None:
    """blind6 (development): 'a abonament na internet dla urzędu?' after a rule in CP found only a CS entry – it had
    repeated the laptops' rule, then (asked again with the programme named) the cloud services' 'Tak'."""
    chat = Chat(dialogue, 707)
    await chat.say("jesteśmy w cyfrowym powiecie")
    await chat.say("tablety dla szkoly specjalnej to ok?")
    thing = await chat.say("a abonament na internet dla starostwa?")
    assert "Cyfrowy Powiat: niekwalifikowalny" in thing, thing
