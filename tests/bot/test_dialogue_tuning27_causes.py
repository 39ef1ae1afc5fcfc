"""Causes of blind27's misses (tuning part of session 18, measured once at its start: 59/103), fixed and tested in
other units' and things' words: a summary of the conversation, a powiat asking for its gminy, a purchase with a count
and a unit price, relative dates, a programme or a G meant otherwise, why one grant is larger, "co dalej?"."""

from __future__ import annotations

from pathlib import Path

from bot.dialogue.core import Dialogue
from bot.dialogue.events import Upload
from tests.bot.chatting import Chat


async def test_a_summary_repeats_the_figures_verdicts_and_rules_of_the_conversation(dialogue: Dialogue) -> None:
    chat = Chat(dialogue, 811)
    await chat.say("ile z cyfrowej gminy dostanie gmina Rydzyna?")
    await chat.say("G mają 1500")
    await chat.say("sorry, G to 1700")  # the corrected figure replaces the first one
    await chat.say("niszczarka w cs?")
    await chat.say("do kiedy diagnoza w cg?")
    summary = await chat.say("zbierz mi to wszystko w punktach, do notatki dla burmistrza")
    assert "Podsumowanie rozmowy" in summary or "PODSUMOWANIE" in summary.upper(), summary
    assert "Rydzyna" in summary and "1 700,00 zł" in summary and "1 500,00 zł" not in summary, summary
    assert "niszczarka" in summary.lower() and "Cyberbezpieczny Samorząd" in summary, summary
    assert "6 miesięcy" in summary, summary
    empty = await Chat(dialogue, 812).say("/podsumuj")
    assert "Nie mam jeszcze czego podsumować" in empty, empty


async def test_a_powiat_asks_for_its_gminy_and_then_for_itself(dialogue: Dialogue) -> None:
    chat = Chat(dialogue, 813)
    first = await chat.say(
        "Starostwo Powiatowe w Wolsztynie, liczymy dla naszych gmin – ile z cyfrowej gminy może dostać Siedlec?"
    )
    assert "Grant dla: gmina wiejska Siedlec" in first, first
    again = await chat.say("a Przemęt? wskaźnika nie znamy")
    assert "Grant dla: gmina wiejska Przemęt" in again, again
    ours = await chat.say("a dla nas, starostwa?")
    assert "Grant dla: powiat wolsztyński" in ours and "Cyfrowy Powiat: od 100 000,00 zł do 350 000,00 zł" in ours, ours
    assert "Cyberbezpieczny Samorząd: 850 000,00 zł" in ours, ours


async def test_a_purchase_with_a_count_and_a_unit_price_is_computed_recounted_and_its_vat_asked(
    dialogue: Dialogue,
) -> None:
    chat = Chat(dialogue, 814)
    first = await chat.say(
        "w cyfrowym powiecie bierzemy 11 monitorów po 5 535 zł brutto – musimy robić bazę konkurencyjności?"
    )
    assert "11 × 5 535,00 zł = 60 885,00 zł brutto" in first and "49 500,00 zł" in first, first
    assert "23 %" in first, first  # the rate is an assumption, said
    vat = await chat.say("a ile w tym VAT?")
    assert "11 385,00 zł" in vat, vat
    more = await chat.say("a gdyby 13 sztuk?")
    assert "13 × 5 535,00 zł" in more and "58 500,00 zł" in more, more


async def test_relative_dates_are_compared_with_the_programmes_dates(dialogue: Dialogue) -> None:
    chat = Chat(dialogue, 815)
    late = await chat.say("w tym miesiącu chcemy kupić drukarki z cyfrowej gminy, zdążymy je rozliczyć?")
    assert "Cyfrowa Gmina" in late and "Nie" in late and "31 grudnia 2023" in late, late


async def test_a_programme_meant_otherwise_and_why_not_after_a_rule(dialogue: Dialogue) -> None:
    chat = Chat(dialogue, 816)
    await chat.say("czy w cyfrowej gminie kupimy program antywirusowy?")
    meant = await chat.say("przepraszam, chodziło mi o cyfrowy powiat")
    assert "Cyfrowy Powiat" in meant and "Cyfrowa Gmina:" not in meant, meant
    rule = Chat(dialogue, 817)
    await rule.say("czy w cyberbezpiecznym samorządzie kupimy skaner?")
    why = await rule.say("a czemu nie?")
    assert "peryferyjn" in why and "Cyberbezpieczny Samorząd" in why, why


async def test_a_g_meant_for_another_unit_and_why_one_grant_is_larger(dialogue: Dialogue) -> None:
    chat = Chat(dialogue, 818)
    await chat.say("Starostwo w Wolsztynie: ile z Cyfrowej Gminy dostanie Siedlec?")
    other = await chat.say("a Przemęt przy G 1800?")
    assert "Grant dla: gmina wiejska Przemęt" in other and "Wskaźnik G podany w rozmowie: 1 800,00 zł" in other, other
    moved = await chat.say("źle mnie zrozumiałeś – ten wskaźnik 1800 to Wolsztyn, nie Przemęt")
    assert "Wolsztyn" in moved and "Wskaźnik G podany w rozmowie: 1 800,00 zł" in moved, moved
    why = await chat.say("a skąd taka różnica między Wolsztynem a Przemętem?")
    assert why.count("Szczegóły:") == 2 and "Wolsztyn" in why and "Przemęt" in why, why


async def test_what_next_after_a_file_and_the_report_again_after_a_change(dialogue: Dialogue, tmp_path: Path) -> None:
    from tests.dialogues.files import make_files

    files = make_files(tmp_path)
    chat = Chat(dialogue, 819)
    path = files / "fv_cp_serwer.pdf"
    _outcome, chat.session = await dialogue.handle(
        chat.user, chat.session, Upload(path, path.name, path.stat().st_size)
    )
    nxt = await chat.say("ok, i co z tym teraz?")
    assert "/raport" in nxt and "1 plik" in nxt, nxt
    said = await chat.say("to z cyfrowego powiatu, VAT odzyskujemy – daj raport jeszcze raz")
    assert "Wstępna kontrola rozliczenia – Cyfrowy Powiat" in said, said
    duty = await chat.say("a przy tym serwerze musimy coś jeszcze dołączyć?")
    assert "Poz. 1" in duty and "Cyfrowy Powiat" in duty and "Nie znam odpowiedzi" not in duty, duty


async def test_an_advisers_price_is_checked_against_the_cap_of_the_grant_said_before(dialogue: Dialogue) -> None:
    chat = Chat(dialogue, 820)
    await chat.say("/program cp")
    await chat.say("grant mamy 300 000 zł – ile można na usługi doradcze?")
    fits = await chat.say("firma doradcza wyceniła to na 16 tys. – zmieścimy się?")
    assert "15 000,00 zł" in fits and "16 000,00 zł" in fits, fits
