"""Realistic analysed submissions for demos and benchmarks: derived facts only, never text.

Rows go in with executemany (SQLite) or COPY (PostgreSQL), and the dashboard cells are counted
while the rows are made, so a million submissions seed in a few minutes.
"""

from __future__ import annotations

import json
import random
import uuid
from collections.abc import Sequence
from datetime import date
from typing import Any

from tortoise import Tortoise
from tortoise.transactions import in_transaction

from feedback.reviews import cells
from feedback.reviews.forms import BANDS
from feedback.reviews.models import CellMark
from nlp.taxonomy import OUTCOME_KEYS

BATCH = 50_000

SERVICES = {
    "police": 25, "sarc": 15, "gp": 12, "nhs_mental_health": 12, "counselling": 10,
    "isva": 12, "local_authority": 6, "third_sector": 6, "other": 2,
}  # fmt: skip
BOROUGHS = {
    "birmingham": 35, "coventry": 12, "dudley": 9, "sandwell": 9, "solihull": 6, "walsall": 8,
    "wolverhampton": 8, "elsewhere": 8, "rather_not_say": 5,
}  # fmt: skip
# Mostly English, then a long tail of languages down to a handful of submissions.
LOCALES = {
    "en": 7000, "ur": 600, "pa": 450, "pl": 400, "bn": 300, "ar": 250, "ro": 200, "so": 150,
    "cy": 120, "fa": 90, "pt": 80, "zh_Hans": 60, "ckb": 40, "ps": 30, "ti": 12, "gu": 8,
}  # fmt: skip
# How likely each service is to leave an outcome unmet, to give the charts some shape.
UNMET = {"police": 0.6, "gp": 0.55, "local_authority": 0.6, "sarc": 0.25, "isva": 0.2}
QUOTES = {
    "met": "[NAME] at the {service} listened and explained what would happen next.",
    "unmet": "I waited weeks and nobody from the {service} told me what was going on.",
}


def months_back(today: date, count: int = 24) -> list[str]:
    """The last `count` months as YYYY-MM, oldest first, ending with the month of `today`."""
    found = []
    year, month = today.year, today.month
    for _ in range(count):
        found.append(f"{year:04d}-{month:02d}")
        year, month = (year - 1, 12) if month == 1 else (year, month - 1)
    return found[::-1]


def _pick(rng: random.Random, weights: dict[str, int], n: int) -> list[str]:
    return rng.choices(list(weights), weights=list(weights.values()), k=n)


def _rows(
    rng: random.Random, n: int, months: Sequence[str], counts: cells.Counts
) -> tuple[list[tuple[Any, ...]], list[tuple[Any, ...]], list[tuple[Any, ...]]]:
    services, boroughs, locales = (
        _pick(rng, SERVICES, n),
        _pick(rng, BOROUGHS, n),
        _pick(rng, LOCALES, n),
    )
    # Later months hear from more people, as a service becomes known.
    month_picks = rng.choices(months, weights=range(10, 10 + len(months)), k=n)
    submissions, facts, tags = [], [], []
    for i in range(n):
        sid = uuid.uuid4()  # random, not from rng: a second seed must not repeat the first's ids
        service, borough, month, locale = services[i], boroughs[i], month_picks[i], locales[i]
        chosen = rng.sample(OUTCOME_KEYS, rng.choice((1, 1, 2, 2, 3)))
        unmet = UNMET.get(service, 0.4)
        labels = [(o, "unmet" if rng.random() < unmet else "met") for o in chosen]
        answers: dict[str, Any] = {}
        if rng.random() < 0.6:
            answers["ratings"] = {
                o: max(1, min(5, (2 if p == "unmet" else 4) + rng.choice((-1, 0, 0, 1))))
                for o, p in labels
            }
        if rng.random() < 0.5:
            answers["equality"] = {
                q: rng.choice(list(bands))
                for q, (_label, bands) in BANDS.items()
                if rng.random() < 0.7
            }
        quote = None
        if rng.random() < 0.15:
            quote = QUOTES[labels[0][1]].format(service=service.replace("_", " "))
        year, mon = int(month[:4]), int(month[5:])
        received = date(year, mon, rng.randint(1, 28))
        submissions.append((sid, received))
        facts.append((sid, locale, service, borough, month, answers, quote))
        for outcome, polarity in labels:
            tags.append((sid, outcome, polarity, round(rng.uniform(0.5, 0.99), 3)))
        counts.add_submission(
            {
                "service": service,
                "borough": borough,
                "month": month,
                "locale": locale,
                "answers": answers,
            },
            labels,
        )
    return submissions, facts, tags


async def _insert_sqlite(
    client: Any, submissions: list[Any], facts: list[Any], tags: list[Any]
) -> None:
    await client.execute_many(
        'INSERT INTO "submissions" ("id","kid","ciphertext","received_on","status","attempts") '
        "VALUES (?,'demo',NULL,?,'analysed',0)",
        [(str(s), d.isoformat()) for s, d in submissions],
    )
    await client.execute_many(
        'INSERT INTO "submission_facts" ("submission_id","locale","service","organisation",'
        '"borough","month","answers","quote") VALUES (?,?,?,NULL,?,?,?,?)',
        [(str(s), loc, sv, b, m, json.dumps(a), q) for s, loc, sv, b, m, a, q in facts],
    )
    await client.execute_many(
        'INSERT INTO "submission_tags" ("submission_id","outcome","polarity","score",'
        "\"model_version\") VALUES (?,?,?,?,'demo')",
        [(str(s), o, p, sc) for s, o, p, sc in tags],
    )


async def _insert_postgres(
    client: Any, submissions: list[Any], facts: list[Any], tags: list[Any]
) -> None:
    async with client.acquire_connection() as connection:
        await connection.copy_records_to_table(
            "submissions",
            records=[(s, "demo", None, d, "analysed", 0) for s, d in submissions],
            columns=["id", "kid", "ciphertext", "received_on", "status", "attempts"],
        )
        await connection.copy_records_to_table(
            "submission_facts",
            records=[
                (s, loc, sv, None, b, m, json.dumps(a), q) for s, loc, sv, b, m, a, q in facts
            ],
            columns=[
                "submission_id", "locale", "service", "organisation", "borough", "month",
                "answers", "quote",
            ],
        )  # fmt: skip
        await connection.copy_records_to_table(
            "submission_tags",
            records=[(s, o, p, sc, "demo") for s, o, p, sc in tags],
            columns=["submission_id", "outcome", "polarity", "score", "model_version"],
        )


async def seed(total: int, today: date | None = None, seed_value: int = 7) -> int:
    """Add `total` analysed submissions; returns how many tags were written."""
    await cells.refresh()  # count what is there already, so the mark can move past the seed
    client = Tortoise.get_connection("default")
    postgres = client.capabilities.dialect == "postgres"
    if not postgres:
        # Random ids land all over the indexes: with SQLite's default 2 MB page cache a million
        # rows thrash it. A bigger cache for this connection only; nothing written changes.
        await client.execute_script("PRAGMA cache_size = -262144")
    # Another seed on top of this one continues the sample rather than repeating it.
    already = await client.execute_query_dict('SELECT COUNT(*) AS "n" FROM "submissions"')
    rng = random.Random(f"{seed_value}:{already[0]['n']}")
    months = months_back(today or date.today())
    counts = cells.Counts()
    written = 0
    for start in range(0, total, BATCH):
        submissions, facts, tags = _rows(rng, min(BATCH, total - start), months, counts)
        insert = _insert_postgres if postgres else _insert_sqlite
        await insert(client, submissions, facts, tags)
        written += len(tags)
    last = await client.execute_query_dict('SELECT MAX("id") AS "last" FROM "submission_tags"')
    async with in_transaction():
        await CellMark.filter(id=1).update(last_tag_id=int(last[0]["last"] or 0))
        await cells.merge(counts)
    return written
