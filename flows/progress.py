"""Progress of long runs: the CLI listens in-process; elsewhere nothing listens.

In the CLI, a run's log lines are printed through the same rich console as the progress bar
(so the bar redraws below them instead of being split by them): warnings and errors by
default, every INFO line with --verbose. Prefect's API handler is left alone, so the Prefect
UI and API keep every line whatever the console shows.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterator
from contextlib import contextmanager, suppress

from rich.console import Console

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


class ConsoleLines(logging.Handler):
    """Log lines printed by a rich console: a live progress bar on it redraws below them."""

    def __init__(self, console: Console, level: int) -> None:
        super().__init__(level)
        self.console = console

    def emit(self, record: logging.LogRecord) -> None:
        try:
            line = self.format(record)
            self.console.print(line, markup=False, highlight=False, soft_wrap=True)
        except Exception:  # a log line must never break the run
            self.handleError(record)


def console_level(verbose: bool) -> int:
    """What the terminal shows: warnings and errors, or every INFO line too."""
    return logging.INFO if verbose else logging.WARNING


@contextmanager
def logs_through(console: Console, verbose: bool = False) -> Iterator[ConsoleLines]:
    """For the length of a command, Prefect's console output goes through `console`."""
    from prefect.logging.configuration import ensure_logging_setup
    from prefect.logging.handlers import PrefectConsoleHandler

    ensure_logging_setup()  # so that Prefect's own console handlers exist to be replaced
    ours = ConsoleLines(console, console_level(verbose))
    replaced: list[tuple[logging.Logger, logging.Handler]] = []
    for logger in _all_loggers():
        for handler in list(logger.handlers):
            if isinstance(handler, PrefectConsoleHandler):
                ours.setFormatter(handler.formatter)  # the same line format as before
                logger.removeHandler(handler)
                replaced.append((logger, handler))
    loggers = {id(logger): logger for logger, _ in replaced} or {0: logging.getLogger()}
    for logger in loggers.values():
        logger.addHandler(ours)
    try:
        yield ours
    finally:
        for logger in loggers.values():
            logger.removeHandler(ours)
        for logger, handler in replaced:
            logger.addHandler(handler)


def _all_loggers() -> list[logging.Logger]:
    """The root logger and every named logger created so far."""
    named = logging.Logger.manager.loggerDict.values()
    return [logging.getLogger(), *(item for item in named if isinstance(item, logging.Logger))]
