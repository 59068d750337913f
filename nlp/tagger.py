"""The worker's entry point: language id, outcome tags and a redacted quote for one comment."""

import json
import threading
from dataclasses import dataclass
from pathlib import Path

import spacy
from spacy.language import Language

from nlp.langid import detect
from nlp.pipeline import CROSS_LINGUAL
from nlp.redact import redact
from nlp.scoring import DECISION, comment_scores, decide
from nlp.train import META_FILE


@dataclass(frozen=True)
class Tag:
    outcome: str
    polarity: str
    score: float


@dataclass(frozen=True)
class TagResult:
    lang: str
    tags: list[Tag]
    redacted: str
    note: str | None = None


class ModelsMissingError(FileNotFoundError):
    """The models directory has not been built."""


class Tagger:
    """Each language's pipeline is loaded the first time a comment in it arrives (a second or so
    for all of them), or all at once with `load_all`, as a long-running worker does."""

    def __init__(
        self, models_dir: Path, languages: list[str], thresholds: dict[str, float], version: str
    ) -> None:
        self.models_dir = models_dir
        self.thresholds = thresholds
        self.model_version = version
        self._available = set(languages)
        self._loaded: dict[str, Language] = {}
        self._lock = threading.Lock()

    @classmethod
    def load(cls, models_dir: Path) -> "Tagger":
        meta_path = Path(models_dir) / META_FILE
        if not meta_path.is_file():
            raise ModelsMissingError(
                f"no trained models in {models_dir} (missing {META_FILE}); "
                "build them with `heard nlp train`"
            )
        meta = json.loads(meta_path.read_text())
        missing = [lang for lang in meta["languages"] if not (Path(models_dir) / lang).is_dir()]
        if missing:
            raise ModelsMissingError(f"models for {', '.join(missing)} are missing in {models_dir}")
        return cls(Path(models_dir), meta["languages"], meta["thresholds"], meta["version"])

    def load_all(self) -> "Tagger":
        for lang in self._available:
            self._model(lang)
        return self

    def _model(self, lang: str) -> Language:
        with self._lock:
            if lang not in self._loaded:
                self._loaded[lang] = spacy.load(self.models_dir / lang)
            return self._loaded[lang]

    @property
    def languages(self) -> list[str]:
        return sorted(lang for lang in self._available if lang != CROSS_LINGUAL)

    def tag(self, text: str, lang_hint: str | None = None) -> TagResult:
        lang = detect(text, lang_hint)
        note = None
        if lang in self._available:
            nlp = self._model(lang)
        else:
            nlp = self._model(CROSS_LINGUAL)
            note = (
                f"no model for language {lang!r}; tagged with the cross-lingual model "
                "trained on all languages, so expect lower accuracy"
            )
        scores = (
            comment_scores(nlp, text, lang, self.thresholds)
            if text.strip()
            else dict.fromkeys(self.thresholds, 0.0)
        )
        decision = dict.fromkeys(self.thresholds, DECISION)
        tags = [Tag(o, p, round(s, 4)) for o, p, s in decide(scores, decision)]
        return TagResult(lang=lang, tags=tags, redacted=redact(text), note=note)
