"""The dashboard's figures, all through disclosure control, with chart geometry for the SVGs."""

from __future__ import annotations

from dataclasses import dataclass, field

from feedback import disclosure
from feedback.reviews import cells
from feedback.reviews.forms import OUTCOMES, POLARITY_LABELS, Filters
from feedback.staff.service import Scope

DIMS = ("outcome", "polarity", "month")
# The two tables the page publishes (outcome by polarity; month by polarity) and their totals.
VIEWS = disclosure.downward(("outcome", "polarity"), ("month", "polarity"))


@dataclass
class Rating:
    outcome: str
    raters: int | None
    mean: float | None


@dataclass
class Bar:
    x: float
    y: float
    width: float
    height: float
    polarity: str
    label: str
    value: int | None


@dataclass
class Chart:
    width: int
    height: int
    bars: list[Bar] = field(default_factory=list)
    labels: list[Bar] = field(default_factory=list)


@dataclass
class Dashboard:
    k: int
    submissions: int
    months: list[str]
    table: disclosure.Protected
    ratings: list[Rating]
    outcome_chart: Chart
    trend_chart: Chart


def months_between(first: str, last: str) -> list[str]:
    year, month = int(first[:4]), int(first[5:])
    found = []
    while f"{year:04d}-{month:02d}" <= last and len(found) < 600:
        found.append(f"{year:04d}-{month:02d}")
        year, month = (year + 1, 1) if month == 12 else (year, month + 1)
    return found


def protect_counts(
    counts: dict[tuple[str, ...], int], months: list[str], k: int
) -> disclosure.Protected:
    # Every combination, zeros included: an absent row must not read as "none".
    full = {
        (o, p, m): counts.get((o, p, m), 0)
        for o in OUTCOMES
        for p in POLARITY_LABELS
        for m in months
    }
    return disclosure.protect(full, DIMS, VIEWS, k)


async def build(filters: Filters, pairs: Scope | None, k: int) -> Dashboard | None:
    """None when the filters narrow to fewer than k submissions: then nothing is shown."""
    submissions = await cells.submission_count(filters, pairs)
    if submissions < k:
        return None
    counts = await cells.tag_counts(filters, pairs)
    observed = sorted({m for (_o, _p, m) in counts if m})
    first = filters.month_from or (observed[0] if observed else "")
    last = filters.month_to or (observed[-1] if observed else "")
    months = months_between(first, last) if first and last else []
    table = protect_counts(counts, months, k)
    sums = await cells.rating_sums(filters, pairs)
    ratings = []
    for outcome in OUTCOMES:
        raters, total = sums.get(outcome, (0, 0))
        shown = raters >= k
        ratings.append(
            Rating(outcome, raters if shown else None, round(total / raters, 1) if shown else None)
        )
    return Dashboard(
        k=k,
        submissions=submissions,
        months=months,
        table=table,
        ratings=ratings,
        outcome_chart=outcome_chart(table),
        trend_chart=trend_chart(table, months),
    )


def _scale(values: list[int | None]) -> int:
    return max([v for v in values if v] or [1])


def outcome_chart(table: disclosure.Protected) -> Chart:
    """Horizontal bars: met and not met for each outcome. A hidden count draws no bar."""
    chart = Chart(width=640, height=40 + 56 * len(OUTCOMES))
    values = [table.count(outcome=o, polarity=p) for o in OUTCOMES for p in POLARITY_LABELS]
    top, left, span = _scale(values), 220, 360
    for row, outcome in enumerate(OUTCOMES):
        y = 20 + row * 56
        chart.labels.append(Bar(8, y + 22, 0, 0, "", str(OUTCOMES[outcome]), None))
        for offset, polarity in enumerate(POLARITY_LABELS):
            value = table.count(outcome=outcome, polarity=polarity)
            width = span * (value or 0) / top
            chart.bars.append(
                Bar(
                    left,
                    y + offset * 22,
                    width,
                    20,
                    polarity,
                    str(POLARITY_LABELS[polarity]),
                    value,
                )
            )
    return chart


def trend_chart(table: disclosure.Protected, months: list[str]) -> Chart:
    """Columns by month, met beside not met."""
    chart = Chart(width=max(320, 40 + 36 * len(months)), height=260)
    values = [table.count(month=m, polarity=p) for m in months for p in POLARITY_LABELS]
    top, base, span = _scale(values), 220, 190
    for column, month in enumerate(months):
        x = 30 + column * 36
        chart.labels.append(Bar(x, base + 16, 0, 0, "", month[2:], None))
        for offset, polarity in enumerate(POLARITY_LABELS):
            value = table.count(month=month, polarity=polarity)
            height = span * (value or 0) / top
            chart.bars.append(
                Bar(x + offset * 14, base - height, 12, height, polarity, month, value)
            )
    return chart
