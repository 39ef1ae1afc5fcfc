"""Causes of blind36's remaining misses (held out in session 22), of blind37's (tuning in session 23) and of the
session-23 prober's, fixed in session 23 and tested in other words: two units or two programmes in one question, the
G or the population changed by an amount, prices per piece, the report's figures said back, plans told as sentences,
a rule asked with the unit's office named, a purchase made before the agreement."""

from __future__ import annotations

from pathlib import Path

from bot.dialogue.core import Dialogue
from tests.bot.chatting import Chat
from tests.dialogues.files import make_files


async def test_two_gminy_named_in_one_question_get_each_grant_and_which_gets_more(dialogue: Dialogue) -> None:
    chat = Chat(dialogue, 2301)
    both = await chat.say("Mosina i Puszczykowo – ile każda z nich dostanie z cyfrowej gminy?")
    assert "Grant dla: gmina miejsko-wiejska Mosina" in both and "Puszczykowo" in both, both
    assert "każdej z gmin" in both, both  # one G asked for both, not one pending for the last unit
    computed = await chat.say("G Mosiny to 1888,22, a Puszczykowa 1998,22")
    assert "Wskaźnik G podany w rozmowie: 1 888,22 zł" in computed, computed
    assert "Wskaźnik G podany w rozmowie: 1 998,22 zł" in computed and "Więcej dostanie" in computed, computed
    together = await chat.say("a łącznie?")
    assert "Suma:" in together, together


async def test_populations_of_two_units_named_together(dialogue: Dialogue) -> None:
    chat = Chat(dialogue, 2302)
    said = await chat.say("ilu mieszkańców mają Pleszew i Jarocin?")
    assert "Pleszew" in said and "Jarocin" in said and said.count("mieszkańców według GUS") == 2, said


async def test_the_g_raised_or_lowered_by_an_amount_is_recomputed(dialogue: Dialogue) -> None:
    chat = Chat(dialogue, 2303)
    await chat.say("gmina Kórnik, cyfrowa gmina, G 1898,22")
    higher = await chat.say("a jakby G wzrosło o 100 zł?")
    assert "1 898,22 + 100,00 = 1 998,22" in higher and "Wskaźnik G podany w rozmowie: 1 998,22" in higher, higher
    lower = await chat.say("a przy G mniejszym o 50 zł?")
    assert "1 898,22 − 50,00 = 1 848,22" in lower, lower  # a supposition starts from the G given, not the last one
    first = await chat.say("a ile to na mieszkańca przy tym pierwszym G?")
    assert "718 180,00 zł ÷ 30 909" in first, first


async def test_the_population_changed_by_an_amount_is_said_and_used(dialogue: Dialogue) -> None:
    chat = Chat(dialogue, 2304)
    await chat.say("gmina Kórnik, cyfrowa gmina, G 1898,22")
    said = await chat.say("a gdyby mieszkańców było o 1000 więcej?")
    assert "L = 30 909 + 1 000 = 31 909" in said, said


async def test_the_grant_per_inhabitant_of_the_unit_named(dialogue: Dialogue) -> None:
    chat = Chat(dialogue, 2305)
    await chat.say("Mosina i Puszczykowo – która dostanie więcej z cyfrowej gminy?")
    await chat.say("G Mosiny to 1888,22, a Puszczykowa 1998,22")
    each = await chat.say("ile to wychodzi na jednego mieszkańca Puszczykowa?")
    assert "Puszczykowo" in each and "na jednego mieszkańca" in each and "÷" in each, each


async def test_one_unit_compared_across_programmes(dialogue: Dialogue) -> None:
    chat = Chat(dialogue, 2306)
    await chat.say("powiat gostyński w cyfrowym powiecie?")
    compared = await chat.say("w którym programie więcej?")
    assert "Cyberbezpieczny Samorząd: 850 000,00 zł" in compared and "Więcej: Cyberbezpieczny Samorząd" in compared


async def test_a_question_of_two_programmes_is_answered_in_each(dialogue: Dialogue) -> None:
    chat = Chat(dialogue, 2307)
    said = await chat.say("infolinia cyfrowej gminy i cyberbezpiecznego samorządu – jakie numery?")
    assert "631 21 05" in said and "22 182 22 94" in said, said


async def test_a_price_for_several_pieces_gives_the_price_of_one(dialogue: Dialogue) -> None:
    chat = Chat(dialogue, 2308)
    await chat.say("/program cp")
    one = await chat.say("zamówiliśmy 8 skanerów za 20 000 zł netto – ile wychodzi za sztukę?")
    assert "20 000,00 zł netto ÷ 8 = 2 500,00 zł netto" in one and "3 075,00 zł" in one, one
    gross = await chat.say("a brutto za sztukę?")
    assert "3 075,00 zł" in gross and "Zakup:" not in gross, gross
    fewer = await chat.say("a gdyby ich było 5?")
    assert "5 × 2 500,00 zł = 12 500,00 zł netto" in fewer, fewer


async def test_a_purchase_timed_before_the_agreement_gets_its_verdict_and_the_period(dialogue: Dialogue) -> None:
    chat = Chat(dialogue, 2309)
    await chat.say("/program cg")
    said = await chat.say("skanery kupiliśmy w 2022, jeszcze przed podpisaniem umowy – zaliczymy je?")
    assert "Zakup: skanery" in said and "01.02.2020" in said, said


async def test_a_rule_asked_with_the_office_named_is_answered_and_the_unit_noted(dialogue: Dialogue) -> None:
    chat = Chat(dialogue, 2310)
    said = await chat.say("starostwo gostyńskie, cyfrowy powiat – ile mamy czasu na diagnozę cyberbezpieczeństwa?")
    assert "powiat gostyński" in said and "8 miesięcy" in said and "Grant dla" not in said, said


async def test_an_amount_said_with_the_programme_stays_with_the_question(dialogue: Dialogue) -> None:
    chat = Chat(dialogue, 2311)
    said = await chat.say("Z cyfrowego powiatu dostaliśmy 240 tys. Ile z tego mogło iść na doradztwo?")
    assert "12 000,00 zł" in said, said


async def test_a_plan_told_as_a_sentence_is_judged_as_its_thing(dialogue: Dialogue) -> None:
    chat = Chat(dialogue, 2312)
    await chat.say("/program cs")
    said = await chat.say("chcielibyśmy, żeby firma z zewnątrz przetestowała nasze systemy pod kątem luk – można?")
    assert "testy penetracyjne" in said and "tak rozumiem" in said and "kwalifikowalny" in said, said


async def test_a_question_while_the_g_is_awaited_is_answered(dialogue: Dialogue) -> None:
    chat = Chat(dialogue, 2313)
    await chat.say("gmina Mosina, cyfrowa gmina")
    said = await chat.say("a ile na doradztwo przy grancie 300 tys.?")
    assert "15 000,00 zł" in said and "Grant dla" not in said, said


async def test_a_grant_carried_into_another_programme_is_capped_at_its_largest(dialogue: Dialogue) -> None:
    chat = Chat(dialogue, 2314)
    await chat.say("/program cg")
    await chat.say("ile max na doradztwo przy grancie 500 tys.?")
    said = await chat.say("a w cyfrowym powiecie też 5%?")
    assert "350 000,00 zł" in said and "25 000" not in said, said


async def test_the_report_figures_said_back_are_checked(dialogue: Dialogue, tmp_path: Path) -> None:
    files = make_files(tmp_path)
    chat = Chat(dialogue, 2315)
    await chat.say("starostwo w Żywcu, rozliczamy cyberbezpieczny samorząd")
    await chat.upload(files / "fv_cs_firewall.pdf")
    await chat.upload(files / "po_cs_firewall.pdf")
    await chat.say("/raport")
    wrong = await chat.say("to kwalifikowalne 9 704,70 zł to netto, prawda?")
    assert "Nie – 9 704,70 zł to w raporcie kwota brutto" in wrong and "7 890,00" in wrong, wrong
    right = await chat.say("a laptopy to 21 095 netto, tak?")
    assert "Tak – 21 095,00 zł to kwota netto" in right, right
    piece = await chat.say("ile brutto kosztował jeden laptop?")
    assert "za sztukę: netto 4 219,00 zł, brutto 5 189,37 zł" in piece, piece


async def test_a_misspelt_name_far_closer_to_one_unit_is_read_as_it(dialogue: Dialogue) -> None:
    chat = Chat(dialogue, 2316)
    said = await chat.say("ile dostanie gmina szczebrzeszin z cyfrowej gminy?")
    assert "Przyjąłem najbliższą nazwę" in said and "Szczebrzeszyn" in said, said


async def test_cyberek_and_cyfrowka_gminna_are_programme_nicknames(dialogue: Dialogue) -> None:
    chat = Chat(dialogue, 2317)
    await chat.say("/program cg")
    said = await chat.say("a w cyberku tablet?")
    assert "Cyberbezpieczny Samorząd" in said and "Cyfrowa Gmina:" not in said, said


async def test_the_first_programme_pointed_at_is_the_first_talked_about(dialogue: Dialogue) -> None:
    chat = Chat(dialogue, 2318)
    await chat.say("czy w cyfrowym powiecie kupimy macierz dyskową?")
    await chat.say("a w cyber?")
    await chat.say("a w gminie cyfrowej?")
    first = await chat.say("a w tym pierwszym?")
    assert "Cyfrowy Powiat:" in first and "Cyberbezpieczny Samorząd:" not in first, first


async def test_our_case_after_a_neighbours_is_asked_in_our_programme(dialogue: Dialogue) -> None:
    chat = Chat(dialogue, 2319)
    await chat.say("realizujemy cyfrowy powiat, powiat kościański")
    await chat.say("sąsiedzi z gminy w CS kupili firewall, przeszło im to?")
    ours = await chat.say("a u nas firewall?")
    assert "Cyfrowy Powiat:" in ours and "Cyberbezpieczny Samorząd:" not in ours, ours


async def test_what_to_show_the_operator_about_a_report_line(dialogue: Dialogue, tmp_path: Path) -> None:
    files = make_files(tmp_path)
    chat = Chat(dialogue, 2320)
    await chat.say("gmina Jarocin, wielkopolska, rozliczamy cyberbezpieczny samorząd")
    await chat.upload(files / "fv_cs_jarocin.pdf")
    await chat.say("/raport")
    said = await chat.say("operator pyta o tę macierz – co trzeba mu przedstawić?")
    assert "62 400,00 zł netto" in said and "50 000" in said and "Zakup:" not in said, said
    asked = await chat.say("a jaki dokument w sprawie VAT będzie chciał?")
    assert "Zakup:" not in asked, asked


async def test_a_town_and_its_powiat_each_in_its_programme_added_up(dialogue: Dialogue) -> None:
    chat = Chat(dialogue, 2321)
    both = await chat.say("Kościan miasto i powiat kościański – ile każde z nich dostanie w cyberbezpiecznym?")
    assert "gmina miejska Kościan" in both and "powiat kościański" in both, both
    town = await chat.say("a miasto w cyfrowej gminie? G 1900,22")
    assert "gmina miejska Kościan" in town and "Cyfrowa Gmina:" in town and "nieuprawniona" not in town, town
    summed = await chat.say("a razem miasto w cg i powiat w cs?")
    assert "Razem – każda jednostka w swoim programie" in summed and "Suma:" in summed, summed


async def test_one_priced_thing_and_its_other_figure_in_one_message(dialogue: Dialogue) -> None:
    chat = Chat(dialogue, 2322)
    await chat.say("/program cs")
    said = await chat.say("wracając do serwera – kosztuje 40 000 brutto, ile to netto?")
    assert "40 000,00 zł ÷ 1,23 = 32 520,33 zł" in said, said


async def test_the_other_of_a_listed_name_by_its_adjective_with_its_g(dialogue: Dialogue) -> None:
    chat = Chat(dialogue, 2323)
    await chat.say("ile może dostać Kościerzyna?")
    await chat.say("ta wiejska, G 1950,22")
    town = await chat.say("a ta druga z listy, miejska Kościerzyna? G tam 1990,22")
    assert "gmina miejska Kościerzyna" in town and "Wskaźnik G podany w rozmowie: 1 990,22 zł" in town, town
    compared = await chat.say("która z nich więcej i o ile?")
    assert "Więcej dostanie" in compared, compared


async def test_how_many_people_live_there_is_still_the_population(dialogue: Dialogue) -> None:
    chat = Chat(dialogue, 2324)
    said = await chat.say("ile osób mieszka w gminie Mosina?")
    assert "33 767 mieszkańców" in said, said
    rule = await chat.say("a ile mamy czasu na diagnozę w cyfrowej gminie?")
    assert "6 miesięcy" in rule and "Grant dla" not in rule, rule
