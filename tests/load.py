"""Concurrent sealed submissions on loopback, keeping every answer for the test to check."""

from __future__ import annotations

import asyncio
import json
import statistics
from dataclasses import dataclass, field
from urllib.parse import urlsplit

import h11

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


class Connection:
    """One keep-alive HTTP/1.1 connection on loopback, spoken with h11. httpx's pool costs about
    8 ms of CPU a request at this concurrency, more than the web tier it is loading, and on a
    2-core machine that CPU is taken from the servers under test."""

    def __init__(self, url: str) -> None:
        parts = urlsplit(url)
        self.host, self.port, self.path = parts.hostname or "", parts.port or 80, parts.path
        self.streams: tuple[asyncio.StreamReader, asyncio.StreamWriter] | None = None
        self.http = h11.Connection(h11.CLIENT)

    async def post(self, body: bytes) -> tuple[int, bytes]:
        if self.streams is None or self.http.our_state is not h11.IDLE:
            await self.close()
            self.streams = await asyncio.open_connection(self.host, self.port)
            self.http = h11.Connection(h11.CLIENT)
        reader, writer = self.streams
        headers = [
            ("host", f"{self.host}:{self.port}"),
            ("content-type", "application/json"),
            ("content-length", str(len(body))),
        ]
        request = h11.Request(method="POST", target=self.path, headers=headers)
        writer.write(self.http.send(request) + self.http.send(h11.Data(data=body)))
        writer.write(self.http.send(h11.EndOfMessage()))
        await writer.drain()
        status, chunks = 0, []
        while True:
            event = self.http.next_event()
            if event is h11.NEED_DATA:
                self.http.receive_data(await reader.read(65536))
            elif isinstance(event, h11.Response):
                status = event.status_code
            elif isinstance(event, h11.Data):
                chunks.append(bytes(event.data))
            elif isinstance(event, h11.EndOfMessage):
                break
            elif isinstance(event, h11.ConnectionClosed):
                raise ConnectionError("the server closed the connection mid-answer")
        if self.http.our_state is h11.DONE and self.http.their_state is h11.DONE:
            self.http.start_next_cycle()
        return status, b"".join(chunks)

    async def close(self) -> None:
        if self.streams is not None:
            self.streams[1].close()
            self.streams = None


async def _post_all(
    url: str, bodies: list[bytes], concurrency: int, load: Load, patience: float
) -> None:
    pending = list(reversed(bodies))
    loop = asyncio.get_running_loop()

    async def one_client() -> None:
        connection = Connection(url)
        try:
            while pending:
                body = pending.pop()
                give_up = loop.time() + patience
                while True:
                    started = loop.time()
                    try:
                        status, answer = await asyncio.wait_for(connection.post(body), 60)
                    except (OSError, TimeoutError, h11.ProtocolError) as error:
                        load.transport_errors.append(type(error).__name__)
                        await connection.close()
                        status = 0
                        break
                    load.latencies_ms.append((loop.time() - started) * 1000)
                    load.statuses.append(status)
                    if status != 503 or loop.time() > give_up:
                        break
                    await asyncio.sleep(0.2)
                if status == 201:
                    load.accepted.append(json.loads(answer)["id"])
        finally:
            await connection.close()

    await asyncio.gather(*(one_client() for _ in range(concurrency)))
