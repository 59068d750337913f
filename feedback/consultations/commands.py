"""`heard consultation`: create, open, close, hand out codes and read results from a terminal."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import click

from feedback.settings import get_settings
from feedback.staff.commands import run_with_db

CLI_ACTOR = "cli"


@click.group()
def consultation() -> None:
    """VOICE group consultations."""


async def _get(consultation_id: int) -> Any:
    from feedback.consultations.models import Consultation

    found = await Consultation.get_or_none(id=consultation_id)
    if found is None:
        raise click.ClickException(f"There is no consultation {consultation_id}.")
    return found


@consultation.command("create")
@click.argument("file", type=click.Path(exists=True, dir_okay=False, path_type=Path))
def create(file: Path) -> None:
    """Create a draft consultation from FILE.json; prints its id and slug."""
    from feedback.consultations import forms, service

    try:
        definition = forms.parse_definition(json.loads(file.read_text(encoding="utf-8")))
    except ValueError as error:  # DefinitionError, or the file is not JSON
        raise click.ClickException(str(error)) from None
    made = run_with_db(service.create(definition, CLI_ACTOR))
    click.echo(json.dumps({"id": made.id, "slug": made.slug}))


def _move(consultation_id: int, to: str) -> None:
    from feedback.consultations import service
    from feedback.consultations.models import Status

    async def go() -> None:
        await service.move(await _get(consultation_id), Status(to))

    try:
        run_with_db(go())
    except service.WrongStatus as error:
        raise click.ClickException(str(error)) from None
    click.echo(f"consultation {consultation_id} is {to}")


@consultation.command("open")
@click.argument("consultation_id", type=int)
def open_(consultation_id: int) -> None:
    """Start taking answers."""
    _move(consultation_id, "open")


@consultation.command("close")
@click.argument("consultation_id", type=int)
def close(consultation_id: int) -> None:
    """Stop taking answers."""
    _move(consultation_id, "closed")


@consultation.command("codes")
@click.argument("consultation_id", type=int)
@click.option("--count", type=click.IntRange(1, 500), required=True)
def codes(consultation_id: int, count: int) -> None:
    """Print COUNT single-use participation codes, one a line. They are not shown again."""
    from feedback.consultations import service

    async def go() -> list[str]:
        return await service.new_codes(await _get(consultation_id), count)

    try:
        made = run_with_db(go())
    except service.WrongStatus as error:
        raise click.ClickException(str(error)) from None
    click.echo("\n".join(made))


@consultation.command("results")
@click.argument("consultation_id", type=int)
@click.option("--format", "fmt", type=click.Choice(["json"]), default="json")
def results(consultation_id: int, fmt: str) -> None:
    """Counts, themes and shared quotes, with small numbers suppressed."""
    from feedback import audit
    from feedback.consultations import results as figures

    async def go() -> dict[str, Any]:
        data = await figures.build(await _get(consultation_id), get_settings().min_cell)
        await audit.record(CLI_ACTOR, "export", consultation=consultation_id, format=fmt)
        return data

    click.echo(json.dumps(run_with_db(go()), ensure_ascii=False))
