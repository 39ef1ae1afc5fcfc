"""Causes of blind32's remaining misses (held out in session 20) and of blind33's (tuning in session 21), fixed in
session 21 and tested in other words: the grant's own inputs asked back (the population, the G used); "tyle samo"
after an answer; a report's figures and what to change asked in words; us and them in two programmes; the kind of
unit corrected; a date said for the rule just given."""

from __future__ import annotations

from pathlib import Path

from bot.dialogue.core import Dialogue
from tests.bot.chatting import Chat
from tests.dialogues.files import make_files


async def test_the_population_used_for_the_grant_is_no_report_parameter(dialogue: Dialogue) -> None:
    """blind32: "a ilu mieszkańców nam przyjęto przy liczeniu grantu?" got the report's parameters."""
    chat = Chat(dialogue, 2101)
    await chat.say("gmina Czarna (pow. dębicki), cyfrowa gmina – ile max?")
    said = await chat.say("ilu mieszkańców przyjęliście do wyliczenia grantu?")
    assert "Dane do raportu" not in said and "mieszkańców według GUS" in said, said
    assert "gmina wiejska Czarna (1803032" in said, said


async def test_the_g_used_is_said_back_or_said_not_given(dialogue: Dialogue) -> None:
    chat = Chat(dialogue, 2102)
    await chat.say("gmina Czarna (pow. dębicki), cyfrowa gmina – ile max?")
    none = await chat.say("a jaki wskaźnik G przyjęliście?")
    assert "nie podano mi wskaźnika G" in none and "przedział" in none, none
    await chat.say("G 1925,40")
    back = await chat.say("z jakim G to liczyłeś?")
    assert "1 925,40 zł" in back and "gmina wiejska Czarna (1803032" in back, back
    assert "nie sprawdzam" in back, back  # the documents give no G per gmina: the user's value, not checked


async def test_the_same_amount_asked_in_another_programme(dialogue: Dialogue) -> None:
    """ "a w cp tyle samo?" after the CG advisory cap had been the CP grant's formula; "tyle samo" a thing to buy."""
    chat = Chat(dialogue, 2103)
    await chat.say("ile maksymalnie można dać na usługi doradcze w cyfrowej gminie?")
    cp = await chat.say("a w cyfrowym powiecie tyle samo?")
    assert "Cyfrowy Powiat" in cp and "doradcz" in cp and "wskaźnika P" not in cp, cp
    cs = await chat.say("a w cs też tyle?")
    assert "Zakup:" not in cs and "Cyberbezpieczny Samorząd" in cs and "doradcz" in cs, cs


async def test_the_same_amount_asked_of_another_kind_of_unit(dialogue: Dialogue) -> None:
    """blind32: "a powiat ziemski w cs tyle samo?" after the województwo's CS amount was refused."""
    chat = Chat(dialogue, 2104)
    await chat.say("ile dostaje województwo w cyberbezpiecznym samorządzie?")
    said = await chat.say("a powiaty ziemskie w cyberbezpiecznym tyle samo?")
    assert "850 000" in said and "Nie znam odpowiedzi" not in said, said


async def _cp_report(dialogue: Dialogue, files: Path, user: int) -> Chat:
    chat = Chat(dialogue, user)
    await chat.say("/program cp")
    for name in ("fv_cp_serwer.pdf", "po_cp_serwer.pdf", "fv_cp_laptopy_szkola.pdf"):
        await chat.upload(files / name)
    await chat.say("kwota grantu 120000")
    await chat.say("/raport")
    return chat


async def test_a_report_figure_asked_net_or_gross(dialogue: Dialogue, tmp_path: Path) -> None:
    chat = await _cp_report(dialogue, make_files(tmp_path), 2105)
    amount = await chat.say("a te 38 500 za serwer – to z VAT-em czy bez?")
    assert "38 500,00 zł to kwota netto" in amount and "47 355,00" in amount, amount
    assert "od kwot brutto, bo nie podano" in amount, amount  # the basis the report's limits are counted on
    total = await chat.say("83 271 zł razem to brutto czy netto?")
    assert "to kwota brutto" in total and "67 700,00" in total, total


async def test_a_lines_amount_asked_without_vat_then_with_it(dialogue: Dialogue, tmp_path: Path) -> None:
    chat = await _cp_report(dialogue, make_files(tmp_path), 2106)
    net = await chat.say("serwer ile wychodzi netto?")
    assert "„Serwer Dell PowerEdge R650" in net and "38 500,00" in net, net
    gross = await chat.say("a z VAT?")
    assert "Serwer Dell" in gross and "47 355,00" in gross and "Laptop" not in gross, gross


async def test_what_to_change_for_a_line_to_pass(dialogue: Dialogue, tmp_path: Path) -> None:
    """blind33: "co mam zmienić, żeby ta pozycja przeszła?" was judged as a thing to buy."""
    chat = await _cp_report(dialogue, make_files(tmp_path), 2107)
    laptops = await chat.say("co musimy zrobić, żeby laptopy zostały uznane?")
    assert "Laptop Lenovo" in laptops and "brak protokołu odbioru" in laptops, laptops
    assert "Uzupełnij protokoły" in laptops and "Zakup:" not in laptops, laptops
    any_line = await chat.say("serwer – co poprawić?")
    assert "Serwer Dell" in any_line and "Zakup:" not in any_line, any_line


async def test_a_file_removed_by_its_name_after_a_dash(dialogue: Dialogue, tmp_path: Path) -> None:
    chat = await _cp_report(dialogue, make_files(tmp_path), 2108)
    said = await chat.say("pomyliłam pliki – usuń fv_cp_laptopy_szkola.pdf z zestawu")
    assert "Usunąłem „fv_cp_laptopy_szkola.pdf”" in said, said


async def test_a_grant_supposed_after_the_advisory_line_of_a_report(dialogue: Dialogue, tmp_path: Path) -> None:
    """blind33: "a gdyby grant był 200000?" had been read as the TERYT code 200000."""
    chat = Chat(dialogue, 2109)
    await chat.say("ile max na usługi doradcze w cyfrowym powiecie?")
    said = await chat.say("a jakby grant wynosił 240000?")
    assert "12 000,00 zł" in said and "Kod" not in said, said
    spaced = await chat.say("a gdyby grant był 180 000?")
    assert "9 000,00 zł" in spaced, spaced


async def test_our_own_grant_asked_by_where_it_is(dialogue: Dialogue) -> None:
    chat = Chat(dialogue, 2110)
    await chat.say("tu urząd gminy Czarna (pow. dębicki) – ile z cyfrowej gminy przy G 1900?")
    await chat.say("a sąsiednia gmina Żyraków – ile?")
    back = await chat.say("a u nas ile wychodziło?")
    assert "gmina wiejska Czarna (1803032" in back and "Żyraków" not in back, back


async def test_the_first_word_of_a_units_name_talked_about_is_that_unit(dialogue: Dialogue) -> None:
    """blind33: "a ta miejska Ostrow …?" after gmina Ostrów Mazowiecka was gmina Ostrów in podkarpackie."""
    chat = Chat(dialogue, 2111)
    await chat.say("ile może dostać gmina Mszana Dolna z CG?")
    await chat.say("wiejska")
    town = await chat.say("a ta miejska Mszana – ile max?")
    assert "gmina miejska Mszana Dolna (1207021" in town, town


async def test_our_powiat_makes_the_gmina_talked_about_ours(dialogue: Dialogue) -> None:
    chat = Chat(dialogue, 2112)
    await chat.say("ile dostanie gmina Czarna (pow. dębicki) z cyfrowej gminy?")
    await chat.say("a nasz powiat w cp?")
    await chat.say("a gmina Żyraków ile?")
    ours = await chat.say("a my?")
    assert "gmina wiejska Czarna (1803032" in ours, ours


async def test_the_kind_of_unit_corrected_with_the_unit_named(dialogue: Dialogue) -> None:
    chat = Chat(dialogue, 2113)
    await chat.say("Starostwo Powiatowe w Myślenicach – ile z cyfrowego powiatu?")
    said = await chat.say("sorry, jestem z urzędu gminy a nie ze starostwa – gmina Myślenice, cyfrowa gmina")
    assert "Zapamiętałem jednostkę: gmina miejsko-wiejska Myślenice (1209033" in said, said
    assert "Cyfrowa Gmina: od 100 000,00 zł" in said and "napisz „tak”" not in said, said
    ours = await chat.say("a ile dla nas w cs?")
    assert "Myślenice (1209033" in ours and "powiat myślenicki (1209;" not in ours, ours
    powiat = await chat.say("a starostwo w cp?")
    assert "powiat myślenicki (1209" in powiat and "Cyfrowy Powiat: od 100 000,00 zł" in powiat, powiat
    alone = await Chat(dialogue, 2114).say("jesteśmy gminą, nie powiatem")
    assert "Zapamiętałem: gmina" in alone, alone


async def test_us_and_them_each_in_its_own_programme(dialogue: Dialogue) -> None:
    chat = Chat(dialogue, 2115)
    first = await chat.say("jesteśmy gminą Czarna (dębicki), kupujemy z CG tablety dla radnych – można?")
    assert "Zapamiętałem jednostkę: gmina wiejska Czarna" in first and "Cyfrowa Gmina" in first, first
    theirs = await chat.say("a powiat dębicki robi cyberbezpieczny samorząd – a oni?")
    assert "Cyberbezpieczny Samorząd" in theirs and "niekwalifikowalny" in theirs, theirs
    their_ups = await chat.say("a oni UPS?")
    assert "Cyberbezpieczny Samorząd: kwalifikowalny" in their_ups, their_ups
    ours = await chat.say("a u nas drukarka?")
    assert "Cyfrowa Gmina" in ours and "Cyberbezpieczny" not in ours, ours
    rule = await chat.say("a dla nich do kiedy trzeba zrobić diagnozę?")
    assert "Cyberbezpieczny Samorząd" in rule or "ankiet" in rule, rule


async def test_a_date_said_for_the_rule_just_given_and_the_same_supposed_elsewhere(dialogue: Dialogue) -> None:
    chat = Chat(dialogue, 2116)
    await chat.say("w cyfrowym powiecie diagnoza cyberbezpieczeństwa do kiedy?")
    dated = await chat.say("umowę mamy podpisaną 3 kwietnia 2022 – do kiedy zdążyć?")
    assert "3 grudnia 2022" in dated, dated
    gmina = await chat.say("a gdyby to była gmina, w cg?")
    assert "3 października 2022" in gmina, gmina


async def test_the_advisory_excess_says_its_basis_and_the_net_figure(dialogue: Dialogue, tmp_path: Path) -> None:
    """blind18: "czyli o ile za dużo poszło na doradztwo?" got the gross excess without saying it is gross."""
    files = make_files(tmp_path)
    chat = Chat(dialogue, 2117)
    await chat.say("/program cg")
    for name in ("fv_cg_laptopy.pdf", "fv_cg_doradztwo.pdf"):
        await chat.upload(files / name)
    await chat.say("kwota grantu 120000")
    await chat.say("/raport")
    said = await chat.say("a ile ponad limit jest to doradztwo?")
    assert "od kwot brutto" in said and "9 000,00 zł − 6 000,00 zł = 3 000,00 zł" in said, said


async def test_a_g_written_with_thousands_separators_is_that_g(dialogue: Dialogue) -> None:
    """probe21: "G 1.950,50" had been read as 1,95 zł – a silent wrong G."""
    chat = Chat(dialogue, 2118)
    await chat.say("gmina Czarna (pow. dębicki) – ile z cyfrowej gminy?")
    dotted = await chat.say("G 1.902,10")
    assert "1 902,10 zł" in dotted and "1,90 zł" not in dotted, dotted
    english = await chat.say("sorry, G = 1,902.10")
    assert "1 902,10 zł" in english, english


async def test_our_grant_while_a_g_is_awaited_for_another_unit(dialogue: Dialogue) -> None:
    chat = Chat(dialogue, 2119)
    await chat.say("jesteśmy gminą wiejską Brzeziny (łódzkie)")
    await chat.say("ile może dostać miasto Brzeziny w cg?")
    ours = await chat.say("a my? G mamy 1890")
    assert "gmina wiejska Brzeziny (1021022" in ours and "1 890,00 zł" in ours, ours


async def test_a_starostwo_in_a_city_with_powiat_rights_is_the_powiat_named_after_it(dialogue: Dialogue) -> None:
    """probe21: "starostwo powiatowe w Koninie" had been the city of Konin – ineligible in CP."""
    said = await Chat(dialogue, 2120).say("tu starostwo powiatowe w Słupsku, ile dla nas z cyfrowego powiatu?")
    assert "powiat słupski (2212" in said and "wnioskuję z nazwy" in said, said
    assert "nieuprawnion" not in said, said


async def test_a_date_and_a_figure_are_no_unit_and_no_thing(dialogue: Dialogue) -> None:
    chat = Chat(dialogue, 2121)
    await chat.say("do kiedy trwa projekt w cyfrowym powiecie?")
    dated = await chat.say("a w cyfrowej gminie 30 czerwca 2023, tak?")
    assert "województwo" not in dated and "31.12.2023" in dated, dated
    year = await chat.say("a w cs z listopada 2024?")
    assert "kodzie" not in year, year
    await chat.say("od jakiej kwoty trzeba bazę konkurencyjności w cp?")
    figure = await chat.say("a za 61 000 zł netto?")
    assert "Zakup:" not in figure and "50 000" in figure, figure


async def test_programmes_by_their_adjective_or_misspelt(dialogue: Dialogue) -> None:
    chat = Chat(dialogue, 2122)
    await chat.say("czy w cs można kupić drukarkę?")
    gmina = await chat.say("a w cyfrowej?")
    assert "Cyfrowa Gmina" in gmina and "W CYFROWEJ" not in gmina.upper().split("•")[0], gmina
    powiat = await chat.say("a w cyfrowym?")
    assert "Cyfrowy Powiat" in powiat, powiat
    typo = await chat.say("a w cyberbezpiecznym samorzondzie?")
    assert "Cyberbezpieczny Samorząd" in typo and "SAMORZONDZIE" not in typo.upper(), typo


async def test_a_share_or_amount_after_the_advisory_cap_of_a_grant(dialogue: Dialogue) -> None:
    chat = Chat(dialogue, 2123)
    await chat.say("ile max na doradztwo w cg przy grancie 400 tys?")
    share = await chat.say("a 8% z tego na doradztwo można?")
    assert "5%" in share and "Zakup:" not in share, share
    amount = await chat.say("a 25 tysięcy można?")
    assert "20 000,00 zł" in amount and "Zakup:" not in amount, amount


async def test_things_counted_and_priced_on_the_documents_sent(dialogue: Dialogue, tmp_path: Path) -> None:
    files = make_files(tmp_path)
    chat = Chat(dialogue, 2124)
    await chat.say("/program cp")
    await chat.upload(files / "fv_cp_serwer.pdf")
    count = await chat.say("ile serwerów kupiliśmy?")
    assert "Serwer Dell PowerEdge" in count and "1 szt." in count, count
    price = await chat.say("ile kosztował serwer brutto?")
    assert "47 355,00" in price, price


async def test_populations_asked_on_and_the_parts_of_an_urban_rural_gmina(dialogue: Dialogue) -> None:
    chat = Chat(dialogue, 2125)
    first = await chat.say("ile mieszkańców ma miasto Wieliczka?")
    assert "Miasto Wieliczka (część miejska" in first and "całej gminy" in first, first
    rural = await chat.say("a obszar wiejski?")
    assert "Obszar wiejski gminy Wieliczka" in rural, rural
    other = await chat.say("a Niepołomice?")
    assert "Niepołomice (1219043" in other and "mieszkańców" in other and "Grant dla" not in other, other
    powiat = await chat.say("a powiat wielicki?")
    assert "powiat wielicki (1219" in powiat and "mieszkańców" in powiat, powiat


async def test_the_gminy_of_a_powiat_and_ours_picked_at_a_list(dialogue: Dialogue) -> None:
    chat = Chat(dialogue, 2126)
    listed = await chat.say("jakie gminy są w powiecie tatrzańskim?")
    assert "5 gmin" in listed and "Zakopane" in listed, listed
    pick = Chat(dialogue, 2127)
    await pick.say("jesteśmy z Brzezin, ile dostaniemy w cg?")
    ours = await pick.say("my to ta wiejska")
    assert "gmina wiejska Brzeziny" in ours, ours
    again = await pick.say("a my w cs?")
    assert "gmina wiejska Brzeziny" in again and "Cyberbezpieczny Samorząd" in again, again


async def test_a_gmina_by_its_2024_name(dialogue: Dialogue) -> None:
    said = await Chat(dialogue, 2128).say("ile dostanie gmina Redzikowo z cyfrowej gminy?")
    assert "(2212082" in said and "18 528" in said, said


async def test_a_bare_g_supposed_after_a_gminas_grant_is_a_g(dialogue: Dialogue) -> None:
    """probe21: "a jakby 1908.88?" after a G had been read as a population in the formula."""
    chat = Chat(dialogue, 2129)
    await chat.say("gmina Czarna (pow. dębicki), G 1900 – ile z cg?")
    said = await chat.say("a gdyby 1950,5?")
    assert "gmina wiejska Czarna (1803032" in said and "1 950,50 zł" in said, said


async def test_a_programme_said_at_a_list_of_units_is_kept(dialogue: Dialogue) -> None:
    chat = Chat(dialogue, 2130)
    await chat.say("ile dostanie gmina Brzeziny?")
    kept = await chat.say("a w cs?")
    assert "Zapamiętałem program: Cyberbezpieczny Samorząd" in kept and "wybierz" in kept, kept


async def test_a_programme_supposed_for_the_documents_keeps_the_settlements(dialogue: Dialogue, tmp_path: Path) -> None:
    files = make_files(tmp_path)
    chat = Chat(dialogue, 2131)
    await chat.say("rozliczamy cyfrowy powiat")
    await chat.upload(files / "fv_cs_toner.pdf")
    supposed = await chat.say("a jakby to było w cyberbezpiecznym samorządzie?")
    assert "rozliczenie zostaje w programie Cyfrowy Powiat" in supposed, supposed
    assert "Wstępna kontrola rozliczenia – Cyberbezpieczny Samorząd" in supposed, supposed
    report = await chat.say("/raport")
    assert "Wstępna kontrola rozliczenia – Cyfrowy Powiat" in report, report


async def test_a_population_asked_for_a_year_is_still_answered(dialogue: Dialogue) -> None:
    chat = Chat(dialogue, 2132)
    await chat.say("gmina Czarna (pow. dębicki) – ile z cg?")
    said = await chat.say("a ilu mamy mieszkańców w 2024?")
    assert "mieszkańców według GUS" in said, said


async def test_which_programmes_for_us_and_what_is_wrong_with_the_files(dialogue: Dialogue, tmp_path: Path) -> None:
    chat = Chat(dialogue, 2133)
    said = await chat.say("tu nowy informatyk z UG Czarna (dębicki). Nigdy nie składaliśmy. Z czego możemy skorzystać?")
    assert "Cyfrowa Gmina: od 100 000,00 zł" in said and "Cyberbezpieczny Samorząd: od 200 000,00 zł" in said, said
    files = make_files(tmp_path)
    settling = Chat(dialogue, 2134)
    await settling.say("/program cs")
    await settling.upload(files / "fv_cs_toner.pdf")
    wrong = await settling.say("co tu jest nie tak?")
    assert "Wstępna kontrola rozliczenia – Cyberbezpieczny Samorząd" in wrong and "Toner" in wrong, wrong


async def test_the_capital_named_with_its_abbreviation(dialogue: Dialogue) -> None:
    said = await Chat(dialogue, 2135).say("Urząd m.st. Warszawy – ile możemy dostać z cyberbezpiecznego?")
    assert "Zapamiętałem jednostkę: miasto na prawach powiatu Warszawa (1465011" in said, said


async def test_what_is_left_of_the_grant_and_the_total_asked_later(dialogue: Dialogue, tmp_path: Path) -> None:
    """ "ile nam jeszcze zostało z grantu?" had been an FAQ answer about choosing projects."""
    chat = await _cp_report(dialogue, make_files(tmp_path), 2136)
    left = await chat.say("ile jeszcze mamy do wydania?")
    assert "Grant: 120 000,00 zł" in left and "83 271,00 zł (brutto)" in left and "36 729,00 zł" in left, left
    await chat.say("a serwer w ogóle przejdzie?")
    total = await chat.say("to ile łącznie możemy rozliczyć?")
    assert "Wstępna kontrola rozliczenia" in total, total


async def test_the_second_programme_offered_is_the_second_button(dialogue: Dialogue) -> None:
    """probe21: "a w tym drugim programie?" at [Cyfrowy Powiat, Cyberbezpieczny Samorząd]; "ten drugi" had meant CP
    (the second of all three programmes), a wrong programme."""
    chat = Chat(dialogue, 2137)
    await chat.say("jesteśmy powiatem gołdapskim")
    asked = await chat.say("do kiedy trzeba zrobić diagnozę?")
    assert "Którego programu" in asked, asked
    second = await chat.say("ten drugi")
    assert "Program: Cyberbezpieczny Samorząd" in second, second


async def test_two_units_added_up_in_one_programme(dialogue: Dialogue) -> None:
    """probe21: "ile to razem dla obu gmin?" had added one gmina's programmes."""
    chat = Chat(dialogue, 2138)
    await chat.say("jesteśmy gminą wiejską Brzeziny (łódzkie). G mamy 1900, ile w cg?")
    await chat.say("a miasto Brzeziny przy G 2000?")
    both = await chat.say("a razem dla obydwu gmin?")
    assert "Razem w programie Cyfrowa Gmina" in both and "(1021011" in both and "(1021022" in both, both
    ours = Chat(dialogue, 2139)
    await ours.say("jesteśmy gminą Czarna (dębicki)")
    sum_cs = await ours.say("ile łącznie my i nasz powiat z cyberbezpiecznego?")
    assert "od 1 050 000,00 zł do 1 700 000,00 zł" in sum_cs, sum_cs
    powiat = await ours.say("a sam powiat?")
    assert "powiat dębicki (1803" in powiat and "Cyberbezpieczny Samorząd: 850 000,00 zł" in powiat, powiat


async def test_a_word_of_the_question_is_no_thing_to_buy(dialogue: Dialogue) -> None:
    chat = Chat(dialogue, 2140)
    first = await chat.say("gmina Czarna (dębicki). Nie składaliśmy w cyfrowej gminie – czy jeszcze można?")
    assert "Zakup:" not in first and "ZAKUP" not in first, first
    other = await chat.say("a do cs?")
    assert "Zakup:" not in other and "ZAKUP" not in other and "Cyberbezpieczny Samorząd" in other, other


async def test_a_unit_then_things_with_a_doubt_after_them(dialogue: Dialogue) -> None:
    said = await Chat(dialogue, 2141).say(
        "Powiat Bocheński. Chcemy kupić serwer i 6 skanerów z cp, ale nie wiemy czy zdążymy"
    )
    assert "Zapamiętałem jednostkę: powiat bocheński" in said, said
    assert "„serwer”" in said and "„6 skanerów”" in said, said


async def test_the_cg_formula_again_with_another_g_or_population(dialogue: Dialogue) -> None:
    """probe21: "a jakby G było 2100?" after the formula with the user's L and G had been what G is."""
    chat = Chat(dialogue, 2142)
    await chat.say("gmina ma 9 tysięcy mieszkańców, G wynosi 1800 zł – ile wyjdzie w cyfrowej gminie?")
    g = await chat.say("a gdyby G było 1700?")
    assert "1 700,00 zł (podany w pytaniu)" in g and "9 000 (podana w pytaniu)" in g, g
    both = await chat.say("a przy 2000 i 20 tys mieszkańców?")
    assert "2 000,00 zł (podany w pytaniu)" in both and "20 000 (podana w pytaniu)" in both, both


async def test_a_degree_adjective_alone_takes_the_noun_said_before(dialogue: Dialogue) -> None:
    chat = Chat(dialogue, 2143)
    await chat.say("w cs minimalny grant dla gminy to 150 tys, tak?")
    said = await chat.say("a maksymalny w cp to 500 tys?")
    assert "350 000" in said and "doradcz" not in said, said


async def test_a_name_of_several_units_with_a_question_answers_and_asks_which(dialogue: Dialogue) -> None:
    """ "hej, gmina Jabłonna – w cs chcemy kupić kamery…" answered without noting any unit; "a w którym powiecie my
    jesteśmy?" had been judged as a thing to buy."""
    chat = Chat(dialogue, 2144)
    said = await chat.say("cześć, gmina Brzeziny – w cs chcemy kupić UPS, przejdzie?")
    assert "UPS" in said and "pasuje do kilku jednostek" in said, said
    asked = await chat.say("a w którym powiecie jesteśmy?")
    assert "ZAKUP" not in asked.upper().split("\n")[0], asked
    await chat.say("ta w powiecie kaliskim")
    powiat = await chat.say("a w którym powiecie my jesteśmy?")
    assert "powiat kaliski (3007" in powiat, powiat


async def test_the_project_end_taken_back_right_after_it_was_given(dialogue: Dialogue) -> None:
    chat = Chat(dialogue, 2145)
    await chat.say("/program cp")
    await chat.say("koniec projektu mamy 31.10.2023")
    said = await chat.say("nie, przepraszam – 30.11.2023, pomyliłem daty")
    assert "koniec projektu 30.11.2023" in said, said


async def test_a_thing_counted_on_an_invoice_and_a_protocol(dialogue: Dialogue, tmp_path: Path) -> None:
    """blind17 (regression of this session): a protocol's rows have no amounts – the question had crashed."""
    files = make_files(tmp_path)
    chat = Chat(dialogue, 2146)
    await chat.say("/program cp")
    await chat.upload(files / "fv_cp_krotoszyn.pdf")
    await chat.upload(files / "po_cp_krotoszyn.pdf")
    both = await chat.say("ile skanerów mamy?")
    assert "4 szt." in both and "3 szt." in both and "Coś poszło nie tak" not in both, both
    compared = await chat.say("ile skanerów jest w protokole, a ile na fakturze?")
    assert "na fakturze 4 szt., w protokołach odbioru 3" in compared, compared


async def test_after_the_held_out_measurement_blind34s_silent_wrong_replies(dialogue: Dialogue) -> None:
    """blind34 (held out, measured once, development material since): a population asked by the region's adjective
    after another question had been powiat opolski's grant; "czemu cyfrowej gminy nie?" and "… co polecacie?" had
    been judged as things to buy."""
    chat = Chat(dialogue, 2147)
    await chat.say("Urząd Marszałkowski Województwa Lubuskiego – ile z cyberbezpiecznego?")
    await chat.say("a wkład własny w CS jaki?")
    people_ = await chat.say("ile mieszkańców macie dla lubuskiego?")
    assert "województwo lubuskie (08)" in people_ and "powiat" not in people_.split(":")[0], people_
    powiat = Chat(dialogue, 2148)
    await powiat.say("powiat leski – z czego możemy skorzystać?")
    why = await powiat.say("czemu cyfrowej gminy nie?")
    assert "Zakup:" not in why and "nieuprawniona" in why, why
    advice = await powiat.say("a jak chcemy backup w chmurze to co polecacie?")
    assert "Zakup:" not in advice, advice


async def test_a_name_then_its_kind_then_which_programme(dialogue: Dialogue) -> None:
    """blind34 (development material since its one measurement): "Tarnobrzeg, miasto na prawach powiatu. Składamy do
    cyfrowej gminy czy do cyfrowego powiatu?" noted no unit."""
    said = await Chat(dialogue, 2149).say(
        "Krosno, miasto na prawach powiatu. Startujemy w cyfrowej gminie czy w cyfrowym powiecie?"
    )
    assert "Zapamiętałem jednostkę: miasto na prawach powiatu Krosno" in said, said
    assert "Cyfrowa Gmina: od 100 000,00 zł" in said and "nieuprawniona w programie: Cyfrowy Powiat" in said, said


async def test_things_asked_bare_and_another_grant_against_the_report(dialogue: Dialogue, tmp_path: Path) -> None:
    """blind34 (development material since its one measurement): "test bezpieczeństwa strony internetowej urzędu?"
    after purchase talk was "same hasła"; "a przy grancie 350 tys.?" after a report was refused."""
    chat = Chat(dialogue, 2150)
    await chat.say("Gdynia, CS. Szkolenie z Worda dla pracowników możemy wrzucić do projektu?")
    await chat.say("a szkolenie z cyberhigieny?")
    bare = await chat.say("audyt bezpieczeństwa sieci urzędu?")
    assert "Cyberbezpieczny Samorząd" in bare and "same hasła" not in bare, bare
    files = make_files(tmp_path)
    report = Chat(dialogue, 2151)
    await report.say("/program cp")
    await report.upload(files / "fv_cp_krotoszyn.pdf")
    await report.say("kwota grantu 300000")
    await report.say("/raport")
    report_grant = await report.say("a gdyby grant był 400 tys.?")
    assert "limit na usługi doradcze (5 %) to 20 000,00 zł" in report_grant, report_grant
    assert "24 600,00 zł (brutto)" in report_grant and "Nadwyżka: 4 600,00 zł" in report_grant, report_grant
