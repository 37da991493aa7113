"""A web source through the whole ingest flow: faults become rejects, re-runs fetch nothing new."""

from __future__ import annotations

import dataclasses
import json
from datetime import date
from pathlib import Path

import pytest

from sources.config import Selectors, SourceConfig
from tests.test_web import configured, osce_site  # noqa: F401 (the loopback newsroom fixture)
from warehouse.query import run_query

pytestmark = pytest.mark.usefixtures("prefect_api")
WINDOW = {"since": date(2020, 10, 1), "until": date(2020, 10, 31)}


def toml_value(value) -> str:
    """A TOML literal for the few value kinds a source has."""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int | float):
        return repr(value)
    if isinstance(value, tuple | list):
        return "[" + ", ".join(toml_value(item) for item in value) + "]"
    return json.dumps(value)


def write_config(path: Path, source: SourceConfig) -> Path:
    """A sources file holding one source exactly as given."""
    lines = [f"[sources.{source.name}]"]
    for field in dataclasses.fields(source):
        value = getattr(source, field.name)
        if field.name in ("name", "selectors") or value is None:
            continue
        lines.append(f"{field.name} = {toml_value(value)}")
    selectors: Selectors = source.selectors
    lines.append(f"[sources.{source.name}.selectors]")
    lines += [
        f"{key} = {toml_value(value)}"
        for key, value in dataclasses.asdict(selectors).items()
        if value
    ]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def ingest_osce(config: Path, data_dir: Path) -> dict:
    from flows.ingest import ingest

    return ingest(source="osce", config=str(config), data_dir=str(data_dir), **WINDOW)


def test_good_releases_once_bad_pages_rejected_and_nothing_refetched(osce_site, tmp_path):  # noqa: F811
    source = configured("osce", osce_site, "/press-releases?page={page}")
    config = write_config(tmp_path / "sources.toml", source)
    data_dir = tmp_path / "data"

    first = ingest_osce(config, data_dir)
    assert first["status"] == "completed" and first["releases_written"] == 3
    urls = [row[0] for row in run_query(data_dir, "select url from releases order by url")[1]]
    assert urls == [osce_site.url(f"/press-releases/release-{x}") for x in "abc"]
    rejects = dict(run_query(data_dir, "select url, reason from rejects")[1])
    reasons = {url.rsplit("/", 1)[-1]: reason for url, reason in rejects.items()}
    assert reasons == {
        "fake": "refused: foreign host evil.example",
        "broken": "HTTP 500 after 3 tries",
        "report.pdf": "expected HTML, got application/pdf",
    }
    quotes = run_query(data_dir, "select count(*) from quotes")[1][0][0]

    served_before = len(osce_site.log)
    second = ingest_osce(config, data_dir)
    refetched = [
        path
        for path, status in osce_site.log[served_before:]
        if status == 200 and path.startswith("/press-releases/release-")
    ]
    assert refetched == [], "unchanged pages are answered 304, not downloaded again"
    assert second["releases_written"] == 0 and second["releases_unchanged"] == 3
    assert run_query(data_dir, "select count(*) from releases")[1][0][0] == 3
    assert run_query(data_dir, "select count(*) from quotes")[1][0][0] == quotes
    attempts = {row[0] for row in run_query(data_dir, "select attempts from rejects")[1]}
    assert attempts == {2}, "each open reject was tried again by the second run"


def test_reprocess_rebuilds_from_the_archive_without_network(osce_site, tmp_path):  # noqa: F811
    from flows.ingest import ingest

    source = configured("osce", osce_site, "/press-releases?page={page}")
    config = write_config(tmp_path / "sources.toml", source)
    data_dir = tmp_path / "data"
    ingest_osce(config, data_dir)
    before = run_query(data_dir, "select url, content_hash from releases order by url")[1]
    served = len(osce_site.log)

    result = ingest(
        source="osce", config=str(config), data_dir=str(data_dir), force=True, from_archive=True
    )
    assert len(osce_site.log) == served, "a rebuild asks the network for nothing"
    assert result["releases_written"] == 3 and result["flow"] == "reprocess"
    after = run_query(data_dir, "select url, content_hash from releases order by url")[1]
    assert after == before


def test_reprocess_after_a_selector_change_follows_the_new_selector(osce_site, tmp_path):  # noqa: F811
    from flows.ingest import ingest

    source = configured("osce", osce_site, "/press-releases?page={page}")
    data_dir = tmp_path / "data"
    ingest_osce(write_config(tmp_path / "sources.toml", source), data_dir)
    served = len(osce_site.log)
    quote_only = dataclasses.replace(source, selectors=Selectors(body="blockquote"))
    config = write_config(tmp_path / "sources.toml", quote_only)

    ingest(source="osce", config=str(config), data_dir=str(data_dir), force=True, from_archive=True)
    assert len(osce_site.log) == served, "a rebuild asks the network for nothing"
    bodies = {row[0] for row in run_query(data_dir, "select body_text from releases")[1]}
    assert bodies == {
        "“We stand ready to support every effort towards a peaceful solution,” said the Chairperson."
    }


FAULT_PAGE = """<html><head><meta charset="{charset}"><title>{title}</title></head><body>
<nav><a href="/">Home</a> <a href="/news">News</a></nav><article><h1>{title}</h1>
<p>VIENNA, 5 October 2020 – {title} was reported today by the Secretariat in Vienna.</p>
<p>“We keep our café open to every délégué,” said OSCE Secretary General Maria Holm.</p>
</article><footer>Contact us</footer></body></html>"""

GOOD = ("good-a", "good-b", "good-c")


def fault_feed(server, paths: list[str]) -> bytes:
    """An RSS feed whose items are summaries, so every item's page is fetched."""
    items = "".join(
        f"<item><title>{path}</title><link>{server.url('/news/' + path)}</link>"
        f"<pubDate>Mon, 05 Oct 2020 09:00:00 GMT</pubDate><description>Summary.</description></item>"
        for path in paths
    )
    return f'<?xml version="1.0"?><rss version="2.0"><channel><title>t</title>{items}</channel></rss>'.encode()


def serve_faults(server) -> None:
    """Good pages, a 429 that recovers, a mislabelled charset, and one page per fault."""
    for name in GOOD:
        server.page(f"/news/{name}", FAULT_PAGE.format(charset="utf-8", title=name))
    calls = []

    def busy_then_fine(h):
        calls.append(1)
        if len(calls) == 1:
            return h.reply(429, {"Retry-After": "1"}, b"slow down")
        page = FAULT_PAGE.format(charset="utf-8", title="after-429").encode()
        return h.reply(200, {"Content-Type": "text/html; charset=utf-8"}, page)

    def slow(h):
        server.note(h.path, 200)
        server.stop.wait(1.5)
        h.close_connection = True

    def truncated(h):
        h.start(200, {"Content-Type": "text/html", "Content-Length": "5000"})
        h.wfile.write(b"<html><body><p>only the beginning")
        h.close_connection = True

    def huge(h):
        h.start(200, {"Content-Type": "text/html", "Connection": "close"})
        chunk = b"<p>" + b"x" * 65_000 + b"</p>"
        for _ in range(800):  # 52 MB at most, cut off by the client long before
            if server.stop.is_set():
                break
            h.wfile.write(chunk)
        h.close_connection = True

    server.handler("/news/after-429", busy_then_fine)
    latin = FAULT_PAGE.format(charset="iso-8859-1", title="latin-1").encode("latin-1", "replace")
    server.page("/news/latin-1", latin, "text/html")  # no charset in the header: the meta tells
    server.handler("/news/server-error", lambda h: h.reply(500, {}, b"oops"))
    server.handler("/news/slow", slow)
    server.handler("/news/reset", lambda h: h.reset())
    server.handler("/news/truncated", truncated)
    server.handler("/news/loop", lambda h: h.reply(302, {"Location": "/news/loop"}, b""))
    server.handler(
        "/news/elsewhere", lambda h: h.reply(302, {"Location": "http://evil.example/x"}, b"")
    )
    server.handler("/news/huge", huge)
    server.page("/news/report.pdf", b"%PDF-1.4 not a page", "application/pdf")
    faults = [
        "server-error",
        "slow",
        "reset",
        "truncated",
        "loop",
        "elsewhere",
        "huge",
        "report.pdf",
    ]
    paths = [*GOOD, "after-429", "latin-1", *faults]
    server.page("/feed.xml", fault_feed(server, paths), "application/rss+xml")


EXPECTED_REASONS = {
    "server-error": "HTTP 500",
    "slow": "read timeout",
    "reset": "connection reset",
    "truncated": "body cut short",
    "loop": "redirect",
    "elsewhere": "foreign host evil.example",
    "huge": "body larger than",
    "report.pdf": "expected HTML, got application/pdf",
}


def test_every_fault_through_the_flow(tmp_path):
    from loopback import SiteServer

    with SiteServer() as server:
        server.robots()
        serve_faults(server)
        source = SourceConfig(
            name="faults", kind="feed", url=server.url("/feed.xml"), organisation="OSCE",
            allowed_hosts=("127.0.0.1",), allow_private_addresses=True, rate_limit=200.0,
            read_timeout=0.4, max_retries=1, backoff_base=0.01, max_retry_wait=2.0,
            max_body_bytes=2_000_000,
        )  # fmt: skip
        config = write_config(tmp_path / "sources.toml", source)
        data_dir = tmp_path / "data"
        from flows.ingest import ingest

        first = ingest(source="faults", config=str(config), data_dir=str(data_dir))
        assert first["status"] == "completed"
        titles = run_query(data_dir, "select title, count(*) from releases group by all")[1]
        assert sorted(titles) == sorted((t, 1) for t in (*GOOD, "after-429", "latin-1"))
        body = run_query(data_dir, "select body_text from releases where title = 'latin-1'")[1]
        assert "café" in body[0][0] and "délégué" in body[0][0]
        rejects = dict(run_query(data_dir, "select url, reason from rejects")[1])
        reasons = {url.rsplit("/", 1)[-1]: reason for url, reason in rejects.items()}
        assert set(reasons) == set(EXPECTED_REASONS)
        for name, words in EXPECTED_REASONS.items():
            assert words in reasons[name], (name, reasons[name])

        served = len(server.log)
        second = ingest(source="faults", config=str(config), data_dir=str(data_dir))
        downloads = [
            path for path, status in server.log[served:]
            if status == 200 and path.rsplit("/", 1)[-1] in (*GOOD, "latin-1")
        ]  # fmt: skip
        assert downloads == [], "unchanged pages are answered 304"
        assert second["releases_written"] == 0
        assert run_query(data_dir, "select count(*) from releases")[1][0][0] == 5
