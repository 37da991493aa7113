"""Release pages: title, date and body text from markup (first version)."""

from __future__ import annotations

from dataclasses import dataclass

from bs4 import BeautifulSoup

BLOCK_TAGS = ("h1", "h2", "h3", "h4", "p", "blockquote", "li", "figcaption")
NOISE_TAGS = ("script", "style", "nav", "header", "footer", "aside", "form", "noscript")


@dataclass(slots=True)
class Page:
    """What a release page says about itself."""

    title: str | None
    published: str | None
    body_text: str
    language: str | None


def _meta(soup: BeautifulSoup, *names: str) -> str | None:
    """The first present <meta> content among property/name keys."""
    for name in names:
        tag = soup.find("meta", attrs={"property": name}) or soup.find("meta", attrs={"name": name})
        if tag and tag.get("content"):
            return tag["content"].strip()
    return None


def parse_page(html: str, url: str | None = None, selectors=None) -> Page:
    """Title, published date, language and body text of one release page."""
    soup = BeautifulSoup(html, "lxml")
    for tag in soup(NOISE_TAGS):
        tag.decompose()
    root = soup.find("article") or soup.find("main") or soup.body or soup
    title_tag = root.find("h1") or soup.find("title")
    title = _meta(soup, "og:title") or (title_tag.get_text(" ", strip=True) if title_tag else None)
    published = _meta(soup, "article:published_time", "date", "dc.date")
    if not published and (time_tag := root.find("time")):
        published = time_tag.get("datetime") or time_tag.get_text(strip=True)
    blocks = [tag.get_text(" ", strip=True) for tag in root.find_all(BLOCK_TAGS)]
    body = "\n\n".join(block for block in blocks if block and block != title)
    language = soup.html.get("lang") if soup.html else None
    return Page(title=title, published=published, body_text=body, language=language)
