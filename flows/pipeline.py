"""The plain-Python core of a run: documents in, rows and rejects out. Prefect wraps it."""

from __future__ import annotations

import multiprocessing
import signal
import traceback
from collections.abc import Iterable, Iterator
from concurrent.futures import ProcessPoolExecutor
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import date, datetime
from itertools import islice, repeat

from transforms.identity import EXTRACTOR_VERSION, release_id
from transforms.records import Reject, SourceDocument, content_hash
from transforms.release import extract
from warehouse.rows import ReleaseRows, release_rows
from warehouse.validate import check_release, describe


@dataclass(slots=True)
class BatchResult:
    """One batch of documents after extraction."""

    rows: list[ReleaseRows] = field(default_factory=list)
    rejects: list[Reject] = field(default_factory=list)
    outside_window: int = 0  # releases published before since or after until
    unchanged_urls: list[str] = field(default_factory=list)  # skipped before extraction ("" no URL)


def document_hash(doc: SourceDocument) -> str:
    """What makes two versions of a release the same: its inputs and the extractor version."""
    return content_hash(EXTRACTOR_VERSION, doc.url, doc.title, doc.published, doc.text, doc.html)


def document_id(doc: SourceDocument) -> str:
    """The release_id: from the URL, else from the content."""
    return release_id(doc.url, None if doc.url else (doc.text or doc.html))


def split_unchanged(
    docs: list[SourceDocument], index: dict[str, tuple[str, int]]
) -> tuple[list[SourceDocument], list[str]]:
    """Documents to extract, and the URLs of those stored already with the same content.

    The content hash is taken from the document's inputs, so an unchanged release is
    recognised without being extracted again.
    """
    if not index:
        return docs, []
    to_extract, unchanged = [], []
    for doc in docs:
        stored = index.get(document_id(doc))
        if stored is not None and stored[0] == document_hash(doc):
            unchanged.append(doc.url or "")
        else:
            to_extract.append(doc)
    return to_extract, unchanged


def in_window(published: date | None, since: date | None, until: date | None) -> bool:
    """Undated releases are kept: nothing says they fall outside."""
    if published is None:
        return True
    return (since is None or published >= since) and (until is None or published <= until)


def extract_batch(
    docs: list[SourceDocument],
    run_id: str,
    now: datetime,
    since: date | None = None,
    until: date | None = None,
) -> BatchResult:
    """Extract every document of a batch; a document that fails becomes a reject."""
    result = BatchResult()
    for doc in docs:
        try:
            extraction = extract(doc)
        except Exception as error:  # any bug in one release must not stop the run
            where = traceback.extract_tb(error.__traceback__)[-1]
            reason = f"{type(error).__name__}: {error} (at {where.name}:{where.lineno})"
            result.rejects.append(Reject(doc.source, doc.url or "?", "extract", reason))
            continue
        if not extraction.release.body_text.strip():
            result.rejects.append(Reject(doc.source, doc.url or "?", "parse", "no body text found"))
            continue
        if not in_window(extraction.release.published, since, until):
            result.outside_window += 1
            continue
        digest = document_hash(doc)
        rows = release_rows(document_id(doc), doc.source, extraction, digest, run_id, now)
        if problems := check_release(rows.tables):  # a bad record never lands
            result.rejects.append(
                Reject(doc.source, doc.url or "?", "validate", describe(problems))
            )
            continue
        result.rows.append(rows)
    return result


_POOL: ProcessPoolExecutor | None = None  # the run's extraction workers, when it has any
_POOL_SIZE = 0


def _start_worker() -> None:
    """In a new worker: Ctrl-C is the run's to handle, and the gazetteer loads before work."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    extract(SourceDocument(source="warm-up", url="", text="GENEVA, 1 May 2020 – Warm-up."))


@contextmanager
def extraction_workers(workers: int) -> Iterator[None]:
    """N processes that extract side by side for the length of a run (1: in this process).

    A run inside another that has workers already (a backfill's windows) shares them.
    Workers are forked from a clean server process, not from this one, whose Prefect
    threads make a plain fork unsafe.
    """
    global _POOL, _POOL_SIZE
    if workers <= 1 or _POOL is not None:
        yield
        return
    context = multiprocessing.get_context("forkserver")
    with ProcessPoolExecutor(workers, mp_context=context, initializer=_start_worker) as pool:
        _POOL, _POOL_SIZE = pool, workers
        try:
            yield
        finally:
            _POOL, _POOL_SIZE = None, 0


def extract_in_workers(
    docs: list[SourceDocument],
    run_id: str,
    now: datetime,
    since: date | None = None,
    until: date | None = None,
) -> BatchResult:
    """extract_batch, the batch split evenly over the run's workers when it has several."""
    if _POOL is None or len(docs) < 2:
        return extract_batch(docs, run_id, now, since, until)
    size = -(-len(docs) // _POOL_SIZE)
    chunks = [docs[start : start + size] for start in range(0, len(docs), size)]
    parts = _POOL.map(
        extract_batch, chunks, repeat(run_id), repeat(now), repeat(since), repeat(until)
    )
    merged = BatchResult()
    for part in parts:  # in the batch's order, so a run lands releases as it read them
        merged.rows.extend(part.rows)
        merged.rejects.extend(part.rejects)
        merged.outside_window += part.outside_window
    return merged


def batched(items: Iterable, size: int) -> Iterator[list]:
    """Consecutive lists of at most `size` items, streamed."""
    iterator = iter(items)
    while batch := list(islice(iterator, size)):
        yield batch
