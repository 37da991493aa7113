"""Realistic newsroom pages for the benchmarks: the bundled sample releases in the chrome of a
real newsroom (menus, related news, footers, scripts, styles, icons).

The weight and structure follow pages measured in ../shared/corpus/html (European Parliament,
German, Austrian, Swiss and Jamaican government newsrooms): 30–170 KB, 350–1,700 elements,
80–650 links, 80–650 list items, 3–58 scripts (up to 13 KB of inline script and 31 KB of
inline style), about 40–70% of the bytes outside the article. Each page is distinct (its own
URL, article paragraph and menu draw), so no cache sees the same page twice.
"""

from __future__ import annotations

import random
import re
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
TEMPLATES = sorted((REPO / "samples" / "html").glob("*.html"))

MENU_WORDS = [
    "News",
    "Press",
    "Media",
    "Events",
    "Topics",
    "Countries",
    "Regions",
    "Programmes",
    "Publications",
    "Documents",
    "Statements",
    "Speeches",
    "Videos",
    "Photos",
    "Careers",
    "Procurement",
    "Partners",
    "Donors",
    "About",
    "Leadership",
    "Structure",
    "Mandate",
    "History",
    "Contact",
    "Transparency",
    "Archive",
    "Reports",
    "Data",
    "Factsheets",
    "Newsletter",
]
TEASER = (
    "Officials met to review progress on cooperation and the next steps agreed by the "
    "participating States, with experts from national authorities and civil society."
)


def _menu(rng: random.Random, sections: int, items: int) -> str:
    """A mega menu: sections of nested lists of links, as newsroom headers carry."""
    parts = ['<nav class="mega-menu" aria-label="Main"><ul class="menu-level-1">']
    for s in range(sections):
        head = rng.choice(MENU_WORDS)
        parts.append(f'<li class="menu-item"><a href="/{head.lower()}-{s}">{head}</a><ul>')
        for i in range(items):
            word = rng.choice(MENU_WORDS)
            parts.append(
                f'<li class="menu-sub"><a href="/{head.lower()}/{word.lower()}-{i}" '
                f'title="{word} {head}">{word} {i}</a></li>'
            )
        parts.append("</ul></li>")
    parts.append("</ul></nav>")
    return "".join(parts)


def _related(rng: random.Random, count: int, year: int) -> str:
    """A related-news list: titled cards with a date and a teaser, outside the article."""
    cards = []
    for n in range(count):
        day, month = rng.randint(1, 28), rng.randint(1, 12)
        cards.append(
            f'<li class="card"><div class="card-body"><span class="date">{day:02d}.{month:02d}.'
            f'{year}</span><h3><a href="/news/{year}/{n}">{rng.choice(MENU_WORDS)} update '
            f"{n}</a></h3><p>{TEASER}</p></div></li>"
        )
    return '<aside class="related"><h2>Related news</h2><ul>' + "".join(cards) + "</ul></aside>"


def _footer(rng: random.Random, columns: int) -> str:
    """A footer of link columns, social icons as inline SVG and a legal line."""
    icon = '<svg viewBox="0 0 24 24" width="24" height="24"><path d="M12 2L2 7l10 5 10-5-10-5z"/></svg>'
    cols = []
    for c in range(columns):
        links = "".join(
            f'<li><a href="/f/{c}/{i}">{rng.choice(MENU_WORDS)}</a></li>' for i in range(12)
        )
        cols.append(
            f'<div class="footer-col"><h4>{rng.choice(MENU_WORDS)}</h4><ul>{links}</ul></div>'
        )
    social = "".join(f'<a class="social" href="/s/{i}">{icon}</a>' for i in range(8))
    return f'<footer class="site-footer">{"".join(cols)}<div class="social">{social}</div><p>© All rights reserved.</p></footer>'


def _scripts(rng: random.Random, kilobytes: int) -> str:
    """Inline configuration and analytics scripts of about the given weight."""
    blob = ",".join(f'"k{i}":"{rng.random():.12f}"' for i in range(kilobytes * 40))
    return f"<script>window.__CONFIG__={{{blob}}};</script><script>(function(){{var a=1;}})();</script>"


def _styles(kilobytes: int) -> str:
    """An inline style block of about the given weight."""
    rule = ".c{n}{{margin:0 auto;padding:4px 8px;color:#123456;font:14px/1.4 sans-serif}}"
    return "<style>" + "".join(rule.format(n=n) for n in range(kilobytes * 14)) + "</style>"


def newsroom_page(template: str, number: int, rng: random.Random) -> str:
    """One template in a newsroom chrome sized at random within the measured range."""
    year = 2015 + number % 10
    head = _styles(rng.choice((0, 2, 8, 30))) + _scripts(rng, rng.choice((1, 3, 10)))
    header = _menu(rng, sections=rng.randint(6, 14), items=rng.randint(8, 45))
    breadcrumb = (
        '<ol class="breadcrumb"><li><a href="/">Home</a></li><li><a href="/news">News</a></li></ol>'
    )
    aside = _related(rng, rng.randint(10, 60), year)
    footer = _footer(rng, rng.randint(3, 8))
    page = template.replace("</head>", head + "</head>", 1)
    page = re.sub(r"(<body[^>]*>)", lambda m: m.group(1) + header + breadcrumb, page, count=1)
    page = page.replace(
        "</article>", f"<p>Paragraph {number} of the benchmark copy.</p></article>{aside}", 1
    )
    page = page.replace("</body>", footer + "</body>", 1)
    return re.sub(r'(<link rel="canonical" href="[^"]+)"', rf'\1?page={number}"', page, count=1)


def make_pages(folder: Path, count: int, seed: int = 7) -> list[Path]:
    """count distinct realistic pages written under folder; the same seed gives the same pages."""
    rng = random.Random(seed)
    templates = [path.read_text(encoding="utf-8") for path in TEMPLATES]
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for number in range(count):
        path = folder / f"page-{number:05d}.html"
        path.write_text(newsroom_page(templates[number % len(templates)], number, rng), "utf-8")
        paths.append(path)
    return paths
