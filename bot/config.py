"""Configuration read once at the edge (environment and `.env`) and passed down.

The bot token is a `SecretStr`: it never appears in `repr`, logs or error messages.
"""

from __future__ import annotations

import logging
import re
from functools import cached_property
from pathlib import Path
from typing import Annotated

from pydantic import Field, SecretStr, ValidationError, field_validator
from pydantic_settings import BaseSettings, NoDecode, SettingsConfigDict

from knowledge.errors import GrantbotError
from knowledge.redact import redact_secrets, redact_url


class ConfigError(GrantbotError):
    """Bad configuration in the environment or `.env`; the message names the variables."""


class Settings(BaseSettings):
    model_config = SettingsConfigDict(
        env_file=".env",
        env_file_encoding="utf-8",
        extra="ignore",
        case_sensitive=False,
    )

    bot_token: SecretStr | None = Field(default=None, alias="BOT_TOKEN")
    data_dir: Path = Field(default=Path("./var"), alias="DATA_DIR")
    database_url: str | None = Field(default=None, alias="DATABASE_URL")
    redis_url: str | None = Field(default=None, alias="REDIS_URL")
    admin_ids: Annotated[frozenset[int], NoDecode] = Field(default=frozenset(), alias="ADMIN_IDS")
    # Hand-off to a person (issue 13): the operators' forum supergroup (-100…) and who may answer in it.
    # Without OPERATORS_CHAT_ID a hand-off request only lands in the inbox (panel/CLI answer it).
    operators_chat_id: int | None = Field(default=None, alias="OPERATORS_CHAT_ID")
    operator_ids: Annotated[frozenset[int], NoDecode] = Field(default=frozenset(), alias="OPERATOR_IDS")

    # Webhook mode is chosen by setting WEBHOOK_URL; polling otherwise.
    webhook_url: str | None = Field(default=None, alias="WEBHOOK_URL")
    webhook_path: str = Field(default="/telegram/webhook", alias="WEBHOOK_PATH")
    webhook_host: str = Field(default="127.0.0.1", alias="WEBHOOK_HOST")
    webhook_port: int = Field(default=8080, alias="WEBHOOK_PORT")
    webhook_secret: SecretStr | None = Field(default=None, alias="WEBHOOK_SECRET")
    # Only for tests and local fakes: a Bot API server other than api.telegram.org.
    telegram_api_url: str | None = Field(default=None, alias="TELEGRAM_API_URL")

    keep_uploads: bool = Field(default=False, alias="KEEP_UPLOADS")
    # The Bot API refuses getFile above 20 MB, so a larger limit would never be reached anyway.
    max_file_mb: int = Field(default=20, alias="MAX_FILE_MB", ge=1, le=2000)
    max_pages: int = Field(default=50, alias="MAX_PAGES", ge=1, le=2000)
    ocr_seconds_per_page: float = Field(default=30.0, alias="OCR_SECONDS_PER_PAGE", gt=0)
    job_time_limit: float = Field(default=180.0, alias="JOB_TIME_LIMIT", gt=0)
    workers: int = Field(default=2, alias="WORKERS", ge=1, le=64)
    # Reading jobs (issue 14): memory cap per reading child (RLIMIT_AS, MB; 0 = none), whether the
    # bot runs queue workers itself (false when `grantbot worker` processes serve the queue), and
    # how long a queued file may wait for a free worker before its user is told.
    max_memory_mb: int = Field(default=2048, alias="MAX_MEMORY_MB", ge=0, le=1_048_576)
    embedded_worker: bool = Field(default=True, alias="EMBEDDED_WORKER")
    queue_wait: float = Field(default=600.0, alias="QUEUE_WAIT", gt=0)
    # Processes ranking FAQ answers beside the event loop (0: in the bot process itself).
    faq_workers: int = Field(default=1, alias="FAQ_WORKERS", ge=0, le=16)

    @field_validator("admin_ids", "operator_ids", mode="before")
    @classmethod
    def _parse_admin_ids(cls, value: object) -> frozenset[int]:
        if value is None or value == "":
            return frozenset()
        if isinstance(value, int):
            return frozenset({value})
        if isinstance(value, str):
            parts = [p.strip() for p in value.replace(";", ",").split(",")]
            try:
                return frozenset(int(p) for p in parts if p)
            except ValueError:
                raise ValueError("IDS: oczekiwano liczb oddzielonych przecinkami") from None
        if isinstance(value, list | tuple | set | frozenset):
            return frozenset(int(v) for v in value)
        raise ValueError("IDS: niepoprawny format")

    @field_validator("database_url", "redis_url", "webhook_url", "telegram_api_url", "operators_chat_id", mode="before")
    @classmethod
    def _empty_is_none(cls, value: object) -> object:
        return None if value == "" else value

    @field_validator("bot_token", "webhook_secret", mode="before")
    @classmethod
    def _empty_secret_is_none(cls, value: object) -> object:
        return None if value == "" else value

    @cached_property
    def effective_database_url(self) -> str:
        if self.database_url:
            return self.database_url
        return f"sqlite:///{(self.data_dir / 'grantbot.sqlite3').as_posix()}"

    @property
    def uploads_dir(self) -> Path:
        return self.data_dir / "uploads"

    @property
    def max_file_bytes(self) -> int:
        return self.max_file_mb * 1024 * 1024

    def is_admin(self, user_id: int | None) -> bool:
        return user_id is not None and user_id in self.admin_ids

    def is_operator(self, user_id: int | None) -> bool:
        """May answer askers in the operators' group (only the ids in OPERATOR_IDS)."""
        return user_id is not None and user_id in self.operator_ids

    def describe(self) -> str:
        """Safe one-line summary for start-up logs (no secrets, no credentials in URLs)."""
        return (
            f"baza={redact_url(self.effective_database_url)} "
            f"redis={redact_url(self.redis_url) if self.redis_url else 'brak (pamięć)'} "
            f"tryb={'webhook' if self.webhook_url else 'polling'} "
            f"token={'ustawiony' if self.bot_token else 'brak'} admini={len(self.admin_ids)}"
        )


_TOKEN = re.compile(r"[0-9]{1,20}:[A-Za-z0-9_-]{1,200}")


def check_token(settings: Settings) -> str:
    """The bot token, checked for BotFather's shape before aiogram sees it (its error is a traceback)."""
    if settings.bot_token is None:
        raise ConfigError("BOT_TOKEN nie jest ustawiony")
    token = settings.bot_token.get_secret_value().strip()
    if not _TOKEN.fullmatch(token):
        # Never echo the value: a half-pasted token is still a secret.
        raise ConfigError("BOT_TOKEN ma zły format (oczekiwano 123456789:ABC…, token od @BotFather: /token).")
    return token


class SecretFilter(logging.Filter):
    """Masks secrets in every record passing a handler: message, arguments and exception text.

    Installed on each handler (not on loggers), so records of every library logger are covered,
    including tracebacks of aiohttp errors whose text holds the file-download URL.
    """

    def __init__(self, secrets: tuple[str, ...] = ()) -> None:
        super().__init__()
        self.secrets = tuple(s for s in secrets if s)

    def filter(self, record: logging.LogRecord) -> bool:
        message = record.getMessage()
        clean = redact_secrets(message, self.secrets)
        if clean != message or record.args:
            record.msg, record.args = clean, None
        if record.exc_info and record.exc_info[1] is not None:
            import traceback

            text = "".join(traceback.format_exception(*record.exc_info))
            record.exc_text = redact_secrets(text, self.secrets).rstrip("\n")
            record.exc_info = None
        if record.exc_text:
            record.exc_text = redact_secrets(record.exc_text, self.secrets)
        return True


def install_secret_filter(settings: Settings) -> None:
    """Put a `SecretFilter` on every handler of the root logger (call after logging is configured)."""
    secrets = tuple(s.get_secret_value() for s in (settings.bot_token, settings.webhook_secret) if s is not None)
    for handler in logging.getLogger().handlers:
        if not any(isinstance(f, SecretFilter) for f in handler.filters):
            handler.addFilter(SecretFilter(secrets))


def check_redis(settings: Settings, timeout: float = 3.0) -> None:
    """Ping Redis once at start; a Polish `ConfigError` naming REDIS_URL (without credentials) if it fails."""
    if not settings.redis_url:
        return
    import redis

    try:
        client = redis.Redis.from_url(settings.redis_url, socket_connect_timeout=timeout, socket_timeout=timeout)
        try:
            client.ping()
        finally:
            client.close()
    except (redis.RedisError, OSError, ValueError) as exc:
        reason = (
            "przekroczono czas oczekiwania"
            if isinstance(exc, redis.TimeoutError)
            else (
                "połączenie odrzucone lub serwer nieosiągalny"
                if isinstance(exc, redis.ConnectionError | OSError)
                else "niepoprawny adres lub odpowiedź serwera"
            )
        )
        raise ConfigError(
            f"REDIS_URL: nie mogę połączyć się z Redisem ({redact_url(settings.redis_url)}): {reason}. "
            "Sprawdź, czy Redis działa, albo usuń REDIS_URL (stan rozmów w pamięci)."
        ) from None


def load_settings(**overrides: object) -> Settings:
    """Settings from environment and `.env`; keyword overrides (by alias) win, used by tests."""
    try:
        return Settings(**overrides)  # type: ignore[arg-type]
    except ValidationError as exc:
        problems = []
        for error in exc.errors():
            field = str(error["loc"][0]) if error["loc"] else "?"
            alias = Settings.model_fields[field].alias if field in Settings.model_fields else field
            # Never echo the value: it may be a token or a password.
            problems.append(f"{alias or field.upper()}: {_pl(error)}")
        raise ConfigError("Błędna konfiguracja (.env lub zmienne środowiskowe): " + "; ".join(problems)) from None


def _pl(error: object) -> str:
    kind = error.get("type", "") if isinstance(error, dict) else ""
    message = str(error.get("msg", "")) if isinstance(error, dict) else ""
    if "IDS: " in message:
        return "oczekiwano liczb oddzielonych przecinkami"
    return {
        "int_parsing": "oczekiwano liczby całkowitej",
        "float_parsing": "oczekiwano liczby",
        "bool_parsing": "oczekiwano true/false",
        "greater_than_equal": "wartość za mała",
        "less_than_equal": "wartość za duża",
        "greater_than": "wartość musi być dodatnia",
    }.get(kind, "niepoprawna wartość")
