"""Release pages: title, date, language and body text from markup; links from listings.

lxml does all the work (a raw lxml parse costs a twentieth of a full BeautifulSoup parse,
see ../shared/STACK.md). With a site's CSS selectors the body is what they select; without,
a generic extractor drops navigation, headers, footers, asides, share bars, cookie banners
and related-link lists, then picks the container with the densest paragraph text and keeps
its headings, paragraphs, block quotes, list items and captions.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from functools import lru_cache
from urllib.parse import urljoin

import lxml.html
from cssselect import HTMLTranslator, SelectorError
from lxml import etree

from transforms.dates import parse_date

# -- rules, as named data --------------------------------------------------------------

# Characters lxml keeps from a parse but refuses when text is edited (C0 controls, U+FFFE/F).
NOT_XML_TEXT = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")
NOT_XML_BYTES = re.compile(b"[\x00-\x08\x0b\x0c\x0e-\x1f]")
_CONTROL_BYTES = bytes(byte for byte in range(32) if NOT_XML_BYTES.match(bytes([byte])))

# Removed outright wherever they are: never release text.
DROP_TAGS = (
    "script", "style", "noscript", "template", "svg", "iframe", "button", "select", "input",
    "textarea", "object", "embed", "canvas", "dialog", "nav", "link", "meta", "picture",
)  # fmt: skip
# Page furniture by tag or ARIA role: removed unless it holds most of the page's text
# (some sites wrap the whole page in a <form> or a <header>).
FURNITURE_TAGS = ("header", "footer", "aside", "form", "menu")
FURNITURE_ROLES = ("navigation", "banner", "contentinfo", "complementary", "search", "menu")
# Words that mark furniture when a class or id is made of them (split on - and _).
NOISE_WORDS = (
    "nav", "navbar", "navigation", "menu", "menubar", "breadcrumb", "breadcrumbs", "treecrumb",
    "share", "sharing", "sharebar", "social", "socials", "cookie", "cookies", "consent", "gdpr",
    "related", "footer", "header", "masthead", "sidebar", "newsletter", "subscribe",
    "pagination", "pager", "skip", "toolbar", "a11y", "print", "tags", "taglist", "comments",
    "popup", "modal", "langswitch", "lang", "language", "search", "searchform", "login",
    "widget", "promo", "advert", "ads", "banner", "carousel", "slider", "gallery", "more",
    "teaser", "teasers", "recommended", "contact", "feedback", "rating", "meta", "byline",
    "sr", "visually", "hidden", "offcanvas", "dropdown", "shortcut", "shortcuts", "date",
    "timestamp", "published",
)  # fmt: skip
# Words that mark a kicker or date inside a headline, not the headline itself.
HEADLINE_EXTRAS = ("supertitle", "kicker", "overline", "eyebrow", "date", "datetime", "label")
# Words that mark the body, for a bonus when scoring containers.
CONTENT_WORDS = (
    "content", "article", "body", "text", "story", "entry", "post", "main", "release",
    "richtext", "wysiwyg", "prose", "field", "news", "detail", "paragraph", "copy",
)  # fmt: skip
# Blocks whose text is release text.
TEXT_BLOCKS = ("p", "h2", "h3", "h4", "h5", "h6", "blockquote", "li", "figcaption", "pre", "dd")
_TEXT_BLOCK_SET = frozenset(TEXT_BLOCKS)
# The attributes that may hide an element (what _is_hidden reads), its own included.
HIDING_ATTRIBUTES = etree.XPath(".//@hidden | .//@aria-hidden | .//@role | .//@style")
# Where a paragraph break goes when the text is written out.
BREAK_TAGS = frozenset(
    (*TEXT_BLOCKS, "h1", "div", "section", "article", "main", "ul", "ol", "dl", "dt", "table",
     "tr", "td", "th", "figure", "header", "footer", "address", "center", "caption")
)  # fmt: skip
TITLE_META = ("og:title", "twitter:title", "dc.title", "dcterms.title")
DATE_META = (
    "article:published_time", "og:article:published_time", "datePublished", "date",
    "dc.date", "dc.date.issued", "dcterms.date", "dcterms.issued", "dcterms.created",
    "publish-date", "publication_date", "pubdate", "sailthru.date", "parsely-pub-date",
)  # fmt: skip
# Languages dateparser tries for a metadata date when the page's own is unknown: the ones
# international organisations publish in. A closed list keeps a failed parse fast (trying
# every language dateparser knows takes seconds per string).
PRESS_LANGUAGES = (
    "en", "fr", "de", "es", "it", "pt", "nl", "ru", "uk", "pl", "ar", "zh", "ja", "tr",
)  # fmt: skip
DATEPARSER_SETTINGS = {
    "PARSERS": ["absolute-time"],  # no 'yesterday' or '3 days ago': nothing invented
    "REQUIRE_PARTS": ["day", "month", "year"],
    "RETURN_AS_TIMEZONE_AWARE": False,
}
MAX_DATE_CHARS = 80  # a metadata date longer than this is prose, not a date
LANGUAGE_META = ("og:locale", "content-language", "dc.language", "language")

_WORD_SPLIT = re.compile(r"[-_\s]+")
_CAMEL = re.compile(r"(?<=[a-z0-9])(?=[A-Z])")
_NOISE = frozenset(NOISE_WORDS)
_CONTENT = frozenset(CONTENT_WORDS)
_HEADLINE_EXTRAS = frozenset(HEADLINE_EXTRAS)
_SPACES = re.compile(r"[ \t\r\f\v\u00a0\u200b]+")
_BLANK_LINES = re.compile(r"\s*\n\s*")
# What _SPACES matches less the single spaces it would put back: the same text, fewer swaps.
_SPACE_RUNS = re.compile(
    r"[\t\r\f\v\u00a0\u200b][ \t\r\f\v\u00a0\u200b]*| [ \t\r\f\v\u00a0\u200b]+"
)
_HIDDEN_STYLE = re.compile(r"display\s*:\s*none|visibility\s*:\s*hidden", re.I)
_JSONLD_DATE = re.compile(r'"datePublished"\s*:\s*"([^"]+)"')
_YEAR = re.compile(r"(?<!\d)(?:19|20)\d\d(?!\d)")
_LANGUAGE = re.compile(r"^([a-z]{2,3})(?:[-_][a-z0-9]+)*$", re.I)
_TITLE_SUFFIX = re.compile(r"\s+[|–—-]\s+[^|–—-]{2,80}$")
_CANONICAL = re.compile(r"<link\b[^>]*>", re.I)
_HREF = re.compile(r"""href\s*=\s*["']([^"']+)["']""", re.I)
_REL_CANONICAL = re.compile(r"""rel\s*=\s*["']?canonical""", re.I)


@dataclass(slots=True)
class Page:
    """What a release page says about itself."""

    title: str | None
    published: str | None
    body_text: str
    language: str | None


@dataclass(slots=True)
class ListingLink:
    """One article link found on a listing page."""

    url: str
    title: str | None
    date_text: str | None


# -- entry points ------------------------------------------------------------------------


def parse_page(html: str, url: str | None = None, selectors=None) -> Page:
    """Title, published date, language and body text of one release page."""
    root = parse_tree(html, url)
    if root is None:
        return Page(title=None, published=None, body_text="", language=None)
    title = _title(root, getattr(selectors, "title", None))
    published = _published(root, html, getattr(selectors, "date", None))
    language = _language(root)
    body = _body_by_selector(root, getattr(selectors, "body", None))
    if body is None:
        body = _generic_body(root)
    return Page(
        title=title, published=published, body_text=_drop_title(body, title), language=language
    )


def page_language(html: str) -> str | None:
    """The language a page's markup declares (lang attribute, meta tags), or None."""
    root = parse_tree(html)
    return _language(root) if root is not None else None


def metadata_date(value: str | None, language: str | None = None) -> date | None:
    """A page's or feed's date as written: the common formats, else dateparser in the
    page's language (or the press languages) for '5. Dezember 2019' or '5 déc. 2019'."""
    found = parse_date(value)
    if found is not None or not value:
        return found
    text = value.strip()
    if len(text) > MAX_DATE_CHARS or not _YEAR.search(text):
        return None
    import dateparser  # about a second to import: only when the common formats fail

    languages = sorted(PRESS_LANGUAGES, key=lambda code: code != language)  # its own first
    parsed = dateparser.parse(text, languages=languages, settings=DATEPARSER_SETTINGS)
    return parsed.date() if parsed is not None else None


def listing_links(
    html: str, base_url: str, link_selector: str, date_selector: str | None = None
) -> list[ListingLink]:
    """The article links of a listing page, absolute, with each link's date when given."""
    root = parse_tree(html, base_url)
    if root is None:
        return []
    dates = select(root, date_selector) if date_selector else []
    links = []
    for anchor in select(root, link_selector):
        href = anchor.get("href") or next(iter(anchor.xpath(".//a/@href")), None)
        if not href or href.startswith(("#", "javascript:", "mailto:")):
            continue
        links.append(
            ListingLink(
                url=urljoin(base_url, href.strip()),
                title=_clean(anchor.text_content()) or None,
                date_text=_date_of(anchor, dates),
            )
        )
    return links


def canonical_link(html: str) -> str | None:
    """The href of <link rel="canonical">, found without a parse."""
    head = html[:200_000]
    for tag in _CANONICAL.findall(head):
        if _REL_CANONICAL.search(tag) and (href := _HREF.search(tag)):
            return href.group(1).strip()
    return None


def parse_tree(html: str | bytes, url: str | None = None):
    """An lxml tree of a page, or None for an empty one."""
    decoded = isinstance(html, str)
    if decoded:
        html = _xml_text_bytes(html)  # else lxml refuses to edit the text
        parser = etree.HTMLParser(encoding="utf-8", remove_comments=True)
    else:
        parser = etree.HTMLParser(remove_comments=True)
    parser.set_element_class_lookup(_HTML_CLASSES)
    if not html.strip():
        return None
    try:
        root = lxml.html.document_fromstring(html, parser=parser, base_url=url)
    except (etree.ParserError, ValueError):
        return None
    if not decoded and NOT_XML_BYTES.search(html):  # unknown encoding: clean the decoded text
        for node in root.iter(etree.Element):
            node.text = NOT_XML_TEXT.sub("", node.text) if node.text else node.text
            node.tail = NOT_XML_TEXT.sub("", node.tail) if node.tail else node.tail
    return root


def _xml_text_bytes(html: str) -> bytes:
    """The page in UTF-8 without what NOT_XML_TEXT matches. A control character is one byte
    in UTF-8 that no other character's bytes contain, so it is deleted from the bytes, in C."""
    if "\ufffe" in html or "\uffff" in html:
        return NOT_XML_TEXT.sub("", html).encode("utf-8")
    return html.encode("utf-8").translate(None, _CONTROL_BYTES)


# lxml.html's elements (text_content, drop_tree) looked up in C: lxml.html's own lookup is a
# Python call per element touched, and its form classes add nothing the extraction uses.
_HTML_CLASSES = etree.ElementDefaultClassLookup(
    element=lxml.html.HtmlElement,
    comment=lxml.html.HtmlComment,
    pi=lxml.html.HtmlProcessingInstruction,
    entity=lxml.html.HtmlEntity,
)


# -- CSS selectors, translated to XPath once each (cssselect, as lxml.cssselect does) -------

_CSS = HTMLTranslator()


def select(root, css: str | None) -> list:
    """Elements matching a CSS selector."""
    if not css:
        return []
    return root.xpath(css_to_xpath(css))


@lru_cache(maxsize=256)
def css_to_xpath(css: str) -> str:
    """XPath for a CSS selector; ValueError says what is wrong with a bad one."""
    try:
        return _CSS.css_to_xpath(css)
    except SelectorError as error:
        raise ValueError(f"unsupported CSS {css!r}: {error}") from None


# -- metadata ------------------------------------------------------------------------------


def _meta(root, names: tuple[str, ...]) -> str | None:
    """The first non-empty <meta> content among property/name/itemprop keys."""
    wanted = {name.lower() for name in names}
    found = {}
    for tag in root.iter("meta"):
        key = (tag.get("property") or tag.get("name") or tag.get("itemprop") or "").lower()
        key = key or (tag.get("http-equiv") or "").lower()
        content = (tag.get("content") or "").strip()
        if key in wanted and content and key not in found:
            found[key] = content
    return next((found[name.lower()] for name in names if name.lower() in found), None)


def _title(root, selector: str | None) -> str | None:
    """The headline: the site's selector, else the first <h1>, og:title, then <title>."""
    for element in (*select(root, selector), *root.iter("h1")):
        if text := _headline_text(element):
            return text
    if text := _meta(root, TITLE_META):
        return _strip_site_name(text)
    title = root.find(".//title")
    if title is not None and (text := _clean(title.text_content())):
        return _strip_site_name(text)
    return None


def _headline_text(element) -> str:
    """A heading's text without the date or kicker some sites put inside it."""
    parts = [element.text or ""]
    for child in element:
        if child.tag != "time" and not (_words(child) & _HEADLINE_EXTRAS):
            parts.append(child.text_content())
        parts.append(child.tail or "")
    return _clean(" ".join(parts))


def _strip_site_name(title: str) -> str:
    """'Headline | News | Site' -> 'Headline'."""
    while (shorter := _TITLE_SUFFIX.sub("", title)) != title and len(shorter) > 15:
        title = shorter
    return title


def _published(root, html: str, selector: str | None) -> str | None:
    """The publication date as written: site selector, meta tags, JSON-LD, then <time>."""
    for element in select(root, selector):
        value = element.get("datetime") or element.get("content") or element.text_content()
        if value := _clean(value):
            return value
    if value := _meta(root, DATE_META):
        return value
    if '"datePublished"' in html and (match := _JSONLD_DATE.search(html)):
        return match.group(1)
    for time_tag in root.iter("time"):
        if value := _clean(time_tag.get("datetime") or time_tag.text_content()):
            return value
    return None


def _language(root) -> str | None:
    """ISO 639-1 code from <html lang>, og:locale or Content-Language."""
    for value in (root.get("lang"), root.get("xml:lang"), _meta(root, LANGUAGE_META)):
        if value and (match := _LANGUAGE.match(value.strip())):
            return match.group(1).lower()
    return None


# -- body: by selector ---------------------------------------------------------------------


def _body_by_selector(root, selector: str | None) -> str | None:
    """Text of what the site's body selector matches (outermost matches only), or None."""
    matches = select(root, selector)
    outermost = [el for el in matches if not any(a in matches for a in el.iterancestors())]
    if not outermost:
        return None
    for element in outermost:
        _drop_noise(element, keep_furniture=True)
    text = "\n\n".join(block for element in outermost if (block := render_text(element)))
    return text or None


# -- body: generic -------------------------------------------------------------------------


def _generic_body(root) -> str:
    """The densest container's text once furniture is gone."""
    body = root.find("body")
    body = body if body is not None else root
    _drop_noise(body, keep_furniture=False)
    chosen = _widen(_best_container(body), body)
    for element in chosen:
        _drop_link_lists(element)
    return "\n\n".join(text for element in chosen if (text := render_text(element)))


def _drop_noise(scope, keep_furniture: bool) -> None:
    """Remove scripts, navigation and (unless told not to) furniture, hidden or not."""
    etree.strip_elements(scope, *DROP_TAGS, with_tail=False)  # in C; tails stay where they were
    if scope.tag in DROP_TAGS:  # strip_elements spares the element it is given
        _remove(scope)
    for element in _with_hiding_attributes(scope):
        if _is_hidden(element):
            _remove(element)
    if keep_furniture:
        return
    for element in _small_furniture(scope):
        _remove(element)


def _small_furniture(scope) -> list:
    """The outermost furniture holding less than half the scope's text: what lies inside
    furniture about to go is gone with it, so it is not looked at."""
    lengths = _block_lengths(scope)  # measured before any removal: each changes only ancestors
    half = 0.5 * (lengths.get(scope, 0) or 1)
    found = []
    walk = etree.iterwalk(scope, events=("start",), tag=etree.Element)
    next(walk)  # the scope itself stays
    for _, element in walk:
        if _is_furniture(element) and lengths.get(element, 0) < half:
            found.append(element)
            walk.skip_subtree()
    return found


def _with_hiding_attributes(scope) -> list:
    """Scope and the elements in it carrying an attribute that may hide them, in document
    order: found by their attributes, in C (a third of the time of a walk over elements)."""
    owners = (value.getparent() for value in HIDING_ATTRIBUTES(scope))
    return list(dict.fromkeys(owners))  # one element may carry several


def _is_hidden(element) -> bool:
    """Hidden from readers: hidden attribute, aria-hidden, display:none, a dialog."""
    return (
        element.get("hidden") is not None
        or element.get("aria-hidden") == "true"
        or element.get("role") in ("dialog", "alertdialog")
        or bool(_HIDDEN_STYLE.search(element.get("style") or ""))
    )


def _is_furniture(element) -> bool:
    """Header, footer, aside, form, a furniture role, or a class/id made of noise words."""
    if element.tag in FURNITURE_TAGS or element.get("role") in FURNITURE_ROLES:
        return True
    return bool(_words(element) & _NOISE)


def _words(element) -> frozenset[str]:
    """The words of an element's class and id ('socialShare__item' -> social, share, item)."""
    return _name_words(element.get("class") or "", element.get("id") or "")


@lru_cache(maxsize=8192)
def _name_words(classes: str, ident: str) -> frozenset[str]:
    """_words of one class and id; pages repeat their class names, so each is split once."""
    if not classes and not ident:
        return frozenset()
    names = _CAMEL.sub(" ", f"{classes} {ident}")
    return frozenset(_WORD_SPLIT.split(names.lower())) - {""}


def _block_text_length(element) -> int:
    """Characters of release-like text (paragraphs, quotes, items…) inside element: each
    outermost block once. One walk down that stops at a block, not a climb per block."""
    if (
        element.tag in _TEXT_BLOCK_SET
        or next(element.iterancestors(*TEXT_BLOCKS), None) is not None
    ):
        inside_block = next(element.iterancestors(*TEXT_BLOCKS), None) is not None
        return 0 if inside_block else len(_clean(element.text_content()))
    total = 0
    pending = list(element)
    while pending:
        node = pending.pop()
        if node.tag in _TEXT_BLOCK_SET:
            total += len(_clean(node.text_content()))
        else:
            pending.extend(node)
    return total


def _block_lengths(scope) -> dict:
    """_block_text_length of scope and of every element in it that has release-like text,
    in one pass: each outermost block's text measured once and added to its ancestors."""
    lengths: dict = {}
    if next(scope.iterancestors(*TEXT_BLOCKS), None) is not None:
        return lengths  # all of it inside one block: no block of its own
    walk = etree.iterwalk(scope, events=("start",), tag=TEXT_BLOCKS)
    for _, block in walk:
        walk.skip_subtree()  # blocks inside a block are measured with it
        if not (length := len(_clean(block.text_content()))):
            continue
        lengths[block] = length
        if block is scope:
            break
        for ancestor in block.iterancestors():
            lengths[ancestor] = lengths.get(ancestor, 0) + length
            if ancestor is scope:
                break
    return lengths


def _best_container(body):
    """The element whose direct paragraphs carry the most text, links discounted."""
    scores: dict = {}
    for paragraph in body.iter("p", "pre", "blockquote", "div", "td"):
        length = _paragraph_weight(paragraph)
        if length == 0:
            continue
        parent = paragraph.getparent()
        if parent is None:
            continue
        scores[parent] = scores.get(parent, 0.0) + length
        grandparent = parent.getparent()
        if grandparent is not None:
            scores[grandparent] = scores.get(grandparent, 0.0) + length / 2
    if not scores:
        return body
    return max(scores, key=lambda element: scores[element] * _bonus(element))


def _paragraph_weight(element) -> float:
    """A paragraph's own text (not its children's blocks), less the text of its links."""
    if element.tag in ("div", "td"):
        text = _clean((element.text or "") + "".join(child.tail or "" for child in element))
    else:
        text = _clean(element.text_content())
    if len(text) < 25:
        return 0.0
    links = sum(len(_clean(a.text_content())) for a in element.iter("a"))
    return max(0.0, len(text) - links) if element.tag != "div" else len(text) * 0.5


def _bonus(element) -> float:
    """Favour <article>, <main> and containers named like a body; disfavour noise names."""
    bonus = 1.0
    if element.tag in ("article", "main") or element.get("itemprop") == "articleBody":
        bonus *= 1.3
    words = _words(element)
    if words & _CONTENT:
        bonus *= 1.2
    if words & _NOISE:
        bonus *= 0.5
    return bonus


def _widen(best, body) -> list:
    """The best container plus what little comes before it (a lead, a fact box).

    Climb while the parent adds text only before the container; where text also follows,
    take the preceding siblings and stop (what follows is contacts, dates, links).
    """
    allowance = 0.25 * _block_text_length(best) + 300
    current = best
    while (parent := current.getparent()) is not None and parent is not body:
        lengths = [(s, _block_text_length(s)) for s in current.itersiblings(preceding=True)]
        before = [sibling for sibling, length in lengths if length]
        if sum(length for _, length in lengths) > allowance:
            break
        if any(_block_text_length(sibling) for sibling in current.itersiblings()):
            return [*reversed(before), current]
        current = parent
    return [current]


def _drop_link_lists(scope) -> None:
    """Remove lists that are mostly links (related articles, downloads, tags)."""
    for listing in list(scope.iter("ul", "ol")):
        text = len(_clean(listing.text_content()))
        links = sum(len(_clean(a.text_content())) for a in listing.iter("a"))
        if text and links / text > 0.7:
            _remove(listing)


def _remove(element) -> None:
    """Remove an element but keep its tail text."""
    parent = element.getparent()
    if parent is None:
        return
    element.drop_tree()


# -- text ----------------------------------------------------------------------------------


def render_text(element) -> str:
    """Plain text of an element: blocks as paragraphs, <br> as line breaks."""
    pieces: list[str] = []
    _walk(element, pieces)
    paragraphs = []
    for paragraph in "".join(pieces).split("\n\n"):
        lines = [_SPACES.sub(" ", line).strip() for line in paragraph.split("\n")]
        if text := "\n".join(line for line in lines if line):
            paragraphs.append(text)
    return "\n\n".join(paragraphs)


def _walk(element, pieces: list[str]) -> None:
    """Depth-first text with paragraph marks around blocks."""
    tag = element.tag if isinstance(element.tag, str) else ""
    if tag == "br":
        pieces.append("\n")
    elif tag in BREAK_TAGS:
        pieces.append("\n\n")
    if isinstance(element.tag, str) and element.text:
        pieces.append(element.text.replace("\n", " "))
    for child in element:
        _walk(child, pieces)
    if tag in BREAK_TAGS:
        pieces.append("\n\n")
    if element.tail:
        pieces.append(element.tail.replace("\n", " "))


def _drop_title(body: str, title: str | None) -> str:
    """The body without repeats of the headline."""
    if not title:
        return body
    headline = _clean(title)
    return "\n\n".join(part for part in body.split("\n\n") if _clean(part) != headline)


def _clean(text: str | None) -> str:
    """Whitespace collapsed (as _BLANK_LINES then _SPACES would, with less work: no line
    break, nothing for _BLANK_LINES to do; single spaces are left where they are)."""
    text = text or ""
    if "\n" in text:
        text = _BLANK_LINES.sub(" ", text)
    return _SPACE_RUNS.sub(" ", text).strip()


def _date_of(anchor, dates: list) -> str | None:
    """The date element belonging to a link: the one in its nearest common item."""
    if not dates:
        return None
    for ancestor in anchor.iterancestors():
        inside = [date for date in dates if _is_inside(date, ancestor)]
        if len(inside) == 1:
            date = inside[0]
            return _clean(date.get("datetime") or date.get("content") or date.text_content())
        if len(inside) > 1:
            return None
    return None


def _is_inside(element, ancestor) -> bool:
    """True when element is ancestor or lies within it."""
    return element is ancestor or any(parent is ancestor for parent in element.iterancestors())
