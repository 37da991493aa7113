"""Which backfill windows of a source an ingest run has already completed (from the runs table)."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

from sources.windows import Window


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
