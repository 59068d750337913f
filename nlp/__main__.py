"""`python -m nlp`: the nlp commands on their own, models under $HEARD_DATA_DIR/models."""

import os
from pathlib import Path

from nlp.cli import make_group


def _models_dir() -> Path:
    return Path(os.environ.get("HEARD_DATA_DIR", ".heard")) / "models"


if __name__ == "__main__":
    make_group(_models_dir)()
