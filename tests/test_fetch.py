"""Fetcher against a real HTTP server on 127.0.0.1, with faults injected on purpose."""

from __future__ import annotations

import ipaddress
import logging
import socket
import sys
import time
from pathlib import Path

import pytest

from sources.archive import Archive
from sources.charsets import decode_body
from sources.config import SourceConfig
from sources.fetch import Fetcher, FetchError
from sources.safety import refuse_non_public

sys.path.insert(0, str(Path(__file__).resolve().parent / "fixtures" / "sites"))
from loopback import SiteServer, tls_contexts

PAGE = "<html><head><title>T</title></head><body><p>Hello “world” – café</p></body></html>"


def loopback_source(server: SiteServer, **overrides) -> SourceConfig:
    """A source that may fetch from the loopback server, with small timeouts and waits."""
    settings = dict(
        name="test",
        kind="listing",
        url=server.url("/"),
        allow_private_addresses=True,
        rate_limit=100.0,
        connect_timeout=1.0,
        read_timeout=0.4,
        max_retries=2,
        backoff_base=0.01,
        max_retry_wait=2.0,
        max_body_bytes=1_000_000,
        max_fetch_seconds=10.0,
    )
    return SourceConfig(**{**settings, **overrides})


@pytest.fixture
def server():
    with SiteServer() as running:
        running.robots()
        yield running


def fetch_error(fetcher: Fetcher, url: str, expect: str = "html") -> FetchError:
    with pytest.raises(FetchError) as caught:
        fetcher.get(url, expect=expect)
    return caught.value


def test_fetches_a_page_with_user_agent_and_decodes_it(server):
    seen = {}

    def serve(h):
        seen["agent"] = h.headers.get("User-Agent")
        h.reply(200, {"Content-Type": "text/html; charset=utf-8"}, PAGE.encode())

    server.handler("/page", serve)
    with Fetcher(loopback_source(server, user_agent="pressroom-test (+https://x.test)")) as f:
        result = f.get(server.url("/page"))
    assert result.status == 200 and not result.from_cache
    assert "“world” – café" in result.text
    assert seen["agent"] == "pressroom-test (+https://x.test)"


def test_500_is_retried_then_rejected_with_the_number_of_tries(server):
    server.handler("/down", lambda h: h.reply(500, {}, b"oops"))
    with Fetcher(loopback_source(server)) as f:
        error = fetch_error(f, server.url("/down"))
    assert error.stage == "fetch"
    assert error.reason == "HTTP 500 after 3 tries"
    assert server.count("/down") == 3


def test_flaky_500_then_success(server):
    calls = []

    def serve(h):
        calls.append(1)
        if len(calls) < 3:
            return h.reply(503, {}, b"busy")
        return h.reply(200, {"Content-Type": "text/html"}, PAGE.encode())

    server.handler("/flaky", serve)
    with Fetcher(loopback_source(server)) as f:
        assert "café" in f.get(server.url("/flaky")).text
    assert len(calls) == 3


def test_429_honours_retry_after(server):
    calls = []

    def serve(h):
        calls.append(time.monotonic())
        if len(calls) == 1:
            return h.reply(429, {"Retry-After": "1"}, b"slow down")
        return h.reply(200, {"Content-Type": "text/html"}, PAGE.encode())

    server.handler("/busy", serve)
    with Fetcher(loopback_source(server)) as f:
        f.get(server.url("/busy"))
    assert len(calls) == 2 and calls[1] - calls[0] >= 0.95


def test_retry_after_longer_than_the_cap_gives_up_at_once(server):
    server.handler("/later", lambda h: h.reply(429, {"Retry-After": "3600"}, b""))
    with Fetcher(loopback_source(server)) as f:
        error = fetch_error(f, server.url("/later"))
    assert "asked to wait 3600 s" in error.reason
    assert server.count("/later") == 1


def test_response_slower_than_the_read_timeout(server):
    def serve(h):
        server.note(h.path, 200)
        server.stop.wait(1.5)  # longer than read_timeout, bounded
        h.close_connection = True

    server.handler("/slow", serve)
    with Fetcher(loopback_source(server, max_retries=1)) as f:
        started = time.monotonic()
        error = fetch_error(f, server.url("/slow"))
    assert error.reason == "no answer within the read timeout of 0.4 s after 2 tries"
    assert time.monotonic() - started < 3


def test_connection_reset(server):
    server.handler("/reset", lambda h: h.reset())
    with Fetcher(loopback_source(server)) as f:
        error = fetch_error(f, server.url("/reset"))
    assert error.reason == "connection reset by the server after 3 tries"


def test_truncated_body(server):
    def serve(h):
        h.start(200, {"Content-Type": "text/html", "Content-Length": "5000"})
        h.wfile.write(b"<html><body><p>only the beginning")
        h.wfile.flush()
        h.close_connection = True

    server.handler("/truncated", serve)
    with Fetcher(loopback_source(server, max_retries=0)) as f:
        error = fetch_error(f, server.url("/truncated"))
    assert error.reason.startswith("body cut short")


def test_redirects_are_followed_hop_by_hop(server):
    server.handler("/old", lambda h: h.reply(301, {"Location": "/new"}, b""))
    server.page("/new", PAGE)
    with Fetcher(loopback_source(server)) as f:
        result = f.get(server.url("/old"))
    assert result.final_url == server.url("/new") and result.url == server.url("/old")


def test_redirect_loop(server):
    server.handler("/loop/a", lambda h: h.reply(302, {"Location": "/loop/b"}, b""))
    server.handler("/loop/b", lambda h: h.reply(302, {"Location": "/loop/a"}, b""))
    with Fetcher(loopback_source(server)) as f:
        error = fetch_error(f, server.url("/loop/a"))
    assert error.reason.startswith("redirect loop: ")
    assert server.count("/loop/a") == 1 and server.count("/loop/b") == 1


def test_redirect_chain_is_capped(server):
    for hop in range(10):
        server.handler(
            f"/hop/{hop}", lambda h, n=hop: h.reply(302, {"Location": f"/hop/{n + 1}"}, b"")
        )
    with Fetcher(loopback_source(server, max_redirects=3)) as f:
        error = fetch_error(f, server.url("/hop/0"))
    assert error.reason.startswith("more than 3 redirects")
    assert server.count("/hop/4") == 0


def test_redirect_to_a_foreign_host_is_refused(server):
    server.handler("/away", lambda h: h.reply(302, {"Location": "http://evil.example/steal"}, b""))
    with Fetcher(loopback_source(server)) as f:
        error = fetch_error(f, server.url("/away"))
    assert (error.stage, error.reason) == (
        "safety",
        "refused: redirect to foreign host evil.example",
    )


def test_redirect_to_a_file_url_is_refused(server):
    server.handler("/file", lambda h: h.reply(302, {"Location": "file:///etc/passwd"}, b""))
    with Fetcher(loopback_source(server)) as f:
        error = fetch_error(f, server.url("/file"))
    assert error.stage == "safety" and "file: URL is not HTTP(S)" in error.reason


def test_private_address_refused_unless_allowed(server):
    server.page("/page", PAGE)
    source = loopback_source(
        server, allow_private_addresses=False, allowed_hosts=("localhost", "127.0.0.1")
    )
    with Fetcher(source) as f:
        port = server.httpd.server_address[1]
        for url in (f"http://localhost:{port}/page", server.url("/page")):
            error = fetch_error(f, url)
            assert (
                error.stage == "safety" and "resolves to loopback address 127.0.0.1" in error.reason
            )
    assert server.log == []  # nothing reached the server, not even robots.txt


def test_non_http_and_unlisted_hosts_are_refused(server):
    with Fetcher(loopback_source(server)) as f:
        assert "not HTTP(S)" in fetch_error(f, "ftp://127.0.0.1/x").reason
        assert fetch_error(f, "http://example.org/x").reason == "refused: foreign host example.org"


def test_robots_txt_is_honoured_and_fetched_once(server):
    server.page("/private/page", PAGE)
    server.page("/public", PAGE)
    with Fetcher(loopback_source(server)) as f:
        error = fetch_error(f, server.url("/private/page"))
        f.get(server.url("/public"))
        f.get(server.url("/public"))
    assert error.stage == "robots"
    assert server.count("/private/page") == 0 and server.count("/robots.txt") == 1


@pytest.mark.parametrize(
    ("rules", "path", "allowed"),
    [
        pytest.param("User-agent: *\nDisallow: /*.pdf$\n", "/files/report.pdf", False, id="pdf-wildcard-refused"),
        pytest.param("User-agent: *\nDisallow: /*.pdf$\n", "/files/report.pdf.html", True, id="dollar-anchors-the-end"),
        pytest.param("User-agent: *\nDisallow: /\nAllow: /press/\n", "/press/one", True, id="longer-allow-wins"),
        pytest.param("User-agent: *\nDisallow: /\nAllow: /press/\n", "/about", False, id="disallow-root"),
        pytest.param("User-agent: *\nAllow: /\nDisallow: /press/drafts/\n", "/press/drafts/x", False, id="longer-disallow-wins"),
    ],
)  # fmt: skip
def test_robots_txt_rules_follow_rfc_9309(server, rules, path, allowed):
    server.robots(rules)
    server.page(path, PAGE)
    with Fetcher(loopback_source(server)) as f:
        if allowed:
            assert f.get(server.url(path)).status == 200
        else:
            assert fetch_error(f, server.url(path)).stage == "robots"
            assert server.count(path) == 0


def test_robots_txt_answering_500_disallows_everything(server):
    server.handler("/robots.txt", lambda h: h.reply(500, {}, b""))
    server.page("/page", PAGE)
    with Fetcher(loopback_source(server, max_retries=0)) as f:
        assert fetch_error(f, server.url("/page")).stage == "robots"
    assert server.count("/page") == 0


def test_body_over_the_cap_is_aborted_while_streaming(server):
    chunk = b"<p>" + b"x" * 65_530 + b"</p>"

    def serve(h):  # 50 MB, no Content-Length, streamed from a bounded generator
        h.start(200, {"Content-Type": "text/html", "Connection": "close"})
        sent = 0
        for _ in range(50_000_000 // len(chunk)):
            if server.stop.is_set():
                break
            h.wfile.write(chunk)
            sent += len(chunk)
            server.bytes_sent[h.path] = sent
        h.close_connection = True

    server.handler("/huge", serve)
    with Fetcher(loopback_source(server, max_body_bytes=2_000_000)) as f:
        started = time.monotonic()
        error = fetch_error(f, server.url("/huge"))
    assert error.reason == "body larger than 2 MB"
    assert time.monotonic() - started < 5
    time.sleep(0.2)
    assert server.bytes_sent["/huge"] < 20_000_000  # the server was cut off long before 50 MB
    assert server.count("/huge") == 1  # not retried


def test_declared_content_length_over_the_cap_is_refused_before_reading(server):
    def serve(h):
        h.start(200, {"Content-Type": "text/html", "Content-Length": str(50_000_000)})
        h.close_connection = True

    server.handler("/declared", serve)
    with Fetcher(loopback_source(server)) as f:
        error = fetch_error(f, server.url("/declared"))
    assert error.reason == "body larger than 1 MB (50000000 bytes)"


def test_pdf_where_html_was_expected(server):
    server.page("/report.pdf", b"%PDF-1.4 ...", "application/pdf")
    with Fetcher(loopback_source(server)) as f:
        error = fetch_error(f, server.url("/report.pdf"))
    assert error.reason == "expected HTML, got application/pdf"


def test_404_is_not_retried(server):
    with Fetcher(loopback_source(server)) as f:
        assert fetch_error(f, server.url("/missing")).reason == "HTTP 404 Not Found"
    assert server.count("/missing") == 1


@pytest.mark.parametrize(
    ("body", "content_type"),
    [
        pytest.param(
            PAGE.encode("utf-8"), "text/html; charset=iso-8859-1", id="utf8-labelled-latin1"
        ),
        pytest.param(PAGE.encode("utf-8"), "text/html", id="no-charset-utf8"),
        pytest.param(
            PAGE.replace("<head>", '<head><meta charset="windows-1252">').encode("cp1252"),
            "text/html",
            id="meta-cp1252",
        ),
        pytest.param(PAGE.encode("cp1252"), "text/html; charset=windows-1252", id="header-cp1252"),
        pytest.param(
            PAGE.replace("<head>", '<head><meta charset="utf-8">').encode("cp1252"),
            "text/html",
            id="meta-lies-utf8",
        ),
    ],
)
def test_charsets_keep_quotes_and_accents(server, body, content_type):
    server.page("/charset", body, content_type)
    with Fetcher(loopback_source(server)) as f:
        assert "Hello “world” – café" in f.get(server.url("/charset")).text


@pytest.mark.parametrize(
    ("html", "content_type"),
    [
        pytest.param(
            '<html><head><meta charset="shift_jis"><title>外務省</title></head><body>'
            "<p>髙橋外務大臣は、①日本と②フランスの協定に署名しました。～以上～</p></body></html>",
            "text/html",
            id="meta-shift-jis",
        ),
        pytest.param(
            "<p>Press release ① of the ministry, Tokyo.</p>",
            "text/html; charset=shift_jis",
            id="header-shift-jis",
        ),
    ],
)
def test_shift_jis_label_reads_the_cp932_characters_pages_use(server, html, content_type):
    """Browsers read shift_jis as cp932 (Windows-31J): ① and 髙 are not in plain Shift_JIS."""
    server.page("/sjis", html.encode("cp932"), content_type)
    with Fetcher(loopback_source(server)) as f:
        assert f.get(server.url("/sjis")).text == html


def test_decode_body_prefers_a_bom():
    assert decode_body("\ufeffcafé".encode(), "text/html; charset=iso-8859-1") == "café"


def test_conditional_get_serves_the_archived_body(server, tmp_path):
    server.page("/page", PAGE)
    archive = Archive(tmp_path)
    with Fetcher(loopback_source(server), archive) as f:
        first = f.get(server.url("/page"))
    with Fetcher(loopback_source(server), archive) as f:
        second = f.get(server.url("/page"))
    assert not first.from_cache and second.from_cache
    assert second.status == 304 and second.text == first.text
    assert server.count("/page", 200) == 1 and server.count("/page", 304) == 1


def test_rate_limit_spaces_requests_to_one_host(server):
    server.page("/page", PAGE)
    with Fetcher(loopback_source(server, rate_limit=10.0, respect_robots=False)) as f:
        started = time.monotonic()
        for _ in range(4):
            f.get(server.url("/page"))
    assert time.monotonic() - started >= 0.29  # 4 requests at 10/s: three gaps of 0.1 s


# -- DNS pinning: the connection goes to the address that was checked ------------------------


class RebindingResolver:
    """A name server that answers each name differently on each ask (a rebinding attack)."""

    def __init__(self, *answers: str):
        self.answers = list(answers)
        self.asked: list[tuple[str, int]] = []

    def __call__(self, host, port, *args, **kwargs):
        self.asked.append((host, port))
        address = self.answers[min(len(self.asked), len(self.answers)) - 1]
        return [(socket.AF_INET, socket.SOCK_STREAM, 6, "", (address, port))]


@pytest.fixture
def three_loopbacks():
    """Servers on 127.0.0.1, .2 and .3, one port: where 'localhost' goes, the vetted, the rebound."""
    with (
        SiteServer("127.0.0.2") as vetted,
        SiteServer("127.0.0.1", vetted.port) as system,
        SiteServer("127.0.0.3", vetted.port) as rebound,
    ):
        for running in (vetted, system, rebound):
            running.robots()
            running.handler(
                "/page",
                lambda h: h.reply(
                    200, {"Content-Type": "text/html", "Connection": "close"}, PAGE.encode()
                ),
            )
        yield vetted, system, rebound


def test_connections_go_to_the_address_that_was_checked(three_loopbacks):
    vetted, system, rebound = three_loopbacks
    resolver = RebindingResolver("127.0.0.2", "127.0.0.3")
    source = loopback_source(vetted, allowed_hosts=("localhost",))
    url = f"http://localhost:{vetted.port}/page"
    with Fetcher(source, resolver=resolver) as f:
        for _ in range(3):  # the server closes each connection: every fetch connects anew
            assert "café" in f.get(url).text
    assert resolver.asked == [("localhost", vetted.port)]  # resolved once, then pinned
    assert [path for path, _ in vetted.log] == ["/robots.txt", "/page", "/page", "/page"]
    assert system.log == [] and rebound.log == []  # neither the system's DNS nor the rebind
    assert set(vetted.host_headers) == {f"localhost:{vetted.port}"}  # the name, not the address


def test_a_name_resolving_to_a_private_address_is_refused_before_any_connection(three_loopbacks):
    vetted, system, rebound = three_loopbacks
    resolver = RebindingResolver("127.0.0.2")
    source = loopback_source(vetted, allowed_hosts=("localhost",), allow_private_addresses=False)
    with Fetcher(source, resolver=resolver) as f:
        error = fetch_error(f, f"http://localhost:{vetted.port}/page")
    assert (error.stage, error.reason) == (
        "safety",
        "refused: localhost resolves to loopback address 127.0.0.2",
    )
    assert vetted.log == system.log == rebound.log == []


@pytest.mark.parametrize(
    ("answers", "reason"),
    [
        (["10.1.2.3"], "private address 10.1.2.3"),
        (["93.184.216.34", "192.168.0.7"], "private address 192.168.0.7"),
        (["169.254.169.254"], "link-local address 169.254.169.254"),
        (["fe80::1"], "link-local address fe80::1"),
        (["::1"], "loopback address ::1"),
        (["100.64.0.1"], "non-public address 100.64.0.1"),
        (["224.0.0.1"], "multicast address 224.0.0.1"),
    ],
)
def test_every_answer_must_be_public(answers, reason):
    addresses = [ipaddress.ip_address(answer) for answer in answers]
    with pytest.raises(FetchError) as caught:
        refuse_non_public("news.example", addresses)
    assert caught.value.reason == f"refused: news.example resolves to {reason}"


def test_https_keeps_the_name_for_sni_and_the_certificate(tmp_path):
    pytest.importorskip("cryptography")
    good, ca_file = tls_contexts(tmp_path, ("localhost",))
    with SiteServer("127.0.0.2", tls=good) as server:
        server.robots()
        server.page("/page", PAGE)
        source = loopback_source(server, allowed_hosts=("localhost",))
        resolver = RebindingResolver("127.0.0.2", "127.0.0.3")
        with Fetcher(source, resolver=resolver, ca_bundle=str(ca_file)) as f:
            result = f.get(f"https://localhost:{server.port}/page")
    assert "café" in result.text
    assert set(server.sni_names) == {"localhost"}  # SNI names the host, not 127.0.0.2
    assert set(server.host_headers) == {f"localhost:{server.port}"}


def test_https_certificate_for_another_name_is_refused(tmp_path):
    pytest.importorskip("cryptography")
    other, ca_file = tls_contexts(tmp_path, ("other.test",))
    with SiteServer("127.0.0.2", tls=other) as server:
        server.page("/page", PAGE)
        source = loopback_source(
            server, allowed_hosts=("localhost",), max_retries=0, respect_robots=False
        )
        with Fetcher(source, resolver=RebindingResolver("127.0.0.2"), ca_bundle=str(ca_file)) as f:
            error = fetch_error(f, f"https://localhost:{server.port}/page")
    assert error.reason == "TLS certificate or handshake refused after 1 try"
    assert server.log == []


def test_robots_txt_is_fetched_conditionally_through_the_archive(server, tmp_path):
    server.robots("User-agent: *\nDisallow: /private/\n")
    server.page("/public", PAGE)
    server.page("/private/page", PAGE)
    archive = Archive(tmp_path)
    with Fetcher(loopback_source(server), archive) as f:
        f.get(server.url("/public"))
    with Fetcher(loopback_source(server), archive) as f:
        assert fetch_error(f, server.url("/private/page")).stage == "robots"  # archived rules
    assert server.count("/robots.txt", 200) == 1 and server.count("/robots.txt", 304) == 1
    assert server.count("/private/page") == 0


def test_retries_refusals_redirects_and_throttling_are_logged(server, caplog):
    calls = []

    def flaky(h):
        calls.append(1)
        h.reply(500 if len(calls) == 1 else 200, {"Content-Type": "text/html"}, PAGE.encode())

    server.handler("/flaky", flaky)
    server.handler("/moved", lambda h: h.reply(301, {"Location": "/page"}, b""))
    server.page("/page", PAGE)
    throttled = []

    def busy(h):
        throttled.append(1)
        if len(throttled) == 1:
            h.reply(429, {"Retry-After": "0"}, b"")
        else:
            h.reply(200, {"Content-Type": "text/html"}, PAGE.encode())

    server.handler("/busy", busy)
    server.page("/private/page", PAGE)
    caplog.set_level(logging.INFO, logger="test.fetch")
    with Fetcher(loopback_source(server), logger=logging.getLogger("test.fetch")) as f:
        f.get(server.url("/flaky"))
        f.get(server.url("/moved"))
        f.get(server.url("/busy"))
        fetch_error(f, server.url("/private/page"))
    lines = [(record.levelname, record.getMessage()) for record in caplog.records]
    retry = f"retry 1 of 2 for {server.url('/flaky')} in "
    assert any(
        level == "WARNING" and text.startswith(retry) and text.endswith(" s: HTTP 500")
        for level, text in lines
    )
    assert (
        "INFO",
        f"redirect (HTTP 301): {server.url('/moved')} -> {server.url('/page')}",
    ) in lines
    assert (
        "WARNING",
        f"throttled: {server.url('/busy')} answered HTTP 429 with Retry-After 0 s",
    ) in lines
    assert (
        "WARNING",
        f"robots.txt of {server.url('/').split('/')[2]} disallows {server.url('/private/page')}: not fetched",
    ) in lines
