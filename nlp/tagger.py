"""The worker's entry point: language id, outcome tags and a redacted quote for one comment."""

import json
import threading
from dataclasses import dataclass
from pathlib import Path

from nlp.langid import detect
from nlp.pipeline import CROSS_LINGUAL
from nlp.redact import redact
from nlp.scoring import DECISION, Model, comment_scores, decide
from nlp.taxonomy import LABELS
from nlp.train import META_FILE, POOLED_KEY


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
        self,
        models_dir: Path,
        languages: list[str],
        thresholds: dict[str, dict[str, float]],
        version: str,
    ) -> None:
        self.models_dir = models_dir
        self.thresholds = thresholds
        self.model_version = version
        self._available = set(languages)
        self._loaded: dict[str, Model] = {}
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
        if POOLED_KEY not in meta["thresholds"]:
            raise ModelsMissingError(
                f"the models in {models_dir} were built by an older version of Heard "
                "(one threshold set for every language); rebuild them with `heard nlp train`"
            )
        return cls(Path(models_dir), meta["languages"], meta["thresholds"], meta["version"])

    def load_all(self) -> "Tagger":
        for lang in self._available:
            self._model(lang)
        return self

    def _model(self, lang: str) -> Model:
        with self._lock:
            if lang not in self._loaded:
                self._loaded[lang] = Model.from_disk(self.models_dir / lang)
            return self._loaded[lang]

    @property
    def languages(self) -> list[str]:
        return sorted(lang for lang in self._available if lang != CROSS_LINGUAL)

    def tag(self, text: str, lang_hint: str | None = None) -> TagResult:
        lang = detect(text, lang_hint)
        note = None
        if lang in self._available:
            model_lang = lang
        else:
            model_lang = CROSS_LINGUAL
            note = (
                f"no model for language {lang!r}; tagged with the cross-lingual model "
                "trained on all languages, so expect lower accuracy"
            )
        model = self._model(model_lang)
        # The cross-lingual model has no held-out rows of its own: it takes the pooled thresholds.
        thresholds = self.thresholds.get(model_lang, self.thresholds[POOLED_KEY])
        scores = (
            comment_scores(model, text, lang, thresholds)
            if text.strip()
            else dict.fromkeys(LABELS, 0.0)
        )
        decision = dict.fromkeys(LABELS, DECISION)
        tags = [Tag(o, p, round(s, 4)) for o, p, s in decide(scores, decision)]
        return TagResult(lang=lang, tags=tags, redacted=redact(text), note=note)
