"""Scheduled runs: every source's cron as a Prefect deployment, served by this process.

Prefect's temporary local API never fires schedules, so without PREFECT_API_URL we start
a local Prefect server (SQLite under the data dir) for as long as we serve.
"""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
import urllib.request
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

SERVER_START_TIMEOUT = 90.0


def free_port() -> int:
    """A free TCP port on the loopback interface."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def wait_healthy(api_url: str, process: subprocess.Popen, timeout: float) -> None:
    """Poll /health until the server answers, or fail with what went wrong."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise RuntimeError(f"the local Prefect server exited with code {process.returncode}")
        try:
            with urllib.request.urlopen(f"{api_url}/health", timeout=2) as reply:
                if reply.status == 200:
                    return
        except OSError:
            time.sleep(0.5)
    raise RuntimeError(f"the local Prefect server did not answer within {timeout:.0f} s")


@contextmanager
def local_prefect_server(data_dir: Path, port: int | None = None) -> Iterator[str]:
    """A `prefect server start` child process on 127.0.0.1, stopped on exit; yields its API URL."""
    home = data_dir / "prefect-server"
    home.mkdir(parents=True, exist_ok=True)
    port = port or free_port()
    env = {
        **os.environ,
        "PREFECT_HOME": str(home),
        "PREFECT_SERVER_ANALYTICS_ENABLED": "false",
        "DO_NOT_TRACK": "1",
    }
    env.pop("PREFECT_API_URL", None)
    log = open(home / "server.log", "ab")  # noqa: SIM115 (closed when the server stops)
    command = [
        sys.executable,
        "-m",
        "prefect",
        "server",
        "start",
        "--host",
        "127.0.0.1",
        "--port",
        str(port),
    ]
    process = subprocess.Popen(command, env=env, stdout=log, stderr=subprocess.STDOUT)
    api_url = f"http://127.0.0.1:{port}/api"
    try:
        wait_healthy(api_url, process, SERVER_START_TIMEOUT)
        yield api_url
    finally:
        process.terminate()
        try:
            process.wait(timeout=20)
        except subprocess.TimeoutExpired:
            process.kill()
        log.close()


def deployments(config_path: Path, data_dir: Path):
    """One scheduled ingest deployment per source with a schedule, and one backfill deployment."""
    from flows.backfill import backfill
    from flows.config import load_sources
    from flows.ingest import ingest

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
