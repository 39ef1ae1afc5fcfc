"""Causes of the held-out blind26 misses (issue 11, session 17), fixed after its one measurement and tested in other
units' words: a code called TERYT with fillers before it, our gmina named after our powiat."""

from __future__ import annotations

from bot.dialogue.core import Dialogue
from tests.bot.chatting import Chat


async def test_a_teryt_code_asked_with_fillers_is_that_unit(dialogue: Dialogue) -> None:
    chat = Chat(dialogue, 601)
    await chat.say("województwo pomorskie w cs ile?")
    other = await chat.say("sprawdź też proszę dla TERYT 02")
    assert "Grant dla: województwo dolnośląskie (02)" in other, other


async def test_our_gmina_named_after_our_powiat_is_that_gmina(dialogue: Dialogue) -> None:
    chat = Chat(dialogue, 602)
    await chat.say("Starostwo Powiatowe w Lesku – ile w cs?")
    ours = await chat.say("a nasza gmina Solina ile dostałaby w Cyfrowej Gminie?")
    assert "Grant dla: gmina wiejska Solina" in ours and "Cyfrowa Gmina: od 100 000,00 zł" in ours, ours


async def test_a_unit_by_the_code_said_with_its_name_still_is_that_unit(dialogue: Dialogue) -> None:
    chat = Chat(dialogue, 603)
    said = await chat.say("ile może dostać powiat o kodzie teryt 1218?")
    assert "powiat wadowicki" in said, said
