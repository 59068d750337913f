"""Settings come from the environment and an optional `.env` file, never from code."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from pathlib import Path

from starlette.config import Config

# The only rule for where a survivor page ends and a staff page begins lives here.
STAFF_PREFIX = "/staff/"


@dataclass(frozen=True)
class Settings:
    data_dir: Path
    database_url: str
    queue_url: str
    key_file: Path
    models_dir: Path
    key_passphrase: str | None
    min_cell: int
    retention_days: int
    secret_key: str | None
    quick_exit_url: str
    max_envelope_bytes: int
    max_form_bytes: int

    @property
    def is_sqlite(self) -> bool:
        return self.database_url.startswith("sqlite:")


def _sqlite_url(path: Path) -> str:
    # WAL lets the web tier write while the worker reads; secure_delete zeroes freed pages so a
    # deleted envelope does not linger in the file; busy_timeout lets web and worker share it.
    return (
        f"sqlite://{path}?journal_mode=WAL&secure_delete=ON&busy_timeout=10000&synchronous=NORMAL"
    )


@cache
def get_settings() -> Settings:
    config = Config(".env" if Path(".env").is_file() else None)
    data_dir = Path(config("HEARD_DATA_DIR", default=".heard")).resolve()
    return Settings(
        data_dir=data_dir,
        database_url=config("DATABASE_URL", default=_sqlite_url(data_dir / "heard.db")),
        queue_url=config("HEARD_QUEUE_URL", default=f"sqlite://{data_dir / 'queue.db'}"),
        key_file=Path(config("HEARD_KEY_FILE", default=str(data_dir / "analysis-key.json"))),
        key_passphrase=config("HEARD_KEY_PASSPHRASE", default=None),
        models_dir=Path(config("HEARD_MODELS_DIR", default=str(data_dir / "models"))),
        min_cell=config("HEARD_MIN_CELL", cast=int, default=5),
        retention_days=config("HEARD_RETENTION_DAYS", cast=int, default=365),
        secret_key=config("HEARD_SECRET_KEY", default=None),
        quick_exit_url=config("HEARD_QUICK_EXIT_URL", default="https://www.bbc.co.uk/weather"),
        max_envelope_bytes=64 * 1024,
        # A form post is percent-encoded: up to nine bytes for one character of some scripts.
        max_form_bytes=128 * 1024,
    )
