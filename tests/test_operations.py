"""Operating pressroom: backfills killed and resumed, schedules, concurrent runs, Dask.

These run real processes (the `pressroom` command), a real Prefect server and a real Dask
cluster, all on 127.0.0.1, each bounded in time.
"""

from __future__ import annotations

import contextlib
import json
import os
import signal
import subprocess
import sys
import threading
import time
import urllib.request
from pathlib import Path

import pytest

from benchmarks.corpus import write_releases
from tests.support.newsroom import Newsroom, source_config
from warehouse.commits import latest_record
from warehouse.location import Location
from warehouse.query import QueryError, run_query

PRESSROOM = str(Path(sys.executable).parent / "pressroom")
FIXTURES = Path(__file__).parent / "fixtures" / "releases"
START = "2024-01-01"


def environment(tmp_path: Path, name: str, api_url: str | None) -> dict[str, str]:
    """A process environment with its own Prefect home, using the Prefect API at api_url.

    Without one, the command starts a temporary local Prefect server of its own, as it does
    for a user who has none configured."""
    home = tmp_path / f"prefect-{name}"
    home.mkdir(exist_ok=True)
    env = {key: value for key, value in os.environ.items() if not key.startswith("PREFECT_")}
    env.update(PREFECT_HOME=str(home), DO_NOT_TRACK="1", PREFECT_SERVER_ANALYTICS_ENABLED="false")
    if api_url:
        env["PREFECT_API_URL"] = api_url
    return env


def start(args: list[str], env: dict[str, str], log: Path) -> subprocess.Popen:
    """Start `pressroom ...` in its own process group, output to a log file."""
    handle = open(log, "wb")  # noqa: SIM115 (the child owns it)
    return subprocess.Popen(
        [PRESSROOM, *args], env=env, stdout=handle, stderr=subprocess.STDOUT, start_new_session=True
    )


def finish(process: subprocess.Popen, timeout: float) -> int:
    """Wait for a process, killing its whole group when it overruns."""
    try:
        return process.wait(timeout=timeout)
    except subprocess.TimeoutExpired:
        os.killpg(process.pid, signal.SIGKILL)
        process.wait()
        raise


def completed_ingest_runs(data_dir: Path) -> int:
    """Completed ingest runs so far, as committed."""
    try:
        return scalar(
            data_dir, "select count(*) from runs where flow = 'ingest' and status = 'completed'"
        )
    except QueryError:  # nothing committed yet
        return 0


def wait_for(condition, timeout: float, what: str) -> None:
    """Poll until condition() holds."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if condition():
            return
        time.sleep(0.3)
    raise AssertionError(f"timed out after {timeout:.0f} s waiting for {what}")


def scalar(data_dir: Path, sql: str):
    return run_query(data_dir, sql)[1][0][0]


@pytest.mark.slow
class TestBackfillResume:
    @pytest.mark.parametrize("signum", [signal.SIGINT, signal.SIGKILL], ids=["ctrl-c", "kill-9"])
    def test_interrupted_backfill_resumes_to_every_release_once(
        self, tmp_path, signum, prefect_api
    ):
        items = 24
        with Newsroom(date_from(START), items=items, every_days=3, article_delay=0.15) as site:
            config = tmp_path / "sources.toml"
            config.write_text(source_config(site.base))
            data_dir = tmp_path / "data"
            args = [
                "backfill",
                "--source",
                "newsroom",
                "--since",
                START,
                "--until",
                "2024-03-15",
                "--window",
                "14d",
                "--config",
                str(config),
                "--data-dir",
                str(data_dir),
            ]
            # Ctrl-C reaches a run on its own temporary Prefect server, as a user's run without
            # a configured server; the other runs use the test API.
            api_url = None if signum == signal.SIGINT else prefect_api
            first = start(args, environment(tmp_path, "first", api_url), tmp_path / "first.log")
            try:
                wait_for(lambda: completed_ingest_runs(data_dir) >= 1, 180, "a completed window")
            finally:
                os.killpg(first.pid, signum)
            code = finish(first, 120)
            assert code != 0, "an interrupted backfill must not report success"
            assert completed_ingest_runs(data_dir) < 6, "it was stopped mid-way"

            env = environment(tmp_path, "second", prefect_api)
            second = start(args, env, tmp_path / "second.log")
            assert finish(second, 300) == 0, (tmp_path / "second.log").read_text()[-3000:]
        log = (tmp_path / "second.log").read_text()
        assert "backfill completed" in log
        assert scalar(data_dir, "select count(*) from releases") == items
        assert scalar(data_dir, "select count(distinct url) from releases") == items
        assert scalar(data_dir, "select count(*) from quotes") == items
        assert scalar(data_dir, "select count(*) from rejects") == 0


# What a reader must never see, each as a query that counts the violations.
CONSISTENCY_CHECKS = {
    "quotes without their release": (
        "select count(*) from quotes q anti join releases r using (release_id)"
    ),
    "a release twice": (
        "select count(*) from (select release_id from releases group by 1 having count(*) > 1)"
    ),
    "a quote twice": (
        "select count(*) from (select release_id, quote_index from quotes "
        "group by all having count(*) > 1)"
    ),
    "a release without its quotes": (
        "select count(*) from releases r anti join quotes q using (release_id)"
    ),
}


def read_while_writing(data_dir: Path, stop: threading.Event, seen: list[dict]) -> None:
    """A concurrent reader: every check over the latest commit, again and again."""
    while not stop.is_set():
        with contextlib.suppress(QueryError):  # no commit yet
            seen.append({name: scalar(data_dir, sql) for name, sql in CONSISTENCY_CHECKS.items()})
        time.sleep(0.2)  # leave the writer the CPU


def committed_sequence(data_dir: Path) -> int:
    """The newest commit record's number (0 before any)."""
    record = latest_record(Location.of(data_dir))
    return record.sequence if record else 0


@pytest.mark.slow
class TestKilledWriter:
    """SIGKILL an ingest at several points of its run; readers never see half a batch."""

    @pytest.mark.parametrize(
        "commits_before_kill",
        [
            pytest.param(3, id="first-batches"),
            pytest.param(10, id="mid-run"),
            pytest.param(18, id="late"),
        ],
    )
    def test_readers_see_whole_batches_and_a_rerun_completes_once(
        self, tmp_path, commits_before_kill, prefect_api
    ):
        releases = 200
        source = write_releases(tmp_path / "releases.jsonl", releases)
        data_dir = tmp_path / "data"
        args = ["ingest", "--from", str(source), "--data-dir", str(data_dir), "--batch-size", "10"]
        args += ["--commit-size", "10"]  # a commit per batch, so the kill lands mid-run
        env = environment(tmp_path, "writer", prefect_api)
        stop, seen = threading.Event(), []
        reader = threading.Thread(target=read_while_writing, args=(data_dir, stop, seen))
        writer = start(args, env, tmp_path / "killed.log")
        reader.start()
        try:
            wait_for(lambda: committed_sequence(data_dir) >= commits_before_kill, 240, "commits")
        finally:
            os.killpg(writer.pid, signal.SIGKILL)
            finish(writer, 60)
            time.sleep(0.5)  # the reader reads what the killed writer left
            stop.set()
            reader.join()
        assert seen, "the reader read while the writer ran"
        violations = [sample for sample in seen if any(sample.values())]
        assert violations == []
        assert scalar(data_dir, "select count(*) from releases") < releases

        rerun = start(args, env, tmp_path / "rerun.log")
        assert finish(rerun, 300) == 0, (tmp_path / "rerun.log").read_text()[-3000:]
        assert scalar(data_dir, "select count(*) from releases") == releases
        assert scalar(data_dir, "select count(distinct release_id) from releases") == releases
        for name, sql in CONSISTENCY_CHECKS.items():
            assert scalar(data_dir, sql) == 0, name


def date_from(text: str):
    from datetime import date

    return date.fromisoformat(text)


@pytest.mark.slow
class TestConcurrentIngests:
    def test_two_ingests_into_one_data_dir_end_consistent(self, tmp_path, prefect_api):
        data_dir = tmp_path / "data"
        runs = [
            start(
                [
                    "ingest",
                    "--from",
                    str(FIXTURES),
                    "--data-dir",
                    str(data_dir),
                    "--batch-size",
                    "1",
                ],
                environment(tmp_path, f"p{n}", prefect_api),
                tmp_path / f"p{n}.log",
            )
            for n in (1, 2)
        ]
        for n, process in enumerate(runs, start=1):
            assert finish(process, 240) == 0, (tmp_path / f"p{n}.log").read_text()[-3000:]
        assert scalar(data_dir, "select count(*) from releases") == 4
        assert scalar(data_dir, "select count(distinct release_id) from releases") == 4
        duplicates = (
            "select count(*) from (select release_id, quote_index from quotes "
            "group by all having count(*) > 1)"
        )
        assert scalar(data_dir, duplicates) == 0
        assert scalar(data_dir, "select count(*) from runs where status = 'completed'") == 2


@pytest.mark.slow
class TestServe:
    def test_serve_registers_each_schedule_on_its_own_server(self, tmp_path):
        from flows.api import free_port

        config = tmp_path / "sources.toml"
        config.write_text(
            f'[sources.local]\nkind = "files"\npath = "{FIXTURES}"\nschedule = "*/7 * * * *"\n'
        )
        port = free_port()
        process = start(
            [
                "serve",
                "--port",
                str(port),
                "--config",
                str(config),
                "--data-dir",
                str(tmp_path / "data"),
            ],
            environment(tmp_path, "serve", api_url=None),
            tmp_path / "serve.log",
        )
        api = f"http://127.0.0.1:{port}/api"
        try:
            wait_for(lambda: len(deployments(api)) >= 2, 180, "deployments on the local server")
            found = {d["name"]: d for d in deployments(api)}
            crons = [s["schedule"].get("cron") for s in found["ingest-local"]["schedules"]]
            assert crons == ["*/7 * * * *"]
            assert found["ingest-local"]["parameters"]["source"] == "local"
            assert "backfill" in found
        finally:
            os.killpg(process.pid, signal.SIGINT)
            finish(process, 60)
        with pytest.raises(OSError):  # the server it started is gone with it
            urllib.request.urlopen(f"{api}/health", timeout=2)


def deployments(api: str) -> list[dict]:
    """Deployments registered on a Prefect server, or [] while it is not up yet."""
    request = urllib.request.Request(
        f"{api}/deployments/filter", data=b"{}", headers={"Content-Type": "application/json"}
    )
    try:
        with urllib.request.urlopen(request, timeout=5) as reply:
            return json.loads(reply.read())
    except OSError:
        return []


@pytest.mark.slow
@pytest.mark.usefixtures("prefect_api")
class TestDask:
    def test_two_worker_cluster_writes_the_same_tables(self, tmp_path):
        from flows.ingest import ingest
        from flows.scale import make_task_runner

        config = Path(__file__).resolve().parents[1] / "config" / "sources.toml"
        tables = {}
        for runner in ("threads", "dask"):
            data_dir = tmp_path / runner
            flow = ingest.with_options(task_runner=make_task_runner(runner, config))
            result = flow(from_path=str(FIXTURES), data_dir=str(data_dir), batch_size=1)
            assert result["status"] == "completed"
            tables[runner] = {
                name: run_query(
                    data_dir, f"select * exclude (release_id) from {name} order by all"
                )[1]
                for name in ("quotes", "locations", "events", "agreements", "entities")
            } | {
                "releases": run_query(
                    data_dir,
                    "select url, title, body_text, content_hash from releases order by url",
                )[1]
            }
        assert tables["dask"] == tables["threads"]
        assert tables["dask"]["releases"], "the run wrote releases"
