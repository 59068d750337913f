"""What a consultation may ask, and how each answer is checked.

`clean` serves both the server-sealed form (checked before sealing, so mistakes can be shown)
and the worker (checking whatever a browser sealed, which the web tier could not see). Invalid
answers are dropped rather than refused.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any, NamedTuple

from babel.support import LazyProxy

from feedback.i18n import DEFAULT_LOCALE
from feedback.i18n import gettext as _
from feedback.i18n import lazy_gettext as _l

LOCALES = (
    "en", "cy", "ur", "pa", "bn", "ar", "pl", "ro", "so", "ps", "ckb", "fa", "pt", "zh_Hans",
    "ti", "gu",
)  # fmt: skip
KINDS = ("text", "choice", "multi", "scale")
MAX_QUESTIONS = 50
MAX_OPTIONS = 20
MAX_TITLE = 200
MAX_PROMPT = 1000
MAX_ANSWER = 4000
SCALE_POINTS = 5  # a scale without labels runs from 1 to 5
FORM_QUESTIONS = 8  # blank questions on the staff form; the command line takes any number

NEED_CODE = _l("Please type the code from your card.")
BAD_CODE = _l(
    "This code does not work. It may have been used already, or a letter may be wrong. "
    "Please check it, or ask the person running the group for a new one."
)
NEED_ANSWER = _l("Please answer at least one question.")
TOO_LONG = _l("Please keep each answer shorter.")
STALE_FORM = _l("This page was open for a long time, so please press Send again.")


class DefinitionError(ValueError):
    """A consultation file or form that cannot be used; the message says why."""


Texts = dict[str, str]


class Localised(NamedTuple):
    text: str
    lang: str


def localise(texts: Mapping[str, str], locale: str) -> Localised:
    """The text in `locale`, else in English, else in the first locale it has."""
    for candidate in (locale, DEFAULT_LOCALE, *texts):
        if texts.get(candidate):
            return Localised(texts[candidate], candidate)
    return Localised("", DEFAULT_LOCALE)


def _texts(value: Any, what: str, limit: int, required: bool = True) -> Texts:
    if value is None and not required:
        return {}
    if not isinstance(value, dict) or (required and not value):
        raise DefinitionError(_("%(what)s must be an object of locale: text.", what=what))
    texts: Texts = {}
    for locale, text in value.items():
        if locale not in LOCALES:
            raise DefinitionError(
                _("%(what)s: unknown locale %(locale)s.", what=what, locale=locale)
            )
        if not isinstance(text, str) or not text.strip() or len(text) > limit:
            raise DefinitionError(
                _(
                    "%(what)s in %(locale)s: use 1 to %(n)s characters.",
                    what=what,
                    locale=locale,
                    n=limit,
                )
            )
        texts[locale] = text.strip()
    return texts


def _question(value: Any, number: int) -> dict[str, Any]:
    what = _("Question %(n)s", n=number)
    if not isinstance(value, dict) or value.get("kind") not in KINDS:
        raise DefinitionError(
            _("%(what)s needs a kind: %(kinds)s.", what=what, kinds=", ".join(KINDS))
        )
    kind = value["kind"]
    raw = value.get("options") or []
    if not isinstance(raw, list) or len(raw) > MAX_OPTIONS:
        raise DefinitionError(_("%(what)s: give at most %(n)s options.", what=what, n=MAX_OPTIONS))
    options = [
        _texts(o, _("%(what)s, option %(n)s", what=what, n=i + 1), MAX_TITLE)
        for i, o in enumerate(raw)
    ]
    if kind == "text" and options:
        raise DefinitionError(_("%(what)s: a text question has no options.", what=what))
    if kind in ("choice", "multi") and len(options) < 2:
        raise DefinitionError(_("%(what)s: give at least 2 options.", what=what))
    if kind == "scale" and len(options) == 1:
        raise DefinitionError(_("%(what)s: label every point of the scale, or none.", what=what))
    return {
        "kind": kind,
        "prompt": _texts(value.get("prompt"), what, MAX_PROMPT),
        "options": options,
    }


@dataclass(frozen=True)
class Definition:
    title: Texts
    introduction: Texts
    questions: list[dict[str, Any]]


def parse_definition(data: Any) -> Definition:
    """A consultation as `heard consultation create FILE.json` and the staff form give it."""
    if not isinstance(data, dict):
        raise DefinitionError(_("The file must hold a JSON object."))
    questions = data.get("questions")
    if not isinstance(questions, list) or not 1 <= len(questions) <= MAX_QUESTIONS:
        raise DefinitionError(_("Give 1 to %(n)s questions.", n=MAX_QUESTIONS))
    return Definition(
        title=_texts(data.get("title"), _("Title"), MAX_TITLE),
        introduction=_texts(
            data.get("introduction"), _("Introduction"), MAX_PROMPT, required=False
        ),
        questions=[_question(q, i + 1) for i, q in enumerate(questions)],
    )


def from_staff_form(form: Mapping[str, Any]) -> dict[str, Any]:
    """The staff form (one locale; options one a line) in the shape of a consultation file."""

    def text(name: str) -> str:
        value = form.get(name)
        return value.strip() if isinstance(value, str) else ""

    locale = text("locale")
    questions = []
    for i in range(FORM_QUESTIONS):
        if prompt := text(f"prompt_{i}"):
            options = [line.strip() for line in text(f"options_{i}").splitlines() if line.strip()]
            questions.append(
                {
                    "kind": text(f"kind_{i}"),
                    "prompt": {locale: prompt},
                    "options": [{locale: option} for option in options],
                }
            )
    introduction = text("introduction")
    return {
        "title": {locale: text("title")},
        "introduction": {locale: introduction} if introduction else None,
        "questions": questions,
    }


def translated(consultation: Any, locale: str, form: Mapping[str, Any]) -> dict[str, Any]:
    """A consultation's texts with `locale` set from the translation form (empty: left out)."""

    def put(texts: Texts, name: str) -> Texts:
        value = form.get(name)
        text = value.strip() if isinstance(value, str) else ""
        return {
            **{k: v for k, v in texts.items() if k != locale},
            **({locale: text} if text else {}),
        }

    return {
        "title": put(consultation.title, "title"),
        "introduction": put(consultation.introduction, "introduction") or None,
        "questions": [
            {
                "kind": question["kind"],
                "prompt": put(question["prompt"], f"prompt_{i}"),
                "options": [put(o, f"option_{i}_{j}") for j, o in enumerate(question["options"])],
            }
            for i, question in enumerate(consultation.questions)
        ],
    }


def option_count(question: Mapping[str, Any]) -> int:
    if question["kind"] == "scale" and not question["options"]:
        return SCALE_POINTS
    return len(question["options"])


def option_label(question: Mapping[str, Any], index: int, locale: str) -> Localised:
    if question["options"]:
        return localise(question["options"][index], locale)
    return Localised(str(index + 1), locale)


@dataclass
class Answers:
    """The contents of one sealed response."""

    locale: str
    texts: dict[int, str] = field(default_factory=dict)
    choices: dict[int, list[int]] = field(default_factory=dict)
    consent_quote: bool = False
    errors: dict[str, LazyProxy] = field(default_factory=dict)

    def payload(self) -> dict[str, Any]:
        """The same fields the form posts, so the worker checks both paths with `clean`."""
        payload: dict[str, Any] = {"locale": self.locale, "consent_quote": self.consent_quote}
        payload.update({f"q{i}": text for i, text in self.texts.items()})
        for i, chosen in self.choices.items():
            payload.update({f"q{i}_{j}": "yes" for j in chosen})
        return payload

    def value(self, index: int) -> str:
        return self.texts.get(index, "")

    def chosen(self, index: int) -> list[int]:
        return self.choices.get(index, [])


def _index(value: Any, count: int) -> int | None:
    text = str(value)
    return int(text) if text.isdigit() and int(text) < count else None


def clean(data: Mapping[str, Any], questions: list[dict[str, Any]], locale: str) -> Answers:
    """Keep every valid answer and note what must be fixed.

    Free text comes as `q<i>`; one choice or a point on a scale as `q<i>` = option index, or as
    `q<i>_<j>` = "yes"; several choices as `q<i>_<j>` = "yes" for each option j.
    """
    answers = Answers(locale=locale, consent_quote=data.get("consent_quote") in (True, "yes"))
    for i, question in enumerate(questions):
        given = data.get(f"q{i}")
        if question["kind"] == "text":
            text = given.strip() if isinstance(given, str) else ""
            if len(text) > MAX_ANSWER:
                answers.errors[f"q{i}"] = TOO_LONG
            elif text:
                answers.texts[i] = text
            continue
        count = option_count(question)
        chosen = [j for j in range(count) if data.get(f"q{i}_{j}") in (True, "yes")]
        single = _index(given, count) if given not in (None, "") else None
        if single is not None:
            chosen = sorted({*chosen, single})
        if question["kind"] != "multi":
            chosen = chosen[:1] if len(chosen) == 1 else []
        if chosen:
            answers.choices[i] = chosen
    if not answers.texts and not answers.choices and not answers.errors:
        answers.errors["answers"] = NEED_ANSWER
    return answers


@dataclass(frozen=True)
class UpdateForm:
    you_said: str
    we_did: str
    errors: dict[str, LazyProxy]


def check_update(you_said: str, we_did: str) -> UpdateForm:
    errors: dict[str, LazyProxy] = {}
    if not you_said:
        errors["you_said"] = _l("Say what people told you.")
    if not we_did:
        errors["we_did"] = _l("Say what was done about it.")
    return UpdateForm(you_said, we_did, errors)
