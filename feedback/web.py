"""Small request helpers shared by every domain's routes."""

from __future__ import annotations

import json

from starlette.requests import Request
from starlette.responses import JSONResponse, Response

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


class BadJSONBody(Exception):
    """An API request whose body is not JSON; app.py answers it with bad_json_body."""

    def __init__(self, message: str, status_code: int) -> None:
        super().__init__(message)
        self.status_code = status_code


async def read_json(request: Request, what: str) -> object:
    """The request's JSON body: 415 unless it is sent as JSON, 400 unless it parses."""
    if not is_json(request):
        raise BadJSONBody(f"Send the {what} as application/json.", 415)
    try:
        return json.loads(await request.body())
    except ValueError as error:
        raise BadJSONBody("The body is not valid JSON.", 400) from error


async def bad_json_body(request: Request, exc: Exception) -> Response:
    status_code = exc.status_code if isinstance(exc, BadJSONBody) else 400
    return json_error(str(exc), status_code)
