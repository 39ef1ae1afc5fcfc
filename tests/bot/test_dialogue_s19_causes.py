"""Causes of blind28's remaining misses (held out in session 18, development material since its one measurement),
fixed in session 19 and tested in other words: the steps asked as "rozpisz", a neighbour named beside "nas", back to
"the town" without its G, the programme meant said together with the unit, a detail asked after a rule, a question
word taken for the thing bought."""

from __future__ import annotations

from bot.dialogue.core import Dialogue
from tests.bot.chatting import Chat


async def test_the_steps_asked_as_rozpisz_show_the_computation(dialogue: Dialogue) -> None:
    chat = Chat(dialogue, 801)
    await chat.say("gmina wiejska Lubicz, G 1898,22 – ile z CG?")
    steps = await chat.say("możesz mi to rozpisać krok po kroku?")
    assert "Szczegóły" in steps and "20 389" in steps and "2 098,22" in steps, steps


async def test_a_neighbour_named_beside_us_is_that_unit_not_ours(dialogue: Dialogue) -> None:
    chat = Chat(dialogue, 802)
    await chat.say("piszę z UM Zamość (miasto na prawach powiatu). ile w cyfrowej gminie przy G 1990,22?")
    people = await chat.say("a gmina wiejska Zamość koło nas – ile ma mieszkańców?")
    assert "gmina wiejska Zamość" in people and "23 212" in people, people
    assert "62 785" not in people, people


async def test_back_to_the_town_without_its_g_is_its_cyfrowa_gmina_range(dialogue: Dialogue) -> None:
    chat = Chat(dialogue, 803)
    await chat.say("gmina miejska Kołobrzeg, cyfrowa gmina, G 2001,22")
    await chat.say("a powiat kołobrzeski w cp?")
    town = await chat.say("wracając do miasta – a bez G ile najwyżej?")
    assert "Kołobrzeg (3208011" in town and "1 485 940,00 zł" in town, town  # 100 000 + 30 × 46 198


async def test_the_programme_meant_said_with_the_unit_answers_the_question_there(dialogue: Dialogue) -> None:
    chat = Chat(dialogue, 804)
    await chat.say("czy da się kupić tablety dla radnych?")
    meant = await chat.say("chodzi o cyberbezpieczny samorząd, piszę z gminy Łomianki")
    assert "Łomianki" in meant and "niekwalifikowalny" in meant and "Cyberbezpieczny Samorząd" in meant, meant
    assert "Cyfrowa Gmina: kwalifikowalny" not in meant and "Policz grant" not in meant, meant


async def test_a_detail_asked_after_a_rule_goes_along_when_another_programme_is_asked(dialogue: Dialogue) -> None:
    chat = Chat(dialogue, 805)
    await chat.say("powiat opolski, cyfrowy powiat – od ilu złotych trzeba stosować bazę konkurencyjności?")
    await chat.say("netto czy brutto?")
    other = await chat.say("a w cs tak samo?")
    assert "Cyberbezpieczny Samorząd" in other and "50 000 zł netto" in other, other


async def test_a_question_word_is_no_thing_bought(dialogue: Dialogue) -> None:
    chat = Chat(dialogue, 806)
    await chat.say("gmina Lubicz, cyfrowa gmina")
    rule = await chat.say("a w cs na co nie można?")
    assert "Zakup:" not in rule and "Cyberbezpieczny Samorząd" in rule, rule
