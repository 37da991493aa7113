"""What an operator checks first in the morning: last runs, rows, open rejects, freshness."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from warehouse.query import open_for_query
from warehouse.schemas import TABLES

LAST_RUNS_SQL = """
with ranked as (
    select *, row_number() over (partition by source order by started_at desc) as recency
    from runs
)
select source, flow, status, strftime(started_at, '%Y-%m-%d %H:%M:%S') as started,
       round(epoch(ended_at) - epoch(started_at), 1) as seconds, releases_written as written,
       releases_unchanged as unchanged, rejects
from ranked
where recency <= ?
order by source, started_at desc
"""

FRESHNESS_SQL = """
with releases_per_source as (
    select source, count(*) as releases, max(published_date) as newest_release,
           max(ingested_at) as last_ingested_at
    from releases
    group by source
),
rejects_per_source as (
    select source, count(*) as open_rejects from rejects group by source
)
select coalesce(r.source, j.source) as source, coalesce(r.releases, 0) as releases,
       r.newest_release, strftime(r.last_ingested_at, '%Y-%m-%d %H:%M:%S') as last_ingested,
       coalesce(j.open_rejects, 0) as open_rejects
from releases_per_source as r
full join rejects_per_source as j using (source)
order by source
"""


@dataclass(slots=True)
class Report:
    """The status figures, each as column names and rows."""

    rows_per_table: dict[str, int]
    last_runs: tuple[list[str], list[tuple]]
    freshness: tuple[list[str], list[tuple]]
    open_rejects: tuple[list[str], list[tuple]]


def _fetch(con, sql: str, params: list | None = None) -> tuple[list[str], list[tuple]]:
    """Column names and rows."""
    cursor = con.execute(sql, params or [])
    return [d[0] for d in cursor.description], cursor.fetchall()


def status_report(data_dir: Path, runs_per_source: int = 3, rejects_limit: int = 20) -> Report:
    """Every figure of `pressroom status`, read in one connection."""
    con = open_for_query(data_dir)
    try:
        counts = {
            name: con.execute(f"select count(*) from {name}").fetchone()[0] for name in TABLES
        }
        return Report(
            rows_per_table=counts,
            last_runs=_fetch(con, LAST_RUNS_SQL, [runs_per_source]),
            freshness=_fetch(con, FRESHNESS_SQL),
            open_rejects=_fetch(
                con,
                "select source, stage, reason, url, attempts from rejects "
                "order by last_rejected_at desc limit ?",
                [rejects_limit],
            ),
        )
    finally:
        con.close()
