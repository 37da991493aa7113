"""Text of a fetched body, as browsers read it: BOM, HTTP charset, the page's own declaration,
then detection (w3lib's html_to_unicode, with the WHATWG names: shift_jis reads as cp932,
latin-1 and ascii as cp1252).

One check w3lib lacks is kept: UTF-8 bytes labelled Latin-1 or ASCII (the commonest charset
lie, a server default) are read as UTF-8.
"""

from __future__ import annotations

import charset_normalizer
from w3lib.encoding import html_to_unicode

# What a Latin-1, ASCII or Windows-1252 label resolves to: the labels that hide UTF-8.
LEGACY_ENCODINGS = frozenset({"cp1252", "latin-1", "latin_1", "iso8859-1", "ascii"})


def decode_body(content: bytes, content_type: str = "") -> str:
    """The body's text; undecodable bytes become U+FFFD rather than an error."""
    encoding, text = html_to_unicode(content_type or None, content, auto_detect_fun=_detect)
    if encoding.replace("_", "-").lower() in LEGACY_ENCODINGS and _is_utf8_with_multibyte(content):
        return content.decode("utf-8")  # mislabelled UTF-8
    if not _fits(content, encoding):  # a declaration the bytes contradict: detect instead
        return content.decode(_detect(content), errors="replace")
    return text


def _fits(content: bytes, encoding: str) -> bool:
    """True when the bytes decode without error in the encoding."""
    try:
        content.decode(encoding)
    except (UnicodeDecodeError, LookupError):
        return False
    return True


def _is_utf8_with_multibyte(content: bytes) -> bool:
    """True when the bytes are valid UTF-8 and not plain ASCII."""
    if content.isascii():
        return False
    try:
        content.decode("utf-8")
    except UnicodeDecodeError:
        return False
    return True


def _detect(content: bytes) -> str | None:
    """No usable declaration: UTF-8 if it fits, else the detector's best guess."""
    try:
        content.decode("utf-8")
    except UnicodeDecodeError:
        best = charset_normalizer.from_bytes(content).best()
        return best.encoding if best is not None else "cp1252"
    return "utf-8"
