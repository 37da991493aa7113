"""Where pressroom keeps what it derives once per machine (lookup tables, report assets, the
local side of a remote warehouse), and how a file lands there whole."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

CACHE_ENV = "PRESSROOM_CACHE_DIR"


def cache_dir() -> Path:
    """$PRESSROOM_CACHE_DIR, else the user's cache folder (XDG_CACHE_HOME or ~/.cache)."""
    if chosen := os.environ.get(CACHE_ENV):
        return Path(chosen)
    base = os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache"
    return Path(base) / "pressroom"


def write_whole(path: Path, data: bytes) -> bool:
    """Write a cache file whole or not at all (a reader never sees half of it); False when it
    cannot be written, which a cache survives."""
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        handle, temporary = tempfile.mkstemp(dir=path.parent, suffix=".part")
    except OSError:
        return False
    try:
        with os.fdopen(handle, "wb") as out:
            out.write(data)
        os.replace(temporary, path)
    except OSError:
        Path(temporary).unlink(missing_ok=True)
        return False
    return True
