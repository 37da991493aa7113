"""Made-up press releases as JSON Lines: one source and year, unique bodies of about 7 KB.

Every release has a dateline, a few attributed quotes and distinct paragraphs, so the
transforms do their usual work and no two bodies are alike. Used by `make bench` and by the
tests that kill a writer mid-run.
"""

from __future__ import annotations

import json
import random
from datetime import date, timedelta
from pathlib import Path

CITIES = ("Vienna", "Geneva", "Nairobi", "Bangkok", "Lyon", "Brussels", "Rome", "Warsaw")
SPEAKERS = (
    ("Maria Holm", "Director"),
    ("Peter Lind", "Secretary General"),
    ("Karl Brandt", "Head of Mission"),
    ("Amina Yusuf", "Regional Coordinator"),
)
TOPICS = (
    "border security",
    "migration data",
    "maritime cooperation",
    "cybercrime",
    "water management",
    "election observation",
    "public health",
    "disaster risk",
)
FILLER = (
    "Participants reviewed progress on the joint programme and agreed on next steps "
    "for the coming months, including training, exchanges of experts and common reporting."
)


def release(number: int, year: int, seed: int = 0) -> dict:
    """One made-up release, the same for the same number, year and seed."""
    rng = random.Random(number * 7919 + year * 31 + seed)
    city = rng.choice(CITIES)
    topic = rng.choice(TOPICS)
    published = date(year, 1, 1) + timedelta(days=number % 365)
    paragraphs = [
        f"{city.upper()} – Officials met on {published:%d %B %Y} to discuss {topic} "
        f"(meeting {number}, series {seed})."
    ]
    for index in range(3):
        name, title = rng.choice(SPEAKERS)
        paragraphs.append(
            f"“Our work on {topic} in item {number}-{index} matters to everyone,” said "
            f"{name}, {title} of the organisation."
        )
    while sum(len(p) for p in paragraphs) < 7000:
        paragraphs.append(f"{FILLER} Reference {number}-{len(paragraphs)}-{rng.randrange(10**9)}.")
    return {
        "id": f"bench-{year}-{number}",
        "url": f"https://news.example.org/{year}/release-{number}",
        "organisation": "Example Organisation",
        "title": f"Meeting {number} on {topic} in {city}",
        "published": published.isoformat(),
        "language": "en",
        "text": "\n\n".join(paragraphs),
    }


def write_releases(path: Path, count: int, year: int = 2021, start: int = 0, seed: int = 0) -> Path:
    """A JSON Lines file of count releases, numbered from start."""
    with path.open("w", encoding="utf-8") as out:
        for number in range(start, start + count):
            out.write(json.dumps(release(number, year, seed), ensure_ascii=False) + "\n")
    return path
