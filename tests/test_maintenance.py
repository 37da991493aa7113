"""Operating the Delta warehouse: compact, vacuum, history, restore a run, upgrade old data."""

from __future__ import annotations

from datetime import date

import pyarrow as pa
import pyarrow.parquet as pq
import pytest
from typer.testing import CliRunner

from flows.cli import app
from tests.test_store import make_rows
from warehouse.maintenance import MaintenanceError, compact, history, restore_run, vacuum
from warehouse.query import database_path, refresh_views, run_query
from warehouse.schemas import QUOTES, RELEASES, TABLES
from warehouse.store import Store

runner = CliRunner()


def count(data_dir, sql: str) -> int:
    return run_query(data_dir, sql)[1][0][0]


@pytest.fixture
def store(data_dir) -> Store:
    store = Store(data_dir)
    store.initialise()
    return store


def write_run(store: Store, run_id: str, names: list[str], digest: str = "h") -> None:
    """One run that writes a batch per release."""
    for name in names:
        store.write_releases("test", [make_rows(name, digest, [f"{name} said."])], run_id=run_id)


class TestCompact:
    def test_small_files_fold_into_one_per_partition_with_the_same_rows(self, store, data_dir):
        write_run(store, "r1", [f"n{i}" for i in range(6)])
        assert len(store.open_table(QUOTES).file_uris()) == 6
        before = run_query(data_dir, "select * from quotes order by release_id")[1]
        changes = {change.table: change for change in compact(data_dir)}
        assert changes["quotes"].files_removed == 6 and changes["quotes"].files_added == 1
        assert len(store.open_table(QUOTES).file_uris()) == 1
        assert run_query(data_dir, "select * from quotes order by release_id")[1] == before

    def test_vacuum_keeps_the_files_the_views_read(self, store, data_dir):
        write_run(store, "r1", ["a", "b"])
        refresh_views(data_dir)  # the views now read the two small files
        compact(data_dir)
        vacuum(data_dir, retain_hours=1)  # too young to delete anyway
        import duckdb

        con = duckdb.connect(str(database_path(data_dir)), read_only=True)
        try:
            assert con.execute("select count(*) from quotes").fetchone()[0] == 2
        finally:
            con.close()

    def test_a_retention_under_an_hour_is_refused(self, store, data_dir):
        with pytest.raises(MaintenanceError, match="at least"):
            vacuum(data_dir, retain_hours=0)


class TestHistoryAndRestore:
    def test_history_lists_each_runs_versions(self, store, data_dir):
        write_run(store, "run-a", ["a"])
        write_run(store, "run-b", ["b", "c"])
        runs = {run.run_id: run for run in history(data_dir)}
        assert runs["run-a"].versions["releases"] == (0, 1)
        assert runs["run-b"].versions["releases"] == (1, 3)
        assert runs["run-b"].last_sequence - runs["run-b"].first_sequence == 1

    def test_restore_undoes_exactly_one_run(self, store, data_dir):
        write_run(store, "good", ["a"])
        write_run(store, "bad", ["b"])
        write_run(store, "bad", ["a"], digest="h2")  # the bad run also changed a release
        restore_run(data_dir, "bad")
        assert run_query(data_dir, "select release_id, content_hash from releases")[1] == [
            ("a", "h")
        ]
        assert count(data_dir, "select count(*) from quotes") == 1
        write_run(Store(data_dir), "next", ["b"])  # the store works on after a restore
        assert count(data_dir, "select count(*) from releases") == 2

    def test_restore_refuses_when_later_runs_would_be_lost(self, store, data_dir):
        write_run(store, "bad", ["a"])
        write_run(store, "later", ["b"])
        with pytest.raises(MaintenanceError, match="later"):
            restore_run(data_dir, "bad")

    def test_restore_of_an_unknown_run_says_where_to_look(self, store, data_dir):
        with pytest.raises(MaintenanceError, match="pressroom history"):
            restore_run(data_dir, "nope")

    def test_cli_history_then_restore(self, store, data_dir):
        write_run(store, "good", ["a"])
        write_run(store, "bad", ["b"])
        shown = runner.invoke(app, ["history", "--data-dir", str(data_dir)])
        assert shown.exit_code == 0 and "bad" in shown.output and "releases 1→2" in shown.output
        undone = runner.invoke(app, ["restore", "--run", "bad", "--data-dir", str(data_dir)])
        assert undone.exit_code == 0, undone.output
        assert count(data_dir, "select count(*) from releases") == 1
        again = runner.invoke(app, ["restore", "--run", "nope", "--data-dir", str(data_dir)])
        assert again.exit_code == 2 and "no commits of run" in again.output


def write_old_layout(data_dir) -> None:
    """A data dir as the Parquet store wrote it before Delta: one file per partition."""
    rows = make_rows("old", "h", ["Old words."], date(2018, 4, 1))
    for name in ("releases", "quotes"):
        folder = data_dir / "tables" / name / "source=test" / "year=2018"
        folder.mkdir(parents=True)
        table = pa.Table.from_pylist(rows.tables[name], schema=TABLES[name].schema)
        pq.write_table(table, folder / "data.parquet")


class TestUpgrade:
    def test_old_layout_is_refused_with_what_to_do(self, data_dir):
        write_old_layout(data_dir)
        result = runner.invoke(
            app, ["ingest", "--from", str(data_dir), "--data-dir", str(data_dir)]
        )
        assert result.exit_code == 2 and "pressroom upgrade" in result.output

    def test_upgrade_moves_every_row_into_delta_and_keeps_a_backup(self, data_dir):
        write_old_layout(data_dir)
        result = runner.invoke(app, ["upgrade", "--data-dir", str(data_dir)])
        assert result.exit_code == 0, result.output
        assert "releases: 1 rows" in result.output
        assert run_query(data_dir, "select release_id, source, year from releases")[1] == [
            ("old", "test", 2018)
        ]
        assert count(data_dir, "select count(*) from quotes") == 1
        assert (data_dir / "tables-parquet-backup" / "releases").is_dir()
        assert Store(data_dir).open_table(RELEASES).version() == 1
