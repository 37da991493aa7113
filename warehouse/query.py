"""DuckDB over the Parquet tables: views that never depend on the reader's directory."""

from __future__ import annotations

import time
from pathlib import Path

import duckdb
import pyarrow.parquet as pq

from warehouse.schemas import PARTITION_TYPES, TABLES, Table

DATABASE_FILE = "pressroom.duckdb"
EMPTY_PARTITION = "__empty__"  # holds a zero-row file so every view has a file to read
STORAGE_VERSION = "v1.0.0"  # readable by the older DuckDB shells as well
VIEWS_VERSION = "1"
CONNECT_RETRIES = 20
LOCKED = "<locked>"


class QueryError(RuntimeError):
    """A query that DuckDB refused, with its message."""


def database_path(data_dir: Path) -> Path:
    """The DuckDB file of a data dir."""
    return Path(data_dir).resolve() / DATABASE_FILE


def _glob(table: Table, tables_dir: Path) -> str:
    """Every partition file of a table, as an absolute glob."""
    depth = "/".join("*" for _ in table.partition_by)
    return str(tables_dir / table.name / (f"{depth}/*.parquet" if depth else "*.parquet"))


def _placeholder(table: Table, tables_dir: Path) -> Path:
    """Where a table's empty file lives."""
    folder = tables_dir / table.name
    for column in table.partition_by:
        folder = folder / f"{column}={EMPTY_PARTITION if column == 'source' else 0}"
    return folder / ("data.parquet" if table.partition_by else "_empty.parquet")


def _ensure_placeholders(tables_dir: Path) -> None:
    """A zero-row file per table, so a view over a table with no data yet still works."""
    for table in TABLES.values():
        path = _placeholder(table, tables_dir)
        if not path.exists():
            path.parent.mkdir(parents=True, exist_ok=True)
            pq.write_table(table.schema.empty_table(), path)


def view_sql(table: Table, tables_dir: Path) -> str:
    """The statement that defines one view."""
    glob = _glob(table, tables_dir).replace("'", "''")
    options = "hive_partitioning = false"
    if table.partition_by:
        types = ", ".join(f"'{c}': {PARTITION_TYPES[c]}" for c in table.partition_by)
        options = f"hive_partitioning = true, hive_types = {{{types}}}"
    hidden = " where source <> '__empty__'" if "source" in table.partition_by else ""
    return (
        f"create or replace view {table.name} as "
        f"select * from read_parquet('{glob}', {options}){hidden}"
    )


def ensure_views(data_dir: Path) -> Path:
    """Create the database and its views once (again only when the data dir moved)."""
    data_dir = Path(data_dir).resolve()
    tables_dir = data_dir / "tables"
    _ensure_placeholders(tables_dir)
    db_path = database_path(data_dir)
    stamp = f"{VIEWS_VERSION}:{tables_dir}"
    if db_path.exists() and _views_stamp(db_path) in (stamp, LOCKED):
        return db_path  # up to date, or held open by someone: its views already exist
    con = duckdb.connect()
    try:
        con.execute(f"attach '{db_path}' as w (storage_version '{STORAGE_VERSION}')")
        con.execute("use w")
        for table in TABLES.values():
            con.execute(view_sql(table, tables_dir))
        con.execute("create or replace table pressroom_meta (views_stamp varchar)")
        con.execute("insert into pressroom_meta values (?)", [stamp])
    finally:
        con.close()
    return db_path


def _views_stamp(db_path: Path) -> str | None:
    """What the views were made for; LOCKED when another process holds the file for writing."""
    try:
        con = connect_read_only(db_path.parent, retries=1)
    except duckdb.IOException:
        return LOCKED
    except duckdb.Error:
        return None
    try:
        row = con.execute("select views_stamp from pressroom_meta").fetchone()
        return row[0] if row else None
    except duckdb.Error:
        return None
    finally:
        con.close()


def connect_read_only(data_dir: Path, retries: int = CONNECT_RETRIES) -> duckdb.DuckDBPyConnection:
    """A read-only connection, waiting briefly while a writer (re)creates the views."""
    db_path = database_path(data_dir)
    if not db_path.exists():
        raise QueryError(f"no warehouse at {db_path.parent}: run `pressroom ingest` first")
    for attempt in range(retries):
        try:
            return duckdb.connect(str(db_path), read_only=True)
        except duckdb.IOException:
            if attempt == retries - 1:
                raise
            time.sleep(0.1 * (attempt + 1))
    raise AssertionError("unreachable")


def open_for_query(data_dir: Path) -> duckdb.DuckDBPyConnection:
    """connect_read_only, with a lock held by another process explained in words."""
    try:
        return connect_read_only(data_dir)
    except duckdb.IOException:
        raise QueryError(
            f"{database_path(data_dir)} is held open for writing by another process "
            "(the DuckDB shell opens files read-write: use `duckdb -readonly`)"
        ) from None


def run_query(
    data_dir: Path, sql: str, params: list | None = None
) -> tuple[list[str], list[tuple]]:
    """Column names and rows of one read-only query."""
    con = open_for_query(data_dir)
    try:
        cursor = con.execute(sql, params or [])
        columns = [d[0] for d in cursor.description or []]
        return columns, cursor.fetchall()
    except duckdb.Error as error:
        raise QueryError(str(error).splitlines()[0]) from None
    finally:
        con.close()


def run_user_query(data_dir: Path, sql: str) -> tuple[list[str], list[tuple]]:
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
    con = open_for_query(data_dir)
    try:
        lock_down(con, [str(Path(data_dir).resolve() / "tables") + "/"])
        cursor = con.execute(sql)
        columns = [d[0] for d in cursor.description or []]
        return columns, cursor.fetchall()
    except duckdb.Error as error:
        raise QueryError(explain_refusal(error)) from None
    finally:
        con.close()


def table_counts(data_dir: Path) -> dict[str, int]:
    """Rows per view, for summaries."""
    con = open_for_query(data_dir)
    try:
        return {name: con.execute(f"select count(*) from {name}").fetchone()[0] for name in TABLES}
    finally:
        con.close()
