"""Coming back to what was said (issue 11): the source of a grant or a verdict asked for in a few words, a bare
"ile?" after a grant, a programme named before a dash with the amount asked after it, population questions that
name their unit, a new unit said in a statement, and sounds ("yyy") that keep the context as it was."""

from __future__ import annotations

from bot.dialogue.core import Dialogue
from tests.bot.chatting import Chat


async def test_a_paragraph_asked_after_a_grant_shows_the_computation_with_its_sources(dialogue: Dialogue) -> None:
    chat = Chat(dialogue)
    first = await chat.say("gmina wiejska Kłodzko, cyfrowa gmina, wskaźnik G 1950,22 – ile dostaniemy?")
    assert "Cyfrowa Gmina:" in first
    for asked in ("jaki to paragraf?", "poproszę podstawę"):
        steps = await chat.say(asked)
        assert "R = min(30" in steps and "§4 ust. 5" in steps, (asked, steps)
        assert "1 950,22" in steps  # the G given, not the computation without it


async def test_a_point_asked_after_a_verdict_gives_the_verdict_with_its_point(dialogue: Dialogue) -> None:
    chat = Chat(dialogue)
    verdict = await chat.say("jesteśmy w cyberbezpiecznym samorządzie, czy tablety dla radnych przejdą?")
    assert "Cyberbezpieczny Samorząd" in verdict and "niekwalifikowaln" in verdict
    point = await chat.say("podaj punkt")
    assert "TABLET" in point.upper() and "lit. b" in point and "ZAKUP: PODAJ" not in point.upper()


async def test_sounds_are_not_things_to_buy_and_keep_the_context(dialogue: Dialogue) -> None:
    chat = Chat(dialogue)
    await chat.say("jesteśmy w cyberbezpiecznym samorządzie, czy tablety dla radnych przejdą?")
    before = chat.session
    for sound in ("yyy", "Hmm...", "mhm"):
        said = await chat.say(sound)
        assert "zakup" not in said.lower() and "/pomoc" in said, (sound, said)
    assert (chat.session.programme, chat.session.topic) == (before.programme, before.topic)


async def test_a_bare_how_much_after_a_grant_repeats_that_grant(dialogue: Dialogue) -> None:
    chat = Chat(dialogue)
    await chat.say("tu urząd marszałkowski województwa opolskiego, ile możemy dostać z cyberbezpiecznego?")
    again = await chat.say("ok, a dokładnie ile?")
    assert "opolskie" in again and "Cyberbezpieczny Samorząd: 850 000,00 zł" in again, again


async def test_a_new_unit_in_a_statement_is_the_one_asked_about(dialogue: Dialogue) -> None:
    chat = Chat(dialogue)
    await chat.say("tu urząd marszałkowski województwa opolskiego, ile możemy dostać z cyberbezpiecznego?")
    other = await chat.say("Piszę ze starostwa w Nysie. Ile możemy dostać w cyfrowym powiecie?")
    grant = other.split("Grant dla:", 1)[-1]
    assert "powiat nyski" in grant and "opolskie (16)" not in grant, other


async def test_a_programme_before_a_dash_and_the_amount_after_it(dialogue: Dialogue) -> None:
    chat = Chat(dialogue)
    first = await chat.say("gmina wiejska Kłodzko, cyfrowa gmina, wskaźnik G 1950,22 – ile dostaniemy?")
    cg_line = next(line for line in first.splitlines() if "Cyfrowa Gmina:" in line)
    await chat.say("a w cyberbezpiecznym?")
    back = await chat.say("ok, to wracając do cyfrowej gminy – ile tam wyszło?")
    assert cg_line.strip() in back and "Cyberbezpieczny Samorząd:" not in back, back
    cyber = await chat.say("a jednak znowu cyber – ile moglibyśmy dostać?")
    assert "Cyberbezpieczny Samorząd: od 200 000,00 zł do 850 000,00 zł" in cyber, cyber


async def test_a_population_question_names_its_own_unit(dialogue: Dialogue) -> None:
    chat = Chat(dialogue)
    await chat.say("gmina wiejska Kłodzko, cyfrowa gmina, wskaźnik G 1950,22 – ile dostaniemy?")
    named = await chat.say("a ilu mieszkańców ma województwo dolnośląskie według GUS?")
    assert "dolnośląskie (02)" in named and "Kłodzko" not in named, named
    several = await chat.say("a Bochnia ile ma mieszkańców?")
    assert chat.session.pending is not None, several
    assert {c.code for c in chat.session.pending.choices} >= {"1201011", "1201022"}, several
    assert "mieszkańców według GUS" not in several  # which Bochnia first, no figure of another unit


async def test_a_code_corrected_in_a_few_words_is_the_unit_meant(dialogue: Dialogue) -> None:
    chat = Chat(dialogue)
    await chat.say("województwo 12 – ile w cyberbezpiecznym samorządzie?")
    fixed = await chat.say("oj, 14 nie 12")
    assert "mazowieckie (14)" in fixed and "Cyberbezpieczny Samorząd: 850 000,00 zł" in fixed, fixed
    assert "małopolskie" not in fixed
    people = await chat.say("ile ma mieszkańców?")
    assert "mazowieckie (14)" in people and "mieszkańców według GUS" in people, people


async def test_the_first_g_after_a_correction_and_the_steps_with_a_g_said_now(dialogue: Dialogue) -> None:
    chat = Chat(dialogue)
    first = await chat.say("gmina wiejska Kłodzko, cyfrowa gmina, G 1950,22 – ile wychodzi?")
    first_line = next(line for line in first.splitlines() if "Cyfrowa Gmina:" in line)
    corrected = await chat.say("pomyłka, G to 1990,22 a nie 1950,22")
    assert first_line not in corrected and "1 990,22" in corrected, corrected
    again = await chat.say("a z tym poprzednim wskaźnikiem ile było?")
    assert first_line in again and "1 950,22" in again, again
    steps = await chat.say("a przy G 1990,22 rozpisz, jak to wyliczyliście")
    assert "R = min(30" in steps and "1 990,22" in steps and "1 950,22" not in steps, steps
    no_g = await chat.say("a jeśli wskaźnika G nie znamy, to jaki przedział?")
    assert "od 100 000,00 zł do" in no_g and "1 990,22" not in no_g.split("Cyfrowa Gmina:", 1)[-1], no_g


async def test_back_to_a_unit_by_level_and_name_and_its_namesake_by_kind(dialogue: Dialogue) -> None:
    chat = Chat(dialogue)
    await chat.say("ile dostanie Kościerzyna z cyfrowej gminy?")
    await chat.say("nie, chodziło mi o powiat kościerski")
    town = await chat.say("wróćmy jednak do gminy miejskiej Kościerzyna, G mamy 1950,22")
    assert "gmina miejska Kościerzyna (2206011" in town and "Cyfrowa Gmina:" in town, town
    rural = await chat.say("a ta wiejska Kościerzyna przy takim samym G?")
    assert "gmina wiejska Kościerzyna (2206042" in rural and "1 950,22" in rural, rural


async def test_a_typo_close_to_two_namesakes_offers_only_them_and_a_unit_after_dla_is_that_unit(
    dialogue: Dialogue,
) -> None:
    chat = Chat(dialogue)
    await chat.say("ile dostanie Mszana Dlna?")
    assert chat.session.pending is not None
    assert {c.code for c in chat.session.pending.choices} == {"1207021", "1207092"}
    rural = await chat.say("ta wiejska")
    assert "gmina wiejska Mszana Dolna" in rural, rural
    town = await chat.say("a ile bez G dla miasta Mszana Dolna?")
    assert "gmina miejska Mszana Dolna (1207021" in town and "gmina wiejska" not in town.split("Grant dla:", 1)[-1]


async def test_a_figure_with_its_own_question_is_not_leaned_on_the_question_before(dialogue: Dialogue) -> None:
    chat = Chat(dialogue)
    await chat.say("cs: do kiedy mamy wydać kasę?")
    await chat.say("a jak nie zdążymy?")
    await chat.say("a w cyfrowej gminie?")
    cap = await chat.say("grant mamy 620 tys, ile na doradztwo?")
    assert "31 000,00 zł" in cap and "diagnoz" not in cap.split("Limit", 1)[0], cap


async def test_a_share_of_the_grant_asked_again_for_another_purpose(dialogue: Dialogue) -> None:
    chat = Chat(dialogue)
    first = await chat.say("gmina wiejska Kłodzko, cyfrowa gmina, G 1950,22 – ile dostaniemy?")
    grant = first.split("Cyfrowa Gmina:", 1)[1].split("zł", 1)[0].strip()
    await chat.say("dzięki. a ile z tego możemy przeznaczyć na szkolenia pracowników?")
    cap = await chat.say("a na doradztwo?")
    assert f"5% × {grant} zł" in cap, (grant, cap)


async def test_a_follow_up_leaning_on_the_rule_before_does_not_repeat_that_rule(dialogue: Dialogue) -> None:
    chat = Chat(dialogue)
    await chat.say("powiat nowotarski – czy w CP możemy kupić ploter do starostwa?")
    used = await chat.say("a gdyby używany?")
    rule = used.splitlines()[1]
    deadline = await chat.say("ok dzięki, a do kiedy trzeba to rozliczyć?")
    assert rule not in deadline and "31.12.2023" in deadline, deadline


async def test_the_grant_said_back_is_confirmed_or_corrected_with_the_steps(dialogue: Dialogue) -> None:
    chat = Chat(dialogue)
    first = await chat.say("gmina wiejska Kłodzko, cyfrowa gmina, G 1950,22 – ile dostaniemy?")
    amount = first.split("Cyfrowa Gmina:", 1)[1].split("zł", 1)[0].strip()
    yes = await chat.say(f"aha, czyli {amount} zł?")
    assert yes.startswith("Tak") and "R = min(30" in yes, yes
    no = await chat.say("czyli tylko 100 tys, tak?")
    assert no.startswith("Nie") and f"{amount} zł" in no, no


async def test_a_rule_saying_no_is_not_the_answer_for_a_thing_the_catalogue_knows_as_eligible(
    dialogue: Dialogue,
) -> None:
    chat = Chat(dialogue)
    await chat.say("/program cs")
    await chat.say("a ile wynosi grant maksymalnie?")
    training = await chat.say("a szkolenia dla wójta z cyberbezpieczeństwa?")
    verdict = training.removeprefix("Program: Cyberbezpieczny Samorząd").lstrip()
    assert not verdict.startswith("Nie") and "kwalifikowaln" in verdict.lower(), training
