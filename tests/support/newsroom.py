"""A small newsroom on the shared loopback server: an RSS feed linking to slow article pages."""

from __future__ import annotations

import sys
from datetime import UTC, date, datetime, timedelta
from email.utils import format_datetime
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "fixtures" / "sites"))
from loopback import SiteServer

ARTICLE = """<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">
<title>{title}</title><meta property="article:published_time" content="{day}T09:00:00Z"></head>
<body><nav><a href="/">Home</a> <a href="/news">News</a></nav><article><h1>{title}</h1>
<p>VIENNA, {long_day} – The OSCE held meeting number {number} today in Vienna.</p>
<p>“Meeting {number} moved our work forward,” said OSCE Secretary General Maria Holm.</p>
</article><footer>Footer links</footer></body></html>"""


class Newsroom(SiteServer):
    """Serves /feed.xml (newest first) and /news/<n>, each article after a delay."""

    def __init__(self, first_day: date, items: int, every_days: int, article_delay: float = 0.0):
        super().__init__()
        self.days = [first_day + timedelta(days=every_days * n) for n in range(items)]
        self.page("/feed.xml", self.feed(), "application/rss+xml; charset=utf-8")
        for number in range(items):
            self.handler(f"/news/{number}", self._slow_article(number, article_delay))

    def feed(self) -> str:
        """RSS 2.0 with a summary per item, so each article page must be fetched."""
        items = []
        for number, day in sorted(enumerate(self.days), key=lambda pair: pair[1], reverse=True):
            stamp = format_datetime(datetime(day.year, day.month, day.day, 9, tzinfo=UTC))
            link = f"{self.base}/news/{number}"
            items.append(
                f"<item><title>Meeting {number}</title><link>{link}</link><guid>{link}</guid>"
                f"<pubDate>{stamp}</pubDate><description>Summary of meeting {number}.</description></item>"
            )
        return (
            '<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel>'
            f"<title>Test newsroom</title><link>{self.base}</link>{''.join(items)}</channel></rss>"
        )

    def _slow_article(self, number: int, delay: float):
        """A handler that waits (bounded, stops with the server) before answering."""
        day = self.days[number]
        body = ARTICLE.format(
            title=f"Meeting {number}", day=day.isoformat(), number=number,
            long_day=f"{day.day} {day:%B %Y}",
        ).encode("utf-8")  # fmt: skip

        def serve(h):
            self.stop.wait(delay)
            h.reply(200, {"Content-Type": "text/html; charset=utf-8"}, body)

        return serve


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
