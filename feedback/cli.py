"""The `heard` command."""

from __future__ import annotations

import asyncio
import getpass
import json
import secrets
import subprocess
import sys
import threading
from collections.abc import Coroutine
from pathlib import Path
from typing import Any, TypeVar

import click

from feedback import db
from feedback.consultations.commands import consultation
from feedback.reviews.commands import demo, reviews
from feedback.settings import get_settings
from feedback.staff.commands import admin, audit_group

T = TypeVar("T")
HEARD = (sys.executable, "-m", "feedback.cli")


def _run(coro: Coroutine[Any, Any, T]) -> T:
    return asyncio.run(coro)


async def _with_db(coro: Coroutine[Any, Any, T]) -> T:
    async with db.connected():
        return await coro


class HeardGroup(click.Group):
    """Loads the `nlp` commands only when they are asked for: they import spaCy (a second)."""

    def list_commands(self, ctx: click.Context) -> list[str]:
        return sorted([*super().list_commands(ctx), "nlp"])

    def get_command(self, ctx: click.Context, name: str) -> click.Command | None:
        if name == "nlp":
            from nlp.cli import make_group

            return make_group(lambda: get_settings().models_dir)
        return super().get_command(ctx, name)


@click.group(cls=HeardGroup)
def cli() -> None:
    """Heard: anonymous, sealed feedback from survivors to the services they use."""


@cli.command()
def migrate() -> None:
    """Apply database migrations."""
    applied = _run(db.migrate())
    click.echo(f"applied {len(applied)} migration(s)" if applied else "database is up to date")


# --- keys -------------------------------------------------------------------------------------


@cli.group()
def keys() -> None:
    """Analysis keys: the worker's private keys and their public halves."""


def _passphrase_for_new_key() -> str:
    given = get_settings().key_passphrase
    if given:
        return given
    if not sys.stdin.isatty():
        raise click.ClickException("Set HEARD_KEY_PASSPHRASE or run this in a terminal.")
    first = getpass.getpass("Passphrase for the analysis key: ")
    if len(first) < 12:
        raise click.ClickException("Use a passphrase of at least 12 characters.")
    if getpass.getpass("Again: ") != first:
        raise click.ClickException("The passphrases differ.")
    return first


async def _add_key(passphrase: str, demo: bool) -> str:
    from feedback.keys import keyfile, service

    new = keyfile.add_key(get_settings().key_file, passphrase, demo=demo)
    await service.register(new.kid, new.public_key)
    return new.kid


@keys.command("init")
@click.option("--demo", is_flag=True, help="A demo key whose passphrase is written beside it.")
@click.option("--if-missing", is_flag=True, help="Do nothing if a key file exists already.")
def keys_init(demo: bool, if_missing: bool) -> None:
    """Make the first analysis keypair."""
    from feedback.keys import keyfile

    settings = get_settings()
    if settings.key_file.exists():
        if if_missing:
            return
        raise click.ClickException(f"{settings.key_file} exists; use `heard keys rotate`.")
    _run(db.migrate())
    if demo:
        passphrase = secrets.token_urlsafe(24)
        note = keyfile.demo_passphrase_path(settings.key_file)
        note.parent.mkdir(parents=True, exist_ok=True)
        note.write_text(f"{passphrase}\n")
        note.chmod(0o600)
    else:
        passphrase = _passphrase_for_new_key()
    kid = _run(_with_db(_add_key(passphrase, demo)))
    click.echo(f"analysis key {kid} written to {settings.key_file}")
    if demo:
        click.echo(
            f"DEMO ONLY: its passphrase is in {note}. Never use a demo key for real feedback.",
            err=True,
        )


@keys.command("rotate")
def keys_rotate() -> None:
    """Make a new current key; older keys stay in the key file to open older submissions."""
    from feedback.keys.keyfile import KeyFileError

    try:
        kid = _run(_with_db(_add_key(_worker_passphrase(), demo=False)))
    except KeyFileError as error:
        raise click.ClickException(str(error)) from None
    click.echo(f"analysis key {kid} is now current")


def _worker_passphrase() -> str:
    from feedback.keys.keyfile import demo_passphrase_path

    settings = get_settings()
    if settings.key_passphrase:
        return settings.key_passphrase
    demo = demo_passphrase_path(settings.key_file)
    if demo.exists():
        return demo.read_text().strip()
    if not sys.stdin.isatty():
        raise click.ClickException("Set HEARD_KEY_PASSPHRASE or run this in a terminal.")
    return getpass.getpass("Passphrase for the analysis key: ")


# --- processes --------------------------------------------------------------------------------


async def _has_key() -> bool:
    from feedback.keys.models import AnalysisKey

    return await AnalysisKey.exists()


@cli.command()
@click.option("--host", default="127.0.0.1", show_default=True)
@click.option("--port", default=8000, show_default=True, type=int)
@click.option("--workers", default=1, show_default=True, type=int, help="uvicorn processes")
def serve(host: str, port: int, workers: int) -> None:
    """Run the web service (it never loads the analysis private key)."""
    import uvicorn

    from feedback.logs import uvicorn_log_config

    _run(db.migrate())
    if not _run(_with_db(_has_key())) and not get_settings().key_file.exists():
        # First run on an empty data dir: a demo key, made in a child process so that this
        # (web) process never holds a private key, not even the one it just made.
        subprocess.run(
            [*HEARD, "keys", "init", "--demo", "--if-missing"],
            check=True,
        )
    click.echo(f"Heard is listening on http://{host}:{port}/feedback", err=True)
    uvicorn.run(
        "feedback.app:create_app",
        factory=True,
        host=host,
        port=port,
        workers=workers,
        log_config=uvicorn_log_config(),
        server_header=False,
        proxy_headers=False,
        # Longer than a reverse proxy's idle upstream connections (nginx: 60 s), so the proxy
        # never sends a request down a connection we are closing at that moment.
        timeout_keep_alive=65,
    )


@cli.command()
@click.option("--drain", is_flag=True, help="Process everything pending, then exit.")
@click.option("--threads", default=2, show_default=True, type=int)
def worker(drain: bool, threads: int) -> None:
    """Run the on-prem analysis worker: it unlocks the private key and decrypts in memory."""
    from feedback import worker as runtime
    from feedback.keys.keyfile import KeyFileError, Keyring
    from feedback.logs import configure_worker_logging
    from nlp.tagger import ModelsMissingError, Tagger

    configure_worker_logging()
    settings = get_settings()
    try:
        keyring = Keyring.unlock(settings.key_file, _worker_passphrase())
        tagger = Tagger.load(settings.models_dir)
    except (KeyFileError, ModelsMissingError) as error:
        raise click.ClickException(str(error)) from None
    runtime.start(keyring, tagger)
    try:
        if drain:
            click.echo(f"analysed {runtime.drain()} submission(s)", err=True)
            return
        # A long-running worker loads every language once, beside the consumer rather than
        # before it: a task in a language not loaded yet loads that one itself.
        threading.Thread(target=tagger.load_all, name="heard-models", daemon=True).start()
        runtime.sweep()
        runtime.consume(threads)
    finally:
        runtime.stop()


@cli.command()
@click.option("--host", default="127.0.0.1", show_default=True)
@click.option("--port", default=8000, show_default=True, type=int)
def run(host: str, port: int) -> None:
    """Run web and worker together on this machine (the embedded default), until Ctrl-C."""
    _run(db.migrate())
    subprocess.run([*HEARD, "keys", "init", "--demo", "--if-missing"], check=True)
    worker_process = subprocess.Popen([*HEARD, "worker"])
    try:
        subprocess.run([*HEARD, "serve", "--host", host, "--port", str(port)], check=False)
    except KeyboardInterrupt:
        pass
    finally:
        worker_process.terminate()
        worker_process.wait(timeout=30)


@cli.command()
@click.option("--json", "as_json", is_flag=True, help="Machine-readable output.")
def status(as_json: bool) -> None:
    """Counts of submissions by status."""
    from feedback.intake import service

    counts = _run(_with_db(service.counts()))
    if as_json:
        click.echo(json.dumps({"submissions": counts}))
    else:
        for name, value in counts.items():
            click.echo(f"{name:>9}: {value}")


@cli.command()
@click.argument("submission_id")
def reply(submission_id: str) -> None:
    """Reply to a survivor who kept a receipt code; the reply text is read from stdin.

    The reply is sealed to the survivor's receipt key: only the code's holder can read it.
    """
    from feedback.receipts import service

    text = sys.stdin.read().strip()
    if not text:
        raise click.ClickException("Type the reply on standard input.")
    if not _run(_with_db(service.reply(submission_id, text))):
        raise click.ClickException("That submission has no receipt, so it cannot get a reply.")
    click.echo("reply sealed and stored")


@cli.command()
def retention() -> None:
    """Apply the retention rule now (the worker also does it daily)."""
    from feedback.intake import service

    days = get_settings().retention_days
    envelopes, spent = _run(_with_db(service.apply_retention(days)))
    click.echo(f"removed {envelopes} envelope(s) older than {days} days, {spent} spent token(s)")


@cli.command("backup")
@click.argument("target", type=click.Path(path_type=Path))
def backup_command(target: Path) -> None:
    """Copy the database to TARGET (ciphertext stays ciphertext; back up the key file apart)."""
    from feedback.backup import BackupError, backup

    try:
        backup(get_settings(), target)
    except BackupError as error:
        raise click.ClickException(str(error)) from None
    click.echo(f"backed up to {target}")


@cli.command("restore")
@click.argument("source", type=click.Path(path_type=Path))
def restore_command(source: Path) -> None:
    """Replace the database's contents with a backup. Stop web and worker first."""
    from feedback.backup import BackupError, restore

    try:
        restore(get_settings(), source)
    except BackupError as error:
        raise click.ClickException(str(error)) from None
    click.echo(f"restored from {source}")


@cli.command("retry-failed")
def retry_failed() -> None:
    """Put failed submissions back in the queue, e.g. after fixing the worker."""
    from feedback.intake import service

    click.echo(f"{_run(_with_db(service.retry_failed()))} submission(s) pending again")


cli.add_command(admin)
cli.add_command(audit_group)
cli.add_command(reviews)
cli.add_command(demo)
cli.add_command(consultation)


def main() -> None:
    cli()


if __name__ == "__main__":
    main()
