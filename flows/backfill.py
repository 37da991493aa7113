"""The backfill flow: a date range split into windows, each an ingest flow run, resumable."""

from __future__ import annotations

from datetime import date

from prefect import flow, get_run_logger
from prefect.artifacts import create_progress_artifact, update_progress_artifact
from prefect.runtime import flow_run

from flows.ingest import DEFAULT_BATCH_SIZE, ingest
from flows.progress import report
from flows.reporting import publish_report
from flows.stop import stop_requested
from flows.windows import completed_windows
from sources.config import get_source, load_settings
from sources.windows import Window, split_windows, window_days


def backfill_run_name() -> str:
    """Named from source and range."""
    params = flow_run.parameters
    return (
        f"backfill-{params.get('source')}-{params.get('since')}..{params.get('until') or 'today'}"
    )


def plan_windows(
    data_dir, source: str, since: date, until: date, window: str
) -> tuple[list[Window], set[Window]]:
    """All windows of the range, and those already completed by earlier runs."""
    windows = split_windows(since, until, window_days(window))
    return windows, completed_windows(data_dir, source) & set(windows)


@flow(name="backfill", flow_run_name=backfill_run_name, log_prints=False)
def backfill(
    source: str,
    since: date,
    until: date | None = None,
    window: str = "30d",
    config: str | None = None,
    data_dir: str | None = None,
    batch_size: int = DEFAULT_BATCH_SIZE,
) -> dict:
    """Ingest a source window by window, skipping windows that an earlier run completed."""
    logger = get_run_logger()
    settings = load_settings(config, data_dir)
    get_source(settings, source)
    until = until or date.today()
    windows, done = plan_windows(settings.data_dir, source, since, until, window)
    todo = [w for w in windows if w not in done]
    logger.info(
        "backfill %s: %d windows, %d done before, %d to run",
        source,
        len(windows),
        len(done),
        len(todo),
    )
    report("plan", windows=len(windows), done=len(done), todo=len(todo))
    artifact = create_progress_artifact(progress=100.0 * len(done) / max(len(windows), 1))
    totals = {"windows_run": 0, "releases_written": 0, "rejects": 0, "status": "completed"}
    for number, current in enumerate(todo, start=1):
        report("window-start", window=str(current), number=number)
        result = ingest(
            source=source,
            since=current.since,
            until=current.until,
            config=str(settings.config_path),
            data_dir=str(settings.data_dir),
            batch_size=batch_size,
        )
        totals["windows_run"] += 1
        totals["releases_written"] += result.get("releases_written", 0)
        totals["rejects"] += result.get("rejects", 0)
        report(
            "window-end",
            window=str(current),
            **{
                k: result.get(k, 0)
                for k in ("releases_written", "releases_unchanged", "rejects", "documents_seen")
            },
            status=result["status"],
        )
        update_progress_artifact(artifact, progress=100.0 * (len(done) + number) / len(windows))
        if result["status"] != "completed" or stop_requested():
            totals["status"] = "interrupted"
            logger.warning(
                "backfill %s stopped after window %s; run it again to resume", source, current
            )
            break
    if totals["windows_run"] and totals["status"] == "completed":
        compact_after_backfill(str(settings.data_dir), logger)
    publish_report(str(settings.data_dir), f"backfill-{source}")
    return totals


def compact_after_backfill(data_dir: str, logger) -> None:
    """Fold the many small files a backfill's batches wrote, then point the views at them."""
    from warehouse.maintenance import compact
    from warehouse.query import refresh_views

    changes = compact(data_dir, run_id=str(flow_run.id) if flow_run.id else None)
    refresh_views(data_dir)
    logger.info(
        "backfill compacted %d tables (%d files folded)",
        len(changes),
        sum(change.files_removed for change in changes),
    )
