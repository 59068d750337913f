"""Translations: which locale a request speaks, and gettext bound to it.

A locale comes from `?lang=`, then a form field that carries it, then `Accept-Language`; never
from a cookie, because survivors get no cookies.
"""

from __future__ import annotations

from contextvars import ContextVar
from functools import cache
from pathlib import Path

from babel import Locale
from babel.numbers import format_decimal
from babel.support import LazyProxy, NullTranslations, Translations
from starlette.requests import Request

LOCALES_DIR = Path(__file__).resolve().parent.parent / "locales"
DEFAULT_LOCALE = "en"

_current: ContextVar[str] = ContextVar("locale", default=DEFAULT_LOCALE)


@cache
def supported() -> tuple[str, ...]:
    """English, plus every locale that has a compiled catalog."""
    found = {p.parent.parent.name for p in LOCALES_DIR.glob("*/LC_MESSAGES/messages.mo")}
    return (DEFAULT_LOCALE, *sorted(found - {DEFAULT_LOCALE}))


@cache
def language_names() -> tuple[tuple[str, str], ...]:
    """Each supported locale with its name in its own language, for the language switcher."""
    return tuple((code, Locale.parse(code).display_name or code) for code in supported())


@cache
def translations(locale: str) -> NullTranslations:
    return Translations.load(str(LOCALES_DIR), [locale], domain="messages")


def _match(tag: str) -> str | None:
    """The supported locale for a language tag: `zh-Hans-CN` → `zh_Hans`, `pa-IN` → `pa`."""
    parts = tag.replace("-", "_").split("_")
    for length in range(len(parts), 0, -1):
        candidate = "_".join(parts[:length])
        if candidate in supported():
            return candidate
    return next((code for code in supported() if code.split("_")[0] == parts[0]), None)


def choose(*candidates: str | None, accept_language: str = "") -> str:
    for candidate in candidates:
        if candidate in supported():
            return candidate
    for part in accept_language.split(","):
        tag = part.split(";")[0].strip()
        if tag and (found := _match(tag)):
            return found
    return DEFAULT_LOCALE


def activate(locale: str) -> None:
    _current.set(locale)


def current() -> str:
    return _current.get()


def gettext(message: str, **variables: object) -> str:
    text = translations(_current.get()).gettext(message)
    return text % variables if variables else text


def ngettext(singular: str, plural: str, n: int, **variables: object) -> str:
    text = translations(_current.get()).ngettext(singular, plural, n)
    return text % {"num": n, **variables}


def lazy_gettext(message: str) -> LazyProxy:
    # Evaluated when shown, so module-level labels follow each request's locale.
    return LazyProxy(gettext, message, enable_cache=False)


def number(value: int) -> str:
    return format_decimal(value, locale=_current.get())


def text_direction(locale: str) -> str:
    return "rtl" if Locale.parse(locale).character_order == "right-to-left" else "ltr"


def use_request_locale(request: Request, field_value: str | None = None) -> str:
    """Pick and activate the locale for this request."""
    locale = choose(
        request.query_params.get("lang"),
        field_value,
        accept_language=request.headers.get("accept-language", ""),
    )
    activate(locale)
    return locale
