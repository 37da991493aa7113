"""The `pressroom` command line: help, one-line errors, SQL output, extract's contract."""

from __future__ import annotations

import csv
import io
import json
import re
import shutil
from pathlib import Path

import pytest
from typer.testing import CliRunner

from flows.cli import app

FIXTURES = Path(__file__).parent / "fixtures" / "releases"
CONTRACT_KEYS = {"id", "release", "quotes", "locations", "events", "agreements", "entities"}
COMMANDS = (
    "ingest",
    "extract",
    "sql",
    "status",
    "backfill",
    "serve",
    "reprocess",
    "compact",
    "history",
    "restore",
    "upgrade",
)

runner = CliRunner()
pytestmark = pytest.mark.xdist_group("cli")  # one worker ingests the warehouse once


def invoke(*args: str):
    """Run the CLI in-process and return the result."""
    return runner.invoke(app, list(args), catch_exceptions=False)


class TestHelp:
    def test_top_level_help_lists_every_command(self):
        result = invoke("--help")
        assert result.exit_code == 0
        assert all(command in result.output for command in COMMANDS)

    @pytest.mark.parametrize("command", COMMANDS)
    def test_each_command_explains_itself(self, command):
        result = invoke(command, "--help")
        assert result.exit_code == 0
        assert "--data-dir" in result.output or command == "extract"


class TestOneLineErrors:
    @pytest.mark.parametrize(
        ("args", "message"),
        [
            pytest.param(["ingest", "--from", "/no/such/path"], "no such file", id="missing-path"),
            pytest.param(
                ["ingest", "--source", "nope"], "unknown source 'nope'", id="unknown-source"
            ),
            pytest.param(["ingest"], "--source", id="nothing-to-ingest"),
            pytest.param(
                ["ingest", "--source", "samples", "--since", "May 1"], "YYYY-MM-DD", id="bad-date"
            ),
            pytest.param(
                [
                    "backfill",
                    "--source",
                    "samples",
                    "--since",
                    "2020-01-01",
                    "--window",
                    "3 months",
                ],
                "30d",
                id="bad-window",
            ),
            pytest.param(["sql", "--format", "xml", "select 1"], "--format", id="bad-format"),
        ],
    )
    def test_mistake_is_one_line_without_traceback(self, args, message, tmp_path):
        result = runner.invoke(
            app, [*args, "--data-dir", str(tmp_path)] if args[0] != "sql" else args
        )
        assert result.exit_code == 2
        assert message in result.output
        assert "Traceback" not in result.output

    def test_bad_config_file_is_one_line(self, tmp_path):
        config = tmp_path / "sources.toml"
        config.write_text("[sources.x]\nkind = 'ftp'\n")
        result = invoke("ingest", "--source", "x", "--config", str(config))
        assert result.exit_code == 2 and "kind = 'ftp': expected one of" in result.output

    def test_query_on_missing_warehouse_says_what_to_do(self, tmp_path):
        result = invoke("sql", "select 1", "--data-dir", str(tmp_path / "none"))
        assert result.exit_code == 2 and "pressroom ingest" in result.output


class TestExtract:
    def test_jsonl_gives_one_contract_line_per_input_line(self):
        result = invoke("extract", "--jsonl", str(FIXTURES / "releases.jsonl"))
        lines = [json.loads(line) for line in result.stdout.splitlines()]
        assert [line["id"] for line in lines] == ["fixture-1", "fixture-2"]
        for line in lines:
            assert set(line) >= CONTRACT_KEYS
            assert set(line["release"]) >= {"url", "title", "published", "language", "dateline"}

    def test_files_use_their_path_as_id(self):
        path = FIXTURES / "vienna-meeting.txt"
        (line,) = [json.loads(x) for x in invoke("extract", str(path)).stdout.splitlines()]
        assert line["id"] == str(path.resolve())
        assert line["release"]["published"] == "2021-03-04"
        quote = line["quotes"][0]
        assert set(quote) >= {
            "text",
            "speaker",
            "speaker_title",
            "speaker_org",
            "verb",
            "start",
            "end",
        }


@pytest.fixture(scope="module")
def inbox(tmp_path_factory) -> Path:
    """The fixture releases plus one empty file (a reject)."""
    folder = tmp_path_factory.mktemp("inbox")
    shutil.copytree(FIXTURES, folder, dirs_exist_ok=True)
    (folder / "empty.txt").write_bytes(b"")
    return folder


@pytest.fixture(scope="module")
def warehouse(tmp_path_factory, inbox, prefect_api) -> Path:
    """A warehouse holding the inbox, ingested through the CLI."""
    data_dir = tmp_path_factory.mktemp("cli") / "data"
    result = invoke("ingest", "--from", str(inbox), "--data-dir", str(data_dir))
    assert result.exit_code == 0, result.output
    return data_dir


class TestWarehouseCommands:
    def test_ingest_again_prints_rows_per_table_and_rejects(self, warehouse, inbox):
        result = invoke("ingest", "--from", str(inbox), "--data-dir", str(warehouse))
        assert "4 unchanged, 1 rejected" in result.output
        assert "open rejects" in result.output and "empty file" in result.output

    def test_sql_without_query_lists_tables_and_columns(self):
        result = invoke("sql")
        assert "quotes" in result.output and "speaker_title" in result.output

    def test_sql_csv(self, warehouse):
        result = invoke(
            "sql",
            "--format",
            "csv",
            "--data-dir",
            str(warehouse),
            "select count(*) as n from releases",
        )
        rows = list(csv.reader(io.StringIO(result.stdout)))
        assert rows == [["n"], ["4"]]

    def test_sql_json(self, warehouse):
        result = invoke(
            "sql",
            "-f",
            "json",
            "--data-dir",
            str(warehouse),
            "select title from releases order by title limit 1",
        )
        assert set(json.loads(result.stdout.splitlines()[0])) == {"title"}

    def test_sql_refuses_writes(self, warehouse):
        result = invoke("sql", "--data-dir", str(warehouse), "create table t as select 1")
        assert result.exit_code == 2 and "read-only" in result.output.lower()

    def test_bad_sql_is_one_line(self, warehouse):
        result = invoke("sql", "--data-dir", str(warehouse), "select nope from releases")
        assert (
            result.exit_code == 2 and "nope" in result.output and "Traceback" not in result.output
        )

    def test_status_shows_freshness_runs_and_rejects(self, warehouse):
        result = invoke("status", "--data-dir", str(warehouse))
        assert result.exit_code == 0
        assert "freshness per source" in result.output and "last runs" in result.output
        assert "empty.txt" in result.output  # the open reject
        assert "2022-06-01" in result.output  # newest release of the source
        assert re.search(r"releases\s*│\s*4\s*│", result.output)  # rows per table
        assert re.search(r"│\s*ingest\s*│\s*complet", result.output)  # the last run

    def test_backfill_dry_run_lists_windows(self, warehouse):
        result = invoke(
            "backfill",
            "--source",
            "samples",
            "--since",
            "2024-01-01",
            "--until",
            "2024-03-01",
            "--window",
            "30d",
            "--dry-run",
            "--data-dir",
            str(warehouse),
        )
        assert result.exit_code == 0
        assert (
            "2024-01-01..2024-01-30" in result.output and "2024-03-01..2024-03-01" in result.output
        )
        assert "3 of 3 windows to run" in result.output


OUTSIDE = "/etc/hostname"


@pytest.mark.parametrize(
    ("statement", "reason"),
    [
        pytest.param("copy (select 1) to '{out}/x.csv'", "COPY", id="copy-to-elsewhere"),
        pytest.param(
            "copy (select * from releases) to '{tables}/releases/evil.parquet'",
            "COPY",
            id="copy-into-tables",
        ),
        pytest.param("copy releases from '{out}/x.csv'", "COPY", id="copy-from"),
        pytest.param("export database '{out}/dump'", "EXPORT", id="export"),
        pytest.param("attach '{out}/other.duckdb' as other", "ATTACH", id="attach"),
        pytest.param("detach w", "DETACH", id="detach"),
        pytest.param("install httpfs", "INSTALL and LOAD", id="install"),
        pytest.param("load httpfs", "INSTALL and LOAD", id="load"),
        pytest.param("set threads = 1", "SET", id="set"),
        pytest.param("reset threads", "SET", id="reset"),
        pytest.param("set variable x = 1", "SET", id="set-variable"),
        pytest.param("use memory", "SET", id="use"),
        pytest.param(f"select * from read_text('{OUTSIDE}')", "outside", id="read-text-elsewhere"),
        pytest.param(f"select * from read_csv('{OUTSIDE}')", "outside", id="read-csv-elsewhere"),
        pytest.param("select * from glob('/etc/*')", "outside", id="glob-elsewhere"),
        pytest.param("select 1; select 2", "exactly one statement", id="two-statements"),
        pytest.param("select 1; copy (select 1) to '{out}/y.csv'", "exactly one", id="smuggled"),
        pytest.param("create table t as select 1", "CREATE", id="create"),
        pytest.param("insert into runs (run_id) values ('x')", "INSERT", id="insert"),
        pytest.param("delete from releases", "DELETE", id="delete"),
        pytest.param("drop view releases", "DROP", id="drop"),
        pytest.param(
            "explain analyze copy (select 1) to '{out}/z.csv'", "COPY", id="explain-analyze-copy"
        ),
        pytest.param("pragma enable_profiling", "PRAGMA", id="pragma-setting"),
        pytest.param("call pragma_table_info('releases')", "CALL", id="call"),
        pytest.param("checkpoint", "CALL", id="checkpoint"),
        pytest.param("begin transaction", "transactions", id="begin"),
    ],
)
def test_sql_refuses_what_does_not_only_read(warehouse, tmp_path, statement, reason):
    """Each refusal is one line that says why, and nothing is written anywhere."""
    sql = statement.format(out=tmp_path, tables=warehouse / "tables")
    before = sorted(p.name for p in (warehouse / "tables").rglob("*"))
    result = invoke("sql", "--data-dir", str(warehouse), sql)
    assert result.exit_code == 2, result.output
    (line,) = [text for text in result.output.splitlines() if text.strip()]
    assert "read-only" in line and reason in line, line
    assert list(tmp_path.iterdir()) == []
    assert sorted(p.name for p in (warehouse / "tables").rglob("*")) == before


@pytest.mark.parametrize(
    "statement",
    [
        pytest.param("select count(*) from releases", id="select"),
        pytest.param("with r as (select * from releases) select count(*) from r", id="with"),
        pytest.param("from releases select title limit 1", id="from-first"),
        pytest.param("explain select * from quotes", id="explain"),
        pytest.param("explain analyze select count(*) from quotes", id="explain-analyze"),
        pytest.param("describe releases", id="describe"),
        pytest.param("show tables", id="show-tables"),
        pytest.param("summarize quotes", id="summarize"),
        pytest.param("pragma table_info('releases')", id="pragma-table-info"),
    ],
)
def test_sql_runs_statements_that_read(warehouse, statement):
    result = invoke("sql", "-f", "csv", "--data-dir", str(warehouse), statement)
    assert result.exit_code == 0, result.output
    assert len(result.stdout.splitlines()) >= 2  # a header and at least one row
