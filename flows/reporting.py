"""After a run: write the warehouse's report page and link it from a Prefect artifact."""

from __future__ import annotations

import os
from pathlib import Path

from prefect import get_run_logger, task
from prefect.artifacts import create_markdown_artifact
from prefect.cache_policies import NO_CACHE

REPORT_FILE = "report.html"
# Set to 0 to skip the page after runs (the test suite does, but for the tests of the page).
AFTER_RUN_ENV = "PRESSROOM_REPORT_AFTER_RUN"


@task(name="write-report", cache_policy=NO_CACHE)
def publish_report(data_dir: str, key: str) -> str | None:
    """Write <data dir>/report.html and link it; a failure is logged and never fails the run."""
    logger = get_run_logger()
    if os.environ.get(AFTER_RUN_ENV, "1") == "0":
        logger.info("report not written: %s=0", AFTER_RUN_ENV)
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
