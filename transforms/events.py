"""Events: the principal happening of a release (its type, date, place, organisations)."""

from __future__ import annotations

from datetime import date, timedelta
from itertools import pairwise

from transforms import places
from transforms.dates import DateMention, find_dates
from transforms.places import Place, PlaceMention, find_places
from transforms.records import Dateline
from transforms.rules.dates import MONTHS, WEEKDAYS
from transforms.rules.events import (
    ATTRIBUTIVE_AFTER,
    ATTRIBUTIVE_BEFORE,
    CITED_DATE_BEFORE,
    CITY_LIST_JOINER,
    EVENT_NAME,
    EVENT_TYPE,
    FUTURE_DATE_CUE,
    FUTURE_SLACK_DAYS,
    FUTURE_VENUE,
    HARD_WRAP,
    HEADER_DATE_LABELS,
    HEADER_DATE_PUNCTUATION,
    HEADER_DATE_SEPARATORS,
    HEADER_DAY_WINDOW,
    HEADER_LINE_MAX,
    HISTORY_MIN_DAYS,
    JUST_DONE,
    JUST_DONE_WINDOW,
    LEAD_PARAGRAPHS,
    LEAD_WINDOW,
    NEAR,
    ORGANISATION_SEATS,
    ORIGIN_BEFORE,
    ORIGIN_RANK,
    OTHER_CLAUSE,
    PAST_VENUE_CUE,
    PERIOD_BOUND_BEFORE,
    PERIODIC_REPORT,
    PERIODIC_REPORT_LAG_DAYS,
    STATEMENT_LEAD,
    VAGUE_PAST,
    VENUE_AFTER_CUE,
    VENUE_BEFORE,
    VENUE_COUNTRY,
    VENUE_CUE,
    VENUE_GAP,
    VENUE_LOOKBACK,
    VENUE_NAME,
    VENUE_PLACE_GAP,
    VENUE_THEN_IN,
    VENUE_TOWN,
    VISIT_PLACE,
)
from transforms.rules.places import REGION_WORDS
from transforms.rules.quotes import DOUBLE_MARKS
from transforms.spans import paragraphs, sentence_at, sentences


def _is_header_date(text: str, mention: DateMention) -> bool:
    """A date that opens a short line or a line '25 May 2011 - …': the release's own date."""
    line_start = text.rfind("\n", 0, mention.start) + 1
    line_end = text.find("\n", mention.end)
    line_end = len(text) if line_end < 0 else line_end
    if HARD_WRAP.match(text, line_end):
        return False  # a line of prose wrapped by hand: it goes on in lower case below
    lead = text[line_start : mention.start].strip(" [(")
    if lead and not lead.lower().startswith(HEADER_DATE_LABELS):
        return line_end - line_start <= HEADER_LINE_MAX and "." not in text[mention.end : line_end]
    rest = text[mention.end : line_end].lstrip(" ])")
    return (
        not rest or rest[:1] in HEADER_DATE_SEPARATORS or line_end - line_start <= HEADER_LINE_MAX
    )


def principal_date(
    text: str,
    published: date | None,
    dateline: Dateline | None,
    quoted: list[tuple[int, int]],
    skip: set[int],
    title: str | None = None,
) -> tuple[date | None, DateMention | None]:
    """The first date the body gives after its header, outside quotes; else the dateline's
    date, else the published date (the day before it for a daily report)."""
    floor = dateline.end if dateline else 0
    just = JUST_DONE.search(text, floor, floor + JUST_DONE_WINDOW)
    # 'today' in a release dated by its dateline is the dateline's day; else the day of its
    # date line at the top ('22 February 2012' over the body), else the published day
    reference = (dateline.date if dateline else None) or _header_day(text, published) or published
    for mention in find_dates(text, reference):
        if mention.start < floor or any(s <= mention.start < e for s, e in quoted):
            continue
        if just and published and just.end() < sentence_at(text, mention.start)[0]:
            return published, None  # 'UNODC has just issued its report': done as published
        if _line_of(text, mention.start) in skip or _is_header_date(text, mention):
            continue
        if CITED_DATE_BEFORE.search(text, max(0, mention.start - 90), mention.start):
            continue  # 'reports published in the media yesterday'
        if PERIOD_BOUND_BEFORE.search(text, max(0, mention.start - 30), mention.start):
            continue  # 'effective from 1 January 2025': a period, not a happening
        if _history(mention, reference):
            continue  # 'the anniversary of the signing on 2 November 2022'
        if _ahead(mention, reference) and FUTURE_DATE_CUE.search(
            text, sentence_at(text, mention.start)[0], mention.start
        ):
            continue  # 'the director, who retires on 1 July': what is to come is no happening
        return mention.value, mention
    if _vague_lead(text, floor):
        return None, None  # 'signed in Nairobi earlier this month': no day to take
    periodic = bool(title and PERIODIC_REPORT.search(title))
    if not periodic and (titled := _title_day(title, reference)):
        return titled, None  # 'Statement on the attack of 3 May 2021': the title dates it
    if dateline and dateline.date:
        return dateline.date, None
    if published and periodic:
        return published - timedelta(days=PERIODIC_REPORT_LAG_DAYS), None
    return published, None


def _vague_lead(text: str, floor: int) -> bool:
    """Whether the lead's first sentence dates its happening only vaguely ('last week'), not
    in a clause of its own ('the meeting which concluded last week')."""
    start, end = sentence_at(text, floor)
    vague = VAGUE_PAST.search(text, start, end)
    return vague is not None and not OTHER_CLAUSE.search(text, start, vague.start())


def _ahead(mention: DateMention, reference: date | None) -> bool:
    """A written date well after the day the release speaks from: a plan, not its news."""
    return (
        mention.value is not None
        and reference is not None
        and not mention.relative
        and (mention.value - reference).days > FUTURE_SLACK_DAYS
    )


def _title_day(title: str | None, reference: date | None) -> date | None:
    """A written date in the headline (not 'today' or a weekday), when the body gives none."""
    for mention in find_dates(title or "", reference):
        if mention.value and not mention.relative and not _history(mention, reference):
            return mention.value
    return None


def _header_day(text: str, published: date | None) -> date | None:
    """The day a date line at the top of the body gives (a full date on a line of its own),
    the anchor of 'yesterday' and 'on Monday' when the published date may be a later one."""
    for mention in find_dates(text[:HEADER_DAY_WINDOW], published):
        if (
            mention.value
            and not mention.relative
            and _is_header_date(text, mention)
            and _date_alone(text, mention)
        ):
            return mention.value
    return None


def _date_alone(text: str, mention: DateMention) -> bool:
    """Whether the date's line holds the date and nothing else but a weekday or a label
    ('Thursday, 6 May 2021', 'Published on 6 May 2021'): the release's own day. A line that
    goes on ('6 May 2021 – Talks resumed in Accra') dates what it tells, not the release."""
    line_start = _line_of(text, mention.start)
    line_end = text.find("\n", mention.end)
    line_end = len(text) if line_end < 0 else line_end
    rest = f"{text[line_start : mention.start]} {text[mention.end : line_end]}"
    rest = rest.strip(HEADER_DATE_PUNCTUATION)
    return not rest or rest.lower() in WEEKDAYS or rest.lower().startswith(HEADER_DATE_LABELS)


def _history(mention: DateMention, reference: date | None) -> bool:
    """A date a year or so before the release: what the text recalls (the signing an
    anniversary remembers, a body's endorsement back then), not the happening reported."""
    if mention.value is None or reference is None:
        return False
    return (reference - mention.value).days >= HISTORY_MIN_DAYS


def _line_of(text: str, position: int) -> int:
    """The offset where the line holding `position` starts."""
    return text.rfind("\n", 0, position) + 1


def principal_place(
    text: str,
    mention: DateMention | None,
    dateline_places,
    title: str | None,
    people: tuple[str, ...],
    floor: int = 0,
) -> PlaceMention | object | None:
    """Where the principal event happened: a city in its sentence, else the dateline city,
    else where the text says something 'took place', else a city in the title."""
    date_at = mention.start if mention is not None else None
    if dateline_places and _statement_lead(text, floor, date_at):
        return dateline_places[0]  # 'BRUSSELS – The EU welcomes …, said in a statement.'
    if mention is not None:
        start, end = sentence_at(text, mention.start)
        sentence = text[start:end]
        if near := NEAR.search(sentence):
            found = find_places(near["place"], people)
            return found[0] if found else _unknown_place(near["place"])
        cities = _venue_first(sentence, _not_listed(sentence, _cities_in(sentence, people)))
        # the sentence's city is the dateline ('Geneva (ICRC) – … visited Qatar'): a
        # visit elsewhere or a second dateline city named again beats it
        if (
            cities
            and start + cities[0].start < floor
            and (other := _beyond_dateline(text, title, dateline_places)) is not None
        ):
            return other
        if (
            cities
            and start + cities[0].start < floor
            and (venue := _venue_in_lead(text, floor, people)) is not None
        ):
            return venue  # 'BRUSSELS – The Board approved … The Board met in Lisbon.'
        if cities:
            origins = {id(f) for f in cities if _venue_rank(sentence, f) == ORIGIN_RANK}
            for found in cities:
                found.start += start
            # the dateline opens the dated sentence: a city the sentence itself names beats it,
            # not one someone came from ('NAIROBI – The envoy, who arrived from Kampala, …')
            beyond = [f for f in cities if f.start >= floor and id(f) not in origins]
            return beyond[0] if beyond and cities[0].start < floor else cities[0]
        if venue := VENUE_NAME.search(sentence):
            return _unknown_place(venue["venue"])  # 'a ceremony held … at the UN Headquarters'
    if (other := _beyond_dateline(text, title, dateline_places)) is not None:
        return other
    if dateline_places and (venue := _venue_in_lead(text, floor, people)) is not None:
        return venue  # 'BRUSSELS – … The meeting took place in Tallinn.': the venue
    if dateline_places:
        return dateline_places[0]
    if (venue := _venue_in_lead(text, floor, people, no_dateline=True)) is not None:
        return venue  # 'The Board approved … The Board met in Lisbon.'
    for start, end in paragraphs(text):
        if cue := VENUE_CUE.search(text, start, end):
            cities = [p for p in find_places(text[start:end], people) if p.place.kind == "city"]
            if cities:
                return cities[0]
            if (after := VENUE_COUNTRY.match(text, cue.end(), end)) and (
                place := places.country(after["place"])
            ):
                return PlaceMention(after["place"], place, 0, 0)  # 'meeting in Malta'

    for start, end in paragraphs(text)[:4]:
        if end - start < 100:
            continue  # header lines and captions
        cities = [p for p in find_places(text[start:end], people) if p.place.kind == "city"]
        if cities:
            return cities[0]
        break
    if title:
        from transforms.places import resolve

        for found in find_places(title, people):
            if found.place.kind == "city":
                return found
        for word in title.replace(",", " ").split():
            if (
                word[:1].isupper()
                and (place := resolve(word, aliases=True))
                and place.kind == "city"
                and place.population >= 100000
            ):
                return PlaceMention(word, place, 0, 0)
    return None


def _cities_in(sentence: str, people) -> list[PlaceMention]:
    """The cities a sentence names; 'the Province of Quebec' names a region, not its city."""
    return [
        found
        for found in find_places(sentence, people)
        if found.place.kind == "city" and not REGION_WORDS.search(found.written)
    ]


def _statement_lead(text: str, floor: int, date_at: int | None) -> bool:
    """Whether the lead after the dateline reports a statement and the date found lies beyond
    it: the statement is the happening, issued where the dateline says, whatever the later
    paragraph dated ('On Friday, the group met in Minsk') tells."""
    for start, end in paragraphs(text):
        if end <= floor:
            continue
        beyond = date_at is None or date_at >= end
        return beyond and STATEMENT_LEAD.search(text, max(start, floor), end) is not None
    return False


def _venue_in_lead(text: str, floor: int, people, no_dateline: bool = False) -> PlaceMention | None:
    """A city the lead says the happening took place in (not one it will take place in), or a
    town the gazetteer lacks that a named venue stands in; when no dateline says where the
    release speaks from, a country or the named venue itself."""
    for start, end in paragraphs(text)[:LEAD_PARAGRAPHS]:
        if end <= floor:
            continue
        start = max(start, floor)
        for s_start, s_end in sentences(text, start, end):
            cue = PAST_VENUE_CUE.search(text, s_start, s_end)
            if cue is None or FUTURE_VENUE.search(
                text, _after_quote(text, s_start, cue.start()), cue.start()
            ):
                continue
            after = text[cue.end() : s_end]
            cities = [p for p in find_places(after, people) if p.place.kind == "city"]
            if cities and cities[0].start <= VENUE_GAP:
                return cities[0]
            if (place := _place_after_venue(after, people, no_dateline)) is not None:
                # a country: the city of it the lead names as a venue, when it does ('The
                # summit took place in Malta. … Leaders met in Valletta.')
                city = place.place.kind == "country" and _venue_city_in_lead(
                    text, place.place.country_code
                )
                return city or place
            venue = VENUE_AFTER_CUE.match(after)
            if venue and (town := _unknown_town_after(after, venue.end())):
                return town  # 'at the UN House in Mishref'
            if venue and no_dateline:
                return _unknown_place(venue["venue"])  # 'took place at Marlborough House'
    return None


def _after_quote(text: str, start: int, end: int) -> int:
    """Where the narration before `end` begins: after the last quote mark (the quoted words'
    'will' is no plan of the narrated happening: '“… to be reviewed,” she said after the talks
    in Warsaw')."""
    return max(start, *(text.rfind(mark, start, end) + 1 for mark in DOUBLE_MARKS))


def _unknown_town_after(after: str, venue_end: int) -> PlaceMention | None:
    """A town the gazetteer lacks, named right after a named venue ('… at the UN House in
    Mishref'): no month, no place it knows (those are read as places)."""
    town = VENUE_TOWN.match(after, venue_end)
    if town is None or places.resolve(town["town"]) or town["town"].lower() in MONTHS:
        return None
    return _unknown_place(town["town"])


def _place_after_venue(after: str, people, countries: bool) -> PlaceMention | None:
    """The place a venue is said to be in ('… at the Ministry of Planning in Lusaka', '… at
    the bank's headquarters in Luxembourg'), or right after the cue: a city, or a country
    when asked ('… held in Malta')."""
    for rest in (after, after[venue.end() :] if (venue := VENUE_THEN_IN.match(after)) else ""):
        found = find_places(rest, people)
        near = found[0] if found and found[0].start <= VENUE_PLACE_GAP else None
        if near is not None and (countries or near.place.kind == "city"):
            return near
    return None


def _beyond_dateline(text: str, title: str | None, dateline_places) -> PlaceMention | Place | None:
    """A place the headline or lead gives over the dateline's first city (often the
    organisation's seat): where a visit goes ('ICRC president travels to Qatar'), or a
    later dateline city named again ('Geneva/Damascus (ICRC) – talks … in Damascus'), given
    as the dateline's own entry so that it keeps the dateline's spelling ('New York', not
    the gazetteer's 'New York City')."""
    visited = _visited(text, title)
    if visited is not None and not _holds(dateline_places, visited.place):
        return visited
    lead = f"{title or ''} {text[:LEAD_WINDOW]}"
    if dateline_places and lead.count(dateline_places[0].name) > 1:
        return None  # the first city is named again: it is where things happened
    for found in dateline_places[1:]:
        if lead.count(found.name) > 1 or (title and found.name in title):
            return found
    if len(dateline_places) > 1 and dateline_places[0].name in ORGANISATION_SEATS:
        # 'Geneva/Washington (ICRC)': the seat, then where the president held talks
        others = [p for p in dateline_places[1:] if p.name not in ORGANISATION_SEATS]
        if len(others) == 1:
            return others[0]
    return None


def _visited(text: str, title: str | None) -> PlaceMention | None:
    """The city or country a visit in the headline or the lead goes to."""
    for source in (title or "", text[:LEAD_WINDOW]):
        for match in VISIT_PLACE.finditer(source):
            words = match["place"].split()
            for size in range(len(words), 0, -1):
                written = " ".join(words[:size]).removesuffix("'s").removesuffix("’s")
                at = match.start("place")
                if place := places.place_at(source, at, at + len(written)):
                    if place.kind == "country" and (
                        city := _city_in(source, match.end(), place.country_code)
                        or _venue_city_in_lead(text, place.country_code)
                    ):
                        return city  # 'a visit to the United States capital, Washington DC'
                    return PlaceMention(written, place, 0, 0)
    return None


def _city_in(source: str, start: int, code: str | None) -> PlaceMention | None:
    """A city of the country visited named later in the same sentence."""
    end = source.find(".", start, start + LEAD_WINDOW)
    rest = source[start : end if end > 0 else start + LEAD_WINDOW]
    for found in find_places(rest):
        if found.place.kind == "city" and found.place.country_code == code:
            return found
    return None


def _venue_city_in_lead(text: str, code: str | None) -> PlaceMention | None:
    """A city of the country visited that the lead names as where something happened
    ('… visited Kenya on Tuesday. In Nairobi, she met the president.')."""
    lead = text[:LEAD_WINDOW]
    for found in find_places(lead):
        before = lead[max(0, found.start - VENUE_LOOKBACK) : found.start]
        if (
            found.place.kind == "city"
            and found.place.country_code == code
            and (VENUE_BEFORE.search(before) or VENUE_BEFORE.search(before.lower()))
        ):
            return found
    return None


def _holds(dateline_places, place) -> bool:
    """Whether the dateline already says where the visit went (the city, or a city in the
    country visited)."""
    for found in dateline_places:
        if place.kind == "country" and found.country_code == place.country_code:
            return True
        if place.kind == "city" and found.name == place.name:
            return True
    return False


def _venue_first(sentence: str, cities: list[PlaceMention]) -> list[PlaceMention]:
    """The cities of a sentence, those named as where it happened ('in Arusha', 'at Arusha')
    first, those named as an origin ('from Geneva') last: 'Delegates from Geneva met in
    Arusha' happened in Arusha."""
    return sorted(cities, key=lambda found: _venue_rank(sentence, found))  # stable


def _venue_rank(sentence: str, found: PlaceMention) -> int:
    """0 after 'in' or 'at', 1 otherwise, ORIGIN_RANK after 'from' or when the city only
    qualifies a noun ('the Kampala talks', 'the Accra office')."""
    before = sentence[max(0, found.start - VENUE_LOOKBACK) : found.start]
    if VENUE_BEFORE.search(before):
        return 0
    if ORIGIN_BEFORE.search(before) or (
        ATTRIBUTIVE_BEFORE.search(before) and ATTRIBUTIVE_AFTER.match(sentence, found.end)
    ):
        return ORIGIN_RANK
    return 1


def _not_listed(text: str, cities: list[PlaceMention]) -> list[PlaceMention]:
    """The cities not named in a list of cities ('courses in Nairobi, Abuja and Algiers')."""
    listed: set[int] = set()
    for left, right in pairwise(cities):
        if CITY_LIST_JOINER.match(text[left.end : right.start]):
            listed.update((id(left), id(right)))
    return [c for c in cities if id(c) not in listed]


def _unknown_place(name: str) -> PlaceMention:
    """A town or venue the gazetteer lacks ('X near Y', 'at Lancaster House')."""
    return PlaceMention(name, Place(name, "city", None), 0, 0)


def _singular(written: str) -> str:
    """The event type a match names: lower case, plural 's' dropped ('Operations' -> 'operation')."""
    kind = written.lower()
    return kind.rstrip("s") if kind.endswith("s") and not kind.endswith("ss") else kind


def event_type(text: str, mention: DateMention | None) -> tuple[str | None, str | None]:
    """(type, name) of the happening in the principal sentence."""
    if mention is None:
        match = EVENT_TYPE.search(text[:600])
        return (_singular(match.group()), None) if match else (None, None)
    start, end = sentence_at(text, mention.start)
    match = EVENT_TYPE.search(text, start, end) or EVENT_TYPE.search(text[:600])
    if match is None:
        return None, None
    kind = _singular(match.group())
    named = EVENT_NAME.match(text[match.end() : match.end() + 140])
    return kind, named["name"] if named else None
