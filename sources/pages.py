"""Release pages: fetch one, read it with the site's selectors, and remember it in the archive."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from datetime import date
from typing import TYPE_CHECKING
from urllib.parse import urljoin, urlsplit

from sources.archive import Archive, ArchivedPage
from sources.charsets import decode_body
from sources.errors import FetchError
from sources.fetch import Fetcher
from sources.safety import host_allowed
from transforms.html import canonical_link, css_to_xpath, metadata_date, parse_page
from transforms.records import Reject, SourceDocument

if TYPE_CHECKING:
    from sources.config import SourceConfig


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

    title and published, when a listing or feed gave them, win over the page's own. The
    archive keeps what was given and the raw bytes, so `reprocess` reads them again.
    """
    result = fetcher.get(url, expect="html")
    given = SourceDocument(
        source=source.name,
        input_id=input_id,
        url=url,
        title=title,
        published=published,
        organisation=source.organisation,
    )
    if fetcher.archive is not None:
        fetcher.archive.record_page(given, result)
    return page_document(given, result.text, result.final_url, source)


def page_document(
    given: SourceDocument, html: str, final_url: str, source: SourceConfig
) -> SourceDocument:
    """A fetched page as a document, the same way at fetch time and on reprocess."""
    document = replace(given, url=_canonical(html, final_url, source), html=html, text=None)
    if has_selectors(source):
        apply_selectors(document, source)
    return document


def archived_documents(archive: Archive, source: SourceConfig) -> Iterator[SourceDocument | Reject]:
    """A source's documents from the raw archive, pages decoded and read with today's code
    and the source's current selectors (what `pressroom reprocess` rebuilds from)."""
    for item in archive.iter_documents(source.name):
        if isinstance(item, ArchivedPage):
            html = decode_body(item.body, item.content_type)
            yield page_document(item.given, html, item.final_url, source)
        else:
            yield item


def fetched(source, fetcher, url, title, published, input_id) -> SourceDocument | Reject:
    """Fetch one release page; listing or feed title and date win over the page's."""
    try:
        return fetch_document(
            url, source, fetcher, title=title, published=published, input_id=input_id
        )
    except FetchError as error:
        return Reject(source.name, url, error.stage, error.reason)


def page_day(document: SourceDocument, source: SourceConfig) -> date | None:
    """The date a fetched page gives itself (for undated listing links)."""
    if document.published:
        return metadata_date(document.published)
    page = parse_page(document.html or "", document.url, source.selectors)
    return metadata_date(page.published, page.language)


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


# -- site selectors ------------------------------------------------------------------------


def page_selectors(source: SourceConfig) -> tuple[str | None, ...]:
    """The site's title, date and body selectors."""
    selectors = source.selectors
    return (selectors.title, selectors.date, selectors.body)


def has_selectors(source: SourceConfig) -> bool:
    """True when the source names any page selector."""
    return any(page_selectors(source))


def selector_problem(selectors: tuple[str | None, ...]) -> str | None:
    """Why one of these CSS selectors cannot be used, or None."""
    for selector in selectors:
        try:
            if selector:
                css_to_xpath(selector)
        except ValueError as error:
            return f"bad CSS selector: {error}"
    return None


def apply_selectors(document: SourceDocument, source: SourceConfig) -> None:
    """Extract with the site's selectors here, where they are known: text, title, date.

    The language is left to extraction, which reads it from the markup and says so.
    """
    try:
        page = parse_page(document.html or "", document.url, source.selectors)
    except ValueError:
        return  # a bad selector: leave the page to the generic extractor
    if source.selectors.body and page.body_text:
        document.text = page.body_text
    document.title = document.title or page.title
    document.published = document.published or page.published


def remember(fetcher: Fetcher, document: SourceDocument) -> None:
    """Record the document in the raw archive, so `reprocess` needs no network."""
    if fetcher.archive is not None:
        fetcher.archive.record_document(document)
