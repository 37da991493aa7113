"""Task runners: threads on one machine by default, Dask when one machine is not enough."""

from __future__ import annotations

import tomllib
from pathlib import Path

TASK_RUNNERS = ("threads", "dask")
LOCAL_CLUSTER = {
    "n_workers": 2,
    "threads_per_worker": 1,
    "processes": True,
    "dashboard_address": None,
}


def dask_address(config_path: Path) -> str | None:
    """The Dask scheduler named in the config's [scale] table, if any."""
    raw = tomllib.loads(config_path.read_text(encoding="utf-8"))
    return raw.get("scale", {}).get("dask_address") or None


def make_task_runner(kind: str, config_path: Path):
    """A Prefect task runner by name; Dask connects to the configured cluster or starts one."""
    if kind not in TASK_RUNNERS:
        raise ValueError(f"--task-runner is one of {', '.join(TASK_RUNNERS)}, not {kind!r}")
    if kind == "threads":
        from prefect.task_runners import ThreadPoolTaskRunner

        return ThreadPoolTaskRunner(max_workers=2)
    from prefect_dask import DaskTaskRunner

    address = dask_address(config_path)
    return (
        DaskTaskRunner(address=address) if address else DaskTaskRunner(cluster_kwargs=LOCAL_CLUSTER)
    )
