"""Scratch installations for the benchmarks: SQLite in a temporary data dir, or a database of
our own on the shared PostgreSQL with a Redis database of our own, grown step by step with
`heard demo seed` so that several benchmarks share one seeded database at each size."""

from __future__ import annotations

import argparse
import os
import sqlite3
import subprocess
import sys
import tempfile
import time
import traceback
import uuid
from collections.abc import Callable, Iterator
from contextlib import closing, contextmanager
from dataclasses import dataclass
from pathlib import Path

import redis

from bench.figures import Figure, add_json_option, publish, show

ROOT = Path(__file__).resolve().parent.parent
HEARD = [sys.executable, "-m", "feedback.cli"]
PG_ADMIN = "postgres://heard:heard@127.0.0.1:5432/postgres"
REDIS = "redis://127.0.0.1:6379"
# The test suite uses the low Redis databases; the benchmarks take an empty one from these.
REDIS_DATABASES = range(8, 16)
BACKENDS = ("sqlite", "postgres")
QUICK_SIZES = (10_000,)
FULL_SIZES = (10_000, 100_000, 1_000_000)


def models_dir() -> Path:
    """Where `heard` looks for the tagger's pipelines, by the same rule as feedback.settings."""
    data_dir = os.environ.get("HEARD_DATA_DIR", str(ROOT / ".heard"))
    return Path(os.environ.get("HEARD_MODELS_DIR", Path(data_dir) / "models")).resolve()


@dataclass
class Installation:
    backend: str
    root: Path
    env: dict[str, str]
    notes: list[str]  # context for results.md, e.g. how long seeding took
    database: str | None = None  # PostgreSQL only
    redis_db: int | None = None  # PostgreSQL only: the queue goes with it to Redis

    def heard(self, *args: str) -> str:
        done = subprocess.run(
            [*HEARD, *args], env=self.env, cwd=ROOT, capture_output=True, text=True
        )
        if done.returncode:
            raise RuntimeError(f"heard {' '.join(args)} failed:\n{done.stderr}")
        return done.stdout

    def sql(self, statement: str) -> int:
        """Run one statement; the first column of its first row, or 0 when it returns none."""
        if self.database is None:
            database = self.root / "heard.db"
            with closing(sqlite3.connect(database, timeout=30)) as connection, connection:
                row = connection.execute(statement).fetchone()  # committed as the block ends
            return int(row[0]) if row else 0
        done = subprocess.run(
            ["psql", self.env["DATABASE_URL"], "-tAqc", statement],
            check=True,
            capture_output=True,
            text=True,
        )
        first = done.stdout.strip().split("\n")[0]
        return int(first) if first.lstrip("-").isdigit() else 0

    def count(self) -> int:
        return self.sql("SELECT COUNT(*) FROM submissions")

    def seed_to(self, size: int) -> None:
        """Top the submissions up to `size` with `heard demo seed`; note how long it took."""
        have = self.count()
        if have >= size:
            self.notes.append(f"{self.backend}: {have:,} submissions already, {size:,} asked for")
            return
        started = time.monotonic()
        self.heard("demo", "seed", "--submissions", str(size - have))
        took = time.monotonic() - started
        self.notes.append(
            f"{self.backend}: `heard demo seed` from {have:,} to {size:,} submissions in "
            f"{took:.0f} s ({(size - have) / took:,.0f} submissions/s)"
        )
        self.settle()

    def settle(self) -> None:
        """After a bulk load, do now what the database would otherwise do in the middle of the
        next measurement: autovacuum on PostgreSQL, a WAL checkpoint on SQLite."""
        self.sql("VACUUM ANALYZE" if self.database else "PRAGMA wal_checkpoint(TRUNCATE)")

    def set_aside_pending(self) -> None:
        """Mark submissions no worker has analysed as failed, and empty the queue, so that the
        next benchmark's worker has only its own load. Not a DELETE: nothing indexes the tags'
        submission ids, so each deleted row would cost a scan of every tag."""
        self.sql(
            "UPDATE submissions SET status = 'failed', failure = 'benchmark' "
            "WHERE status = 'pending'"
        )
        if self.redis_db is not None:
            redis.Redis.from_url(f"{REDIS}/{self.redis_db}").flushdb()
        else:
            (self.root / "queue.db").unlink(missing_ok=True)


def _empty_redis_db() -> int:
    for number in REDIS_DATABASES:
        if redis.Redis.from_url(f"{REDIS}/{number}").dbsize() == 0:
            return number
    raise SystemExit(f"no empty Redis database among {list(REDIS_DATABASES)}")


def _drop(database: str) -> None:
    # Right after a bulk load autovacuum may hold the database, and only a superuser can end it.
    for _ in range(30):
        dropped = subprocess.run(
            ["psql", PG_ADMIN, "-qc", f"DROP DATABASE IF EXISTS {database} WITH (FORCE)"],
            capture_output=True,
        )
        if dropped.returncode == 0:
            return
        time.sleep(2)
    print(f"could not drop {database}; drop it by hand", file=sys.stderr)


@contextmanager
def scratch(backend: str, notes: list[str]) -> Iterator[Installation]:
    """A migrated, empty installation, removed afterwards (database, queue and data dir)."""
    env = {k: v for k, v in os.environ.items() if not k.startswith(("HEARD_", "DATABASE_URL"))}
    with tempfile.TemporaryDirectory(prefix=f"heard-bench-{backend}-") as root:
        env["HEARD_DATA_DIR"] = root
        env["HEARD_MODELS_DIR"] = str(models_dir())
        installation = Installation(backend, Path(root), env, notes)
        if backend == "postgres":
            installation.database = f"heard_bench_{uuid.uuid4().hex[:8]}"
            installation.redis_db = _empty_redis_db()
            env["DATABASE_URL"] = f"postgres://heard:heard@127.0.0.1:5432/{installation.database}"
            env["HEARD_QUEUE_URL"] = f"{REDIS}/{installation.redis_db}"
            subprocess.run(
                ["psql", PG_ADMIN, "-qc", f"CREATE DATABASE {installation.database}"], check=True
            )
        try:
            installation.heard("migrate")
            yield installation
        finally:
            if installation.database:
                _drop(installation.database)
            if installation.redis_db is not None:
                redis.Redis.from_url(f"{REDIS}/{installation.redis_db}").flushdb()


def grown(
    backends: list[str], sizes: list[int], notes: list[str]
) -> Iterator[tuple[Installation, int]]:
    """For each backend one installation, seeded up to each size in turn."""
    for backend in backends:
        with scratch(backend, notes) as installation:
            for size in sizes:
                installation.seed_to(size)
                yield installation, size


def main_for(doc: str, **measures: Callable[[Installation, int], list[Figure]]) -> None:
    """The command line of the benchmarks that run at each size on each backend."""
    parser = argparse.ArgumentParser(description=doc.splitlines()[0])
    parser.add_argument("--backends", default=",".join(BACKENDS), help="sqlite,postgres")
    parser.add_argument(
        "--sizes",
        default=",".join(map(str, QUICK_SIZES)),
        help="submissions already in the database, e.g. 10000,100000",
    )
    parser.add_argument("--full", action="store_true", help="sizes 10k, 100k and 1M")
    add_json_option(parser)
    args = parser.parse_args()
    started = time.monotonic()
    sizes = FULL_SIZES if args.full else tuple(int(s) for s in args.sizes.split(","))
    figures: list[Figure] = []
    notes: list[str] = []
    failures: list[str] = []
    for installation, size in grown(args.backends.split(","), sorted(sizes), notes):
        print(f"-- {notes[-1]}", flush=True)
        took = []
        for name, measure in measures.items():
            step = time.monotonic()
            # One failure (a server stalled by other work on the machine, say) must not lose
            # the rest of a long run: it is reported, and the run carries on.
            try:
                found = measure(installation, size)
            except Exception as error:
                traceback.print_exc()
                failures.append(f"{name}, {installation.backend}, {size:,}: {error!r}")
                found = []
            took.append(f"{name} {time.monotonic() - step:.0f} s")
            show(found)
            figures += found
        load = os.getloadavg()[0]
        notes.append(
            f"{installation.backend}, {size:,} submissions: {', '.join(took)}; "
            f"load average {load:.1f} at the end"
        )
    publish(figures, args.json, started, notes, failures)
    if failures and args.json is None:  # with --json, report.py shows them, then fails
        raise SystemExit("failed: " + "; ".join(failures))
