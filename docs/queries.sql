-- Example queries over the pressroom warehouse (DuckDB SQL).
-- Run one with:  pressroom sql "<query>"   or open data/pressroom.duckdb in DuckDB.
-- Each query starts with a "-- name:" line; tests/test_queries.py runs every one.

-- name: quotes_by_role_about_topic
-- Every quote by an INTERPOL Secretary General about terrorism since 2018.
select r.published_date, q.speaker, q.text
from quotes as q
join releases as r using (release_id)
where q.speaker_org = 'INTERPOL'
  and q.speaker_title ilike '%secretary general%'
  and q.text ilike '%terror%'
  and r.published_date >= date '2018-01-01'
order by r.published_date;

-- name: most_quoted_speakers
-- Who is quoted most, with their title and organisation.
select speaker, any_value(speaker_title) as speaker_title, any_value(speaker_org) as speaker_org,
       count(*) as quotes, count(distinct release_id) as releases
from quotes
where speaker is not null
group by speaker
order by quotes desc, speaker
limit 20;

-- name: quotes_of_one_speaker
-- All quotes of one person (change the surname), newest first.
select r.published_date, r.title, q.verb, q.text
from quotes as q
join releases as r using (release_id)
where q.speaker ilike '%' || 'Haddad' || '%'
order by r.published_date desc;

-- name: agreements_by_year_and_party
-- Agreements per year and party: one row per party of each agreement.
with parties as (
    select year, agreement_type, action, unnest(parties) as party
    from agreements
)
select year, party, count(*) as agreements, list(distinct agreement_type order by agreement_type) as kinds
from parties
group by year, party
order by year desc nulls last, agreements desc, party;

-- name: agreements_by_kind_and_action
-- Which kinds of agreement are signed, adopted, renewed, …
select agreement_type, coalesce(action, 'unknown') as action, count(*) as agreements
from agreements
group by all
order by agreements desc, agreement_type;

-- name: releases_per_organisation_per_month
-- Publishing activity: releases per organisation per month.
select organisation, date_trunc('month', published_date) as month, count(*) as releases
from releases
where published_date is not null
group by all
order by month desc, releases desc, organisation;

-- name: places_on_a_map
-- Places with coordinates, how often and in what role they appear (ready for a map layer).
select name, country_code, lat, lon, role, count(distinct release_id) as releases
from locations
where lat is not null and lon is not null
group by all
order by releases desc, name;

-- name: datelines_by_country
-- Where releases are datelined, by country.
select coalesce(dateline_country_code, '??') as country_code, count(*) as releases,
       list(distinct city order by city) as cities
from (select release_id, dateline_country_code, unnest(dateline_cities) as city from releases)
group by all
order by releases desc;

-- name: principal_events
-- The principal event of each release: what, when, where.
select r.published_date, e.event_type, e.event_date, e.location, r.title
from events as e
join releases as r using (release_id)
where e.is_principal
order by e.event_date desc nulls last;

-- name: reporting_verbs
-- How speakers are introduced: said, stressed, noted, …
select lower(verb) as verb, count(*) as quotes
from quotes
where verb is not null
group by all
order by quotes desc;

-- name: organisations_and_acronyms
-- Organisations named in releases, with their acronyms.
select name, any_value(acronym) as acronym, count(distinct release_id) as releases
from entities
where kind = 'organisation'
group by name
order by releases desc, name;

-- name: freshness_per_source
-- Newest release and last run per source: what an operator checks in the morning.
with newest as (
    select source, max(published_date) as newest_release, count(*) as releases
    from releases
    group by source
),
last_runs as (
    select source, max(ended_at) as last_run_ended_at
    from runs
    group by source
)
select newest.*, last_runs.last_run_ended_at
from newest
left join last_runs using (source)
order by source;

-- name: open_rejects
-- Pages and files that failed, why, and how many times; the next run retries them.
select source, stage, reason, url, attempts, last_rejected_at
from rejects
order by last_rejected_at desc, url;
