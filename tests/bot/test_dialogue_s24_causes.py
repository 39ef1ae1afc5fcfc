"""Causes of blind38's misses (held out in session 23), of blind39's (tuning in session 24) and of the session-24
prober's, fixed in session 24 and tested in other words: corrections that must win (a unit by its region, the powiat
meant instead of its gminas, a programme refused, a count changed), the date of the agreement said once, "co teraz?",
the unit said before announced files, report lines by number, the context asked back."""

from __future__ import annotations

from pathlib import Path

from bot.dialogue.core import Dialogue
from tests.bot.chatting import Chat
from tests.dialogues.files import make_files


async def test_a_list_of_units_answered_by_the_region_and_the_programme_kept(dialogue: Dialogue) -> None:
    chat = Chat(dialogue, 2401)
    listed = await chat.say("jesteśmy z gminy Jarocin, realizujemy cyberbezpieczny samorząd")
    assert "Cyberbezpieczny Samorząd" in listed and "pasuje do kilku jednostek" in listed, listed
    picked = await chat.say("nie ta z wielkopolski, nasza jest na Podkarpaciu – w podkarpackim")
    assert "1812022" in picked, picked
    asked = await chat.say("przypomnij mi, o której jednostce mówimy?")
    assert "Jarocin" in asked and "1812022" in asked and "Cyberbezpieczny Samorząd" in asked, asked


async def test_the_powiat_meant_instead_of_the_gminas_offered(dialogue: Dialogue) -> None:
    chat = Chat(dialogue, 2402)
    await chat.say("piszemy z Suwałk, chodzi o cyfrowy powiat")
    picked = await chat.say("nie, chodzi nam o powiat suwalski")
    assert "powiat suwalski (2012" in picked, picked


async def test_a_gmina_near_a_town_is_the_one_in_that_towns_region(dialogue: Dialogue) -> None:
    chat = Chat(dialogue, 2403)
    said = await chat.say("gmina Jarocin niedaleko Pleszewa, działamy w cs")
    assert "3006023" in said and "Cyberbezpieczny Samorząd" in said, said


async def test_a_programme_refused_in_a_correction_is_not_the_one_set(dialogue: Dialogue) -> None:
    chat = Chat(dialogue, 2404)
    await chat.say("powiat bielski, cyfrowy powiat – czy możemy kupić tablety?")
    said = await chat.say("przepraszam, jesteśmy w cyberbezpiecznym, a nie w cyfrowym powiecie")
    assert "Cyberbezpieczny Samorząd" in said and "niekwalifikowalny" in said, said
    contact = await chat.say("numer infolinii?")
    assert "22 182 22 94" in contact and "ZAKUP" not in contact, contact


async def test_a_priced_purchase_is_recounted_and_its_figures_follow(dialogue: Dialogue) -> None:
    chat = Chat(dialogue, 2405)
    await chat.say("w cs chcemy 5 firewalli po 9 000 zł netto – to przejdzie?")
    gross = await chat.say("a ile to będzie łącznie brutto?")
    assert "5 × 9 000,00 zł = 45 000,00 zł netto" in gross and "55 350,00 zł" in gross, gross
    again = await chat.say("sorry, nie 5 tylko 6 szt.")
    assert "6 × 9 000,00 zł = 54 000,00 zł netto" in again, again
    over = await chat.say("a jakbyśmy wzięli 7 takich firewalli?")
    assert "63 000,00 zł netto" in over and "bazy konkurencyjności" in over, over


async def test_the_agreement_date_said_once_counts_a_later_deadline(dialogue: Dialogue) -> None:
    chat = Chat(dialogue, 2406)
    await chat.say("gmina Kórnik, cyfrowa gmina. umowę o powierzenie grantu zawarliśmy 3 lutego 2022")
    due = await chat.say("a do kiedy trzeba było zrobić diagnozę?")
    assert "3 lutego 2022 + 6 miesięcy = 3 sierpnia 2022" in due, due


async def test_what_now_lists_the_programmes_deadlines_with_sources(dialogue: Dialogue) -> None:
    chat = Chat(dialogue, 2407)
    said = await chat.say("dostałam projekt w cyfrowej gminie po koledze, umowa podpisana 1.03.2022 – od czego zacząć?")
    assert "Cyfrowa Gmina – co przed wami" in said and "01.03.2022 + 6 miesięcy = 01.09.2022" in said, said
    assert "31.12.2023" in said and said.count("Źródło:") >= 4, said


async def test_the_unit_said_before_files_with_the_grant_is_noted(dialogue: Dialogue) -> None:
    chat = Chat(dialogue, 2408)
    said = await chat.say("starostwo jarocin, cyfrowy powiat, grant 250 tys. – zaraz wyślę faktury")
    assert "powiat jarociński (3006" in said and "250 000,00 zł" in said, said
    bare = await chat.say("gmina krotoszyn – cs")
    assert "Krotoszyn" in bare and "Cyberbezpieczny Samorząd" in bare, bare


async def test_a_report_line_asked_by_number_and_an_invoice_after_the_window(
    dialogue: Dialogue, tmp_path: Path
) -> None:
    files = make_files(tmp_path)
    chat = Chat(dialogue, 2409)
    await chat.say("gmina wiejska Kościerzyna, cyfrowa gmina")
    await chat.upload(files / "fv_cg_2024.pdf")
    late = await chat.say("czy ta faktura wejdzie nam jeszcze do rozliczenia?")
    assert late.count("Nie – ") == 1 and "31.12.2023" in late, late


async def test_a_thing_priced_over_the_threshold_says_so(dialogue: Dialogue) -> None:
    chat = Chat(dialogue, 2410)
    await chat.say("jesteśmy w cyberbezpiecznym samorządzie")
    said = await chat.say("serwer backupu za 80 tys. netto – jakieś dodatkowe wymogi?")
    assert "80 000,00 zł netto to więcej niż 50 000,00 zł netto" in said, said


async def test_report_lines_and_totals_asked_in_words(dialogue: Dialogue, tmp_path: Path) -> None:
    files = make_files(tmp_path)
    chat = Chat(dialogue, 2411)
    await chat.say("/program cs")
    await chat.upload(files / "fv_cs_jarocin.pdf")
    await chat.say("/raport")
    edr = await chat.say("a licencje EDR ile wyniosły brutto?")
    assert "14 022,00 zł" in edr, edr
    total = await chat.say("a ile razem niekwalifikowalne netto?")
    assert "3 700,00 zł" in total and "73 800,00" not in total, total
    line = await chat.say("a pozycja 2?")
    assert "Drukarka" in line and "niekwalifikowalna" in line, line
    threshold = await chat.say("a tę macierz trzeba było zamawiać przez bazę konkurencyjności?")
    assert "62 400,00 zł netto to więcej niż próg 50 000,00 zł netto" in threshold, threshold


async def test_our_advisory_share_after_a_neighbours_grant(dialogue: Dialogue) -> None:
    chat = Chat(dialogue, 2412)
    await chat.say("jesteśmy gminą Mosina, cyfrowa gmina, G 1888,22")
    await chat.say("a Puszczykowo ile dostanie przy G 1998,22?")
    ours = await chat.say("a nam ile wolno wydać na doradztwo?")
    mosina = await chat.say("ile dostaniemy?")
    grant = next(line for line in mosina.splitlines() if "Cyfrowa Gmina:" in line).split(":")[1].strip()
    assert f"5% × {grant}" in ours, (ours, grant)


async def test_where_to_call_gives_the_operator_of_the_programme_talked_about(dialogue: Dialogue) -> None:
    chat = Chat(dialogue, 2413)
    await chat.say("czy w cyfrowym powiecie można kupić serwer?")
    said = await chat.say("a do kogo zadzwonić, jak będą wątpliwości?")
    assert "Cyfrowy Powiat: infolinia" in said and "Cyberbezpieczny Samorząd" not in said, said


async def test_a_population_what_if_then_a_share_of_the_original_grant(dialogue: Dialogue) -> None:
    chat = Chat(dialogue, 2414)
    await chat.say("/program cg")
    first = await chat.say("jesteśmy gminą Wołów, G 1950")
    grant = next(line for line in first.splitlines() if "Cyfrowa Gmina:" in line).split(":")[1].strip()
    more = await chat.say("a jakby nas było 500 osób więcej?")
    assert "L = 22 318 + 500 = 22 818" in more, more
    share = await chat.say("a 10% z pierwotnej kwoty to ile?")
    assert f"10% z {grant}" in share, (share, grant)


async def test_a_list_said_after_a_list_and_which_of_it_fails(dialogue: Dialogue) -> None:
    chat = Chat(dialogue, 2415)
    await chat.say("jesteśmy w cyberbezpiecznym samorządzie")
    judged = await chat.say("a poza tym: tablet dla sekretarki, firewall i backup w chmurze – co z tego?")
    assert "„tablet dla sekretarki” – niekwalifikowalny" in judged and "„firewall” – kwalifikowalny" in judged, judged
    yes = await chat.say("czyli tylko tablet odpada?")
    assert yes.startswith("Tak – z tej listy odpada tylko „tablet dla sekretarki”"), yes
    no = await chat.say("a więc nie przejdzie tylko firewall?")
    assert no.startswith("Nie – z tej listy odpada: „tablet dla sekretarki”"), no


async def test_what_is_left_to_spend_before_and_after_the_report(dialogue: Dialogue, tmp_path: Path) -> None:
    files = make_files(tmp_path)
    chat = Chat(dialogue, 2416)
    await chat.say("/program cg")
    before = await chat.say("ile nam jeszcze zostało?")
    assert "kwotę grantu" in before and "5%" not in before, before
    await chat.upload(files / "fv_cg_laptopy.pdf")
    await chat.say("kwota grantu 250 tys.")
    await chat.say("/raport")
    after = await chat.say("a ile jeszcze możemy wydać?")
    assert "Zostaje do wykorzystania: 215 135,65 zł" in after, after
