"""Web sources: discover releases in a date window (feed or paged listing) and fetch them.

Plain Python, no Prefect: the ingest flow wraps these in tasks. Every failure becomes a
Reject with a reason a person understands, and the run goes on.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date
from urllib.parse import urljoin, urlsplit

from sources.config import SourceConfig
from sources.feeds import FeedItem, parse_feed
from sources.fetch import Fetcher, FetchError, host_allowed
from transforms.dates import parse_date
from transforms.html import canonical_link, css_to_xpath, listing_links, parse_page
from transforms.records import Reject, SourceDocument

_TAGS = re.compile(r"<[^>]+>")
_SPACE = re.compile(r"\s+")


@dataclass(frozen=True, slots=True)
class Window:
    """The dates asked for; None on either side means open."""

    since: date | None
    until: date | None

    def is_before(self, day: date | None) -> bool:
        """True when a known date is older than since."""
        return day is not None and self.since is not None and day < self.since

    def is_after(self, day: date | None) -> bool:
        """True when a known date is newer than until."""
        return day is not None and self.until is not None and day > self.until


def iter_web_documents(
    source: SourceConfig, fetcher: Fetcher, since: date | None, until: date | None
) -> Iterator[SourceDocument | Reject]:
    """Every release of a feed or listing source in the window, or a Reject for each failure."""
    window = Window(since, until)
    if source.kind == "feed":
        yield from _feed_documents(source, fetcher, window)
    elif source.kind == "listing":
        yield from _listing_documents(source, fetcher, window)
    else:
        raise ValueError(f"source {source.name!r} is a {source.kind} source, not a web source")


def fetch_document(
    url: str,
    source: SourceConfig,
    fetcher: Fetcher,
    *,
    title: str | None = None,
    published: str | None = None,
    input_id: str | None = None,
) -> SourceDocument:
    """One release page as a SourceDocument; raises FetchError (used to retry open rejects).

    title and published, when a listing or feed gave them, win over the page's own.
    """
    result = fetcher.get(url, expect="html")
    document = SourceDocument(
        source=source.name,
        input_id=input_id,
        url=_canonical(result.text, result.final_url, source),
        title=title,
        published=published,
        html=result.text,
        organisation=source.organisation,
    )
    if _has_selectors(source):
        _apply_selectors(document, source)
    _remember(fetcher, document)
    return document


# -- feeds ---------------------------------------------------------------------------------


def _feed_documents(source: SourceConfig, fetcher: Fetcher, window: Window):
    """Items of a feed (paged when its URL has {page}) until past the window's start."""
    seen: set[str] = set()
    for page_url in _page_urls(source):
        try:
            result = fetcher.get(page_url, expect="feed")
            items = parse_feed(result.content)
        except FetchError as error:
            yield Reject(source.name, page_url, "discover", f"feed: {error.reason}")
            return
        except ValueError as error:
            yield Reject(source.name, page_url, "discover", f"unreadable feed: {error}")
            return
        fresh = [item for item in items if _item_key(item, result.final_url) not in seen]
        if not fresh:
            return
        past_window = False
        for item in fresh:
            seen.add(_item_key(item, result.final_url))
            day = parse_date(item.published)
            past_window |= window.is_before(day)
            if not window.is_before(day) and not window.is_after(day):
                yield _feed_document(source, fetcher, item, result.final_url)
        if past_window:
            return


def _item_key(item: FeedItem, base_url: str) -> str:
    """What identifies a feed item: its link, else its guid, else its title."""
    return urljoin(base_url, item.link) if item.link else (item.guid or item.title or "")


def _feed_document(source: SourceConfig, fetcher: Fetcher, item: FeedItem, base_url: str):
    """A feed item as a document: its own content when full, else the page it links to."""
    link = urljoin(base_url, item.link.strip()) if item.link else None
    if _text_length(item.html) >= source.full_text_min_chars or (item.html and not link):
        document = SourceDocument(
            source=source.name,
            input_id=item.guid,
            url=link,
            title=item.title,
            published=item.published,
            html=item.html,
            organisation=source.organisation,
        )
        _remember(fetcher, document)
        return document
    if not link:
        return Reject(
            source.name, item.guid or base_url, "discover", "feed item without link or text"
        )
    return _fetched(source, fetcher, link, item.title, item.published, item.guid)


def _text_length(html: str | None) -> int:
    """Characters of text in a fragment, tags stripped (enough to tell a summary from a body)."""
    return len(_SPACE.sub(" ", _TAGS.sub(" ", html or "")).strip())


# -- listings ------------------------------------------------------------------------------


def _listing_documents(source: SourceConfig, fetcher: Fetcher, window: Window):
    """Article links of a paged listing, page after page, until past the window's start."""
    problem = _selector_problem(source)
    if problem:
        yield Reject(source.name, source.url or "", "discover", problem)
        return
    seen: set[str] = set()
    for page_url in _page_urls(source):
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
            day = parse_date(link.date_text)
            if window.is_before(day):
                past_window = True
                continue
            if window.is_after(day):
                continue
            outcome = _fetched(source, fetcher, link.url, link.title, link.date_text, None)
            if day is None and isinstance(outcome, SourceDocument):
                past_window |= window.is_before(_page_day(outcome, source))
            yield outcome
        if past_window:
            return


def _page_urls(source: SourceConfig) -> Iterator[str]:
    """The listing or feed pages: {page} numbered from first_page, at most max_pages."""
    if "{page}" not in (source.url or ""):
        yield source.url or ""
        return
    for number in range(source.first_page, source.first_page + source.max_pages):
        yield source.url.replace("{page}", str(number))


def _selector_problem(source: SourceConfig) -> str | None:
    """Why a listing's selectors cannot be used, or None."""
    if not source.link_selector:
        return "listing source has no link_selector"
    selectors = (source.link_selector, source.link_date_selector, *_page_selectors(source))
    for selector in selectors:
        try:
            if selector:
                css_to_xpath(selector)
        except ValueError as error:
            return f"bad CSS selector: {error}"
    return None


def _page_day(document: SourceDocument, source: SourceConfig) -> date | None:
    """The date a fetched page gives itself (for undated listing links)."""
    if document.published:
        return parse_date(document.published)
    page = parse_page(document.html or "", document.url, source.selectors)
    return parse_date(page.published)


# -- pages ---------------------------------------------------------------------------------


def _fetched(source, fetcher, url, title, published, input_id) -> SourceDocument | Reject:
    """Fetch one release page; listing or feed title and date win over the page's."""
    try:
        return fetch_document(
            url, source, fetcher, title=title, published=published, input_id=input_id
        )
    except FetchError as error:
        return Reject(source.name, url, error.stage, error.reason)


def _canonical(html: str, final_url: str, source: SourceConfig) -> str:
    """The page's rel=canonical when it stays on an allowed host, else where the fetch ended."""
    href = canonical_link(html)
    if not href:
        return final_url
    absolute = urljoin(final_url, href)
    parts = urlsplit(absolute)
    if parts.scheme in ("http", "https") and host_allowed(parts.hostname or "", source.hosts):
        return absolute
    return final_url


def _page_selectors(source: SourceConfig) -> tuple[str | None, ...]:
    """The site's title, date and body selectors."""
    selectors = source.selectors
    return (selectors.title, selectors.date, selectors.body)


def _has_selectors(source: SourceConfig) -> bool:
    """True when the source names any page selector."""
    return any(_page_selectors(source))


def _apply_selectors(document: SourceDocument, source: SourceConfig) -> None:
    """Extract with the site's selectors here, where they are known: text, title, date."""
    try:
        page = parse_page(document.html or "", document.url, source.selectors)
    except ValueError:
        return  # a bad selector: leave the page to the generic extractor
    if source.selectors.body and page.body_text:
        document.text = page.body_text
    document.title = document.title or page.title
    document.published = document.published or page.published
    document.language = document.language or page.language


def _remember(fetcher: Fetcher, document: SourceDocument) -> None:
    """Record the document in the raw archive, so `reprocess` needs no network."""
    if fetcher.archive is not None:
        fetcher.archive.record_document(document)
