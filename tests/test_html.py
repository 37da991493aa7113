"""Page extraction on real release pages from ../shared/corpus, and the CSS subset."""

from __future__ import annotations

import json
from pathlib import Path

import lxml.html
import pytest

from sources.feeds import parse_feed
from transforms.html import css_to_xpath, listing_links, parse_page

SHARED = Path(__file__).resolve().parents[2] / "shared"
CORPUS = SHARED / "corpus" / "html"
needs_corpus = pytest.mark.skipif(not CORPUS.is_dir(), reason="../shared/corpus not present")

# Per real page: text the body must hold, and navigation it must not.
EUROPARL = {
    "20190712IPR56948": (
        ["MEPs hold Nicolás Maduro directly responsible", "Additional sanctions"],
        "Venezuela: European Parliament calls for additional sanctions",
    ),
    "20201217IPR94207": ([], "EU-UK relations: parliament adopts temporary contingency measures"),
    "20221014IPR43206": (
        ["MEPs want car-recharging stations every 60 km", "Next steps"],
        "Car-recharging stations should be available every 60 km, say MEPs",
    ),
    "20241212IPR25960": ([], None),
    "20250204IPR26689": ([], "MEPs: Georgia’s self-proclaimed authorities have no legitimacy"),
}
EUROPARL_NOISE = ("Share this page", "Check out Parliament on", "Legal notice", "Privacy policy")


def corpus_page(name: str) -> tuple[str, dict]:
    html = (CORPUS / f"{name}.html").read_text(encoding="utf-8")
    return html, json.loads((CORPUS / f"{name}.json").read_text(encoding="utf-8"))


@needs_corpus
@pytest.mark.parametrize("release", sorted(EUROPARL))
def test_europarl_pages(release):
    html, meta = corpus_page(f"europarl_press-release_{release}")
    page = parse_page(html, meta["url"])
    wanted, title = EUROPARL[release]
    assert page.language == "en" and page.published.startswith(release[:4])
    assert title is None or page.title == title
    assert len(page.body_text) > 1000
    for text in wanted:
        assert text in page.body_text
    for noise in EUROPARL_NOISE:
        assert noise not in page.body_text


@needs_corpus
@pytest.mark.parametrize(
    "name",
    [
        "trafilatura_bundeskanzleramt.gv.at-bundesminsterin",
        "trafilatura_bundespolizei.de-Belarus",
        "trafilatura_jis.gov.jm-investment",
        "trafilatura_wbf.admin.ch.14093",
    ],
)
def test_government_pages_keep_the_release_and_drop_the_site(name):
    html, meta = corpus_page(name)
    page = parse_page(html, meta["url"])
    expected = meta["evaldata_expectations"]
    for text in expected["with"]:
        if text == expected.get("title") or (meta.get("title") or "").startswith(text):
            # the headline (the page's <title> less the site's name) is the page's title
            assert page.title == text
        else:
            assert text in page.body_text
    for text in expected["without"]:
        assert text not in page.body_text
    if expected.get("title"):
        assert page.title == expected["title"]


@needs_corpus
def test_real_reliefweb_feed_has_twenty_items_with_html():
    items = parse_feed(
        (SHARED / "corpus" / "feeds" / "reliefweb-ukraine-2020-09.rss.xml").read_bytes()
    )
    assert len(items) == 20
    assert all(item.link.startswith("https://reliefweb.int/") and item.html for item in items)
    assert items[0].published == "Thu, 17 Sep 2020 07:24:25 +0000"


def test_atom_and_not_a_feed():
    atom = b"""<feed xmlns="http://www.w3.org/2005/Atom"><entry><title>T</title>
      <link rel="alternate" href="https://x.test/a"/><updated>2020-10-01T00:00:00Z</updated>
      <content type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml"><p>Body</p></div></content>
      </entry></feed>"""
    (item,) = parse_feed(atom)
    assert (item.link, item.published, item.html) == (
        "https://x.test/a",
        "2020-10-01T00:00:00Z",
        "<p>Body</p>",
    )
    with pytest.raises(ValueError, match="not an RSS or Atom feed"):
        parse_feed(b"<html><body>no</body></html>")


@pytest.mark.parametrize(
    ("css", "expected"),
    [
        pytest.param("div.a", ["one", "two"], id="class"),
        pytest.param("#main > p", ["three"], id="id-and-child"),
        pytest.param("a[href^='/news']", ["four"], id="attribute-prefix"),
        pytest.param("div.a, #main > p", ["one", "two", "three"], id="group"),
    ],
)
def test_css_selectors_select_what_they_name(css, expected):
    root = lxml.html.fromstring(
        '<body><div class="a b">one</div><div class="a">two</div><div class="ab">no</div>'
        '<section id="main"><p>three</p><div><p>nested</p></div></section>'
        '<a href="/news/x">four</a><a href="/about">no</a></body>'
    )
    assert [element.text for element in root.xpath(css_to_xpath(css))] == expected


def test_bad_css_says_so():
    with pytest.raises(ValueError, match="unsupported CSS"):
        css_to_xpath("a[")


def test_listing_links_pair_each_link_with_its_date():
    html = """<div class="item"><a href="/a">A</a><time datetime="2020-10-02">2 Oct</time></div>
              <div class="item"><a href="/b">B</a><time datetime="2020-10-01">1 Oct</time></div>"""
    links = listing_links(html, "https://x.test/list", ".item a", ".item time")
    assert [(link.url, link.title, link.date_text) for link in links] == [
        ("https://x.test/a", "A", "2020-10-02"),
        ("https://x.test/b", "B", "2020-10-01"),
    ]


def test_selectors_take_the_body_and_generic_drops_furniture():
    html = """<html lang="fr"><body><nav>Menu</nav><div class="cookie-banner"><p>We use cookies
      for statistics and to improve this website, please accept them.</p></div>
      <div class="story"><h1>Titre</h1><p>Premier paragraphe de la déclaration, assez long pour compter.</p>
      <blockquote><p>« Une citation importante » a dit la ministre aujourd'hui à Paris.</p></blockquote>
      <ul class="related"><li><a href="/1">Autre article un</a></li><li><a href="/2">Autre article deux</a></li></ul>
      </div><footer><p>Mentions légales et contact du ministère des affaires étrangères</p></footer></body></html>"""

    class Selectors:
        title, date, body = None, None, ".story blockquote"

    assert (
        parse_page(html, None, Selectors()).body_text
        == "« Une citation importante » a dit la ministre aujourd'hui à Paris."
    )
    page = parse_page(html)
    assert page.title == "Titre" and page.language == "fr"
    assert page.body_text.split("\n\n") == [
        "Premier paragraphe de la déclaration, assez long pour compter.",
        "« Une citation importante » a dit la ministre aujourd'hui à Paris.",
    ]
