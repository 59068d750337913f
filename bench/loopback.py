"""Load on loopback for the benchmarks: closed-loop throughput and open-loop latency."""

from __future__ import annotations

import asyncio
import statistics
import time
from dataclasses import dataclass

import httpx


@dataclass(frozen=True)
class Latency:
    p50_ms: float
    p99_ms: float
    errors: int


async def throughput(url: str, bodies: list[bytes], concurrency: int) -> tuple[float, int]:
    """Requests per second with `concurrency` requests always in flight; and the error count."""
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
    return len(bodies) / elapsed, errors


async def open_loop(url: str, bodies: list[bytes], rate: float) -> Latency:
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
    latencies.sort()
    return Latency(
        p50_ms=statistics.median(latencies),
        p99_ms=latencies[int(len(latencies) * 0.99) - 1],
        errors=errors,
    )
