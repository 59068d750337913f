"""`heard nlp ...`: train, tag and evaluate from the command line."""

import json
import sys
import time
from collections.abc import Callable
from dataclasses import asdict
from pathlib import Path

import click

from nlp.corpus import read_jsonl, training_corpus
from nlp.metrics import evaluate_pairs, format_report
from nlp.tagger import ModelsMissingError, Tagger
from nlp.taxonomy import label_name
from nlp.train import plan, total_steps, train_all


def _load(models: Path) -> Tagger:
    try:
        return Tagger.load(models)
    except ModelsMissingError as err:
        raise click.ClickException(str(err)) from err


def _tag_line(tagger: Tagger, line: str) -> dict:
    record = json.loads(line)
    if not isinstance(record, dict) or not isinstance(record.get("text"), str):
        raise ValueError('expected an object with a string "text"')
    hint = record.get("lang")
    if hint is not None and not isinstance(hint, str):
        raise ValueError('"lang" must be a string')
    result = tagger.tag(record["text"], hint)
    out = {"id": record.get("id"), **asdict(result)}
    if out["note"] is None:
        del out["note"]
    return out


def make_group(default_models_dir: Callable[[], Path]) -> click.Group:
    models_option = click.option(
        "--models",
        type=click.Path(file_okay=False, path_type=Path),
        default=lambda: default_models_dir(),
        show_default="the data dir's models/",
        help="Directory of trained models.",
    )

    @click.group(name="nlp", help="On-prem outcome tagging, language id and redaction.")
    def group() -> None:
        pass

    @group.command(help="Train every language's pipeline into --out (replaces it).")
    @click.option(
        "--out",
        type=click.Path(file_okay=False, path_type=Path),
        default=lambda: default_models_dir(),
        show_default="the data dir's models/",
    )
    @click.option(
        "--corrections",
        type=click.Path(exists=True, dir_okay=False, path_type=Path),
        help='Reviewer corrections, JSON lines {"text", "lang", "labels"}.',
    )
    def train(out: Path, corrections: Path | None) -> None:
        started = time.perf_counter()
        try:
            comments = training_corpus(corrections)
        except ValueError as err:
            raise click.ClickException(str(err)) from err
        with click.progressbar(length=total_steps(plan(comments)), label="training") as bar:
            meta = train_all(out, comments, bar.update)
        click.echo(
            f"trained {len(meta['languages'])} models on {len(comments)} comments "
            f"in {time.perf_counter() - started:.1f}s -> {out} (version {meta['version']})"
        )

    @group.command(help='Tag JSON lines {"id", "text", "lang"?} from stdin; one line out each.')
    @models_option
    def tag(models: Path) -> None:
        tagger = _load(models)
        failures = 0
        for n, line in enumerate(sys.stdin, 1):
            if not line.strip():
                continue
            try:
                out = _tag_line(tagger, line)
            except ValueError as err:  # json.JSONDecodeError is a ValueError
                failures += 1
                message = f"line {n}: {err}"
                click.echo(f"heard nlp tag: {message}", err=True)
                out = {"id": _id_of(line), "error": message}
            sys.stdout.write(json.dumps(out, ensure_ascii=False) + "\n")
            sys.stdout.flush()
        if failures:
            sys.exit(1)

    @group.command(help="Precision, recall and F1 of the tagger on labelled JSON lines.")
    @models_option
    @click.option(
        "--data", type=click.Path(exists=True, dir_okay=False, path_type=Path), required=True
    )
    @click.option("--json", "as_json", is_flag=True, help="Print the figures as JSON.")
    def evaluate(models: Path, data: Path, as_json: bool) -> None:
        tagger = _load(models)
        try:
            comments = read_jsonl(data)
        except ValueError as err:
            raise click.ClickException(str(err)) from err
        pairs, langs = [], []
        for c in comments:
            result = tagger.tag(c.text, c.lang)
            pairs.append((c.label_names, {label_name(t.outcome, t.polarity) for t in result.tags}))
            langs.append(c.lang or result.lang)
        report = evaluate_pairs(pairs, langs)
        report["model_version"] = tagger.model_version
        click.echo(json.dumps(report, indent=2) if as_json else format_report(report))

    return group


def _id_of(line: str) -> object:
    """The id of a line that failed, when it can still be read, so the caller can match it up."""
    try:
        record = json.loads(line)
    except ValueError:
        return None
    return record.get("id") if isinstance(record, dict) else None
