"""End to end: the real Dispatcher polling the fake Bot API on 127.0.0.1."""

from __future__ import annotations

import pytest

from tests.bot.conftest import ADMIN, Telegram

USER = 1001


async def test_start_sets_commands_and_offers_programmes(telegram: Telegram) -> None:
    fake = telegram.fake
    public = [c["command"] for c in fake.commands["default"]]
    assert {"start", "pomoc", "grant", "raport", "usun_dane"} <= set(public) and "statystyki" not in public
    assert "statystyki" in [c["command"] for c in fake.commands[f"chat:{ADMIN}"]]
    welcome, choose = await telegram.say(USER, "/start", n=2)
    assert "<b>Dzień dobry!" in (welcome.text or "")
    assert [data for _, data in choose.buttons] == ["prog:cg", "prog:cp", "prog:cs"]
    (chosen,) = await telegram.press(USER, choose, "prog:cs")
    assert "Cyberbezpieczny Samorząd" in (chosen.text or "")
    assert any(m == "answercallbackquery" for m, _ in fake.calls)


@pytest.mark.parametrize(
    ("command", "expected"),
    [
        pytest.param("/pomoc", "Co potrafię", id="pomoc"),
        pytest.param("/kontakt", "infolinia", id="kontakt"),
        pytest.param("/program", "Obecny program", id="program"),
        pytest.param("/jst", "Twoja jednostka", id="jst-empty"),
        pytest.param("/sprawdz", "Wyślij faktury", id="sprawdz-empty"),
        pytest.param("/raport", "Nie mam jeszcze żadnych dokumentów", id="raport-empty"),
        pytest.param("/grant", "Dla jakiej jednostki", id="grant-empty"),
        pytest.param("/nieznane", "Nie znam polecenia", id="unknown"),
    ],
)
async def test_every_command_answers(telegram: Telegram, command: str, expected: str) -> None:
    (answer,) = await telegram.say(USER, command)
    assert expected in (answer.text or "")


async def test_faq_question_is_answered_with_source_and_logged(telegram: Telegram, backends) -> None:  # type: ignore[no-untyped-def]
    from storage import repo, session_scope

    (answer,) = await telegram.say(USER, "Do kiedy można ponosić wydatki w Cyfrowym Powiecie?")
    assert "31.12.2023" in (answer.text or "")
    assert "<i>Źródło: Cyfrowy Powiat – schemat grantowy" in (answer.text or "")
    with session_scope(backends.engine) as db:
        stats = repo.statistics(db)
    assert stats.questions == 1 and stats.abstained == 0


async def test_unanswerable_question_lands_in_the_helpdesk_queue(telegram: Telegram, backends) -> None:  # type: ignore[no-untyped-def]
    from storage import repo, session_scope

    (answer,) = await telegram.say(USER, "Jaka będzie pogoda w Zakopanem w przyszły wtorek?")
    assert "Nie znam odpowiedzi" in (answer.text or "")
    with session_scope(backends.engine) as db:
        queue = repo.unanswered(db)
    assert [q.question for q in queue] == ["Jaka będzie pogoda w Zakopanem w przyszły wtorek?"]


async def test_user_text_is_escaped_in_html(telegram: Telegram) -> None:
    (answer,) = await telegram.say(USER, "/grant <b>Nieistniejąca & Gmina</b>")
    text = answer.text or ""
    assert "<b>Nieistniejąca" not in text
    assert "&lt;b&gt;" in text or "Nie znalazłem" in text


async def test_grant_by_name_disambiguated_by_button(telegram: Telegram) -> None:
    (choice,) = await telegram.say(USER, "/grant Kościerzyna")
    assert "pasuje do kilku jednostek" in (choice.text or "")
    actions = dict((data, label) for label, data in choice.buttons)
    assert "unit:grant:2206042" in actions and "unit:grant:2206011" in actions
    result, ask_g = await telegram.press(USER, choice, "unit:grant:2206042", n=2)
    assert "gmina wiejska Kościerzyna" in (result.text or "")
    assert "Cyberbezpieczny Samorząd" in (result.text or "")
    assert "wskaźnika G na 2021" in (ask_g.text or "")
    (exact,) = await telegram.say(USER, "1523,45")
    assert "Cyfrowa Gmina:" in (exact.text or "") and " zł" in (exact.text or "")
    assert "podaj wskaźnik G" not in (exact.text or "")
    details_button = next(data for label, data in exact.buttons if data.startswith("gdet:cg"))
    (details,) = await telegram.press(USER, exact, details_button)
    assert "<pre>" in (details.text or "")


async def test_grant_by_teryt_code(telegram: Telegram) -> None:
    (answer,) = await telegram.say(USER, "/grant 0201")
    text = answer.text or ""
    assert "powiat bolesławiecki" in text and "Cyfrowy Powiat" in text and "850 000,00 zł" in text


async def test_purchase_question(telegram: Telegram) -> None:
    (answer,) = await telegram.say(USER, "Czy laptop jest kwalifikowalny w CS?")
    text = answer.text or ""
    assert "Cyberbezpieczny Samorząd" in text
    assert "Cyfrowa Gmina" not in text  # only the programme asked about
    assert any(word in text for word in ("niekwalifikowalny", "kwalifikowalny", "do indywidualnej oceny"))


async def test_statistics_for_admin_and_refusal_for_others(telegram: Telegram) -> None:
    await telegram.say(USER, "Jaka będzie pogoda w Zakopanem w przyszły wtorek?")
    (refused,) = await telegram.say(USER, "/statystyki")
    assert "tylko dla administratorów" in (refused.text or "")
    (stats,) = await telegram.say(ADMIN, "/statystyki")
    text = stats.text or ""
    assert "Statystyki" in text and "Pytania: 1, bez odpowiedzi: 1" in text
    assert "pogoda w zakopanem" in text


async def test_delete_my_data(telegram: Telegram, backends) -> None:  # type: ignore[no-untyped-def]
    from storage import repo, session_scope

    await telegram.say(USER, "/program cs")
    (confirm,) = await telegram.say(USER, "/usun_dane")
    assert [d for _, d in confirm.buttons] == ["del:yes", "del:no"]
    (done,) = await telegram.press(USER, confirm, "del:yes")
    assert "Usunięto Twoje dane" in (done.text or "")
    with session_scope(backends.engine) as db:
        assert repo.find_user(db, "telegram", USER) is None
    (program,) = await telegram.say(USER, "/program")
    assert "nie wybrano" in (program.text or "")


async def test_group_messages_only_when_addressed(telegram: Telegram) -> None:
    from tests.fakes.telegram_server import BOT_USERNAME

    fake = telegram.fake
    group = -500
    start = len(fake.sent)
    await fake.send_text(USER, "Do kiedy można ponosić wydatki?", chat_id=group, chat_type="group")
    (answer,) = await telegram.say(USER, f"/kontakt@{BOT_USERNAME}", chat_id=group, chat_type="group")
    assert "infolinia" in (answer.text or "")
    assert len(fake.to_chat(group, start)) == 1  # the unaddressed question got no reply
    (mention,) = await telegram.say(USER, f"@{BOT_USERNAME} /grant 0201", chat_id=group, chat_type="group")
    assert "powiat bolesławiecki" in (mention.text or "")


async def test_token_never_reaches_the_logs(telegram: Telegram, caplog: pytest.LogCaptureFixture) -> None:
    import logging

    from tests.bot.conftest import TOKEN

    caplog.set_level(logging.DEBUG)
    await telegram.say(USER, "/grant 0201")
    await telegram.say(USER, "Jaka będzie pogoda w Zakopanem w przyszły wtorek?")
    assert caplog.records  # aiogram and grantbot did log
    assert TOKEN not in caplog.text and TOKEN.split(":")[1] not in caplog.text
