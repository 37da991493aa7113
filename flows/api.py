"""A Prefect API on 127.0.0.1 that this process owns: started, awaited, stopped.

Prefect's own temporary server is a child in our process group, so the Ctrl-C a terminal
sends to the group kills it and the run can no longer finish its batch. Ours runs in a
session of its own (Ctrl-C reaches only us) and dies with us (PR_SET_PDEATHSIG), even on
kill -9.
"""

from __future__ import annotations

import ctypes
import os
import signal
import socket
import subprocess
import sys
import time
import urllib.request
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from pathlib import Path

START_TIMEOUT = 120.0
PR_SET_PDEATHSIG = 1


def free_port() -> int:
    """A free TCP port on the loopback interface."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def _die_with_parent() -> None:
    """In the child before exec: SIGTERM when the parent dies (Linux); harmless elsewhere."""
    with suppress(OSError):
        ctypes.CDLL("libc.so.6", use_errno=True).prctl(PR_SET_PDEATHSIG, signal.SIGTERM)


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
            time.sleep(0.3)
    raise RuntimeError(f"the local Prefect server did not answer within {timeout:.0f} s")


@contextmanager
def prefect_server(
    log_file: Path, home: Path | None = None, port: int | None = None, services: bool = True
) -> Iterator[str]:
    """`prefect server start` on 127.0.0.1 in its own session; yields its API URL."""
    port = port or free_port()
    env = {**os.environ, "PREFECT_SERVER_ANALYTICS_ENABLED": "false", "DO_NOT_TRACK": "1"}
    env.pop("PREFECT_API_URL", None)
    if home is not None:
        home.mkdir(parents=True, exist_ok=True)
        env["PREFECT_HOME"] = str(home)
    command = [sys.executable, "-m", "prefect", "server", "start", "--host", "127.0.0.1"]
    command += ["--port", str(port)] + ([] if services else ["--no-services", "--no-ui"])
    log_file.parent.mkdir(parents=True, exist_ok=True)
    with open(log_file, "ab") as log:
        process = subprocess.Popen(
            command,
            env=env,
            stdout=log,
            stderr=subprocess.STDOUT,
            start_new_session=True,
            preexec_fn=_die_with_parent,
        )
    api_url = f"http://127.0.0.1:{port}/api"
    try:
        wait_healthy(api_url, process, START_TIMEOUT)
        yield api_url
    finally:
        process.terminate()
        try:
            process.wait(timeout=20)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()


def configured_api_url() -> str | None:
    """PREFECT_API_URL from the environment, or from settings already loaded in-process."""
    if os.environ.get("PREFECT_API_URL"):
        return os.environ["PREFECT_API_URL"]
    if "prefect.settings" in sys.modules:  # e.g. a test harness set it in-process
        from prefect.settings import get_current_settings

        return get_current_settings().api.url
    return None


@contextmanager
def temporary_api(data_dir: Path) -> Iterator[str | None]:
    """The configured Prefect API, or a temporary local one for the length of a command."""
    configured = configured_api_url()
    if configured:
        yield configured
        return
    log_file = data_dir / "logs" / "prefect-api.log"
    with prefect_server(log_file, services=False) as api_url:
        os.environ["PREFECT_API_URL"] = api_url
        try:
            yield api_url
        finally:
            drain_prefect_workers()
            os.environ.pop("PREFECT_API_URL", None)


def drain_prefect_workers(timeout: float = 10.0) -> None:
    """Send Prefect's queued logs and events before the API goes away (else it retries long)."""
    if "prefect" not in sys.modules:
        return
    from prefect.events.worker import EventsWorker
    from prefect.logging.handlers import APILogWorker

    for worker in (APILogWorker, EventsWorker):
        with suppress(Exception):  # best effort: the run itself is already recorded
            worker.drain_all(timeout=timeout)
