"""Sentence vectors from wordllama's static token embeddings, and a linear head over them.

The bag of words only knows the words of its training comments; a sentence vector also places
"nobody rang me back" near "I never heard from them again". wordllama ships its token table
(32,000 x 256, float32, 16 MB) and tokenizer inside its PyPI wheel, so nothing is downloaded at
run time. Its package is never imported (its loader fetches missing files from the network); only
those two files are read. A vector is the mean of the sentence's token vectors, unit length, as
wordllama itself embeds.
"""

import importlib.util
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache
from pathlib import Path

import numpy as np
from safetensors.numpy import load_file
from tokenizers import Tokenizer

HEAD_FILE = "heard_embed.npz"
L2 = 1e-2
STEPS = 600
LEARN_RATE = 2.0


def _package_dir() -> Path:
    spec = importlib.util.find_spec("wordllama")
    if spec is None or not spec.submodule_search_locations:
        raise ModuleNotFoundError("wordllama is not installed (see pyproject.toml)")
    return Path(spec.submodule_search_locations[0])


@cache
def table() -> tuple[Tokenizer, np.ndarray]:
    """The tokenizer and the token table, read once per process."""
    root = _package_dir()
    tokenizer = Tokenizer.from_file(str(root / "tokenizers" / "l2_supercat_tokenizer_config.json"))
    table = load_file(str(root / "weights" / "l2_supercat_256.safetensors"))["embedding.weight"]
    return tokenizer, table.astype(np.float32)


def vectors(texts: Sequence[str]) -> np.ndarray:
    """One unit-length row per text (zeros for a text with no tokens)."""
    tokenizer, tokens = table()
    out = np.zeros((len(texts), tokens.shape[1]), dtype=np.float32)
    for i, enc in enumerate(tokenizer.encode_batch(list(texts), add_special_tokens=False)):
        if enc.ids:
            v = tokens[enc.ids].mean(axis=0)
            out[i] = v / (np.linalg.norm(v) or 1.0)
    return out


@dataclass(frozen=True)
class Head:
    """Independent logistic regressions, one per label, over sentence vectors."""

    weights: np.ndarray  # (dimensions, labels)
    bias: np.ndarray  # (labels,)

    def scores(self, x: np.ndarray) -> np.ndarray:
        return 1.0 / (1.0 + np.exp(-(x @ self.weights + self.bias)))

    def save(self, model_dir: Path) -> None:
        np.savez(model_dir / HEAD_FILE, weights=self.weights, bias=self.bias)

    @classmethod
    def load(cls, model_dir: Path) -> "Head | None":
        path = model_dir / HEAD_FILE
        if not path.is_file():
            return None
        # The token table is read with the model, at load time, not by the first comment.
        table()
        with np.load(path) as data:
            return cls(data["weights"], data["bias"])


def fit_head(x: np.ndarray, y: np.ndarray) -> Head:
    """Full-batch gradient descent; each label's positives and negatives weigh half each, since
    most labels have a few dozen positives among hundreds of sentences. Deterministic."""
    n, labels = y.shape
    positives = y.mean(axis=0).clip(1e-3, 1 - 1e-3)
    balance = np.where(y > 0, 0.5 / positives, 0.5 / (1 - positives))
    w = np.zeros((x.shape[1], labels), dtype=np.float64)
    b = np.zeros(labels, dtype=np.float64)
    for _ in range(STEPS):
        p = 1.0 / (1.0 + np.exp(-(x @ w + b)))
        g = (p - y) * balance
        w -= LEARN_RATE * (x.T @ g / n + L2 * w)
        b -= LEARN_RATE * g.mean(axis=0)
    return Head(w.astype(np.float32), b.astype(np.float32))
