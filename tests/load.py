"""Concurrent sealed submissions on loopback, keeping every answer for the test to check."""

from __future__ import annotations

import asyncio
import json
import statistics
from dataclasses import dataclass, field

import httpx

from feedback import crypto
from tests.envelopes import current_key


@dataclass
class Load:
    """What came back, in the order it came back; lists grow while the load runs."""

    statuses: list[int] = field(default_factory=list)
    accepted: list[str] = field(default_factory=list)
    latencies_ms: list[float] = field(default_factory=list)
    transport_errors: list[str] = field(default_factory=list)

    def percentile(self, share: float) -> float:
        ordered = sorted(self.latencies_ms)
        return ordered[max(0, round(len(ordered) * share) - 1)]

    @property
    def p50_ms(self) -> float:
        return statistics.median(self.latencies_ms)


def envelopes(base_url: str, count: int, text: str = "load") -> list[bytes]:
    """Sealed before the clock starts, as browsers would have sealed them."""
    kid, public_key = current_key(base_url)
    return [
        json.dumps(
            crypto.seal({"text": f"{text} {i}", "locale": "en"}, kid, public_key).to_json()
        ).encode()
        for i in range(count)
    ]


def post_all(
    base_url: str, bodies: list[bytes], concurrency: int, load: Load, patience: float = 0
) -> Load:
    """POST every body with `concurrency` requests in flight, recording into `load` as it goes.
    With `patience`, a body answered 503 is sent again for that many seconds, as someone told
    "please try again shortly" would."""
    url = f"{base_url}/api/v1/submissions"
    asyncio.run(_post_all(url, bodies, concurrency, load, patience))
    return load


async def _post_all(
    url: str, bodies: list[bytes], concurrency: int, load: Load, patience: float
) -> None:
    pending = list(reversed(bodies))
    limits = httpx.Limits(max_connections=concurrency, max_keepalive_connections=concurrency)
    headers = {"content-type": "application/json"}
    loop = asyncio.get_running_loop()
    async with httpx.AsyncClient(limits=limits, timeout=60) as client:

        async def one_client() -> None:
            while pending:
                body = pending.pop()
                give_up = loop.time() + patience
                while True:
                    started = loop.time()
                    try:
                        response = await client.post(url, content=body, headers=headers)
                    except httpx.HTTPError as error:
                        load.transport_errors.append(type(error).__name__)
                        break
                    load.latencies_ms.append((loop.time() - started) * 1000)
                    load.statuses.append(response.status_code)
                    if response.status_code != 503 or loop.time() > give_up:
                        break
                    await asyncio.sleep(0.2)
                if response.status_code == 201:
                    load.accepted.append(response.json()["id"])

        await asyncio.gather(*(one_client() for _ in range(concurrency)))
