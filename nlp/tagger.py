"""The worker's entry point: language id, outcome tags and a redacted quote for one comment."""

import json
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
    def __init__(
        self, models: dict[str, Language], thresholds: dict[str, float], model_version: str
    ) -> None:
        self.models = models
        self.thresholds = thresholds
        self.model_version = model_version

    @classmethod
    def load(cls, models_dir: Path) -> "Tagger":
        meta_path = Path(models_dir) / META_FILE
        if not meta_path.is_file():
            raise ModelsMissingError(
                f"no trained models in {models_dir} (missing {META_FILE}); "
                "build them with `heard nlp train`"
            )
        meta = json.loads(meta_path.read_text())
        models = {lang: spacy.load(Path(models_dir) / lang) for lang in meta["languages"]}
        return cls(models, meta["thresholds"], meta["version"])

    @property
    def languages(self) -> list[str]:
        return sorted(lang for lang in self.models if lang != CROSS_LINGUAL)

    def tag(self, text: str, lang_hint: str | None = None) -> TagResult:
        lang = detect(text, lang_hint)
        note = None
        nlp = self.models.get(lang)
        if nlp is None:
            nlp = self.models[CROSS_LINGUAL]
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
