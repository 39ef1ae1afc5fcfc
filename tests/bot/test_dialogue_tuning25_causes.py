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


async def test_a_grant_pointed_back_by_order_is_given_again_and_its_computation_shown(dialogue: Dialogue) -> None:
    chat = Chat(dialogue, 503)
    first = await chat.say("gmina miejska Brodnica, G 1950 – ile z cyfrowej gminy?")
    amount = first.split("Cyfrowa Gmina:", 1)[1].split("zł", 1)[0].strip()
    await chat.say("a powiat brodnicki w cp?")
    again = await chat.say("ten pierwszy – przypomnij kwotę")
    assert "gmina miejska Brodnica" in again and f"{amount} zł" in again, again
    steps = await chat.say("jak on był policzony?")
    assert "R = min(30" in steps and "1 950,00" in steps, steps


async def test_our_rural_gmina_named_beside_its_namesake_town_and_the_town_as_the_seat(dialogue: Dialogue) -> None:
    chat = Chat(dialogue, 504)
    ours = await chat.say("jesteśmy gminą wiejską o tej samej nazwie co miasto – Kościerzyna. Ile z CG?")
    assert "Grant dla: gmina wiejska Kościerzyna" in ours, ours
    town = await chat.say("a miasto, które jest siedzibą naszego powiatu – ile ono może dostać?")
    assert "przyjmuję miasto" in town and "Grant dla: gmina miejska Kościerzyna" in town, town
    back = await chat.say("wracając do nas, gminy wiejskiej – ile nam wyszło?")
    assert "Grant dla: gmina wiejska Kościerzyna" in back, back


async def test_a_seat_the_registers_cannot_tell_is_not_assumed(dialogue: Dialogue) -> None:
    chat = Chat(dialogue, 505)
    seat = await chat.say("ile z CG może dostać gmina, która jest siedzibą powiatu pszczyńskiego?")
    assert "przyjmuję miasto" in seat and "Pszczyna" in seat, seat
    none = await chat.say("a gmina, która jest siedzibą powiatu tatrzańskiego?")
    assert "przyjmuję" not in none, none


async def test_a_kind_denied_and_a_demonstrative_namesake_pick_the_unit(dialogue: Dialogue) -> None:
    chat = Chat(dialogue, 506)
    rural = await chat.say("Łowicz – ale nie miasto, tylko gmina wiejska. Ile z CG?")
    assert "Grant dla: gmina wiejska Łowicz" in rural, rural
    other = await chat.say("a tamten Łowicz, ten miejski?")
    assert "Grant dla: gmina miejska Łowicz" in other, other


async def test_the_same_programme_said_in_words_and_a_figure_put_to_our_grant(dialogue: Dialogue) -> None:
    chat = Chat(dialogue, 507)
    await chat.say("ile dostanie powiat wadowicki w cs?")
    same = await chat.say("a powiat suski w tym samym programie?")
    assert "powiat suski" in same and "Cyberbezpieczny Samorząd: 850 000,00 zł" in same, same
    await chat.say("gmina wiejska Lubicz, G 1850 – ile z cyfrowej gminy?")
    rumour = await chat.say("kolega mówi, że gmina taka jak nasza mogła dostać 2 mln – to możliwe?")
    assert rumour.startswith("Nie:") and "2 000 000,00 zł" in rumour and "R = min(30" in rumour, rumour


async def test_a_city_with_powiat_rights_asks_both_programmes_and_sums_them_itself(dialogue: Dialogue) -> None:
    chat = Chat(dialogue, 508)
    both = await chat.say(
        "Piszę z Urzędu Miasta Tarnowa, miasto na prawach powiatu. Możemy i z CG, i z CP? Ile z którego?"
    )
    assert "Grant dla: miasto na prawach powiatu Tarnów" in both and "nieuprawniona w programie: Cyfrowy Powiat" in both
    grant = await chat.say("G mamy 1950")
    amount = grant.split("Cyfrowa Gmina:", 1)[1].split("zł", 1)[0].strip()
    summed = await chat.say(f"czyli łącznie {amount} z gminy plus 350 tys. z Cyfrowego Powiatu?")
    assert "Cyfrowy Powiat: jednostka nieuprawniona" in summed and f"Suma: {amount} zł" in summed, summed
    cs = await chat.say("a w cs liczymy się jako gmina czy jako powiat? ile?")
    assert "Cyberbezpieczny Samorząd: od 200 000,00 zł do 850 000,00 zł" in cs and "Tarnów" in cs, cs


async def test_programmes_compared_for_a_unit_are_its_grants_side_by_side(dialogue: Dialogue) -> None:
    chat = Chat(dialogue, 509)
    compared = await chat.say("porównaj proszę CG i CS dla miasta Przemyśl")
    assert "Cyfrowa Gmina: od 100 000,00 zł" in compared and "Cyberbezpieczny Samorząd:" in compared, compared


async def test_a_newcomer_who_got_a_project_asks_a_rule_not_a_grant(dialogue: Dialogue) -> None:
    chat = Chat(dialogue, 510)
    first = await chat.say(
        "jestem nowy w urzędzie gminy Kościerzyna (tej wiejskiej), dostałem w spadku projekt z CG. Do kiedy on trwa?"
    )
    assert "Zapamiętałem jednostkę: gmina wiejska Kościerzyna" in first and "31.12.2023" in first, first
    assert "Grant dla:" not in first, first


async def test_a_grant_per_inhabitant_and_no_population_formula_where_the_documents_have_none(
    dialogue: Dialogue,
) -> None:
    chat = Chat(dialogue, 511)
    await chat.say("gmina miejsko-wiejska Wadowice, G 1950,50 – ile z CG?")
    each = await chat.say("a ile to wychodzi na głowę?")
    assert "÷" in each and "mieszkańców (GUS, 31.12.2020)" in each and "na jednego mieszkańca" in each, each
    cs = await chat.say("a w cs gdyby było nas 60 tys.?")
    assert "nie podaje wzoru" in cs and "Nie znam odpowiedzi" not in cs, cs


async def test_a_question_about_the_amount_pointed_at_is_not_the_amount_again(dialogue: Dialogue) -> None:
    chat = Chat(dialogue, 512)
    await chat.say("ile dostanie powiat limanowski w cp?")
    why = await chat.say("a od czego zależy ta kwota?")
    assert "Grant dla:" not in why, why
