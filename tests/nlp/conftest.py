"""Models are trained once per session (or reused from $HEARD_TEST_MODELS)."""

import os
import subprocess
import sys
from pathlib import Path

import pytest

from nlp.tagger import Tagger

REPO = Path(__file__).resolve().parents[2]
DEV_QUOTES = REPO.parent / "shared" / "data" / "dev_quotes.jsonl"


def run_nlp(*args: str, stdin: str = "", models: Path | None = None) -> subprocess.CompletedProcess:
    """Run `python -m nlp ...` as the operator would."""
    extra = ["--models", str(models)] if models else []
    return subprocess.run(
        [sys.executable, "-m", "nlp", *args, *extra],
        input=stdin,
        capture_output=True,
        text=True,
        cwd=REPO,
        timeout=600,
        check=False,
    )


@pytest.fixture(scope="session")
def models_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    reuse = os.environ.get("HEARD_TEST_MODELS")
    if reuse and (Path(reuse) / "meta.json").is_file():
        return Path(reuse)
    out = tmp_path_factory.mktemp("nlp") / "models"
    done = run_nlp("train", "--out", str(out))
    assert done.returncode == 0, done.stderr
    return out


@pytest.fixture(scope="session")
def tagger(models_dir: Path) -> Tagger:
    return Tagger.load(models_dir)
