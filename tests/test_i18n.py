"""Every catalog translates every message the code and templates use, placeholders intact."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from babel.messages.catalog import Catalog
from babel.messages.extract import extract_from_dir
from babel.messages.pofile import read_po

from feedback import i18n

ROOT = Path(__file__).resolve().parent.parent
LOCALES = (
    "cy",
    "ur",
    "pa",
    "bn",
    "ar",
    "pl",
    "ro",
    "so",
    "ps",
    "ckb",
    "fa",
    "pt",
    "zh_Hans",
    "ti",
    "gu",
)
RIGHT_TO_LEFT = {"ar", "ur", "fa", "ps", "ckb"}
PLACEHOLDER = re.compile(r"%\((\w+)\)[sd]")
KEYWORDS = {"_": None, "_l": None, "gettext": None, "ngettext": (1, 2)}


def _used_messages() -> set[str | tuple[str, ...]]:
    method_map = [("feedback/**.py", "python"), ("templates/**.html", "jinja2")]
    options = {"templates/**.html": {"extensions": "jinja2.ext.i18n"}}
    found: set[str | tuple[str, ...]] = set()
    for folder in ("feedback", "templates"):
        for _, _, message, _, _ in extract_from_dir(
            ROOT / folder,
            method_map=[(p.removeprefix(f"{folder}/"), m) for p, m in method_map],
            options_map={k.removeprefix(f"{folder}/"): v for k, v in options.items()},
            keywords=KEYWORDS,
        ):
            found.add(message if isinstance(message, str) else tuple(message))
    return found


USED = _used_messages()


def _catalog(locale: str) -> Catalog:
    with (ROOT / "locales" / locale / "LC_MESSAGES" / "messages.po").open("rb") as handle:
        return read_po(handle, locale=locale)


def test_the_extraction_finds_the_messages() -> None:
    assert "Leave this site now" in USED
    assert len(USED) > 150


@pytest.mark.parametrize("locale", LOCALES)
def test_catalog_translates_every_message_used(locale: str) -> None:
    catalog = _catalog(locale)
    missing, broken = [], []
    for message in USED:
        msgid = message[0] if isinstance(message, tuple) else message
        entry = catalog.get(msgid)
        strings = (
            [s for s in entry.string]
            if entry and isinstance(entry.string, tuple)
            else [entry.string]
            if entry
            else []
        )
        if not entry or entry.fuzzy or not strings or not all(strings):
            missing.append(msgid)
            continue
        wanted = set(PLACEHOLDER.findall(msgid))
        if any(set(PLACEHOLDER.findall(s)) != wanted for s in strings):
            broken.append(msgid)
    assert not missing, f"{locale} misses {len(missing)}: {sorted(missing)[:5]}"
    assert not broken, f"{locale} placeholders differ in: {broken[:5]}"


@pytest.mark.parametrize("locale", LOCALES)
def test_catalog_header_asks_for_professional_review(locale: str) -> None:
    header = (ROOT / "locales" / locale / "LC_MESSAGES" / "messages.po").read_text()[:600]
    assert "professional translator trained in sexual" in header


def test_every_locale_is_offered_with_its_own_name_and_direction() -> None:
    offered = dict(i18n.language_names())
    assert set(offered) == {"en", *LOCALES}
    assert offered["pa"] == "ਪੰਜਾਬੀ"  # Gurmukhi
    assert offered["ur"] == "اردو"
    for locale in LOCALES:
        expected = "rtl" if locale in RIGHT_TO_LEFT else "ltr"
        assert i18n.text_direction(locale) == expected, locale


def test_locale_comes_from_the_query_then_the_form_then_accept_language() -> None:
    assert i18n.choose("pl", "ur", accept_language="ar") == "pl"
    assert i18n.choose(None, "ur", accept_language="ar") == "ur"
    assert i18n.choose(None, None, accept_language="fa-IR,fa;q=0.9,en;q=0.5") == "fa"
    assert i18n.choose("xx", None, accept_language="zh-Hans-CN") == "zh_Hans"
    assert i18n.choose(None, None, accept_language="") == "en"
