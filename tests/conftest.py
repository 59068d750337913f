"""Fixtures that run Heard for real: CLI subprocesses, uvicorn on loopback, a real database.

HEARD_TEST_BACKEND picks the engines: `sqlite` (the embedded default: SQLite and huey's SQLite
queue in the data dir) or `postgres` (PostgreSQL and Redis on loopback, started by
tests/services.sh).
"""

from __future__ import annotations

import asyncio
import atexit
import os
import secrets
import shutil
import socket
import sqlite3
import subprocess
import sys
import tempfile
import time
import uuid
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path

import asyncpg
import httpx
import pytest

# This test process imports feedback modules (the queue, the crypto): keep their defaults away
# from the working tree.
if "HEARD_DATA_DIR" not in os.environ:
    os.environ["HEARD_DATA_DIR"] = tempfile.mkdtemp(prefix="heard-pytest-")
    atexit.register(shutil.rmtree, os.environ["HEARD_DATA_DIR"], ignore_errors=True)

BACKEND = os.environ.get("HEARD_TEST_BACKEND", "sqlite")
PG_ADMIN = "postgres://heard:heard@127.0.0.1:5432/postgres"
# Each pytest-xdist worker gets a Redis database of its own (gw0 → 1, gw1 → 2, …).
_WORKER = int(os.environ.get("PYTEST_XDIST_WORKER", "gw0").removeprefix("gw") or 0)
REDIS_URL = f"redis://127.0.0.1:6379/{1 + _WORKER}"
PASSPHRASE = "correct horse battery staple, for tests"
KEY_FILE = "analysis-key.json"


def _psql_admin(sql: str) -> None:
    result = subprocess.run(["psql", PG_ADMIN, "-q", "-c", sql], capture_output=True, text=True)
    if result.returncode != 0:
        raise AssertionError(f"psql {sql!r} failed: {result.stderr.strip()}")


def _drop_database(database: str) -> None:
    """Drop a test's database. FORCE waits only 5 s for the backends it terminates to exit,
    which a loaded CI machine can outlast, so try again for a while before calling it a fault."""
    deadline = time.monotonic() + 60
    while True:
        try:
            _psql_admin(f"DROP DATABASE IF EXISTS {database} WITH (FORCE)")
            return
        except AssertionError:
            if time.monotonic() > deadline:
                raise
            time.sleep(1)


@dataclass
class Heard:
    """One installation of Heard: a data dir, a database, a queue, and a way to run commands."""

    data_dir: Path
    env: dict[str, str]
    database_url: str
    queue_url: str
    processes: list[subprocess.Popen[bytes]] = field(default_factory=list)

    @property
    def key_file(self) -> Path:
        return self.data_dir / KEY_FILE

    @property
    def log_dir(self) -> Path:
        return self.data_dir / "logs"

    def run(
        self, *args: str, check: bool = True, **kwargs: object
    ) -> subprocess.CompletedProcess[str]:
        result = subprocess.run(
            [sys.executable, "-m", "feedback.cli", *args],
            env=self.env,
            capture_output=True,
            text=True,
            timeout=300,
            **kwargs,  # type: ignore[arg-type]
        )
        if check and result.returncode != 0:
            raise AssertionError(
                f"heard {' '.join(args)} failed:\n{result.stdout}\n{result.stderr}"
            )
        return result

    @property
    def web_env(self) -> dict[str, str]:
        """The web tier is never given the key passphrase."""
        return {k: v for k, v in self.env.items() if k != "HEARD_KEY_PASSPHRASE"}

    def spawn(
        self, *args: str, log_name: str, prefix: tuple[str, ...] = (), web: bool = False
    ) -> subprocess.Popen[bytes]:
        self.log_dir.mkdir(parents=True, exist_ok=True)
        log = (self.log_dir / log_name).open("ab")
        command = [*prefix] if prefix else [sys.executable, "-m", "feedback.cli"]
        env = self.web_env if web else self.env
        process = subprocess.Popen([*command, *args], env=env, stdout=log, stderr=log)
        self.processes.append(process)
        return process

    def start_workers(self, count: int = 1) -> list[subprocess.Popen[bytes]]:
        """`heard worker` processes (logs worker-1.log, …), once their consumers are taking
        tasks: loading every language's model takes a while on a busy machine."""
        workers = [self.spawn("worker", log_name=f"worker-{i}.log") for i in range(1, count + 1)]
        logs = [self.log_dir / f"worker-{i}.log" for i in range(1, count + 1)]
        deadline = time.monotonic() + 300
        while not all("consumer started" in log.read_text() for log in logs):
            assert all(w.poll() is None for w in workers), "a worker exited"
            assert time.monotonic() < deadline, "the workers did not start"
            time.sleep(0.2)
        return workers

    def serve(self, prefix: tuple[str, ...] = (), processes: int = 1) -> str:
        port = free_port()
        args = ("serve", "--port", str(port), "--workers", str(processes))
        self.spawn(*args, log_name="web.log", prefix=prefix, web=True)
        url = f"http://127.0.0.1:{port}"
        wait_for(url + "/healthz")
        return url

    def status(self) -> dict[str, int]:
        """Counts by status, from `heard status --json`."""
        import json

        return json.loads(self.run("status", "--json").stdout)["submissions"]

    def counts(self) -> dict[str, int]:
        """Counts by status, read from the database in this process: cheap enough to poll while
        workers run, where each `status` starts a whole `heard` process and takes their CPU."""
        rows = self.query("SELECT status, COUNT(*) FROM submissions GROUP BY status")
        by_status = {"pending": 0, "analysed": 0, "failed": 0} | {
            str(status): int(str(count)) for status, count in rows
        }
        return {"total": sum(by_status.values()), **by_status}

    def query(self, sql: str) -> list[tuple[object, ...]]:
        """Use the database directly, as an operator with a SQL prompt would."""
        if not self.database_url:
            with sqlite3.connect(self.data_dir / "heard.db") as connection:
                return [tuple(row) for row in connection.execute(sql).fetchall()]

        async def fetch() -> list[tuple[object, ...]]:
            connection = await asyncpg.connect(self.database_url)
            try:
                return [tuple(row) for row in await connection.fetch(sql)]
            finally:
                await connection.close()

        # In a thread of its own: Playwright's sync API keeps an event loop running in this one.
        with ThreadPoolExecutor(max_workers=1) as pool:
            return pool.submit(asyncio.run, fetch()).result()

    def stop(self) -> None:
        for process in self.processes:
            if process.poll() is None:
                process.terminate()
                try:
                    process.wait(timeout=20)
                except subprocess.TimeoutExpired:
                    process.kill()
        self.processes.clear()


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def wait_for(url: str, timeout: float = 30.0) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        try:
            if httpx.get(url, timeout=1.0).status_code == 200:
                return
        except httpx.HTTPError:
            pass
        time.sleep(0.1)
    raise AssertionError(f"{url} did not come up")


@pytest.fixture(scope="session")
def models_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The tagger's trained pipelines: those `make install` built, or trained once for this run."""
    built = Path(os.environ.get("HEARD_TEST_MODELS", ".heard/models"))
    if (built / "meta.json").is_file():
        return built.resolve()
    target = tmp_path_factory.mktemp("models")
    subprocess.run(
        [sys.executable, "-m", "feedback.cli", "nlp", "train", "--out", str(target)], check=True
    )
    return target


def _environment(data_dir: Path, models: Path) -> dict[str, str]:
    env = {
        key: value
        for key, value in os.environ.items()
        if not key.startswith(("HEARD_", "DATABASE_URL"))
    }
    env["HEARD_DATA_DIR"] = str(data_dir)
    env["HEARD_MODELS_DIR"] = str(models)
    env["PYTHONUNBUFFERED"] = "1"
    return env


@dataclass(frozen=True)
class Template:
    """A data dir (and on PostgreSQL a database) that `heard migrate` and `heard keys init` made."""

    data_dir: Path
    database: str | None


@cache
def _template() -> Template:
    """Made once per test process: a keyed installation starts as a copy of it, rather than
    spending about 3 s of CPU on the same two commands for every test. The commands themselves
    are tested on `empty_heard`."""
    root = Path(tempfile.mkdtemp(prefix="heard-template-"))
    atexit.register(shutil.rmtree, root, ignore_errors=True)
    env = _environment(root, root / "no-models")
    env["HEARD_KEY_PASSPHRASE"] = PASSPHRASE
    database = None
    if BACKEND == "postgres":
        database = f"heard_template_{uuid.uuid4().hex[:12]}"
        _psql_admin(f"CREATE DATABASE {database} OWNER heard")
        atexit.register(_drop_database, database)
        env["DATABASE_URL"] = f"postgres://heard:heard@127.0.0.1:5432/{database}"
    template = Heard(data_dir=root, env=env, database_url="", queue_url="")
    template.run("migrate")
    template.run("keys", "init")
    return Template(root, database)


def _new_installation(
    tmp_path: Path,
    models: Path,
    engines: dict[str, str] | None = None,
    template: Template | None = None,
) -> Iterator[Heard]:
    data_dir = tmp_path / "data"
    data_dir.mkdir()
    env = _environment(data_dir, models)
    if template:
        for made in template.data_dir.glob("heard.db*"):
            shutil.copy2(made, data_dir / made.name)
        shutil.copy2(template.data_dir / KEY_FILE, data_dir / KEY_FILE)
    database = None
    if engines is not None:  # a test's own servers, which it sets up and clears itself
        env.update(engines)
    elif BACKEND == "postgres":
        database = f"heard_test_{uuid.uuid4().hex[:12]}"
        copy = f" TEMPLATE {template.database}" if template else ""
        _psql_admin(f"CREATE DATABASE {database}{copy} OWNER heard")
        env["DATABASE_URL"] = f"postgres://heard:heard@127.0.0.1:5432/{database}"
        env["HEARD_QUEUE_URL"] = REDIS_URL
        import redis

        redis.Redis.from_url(REDIS_URL).flushdb()
    heard = Heard(
        data_dir=data_dir,
        env=env,
        database_url=env.get("DATABASE_URL", ""),
        queue_url=env.get("HEARD_QUEUE_URL", ""),
    )
    try:
        yield heard
    finally:
        heard.stop()
        if database:
            _drop_database(database)


def keyed_installation(
    tmp_path: Path, models: Path, engines: dict[str, str] | None = None
) -> Iterator[Heard]:
    """A migrated installation with a real key; `engines` names a DATABASE_URL and queue, which
    are set up from nothing, otherwise it starts as a copy of the template."""
    template = None if engines is not None else _template()
    for installation in _new_installation(tmp_path, models, engines, template):
        installation.env["HEARD_KEY_PASSPHRASE"] = PASSPHRASE
        if template is None:
            installation.run("migrate")
            installation.run("keys", "init")
        yield installation


@pytest.fixture
def heard(tmp_path: Path, models_dir: Path) -> Iterator[Heard]:
    """A fresh, migrated installation with a real (not demo) analysis key."""
    yield from keyed_installation(tmp_path, models_dir)


@pytest.fixture(scope="module")
def shared_heard(tmp_path_factory: pytest.TempPathFactory, models_dir: Path) -> Iterator[Heard]:
    """One installation for a whole module of tests that only read pages."""
    yield from keyed_installation(tmp_path_factory.mktemp("shared"), models_dir)


@pytest.fixture
def empty_heard(tmp_path: Path, models_dir: Path) -> Iterator[Heard]:
    """A fresh installation with nothing in it yet: no tables, no key."""
    yield from _new_installation(tmp_path, models_dir)


def canary() -> str:
    return f"CANARY-{secrets.token_hex(8)}"
