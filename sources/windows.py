"""Date windows: the days a discovery or a backfill asks for (None on a side means open)."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta

WINDOW_SPEC = re.compile(r"(?P<count>[1-9]\d{0,3})(?P<unit>[dw])")
UNIT_DAYS = {"d": 1, "w": 7}


@dataclass(frozen=True, slots=True, order=True)
class Window:
    """An inclusive range of publication days; None on either side means open."""

    since: date | None = None
    until: date | None = None

    def __str__(self) -> str:
        return f"{self.since or '…'}..{self.until or '…'}"

    def is_before(self, day: date | None) -> bool:
        """True when a known date is older than since."""
        return day is not None and self.since is not None and day < self.since

    def is_after(self, day: date | None) -> bool:
        """True when a known date is newer than until."""
        return day is not None and self.until is not None and day > self.until


def window_days(spec: str) -> int:
    """'30d' → 30, '2w' → 14."""
    match = WINDOW_SPEC.fullmatch(spec.strip().lower())
    if not match:
        raise ValueError(f"window must look like 30d or 2w, not {spec!r}")
    return int(match["count"]) * UNIT_DAYS[match["unit"]]


def split_windows(since: date, until: date, days: int) -> list[Window]:
    """Consecutive windows of `days` days covering since..until, oldest first."""
    if until < since:
        raise ValueError(f"--until {until} is before --since {since}")
    windows, start = [], since
    while start <= until:
        end = min(start + timedelta(days=days - 1), until)
        windows.append(Window(start, end))
        start = end + timedelta(days=1)
    return windows
