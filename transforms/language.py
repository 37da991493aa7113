"""The language of a release when neither the input nor the markup names it: py3langid.

py3langid's model ships in its wheel (no download) and classifies a paragraph in well under
a millisecond once loaded; loading takes a second or two, so it happens once, on first use.
"""

from __future__ import annotations

import re
from functools import cache

MIN_LETTERS = 20  # fewer letters than this say too little to tell a language
MIN_CONFIDENCE = 0.25  # normalised probability below which no language is claimed
SAMPLE_CHARS = 3000  # the opening of a release is enough, and keeps the cost flat
_LETTER = re.compile(r"[^\W\d_]")


@cache
def _identifier():
    """py3langid's identifier with normalised probabilities, loaded once."""
    from py3langid.langid import MODEL_FILE, LanguageIdentifier

    return LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)


def detect_language(text: str) -> str | None:
    """ISO 639-1 code of the text's language, or None when it is too short or unclear."""
    sample = text[:SAMPLE_CHARS]
    if len(_LETTER.findall(sample)) < MIN_LETTERS:
        return None
    code, confidence = _identifier().classify(sample)
    return code if confidence >= MIN_CONFIDENCE else None
