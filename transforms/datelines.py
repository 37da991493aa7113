"""Datelines: the place (and maybe date) line that opens a release body; never invented."""

from __future__ import annotations

import re
from datetime import date

from transforms import places
from transforms.dates import find_dates
from transforms.records import Dateline
from transforms.rules.datelines import (
    ADDRESS_LINE,
    AGENCY_ACRONYM,
    AGENCY_END,
    BRACKET_HEAD_BREAK,
    BRACKETED_HEAD,
    CITY_AREA_PREFIX,
    CITY_JOINER,
    CITY_PARTICLES,
    CITY_SHAPE,
    CLOSING_LINES,
    COLON_END,
    COLON_LINE,
    DASH_END,
    DATE_SLASH_AGENCY,
    DATE_THEN_DASH,
    DATE_THEN_PLACE,
    EMPTY_BRACKETS,
    GLUED_CAPS_CITY,
    HEADQUARTERS_PART,
    HYPHEN_JOIN,
    INITIALS_REGION,
    INLINE_BRACKETED_HEAD,
    INLINE_CAPS_CITY,
    LETTER_THEN_DIGIT,
    LINE_ENDS_ON_DASH,
    LOWER_IN_NAMES,
    MAX_HEAD,
    MAX_INLINE_AT,
    MAX_LINES,
    MAX_LISTED_CITIES,
    MAX_OFFSET,
    MAX_PERIOD_HEAD,
    MAX_PIPED_LINE,
    MAX_PLACE_LINE,
    MAX_TRAILER_LINES,
    MAX_UNKNOWN_TOWN_WORDS,
    MIN_HEAD,
    NOT_TOWN_WORDS,
    PAIR_JOIN,
    PAREN,
    PERIOD_END,
    PLACE_DATE_TIME_LINE,
    PLACE_LEAD_WORDS,
    PROSE_MIN_CHARS,
    PUBLISHER_PREFIX,
    REGION_SHAPE,
    SENTENCE_BREAK,
    SHORT_HEADER_LINE,
    SLASH_AGENCY,
    SQUARE_BRACKETED_HEAD,
    TRAILER_LINE,
    UNMARKED_HEAD,
    UNMARKED_MAX,
    UNMARKED_NEXT,
    WHOLE_LINE,
)
from transforms.rules.dates import MONTHS, RELATIVE, WEEKDAYS
from transforms.rules.places import AMBIGUOUS_PLACE_WORDS, CITY_CODE_SUFFIX
from transforms.rules.quotes import CAPTION_CUES
from transforms.rules.text import PARAGRAPH

# The United Nations Headquarters in New York, which datelines name as a place of its own.
HEADQUARTERS = places.Place("United Nations", "city", "US", 40.7489, -73.968)


def find_dateline(body: str, title: str | None = None, published: date | None = None):
    """The dateline of a body and the gazetteer places of its cities, or (None, [])."""
    title_key = " ".join((title or "").split()).lower()
    lines = list(PARAGRAPH.finditer(body))
    prose_seen, counted = False, 0
    for number, line in enumerate(lines):
        text = line.group()
        counted += len(text.strip()) > SHORT_HEADER_LINE
        if counted > MAX_LINES or line.start() > MAX_OFFSET:
            break
        if " ".join(text.split()).lower() == title_key:
            continue
        found = (
            _dateline_in_line(text, published)
            or _glued_dateline(text, published)
            or _piped_dateline(text, published)
            or _city_beside_date_line(lines, number, published)
        )
        if (
            found is not None
            and _is_place_line(text, found[0])
            and (prose_seen or _in_address(lines, number))
        ):
            found = None  # a contact block or an address, not where the release comes from
        if found is not None:
            dateline, cities = found
            dateline.end += line.start()
            return dateline, cities
        prose_seen = prose_seen or _is_prose(text)
    return _closing_dateline(lines, published) or (None, [])


def _closing_dateline(lines: list[re.Match], published: date | None):
    """A place-and-date line closing the body, as statements and letters sign off ('Geneva,
    5 May 2021'): only a short line of a place and its date; it starts no lead (end 0)."""
    for line in _before_trailer(lines)[-CLOSING_LINES:][::-1]:
        text = line.group().strip().strip("()")
        if len(text) > MAX_PLACE_LINE or not _head_shape(WHOLE_LINE, text):
            continue
        if not find_dates(text, published):
            continue
        parsed = _parse_head(text, published, need_country=False)
        if parsed is not None and parsed[0].date is not None:
            parsed[0].end = 0
            return parsed
    return None


def _before_trailer(lines: list[re.Match]) -> list[re.Match]:
    """The lines of a body less the trailer a page prints after it (contacts, an end mark):
    at most a few lines, each a trailer line or part of an address."""
    end = len(lines)
    while end > 0 and len(lines) - end < MAX_TRAILER_LINES:
        text = lines[end - 1].group()
        if not (TRAILER_LINE.match(text) or ADDRESS_LINE.search(_remove_dates(text, None))):
            break
        end -= 1
    return lines[:end]


def _city_beside_date_line(lines: list[re.Match], number: int, published: date | None):
    """'Geneva' on a line of its own with a date alone on the line above or below it: a
    place-and-date block at the top ('Headline / 4 March 2021 / Geneva / The …')."""
    text = lines[number].group().strip().rstrip(",")  # 'Geneva,' over 'October 9, 2019'
    with_region = "," in text and len(text) <= MAX_PLACE_LINE  # 'Washington, D.C.'
    if not with_region and not _lone_city_shape(text):
        return None
    neighbours = lines[max(0, number - 1) : number] + lines[number + 1 : number + 2]
    dated = [n.group().strip() for n in neighbours if _only_date(n.group().strip(), published)]
    if not dated:
        return None
    if with_region:
        found = _parse_head(text, published, need_country=False, allow_date=False)
    else:
        name, place = _city_named(text, None)
        found = place and (
            Dateline([_written_name(name, place)], None, place.country_code),
            [place],
        )
    if not found:
        return None
    dates = [m.value for m in find_dates(dated[0], published) if m.value]
    found[0].date = dates[0] if dates else None
    found[0].end = len(lines[number].group())
    return found


def _lone_city_shape(text: str) -> bool:
    """Whether a line is written like one city's name, and is no country or ambiguous word."""
    return (
        bool(CITY_SHAPE.match(text))
        and text not in AMBIGUOUS_PLACE_WORDS
        and not places.country(text)
    )


def _is_place_line(line: str, dateline: Dateline) -> bool:
    """Whether the dateline is all its line says (a place line, as in an address); one that
    ends on its dash ('ABIDJAN, Ivory Coast, August 1, 2022/APO Group/ —') opens the body."""
    return not line[dateline.end :].strip() and not LINE_ENDS_ON_DASH.search(line)


def _is_prose(line: str) -> bool:
    """A paragraph of running text: a dateline no longer stands on a line of its own after it.
    A photo caption ('… shelters. Photo: Agency') is none: pages set it above the dateline."""
    return (
        len(line) >= PROSE_MIN_CHARS
        and SENTENCE_BREAK.search(line) is not None
        and CAPTION_CUES.search(line) is None
    )


def _in_address(lines: list[re.Match], number: int) -> bool:
    """Whether the line before or after reads as part of a postal or contact address."""
    neighbours = lines[max(0, number - 1) : number] + lines[number + 1 : number + 2]
    # dates out first: a date line above a place line is no postal code
    return any(ADDRESS_LINE.search(_remove_dates(line.group(), None)) for line in neighbours)


def _piped_dateline(line: str, published: date | None):
    """'Nairobi, Kenya | 12 March 2021', '12 March 2021 | Geneva': a place among a date and
    labels set off by bars, on a short line; only with a date or a country."""
    if "|" not in line or len(line) > MAX_PIPED_LINE:
        return None
    segments = [segment.strip() for segment in line.split("|")]
    has_date = any(_only_date(segment, published) for segment in segments)
    places_left = [
        segment
        for segment in segments
        if segment and not _only_date(segment, published) and not _only_label(segment)
    ]
    if len(places_left) != 1:
        return None
    parsed = _parse_head(places_left[0], published, need_country=not has_date)
    if parsed is None:
        return None
    parsed[0].end = len(line)
    if parsed[0].date is None and has_date:
        dates = [m.value for m in find_dates(line, published) if m.value]
        parsed[0].date = dates[0] if dates else None
    return parsed


def _date_then_place(written_date: str, place: str, published: date | None):
    """'Wednesday, 5 May 2021' and '(Secretariat, Borough, Greater Accra)': the last city in
    the brackets (after it only a country), when the part before them is a date alone."""
    bare_date = " ".join(
        w for w in written_date.replace(",", " ").split() if w.lower() not in WEEKDAYS
    )
    if not _only_date(bare_date, published):
        return None
    dates = [m.value for m in find_dates(bare_date, published) if m.value]
    dateline = Dateline(date=dates[0] if dates else None)
    country_place = None
    for part in reversed([p.strip() for p in place.split(",") if p.strip()]):
        if (found := places.country(part)) is not None and country_place is None:
            dateline.country, country_place = part, found
            continue
        if not CITY_SHAPE.match(part):
            return None
        code = country_place.country_code if country_place else None
        _, city = _city_named(CITY_AREA_PREFIX.sub("", part), code)
        if city is None:
            return None
        dateline.cities = [_written_name(part, city)]
        dateline.country_code = city.country_code
        return dateline, [city]
    return None


def _only_date(segment: str, published: date | None) -> bool:
    """Whether a segment of a barred line is a date and nothing else."""
    return bool(segment) and not _remove_dates(segment, published).strip(" ,.")


def _only_label(segment: str) -> bool:
    """Whether a segment of a barred line is a header label ('Press release', 'News')."""
    words = segment.lower().split()
    return bool(words) and all(word in NOT_TOWN_WORDS for word in words)


def _dateline_in_line(line: str, published: date | None):
    """A dateline opening this line, trying each shape from the loosest-ended to the strictest."""
    if found := _bracketed_dateline(line, published):
        return found  # before a publisher's tag in brackets is blanked
    line = _normalised(line)
    if (match := DATE_THEN_PLACE.match(line)) and (
        parsed := _date_then_place(match["date"], match["place"], published)
    ):
        parsed[0].end = match.end()
        return parsed
    if (match := DASH_END.match(line)) and _only_date(match["head"].strip(), published):
        # '4 March 2021 – AMMAN – The …': the date first, then the place line after the dash
        found = _dateline_in_line(line[match.end() :], published)
        if found is not None:
            dates = [m.value for m in find_dates(match["head"], published) if m.value]
            found[0].date = found[0].date or (dates[0] if dates else None)
            found[0].end += match.end()
            return found
    if match := DASH_END.match(line):
        parsed = _parse_head(match["head"], published, need_country=False)
        if parsed is not None:
            end = match.end()
            tail = DATE_THEN_DASH.match(line, end)
            dates = (
                [m.value for m in find_dates(tail["date"], published) if m.value] if tail else []
            )
            if dates and _parse_head(tail["date"], published, need_country=False) is None:
                # a date after the dash ('—14 November 2023—'), not a second city with its
                # date ('GENEVA – NEW YORK, 3 May –'), which the dash joins to the first
                parsed[0].date = parsed[0].date or dates[0]
                end = tail.end()
            parsed[0].end = end
            return _with_hyphened_city(line, match, parsed, published)
    if (match := AGENCY_END.match(line)) and not places.country(match["agency"]):
        parsed = _parse_head(match["head"], published, need_country=False)
        if parsed is not None and parsed[0].date is not None:
            parsed[0].end = match.end()
            return parsed
    if match := _head_shape(COLON_END, line):
        parsed = _parse_head(match["head"], published, need_country=False)
        if parsed is not None and len(line) - match.end() > 60:
            parsed[0].end = match.end()
            return parsed
    if match := _head_shape(COLON_LINE, line):
        parsed = _parse_head(match["head"], published, need_country=False)
        # only with a date in it (even one without a year) or an agency's tag after the city
        # ('Addis Ababa, SPA:'): 'Contact:' is no dateline
        tagged = AGENCY_ACRONYM.match(match["head"].rsplit(",", 1)[-1].strip())
        if parsed is not None and (tagged or find_dates(match["head"], published)):
            parsed[0].end = match.end()
            return parsed
    for pattern, longest in ((PERIOD_END, MAX_PERIOD_HEAD), (WHOLE_LINE, MAX_HEAD)):
        if match := _head_shape(pattern, line, longest):
            parsed = _parse_head(match["head"], published, need_country=True, allow_date=False)
            if parsed is None and find_dates(match["head"], published):
                # a city and a date ended by a full stop ('Vienna, 5 June 2020. The …') or
                # on a line of their own ('Brussels, 23 February 2024')
                parsed = _parse_head(match["head"], published, need_country=False)
                parsed = parsed if parsed is not None and parsed[0].date else None
            if parsed is None and _slashed_cities(match["head"]):
                # 'Abidjan/Berne. The …': cities a slash joins vouch for each other
                parsed = _parse_head(match["head"], published, need_country=False, allow_date=False)
            if parsed is not None:
                parsed[0].end = match.end()
                return parsed
    if match := PLACE_DATE_TIME_LINE.match(line):
        parsed = _parse_head(match["head"], published, need_country=False)
        if parsed is not None and parsed[0].date:
            parsed[0].end = match.end()
            return parsed
    for opening in UNMARKED_NEXT.finditer(line, 0, UNMARKED_MAX):
        # 'Nouakchott WFP appeals …', 'Bologna, Italy A plane …': the dash lost on the page;
        # only a city the gazetteer knows (or vouched for by its country), before an acronym
        # or a word that opens a sentence
        head = line[: opening.start()]
        if not UNMARKED_HEAD.match(head):
            continue
        dated = bool(find_dates(head, published))  # 'New York, 27 April 2017 As delivered'
        parsed = _parse_head(head, published, need_country=False, allow_date=dated)
        if parsed is not None and not any(c in AMBIGUOUS_PLACE_WORDS for c in parsed[0].cities):
            parsed[0].end = opening.start() + 1
            return parsed
    return None


def _head_shape(pattern: re.Pattern, line: str, longest: int = MAX_HEAD) -> re.Match | None:
    """A head shape's match on a line, when its head has a dateline's length."""
    match = pattern.match(line)
    return match if match and MIN_HEAD <= len(match["head"]) <= longest else None


def _bracketed_dateline(line: str, published: date | None):
    """'(Geneva, 4 March 2021) –', '[Geneva, 4 March 2021]': the whole dateline in brackets,
    only with its date; '(New York: 7 February 2007):' a colon or a dash may part the place
    from the date ('(Kyiv – 5 May 2025)')."""
    if square := SQUARE_BRACKETED_HEAD.match(line):
        line = f"({square['head']})" + line[square.end() :]
    match = BRACKETED_HEAD.match(line)
    if match is None or not find_dates(match["head"], published):
        return None
    parsed = _parse_head(BRACKET_HEAD_BREAK.sub(",", match["head"]), published, need_country=False)
    if parsed is None or not parsed[0].date:
        return None
    parsed[0].end = match.end()
    return parsed


def _with_hyphened_city(line: str, match: re.Match, parsed, published: date | None):
    """'Geneva- New York, 22 November (OCHA) On …', 'GENEVA – NEW YORK, 22 November – On …': a
    dash joins a lone city to the dated dateline after it, or to a known city after it ('GENEVA
    – NEW YORK – On …'): the two cities of one release; else `parsed` as it is."""
    dateline, cities = parsed
    if dateline.date or dateline.country or len(cities) != 1 or dateline.end != match.end():
        return parsed
    after = _dateline_in_line(line[match.end() :], published)
    if after is None:
        return parsed
    named = [*dateline.cities, *after[0].cities]
    if after[0].date is None and (after[0].country or not all(map(_is_city, named))):
        return parsed  # without a date, only cities the gazetteer knows vouch for each other
    after[0].cities = dateline.cities + after[0].cities
    after[0].end += match.end()
    return after[0], cities + after[1]


def _slashed_cities(head: str) -> bool:
    """Whether a head is two or more cities the gazetteer knows, joined by slashes and nothing
    else ('Abidjan/Berne', 'ROME/NAIROBI'): such a list names places even without a country."""
    names = [name.strip() for name in head.split("/")]
    return len(names) >= 2 and all(
        CITY_SHAPE.match(name) and not places.country(name) and _is_city(name) for name in names
    )


def _glued_dateline(line: str, published: date | None):
    """A dateline glued to text before it on its line, or joined to its headline after a
    space: only a city in capitals with a date, and not one a preposition leads into
    ('an office in NAIROBI, 3 May'), so that no word in running text is taken for one."""
    for glue in (
        *GLUED_CAPS_CITY.finditer(line),
        *INLINE_CAPS_CITY.finditer(line, 0, MAX_INLINE_AT),
        *INLINE_BRACKETED_HEAD.finditer(line, 0, MAX_INLINE_AT),  # '… PEOPLE (Lima: 4 May 2021):'
    ):
        before = line[: glue.start()].split()
        if before and (
            before[-1].lower() in PLACE_LEAD_WORDS
            or CITY_JOINER.fullmatch(f" {before[-1]} ")
            or before[-1][-1] in ",/&"
        ):
            continue  # 'an office in NAIROBI, …', or the next city of a list ('… and NAIROBI')
        found = _dateline_in_line(line[glue.start() :], published)
        if found is not None and found[0].date:
            found[0].end += glue.start()
            return found
    return None


def _normalised(line: str) -> str:
    """The line with a publisher's tag before it blanked and a '/TASS/.' tag written as
    '(TASS)', the same length, so offsets still hold."""
    if match := PUBLISHER_PREFIX.match(line):
        line = " " * match.end() + line[match.end() :]
    if match := DATE_SLASH_AGENCY.search(line, 0, 160):
        line = line[: match.start()] + " " * len(match.group()) + line[match.end() :]
    if match := SLASH_AGENCY.search(line, 0, 80):
        tag = f" ({match['agency']})".ljust(len(match.group()))
        line = line[: match.start()] + tag + line[match.end() :]
    return line


def _parse_head(head: str, published: date | None, need_country: bool, allow_date: bool = True):
    """(Dateline, city places) when every part of the head is a city, country, region or date."""
    pairs = PAIR_JOIN.split(head)
    if len(pairs) > 1 and "," in pairs[0] and (found := _parse_pairs(pairs, published, allow_date)):
        return found
    return _parse_one_head(head, published, need_country, allow_date)


def _parse_pairs(pairs: list[str], published: date | None, allow_date: bool):
    """'ABIDJAN, Côte d'Ivoire / BERNE, Switzerland, 3 June 2021': one city and its country
    per pair, each pair read as a head of its own; the first pair's country leads."""
    parsed = [_parse_one_head(pair, published, False, allow_date) for pair in pairs]
    if any(found is None for found in parsed) or not parsed[0][0].country:
        return None  # 'BAMAKO, Mali/DAKAR/NEW YORK, 9 October 2017': the first pair has one
    dateline = parsed[0][0]
    dateline.cities = [city for found, _ in parsed for city in found.cities]
    dateline.date = next((found.date for found, _ in parsed if found.date), None)
    return dateline, [place for _, cities in parsed for place in cities]


def _parse_one_head(head: str, published: date | None, need_country: bool, allow_date: bool):
    """(Dateline, city places) for a head of one city (or a slashed list) and its country."""
    # 'Rome, Italy | 3 May 2019', 'Cotonou, Benin, May 3, 2019/': bars part, a slash ends
    head = LETTER_THEN_DIGIT.sub(" ", head.strip().rstrip("/").replace("|", ","))
    dateline = Dateline()
    for mention in find_dates(head, published) if allow_date else []:
        if mention.value and not RELATIVE.fullmatch(head[mention.start : mention.end]):
            dateline.date = dateline.date or mention.value
    if allow_date:
        head = _remove_dates(head, published)
    country_place = None
    for paren in PAREN.finditer(head):
        inner = paren["inner"] or paren["square"]
        if found := places.country(inner):
            dateline.country, country_place = inner.strip(), found
    head = PAREN.sub(" ", head)
    parts = [part.strip() for part in head.split(",")]
    # 'Nairobi, Friday 12 March 2021': the weekday left once the date is out names no place
    parts = [part for part in parts if part and part.lower() not in WEEKDAYS]
    if parts and (glued := _country_without_comma(parts[0])) is not None:
        parts = [*glued, *parts[1:]]  # 'ADDIS ABABA Ethiopia August 27 2015' (a wire's copy)
    parts = _headquarters_as_its_city(parts)
    if len(parts) == 1 and HEADQUARTERS_PART.match(parts[0]) and dateline.date:
        # 'UNITED NATIONS, 4 May –': the headquarters stands for its city, as it is written
        # (only with its date: 'UNITED NATIONS NATIONS UNIES' heads a letter)
        dateline.cities, dateline.country_code = [_title_case(parts[0])], HEADQUARTERS.country_code
        return dateline, [HEADQUARTERS]
    if parts and not places.country(parts[-1]):
        # 'Dakar, Ndjamena and Abuja': the last of a list joined by 'and'
        parts = parts[:-1] + [n.strip() for n in CITY_JOINER.split(parts[-1]) if n.strip()]
    if not need_country and (listed := _city_list(parts)) is not None:
        dateline.cities = [
            _written_name(name, place) for name, place in zip(parts, listed, strict=True)
        ]
        dateline.country_code = listed[0].country_code
        return dateline, listed
    if not parts or len(parts) > 3:
        return None
    names = [city for name in parts[0].split("/") for city in _joined_cities(name.strip())]
    region_code = None
    stated = [found.country_code for part in parts[1:] if (found := places.country(part))]
    for index, part in enumerate(parts[1:], start=2):
        if found := places.country(part):
            dateline.country, country_place = places.without_the(part), found
        elif code := _region_code(part, names, stated[0] if stated else None):
            region_code = code  # 'Norfolk, Virginia': a state of the city's country
        elif index == len(parts) and AGENCY_ACRONYM.match(part):
            continue  # 'Addis Ababa, SPA:': the agency's tag, as '(SPA)' would be
        elif not REGION_SHAPE.match(part) and not INITIALS_REGION.match(part):
            return None
    if need_country and country_place is None:
        return None
    cities = []
    for name in names:
        if not CITY_SHAPE.match(name):
            return None
        if HEADQUARTERS_PART.match(name) and dateline.date:
            # 'OSLO/UNITED NATIONS, 4 May –': the headquarters among the cities, as alone
            cities.append(HEADQUARTERS)
            dateline.cities.append(_title_case(name))
            continue
        code = country_place.country_code if country_place else region_code
        # a town the cities table lacks, only in a dateline in capitals or with its date
        small_towns = name.isupper() or dateline.date is not None
        name, place = _city_named(name, code, small_towns)
        if place is None and country_place is None:
            return None
        if place is None:  # a town the gazetteer lacks, vouched for by the country after it
            if not _may_be_town(name):
                return None
            place = places.Place(_title_case(name), "city", code)
        cities.append(place)
        dateline.cities.append(_written_name(name, place))
    dateline.country_code = country_place.country_code if country_place else cities[0].country_code
    return dateline, cities


def _headquarters_as_its_city(parts: list[str]) -> list[str]:
    """'UNITED NATIONS, New York', 'OSLO/UNITED NATIONS, New York', 'OSLO and UNITED NATIONS,
    New York': a headquarters written before its city is that city, the last of the list."""
    if len(parts) < 2:
        return parts
    listed = [name.strip() for name in CITY_JOINER.split(parts[0].replace("/", " & "))]
    if not HEADQUARTERS_PART.match(listed[-1]):
        return parts
    return ["/".join([*listed[:-1], parts[1]]), *parts[2:]]


def _country_without_comma(part: str) -> tuple[str, str] | None:
    """('Addis Ababa', 'Ethiopia') for 'ADDIS ABABA Ethiopia': a city of that country, then the
    country, with no comma between (as copies of wire releases drop it); None otherwise."""
    words = part.split()
    if len(words) < 2 or _is_city(part):
        return None
    for start in range(1, len(words)):
        name, rest = " ".join(words[:start]), " ".join(words[start:])
        found = places.country(rest)
        if found is None or not CITY_SHAPE.match(name) or places.country(name):
            continue
        if places.city(_title_case(name) if name.isupper() else name, found.country_code):
            return name, rest
    return None


def _joined_cities(name: str) -> list[str]:
    """'Brussels-New York', 'ABIDJAN-BERNE': two cities a hyphen joins, when the whole is no
    city and each part is one ('Port-au-Prince' stays whole)."""
    parts = [part.strip() for part in HYPHEN_JOIN.split(name)]
    if len(parts) < 2 or _is_city(name) or not all(_is_city(part) for part in parts):
        return [name]
    return parts


def _is_city(name: str) -> bool:
    """Whether the gazetteer knows a name (in capitals or not) as a city."""
    place = places.resolve(_title_case(name) if name.isupper() else name)
    return place is not None and place.kind == "city"


def _city_named(
    name: str, code: str | None, small_towns: bool = False
) -> tuple[str, places.Place | None]:
    """(the city as written, its place): without a district code after it ('WASHINGTON DC'),
    else the whole name, else its last words ('PRESS RELEASE Nairobi' before ', Kenya'),
    else (when allowed) a smaller town ('DADAAB, 4 May 2021 –')."""
    if code_after := CITY_CODE_SUFFIX.search(name):
        bare = name[: code_after.start()]
        if (place := places.city(bare, code, aliases=True)) is not None:
            return bare, place
    place = places.city(name, code, aliases=True)
    if place is None and code is None:
        place = places.city(name, aliases=True)
    if place is not None:
        return name, place
    words = name.split()
    if code is not None:
        for start in range(1, len(words)):
            tail = " ".join(words[start:])
            if (place := places.city(tail, code, aliases=True)) is not None:
                return tail, place
    if small_towns and _may_be_town(name):
        return name, places.town(name, code)
    return name, None


def _may_be_town(name: str) -> bool:
    """Whether a name the gazetteer lacks may be a town: a few words, none of them a header
    label, a weekday, a month or a particle."""
    words = name.lower().split()
    return len(words) <= MAX_UNKNOWN_TOWN_WORDS and not any(
        word in NOT_TOWN_WORDS or word in WEEKDAYS or word in MONTHS or word in CITY_PARTICLES
        for word in words
    )


def _region_code(part: str, city_names: list[str], stated: str | None = None) -> str | None:
    """The country code when `part` is a state, province or district of a country that has a
    city of the first name ('Austin, Texas', 'Gulu, Northern Uganda') or of the country the
    head states ('Ukhiya, Cox's Bazar, Bangladesh'), or the area around a city of it
    ('Quezon City, Metro Manila'); else None."""
    codes = places.region_countries(part)
    if stated is not None and stated in codes:
        return stated
    # the city's best-known namesake must lie there: 'Austin, Texas', but 'Geneva, New York'
    # names two cities, not the small Geneva of New York State
    best = places.city(city_names[0], aliases=True)
    if best is not None and best.country_code in codes:
        return best.country_code
    area = CITY_AREA_PREFIX.match(part)
    around = places.city(part[area.end() :], stated, aliases=True) if area else None
    if around and places.city(city_names[0], around.country_code, aliases=True) is not None:
        return around.country_code
    return None


def _city_list(parts: list[str]) -> list[places.Place] | None:
    """'Dakar, Ndjamena, Abuja': a head of cities only, written with commas (none of them a
    country or a region, each a city the gazetteer knows)."""
    if not 2 <= len(parts) <= MAX_LISTED_CITIES:
        return None
    if any(_region_code(part, parts[:1]) for part in parts[1:]):
        return None  # 'Norfolk, Virginia': a city and its state
    found = []
    for part in parts:
        if not CITY_SHAPE.match(part) or places.country(part) or REGION_SHAPE.match(part):
            return None
        place = places.city(part, aliases=True)
        if place is None:
            return None
        found.append(place)
    return found


def _remove_dates(head: str, published: date | None) -> str:
    """The head without its written dates ('VIENNA, 5 December 2019' -> 'VIENNA, ')."""
    out, last = [], 0
    for mention in find_dates(head, published):
        if RELATIVE.fullmatch(head[mention.start : mention.end]):
            continue  # 'today' is no date of a dateline
        out.append(head[last : mention.start])
        last = mention.end
    out.append(head[last:])
    # brackets left empty by a date in them: 'GENEVA (12 March 2020)' -> 'GENEVA '
    return EMPTY_BRACKETS.sub(" ", "".join(out))


def _written_name(name: str, place: places.Place) -> str:
    """The city as the release names it, in title case when written in capitals."""
    if name.isupper():
        if place.name.lower() == name.lower():
            return place.name
        return _title_case(name)
    return name


def _title_case(name: str) -> str:
    """'THE HAGUE' -> 'The Hague', 'KAMENSK-SHAKHTINSKIY' -> 'Kamensk-Shakhtinskiy'."""
    words = []
    for index, word in enumerate(name.lower().split()):
        if index and word in LOWER_IN_NAMES:
            words.append(word)
        else:
            words.append("-".join(part[:1].upper() + part[1:] for part in word.split("-")))
    return " ".join(words)
