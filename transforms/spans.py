"""Paragraphs and sentences of a body, as offsets, so every record can point into the text."""

from __future__ import annotations

from transforms.rules.text import (
    ABBREVIATIONS,
    LEADING_THE,
    MAX_SENTENCE,
    PARAGRAPH,
    SENTENCE_END,
)


def paragraphs(text: str) -> list[tuple[int, int]]:
    """(start, end) of every non-blank line: releases break paragraphs with line breaks."""
    return [m.span() for m in PARAGRAPH.finditer(text) if m.group().strip()]


def sentences(text: str, start: int = 0, end: int | None = None) -> list[tuple[int, int]]:
    """(start, end) of the sentences of text[start:end]; 'Mr.' and 'B.' end none."""
    end = len(text) if end is None else end
    spans, begin = [], start
    for match in SENTENCE_END.finditer(text, start, end):
        if match.group() and match.end() - begin < MAX_SENTENCE:  # 'Mr.', 'B.' end no sentence
            word_start = text.rfind(" ", begin, match.start()) + 1
            word = text[max(word_start, begin) : match.start()].strip("([“\"'").lower()
            if word in ABBREVIATIONS or (len(word) == 1 and word.isalpha()):
                continue
        elif match.end() <= begin:
            continue
        spans.append((begin, match.end()))
        begin = match.end()
        while begin < end and text[begin].isspace():
            begin += 1
    if begin < end and text[begin:end].strip():
        spans.append((begin, end))
    if any(e - s > MAX_SENTENCE for s, e in spans):
        spans = [piece for span in spans for piece in _pieces(text, *span)]
    return spans


def _pieces(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """A run-on 'sentence' cut into bounded pieces (at a space where there is one), so
    that work per sentence stays linear on text with no full stops."""
    out = []
    while end - start > MAX_SENTENCE:
        cut = text.rfind(" ", start + MAX_SENTENCE // 2, start + MAX_SENTENCE)
        cut = cut + 1 if cut > 0 else start + MAX_SENTENCE
        out.append((start, cut))
        start = cut
    out.append((start, end))
    return out


def sentence_at(text: str, position: int, start: int = 0, end: int | None = None):
    """The (start, end) of the sentence of text[start:end] holding `position`."""
    for span in sentences(text, start, end):
        if span[0] <= position < span[1] or position < span[0]:
            return span
    return (start, end if end is not None else len(text))


def without_the(phrase: str) -> str:
    """A name, role or body without its leading article: 'the Secretary General' -> 'Secretary
    General' (the one way every module drops it)."""
    return LEADING_THE.sub("", phrase.strip(), count=1)
