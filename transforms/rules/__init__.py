"""Rules as named data: vocabularies and patterns, one module per concept, compiled once.

The code that applies them lives one level up (`transforms/quotes.py`, ...). Every pattern
here must run in linear time on hostile input: no nested quantifiers that can backtrack,
and bounded repetition wherever a run could be long.
"""

from __future__ import annotations

import re


def any_of(words) -> str:
    """An alternation of literal words, longest first so that 'joint action plan' beats 'plan'."""
    return "|".join(re.escape(word) for word in sorted(set(words), key=len, reverse=True))


def words(text: str) -> frozenset[str]:
    """A vocabulary written as white-space separated words (easier to read and extend)."""
    return frozenset(text.split())
