"""The on-prem worker's runtime: unlocked keys, one database event loop, the huey consumer.

Tasks run on huey's threads; database work is handed to a single event loop thread so that
Tortoise keeps one set of connections for the whole process.
"""

from __future__ import annotations

import asyncio
import logging
import threading
import time
from collections.abc import Coroutine, Iterable
from dataclasses import dataclass
from typing import Any, TypeVar

from huey.consumer import Consumer

from feedback import db
from feedback.consultations import analysis as consultation
from feedback.intake import service
from feedback.keys.keyfile import Keyring
from feedback.settings import get_settings
from feedback.tasks import huey
from nlp.tagger import Tagger

log = logging.getLogger("heard.worker")
SWEEP_SECONDS = 10
T = TypeVar("T")


class AnalysisRetry(Exception):
    """Raised so huey tries again later; it carries no detail of the submission's content."""


@dataclass
class Runtime:
    keyring: Keyring
    tagger: Tagger
    loop: asyncio.AbstractEventLoop

    def analyse(self, submission_id: str) -> bool:
        """Fetch and store on the database loop; decrypt and tag on the calling thread."""
        submission = self.run(service.pending(submission_id))
        if submission is None:
            return False
        # A consultation response has questions beside it; anything else is feedback.
        questions = self.run(consultation.questions_for(submission_id))
        try:
            if questions is not None:
                answers = consultation.derive(submission, self.keyring.open, self.tagger, questions)
                return self.run(consultation.store(submission_id, answers))
            derived = service.derive(submission, self.keyring.open, self.tagger)
        except service.AnalysisFailed as failure:
            self.run(service.mark_failed(submission_id, failure.reason))
            return False
        return self.run(service.store(submission_id, derived))

    def run(self, coro: Coroutine[Any, Any, T]) -> T:
        return asyncio.run_coroutine_threadsafe(coro, self.loop).result()


_runtime: Runtime | None = None


def start(keyring: Keyring, tagger: Tagger) -> Runtime:
    global _runtime
    loop = asyncio.new_event_loop()
    threading.Thread(target=loop.run_forever, name="heard-db", daemon=True).start()
    _runtime = Runtime(keyring=keyring, tagger=tagger, loop=loop)
    _runtime.run(db.connect())
    return _runtime


def stop() -> None:
    global _runtime
    if _runtime is not None:
        _runtime.run(db.close())
        _runtime.loop.call_soon_threadsafe(_runtime.loop.stop)
        _runtime = None


def _require() -> Runtime:
    if _runtime is None:
        raise RuntimeError("the worker runtime is not started")
    return _runtime


def run_task(submission_id: str, retries_left: int) -> bool:
    runtime = _require()
    try:
        return runtime.analyse(submission_id)
    except Exception as error:
        # Name the error's type only: its message could quote the content being analysed.
        log.warning("analysis of %s failed (%s)", submission_id, type(error).__name__)
        attempts = runtime.run(service.record_attempt(submission_id))
        if retries_left > 0 and attempts < service.MAX_ATTEMPTS:
            raise AnalysisRetry(submission_id) from None
        return False


def sweep() -> int:
    """Analyse what is pending in the database but in no queue: stored while the queue was down,
    or lost when it restarted without persistence. Only when the queue is empty, so as never to
    race the consumers through a backlog."""
    if huey.pending_count():
        return 0
    return _analyse(_require().run(service.pending_ids()))


def _analyse(submission_ids: Iterable[str]) -> int:
    runtime = _require()
    done = 0
    for submission_id in submission_ids:
        try:
            done += runtime.analyse(submission_id)
        except Exception as error:
            log.warning("analysis of %s failed (%s)", submission_id, type(error).__name__)
            runtime.run(service.record_attempt(submission_id))
    if done:
        log.info("sweep: analysed %d submission(s) that no queued task reached", done)
    return done


def retention() -> tuple[int, int]:
    envelopes, spent = _require().run(service.apply_retention(get_settings().retention_days))
    log.info("retention: removed %d old envelope(s) and %d spent token(s)", envelopes, spent)
    return envelopes, spent


def drain() -> int:
    """Run every queued task now, then everything still pending in the database."""
    done = 0
    while (task := huey.dequeue()) is not None:
        # huey.execute handles a task's own errors (retries); a retry stays pending for sweep.
        done += bool(huey.execute(task))
    return done + sweep()


def consume(workers: int) -> None:
    threading.Thread(target=_sweep_forever, name="heard-sweep", daemon=True).start()
    Consumer(huey, workers=workers, worker_type="thread", periodic=True).run()


def _sweep_forever() -> None:
    # Often, so that a submission the queue lost waits seconds, not minutes. A submission is an
    # orphan only if it was pending at the last look too, with nothing queued both times: a fresh
    # one, or one a consumer is on, is left to its task.
    seen: set[str] = set()
    while True:
        time.sleep(SWEEP_SECONDS)
        try:
            pending = set() if huey.pending_count() else set(_require().run(service.pending_ids()))
            _analyse(sorted(pending & seen))
            seen = pending
        except Exception as error:  # the database or queue is out of reach; look again later
            log.warning("sweep failed (%s)", type(error).__name__)
