from __future__ import annotations

import logging
from pathlib import Path

import pytest

from bot.config import Settings, load_settings

TOKEN = "123456:AAH-very-secret-token-value"


@pytest.fixture(autouse=True)
def _clean_env(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    for name in (
        "BOT_TOKEN",
        "DATABASE_URL",
        "REDIS_URL",
        "ADMIN_IDS",
        "DATA_DIR",
        "WEBHOOK_URL",
        "KEEP_UPLOADS",
    ):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.chdir(tmp_path)  # no stray .env from the working tree


def test_defaults_use_sqlite_under_data_dir() -> None:
    s = load_settings()
    assert s.bot_token is None and s.redis_url is None and s.admin_ids == frozenset()
    assert s.effective_database_url == "sqlite:///var/grantbot.sqlite3"
    assert (s.max_file_mb, s.max_pages, s.keep_uploads) == (20, 50, False)


def test_environment_and_dotenv(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    (tmp_path / ".env").write_text("ADMIN_IDS=5, 7;9\nKEEP_UPLOADS=true\nDATA_DIR=/srv/g\n", encoding="utf-8")
    monkeypatch.setenv("BOT_TOKEN", TOKEN)
    monkeypatch.setenv("REDIS_URL", "redis://:pw@127.0.0.1:6379/0")
    s = Settings()
    assert s.admin_ids == frozenset({5, 7, 9}) and s.is_admin(7) and not s.is_admin(8)
    assert s.keep_uploads is True
    assert s.effective_database_url == "sqlite:////srv/g/grantbot.sqlite3"
    assert s.bot_token is not None and s.bot_token.get_secret_value() == TOKEN


def test_token_never_printed(monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture) -> None:
    monkeypatch.setenv("BOT_TOKEN", TOKEN)
    monkeypatch.setenv("DATABASE_URL", "postgresql://bot:hunter2@127.0.0.1/grantbot")
    s = Settings()
    logging.getLogger("t").warning("settings %s %r %s", s, s, s.describe())
    text = caplog.text + repr(s) + str(s.model_dump())
    assert TOKEN not in text and "hunter2" not in s.describe()
    assert "AAH-very-secret" not in text


@pytest.mark.parametrize(
    ("name", "raw", "message"),
    [
        pytest.param("ADMIN_IDS", "abc", "ADMIN_IDS: oczekiwano liczb oddzielonych przecinkami", id="admin-letters"),
        pytest.param("ADMIN_IDS", "1,x", "ADMIN_IDS: oczekiwano liczb", id="admin-mixed"),
        pytest.param("MAX_FILE_MB", "dwadzieścia", "MAX_FILE_MB: oczekiwano liczby całkowitej", id="max-mb-words"),
        pytest.param("MAX_FILE_MB", "0", "MAX_FILE_MB: wartość za mała", id="max-mb-zero"),
        pytest.param("KEEP_UPLOADS", "może", "KEEP_UPLOADS: oczekiwano true/false", id="keep-uploads"),
    ],
)
def test_bad_values_give_a_polish_message_without_the_value(
    monkeypatch: pytest.MonkeyPatch, name: str, raw: str, message: str
) -> None:
    from bot.config import ConfigError

    monkeypatch.setenv(name, raw)
    with pytest.raises(ConfigError, match=message) as info:
        load_settings()
    assert raw not in str(info.value).split(":", 1)[1].replace(message, "")
