"""Records to table rows: the one place that maps dataclass fields to warehouse columns."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from transforms.identity import release_id
from transforms.records import Extraction, Reject
from warehouse.schemas import UNKNOWN_YEAR


@dataclass(slots=True)
class ReleaseRows:
    """One release's rows for every table, with where they belong."""

    release_id: str
    source: str
    year: int
    content_hash: str
    url: str | None
    tables: dict[str, list[dict]]


def release_rows(
    rid: str, source: str, extraction: Extraction, digest: str, run_id: str, now: datetime
) -> ReleaseRows:
    """All rows one extraction yields, keyed by table name."""
    release = extraction.release
    dateline = release.dateline
    year = release.published.year if release.published else UNKNOWN_YEAR
    tables = {
        "releases": [
            {
                "release_id": rid,
                "url": release.url,
                "title": release.title,
                "published_date": release.published,
                "language": release.language,
                "language_source": release.language_source,
                "organisation": release.organisation,
                "dateline_cities": list(dateline.cities) if dateline else [],
                "dateline_country": dateline.country if dateline else None,
                "dateline_country_code": dateline.country_code if dateline else None,
                "body_text": release.body_text,
                "content_hash": digest,
                "ingested_at": now,
                "run_id": run_id,
            }
        ],
        "quotes": [
            {
                "release_id": rid,
                "quote_index": index,
                "text": quote.text,
                "speaker": quote.speaker,
                "speaker_title": quote.speaker_title,
                "speaker_org": quote.speaker_org,
                "verb": quote.verb,
                "start_char": quote.start,
                "end_char": quote.end,
            }
            for index, quote in enumerate(extraction.quotes)
        ],
        "locations": [
            {
                "release_id": rid,
                "location_index": index,
                "name": place.name,
                "role": place.role,
                "country": place.country,
                "country_code": place.country_code,
                "lat": place.lat,
                "lon": place.lon,
            }
            for index, place in enumerate(extraction.locations)
        ],
        "events": [
            {
                "release_id": rid,
                "event_index": index,
                "is_principal": index == 0,
                "event_type": event.type,
                "name": event.name,
                "event_date": event.date,
                "location": event.location,
                "organisations": list(event.organisations),
            }
            for index, event in enumerate(extraction.events)
        ],
        "agreements": [
            {
                "release_id": rid,
                "agreement_index": index,
                "agreement_type": agreement.type,
                "title": agreement.title,
                "parties": list(agreement.parties),
                "year": agreement.year,
                "action": agreement.action,
                "duration": agreement.duration,
            }
            for index, agreement in enumerate(extraction.agreements)
        ],
        "entities": [
            {
                "release_id": rid,
                "entity_index": index,
                "kind": entity.kind,
                "name": entity.name,
                "title": entity.title,
                "organisation": entity.organisation,
                "acronym": entity.acronym,
            }
            for index, entity in enumerate(extraction.entities)
        ],
    }
    return ReleaseRows(rid, source, year, digest, release.url, tables)


def reject_row(reject: Reject, run_id: str, now: datetime) -> dict:
    """A new open reject; attempts are merged with earlier ones by the store."""
    return {
        "release_id": release_id(reject.url),
        "url": reject.url,
        "stage": reject.stage,
        "reason": reject.reason,
        "attempts": 1,
        "first_rejected_at": now,
        "last_rejected_at": now,
        "run_id": run_id,
    }
