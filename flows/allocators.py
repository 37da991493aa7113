"""Allocator settings for a long run, made once when the process starts."""

from __future__ import annotations

import contextlib
import ctypes
import os
import sys

ARROW_POOL_ENV = "ARROW_DEFAULT_MEMORY_POOL"
ARENA_ENV = "MALLOC_ARENA_MAX"
RUN_ARENAS = 2  # glibc's default is 8 per core: a heap per thread that touched malloc
M_ARENA_MAX = -8  # mallopt's parameter number for the arena cap (malloc.h)


def settle_allocators() -> None:
    """Few malloc arenas and Arrow's buffers on the same heap: with a heap per thread and
    jemalloc's retained pages, an ingest kept ~40 MB more than it used (docs/performance.md).

    A setting the user made in the environment wins; child processes inherit these.
    """
    os.environ.setdefault(ARROW_POOL_ENV, "system")
    if "pyarrow" in sys.modules:  # read at import: set the pool itself when too late for that
        import pyarrow

        pools = {"system": pyarrow.system_memory_pool, "jemalloc": pyarrow.jemalloc_memory_pool,
                 "mimalloc": pyarrow.mimalloc_memory_pool}  # fmt: skip
        if chosen := pools.get(os.environ[ARROW_POOL_ENV]):
            pyarrow.set_memory_pool(chosen())
    if ARENA_ENV in os.environ or not sys.platform.startswith("linux"):
        return
    os.environ[ARENA_ENV] = str(RUN_ARENAS)
    with contextlib.suppress(OSError, AttributeError):  # not glibc (musl): nothing to cap
        ctypes.CDLL("libc.so.6").mallopt(M_ARENA_MAX, RUN_ARENAS)
