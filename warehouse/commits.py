"""Commit records: the one small file, written last, that makes a batch visible in every table.

Each write to the warehouse commits to several Delta tables, one after the other. Readers
never look at a table's latest version: they read the newest commit record, which names the
version of every table, and read exactly those versions. A record is written (atomically)
only after every table of its batch has committed, so a reader sees a batch whole or not at
all, whatever happened to the writer in between.

Layout: <data>/_pressroom/commits/<sequence, 12 digits>.json, one per committed batch.
"""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass, field
from datetime import UTC, datetime

from warehouse.location import Location

COMMITS_DIR = "_pressroom/commits"
SEQUENCE_DIGITS = 12


@dataclass(frozen=True, slots=True)
class CommitRecord:
    """One committed batch: which version of each table it made current, and why."""

    sequence: int
    versions: dict[str, int]
    run_id: str | None = None
    operation: str = (
        "write"  # write | rejects | run | create | compact | vacuum | restore | upgrade
    )
    committed_at: str = field(default_factory=lambda: datetime.now(UTC).isoformat())
    changed: tuple[str, ...] = ()  # the tables this record moved forward

    def to_json(self) -> bytes:
        """The record as stored."""
        return json.dumps({**asdict(self), "changed": list(self.changed)}, indent=1).encode()

    @classmethod
    def from_json(cls, data: bytes) -> CommitRecord:
        """A stored record."""
        raw = json.loads(data)
        raw["changed"] = tuple(raw.get("changed", ()))
        return cls(**raw)


def record_name(sequence: int) -> str:
    """The file name of a record: sortable by name."""
    return f"{sequence:0{SEQUENCE_DIGITS}d}.json"


def _sequences(location: Location) -> list[int]:
    """The sequence numbers of every stored record, ascending."""
    names = location.list(COMMITS_DIR)
    return [int(name.removesuffix(".json")) for name in names if name.endswith(".json")]


def read_record(location: Location, sequence: int) -> CommitRecord | None:
    """One record by its sequence number."""
    data = location.read_bytes(f"{COMMITS_DIR}/{record_name(sequence)}")
    return CommitRecord.from_json(data) if data is not None else None


def latest_record(location: Location) -> CommitRecord | None:
    """The newest committed batch: what every reader reads."""
    sequences = _sequences(location)
    return read_record(location, sequences[-1]) if sequences else None


def all_records(location: Location) -> list[CommitRecord]:
    """Every record, oldest first (for history and restore)."""
    found = (read_record(location, sequence) for sequence in _sequences(location))
    return [record for record in found if record is not None]


def write_record(location: Location, record: CommitRecord) -> None:
    """Store a record: the last step of every write (atomic replace or a single PUT)."""
    location.write_bytes(f"{COMMITS_DIR}/{record_name(record.sequence)}", record.to_json())
