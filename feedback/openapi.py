"""The OpenAPI description of the anonymous JSON API, served at /api/v1/openapi.json."""

from __future__ import annotations

from typing import Any

from starlette.requests import Request
from starlette.responses import JSONResponse

B64 = {"type": "string", "contentEncoding": "base64"}
ERROR = {
    "description": "A clear reason; nothing was stored.",
    "content": {
        "application/json": {
            "schema": {
                "type": "object",
                "required": ["error"],
                "properties": {"error": {"type": "string"}},
            }
        }
    },
}

ENVELOPE = {
    "type": "object",
    "required": ["v", "kid", "ct"],
    "additionalProperties": False,
    "properties": {
        "v": {"const": 1},
        "kid": {"type": "string", "minLength": 1, "maxLength": 64},
        "ct": {
            **B64,
            "description": "base64(crypto_box_seal(pad(JSON, 1024), public_key)): "
            "48 + a multiple of 1024 bytes, at most 64 KiB",
        },
        "receipt": {
            "type": "object",
            "required": ["lookup", "public_key"],
            "additionalProperties": False,
            "properties": {"lookup": B64, "public_key": B64},
        },
    },
}

SPEC: dict[str, Any] = {
    "openapi": "3.1.0",
    "info": {
        "title": "Heard anonymous API",
        "version": "1",
        "description": "Sealed feedback from survivors. The server stores ciphertext only.",
    },
    "paths": {
        "/api/v1/keys/current": {
            "get": {
                "summary": "The analysis public key to seal to",
                "responses": {
                    "200": {
                        "description": "The current key",
                        "content": {
                            "application/json": {
                                "schema": {
                                    "type": "object",
                                    "required": ["kid", "public_key"],
                                    "properties": {"kid": {"type": "string"}, "public_key": B64},
                                }
                            }
                        },
                    },
                    "503": ERROR,
                },
            }
        },
        "/api/v1/submissions": {
            "post": {
                "summary": "Store one sealed envelope",
                "parameters": [
                    {
                        "name": "X-Heard-Token",
                        "in": "header",
                        "required": False,
                        "schema": {"type": "string"},
                        "description": "A single-use form token from the feedback page.",
                    }
                ],
                "requestBody": {
                    "required": True,
                    "content": {"application/json": {"schema": ENVELOPE}},
                },
                "responses": {
                    "201": {
                        "description": "Stored; queued for analysis",
                        "content": {
                            "application/json": {
                                "schema": {
                                    "type": "object",
                                    "required": ["id"],
                                    "properties": {"id": {"type": "string", "format": "uuid"}},
                                }
                            }
                        },
                    },
                    "400": ERROR,
                    "409": ERROR,
                    "413": ERROR,
                    "415": ERROR,
                    "422": ERROR,
                },
            }
        },
        "/api/v1/receipts/lookup": {
            "post": {
                "summary": "Status and sealed replies for a receipt",
                "requestBody": {
                    "required": True,
                    "content": {
                        "application/json": {
                            "schema": {
                                "type": "object",
                                "required": ["lookup"],
                                "properties": {"lookup": B64},
                            }
                        }
                    },
                },
                "responses": {
                    "200": {
                        "description": "Found",
                        "content": {
                            "application/json": {
                                "schema": {
                                    "type": "object",
                                    "required": ["status", "replies"],
                                    "properties": {
                                        "status": {"enum": ["pending", "analysed", "failed"]},
                                        "replies": {
                                            "type": "array",
                                            "items": {
                                                "type": "object",
                                                "required": ["sent_on", "ct"],
                                                "properties": {
                                                    "sent_on": {"type": "string", "format": "date"},
                                                    "ct": B64,
                                                },
                                            },
                                        },
                                    },
                                }
                            }
                        },
                    },
                    "400": ERROR,
                    "404": ERROR,
                    "413": ERROR,
                    "415": ERROR,
                    "422": ERROR,
                },
            }
        },
    },
}


async def openapi(request: Request) -> JSONResponse:
    return JSONResponse(SPEC)
