"""Progress of long runs: the CLI listens in-process; elsewhere nothing listens."""

from __future__ import annotations

from collections.abc import Callable
from contextlib import suppress

Listener = Callable[[str, dict], None]
_listeners: list[Listener] = []


def add_listener(listener: Listener) -> None:
    """Receive (event, figures) from runs in this process."""
    _listeners.append(listener)


def remove_listener(listener: Listener) -> None:
    """Stop receiving."""
    if listener in _listeners:
        _listeners.remove(listener)


def report(event: str, **figures) -> None:
    """Tell every listener; a listener's error never breaks a run."""
    for listener in list(_listeners):
        with suppress(Exception):  # progress display is best effort
            listener(event, figures)
