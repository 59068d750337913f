"""What every benchmark reports: a figure beside its same-run baseline, written as JSON for
bench/report.py, which turns them into bench/results.md."""

from __future__ import annotations

import argparse
import json
import sys
import time
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any


@dataclass(frozen=True)
class Target:
    limit: float
    at_most: bool  # else at least
    on_ratio: bool = False  # the limit applies to figure / baseline, not to the figure

    def met(self, value: float, ratio: float) -> bool:
        measured = ratio if self.on_ratio else value
        return measured <= self.limit if self.at_most else measured >= self.limit

    def text(self, unit: str) -> str:
        sign = "≤" if self.at_most else "≥"
        return f"ratio {sign} {self.limit:g}" if self.on_ratio else f"{sign} {self.limit:g} {unit}"


@dataclass(frozen=True)
class Figure:
    benchmark: str
    name: str
    value: float
    unit: str
    baseline: str  # what the figure is compared with, measured in the same run
    baseline_value: float
    backend: str = ""  # sqlite or postgres; empty where no database is involved
    size: int | None = None  # submissions in the database as the measurement began
    targets: tuple[Target, ...] = ()

    @property
    def ratio(self) -> float:
        return self.value / self.baseline_value if self.baseline_value else float("inf")

    @property
    def met(self) -> bool | None:
        if not self.targets:
            return None
        return all(target.met(self.value, self.ratio) for target in self.targets)

    @property
    def target_text(self) -> str:
        return " and ".join(target.text(self.unit) for target in self.targets)

    def line(self) -> str:
        where = ", ".join(filter(None, [self.backend, f"{self.size:,}" if self.size else ""]))
        verdict = f"  target {self.target_text}: {'met' if self.met else 'NOT met'}"
        return (
            f"{self.benchmark}: {self.name} [{where or '-'}]: {self.value:,.1f} {self.unit}; "
            f"{self.baseline}: {self.baseline_value:,.1f}; ratio {self.ratio:.3g}"
            + (verdict if self.targets else "")
        )

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> Figure:
        targets = tuple(Target(**target) for target in data.pop("targets"))
        return cls(**data, targets=targets)


def add_json_option(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--json", type=Path, help="also write the figures to this JSON file")


def show(figures: list[Figure]) -> None:
    for figure in figures:
        print(figure.line(), flush=True)


def publish(
    figures: list[Figure],
    path: Path | None,
    started: float,
    notes: list[str],
    failures: list[str] | None = None,
) -> None:
    """Write the figures to `path`, with notes, failures, the command and how long it took."""
    if path is None:
        return
    path.parent.mkdir(parents=True, exist_ok=True)
    run = {
        "command": " ".join(["python", *sys.argv]),
        "seconds": time.monotonic() - started,
        "notes": notes,
        "failures": failures or [],
        "figures": [asdict(figure) for figure in figures],
    }
    path.write_text(json.dumps(run, indent=1, ensure_ascii=False) + "\n")
