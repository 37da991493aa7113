"""RSS 2.0, RSS 1.0 (RDF) and Atom feeds: one item per release, with whatever body it carries.

Feeds come from the web (paged, in a date window, summaries' links fetched) or from files
(items must carry their text); both turn items into documents through feed_documents.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from typing import TYPE_CHECKING
from urllib.parse import urljoin

from lxml import etree

from sources.errors import FetchError
from sources.pages import fetched, remember
from transforms.dates import parse_date
from transforms.records import Reject, SourceDocument

if TYPE_CHECKING:
    from sources.config import SourceConfig
    from sources.fetch import Fetcher
    from sources.windows import Window

ATOM = "{http://www.w3.org/2005/Atom}"
RSS1 = "{http://purl.org/rss/1.0/}"
CONTENT = "{http://purl.org/rss/1.0/modules/content/}encoded"
DC_DATE = "{http://purl.org/dc/elements/1.1/}date"
XHTML = "{http://www.w3.org/1999/xhtml}"
_TAGS = re.compile(r"<[^>]+>")
_SPACE = re.compile(r"\s+")
FEED_ROOTS = ("rss", f"{ATOM}feed", "{http://www.w3.org/1999/02/22-rdf-syntax-ns#}RDF")


@dataclass(slots=True)
class FeedItem:
    """One feed entry: its link, title, date and whatever body it carries."""

    link: str | None
    title: str | None
    published: str | None
    html: str | None
    guid: str | None = None


def _parser() -> etree.XMLParser:
    """A parser that resolves no entities and reads nothing from the network."""
    return etree.XMLParser(
        resolve_entities=False, no_network=True, recover=True, huge_tree=False, load_dtd=False
    )


def parse_feed(data: bytes) -> list[FeedItem]:
    """Every item of an RSS 2.0, RSS 1.0 or Atom document; ValueError when it is none of them."""
    try:
        root = etree.fromstring(data.strip(), parser=_parser())
    except etree.XMLSyntaxError as error:
        raise ValueError(f"not XML ({error})") from None
    if root is None or root.tag not in FEED_ROOTS:
        tag = "nothing" if root is None else etree.QName(root).localname
        raise ValueError(f"not an RSS or Atom feed (root element is {tag})")
    if root.tag == f"{ATOM}feed":
        return [_atom_item(entry) for entry in root.iter(f"{ATOM}entry")]
    if root.tag == "rss":
        return [_rss_item(item) for item in root.iter("item")]
    return [_rss1_item(item) for item in root.iter(f"{RSS1}item")]


def _text(element, path: str) -> str | None:
    """Stripped text of the first match, or None."""
    found = element.find(path)
    if found is None or not found.text:
        return None
    return found.text.strip() or None


def _rss_item(item) -> FeedItem:
    """An RSS 2.0 <item>; content:encoded is preferred to description."""
    return FeedItem(
        link=_text(item, "link"),
        title=_text(item, "title"),
        published=_text(item, "pubDate") or _text(item, DC_DATE),
        html=_text(item, CONTENT) or _text(item, "description"),
        guid=_text(item, "guid"),
    )


def _rss1_item(item) -> FeedItem:
    """An RSS 1.0 (RDF) <item>."""
    return FeedItem(
        link=_text(item, f"{RSS1}link"),
        title=_text(item, f"{RSS1}title"),
        published=_text(item, DC_DATE),
        html=_text(item, CONTENT) or _text(item, f"{RSS1}description"),
        guid=item.get("{http://www.w3.org/1999/02/22-rdf-syntax-ns#}about"),
    )


def _atom_item(entry) -> FeedItem:
    """An Atom <entry>; the alternate link, content before summary."""
    link = entry.find(f"{ATOM}link[@rel='alternate']")
    if link is None:
        link = entry.find(f"{ATOM}link")
    return FeedItem(
        link=link.get("href") if link is not None else None,
        title=_text(entry, f"{ATOM}title"),
        published=_text(entry, f"{ATOM}published") or _text(entry, f"{ATOM}updated"),
        html=_atom_content(entry, "content") or _atom_content(entry, "summary"),
        guid=_text(entry, f"{ATOM}id"),
    )


def _atom_content(entry, name: str) -> str | None:
    """Atom text, html or xhtml content as markup."""
    element = entry.find(f"{ATOM}{name}")
    if element is None:
        return None
    if element.get("type") == "xhtml":
        inner = element.find(f"{XHTML}div")
        holder = inner if inner is not None else element
        parts = [holder.text or ""]
        for child in holder:
            etree.cleanup_namespaces(child)
            parts.append(etree.tostring(child, encoding="unicode", with_tail=True))
        markup = "".join(parts).replace(' xmlns="http://www.w3.org/1999/xhtml"', "")
        return markup.strip() or None
    return (element.text or "").strip() or None


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
        days = [parse_date(item.published) for item in fresh]
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
