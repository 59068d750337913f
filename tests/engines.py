"""PostgreSQL and Redis servers of a test's own, for the fault tests that restart them mid-load.

The shared servers (tests/services.sh) serve every other test at the same time, so they are
never restarted; these run from Debian's binaries in a scratch directory on a free port.
"""

from __future__ import annotations

import glob
import os
import shutil
import signal
import subprocess
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from pathlib import Path

import redis

from tests.conftest import free_port


def _as_postgres() -> list[str]:
    # initdb and postgres refuse to run as root; CI runs as root, a developer usually not.
    return ["runuser", "-u", "postgres", "--"] if os.geteuid() == 0 else []


class Postgres:
    """A throwaway cluster: trust auth on loopback, owned by the postgres user when we are root."""

    def __init__(self) -> None:
        self.root = Path(tempfile.mkdtemp(prefix="heard-pg-"))
        if os.geteuid() == 0:
            shutil.chown(self.root, "postgres")
        self.data = self.root / "data"
        self.port = free_port()
        (bindir,) = sorted(glob.glob("/usr/lib/postgresql/*/bin"))[-1:]
        self.bin = Path(bindir)
        self._pg([
            str(self.bin / "initdb"), "-D", str(self.data), "-U", "heard",
            "--auth=trust", "-E", "UTF8", "--no-sync",
        ])  # fmt: skip

    @property
    def url(self) -> str:
        return f"postgres://heard@127.0.0.1:{self.port}/heard"

    def _pg(self, command: list[str]) -> None:
        subprocess.run([*_as_postgres(), *command], check=True, capture_output=True, timeout=120)

    def _ctl(self, *args: str) -> None:
        self._pg([str(self.bin / "pg_ctl"), "-D", str(self.data), *args])

    def start(self) -> None:
        options = f"-p {self.port} -k {self.root} -c listen_addresses=127.0.0.1"
        self._ctl("-o", options, "-l", str(self.root / "log"), "-w", "start")

    def stop(self, mode: str = "fast") -> None:
        self._ctl("-m", mode, "-w", "stop")

    def create_database(self) -> None:
        self._pg([
            str(self.bin / "createdb"), "-h", "127.0.0.1", "-p", str(self.port),
            "-U", "heard", "heard",
        ])  # fmt: skip

    def remove(self) -> None:
        with suppress(subprocess.CalledProcessError):  # stopped already
            self.stop("immediate")
        shutil.rmtree(self.root, ignore_errors=True)


class Redis:
    """A Redis with no persistence, like the shared one: a restart empties the queue."""

    def __init__(self) -> None:
        self.port = free_port()
        self.process: subprocess.Popen[bytes] | None = None

    @property
    def url(self) -> str:
        return f"redis://127.0.0.1:{self.port}/0"

    def start(self) -> None:
        self.process = subprocess.Popen(
            ["redis-server", "--bind", "127.0.0.1", "--port", str(self.port),
             "--save", "", "--appendonly", "no"],
            stdout=subprocess.DEVNULL,
        )  # fmt: skip
        client = redis.Redis.from_url(self.url)
        deadline = time.monotonic() + 10
        while True:
            try:
                client.ping()
                return
            except redis.ConnectionError:
                assert time.monotonic() < deadline, "redis did not start"
                time.sleep(0.05)

    def kill(self) -> None:
        """As a crash would: whatever was queued is gone."""
        if self.process is not None:
            self.process.send_signal(signal.SIGKILL)
            self.process.wait()
            self.process = None


@contextmanager
def postgres() -> Iterator[Postgres]:
    server = Postgres()
    try:
        server.start()
        server.create_database()
        yield server
    finally:
        server.remove()


@contextmanager
def redis_server() -> Iterator[Redis]:
    server = Redis()
    try:
        server.start()
        yield server
    finally:
        server.kill()
