"""A warehouse on object storage: an S3-compatible server (moto) on 127.0.0.1, real flow runs."""

from __future__ import annotations

import os
import re
import shutil
import socket
import subprocess
import sys
import time
from pathlib import Path

import pytest
from typer.testing import CliRunner

from flows.cli import app
from warehouse.location import Location
from warehouse.query import run_query

FIXTURES = Path(__file__).parent / "fixtures" / "releases"
BUCKET = "pressroom-test"

pytestmark = [pytest.mark.slow, pytest.mark.usefixtures("prefect_api")]


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


@pytest.fixture(scope="module")
def s3_server(tmp_path_factory):
    """moto's S3 server on 127.0.0.1 with one bucket; AWS variables pointing at it."""
    boto3 = pytest.importorskip("boto3")
    port = free_port()
    log = open(tmp_path_factory.mktemp("moto") / "moto.log", "wb")  # noqa: SIM115
    server = subprocess.Popen(
        [sys.executable, "-m", "moto.server", "-H", "127.0.0.1", "-p", str(port)],
        stdout=log,
        stderr=subprocess.STDOUT,
    )
    endpoint = f"http://127.0.0.1:{port}"
    settings = {
        "AWS_ENDPOINT_URL": endpoint,
        "AWS_ACCESS_KEY_ID": "test",
        "AWS_SECRET_ACCESS_KEY": "test",
        "AWS_REGION": "us-east-1",
        "AWS_ALLOW_HTTP": "true",
    }
    saved = {name: os.environ.get(name) for name in settings}
    os.environ.update(settings)
    try:
        client = boto3.client("s3", endpoint_url=endpoint)
        deadline = time.monotonic() + 120
        while True:
            try:
                client.create_bucket(Bucket=BUCKET)
                break
            except Exception:
                if time.monotonic() > deadline:
                    raise
                time.sleep(0.3)
        yield client
    finally:
        server.terminate()
        server.wait(timeout=30)
        log.close()
        for name, value in saved.items():
            if value is None:
                os.environ.pop(name, None)
            else:
                os.environ[name] = value


def ingest(path: Path, data_dir: str) -> dict:
    from flows.ingest import ingest as ingest_flow

    return ingest_flow(from_path=str(path), data_dir=data_dir)


def test_ingest_rerun_change_and_query_on_s3(s3_server, tmp_path, monkeypatch):
    monkeypatch.setenv("PRESSROOM_CACHE_DIR", str(tmp_path / "cache"))
    inbox = tmp_path / "inbox"
    shutil.copytree(FIXTURES, inbox)
    data_dir = f"s3://{BUCKET}/warehouse"

    first = ingest(inbox, data_dir)
    assert first["status"] == "completed" and first["releases_written"] == 4
    assert run_query(data_dir, "select count(*) from releases")[1] == [(4,)]

    again = ingest(inbox, data_dir)
    assert again["releases_unchanged"] == 4 and again["releases_written"] == 0

    release = inbox / "vienna-meeting.txt"
    text = release.read_text(encoding="utf-8")
    release.write_text(re.sub(r"“Our two.*?everyone,”", "“A rewritten quote,”", text))
    changed = ingest(inbox, data_dir)
    assert changed["releases_written"] == 1

    result = CliRunner().invoke(
        app, ["sql", "-f", "csv", "--data-dir", data_dir, "select text from quotes order by 1"]
    )
    assert result.exit_code == 0, result.output
    assert "rewritten quote" in result.stdout and "safer borders" not in result.stdout
    assert run_query(data_dir, "select count(*) from releases")[1] == [(4,)]

    keys = [
        item["Key"]
        for item in s3_server.list_objects_v2(Bucket=BUCKET, Prefix="warehouse/")["Contents"]
    ]
    assert any(key.startswith("warehouse/_pressroom/commits/") for key in keys)
    assert any("/tables/quotes/_delta_log/" in key for key in keys)
    assert not any(key.endswith("write.lock") for key in keys)  # released after each batch
    assert not Location.of(data_dir).is_local
