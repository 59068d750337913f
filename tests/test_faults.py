"""PostgreSQL or Redis restarting under load: 503s at worst, never a 500, nothing accepted lost.

Each test runs its own PostgreSQL and Redis (tests/engines.py) so that restarting them does not
disturb the tests running beside it. They run in the PostgreSQL pass of `make test`.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable, Iterator
from pathlib import Path

import httpx
import pytest

from tests import engines
from tests.conftest import BACKEND, Heard, keyed_installation
from tests.load import Load, envelopes, post_all

pytestmark = pytest.mark.skipif(BACKEND != "postgres", reason="the scale-out engines' faults")

COUNT = 400
CONCURRENCY = 8
DOWN_SECONDS = 1.5
PATIENCE = 30  # seconds a client keeps trying after a 503

ScaleOut = tuple[Heard, engines.Postgres, engines.Redis]


@pytest.fixture
def scale_out(tmp_path: Path, models_dir: Path) -> Iterator[ScaleOut]:
    """Web and one worker on a PostgreSQL and a Redis of this test's own."""
    with engines.postgres() as pg, engines.redis_server() as queue:
        urls = {"DATABASE_URL": pg.url, "HEARD_QUEUE_URL": queue.url}
        for heard in keyed_installation(tmp_path, models_dir, urls):
            yield heard, pg, queue


def _load_with_a_fault(heard: Heard, fault: Callable[[], None]) -> Load:
    """Start the load, run `fault` once it is well under way, and wait for the load to end."""
    url = heard.serve()
    (worker,) = heard.start_workers()
    load = Load()
    runner = threading.Thread(
        target=post_all, args=(url, envelopes(url, COUNT), CONCURRENCY, load, PATIENCE)
    )
    runner.start()
    while len(load.statuses) < COUNT // 5 and runner.is_alive():
        time.sleep(0.01)
    fault()
    runner.join(timeout=300)
    assert not runner.is_alive(), "the load did not finish"
    assert worker.poll() is None, "the worker stayed up through the fault"
    # The service recovered by itself: the same processes take new feedback now.
    assert httpx.post(f"{url}/api/v1/submissions", content=envelopes(url, 1)[0],
                      headers={"content-type": "application/json"}).status_code == 201  # fmt: skip
    # Everyone who kept trying got in: each body was accepted, at its first try or later.
    assert len(load.accepted) == COUNT, f"{COUNT - len(load.accepted)} never accepted"
    return load


def _all_analysed(heard: Heard, accepted: list[str], timeout: float = 180) -> None:
    """Every accepted submission is stored and, soon after, analysed once."""
    deadline = time.monotonic() + timeout
    while True:
        rows = dict(heard.query("SELECT id::text, status FROM submissions"))
        missing = set(accepted) - set(rows)
        assert not missing, f"{len(missing)} accepted submission(s) were lost"
        if all(status == "analysed" for status in rows.values()):
            break
        assert time.monotonic() < deadline, f"not all analysed: {heard.status()}"
        time.sleep(1)
    assert heard.query("SELECT COUNT(*), COUNT(DISTINCT submission_id) FROM submission_facts") == [
        (len(rows), len(rows))
    ]


def _no_server_errors(heard: Heard, load: Load) -> None:
    assert not load.transport_errors, f"connections failed: {set(load.transport_errors)}"
    assert set(load.statuses) <= {201, 503}, f"answers: {sorted(set(load.statuses))}"
    assert "Exception in ASGI application" not in (heard.log_dir / "web.log").read_text()


@pytest.mark.parametrize("mode", ["fast", "immediate"])
def test_postgres_restart_mid_load(scale_out: ScaleOut, mode: str) -> None:
    heard, pg, _queue = scale_out

    def restart() -> None:
        pg.stop(mode)  # "immediate" is a crash: no shutdown checkpoint
        time.sleep(DOWN_SECONDS)
        pg.start()

    load = _load_with_a_fault(heard, restart)
    _no_server_errors(heard, load)
    assert 503 in load.statuses, "some requests met the database down"
    _all_analysed(heard, load.accepted)


def test_redis_restart_mid_load(scale_out: ScaleOut) -> None:
    heard, _pg, queue = scale_out

    def crash_and_restart() -> None:
        queue.kill()  # without persistence: every queued id is gone, the rows are not
        time.sleep(DOWN_SECONDS)
        queue.start()

    load = _load_with_a_fault(heard, crash_and_restart)
    _no_server_errors(heard, load)
    # The database is the record: with the queue down, feedback is still taken.
    assert set(load.statuses) == {201}
    _all_analysed(heard, load.accepted)
