"""The sentence-vector head (nlp.embed) and per-language thresholds (nlp.train)."""

import subprocess
import sys
from pathlib import Path

import numpy as np

from nlp.embed import Head, fit_head, vectors
from nlp.tagger import Tagger
from nlp.train import POOLED_KEY, shrunk


def test_vectors_are_unit_length_and_place_like_sentences_near() -> None:
    v = vectors(
        ["Nobody rang me back.", "I never heard from them again.", "The room was warm.", ""]
    )
    assert v.shape == (4, 256)
    assert np.allclose(np.linalg.norm(v[:3], axis=1), 1.0, atol=1e-5)
    assert not v[3].any()
    assert v[0] @ v[1] > 2 * (v[0] @ v[2])


def test_the_wordllama_package_is_never_imported() -> None:
    """Its loader fetches missing files from the network; only its two data files are read."""
    code = "import sys; "
    code += "from nlp.embed import vectors; vectors(['x']); print('wordllama' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"


def test_head_learns_and_round_trips(tmp_path: Path) -> None:
    waiting = [
        "I waited months for a call.",
        "The waiting list was two years long.",
        "Nobody saw me for half a year.",
        "My case sat untouched for eleven months.",
    ]
    other = [
        "The room had a blue sofa.",
        "I took the bus into town.",
        "It was raining that morning.",
        "My sister came with me.",
    ]
    y = np.array([[1.0]] * 4 + [[0.0]] * 4)
    head = fit_head(vectors(waiting + other).astype(np.float64), y)
    scores = head.scores(
        vectors(["I was left on a waiting list for a year.", "The sofa was blue."])
    )
    assert scores[0, 0] > 0.5 > scores[1, 0]
    head.save(tmp_path)
    again = Head.load(tmp_path)
    assert again is not None and np.array_equal(again.weights, head.weights)
    assert Head.load(tmp_path / "none") is None


def test_a_language_threshold_leans_on_the_pooled_one_until_it_has_data() -> None:
    own = [0.0] * 70 + [1.0]  # this language alone peaks at the top of the grid (0.85)
    pooled = [1.0] + [0.0] * 70  # all languages together peak at its bottom (0.15)
    assert shrunk(own, pooled, golds=2) == 0.15
    assert shrunk(own, pooled, golds=200) == 0.85
    assert shrunk(None, pooled, golds=0) == 0.15


def test_every_model_language_has_its_own_thresholds(tagger: Tagger) -> None:
    assert POOLED_KEY in tagger.thresholds
    assert set(tagger.languages) <= set(tagger.thresholds)
