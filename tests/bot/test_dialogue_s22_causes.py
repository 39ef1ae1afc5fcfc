"""Causes of blind34's remaining misses (held out in session 21) and of blind35's (tuning in session 22), fixed in
session 22 and tested in other words: what "to" is after another unit's grant, "szczegóły" after a question in
between, a share of "tej kwoty" computed here after a purchase talk, things pointed at with "te/ten"."""

from __future__ import annotations

from bot.dialogue.core import Dialogue
from tests.bot.chatting import Chat


async def test_what_the_grant_depends_on_is_asked_of_the_unit_just_shown(dialogue: Dialogue) -> None:
    """A gmina asks its powiat's CP grant, then "od czego to zależy?": the powiat's programme, not a question back
    offering the gmina's two programmes."""
    chat = Chat(dialogue, 2201)
    await chat.say("gmina Bodzentyn, świętokrzyskie – ile z cyfrowej gminy przy G 2010?")
    await chat.say("a powiat kielecki w cyfrowym powiecie?")
    said = await chat.say("a od czego zależy ta kwota?")
    assert "Którego programu" not in said and "Cyfrowy Powiat" in said, said
    assert "wskaźnik" in said and "mieszkańców" in said, said


async def test_details_after_a_question_in_between_show_the_last_grant(dialogue: Dialogue) -> None:
    chat = Chat(dialogue, 2202)
    await chat.say("gmina wiejska Lipnica Wielka, G 2000 – ile z CG?")
    await chat.say("a do kiedy trzeba przeprowadzić diagnozę?")
    said = await chat.say("prosze o szczegoly")
    assert "Szczegóły: gmina wiejska Lipnica Wielka" in said and "R = min(30" in said, said
    assert "jednostka nieuprawniona" not in said, said  # the programmes a gmina can be in, not all three


async def test_details_with_no_grant_in_the_conversation_compute_nothing(dialogue: Dialogue) -> None:
    chat = Chat(dialogue, 2203)
    await chat.say("do kiedy trzeba przeprowadzić diagnozę w cyfrowej gminie?")
    said = await chat.say("szczegóły")
    assert "Szczegóły:" not in said, said


async def test_a_share_of_that_amount_after_talk_about_purchases(dialogue: Dialogue) -> None:
    """ "a 10 % od tej kwoty z cg?" after items were judged: the grant computed before, not a stored example."""
    chat = Chat(dialogue, 2204)
    await chat.say("gmina wiejska Lipnica Wielka, G 2000 – ile z CG?")
    await chat.say("a routery do szkół przejdą?")
    await chat.say("a w cs?")
    said = await chat.say("a 5 procent od tej kwoty z cg to ile na doradce?")
    grant = await chat.say("szczegóły")
    total = grant.split("X = 100 000 + ZC = ")[1].split(" zł")[0]
    assert f"5% × {total} zł" in said, (said, total)


async def test_things_pointed_at_are_the_ones_judged_before(dialogue: Dialogue) -> None:
    """ "a w cs ten program by przeszedł?" after "program antywirusowy": that program, not "program" alone."""
    chat = Chat(dialogue, 2205)
    await chat.say("cyfrowa gmina: pakiety biurowe dla urzędników można?")
    said = await chat.say("a w cyberbezpiecznym te pakiety by przeszły?")
    assert "Cyberbezpieczny Samorząd" in said and "niekwalifikowalny" in said, said
    assert "zbyt ogólny" not in said, said
