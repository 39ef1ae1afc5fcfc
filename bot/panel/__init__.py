"""The helpdesk web panel (issue 13): inbox, drafts and statistics for staff, served by aiohttp."""

from bot.panel.app import create_app

__all__ = ["create_app"]
