"""p95 latency of the dashboard's main query, against the same GROUP BY in raw SQL, same run.

    .venv/bin/python bench/aggregates.py [--backends sqlite,postgres] [--sizes N,N | --full]
                                         [--json FILE]

For each backend and size: a scratch installation seeded by `heard demo seed`, then the query
(`feedback.reviews.cells.tag_counts`, through Tortoise) and the same GROUP BY sent as raw SQL,
interleaved, over a few filter scenarios. For context it also times the GROUP BY over the tags
and facts themselves, which the rolled-up cells exist to avoid.
Targets: p95 <= 300 ms on SQLite; ORM / raw <= 1.5.
"""

from __future__ import annotations

import asyncio
import json
import statistics
import subprocess
import sys
import time
from collections.abc import Awaitable, Callable
from datetime import date
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.figures import Figure, Target
from bench.installation import ROOT, Installation, main_for
from feedback.demo import months_back

RUNS = 60
UNROLLED = "raw GROUP BY over tags and facts p95, everything"
LAST_YEAR = months_back(date.today(), 12)
# name: (filters, scope). Scopes as a reviewer's organisation would give them.
SCENARIOS: dict[str, tuple[dict[str, str], list[tuple[str, str | None]] | None]] = {
    "everything": ({}, None),
    "one police force": ({}, [("police", "birmingham"), ("police", "solihull")]),
    "last year, English": (
        {"month_from": LAST_YEAR[0], "month_to": LAST_YEAR[-1], "locale": "en"},
        [("sarc", None), ("isva", None)],
    ),
}


def _where_sql(filters: dict[str, str], scope: list[tuple[str, str | None]] | None) -> str:
    parts = ["kind = 'tag'"]
    if scope is not None:
        ors = [
            f"(service = '{s}' AND borough = '{b}')" if b else f"service = '{s}'" for s, b in scope
        ]
        parts.append("(" + " OR ".join(ors) + ")")
    if "month_from" in filters:
        parts.append(f"month >= '{filters['month_from']}'")
    if "month_to" in filters:
        parts.append(f"month <= '{filters['month_to']}'")
    if "locale" in filters:
        parts.append(f"locale = '{filters['locale']}'")
    return " AND ".join(parts)


def p95(samples: list[float]) -> float:
    return (
        statistics.quantiles(samples, n=20, method="inclusive")[18]
        if len(samples) > 1
        else samples[0]
    )


async def _time(call: Callable[[], Awaitable[Any]]) -> float:
    started = time.perf_counter()
    await call()
    return (time.perf_counter() - started) * 1000


async def _child(runs: int) -> dict[str, Any]:
    from tortoise import Tortoise

    from feedback import db
    from feedback.reviews import cells
    from feedback.reviews.forms import Filters

    await db.connect()
    try:
        await cells.refresh()
        client = Tortoise.get_connection("default")
        results: dict[str, Any] = {}
        for name, (given, scope) in SCENARIOS.items():
            filters = Filters(**given)
            sql = (
                "SELECT outcome, polarity, month, SUM(count) FROM review_cells WHERE "
                + _where_sql(given, scope)
                + " GROUP BY outcome, polarity, month"
            )
            orm = await cells.tag_counts(filters, scope)
            _n, raw_rows = await client.execute_query(sql)
            rows = {(r[0], r[1], r[2]): int(r[3]) for r in map(tuple, raw_rows)}
            assert rows == orm, name
            orm_ms, raw_ms = [], []
            for _ in range(runs):  # interleaved, so both see the same cache and load
                orm_ms.append(await _time(lambda f=filters, s=scope: cells.tag_counts(f, s)))
                raw_ms.append(await _time(lambda q=sql: client.execute_query(q)))
            results[name] = {"orm_p95": p95(orm_ms), "raw_p95": p95(raw_ms)}
        base = (
            "SELECT t.outcome, t.polarity, f.month, COUNT(*) FROM submission_tags t "
            "JOIN submission_facts f ON f.submission_id = t.submission_id "
            "GROUP BY t.outcome, t.polarity, f.month"
        )
        unrolled = [await _time(lambda: client.execute_query(base)) for _ in range(3)]
        results[UNROLLED] = p95(unrolled)
        cells_n = await client.execute_query("SELECT COUNT(*) FROM review_cells")
        results["cells"] = cells_n[1][0][0]
        return results
    finally:
        await db.close()


def measure(installation: Installation, size: int) -> list[Figure]:
    child = subprocess.run(
        [sys.executable, __file__, "--child"],
        env=installation.env,
        capture_output=True,
        text=True,
        cwd=ROOT,
    )
    if child.returncode:
        raise RuntimeError(child.stderr)
    found = json.loads(child.stdout)
    backend = installation.backend
    installation.notes.append(
        f"{backend}: {found.pop('cells'):,} rolled-up cells for {size:,} submissions"
    )
    unrolled = found.pop(UNROLLED)
    raw = "same GROUP BY in raw SQL"
    targets = (Target(1.5, at_most=True, on_ratio=True),)
    if backend == "sqlite":
        targets += (Target(300, at_most=True),)
    figures = [
        Figure("aggregates", f"dashboard query p95, {name}", f["orm_p95"], "ms", raw,
               f["raw_p95"], backend, size, targets)
        for name, f in found.items()
    ]  # fmt: skip
    figures.append(
        Figure("aggregates", UNROLLED, unrolled, "ms", "rolled-up cells, raw SQL",
               found["everything"]["raw_p95"], backend, size)
    )  # fmt: skip
    return figures


if __name__ == "__main__":
    if sys.argv[1:] == ["--child"]:
        print(json.dumps(asyncio.run(_child(RUNS))))
    else:
        main_for(__doc__, aggregates=measure)
