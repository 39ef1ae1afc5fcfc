"""The causes of blind25's misses (issue 11, session 17's tuning part), fixed and tested in other units' and other
words: report parameters corrected ("nie X, tylko Y") and asked back, an advisory service priced after its name,
the cap of a grant supposed ("a gdyby grant wynosił…")."""

from __future__ import annotations

from bot.dialogue.core import Dialogue
from bot.dialogue.parsing.report import report_params
from tests.bot.chatting import Chat


def test_a_grant_corrected_with_not_but_keeps_the_new_amount_not_the_old() -> None:
    assert report_params("sorry, grant to nie 120 tys., tylko sto osiemdziesiąt tysięcy zł").grant_amount == 180000
    assert report_params("kwota grantu nie 200k, a 240k").grant_amount == 240000
    said = report_params("nie odzyskujemy VAT, a kwota grantu 90 000 zł")
    assert said.vat_recoverable is False and said.grant_amount == 90000


async def test_report_parameters_are_asked_back(dialogue: Dialogue) -> None:
    chat = Chat(dialogue, 501)
    await chat.say("/program cp")
    await chat.say("projekt kończy się 31.10.2023, grant 120 tys")
    await chat.say("sorry, grant to nie 120 tys., tylko sto osiemdziesiąt tysięcy zł")
    back = await chat.say("co mam teraz ustawione jako kwotę grantu i koniec projektu?")
    assert "180 000,00 zł" in back and "31.10.2023" in back and "120 000" not in back, back


async def test_an_advisory_service_priced_after_its_name_is_held_against_the_grant_computed(
    dialogue: Dialogue,
) -> None:
    chat = Chat(dialogue, 502)
    grant = await chat.say("gmina wiejska Lubicz, G 1850 – ile z cyfrowej gminy?")
    amount = grant.split("Cyfrowa Gmina:", 1)[1].split("zł", 1)[0].strip()
    fits = await chat.say("doradztwo kosztuje 31 tys. netto – zmieścimy się?")
    assert f"5 % × {amount} zł" in fits and "31 000,00 zł" in fits, fits
    supposed = await chat.say("a gdybyśmy dostali 400 tys.?")
    assert "5% × 400 000,00 zł" in supposed and "20 000,00 zł" in supposed, supposed
