"""Results of a consultation, through the same small-number suppression as reviews.

Nothing is shown when fewer than k responses have been analysed. Otherwise: for each question
with options, how many chose each one (and how many skipped it), each count through
`disclosure.protect` against the number of responses; themes (outcome and polarity tags from
the free-text answers) by how many responses carry them; and quotes people agreed to share.
"""

from __future__ import annotations

from collections import Counter
from typing import Any

from feedback import disclosure
from feedback.consultations import forms
from feedback.consultations.models import Consultation, Response, ResponseTag
from feedback.intake.models import Status

SKIPPED = "skipped"


def _single(question: dict[str, Any], chosen: list[list[int]], k: int) -> dict[str, Any]:
    """One choice or one point on a scale: the options and "skipped" add up to the responses."""
    cells: Counter[tuple[str, ...]] = Counter()
    for picks in chosen:
        cells[(str(picks[0]) if picks else SKIPPED,)] += 1
    table = disclosure.protect(
        {
            **{(str(j),): cells[(str(j),)] for j in range(forms.option_count(question))},
            (SKIPPED,): cells[(SKIPPED,)],
        },
        ("option",),
        [("option",), ()],
        k,
    )
    return {
        "counts": [table.count(option=str(j)) for j in range(forms.option_count(question))],
        "skipped": table.count(option=SKIPPED),
    }


def _multi(question: dict[str, Any], chosen: list[list[int]], k: int) -> dict[str, Any]:
    """Several choices: each option is its own yes or no, adding up to the responses."""
    n = len(chosen)
    counts = []
    for j in range(forms.option_count(question)):
        yes = sum(j in picks for picks in chosen)
        table = disclosure.protect(
            {("yes",): yes, ("no",): n - yes}, ("chosen",), [("chosen",), ()], k
        )
        counts.append(table.count(chosen="yes"))
    skipped = sum(not picks for picks in chosen)
    table = disclosure.protect(
        {("yes",): skipped, ("no",): n - skipped}, ("skipped",), [("skipped",), ()], k
    )
    return {"counts": counts, "skipped": table.count(skipped="yes")}


async def _themes(consultation: Consultation, k: int) -> list[dict[str, Any]]:
    """How many responses carry each outcome and polarity; no total is published over them."""
    pairs = await ResponseTag.filter(
        submission__consultation_response__consultation_id=consultation.id,
        submission__status=Status.ANALYSED,
    ).values_list("submission_id", "outcome", "polarity")
    cells = Counter((o, p) for _, o, p in set(pairs))
    table = disclosure.protect(cells, ("outcome", "polarity"), [("outcome", "polarity")], k)
    return [
        {"outcome": parts["outcome"], "polarity": parts["polarity"], "count": count}
        for parts, count in table.items(("outcome", "polarity"))
    ]


async def build(consultation: Consultation, k: int) -> dict[str, Any]:
    """The results as any page, command or export shows them."""
    responses = await Response.filter(
        consultation_id=consultation.id, submission__status=Status.ANALYSED
    ).values_list("answers", "quotes")
    n = len(responses)
    result: dict[str, Any] = {
        "id": consultation.id,
        "slug": consultation.slug,
        "status": consultation.status.value,
        "k": k,
        "responses": n if n >= k else None,
        "questions": [],
        "themes": [],
        "quotes": [],
    }
    if n < k:
        return result
    for i, question in enumerate(consultation.questions):
        entry: dict[str, Any] = {"index": i, "kind": question["kind"], "prompt": question["prompt"]}
        if question["kind"] != "text":
            entry["options"] = [
                forms.option_label(question, j, "en").text
                for j in range(forms.option_count(question))
            ]
            chosen = [(answers or {}).get(str(i), []) for answers, _ in responses]
            count = _multi if question["kind"] == "multi" else _single
            entry.update(count(question, chosen, k))
        result["questions"].append(entry)
    result["themes"] = await _themes(consultation, k)
    result["quotes"] = sorted(
        (quote for _, quotes in responses for quote in quotes or []),
        key=lambda q: (q["question"], q["text"]),
    )
    return result
