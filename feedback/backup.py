"""Backups of the database: ciphertext stays ciphertext; the key file is backed up separately.

SQLite uses its online backup API (a consistent copy even while web and worker write);
PostgreSQL uses pg_dump's custom format and pg_restore.
"""

from __future__ import annotations

import sqlite3
import subprocess
from pathlib import Path
from urllib.parse import urlparse

from feedback.settings import Settings


class BackupError(Exception):
    """The backup or restore could not be made; the message says why."""


def _sqlite_path(settings: Settings) -> Path:
    return Path(urlparse(settings.database_url).path)


def _postgres_url(settings: Settings) -> str:
    # libpq does not know the `postgres://` scheme's query options Tortoise takes; drop them.
    return settings.database_url.split("?")[0]


def _run(command: list[str]) -> None:
    try:
        subprocess.run(command, check=True, capture_output=True, text=True)
    except FileNotFoundError:
        raise BackupError(f"{command[0]} is not installed (Debian: postgresql-client).") from None
    except subprocess.CalledProcessError as error:
        raise BackupError(error.stderr.strip() or f"{command[0]} failed") from None


def backup(settings: Settings, target: Path) -> None:
    if target.exists():
        raise BackupError(f"{target} exists already; choose a new file.")
    if settings.is_sqlite:
        with sqlite3.connect(_sqlite_path(settings)) as source, sqlite3.connect(target) as copy:
            source.backup(copy)
        target.chmod(0o600)
    else:
        _run(
            [
                "pg_dump",
                "--format=custom",
                "--no-owner",
                "--file",
                str(target),
                _postgres_url(settings),
            ]
        )


def restore(settings: Settings, source: Path) -> None:
    """Replace the database's contents with the backup's. Stop web and worker first."""
    if not source.is_file():
        raise BackupError(f"No backup at {source}.")
    if settings.is_sqlite:
        try:
            with sqlite3.connect(source) as copy:
                copy.execute("SELECT count(*) FROM submissions").fetchone()
                with sqlite3.connect(_sqlite_path(settings)) as database:
                    copy.backup(database)
        except sqlite3.DatabaseError as error:
            raise BackupError(f"{source} is not a Heard SQLite backup ({error}).") from None
    else:
        _run(
            [
                "pg_restore",
                "--clean",
                "--if-exists",
                "--no-owner",
                "--dbname",
                _postgres_url(settings),
                str(source),
            ]
        )
