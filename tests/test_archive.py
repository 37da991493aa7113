"""The raw archive: content-addressed, compressed, indexed, safe for two processes."""

from __future__ import annotations

import gzip
import multiprocessing
from datetime import UTC, datetime

from sources.archive import Archive, FetchResult, iter_archived_documents
from transforms.records import SourceDocument


def result(url: str, body: bytes, etag: str | None = '"v1"') -> FetchResult:
    headers = {"Content-Type": "text/html; charset=utf-8", **({"ETag": etag} if etag else {})}
    return FetchResult(
        url, url, 200, headers, body, body.decode(), headers["Content-Type"], datetime.now(UTC)
    )


def test_same_body_is_stored_once_compressed(tmp_path):
    archive = Archive(tmp_path)
    first = archive.record("s", result("https://x.test/a", b"<p>same</p>" * 100))
    second = archive.record("s", result("https://x.test/b", b"<p>same</p>" * 100))
    assert first == second
    (stored,) = list((tmp_path / "archive" / "objects").rglob("*.gz"))
    assert gzip.decompress(stored.read_bytes()) == b"<p>same</p>" * 100
    assert stored.stat().st_size < 200
    assert archive.fetch_count("s") == 2


def test_validators_come_from_the_last_full_fetch(tmp_path):
    archive = Archive(tmp_path)
    archive.record("s", result("https://x.test/a", b"one", '"v1"'))
    archive.record("s", result("https://x.test/a", b"two", '"v2"'))
    validators = archive.validators("https://x.test/a")
    assert validators.etag == '"v2"' and archive.body(validators.sha256) == b"two"
    assert archive.validators("https://x.test/other") is None


def test_a_damaged_body_is_not_served(tmp_path):
    archive = Archive(tmp_path)
    digest = archive.put(b"body")
    path = next((tmp_path / "archive" / "objects").rglob("*.gz"))
    path.write_bytes(gzip.compress(b"tampered"))
    assert archive.body(digest) is None


def test_documents_come_back_once_per_version(tmp_path):
    archive = Archive(tmp_path)
    doc = SourceDocument(
        source="s",
        url="https://x.test/a",
        title="T",
        published="2020-10-01",
        html="<p>v1</p>",
        organisation="O",
    )
    archive.record_document(doc)
    archive.record_document(doc)
    archive.record_document(SourceDocument(source="s", url="https://x.test/a", html="<p>v2</p>"))
    archive.record_document(SourceDocument(source="other", url="https://y.test/", html="<p>x</p>"))
    replayed = list(iter_archived_documents(tmp_path, "s"))
    assert [d.html for d in replayed] == ["<p>v1</p>", "<p>v2</p>"]
    assert replayed[0] == doc
    assert list(iter_archived_documents(tmp_path / "nothing-here", "s")) == []


def _writer(data_dir: str, worker: int) -> None:
    archive = Archive(data_dir)
    for number in range(30):
        archive.record("s", result(f"https://x.test/{number}", f"<p>{number % 5}</p>".encode()))
        archive.record_document(
            SourceDocument(
                source="s", url=f"https://x.test/{worker}-{number}", html=f"<p>{number % 5}</p>"
            )
        )


def test_two_processes_write_at_once(tmp_path):
    context = multiprocessing.get_context("spawn")
    workers = [context.Process(target=_writer, args=(str(tmp_path), n)) for n in range(2)]
    for worker in workers:
        worker.start()
    for worker in workers:
        worker.join(timeout=60)
        assert worker.exitcode == 0
    archive = Archive(tmp_path)
    assert archive.fetch_count("s") == 60
    assert len(list((tmp_path / "archive" / "objects").rglob("*.gz"))) == 5
    assert len(list(iter_archived_documents(tmp_path, "s"))) == 60
    assert not list((tmp_path / "archive" / "objects").rglob(".tmp-*"))


def test_an_archive_written_before_pages_were_kept_as_bytes_still_opens(tmp_path):
    import sqlite3

    root = tmp_path / "archive"
    root.mkdir()
    con = sqlite3.connect(root / "index.sqlite")
    con.executescript(
        "create table documents (document_id integer primary key, source text not null,"
        " url text, html_sha256 text, record text not null, recorded_at text not null,"
        " unique (source, url, html_sha256));"
        "insert into documents (source, url, html_sha256, record, recorded_at)"
        " values ('s', 'https://x.test/old', null, '{\"url\": \"https://x.test/old\", \"text\": \"old text\"}', '2020-01-01');"
    )
    con.commit()
    con.close()
    (old,) = Archive(tmp_path).iter_documents("s")
    assert (old.url, old.text) == ("https://x.test/old", "old text")
