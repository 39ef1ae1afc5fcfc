"""A fake Telegram Bot API on 127.0.0.1 (aiohttp) for end-to-end tests and the benchmark.

It implements what grantbot uses: getMe, getUpdates (long polling), sendMessage, editMessageText,
sendDocument, answerCallbackQuery, setMyCommands, deleteMyCommands, getFile and file download,
setWebhook/deleteWebhook, sendChatAction; and for the operators' forum group (hand-off to a person)
createForumTopic, closeForumTopic, reopenForumTopic, copyMessage, forwardMessage and
`message_thread_id` on every send. Tests push user messages, documents, photos and button
presses (in a private chat, or in a forum supergroup's topic with `is_topic_message`), then wait
for what the bot sent back. In webhook mode it plays the proxy too: updates are POSTed
round-robin to the given webhook URLs.

Forum behaviour follows the Bot API docs: a topic's `message_thread_id` is the id of the service
message that created it; messages in a topic carry `message_thread_id`, `is_topic_message` and a
`reply_to_message` pointing at that service message; sending to a thread that does not exist is a
400 "message thread not found"; closing a closed topic (or reopening an open one) is a 400
"TOPIC_NOT_MODIFIED"; creating a topic outside a forum supergroup is a 400.
"""

from __future__ import annotations

import asyncio
import contextlib
import itertools
import json
import re
import secrets
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from aiohttp import ClientSession, web

BOT_ID = 777000
BOT_USERNAME = "grantbot_test_bot"


# What Telegram's HTML parse mode accepts; anything else is a 400 "can't parse entities".
HTML_TAGS = frozenset(
    {
        "b",
        "strong",
        "i",
        "em",
        "u",
        "ins",
        "s",
        "strike",
        "del",
        "span",
        "tg-spoiler",
        "a",
        "code",
        "pre",
        "blockquote",
        "tg-emoji",
    }
)
_TAG = re.compile(r"<(/?)([a-zA-Z][a-zA-Z0-9-]*)((?:\s+[a-zA-Z-]+(?:=(?:\"[^\"]*\"|'[^']*'|[^\s>]*))?)*)\s*>")
_ENTITY = re.compile(r"&(?:lt|gt|amp|quot|#[0-9]+|#x[0-9a-fA-F]+);")


def html_problem(text: str) -> str | None:
    """Why Telegram would refuse `text` in HTML parse mode, or None when it parses."""
    open_tags: list[str] = []
    i = 0
    while i < len(text):
        char = text[i]
        if char == "<":
            match = _TAG.match(text, i)
            if match is None:
                return f"Unsupported start tag at byte offset {i}"
            closing, name = match.group(1), match.group(2).lower()
            if name not in HTML_TAGS:
                return f'Unsupported start tag "{name}" at byte offset {i}'
            if closing:
                if not open_tags or open_tags[-1] != name:
                    return f'Unexpected end tag "{name}" at byte offset {i}'
                open_tags.pop()
            else:
                open_tags.append(name)
            i = match.end()
            continue
        if char == "&" and _ENTITY.match(text, i) is None:
            return f"Unsupported entity at byte offset {i}"
        i += 1
    if open_tags:
        return f'Can\'t find end tag corresponding to start tag "{open_tags[-1]}"'
    return None


@dataclass
class Sent:
    """One call the bot made that changes the chat (send, edit, answer)."""

    method: str
    chat_id: int | None
    text: str | None
    message_id: int | None
    reply_markup: dict[str, Any] | None = None
    document: bytes | None = None
    filename: str | None = None
    caption: str | None = None
    params: dict[str, Any] = field(default_factory=dict)
    at: float = field(default_factory=time.perf_counter)

    @property
    def thread_id(self) -> int | None:
        value = self.params.get("message_thread_id")
        return int(value) if value not in (None, "") else None

    @property
    def buttons(self) -> list[tuple[str, str]]:
        rows = (self.reply_markup or {}).get("inline_keyboard", [])
        return [(b["text"], b.get("callback_data", "")) for row in rows for b in row]


class FakeTelegram:
    download_status: int | None = None

    def __init__(self, token: str = "123456:TEST-token") -> None:
        self.token = token
        self.updates: list[dict[str, Any]] = []
        self.sent: list[Sent] = []
        self.calls: list[tuple[str, dict[str, Any]]] = []
        self.files: dict[str, tuple[bytes, str]] = {}  # file_id -> (content, file_path)
        self.commands: dict[str, list[dict[str, Any]]] = {}
        self.webhook: dict[str, Any] | None = None
        self.webhook_targets: list[str] = []
        self._update_ids = itertools.count(1)
        self._message_ids = itertools.count(1000)
        self._changed = asyncio.Condition()
        self._runner: web.AppRunner | None = None
        self._rr = 0
        self._client: ClientSession | None = None
        self.port = 0
        self.webhook_deliveries: list[tuple[str, int]] = []  # (target, update_id)
        self.refused: list[tuple[str, str]] = []  # (method, text) refused as unparsable HTML
        self.forums: set[int] = set()  # supergroups with topics enabled
        self.topics: dict[tuple[int, int], dict[str, Any]] = {}  # (chat, thread) -> {name, closed}
        self.messages: dict[tuple[int, int], dict[str, Any]] = {}  # (chat, message_id) -> message, for copies

    # -- lifecycle -----------------------------------------------------------------------------

    async def start(self) -> str:
        app = web.Application(client_max_size=64 * 1024 * 1024)
        app.router.add_route("*", "/bot{token}/{method}", self._api)
        app.router.add_get("/file/bot{token}/{path:.*}", self._download)
        self._runner = web.AppRunner(app, access_log=None)
        await self._runner.setup()
        site = web.TCPSite(self._runner, "127.0.0.1", 0)
        await site.start()
        self.port = site._server.sockets[0].getsockname()[1]  # type: ignore[union-attr]
        return self.base_url

    @property
    def base_url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    async def stop(self) -> None:
        if self._client is not None:
            await self._client.close()
        if self._runner is not None:
            await self._runner.cleanup()

    # -- what users do -------------------------------------------------------------------------

    def _user(self, user_id: int) -> dict[str, Any]:
        return {"id": user_id, "is_bot": False, "first_name": f"Urzędnik {user_id}", "language_code": "pl"}

    def _chat(self, chat_id: int, chat_type: str) -> dict[str, Any]:
        chat: dict[str, Any] = {"id": chat_id, "type": chat_type}
        if chat_type == "private":
            chat["first_name"] = f"Urzędnik {chat_id}"
        else:
            chat["title"] = "Grupa testowa"
        if chat_id in self.forums:
            chat["is_forum"] = True
        return chat

    def _message(
        self, user_id: int, chat_id: int | None, chat_type: str, *, thread_id: int | None = None, **content: Any
    ) -> dict[str, Any]:
        chat = chat_id if chat_id is not None else user_id
        message = {
            "message_id": next(self._message_ids),
            "date": int(time.time()),
            "chat": self._chat(chat, chat_type),
            "from": self._user(user_id),
            **content,
        }
        if thread_id is not None:  # a message in a forum topic, as Telegram sends it
            topic = self.topics.get((chat, thread_id), {})
            message["message_thread_id"] = thread_id
            message["is_topic_message"] = True
            message.setdefault(
                "reply_to_message",
                {
                    "message_id": thread_id,
                    "date": int(time.time()),
                    "chat": self._chat(chat, chat_type),
                    "from": {"id": BOT_ID, "is_bot": True, "first_name": "Grantbot", "username": BOT_USERNAME},
                    "message_thread_id": thread_id,
                    "is_topic_message": True,
                    "forum_topic_created": {"name": topic.get("name", "temat"), "icon_color": 7322096},
                },
            )
        self.messages[(chat, message["message_id"])] = message
        return message

    def make_forum(self, chat_id: int) -> None:
        """A supergroup with topics enabled (the operators' group)."""
        self.forums.add(chat_id)

    async def push(self, update: dict[str, Any]) -> int:
        update_id = next(self._update_ids)
        update = {"update_id": update_id, **update}
        if self.webhook_targets:
            await self._deliver(update)
        else:
            async with self._changed:
                self.updates.append(update)
                self._changed.notify_all()
        return update_id

    async def send_text(
        self,
        user_id: int,
        text: str,
        *,
        chat_id: int | None = None,
        chat_type: str = "private",
        reply_to_bot: bool = False,
        thread_id: int | None = None,
    ) -> int:
        content: dict[str, Any] = {"text": text}
        if text.startswith("/"):
            command = text.split()[0]
            content["entities"] = [{"type": "bot_command", "offset": 0, "length": len(command)}]
        if reply_to_bot:
            content["reply_to_message"] = {
                "message_id": 1,
                "date": int(time.time()),
                "chat": self._chat(chat_id or user_id, chat_type),
                "from": {"id": BOT_ID, "is_bot": True, "first_name": "Grantbot", "username": BOT_USERNAME},
                "text": "…",
            }
        message = self._message(user_id, chat_id, chat_type, thread_id=thread_id, **content)
        return await self.push({"message": message})

    def add_file(self, content: bytes, file_path: str) -> str:
        file_id = "F" + secrets.token_hex(8)
        self.files[file_id] = (content, file_path)
        return file_id

    async def send_document(
        self,
        user_id: int,
        content: bytes,
        file_name: str,
        mime: str,
        *,
        declared_size: int | None = None,
        chat_id: int | None = None,
        chat_type: str = "private",
        thread_id: int | None = None,
        caption: str | None = None,
    ) -> int:
        file_id = self.add_file(content, f"documents/{file_name}")
        document = {
            "file_id": file_id,
            "file_unique_id": file_id[::-1],
            "file_name": file_name,
            "mime_type": mime,
            "file_size": declared_size if declared_size is not None else len(content),
        }
        extra: dict[str, Any] = {"caption": caption} if caption else {}
        message = self._message(user_id, chat_id, chat_type, thread_id=thread_id, document=document, **extra)
        return await self.push({"message": message})

    async def send_photo(self, user_id: int, content: bytes, *, width: int = 1200, height: int = 1600) -> int:
        small = self.add_file(content[: max(1, len(content) // 10)], "photos/small.jpg")
        large = self.add_file(content, "photos/file_1.jpg")
        sizes = [
            {
                "file_id": small,
                "file_unique_id": small[::-1],
                "width": 90,
                "height": 120,
                "file_size": len(content) // 10,
            },
            {
                "file_id": large,
                "file_unique_id": large[::-1],
                "width": width,
                "height": height,
                "file_size": len(content),
            },
        ]
        return await self.push({"message": self._message(user_id, None, "private", photo=sizes)})

    async def press(self, user_id: int, sent: Sent, data: str) -> int:
        message = {
            "message_id": sent.message_id,
            "date": int(time.time()),
            "chat": self._chat(user_id, "private"),
            "from": {"id": BOT_ID, "is_bot": True, "first_name": "Grantbot", "username": BOT_USERNAME},
            "text": sent.text or "",
        }
        query = {
            "id": secrets.token_hex(6),
            "from": self._user(user_id),
            "chat_instance": "1",
            "message": message,
            "data": data,
        }
        return await self.push({"callback_query": query})

    # -- waiting for the bot ---------------------------------------------------------------------

    async def wait_for(self, predicate: Callable[[Sent], bool], *, after: int = 0, timeout: float = 15.0) -> Sent:
        """The first call (from index `after`) matching `predicate`."""
        deadline = time.monotonic() + timeout
        async with self._changed:
            while True:
                for sent in self.sent[after:]:
                    if predicate(sent):
                        return sent
                remaining = deadline - time.monotonic()
                if remaining <= 0:
                    seen = [(s.method, s.chat_id, (s.text or s.filename or "")[:80]) for s in self.sent[after:]]
                    raise AssertionError(f"the bot did not answer as expected within {timeout}s; got {seen}")
                with contextlib.suppress(TimeoutError):
                    await asyncio.wait_for(self._changed.wait(), remaining)

    async def wait_idle(self, chat_id: int, *, quiet: float = 0.3, timeout: float = 15.0) -> list[Sent]:
        """Everything sent to `chat_id` until the bot has been quiet for `quiet` seconds."""
        deadline = time.monotonic() + timeout
        count = -1
        while time.monotonic() < deadline:
            current = len(self.sent)
            if current == count:
                break
            count = current
            await asyncio.sleep(quiet)
        return [s for s in self.sent if s.chat_id == chat_id]

    def to_chat(self, chat_id: int, after: int = 0) -> list[Sent]:
        return [s for s in self.sent[after:] if s.chat_id == chat_id]

    # -- the API ---------------------------------------------------------------------------------

    async def _params(self, request: web.Request) -> tuple[dict[str, Any], dict[str, tuple[bytes, str]]]:
        params: dict[str, Any] = dict(request.query)
        files: dict[str, tuple[bytes, str]] = {}
        if request.content_type == "application/json":
            params.update(await request.json())
        elif request.can_read_body:
            form = await request.post()
            for key, value in form.items():
                if isinstance(value, web.FileField):
                    files[key] = (value.file.read(), value.filename)
                else:
                    params[key] = value
        for key in ("reply_markup", "commands", "scope", "allowed_updates"):
            if isinstance(params.get(key), str):
                with contextlib.suppress(ValueError):
                    params[key] = json.loads(params[key])
        return params, files

    def _ok(self, result: Any) -> web.Response:
        return web.json_response({"ok": True, "result": result})

    def _refuse_bad_html(self, method: str, params: dict[str, Any]) -> web.Response | None:
        if str(params.get("parse_mode", "")).upper() != "HTML":
            return None
        text = params.get("caption" if method in ("senddocument", "sendphoto", "copymessage") else "text")
        problem = html_problem(str(text)) if text else None
        if problem is None:
            return None
        self.refused.append((method, str(text)))
        return self._error(400, f"Bad Request: can't parse entities: {problem}")

    def _error(self, code: int, description: str) -> web.Response:
        return web.json_response({"ok": False, "error_code": code, "description": description}, status=code)

    def _bot_message(self, chat_id: int, message_id: int | None = None, **content: Any) -> dict[str, Any]:
        return {
            "message_id": message_id or next(self._message_ids),
            "date": int(time.time()),
            "chat": self._chat(
                chat_id, "private" if chat_id > 0 else ("supergroup" if chat_id in self.forums else "group")
            ),
            "from": {"id": BOT_ID, "is_bot": True, "first_name": "Grantbot", "username": BOT_USERNAME},
            **content,
        }

    async def _record(self, sent: Sent) -> None:
        async with self._changed:
            self.sent.append(sent)
            self._changed.notify_all()

    async def _api(self, request: web.Request) -> web.Response:
        if request.match_info["token"] != self.token:
            return self._error(401, "Unauthorized")
        method = request.match_info["method"].lower()
        params, files = await self._params(request)
        self.calls.append((method, params))
        if method in ("sendmessage", "editmessagetext", "senddocument", "sendphoto", "copymessage"):
            refused = self._refuse_bad_html(method, params)
            if refused is not None:
                return refused
        if method in ("sendmessage", "senddocument", "sendphoto", "copymessage", "forwardmessage"):
            missing = self._missing_thread(params)
            if missing is not None:
                return missing
        if method in ("createforumtopic", "closeforumtopic", "reopenforumtopic"):
            return await self._forum(method, params)
        if method in ("copymessage", "forwardmessage"):
            return await self._copy(method, params)
        if method == "getme":
            return self._ok(
                {
                    "id": BOT_ID,
                    "is_bot": True,
                    "first_name": "Grantbot",
                    "username": BOT_USERNAME,
                    "can_join_groups": True,
                    "can_read_all_group_messages": False,
                    "supports_inline_queries": False,
                }
            )
        if method == "getupdates":
            return await self._get_updates(params)
        if method in ("sendmessage", "editmessagetext"):
            chat_id = int(params["chat_id"])
            message_id = int(params["message_id"]) if method == "editmessagetext" else next(self._message_ids)
            markup = params.get("reply_markup")
            await self._record(Sent(method, chat_id, params.get("text"), message_id, markup, params=params))
            extra = {"reply_markup": markup} if markup else {}
            extra.update(self._thread_fields(params))
            return self._ok(self._bot_message(chat_id, message_id, text=params.get("text", ""), **extra))
        if method == "senddocument":
            chat_id = int(params["chat_id"])
            ref = str(params.get("document", ""))
            key = ref.removeprefix("attach://") if ref.startswith("attach://") else "document"
            content, filename = files.get(key, (b"", ref))
            message_id = next(self._message_ids)
            await self._record(
                Sent(
                    method,
                    chat_id,
                    None,
                    message_id,
                    params.get("reply_markup"),
                    content,
                    filename,
                    params.get("caption"),
                    params=params,
                )
            )
            file_id = self.add_file(content, f"documents/{filename}")
            return self._ok(
                self._bot_message(
                    chat_id,
                    message_id,
                    **self._thread_fields(params),
                    document={
                        "file_id": file_id,
                        "file_unique_id": file_id[::-1],
                        "file_name": filename,
                        "file_size": len(content),
                    },
                )
            )
        if method == "answercallbackquery":
            await self._record(Sent(method, None, params.get("text"), None, params=params))
            return self._ok(True)
        if method == "setmycommands":
            scope = params.get("scope") or {"type": "default"}
            key = scope.get("type", "default") + (f":{scope['chat_id']}" if "chat_id" in scope else "")
            self.commands[key] = params.get("commands", [])
            return self._ok(True)
        if method == "deletemycommands":
            return self._ok(True)
        if method == "getfile":
            file_id = params.get("file_id", "")
            if file_id not in self.files:
                return self._error(400, "Bad Request: invalid file_id")
            content, path = self.files[file_id]
            if len(content) > 20 * 1024 * 1024:
                return self._error(400, "Bad Request: file is too big")
            return self._ok(
                {"file_id": file_id, "file_unique_id": file_id[::-1], "file_size": len(content), "file_path": path}
            )
        if method == "setwebhook":
            self.webhook = params
            return self._ok(True)
        if method == "deletewebhook":
            self.webhook = None
            return self._ok(True)
        if method in ("sendchataction", "deletemessage", "close", "logout"):
            return self._ok(True)
        return self._error(404, f"Not Found: method {method} is not faked")

    def _thread_fields(self, params: dict[str, Any]) -> dict[str, Any]:
        thread = params.get("message_thread_id")
        if thread in (None, "") or int(params["chat_id"]) not in self.forums:
            return {}
        return {"message_thread_id": int(thread), "is_topic_message": True}

    def _missing_thread(self, params: dict[str, Any]) -> web.Response | None:
        thread = params.get("message_thread_id")
        if thread in (None, ""):
            return None
        chat_id = int(params["chat_id"])
        if chat_id in self.forums and (chat_id, int(thread)) not in self.topics:
            return self._error(400, "Bad Request: message thread not found")
        return None

    async def _forum(self, method: str, params: dict[str, Any]) -> web.Response:
        chat_id = int(params["chat_id"])
        if chat_id not in self.forums:
            return self._error(400, "Bad Request: the chat is not a forum")
        if method == "createforumtopic":
            name = str(params.get("name", ""))
            if not 1 <= len(name) <= 128:
                return self._error(
                    400, "Bad Request: TOPIC_TITLE_EMPTY" if not name else "Bad Request: title is too long"
                )
            thread = next(self._message_ids)  # the id of the "topic created" service message
            self.topics[(chat_id, thread)] = {"name": name, "closed": False}
            await self._record(Sent(method, chat_id, name, thread, params=params))
            return self._ok({"message_thread_id": thread, "name": name, "icon_color": 7322096})
        thread = int(params["message_thread_id"])
        topic = self.topics.get((chat_id, thread))
        if topic is None:
            return self._error(400, "Bad Request: message thread not found")
        closing = method == "closeforumtopic"
        if topic["closed"] == closing:
            return self._error(400, "Bad Request: TOPIC_NOT_MODIFIED")
        topic["closed"] = closing
        await self._record(Sent(method, chat_id, None, thread, params=params))
        return self._ok(True)

    async def _copy(self, method: str, params: dict[str, Any]) -> web.Response:
        chat_id = int(params["chat_id"])
        source = self.messages.get((int(params["from_chat_id"]), int(params["message_id"])))
        if source is None:
            return self._error(400, "Bad Request: message to copy not found")
        document = source.get("document")
        content, filename = (
            (self.files.get(document["file_id"], (b"", ""))[0], document.get("file_name")) if document else (None, None)
        )
        caption = params.get("caption", source.get("caption")) if method == "copymessage" else source.get("caption")
        message_id = next(self._message_ids)
        await self._record(
            Sent(
                method,
                chat_id,
                source.get("text"),
                message_id,
                params.get("reply_markup"),
                content,
                filename,
                caption,
                params=params,
            )
        )
        if method == "copymessage":
            return self._ok({"message_id": message_id})
        copied = {k: source[k] for k in ("text", "document", "photo", "caption") if k in source}
        return self._ok(self._bot_message(chat_id, message_id, **copied))

    async def _get_updates(self, params: dict[str, Any]) -> web.Response:
        offset = int(params.get("offset", 0) or 0)
        timeout = min(float(params.get("timeout", 0) or 0), 0.25)
        limit = int(params.get("limit", 100) or 100)
        deadline = time.monotonic() + timeout
        async with self._changed:
            if offset:
                self.updates = [u for u in self.updates if u["update_id"] >= offset]
            while not self.updates and time.monotonic() < deadline:
                try:
                    await asyncio.wait_for(self._changed.wait(), deadline - time.monotonic())
                except TimeoutError:
                    break
            return self._ok(self.updates[:limit])

    async def _download(self, request: web.Request) -> web.StreamResponse:
        if request.match_info["token"] != self.token:
            return self._error(401, "Unauthorized")
        if self.download_status is not None:  # a file server in trouble (tests of the upload path)
            return web.Response(status=self.download_status, text="Internal Server Error")
        path = request.match_info["path"]
        for content, file_path in self.files.values():
            if file_path == path:
                return web.Response(body=content, content_type="application/octet-stream")
        return self._error(404, "Not Found")

    # -- webhook proxy ---------------------------------------------------------------------------

    async def _deliver(self, update: dict[str, Any]) -> None:
        if self._client is None:
            self._client = ClientSession()
        target = self.webhook_targets[self._rr % len(self.webhook_targets)]
        self._rr += 1
        headers = {}
        secret = (self.webhook or {}).get("secret_token")
        if secret:
            headers["X-Telegram-Bot-Api-Secret-Token"] = secret
        async with self._client.post(target, json=update, headers=headers) as response:
            response.raise_for_status()
        self.webhook_deliveries.append((target, update["update_id"]))
