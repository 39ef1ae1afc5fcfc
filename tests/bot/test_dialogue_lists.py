"""Long messages and what follows them (issue 11): who writes said with their role and office, numbered questions
answered each under its number and referred to later ("a ta druga sprawa – …"), a programme switched after a grant,
and "co mam z tym zrobić?" after a report."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

from bot.dialogue.core import Dialogue, Upload
from bot.dialogue.parsing.numbered import numbered_questions, numbered_reference
from bot.dialogue.parsing.statements import statement_unit
from tests.bot.chatting import Chat


def test_numbered_questions_and_references_to_them() -> None:
    lead, asked = numbered_questions("Piszę z UG Liszki, mam pytania: 1. od kiedy wydatki; 2. czy drukarka przejdzie?")
    assert lead == "Piszę z UG Liszki, mam pytania:" and asked == ["od kiedy wydatki", "czy drukarka przejdzie?"]
    assert numbered_questions("w pkt 2. regulaminu jest mowa o 1 000 zł") is None  # one number is no list
    assert numbered_reference("wracając do punktu 2: a dla szkół?") == (2, "a dla szkół?")
    assert numbered_reference("a ta druga sprawa") == (2, "")
    assert numbered_reference("druga gmina ma G 1900") is None


def test_who_writes_with_a_role_and_the_office_named_in_full() -> None:
    assert statement_unit("jestem skarbnikiem w Urzędzie Miasta i Gminy Wieliczka") == "gmina miejsko-wiejska Wieliczka"
    assert (
        statement_unit("pracuję w Urzędzie Gminy Zielonki (powiat krakowski)")
        == "gmina wiejska Zielonki powiat krakowski"
    )


async def test_numbered_questions_in_one_message_are_answered_in_turn(dialogue: Dialogue) -> None:
    chat = Chat(dialogue, 301)
    said = await chat.say(
        "Witam, jestem sekretarzem w Urzędzie Gminy i Miasta Wieliczka. Startujemy w cyfrowej gminie, pytania: "
        "1) ile maksymalnie możemy dostać, G mamy 1950,22; 2) do kiedy trzeba zrobić diagnozę cyberbezpieczeństwa? "
        "Pozdrawiam"
    )
    assert "Wieliczka (1219053" in said and "1) ile maksymalnie" in said and "2) do kiedy" in said, said
    first, second = said.split("2) do kiedy", 1)
    assert "Cyfrowa Gmina:" in first and "1 950,22" in first
    assert "6 miesięcy" in second and "Policz grant" not in said
    steps = await chat.say("a ta pierwsza rzecz – jak to wyliczyliście?")
    assert "R = min(30" in steps and "1 950,22" in steps, steps
    cap = await chat.say("a ile z tego grantu na doradztwo?")
    amount = first.split("Cyfrowa Gmina:", 1)[1].split("zł", 1)[0].strip()
    assert amount in cap and "5%" in cap.replace(" %", "%"), cap


async def test_a_programme_said_after_a_grant_gives_the_grant_there(dialogue: Dialogue) -> None:
    chat = Chat(dialogue, 302)
    first = await chat.say("piszę z urzędu w Niepołomicach, jakie mamy możliwości w cyfrowej gminie? ile max?")
    assert "Niepołomice" in first and "Cyfrowa Gmina: od 100 000,00 zł do" in first, first
    switched = await chat.say("a jednak nie, pytam o cyberbezpieczny samorząd")
    assert "Cyberbezpieczny Samorząd: od 200 000,00 zł do 850 000,00 zł" in switched, switched
    assert "Niepołomice" in switched and chat.session.programme == "cs"


async def test_what_to_do_after_a_report(dialogue: Dialogue, tmp_path: Path) -> None:
    from tests.dialogues.files import make_files

    files = make_files(tmp_path)
    chat = Chat(dialogue, 303)
    await chat.say("/program cs")
    for name in ("fv_cg_laptopy.pdf", "po_cg_laptopy.pdf"):
        path = files / name
        _outcome, chat.session = await dialogue.handle(chat.user, chat.session, Upload(path, name, path.stat().st_size))
    report = await chat.say("/raport")
    assert "❌" in report and "Co zrobić" in report, report
    what = await chat.say("no dobrze, to co mamy teraz zrobić?")
    assert "Co zrobić według ostatniego raportu" in what and "środków własnych" in what, what


async def test_a_unit_in_a_programme_after_a_rule_question_in_a_talk_about_grants(dialogue: Dialogue) -> None:
    chat = Chat(dialogue, 304)
    await chat.say("ile dostanie gmina Nowa Dęba z CG?")
    await chat.say("do kiedy można ponosić wydatki w cg?")
    city = await chat.say("a Gdańsk w cyfrowej gminie?")
    assert "Grant dla: miasto na prawach powiatu Gdańsk" in city and "Cyfrowa Gmina: od 100 000,00 zł" in city, city
    thing = await chat.say("a laptop w cs?")
    assert "Grant dla" not in thing and "Cyberbezpieczny Samorząd" in thing, thing
    rule = await chat.say("a ankieta w cyberbezpiecznym?")
    assert "Grant dla" not in rule, rule  # a word near a unit's name ("Łanięta") is no unit
    printer = await chat.say("a drukarka z grantu cp?")
    assert "Nie znalazłem jednostki" not in printer and "Cyfrowy Powiat" in printer, printer


async def test_whether_a_city_said_as_what_it_is_may_be_in_a_programme(dialogue: Dialogue) -> None:
    chat = Chat(dialogue, 305)
    said = await chat.say("czy Gdańsk jako miasto na prawach powiatu może w cyfrowym powiecie?")
    assert "Gdańsk" in said and "Cyfrowy Powiat: jednostka nieuprawniona" in said, said


async def test_a_named_units_grant_and_a_question_joined_to_it(dialogue: Dialogue) -> None:
    chat = Chat(dialogue, 306)
    said = await chat.say("mam dwie sprawy: ile dostanie powiat wadowicki w cp i czy serwer NAS przejdzie?")
    assert "Grant dla: powiat wadowicki" in said and "Cyfrowy Powiat: od 100 000,00 zł" in said, said
    rest = said.split("Cyfrowy Powiat: od 100 000,00 zł", 1)[1]
    assert "serwer" in rest.lower() or "NAS" in rest, said  # the second question answered too


async def test_things_with_model_numbers_and_counts_are_each_judged(dialogue: Dialogue) -> None:
    chat = Chat(dialogue, 307)
    said = await chat.say("jesteśmy w cyfrowej gminie. kupujemy QNAP TS-464, 15 szt. Windows 11 Pro i czajnik")
    for thing in ("„QNAP TS-464”", "„15 szt. Windows 11 Pro”", "„czajnik”"):
        assert thing in said, (thing, said)


async def test_why_a_thing_fell_out_of_the_report_is_the_reports_reason_in_its_programme(
    dialogue: Dialogue, tmp_path: Path
) -> None:
    from tests.dialogues.files import make_files

    files = make_files(tmp_path)
    chat = Chat(dialogue, 308)
    await chat.say("/program cs")
    for name in ("fv_cg_laptopy.pdf", "po_cg_laptopy.pdf"):
        path = files / name
        _outcome, chat.session = await dialogue.handle(chat.user, chat.session, Upload(path, name, path.stat().st_size))
    await chat.say("/raport")
    why = await chat.say("a czemu te laptopy nie przeszły? w cyfrowym powiecie można było")
    assert "Cyberbezpieczny Samorząd" in why and "❌" in why and "Laptop" in why, why
    assert "Cyfrowy Powiat:" not in why, why  # the comparison named another programme; the report is CS's


async def test_a_namesake_picked_by_the_town_it_lies_near_and_a_hyphenated_city_inflected(dialogue: Dialogue) -> None:
    chat = Chat(dialogue, 309)
    near = await chat.say("gmina Baranów koło Kępna – ile w cs?")
    assert "gmina wiejska Baranów (3008012" in near, near
    city = await chat.say("a dla Bielska-Białej?")
    assert "Bielsko-Biała (2461011" in city, city


async def test_the_same_thing_for_another_recipient_in_the_programme_talked_about(dialogue: Dialogue) -> None:
    chat = Chat(dialogue, 310)
    await chat.say("/program cs")
    first = await chat.say("czy możemy kupić tablety dla radnych?")
    assert "Cyberbezpieczny Samorząd" in first and "niekwalifikowaln" in first, first
    again = await chat.say("a dla pracowników ops?")
    assert "TABLETY" in again.upper() and "Cyberbezpieczny Samorząd" in again and "niekwalifikowaln" in again, again
    assert "DLA PRACOWNIKÓW OPS" not in again.upper().split("\n", 1)[0], again  # not a thing of its own


async def test_a_unit_said_with_its_g_and_a_unit_said_instead(dialogue: Dialogue) -> None:
    chat = Chat(dialogue, 311)
    first = await chat.say("ile dostanie gmina Brzeszcze w cg przy G 1998,22?")
    assert "Grant dla: gmina miejsko-wiejska Brzeszcze" in first and "1 998,22" in first, first  # not "Brzeszcze przy"
    instead = await chat.say("zamiast Brzeszcz policz dla Oświęcimia, gmina wiejska")
    assert "Grant dla: gmina wiejska Oświęcim (1213062" in instead, instead


def test_the_grant_asked_conditionally_and_a_g_the_user_computed() -> None:
    from bot.dialogue.parsing import asks_own_grant, g_value

    for asked in ("ile byśmy dostali z cg?", "ile dostalibysmy?", "ile moglibyśmy dostać w cs?"):
        assert asks_own_grant(asked), asked
    assert g_value("G nam wyszło 2 010,50") == Decimal("2010.50")
    assert g_value("G wychodzi 1875") == Decimal("1875")


async def test_a_unit_and_a_conditional_grant_question_with_its_g(dialogue: Dialogue) -> None:
    chat = Chat(dialogue, 312)
    said = await chat.say("dzień dobry, gmina Libiąż. ile byśmy dostali z cyfrowej gminy? G nam wyszło 2 010,50")
    assert "Libiąż" in said and "Wskaźnik G podany w rozmowie: 2 010,50 zł" in said and "Cyfrowa Gmina:" in said, said


def test_a_sentence_with_a_verb_of_duty_is_a_question_not_a_thing() -> None:
    from bot.dialogue.parsing import follow_up

    asked = follow_up("ok, a faktury muszą być wystawione na urząd?")
    assert asked is not None and asked.item is None and asked.question, asked
    thing = follow_up("a monitory 27 cali?")
    assert thing is not None and thing.item == "monitory 27 cali", thing


async def test_a_thing_of_the_report_named_first_then_what_of_it(dialogue: Dialogue, tmp_path: Path) -> None:
    from tests.dialogues.files import make_files

    files = make_files(tmp_path)
    chat = Chat(dialogue, 313)
    await chat.say("/program cp")
    for name in ("fv_cp_krotoszyn.pdf", "po_cp_krotoszyn.pdf"):
        path = files / name
        _outcome, chat.session = await dialogue.handle(chat.user, chat.session, Upload(path, name, path.stat().st_size))
    await chat.say("/raport")
    said = await chat.say("a te skanery? faktura mówi 4 sztuki, protokół 3 – co z tym?")
    assert "Skaner" in said and "protok" in said.lower(), said
