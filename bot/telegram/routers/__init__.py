"""Kept for `bot.__main__`: the Telegram face is one router (`bot.telegram.router`)."""

from __future__ import annotations

from aiogram import Router


def all_routers() -> list[Router]:
    from bot.telegram.router import make_router

    return [make_router()]
