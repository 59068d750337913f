"""Sealed submissions through uvicorn on loopback, against a bare Starlette INSERT in the same
run, with the submissions table (and the bare table) already holding each size of rows.

    .venv/bin/python bench/intake.py [--backends sqlite,postgres] [--sizes N,N | --full]
                                     [--json FILE]

Envelopes are sealed before the clock starts, as a browser would seal them. Closed loop: 3000
requests, 50 in flight. Open loop: 100 submissions/s for 10 s. Each is split into five turns
that heard and the bare app take alternately. Targets on SQLite: throughput ratio >= 0.7; p99
<= 50 ms at 100 submissions/s.
"""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from functools import partial
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench import bare_app
from bench.figures import Figure, Target
from bench.installation import HEARD, ROOT, Installation, main_for
from bench.loopback import (
    envelopes,
    free_port,
    in_turns,
    open_loop,
    start,
    stop,
    tail,
    throughput,
)

REQUESTS = 3000
CONCURRENCY = 50
RATE = 100.0
SECONDS = 10.0
ROUNDS = 5  # heard and the bare app take turns, a fifth of the requests at a time
TEXT = "The officer listened and told me what would happen next. " * 6


@dataclass(frozen=True)
class Server:
    process: subprocess.Popen[bytes]
    base: str

    @property
    def submissions(self) -> str:
        return f"{self.base}/api/v1/submissions"


@contextmanager
def servers(installation: Installation, size: int) -> Iterator[tuple[Server, Server]]:
    """`heard serve` and the bare app, each on a table of `size` rows in the same database."""
    bare_db = installation.env.get("DATABASE_URL") or str(installation.root / "bare.db")
    bare_app.fill(bare_db, size)
    logs = installation.root / "heard-serve.log", installation.root / "bare.log"
    heard_port, bare_port = free_port(), free_port()
    heard = Server(
        start(
            [*HEARD, "serve", "--port", str(heard_port)],
            installation.env,
            f"http://127.0.0.1:{heard_port}/healthz",
            logs[0],
        ),
        f"http://127.0.0.1:{heard_port}",
    )
    try:
        bare = Server(
            start(
                [sys.executable, "-m", "uvicorn", "bench.bare_app:app", "--port", str(bare_port),
                 "--no-access-log", "--log-level", "warning"],
                {**installation.env, "BARE_DB": bare_db, "PYTHONPATH": str(ROOT)},
                f"http://127.0.0.1:{bare_port}/",
                logs[1],
            ),
            f"http://127.0.0.1:{bare_port}",
        )  # fmt: skip
    except BaseException:
        stop(heard.process)
        raise
    try:
        yield heard, bare
    except BaseException:
        for log in logs:  # the scratch directory goes with the error: show what the servers said
            print(f"--- {log.name} ends:\n{tail(log)}", file=sys.stderr)
        raise
    finally:
        stop(heard.process, bare.process)


def measure(installation: Installation, size: int) -> list[Figure]:
    try:
        with servers(installation, size) as (heard, bare):
            payloads = [{"text": f"{TEXT} {i}", "locale": "en"} for i in range(REQUESTS)]
            bodies = envelopes(heard.base, payloads)
            urls = [heard.submissions, bare.submissions]
            closed = partial(throughput, concurrency=CONCURRENCY)
            in_turns(urls, bodies[:200], 1, closed)  # warm up
            heard_closed, bare_closed = in_turns(urls, bodies, ROUNDS, closed)
            paced = bodies[: int(RATE * SECONDS)]
            heard_open, bare_open = in_turns(urls, paced, ROUNDS, partial(open_loop, rate=RATE))
    finally:
        installation.set_aside_pending()
    loads = (heard_closed, bare_closed, heard_open, bare_open)
    if errors := sum(load.errors for load in loads):
        raise RuntimeError(f"intake: {errors} requests failed on {installation.backend} at {size}")
    backend = installation.backend
    sqlite = backend == "sqlite"
    return [
        Figure("intake", f"throughput, {CONCURRENCY} in flight", heard_closed.rate, "submissions/s",
               "bare Starlette INSERT", bare_closed.rate, backend, size,
               targets=(Target(0.7, at_most=False, on_ratio=True),) if sqlite else ()),
        Figure("intake", f"p99 latency at {RATE:.0f}/s", heard_open.p99_ms, "ms",
               "bare Starlette INSERT", bare_open.p99_ms, backend, size,
               targets=(Target(50, at_most=True),) if sqlite else ()),
        Figure("intake", f"p50 latency at {RATE:.0f}/s", heard_open.p50_ms, "ms",
               "bare Starlette INSERT", bare_open.p50_ms, backend, size),
    ]  # fmt: skip


if __name__ == "__main__":
    main_for(__doc__, intake=measure)
