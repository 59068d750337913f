"""Comments per second through the worker: decrypt, tag, redact and write, on SQLite.

    .venv/bin/python bench/worker.py [--submissions N]

Measured in the same run: the tagger alone (in this process, on the same texts), so the ratio
shows what decrypting and writing cost on top of tagging. Worker start-up (unlocking the key,
loading the models) is timed separately and left out of the rate.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.intake import _envelopes, _free_port, _start
from bench.loopback import throughput
from nlp.tagger import Tagger

ROOT = Path(__file__).resolve().parent.parent
TEXTS = [
    "The officer believed me and explained what would happen next.",
    "Nobody called me back for weeks and I had to tell my story again and again.",
    "My GP did not know where to refer me, it felt like they did not care.",
    "The ISVA kept me informed at every step, I felt like I mattered.",
]


def _drain(env: dict[str, str]) -> float:
    started = time.perf_counter()
    subprocess.run(
        [sys.executable, "-m", "feedback.cli", "worker", "--drain"],
        env=env,
        check=True,
        capture_output=True,
    )
    return time.perf_counter() - started


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--submissions", type=int, default=2000)
    args = parser.parse_args()
    models = Path(os.environ.get("HEARD_MODELS_DIR", ROOT / ".heard" / "models")).resolve()
    with tempfile.TemporaryDirectory() as scratch:
        env = {**os.environ, "HEARD_DATA_DIR": scratch, "HEARD_MODELS_DIR": str(models)}
        env.pop("DATABASE_URL", None)
        env.pop("HEARD_QUEUE_URL", None)
        port = _free_port()
        web = _start(
            [sys.executable, "-m", "feedback.cli", "serve", "--port", str(port)],
            {k: v for k, v in env.items() if k != "HEARD_KEY_PASSPHRASE"},
            f"http://127.0.0.1:{port}/healthz",
        )
        try:
            startup = _drain(env)  # nothing pending yet: unlock and model loading only
            bodies = _envelopes(f"http://127.0.0.1:{port}", args.submissions)
            url = f"http://127.0.0.1:{port}/api/v1/submissions"
            _, errors = asyncio.run(throughput(url, bodies, 20))
            assert errors == 0
            total = _drain(env)
            status = json.loads(
                subprocess.run(
                    [sys.executable, "-m", "feedback.cli", "status", "--json"],
                    env=env,
                    check=True,
                    capture_output=True,
                    text=True,
                ).stdout
            )
        finally:
            web.terminate()
            web.wait()
    tagger = Tagger.load(models)
    texts = [TEXTS[i % len(TEXTS)] + f" ({i})" for i in range(args.submissions)]
    started = time.perf_counter()
    for text in texts:
        tagger.tag(text, "en")
    tagger_rate = len(texts) / (time.perf_counter() - started)
    worker_rate = args.submissions / max(total - startup, 1e-9)
    print(f"worker throughput, SQLite, {args.submissions} submissions, one worker process")
    print(f"  analysed: {status['submissions']['analysed']} of {status['submissions']['total']}")
    print(f"  start-up (unlock key, load models): {startup:6.2f} s")
    print(f"  worker (decrypt + tag + redact + write): {worker_rate:8.1f} comments/s")
    print(f"  tagger alone, same texts, this process:  {tagger_rate:8.1f} comments/s")
    print(f"  ratio worker / tagger: {worker_rate / tagger_rate:.2f}")


if __name__ == "__main__":
    main()
