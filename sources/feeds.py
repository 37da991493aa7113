"""RSS 2.0, RSS 1.0 (RDF) and Atom feeds: one item per release, with whatever body it carries."""

from __future__ import annotations

from dataclasses import dataclass

from lxml import etree

ATOM = "{http://www.w3.org/2005/Atom}"
RSS1 = "{http://purl.org/rss/1.0/}"
CONTENT = "{http://purl.org/rss/1.0/modules/content/}encoded"
DC_DATE = "{http://purl.org/dc/elements/1.1/}date"
XHTML = "{http://www.w3.org/1999/xhtml}"
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
