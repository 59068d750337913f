"""Database configuration, connection and migration (Tortoise ORM + aerich)."""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from pathlib import Path
from typing import Any

from asyncpg import exceptions as pg
from tortoise import Tortoise
from tortoise.exceptions import DBConnectionError, OperationalError

from feedback.settings import get_settings

MODEL_MODULES = [
    "feedback.keys.models",
    "feedback.intake.models",
    "feedback.receipts.models",
    "feedback.abuse.models",
    "feedback.staff.models",
    "feedback.reviews.models",
    "feedback.audit",
    "feedback.consultations.models",
    "aerich.models",
]
MIGRATIONS_DIR = Path(__file__).resolve().parent.parent / "migrations"

# The database is out of reach, restarting or refusing connections for now: worth a 503 and a
# retry, not a 500. asyncpg's own errors arrive untranslated when a pool reconnects.
UNAVAILABLE: tuple[type[Exception], ...] = (
    DBConnectionError,
    OperationalError,
    ConnectionError,
    TimeoutError,
    pg.PostgresConnectionError,
    pg.OperatorInterventionError,
    pg.InterfaceError,
    pg.InternalClientError,  # a pool resetting a connection the server has just dropped
)


def tortoise_config(database_url: str | None = None) -> dict[str, Any]:
    url = database_url or get_settings().database_url
    return {
        "connections": {"default": url},
        "apps": {"models": {"models": MODEL_MODULES, "default_connection": "default"}},
        "use_tz": True,
    }


# aerich reads this name from `tool.aerich` style configuration; kept for `aerich` itself.
TORTOISE_ORM = tortoise_config


async def connect() -> None:
    settings = get_settings()
    if settings.is_sqlite:
        settings.data_dir.mkdir(parents=True, exist_ok=True)
    # The global fallback lets request tasks and the worker's loop share what lifespan set up.
    await Tortoise.init(config=tortoise_config(), _enable_global_fallback=True)


async def close() -> None:
    await Tortoise.close_connections()


@asynccontextmanager
async def connected() -> AsyncIterator[None]:
    await connect()
    try:
        yield
    finally:
        await close()


async def migrate() -> list[str]:
    """Apply every pending aerich migration; returns the versions applied."""
    from aerich import Command

    settings = get_settings()
    if settings.is_sqlite:
        settings.data_dir.mkdir(parents=True, exist_ok=True)
    async with Command(tortoise_config=tortoise_config(), location=str(MIGRATIONS_DIR)) as command:
        return await command.upgrade(run_in_transaction=True)
