"""robots.txt as RFC 9309 reads it, by protego: longest match wins, `*` and `$` are wildcards.

urllib.robotparser takes the first matching rule and knows no wildcards, so `Disallow: /`
before `Allow: /press/` refused the press pages and `Disallow: /*.pdf$` let PDFs through.
"""

from __future__ import annotations

from dataclasses import dataclass

from protego import Protego

AGENT = "pressroom"  # the product token matched against User-agent lines
ALLOW_ALL = ""
DISALLOW_ALL = "User-agent: *\nDisallow: /\n"


@dataclass(frozen=True, slots=True)
class Robots:
    """One host's robots.txt rules for our agent."""

    rules: Protego

    def allows(self, url: str) -> bool:
        """True when our agent may fetch url."""
        return self.rules.can_fetch(url, AGENT)

    def crawl_delay(self) -> float | None:
        """The Crawl-delay (seconds) asked of our agent, if any."""
        delay = self.rules.crawl_delay(AGENT)
        return float(delay) if delay else None


def parse_robots(text: str) -> Robots:
    """Rules from the text of a robots.txt."""
    return Robots(Protego.parse(text))


def robots_for_status(status: int | None, text: str = "") -> Robots:
    """RFC 9309 section 2.3.1: a 200 is read, a 4xx allows all, a 5xx or no answer disallows all."""
    if status == 200:
        return parse_robots(text)
    if status is not None and 400 <= status < 500:
        return parse_robots(ALLOW_ALL)
    return parse_robots(DISALLOW_ALL)
