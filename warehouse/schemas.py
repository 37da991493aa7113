"""Every table's columns, in one place: the single source of truth for Parquet and DuckDB."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import get_args

import pyarrow as pa

from transforms.records import (
    AgreementAction,
    EntityKind,
    EventType,
    LocationRole,
    RunFlow,
    RunStatus,
    Stage,
)

STRINGS = pa.list_(pa.string())
EARLIEST_DATE = date(1900, 1, 1)  # older dates in a release are misreadings, not history
FUTURE_YEARS = 10  # how far ahead of today an event or agreement date may lie


def values_of(literal) -> tuple[str, ...]:
    """The allowed values of a typed Literal, in the order written."""
    return get_args(literal)


def one_of(literal) -> str:
    """A Literal's values as a column description: 'a | b | c'."""
    return " | ".join(values_of(literal))


@dataclass(frozen=True, slots=True)
class Table:
    """A warehouse table: its Arrow schema (without partition columns) and how it is split."""

    name: str
    schema: pa.Schema
    partition_by: tuple[str, ...]  # hive partition columns, added by the views
    description: str
    required: frozenset[str] = frozenset()  # columns that are never null
    allowed: dict[str, tuple[str, ...]] = field(default_factory=dict)  # column -> value set


def _schema(*columns: tuple[str, pa.DataType, str]) -> pa.Schema:
    """An Arrow schema whose fields carry their description as metadata."""
    return pa.schema(
        [pa.field(name, kind, metadata={"description": text}) for name, kind, text in columns]
    )


RELEASE_KEY = ("release_id", pa.string(), "stable hash of the release's canonical URL")

RELEASES = Table(
    "releases",
    _schema(
        RELEASE_KEY,
        ("url", pa.string(), "canonical URL, or the file path for local files"),
        ("title", pa.string(), "headline"),
        ("published_date", pa.date32(), "date of publication"),
        ("language", pa.string(), "ISO 639-1 language code"),
        ("language_source", pa.string(), "where language came from: input, markup or detected"),
        ("organisation", pa.string(), "publishing organisation, when known"),
        ("dateline_cities", STRINGS, "cities of the opening dateline"),
        ("dateline_country", pa.string(), "country of the dateline, as written"),
        ("dateline_country_code", pa.string(), "ISO 3166-1 alpha-2 code of the dateline country"),
        ("body_text", pa.string(), "the release's text, paragraphs split by blank lines"),
        ("content_hash", pa.string(), "digest of the content; changes when the release changes"),
        ("ingested_at", pa.timestamp("us", tz="UTC"), "when this version was written"),
        ("run_id", pa.string(), "the run that wrote this version"),
    ),
    ("source", "year"),
    "One row per release.",
    required=frozenset({"release_id", "body_text", "content_hash", "ingested_at", "run_id"}),
)

QUOTES = Table(
    "quotes",
    _schema(
        RELEASE_KEY,
        ("quote_index", pa.int32(), "order of the quote in the release, from 0"),
        ("text", pa.string(), "the quoted words, without quote marks"),
        ("speaker", pa.string(), "full name of the person (or body) quoted"),
        ("speaker_title", pa.string(), "the speaker's title, e.g. Secretary General"),
        ("speaker_org", pa.string(), "the speaker's organisation, e.g. INTERPOL"),
        ("verb", pa.string(), "reporting verb, e.g. said, stressed"),
        ("start_char", pa.int32(), "offset of the quote's start in releases.body_text"),
        ("end_char", pa.int32(), "offset just past the quote's end in releases.body_text"),
    ),
    ("source", "year"),
    "One row per quote.",
    required=frozenset({"release_id", "quote_index", "text", "start_char", "end_char"}),
)

LOCATIONS = Table(
    "locations",
    _schema(
        RELEASE_KEY,
        ("location_index", pa.int32(), "order of the place in the release, from 0"),
        ("name", pa.string(), "place name as resolved by the gazetteer"),
        ("role", pa.string(), one_of(LocationRole)),
        ("country", pa.string(), "country name"),
        ("country_code", pa.string(), "ISO 3166-1 alpha-2 code"),
        ("lat", pa.float64(), "latitude, WGS 84"),
        ("lon", pa.float64(), "longitude, WGS 84"),
    ),
    ("source", "year"),
    "One row per place a release names.",
    required=frozenset({"release_id", "location_index", "name", "role"}),
    allowed={"role": values_of(LocationRole)},
)

EVENTS = Table(
    "events",
    _schema(
        RELEASE_KEY,
        ("event_index", pa.int32(), "order of the event, from 0"),
        ("is_principal", pa.bool_(), "true for the release's principal event"),
        ("event_type", pa.string(), "e.g. side event, signing ceremony, visit"),
        ("name", pa.string(), "the event's name, when given"),
        ("event_date", pa.date32(), "when it happened"),
        ("location", pa.string(), "where it happened"),
        ("organisations", STRINGS, "organisations taking part"),
    ),
    ("source", "year"),
    "One row per event a release reports.",
    required=frozenset({"release_id", "event_index", "is_principal", "organisations"}),
    allowed={"event_type": values_of(EventType)},
)

AGREEMENTS = Table(
    "agreements",
    _schema(
        RELEASE_KEY,
        ("agreement_index", pa.int32(), "order of the agreement, from 0"),
        ("agreement_type", pa.string(), "e.g. Memorandum of Understanding, Joint Action Plan"),
        ("title", pa.string(), "full title, when given"),
        ("parties", STRINGS, "the parties to it"),
        ("year", pa.int32(), "the year it was signed, adopted, …"),
        ("action", pa.string(), one_of(AgreementAction)),
        ("duration", pa.string(), "e.g. three-year, 2019-2021"),
    ),
    ("source", "release_year"),  # `year` is the agreement's own column
    "One row per distinct agreement between parties.",
    required=frozenset({"release_id", "agreement_index", "agreement_type", "parties"}),
    allowed={"action": values_of(AgreementAction)},
)

ENTITIES = Table(
    "entities",
    _schema(
        RELEASE_KEY,
        ("entity_index", pa.int32(), "order of the entity, from 0"),
        ("kind", pa.string(), one_of(EntityKind)),
        ("name", pa.string(), "full name"),
        ("title", pa.string(), "a person's title"),
        ("organisation", pa.string(), "a person's organisation"),
        ("acronym", pa.string(), "an organisation's acronym"),
    ),
    ("source", "year"),
    "One row per person or organisation a release names.",
    required=frozenset({"release_id", "entity_index", "kind", "name"}),
    allowed={"kind": values_of(EntityKind)},
)

REJECTS = Table(
    "rejects",
    _schema(
        RELEASE_KEY,
        ("url", pa.string(), "the URL, or the path for local files"),
        ("stage", pa.string(), one_of(Stage)),
        ("reason", pa.string(), "why it failed, in words"),
        ("attempts", pa.int32(), "how many runs have failed on it"),
        ("first_rejected_at", pa.timestamp("us", tz="UTC"), "first failure"),
        ("last_rejected_at", pa.timestamp("us", tz="UTC"), "latest failure"),
        ("run_id", pa.string(), "the run of the latest failure"),
    ),
    ("source",),
    "Open rejects: pages that failed and are retried by the next run; gone once they succeed.",
    required=frozenset({"release_id", "url", "stage", "reason", "attempts"}),
    allowed={"stage": values_of(Stage)},
)

RUNS = Table(
    "runs",
    _schema(
        ("run_id", pa.string(), "Prefect flow run id (or a local id)"),
        ("flow", pa.string(), one_of(RunFlow)),
        ("source", pa.string(), "the source run"),
        ("parameters", pa.string(), "the run's parameters, as JSON"),
        ("started_at", pa.timestamp("us", tz="UTC"), "start"),
        ("ended_at", pa.timestamp("us", tz="UTC"), "end"),
        ("status", pa.string(), one_of(RunStatus)),
        ("documents_seen", pa.int64(), "releases read or fetched"),
        ("releases_unchanged", pa.int64(), "releases already stored with the same content"),
        ("releases_written", pa.int64(), "releases written, new or changed"),
        ("quotes_written", pa.int64(), "quote rows written"),
        ("locations_written", pa.int64(), "location rows written"),
        ("events_written", pa.int64(), "event rows written"),
        ("agreements_written", pa.int64(), "agreement rows written"),
        ("entities_written", pa.int64(), "entity rows written"),
        ("rejects", pa.int64(), "pages rejected in this run"),
        ("error", pa.string(), "why the run failed, if it did"),
    ),
    (),
    "One row per run: what it was asked, when, and what it wrote.",
    required=frozenset({"run_id", "flow", "source", "started_at", "status"}),
    allowed={"flow": values_of(RunFlow), "status": values_of(RunStatus)},
)

RECORD_TABLES = (QUOTES, LOCATIONS, EVENTS, AGREEMENTS, ENTITIES)
TABLES = {table.name: table for table in (RELEASES, *RECORD_TABLES, REJECTS, RUNS)}
PARTITION_TYPES = {"source": "VARCHAR", "year": "INTEGER", "release_year": "INTEGER"}
PARTITION_ARROW_TYPES = {"source": pa.string(), "year": pa.int32(), "release_year": pa.int32()}
UNKNOWN_YEAR = 0  # partition of releases with no known date


SQL_TYPE_NAMES = {
    "string": "varchar",
    "date32[day]": "date",
    "int32": "integer",
    "int64": "bigint",
    "double": "double",
    "bool": "boolean",
    "timestamp[us, tz=UTC]": "timestamptz",
    "list<item: string>": "varchar[]",
}


def sql_type(kind: pa.DataType) -> str:
    """How DuckDB names an Arrow type, for people writing SQL."""
    return SQL_TYPE_NAMES.get(str(kind), str(kind))


def reference_markdown() -> str:
    """The table reference for the README, generated from the schemas above."""
    lines: list[str] = []
    for table in TABLES.values():
        lines += [f"#### `{table.name}`", "", table.description, "", "| column | type | meaning |"]
        lines.append("|---|---|---|")
        for column in table.schema:
            meaning = (column.metadata or {}).get(b"description", b"").decode()
            lines.append(f"| `{column.name}` | {sql_type(column.type)} | {meaning} |")
        for column in table.partition_by:
            kind = PARTITION_TYPES[column].lower()
            lines.append(
                f"| `{column}` | {kind} | partition: the release's year ({UNKNOWN_YEAR} = no date) |"
                if column in ("year", "release_year")
                else f"| `{column}` | {kind} | partition: the source name |"
            )
        lines.append("")
    return "\n".join(lines)


if __name__ == "__main__":
    print(reference_markdown())
