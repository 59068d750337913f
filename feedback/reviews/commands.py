"""`heard reviews` (exports, corrections) and `heard demo`."""

from __future__ import annotations

import json
import time
from pathlib import Path

import click

from feedback.settings import get_settings
from feedback.staff.commands import run_with_db


@click.group()
def reviews() -> None:
    """Figures for scripts, and reviewers' tag corrections."""


@reviews.command("export")
@click.option("--format", "fmt", type=click.Choice(["json", "csv"]), default="json")
@click.option("--k", type=int, default=None, help="Suppress counts below this (HEARD_MIN_CELL).")
def export(fmt: str, k: int | None) -> None:
    """Every cell, by outcome, polarity, service, borough and month, with suppression."""
    from feedback import audit
    from feedback.reviews import cells, service
    from feedback.reviews.forms import Filters

    threshold = max(1, k if k is not None else get_settings().min_cell)

    async def build() -> dict[str, object]:
        await cells.refresh()
        data = await service.export(Filters(), None, threshold)
        await audit.record("cli", "export", format=fmt, k=threshold)
        return data

    data = run_with_db(build())
    click.echo(service.export_csv(data) if fmt == "csv" else json.dumps(data), nl=fmt == "json")


@reviews.command("corrections")
@click.option("--out", type=click.Path(dir_okay=False, path_type=Path), default=None)
def corrections(out: Path | None) -> None:
    """Corrected tags of consented quotes, as JSON lines for `heard nlp train --corrections`."""
    from feedback import audit
    from feedback.reviews import service

    async def build() -> list[str]:
        lines = await service.corrections_jsonl()
        await audit.record("cli", "export", format="corrections", lines=len(lines))
        return lines

    lines = run_with_db(build())
    text = "".join(f"{line}\n" for line in lines)
    if out is None:
        click.echo(text, nl=False)
    else:
        out.write_text(text, encoding="utf-8")
        click.echo(f"wrote {len(lines)} correction(s) to {out}", err=True)


@click.group()
def demo() -> None:
    """Demo data: never on an installation that holds real feedback."""


@demo.command("seed")
@click.option("--submissions", type=click.IntRange(min=1), default=10_000, show_default=True)
def seed(submissions: int) -> None:
    """Add N analysed submissions (facts and tags only, no text) across 24 months."""
    import asyncio

    from feedback import db
    from feedback import demo as demo_data

    asyncio.run(db.migrate())
    started = time.monotonic()
    tags = run_with_db(demo_data.seed(submissions))
    click.echo(
        f"seeded {submissions} submissions and {tags} tags in {time.monotonic() - started:.1f}s"
    )
