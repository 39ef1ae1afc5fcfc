"""The conversation core shared by the Telegram bot and the terminal chat (no aiogram here)."""

from bot.dialogue.core import Action, Dialogue, Text, Upload, UserRef
from bot.dialogue.replies import Block, Button, Outcome, OutFile, Reply, Style
from bot.dialogue.services import Services, build_services
from bot.dialogue.session import Session

__all__ = [
    "Action",
    "Block",
    "Button",
    "Dialogue",
    "OutFile",
    "Outcome",
    "Reply",
    "Services",
    "Session",
    "Style",
    "Text",
    "Upload",
    "UserRef",
    "build_services",
]
