"""Where the bot listens: private chats always; in groups only when addressed (a command for this
bot, an @mention, or a reply to one of its messages), with the mention removed from the text.
The operators' group (OPERATORS_CHAT_ID) is heard in full: its messages go to the hand-off."""

from __future__ import annotations

import re
from collections.abc import Awaitable, Callable
from typing import Any

from aiogram import BaseMiddleware
from aiogram.types import Message, TelegramObject


class ChatScopeMiddleware(BaseMiddleware):
    async def __call__(
        self,
        handler: Callable[[TelegramObject, dict[str, Any]], Awaitable[Any]],
        event: TelegramObject,
        data: dict[str, Any],
    ) -> Any:
        if not isinstance(event, Message):
            return await handler(event, data)
        text = event.text or event.caption or ""
        settings = data.get("settings")
        operators = getattr(settings, "operators_chat_id", None)
        if event.chat.type == "private" or (operators is not None and event.chat.id == operators):
            data["text"] = text
            return await handler(event, data)
        me = await data["bot"].me()
        username = (me.username or "").casefold()
        mention = f"@{username}"
        addressed = False
        if text.startswith("/"):
            head = text.split()[0].casefold()
            addressed = head.endswith(mention)
        if mention and mention in text.casefold():
            addressed = True
            text = re.sub(re.escape(mention), "", text, flags=re.IGNORECASE).strip()
        reply = event.reply_to_message
        if reply is not None and reply.from_user is not None and reply.from_user.id == me.id:
            addressed = True
        if not addressed:
            return None
        data["text"] = text
        return await handler(event, data)
