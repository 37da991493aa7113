"""The Delta store: idempotent writes, replacement, atomic batches, rejects, concurrency."""

from __future__ import annotations

import multiprocessing
from datetime import UTC, date, datetime

import pytest

from transforms.records import Dateline, Extraction, Quote, Reject, Release
from warehouse.query import ensure_views, run_query
from warehouse.rows import reject_row, release_rows
from warehouse.schemas import TABLES
from warehouse.store import Store

NOW = datetime(2024, 1, 2, tzinfo=UTC)
SPAWN = multiprocessing.get_context("spawn")  # delta-rs runs tokio: no fork after use


def make_rows(rid: str, digest: str, quotes: list[str], published=date(2019, 12, 5)):
    """Rows of a small release with the given quotes."""
    extraction = Extraction(
        release=Release(
            url=f"https://example.org/{rid}",
            title=f"Release {rid}",
            published=published,
            language="en",
            dateline=Dateline(cities=["Vienna"], country="Austria", country_code="AT"),
            body_text=" ".join(quotes) or "Body.",
        ),
        quotes=[
            Quote(text, "Anna Example", "Director", "OSCE", "said", 0, len(text)) for text in quotes
        ],
    )
    return release_rows(rid, "test", extraction, digest, "run-1", NOW)


def count(data_dir, sql: str) -> int:
    """One number from the warehouse."""
    return run_query(data_dir, sql)[1][0][0]


@pytest.fixture
def store(data_dir) -> Store:
    ensure_views(data_dir)
    return Store(data_dir)


class TestIdempotentWrites:
    def test_same_batch_twice_leaves_counts_unchanged(self, store, data_dir):
        batch = [make_rows("a", "h1", ["One.", "Two."]), make_rows("b", "h1", ["Three."])]
        first = store.write_releases("test", batch)
        second = store.write_releases("test", batch)
        assert first.rows["releases"] == 2 and first.rows["quotes"] == 3
        assert second.unchanged == 2 and not second.rows
        assert count(data_dir, "select count(*) from releases") == 2
        assert count(data_dir, "select count(*) from quotes") == 3

    def test_changed_release_replaces_every_old_row(self, store, data_dir):
        store.write_releases("test", [make_rows("a", "h1", ["Old one.", "Old two."])])
        store.write_releases("test", [make_rows("a", "h2", ["New only."])])
        texts = run_query(data_dir, "select text from quotes")[1]
        assert texts == [("New only.",)]
        assert count(data_dir, "select count(*) from releases") == 1

    def test_release_moving_year_leaves_no_copy_behind(self, store, data_dir):
        store.write_releases("test", [make_rows("a", "h1", ["Q."], date(2019, 1, 1))])
        store.write_releases("test", [make_rows("a", "h2", ["Q."], date(2020, 1, 1))])
        rows = run_query(data_dir, "select year from releases")[1]
        assert rows == [(2020,)]

    def test_force_rewrites_unchanged_releases(self, store):
        batch = [make_rows("a", "h1", ["Q."])]
        store.write_releases("test", batch)
        assert store.write_releases("test", batch, force=True).rows["releases"] == 1


class TestPartitions:
    def test_files_are_split_by_source_and_year(self, store, data_dir):
        store.write_releases("test", [make_rows("a", "h", ["Q."], date(2018, 5, 1))])
        (path,) = store.open_table(TABLES["quotes"]).file_uris()
        assert "/tables/quotes/source=test/year=2018/" in path

    def test_no_temporary_file_is_left_behind(self, store, data_dir):
        store.write_releases("test", [make_rows("a", "h", ["Q."])])
        leftovers = [p for p in data_dir.rglob("*") if p.name.endswith(".tmp")]
        assert leftovers == []

    def test_views_read_from_any_working_directory(self, store, data_dir, tmp_path, monkeypatch):
        store.write_releases("test", [make_rows("a", "h", ["Q."])])
        monkeypatch.chdir(tmp_path)
        assert count(data_dir, "select count(*) from quotes") == 1

    def test_empty_warehouse_has_every_view_with_its_columns(self, store, data_dir):
        for name, table in TABLES.items():
            columns = [row[0] for row in run_query(data_dir, f"describe {name}")[1]]
            assert columns == [*table.schema.names, *table.partition_by]
            assert count(data_dir, f"select count(*) from {name}") == 0

    def test_agreements_keep_their_own_year_beside_the_release_year(self, store, data_dir):
        from transforms.records import Agreement

        rows = make_rows("a", "h", ["Q."], date(2021, 3, 1))
        extraction = Extraction(
            release=Release("u", "t", date(2021, 3, 1), "en", None, "Body."),
            agreements=[Agreement("MoU", None, ["A", "B"], 2015, "signed", None)],
        )
        rows.tables["agreements"] = release_rows("a", "test", extraction, "h", "r", NOW).tables[
            "agreements"
        ]
        store.write_releases("test", [rows])
        assert run_query(data_dir, "select year, release_year from agreements")[1] == [(2015, 2021)]


class TestLinearWrites:
    def test_a_new_batch_adds_files_and_rewrites_none(self, store):
        store.write_releases("test", [make_rows("a", "h", ["Q."])])
        first = set(store.open_table(TABLES["quotes"]).file_uris())
        store.write_releases("test", [make_rows("b", "h", ["R."])])
        after = set(store.open_table(TABLES["quotes"]).file_uris())
        assert first < after and len(after - first) == 1

    def test_a_changed_release_rewrites_only_the_files_that_held_it(self, store):
        store.write_releases("test", [make_rows("a", "h1", ["Q."], date(2019, 1, 1))])
        store.write_releases("test", [make_rows("b", "h1", ["R."], date(2020, 1, 1))])
        before = set(store.open_table(TABLES["quotes"]).file_uris())
        store.write_releases("test", [make_rows("a", "h2", ["Q2."], date(2019, 1, 1))])
        after = set(store.open_table(TABLES["quotes"]).file_uris())
        kept = before & after
        assert len(kept) == 1 and "year=2020" in next(iter(kept))

    def test_the_release_index_is_read_again_only_after_another_writer(self, store, data_dir):
        store.write_releases("test", [make_rows("a", "h", ["Q."])])
        index = store.release_index("test")
        assert store.release_index("test") is index  # no new read
        Store(data_dir).write_releases("test", [make_rows("b", "h", ["R."])])
        assert set(store.release_index("test")) == {"a", "b"}


class TestAtomicBatches:
    def test_a_batch_is_invisible_until_its_commit_record(self, store, data_dir):
        store.write_releases("test", [make_rows("a", "h", ["Q."])])
        head = store.head()
        with pytest.raises(RuntimeError, match="killed"), store.transaction("r", "write") as txn:
            store._write_releases(txn, "test", [make_rows("b", "h", ["R."])], False, "r")
            assert count(data_dir, "select count(*) from quotes") == 1  # not yet visible
            raise RuntimeError("killed mid-batch")
        assert store.head() == head
        assert count(data_dir, "select count(*) from releases") == 1

    def test_the_next_writer_undoes_what_a_crashed_one_left(self, store, data_dir):
        store.write_releases("test", [make_rows("a", "h", ["Q."])])
        with pytest.raises(RuntimeError), store.transaction("r", "write") as txn:
            store._write_releases(txn, "test", [make_rows("b", "h", ["R."])], False, "r")
            raise RuntimeError("killed mid-batch")
        Store(data_dir).write_releases("test", [make_rows("b", "h", ["R."])])
        assert count(data_dir, "select count(*) from quotes") == 2
        assert count(data_dir, "select count(*) from releases where release_id = 'b'") == 1


class TestRejects:
    def test_attempts_count_up_and_success_closes(self, store):
        reject = Reject("test", "https://example.org/x", "fetch", "HTTP 500 after 3 tries")
        store.update_rejects("test", [reject_row(reject, "r1", NOW)], set())
        store.update_rejects("test", [reject_row(reject, "r2", NOW)], set())
        (row,) = store.open_rejects("test")
        assert row["attempts"] == 2 and row["run_id"] == "r2"
        store.update_rejects("test", [], {"https://example.org/x"})
        assert store.open_rejects("test") == []

    def test_prefix_closes_rejects_that_did_not_fail_again(self, store):
        rows = [
            reject_row(Reject("test", f"/in/file.jsonl:{n}", "load", "bad"), "r1", NOW)
            for n in (1, 2)
        ]
        store.update_rejects("test", rows, set())
        store.update_rejects("test", rows[1:], set(), resolved_prefix="/in/")
        assert [row["url"] for row in store.open_rejects("test")] == ["/in/file.jsonl:2"]


def _write_many(data_dir: str, worker: int) -> None:
    """A separate process writing its own releases and re-writing shared ones."""
    store = Store(data_dir)
    for n in range(5):
        store.write_releases(
            "test", [make_rows(f"w{worker}-{n}", "h", ["Q."]), make_rows("shared", "h", ["S."])]
        )


class TestConcurrentWriters:
    def test_two_processes_end_consistent(self, store, data_dir):
        workers = [SPAWN.Process(target=_write_many, args=(str(data_dir), w)) for w in (1, 2)]
        for process in workers:
            process.start()
        for process in workers:
            process.join(timeout=60)
            assert process.exitcode == 0
        assert count(data_dir, "select count(*) from releases") == 11
        assert count(data_dir, "select count(distinct release_id) from releases") == 11
        assert count(data_dir, "select count(*) from quotes where release_id = 'shared'") == 1


class TestRowsMatchSchemas:
    def test_every_row_has_exactly_its_tables_columns(self):
        from transforms.records import Agreement, Entity, Event, Location

        extraction_tables = {
            "locations": Location("Vienna", "dateline", "Austria", "AT", 48.2, 16.4),
            "events": Event("visit", None, date(2019, 12, 5), "Vienna", ["OSCE"]),
            "agreements": Agreement("MoU", None, ["OSCE", "UNODC"], 2019, "signed", None),
            "entities": Entity("organisation", "OSCE", acronym="OSCE"),
        }
        full = Extraction(
            release=Release("u", "t", date(2019, 1, 1), "en", None, "Body."),
            quotes=[Quote("Q.", "A", None, None, "said", 0, 2)],
            **{name: [record] for name, record in extraction_tables.items()},
        )
        rows = release_rows("a", "test", full, "h", "run", NOW)
        for name, table_rows in rows.tables.items():
            assert table_rows, name
            assert set(table_rows[0]) == set(TABLES[name].schema.names), name
