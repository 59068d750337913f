"""The one Jinja2 environment, with gettext bound to the request's locale."""

from __future__ import annotations

from pathlib import Path

from babel.dates import format_date
from jinja2 import Environment, FileSystemLoader, select_autoescape
from starlette.requests import Request
from starlette.responses import HTMLResponse

from feedback import i18n
from feedback.settings import get_settings

TEMPLATES_DIR = Path(__file__).resolve().parent.parent / "templates"

env = Environment(
    loader=FileSystemLoader(TEMPLATES_DIR),
    autoescape=select_autoescape(["html"]),
    extensions=["jinja2.ext.i18n"],
    trim_blocks=True,
    lstrip_blocks=True,
)
env.filters["format_date"] = lambda value: format_date(value, locale=i18n.current())
env.install_gettext_callables(i18n.gettext, i18n.ngettext, newstyle=True)  # type: ignore[attr-defined]


def render(request: Request, name: str, status_code: int = 200, **context: object) -> HTMLResponse:
    locale = i18n.current()
    html = env.get_template(name).render(
        request=request,
        locale=locale,
        direction=i18n.text_direction(locale),
        locales=i18n.supported(),
        language_names=i18n.language_names(),
        quick_exit_url=get_settings().quick_exit_url,
        **context,
    )
    return HTMLResponse(html, status_code=status_code)
