"""Read-only SQL: one reading statement, run by DuckDB with every other file out of reach.

Two locks, each enforced by DuckDB rather than by matching text: the statement's parsed type
must be one that reads (SELECT, WITH, EXPLAIN of a read, DESCRIBE, SHOW, SUMMARIZE,
PRAGMA table_info), and the connection runs with external access off except the warehouse's
own table files (`allowed_directories`), its configuration locked so no statement can undo it.
"""

from __future__ import annotations

import re

import duckdb

ST = duckdb.StatementType

# Why each kind of statement is refused, in the words the user sees.
REFUSED_STATEMENTS: dict[duckdb.StatementType, str] = {
    ST.COPY: "COPY reads or writes files outside the warehouse's tables",
    ST.COPY_DATABASE: "COPY FROM DATABASE writes a database",
    ST.EXPORT: "EXPORT DATABASE writes files",
    ST.ATTACH: "ATTACH opens another database",
    ST.DETACH: "DETACH changes the attached databases",
    ST.LOAD: "INSTALL and LOAD add extensions",
    ST.EXTENSION: "extension statements change the installation",
    ST.SET: "SET, RESET and USE change the session's settings",
    ST.VARIABLE_SET: "SET VARIABLE changes the session",
    ST.INSERT: "INSERT writes rows",
    ST.UPDATE: "UPDATE writes rows",
    ST.DELETE: "DELETE writes rows",
    ST.MERGE_INTO: "MERGE INTO writes rows",
    ST.CREATE: "CREATE writes to the catalogue",
    ST.CREATE_FUNC: "CREATE FUNCTION writes to the catalogue",
    ST.DROP: "DROP writes to the catalogue",
    ST.ALTER: "ALTER writes to the catalogue",
    ST.TRANSACTION: "transactions are for writers",
    ST.VACUUM: "VACUUM rewrites storage",
    ST.ANALYZE: "ANALYZE writes statistics",
    ST.CALL: "CALL runs procedures (SELECT from the function)",
    ST.PREPARE: "PREPARE stores a statement for later",
    ST.EXECUTE: "EXECUTE runs a stored statement",
}
READING_PRAGMAS = frozenset({"table_info", "show_tables", "show_tables_expanded", "show"})
PRAGMA_NAME = re.compile(r"^\s*pragma\s+(\w+)", re.IGNORECASE)
EXPLAIN_PREFIX = re.compile(r"^\s*explain\s+(analyze\s+)?(\([^)]*\)\s*)?", re.IGNORECASE)
REFUSED_FILE = re.compile(r'Cannot access (?:file|directory) "([^"]*)"')


class RefusedStatement(ValueError):
    """A statement that `pressroom sql` will not run, with the reason in one line."""


def check_reading_statement(sql: str) -> str:
    """The single reading statement in sql, or RefusedStatement saying why not."""
    parser = duckdb.connect()
    try:
        try:
            statements = parser.extract_statements(sql)
        except duckdb.Error as error:
            raise RefusedStatement(str(error).splitlines()[0]) from None
        if len(statements) != 1:
            raise RefusedStatement(f"read-only: give exactly one statement, not {len(statements)}")
        _check_type(statements[0], parser)
        return sql
    finally:
        parser.close()


def _check_type(statement, parser: duckdb.DuckDBPyConnection) -> None:
    """Raise unless the parsed statement only reads."""
    kind = statement.type
    if kind == ST.SELECT:
        return
    if kind == ST.EXPLAIN:  # EXPLAIN ANALYZE runs what it explains: check that too
        inner = EXPLAIN_PREFIX.sub("", statement.query, count=1)
        try:
            (inner_statement,) = parser.extract_statements(inner)
        except (duckdb.Error, ValueError):
            raise RefusedStatement("read-only: EXPLAIN only a single SELECT") from None
        _check_type(inner_statement, parser)
        return
    if kind == ST.PRAGMA:
        name = PRAGMA_NAME.match(statement.query)
        if name and name[1].lower() in READING_PRAGMAS:
            return
        raise RefusedStatement("read-only: only PRAGMA table_info and show_tables read")
    reason = REFUSED_STATEMENTS.get(kind, f"{kind.name} statements are not reads")
    raise RefusedStatement(f"read-only: {reason}")


def lock_down(con: duckdb.DuckDBPyConnection, readable_directories: list[str]) -> None:
    """External access off except the given folders, then the configuration locked."""
    folders = ", ".join("'" + folder.replace("'", "''") + "'" for folder in readable_directories)
    con.execute(f"set allowed_directories = [{folders}]")
    con.execute("set enable_external_access = false")
    con.execute("set autoinstall_known_extensions = false")
    con.execute("set autoload_known_extensions = false")
    con.execute("set lock_configuration = true")


def explain_refusal(error: duckdb.Error) -> str:
    """DuckDB's permission errors in one line that says which file was out of reach."""
    text = str(error).splitlines()[0]
    found = REFUSED_FILE.search(text)
    if isinstance(error, duckdb.PermissionException) and found:
        return f"read-only: {found[1]} is outside the warehouse's tables"
    if "configuration has been locked" in text:
        return "read-only: the session's settings are locked"
    return text
