"""The warehouse's tables as Delta Lake tables (delta-rs), written in atomic batches.

Layout: <data>/tables/<table>/ is one Delta table, partitioned by source and year (rejects:
by source; runs: not at all); <data>/_pressroom/commits/ holds the commit records
(warehouse/commits.py) that say which version of every table readers see.

A batch, under the write lock: undo whatever a crashed writer committed to the tables after
the last commit record (Delta restore), append the new releases' rows (no existing file is
read or rewritten), replace the rows of changed releases with one replace-where commit per
table (only the files that held them are rewritten), then write the commit record. Which
releases are unchanged is known from an index release_id → (content_hash, year) read once
per run and kept up to date in memory; it is read again only when another writer committed
in between.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import UTC, datetime

import pyarrow as pa
from deltalake import CommitProperties, DeltaTable, write_deltalake

from warehouse.commits import CommitRecord, latest_record, write_record
from warehouse.location import Location
from warehouse.lock import StoreBusy, WriteLock
from warehouse.rows import ReleaseRows
from warehouse.schemas import (
    PARTITION_ARROW_TYPES,
    RECORD_TABLES,
    REJECTS,
    RELEASES,
    RUNS,
    TABLES,
    Table,
)

__all__ = ["Store", "StoreBusy", "WriteCounts", "utc_now"]

TABLES_DIR = "tables"
RELEASE_TABLES = (RELEASES, *RECORD_TABLES)
CHECKPOINT_INTERVAL = 50
TABLE_CONFIGURATION = {"delta.checkpointInterval": str(CHECKPOINT_INTERVAL)}


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


def partition_value(value: str) -> str:
    """A source name as a safe partition value (and directory component)."""
    return "".join(ch if ch.isalnum() or ch in "-_." else "_" for ch in value) or "_"


def delta_schema(table: Table) -> pa.Schema:
    """A table's columns followed by its partition columns, as the Delta table holds them."""
    extra = [pa.field(name, PARTITION_ARROW_TYPES[name]) for name in table.partition_by]
    return pa.schema([*table.schema, *extra])


def sql_quote(value: str) -> str:
    """A string literal for a Delta predicate."""
    return "'" + value.replace("'", "''") + "'"


@dataclass(slots=True)
class Transaction:
    """The table versions one batch has reached so far, before its record is written."""

    base: CommitRecord
    versions: dict[str, int]
    changed: set[str] = field(default_factory=set)


class Store:
    """The Delta tables and commit records of one data dir (a folder or an s3:// URL)."""

    def __init__(self, data_dir):
        self.location = Location.of(data_dir)
        self._lock = WriteLock(self.location)
        self._index: dict[str, dict[str, tuple[str, int]]] = {}
        self._index_versions: dict[str, int] = {}
        self._rejects_cache: dict[str, tuple[int, list[dict]]] = {}
        self._latest: dict[str, tuple[DeltaTable, int]] = {}  # with the version opened at

    @property
    def data_dir(self):
        """The local folder (local warehouses), for callers that need a path."""
        return self.location.path

    # -- tables ----------------------------------------------------------------------------
    def table_uri(self, table: Table) -> str:
        """Where one table lives."""
        return self.location.join(TABLES_DIR, table.name)

    def open_table(self, table: Table, version: int | None = None) -> DeltaTable:
        """One table at its latest version, or at the given one."""
        return DeltaTable(
            self.table_uri(table),
            version=version,
            storage_options=self.location.storage_options or None,
        )

    def latest(self, table: Table) -> DeltaTable:
        """A table at its latest version, kept open and brought up to date incrementally.

        Opened again from its newest checkpoint once it moved a checkpoint interval on: a
        table updated commit by commit holds every commit's log in memory, and each write
        then costs more (measured: 1,000 appends, 20 → 150 ms each, +80 MB).
        """
        opened, since = self._latest.get(table.name, (None, 0))
        if opened is not None:
            opened.update_incremental()
            if opened.version() - since < CHECKPOINT_INTERVAL:
                return opened
        opened = self.open_table(table)
        self._latest[table.name] = (opened, opened.version())
        return opened

    def _create_missing_tables(self) -> dict[str, int]:
        """Create every table that does not exist yet; their current versions."""
        versions = {}
        for table in TABLES.values():
            uri = self.table_uri(table)
            if DeltaTable.is_deltatable(uri, self.location.storage_options or None):
                versions[table.name] = self.open_table(table).version()
                continue
            created = DeltaTable.create(
                uri,
                schema=delta_schema(table),
                partition_by=list(table.partition_by) or None,
                mode="ignore",
                configuration=TABLE_CONFIGURATION,
                storage_options=self.location.storage_options or None,
                description=table.description,
            )
            versions[table.name] = created.version()
        return versions

    # -- commits ---------------------------------------------------------------------------
    def head(self) -> CommitRecord | None:
        """The newest commit record: the version of each table that readers see."""
        return latest_record(self.location)

    def initialise(self) -> CommitRecord:
        """Create the tables and the first commit record, once."""
        head = self.head()
        if head is not None:
            return head
        with self._lock.held():
            return self._ready_head()

    def _ready_head(self) -> CommitRecord:
        """Under the lock: the head record, creating tables and record when there are none."""
        head = self.head()
        if head is None:
            from warehouse.upgrade import refuse_old_layout

            refuse_old_layout(self.location)
            versions = self._create_missing_tables()
            head = CommitRecord(1, versions, operation="create", changed=tuple(versions))
            write_record(self.location, head)
        return head

    def _roll_back_uncommitted(self, head: CommitRecord) -> None:
        """Undo table commits that a crashed writer made after the last record."""
        for name, version in head.versions.items():
            table = self.latest(TABLES[name])
            if table.version() > version:
                table.restore(
                    version, commit_properties=commit_properties_for(None, "roll back uncommitted")
                )

    @contextmanager
    def transaction(self, run_id: str | None, operation: str) -> Iterator[Transaction]:
        """Hold the lock, start from the last record, and write a new record at the end."""
        with self._lock.held():
            head = self._ready_head()
            self._roll_back_uncommitted(head)
            txn = Transaction(head, dict(head.versions))
            yield txn
            if txn.changed:
                record = CommitRecord(
                    head.sequence + 1,
                    txn.versions,
                    run_id=run_id,
                    operation=operation,
                    changed=tuple(sorted(txn.changed)),
                )
                write_record(self.location, record)

    def append(self, txn: Transaction, table: Table, data: pa.Table, run_id: str | None) -> None:
        """Add rows to a table in one commit (no existing file is touched)."""
        if data.num_rows == 0:
            return
        write_deltalake(
            self.latest(table),
            data,
            mode="append",
            storage_options=self.location.storage_options or None,
            commit_properties=commit_properties_for(run_id, "append"),
        )
        self.note_version(txn, table)

    def _replace_where(
        self, txn: Transaction, table: Table, predicate: str, data: pa.Table, run_id: str | None
    ) -> None:
        """Replace the rows matching a predicate by data, in one commit."""
        options = self.location.storage_options or None
        if data.num_rows:
            write_deltalake(
                self.latest(table),
                data,
                mode="overwrite",
                predicate=predicate,
                storage_options=options,
                commit_properties=commit_properties_for(run_id, "replace"),
            )
        else:
            self.latest(table).delete(
                predicate, commit_properties=commit_properties_for(run_id, "replace")
            )
        self.note_version(txn, table)

    def note_version(self, txn: Transaction, table: Table) -> None:
        """Note a table's new version in the transaction."""
        version = self.latest(table).version()
        if version != txn.versions[table.name]:
            txn.versions[table.name] = version
            txn.changed.add(table.name)

    # -- the release index -----------------------------------------------------------------
    def release_index(
        self, source: str, head: CommitRecord | None = None
    ) -> dict[str, tuple[str, int]]:
        """release_id → (content_hash, year) of a source's stored releases, as committed.

        Read from the releases table once, then kept current by this store's own writes;
        read again only when the releases table moved on without this store.
        """
        head = head or self.head()
        if head is None:
            return {}
        key = partition_value(source)
        version = head.versions[RELEASES.name]
        if self._index_versions.get(key) != version:
            columns = self.open_table(RELEASES, version).to_pyarrow_table(
                filters=[("source", "=", key)], columns=["release_id", "content_hash", "year"]
            )
            self._index[key] = {
                rid: (digest, year)
                for rid, digest, year in zip(
                    columns["release_id"].to_pylist(),
                    columns["content_hash"].to_pylist(),
                    columns["year"].to_pylist(),
                    strict=True,
                )
            }
            self._index_versions[key] = version
        return self._index[key]

    # -- writing releases ------------------------------------------------------------------
    def write_releases(
        self,
        source: str,
        batch: Iterable[ReleaseRows],
        force: bool = False,
        run_id: str | None = None,
    ) -> WriteCounts:
        """Store new and changed releases with all their records; skip unchanged ones.

        force rewrites unchanged releases too: a rebuild after the transforms changed.
        """
        with self.transaction(run_id, "write") as txn:
            return self._write_releases(txn, source, batch, force, run_id)

    def write_batch(
        self,
        source: str,
        batch: list[ReleaseRows],
        new_rejects: list[dict],
        resolved_urls: set[str],
        force: bool = False,
        run_id: str | None = None,
    ) -> WriteCounts:
        """A batch's releases and rejects in one commit record."""
        with self.transaction(run_id, "write") as txn:
            counts = self._write_releases(txn, source, batch, force, run_id)
            self._update_rejects(txn, source, new_rejects, resolved_urls, run_id=run_id)
            return counts

    def _write_releases(
        self,
        txn: Transaction,
        source: str,
        batch: Iterable[ReleaseRows],
        force: bool,
        run_id: str | None,
    ) -> WriteCounts:
        """The release tables' part of a batch, inside a transaction."""
        counts = WriteCounts()
        latest = {rows.release_id: rows for rows in batch}  # last version in a batch wins
        index = self.release_index(source, txn.base)
        key = partition_value(source)
        changed = [
            rows
            for rows in latest.values()
            if force or index.get(rows.release_id, ("",))[0] != rows.content_hash
        ]
        counts.unchanged = len(latest) - len(changed)
        if not changed:
            return counts
        replaced = [rows for rows in changed if rows.release_id in index]
        added = [rows for rows in changed if rows.release_id not in index]
        for table in RELEASE_TABLES:
            for group in (added, replaced):
                counts.rows[table.name] += sum(len(rows.tables[table.name]) for rows in group)
            self.append(txn, table, _arrow_rows(table, key, added), run_id)
            if replaced:
                years = {rows.year for rows in replaced} | {
                    index[r.release_id][1] for r in replaced
                }
                predicate = (
                    f"source = {sql_quote(key)} and {table.partition_by[1]} in ({', '.join(map(str, sorted(years)))}) "
                    f"and release_id in ({', '.join(sql_quote(r.release_id) for r in replaced)})"
                )
                self._replace_where(
                    txn, table, predicate, _arrow_rows(table, key, replaced), run_id
                )
        for rows in changed:
            index[rows.release_id] = (rows.content_hash, rows.year)
        self._index_versions[key] = txn.versions[RELEASES.name]
        return counts

    # -- rejects ---------------------------------------------------------------------------
    def _committed_rejects(self, source: str, version: int) -> list[dict]:
        """Open rejects of a source at a committed version of the rejects table."""
        key = partition_value(source)
        cached = self._rejects_cache.get(key)
        if cached and cached[0] == version:
            return [dict(row) for row in cached[1]]
        data = self.open_table(REJECTS, version).to_pyarrow_table(filters=[("source", "=", key)])
        rows = data.select(REJECTS.schema.names).to_pylist()
        self._rejects_cache[key] = (version, rows)
        return [dict(row) for row in rows]

    def update_rejects(
        self,
        source: str,
        new: list[dict],
        resolved_urls: set[str],
        resolved_prefix: str | None = None,
        still_failing: frozenset[str] | set[str] = frozenset(),
        run_id: str | None = None,
    ) -> int:
        """Record failures (counting attempts) and close those that have now succeeded.

        resolved_prefix closes every open reject under a path that a whole run just read
        again, except those in still_failing (a fixed line of a JSON Lines file has no URL of
        its own to succeed with).
        """
        with self.transaction(run_id, "rejects") as txn:
            return self._update_rejects(
                txn, source, new, resolved_urls, resolved_prefix, still_failing, run_id
            )

    def _update_rejects(
        self,
        txn: Transaction,
        source: str,
        new: list[dict],
        resolved_urls: set[str],
        resolved_prefix: str | None = None,
        still_failing: frozenset[str] | set[str] = frozenset(),
        run_id: str | None = None,
    ) -> int:
        """The rejects' part of a batch, inside a transaction; rewritten only on change."""
        before = self._committed_rejects(source, txn.versions[REJECTS.name])
        open_rows = {row["url"]: row for row in before}
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
        after = list(open_rows.values())
        if after == before:
            return len(after)
        key = partition_value(source)
        data = pa.Table.from_pylist(after, schema=REJECTS.schema)
        data = data.append_column("source", pa.array([key] * len(after), pa.string()))
        self._replace_where(txn, REJECTS, f"source = {sql_quote(key)}", data, run_id)
        self._rejects_cache[key] = (txn.versions[REJECTS.name], after)
        return len(after)

    def open_rejects(self, source: str) -> list[dict]:
        """The rejects of one source that a run should try again."""
        head = self.head()
        if head is None:
            return []
        return self._committed_rejects(source, head.versions[REJECTS.name])

    # -- runs ------------------------------------------------------------------------------
    def write_run(self, row: dict) -> None:
        """Record (or update) one run: its row replaced in one commit."""
        data = pa.Table.from_pylist([row], schema=RUNS.schema)
        with self.transaction(row["run_id"], "run") as txn:
            self._replace_where(
                txn, RUNS, f"run_id = {sql_quote(row['run_id'])}", data, row["run_id"]
            )


def commit_properties_for(run_id: str | None, action: str) -> CommitProperties:
    """Every Delta commit says which run made it and why."""
    metadata = {"pressroom_action": action}
    if run_id:
        metadata["pressroom_run_id"] = run_id
    return CommitProperties(custom_metadata=metadata)


def _arrow_rows(table: Table, source_key: str, releases: list[ReleaseRows]) -> pa.Table:
    """One table's rows of some releases, with their partition columns."""
    rows: list[dict] = []
    years: list[int] = []
    for release in releases:
        found = release.tables[table.name]
        rows.extend(found)
        years.extend([release.year] * len(found))
    data = pa.Table.from_pylist(rows, schema=table.schema)
    data = data.append_column("source", pa.array([source_key] * len(rows), pa.string()))
    return data.append_column(table.partition_by[1], pa.array(years, pa.int32()))
