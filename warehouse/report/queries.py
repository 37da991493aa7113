"""The report's figures: one named SQL query each, over the warehouse views, aggregated in SQL.

Every query is plain SQL text with the report's scope (source, since) written in as literals,
so the page can show it and `pressroom sql` runs exactly the same statement. Lists are capped
(LIMIT) so that the page stays small however big the warehouse grows.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

import duckdb

TOP_ORGANISATIONS = 8  # the rest are summed as 'other organisations'
TOP_SPEAKERS = 15
QUOTES_SHOWN = 300
MAP_PLACES = 400
AGREEMENTS_SHOWN = 200
PARTY_PAIRS = 15
UNKNOWN = "(unknown)"
MAP_ROLES = ("event", "dateline")  # the location roles the map shows


@dataclass(frozen=True, slots=True)
class Scope:
    """Which releases the report covers: one source or all, published since a day or ever."""

    source: str | None = None
    since: date | None = None

    def releases_sql(self) -> str:
        """The releases in scope, as a SELECT of release_id (and what the filters need)."""
        conditions = []
        if self.source is not None:
            conditions.append(f"source = {_literal(self.source)}")
        if self.since is not None:
            conditions.append(f"published_date >= date '{self.since.isoformat()}'")
        where = f" where {' and '.join(conditions)}" if conditions else ""
        return f"select * from releases{where}"

    def rejects_sql(self) -> str:
        """Open rejects in scope (rejects have a source, not a publication date)."""
        if self.source is None:
            return "select * from rejects"
        return f"select * from rejects where source = {_literal(self.source)}"

    def describe(self) -> str:
        """The scope in words, for the page's heading."""
        parts = [f"source {self.source}" if self.source else "all sources"]
        if self.since:
            parts.append(f"published since {self.since.isoformat()}")
        return ", ".join(parts)


def _literal(text: str) -> str:
    """A SQL string literal."""
    return "'" + text.replace("'", "''") + "'"


def _with_scope(scope: Scope, body: str) -> str:
    """A query with the scoped releases and rejects as CTEs named r and j."""
    body = body.strip()
    head = f"with r as ({scope.releases_sql()}),\nj as ({scope.rejects_sql()})"
    if body.lower().startswith("with "):
        return f"{head},\n{body[5:]}"  # the body's own CTEs follow the scope's
    return f"{head}\n{body}"


QUERIES: dict[str, str] = {
    "totals": """
select (select count(*) from r) as releases,
       (select count(*) from quotes where release_id in (select release_id from r)) as quotes,
       (select count(distinct speaker) from quotes
         where speaker is not null and release_id in (select release_id from r)) as speakers,
       (select count(*) from agreements where release_id in (select release_id from r)) as agreements,
       (select count(*) from j) as open_rejects,
       (select max(published_date) from r) as newest_release
""",
    "monthly": f"""
with ranked as (
    select coalesce(organisation, '{UNKNOWN}') as organisation, count(*) as releases
    from r group by 1 order by releases desc, organisation limit {TOP_ORGANISATIONS}
)
select strftime(date_trunc('month', r.published_date), '%Y-%m') as month,
       coalesce(ranked.organisation, 'other organisations') as organisation,
       count(*) as releases
from r left join ranked on coalesce(r.organisation, '{UNKNOWN}') = ranked.organisation
where r.published_date is not null
group by all order by month, organisation
""",
    "freshness": """
with per_source as (
    select source, count(*) as releases, max(published_date) as newest_release,
           max(ingested_at) as last_ingested_at
    from r group by source
),
rejects_per_source as (select source, count(*) as open_rejects from j group by source),
last_run as (
    select source, arg_max(status, started_at) as last_run_status from runs group by source
)
select coalesce(p.source, x.source) as source, coalesce(p.releases, 0) as releases,
       p.newest_release, strftime(p.last_ingested_at, '%Y-%m-%d %H:%M') as last_ingested,
       date_diff('day', p.newest_release, current_date) as days_since_newest,
       coalesce(x.open_rejects, 0) as open_rejects, l.last_run_status
from per_source as p
full join rejects_per_source as x using (source)
left join last_run as l on l.source = coalesce(p.source, x.source)
order by source
""",
    "places": f"""
select l.name, l.country_code, l.role, round(l.lat, 3) as lat, round(l.lon, 3) as lon,
       count(distinct l.release_id) as releases
from locations as l
where l.role in {MAP_ROLES!r} and l.lat is not null and l.lon is not null
  and l.release_id in (select release_id from r)
group by all order by releases desc, l.name, l.role, lat, lon limit {MAP_PLACES}
""",
    "speakers": f"""
with said as (
    select q.speaker, q.speaker_title, q.speaker_org, q.text, q.release_id, r.title, r.url,
           r.published_date, (r.published_date, q.release_id, q.quote_index) as recency
    from quotes as q join r using (release_id)
    where q.speaker is not null
)
select speaker,
       arg_max(speaker_title, recency) filter (where speaker_title is not null) as title,
       arg_max(speaker_org, recency) filter (where speaker_org is not null) as organisation,
       count(*) as quotes, count(distinct release_id) as releases,
       max(published_date) as latest, left(arg_max(text, recency), 200) as latest_quote,
       arg_max(title, recency) as latest_release, arg_max(url, recency) as latest_url
from said
group by speaker order by quotes desc, speaker limit {TOP_SPEAKERS}
""",
    "latest_quotes": f"""
select r.published_date, q.speaker, q.speaker_title, q.speaker_org,
       left(q.text, 400) as text, r.title as release_title, r.url
from quotes as q join r using (release_id)
order by r.published_date desc nulls last, r.release_id, q.quote_index
limit {QUOTES_SHOWN}
""",
    "agreements_by_year": """
select a.year, coalesce(a.agreement_type, '(no kind)') as kind, count(*) as agreements
from agreements as a
where a.release_id in (select release_id from r) and a.year is not null
group by all order by a.year, kind
""",
    "agreements": f"""
select a.year, a.agreement_type as kind, a.title, array_to_string(a.parties, '; ') as parties,
       a.action, a.duration, r.title as release_title, r.url
from agreements as a join r using (release_id)
order by a.year desc nulls last, r.published_date desc, a.release_id, a.agreement_index
limit {AGREEMENTS_SHOWN}
""",
    "party_pairs": f"""
with parties as (
    select release_id, agreement_index, unnest(list_distinct(parties)) as party
    from agreements where release_id in (select release_id from r)
)
select a.party as party_a, b.party as party_b, count(*) as agreements
from parties as a
join parties as b
  on a.release_id = b.release_id and a.agreement_index = b.agreement_index
 and a.party < b.party
group by all order by agreements desc, party_a, party_b limit {PARTY_PAIRS}
""",
    "quality": """
with principal as (
    select release_id, bool_or(event_date is not null) as has_date,
           bool_or(location is not null) as has_place
    from events where is_principal group by release_id
),
quoted as (
    select release_id, count(*) as quotes, count(speaker) as with_speaker
    from quotes group by release_id
),
shares as (
    select count(*) as releases,
           count(*) filter (where len(coalesce(r.dateline_cities, [])) > 0) as with_dateline,
           count(quoted.release_id) as with_quote,
           coalesce(sum(quoted.with_speaker), 0) as quotes_with_speaker,
           coalesce(sum(quoted.quotes), 0) as quotes,
           count(*) filter (where principal.has_date) as with_event_date,
           count(*) filter (where principal.has_place) as with_event_place
    from r
    left join quoted using (release_id)
    left join principal using (release_id)
)
select measure, numerator, denominator,
       round(numerator / nullif(denominator, 0), 3) as share
from shares,
     (values ('release with a dateline', 1), ('release with a quote', 2),
             ('quote with a speaker', 3), ('release with an event date', 4),
             ('release with an event place', 5)) as m(measure, position),
     lateral (select case position
                  when 1 then with_dateline when 2 then with_quote
                  when 3 then quotes_with_speaker when 4 then with_event_date
                  else with_event_place end as numerator,
                  case position when 3 then quotes else releases end as denominator)
order by position
""",
    "rejects": """
select stage, reason, count(*) as rejects, max(attempts) as most_attempts,
       strftime(max(last_rejected_at), '%Y-%m-%d %H:%M') as latest
from j group by all order by rejects desc, stage, reason
""",
}


def query_sql(name: str, scope: Scope) -> str:
    """The full statement of one named query for a scope."""
    return _with_scope(scope, QUERIES[name])


def run_all(con: duckdb.DuckDBPyConnection, scope: Scope) -> dict[str, list[dict]]:
    """Every named query's rows, as dicts, in one read-only connection."""
    results = {}
    for name in QUERIES:
        cursor = con.execute(query_sql(name, scope))
        columns = [d[0] for d in cursor.description]
        results[name] = [dict(zip(columns, row, strict=True)) for row in cursor.fetchall()]
    return results
