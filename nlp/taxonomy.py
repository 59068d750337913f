"""The five outcomes victims want from services (West Midlands RSVSGG Standards), with polarity.

A tag says whether a comment reports that an outcome was met or unmet by the service.
"""

from dataclasses import dataclass


@dataclass(frozen=True)
class Outcome:
    key: str
    title: str
    definition: str


OUTCOMES: tuple[Outcome, ...] = (
    Outcome(
        "professionalism",
        "Professionalism",
        "Staff know what to do and who to contact to access the support the victim needs; "
        "timely and sensitive feedback.",
    ),
    Outcome(
        "communication",
        "Effective communication",
        "Effective information sharing and communication within and between agencies; "
        "agencies know how to access specialist sexual violence and abuse services.",
    ),
    Outcome(
        "belief",
        "Conveying belief",
        "The victim feels that professionals believed them, conveyed that belief and treated "
        "them with sensitivity.",
    ),
    Outcome(
        "impact",
        "Understanding the impact of sexual violence and abuse",
        "Professionals demonstrate an understanding of the impact of sexual violence and abuse, "
        "so the victim feels less judged and more likely to stay within services.",
    ),
    Outcome(
        "priority",
        "Feeling a priority",
        "The service addresses the victim's needs as a matter of priority, recognising the "
        "complexity and severity of the impact of sexual violence and abuse.",
    ),
)

OUTCOME_KEYS: tuple[str, ...] = tuple(o.key for o in OUTCOMES)
POLARITIES: tuple[str, ...] = ("met", "unmet")
LABELS: tuple[str, ...] = tuple(f"{o}:{p}" for o in OUTCOME_KEYS for p in POLARITIES)

# Languages of the survivor form (UI locales map to these codes: zh_Hans -> zh).
UI_LANGS: tuple[str, ...] = (
    "en", "cy", "ur", "pa", "bn", "ar", "pl", "ro", "so", "ps", "ckb", "fa", "pt", "zh", "ti", "gu",
)  # fmt: skip
LOCALE_ALIASES: dict[str, str] = {"zh_hans": "zh", "zh-hans": "zh", "zh_cn": "zh", "zh-cn": "zh"}


def normalise_lang(code: str | None) -> str | None:
    """Turn a form locale or language tag (e.g. 'zh_Hans', 'pt-BR') into a corpus language code."""
    if not code:
        return None
    low = code.strip().lower()
    if low in LOCALE_ALIASES:
        return LOCALE_ALIASES[low]
    return low.replace("-", "_").split("_")[0] or None


def label_name(outcome: str, polarity: str) -> str:
    return f"{outcome}:{polarity}"


def check_labels(labels: dict[str, str]) -> dict[str, str]:
    """Validate a {outcome: polarity} mapping, raising ValueError on unknown keys or values."""
    for outcome, polarity in labels.items():
        if outcome not in OUTCOME_KEYS:
            raise ValueError(f"unknown outcome {outcome!r}; expected one of {OUTCOME_KEYS}")
        if polarity not in POLARITIES:
            raise ValueError(f"unknown polarity {polarity!r} for {outcome}; expected met/unmet")
    return labels
