"""After a run: write the warehouse's report page and link it from a Prefect artifact."""

from __future__ import annotations

from pathlib import Path

from prefect import get_run_logger, task
from prefect.artifacts import create_markdown_artifact
from prefect.cache_policies import NO_CACHE

REPORT_FILE = "report.html"


def _held_open(data_dir: Path) -> bool:
    """True when another process holds the DuckDB file for writing (a shell, say): the report
    would wait for it in vain, so the run goes on without one."""
    import duckdb

    from warehouse.query import connect_read_only

    try:
        connect_read_only(data_dir, retries=2).close()
    except duckdb.IOException:
        return True
    except Exception:  # no warehouse yet, …: write_report says what is wrong
        return False
    return False


@task(name="write-report", cache_policy=NO_CACHE)
def publish_report(data_dir: str, key: str) -> str | None:
    """Write <data dir>/report.html and link it; a failure is logged and never fails the run."""
    logger = get_run_logger()
    if _held_open(Path(data_dir)):
        logger.warning(
            "report not written: the warehouse is held open for writing by another process"
        )
        return None
    try:
        from warehouse.report import write_report

        written = write_report(Path(data_dir), Path(data_dir) / REPORT_FILE)
    except Exception as error:  # the run's data is landed; a missing picture is no failure
        logger.warning("report not written: %s: %s", type(error).__name__, error)
        return None
    key = "".join(ch if ch.isalnum() else "-" for ch in key.lower())  # Prefect's key alphabet
    create_markdown_artifact(
        f"# warehouse report\n\n[{written.path.name}]({written.path.as_uri()}) "
        f"({written.size / 1_000_000:.2f} MB), one offline page: `{written.path}`",
        key=f"report-{key}",
        description="the warehouse pictured after this run",
    )
    logger.info("report written to %s (%d bytes)", written.path, written.size)
    return str(written.path)
