"""HTTP for web sources: polite (rate, robots.txt), resumable (conditional GET) and safe.

Every hop of a fetch is checked: only the hosts a source allows, only http(s), never a
private, loopback or link-local address unless the source allows it. Redirects are followed
here, not by requests, so each hop is checked and the chain is capped; the address checks
and DNS pinning are in sources/safety.py, charsets in sources/charsets.py.
"""

from __future__ import annotations

import logging
import random
import socket
import threading
import time
from dataclasses import dataclass, field
from datetime import UTC, datetime
from email.utils import parsedate_to_datetime
from logging import Logger, LoggerAdapter
from typing import TYPE_CHECKING
from urllib.parse import urljoin, urlsplit

import requests

from sources.archive import FetchResult
from sources.charsets import decode_body
from sources.errors import FetchError
from sources.robots import Robots, robots_for_status
from sources.safety import (
    DEFAULT_PORTS,
    PinnedAdapter,
    Resolver,
    host_allowed,
    refuse_non_public,
    resolve,
)

if TYPE_CHECKING:
    from sources.archive import Archive
    from sources.config import SourceConfig

# What each kind of fetch accepts as Content-Type; "+xml" types count as feeds too.
EXPECTED_TYPES = {
    "html": ("text/html", "application/xhtml+xml"),
    "feed": (
        "application/rss+xml",
        "application/atom+xml",
        "application/rdf+xml",
        "application/xml",
        "text/xml",
    ),
    "robots": (),  # anything
}
EXPECTED_NAMES = {"html": "HTML", "feed": "an RSS or Atom feed"}
ACCEPT_HEADERS = {
    "html": "text/html,application/xhtml+xml;q=0.9,*/*;q=0.1",
    "feed": "application/rss+xml,application/atom+xml,application/xml;q=0.9,text/xml;q=0.8",
    "robots": "text/plain,*/*;q=0.1",
}
REDIRECT_STATUSES = frozenset({301, 302, 303, 307, 308})
CHUNK_BYTES = 64 * 1024


@dataclass(slots=True)
class _Host:
    """Per-host state: the pinned address, one pooled session, a pace and a parallel cap."""

    address: str  # the vetted address every connection to this host goes to
    session: requests.Session
    slots: threading.BoundedSemaphore
    pace_lock: threading.Lock = field(default_factory=threading.Lock)
    next_at: float = 0.0
    interval: float = 1.0
    robots: Robots | None = None
    robots_lock: threading.Lock = field(default_factory=threading.Lock)


@dataclass(slots=True)
class _Reply:
    """One HTTP exchange, body read when it matters."""

    url: str
    status: int
    headers: dict[str, str]
    content: bytes = b""


class Fetcher:
    """Fetches the pages of one source, politely and safely, through the raw archive."""

    def __init__(
        self,
        source: SourceConfig,
        archive: Archive | None = None,
        *,
        resolver: Resolver = socket.getaddrinfo,
        ca_bundle: str | None = None,
        logger: Logger | LoggerAdapter | None = None,
    ):
        self.source = source
        self.archive = archive
        # Where retries, refusals, redirects and throttling are told: the flow passes its
        # run logger, so they show in the Prefect UI beside the run's other lines.
        self.log = logger or logging.getLogger(__name__)
        self.resolver = resolver  # how names are resolved (tests play a rebinding DNS here)
        self.ca_bundle = ca_bundle  # a CA file to trust instead of the system's (private CAs)
        self._hosts: dict[str, _Host] = {}
        self._hosts_lock = threading.Lock()

    def close(self) -> None:
        """Close every pooled session."""
        with self._hosts_lock:
            for host in self._hosts.values():
                host.session.close()
            self._hosts.clear()

    def __enter__(self) -> Fetcher:
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    def get(self, url: str, expect: str = "html") -> FetchResult:
        """The page at url, following checked redirects; raises FetchError with a clear reason."""
        cached = self.archive.validators(url) if self.archive else None
        reply = self._follow(url, expect, cached)
        result = None
        if reply.status == 304 and cached is not None:
            body = self.archive.body(cached.sha256) if self.archive else None
            if body is not None:
                result = self._result(url, reply, body, cached.content_type, from_cache=True)
            else:
                reply = self._follow(url, expect, None)  # archived body lost: fetch it whole
        if result is None:
            if reply.status != 200:
                raise FetchError("fetch", f"HTTP {reply.status} where a page was expected")
            result = self._result(url, reply, reply.content, reply.headers.get("Content-Type", ""))
        if self.archive is not None:
            self.archive.record(self.source.name, result)
        return result

    # -- the chain of hops -------------------------------------------------------------

    def _follow(self, url: str, expect: str, cached) -> _Reply:
        """Request url and each redirect target in turn, checking every hop."""
        chain = [url]
        current = url
        for hop in range(self.source.max_redirects + 1):
            self._check_target(current, redirected=hop > 0)
            if expect != "robots" and self.source.respect_robots:
                self._check_robots(current)
            conditional = _conditional_headers(cached) if hop == 0 else {}
            reply = self._with_retries(current, expect, conditional)
            if reply.status not in REDIRECT_STATUSES:
                return reply
            location = reply.headers.get("Location")
            if not location:
                raise FetchError("fetch", f"HTTP {reply.status} redirect without a Location")
            previous, current = current, urljoin(current, location.strip())
            self.log.info("redirect (HTTP %d): %s -> %s", reply.status, previous, current)
            if current in chain:
                raise FetchError("fetch", f"redirect loop: {' -> '.join([*chain, current])}")
            chain.append(current)
        raise FetchError("fetch", f"more than {self.source.max_redirects} redirects from {url}")

    def _check_target(self, url: str, redirected: bool) -> None:
        """Refuse non-HTTP URLs, hosts the source does not allow and private addresses."""
        parts = urlsplit(url)
        if parts.scheme not in ("http", "https"):
            scheme = f"{parts.scheme}:" if parts.scheme else "a relative"
            raise FetchError("safety", f"refused: {scheme} URL is not HTTP(S): {url}")
        host = (parts.hostname or "").lower()
        if not host:
            raise FetchError("safety", f"refused: no host in {url}")
        if not host_allowed(host, self.source.hosts):
            what = "redirect to foreign host" if redirected else "foreign host"
            raise FetchError("safety", f"refused: {what} {host}")
        self._host(parts)  # resolves, vets and pins the host's address on first use

    def _vetted_address(self, parts) -> str:
        """The address to connect to: resolved once, refused if any answer is not public."""
        host = (parts.hostname or "").lower()
        port = parts.port or DEFAULT_PORTS[parts.scheme]
        addresses = resolve(host, port, self.resolver)
        if not self.source.allow_private_addresses:
            refuse_non_public(host, addresses)
        return str(addresses[0])

    def _check_robots(self, url: str) -> None:
        """Refuse what robots.txt disallows for us; the file is fetched once per host."""
        parts = urlsplit(url)
        host = self._host(parts)
        with host.robots_lock:
            if host.robots is None:
                host.robots = self._load_robots(f"{parts.scheme}://{parts.netloc}/robots.txt")
                delay = host.robots.crawl_delay()
                if delay:
                    host.interval = max(
                        host.interval, min(float(delay), self.source.max_retry_wait)
                    )
                    self.log.info(
                        "robots.txt of %s asks a Crawl-delay of %g s: one request every %g s",
                        parts.netloc,
                        delay,
                        host.interval,
                    )
        if not host.robots.allows(url):
            self.log.warning("robots.txt of %s disallows %s: not fetched", parts.netloc, url)
            raise FetchError("robots", f"disallowed by robots.txt of {parts.netloc}: {url}")

    def _load_robots(self, robots_url: str) -> Robots:
        """The host's robots.txt: 4xx allows all, 5xx or no answer disallows all."""
        try:
            reply = self._robots_reply(robots_url)
        except FetchError:
            return robots_for_status(None)
        text = decode_body(reply.content, reply.headers.get("Content-Type", ""))
        return robots_for_status(reply.status, text if reply.status == 200 else "")

    def _robots_reply(self, robots_url: str) -> _Reply:
        """robots.txt by conditional GET: a 304 answers with the archived file, a 200 is kept."""
        cached = self.archive.validators(robots_url) if self.archive else None
        reply = self._follow(robots_url, "robots", cached)
        if reply.status == 304 and cached is not None:
            body = self.archive.body(cached.sha256)
            if body is not None:
                return _Reply(reply.url, 200, {"Content-Type": cached.content_type}, body)
            reply = self._follow(robots_url, "robots", None)  # archived file lost: ask whole
        if reply.status == 200 and self.archive is not None:
            content_type = reply.headers.get("Content-Type", "")
            result = self._result(robots_url, reply, reply.content, content_type)
            self.archive.record(self.source.name, result)
        return reply

    # -- one request, retried ------------------------------------------------------------

    def _with_retries(self, url: str, expect: str, extra: dict[str, str]) -> _Reply:
        """One exchange, retried with backoff on connection errors, 429 and 5xx."""
        tries = self.source.max_retries + 1
        problem = "no attempt"
        for attempt in range(1, tries + 1):
            try:
                reply = self._exchange(url, expect, extra)
            except _Transient as error:
                problem, wait = error.reason, self._backoff(attempt)
            else:
                if reply.status != 429 and reply.status < 500:
                    return self._accept(reply, expect)
                problem, wait = f"HTTP {reply.status}", self._retry_wait(reply, attempt)
            if attempt < tries:
                self.log.warning(
                    "retry %d of %d for %s in %.1f s: %s", attempt, tries - 1, url, wait, problem
                )
                time.sleep(wait)
        plural = "try" if tries == 1 else "tries"
        raise FetchError("fetch", f"{problem} after {tries} {plural}")

    def _accept(self, reply: _Reply, expect: str) -> _Reply:
        """Turn client errors into a FetchError; let 2xx, 304 and redirects through."""
        if reply.status >= 400 and expect != "robots":
            raise FetchError("fetch", f"HTTP {reply.status} {_status_phrase(reply.status)}".strip())
        return reply

    def _backoff(self, attempt: int) -> float:
        """Exponential backoff with jitter, capped."""
        base = self.source.backoff_base * 2 ** (attempt - 1)
        return min(base * (0.5 + random.random()), self.source.max_retry_wait)

    def _retry_wait(self, reply: _Reply, attempt: int) -> float:
        """The server's Retry-After when it gives one, else backoff; too long a wait gives up."""
        asked = retry_after_seconds(reply.headers.get("Retry-After"))
        if asked is None:
            return self._backoff(attempt)
        self.log.warning(
            "throttled: %s answered HTTP %d with Retry-After %.0f s", reply.url, reply.status, asked
        )
        if asked > self.source.max_retry_wait:
            raise FetchError(
                "fetch",
                f"HTTP {reply.status}: server asked to wait {asked:.0f} s, "
                f"more than the {self.source.max_retry_wait:.0f} s cap",
            )
        return asked

    def _exchange(self, url: str, expect: str, extra: dict[str, str]) -> _Reply:
        """One paced request; the body is streamed, capped and read only for a 200."""
        parts = urlsplit(url)
        host = self._host(parts)
        headers = {"Accept": ACCEPT_HEADERS[expect], **extra}
        with host.slots:
            self._pace(host)
            started = time.monotonic()
            try:
                response = host.session.get(
                    url,
                    headers=headers,
                    timeout=(self.source.connect_timeout, self.source.read_timeout),
                    allow_redirects=False,
                    stream=True,
                )
            except requests.RequestException as error:
                raise _Transient(describe_error(error, self.source)) from error
            try:
                reply = _Reply(url, response.status_code, dict(response.headers.items()))
                if response.status_code == 200:
                    self._check_type(reply, expect)
                    reply.content = self._read_body(response, started)
                return reply
            finally:
                response.close()

    def _pace(self, host: _Host) -> None:
        """Wait for this host's next free moment (rate limit per host)."""
        with host.pace_lock:
            now = time.monotonic()
            start = max(now, host.next_at)
            host.next_at = start + host.interval
        if start > now:
            self.log.debug("pacing: waiting %.2f s before the next request", start - now)
            time.sleep(start - now)

    def _check_type(self, reply: _Reply, expect: str) -> None:
        """Refuse a body of another kind than expected (a PDF where HTML was due)."""
        accepted = EXPECTED_TYPES[expect]
        mime = reply.headers.get("Content-Type", "").split(";")[0].strip().lower()
        if not accepted or not mime:
            return
        if mime in accepted or (expect == "feed" and mime.endswith("+xml")):
            return
        raise FetchError("fetch", f"expected {EXPECTED_NAMES[expect]}, got {mime}")

    def _read_body(self, response: requests.Response, started: float) -> bytes:
        """The body, streamed; aborted past max_body_bytes or max_fetch_seconds."""
        limit = self.source.max_body_bytes
        declared = response.headers.get("Content-Length", "")
        if declared.isdigit() and int(declared) > limit:
            raise FetchError("fetch", f"body larger than {human_bytes(limit)} ({declared} bytes)")
        chunks, size = [], 0
        try:
            for chunk in response.iter_content(CHUNK_BYTES):
                size += len(chunk)
                if size > limit:
                    raise FetchError("fetch", f"body larger than {human_bytes(limit)}")
                if time.monotonic() - started > self.source.max_fetch_seconds:
                    raise FetchError(
                        "fetch", f"download took longer than {self.source.max_fetch_seconds:g} s"
                    )
                chunks.append(chunk)
        except requests.RequestException as error:
            raise _Transient(describe_error(error, self.source)) from error
        return b"".join(chunks)

    def _host(self, parts) -> _Host:
        """The state of one host, created (its address resolved and vetted) on first use."""
        key = f"{parts.scheme}://{parts.netloc}".lower()
        with self._hosts_lock:
            known = self._hosts.get(key)
        if known is not None:
            return known
        fresh = self._new_host(parts)  # resolving outside the lock: other hosts need not wait
        with self._hosts_lock:
            kept = self._hosts.setdefault(key, fresh)
        if kept is not fresh:
            fresh.session.close()
        return kept

    def _new_host(self, parts) -> _Host:
        """A pooled session pinned to the vetted address; no retries, redirects or proxy env."""
        address = self._vetted_address(parts)
        session = requests.Session()
        session.trust_env = False  # an environment proxy would bypass the address checks
        session.headers["User-Agent"] = self.source.user_agent
        session.verify = self.ca_bundle or True
        adapter = PinnedAdapter(
            (parts.hostname or "").lower(),
            address,
            pool_connections=1,
            pool_maxsize=self.source.max_concurrency,
        )
        session.mount("http://", adapter)
        session.mount("https://", adapter)
        rate = self.source.rate_limit
        return _Host(
            address=address,
            session=session,
            slots=threading.BoundedSemaphore(max(1, self.source.max_concurrency)),
            interval=1.0 / rate if rate > 0 else 0.0,
        )

    def _result(
        self, url: str, reply: _Reply, body: bytes, content_type: str, from_cache: bool = False
    ) -> FetchResult:
        """A FetchResult with the body decoded."""
        return FetchResult(
            url=url,
            final_url=reply.url,
            status=reply.status,
            headers=reply.headers,
            content=body,
            text=decode_body(body, content_type),
            content_type=content_type,
            fetched_at=datetime.now(UTC),
            from_cache=from_cache,
        )


class _Transient(Exception):
    """A failure worth another try (connection, timeout, truncated body)."""

    def __init__(self, reason: str):
        super().__init__(reason)
        self.reason = reason


def _conditional_headers(cached) -> dict[str, str]:
    """If-None-Match / If-Modified-Since from what the archive holds."""
    headers = {}
    if cached is not None and cached.etag:
        headers["If-None-Match"] = cached.etag
    if cached is not None and cached.last_modified:
        headers["If-Modified-Since"] = cached.last_modified
    return headers


def retry_after_seconds(value: str | None) -> float | None:
    """Retry-After as seconds: a number of seconds or an HTTP date."""
    if not value:
        return None
    value = value.strip()
    if value.isdigit():
        return float(value)
    try:
        when = parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    if when.tzinfo is None:
        when = when.replace(tzinfo=UTC)
    return max(0.0, (when - datetime.now(UTC)).total_seconds())


def describe_error(error: Exception, source: SourceConfig) -> str:
    """A one-line reason for a requests exception."""
    text = repr(error)
    if isinstance(error, requests.exceptions.SSLError):
        return "TLS certificate or handshake refused"
    if isinstance(error, requests.exceptions.ConnectTimeout):
        return f"no connection within {source.connect_timeout:g} s"
    if isinstance(error, requests.exceptions.ReadTimeout) or "Read timed out" in text:
        return f"no answer within the read timeout of {source.read_timeout:g} s"
    if isinstance(error, requests.exceptions.ChunkedEncodingError) or "IncompleteRead" in text:
        return "body cut short (connection closed before the announced length)"
    if "ConnectionResetError" in text or "RemoteDisconnected" in text or "reset" in text:
        return "connection reset by the server"
    if "Connection refused" in text or "ConnectionRefusedError" in text:
        return "connection refused"
    return f"connection failed ({type(error).__name__})"


def _status_phrase(status: int) -> str:
    """The standard reason phrase of a status code, or nothing."""
    from http import HTTPStatus

    try:
        return HTTPStatus(status).phrase
    except ValueError:
        return ""


def human_bytes(count: int) -> str:
    """10_000_000 -> '10 MB'."""
    for unit, size in (("GB", 10**9), ("MB", 10**6), ("KB", 10**3)):
        if count >= size:
            return f"{count / size:g} {unit}"
    return f"{count} bytes"
