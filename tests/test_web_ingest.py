"""A web source through the whole ingest flow: faults become rejects, re-runs fetch nothing new."""

from __future__ import annotations

import dataclasses
import json
from datetime import date
from pathlib import Path

import pytest

from flows.config import Selectors, SourceConfig
from tests.test_web import configured, osce_site  # noqa: F401 (the loopback newsroom fixture)
from warehouse.query import run_query

pytestmark = pytest.mark.usefixtures("prefect_api")
WINDOW = {"since": date(2020, 10, 1), "until": date(2020, 10, 31)}


def toml_value(value) -> str:
    """A TOML literal for the few value kinds a source has."""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int | float):
        return repr(value)
    if isinstance(value, tuple | list):
        return "[" + ", ".join(toml_value(item) for item in value) + "]"
    return json.dumps(value)


def write_config(path: Path, source: SourceConfig) -> Path:
    """A sources file holding one source exactly as given."""
    lines = [f"[sources.{source.name}]"]
    for field in dataclasses.fields(source):
        value = getattr(source, field.name)
        if field.name in ("name", "selectors") or value is None:
            continue
        lines.append(f"{field.name} = {toml_value(value)}")
    selectors: Selectors = source.selectors
    lines.append(f"[sources.{source.name}.selectors]")
    lines += [
        f"{key} = {toml_value(value)}"
        for key, value in dataclasses.asdict(selectors).items()
        if value
    ]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def ingest_osce(config: Path, data_dir: Path) -> dict:
    from flows.ingest import ingest

    return ingest(source="osce", config=str(config), data_dir=str(data_dir), **WINDOW)


def test_good_releases_once_bad_pages_rejected_and_nothing_refetched(osce_site, tmp_path):  # noqa: F811
    source = configured("osce", osce_site, "/press-releases?page={page}")
    config = write_config(tmp_path / "sources.toml", source)
    data_dir = tmp_path / "data"

    first = ingest_osce(config, data_dir)
    assert first["status"] == "completed" and first["releases_written"] == 3
    urls = [row[0] for row in run_query(data_dir, "select url from releases order by url")[1]]
    assert urls == [osce_site.url(f"/press-releases/release-{x}") for x in "abc"]
    rejects = dict(run_query(data_dir, "select url, reason from rejects")[1])
    reasons = {url.rsplit("/", 1)[-1]: reason for url, reason in rejects.items()}
    assert reasons == {
        "fake": "refused: foreign host evil.example",
        "broken": "HTTP 500 after 3 tries",
        "report.pdf": "expected HTML, got application/pdf",
    }
    quotes = run_query(data_dir, "select count(*) from quotes")[1][0][0]

    served_before = len(osce_site.log)
    second = ingest_osce(config, data_dir)
    refetched = [
        path
        for path, status in osce_site.log[served_before:]
        if status == 200 and path.startswith("/press-releases/release-")
    ]
    assert refetched == [], "unchanged pages are answered 304, not downloaded again"
    assert second["releases_written"] == 0 and second["releases_unchanged"] == 3
    assert run_query(data_dir, "select count(*) from releases")[1][0][0] == 3
    assert run_query(data_dir, "select count(*) from quotes")[1][0][0] == quotes
    attempts = {row[0] for row in run_query(data_dir, "select attempts from rejects")[1]}
    assert attempts == {2}, "each open reject was tried again by the second run"


def test_reprocess_rebuilds_from_the_archive_without_network(osce_site, tmp_path):  # noqa: F811
    from flows.ingest import ingest

    source = configured("osce", osce_site, "/press-releases?page={page}")
    config = write_config(tmp_path / "sources.toml", source)
    data_dir = tmp_path / "data"
    ingest_osce(config, data_dir)
    before = run_query(data_dir, "select url, content_hash from releases order by url")[1]
    served = len(osce_site.log)

    result = ingest(
        source="osce", config=str(config), data_dir=str(data_dir), force=True, from_archive=True
    )
    assert len(osce_site.log) == served, "a rebuild asks the network for nothing"
    assert result["releases_written"] == 3 and result["flow"] == "reprocess"
    after = run_query(data_dir, "select url, content_hash from releases order by url")[1]
    assert after == before
