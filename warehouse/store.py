"""Atomic, idempotent Parquet writes: one file per partition, swapped in whole.

Layout: <data>/tables/<table>/source=<name>/year=<yyyy>/data.parquet (rejects: no year;
runs: one file per run). A partition is rewritten to a temporary file and moved over the
old one with os.replace, so a reader sees the old file or the new one, never half of one.
Within a batch the record tables are written before `releases`: a release row is the
marker that its records are complete, and a re-run after a crash rewrites whatever lacks it.
"""

from __future__ import annotations

import fcntl
import os
import time
import uuid
from collections import defaultdict
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path

import pyarrow as pa
import pyarrow.compute as pc
import pyarrow.parquet as pq

from warehouse.rows import ReleaseRows
from warehouse.schemas import RECORD_TABLES, REJECTS, RELEASES, RUNS, Table

DATA_FILE = "data.parquet"
LOCK_FILE = ".write.lock"
LOCK_POLL_SECONDS = 0.2


class StoreBusy(RuntimeError):
    """Another process holds the write lock for longer than we may wait."""


@dataclass(slots=True)
class WriteCounts:
    """What one batch write did, per table."""

    unchanged: int = 0
    rows: dict[str, int] = field(default_factory=lambda: defaultdict(int))

    def add(self, other: WriteCounts) -> None:
        """Fold another batch's counts into these."""
        self.unchanged += other.unchanged
        for table, count in other.rows.items():
            self.rows[table] += count


def utc_now() -> datetime:
    """Timestamps are always UTC."""
    return datetime.now(UTC)


def _partition_value(value: str) -> str:
    """A source name as a safe directory component."""
    return "".join(ch if ch.isalnum() or ch in "-_." else "_" for ch in value) or "_"


class Store:
    """The Parquet side of the warehouse under one data dir."""

    def __init__(self, data_dir: Path | str):
        self.data_dir = Path(data_dir).resolve()
        self.tables_dir = self.data_dir / "tables"

    # -- locations -------------------------------------------------------------------------
    def table_dir(self, table: Table) -> Path:
        """The folder holding one table's partitions."""
        return self.tables_dir / table.name

    def partition_file(self, table: Table, source: str, year: int | None = None) -> Path:
        """The single data file of one partition."""
        folder = self.table_dir(table) / f"source={_partition_value(source)}"
        if "year" in table.partition_by:
            folder = folder / f"year={year}"
        return folder / DATA_FILE

    def source_files(self, table: Table, source: str) -> list[Path]:
        """Every partition file of one source in one table."""
        folder = self.table_dir(table) / f"source={_partition_value(source)}"
        return sorted(folder.rglob(DATA_FILE)) if folder.exists() else []

    # -- locking ---------------------------------------------------------------------------
    @contextmanager
    def write_lock(self, timeout: float = 600.0) -> Iterator[None]:
        """One writer at a time per data dir; others wait, then fail with a clear reason."""
        self.data_dir.mkdir(parents=True, exist_ok=True)
        with open(self.data_dir / LOCK_FILE, "a+") as handle:
            deadline = time.monotonic() + timeout
            while True:
                try:
                    fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
                    break
                except BlockingIOError:
                    if time.monotonic() > deadline:
                        raise StoreBusy(
                            f"another pressroom run is writing to {self.data_dir} "
                            f"and held the lock for over {timeout:.0f} s"
                        ) from None
                    time.sleep(LOCK_POLL_SECONDS)
            try:
                yield
            finally:
                fcntl.flock(handle, fcntl.LOCK_UN)

    # -- reading ---------------------------------------------------------------------------
    def read_file(self, table: Table, path: Path) -> pa.Table:
        """One partition file, or an empty table when it does not exist."""
        if not path.exists():
            return table.schema.empty_table()
        return pq.read_table(path, schema=table.schema)

    def stored_versions(self, source: str) -> dict[str, tuple[str, int]]:
        """release_id → (content_hash, year) for every stored release of a source."""
        versions: dict[str, tuple[str, int]] = {}
        for path in self.source_files(RELEASES, source):
            year = int(path.parent.name.removeprefix("year="))
            columns = pq.read_table(path, columns=["release_id", "content_hash"]).to_pydict()
            for rid, digest in zip(columns["release_id"], columns["content_hash"], strict=True):
                versions[rid] = (digest, year)
        return versions

    # -- writing ---------------------------------------------------------------------------
    def _replace_file(self, table: Table, path: Path, data: pa.Table) -> None:
        """Write beside the target, then swap it in; an empty result removes the file."""
        if data.num_rows == 0:
            path.unlink(missing_ok=True)
            return
        path.parent.mkdir(parents=True, exist_ok=True)
        temporary = path.with_name(f".{path.name}.{uuid.uuid4().hex}.tmp")
        try:
            pq.write_table(data.cast(table.schema), temporary, compression="zstd")
            os.replace(temporary, path)
        finally:
            temporary.unlink(missing_ok=True)

    def _rewrite_partition(
        self, table: Table, path: Path, drop_ids: set[str], new_rows: list[dict]
    ) -> None:
        """Drop the given releases' rows from a partition and append new ones, atomically."""
        old = self.read_file(table, path)
        if drop_ids and old.num_rows:
            keep = pc.invert(pc.is_in(old["release_id"], value_set=pa.array(sorted(drop_ids))))
            old = old.filter(keep)
        if new_rows:
            old = pa.concat_tables([old, pa.Table.from_pylist(new_rows, schema=table.schema)])
        self._replace_file(table, path, old)

    def write_releases(
        self, source: str, batch: Iterable[ReleaseRows], force: bool = False
    ) -> WriteCounts:
        """Store new and changed releases with all their records; skip unchanged ones.

        force rewrites unchanged releases too: a rebuild after the transforms changed.
        """
        counts = WriteCounts()
        latest = {rows.release_id: rows for rows in batch}  # last version in a batch wins
        with self.write_lock():
            stored = self.stored_versions(source)
            changed = [
                rows
                for rows in latest.values()
                if force or stored.get(rows.release_id, ("",))[0] != rows.content_hash
            ]
            counts.unchanged = len(latest) - len(changed)
            if not changed:
                return counts
            years_to_clean: dict[int, set[str]] = defaultdict(set)
            for rows in changed:
                years_to_clean[rows.year].add(rows.release_id)
                if rows.release_id in stored:
                    years_to_clean[stored[rows.release_id][1]].add(rows.release_id)
            for table in (*RECORD_TABLES, RELEASES):  # releases last: the completion marker
                new_by_year: dict[int, list[dict]] = defaultdict(list)
                for rows in changed:
                    new_by_year[rows.year].extend(rows.tables[table.name])
                    counts.rows[table.name] += len(rows.tables[table.name])
                for year, drop_ids in years_to_clean.items():
                    path = self.partition_file(table, source, year)
                    self._rewrite_partition(table, path, drop_ids, new_by_year.get(year, []))
        return counts

    def update_rejects(
        self,
        source: str,
        new: list[dict],
        resolved_urls: set[str],
        resolved_prefix: str | None = None,
        still_failing: frozenset[str] | set[str] = frozenset(),
    ) -> int:
        """Record failures (counting attempts) and close those that have now succeeded.

        resolved_prefix closes every open reject under a path that a whole run just read
        again, except those in still_failing (a fixed line of a JSON Lines file has no URL of
        its own to succeed with).
        """
        with self.write_lock():
            path = self.partition_file(REJECTS, source)
            open_rows = {row["url"]: row for row in self.read_file(REJECTS, path).to_pylist()}
            for url in resolved_urls:
                open_rows.pop(url, None)
            if resolved_prefix:
                failed_again = {row["url"] for row in new} | set(still_failing)
                for url in [u for u in open_rows if u.startswith(resolved_prefix)]:
                    if url not in failed_again:
                        del open_rows[url]
            for row in new:
                earlier = open_rows.get(row["url"])
                if earlier and earlier["run_id"] == row["run_id"]:  # once per run
                    continue
                if earlier:
                    row = {
                        **row,
                        "attempts": earlier["attempts"] + 1,
                        "first_rejected_at": earlier["first_rejected_at"],
                    }
                open_rows[row["url"]] = row
            table = pa.Table.from_pylist(list(open_rows.values()), schema=REJECTS.schema)
            self._replace_file(REJECTS, path, table)
            return table.num_rows

    def open_rejects(self, source: str) -> list[dict]:
        """The rejects of one source that a run should try again."""
        return self.read_file(REJECTS, self.partition_file(REJECTS, source)).to_pylist()

    def write_run(self, row: dict) -> None:
        """Record (or update) one run; each run is its own small file."""
        path = self.table_dir(RUNS) / f"run-{_partition_value(row['run_id'])}.parquet"
        self._replace_file(RUNS, path, pa.Table.from_pylist([row], schema=RUNS.schema))
