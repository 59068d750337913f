"""`heard admin` and `heard audit`: the first administrator, and checking the audit chain."""

from __future__ import annotations

import asyncio
import getpass
import sys
from collections.abc import Coroutine
from typing import Any, TypeVar

import click

from feedback import db

T = TypeVar("T")


def run_with_db(coro: Coroutine[Any, Any, T]) -> T:
    async def wrapped() -> T:
        async with db.connected():
            return await coro

    return asyncio.run(wrapped())


@click.group()
def admin() -> None:
    """Staff accounts."""


def _password(from_stdin: bool) -> str:
    if from_stdin:
        return sys.stdin.readline().rstrip("\n")
    if not sys.stdin.isatty():
        raise click.ClickException("Pass --password-stdin or run this in a terminal.")
    first = getpass.getpass("Password: ")
    if getpass.getpass("Again: ") != first:
        raise click.ClickException("The passwords differ.")
    return first


@admin.command("create-user")
@click.option("--email", required=True)
@click.option("--role", type=click.Choice(["admin", "facilitator", "reviewer"]), default="admin")
@click.option("--password-stdin", is_flag=True, help="Read the password from standard input.")
def create_user(email: str, role: str, password_stdin: bool) -> None:
    """Make a staff account (the first administrator, usually); prints its TOTP secret once."""
    from feedback import audit
    from feedback.staff import forms, service
    from feedback.staff.models import Role, StaffUser

    password = _password(password_stdin)
    checked = forms.check_user(email, password, role)
    if checked.errors:
        raise click.ClickException(" ".join(checked.errors.values()))

    async def create() -> tuple[StaffUser, str] | None:
        if await StaffUser.filter(email=checked.values["email"]).exists():
            return None
        user, secret = await service.create_user(checked.values["email"], password, Role(role), [])
        await audit.record("cli", "account.create", account=user.email, role=role)
        return user, secret

    asyncio.run(db.migrate())
    created = run_with_db(create())
    if created is None:
        raise click.ClickException(f"{checked.values['email']} has an account already.")
    user, secret = created
    click.echo(f"created {user.role.value} {user.email}")
    click.echo(f"TOTP secret (shown once): {secret}")
    click.echo(f"otpauth URI: {service.totp_uri(secret, user.email)}")


@click.group("audit")
def audit_group() -> None:
    """The hash-chained audit log."""


@audit_group.command("verify")
def verify() -> None:
    """Check every entry's hash against the one before it."""
    from feedback import audit

    verdict = run_with_db(audit.verify())
    if verdict.broken_at is not None:
        raise click.ClickException(f"broken at entry {verdict.broken_at}: {verdict.reason}")
    click.echo(f"ok {verdict.entries} entries")
