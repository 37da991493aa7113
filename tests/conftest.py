"""Shared fixtures: a Prefect test API for flow tests, paths to the shared corpus.

`make test` runs the suite in two processes (pytest-xdist); each has its own Prefect API,
handed to the `pressroom` commands a test starts, and the slow tests go first."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared"
SAMPLES = REPO / "samples"

os.environ.setdefault("DO_NOT_TRACK", "1")
os.environ.setdefault("PREFECT_SERVER_ANALYTICS_ENABLED", "false")
os.environ.setdefault("PREFECT_LOGGING_TO_API_ENABLED", "false")
# Runs skip the report page (about 2 s each); tests/test_report.py turns it on for its run.
os.environ.setdefault("PRESSROOM_REPORT_AFTER_RUN", "0")


def shared_path(*parts: str) -> Path:
    """A path in ../shared, or a clean skip when that folder is absent."""
    path = SHARED.joinpath(*parts)
    if not path.exists():
        pytest.skip(f"{path} is not here (../shared holds the real corpus)")
    return path


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """Slow tests (real processes and servers) first, so two workers end at about the same time."""
    items.sort(key=lambda item: item.get_closest_marker("slow") is None)


@pytest.fixture(scope="session")
def prefect_api(tmp_path_factory) -> Iterator[str]:
    """One temporary Prefect API per test process, without the 1 s heartbeat wait; its URL.

    Tests hand the URL to the `pressroom` commands they start (PREFECT_API_URL), which then
    skip starting a Prefect server of their own (about 13 s of CPU each)."""
    os.environ["PREFECT_HOME"] = str(tmp_path_factory.mktemp("prefect-home"))
    from prefect.settings import (
        PREFECT_FLOWS_HEARTBEAT_FREQUENCY,
        get_current_settings,
        temporary_settings,
    )
    from prefect.testing.utilities import prefect_test_harness

    with (
        prefect_test_harness(server_startup_timeout=180),  # the machine is shared and slow
        temporary_settings(updates={PREFECT_FLOWS_HEARTBEAT_FREQUENCY: None}),
    ):
        yield get_current_settings().api.url


@pytest.fixture
def data_dir(tmp_path) -> Path:
    """A fresh, empty warehouse folder."""
    return tmp_path / "data"
