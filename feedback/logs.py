"""Logging that never describes a survivor: no access log lines for survivor routes."""

from __future__ import annotations

import logging
from typing import Any

from feedback.settings import STAFF_PREFIX

# Only these paths are logged at all; every other route may be a survivor's.
LOGGED_PREFIXES = (STAFF_PREFIX, "/healthz")
FORMAT = "%(asctime)s %(levelname)s %(name)s: %(message)s"


class StaffOnlyAccessLog(logging.Filter):
    """uvicorn's access records carry (client, method, path, http version, status)."""

    def filter(self, record: logging.LogRecord) -> bool:
        args: Any = record.args
        path = args[2] if isinstance(args, tuple) and len(args) >= 3 else ""
        return isinstance(path, str) and path.startswith(LOGGED_PREFIXES)


def uvicorn_log_config() -> dict[str, Any]:
    return {
        "version": 1,
        "disable_existing_loggers": False,
        "filters": {"staff_only": {"()": StaffOnlyAccessLog}},
        "formatters": {
            "plain": {"format": FORMAT},
        },
        "handlers": {
            "stderr": {"class": "logging.StreamHandler", "formatter": "plain"},
            "access": {
                "class": "logging.StreamHandler",
                "formatter": "plain",
                "filters": ["staff_only"],
            },
        },
        "loggers": {
            "uvicorn": {"handlers": ["stderr"], "level": "INFO", "propagate": False},
            "uvicorn.access": {"handlers": ["access"], "level": "INFO", "propagate": False},
            "heard": {"handlers": ["stderr"], "level": "INFO", "propagate": False},
        },
    }


def configure_worker_logging() -> None:
    logging.basicConfig(level=logging.INFO, format=FORMAT)
