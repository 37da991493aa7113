"""End to end: real Prefect flow runs write real Parquet, queried through the DuckDB file."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
from pathlib import Path

import duckdb
import pytest

from warehouse.query import database_path, run_query

FIXTURES = Path(__file__).parent / "fixtures" / "releases"
QUERIES = Path(__file__).resolve().parents[1] / "docs" / "queries.sql"

pytestmark = pytest.mark.usefixtures("prefect_api")


def ingest(path: Path, data_dir: Path, **params) -> dict:
    """One real flow run of the ingest flow."""
    from flows.ingest import ingest as ingest_flow

    return ingest_flow(from_path=str(path), data_dir=str(data_dir), **params)


def scalar(data_dir: Path, sql: str):
    """The single value a query returns."""
    return run_query(data_dir, sql)[1][0][0]


def table_counts(data_dir: Path) -> dict[str, int]:
    """Rows per table, excluding the run log which grows by design."""
    tables = ("releases", "quotes", "locations", "events", "agreements", "entities", "rejects")
    return {name: scalar(data_dir, f"select count(*) from {name}") for name in tables}


@pytest.fixture
def inbox(tmp_path) -> Path:
    """A private copy of the fixture releases that a test may edit."""
    folder = tmp_path / "inbox"
    shutil.copytree(FIXTURES, folder)
    return folder


class TestEndToEnd:
    def test_every_format_lands_and_is_queryable(self, inbox, data_dir):
        result = ingest(inbox, data_dir)
        assert result["status"] == "completed"
        assert scalar(data_dir, "select count(*) from releases") == 4
        titles = {row[0] for row in run_query(data_dir, "select title from releases")[1]}
        assert "Minister visits INTERPOL General Secretariat" in titles
        speakers = {row[0] for row in run_query(data_dir, "select speaker from quotes")[1]}
        assert {"Maria Holm", "Peter Lind", "Karl Brandt"} <= speakers

    def test_duckdb_file_opens_without_pressroom(self, inbox, data_dir):
        ingest(inbox, data_dir)
        con = duckdb.connect(str(database_path(data_dir)), read_only=True)
        try:
            (count,) = con.execute("select count(*) from quotes").fetchone()
        finally:
            con.close()
        assert count >= 3

    def test_html_navigation_does_not_reach_the_body(self, inbox, data_dir):
        ingest(inbox, data_dir)
        body = scalar(data_dir, "select body_text from releases where url like '%lyon-visit.html'")
        assert "cybercrime" in body
        assert "Accept all cookies" not in body and "Related news" not in body

    def test_run_is_recorded_with_its_counts(self, inbox, data_dir):
        result = ingest(inbox, data_dir)
        sql = "select status, releases_written, rejects from runs where run_id = ?"
        assert run_query(data_dir, sql, [result["run_id"]])[1] == [("completed", 4, 0)]


class TestPartitionPruning:
    @pytest.mark.parametrize(
        "where",
        [
            pytest.param("year = 2021", id="one-year"),
            pytest.param("source = 'local'", id="one-source"),
        ],
    )
    def test_a_filter_on_a_partition_reads_only_its_files(self, inbox, data_dir, where):
        ingest(inbox, data_dir)
        # Rows, not a count: DuckDB answers count(*) on the first file of the view from the
        # metadata it read when binding, and its plan then shows no scan at all.
        plan = run_query(data_dir, f"explain analyze select url from releases where {where}")
        files_read = re.search(r"Total Files Read: (\d+)", plan[1][0][1])
        expected = scalar(data_dir, f"select count(distinct year) from releases where {where}")
        assert files_read and int(files_read[1]) == expected


class TestReadersDoNotBlockWriters:
    def test_ingest_runs_while_a_shell_holds_the_database_open(self, inbox, data_dir):
        ingest(inbox, data_dir)
        holder = subprocess.Popen(
            [sys.executable, "-c", HOLD_DATABASE, str(database_path(data_dir))],
            stdout=subprocess.PIPE,
        )
        try:
            assert holder.stdout.readline().strip() == b"holding"
            (inbox / "late.txt").write_text("Title: Late\n\nVIENNA – A late release.")
            assert ingest(inbox, data_dir)["releases_written"] == 1
        finally:
            holder.kill()
            holder.wait()
        assert scalar(data_dir, "select count(*) from releases where title = 'Late'") == 1


HOLD_DATABASE = """
import sys, time, duckdb
con = duckdb.connect(sys.argv[1])  # read-write, as the DuckDB shell opens it
print("holding", flush=True)
time.sleep(120)
"""


class TestIdempotence:
    def test_second_ingest_changes_no_table(self, inbox, data_dir):
        ingest(inbox, data_dir)
        before = table_counts(data_dir)
        second = ingest(inbox, data_dir)
        assert table_counts(data_dir) == before
        assert second["releases_unchanged"] == 4 and second["releases_written"] == 0

    def test_changed_release_replaces_its_rows(self, inbox, data_dir):
        ingest(inbox, data_dir)
        release = inbox / "vienna-meeting.txt"
        text = release.read_text(encoding="utf-8")
        release.write_text(
            re.sub(r"“Our two.*?everyone,”", "“A rewritten quote,”", text), encoding="utf-8"
        )
        ingest(inbox, data_dir)
        quotes = [row[0] for row in run_query(data_dir, "select text from quotes")[1]]
        assert not any("safer borders" in q for q in quotes)
        assert any("rewritten quote" in q for q in quotes)
        assert scalar(data_dir, "select count(*) from releases") == 4


class TestRejects:
    def test_bad_files_are_rejected_and_the_run_goes_on(self, inbox, data_dir):
        (inbox / "empty.txt").write_bytes(b"")
        (inbox / "latin1.txt").write_bytes("Caf\xe9 r\xe9sum\xe9".encode("latin-1"))
        (inbox / "broken.jsonl").write_text('{"id": "x", "text": "fine"}\n{"id": "y", "tex\n')
        result = ingest(inbox, data_dir)
        assert result["status"] == "completed"
        rejects = dict(run_query(data_dir, "select url, reason from rejects")[1])
        assert any(
            url.endswith("empty.txt") and "empty" in reason for url, reason in rejects.items()
        )
        assert any(
            url.endswith("latin1.txt") and "UTF-8" in reason for url, reason in rejects.items()
        )
        assert any(
            url.endswith("broken.jsonl:2") and "JSON" in reason for url, reason in rejects.items()
        )
        assert scalar(data_dir, "select count(*) from releases") == 5

    def test_fixed_input_closes_its_reject(self, inbox, data_dir):
        (inbox / "empty.txt").write_bytes(b"")
        ingest(inbox, data_dir)
        (inbox / "empty.txt").write_text("Title: Now filled\n\nVIENNA – A release with text now.")
        ingest(inbox, data_dir)
        assert scalar(data_dir, "select count(*) from rejects") == 0
        assert scalar(data_dir, "select count(*) from releases where title = 'Now filled'") == 1


def example_queries() -> list:
    """(name, sql) of every query in docs/queries.sql."""
    blocks = re.split(r"^-- name: ", QUERIES.read_text(encoding="utf-8"), flags=re.M)[1:]
    return [
        pytest.param(block.split("\n", 1)[1], id=block.split("\n", 1)[0].strip())
        for block in blocks
    ]


@pytest.fixture(scope="module")
def sample_warehouse(tmp_path_factory, prefect_api) -> Path:
    """The bundled samples, ingested once for the example queries."""
    data_dir = tmp_path_factory.mktemp("samples") / "data"
    ingest(Path(__file__).resolve().parents[1] / "samples", data_dir)
    return data_dir


class TestExampleQueries:
    def test_there_are_at_least_ten(self):
        assert len(example_queries()) >= 10

    @pytest.mark.parametrize("sql", example_queries())
    def test_query_answers_on_the_samples(self, sample_warehouse, sql):
        columns, rows = run_query(sample_warehouse, sql)
        assert columns and rows, "every example query finds something in the bundled samples"
