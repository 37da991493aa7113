"""Date windows for backfills, and which of them a source has already completed."""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path

WINDOW_SPEC = re.compile(r"(?P<count>[1-9]\d{0,3})(?P<unit>[dw])")
UNIT_DAYS = {"d": 1, "w": 7}


@dataclass(frozen=True, slots=True, order=True)
class Window:
    """An inclusive range of publication days."""

    since: date
    until: date

    def __str__(self) -> str:
        return f"{self.since}..{self.until}"


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


def completed_windows(data_dir: Path, source: str) -> set[Window]:
    """Windows of this source that an ingest run completed, read from the runs table."""
    from warehouse.query import QueryError, run_query

    try:
        _, rows = run_query(
            data_dir,
            "select parameters from runs where flow = 'ingest' and status = 'completed' "
            "and source = ?",
            [source],
        )
    except QueryError:
        return set()
    done = set()
    for (parameters,) in rows:
        params = json.loads(parameters)
        if params.get("since") and params.get("until") and not params.get("from_path"):
            done.add(
                Window(date.fromisoformat(params["since"]), date.fromisoformat(params["until"]))
            )
    return done
