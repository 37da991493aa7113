"""Local inputs: HTML pages, plain text, JSON Lines and RSS/Atom feeds, as SourceDocuments."""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Iterator
from pathlib import Path

from transforms.records import Reject, SourceDocument

HTML_SUFFIXES = (".html", ".htm")
TEXT_SUFFIXES = (".txt",)
JSONL_SUFFIXES = (".jsonl",)
FEED_SUFFIXES = (".xml", ".rss", ".atom")
LOADABLE_SUFFIXES = HTML_SUFFIXES + TEXT_SUFFIXES + JSONL_SUFFIXES + FEED_SUFFIXES
SINGLE_RELEASE_SUFFIXES = HTML_SUFFIXES + TEXT_SUFFIXES  # one file, one release

# A .txt release may open with "Key: value" lines, then a blank line, then the body.
TEXT_HEADER = re.compile(
    r"(?P<key>title|date|published|url|organisation|organization|language)"
    r"[ \t]*:[ \t]*(?P<value>[^\n]*)",
    re.IGNORECASE,
)
TEXT_HEADER_KEYS = {"date": "published", "organization": "organisation"}
JSONL_FIELDS = ("url", "title", "published", "text", "html", "organisation", "language")

Loaded = SourceDocument | Reject


class LoadError(ValueError):
    """A --from path that cannot be loaded at all."""


def input_files(path: Path) -> list[Path]:
    """The loadable files of a path: the file itself, or a folder's files in name order."""
    if not path.exists():
        raise LoadError(f"no such file or folder: {path}")
    if path.is_file():
        if path.suffix.lower() not in LOADABLE_SUFFIXES:
            raise LoadError(
                f"cannot load {path.name}: expected one of {', '.join(LOADABLE_SUFFIXES)}"
            )
        return [path]
    return sorted(
        p
        for p in path.rglob("*")
        if p.is_file() and p.suffix.lower() in LOADABLE_SUFFIXES and not p.name.startswith(".")
    )


def iter_documents(path: Path, source: str, organisation: str | None = None) -> Iterator[Loaded]:
    """Every release under a path, or a Reject for each file or line that cannot be read."""
    for file in input_files(path):
        yield from iter_file_documents(file, source, organisation)


def iter_file_documents(file: Path, source: str, organisation: str | None) -> Iterator[Loaded]:
    """The releases of one file, by its kind."""
    name = str(file.resolve())
    suffix = file.suffix.lower()
    try:
        if suffix in JSONL_SUFFIXES:  # streamed: a backfill's file may be gigabytes
            with file.open("rb") as lines:
                yield from _jsonl_documents(lines, name, source, organisation)
            return
        data = file.read_bytes()
    except OSError as error:
        yield Reject(source, name, "load", f"cannot read file: {error.strerror or error}")
        return
    if suffix in FEED_SUFFIXES:
        yield from _feed_file_documents(data, name, source, organisation)
    else:
        text = _decode(data)
        if text is None:
            yield Reject(source, name, "load", "not UTF-8 text (re-save the file as UTF-8)")
        elif not text.strip():
            yield Reject(source, name, "load", "empty file")
        elif suffix in HTML_SUFFIXES:
            yield SourceDocument(source=source, url=name, html=text, organisation=organisation)
        else:
            yield _text_document(text, name, source, organisation)


def _decode(data: bytes) -> str | None:
    """UTF-8 (with or without a byte-order mark), or None."""
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        return None


def _text_document(text: str, name: str, source: str, organisation: str | None) -> SourceDocument:
    """A plain-text release, with its optional header lines."""
    fields: dict[str, str] = {}
    lines = text.lstrip("\ufeff").split("\n")
    index = 0
    while index < len(lines) and (match := TEXT_HEADER.fullmatch(lines[index].strip())):
        key = match["key"].lower()
        fields[TEXT_HEADER_KEYS.get(key, key)] = match["value"].strip()
        index += 1
    body = "\n".join(lines[index:]).strip() if fields else text.strip()
    return SourceDocument(
        source=source,
        url=fields.get("url") or name,
        title=fields.get("title"),
        published=fields.get("published"),
        text=body,
        organisation=fields.get("organisation") or organisation,
        language=fields.get("language"),
    )


def _jsonl_documents(
    lines: Iterable[bytes], name: str, source: str, organisation: str | None
) -> Iterator[Loaded]:
    """One release per JSON line, read one line at a time; a bad line is rejected on its own."""
    for number, raw in enumerate(lines, start=1):
        line = _decode(raw)
        where = f"{name}:{number}"
        if line is None:
            yield Reject(
                source,
                where,
                "load",
                f"line {number} is not UTF-8 text (re-save the file as UTF-8)",
            )
            continue
        if not line.strip():
            continue
        try:
            record = json.loads(line)
        except json.JSONDecodeError as error:
            yield Reject(source, where, "load", f"line {number} is not valid JSON ({error.msg})")
            continue
        if not isinstance(record, dict) or not (record.get("text") or record.get("html")):
            yield Reject(source, where, "load", f"line {number} has neither text nor html")
            continue
        values = {key: record.get(key) for key in JSONL_FIELDS}
        values["organisation"] = values["organisation"] or organisation
        yield SourceDocument(source=source, input_id=record.get("id"), **values)


def _feed_file_documents(
    data: bytes, name: str, source: str, organisation: str | None
) -> Iterator[Loaded]:
    """One release per feed item that carries its text."""
    from sources.feeds import feed_documents, parse_feed  # feedparser only when a feed is read

    try:
        items = parse_feed(data)
    except Exception as error:  # lxml raises several kinds; all mean "not a feed"
        yield Reject(source, name, "parse", f"not an RSS or Atom feed ({error})")
        return
    yield from feed_documents(
        items, source=source, organisation=organisation, base_url=name, min_chars=0, stage="load"
    )
