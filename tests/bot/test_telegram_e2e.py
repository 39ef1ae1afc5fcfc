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
