"""Web sources: discover releases in a date window (feed or paged listing) and fetch them.

Plain Python, no Prefect: the ingest flow wraps these in tasks. Every failure becomes a
Reject with a reason a person understands, and the run goes on.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date

from sources.config import SourceConfig
from sources.feeds import discover_feed
from sources.fetch import Fetcher
from sources.listings import listing_documents
from sources.pages import fetch_document
from sources.windows import Window
from transforms.records import Reject, SourceDocument

__all__ = ["fetch_document", "iter_web_documents"]


def iter_web_documents(
    source: SourceConfig, fetcher: Fetcher, since: date | None, until: date | None
) -> Iterator[SourceDocument | Reject]:
    """Every release of a feed or listing source in the window, or a Reject for each failure."""
    window = Window(since, until)
    if source.kind == "feed":
        yield from discover_feed(source, fetcher, window)
    elif source.kind == "listing":
        yield from listing_documents(source, fetcher, window)
    else:
        raise ValueError(f"source {source.name!r} is a {source.kind} source, not a web source")
