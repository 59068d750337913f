"""Resident memory of the web process under load and of the worker with every language loaded,
against baselines from the same run: the bare Starlette app under the same load, and the tagger
alone (every language, the same texts) in a fresh process.

    .venv/bin/python bench/memory.py [--backends sqlite,postgres] [--sizes N,N | --full]
                                     [--json FILE]

Load: the feedback page once in each locale (heard only), then 1000 sealed submissions in the
18 languages of nlp/data/eval.jsonl, 50 in flight; then `heard worker` analyses them. Peak is
the kernel's high-water mark (VmHWM) over the process's life, start-up included; steady is
VmRSS once the load is over. Target: worker peak <= 700 MB.
"""

from __future__ import annotations

import asyncio
import json
import subprocess
import sys
import time
from pathlib import Path

import httpx

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.figures import Figure, Target
from bench.installation import HEARD, ROOT, Installation, main_for, models_dir
from bench.intake import servers
from bench.loopback import envelopes, throughput
from bench.rss import rss_mb
from bench.tagging import comments
from feedback.i18n import supported

LOAD = 1000
CONCURRENCY = 50
WORKER_BUDGET_MB = 700
DRAIN_TIMEOUT_S = 600


def _payloads() -> list[dict[str, str]]:
    return [{"text": c["text"], "locale": c["lang"] or "und"} for c in comments(LOAD)]


def _web(installation: Installation, size: int) -> tuple[tuple[float, float], tuple[float, float]]:
    """Peak and steady RSS of heard and of the bare app after the same intake load."""
    with servers(installation, size) as (heard, bare):
        for locale in supported():
            httpx.get(f"{heard.base}/feedback", params={"lang": locale}).raise_for_status()
        bodies = envelopes(heard.base, _payloads())
        for server in (heard, bare):
            load = asyncio.run(throughput(server.submissions, bodies, CONCURRENCY))
            if load.errors:
                raise RuntimeError(f"memory: {load.errors} posts failed on {installation.backend}")
        time.sleep(1)  # let the last responses and buffers go before reading steady RSS
        return rss_mb(heard.process.pid), rss_mb(bare.process.pid)


def _worker(installation: Installation) -> tuple[float, float]:
    """Peak and steady RSS of `heard worker` once it has analysed everything pending."""
    pending = "SELECT COUNT(*) FROM submissions WHERE status = 'pending'"
    worker = subprocess.Popen(
        [*HEARD, "worker"],
        env=installation.env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        deadline = time.monotonic() + DRAIN_TIMEOUT_S
        while installation.sql(pending):
            if worker.poll() is not None or time.monotonic() > deadline:
                raise RuntimeError(f"memory: the worker did not drain on {installation.backend}")
            time.sleep(0.5)
        return rss_mb(worker.pid)
    finally:
        worker.terminate()
        worker.wait(timeout=60)


def _tagger_alone(env: dict[str, str]) -> tuple[float, float]:
    child = subprocess.run(
        [sys.executable, __file__, "--tagger-alone"],
        env=env,
        cwd=ROOT,
        check=True,
        capture_output=True,
        text=True,
    )
    peak, now = json.loads(child.stdout)
    return peak, now


def tagger_alone() -> None:
    """In a fresh process: every language loaded, the same texts tagged; print peak and now."""
    from nlp.tagger import Tagger

    tagger = Tagger.load(models_dir()).load_all()
    for payload in _payloads():
        tagger.tag(payload["text"], payload["locale"])
    print(json.dumps(rss_mb()))


def measure(installation: Installation, size: int) -> list[Figure]:
    (heard_peak, heard_now), (bare_peak, bare_now) = _web(installation, size)
    worker_peak, worker_now = _worker(installation)
    alone_peak, alone_now = _tagger_alone(installation.env)
    backend = installation.backend
    web, alone = "bare Starlette app, same load", "tagger alone, same texts"
    return [
        Figure("memory", "web peak RSS under load", heard_peak, "MB", web, bare_peak,
               backend, size),
        Figure("memory", "web steady RSS after load", heard_now, "MB", web, bare_now,
               backend, size),
        Figure("memory", "worker peak RSS, all languages", worker_peak, "MB", alone, alone_peak,
               backend, size, targets=(Target(WORKER_BUDGET_MB, at_most=True),)),
        Figure("memory", "worker steady RSS after draining", worker_now, "MB", alone, alone_now,
               backend, size),
    ]  # fmt: skip


if __name__ == "__main__":
    if sys.argv[1:] == ["--tagger-alone"]:
        tagger_alone()
    else:
        main_for(__doc__, memory=measure)
