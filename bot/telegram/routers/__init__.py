"""One router per feature; `all_routers()` builds fresh ones (a router attaches to one Dispatcher)."""

from __future__ import annotations

from aiogram import Router


def all_routers() -> list[Router]:
    from bot.telegram.routers import admin, buttons, general, grants, questions, settlement

    # Free text last: every command and upload router gets its chance first.
    modules = (general, grants, settlement, admin, buttons, questions)
    return [module.make_router() for module in modules]
