"""Sealed submissions per second through uvicorn on loopback, against a bare INSERT endpoint.

    .venv/bin/python bench/intake.py [--requests N] [--database sqlite|postgres]

Envelopes are sealed before the clock starts, as a browser would seal them. Targets on SQLite:
throughput ratio >= 0.7; p99 <= 50 ms at an offered 100 submissions/s.
"""

from __future__ import annotations

import argparse
import asyncio
import base64
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import httpx

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.loopback import open_loop, throughput
from feedback import crypto

ROOT = Path(__file__).resolve().parent.parent
TEXT = "The officer listened and told me what would happen next. " * 6


def _free_port() -> int:
    import socket

    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def _wait(url: str) -> None:
    for _ in range(300):
        try:
            httpx.get(url, timeout=1)
            return
        except httpx.HTTPError:
            time.sleep(0.1)
    raise SystemExit(f"{url} did not start")


def _start(command: list[str], env: dict[str, str], probe: str) -> subprocess.Popen[bytes]:
    process = subprocess.Popen(command, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    _wait(probe)
    return process


def _envelopes(base: str, count: int) -> list[bytes]:
    key = httpx.get(f"{base}/api/v1/keys/current").json()
    public_key = base64.b64decode(key["public_key"])
    return [
        json.dumps(
            crypto.seal({"text": f"{TEXT} {i}", "locale": "en"}, key["kid"], public_key).to_json()
        ).encode()
        for i in range(count)
    ]


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--requests", type=int, default=3000)
    parser.add_argument("--concurrency", type=int, default=50)
    parser.add_argument("--rate", type=float, default=100.0)
    parser.add_argument("--seconds", type=float, default=10.0)
    args = parser.parse_args()

    with tempfile.TemporaryDirectory() as scratch:
        env = {**os.environ, "HEARD_DATA_DIR": f"{scratch}/heard", "BARE_DB": f"{scratch}/bare.db"}
        env.pop("DATABASE_URL", None)
        env.pop("HEARD_QUEUE_URL", None)
        heard_port, bare_port = _free_port(), _free_port()
        python = sys.executable
        heard = _start(
            [python, "-m", "feedback.cli", "serve", "--port", str(heard_port)],
            env,
            f"http://127.0.0.1:{heard_port}/healthz",
        )
        bare = _start(
            [
                python,
                "-m",
                "uvicorn",
                "bench.bare_app:app",
                "--port",
                str(bare_port),
                "--no-access-log",
                "--log-level",
                "warning",
            ],
            {**env, "PYTHONPATH": str(ROOT)},
            f"http://127.0.0.1:{bare_port}/",
        )
        try:
            heard_url = f"http://127.0.0.1:{heard_port}/api/v1/submissions"
            bare_url = f"http://127.0.0.1:{bare_port}/api/v1/submissions"
            bodies = _envelopes(f"http://127.0.0.1:{heard_port}", args.requests)
            asyncio.run(throughput(heard_url, bodies[:200], args.concurrency))  # warm up
            asyncio.run(throughput(bare_url, bodies[:200], args.concurrency))
            heard_rps, heard_errors = asyncio.run(throughput(heard_url, bodies, args.concurrency))
            bare_rps, bare_errors = asyncio.run(throughput(bare_url, bodies, args.concurrency))
            paced = bodies[: int(args.rate * args.seconds)]
            heard_lat = asyncio.run(open_loop(heard_url, paced, args.rate))
            bare_lat = asyncio.run(open_loop(bare_url, paced, args.rate))
        finally:
            for process in (heard, bare):
                process.terminate()
                process.wait()

    print(f"intake throughput, SQLite, concurrency {args.concurrency}, {args.requests} requests")
    print(f"  heard: {heard_rps:8.1f} submissions/s  ({heard_errors} errors)")
    print(f"  bare:  {bare_rps:8.1f} inserts/s      ({bare_errors} errors)")
    print(f"  ratio: {heard_rps / bare_rps:.2f}  (target >= 0.70)")
    print(f"open-loop latency at {args.rate:.0f}/s for {args.seconds:.0f} s")
    print(
        f"  heard: p50 {heard_lat.p50_ms:6.1f} ms  p99 {heard_lat.p99_ms:6.1f} ms  "
        f"({heard_lat.errors} errors; target p99 <= 50 ms)"
    )
    print(
        f"  bare:  p50 {bare_lat.p50_ms:6.1f} ms  p99 {bare_lat.p99_ms:6.1f} ms  "
        f"({bare_lat.errors} errors)"
    )


if __name__ == "__main__":
    main()
