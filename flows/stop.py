"""Ctrl-C asks a run to stop between batches instead of killing it mid-write."""

from __future__ import annotations

import signal
import threading
from collections.abc import Iterator
from contextlib import contextmanager

_STOP = threading.Event()


def stop_requested() -> bool:
    """True once the user has asked the run to stop."""
    return _STOP.is_set()


@contextmanager
def graceful_interrupts() -> Iterator[None]:
    """First Ctrl-C (or SIGTERM) stops after the current batch; a second one kills at once."""
    _STOP.clear()
    if threading.current_thread() is not threading.main_thread():
        yield
        return

    def on_signal(signum, frame):
        if _STOP.is_set():
            raise KeyboardInterrupt
        _STOP.set()

    previous = {sig: signal.signal(sig, on_signal) for sig in (signal.SIGINT, signal.SIGTERM)}
    try:
        yield
    finally:
        for sig, handler in previous.items():
            signal.signal(sig, handler)
