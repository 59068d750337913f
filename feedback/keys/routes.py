from __future__ import annotations

import base64

from starlette.requests import Request
from starlette.responses import JSONResponse
from starlette.routing import Route

from feedback.keys.service import KeyCache


async def current_key(request: Request) -> JSONResponse:
    cache: KeyCache = request.app.state.keys
    current = (await cache.get()).current
    if current is None:
        return JSONResponse({"error": "No analysis key has been set up yet."}, status_code=503)
    kid, public_key = current
    return JSONResponse({"kid": kid, "public_key": base64.b64encode(public_key).decode()})


routes = [Route("/api/v1/keys/current", current_key, methods=["GET"])]
