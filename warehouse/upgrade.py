"""One-time upgrade of a data dir written by the old Parquet layout into Delta tables.

Old layout: tables/<table>/source=<s>/year=<y>/data.parquet (rejects: source=<s>/data.parquet,
runs: run-<id>.parquet), no _delta_log. The upgrade moves tables/ aside to
tables-parquet-backup/, creates the Delta tables, and writes each old table's rows into its
Delta table, all under one commit record (operation 'upgrade'); the raw archive is untouched.
"""

from __future__ import annotations

from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq

from warehouse.location import Location
from warehouse.schemas import PARTITION_ARROW_TYPES, TABLES, Table
from warehouse.store import Store, delta_schema

BACKUP_DIR = "tables-parquet-backup"
OLD_EMPTY_PARTITION = "__empty__"


class UpgradeError(RuntimeError):
    """A data dir that cannot be upgraded, with a one-line reason."""


def has_parquet_layout(data_dir) -> bool:
    """Whether a local data dir still holds tables of the old layout."""
    location = Location.of(data_dir)
    if not location.is_local:
        return False
    tables = location.path / "tables"
    return any(
        (tables / name).is_dir() and not (tables / name / "_delta_log").exists() for name in TABLES
    )


def _old_rows(table: Table, folder: Path) -> pa.Table:
    """Every row of one old table, with its partition values taken from the paths."""
    parts = []
    for path in sorted(folder.rglob("*.parquet")):
        values = dict(
            part.split("=", 1) for part in path.relative_to(folder).parts[:-1] if "=" in part
        )
        if values.get("source") == OLD_EMPTY_PARTITION:
            continue
        data = pq.read_table(path, schema=table.schema)
        for column in table.partition_by:
            raw = values.get("year" if column == "release_year" else column)
            kind = PARTITION_ARROW_TYPES[column]
            value = int(raw) if raw is not None and pa.types.is_integer(kind) else raw
            data = data.append_column(column, pa.array([value] * data.num_rows, kind))
        parts.append(data)
    if not parts:
        return pa.Table.from_pylist([])
    return pa.concat_tables(parts)


def upgrade_parquet_layout(data_dir) -> dict[str, int]:
    """Move an old data dir's rows into Delta tables in one commit; rows per table."""
    location = Location.of(data_dir)
    if not has_parquet_layout(location):
        raise UpgradeError(f"{location.uri} holds no tables of the old Parquet layout")
    backup = location.path / BACKUP_DIR
    if backup.exists():
        raise UpgradeError(f"{backup} exists already: move it away first")
    (location.path / "tables").rename(backup)
    store = Store(location)
    counts = {}
    with store.transaction("upgrade", "upgrade") as txn:
        for name, table in TABLES.items():
            rows = _old_rows(table, backup / name) if (backup / name).exists() else None
            if rows is None or rows.num_rows == 0:
                continue
            store.append(txn, table, rows.select(delta_schema(table).names), "upgrade")
            counts[name] = rows.num_rows
    (location.path / "pressroom.duckdb").unlink(missing_ok=True)  # views of the old layout
    return counts


def refuse_old_layout(data_dir) -> None:
    """A one-line error when a data dir must be upgraded before use."""
    if has_parquet_layout(data_dir):
        raise UpgradeError(
            f"{Location.of(data_dir).uri} uses the old Parquet layout: run `pressroom upgrade` "
            "once (or start a new data dir and `pressroom reprocess`)"
        )
