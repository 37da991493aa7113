"""The plain-Python core of a run: documents in, rows and rejects out. Prefect wraps it."""

from __future__ import annotations

import traceback
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from datetime import date, datetime
from itertools import islice

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


def batched(items: Iterable, size: int) -> Iterator[list]:
    """Consecutive lists of at most `size` items, streamed."""
    iterator = iter(items)
    while batch := list(islice(iterator, size)):
        yield batch
