"""Long-running workers: the queue's consumer, a crash part-way through, and several worker
and web processes at once."""

from __future__ import annotations

import signal
import time

import httpx

from feedback import crypto
from tests.conftest import Heard
from tests.envelopes import current_key, post_envelope, sealed


def test_killed_worker_loses_nothing(heard: Heard) -> None:
    url = heard.serve()
    count = 300
    kid, public_key = current_key(url)
    with httpx.Client() as client:
        for i in range(count):
            envelope = crypto.seal({"text": f"feedback {i}", "locale": "en"}, kid, public_key)
            response = client.post(f"{url}/api/v1/submissions", json=envelope.to_json())
            assert response.status_code == 201
    (worker,) = heard.start_workers()
    analysed_query = "SELECT COUNT(*) FROM submissions WHERE status = 'analysed'"
    deadline = time.monotonic() + 120
    while heard.query(analysed_query) == [(0,)] and time.monotonic() < deadline:
        time.sleep(0.02)
    worker.send_signal(signal.SIGKILL)
    worker.wait()
    (analysed_at_kill,) = heard.query(analysed_query)[0]
    assert 0 < int(str(analysed_at_kill)) < count, "the kill should land part-way through"
    heard.run("worker", "--drain")
    assert heard.status() == {"total": count, "pending": 0, "analysed": count, "failed": 0}
    # Exactly once: one facts row per submission, however many tries there were.
    assert heard.query("SELECT COUNT(*), COUNT(DISTINCT submission_id) FROM submission_facts") == [
        (count, count)
    ]


def test_consumer_analyses_what_arrives(heard: Heard) -> None:
    url = heard.serve()
    heard.start_workers()
    assert post_envelope(url, sealed(url, "live")).status_code == 201
    deadline = time.monotonic() + 120
    while heard.counts()["analysed"] < 1 and time.monotonic() < deadline:
        time.sleep(0.3)
    assert heard.status()["analysed"] == 1


def test_two_workers_on_one_queue_analyse_each_submission_once(heard: Heard) -> None:
    url = heard.serve()
    count = 200
    kid, public_key = current_key(url)
    heard.start_workers(2)
    logs = [heard.log_dir / "worker-1.log", heard.log_dir / "worker-2.log"]
    with httpx.Client() as client:
        for i in range(count):
            envelope = crypto.seal({"text": f"feedback {i}", "locale": "en"}, kid, public_key)
            assert client.post(f"{url}/api/v1/submissions", json=envelope.to_json()).is_success
    deadline = time.monotonic() + 120
    while heard.counts()["analysed"] < count and time.monotonic() < deadline:
        time.sleep(0.5)
    assert heard.status() == {"total": count, "pending": 0, "analysed": count, "failed": 0}
    assert heard.query("SELECT COUNT(*), COUNT(DISTINCT submission_id) FROM submission_facts") == [
        (count, count)
    ]
    heard.stop()
    executed = [log.read_text().count("Executing feedback.tasks.analyse") for log in logs]
    assert all(executed), f"both workers took tasks from the one queue: {executed}"


def test_several_web_processes_and_workers_together(heard: Heard) -> None:
    url = heard.serve(processes=3)
    heard.start_workers(2)
    kid, public_key = current_key(url)
    with httpx.Client() as client:
        for i in range(60):
            envelope = crypto.seal({"text": f"scale {i}", "locale": "en"}, kid, public_key)
            assert client.post(f"{url}/api/v1/submissions", json=envelope.to_json()).is_success
    deadline = time.monotonic() + 120
    while heard.counts()["analysed"] < 60 and time.monotonic() < deadline:
        time.sleep(0.5)
    assert heard.status() == {"total": 60, "pending": 0, "analysed": 60, "failed": 0}
    heard.stop()
    started = (heard.log_dir / "web.log").read_text().count("Started server process")
    assert started == 3
