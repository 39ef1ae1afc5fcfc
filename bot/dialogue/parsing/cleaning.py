"""Cleaning a message and telling commands: invisible characters, markup, openers and signatures, "/command args".

Pure: no I/O, no state.
"""

from __future__ import annotations

import re

# NUL, other controls and zero-width characters: a line of only these is an empty message.
_INVISIBLE = re.compile(r"[\x00-\x08\x0b-\x1f\x7f\u200b-\u200f\u2060\ufeff]")
# Markup pasted from web pages or other chats: "<b>Czy</b> laptop…" is the same question.
_TAG = re.compile(r"</?[A-Za-z][A-Za-z0-9-]*(?:\s[^<>]{0,200})?/?>")
_COMMAND = re.compile(r"^/([A-Za-z_ąćęłńóśźżĄĆĘŁŃÓŚŹŻ]+)(?:@\w+)?(?:\s+(.*))?$", re.DOTALL)


def clean(text: str) -> str:
    text = _INVISIBLE.sub("", text).strip()
    if "<" in text:
        text = " ".join(_TAG.sub(" ", text).split())
    return text


def split_command(text: str) -> tuple[str, str] | None:
    """'/grant@grantbot 0201' -> ('grant', '0201') (name lower-cased, aliases not resolved)."""
    match = _COMMAND.match(text.strip())
    if not match:
        return None
    return match.group(1).lower(), (match.group(2) or "").strip()
