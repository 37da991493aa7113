"""A run's process starts with few malloc arenas and Arrow on the system heap, unless the
user chose otherwise in the environment."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest

from flows.allocators import ARENA_ENV, ARROW_POOL_ENV, RUN_ARENAS

PROBE = (
    "from flows.allocators import settle_allocators; settle_allocators(); "
    "import os, pyarrow; "
    f"print(pyarrow.default_memory_pool().backend_name, os.environ.get('{ARENA_ENV}'))"
)
LATE_PROBE = "import pyarrow; " + PROBE


def probe(code: str, **env: str) -> list[str]:
    """What a fresh interpreter reports after settling its allocators."""
    clean = {k: v for k, v in os.environ.items() if k not in (ARENA_ENV, ARROW_POOL_ENV)}
    done = subprocess.run(
        [sys.executable, "-c", code], env={**clean, **env}, capture_output=True, text=True
    )
    assert done.returncode == 0, done.stderr
    return done.stdout.split()


@pytest.mark.parametrize("code", [PROBE, LATE_PROBE], ids=["before-pyarrow", "after-pyarrow"])
def test_a_run_uses_the_system_heap_for_arrow_and_caps_arenas(code):
    backend, arenas = probe(code)
    assert backend == "system"
    if sys.platform.startswith("linux"):
        assert arenas == str(RUN_ARENAS)


def test_the_users_own_allocator_settings_win():
    backend, arenas = probe(PROBE, **{ARROW_POOL_ENV: "mimalloc", ARENA_ENV: "4"})
    assert (backend, arenas) == ("mimalloc", "4")
