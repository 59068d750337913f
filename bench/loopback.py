"""Load on loopback for the benchmarks: servers to start, envelopes to send, closed-loop
throughput and open-loop latency."""

from __future__ import annotations

import asyncio
import base64
import json
import math
import socket
import statistics
import subprocess
import time
from collections.abc import Callable, Coroutine
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import httpx

from feedback import crypto


@dataclass(frozen=True)
class Load:
    """What a server made of some requests. Loads add up, so that servers can take turns."""

    requests: int = 0
    seconds: float = 0.0
    errors: int = 0  # anything but 201
    latencies_ms: list[float] = field(default_factory=list)  # open loop only

    def __add__(self, other: Load) -> Load:
        return Load(
            self.requests + other.requests,
            self.seconds + other.seconds,
            self.errors + other.errors,
            self.latencies_ms + other.latencies_ms,
        )

    @property
    def rate(self) -> float:
        return self.requests / self.seconds

    @property
    def p50_ms(self) -> float:
        return statistics.median(self.latencies_ms)

    @property
    def p99_ms(self) -> float:
        return sorted(self.latencies_ms)[int(len(self.latencies_ms) * 0.99) - 1]


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def start(
    command: list[str], env: dict[str, str], probe: str, log: Path
) -> subprocess.Popen[bytes]:
    """Start a server with its stderr in `log`, and wait until `probe` answers (any status)."""
    with log.open("ab") as stderr:  # a file, not a pipe: an unread pipe fills and blocks it
        process = subprocess.Popen(command, env=env, stdout=subprocess.DEVNULL, stderr=stderr)
    for _ in range(600):
        try:
            httpx.get(probe, timeout=1)
            return process
        except httpx.HTTPError:
            if process.poll() is not None:
                raise RuntimeError(f"{command} exited:\n{tail(log)}") from None
            time.sleep(0.1)
    process.kill()
    raise RuntimeError(f"{probe} did not answer")


def tail(log: Path, lines: int = 30) -> str:
    return "\n".join(log.read_text(errors="replace").splitlines()[-lines:])


def stop(*processes: subprocess.Popen[bytes]) -> None:
    for process in processes:
        process.terminate()
    for process in processes:
        process.wait(timeout=60)


def envelopes(base: str, payloads: list[dict[str, str]]) -> list[bytes]:
    """Seal each payload to the server's current key, as a browser would, before any clock."""
    key = httpx.get(f"{base}/api/v1/keys/current").json()
    public_key = base64.b64decode(key["public_key"])
    return [
        json.dumps(crypto.seal(payload, key["kid"], public_key).to_json()).encode()
        for payload in payloads
    ]


async def throughput(url: str, bodies: list[bytes], concurrency: int) -> Load:
    """Closed loop: `concurrency` requests always in flight."""
    queue: asyncio.Queue[bytes] = asyncio.Queue()
    for body in bodies:
        queue.put_nowait(body)
    errors = 0
    limits = httpx.Limits(max_connections=concurrency, max_keepalive_connections=concurrency)
    headers = {"content-type": "application/json"}

    async with httpx.AsyncClient(limits=limits, timeout=30) as client:

        async def one_client() -> None:
            nonlocal errors
            while not queue.empty():
                body = queue.get_nowait()
                response = await client.post(url, content=body, headers=headers)
                errors += response.status_code != 201

        started = time.perf_counter()
        await asyncio.gather(*(one_client() for _ in range(concurrency)))
        elapsed = time.perf_counter() - started
    return Load(len(bodies), elapsed, errors)


async def open_loop(url: str, bodies: list[bytes], rate: float) -> Load:
    """Send at a fixed rate whatever the answers; latency counts from when a request was due."""
    latencies: list[float] = []
    errors = 0
    headers = {"content-type": "application/json"}
    async with httpx.AsyncClient(limits=httpx.Limits(max_connections=200), timeout=30) as client:
        start = time.perf_counter()

        async def one(i: int, body: bytes) -> None:
            nonlocal errors
            due = start + i / rate
            await asyncio.sleep(max(0.0, due - time.perf_counter()))
            response = await client.post(url, content=body, headers=headers)
            latencies.append((time.perf_counter() - due) * 1000)
            errors += response.status_code != 201

        await asyncio.gather(*(one(i, body) for i, body in enumerate(bodies)))
        elapsed = time.perf_counter() - start
    return Load(len(bodies), elapsed, errors, latencies)


def in_turns(
    urls: list[str],
    bodies: list[bytes],
    rounds: int,
    run: Callable[[str, list[bytes]], Coroutine[Any, Any, Load]],
) -> list[Load]:
    """Every url gets every body, the urls taking turns over `rounds` slices of them, so that a
    burst of other work on the machine lands on each server alike rather than on one."""
    totals = [Load() for _ in urls]
    step = math.ceil(len(bodies) / rounds)
    for first in range(0, len(bodies), step):
        for i, url in enumerate(urls):
            totals[i] += asyncio.run(run(url, bodies[first : first + step]))
    return totals
