"""Pipeline throughput against a bare parse of the same pages, measured side by side.

    python -m benchmarks.throughput [--pages 600]

Builds N realistic newsroom pages (benchmarks/pages.py: the bundled sample releases in a
newsroom's chrome, 25–110 KB, median about 57 KB), then times on the same pages, one core,
in one run: a bare lxml parse, a full BeautifulSoup parse, trafilatura.extract (main text
only, what a user would pick instead), pressroom's transforms (page → all records), and the
whole ingest flow (Prefect, extraction, warehouse writes, DuckDB views).
"""

from __future__ import annotations

import argparse
import os
import statistics
import tempfile
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

os.environ.setdefault("DO_NOT_TRACK", "1")
os.environ.setdefault("PREFECT_SERVER_ANALYTICS_ENABLED", "false")
os.environ.setdefault("PREFECT_LOGGING_LEVEL", "WARNING")

from benchmarks.pages import make_pages

FLOW_THREADS = 2  # the ingest flow's ThreadPoolTaskRunner(max_workers=2)

TARGETS = {  # issue 11: figure -> (target, higher is better)
    "transforms throughput / trafilatura.extract throughput": (2.0, True),
    "transforms time / full BeautifulSoup parse time": (1.0, False),
    "--workers 2 throughput / one worker": (1.7, True),
}


def per_page_ms(
    functions: dict, pages: list[str], rounds: int = 3
) -> dict[str, tuple[float, float]]:
    """Median (wall, CPU) milliseconds per page of each function over all pages. The rounds
    take turns (one round of each function, then the next), so that a burst of load on a
    shared machine falls on all of them rather than on one; CPU time is what the process
    itself spent, which other processes disturb far less than the wall clock."""
    times: dict[str, list[tuple[float, float]]] = {name: [] for name in functions}
    for _ in range(rounds):
        for name, function in functions.items():
            wall, cpu = time.perf_counter(), time.process_time()
            for page in pages:
                function(page)
            times[name].append(
                (
                    (time.perf_counter() - wall) * 1000 / len(pages),
                    (time.process_time() - cpu) * 1000 / len(pages),
                )
            )
    return {
        name: (statistics.median(w for w, _ in runs), statistics.median(c for _, c in runs))
        for name, runs in times.items()
    }


def workers_pages_per_s(paths: list[Path], workers: int, batch: int = 50) -> float:
    """Pages per second of extraction in batches over N worker processes (started beforehand),
    two batches at a time as the ingest flow's task runner extracts them."""
    from datetime import UTC, datetime

    from flows.pipeline import batched, extract_in_workers, extraction_workers
    from transforms.records import SourceDocument

    docs = [
        SourceDocument(source="bench", url=f"https://example.org/{n}", html=path.read_text())
        for n, path in enumerate(paths)
    ]
    now = datetime.now(UTC)
    with extraction_workers(workers):
        extract_in_workers(docs[: workers * 2], "warm-up", now)  # workers started and warm
        started = time.perf_counter()
        with ThreadPoolExecutor(FLOW_THREADS) as threads:  # batches in flight, as the flow has
            list(
                threads.map(
                    lambda chunk: extract_in_workers(chunk, "bench", now), batched(docs, batch)
                )
            )
        return len(docs) / (time.perf_counter() - started)


def time_ingest_flow(folder: Path, scratch: Path) -> tuple[float, int]:
    """ms per page of the whole ingest flow on its own local Prefect API, after a warm-up run."""
    from flows.api import temporary_api

    with temporary_api(scratch):
        from prefect.settings import PREFECT_FLOWS_HEARTBEAT_FREQUENCY, temporary_settings

        from flows.ingest import ingest

        with temporary_settings(updates={PREFECT_FLOWS_HEARTBEAT_FREQUENCY: None}):
            ingest(from_path=str(folder), data_dir=str(scratch / "warm"))  # first-run costs
            started = time.perf_counter()
            result = ingest(from_path=str(folder), data_dir=str(scratch / "data"))
            elapsed_ms = (time.perf_counter() - started) * 1000
    pages = len(list(folder.glob("*.html")))
    return elapsed_ms / pages, result["releases_written"]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pages", type=int, default=600)
    args = parser.parse_args()

    import lxml.html
    import trafilatura

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
        timed = per_page_ms(
            {
                "lxml": lxml.html.fromstring,
                "soup": lambda page: BeautifulSoup(page, "lxml").decompose(),
                "trafilatura": trafilatura.extract,
                "transforms": lambda page: extract(
                    SourceDocument(source="bench", url="x", html=page)
                ),
            },
            html,
        )
        (lxml_ms, _), (soup_ms, _), (trafilatura_ms, trafilatura_cpu), (extract_ms, extract_cpu) = (
            timed[name] for name in ("lxml", "soup", "trafilatura", "transforms")
        )
        one_worker = workers_pages_per_s(paths, 1)
        two_workers = workers_pages_per_s(paths, 2)
        flow_ms, written = time_ingest_flow(folder, Path(scratch))
    print(f"{args.pages} pages, {size_kb:.1f} KB each on average")
    print(f"  bare lxml parse              {lxml_ms:8.2f} ms/page")
    print(f"  full BeautifulSoup parse     {soup_ms:8.2f} ms/page")
    print(f"  trafilatura.extract          {trafilatura_ms:8.2f} ms/page  (main text only)")
    print(f"  transforms (page → records)  {extract_ms:8.2f} ms/page")
    print(
        f"  CPU time: trafilatura {trafilatura_cpu:.2f}, transforms {extract_cpu:.2f} ms/page "
        f"(throughput ratio {trafilatura_cpu / extract_cpu:.2f} in CPU time)"
    )
    print(f"  extraction, 1 worker         {one_worker:8.1f} pages/s (batches of 50)")
    print(f"  extraction, --workers 2      {two_workers:8.1f} pages/s")
    print(
        f"  ingest flow (all of it)      {flow_ms:8.2f} ms/page  "
        f"({1000 / flow_ms:.0f} pages/s; {written} releases written)"
    )
    figures = {
        "transforms throughput / trafilatura.extract throughput": trafilatura_ms / extract_ms,
        "transforms time / full BeautifulSoup parse time": extract_ms / soup_ms,
        "--workers 2 throughput / one worker": two_workers / one_worker,
    }
    print(
        f"ratios: transforms / bare lxml {extract_ms / lxml_ms:.1f}x; flow / transforms "
        f"{flow_ms / extract_ms:.2f}x"
    )
    print_targets(figures)


def print_targets(figures: dict[str, float]) -> None:
    """Each measured ratio beside its target, and whether it is met."""
    print(f"{'figure':58} {'measured':>9} {'target':>8}  met")
    for name, value in figures.items():
        target, higher = TARGETS[name]
        met = value >= target if higher else value <= target
        sign = ">=" if higher else "<="
        print(f"{name:58} {value:9.2f} {sign}{target:6.1f}  {'yes' if met else 'NO'}")


if __name__ == "__main__":
    main()
