"""DuckDB over the committed versions of the Delta tables, for pressroom and for any client.

Two ways in, both reading exactly the table versions of one commit record:
- `pressroom.duckdb` (storage v1.0.0, readable by older DuckDB shells) holds views over the
  Parquet files of those versions; it is refreshed after each run, and a refresh that finds the
  file held by a reader is skipped (its views stay on an older, consistent version).
- `connect()` builds the same views in memory from the latest commit record: what
  `pressroom sql`, `pressroom status` and the flows read.
"""

from __future__ import annotations

import time
from pathlib import Path

import duckdb

from warehouse.commits import CommitRecord
from warehouse.location import Location
from warehouse.schemas import PARTITION_TYPES, TABLES, Table, sql_type
from warehouse.store import Store

DATABASE_FILE = "pressroom.duckdb"
STORAGE_VERSION = "v1.0.0"  # readable by the older DuckDB shells as well
META_TABLE = "pressroom_meta"
CONNECT_RETRIES = 20


class QueryError(RuntimeError):
    """A query that DuckDB refused, with its message."""


def database_path(data_dir) -> Path:
    """The DuckDB file of a data dir (for an S3 warehouse: in the local cache folder)."""
    return Location.of(data_dir).cache_dir() / DATABASE_FILE


def _literal(text: str) -> str:
    """A SQL string literal."""
    return "'" + text.replace("'", "''") + "'"


def _local_path(uri: str) -> str:
    """delta-rs file URIs as DuckDB reads them."""
    return uri.removeprefix("file://")


def committed_files(store: Store, head: CommitRecord) -> dict[str, list[str]]:
    """The Parquet files of every table at the versions a commit record names."""
    return {
        name: [_local_path(uri) for uri in store.open_table(table, head.versions[name]).file_uris()]
        for name, table in TABLES.items()
    }


def _empty_select(table: Table) -> str:
    """A query with a table's columns and no rows."""
    columns = [f"cast(null as {sql_type(field.type)}) as {field.name}" for field in table.schema]
    columns += [f"cast(null as {PARTITION_TYPES[c]}) as {c}" for c in table.partition_by]
    return f"select {', '.join(columns)} where false"


def table_select(table: Table, files: list[str]) -> str:
    """The query behind one view: exactly the given files."""
    if not files:
        return _empty_select(table)
    listed = ", ".join(_literal(path) for path in files)
    if not table.partition_by:
        return f"select * from read_parquet([{listed}])"
    types = ", ".join(f"'{c}': {PARTITION_TYPES[c]}" for c in table.partition_by)
    return (
        f"select * from read_parquet([{listed}], hive_partitioning = true, "
        f"hive_types = {{{types}}})"
    )


def view_sql(table: Table, files: list[str]) -> str:
    """The statement that defines one view."""
    return f"create or replace view {table.name} as {table_select(table, files)}"


def _views_sequence(db_path: Path) -> int | None:
    """The commit record the file's views were built from (None: unknown or no file)."""
    if not db_path.exists():
        return None
    try:
        con = duckdb.connect(str(db_path), read_only=True)
    except duckdb.Error:
        return None
    try:
        row = con.execute(f"select views_sequence from {META_TABLE}").fetchone()
        return row[0] if row else None
    except duckdb.Error:
        return None
    finally:
        con.close()


def refresh_views(data_dir) -> bool:
    """Point the views of pressroom.duckdb at the latest commit; False when the file is held.

    A reader holding the file keeps its views on an older commit, which stays readable
    (vacuum keeps old files for days); the next refresh catches up.
    """
    store = Store(data_dir)
    head = store.initialise()
    db_path = database_path(data_dir)
    if _views_sequence(db_path) == head.sequence:
        return True
    files = committed_files(store, head)
    db_path.parent.mkdir(parents=True, exist_ok=True)
    con = duckdb.connect()
    try:
        con.execute(f"attach {_literal(str(db_path))} as w (storage_version '{STORAGE_VERSION}')")
    except duckdb.Error:  # held open by another process: try again after the next batch
        con.close()
        return False
    try:
        con.execute("use w")
        con.execute("begin transaction")
        for name, table in TABLES.items():
            con.execute(view_sql(table, files[name]))
        con.execute(f"create or replace table {META_TABLE} (views_sequence bigint)")
        con.execute(f"insert into {META_TABLE} values (?)", [head.sequence])
        con.execute("commit")
    finally:
        con.close()
    return True


def ensure_views(data_dir) -> Path:
    """The database file, created or brought up to the latest commit when possible."""
    refresh_views(data_dir)
    return database_path(data_dir)


def connect(data_dir) -> duckdb.DuckDBPyConnection:
    """An in-memory DuckDB whose views read the latest committed version of every table."""
    location = Location.of(data_dir)
    store = Store(location)
    head = store.head()
    if head is None:
        raise QueryError(f"no warehouse at {location.uri}: run `pressroom ingest` first")
    con = duckdb.connect()
    if location.is_local:
        for name, files in committed_files(store, head).items():
            con.execute(view_sql(TABLES[name], files))
        return con
    for name, table in TABLES.items():  # object storage: read through delta-rs's own client
        dataset = store.open_table(table, head.versions[name]).to_pyarrow_dataset()
        con.register(f"_{name}_dataset", dataset)
        con.execute(f"create view {name} as select * from _{name}_dataset")
    return con


def open_for_query(data_dir) -> duckdb.DuckDBPyConnection:
    """A connection for pressroom's own reads (retrying briefly while a commit lands)."""
    for attempt in range(CONNECT_RETRIES):
        try:
            return connect(data_dir)
        except (duckdb.IOException, OSError):
            if attempt == CONNECT_RETRIES - 1:
                raise
            time.sleep(0.1 * (attempt + 1))
    raise AssertionError("unreachable")


def run_query(data_dir, sql: str, params: list | None = None) -> tuple[list[str], list[tuple]]:
    """Column names and rows of one query over the latest commit."""
    con = open_for_query(data_dir)
    try:
        cursor = con.execute(sql, params or [])
        columns = [d[0] for d in cursor.description or []]
        return columns, cursor.fetchall()
    except duckdb.Error as error:
        raise QueryError(str(error).splitlines()[0]) from None
    finally:
        con.close()


def run_user_query(data_dir, sql: str) -> tuple[list[str], list[tuple]]:
    """Column names and rows of one statement that only reads, run with files locked away."""
    from warehouse.readonly import (
        RefusedStatement,
        check_reading_statement,
        explain_refusal,
        lock_down,
    )

    try:
        check_reading_statement(sql)
    except RefusedStatement as error:
        raise QueryError(str(error)) from None
    location = Location.of(data_dir)
    con = open_for_query(location)
    try:
        readable = [location.join("tables") + "/"] if location.is_local else []
        lock_down(con, readable)
        cursor = con.execute(sql)
        columns = [d[0] for d in cursor.description or []]
        return columns, cursor.fetchall()
    except duckdb.Error as error:
        raise QueryError(explain_refusal(error)) from None
    finally:
        con.close()


def table_counts(data_dir) -> dict[str, int]:
    """Rows per view, for summaries."""
    con = open_for_query(data_dir)
    try:
        return {name: con.execute(f"select count(*) from {name}").fetchone()[0] for name in TABLES}
    finally:
        con.close()
