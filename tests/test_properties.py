"""Property-based: the transforms take any text or markup without raising or hanging, and what
they give always passes the record validator (warehouse/validate.py)."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from transforms.html import (
    _BLANK_LINES,
    _SPACES,
    NOT_XML_TEXT,
    _clean,
    _xml_text_bytes,
    parse_page,
    parse_tree,
    render_text,
)
from transforms.records import SourceDocument
from transforms.release import extract
from warehouse.rows import release_rows
from warehouse.validate import check_release

NOW = datetime(2024, 6, 1, 12, 0, tzinfo=UTC)
# Bounded so the whole file stays well under 30 s on a shared machine; a case slower than the
# deadline (one release takes milliseconds) counts as a hang.
BOUNDED = settings(
    max_examples=30,
    deadline=timedelta(seconds=5),
    suppress_health_check=[HealthCheck.too_slow],
)

# Pieces of press-release prose that wake the rules up: datelines, dates, quote marks, speakers,
# agreements, events, places, and the characters that have tripped parsers before.
PROSE = (
    "VIENNA, ", "GENEVA – ", "LYON, France, ", "5 December 2019", "2019-12-05", "on Monday",
    "today", "said", "stressed", " said Dr. Anna Berg, Director of the Office.",
    "the Secretary General", "INTERPOL", "OSCE", "the Ministry of Interior", "“", "”", '"',
    "«", "»", "„", "'", "’", "\n", "\n\n", " ", ".", ",", ":", ";", "–", "—", "-", "(", ")",
    "Memorandum of Understanding", "Joint Action Plan", "signed", "renewed", "between", " and ",
    "conference", "side event", "operations", "held in", "Lyon", "Bratislava", "Kyiv",
    "Washington DC", "three-year", "2019-2021", "in 2018", "\u200b", "\u200e", "\u00ad", "\t",
    "Mr.", "St.", "U.S.", "A", "THE", "12", "3.5",
)  # fmt: skip
TAGS = (
    "p", "div", "span", "a", "h1", "h2", "blockquote", "li", "ul", "article", "main", "section",
    "nav", "header", "footer", "aside", "form", "script", "style", "br", "time", "title",
    "figure", "figcaption", "table", "td", "pre", "q", "em",
)  # fmt: skip
ATTRIBUTES = (
    "class", "id", "lang", "datetime", "role", "hidden", "style", "href", "content", "property",
)  # fmt: skip
ATTRIBUTE_VALUES = (
    "content", "article-body", "nav", "menu", "cookie-banner", "date", "related", "en", "fr",
    "2019-12-05", "display:none", "navigation", "main", "", "x" * 30,
)  # fmt: skip

prose = st.lists(st.one_of(st.sampled_from(PROSE), st.text(max_size=8)), max_size=60).map("".join)
any_text = st.one_of(st.text(max_size=400), prose)
published = st.one_of(
    st.none(),
    st.dates(min_value=date(1990, 1, 1), max_value=date(2024, 5, 31)).map(date.isoformat),
    st.sampled_from(["", "yesterday", "5 Dec", "Thu, 05 Dec 2019 10:00:00 GMT", "0000-00-00"]),
)


@st.composite
def element(draw, depth: int = 0) -> str:
    """One element with some attributes and children: prose or other elements."""
    tag = draw(st.sampled_from(TAGS))
    attributes = draw(
        st.dictionaries(st.sampled_from(ATTRIBUTES), st.sampled_from(ATTRIBUTE_VALUES), max_size=3)
    )
    written = "".join(f' {name}="{value}"' for name, value in attributes.items())
    children = draw(
        st.lists(
            st.one_of(prose, element(depth + 1)) if depth < 3 else prose,
            max_size=4,
        )
    )
    closing = draw(st.sampled_from([f"</{tag}>", ""]))  # pages leave tags open
    return f"<{tag}{written}>{''.join(children)}{closing}"


pages = st.one_of(
    st.lists(element(), max_size=5).map(
        lambda parts: f"<html><body>{''.join(parts)}</body></html>"
    ),
    st.lists(element(), max_size=5).map("".join),
    st.text(alphabet=st.sampled_from("<>/&;!-[]\"'= pabdivhtml\n\x00"), max_size=200),
    any_text,
)


def assert_valid(extraction) -> None:
    """The extraction's rows would land: the validator finds nothing (a blank body is a
    'parse' reject before validation, as in flows/pipeline.py)."""
    if not extraction.release.body_text.strip():
        return
    tables = release_rows("r1", "test", extraction, "digest", "run-1", NOW).tables
    assert check_release(tables, NOW.date()) == []


class TestTextNeverBreaksExtraction:
    @BOUNDED
    @given(text=any_text, title=st.one_of(st.none(), any_text), when=published)
    def test_any_text_gives_valid_records(self, text, title, when):
        doc = SourceDocument(source="test", text=text, title=title, published=when)
        assert_valid(extract(doc))


class TestMarkupNeverBreaksExtraction:
    @BOUNDED
    @given(html=pages, url=st.one_of(st.none(), st.just("https://example.org/press/1")))
    @example(html='<body><p><p class="nav"></p>\x1fWords</p></body>', url=None)  # lxml refused
    def test_any_markup_parses_to_a_page(self, html, url):
        page = parse_page(html, url)
        assert isinstance(page.body_text or "", str)

    @BOUNDED
    @given(html=pages, when=published)
    def test_any_markup_gives_valid_records(self, html, when):
        doc = SourceDocument(source="test", html=html, published=when)
        assert_valid(extract(doc))

    def test_control_characters_in_fetched_bytes_are_dropped(self):
        """Bytes of unknown encoding are cleaned after decoding, so the tree can be edited."""
        root = parse_tree(b'<body><div><p class="nav">x</p>\x1fWords \x07here</div></body>')
        root.find(".//p").drop_tree()
        assert render_text(root.find(".//div")).strip() == "Words here"


# Whitespace of every kind lxml hands over, the control characters pages carry, and letters.
SPACING = st.text(
    alphabet=st.sampled_from(" \t\n\r\x0b\x0c\x1c\x00\x07\xa0\u200b\u2028\u3000\ufffe\uffffaé€")
)


class TestFastPathsGiveWhatTheyReplace:
    """The cleaning's shortcuts (issue 11) give exactly what the plain definitions give."""

    @settings(max_examples=300, deadline=None)
    @given(text=st.one_of(SPACING, st.text()))
    def test_clean_collapses_whitespace_as_the_two_passes_do(self, text):
        assert _clean(text) == _SPACES.sub(" ", _BLANK_LINES.sub(" ", text)).strip()

    @settings(max_examples=300, deadline=None)
    @given(text=st.one_of(SPACING, st.text()))
    def test_control_characters_leave_the_bytes_as_the_pattern_drops_them(self, text):
        assert _xml_text_bytes(text) == NOT_XML_TEXT.sub("", text).encode("utf-8")
