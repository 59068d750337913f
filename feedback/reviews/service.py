"""Quotes, tag corrections, reviews with findings and actions, publishing, and exports."""

from __future__ import annotations

import csv
import io
import json
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from tortoise.transactions import in_transaction

from feedback import disclosure
from feedback.intake.models import Facts, Tag
from feedback.reviews import cells
from feedback.reviews.forms import Filters
from feedback.reviews.models import Action, Correction, Finding, Review
from feedback.staff.service import Scope

MAX_QUOTES = 20
EXPORT_DIMS = ("outcome", "polarity", "service", "borough", "month")


# --- quotes and corrections -----------------------------------------------------------------


@dataclass
class Quote:
    text: str
    locale: str
    month: str | None
    tags: list[Tag]


async def quotes(
    filters: Filters, pairs: Scope | None, outcome: str, polarity: str, k: int
) -> list[Quote] | None:
    """Consented, redacted quotes tagged outcome/polarity; None if the view holds fewer than k."""
    counts = await cells.tag_counts(filters, pairs, by=("outcome", "polarity"))
    if counts.get((outcome, polarity), 0) < k:
        return None
    query = cells.narrowed(Facts.filter(quote__not_isnull=True), filters, pairs).filter(
        submission__tags__outcome=outcome, submission__tags__polarity=polarity
    )
    band = filters.band_pair
    found = []
    for facts in await query.order_by("-month").limit(MAX_QUOTES * (10 if band else 1)):
        if band and cells.band_of(facts.answers, band[0]) != band[1]:
            continue
        found.append(facts)
    found = found[:MAX_QUOTES]
    tags: dict[Any, list[Tag]] = {f.submission_id: [] for f in found}
    for tag in await Tag.filter(submission_id__in=list(tags)).order_by("outcome"):
        tags[tag.submission_id].append(tag)
    return [Quote(f.quote or "", f.locale, f.month, tags[f.submission_id]) for f in found]


async def tag_in_scope(tag_id: int, pairs: Scope) -> tuple[Tag, Facts] | None:
    tag = await Tag.get_or_none(id=tag_id)
    if tag is None:
        return None
    facts = await cells.narrowed(Facts.filter(submission_id=tag.submission_id), Filters(), pairs)
    return (tag, facts[0]) if facts else None


async def correct(tag: Tag, facts: Facts, outcome: str, polarity: str, by: str) -> Correction:
    async with in_transaction():
        correction = await Correction.create(
            tag_id=tag.id,
            submission_id=tag.submission_id,
            old_outcome=tag.outcome,
            old_polarity=tag.polarity,
            outcome=outcome,
            polarity=polarity,
            corrected_by=by,
        )
        await cells.move_tag(tag, outcome, polarity, facts)
        await Tag.filter(id=tag.id).update(outcome=outcome, polarity=polarity)
    return correction


async def corrections_jsonl() -> list[str]:
    """Corrected, consented quotes as training lines: the text is only ever the redacted quote."""
    submission_ids = set(await Correction.all().values_list("submission_id", flat=True))
    lines = []
    for facts in await Facts.filter(submission_id__in=list(submission_ids), quote__not_isnull=True):
        labels = {
            t.outcome: t.polarity for t in await Tag.filter(submission_id=facts.submission_id)
        }
        record = {"text": facts.quote, "lang": facts.locale, "labels": labels}
        lines.append(json.dumps(record, ensure_ascii=False, sort_keys=True))
    return sorted(lines)


# --- reviews --------------------------------------------------------------------------------


def review_filters(review: Review) -> Filters:
    return Filters(
        service=review.service,
        borough=review.borough,
        month_from=review.month_from,
        month_to=review.month_to,
    )


async def pin_finding(
    review: Review,
    outcome: str,
    polarity: str,
    summary: str,
    figures: dict[str, Any],
    quotes_shown: list[str],
) -> Finding:
    return await Finding.create(
        review=review,
        outcome=outcome,
        polarity=polarity,
        summary=summary,
        figures=figures,
        quotes=quotes_shown,
    )


async def publish(action: Action) -> None:
    await Action.filter(id=action.id).update(published_at=datetime.now(UTC))


async def published_by_outcome() -> dict[str, list[Action]]:
    found: dict[str, list[Action]] = {}
    for action in await Action.filter(published_at__not_isnull=True).order_by("-published_at"):
        found.setdefault(action.outcome, []).append(action)
    return found


# --- exports --------------------------------------------------------------------------------


async def export(filters: Filters, pairs: Scope | None, k: int) -> dict[str, Any]:
    """Cells by outcome, polarity, service, borough and month, and every total that drops one
    of them, through disclosure control. Filters that narrow below k export nothing."""
    if await cells.submission_count(filters, pairs) < k:
        return {"k": k, "cells": [], "totals": []}
    counts = await cells.tag_counts(filters, pairs, by=EXPORT_DIMS)
    table = disclosure.protect(counts, EXPORT_DIMS, [EXPORT_DIMS, *_one_dropped()], k)
    rows = [
        {**_keys(parts), "count": count, "suppressed": count is None}
        for parts, count in table.items(EXPORT_DIMS)
    ]
    totals = [
        {"keys": _keys(parts), "count": count, "suppressed": count is None}
        for dims in _one_dropped()
        for parts, count in table.items(dims)
    ]
    return {"k": k, "cells": rows, "totals": totals}


def _one_dropped() -> list[tuple[str, ...]]:
    return [tuple(d for d in EXPORT_DIMS if d != dropped) for dropped in EXPORT_DIMS]


def _keys(parts: dict[str, str]) -> dict[str, str | None]:
    return {d: parts[d] or None for d in EXPORT_DIMS if d in parts}


def export_csv(data: dict[str, Any]) -> str:
    """One row per cell and per total; a total has "*" for the dimension it adds up over."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(["row", *EXPORT_DIMS, "count", "suppressed"])
    for cell in data["cells"]:
        writer.writerow(
            ["cell", *(cell[d] or "" for d in EXPORT_DIMS), _csv_count(cell), cell["suppressed"]]
        )
    for total in data["totals"]:
        keys = total["keys"]
        writer.writerow(
            [
                "total",
                *((keys[d] or "") if d in keys else "*" for d in EXPORT_DIMS),
                _csv_count(total),
                total["suppressed"],
            ]
        )
    return out.getvalue()


def _csv_count(row: dict[str, Any]) -> str:
    return "" if row["count"] is None else str(row["count"])
