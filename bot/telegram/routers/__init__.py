"""Kept for `bot.__main__`: the Telegram face is one router (`bot.telegram.router`), preceded by
the hand-off to operators (`bot.telegram.handoff`), which only acts when OPERATORS_CHAT_ID is set."""

from __future__ import annotations

from aiogram import Router


def all_routers() -> list[Router]:
    from bot.telegram.handoff import make_handoff_router
    from bot.telegram.router import make_router

    return [make_handoff_router(), make_router()]
