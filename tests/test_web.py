"""Web discovery against a loopback mirror of the configured layouts, faults included."""

from __future__ import annotations

import dataclasses
import sys
from datetime import date
from pathlib import Path

import pytest

from sources.archive import Archive, iter_archived_documents
from sources.config import DEFAULT_CONFIG, load_sources
from sources.fetch import Fetcher, FetchError
from sources.pages import archived_documents
from sources.web import fetch_document, iter_web_documents
from transforms.html import parse_page
from transforms.records import Reject, SourceDocument

sys.path.insert(0, str(Path(__file__).resolve().parent / "fixtures" / "sites"))
from loopback import SITES, SiteServer

SINCE, UNTIL = date(2020, 10, 1), date(2020, 10, 31)
FAST = dict(
    allowed_hosts=("127.0.0.1",),
    allow_private_addresses=True,
    rate_limit=200.0,
    read_timeout=0.5,
    max_retries=2,
    backoff_base=0.01,
    max_retry_wait=1.0,
)


def configured(name: str, server: SiteServer, path: str, **overrides):
    """The source as config/sources.toml has it, pointed at the loopback mirror."""
    source = load_sources(DEFAULT_CONFIG)[name]
    return dataclasses.replace(source, url=server.url(path), **{**FAST, **overrides})


def osce_release(server: SiteServer, slug: str, title: str, day: str, **serve) -> None:
    """An OSCE release page at /press-releases/<slug>."""
    template = (SITES / "osce" / "release.html").read_text(encoding="utf-8")
    html = template.format(
        title=title,
        date=day,
        canonical=server.url(f"/press-releases/{slug}"),
        extra=f"Participants in {slug} agreed to meet again before the end of the year.",
    )
    server.page(
        f"/press-releases/{slug}",
        html.encode(serve.get("encoding", "utf-8")),
        serve.get("content_type", "text/html; charset=utf-8"),
    )


def run(source, archive=None) -> list:
    with Fetcher(source, archive) as fetcher:
        return list(iter_web_documents(source, fetcher, SINCE, UNTIL))


def split(outcomes):
    documents = [o for o in outcomes if isinstance(o, SourceDocument)]
    rejects = {o.url: o for o in outcomes if isinstance(o, Reject)}
    return documents, rejects


@pytest.fixture
def osce_site():
    with SiteServer() as server:
        server.robots()
        for page in range(3):
            server.file(f"/press-releases?page={page}", f"osce/listing-{page}.html")
        osce_release(
            server, "release-a", "OSCE Chairmanship calls for calm in the region", "12 October 2020"
        )
        # a server that lies about the charset: UTF-8 bytes labelled latin-1
        osce_release(
            server,
            "release-b",
            "OSCE conference highlights community policing",
            "9 October 2020",
            content_type="text/html; charset=iso-8859-1",
        )
        osce_release(server, "release-c", "OSCE trains journalists on safety", "6 October 2020")
        server.handler("/press-releases/broken", lambda h: h.reply(500, {}, b"oops"))
        server.page("/press-releases/report.pdf", b"%PDF-1.4", "application/pdf")
        yield server


def test_osce_listing_good_releases_once_and_bad_pages_rejected(osce_site, tmp_path):
    outcomes = run(configured("osce", osce_site, "/press-releases?page={page}"), Archive(tmp_path))
    documents, rejects = split(outcomes)
    assert sorted(d.url for d in documents) == [
        osce_site.url(f"/press-releases/release-{x}") for x in "abc"
    ]
    assert {url.rsplit("/", 1)[-1]: (r.stage, r.reason) for url, r in rejects.items()} == {
        "fake": ("safety", "refused: foreign host evil.example"),
        "broken": ("fetch", "HTTP 500 after 3 tries"),
        "report.pdf": ("fetch", "expected HTML, got application/pdf"),
    }
    first = next(d for d in documents if d.url.endswith("release-a"))
    assert first.title == "OSCE Chairmanship calls for calm in the region"
    assert first.published == "Publishing date: 12 October 2020"
    assert first.organisation == "OSCE" and first.source == "osce"
    # the configured selectors took the body: release text, no menu, share bar or footer
    assert "“dialogue remains the only way forward”" in first.text
    assert "We stand ready to support every effort" in first.text
    for noise in ("Newsroom", "Share on Facebook", "Related news", "Wallnerstrasse", "cookies"):
        assert noise not in first.text
    mislabelled = next(d for d in documents if d.url.endswith("release-b"))
    assert "Chairmanship’s Special Representative" in mislabelled.text
    # discovery stopped on the page that went past `since`: page 2 and the old release untouched
    assert osce_site.count("/press-releases?page=2") == 0
    assert osce_site.count("/press-releases/old") == 0


def test_second_run_downloads_nothing_unchanged(osce_site, tmp_path):
    archive = Archive(tmp_path)
    source = configured("osce", osce_site, "/press-releases?page={page}")
    run(source, archive)
    before = list(osce_site.log)
    second, _ = split(run(source, archive))
    again = osce_site.log[len(before) :]
    # the PDF is refused on its headers alone, each run
    full_downloads = [
        path for path, status in again if status == 200 and path != "/press-releases/report.pdf"
    ]
    assert full_downloads == []
    # robots.txt, two listings and three releases: each answered 304 from the archive
    assert sum(1 for _, status in again if status == 304) == 6
    assert ("/robots.txt", 304) in again
    assert len(second) == 3


def test_archive_gives_the_documents_back_without_network(osce_site, tmp_path):
    live, _ = split(
        run(configured("osce", osce_site, "/press-releases?page={page}"), Archive(tmp_path))
    )
    source = configured("osce", osce_site, "/press-releases?page={page}")
    replayed = list(archived_documents(Archive(tmp_path), source))
    assert [(d.url, d.title, d.published, d.text, d.html) for d in replayed] == [
        (d.url, d.title, d.published, d.text, d.html) for d in live
    ]


def test_reprocess_reads_the_archived_bytes_with_the_current_selectors(osce_site, tmp_path):
    source = configured("osce", osce_site, "/press-releases?page={page}")
    live, _ = split(run(source, Archive(tmp_path)))
    assert all("Special Representative" in d.text for d in live)
    served = len(osce_site.log)
    changed = dataclasses.replace(
        source, selectors=dataclasses.replace(source.selectors, body="blockquote")
    )
    replayed = list(archived_documents(Archive(tmp_path), changed))
    assert len(osce_site.log) == served, "no network"
    assert [d.url for d in replayed] == [d.url for d in live]
    assert {d.text for d in replayed} == {
        "“We stand ready to support every effort towards a peaceful solution,” said the Chairperson."
    }


def test_interpol_feed_fetches_item_pages_and_follows_checked_redirects(tmp_path):
    with SiteServer() as server:
        server.robots()
        server.file("/en/News-and-Events/News/rss", "interpol/rss.xml", "application/rss+xml")
        news = (SITES / "interpol" / "news.html").read_text(encoding="utf-8")
        server.page(
            "/en/News-and-Events/News/2020/Organized-crime-22-arrests",
            news.format(
                title="Organized crime: 22 arrests in operation supported by INTERPOL",
                iso="2020-10-15T09:00:00Z",
                date="15 October 2020",
                lead="An operation targeting organized crime networks has seen 22 arrests.",
            ),
        )
        server.handler(
            "/en/News-and-Events/News/2020/moved-drugs-seized",
            lambda h: h.reply(301, {"Location": "/en/News-and-Events/News/2020/drugs-seized"}, b""),
        )
        server.page(
            "/en/News-and-Events/News/2020/drugs-seized",
            news.format(
                title="Illicit drugs worth USD 360 million seized",
                iso="2020-10-06",
                date="6 October 2020",
                lead="Illegal drugs worth USD 360 million were seized.",
            ),
        )
        source = configured("interpol", server, "/en/News-and-Events/News/rss")
        documents, rejects = split(run(source))
        assert rejects == {}
        assert [d.url for d in documents] == [
            server.url("/en/News-and-Events/News/2020/Organized-crime-22-arrests"),
            server.url("/en/News-and-Events/News/2020/drugs-seized"),
        ]
        assert documents[1].title == "Illicit drugs worth USD 360 million seized"
        assert documents[1].published == "Tue, 06 Oct 2020 09:00:00 +0000"
        assert documents[1].input_id == "drugs-2020"
        assert server.count("/en/News-and-Events/News/2020/older-story") == 0
        # no selectors configured: the generic extractor reads the page
        page = parse_page(documents[0].html, documents[0].url)
        assert page.body_text.startswith("LYON, France – An operation targeting")
        assert "Officers checked suspects" in page.body_text  # caption kept
        assert "“International police cooperation is the key" in page.body_text
        for noise in ("Who we are", "cookies", "Share this", "Related news", "Lionfish", "quai"):
            assert noise not in page.body_text


def test_reliefweb_feed_items_carry_the_whole_release(tmp_path):
    with SiteServer() as server:
        server.robots()
        server.file("/updates/rss.xml", "reliefweb/rss.xml", "application/rss+xml; charset=utf-8")
        source = configured("reliefweb_ukraine", server, "/updates/rss.xml")
        documents, rejects = split(run(source, Archive(tmp_path)))
        assert rejects == {}
        assert [d.title for d in documents] == [
            "Ukraine: UN agencies deliver winter aid to eastern regions",
            "Ukraine: Humanitarian snapshot (September 2020)",
        ]
        assert "“The needs are growing as temperatures fall,”" in documents[0].html
        assert [path for path, _ in server.log] == ["/robots.txt", "/updates/rss.xml"]
        replayed = list(iter_archived_documents(tmp_path, "reliefweb_ukraine"))
        assert [d.html for d in replayed] == [d.html for d in documents]


def test_a_private_address_is_refused_and_recorded():
    with SiteServer() as server:
        server.file("/updates/rss.xml", "reliefweb/rss.xml", "application/rss+xml")
        port = server.httpd.server_address[1]
        source = configured(
            "reliefweb_ukraine",
            server,
            "/updates/rss.xml",
            allow_private_addresses=False,
            allowed_hosts=("localhost",),
        )
        source = dataclasses.replace(source, url=f"http://localhost:{port}/updates/rss.xml")
        (reject,) = run(source)
        assert reject.stage == "discover"
        assert reject.reason == "feed: refused: localhost resolves to loopback address 127.0.0.1"
        assert server.log == []


def test_listing_that_fails_is_a_discover_reject():
    with SiteServer() as server:
        server.robots()
        server.handler("/press-releases", lambda h: h.reply(503, {}, b""))
        (reject,) = run(configured("osce", server, "/press-releases?page={page}"))
        assert (reject.stage, reject.reason) == ("discover", "listing: HTTP 503 after 3 tries")


def test_fetch_document_retries_an_open_reject(osce_site):
    source = configured("osce", osce_site, "/press-releases?page={page}")
    with Fetcher(source) as fetcher:
        document = fetch_document(osce_site.url("/press-releases/release-c"), source, fetcher)
        with pytest.raises(FetchError) as caught:
            fetch_document(osce_site.url("/press-releases/broken"), source, fetcher)
    assert document.title == "OSCE trains journalists on safety"
    assert caught.value.reason == "HTTP 500 after 3 tries"


def test_configured_sources_follow_the_contract():
    sources = load_sources(DEFAULT_CONFIG)
    web = {name: s for name, s in sources.items() if s.kind in ("feed", "listing")}
    assert {"osce", "interpol"} <= set(web) and len(web) >= 4
    for source in web.values():
        assert source.hosts and not source.allow_private_addresses
        assert source.rate_limit == 1.0 and source.schedule
        assert source.kind != "listing" or ("{page}" in source.url and source.link_selector)


def test_nato_feed_fetches_news_pages_and_rejects_a_missing_one(tmp_path):
    with SiteServer() as server:
        server.robots()
        server.file("/cps/rss/en/natohq/rssFeed.xsl/rssFeed.xml", "nato/rss.xml", "text/xml")
        news = (SITES / "nato" / "news.html").read_text(encoding="utf-8")
        pages = {
            "178512": ("NATO Secretary General welcomes new Allied commitments to air defence",
                       "14 Oct. 2020", "NATO Secretary General Jens Stoltenberg welcomed new commitments."),
            "178333": ("NATO Deputy Secretary General visits the Western Balkans",
                       "05 Oct. 2020", "NATO Deputy Secretary General Mircea Geoană travelled to Skopje."),
        }  # fmt: skip
        for number, (title, day, lead) in pages.items():
            server.page(
                f"/cps/en/natohq/news_{number}.htm", news.format(title=title, date=day, lead=lead)
            )
        source = configured("nato", server, "/cps/rss/en/natohq/rssFeed.xsl/rssFeed.xml")
        documents, rejects = split(run(source, Archive(tmp_path)))
        assert [d.url for d in documents] == [
            server.url(f"/cps/en/natohq/news_{number}.htm") for number in pages
        ]
        missing = server.url("/cps/en/natohq/news_178400.htm")
        assert {url: (r.stage, r.reason) for url, r in rejects.items()} == {
            missing: ("fetch", "HTTP 404 Not Found")
        }
        assert server.count("/cps/en/natohq/news_177000.htm") == 0  # before the window
        first = documents[0]
        assert first.title == pages["178512"][0] and first.organisation == "NATO"
        assert first.published == "Wed, 14 Oct 2020 16:30:00 +0200"
        # no selectors configured: the generic extractor reads the page
        body = parse_page(first.html, first.url).body_text
        assert body.startswith("NATO Secretary General Jens Stoltenberg welcomed")
        assert "“our deterrence and defence must keep pace" in body
        assert body.endswith("next meeting of Defence Ministers.")
        for noise in ("Newsroom", "Share this", "Twitter", "Related news", "Léopold", "cookies"):
            assert noise not in body


def un_release(server: SiteServer, path: str, title: str, iso: str, day: str, symbol: str):
    """A press.un.org release page at path."""
    template = (SITES / "un_press" / "release.html").read_text(encoding="utf-8")
    lead = f"NEW YORK, {day} – {title}, the Secretary-General said today."
    html = template.format(
        title=title, iso=iso, date=day, symbol=symbol, lead=lead, canonical=server.url(path)
    )
    server.page(path, html)


def test_un_press_listing_good_releases_once_and_a_missing_page_rejected(tmp_path):
    with SiteServer() as server:
        server.robots()
        for page in range(2):
            server.file(f"/en/content/press-release?page={page}", f"un_press/listing-{page}.html")
        un_release(
            server,
            "/en/2020/sgsm20345.doc.htm",
            "Secretary-General Calls for Global Ceasefire to Focus on Pandemic Recovery",
            "2020-10-16T12:00:00Z",
            "16 October 2020",
            "SG/SM/20345",
        )
        un_release(
            server,
            "/en/2020/sc14321.doc.htm",
            "Security Council Press Statement on Terrorist Attack in Kabul",
            "2020-10-07T12:00:00Z",
            "7 October 2020",
            "SC/14321",
        )
        source = configured("un_press", server, "/en/content/press-release?page={page}")
        documents, rejects = split(run(source, Archive(tmp_path)))
        assert [d.url for d in documents] == [
            server.url("/en/2020/sgsm20345.doc.htm"),
            server.url("/en/2020/sc14321.doc.htm"),
        ]
        assert {url: (r.stage, r.reason) for url, r in rejects.items()} == {
            server.url("/en/2020/org1700.doc.htm"): ("fetch", "HTTP 404 Not Found")
        }
        assert server.count("/en/2020/old.doc.htm") == 0  # page 1 lies before the window
        first = documents[0]
        # the listing's title and date win over the page's
        assert first.title.startswith("Secretary-General Calls for Global Ceasefire")
        assert first.published == "2020-10-16T12:00:00Z"
        assert first.organisation == "United Nations"
        assert first.text.split("\n\n") == [
            "NEW YORK, 16 October 2020 – Secretary-General Calls for Global Ceasefire to Focus"
            " on Pandemic Recovery, the Secretary-General said today.",
            "“This is the moment to stand together,” the Secretary-General said. “No country"
            " can defeat this virus alone.”",
            "He called on all parties to silence the guns and to allow humanitarian workers to"
            " reach people in need.",
            "* *** *",
        ]
        # the page's own selectors: its headline and its date, not the sidebar's
        page = parse_page(first.html, first.url, source.selectors)
        assert (
            page.title
            == "Secretary-General Calls for Global Ceasefire to Focus on Pandemic Recovery"
        )
        assert page.published == "2020-10-16T12:00:00Z"


def test_every_configured_web_source_has_a_loopback_mirror_test():
    sources = load_sources(DEFAULT_CONFIG)
    web = {name for name, s in sources.items() if s.kind in ("feed", "listing")}
    tested = {"osce", "interpol", "nato", "un_press", "reliefweb_ukraine"}
    assert web <= tested, f"no loopback mirror test for {sorted(web - tested)}"
