"""Pure ASGI middleware: response headers that protect survivors, and request body limits."""

from __future__ import annotations

from starlette.datastructures import MutableHeaders
from starlette.responses import JSONResponse, PlainTextResponse, Response
from starlette.types import ASGIApp, Message, Receive, Scope, Send

# No inline script or style anywhere; WebAssembly is allowed for libsodium, nothing else.
CSP = "; ".join(
    [
        "default-src 'none'",
        "script-src 'self' 'wasm-unsafe-eval'",
        "style-src 'self'",
        "img-src 'self'",
        "font-src 'self'",
        "connect-src 'self'",
        "form-action 'self'",
        "frame-ancestors 'none'",
        "base-uri 'none'",
    ]
)

HEADERS = {
    "content-security-policy": CSP,
    # Nothing is kept on a possibly shared device: not pages, not scripts, not styles.
    "cache-control": "no-store",
    "referrer-policy": "no-referrer",
    "x-content-type-options": "nosniff",
    "x-frame-options": "DENY",
    "cross-origin-opener-policy": "same-origin",
    "cross-origin-resource-policy": "same-origin",
    "permissions-policy": "camera=(), microphone=(), geolocation=(), interest-cohort=()",
}


class SecurityHeaders:
    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return

        async def send_with_headers(message: Message) -> None:
            if message["type"] == "http.response.start":
                headers = MutableHeaders(scope=message)
                for name, value in HEADERS.items():
                    headers[name] = value
                del headers["server"]
            await send(message)

        await self.app(scope, receive, send_with_headers)


class BodyTooLarge(Exception):
    """A request body over the limit; the app's exception handler answers 413."""


class BodyLimit:
    """Refuse request bodies over `limit` bytes, whether declared up front or streamed."""

    def __init__(self, app: ASGIApp, limit: int, api_limit: int) -> None:
        self.app = app
        self.limit = limit
        self.api_limit = api_limit

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        limit = body_limit(scope["path"], self.limit, self.api_limit)
        declared = dict(scope["headers"]).get(b"content-length")
        if declared is not None and (not declared.isdigit() or int(declared) > limit):
            await too_large(scope["path"], limit)(scope, receive, send)
            return
        received = 0

        async def limited_receive() -> Message:
            nonlocal received
            message = await receive()
            received += len(message.get("body", b""))
            if received > limit:
                raise BodyTooLarge
            return message

        await self.app(scope, limited_receive, send)


def body_limit(path: str, limit: int, api_limit: int) -> int:
    return api_limit if path.startswith("/api/") else limit


def too_large(path: str, limit: int) -> Response:
    message = f"The request is too large; the limit is {limit // 1024} KiB."
    if path.startswith("/api/"):
        return JSONResponse({"error": message}, status_code=413)
    return PlainTextResponse(message, status_code=413)
