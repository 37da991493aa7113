"""Keeping the warehouse small and reversible: compact, vacuum, history, restore a run.

Each operation runs under the write lock and ends with a commit record, like a batch, so
readers move from one consistent state to the next.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass

from warehouse.commits import CommitRecord, all_records
from warehouse.query import database_path
from warehouse.schemas import TABLES
from warehouse.store import Store, commit_properties_for

DEFAULT_RETAIN_HOURS = 168  # Delta's own default: a week
MIN_RETAIN_HOURS = 1


class MaintenanceError(RuntimeError):
    """An operation that cannot be done as asked, with a one-line reason."""


@dataclass(frozen=True, slots=True)
class TableChange:
    """What an operation did to one table."""

    table: str
    files_removed: int
    files_added: int


def compact(data_dir, run_id: str | None = None) -> list[TableChange]:
    """Fold each partition's small files into few large ones (one commit per table)."""
    store = Store(data_dir)
    changes = []
    with store.transaction(run_id, "compact") as txn:
        for name, table in TABLES.items():
            metrics = store.open_table(table).optimize.compact(
                commit_properties=commit_properties_for(run_id, "compact")
            )
            removed, added = metrics["numFilesRemoved"], metrics["numFilesAdded"]
            if removed or added:
                store.note_version(txn, table)
                changes.append(TableChange(name, removed, added))
    return changes


def _views_versions(data_dir) -> dict[str, int]:
    """The table versions the views of pressroom.duckdb read (kept by vacuum)."""
    import duckdb

    from warehouse.commits import read_record
    from warehouse.location import Location
    from warehouse.query import META_TABLE

    path = database_path(data_dir)
    if not path.exists():
        return {}
    try:
        con = duckdb.connect(str(path), read_only=True)
    except duckdb.Error:
        return {}
    try:
        (sequence,) = con.execute(f"select views_sequence from {META_TABLE}").fetchone()
    except (duckdb.Error, TypeError):
        return {}
    finally:
        con.close()
    record = read_record(Location.of(data_dir), sequence)
    return dict(record.versions) if record else {}


def vacuum(data_dir, retain_hours: int = DEFAULT_RETAIN_HOURS) -> list[TableChange]:
    """Delete files no committed version needs any more, once older than the retention.

    Files of the version that the pressroom.duckdb views read are always kept, and the
    retention (at least an hour) covers readers that opened an older version.
    """
    if retain_hours < MIN_RETAIN_HOURS:
        raise MaintenanceError(f"--retain-hours must be at least {MIN_RETAIN_HOURS}")
    store = Store(data_dir)
    keep = _views_versions(data_dir)
    changes = []
    with store.transaction(None, "vacuum") as txn:
        for name, table in TABLES.items():
            removed = store.open_table(table).vacuum(
                retention_hours=retain_hours,
                dry_run=False,
                enforce_retention_duration=False,
                keep_versions=[keep[name]] if name in keep else None,
                commit_properties=commit_properties_for(None, "vacuum"),
            )
            store.note_version(txn, table)
            if removed:
                changes.append(TableChange(name, len(removed), 0))
    return changes


@dataclass(frozen=True, slots=True)
class RunHistory:
    """The commits one run (or one maintenance operation) made."""

    run_id: str
    first_sequence: int
    last_sequence: int
    operations: tuple[str, ...]
    committed_at: str
    versions: dict[str, tuple[int, int]]  # table → (version before, version after)


def history(data_dir) -> list[RunHistory]:
    """Every run's commits, oldest first: versions per table and run."""
    records = all_records(Store(data_dir).location)
    grouped: dict[str, list[CommitRecord]] = defaultdict(list)
    before: dict[int, CommitRecord] = {}
    previous = None
    for record in records:
        grouped[record.run_id or f"({record.operation})"].append(record)
        if previous is not None:
            before[record.sequence] = previous
        previous = record
    found = []
    for run_id, commits in grouped.items():
        start = before.get(commits[0].sequence)
        versions = {}
        for name in sorted({table for record in commits for table in record.changed}):
            old = start.versions.get(name, 0) if start else 0
            versions[name] = (old, commits[-1].versions[name])
        found.append(
            RunHistory(
                run_id,
                commits[0].sequence,
                commits[-1].sequence,
                tuple(dict.fromkeys(record.operation for record in commits)),
                commits[-1].committed_at,
                versions,
            )
        )
    return sorted(found, key=lambda run: run.first_sequence)


def restore_run(data_dir, run_id: str) -> dict[str, int]:
    """Undo one run: every table back to the versions of the record just before its first commit.

    Refused when other runs committed after it (restore those first), so nothing but the
    bad run is undone. Returns the version each changed table was restored to.
    """
    store = Store(data_dir)
    records = all_records(store.location)
    mine = [record for record in records if record.run_id == run_id]
    if not mine:
        raise MaintenanceError(f"no commits of run {run_id!r} (see `pressroom history`)")
    first = mine[0].sequence
    later = {
        record.run_id or record.operation
        for record in records
        if record.sequence > first
        and record.run_id != run_id
        and record.changed
        and record.operation not in ("compact", "vacuum", "restore")
    }
    if later:
        raise MaintenanceError(
            f"runs committed after {run_id}: {', '.join(sorted(later))}; restore those first"
        )
    target = next((r for r in reversed(records) if r.sequence < first), None)
    if target is None:
        raise MaintenanceError(f"run {run_id} created the warehouse: nothing to go back to")
    restored = {}
    with store.transaction(f"restore:{run_id}", "restore") as txn:
        for name, table in TABLES.items():
            if txn.versions[name] == target.versions[name]:
                continue
            try:
                store.open_table(table).restore(
                    target.versions[name],
                    commit_properties=commit_properties_for(None, f"restore {run_id}"),
                )
            except Exception as error:
                raise MaintenanceError(
                    f"{name}: cannot go back to version {target.versions[name]} "
                    f"(vacuumed?): {str(error).splitlines()[0]}"
                ) from None
            store.note_version(txn, table)
            restored[name] = target.versions[name]
    return restored
