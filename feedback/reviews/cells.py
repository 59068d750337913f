"""Where every figure comes from: rolled-up cells, kept current from the tags the worker writes.

The worker writes a submission's tags together, so tag ids only grow and each submission's tags
are counted once, in one batch. Submissions and ratings are counted for tagged submissions: the
dashboard is about tagged feedback. A band filter (equality monitoring) is not rolled up; it reads
the facts themselves.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from typing import Any

from tortoise.expressions import F, Q
from tortoise.functions import Sum
from tortoise.queryset import QuerySet
from tortoise.transactions import in_transaction

from feedback.intake.models import Facts, Tag
from feedback.reviews.forms import Filters
from feedback.reviews.models import Cell, CellMark
from feedback.staff.service import Scope
from nlp.taxonomy import OUTCOME_KEYS

CELL_FIELDS = ("kind", "outcome", "polarity", "service", "borough", "month", "locale")
CellKey = tuple[str, ...]  # values of CELL_FIELDS, in order
BATCH = 20_000
SMALL_MERGE = 500


class Counts:
    """Counts and rating sums by cell key, merged into the table in one go."""

    def __init__(self) -> None:
        self.count: Counter[CellKey] = Counter()
        self.total: Counter[CellKey] = Counter()

    def add_submission(self, facts: dict[str, Any], tags: Iterable[tuple[str, str]]) -> None:
        where = tuple(facts.get(f) or "" for f in ("service", "borough", "month", "locale"))
        for outcome, polarity in tags:
            self.count[("tag", outcome, polarity, *where)] += 1
        self.count[("sub", "", "", *where)] += 1
        for outcome, rating in ratings(facts.get("answers")).items():
            self.count[("rating", outcome, "", *where)] += 1
            self.total[("rating", outcome, "", *where)] += rating


def ratings(answers: Any) -> dict[str, int]:
    """The 1..5 ratings of known outcomes in a submission's answers; anything else is ignored."""
    found = answers.get("ratings") if isinstance(answers, dict) else None
    if not isinstance(found, dict):
        return {}
    return {
        o: r
        for o, r in found.items()
        if o in OUTCOME_KEYS and isinstance(r, int) and not isinstance(r, bool) and 1 <= r <= 5
    }


async def merge(counts: Counts) -> None:
    """Add counts into the cells table (inside the caller's transaction)."""
    keys = set(counts.count) | set(counts.total)
    if len(keys) <= SMALL_MERGE:
        for key in keys:
            where = dict(zip(CELL_FIELDS, key, strict=True))
            changed = await Cell.filter(**where).update(
                count=F("count") + counts.count[key], total=F("total") + counts.total[key]
            )
            if not changed:
                await Cell.create(**where, count=counts.count[key], total=counts.total[key])
        return
    # Only the months being added to: far fewer rows than the whole table.
    months = list({key[5] for key in keys})
    rows = await Cell.filter(month__in=months).values_list(*CELL_FIELDS, "id")
    existing = {tuple(row[:7]): row[7] for row in rows}
    new = []
    for key in keys:
        if key in existing:
            await Cell.filter(id=existing[key]).update(
                count=F("count") + counts.count[key], total=F("total") + counts.total[key]
            )
        else:
            where = dict(zip(CELL_FIELDS, key, strict=True))
            new.append(Cell(**where, count=counts.count[key], total=counts.total[key]))
    await Cell.bulk_create(new, batch_size=5000)


async def _mark() -> int:
    mark, _created = await CellMark.get_or_create(id=1, defaults={"last_tag_id": 0})
    return int(mark.last_tag_id)


async def refresh() -> None:
    """Count every tag written since the last refresh."""
    while True:
        start = await _mark()
        rows = await (
            Tag.filter(id__gt=start)
            .order_by("id")
            .limit(BATCH)
            .values_list("id", "submission_id", "outcome", "polarity")
        )
        if not rows:
            return
        if len(rows) == BATCH:
            # Leave the last submission's tags for the next batch, so it is counted whole.
            last = rows[-1][1]
            trimmed = [r for r in rows if r[1] != last]
            rows = trimmed or rows
        tags: dict[Any, list[tuple[str, str]]] = defaultdict(list)
        for _id, submission_id, outcome, polarity in rows:
            tags[submission_id].append((outcome, polarity))
        counts = Counts()
        for facts in await Facts.filter(submission_id__in=list(tags)).values(
            "submission_id", "service", "borough", "month", "locale", "answers"
        ):
            counts.add_submission(facts, tags[facts["submission_id"]])
        async with in_transaction():
            # Compare-and-set: a concurrent refresh that got here first makes this one give up.
            moved = await CellMark.filter(id=1, last_tag_id=start).update(last_tag_id=rows[-1][0])
            if not moved:
                return
            await merge(counts)


async def move_tag(tag: Tag, outcome: str, polarity: str, facts: Facts) -> None:
    """Keep the cells right when a reviewer corrects a tag that was counted already."""
    if tag.id > await _mark():
        return
    where = tuple(getattr(facts, f) or "" for f in ("service", "borough", "month", "locale"))
    counts = Counts()
    counts.count[("tag", tag.outcome, tag.polarity, *where)] -= 1
    counts.count[("tag", outcome, polarity, *where)] += 1
    await merge(counts)


# --- reading --------------------------------------------------------------------------------


def scope_q(pairs: Scope) -> Q:
    if not pairs:
        return Q(service="(no service)")  # not a service key: a user with no services sees nothing
    return Q(
        *[Q(service=s, borough=b) if b else Q(service=s) for s, b in pairs],
        join_type="OR",
    )


def narrowed(query: QuerySet[Any], filters: Filters, pairs: Scope | None) -> QuerySet[Any]:
    """The same filters for cells and for facts: both have service, borough, month, locale."""
    if pairs is not None:
        query = query.filter(scope_q(pairs))
    if filters.service:
        query = query.filter(service=filters.service)
    if filters.borough:
        query = query.filter(borough=filters.borough)
    if filters.month_from:
        query = query.filter(month__gte=filters.month_from)
    if filters.month_to:
        query = query.filter(month__lte=filters.month_to)
    if filters.locale:
        query = query.filter(locale=filters.locale)
    return query


def cells(kind: str, filters: Filters, pairs: Scope | None) -> QuerySet[Cell]:
    return narrowed(Cell.filter(kind=kind), filters, pairs)


async def tag_counts(
    filters: Filters, pairs: Scope | None, by: Sequence[str] = ("outcome", "polarity", "month")
) -> dict[tuple[str, ...], int]:
    """The dashboard's main query: tags counted by `by`, within the filters."""
    if filters.band:
        return (await _from_facts(filters, pairs, by)).tags
    rows = (
        await cells("tag", filters, pairs)
        .annotate(n=Sum("count"))
        .group_by(*by)
        .values_list(*by, "n")
    )
    return {tuple(row[:-1]): int(row[-1]) for row in rows if row[-1]}


async def submission_count(filters: Filters, pairs: Scope | None) -> int:
    if filters.band:
        return (await _from_facts(filters, pairs, ())).submissions
    rows = (
        await cells("sub", filters, pairs)
        .annotate(n=Sum("count"))
        .group_by("kind")
        .values_list("n", flat=True)
    )
    return int(rows[0] or 0) if rows else 0


async def rating_sums(filters: Filters, pairs: Scope | None) -> dict[str, tuple[int, int]]:
    """By outcome: how many rated it, and the sum of their ratings."""
    if filters.band:
        return (await _from_facts(filters, pairs, ())).ratings
    rows = (
        await cells("rating", filters, pairs)
        .annotate(n=Sum("count"), s=Sum("total"))
        .group_by("outcome")
        .values_list("outcome", "n", "s")
    )
    return {o: (int(n or 0), int(s or 0)) for o, n, s in rows}


class FromFacts:
    def __init__(self) -> None:
        self.tags: Counter[tuple[str, ...]] = Counter()
        self.submissions = 0
        self.ratings: dict[str, tuple[int, int]] = {}


async def matching_facts(filters: Filters, pairs: Scope | None) -> list[dict[str, Any]]:
    """Facts within the filters, band included (checked here: answers are JSON)."""
    rows = await narrowed(Facts.all(), filters, pairs).values(
        "submission_id", "service", "borough", "month", "locale", "answers"
    )
    band = filters.band_pair
    if band is None:
        return rows
    question, answer = band
    return [r for r in rows if band_of(r["answers"], question) == answer]


def band_of(answers: Any, question: str) -> str | None:
    """The survivor's band for one equality-monitoring question, if they answered it."""
    equality = answers.get("equality") if isinstance(answers, dict) else None
    return equality.get(question) if isinstance(equality, dict) else None


async def _from_facts(filters: Filters, pairs: Scope | None, by: Sequence[str]) -> FromFacts:
    found = FromFacts()
    facts = {r["submission_id"]: r for r in await matching_facts(filters, pairs)}
    ids = list(facts)
    tagged: set[Any] = set()
    for start in range(0, len(ids), 1000):
        for submission_id, outcome, polarity in await Tag.filter(
            submission_id__in=ids[start : start + 1000]
        ).values_list("submission_id", "outcome", "polarity"):
            tagged.add(submission_id)
            row = {**facts[submission_id], "outcome": outcome, "polarity": polarity}
            found.tags[tuple(row[f] or "" for f in by)] += 1
    found.submissions = len(tagged)
    sums: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    for submission_id in tagged:
        for outcome, rating in ratings(facts[submission_id]["answers"]).items():
            sums[outcome][0] += 1
            sums[outcome][1] += rating
    found.ratings = {o: (n, s) for o, (n, s) in sums.items()}
    return found
