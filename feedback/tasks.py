"""The huey queue. It carries submission ids only, never text.

The web tier imports this module to enqueue; the task body runs on the worker, which installs
its runtime (the unlocked keys and a database loop) with `feedback.worker.start`.
"""

from __future__ import annotations

import logging
import uuid
from urllib.parse import urlparse

from huey import Huey, RedisHuey, SqliteHuey, crontab
from starlette.concurrency import run_in_threadpool

from feedback.settings import get_settings

QUEUE_NAME = "heard"
log = logging.getLogger("heard.queue")


def make_huey(queue_url: str) -> Huey:
    scheme = urlparse(queue_url).scheme
    if scheme in ("redis", "rediss", "unix"):
        return RedisHuey(QUEUE_NAME, url=queue_url, results=False, utc=True)
    if scheme == "sqlite":
        path = queue_url.removeprefix("sqlite://")
        return SqliteHuey(QUEUE_NAME, filename=path, results=False, utc=True)
    raise ValueError(f"HEARD_QUEUE_URL must be sqlite://PATH or redis://…, not {scheme}://")


huey = make_huey(get_settings().queue_url)


@huey.task(retries=3, retry_delay=5, context=True)
def analyse(submission_id: str, task: object = None) -> bool:
    from feedback import worker  # worker-only code: the web process never imports it

    return worker.run_task(submission_id, retries_left=getattr(task, "retries", 0))


async def enqueue(submission_id: uuid.UUID) -> None:
    """Queue a stored submission for analysis; called by the web tier after storing it."""
    try:
        await run_in_threadpool(analyse, str(submission_id))
    except Exception as error:
        # Stored already: the worker's sweep finds it even if the queue is down right now.
        log.warning("could not enqueue a submission (%s)", type(error).__name__)


@huey.periodic_task(crontab(minute="17", hour="3"))
def retention() -> None:
    """Daily: delete old envelopes (facts stay) and forget spent form tokens."""
    from feedback import worker

    worker.retention()
