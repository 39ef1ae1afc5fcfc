"""The causes of the held-out blind24 misses (issue 11), fixed and tested in other units' and other words: whether
our unit may be in other programmes, a powiat's population, a city with powiat rights and Cyfrowy Powiat, a grant
said in millions, back to our unit with a G, a unit named in brackets, a thing asked after the programme is said,
an advisory offer above the cap, VAT in words."""

from __future__ import annotations

from bot.dialogue.core import Dialogue
from tests.bot.chatting import Chat


async def test_whether_our_unit_may_be_in_two_other_programmes(dialogue: Dialogue) -> None:
    chat = Chat(dialogue, 401)
    await chat.say("Dzień dobry, urząd marszałkowski województwa lubuskiego. Ile wynosi grant w CS dla województwa?")
    both = await chat.say("a w cyfrowej gminie albo w cyfrowym powiecie mamy jakąś szansę?")
    assert "Cyfrowa Gmina: jednostka nieuprawniona" in both and "Cyfrowy Powiat: jednostka nieuprawniona" in both, both


async def test_our_powiat_in_cp_and_its_population_after_a_gmina(dialogue: Dialogue) -> None:
    chat = Chat(dialogue, 402)
    await chat.say("proszę o wyliczenie grantu CG dla 1213043")
    powiat = await chat.say("ok. a dla naszego powiatu w cp?")
    assert "Grant dla: powiat oświęcimski (1213" in powiat and "Cyfrowy Powiat: od 100 000,00 zł" in powiat, powiat
    people = await chat.say("ile ten powiat ma mieszkańców?")
    assert "powiat oświęcimski (1213" in people and "mieszkańców według GUS" in people, people


async def test_a_city_with_powiat_rights_in_cp_and_its_grant_said_in_millions(dialogue: Dialogue) -> None:
    chat = Chat(dialogue, 403)
    await chat.say("dzień dobry, jesteśmy z Zamościa, ile możemy dostać z CG?")
    await chat.say("miasto")
    grant = await chat.say("G mamy 1800,22")
    amount = grant.split("Cyfrowa Gmina:", 1)[1].split("zł", 1)[0].strip()
    cp = await chat.say("a do cyfrowego powiatu możemy? przecież jesteśmy miastem na prawach powiatu")
    assert "Cyfrowy Powiat: jednostka nieuprawniona" in cp, cp
    millions = f"{amount.split()[0]},{amount.split()[1][0]} mln"  # "1 239 xxx,xx" -> "1,2 mln"
    cap = await chat.say(f"ok. a z tych {millions} ile można dać na doradztwo?")
    assert f"5% × {amount} zł" in cap and "Cyfrowa Gmina" in cap, (millions, cap)


async def test_back_to_our_town_with_a_g_and_a_unit_named_in_brackets(dialogue: Dialogue) -> None:
    chat = Chat(dialogue, 404)
    await chat.say("UM Brodnica (gmina miejska) - cyfrowa gmina, ile dla nas?")
    await chat.say("a dla gminy wiejskiej Brodnica? sąsiedzi pytają")
    await chat.say("a jaka jutro pogoda?")
    town = await chat.say("wracając do nas, czyli miasta – G 1900")
    assert "Grant dla: gmina miejska Brodnica" in town and "1 900,00 zł" in town, town
    await chat.say("a powiat brodnicki w cp?")
    again = await chat.say("dobra, to jeszcze raz dla nas (Brodnica) ile wychodzi?")
    assert "Grant dla: gmina" in again and "Brodnica" in again and "Cyfrowy Powiat:" not in again, again


async def test_a_thing_asked_right_after_the_programme_is_said_is_judged_there(dialogue: Dialogue) -> None:
    chat = Chat(dialogue, 405)
    await chat.say("gmina Olesno, cyfrowa gmina. czy klawiatury można kupić?")
    await chat.say("a gdyby to samo w cs?")
    said = await chat.say("no dobra, zostajemy przy cg. szkolenie z excela dla księgowości?")
    assert "Cyfrowa Gmina" in said and "dotyczy programu Cyberbezpieczny Samorząd" not in said, said


async def test_an_advisory_offer_above_the_cap_and_vat_in_words(dialogue: Dialogue) -> None:
    chat = Chat(dialogue, 406)
    await chat.say("gmina wiejska Krosno, cyfrowa gmina, G = 1950. ile mamy?")
    offer = await chat.say("firma chce 40 tys. za opis przedmiotu zamówienia, to co z resztą?")
    assert "więcej niż limit" in offer and "nie będzie kwalifikowalna" in offer, offer
    vat = await chat.say("VAT odliczamy")
    assert "netto" in vat, vat


async def test_the_advisory_share_of_a_cg_grant_asked_again_in_cs_is_cs_rule_without_that_figure(
    dialogue: Dialogue,
) -> None:
    chat = Chat(dialogue, 406)
    await chat.say("ile dostanie gmina Wieliczka w cyfrowej gminie?")
    await chat.say("G to 1950,00")
    cap = await chat.say("a ile z tego maksymalnie na usługi doradcze?")
    assert "5% ×" in cap, cap
    cs = await chat.say("a w cs?")
    assert "Cyberbezpieczny Samorząd" in cs and "nie policzę" not in cs and "5% ×" not in cs, cs
    # the unit's grant there first (the user's thread is the grant), then the CS rule asked about
    assert "Grant dla: gmina miejsko-wiejska Wieliczka" in cs and "od 200 000,00 zł do 850 000,00 zł" in cs, cs
