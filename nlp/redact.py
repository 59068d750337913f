"""Remove personal details from a comment before any quote of it is stored.

Structured identifiers come from Presidio's pattern recognizers, called directly so that its
spaCy NLP engine (which would need a model download) is never built. Names come from nlp.names.
"""

import re
from functools import lru_cache

import tldextract
from presidio_analyzer import EntityRecognizer, Pattern, PatternRecognizer
from presidio_analyzer.predefined_recognizers import (
    CreditCardRecognizer,
    DateRecognizer,
    EmailRecognizer,
    IbanRecognizer,
    NhsRecognizer,
    PhoneRecognizer,
    UkNinoRecognizer,
    UkPostcodeRecognizer,
)

from nlp.names import find_names

# Presidio's email validation calls tldextract, whose default fetches the public suffix list over
# the network; this extractor only ever reads the snapshot bundled in the wheel.
_OFFLINE_TLD = tldextract.TLDExtract(suffix_list_urls=(), cache_dir=None)


class OfflineEmailRecognizer(EmailRecognizer):
    def validate_result(self, pattern_text: str) -> bool:
        return _OFFLINE_TLD(pattern_text).fqdn != ""


_MONTHS = (
    r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|"
    r"Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)"
)
_DAY = r"\d{1,2}(?:st|nd|rd|th)?"
_STREETS = (
    r"(?:Road|Rd|Street|St|Lane|Ln|Avenue|Ave|Close|Drive|Way|Crescent|Grove|Place|Terrace|"
    r"Court|Gardens|Hill|Park|Square|Walk|Mews|Row|Rise|View|Green|Parade|Heol|Stryd|Ffordd|"
    r"ulica|ul\.|Rua|Strada)"
)
_CASE = re.DOTALL | re.MULTILINE  # capitalisation matters for street names


def _extra_recognizers() -> list[EntityRecognizer]:
    """Patterns Presidio lacks: dates written in words, street addresses, UK mobile formats."""
    dates = PatternRecognizer(
        supported_entity="DATE_TIME",
        name="WordDateRecognizer",
        patterns=[
            Pattern("d Month yyyy", rf"\b{_DAY}\s+(?:of\s+)?{_MONTHS}\.?,?\s+\d{{4}}\b", 0.7),
            Pattern("Month d yyyy", rf"\b{_MONTHS}\.?\s+{_DAY},?\s+\d{{4}}\b", 0.7),
            Pattern("d.m.yyyy", r"\b\d{1,2}[./-]\d{1,2}[./-](?:19|20)\d{2}\b", 0.6),
        ],
    )
    address = PatternRecognizer(
        supported_entity="ADDRESS",
        name="StreetAddressRecognizer",
        global_regex_flags=_CASE,
        patterns=[
            Pattern(
                "number street",
                rf"\b(?:(?:Flat|Apartment|Apt)\s+\d+[A-Za-z]?,?\s+)?\d{{1,4}}[A-Za-z]?,?\s+"
                rf"(?:[A-Z][\w'\u2019-]+\s+){{1,3}}{_STREETS}\b",
                0.6,
            ),
            Pattern("ulica", r"\bul\.\s+[A-ZŁŚŻŹ][\w-]+(?:\s+\d+[A-Za-z]?)?", 0.6),
        ],
    )
    return [dates, address]


@lru_cache(maxsize=1)
def _recognizers() -> list[EntityRecognizer]:
    return [
        OfflineEmailRecognizer(),
        PhoneRecognizer(supported_regions=("GB", "IE", "PL", "RO", "PT", "PK", "IN", "BD", "US")),
        UkPostcodeRecognizer(),
        NhsRecognizer(),
        UkNinoRecognizer(),
        DateRecognizer(),
        CreditCardRecognizer(),
        IbanRecognizer(),
        *_extra_recognizers(),
    ]


_PLACEHOLDER = {
    "EMAIL_ADDRESS": "[EMAIL]",
    "PHONE_NUMBER": "[PHONE]",
    "UK_POSTCODE": "[POSTCODE]",
    "UK_NHS": "[NHS NUMBER]",
    "UK_NINO": "[NI NUMBER]",
    "DATE_TIME": "[DATE]",
    "CREDIT_CARD": "[CARD]",
    "IBAN_CODE": "[BANK]",
    "ADDRESS": "[ADDRESS]",
    "PERSON": "[NAME]",
}
_MIN_SCORE = 0.05


def find_pii(text: str) -> list[tuple[int, int, str]]:
    """(start, end, entity) for every personal detail found, overlaps resolved longest first."""
    found: list[tuple[int, int, str, float]] = []
    for recognizer in _recognizers():
        for r in recognizer.analyze(text, recognizer.supported_entities, None):
            if r.score >= _MIN_SCORE:
                found.append((r.start, r.end, r.entity_type, r.score))
    found += [(s, e, "PERSON", 0.5) for s, e in find_names(text)]
    # Longest span first, then the most confident (a checksummed NHS number beats a phone match).
    found.sort(key=lambda f: (f[0], -(f[1] - f[0]), -f[3]))
    merged: list[tuple[int, int, str]] = []
    for start, end, entity, _score in found:
        if merged and start < merged[-1][1]:
            last = merged[-1]
            merged[-1] = (last[0], max(last[1], end), last[2])
        else:
            merged.append((start, end, entity))
    return merged


def redact(text: str) -> str:
    """Return `text` with names, contact details, addresses and identifiers replaced."""
    out, pos = [], 0
    for start, end, entity in find_pii(text):
        out += [text[pos:start], _PLACEHOLDER.get(entity, "[REDACTED]")]
        pos = end
    out.append(text[pos:])
    return "".join(out)
