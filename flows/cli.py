"""The `pressroom` command line: ingest, extract, query and operate the warehouse."""

from __future__ import annotations

import csv
import io
import json
import os
import sys
from contextlib import contextmanager
from datetime import date
from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console
from rich.table import Table as RichTable

from flows.allocators import settle_allocators
from flows.stop import graceful_interrupts
from sources.config import ConfigError, get_source, load_settings

app = typer.Typer(
    name="pressroom",
    help=(
        "Turn press releases into a warehouse you can query with SQL.\n\n"
        "Releases are loaded from files or fetched from configured sources (config/sources.toml), "
        "split into releases, quotes, locations, events, agreements and entities, written as "
        "Parquet under the data dir and queried through DuckDB views in <data dir>/pressroom.duckdb."
    ),
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)
out = Console()
err = Console(stderr=True)

DataDirOption = Annotated[
    Path | None,
    typer.Option(
        "--data-dir",
        envvar="PRESSROOM_DATA_DIR",
        show_envvar=True,
        help="Warehouse folder (Parquet tables and pressroom.duckdb). Default: ./data",
    ),
]
ConfigOption = Annotated[
    Path | None,
    typer.Option(
        "--config",
        envvar="PRESSROOM_CONFIG",
        show_envvar=True,
        help="Sources file to read instead of config/sources.toml.",
    ),
]
VerboseOption = Annotated[
    bool,
    typer.Option(
        "--verbose",
        "-v",
        help="Show every INFO log line of the run. Default: warnings, errors and the progress; "
        "the Prefect UI/API keeps every line either way.",
    ),
]
WorkersOption = Annotated[
    int,
    typer.Option(
        "--workers",
        "-w",
        min=1,
        help="Extract in this many processes side by side (one per core is a good start).",
    ),
]


def fail(message: str, code: int = 2) -> None:
    """Print one error line and exit."""
    err.print(f"[bold red]error:[/] {message}", highlight=False)
    raise typer.Exit(code)


def quiet_prefect_defaults() -> None:
    """No telemetry, and a local ephemeral API unless the user configured a server."""
    os.environ.setdefault("DO_NOT_TRACK", "1")
    os.environ.setdefault("PREFECT_SERVER_ANALYTICS_ENABLED", "false")
    os.environ.setdefault("PREFECT_SERVER_ALLOW_EPHEMERAL_MODE", "true")


def warehouse_dir(data_dir: Path | None) -> Path:
    """The data dir from the flag or PRESSROOM_DATA_DIR (typer reads both), else ./data."""
    return (data_dir or Path("data")).resolve()


def parse_day(value: str | None, flag: str) -> date | None:
    """A YYYY-MM-DD flag value."""
    if value is None:
        return None
    try:
        return date.fromisoformat(value)
    except ValueError:
        fail(f"{flag} takes a date as YYYY-MM-DD, not {value!r}")


# -- ingest ----------------------------------------------------------------------------------
@app.command()
def ingest(
    source: Annotated[
        str | None, typer.Option("--source", "-s", help="A source named in the config.")
    ] = None,
    from_path: Annotated[
        Path | None,
        typer.Option(
            "--from",
            help="A file or folder of .html/.htm, .txt, .jsonl or .xml (RSS/Atom) releases.",
        ),
    ] = None,
    since: Annotated[
        str | None, typer.Option(help="Only releases published on or after this day (YYYY-MM-DD).")
    ] = None,
    until: Annotated[
        str | None, typer.Option(help="Only releases published on or before this day (YYYY-MM-DD).")
    ] = None,
    batch_size: Annotated[int, typer.Option(min=1, help="Releases per task.")] = 50,
    commit_size: Annotated[
        int,
        typer.Option(
            min=1,
            help="Releases per commit (each adds a file to every table); a killed run extracts at most this many again.",
        ),
    ] = 500,
    force: Annotated[bool, typer.Option(help="Rewrite releases even when unchanged.")] = False,
    task_runner: Annotated[
        str,
        typer.Option(
            help="threads (one machine) or dask (the dask_address of the config's scale table, else a local cluster)."
        ),
    ] = "threads",
    data_dir: DataDirOption = None,
    config: ConfigOption = None,
    verbose: VerboseOption = False,
    workers: WorkersOption = 1,
) -> None:
    """Load or fetch releases into the warehouse (a Prefect flow run).

    Re-running is safe: unchanged releases are skipped, changed ones replace their old rows,
    and pages that failed before (see the rejects table) are tried again.
    """
    if not source and not from_path:
        fail("give --source NAME (see config/sources.toml) or --from PATH")
    if from_path and not from_path.exists():
        fail(f"--from: no such file or folder: {from_path}")
    settings = _settings(config, data_dir)
    _refuse_old_layout(settings.data_dir)
    if source and not from_path:
        _source(settings, source)
    window = (parse_day(since, "--since"), parse_day(until, "--until"))
    result = _run_ingest(
        task_runner,
        verbose,
        source=source,
        from_path=str(from_path) if from_path else None,
        since=window[0],
        until=window[1],
        config=str(settings.config_path),
        data_dir=_data_location(data_dir),
        batch_size=batch_size,
        commit_size=commit_size,
        force=force,
        workers=workers,
    )
    print_summary(_data_location(data_dir), result)


def _settings(config: Path | None, data_dir: Path | None):
    """Settings, with a config error as one line."""
    try:
        return load_settings(config, data_dir)
    except ConfigError as error:
        fail(str(error))


def _source(settings, name: str):
    """One configured source, or the one-line error that lists the known ones."""
    try:
        return get_source(settings, name)
    except ConfigError as error:
        fail(str(error))


def _run_ingest(task_runner: str = "threads", verbose: bool = False, **params):
    """Run the ingest flow with graceful Ctrl-C, on the chosen task runner, under a live count."""
    quiet_prefect_defaults()
    from flows.api import temporary_api
    from flows.progress import logs_through
    from warehouse.location import Location

    kind = "reprocess" if params.get("from_archive") else "ingest"
    label = f"{kind} {params.get('source') or 'files'}"
    local_side = Location.of(params["data_dir"]).cache_dir()  # logs stay on this machine
    with (
        graceful_interrupts(),
        temporary_api(local_side),
        logs_through(err, verbose),
        _batch_counter(label),
    ):
        from flows.ingest import ingest as ingest_flow
        from flows.scale import make_task_runner

        try:
            runner = make_task_runner(task_runner, Path(params["config"]))
        except ValueError as error:
            fail(str(error))
        try:
            return ingest_flow.with_options(task_runner=runner)(**params)
        except ConfigError as error:
            fail(str(error))


@contextmanager
def _batch_counter(label: str):
    """A spinner with documents, releases and rejects so far, updated after each batch."""
    from rich.progress import Progress, SpinnerColumn, TextColumn, TimeElapsedColumn

    from flows.progress import add_listener, remove_listener

    counts = {"documents": 0, "releases": 0, "rejects": 0}
    figures = "documents {task.fields[documents]} · releases {task.fields[releases]}"
    status = Progress(
        SpinnerColumn(),
        TextColumn(f"[bold]{label}"),
        TextColumn(figures + " · rejects {task.fields[rejects]}"),
        TimeElapsedColumn(),
        console=err,
    )
    task = status.add_task(label, total=None, **counts)

    def on_batch(event: str, data: dict) -> None:
        if event == "batch":
            status.update(task, **{key: data.get(key, 0) for key in counts})

    add_listener(on_batch)
    try:
        with status:
            yield
    finally:
        remove_listener(on_batch)


def print_summary(data_dir: Path, result: dict) -> None:
    """Rows per table and rejects after a run, then one example query."""
    from warehouse.query import QueryError, run_query, table_counts

    try:
        counts = table_counts(data_dir)
    except QueryError as error:
        err.print(f"run {result.get('status')}; no summary: {error}", highlight=False)
        return
    table = RichTable(title=f"pressroom warehouse at {data_dir}")
    table.add_column("table")
    table.add_column("rows", justify="right")
    table.add_column("written this run", justify="right")
    for name, count in counts.items():
        written = result.get(f"{name}_written", "")
        table.add_row(name, str(count), str(written))
    out.print(table)
    out.print(
        f"run {result.get('status')}: {result.get('documents_seen', 0)} documents, "
        f"{result.get('releases_written', 0)} written, {result.get('releases_unchanged', 0)} "
        f"unchanged, {result.get('rejects', 0)} rejected"
    )
    if counts.get("rejects"):
        columns, rows = run_query(
            data_dir, "select url, stage, reason from rejects order by url limit 10"
        )
        _print_rows(columns, rows, "table", title="open rejects")


# -- reprocess -------------------------------------------------------------------------------
@app.command()
def reprocess(
    source: Annotated[str | None, typer.Option("--source", "-s", help="Only this source.")] = None,
    data_dir: DataDirOption = None,
    config: ConfigOption = None,
    verbose: VerboseOption = False,
    workers: WorkersOption = 1,
) -> None:
    """Rebuild every table from the raw archive (and local files), with no network.

    Use it after a parser change: every stored release is extracted again and rewritten.
    """
    settings = _settings(config, data_dir)
    _refuse_old_layout(settings.data_dir)
    names = [_source(settings, source).name] if source else sorted(settings.sources)
    for name in names:
        result = _run_ingest(
            verbose=verbose,
            source=name,
            config=str(settings.config_path),
            data_dir=str(settings.data_dir),
            force=True,
            from_archive=True,
            workers=workers,
        )
        out.print(
            f"{name}: {result.get('releases_written', 0)} releases rebuilt, {result.get('rejects', 0)} rejects"
        )
    print_summary(settings.data_dir, {})


# -- extract ---------------------------------------------------------------------------------
@app.command()
def extract(
    files: Annotated[
        list[Path] | None, typer.Argument(help="Release files (.html, .txt, .xml).")
    ] = None,
    jsonl: Annotated[
        Path | None, typer.Option("--jsonl", help="A JSON Lines file of releases.")
    ] = None,
) -> None:
    """Run the transforms only and print one JSON object per release (writes no warehouse).

    Each line: {"id", "release", "quotes", "locations", "events", "agreements", "entities"}.
    """
    from sources.files import SINGLE_RELEASE_SUFFIXES, LoadError, input_files, iter_file_documents
    from transforms.records import Reject, to_contract
    from transforms.release import extract as extract_release

    inputs = ([jsonl] if jsonl else []) + list(files or [])
    if not inputs:
        fail("give release files, or --jsonl FILE")
    try:
        paths = [file for path in inputs for file in input_files(path)]
    except LoadError as error:
        fail(str(error))
    for path in paths:
        one_release = path.suffix.lower() in SINGLE_RELEASE_SUFFIXES
        for item in iter_file_documents(path, "extract", None):
            if isinstance(item, Reject):
                err.print(f"skipped {item.url}: {item.reason}", highlight=False)
                continue
            record_id = item.input_id or (str(path.resolve()) if one_release else item.url)
            try:
                line = to_contract(extract_release(item), record_id)
            except Exception as error:  # report and go on: one bad release is not the run
                err.print(f"extract failed on {record_id}: {type(error).__name__}: {error}")
                continue
            sys.stdout.write(json.dumps(line, ensure_ascii=False) + "\n")


# -- sql -------------------------------------------------------------------------------------
@app.command()
def sql(
    query: Annotated[
        str | None, typer.Argument(help="A read-only SQL query. Omit it to list the tables.")
    ] = None,
    output: Annotated[str, typer.Option("--format", "-f", help="table | csv | json")] = "table",
    data_dir: DataDirOption = None,
) -> None:
    """Query the warehouse with DuckDB SQL (read-only), or list its tables and columns.

    One statement that reads: SELECT, WITH, EXPLAIN, DESCRIBE, SHOW, SUMMARIZE or
    PRAGMA table_info. DuckDB runs it with file access limited to the warehouse's tables;
    COPY, EXPORT, ATTACH, INSTALL, LOAD, SET, writes and other files are refused.
    """
    from warehouse.query import QueryError, run_user_query

    if output not in ("table", "csv", "json"):
        fail("--format is one of table, csv, json")
    directory = _data_location(data_dir)
    if query is None:
        _print_catalogue()
        return
    try:
        columns, rows = run_user_query(directory, query)
    except QueryError as error:
        fail(str(error))
    _print_rows(columns, rows, output)


def _print_catalogue() -> None:
    """Every table with its columns and what they hold."""
    from warehouse.schemas import PARTITION_TYPES, TABLES

    for table in TABLES.values():
        grid = RichTable(title=f"{table.name} — {table.description}", title_justify="left")
        grid.add_column("column")
        grid.add_column("type")
        grid.add_column("meaning")
        for column in table.schema:
            meta = column.metadata or {}
            grid.add_row(column.name, str(column.type), meta.get(b"description", b"").decode())
        for column in table.partition_by:
            grid.add_row(column, PARTITION_TYPES[column].lower(), "partition")
        out.print(grid)


def _print_rows(
    columns: list[str], rows: list[tuple], output: str, title: str | None = None
) -> None:
    """Print query results as a table, CSV or JSON lines."""
    if output == "csv":
        buffer = io.StringIO()
        writer = csv.writer(buffer)
        writer.writerow(columns)
        writer.writerows(rows)
        sys.stdout.write(buffer.getvalue())
    elif output == "json":
        for row in rows:
            sys.stdout.write(
                json.dumps(dict(zip(columns, row, strict=True)), default=str, ensure_ascii=False)
                + "\n"
            )
    else:
        grid = RichTable(title=title)
        for column in columns:
            grid.add_column(column, overflow="fold")
        for row in rows:
            grid.add_row(*("" if value is None else str(value) for value in row))
        out.print(grid)
        out.print(f"{len(rows)} row{'s' if len(rows) != 1 else ''}")


# -- status ----------------------------------------------------------------------------------
@app.command()
def status(
    runs: Annotated[int, typer.Option(min=1, help="Runs to show per source.")] = 3,
    data_dir: DataDirOption = None,
) -> None:
    """Last runs per source, rows per table, open rejects and freshness (newest release)."""
    from warehouse.query import QueryError
    from warehouse.status import status_report

    directory = _data_location(data_dir)
    try:
        report = status_report(directory, runs_per_source=runs)
    except QueryError as error:
        fail(str(error))
    counts = RichTable(title=f"rows per table — {directory}")
    counts.add_column("table")
    counts.add_column("rows", justify="right")
    for name, count in report.rows_per_table.items():
        counts.add_row(name, str(count))
    out.print(counts)
    _print_rows(*report.freshness, "table", title="freshness per source")
    _print_rows(*report.last_runs, "table", title="last runs")
    _print_rows(*report.open_rejects, "table", title="open rejects (newest first)")


# -- report ----------------------------------------------------------------------------------
@app.command()
def report(
    out_file: Annotated[
        Path | None,
        typer.Option("--out", "-o", help="The HTML file to write. Default: <data dir>/report.html"),
    ] = None,
    source: Annotated[
        str | None, typer.Option("--source", "-s", help="Only this source's releases.")
    ] = None,
    since: Annotated[
        str | None, typer.Option(help="Only releases published on or after this day (YYYY-MM-DD).")
    ] = None,
    data_dir: DataDirOption = None,
) -> None:
    """Write one self-contained HTML page picturing the warehouse, to open offline.

    Releases per month and organisation with freshness and open rejects, a world map of event
    places and datelines, who speaks (with a quote search), agreements, and data quality; the
    numbers and the SQL behind each picture are one click away. Reads the warehouse only.
    """
    from warehouse.query import QueryError, run_query
    from warehouse.report import SIZE_LIMIT, write_report

    directory = warehouse_dir(data_dir)
    day = parse_day(since, "--since")
    try:
        if source:
            _, rows = run_query(
                directory, "select source from releases union select source from rejects"
            )
            if source not in {row[0] for row in rows}:
                known = ", ".join(sorted(row[0] for row in rows)) or "none"
                fail(f"no releases or rejects from source {source!r} (in the warehouse: {known})")
        written = write_report(directory, out_file or directory / "report.html", source, day)
    except QueryError as error:
        fail(str(error))
    size = f"{written.size / 1_000_000:.2f} MB"
    out.print(f"report written to {written.path} ({size})", highlight=False, soft_wrap=True)
    if written.size > SIZE_LIMIT:
        err.print(f"warning: the page is over {SIZE_LIMIT // 1_000_000} MB", highlight=False)


# -- backfill --------------------------------------------------------------------------------
@app.command()
def backfill(
    source: Annotated[str, typer.Option("--source", "-s", help="A source named in the config.")],
    since: Annotated[str, typer.Option(help="First day of the range (YYYY-MM-DD).")],
    until: Annotated[
        str | None, typer.Option(help="Last day of the range (YYYY-MM-DD). Default: today.")
    ] = None,
    window: Annotated[str, typer.Option(help="Window size: 30d, 7d, 2w, …")] = "30d",
    dry_run: Annotated[
        bool,
        typer.Option("--dry-run", help="List the windows and what they would fetch; run nothing."),
    ] = False,
    batch_size: Annotated[int, typer.Option(min=1, help="Releases per task.")] = 50,
    data_dir: DataDirOption = None,
    config: ConfigOption = None,
    verbose: VerboseOption = False,
    workers: WorkersOption = 1,
) -> None:
    """Ingest a past date range window by window; resumable after a crash or Ctrl-C.

    Each window is its own ingest flow run. Windows that completed before are skipped, so
    running the same command again continues where it stopped. Ctrl-C stops after the
    current batch and leaves nothing half-written.
    """
    from flows.windows import completed_windows
    from sources.windows import split_windows, window_days

    settings = _settings(config, data_dir)
    _source(settings, source)
    first, last = parse_day(since, "--since"), parse_day(until, "--until") or date.today()
    try:
        windows = split_windows(first, last, window_days(window))
    except ValueError as error:
        fail(str(error))
    done = completed_windows(settings.data_dir, source) & set(windows)
    if dry_run:
        _print_plan(settings, source, windows, done)
        return
    plan = (first, last, window, batch_size, len(windows), len(done))
    _run_backfill(settings, source, *plan, verbose=verbose, workers=workers)


def _print_plan(settings, source: str, windows, done) -> None:
    """The windows a backfill would run, and where each would read from."""
    origin = _source(settings, source)
    where = origin.url or origin.path
    grid = RichTable(title=f"backfill plan for {source} ({origin.kind}: {where})")
    grid.add_column("window")
    grid.add_column("state")
    for current in windows:
        grid.add_row(str(current), "done (skipped)" if current in done else "to run")
    out.print(grid)
    out.print(f"{len(windows) - len(done)} of {len(windows)} windows to run")


def _run_backfill(
    settings, source, first, last, window, batch_size, total, done, verbose=False, workers=1
) -> None:
    """Run the backfill flow under a rich progress bar."""
    from rich.progress import (
        BarColumn,
        MofNCompleteColumn,
        Progress,
        TextColumn,
        TimeRemainingColumn,
    )

    quiet_prefect_defaults()
    from flows.api import temporary_api
    from flows.progress import add_listener, logs_through, remove_listener

    figures = {"releases": 0, "rejects": 0}
    progress = Progress(
        TextColumn("[bold]{task.description}"),
        BarColumn(),
        MofNCompleteColumn(),
        TextColumn("releases {task.fields[releases]} · rejects {task.fields[rejects]}"),
        TimeRemainingColumn(),
        console=err,
    )
    bar = progress.add_task(f"backfill {source}", total=total, completed=done, **figures)

    def on_event(event: str, data: dict) -> None:
        if event == "window-start":
            progress.update(bar, description=f"{source} {data['window']}")
        elif event == "window-end":
            figures["releases"] += data.get("releases_written", 0)
            figures["rejects"] += data.get("rejects", 0)
            progress.update(bar, advance=1 if data.get("status") == "completed" else 0, **figures)

    add_listener(on_event)
    try:
        with (
            graceful_interrupts(),
            temporary_api(settings.data_dir),
            logs_through(err, verbose),
            progress,
        ):
            from flows.backfill import backfill as backfill_flow

            result = backfill_flow(
                source=source,
                since=first,
                until=last,
                window=window,
                config=str(settings.config_path),
                data_dir=str(settings.data_dir),
                batch_size=batch_size,
                workers=workers,
            )
    finally:
        remove_listener(on_event)
    out.print(
        f"backfill {result['status']}: {result['windows_run']} windows run, "
        f"{result['releases_written']} releases written, {result['rejects']} rejects"
    )
    if result["status"] != "completed":
        out.print("run the same command again to resume")
        raise typer.Exit(1)


# -- maintenance: compact, history, restore, upgrade ----------------------------------------
@app.command()
def compact(
    vacuum: Annotated[
        bool, typer.Option(help="Then delete files no version within the retention needs.")
    ] = True,
    retain_hours: Annotated[
        int, typer.Option(min=1, help="Keep removed files this long for readers and restore.")
    ] = 168,
    data_dir: DataDirOption = None,
) -> None:
    """Fold small files into large ones (one commit per table), then vacuum old files.

    Readers keep working throughout: they read the previous version until the compaction
    commits, and vacuum never deletes files newer than the retention or read by the views
    of pressroom.duckdb. A backfill compacts at its end by itself.
    """
    from warehouse.maintenance import MaintenanceError
    from warehouse.maintenance import compact as compact_tables
    from warehouse.maintenance import vacuum as vac
    from warehouse.query import refresh_views

    directory = _data_location(data_dir)
    for change in compact_tables(directory):
        out.print(f"{change.table}: {change.files_removed} files folded into {change.files_added}")
    refresh_views(directory)
    if vacuum:
        try:
            removed = vac(directory, retain_hours)
        except MaintenanceError as error:
            fail(str(error))
        total = sum(change.files_removed for change in removed)
        out.print(f"vacuum: {total} files older than {retain_hours} h deleted")


@app.command()
def history(data_dir: DataDirOption = None) -> None:
    """Each run's commits: which table versions it wrote (undo one with `restore --run`)."""
    from warehouse.maintenance import history as run_history

    grid = RichTable(title="commits per run (oldest first)")
    for column in ("run", "commits", "operations", "last commit (UTC)", "versions (before→after)"):
        grid.add_column(column, overflow="fold")
    for run in run_history(_data_location(data_dir)):
        versions = "\n".join(f"{t} {a}→{b}" for t, (a, b) in run.versions.items())
        grid.add_row(
            run.run_id,
            f"{run.first_sequence}–{run.last_sequence}",
            " ".join(run.operations),
            run.committed_at[:19],
            versions,
        )
    out.print(grid)


@app.command()
def restore(
    run: Annotated[str, typer.Option("--run", help="The run to undo (see `pressroom history`).")],
    data_dir: DataDirOption = None,
) -> None:
    """Undo one run: every table back to its version before the run (Delta restore).

    The undo is itself a commit, so it shows in the history and readers switch at once.
    """
    from warehouse.maintenance import MaintenanceError, restore_run
    from warehouse.query import refresh_views

    directory = _data_location(data_dir)
    try:
        restored = restore_run(directory, run)
    except MaintenanceError as error:
        fail(str(error))
    refresh_views(directory)
    tables = ", ".join(f"{name} to version {version}" for name, version in restored.items())
    out.print(f"run {run} undone: {tables or 'nothing to change'}")


@app.command()
def upgrade(data_dir: DataDirOption = None) -> None:
    """Convert a data dir of the old Parquet layout into Delta tables, once.

    Reads every old partition file, writes its rows into the Delta tables in one commit,
    and keeps the old files in tables-parquet-backup/ (delete it when satisfied).
    """
    from warehouse.upgrade import UpgradeError, upgrade_parquet_layout

    directory = _data_location(data_dir)
    try:
        counts = upgrade_parquet_layout(directory)
    except UpgradeError as error:
        fail(str(error))
    for name, rows in counts.items():
        out.print(f"{name}: {rows} rows moved into the Delta table")
    out.print("old files kept in tables-parquet-backup/")


def _refuse_old_layout(data_dir: Path) -> None:
    """One line, before any work, when the data dir needs `pressroom upgrade` first."""
    from warehouse.upgrade import UpgradeError, refuse_old_layout

    try:
        refuse_old_layout(data_dir)
    except UpgradeError as error:
        fail(str(error))


def _data_location(data_dir: Path | None) -> str:
    """The data dir as given: an s3:// URL is kept, a folder made absolute."""
    raw = os.environ.get("PRESSROOM_DATA_DIR") if data_dir is None else str(data_dir)
    if raw and raw.startswith("s3:/"):
        return "s3://" + raw.removeprefix("s3://").removeprefix("s3:/")
    return str(warehouse_dir(data_dir))


# -- serve -----------------------------------------------------------------------------------
@app.command()
def serve(
    port: Annotated[
        int, typer.Option(help="Port of the local Prefect server (0: any free port).")
    ] = 0,
    data_dir: DataDirOption = None,
    config: ConfigOption = None,
) -> None:
    """Serve every source's ingest on its cron schedule (and a backfill deployment).

    With PREFECT_API_URL set, deployments go to that Prefect server. Without it, a local
    Prefect server (SQLite under the data dir) is started for as long as this runs.
    Stop with Ctrl-C.
    """
    from contextlib import nullcontext

    from flows.api import drain_prefect_workers
    from flows.serve import deployments, local_prefect_server

    settings = _settings(config, data_dir)
    quiet_prefect_defaults()
    own_server = not os.environ.get("PREFECT_API_URL")
    server = (
        local_prefect_server(settings.data_dir, port or None)
        if own_server
        else nullcontext(os.environ["PREFECT_API_URL"])
    )
    with server as api_url:
        os.environ["PREFECT_API_URL"] = api_url
        if own_server:
            err.print(
                f"local Prefect server ready; UI at {api_url.removesuffix('/api')}", highlight=False
            )
        from prefect import serve as prefect_serve

        found = deployments(settings.config_path, settings.data_dir)
        err.print(
            f"serving {len(found)} deployments: {', '.join(d.name for d in found)}", highlight=False
        )
        try:
            prefect_serve(*found)
        except KeyboardInterrupt:
            err.print("stopped")
        finally:
            drain_prefect_workers()


def main() -> None:
    """Entry point with one-line errors for the user's mistakes."""
    settle_allocators()
    try:
        app()
    except ConfigError as error:
        err.print(f"[bold red]error:[/] {error}")
        sys.exit(2)


if __name__ == "__main__":
    main()
