"""Typed records that every transform produces and the warehouse stores."""

from __future__ import annotations

import hashlib
from dataclasses import asdict, dataclass, field
from datetime import date
from typing import Literal

# Value sets: each written once here; warehouse/schemas.py derives the allowed column values
# from them (typing.get_args) and warehouse/validate.py checks every row against those.
Stage = Literal[
    "discover", "fetch", "robots", "safety", "archive", "load", "parse", "extract", "validate"
]  # fmt: skip
RunStatus = Literal["running", "completed", "failed", "interrupted"]
RunFlow = Literal["ingest", "backfill", "reprocess"]
LocationRole = Literal["dateline", "event", "mentioned"]
EntityKind = Literal["person", "organisation"]
# What was done to an agreement (transforms/rules/agreements.py maps the words to these).
AgreementAction = Literal[
    "signed", "adopted", "renewed", "announced", "extended", "concluded", "approved",
    "entered into", "reached", "agreed", "ratified", "endorsed", "launched", "in force",
    "recommitted", "acceded",
]  # fmt: skip
# Kinds of happening, most specific first (transforms/rules/events.py matches them in text).
EventType = Literal[
    "side event", "high-level meeting", "ministerial council", "general assembly",
    "press conference", "news conference", "signing ceremony", "handover ceremony",
    "accession ceremony", "opening ceremony", "ceremony", "summit", "conference", "forum",
    "briefing", "meeting", "visit", "workshop", "seminar", "training", "session", "debate",
    "panel discussion", "roundtable", "round table", "exhibition", "launch", "operation",
    "day of action", "action day", "convoy", "delivery", "donation", "signing", "statement",
    "speech", "address", "report", "appointment", "announcement", "election", "vote", "deal",
    "agreement", "election observation", "monitoring",
]  # fmt: skip
# Where a release's language came from: the input said so, the page's markup (lang, meta)
# did, or py3langid detected it from the text.
LanguageSource = Literal["input", "markup", "detected"]


@dataclass(slots=True)
class SourceDocument:
    """One release as loaded or fetched, before extraction."""

    source: str  # the configured source name, e.g. "samples"
    input_id: str | None = None  # the id the input gave (JSON Lines), else None
    url: str | None = None  # canonical URL, or the file path for local files
    title: str | None = None  # title given by the input (feed item, JSON Lines)
    published: str | None = None  # date given by the input, any common format
    text: str | None = None  # plain body text (paragraphs split by line breaks)
    html: str | None = None  # page or fragment markup, when there is no text
    organisation: str | None = None  # publishing body, when the input names it
    language: str | None = None  # ISO 639-1 code, when the input gives one


@dataclass(slots=True)
class Dateline:
    """The place line that opens a release: 'BRATISLAVA, Slovakia –'."""

    cities: list[str] = field(default_factory=list)
    country: str | None = None
    country_code: str | None = None  # ISO 3166-1 alpha-2
    date: date | None = None  # a date written in the dateline itself
    end: int = 0  # offset in the body text where the dateline ends


@dataclass(slots=True)
class Release:
    """The release itself."""

    url: str | None
    title: str | None
    published: date | None
    language: str | None
    dateline: Dateline | None
    body_text: str
    organisation: str | None = None
    language_source: LanguageSource | None = None  # where language came from


@dataclass(slots=True)
class Quote:
    """Words attributed to a speaker, with offsets into the body text."""

    text: str
    speaker: str | None
    speaker_title: str | None
    speaker_org: str | None
    verb: str | None
    start: int
    end: int


@dataclass(slots=True)
class Location:
    """A place named by the release, resolved against the gazetteer."""

    name: str
    role: LocationRole
    country: str | None
    country_code: str | None
    lat: float | None
    lon: float | None


@dataclass(slots=True)
class Event:
    """A happening the release reports; the first is the principal one."""

    type: EventType | None
    name: str | None
    date: date | None
    location: str | None
    organisations: list[str] = field(default_factory=list)


@dataclass(slots=True)
class Agreement:
    """An agreement between two or more parties."""

    type: str  # e.g. Memorandum of Understanding, Joint Action Plan
    title: str | None
    parties: list[str]
    year: int | None
    action: AgreementAction | None
    duration: str | None  # e.g. "three-year", "2019-2021"


@dataclass(slots=True)
class Entity:
    """A person (with title and organisation) or an organisation (with acronym)."""

    kind: EntityKind
    name: str
    title: str | None = None
    organisation: str | None = None
    acronym: str | None = None


@dataclass(slots=True)
class Extraction:
    """Every record one release yields."""

    release: Release
    quotes: list[Quote] = field(default_factory=list)
    locations: list[Location] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)
    agreements: list[Agreement] = field(default_factory=list)
    entities: list[Entity] = field(default_factory=list)


def content_hash(*parts: str | None) -> str:
    """A stable digest of a release's content, to tell a changed release from a re-run."""
    digest = hashlib.sha256()
    for part in parts:
        digest.update((part or "").encode("utf-8"))
        digest.update(b"\x00")
    return digest.hexdigest()[:32]


def _jsonable(value):
    """Dates as ISO strings, everything else as it is."""
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, dict):
        return {key: _jsonable(item) for key, item in value.items()}
    if isinstance(value, list):
        return [_jsonable(item) for item in value]
    return value


def to_contract(extraction: Extraction, record_id: str) -> dict:
    """The `pressroom extract` line: the shape ../shared/eval/score.py reads."""
    release = extraction.release
    dateline = release.dateline
    return _jsonable(
        {
            "id": record_id,
            "release": {
                "url": release.url,
                "title": release.title,
                "published": release.published,
                "language": release.language,
                "organisation": release.organisation,
                "dateline": None
                if dateline is None
                else {
                    "cities": dateline.cities,
                    "country": dateline.country,
                    "country_code": dateline.country_code,
                },
            },
            "quotes": [asdict(quote) for quote in extraction.quotes],
            "locations": [asdict(location) for location in extraction.locations],
            "events": [asdict(event) for event in extraction.events],
            "agreements": [asdict(agreement) for agreement in extraction.agreements],
            "entities": [asdict(entity) for entity in extraction.entities],
        }
    )


@dataclass(slots=True)
class Reject:
    """A page or file that could not be fetched or parsed, and why."""

    source: str
    url: str  # the URL, or the path for local files
    stage: Stage
    reason: str  # one line a person understands
