"""The one error of fetching: a stage (fetch, robots, safety) and a reason a person reads."""

from __future__ import annotations


class FetchError(Exception):
    """A page that could not be fetched: the stage (fetch, robots, safety) and why, in one line."""

    def __init__(self, stage: str, reason: str):
        super().__init__(f"{stage}: {reason}")
        self.stage = stage
        self.reason = reason
