"""Pipeline throughput against a bare parse of the same pages, measured side by side.

    python -m benchmarks.throughput [--pages 300]

Builds N newsroom pages (from the bundled sample pages, each made distinct), then times on
the same pages: a bare lxml parse, a full BeautifulSoup parse, the transforms alone
(page → records), and the whole ingest flow (Prefect, extraction, Parquet, DuckDB views).
"""

from __future__ import annotations

import argparse
import os
import statistics
import tempfile
import time
from pathlib import Path

os.environ.setdefault("DO_NOT_TRACK", "1")
os.environ.setdefault("PREFECT_SERVER_ANALYTICS_ENABLED", "false")
os.environ.setdefault("PREFECT_LOGGING_LEVEL", "WARNING")

REPO = Path(__file__).resolve().parents[1]
TEMPLATES = sorted((REPO / "samples" / "html").glob("*.html")) + sorted(
    (REPO / "tests" / "fixtures" / "releases").glob("*.html")
)


def make_pages(folder: Path, count: int) -> list[Path]:
    """count distinct pages: the templates with a numbered paragraph and canonical URL."""
    templates = [path.read_text(encoding="utf-8") for path in TEMPLATES]
    pages = []
    for number in range(count):
        html = templates[number % len(templates)].replace(
            "</article>", f"<p>Paragraph {number} of the benchmark copy.</p></article>", 1
        )
        path = folder / f"page-{number:05d}.html"
        path.write_text(html, encoding="utf-8")
        pages.append(path)
    return pages


def per_page_ms(function, pages: list[str]) -> float:
    """Median milliseconds per page of function over all pages, best of three rounds."""
    rounds = []
    for _ in range(3):
        started = time.perf_counter()
        for page in pages:
            function(page)
        rounds.append((time.perf_counter() - started) * 1000 / len(pages))
    return statistics.median(rounds)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pages", type=int, default=300)
    args = parser.parse_args()

    import lxml.html

    try:
        from bs4 import BeautifulSoup
    except ImportError:
        raise SystemExit(
            "the benchmark times BeautifulSoup too: pip install -e '.[bench]'"
        ) from None

    from transforms.records import SourceDocument
    from transforms.release import extract

    with tempfile.TemporaryDirectory() as scratch:
        folder = Path(scratch) / "pages"
        folder.mkdir()
        paths = make_pages(folder, args.pages)
        html = [path.read_text(encoding="utf-8") for path in paths]
        size_kb = sum(len(page) for page in html) / len(html) / 1024
        lxml_ms = per_page_ms(lxml.html.fromstring, html)
        soup_ms = per_page_ms(lambda page: BeautifulSoup(page, "lxml").decompose(), html)
        extract_ms = per_page_ms(
            lambda page: extract(SourceDocument(source="bench", url="x", html=page)), html
        )
        from prefect.settings import PREFECT_FLOWS_HEARTBEAT_FREQUENCY, temporary_settings

        from flows.ingest import ingest

        with temporary_settings(updates={PREFECT_FLOWS_HEARTBEAT_FREQUENCY: None}):
            ingest(from_path=str(folder), data_dir=str(Path(scratch) / "warm"))  # server start-up
            started = time.perf_counter()
            result = ingest(from_path=str(folder), data_dir=str(Path(scratch) / "data"))
            flow_ms = (time.perf_counter() - started) * 1000 / len(html)
    print(f"{args.pages} pages, {size_kb:.1f} KB each on average")
    print(f"  bare lxml parse              {lxml_ms:8.2f} ms/page")
    print(f"  full BeautifulSoup parse     {soup_ms:8.2f} ms/page")
    print(f"  transforms (page → records)  {extract_ms:8.2f} ms/page")
    print(
        f"  ingest flow (all of it)      {flow_ms:8.2f} ms/page  "
        f"({1000 / flow_ms:.0f} pages/s; {result['releases_written']} releases written)"
    )
    print(
        f"ratios: transforms / bare lxml {extract_ms / lxml_ms:.1f}x; "
        f"transforms / full soup {extract_ms / soup_ms:.2f}x; "
        f"flow / transforms {flow_ms / extract_ms:.2f}x"
    )


if __name__ == "__main__":
    main()
