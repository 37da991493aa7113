"""The ingest flow: read or fetch a source's releases, extract them in batches, land them.

Thin on purpose: the work is in flows/pipeline.py (plain functions) and warehouse/store.py;
tasks wrap the I/O and carry the retries.
"""

from __future__ import annotations

import json
import os
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from prefect import flow, get_run_logger, task
from prefect.artifacts import create_markdown_artifact, create_table_artifact
from prefect.cache_policies import NO_CACHE
from prefect.runtime import flow_run
from prefect.utilities.annotations import quote

from flows.pipeline import (
    BatchResult,
    batched,
    extract_in_workers,
    extraction_workers,
    split_unchanged,
)
from flows.progress import report
from flows.reporting import publish_report
from flows.stop import stop_requested
from sources.config import ConfigError, SourceConfig, config_root, get_source, load_settings
from sources.files import iter_documents
from transforms.records import Reject, SourceDocument
from warehouse.location import Location, is_url
from warehouse.query import refresh_views
from warehouse.rows import reject_row
from warehouse.schemas import RECORD_TABLES
from warehouse.store import Store, WriteCounts, utc_now

DEFAULT_BATCH_SIZE = 50
DEFAULT_COMMIT_SIZE = 500  # releases per commit: one file per table and commit
MAX_BATCHES_IN_FLIGHT = 4


@dataclass(slots=True)
class RunTotals:
    """What a run has done so far."""

    documents: int = 0
    rejects: int = 0
    written: WriteCounts = field(default_factory=WriteCounts)
    rejected_urls: set[str] = field(default_factory=set)
    open_reject_urls: set[str] = field(default_factory=set)  # to close when they come back

    def as_row(self) -> dict:
        """The counting columns of the runs table."""
        row = {
            "documents_seen": self.documents,
            "releases_unchanged": self.written.unchanged,
            "releases_written": self.written.rows.get("releases", 0),
            "rejects": self.rejects,
        }
        for table in RECORD_TABLES:
            row[f"{table.name}_written"] = self.written.rows.get(table.name, 0)
        return row


@task(name="extract-batch", cache_policy=NO_CACHE)
def extract_task(
    docs: list[SourceDocument], run_id: str, since: date | None, until: date | None
) -> BatchResult:
    """Run the transforms over one batch (pure work: runs wherever the task runner says)."""
    return extract_in_workers(docs, run_id, utc_now(), since, until)


_STORES: dict[str, Store] = {}


def store_for(data_dir: str) -> Store:
    """One Store per data dir and process, so its release index is read once per run."""
    if data_dir not in _STORES:
        _STORES[data_dir] = Store(data_dir)
    return _STORES[data_dir]


@task(name="write-batch", retries=3, retry_delay_seconds=[1, 5, 15], cache_policy=NO_CACHE)
def write_task(
    data_dir: str, source: str, result: BatchResult, run_id: str, force: bool
) -> WriteCounts:
    """Land one batch, releases with their records and the batch's rejects, in one commit."""
    now = utc_now()
    new_rejects = [reject_row(reject, run_id, now) for reject in result.rejects]
    resolved = {rows.url for rows in result.rows if rows.url}
    resolved |= {url for url in result.unchanged_urls if url}
    return store_for(data_dir).write_batch(
        source, result.rows, new_rejects, resolved, force=force, run_id=run_id
    )


@task(name="close-rejects", retries=2, retry_delay_seconds=[1, 5], cache_policy=NO_CACHE)
def close_stale_rejects_task(data_dir: str, source: str, prefix: str, failed: set[str]) -> None:
    """After a whole folder was read, rejects under it that did not fail again are closed."""
    store_for(data_dir).update_rejects(
        source, [], set(), resolved_prefix=prefix, still_failing=failed
    )


@task(name="record-run", retries=2, retry_delay_seconds=[1, 5], cache_policy=NO_CACHE)
def record_run_task(data_dir: str, row: dict) -> None:
    """Write the runs row (at the start, then again at the end)."""
    store_for(data_dir).write_run(row)


def refresh_views_quietly(data_dir: str, logger) -> None:
    """Bring pressroom.duckdb up to the latest commit; never fail the run over it."""
    try:
        if not refresh_views(data_dir):
            logger.info("pressroom.duckdb is held open by a reader; its views catch up next run")
    except Exception as error:  # the data is committed; the views are a convenience
        logger.warning("could not refresh the views of pressroom.duckdb: %s", error)


def warehouse_location(data_dir: str | None, configured: Path) -> str:
    """The warehouse as given: an s3:// URL (flag or PRESSROOM_DATA_DIR) kept as a URL."""
    raw = data_dir or os.environ.get("PRESSROOM_DATA_DIR")
    return Location.of(raw).uri if raw and is_url(raw) else str(configured)


def run_name() -> str:
    """Flow runs are named from their parameters: source and window."""
    params = flow_run.parameters
    parts = ["ingest", params.get("source") or "local"]
    if params.get("since") or params.get("until"):
        parts.append(f"{params.get('since') or '…'}..{params.get('until') or '…'}")
    return "-".join(str(part) for part in parts)


def source_documents(
    source: SourceConfig,
    root: Path,
    data_dir: Path,
    since: date | None,
    until: date | None,
    from_archive: bool = False,
) -> Iterator[SourceDocument | Reject]:
    """Where a configured source's releases come from: its kind, or the raw archive."""
    if from_archive and source.kind != "files":
        from sources.archive import Archive
        from sources.pages import archived_documents

        yield from archived_documents(Archive(data_dir), source)
        return
    if source.kind == "files":
        yield from iter_documents(source.resolved_path(root), source.name, source.organisation)
        return
    from sources.archive import Archive
    from sources.fetch import Fetcher, FetchError
    from sources.web import fetch_document, iter_web_documents

    fetcher = Fetcher(source, Archive(data_dir), logger=get_run_logger())
    seen: set[str] = set()
    try:
        for item in iter_web_documents(source, fetcher, since, until):
            seen.add(item.url)
            yield item
        for reject in store_for(str(data_dir)).open_rejects(source.name):  # failed before
            if reject["stage"] == "discover" or reject["url"] in seen:
                continue
            try:
                yield fetch_document(reject["url"], source, fetcher)
            except FetchError as error:
                yield Reject(source.name, reject["url"], error.stage, error.reason)
    finally:
        fetcher.close()


@dataclass(frozen=True, slots=True)
class Run:
    """What every batch of one run needs to know."""

    run_id: str
    data_dir: str
    source: str
    since: date | None
    until: date | None
    force: bool
    commit_size: int = DEFAULT_COMMIT_SIZE


def resolve_source(settings, source: str | None, from_path: str | None):
    """The source to run and the folder its relative paths start from."""
    if from_path:
        path = Path(from_path).resolve()
        return SourceConfig(name=source or "local", kind="files", path=str(path)), path.parent
    if source:
        return get_source(settings, source), config_root(settings)
    raise ConfigError("give a source name (--source) or a path (--from)")


def land_documents(documents, run: Run, batch_size: int, totals: RunTotals, logger) -> str:
    """Stream documents in batches through extraction and writing; 'interrupted' on Ctrl-C.

    Extracted batches are committed in groups of about run.commit_size releases: each commit
    adds a file to every table, and fewer, larger files keep a long run's commits as cheap
    at the end as at the start.
    """
    in_flight, group = [], BatchResult()
    store = store_for(run.data_dir)
    index = {} if run.force else store.release_index(run.source)
    totals.open_reject_urls = {row["url"] for row in store.open_rejects(run.source)}
    for batch in batched(documents, batch_size):
        docs = [item for item in batch if isinstance(item, SourceDocument)]
        early_rejects = [item for item in batch if isinstance(item, Reject)]
        totals.documents += len(docs)
        docs, unchanged_urls = split_unchanged(docs, index)  # known: never extracted again
        future = extract_task.submit(docs, run.run_id, run.since, run.until) if docs else None
        in_flight.append((future, early_rejects, unchanged_urls, docs))
        if len(in_flight) >= MAX_BATCHES_IN_FLIGHT:
            _land(in_flight.pop(0), run, totals, group, logger)
        if stop_requested():
            break
    while in_flight:
        _land(in_flight.pop(0), run, totals, group, logger)
    _commit(group, run, totals, logger)
    report_progress(totals)
    return "interrupted" if stop_requested() else "completed"


def publish_summary(source: str, totals: RunTotals, status: str, logger) -> None:
    """The run's figures as Prefect artifacts and one log line."""
    rows = sorted(totals.written.rows.items())
    lines = [f"# ingest {source}: {status}", "", "| table | rows written |", "|---|---|"]
    lines += [f"| {table} | {count} |" for table, count in rows]
    lines += [
        "",
        f"documents seen: {totals.documents}; unchanged: {totals.written.unchanged}; "
        f"rejects: {totals.rejects}",
    ]
    create_markdown_artifact("\n".join(lines), key=f"ingest-{_key(source)}")
    create_table_artifact(
        [{"table": table, "rows_written": count} for table, count in rows],
        key=f"ingest-rows-{_key(source)}",
        description=f"rows written by ingest of {source}",
    )
    logger.info(
        "ingest %s %s: %d documents, %d releases written, %d unchanged, %d rejects",
        source,
        status,
        totals.documents,
        totals.written.rows.get("releases", 0),
        totals.written.unchanged,
        totals.rejects,
    )


@flow(name="ingest", flow_run_name=run_name, log_prints=False)
def ingest(
    source: str | None = None,
    from_path: str | None = None,
    since: date | None = None,
    until: date | None = None,
    config: str | None = None,
    data_dir: str | None = None,
    batch_size: int = DEFAULT_BATCH_SIZE,
    force: bool = False,
    from_archive: bool = False,
    workers: int = 1,
    commit_size: int = DEFAULT_COMMIT_SIZE,
) -> dict:
    """Load or fetch one source's releases into the warehouse, batch by batch.

    from_archive rebuilds from the raw archive instead of the network (with force, after a
    parser change). workers > 1 extracts in that many processes. Extracted batches are
    committed about commit_size releases at a time.
    """
    logger = get_run_logger()
    settings = load_settings(config, data_dir)
    source_cfg, root = resolve_source(settings, source, from_path)
    run = Run(
        run_id=str(flow_run.id or f"local-{utc_now():%Y%m%dT%H%M%S%f}"),
        data_dir=warehouse_location(data_dir, settings.data_dir),
        source=source_cfg.name,
        since=since,
        until=until,
        force=force,
        commit_size=commit_size,
    )
    parameters = {
        "source": run.source, "from_path": from_path, "since": since and str(since),
        "until": until and str(until), "batch_size": batch_size, "force": force,
        "from_archive": from_archive, "commit_size": commit_size,
    }  # fmt: skip
    run_row = {
        "run_id": run.run_id,
        "flow": "reprocess" if from_archive else "ingest",
        "source": run.source,
        "parameters": json.dumps(parameters),
        "started_at": utc_now(),
        "status": "running",
    }
    record_run_task(run.data_dir, run_row)
    totals = RunTotals()
    status, error_text = "failed", None
    try:
        local_side = Location.of(run.data_dir).cache_dir()  # the raw archive stays local
        documents = source_documents(source_cfg, root, local_side, since, until, from_archive)
        with extraction_workers(workers):
            status = land_documents(documents, run, batch_size, totals, logger)
        if status == "completed" and source_cfg.kind == "files" and not (since or until):
            folder = str(source_cfg.resolved_path(root))
            close_stale_rejects_task(run.data_dir, run.source, folder, totals.rejected_urls)
    except BaseException as error:
        error_text = f"{type(error).__name__}: {error}"
        raise
    finally:
        run_row.update(totals.as_row(), ended_at=utc_now(), status=status, error=error_text)
        record_run_task(run.data_dir, run_row)
        refresh_views_quietly(run.data_dir, logger)
        publish_summary(run.source, totals, status, logger)
    if not flow_run.parent_flow_run_id:  # a backfill writes the report once, at its end
        publish_report(run.data_dir, _key(run.source))
    return {**run_row, "data_dir": run.data_dir}


def _key(name: str) -> str:
    """Prefect artifact keys allow lowercase letters, digits and dashes only."""
    return "".join(ch if ch.isalnum() else "-" for ch in name.lower())


def nothing_to_write(result: BatchResult, open_reject_urls: set[str]) -> bool:
    """A batch of unchanged releases only, none of them an open reject to close."""
    return (
        not result.rows
        and not result.rejects
        and open_reject_urls.isdisjoint(result.unchanged_urls)
    )


def _land(pending, run: Run, totals: RunTotals, group: BatchResult, logger) -> None:
    """Wait for one extracted batch and add it to the commit group; commit a full group."""
    future, early_rejects, unchanged_urls, docs = pending
    result: BatchResult = future.result() if future is not None else BatchResult()
    group.rows += result.rows
    group.rejects += early_rejects + result.rejects
    group.unchanged_urls += [url for url in unchanged_urls if url in totals.open_reject_urls]
    totals.written.unchanged += len(unchanged_urls)
    # The task runner may keep each task's parameters and result for the whole run: empty
    # them once taken, so memory does not grow with the number of batches.
    result.rows.clear()
    result.rejects.clear()
    docs.clear()
    if len(group.rows) + len(group.rejects) >= run.commit_size:
        _commit(group, run, totals, logger)
    report_progress(totals)


def report_progress(totals: RunTotals) -> None:
    """The live counts: documents read, releases and rejects committed."""
    report(
        "batch",
        documents=totals.documents,
        releases=totals.written.rows.get("releases", 0),
        rejects=totals.rejects,
    )


def _commit(group: BatchResult, run: Run, totals: RunTotals, logger) -> None:
    """Write a commit group (releases, records and rejects in one commit), then empty it."""
    if nothing_to_write(group, totals.open_reject_urls):
        return  # every release unchanged: no task, no lock, no commit
    # quote(): Prefect would walk every record of the group for futures (8% of an ingest); the
    # write runs here, where quote() is unwrapped (a Dask worker would receive it wrapped)
    counts = write_task(run.data_dir, run.source, quote(group), run.run_id, run.force)
    totals.open_reject_urls.difference_update(group.unchanged_urls)
    totals.open_reject_urls.difference_update(rows.url for rows in group.rows)
    totals.open_reject_urls.update(reject.url for reject in group.rejects)
    totals.written.add(counts)
    totals.rejects += len(group.rejects)
    totals.rejected_urls.update(reject.url for reject in group.rejects)
    for reject in group.rejects:
        logger.warning("rejected %s (%s): %s", reject.url, reject.stage, reject.reason)
    logger.info(
        "batch landed: %d releases written, %d rejects (total %d documents, %d unchanged)",
        counts.rows.get("releases", 0),
        len(group.rejects),
        totals.documents,
        totals.written.unchanged,
    )
    # emptied in place: the task runner may keep the task's parameters for the whole run
    group.rows.clear()
    group.rejects.clear()
    group.unchanged_urls.clear()
