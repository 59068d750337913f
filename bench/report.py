"""Assemble bench/results.md from the JSON files the benchmarks wrote with --json.

.venv/bin/python bench/report.py bench/out > bench/results.md
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import sqlite3
import subprocess
import sys
from collections import defaultdict
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import redis

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.figures import Figure
from bench.installation import PG_ADMIN, REDIS, ROOT

ORDER = ("intake", "aggregates", "memory", "worker", "tagging", "pages")
NOISE = (
    "Timings are noisy: the cores are shared with other work (the load average at the end of "
    "each step is in the notes at the bottom), and the load generator runs on the same cores as "
    "the servers it measures. Compare each figure with its baseline from the same run (the "
    "ratio) rather than absolute figures between runs. Heard and the bare app take turns in "
    "five rounds, so a burst of other work lands on both; even so an open-loop p99 at 100/s "
    "turns into hundreds of ms whenever a server falls behind for a moment, and heard, doing "
    "more per request, has less headroom to catch up than the bare app."
)
METHOD = (
    "Sizes are the rows in the submissions table as a step starts, seeded with `heard demo seed`; "
    "intake then adds about 4,000 (set aside as failed) and memory 1,000 (analysed), which the "
    "next size's seed tops up from. A ratio is the figure over its baseline: above 1 is more "
    "(time, memory, bytes, or throughput) than the baseline."
)


def _first_line(command: list[str]) -> str:
    try:
        done = subprocess.run(command, capture_output=True, text=True, timeout=10)
    except (OSError, subprocess.TimeoutExpired):
        return "unknown"
    return done.stdout.strip().splitlines()[0] if done.returncode == 0 else "unknown"


def machine() -> list[str]:
    cpu = next(
        (line.split(":", 1)[1].strip() for line in Path("/proc/cpuinfo").read_text().splitlines()
         if line.startswith("model name")),
        platform.processor(),
    )  # fmt: skip
    mem_kb = int(Path("/proc/meminfo").read_text().split()[1])
    redis_version = redis.Redis.from_url(REDIS).info("server")["redis_version"]
    commit = _first_line(["git", "-C", str(ROOT), "rev-parse", "--short", "HEAD"])
    changed = subprocess.run(
        ["git", "-C", str(ROOT), "status", "--porcelain", "--", ".", ":!bench/results.md"],
        capture_output=True,
        text=True,
    ).stdout.strip()
    return [
        f"- {os.cpu_count()} cores ({cpu}), {mem_kb / 1024 / 1024:.1f} GB RAM, "
        f"{platform.system()} {platform.release()}",
        f"- Python {platform.python_version()}, SQLite {sqlite3.sqlite_version}, PostgreSQL "
        f"{_first_line(['psql', PG_ADMIN, '-tAc', 'SHOW server_version'])}, Redis {redis_version}",
        f"- code: git {commit}" + (" with uncommitted changes" if changed else ""),
    ]


def _number(value: float) -> str:
    return f"{value:,.0f}" if value >= 100 else f"{value:.1f}" if value >= 1 else f"{value:.2f}"


def _ratio(value: float) -> str:
    return f"{value:.2f}" if value >= 0.1 else f"{value:.4f}"


def _size(size: int | None) -> str:
    if size is None:
        return "-"
    return f"{size // 1_000_000}M" if size >= 1_000_000 else f"{size // 1000}k"


def _verdict(figure: Figure) -> str:
    return "" if figure.met is None else "yes" if figure.met else "**no**"


def table(figures: list[Figure]) -> list[str]:
    rows = [
        "| figure | backend | submissions | value | baseline (same run) | baseline value "
        "| ratio | target | met |",
        "|---|---|---|---:|---|---:|---:|---|---|",
    ]
    names = list(dict.fromkeys(f.name for f in figures))
    for f in sorted(figures, key=lambda f: (names.index(f.name), f.backend, f.size or 0)):
        rows.append(
            f"| {f.name} | {f.backend or '-'} | {_size(f.size)} | {_number(f.value)} {f.unit} "
            f"| {f.baseline} | {_number(f.baseline_value)} | {_ratio(f.ratio)} "
            f"| {f.target_text} | {_verdict(f)} |"
        )
    return rows


def growth(figures: list[Figure]) -> list[str]:
    """Each figure at every size it was measured at, with its ratio, and how much it grew."""
    series: dict[tuple[str, str, str], dict[int, Figure]] = defaultdict(dict)
    for f in figures:
        if f.size is not None:
            series[(f.name, f.backend, f.unit)][f.size] = f
    sizes = sorted({size for by_size in series.values() for size in by_size})
    if len(sizes) < 2:
        return []
    rows = [
        "| figure | backend | "
        + " | ".join(_size(s) for s in sizes)
        + f" | {_size(sizes[-1])} / {_size(sizes[0])} |",
        "|---|---|" + "---:|" * (len(sizes) + 1),
    ]
    for (name, backend, unit), by_size in series.items():
        cells = [
            f"{_number(by_size[s].value)} ({_ratio(by_size[s].ratio)})" if s in by_size else "-"
            for s in sizes
        ]
        first, last = by_size.get(sizes[0]), by_size.get(sizes[-1])
        grew = f"x{last.value / first.value:.2f}" if first and last and first.value else "-"
        rows.append(f"| {name} ({unit}) | {backend} | " + " | ".join(cells) + f" | {grew} |")
    return ["", "How it grows (value, and in brackets its ratio to the same-run baseline):", "",
            *rows]  # fmt: skip


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("directory", type=Path)
    parser.add_argument("out", type=Path)
    args = parser.parse_args()
    paths = sorted(args.directory.glob("*.json"))
    runs: list[dict[str, Any]] = [json.loads(path.read_text()) for path in paths]
    finished = datetime.fromtimestamp(max(path.stat().st_mtime for path in paths), UTC)
    figures = [Figure.from_json(f) for run in runs for f in run["figures"]]
    by_benchmark: dict[str, list[Figure]] = defaultdict(list)
    for figure in figures:
        by_benchmark[figure.benchmark].append(figure)
    missed = [f for f in figures if f.met is False]
    failures = [failure for run in runs for failure in run.get("failures", [])]
    total = sum(run["seconds"] for run in runs)
    lines = [
        "# Benchmark results",
        "",
        "Written by `make bench` (bench/report.py); do not edit by hand. "
        f"The benchmarks finished on {finished:%Y-%m-%d %H:%M} UTC and took "
        f"{total / 60:.0f} min in all.",
        "",
        *machine(),
        "",
        NOISE,
        "",
        METHOD,
        "",
        *(f"**Failed, so missing below:** {failure}\n" for failure in failures),
        f"Targets: {sum(f.met is True for f in figures)} met, {len(missed)} not met"
        + (": " + "; ".join(f"{f.benchmark} {f.name} ({f.backend or '-'}, "
                            f"{_size(f.size)})" for f in missed) if missed else "."),
    ]  # fmt: skip
    for name in sorted(by_benchmark, key=lambda b: ORDER.index(b) if b in ORDER else len(ORDER)):
        lines += ["", f"## {name}", "", *table(by_benchmark[name]), *growth(by_benchmark[name])]
    lines += ["", "## Runs", ""]
    for run in runs:
        lines.append(f"- `{run['command']}`: {run['seconds'] / 60:.1f} min")
        lines += [f"  - {note}" for note in run["notes"]]
    args.out.write_text("\n".join(lines) + "\n")
    if failures:
        raise SystemExit(f"{len(failures)} benchmark(s) failed; see {args.out}")


if __name__ == "__main__":
    main()
