"""p95 latency of the dashboard's main query, against the same GROUP BY in raw SQL, same run.

    .venv/bin/python bench/aggregates.py [--submissions 1000000] [--backends sqlite,postgres]

For each backend: a scratch installation, `heard demo seed`, then the dashboard's query
(`feedback.reviews.cells.tag_counts`, through Tortoise) and the same GROUP BY sent as raw SQL,
interleaved, over a few filter scenarios. For context it also times the GROUP BY over the tags
and facts themselves, which the rolled-up cells exist to avoid.
Targets: p95 <= 300 ms on SQLite; ORM / raw <= 1.5.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
import uuid
from collections.abc import Awaitable, Callable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
PG_ADMIN = "postgres://heard:heard@127.0.0.1:5432/postgres"
HEARD = [sys.executable, "-m", "feedback.cli"]

# name: (filters, scope). Scopes as a reviewer's organisation would give them.
SCENARIOS: dict[str, tuple[dict[str, str], list[tuple[str, str | None]] | None]] = {
    "everything": ({}, None),
    "one police force": ({}, [("police", "birmingham"), ("police", "solihull")]),
    "year, English": ({"month_from": "2025-12", "month_to": "2026-11", "locale": "en"},
                      [("sarc", None), ("isva", None)]),
}  # fmt: skip


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


async def measure(runs: int) -> dict[str, Any]:
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
            results[name] = {"orm_p95": p95(orm_ms), "raw_p95": p95(raw_ms), "groups": len(orm)}
        base = (
            "SELECT t.outcome, t.polarity, f.month, COUNT(*) FROM submission_tags t "
            "JOIN submission_facts f ON f.submission_id = t.submission_id "
            "GROUP BY t.outcome, t.polarity, f.month"
        )
        unrolled = [await _time(lambda: client.execute_query(base)) for _ in range(3)]
        results["unrolled GROUP BY over tags and facts (everything)"] = {"raw_p95": p95(unrolled)}
        cells_n = await client.execute_query("SELECT COUNT(*) FROM review_cells")
        results["cells"] = cells_n[1][0][0]
        return results
    finally:
        await db.close()


def _installation(backend: str, root: Path) -> tuple[dict[str, str], str | None]:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("HEARD_", "DATABASE_URL"))}
    env["HEARD_DATA_DIR"] = str(root)
    database = None
    if backend == "postgres":
        database = f"heard_bench_{uuid.uuid4().hex[:8]}"
        subprocess.run(["psql", PG_ADMIN, "-qc", f"CREATE DATABASE {database}"], check=True)
        env["DATABASE_URL"] = f"postgres://heard:heard@127.0.0.1:5432/{database}"
    return env, database


def _drop(database: str) -> None:
    # Right after a bulk load autovacuum may hold the database, and only a superuser can end it.
    for _ in range(30):
        dropped = subprocess.run(
            ["psql", PG_ADMIN, "-qc", f"DROP DATABASE IF EXISTS {database} WITH (FORCE)"],
            capture_output=True,
        )
        if dropped.returncode == 0:
            return
        time.sleep(2)
    print(f"could not drop {database}; drop it by hand", file=sys.stderr)


def run_backend(backend: str, submissions: int, runs: int) -> dict[str, Any]:
    with tempfile.TemporaryDirectory(prefix=f"heard-bench-{backend}-") as scratch:
        env, database = _installation(backend, Path(scratch))
        try:
            subprocess.run([*HEARD, "migrate"], env=env, check=True, capture_output=True)
            started = time.monotonic()
            subprocess.run(
                [*HEARD, "demo", "seed", "--submissions", str(submissions)],
                env=env,
                check=True,
                capture_output=True,
            )
            seeded = time.monotonic() - started
            child = subprocess.run(
                [sys.executable, __file__, "--measure", "--runs", str(runs)],
                env=env,
                capture_output=True,
                text=True,
                cwd=ROOT,
            )
            if child.returncode:
                raise SystemExit(child.stderr)
            return {"seed_s": seeded, **json.loads(child.stdout)}
        finally:
            if database:
                _drop(database)


def report(backend: str, submissions: int, found: dict[str, Any]) -> None:
    print(f"\n{backend}: {submissions:,} submissions seeded in {found['seed_s']:.0f} s, "
          f"{found['cells']:,} rolled-up cells")  # fmt: skip
    print(f"  {'scenario':<52} {'ORM p95':>9} {'raw p95':>9} {'ratio':>6}")
    for name, figures in found.items():
        if not isinstance(figures, dict):
            continue
        if "orm_p95" in figures:
            ratio = figures["orm_p95"] / figures["raw_p95"]
            print(
                f"  {name:<52} {figures['orm_p95']:>7.1f}ms {figures['raw_p95']:>7.1f}ms"
                f" {ratio:>6.2f}"
            )
        else:
            print(f"  {name:<52} {'':>9} {figures['raw_p95']:>7.1f}ms")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--submissions", type=int, default=1_000_000)
    parser.add_argument("--backends", default="sqlite,postgres")
    parser.add_argument("--runs", type=int, default=60)
    parser.add_argument("--measure", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.measure:
        sys.path.insert(0, str(ROOT))
        print(json.dumps(asyncio.run(measure(args.runs))))
        return
    worst_sqlite, worst_ratio = 0.0, 0.0
    for backend in args.backends.split(","):
        found = run_backend(backend, args.submissions, args.runs)
        report(backend, args.submissions, found)
        for figures in found.values():
            if isinstance(figures, dict) and "orm_p95" in figures:
                worst_ratio = max(worst_ratio, figures["orm_p95"] / figures["raw_p95"])
                if backend == "sqlite":
                    worst_sqlite = max(worst_sqlite, figures["orm_p95"])
    print(
        f"\nworst ORM p95 on SQLite: {worst_sqlite:.1f} ms (target <= 300); "
        f"worst ORM/raw ratio: {worst_ratio:.2f} (target <= 1.5)"
    )


if __name__ == "__main__":
    main()
