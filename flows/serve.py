"""Scheduled runs: every source's cron as a Prefect deployment, served by this process.

Prefect's temporary local API never fires schedules, so without PREFECT_API_URL we start
a local Prefect server (SQLite under the data dir) for as long as we serve.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from flows.api import prefect_server


@contextmanager
def local_prefect_server(data_dir: Path, port: int | None = None) -> Iterator[str]:
    """A Prefect server with its scheduler and UI (SQLite under the data dir), ours to stop."""
    home = data_dir / "prefect-server"
    with prefect_server(home / "server.log", home=home, port=port, services=True) as api_url:
        yield api_url


def deployments(config_path: Path, data_dir: Path):
    """One scheduled ingest deployment per source with a schedule, and one backfill deployment."""
    from flows.backfill import backfill
    from flows.ingest import ingest
    from sources.config import load_sources

    shared = {"config": str(config_path), "data_dir": str(data_dir)}
    found = []
    for name, source in load_sources(config_path).items():
        found.append(
            ingest.to_deployment(
                name=f"ingest-{name}",
                cron=source.schedule,
                parameters={"source": name, **shared},
                tags=["pressroom", name],
                description=f"Ingest {name} ({source.kind}) on its schedule",
            )
        )
    found.append(
        backfill.to_deployment(
            name="backfill",
            parameters=shared,
            tags=["pressroom"],
            description="Backfill one source over a date range, window by window",
        )
    )
    return found
