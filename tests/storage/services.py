"""Real PostgreSQL/Redis for tests marked `services`: URLs come from `.ci/services start`."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

SERVICES_ENV = Path(os.environ.get("GRANTBOT_SERVICES_ENV", "/tmp/grantbot-ci-services.env"))


def services_urls() -> dict[str, str]:
    if not SERVICES_ENV.exists():
        return {}
    pairs = (line.split("=", 1) for line in SERVICES_ENV.read_text().splitlines() if "=" in line)
    return {key.strip(): value.strip() for key, value in pairs}


def require_service(name: str) -> str:
    """The URL for DATABASE_URL / REDIS_URL; in CI a missing service fails, elsewhere it skips."""
    url = services_urls().get(name)
    if url:
        return url
    if os.environ.get("CI") == "true":
        pytest.fail(f"{name} missing in CI: `.ci/services start` did not write {SERVICES_ENV}")
    pytest.skip(f"{name} not available outside CI (run `sudo .ci/services start` to enable)")


def reset_postgres(url: str) -> None:
    """Empty the test database so migrations start from nothing."""
    from sqlalchemy import text

    from storage import make_engine

    engine = make_engine(url)
    with engine.begin() as conn:
        conn.execute(text("DROP SCHEMA public CASCADE"))
        conn.execute(text("CREATE SCHEMA public"))
    engine.dispose()
