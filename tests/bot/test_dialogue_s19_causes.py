"""Causes of blind28's remaining misses (held out in session 18, development material since its one measurement),
fixed in session 19 and tested in other words: the steps asked as "rozpisz", a neighbour named beside "nas", back to
"the town" without its G, the programme meant said together with the unit, a detail asked after a rule, a question
word taken for the thing bought."""

from __future__ import annotations

from pathlib import Path

from bot.dialogue.core import Dialogue
from tests.bot.chatting import Chat
from tests.dialogues.files import make_files


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
    rule = await chat.say("wracając do powiatu – czy w cs trzeba mieć wkład własny?")
    assert "Grant dla" not in rule, rule  # a question of its own, not the powiat's grant again


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


async def test_a_documents_figures_and_dates_are_read_back_with_its_number(dialogue: Dialogue, tmp_path: Path) -> None:
    """blind29 (tuning, session 19): "ile ta faktura za firewall ma łącznie brutto?" and "a protokół – z którego dnia
    jest?" were refused as rule questions; the document meant answers them."""
    files = make_files(tmp_path)
    chat = Chat(dialogue, 807)
    await chat.say("/program cp")
    await chat.upload(files / "fv_cp_serwer.pdf")
    await chat.upload(files / "po_cp_serwer.pdf")
    vat = await chat.say("a jaki VAT jest na fakturze za serwer?")
    assert "FV/2022/09/120" in vat and "VAT razem 8 855,00 zł" in vat, vat
    day = await chat.say("a ten protokół – kiedy został podpisany?")
    assert "Protokół odbioru nr PO/2022/09/02" in day and "z dnia" in day, day
    await chat.upload(files / "fv_cs_firewall.pdf")
    line = await chat.say("a ile brutto za laptopy na fakturze za firewall?")
    assert "35 651,55 zł" in line and "W tym pozycja „Laptop" in line and "25 946,85 zł" in line, line
    buyer = await chat.say("na kogo wystawiono fakturę za serwer?")
    assert "nabywca" in buyer and "NIP" in buyer, buyer
    deadline = await chat.say("dobrze. a diagnozę do kiedy sporządzamy?")  # a rule, not a date of the document
    assert "Tak odczytałem" not in deadline, deadline
    rule = await chat.say("czy VAT z faktury może być kosztem kwalifikowalnym?")
    assert "VAT razem" not in rule and "Zakup:" not in rule, rule


async def test_a_thing_named_by_its_use_is_judged_as_that_thing(dialogue: Dialogue) -> None:
    chat = Chat(dialogue, 808)
    await chat.say("/program cs")
    printing = await chat.say("potrzebujemy czegoś do drukowania decyzji – przejdzie?")
    assert "drukarka (tak rozumiem" in printing and "niekwalifikowalny" in printing, printing
    there = await chat.say("a w cyfrowej gminie to coś do drukowania?")
    assert "Cyfrowa Gmina: kwalifikowalny" in there, there


async def test_the_g_found_after_not_knowing_it_computes_the_grant(dialogue: Dialogue) -> None:
    chat = Chat(dialogue, 809)
    await chat.say("gmina Pułtusk, cyfrowa gmina, G 2000")
    await chat.say("a gmina Obryte, też u nas w powiecie?")
    unknown = await chat.say("nie wiem")
    assert "Ministerstwo Finansów" in unknown and "243 460,00 zł" in unknown, unknown  # 100 000 + 30 × 4 782
    found = await chat.say("skarbnik podał 2050")
    assert "Obryte" in found and "123 058,80 zł" in found, found


async def test_more_than_thanks_is_not_only_thanks(dialogue: Dialogue) -> None:
    chat = Chat(dialogue, 810)
    await chat.say("do kiedy trwa nabór w cs?")
    human = await chat.say("dzięki, ale wolę to omówić z konsultantem")
    assert "konsultant" in human and "infolinia" in human, human


async def test_the_advisory_cap_asked_of_another_programme_after_its_figure(dialogue: Dialogue) -> None:
    chat = Chat(dialogue, 811)
    await chat.say("/program cg")
    await chat.say("ile wolno przeznaczyć na doradców?")
    await chat.say("grant mamy 400 000 – policz mi to w złotówkach")
    there = await chat.say("a w cp było tak samo z tym limitem?")
    assert "Cyfrowy Powiat" in there and "5%" in there, there
    assert "Zapamiętałem: program" not in there, there
    assert "20 000" not in there, there  # the grant said was Cyfrowa Gmina's, no CP grant is that large


async def test_counted_questions_in_a_row_are_each_answered_in_the_programme_led_with(dialogue: Dialogue) -> None:
    chat = Chat(dialogue, 812)
    await chat.say("/program cs")
    await chat.say("czy tablety przejdą?")
    both = await chat.say("wracając do cg – dwie sprawy: do kiedy diagnoza i ile maksymalnie wynosi grant?")
    assert "1) DO KIEDY DIAGNOZA?" in both.upper() and "2) ILE MAKSYMALNIE WYNOSI GRANT?" in both.upper(), both
    assert "Cyfrowa Gmina" in both and "6 miesięcy" in both and "2 000 000" in both, both
    assert "Źródło: Cyberbezpieczny" not in both, both


async def test_a_fragment_pasted_back_is_answered_in_the_programme_it_came_from(dialogue: Dialogue) -> None:
    chat = Chat(dialogue, 813)
    await chat.say("/program cg")
    pasted = await chat.say(
        "kopiuję z twojej wcześniejszej odpowiedzi: „oprogramowanie biurowe jest wyłączone, poza systemami "
        "operacyjnymi niezbędnymi do utrzymania systemów bezpieczeństwa” – jak to rozumieć?"
    )
    assert "Cyberbezpieczny Samorząd" in pasted and "Program: Cyfrowa Gmina" not in pasted, pasted


async def test_a_line_of_the_set_asked_without_this_and_a_rule_word_is_no_thing(
    dialogue: Dialogue, tmp_path: Path
) -> None:
    files = make_files(tmp_path)
    chat = Chat(dialogue, 814)
    await chat.say("rozliczamy cyfrowy powiat, powiat krotoszyński")
    await chat.upload(files / "fv_cp_krotoszyn.pdf")
    await chat.upload(files / "po_cp_krotoszyn.pdf")
    scanners = await chat.say("a jak ze skanerami?")
    assert "Skaner dokumentów Fujitsu" in scanners and "4 szt." in scanners, scanners
    total = await chat.say("ile w sumie da się rozliczyć?")
    assert "Wstępna kontrola rozliczenia" in total, total
    deadline = await chat.say("a co z terminem?")
    assert "Zakup:" not in deadline and "31.12.2023" in deadline, deadline


async def test_an_invoice_asked_against_the_period_is_held_against_the_project_end_given(
    dialogue: Dialogue, tmp_path: Path
) -> None:
    files = make_files(tmp_path)
    chat = Chat(dialogue, 815)
    await chat.say("cyberbezpieczny samorząd, koniec projektu 30.06.2025")
    await chat.upload(files / "fv_cs_lipiec2025.pdf")
    late = await chat.say("czy ta faktura łapie się w okres kwalifikowalności?")
    assert "15.07.2025" in late and "poza okresem" in late, late
    await chat.say("koniec projektu jednak 31.12.2025")
    inside = await chat.say("a teraz zmieści się w terminie?")
    assert "mieści się w okresie" in inside and "31.12.2025" in inside, inside


async def test_how_much_of_one_thing_after_a_report_is_the_reports_lines_about_it(
    dialogue: Dialogue, tmp_path: Path
) -> None:
    files = make_files(tmp_path)
    chat = Chat(dialogue, 816)
    await chat.say("/program cg")
    await chat.upload(files / "fv_cg_laptopy.pdf")
    await chat.upload(files / "fv_cg_doradztwo.pdf")
    await chat.say("kwota grantu 150 tys")
    await chat.say("/raport")
    advisory = await chat.say("ile da się rozliczyć z usług doradczych?")
    assert "7 500,00 zł" in advisory and "Wstępna kontrola rozliczenia" not in advisory, advisory
    whole = await chat.say("a ile z tego jest kwalifikowalne?")
    assert "Wstępna kontrola rozliczenia" in whole, whole


async def test_a_rule_pointed_back_at_is_leaned_on_not_a_neighbouring_entry(dialogue: Dialogue) -> None:
    """blind8 after the FAQ engine's session-19 programme filter: 'a od kiedy liczy się ten termin?' found the
    durability entry on its own."""
    chat = Chat(dialogue, 817)
    await chat.say("w cyfrowej gminie – w jakim czasie trzeba zrobić diagnozę cyberbezpieczeństwa?")
    since = await chat.say("a od którego momentu biegnie ten termin?")
    assert "umowy" in since and "trwałości" not in since, since
    there = await chat.say("a w cp jest coś podobnego?")
    assert "Cyfrowy Powiat" in there and "8 miesięcy" in there, there


async def test_blind30s_units_said_in_passing_are_read(dialogue: Dialogue) -> None:
    """Held-out blind30 (session 19), after its one measurement: units said lower-case after "ja z gminy", with the
    województwo in brackets, before "wrzucam fakturę", or as "starostwo pszczyńskie"; a lower-case word is no unit."""
    chat = Chat(dialogue, 818)
    first = await chat.say("hej, ja z gminy przodkowo (powiat kartuski). ile nam się należy z cyfrowej gminy?")
    assert "gmina wiejska Przodkowo" in first and "Cyfrowa Gmina: od 100 000,00 zł" in first, first
    source = await chat.say("a skąd macie tę liczbę mieszkańców?")
    assert "Przodkowo" in source and "Maciejowice" not in source, source
    chat = Chat(dialogue, 819)
    noted = await chat.say("jesteśmy gminą jarocin (wielkopolskie), rozliczamy cs")
    assert "Jarocin (3006023" in noted and "pasuje do kilku" not in noted, noted
    chat = Chat(dialogue, 820)
    files = await chat.say("gmina rawicz, cyfrowa gmina. zaraz wyślę faktury")
    assert "Rawicz" in files and "Program: Cyfrowa Gmina" in files, files
    chat = Chat(dialogue, 821)
    await chat.say("gmina Pszczyna, G 2000, ile z cg?")
    powiat = await chat.say("a starostwo pszczyńskie w cyfrowym powiecie?")
    assert "powiat pszczyński (2410" in powiat, powiat
    g_said = await chat.say("a jakby nie było G, to ile najwyżej gmina?")
    assert "Pszczyna" in g_said or "pszczyński" in g_said, g_said


async def test_a_figure_said_as_g_is_no_teryt_code(dialogue: Dialogue) -> None:
    chat = Chat(dialogue, 822)
    await chat.say("gmina miejska Ząbki, cyfrowa gmina, G 1850")
    steps = await chat.say("a jak wyliczyliście tę kwotę dla 1850?")
    assert "Szczegóły" in steps and "Ząbki" in steps and "kodzie" not in steps, steps


async def test_a_thing_asked_as_a_rule_then_in_a_programme_that_excludes_it_gets_its_verdict(
    dialogue: Dialogue,
) -> None:
    """blind19's turns (development material) after the FAQ engine's programme filter: the question asked again in
    CS found CS's list of what it funds instead of the exclusion of the thing (a regression guard, in its words)."""
    chat = Chat(dialogue, 823)
    await chat.say("/program cg")
    await chat.say("czy sluchawki z mikrofonem mozemy kupic?")
    there = await chat.say("a, przepraszam, pytam o cyber")
    assert "Cyberbezpieczny Samorząd" in there and "niekwalifikowaln" in there, there


async def test_how_much_with_the_grant_said_keeps_the_grant_for_the_check(dialogue: Dialogue, tmp_path: Path) -> None:
    files = make_files(tmp_path)
    chat = Chat(dialogue, 824)
    await chat.say("/program cg")
    await chat.upload(files / "fv_cg_doradztwo.pdf")
    capped = await chat.say("a ta faktura za usługi doradcze – ile z niej możemy rozliczyć? grant wynosi 200 000")
    assert "10 000,00 zł" in capped, capped  # 5 % of the grant said in the same message
