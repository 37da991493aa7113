"""A small newsroom on 127.0.0.1: an RSS feed whose items link to slow article pages."""

from __future__ import annotations

import threading
import time
from collections import Counter
from datetime import UTC, date, datetime, timedelta
from email.utils import format_datetime
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

ARTICLE = """<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">
<title>{title}</title><meta property="article:published_time" content="{day}T09:00:00Z"></head>
<body><nav><a href="/">Home</a> <a href="/news">News</a></nav><article><h1>{title}</h1>
<p>VIENNA, {long_day} – The OSCE held meeting number {number} today in Vienna.</p>
<p>“Meeting {number} moved our work forward,” said OSCE Secretary General Maria Holm.</p>
</article><footer>Footer links</footer></body></html>"""


class Newsroom:
    """Serves /feed.xml (newest first) and /news/<n>; counts requests per path."""

    def __init__(self, first_day: date, items: int, every_days: int, article_delay: float = 0.0):
        self.days = [first_day + timedelta(days=every_days * n) for n in range(items)]
        self.article_delay = article_delay
        self.hits: Counter[str] = Counter()
        self.server = ThreadingHTTPServer(("127.0.0.1", 0), self._handler())
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.server.server_address[1]}"

    def __enter__(self) -> Newsroom:
        self.thread.start()
        return self

    def __exit__(self, *exc) -> None:
        self.server.shutdown()
        self.server.server_close()

    def feed(self) -> str:
        """RSS 2.0 with a summary per item, so each article page must be fetched."""
        items = []
        for number, day in sorted(enumerate(self.days), key=lambda pair: pair[1], reverse=True):
            stamp = format_datetime(datetime(day.year, day.month, day.day, 9, tzinfo=UTC))
            items.append(
                f"<item><title>Meeting {number}</title><link>{self.url}/news/{number}</link>"
                f"<guid>{self.url}/news/{number}</guid><pubDate>{stamp}</pubDate>"
                f"<description>Summary of meeting {number}.</description></item>"
            )
        return (
            '<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel>'
            f"<title>Test newsroom</title><link>{self.url}</link>{''.join(items)}</channel></rss>"
        )

    def article(self, number: int) -> str:
        day = self.days[number]
        return ARTICLE.format(
            title=f"Meeting {number}",
            day=day.isoformat(),
            number=number,
            long_day=f"{day.day} {day:%B %Y}",
        )

    def _handler(self):
        newsroom = self

        class Handler(BaseHTTPRequestHandler):
            def log_message(self, *args) -> None:  # keep test output clean
                pass

            def do_GET(self) -> None:
                newsroom.hits[self.path] += 1
                if self.path == "/feed.xml":
                    self._send(200, newsroom.feed(), "application/rss+xml; charset=utf-8")
                elif self.path.startswith("/news/") and self.path[6:].isdigit():
                    number = int(self.path[6:])
                    if number >= len(newsroom.days):
                        self._send(404, "not found", "text/plain")
                        return
                    time.sleep(newsroom.article_delay)
                    self._send(200, newsroom.article(number), "text/html; charset=utf-8")
                else:
                    self._send(404, "not found", "text/plain")

            def _send(self, status: int, body: str, content_type: str) -> None:
                data = body.encode("utf-8")
                self.send_response(status)
                self.send_header("Content-Type", content_type)
                self.send_header("Content-Length", str(len(data)))
                self.end_headers()
                self.wfile.write(data)

        return Handler


def source_config(url: str, name: str = "newsroom", schedule: str = "*/5 * * * *") -> str:
    """A sources file with one feed source on the local newsroom."""
    return f"""
[sources.{name}]
kind = "feed"
url = "{url}/feed.xml"
organisation = "OSCE"
allow_private_addresses = true
respect_robots = false
rate_limit = 100.0
read_timeout = 5.0
max_retries = 1
schedule = "{schedule}"
"""
