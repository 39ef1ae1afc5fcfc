"""Secrets kept out of messages and logs, written once for every layer.

>>> redact_url("postgresql+psycopg://grantbot:s3cr@t@db:5432/grantbot")
'postgresql+psycopg://grantbot:***@db:5432/grantbot'
>>> redact_url("sqlite:////data/grantbot.db")
'sqlite:////data/grantbot.db'
>>> redact_secrets("GET https://api.telegram.org/bot123:ABC_def/getMe via redis://u:pw@r:6379")
'GET https://api.telegram.org/bot***/getMe via redis://u:***@r:6379'
"""

from __future__ import annotations

import re

# Bot API URLs carry the token in the path (/bot<token>/getFile, /file/bot<token>/photos/…).
_TOKEN_IN_URL = re.compile(r"(/(?:file/)?bot)[0-9]{1,20}:[A-Za-z0-9_-]{1,200}")
_PASSWORD_IN_URL = re.compile(r"(\b[a-z][a-z0-9+.-]*://[^:/@\s]+:)[^@\s]+@", re.IGNORECASE)


def redact_url(url: str) -> str:
    """One URL with its password masked (scheme://user:***@host); a password may contain '@'."""
    if "://" not in url or "@" not in url:
        return url
    scheme, rest = url.split("://", 1)
    creds, host = rest.rsplit("@", 1)
    return f"{scheme}://{creds.split(':', 1)[0]}:***@{host}"


def redact_secrets(text: str, secrets: tuple[str, ...] = ()) -> str:
    """`text` with bot tokens in Bot API URLs, URL passwords and the given literal secrets masked."""
    for secret in secrets:
        if secret:
            text = text.replace(secret, "***")
    text = _TOKEN_IN_URL.sub(r"\1***", text)
    return _PASSWORD_IN_URL.sub(r"\1***@", text)
