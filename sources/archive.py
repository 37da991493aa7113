"""Raw archive of fetched pages: the ground truth that `pressroom reprocess` rebuilds from.

Bodies are stored once, content-addressed by sha256 and gzip-compressed, under
<data_dir>/archive/objects/ab/<sha256>.gz (written to a temporary file, then renamed: atomic,
and two processes writing the same body write the same bytes). An SQLite index in WAL mode
(<data_dir>/archive/index.sqlite, safe for two processes) records every fetch (URL, final URL,
status, headers, fetch time, body hash) and every document a source yielded, so documents
come back with no network.

A fetched page is recorded as what the listing or feed gave (title, date, id) plus the raw
bytes it was fetched as, never as text extracted from them: `pressroom reprocess` decodes
and reads those bytes again with the current code and the source's current selectors.
"""

from __future__ import annotations

import gzip
import hashlib
import json
import os
import sqlite3
import tempfile
import time
from collections.abc import Iterator
from contextlib import closing
from dataclasses import asdict, dataclass, fields
from datetime import UTC, datetime
from pathlib import Path

from transforms.records import Reject, SourceDocument

SCHEMA = """
create table if not exists fetches (
    fetch_id integer primary key,
    source text not null,
    url text not null,
    final_url text not null,
    status integer not null,
    headers text not null,          -- JSON object
    content_type text,
    etag text,
    last_modified text,
    sha256 text not null,
    size integer not null,
    is_from_cache integer not null, -- 1 when a 304 answered and the archived body served
    fetched_at text not null        -- ISO 8601, UTC
);
create index if not exists fetches_by_url on fetches (url, fetch_id);
create table if not exists documents (
    document_id integer primary key,
    source text not null,
    url text,
    html_sha256 text,               -- the document's markup, UTF-8, in objects/ (or raw bytes)
    record text not null,           -- JSON: the SourceDocument without its html
    recorded_at text not null,
    unique (source, url, html_sha256)
);
create index if not exists documents_by_source on documents (source, document_id);
"""
# Added after the first archives were written: applied to an older index on open.
# documents.fetched = 1: html_sha256 names a fetch's raw bytes, the record its final URL.
MIGRATIONS = {
    ("documents", "fetched"): "alter table documents add column fetched integer not null default 0",
}
WAL_ATTEMPTS = 20  # about 10 s in all: as long as creating an index can take another process
DOCUMENT_FIELDS = tuple(f.name for f in fields(SourceDocument) if f.name != "html")


@dataclass(slots=True)
class FetchResult:
    """One fetched page: what was asked, where it ended, and its body as bytes and text."""

    url: str  # the URL asked for
    final_url: str  # after redirects
    status: int  # of the last response (304 when the archive answered)
    headers: dict[str, str]
    content: bytes
    text: str
    content_type: str
    fetched_at: datetime  # UTC
    from_cache: bool = False  # True when a 304 answered and the archived body was used


@dataclass(frozen=True, slots=True)
class ArchivedPage:
    """A fetched page as archived: what the listing or feed gave, and the bytes fetched."""

    given: SourceDocument  # url is the address asked for; no html or text
    body: bytes
    content_type: str
    final_url: str


@dataclass(frozen=True, slots=True)
class Validators:
    """What a conditional GET needs about the last good fetch of a URL."""

    etag: str | None
    last_modified: str | None
    sha256: str
    content_type: str


class Archive:
    """Content-addressed page bodies plus an index of fetches and documents."""

    def __init__(self, data_dir: Path | str):
        self.root = Path(data_dir) / "archive"
        self.objects = self.root / "objects"
        self.objects.mkdir(parents=True, exist_ok=True)
        self.index_path = self.root / "index.sqlite"
        with closing(self._connect()) as con:
            con.executescript(SCHEMA)
            _migrate(con)

    def _connect(self) -> sqlite3.Connection:
        """A connection that waits for the other writer instead of failing."""
        con = sqlite3.connect(self.index_path, timeout=30, isolation_level=None)
        con.execute("pragma busy_timeout = 30000")
        _use_wal(con)
        return con

    # -- bodies ----------------------------------------------------------------------------

    def put(self, content: bytes) -> str:
        """Store a body once; its sha256 names it."""
        digest = hashlib.sha256(content).hexdigest()
        path = self._object_path(digest)
        if path.exists():
            return digest
        path.parent.mkdir(parents=True, exist_ok=True)
        packed = gzip.compress(content, compresslevel=6, mtime=0)
        handle, temporary = tempfile.mkstemp(dir=path.parent, prefix=".tmp-", suffix=".gz")
        try:
            with os.fdopen(handle, "wb") as stream:
                stream.write(packed)
                stream.flush()
                os.fsync(stream.fileno())
            os.replace(temporary, path)
        except BaseException:
            Path(temporary).unlink(missing_ok=True)
            raise
        return digest

    def body(self, digest: str) -> bytes | None:
        """A stored body, or None when it is missing or does not match its hash."""
        try:
            content = gzip.decompress(self._object_path(digest).read_bytes())
        except (FileNotFoundError, OSError, EOFError):
            return None
        return content if hashlib.sha256(content).hexdigest() == digest else None

    def _object_path(self, digest: str) -> Path:
        return self.objects / digest[:2] / f"{digest}.gz"

    # -- fetches ---------------------------------------------------------------------------

    def record(self, source: str, result: FetchResult) -> str:
        """Store a fetched body (once) and add the fetch to the index."""
        digest = self.put(result.content)
        headers = {key.lower(): value for key, value in result.headers.items()}
        with closing(self._connect()) as con:
            con.execute(
                "insert into fetches (source, url, final_url, status, headers, content_type,"
                " etag, last_modified, sha256, size, is_from_cache, fetched_at)"
                " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (
                    source,
                    result.url,
                    result.final_url,
                    result.status,
                    json.dumps(headers, sort_keys=True),
                    result.content_type,
                    headers.get("etag"),
                    headers.get("last-modified"),
                    digest,
                    len(result.content),
                    int(result.from_cache),
                    result.fetched_at.isoformat(),
                ),
            )
        return digest

    def validators(self, url: str) -> Validators | None:
        """ETag and Last-Modified of the last full fetch of url, for a conditional GET."""
        with closing(self._connect()) as con:
            row = con.execute(
                "select etag, last_modified, sha256, content_type from fetches"
                " where url = ? and status = 200 order by fetch_id desc limit 1",
                (url,),
            ).fetchone()
        if row is None or not (row[0] or row[1]):
            return None
        return Validators(etag=row[0], last_modified=row[1], sha256=row[2], content_type=row[3])

    def fetch_count(self, source: str | None = None) -> int:
        """How many fetches the index holds (of one source, or all)."""
        with closing(self._connect()) as con:
            if source is None:
                return con.execute("select count(*) from fetches").fetchone()[0]
            query = "select count(*) from fetches where source = ?"
            return con.execute(query, (source,)).fetchone()[0]

    # -- documents -------------------------------------------------------------------------

    def record_document(self, document: SourceDocument) -> None:
        """Remember a document a source yielded (once per URL and markup)."""
        digest = self.put(document.html.encode("utf-8")) if document.html is not None else None
        record = {name: value for name, value in asdict(document).items() if name != "html"}
        self._insert_document(document.source, document.url, digest, record, fetched=False)

    def record_page(self, given: SourceDocument, result: FetchResult) -> None:
        """Remember a fetched page as what was given for it plus the raw bytes fetched."""
        digest = hashlib.sha256(result.content).hexdigest()  # stored by record()
        record = {name: value for name, value in asdict(given).items() if name != "html"}
        record.update(text=None, final_url=result.final_url, content_type=result.content_type)
        self._insert_document(given.source, given.url, digest, record, fetched=True)

    def _insert_document(self, source, url, digest, record: dict, fetched: bool) -> None:
        with closing(self._connect()) as con:
            con.execute(
                "insert or ignore into documents"
                " (source, url, html_sha256, record, recorded_at, fetched)"
                " values (?, ?, ?, ?, ?, ?)",
                (
                    source,
                    url,
                    digest,
                    json.dumps(record, ensure_ascii=False, sort_keys=True),
                    datetime.now(UTC).isoformat(),
                    int(fetched),
                ),
            )

    def iter_documents(
        self, source: str | None = None
    ) -> Iterator[SourceDocument | ArchivedPage | Reject]:
        """Every recorded document, oldest first; a Reject when its markup is lost."""
        query = "select source, url, html_sha256, record, fetched from documents"
        params: tuple = ()
        if source is not None:
            query, params = query + " where source = ?", (source,)
        with closing(self._connect()) as con:
            rows = con.execute(query + " order by document_id", params).fetchall()
        for source_name, url, digest, record, fetched in rows:
            yield self._document(source_name, url, digest, json.loads(record), bool(fetched))

    def _document(self, source: str, url: str | None, digest: str | None, record: dict, fetched):
        """One SourceDocument (or fetched page) rebuilt from the index and its stored bytes."""
        content = None
        if digest is not None:
            content = self.body(digest)
            if content is None:
                return Reject(source, url or "", "archive", f"archived markup {digest} is missing")
        known = {name: record.get(name) for name in DOCUMENT_FIELDS}
        known["source"] = source
        if fetched:
            return ArchivedPage(
                given=SourceDocument(**known),
                body=content or b"",
                content_type=record.get("content_type") or "",
                final_url=record.get("final_url") or url or "",
            )
        return SourceDocument(**known, html=content.decode("utf-8") if content else None)


def _migrate(con: sqlite3.Connection) -> None:
    """Add the columns an older index lacks."""
    for (table, column), statement in MIGRATIONS.items():
        present = {row[1] for row in con.execute(f"pragma table_info({table})")}
        if column not in present:
            try:
                con.execute(statement)
            except sqlite3.OperationalError as error:  # another process added it first
                if "duplicate column" not in str(error):
                    raise


def iter_archived_documents(
    data_dir: Path | str, source_name: str | None = None
) -> Iterator[SourceDocument | ArchivedPage | Reject]:
    """Every document web sources yielded, from the archive alone; pages as fetched bytes
    (sources.pages.archived_documents reads them with the current selectors)."""
    archive_root = Path(data_dir) / "archive"
    if not (archive_root / "index.sqlite").exists():
        return
    yield from Archive(data_dir).iter_documents(source_name)


def _use_wal(con: sqlite3.Connection) -> None:
    """Put the index in WAL mode once (it stays so): two processes creating the index at once
    may be refused the switch without SQLite's busy handler being asked, so it is retried."""
    for attempt in range(WAL_ATTEMPTS):
        try:
            if con.execute("pragma journal_mode").fetchone()[0] == "wal":
                return
            con.execute("pragma journal_mode = wal")
            return
        except sqlite3.OperationalError as error:
            if "locked" not in str(error) or attempt == WAL_ATTEMPTS - 1:
                raise
            time.sleep(0.05 * (attempt + 1))
