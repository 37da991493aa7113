"""--workers N: extraction in N processes gives exactly what one process gives, in order."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pytest

from flows.pipeline import extract_batch, extract_in_workers, extraction_workers
from sources.files import iter_documents
from transforms.records import Reject, SourceDocument
from warehouse.query import run_query

SAMPLES = Path(__file__).resolve().parents[1] / "samples"
NOW = datetime(2026, 12, 4, tzinfo=UTC)
TABLES = ("releases", "quotes", "locations", "events", "agreements", "entities")


def sample_documents() -> list[SourceDocument]:
    """Every good bundled sample release as a document."""
    return [
        item
        for folder in ("html", "text", "jsonl")
        for item in iter_documents(SAMPLES / folder, "samples")
        if isinstance(item, SourceDocument)
    ]


def summary(result) -> list[tuple]:
    """What a batch result holds, comparable across processes (rows by table and release)."""
    rows = [
        (r.release_id, {name: len(table) for name, table in r.tables.items()}) for r in result.rows
    ]
    return [*rows, *((j.url, j.stage) for j in result.rejects), result.outside_window]


class TestExtractionInWorkers:
    def test_two_workers_give_what_one_process_gives_in_the_same_order(self):
        docs = sample_documents()
        docs.append(SourceDocument(source="samples", url="https://example.org/empty", text=" "))
        alone = extract_batch(docs, "run-1", NOW)
        with extraction_workers(2):
            shared = extract_in_workers(docs, "run-1", NOW)
        assert len(alone.rows) >= 20
        assert summary(shared) == summary(alone)
        assert [r.release_id for r in shared.rows] == [r.release_id for r in alone.rows]

    def test_a_window_filter_applies_in_the_workers_too(self):
        docs = sample_documents()
        since = datetime(2023, 1, 1).date()
        alone = extract_batch(docs, "run-1", NOW, since=since)
        with extraction_workers(2):
            shared = extract_in_workers(docs, "run-1", NOW, since=since)
        assert alone.outside_window > 0
        assert shared.outside_window == alone.outside_window

    def test_without_workers_the_batch_is_extracted_here(self):
        docs = sample_documents()[:3]
        with extraction_workers(1):
            result = extract_in_workers(docs, "run-1", NOW)
        assert len(result.rows) == 3
        assert not any(isinstance(r, Reject) for r in result.rows)


@pytest.mark.usefixtures("prefect_api")
class TestIngestWithWorkers:
    def test_an_ingest_with_two_workers_lands_the_same_tables(self, tmp_path):
        from flows.ingest import ingest

        counts = {}
        for workers in (1, 2):
            data_dir = tmp_path / f"data-{workers}"
            result = ingest(from_path=str(SAMPLES), data_dir=str(data_dir), workers=workers)
            assert result["status"] == "completed"
            counts[workers] = {
                name: run_query(data_dir, f"select count(*) from {name}")[1][0][0]
                for name in TABLES
            }
        assert counts[1]["releases"] >= 20
        assert counts[2] == counts[1]
