"""Stable identities: the same release gets the same release_id on every run."""

from __future__ import annotations

import hashlib
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

TRACKING_PARAMS = ("utm_", "fbclid", "gclid", "mc_cid", "mc_eid")


def canonical_url(url: str) -> str:
    """Lower-case scheme and host, no fragment, no tracking parameters, no trailing slash."""
    parts = urlsplit(url.strip())
    if not parts.scheme or not parts.netloc:
        return url.strip()
    query = [
        (key, value)
        for key, value in parse_qsl(parts.query, keep_blank_values=True)
        if not key.lower().startswith(TRACKING_PARAMS)
    ]
    path = parts.path.rstrip("/") or "/"
    return urlunsplit(
        (parts.scheme.lower(), parts.netloc.lower(), path, urlencode(sorted(query)), "")
    )


def release_id(url: str | None, content: str | None = None) -> str:
    """A 16-hex-digit id from the canonical URL, or from the content where there is no URL."""
    key = f"url:{canonical_url(url)}" if url else f"content:{content or ''}"
    return hashlib.sha256(key.encode("utf-8")).hexdigest()[:16]


# Bump when the transforms change what they extract: every release is then rewritten by the
# next run, as its content hash (which includes this) no longer matches the stored one.
EXTRACTOR_VERSION = "1"
