"""Comments per second through the worker: decrypt, tag, redact and write, on each backend.

    .venv/bin/python bench/worker.py [--backends sqlite,postgres] [--submissions N] [--json FILE]

Measured in the same run: the tagger alone (in this process, on the same texts), so the ratio
shows what decrypting and writing cost on top of tagging. Worker start-up (unlocking the key,
loading the models) is timed separately and left out of the rate.
"""

from __future__ import annotations

import argparse
import asyncio
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.figures import Figure, add_json_option, publish, show
from bench.installation import BACKENDS, HEARD, Installation, models_dir, scratch
from bench.loopback import envelopes, free_port, start, stop, throughput
from nlp.tagger import Tagger

TEXTS = [
    "The officer believed me and explained what would happen next.",
    "Nobody called me back for weeks and I had to tell my story again and again.",
    "My GP did not know where to refer me, it felt like they did not care.",
    "The ISVA kept me informed at every step, I felt like I mattered.",
]


def _drain(installation: Installation) -> float:
    started = time.perf_counter()
    installation.heard("worker", "--drain")
    return time.perf_counter() - started


def _worker_rate(installation: Installation, texts: list[str]) -> float:
    port = free_port()
    base = f"http://127.0.0.1:{port}"
    log = installation.root / "heard-serve.log"
    web = start([*HEARD, "serve", "--port", str(port)], installation.env, f"{base}/healthz", log)
    try:
        bodies = envelopes(base, [{"text": t, "locale": "en"} for t in [texts[0], *texts]])
        url = f"{base}/api/v1/submissions"
        # One submission alone first: a drain that unlocks the key and loads the English model,
        # the start-up cost that the drain of the rest pays again and that the rate leaves out.
        first = asyncio.run(throughput(url, bodies[:1], 1))
        startup = _drain(installation)
        rest = asyncio.run(throughput(url, bodies[1:], 20))
        if errors := first.errors + rest.errors:
            raise RuntimeError(f"worker: {errors} posts failed on {installation.backend}")
        total = _drain(installation)
    finally:
        stop(web)
    analysed = installation.sql("SELECT COUNT(*) FROM submissions WHERE status = 'analysed'")
    installation.notes.append(
        f"{installation.backend}: the worker analysed {analysed} of {len(bodies)} submissions; "
        f"its start-up (unlock the key, load the English model, one submission) took "
        f"{startup:.1f} s"
    )
    return len(texts) / max(total - startup, 1e-9)


def _tagger_rate(texts: list[str]) -> float:
    tagger = Tagger.load(models_dir())
    tagger.tag(texts[0], "en")  # load the English pipeline outside the clock, as the worker does
    started = time.perf_counter()
    for text in texts:
        tagger.tag(text, "en")
    return len(texts) / (time.perf_counter() - started)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--backends", default=",".join(BACKENDS))
    parser.add_argument("--submissions", type=int, default=2000)
    add_json_option(parser)
    args = parser.parse_args()
    started = time.monotonic()
    texts = [f"{TEXTS[i % len(TEXTS)]} ({i})" for i in range(args.submissions)]
    figures: list[Figure] = []
    notes: list[str] = []
    for backend in args.backends.split(","):
        with scratch(backend, notes) as installation:
            worker = _worker_rate(installation, texts)
        alone = _tagger_rate(texts)
        name = "decrypt + tag + redact + write, one process"
        found = Figure(
            "worker", name, worker, "comments/s", "tagger alone, same texts", alone, backend
        )
        show([found])
        figures.append(found)
    publish(figures, args.json, started, notes)


if __name__ == "__main__":
    main()
