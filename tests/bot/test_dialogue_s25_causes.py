"""Causes of blind40's misses (held out in session 24) and of blind41's (tuning in session 25), fixed in session 25
and tested in other words: a statement then a question whose asker is named, another unit's question passed on,
"z tego samego programu", what is left after a sum spent, a priced list added to and checked against the
procurement threshold, our grant beside a neighbour's, the advisory cap and a line asked after a report."""

from __future__ import annotations

from pathlib import Path

from bot.dialogue.core import Dialogue
from tests.bot.chatting import Chat
from tests.dialogues.files import make_files


async def test_a_statement_then_a_question_passed_on_by_a_colleague(dialogue: Dialogue) -> None:
    chat = Chat(dialogue, 2501)
    said = await chat.say("działamy w cyfrowym powiecie. skarbnik pyta – czytnik e-dowodu można z grantu?")
    assert "Cyfrowy Powiat" in said and "kwalifikowalny" in said and "Nie znam" not in said, said


async def test_the_head_of_a_named_unit_asking_is_a_statement_of_that_unit(dialogue: Dialogue) -> None:
    chat = Chat(dialogue, 2502)
    said = await chat.say("burmistrz Bukowiny Tatrzańskiej pyta: cyfrowa gmina, G 1950, ile dostaniemy?")
    # regulamin CG §4 ust. 5: L = 13 455, R = (2 098,22 − 1 950) / 10 = 14,822; 100 000 + 14,822 · 13 455
    assert "1217032" in said and "299 430,01 zł" in said, said
    left = await chat.say("a ile nam zostanie, jeśli wydamy 99 430,01 zł?")
    assert "200 000,00 zł" in left, left


async def test_another_units_question_passed_on_is_asked_of_that_unit(dialogue: Dialogue) -> None:
    chat = Chat(dialogue, 2503)
    await chat.say("starostwo tatrzańskie, cyfrowy powiat")
    said = await chat.say("gmina Bukowina Tatrzańska pyta, czy też może startować w cyfrowym powiecie")
    assert "1217032" in said and "nieuprawniona" in said, said


async def test_the_same_programme_said_in_words_is_the_one_talked_about(dialogue: Dialogue) -> None:
    chat = Chat(dialogue, 2504)
    await chat.say("tu urząd miasta Zakopane, ile możemy z cyfrowej gminy?")
    said = await chat.say("a Poronin pyta, ile oni mogą z tego samego programu")
    # GUS L(1217052) = 11 715: up to 100 000 + 30 · 11 715 = 451 450
    assert "1217052" in said and "Cyfrowa Gmina" in said and "451 450,00 zł" in said, said
    assert "Cyberbezpieczny Samorząd" not in said, said


async def test_what_is_left_of_a_grant_said_in_passing(dialogue: Dialogue) -> None:
    chat = Chat(dialogue, 2505)
    await chat.say("dostaliśmy 300 tys. z cyfrowego powiatu, ile z tego na doradztwo?")
    left = await chat.say("a ile zostanie, jak wydamy 75 tys.?")
    assert "300 000,00 zł" in left and "225 000,00 zł" in left, left
    over = await chat.say("a ile zostanie, jak wydamy 320 tys.?")
    assert "przekracza" in over and "20 000,00 zł" in over, over


async def test_a_priced_list_grows_and_its_total_meets_the_threshold(dialogue: Dialogue) -> None:
    chat = Chat(dialogue, 2506)
    listed = await chat.say(
        "w cyfrowym powiecie: 3 serwery po 12 000 zł netto i 10 UPS-ów po 900 zł netto – razem ile?"
    )
    assert "45 000,00 zł" in listed, listed
    gross = await chat.say("a brutto?")
    assert "55 350,00 zł" in gross, gross
    under = await chat.say("czy przy tej liście trzeba bazy konkurencyjności?")
    assert under.lstrip().startswith("Program: Cyfrowy Powiat") and "Nie: 45 000,00 zł" in under, under
    over = await chat.say("a jak dołożymy switch za 6 000 zł netto?")
    assert "45 000,00 zł + 6 000,00 zł = 51 000,00 zł" in over and "Tak, trzeba" in over, over


async def test_our_grant_beside_a_neighbours(dialogue: Dialogue) -> None:
    chat = Chat(dialogue, 2507)
    await chat.say("jesteśmy gminą Mosina, G 1918,22 – ile z cyfrowej gminy?")
    await chat.say("a sąsiednie Puszczykowo? G mają 2050,72")
    both = await chat.say("a razem ile to daje?")
    assert "707 806,00 zł" in both and "145 481,25 zł" in both and "853 287,25 zł" in both, both
    more = await chat.say("o ile więcej dostajemy niż Puszczykowo?")
    assert "562 324,75 zł" in more and "więcej" in more.lower(), more
    ours = await chat.say("a nasz powiat w cyfrowym powiecie?")
    assert "powiat poznański (3021" in ours and "Cyfrowy Powiat" in ours, ours


async def test_a_powiat_office_said_in_the_locative_and_a_slip_owned(dialogue: Dialogue) -> None:
    chat = Chat(dialogue, 2508)
    said = await chat.say("pracuję w starostwie wielickim, chcemy do cyfrowej gminy – ile możemy dostać?")
    assert "powiat wielicki (1219" in said and "nieuprawniona" in said, said
    again = await chat.say("ok, pomyłka. a w cyfrowym powiecie ile?")
    assert "Cyfrowy Powiat" in again and "350 000,00 zł" in again and "Nie znam" not in again, again


async def test_a_deadline_and_a_way_of_paying_are_no_purchase_verdicts(dialogue: Dialogue) -> None:
    chat = Chat(dialogue, 2509)
    await chat.say("/program cg")
    deadline = await chat.say("a diagnoza do kiedy, jeśli umowę zawarliśmy 10 maja 2022?")
    # regulamin CG: the diagnosis within 6 months of the agreement
    assert "ZAKUP" not in deadline.upper().split("\n")[0] and "10 listopada 2022" in deadline, deadline
    leasing = await chat.say("czy serwer możemy wziąć w leasing i spłacać raty z grantu?")
    assert "Zakup:" not in leasing and "kwalifikowalny." not in leasing, leasing


async def test_the_advisory_cap_and_a_line_asked_after_a_report(dialogue: Dialogue, tmp_path: Path) -> None:
    files = make_files(tmp_path)
    chat = Chat(dialogue, 2510)
    await chat.say("rozliczenie cyfrowej gminy, gmina wiejska Kościerzyna (2206042)")
    await chat.upload(files / "fv_cg_doradztwo.pdf")
    await chat.say("kwota grantu 200 tys.")
    await chat.say("/raport")
    fits = await chat.say("VAT odzyskujemy. czy doradztwo zmieści się w limicie, czy nie?")
    assert "Zapamiętałem do raportu" in fits and "Tak." in fits and "9 000,00 zł (netto)" in fits, fits
    share = await chat.say("a jaki to procent grantu?")
    assert "4,50 %" in share and "usługi doradcze" in share, share


async def test_what_is_wrong_with_a_line_and_its_figure_after_a_report(dialogue: Dialogue, tmp_path: Path) -> None:
    files = make_files(tmp_path)
    chat = Chat(dialogue, 2511)
    await chat.say("starostwo krotoszyn, cyfrowy powiat, grant mamy 300 tys.")
    await chat.upload(files / "fv_cp_krotoszyn.pdf")
    await chat.upload(files / "po_cp_krotoszyn.pdf")
    await chat.say("/raport")
    wrong = await chat.say("co nie gra z tymi skanerami?")
    assert "Skaner" in wrong and "w protokołach odbioru 3" in wrong, wrong
    net = await chat.say("a ile to było brutto?")
    assert "Kwoty z ostatniego raportu" in net and "Skaner" in net, net


async def test_a_change_of_contractor_is_left_to_the_operator(dialogue: Dialogue) -> None:
    chat = Chat(dialogue, 2512)
    await chat.say("/program cs")
    said = await chat.say("dostawca firewalla się wycofał – możemy po podpisaniu umowy wziąć innego wykonawcę?")
    assert "nie rozstrzygają" in said and "22 182 22 94" in said and "wskaźnik" not in said, said


async def test_chatter_mid_flow_keeps_the_thread(dialogue: Dialogue) -> None:
    chat = Chat(dialogue, 2513)
    await chat.say("jesteśmy gminą Mosina, G 1918,22 – ile z cyfrowej gminy?")
    weather = await chat.say("a jaka jutro będzie pogoda?")
    assert "nie dotyczy ono programów" in weather and "zł" not in weather, weather
    advisory = await chat.say("a ile z tego na doradztwo?")
    assert "35 390,30 zł" in advisory, advisory


async def test_the_g_said_with_an_ambiguous_name_is_kept_for_the_unit_chosen(dialogue: Dialogue) -> None:
    chat = Chat(dialogue, 2514)
    listed = await chat.say("gmina Czernichów, cyfrowa gmina, G 1900 – ile możemy dostać?")
    assert "pasuje do kilku" in listed, listed
    chosen = await chat.say("ta z małopolski")
    # L(1206012) = 14 704; R = (2 098,22 − 1 900) / 10 = 19,822; 100 000 + 19,822 · 14 704 = 391 462,69
    assert "1206012" in chosen and "391 462,69 zł" in chosen, chosen


async def test_a_teryt_code_with_the_programme_before_the_question(dialogue: Dialogue) -> None:
    chat = Chat(dialogue, 2515)
    said = await chat.say("TERYT 16, cyberbezpieczny samorząd – ile możemy dostać?")
    # CS schemat, alokacja pkt 3: powiaty and województwa 850 000 zł
    assert "województwo opolskie (16)" in said and "850 000,00 zł" in said, said
    longer = await chat.say("a można przedłużyć projekt?")
    assert "Cyberbezpieczny Samorząd" in longer and "diagnoz" not in longer, longer


async def test_a_project_late_is_left_to_the_operator_not_the_diagnosis_rule(dialogue: Dialogue) -> None:
    chat = Chat(dialogue, 2516)
    await chat.say("do kiedy musimy skończyć projekt w cyfrowej gminie?")
    late = await chat.say("a co, jeśli nie zdążymy?")
    assert "nie opisują" in late and "diagnoz" not in late and "42 631 21 05" in late, late


async def test_the_advisory_share_at_the_largest_grant(dialogue: Dialogue) -> None:
    chat = Chat(dialogue, 2517)
    await chat.say("/program cg")
    await chat.say("ile wolno wydać na doradców?")
    top = await chat.say("a ile to przy najwyższym grancie?")
    # regulamin CG §4 ust. 4 and ust. 6 pkt 2 lit. a: 5 % × 2 000 000 = 100 000
    assert "100 000,00 zł" in top and "Cyfrowa Gmina" in top, top


async def test_back_to_a_unit_by_its_code_after_a_detour(dialogue: Dialogue) -> None:
    chat = Chat(dialogue, 2518)
    await chat.say("gmina Gołdap, G 1950 – ile z cyfrowej gminy?")
    await chat.say("a powiat gołdapski w cp?")
    advisory = await chat.say("wracając do 2818033 – ile na doradztwo?")
    # L(2818033) = 20 018; R = 14,822; 100 000 + 14,822 · 20 018 = 396 706,80; 5 % = 19 835,34
    assert "19 835,34 zł" in advisory and "Cyfrowa Gmina" in advisory, advisory


async def test_back_to_cyber_after_another_programme(dialogue: Dialogue) -> None:
    chat = Chat(dialogue, 2519)
    await chat.say("gmina Puck, cyberbezpieczny samorząd – czy SIEM przejdzie?")
    await chat.say("a w cyfrowej gminie laptopy?")
    since = await chat.say("dobra, wracając do cyber – od kiedy liczą się wydatki?")
    # CS schemat: eligibility from 1.06.2023
    assert "Cyberbezpieczny Samorząd" in since and "1.06.2023" in since and "01.02.2020" not in since, since
