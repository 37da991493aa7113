"""Feeds read as feed readers read them (feedparser), turned into documents one way for all."""

from __future__ import annotations

import pytest

from sources.feeds import feed_documents, parse_feed
from transforms.records import Reject, SourceDocument

ATOM = b"""<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom" xml:base="https://news.example.org/press/">
  <title>Example newsroom</title>
  <entry>
    <title type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml">Minister <b>visits</b> Lyon</div></title>
    <link rel="self" href="https://api.example.org/entries/17"/>
    <link href="2024/minister-visits-lyon.html"/>
    <id>urn:example:17</id>
    <published>2024-03-05T09:00:00Z</published>
    <content type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml"><p>The minister arrived <a href="/maps/lyon">in Lyon</a>.</p></div></content>
  </entry>
</feed>"""

RSS = b"""<?xml version="1.0"?>
<rss version="2.0"><channel><title>Example</title>
  <item><title>Permalink only</title><guid isPermaLink="true">https://news.example.org/a.html</guid>
    <description>A summary.</description><pubDate>Tue, 05 Mar 2024 09:00:00 +0000</pubDate></item>
  <item><title>Opaque guid</title><guid isPermaLink="false">https://news.example.org/b.html</guid>
    <description>A summary.</description></item>
</channel></rss>"""


@pytest.fixture(scope="module")
def atom_item():
    (item,) = parse_feed(ATOM)
    return item


def test_atom_alternate_link_wins_over_an_earlier_self_link(atom_item):
    assert atom_item.link == "https://news.example.org/press/2024/minister-visits-lyon.html"


def test_atom_xml_base_resolves_links_in_content(atom_item):
    assert 'href="https://news.example.org/maps/lyon"' in atom_item.html


def test_atom_xhtml_title_is_text(atom_item):
    assert atom_item.title == "Minister visits Lyon"


def test_atom_guid_and_date_as_written(atom_item):
    assert (atom_item.guid, atom_item.published) == ("urn:example:17", "2024-03-05T09:00:00Z")


@pytest.mark.parametrize(
    ("index", "link"),
    [
        pytest.param(0, "https://news.example.org/a.html", id="permalink-guid-is-the-link"),
        pytest.param(1, None, id="opaque-guid-is-no-link"),
    ],
)
def test_rss_guid_is_a_link_only_when_it_is_a_permalink(index, link):
    assert parse_feed(RSS)[index].link == link


def test_a_permalink_item_is_fetched_an_opaque_one_kept_as_its_summary():
    asked = []

    def fetch_link(url, item):
        asked.append(url)
        return SourceDocument(source="s", url=url, html="<p>page</p>")

    outcomes = list(
        feed_documents(
            parse_feed(RSS),
            source="s",
            organisation=None,
            base_url="https://news.example.org/rss",
            min_chars=500,
            stage="discover",
            fetch_link=fetch_link,
        )
    )
    assert asked == ["https://news.example.org/a.html"]
    assert isinstance(outcomes[0], SourceDocument)
    assert isinstance(outcomes[1], SourceDocument)  # a summary with no link is all there is
    assert outcomes[1].url == "https://news.example.org/b.html"


def test_a_file_feed_item_without_text_is_rejected_with_its_reason():
    feed = b"""<rss version="2.0"><channel><title>t</title>
      <item><title>T</title><link>https://news.example.org/c.html</link></item></channel></rss>"""
    (outcome,) = feed_documents(
        parse_feed(feed), source="s", organisation=None, base_url="f.xml", min_chars=0, stage="load"
    )
    assert isinstance(outcome, Reject) and outcome.stage == "load"
    assert outcome.reason == "feed item carries no text (fetch its link instead)"


@pytest.mark.parametrize(
    "data",
    [
        pytest.param(b"<html><body>no</body></html>", id="html-page"),
        pytest.param(b"/etc/hostname", id="bytes-naming-a-file-are-not-opened"),
        pytest.param(b"https://news.example.org/rss", id="bytes-naming-a-url-are-not-fetched"),
    ],
)
def test_what_is_not_a_feed_says_so(data):
    with pytest.raises(ValueError, match="not an RSS or Atom feed"):
        parse_feed(data)


def test_a_feed_over_the_size_cap_is_refused_unread():
    with pytest.raises(ValueError, match="feed larger than 100 bytes"):
        parse_feed(RSS, max_bytes=100)
