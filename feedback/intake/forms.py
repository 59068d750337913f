"""What a survivor may tell us, and how each answer is checked.

The same rules serve the server-sealed form (checked before sealing, so mistakes can be shown)
and the worker (checking whatever a browser sealed, which the web tier could not see). Only the
free text is required; every other answer may be skipped, and an invalid one is dropped rather
than refused, so nothing a survivor wrote is lost over a detail.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from babel.support import LazyProxy

from feedback.i18n import gettext, number
from feedback.i18n import lazy_gettext as _l

MAX_TEXT = 8000
RATINGS = ("1", "2", "3", "4", "5")
NOT_APPLICABLE = "na"
RATHER_NOT_SAY = "rather_not_say"

SERVICES = {
    "police": _l("Police"),
    "sarc": _l("Sexual assault referral centre (SARC)"),
    "gp": _l("GP or family doctor"),
    "nhs_mental_health": _l("NHS mental health service"),
    "counselling": _l("Counselling or therapy"),
    "isva": _l("Independent sexual violence adviser (ISVA)"),
    "local_authority": _l("Local council"),
    "third_sector": _l("Charity or support group"),
    "other": _l("Another service"),
}

BOROUGHS = {
    "birmingham": _l("Birmingham"),
    "coventry": _l("Coventry"),
    "dudley": _l("Dudley"),
    "sandwell": _l("Sandwell"),
    "solihull": _l("Solihull"),
    "walsall": _l("Walsall"),
    "wolverhampton": _l("Wolverhampton"),
    "elsewhere": _l("Somewhere else"),
    RATHER_NOT_SAY: _l("I'd rather not say"),
}

# The five outcomes victims want from services (seed 004), asked in plain words.
OUTCOME_QUESTIONS = {
    "professionalism": _l("Did the staff know what to do, and who to contact for you?"),
    "communication": _l("Did they keep you informed, and talk to the other services you needed?"),
    "belief": _l("Did you feel believed?"),
    "impact": _l("Did they understand how what happened has affected you?"),
    "priority": _l("Did you feel that your needs mattered to them and were dealt with quickly?"),
}

SCALE = {
    "1": _l("No, not at all"),
    "2": _l("Not really"),
    "3": _l("Partly"),
    "4": _l("Mostly"),
    "5": _l("Yes, completely"),
    NOT_APPLICABLE: _l("Does not apply"),
}

_YES_NO = {"yes": _l("Yes"), "no": _l("No"), RATHER_NOT_SAY: _l("I'd rather not say")}

# Equality monitoring, banded, every question skippable (the diversity list in seed 004).
EQUALITY: dict[str, tuple[LazyProxy, dict[str, LazyProxy]]] = {
    "age": (
        _l("How old are you?"),
        {
            "under_18": _l("Under 18"),
            "18_24": _l("18 to 24"),
            "25_34": _l("25 to 34"),
            "35_44": _l("35 to 44"),
            "45_54": _l("45 to 54"),
            "55_64": _l("55 to 64"),
            "65_plus": _l("65 or over"),
            RATHER_NOT_SAY: _l("I'd rather not say"),
        },
    ),
    "gender": (
        _l("What is your gender?"),
        {
            "woman": _l("Woman"),
            "man": _l("Man"),
            "non_binary": _l("Non-binary"),
            "another": _l("In another way"),
            RATHER_NOT_SAY: _l("I'd rather not say"),
        },
    ),
    "trans": (_l("Are you trans, or do you have a trans history?"), _YES_NO),
    "sexual_orientation": (
        _l("What is your sexual orientation?"),
        {
            "straight": _l("Straight or heterosexual"),
            "gay_lesbian": _l("Gay or lesbian"),
            "bisexual": _l("Bisexual"),
            "another": _l("In another way"),
            RATHER_NOT_SAY: _l("I'd rather not say"),
        },
    ),
    "ethnicity": (
        _l("What is your ethnic group?"),
        {
            "asian": _l("Asian or Asian British"),
            "black": _l("Black, Black British, Caribbean or African"),
            "mixed": _l("Mixed or multiple ethnic groups"),
            "white": _l("White"),
            "another": _l("Another ethnic group"),
            RATHER_NOT_SAY: _l("I'd rather not say"),
        },
    ),
    "religion": (
        _l("What is your religion or belief?"),
        {
            "none": _l("No religion"),
            "christian": _l("Christian"),
            "muslim": _l("Muslim"),
            "sikh": _l("Sikh"),
            "hindu": _l("Hindu"),
            "jewish": _l("Jewish"),
            "buddhist": _l("Buddhist"),
            "another": _l("Another religion or belief"),
            RATHER_NOT_SAY: _l("I'd rather not say"),
        },
    ),
    "disability": (_l("Do you have a disability or a long-term health condition?"), _YES_NO),
    "mental_health": (_l("Do you have a mental health condition?"), _YES_NO),
    "care_needs": (_l("Do you have care and support needs?"), _YES_NO),
    "substance_use": (_l("Do you use drugs or alcohol in a way that affects your life?"), _YES_NO),
    "pregnancy": (_l("Were you pregnant, or had you had a baby in the last year?"), _YES_NO),
    "married": (_l("Are you married or in a civil partnership?"), _YES_NO),
    "immigration": (_l("Did your immigration status worry you when using the service?"), _YES_NO),
    "sex_work": (_l("Were you doing sex work at the time?"), _YES_NO),
}

STALE_FORM = _l("This page was open for a long time, so please press Send again.")

_MONTH = re.compile(r"^(\d{4})-(\d{1,2})$")
YEARS_BACK = 30


@dataclass
class Feedback:
    """The contents of one sealed envelope."""

    text: str
    locale: str
    service: str | None = None
    organisation: str | None = None
    borough: str | None = None
    month: str | None = None
    ratings: dict[str, str] = field(default_factory=dict)
    equality: dict[str, str] = field(default_factory=dict)
    consent_quote: bool = False
    errors: dict[str, LazyProxy] = field(default_factory=dict)

    def payload(self) -> dict[str, Any]:
        return {
            "text": self.text,
            "locale": self.locale,
            "service": self.service,
            "organisation": self.organisation,
            "borough": self.borough,
            "month": self.month,
            "ratings": self.ratings,
            "equality": self.equality,
            "consent_quote": self.consent_quote,
        }

    def answers(self) -> dict[str, Any]:
        """The structured answers kept as derived facts (numbers and bands, never text)."""
        ratings = {key: int(value) for key, value in self.ratings.items() if value in RATINGS}
        return {"ratings": ratings, "equality": dict(self.equality)}


def _choice(value: Any, choices: Mapping[str, Any]) -> str | None:
    return value if isinstance(value, str) and value in choices else None


def _month(data: Mapping[str, Any], today: date) -> str | None:
    """`month` as YYYY-MM (the JSON API), or `when_year` and `when_month` (the HTML form)."""
    value = data.get("month")
    if not value and data.get("when_year") and data.get("when_month"):
        value = f"{data['when_year']}-{data['when_month']}"
    match = _MONTH.match(value) if isinstance(value, str) else None
    if not match:
        return None
    year, month = int(match[1]), int(match[2])
    if not 1 <= month <= 12 or not today.year - YEARS_BACK <= year <= today.year:
        return None
    return None if (year, month) > (today.year, today.month) else f"{year:04d}-{month:02d}"


def _short_text(value: Any, limit: int) -> str | None:
    if not isinstance(value, str):
        return None
    return " ".join(value.split())[:limit] or None


def _nested(data: Mapping[str, Any], name: str, prefix: str) -> dict[str, Any]:
    """Answers sent as an object (`{"ratings": {...}}`) or as form fields (`rating_belief`)."""
    nested = data.get(name)
    found = dict(nested) if isinstance(nested, Mapping) else {}
    for key, value in data.items():
        if key.startswith(prefix):
            found.setdefault(key.removeprefix(prefix), value)
    return found


def _ratings(data: Mapping[str, Any]) -> dict[str, str]:
    given = _nested(data, "ratings", "rating_")
    return {
        outcome: str(given[outcome])
        for outcome in OUTCOME_QUESTIONS
        if str(given.get(outcome)) in (*RATINGS, NOT_APPLICABLE)
    }


def _equality(data: Mapping[str, Any]) -> dict[str, str]:
    given = _nested(data, "equality", "equality_")
    return {
        key: given[key] for key, (_, bands) in EQUALITY.items() if _choice(given.get(key), bands)
    }


def clean(data: Mapping[str, Any], locale: str, today: date | None = None) -> Feedback:
    """Keep every valid answer, drop invalid optional ones, and note what must be fixed."""
    today = today or date.today()
    raw_text = data.get("text")
    text = raw_text.strip() if isinstance(raw_text, str) else ""
    feedback = Feedback(
        text=text,
        locale=locale,
        service=_choice(data.get("service"), SERVICES),
        organisation=_short_text(data.get("organisation"), 120),
        borough=_choice(data.get("borough"), BOROUGHS),
        month=_month(data, today),
        ratings=_ratings(data),
        equality=_equality(data),
        consent_quote=data.get("consent_quote") in (True, "yes"),
    )
    if not text:
        feedback.errors["text"] = _l("Please tell us something in the box, even a few words.")
    elif len(text) > MAX_TEXT:
        feedback.errors["text"] = LazyProxy(
            lambda: gettext("Please keep it under %(n)s characters.", n=number(MAX_TEXT)),
            enable_cache=False,
        )
    return feedback
