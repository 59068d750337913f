"""Dashboard filters and review forms, checked against the known choices."""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import asdict, dataclass
from datetime import date

from feedback.i18n import gettext as _
from feedback.i18n import lazy_gettext as _l
from feedback.intake.forms import BOROUGHS, EQUALITY, RATHER_NOT_SAY, SERVICES
from feedback.staff.forms import Checked
from nlp.taxonomy import OUTCOME_KEYS, POLARITIES

MONTH = re.compile(r"^\d{4}-(0[1-9]|1[0-2])$")
LOCALE = re.compile(r"^[a-z]{2,3}([_-][A-Za-z]{2,4})?$")

OUTCOMES = {
    "professionalism": _l("Professionalism"),
    "communication": _l("Effective communication"),
    "belief": _l("Conveying belief"),
    "impact": _l("Understanding the impact"),
    "priority": _l("Feeling a priority"),
}
assert tuple(OUTCOMES) == OUTCOME_KEYS

POLARITY_LABELS = {"met": _l("Met"), "unmet": _l("Not met")}
assert tuple(POLARITY_LABELS) == POLARITIES

# The survivor form's equality-monitoring questions and their bands; "rather not say" is no band.
BANDS = {
    question: (label, {key: text for key, text in answers.items() if key != RATHER_NOT_SAY})
    for question, (label, answers) in EQUALITY.items()
}


@dataclass(frozen=True)
class Filters:
    organisation: int | None = None
    service: str = ""
    borough: str = ""
    month_from: str = ""
    month_to: str = ""
    locale: str = ""
    band: str = ""  # "question:answer", e.g. "age:25_34"

    def query(self) -> dict[str, str]:
        """As query parameters, without the empty ones."""
        return {k: str(v) for k, v in asdict(self).items() if v not in ("", None)}

    @property
    def band_pair(self) -> tuple[str, str] | None:
        question, _sep, answer = self.band.partition(":")
        return (question, answer) if self.band else None


def _choice(value: str | None, choices: Mapping[str, object]) -> str:
    return value if value and value in choices else ""


def parse_filters(params: Mapping[str, str]) -> Filters:
    """Unknown or malformed values are dropped, never passed on to a query."""
    organisation = params.get("organisation", "")
    month_from = params.get("month_from", "")
    month_to = params.get("month_to", "")
    locale = params.get("locale", "")
    band = params.get("band", "")
    question, _sep, answer = band.partition(":")
    return Filters(
        organisation=int(organisation) if organisation.isdigit() else None,
        service=_choice(params.get("service"), SERVICES),
        borough=_choice(params.get("borough"), BOROUGHS),
        month_from=month_from if MONTH.match(month_from) else "",
        month_to=month_to if MONTH.match(month_to) else "",
        locale=locale if LOCALE.match(locale) else "",
        band=band if question in BANDS and answer in BANDS[question][1] else "",
    )


def check_review(values: dict[str, str], organisations: set[int]) -> Checked:
    checked = Checked(values)
    if not values.get("title"):
        checked.errors["title"] = _("Give the review a title.")
    if not values.get("organisation", "").isdigit() or int(values["organisation"]) not in (
        organisations
    ):
        checked.errors["organisation"] = _("Choose one of your organisations.")
    if not MONTH.match(values.get("month_from", "")) or not MONTH.match(values.get("month_to", "")):
        checked.errors["months"] = _("Give the first and last month as YYYY-MM.")
    elif values["month_from"] > values["month_to"]:
        checked.errors["months"] = _("The first month must come before the last.")
    for name, choices in (("service", SERVICES), ("borough", BOROUGHS)):
        if values.get(name) and values[name] not in choices:
            checked.errors[name] = _("Choose from the list.")
    return checked


def check_finding(values: dict[str, str]) -> Checked:
    checked = Checked(values)
    if values.get("outcome") not in OUTCOMES or values.get("polarity") not in POLARITY_LABELS:
        checked.errors["outcome"] = _("Choose an outcome and whether it was met.")
    if not values.get("summary"):
        checked.errors["summary"] = _("Write what the review found.")
    return checked


def check_action(values: dict[str, str]) -> Checked:
    checked = Checked(values)
    if values.get("outcome") not in OUTCOMES:
        checked.errors["outcome"] = _("Choose an outcome.")
    for name in ("you_said", "we_did", "owner"):
        if not values.get(name):
            checked.errors[name] = _("This is needed.")
    try:
        date.fromisoformat(values.get("due", ""))
    except ValueError:
        checked.errors["due"] = _("Give the date as YYYY-MM-DD.")
    return checked


def check_correction(values: dict[str, str]) -> Checked:
    checked = Checked(values)
    if values.get("outcome") not in OUTCOMES or values.get("polarity") not in POLARITY_LABELS:
        checked.errors["outcome"] = _("Choose an outcome and whether it was met.")
    return checked
