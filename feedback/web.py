"""Small request helpers shared by every domain's routes."""

from __future__ import annotations

from starlette.requests import Request
from starlette.responses import JSONResponse

FORM_TYPE = "application/x-www-form-urlencoded"


def _content_type(request: Request) -> str:
    return request.headers.get("content-type", "").split(";")[0].strip().lower()


def is_json(request: Request) -> bool:
    return _content_type(request) == "application/json"


async def form_data(request: Request) -> dict[str, str] | None:
    """A urlencoded form's fields (the last value of each), or None for any other body type.

    Only urlencoded forms are taken: a multipart parser may spool a large part to a temporary
    file, and a survivor's words must never touch the disk.
    """
    if _content_type(request) != FORM_TYPE:
        return None
    form = await request.form()
    return {key: value for key, value in form.items() if isinstance(value, str)}


def json_error(message: str, status_code: int) -> JSONResponse:
    return JSONResponse({"error": message}, status_code=status_code)
