"""Text of a fetched body: BOM, the HTTP charset, the page's own declaration, then detection."""

from __future__ import annotations

import codecs
import re

import charset_normalizer

# Labels that servers send by default and that often hide UTF-8 bytes.
LEGACY_LABELS = frozenset({"iso-8859-1", "latin-1", "latin1", "us-ascii", "ascii", "windows-1252"})
META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""", re.I)
XML_ENCODING = re.compile(rb"""^\s*<\?xml[^>]+encoding\s*=\s*["']([A-Za-z0-9_.:-]+)""", re.I)
HEADER_CHARSET = re.compile(r"""charset\s*=\s*["']?([A-Za-z0-9_.:-]+)""", re.I)
BOMS = (
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)


def decode_body(content: bytes, content_type: str = "") -> str:
    """Text of a body: BOM, then the HTTP charset, then the meta tag, then detection."""
    for bom, codec in BOMS:
        if content.startswith(bom):
            return content.decode(codec, errors="replace")
    for label in (header_charset(content_type), markup_charset(content)):
        text = _try_decode(content, label)
        if text is not None:
            return text
    return _detect(content)


def header_charset(content_type: str) -> str | None:
    """The charset parameter of a Content-Type header."""
    match = HEADER_CHARSET.search(content_type or "")
    return match.group(1).lower() if match else None


def markup_charset(content: bytes) -> str | None:
    """The charset a page or XML declaration names in its first bytes."""
    head = content[:4096]
    match = XML_ENCODING.search(head) or META_CHARSET.search(head)
    return match.group(1).decode("ascii").lower() if match else None


def _try_decode(content: bytes, label: str | None) -> str | None:
    """Decode with a declared charset, or None when it is unknown or does not fit."""
    if not label:
        return None
    try:
        codec = codecs.lookup(label).name
    except LookupError:
        return None
    if label in LEGACY_LABELS or codec in ("latin-1", "ascii", "cp1252", "iso8859-1"):
        if _is_utf8_with_multibyte(content):
            return content.decode("utf-8")  # mislabelled UTF-8, the commonest charset lie
        codec = "cp1252"  # what browsers read for latin-1 and ascii labels
    try:
        return content.decode(codec)
    except UnicodeDecodeError:
        return None


def _is_utf8_with_multibyte(content: bytes) -> bool:
    """True when the bytes are valid UTF-8 and not plain ASCII."""
    if content.isascii():
        return False
    try:
        content.decode("utf-8")
    except UnicodeDecodeError:
        return False
    return True


def _detect(content: bytes) -> str:
    """No usable declaration: UTF-8 if it fits, else the detector's best guess."""
    try:
        return content.decode("utf-8")
    except UnicodeDecodeError:
        pass
    best = charset_normalizer.from_bytes(content).best()
    if best is not None:
        return str(best)
    return content.decode("cp1252", errors="replace")
