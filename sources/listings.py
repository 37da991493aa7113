"""Paged HTML listings: article links page after page, each fetched while it is in the window."""

from __future__ import annotations

from collections.abc import Iterator

from sources.config import SourceConfig
from sources.errors import FetchError
from sources.fetch import Fetcher
from sources.pages import fetched, page_day, page_selectors, selector_problem
from sources.windows import Window
from transforms.html import listing_links, metadata_date
from transforms.records import Reject, SourceDocument


def listing_documents(
    source: SourceConfig, fetcher: Fetcher, window: Window
) -> Iterator[SourceDocument | Reject]:
    """Article links of a paged listing, page after page, until past the window's start."""
    problem = _listing_problem(source)
    if problem:
        yield Reject(source.name, source.url or "", "discover", problem)
        return
    seen: set[str] = set()
    for page_url in source.page_urls():
        try:
            result = fetcher.get(page_url, expect="html")
        except FetchError as error:
            yield Reject(source.name, page_url, "discover", f"listing: {error.reason}")
            return
        links = listing_links(
            result.text, result.final_url, source.link_selector, source.link_date_selector
        )
        fresh = [link for link in links if link.url not in seen]
        if not fresh:
            return  # an empty page, or one that repeats the last: the listing has ended
        past_window = False
        for link in fresh:
            seen.add(link.url)
            day = metadata_date(link.date_text)
            if window.is_before(day):
                past_window = True
                continue
            if window.is_after(day):
                continue
            outcome = fetched(source, fetcher, link.url, link.title, link.date_text, None)
            if day is None and isinstance(outcome, SourceDocument):
                past_window |= window.is_before(page_day(outcome, source))
            yield outcome
        if past_window:
            return


def _listing_problem(source: SourceConfig) -> str | None:
    """Why a listing's selectors cannot be used, or None."""
    if not source.link_selector:
        return "listing source has no link_selector"
    return selector_problem(
        (source.link_selector, source.link_date_selector, *page_selectors(source))
    )
