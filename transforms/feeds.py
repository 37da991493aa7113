"""RSS 2.0 and Atom feeds: one item per release (first version)."""

from __future__ import annotations

from dataclasses import dataclass

from lxml import etree

ATOM = "{http://www.w3.org/2005/Atom}"
CONTENT = "{http://purl.org/rss/1.0/modules/content/}encoded"


@dataclass(slots=True)
class FeedItem:
    """One feed entry: its link, title, date and whatever body it carries."""

    link: str | None
    title: str | None
    published: str | None
    html: str | None
    guid: str | None = None


def _text(element, path: str) -> str | None:
    """Stripped text of the first match, or None."""
    found = element.find(path)
    return found.text.strip() if found is not None and found.text else None


def parse_feed(data: bytes) -> list[FeedItem]:
    """Every item of an RSS 2.0 or Atom document."""
    parser = etree.XMLParser(resolve_entities=False, no_network=True, recover=True, huge_tree=False)
    root = etree.fromstring(data, parser=parser)
    if root is None:
        raise ValueError("not an XML feed")
    if root.tag == f"{ATOM}feed":
        return [_atom_item(entry) for entry in root.iter(f"{ATOM}entry")]
    return [_rss_item(item) for item in root.iter("item")]


def _rss_item(item) -> FeedItem:
    return FeedItem(
        link=_text(item, "link"),
        title=_text(item, "title"),
        published=_text(item, "pubDate"),
        html=_text(item, CONTENT) or _text(item, "description"),
        guid=_text(item, "guid"),
    )


def _atom_item(entry) -> FeedItem:
    link = entry.find(f"{ATOM}link[@rel='alternate']")
    if link is None:
        link = entry.find(f"{ATOM}link")
    return FeedItem(
        link=link.get("href") if link is not None else None,
        title=_text(entry, f"{ATOM}title"),
        published=_text(entry, f"{ATOM}published") or _text(entry, f"{ATOM}updated"),
        html=_text(entry, f"{ATOM}content") or _text(entry, f"{ATOM}summary"),
        guid=_text(entry, f"{ATOM}id"),
    )
