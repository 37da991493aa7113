"""RSS 2.0, RSS 1.0 (RDF) and Atom feeds: one item per release, with whatever body it carries.

Feeds come from the web (paged, in a date window, summaries' links fetched) or from files
(items must carry their text); both turn items into documents through feed_documents.
"""

from __future__ import annotations

import html
import io
import re
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from typing import TYPE_CHECKING
from urllib.parse import urljoin

import feedparser

from sources.errors import FetchError
from sources.pages import fetched, remember
from transforms.html import metadata_date
from transforms.records import Reject, SourceDocument

if TYPE_CHECKING:
    from sources.config import SourceConfig
    from sources.fetch import Fetcher
    from sources.windows import Window

MAX_FEED_BYTES = 50_000_000  # a local feed file larger than this is refused unread
# Content types feedparser gives markup for; anything else is plain text to escape.
MARKUP_TYPES = ("text/html", "application/xhtml+xml")
_TAGS = re.compile(r"<[^>]+>")
_SPACE = re.compile(r"\s+")


@dataclass(slots=True)
class FeedItem:
    """One feed entry: its link, title, date and whatever body it carries."""

    link: str | None
    title: str | None
    published: str | None
    html: str | None
    guid: str | None = None


def parse_feed(data: bytes, max_bytes: int = MAX_FEED_BYTES) -> list[FeedItem]:
    """Every item of an RSS 0.9x/1.0/2.0 or Atom document; ValueError when it is none of them.

    feedparser reads the feed (the alternate link whatever its place, xml:base, xhtml
    titles, permalink guids); it is given the bytes as a stream, so it never opens a URL or
    a file, and the bytes were capped before (the fetcher streams with max_body_bytes).
    """
    if len(data) > max_bytes:
        raise ValueError(f"feed larger than {max_bytes} bytes")
    parsed = feedparser.parse(io.BytesIO(data.strip()))
    if not parsed.get("version"):
        problem = parsed.get("bozo_exception")
        detail = f": {problem}" if problem else ""
        raise ValueError(f"not an RSS or Atom feed{detail}")
    return [_item(entry) for entry in parsed.entries]


def _item(entry) -> FeedItem:
    """A feedparser entry as a FeedItem: content before summary, dates as written."""
    return FeedItem(
        link=_clean(entry.get("link")),
        title=_title(entry),
        published=_clean(entry.get("published") or entry.get("updated")),
        html=_body(entry),
        guid=_clean(entry.get("id")),
    )


def _title(entry) -> str | None:
    """The title as text: markup of html or xhtml titles stripped, entities read."""
    title = entry.get("title")
    if not title:
        return None
    if entry.get("title_detail", {}).get("type") in MARKUP_TYPES:
        title = html.unescape(_TAGS.sub("", title))
    return _clean(_SPACE.sub(" ", title))


def _body(entry) -> str | None:
    """The entry's markup: full content (markup first), else its summary."""
    contents = sorted(entry.get("content", []), key=lambda c: c.get("type") not in MARKUP_TYPES)
    for detail in [*contents, entry.get("summary_detail")]:
        if detail and (value := _clean(detail.get("value"))):
            is_markup = detail.get("type") in MARKUP_TYPES
            return value if is_markup else html.escape(value)
    return None


def _clean(value: str | None) -> str | None:
    """Stripped text, or None for nothing."""
    return (value or "").strip() or None


# -- items as documents --------------------------------------------------------------------

LinkFetcher = Callable[[str, FeedItem], SourceDocument | Reject]


def feed_documents(
    items: Iterable[FeedItem],
    *,
    source: str,
    organisation: str | None,
    base_url: str,
    min_chars: int,
    stage: str,
    fetch_link: LinkFetcher | None = None,
    keep: Callable[[SourceDocument], None] | None = None,
) -> Iterator[SourceDocument | Reject]:
    """One document per item: its own content when it carries the release, else its link's page.

    An item carries the release when its content has min_chars characters of text, or has
    content and no link. Without fetch_link (local files) a summary item is rejected; keep is
    told of every document made from an item's own content (the web archives them).
    """
    for number, item in enumerate(items, start=1):
        link = urljoin(base_url, item.link.strip()) if item.link else None
        where = link or item.guid or f"{base_url}#item{number}"
        if item.html and (not link or text_length(item.html) >= min_chars):
            document = SourceDocument(
                source=source,
                input_id=item.guid,
                url=where,
                title=item.title,
                published=item.published,
                html=item.html,
                organisation=organisation,
            )
            if keep is not None:
                keep(document)
            yield document
        elif link and fetch_link is not None:
            yield fetch_link(link, item)
        elif link:
            yield Reject(source, where, stage, "feed item carries no text (fetch its link instead)")
        else:
            yield Reject(source, where, stage, "feed item without link or text")


def text_length(html: str | None) -> int:
    """Characters of text in a fragment, tags stripped (enough to tell a summary from a body)."""
    return len(_SPACE.sub(" ", _TAGS.sub(" ", html or "")).strip())


# -- feeds on the web ----------------------------------------------------------------------


def discover_feed(
    source: SourceConfig, fetcher: Fetcher, window: Window
) -> Iterator[SourceDocument | Reject]:
    """Items of a feed (paged when its URL has {page}) until past the window's start."""
    seen: set[str] = set()
    for page_url in source.page_urls():
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
        seen.update(_item_key(item, result.final_url) for item in fresh)
        days = [metadata_date(item.published) for item in fresh]
        wanted = [
            item
            for item, day in zip(fresh, days, strict=True)
            if not window.is_before(day) and not window.is_after(day)
        ]

        def fetch_link(link: str, item: FeedItem) -> SourceDocument | Reject:
            return fetched(source, fetcher, link, item.title, item.published, item.guid)

        yield from feed_documents(
            wanted,
            source=source.name,
            organisation=source.organisation,
            base_url=result.final_url,
            min_chars=source.full_text_min_chars,
            stage="discover",
            fetch_link=fetch_link,
            keep=lambda document: remember(fetcher, document),
        )
        if any(window.is_before(day) for day in days):
            return


def _item_key(item: FeedItem, base_url: str) -> str:
    """What identifies a feed item: its link, else its guid, else its title."""
    return urljoin(base_url, item.link) if item.link else (item.guid or item.title or "")
