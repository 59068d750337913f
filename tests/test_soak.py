"""The load test: 10,000 sealed submissions at concurrency 50 on loopback, two web processes and
two workers on one queue; no error, every one analysed, none twice. Run by `make soak`, which
`make test` runs on PostgreSQL and Redis; it prints p50 and p99.
"""

from __future__ import annotations

import os
import time

import pytest

from tests.conftest import Heard
from tests.load import Load, envelopes, post_all

pytestmark = pytest.mark.soak

COUNT = int(os.environ.get("HEARD_SOAK_SUBMISSIONS", "10000"))
CONCURRENCY = 50


def test_ten_thousand_submissions_two_workers_each_analysed_once(heard: Heard) -> None:
    url = heard.serve(processes=2)
    heard.start_workers(2)
    logs = [heard.log_dir / "worker-1.log", heard.log_dir / "worker-2.log"]
    bodies = envelopes(url, COUNT, text="The officer listened and rang me back when she said")

    started = time.monotonic()
    load = post_all(url, bodies, CONCURRENCY, Load())
    intake_seconds = time.monotonic() - started
    assert not load.transport_errors
    assert load.statuses == [201] * COUNT
    assert len(set(load.accepted)) == COUNT

    deadline = time.monotonic() + 900
    while (status := heard.counts())["analysed"] < COUNT:
        assert status["failed"] == 0 and time.monotonic() < deadline, status
        time.sleep(1)
    analysed_seconds = time.monotonic() - started
    assert heard.status() == {"total": COUNT, "pending": 0, "analysed": COUNT, "failed": 0}
    assert heard.query("SELECT COUNT(*), COUNT(DISTINCT submission_id) FROM submission_facts") == [
        (COUNT, COUNT)
    ]
    heard.stop()
    executed = [log.read_text().count("Executing feedback.tasks.analyse") for log in logs]
    assert all(executed), f"both workers took tasks: {executed}"
    assert sum(executed) == COUNT, f"each queued id ran once: {executed}"

    print(
        f"\nload test ({heard.queue_url or 'sqlite'}): {COUNT} submissions at concurrency"
        f" {CONCURRENCY}: intake {COUNT / intake_seconds:.0f}/s,"
        f" p50 {load.p50_ms:.1f} ms, p99 {load.percentile(0.99):.1f} ms;"
        f" all analysed by two workers after {analysed_seconds:.0f} s"
        f" ({executed[0]} + {executed[1]} tasks)"
    )
