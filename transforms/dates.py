"""Dates: parse what inputs give ('5 December 2019', RFC 822, '05.12.2019') and resolve
what releases say ('today', 'on Monday', 'on 23 September') against the published date."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timedelta
from email.utils import parsedate_to_datetime

from transforms.rules.dates import (
    AMBIGUOUS_MONTHS,
    BARE_WEEKDAY,
    DATE_AFTER_RELATIVE,
    DATE_AFTER_WEEKDAY,
    DAY_MON_YEAR_HYPHENS,
    DAY_MONTH_YEAR,
    FUTURE,
    FUTURE_LOOKAHEAD,
    ISO_PREFIX,
    MONTH_DAY_YEAR,
    MONTHS,
    NEWS_WEEKDAY,
    NOT_NEWS_WEEKDAY_BEFORE,
    NUMERIC_DAY_IN_BRACKETS,
    NUMERIC_DAY_RANGE,
    NUMERIC_DMY,
    NUMERIC_YMD,
    ON_WEEKDAY,
    PAST_VERB_BEFORE,
    POSSESSIVE_WEEKDAY,
    RELATIVE,
    RELATIVE_DAYS,
    RFC822_TIME,
    WEEKDAYS,
)


@dataclass(slots=True)
class DateMention:
    """A date the text names, where it stands, and whether it needed the release date."""

    value: date | None
    start: int
    end: int
    relative: bool  # 'today', 'on Monday': resolved against the release date


def _safe_date(year: int, month: int, day: int) -> date | None:
    """A date, or None when the parts do not make one (31 February)."""
    try:
        return date(year, month, day)
    except ValueError:
        return None


def _numeric(a: int, b: int, year: int) -> date | None:
    """Day-first unless the second number cannot be a month (09/19/2018 is US order)."""
    if b > 12 >= a:
        return _safe_date(year, a, b)
    return _safe_date(year, b, a)


def parse_date(value: str | None) -> date | None:
    """The calendar date in any common input format, or None."""
    if not value or not value.strip():
        return None
    text = value.strip()
    if match := ISO_PREFIX.match(text):
        return _safe_date(*(int(part) for part in match.groups()))
    if "," in text[:5] or RFC822_TIME.search(text):
        try:
            return parsedate_to_datetime(text).date()
        except (TypeError, ValueError, IndexError):
            pass
    try:
        return datetime.fromisoformat(text).date()
    except ValueError:
        pass
    mentions = find_dates(text[:200], None)
    return next((m.value for m in mentions if m.value and not m.relative), None)


def _year_for(month: int, day: int, published: date | None, future: bool) -> int | None:
    """The year of '23 September' written in a release published on `published`."""
    if published is None:
        return None
    year = published.year
    candidate = _safe_date(year, month, day)
    if candidate is None:
        return year
    if not future and candidate - published > timedelta(days=60):
        return year - 1
    if future and published - candidate > timedelta(days=180):
        return year + 1
    return year


def _weekday(name: str, published: date | None, future: bool) -> date | None:
    """'on Monday': the nearest such day on or before the release date (after, if future)."""
    if published is None:
        return None
    target = WEEKDAYS[name.lower()]
    if future:
        return published + timedelta(days=(target - published.weekday()) % 7)
    return published - timedelta(days=(published.weekday() - target) % 7)


def find_dates(text: str, published: date | None) -> list[DateMention]:
    """Every day-level date the text names, in order, resolved where it can be."""
    found: list[DateMention] = []
    taken = bytearray(len(text) + 1)  # characters already part of a date

    def free(start: int, end: int) -> bool:
        return not any(taken[start:end])

    def add(value: date | None, start: int, end: int, relative: bool) -> None:
        if free(start, end):
            taken[start:end] = b"\x01" * (end - start)
            found.append(DateMention(value, start, end, relative))

    for match in NUMERIC_YMD.finditer(text):
        a, b, y = int(match["a"]), int(match["b"]), int(match["year"])
        add(_safe_date(y, b, a), match.start(), match.end(), False)
    for match in NUMERIC_DMY.finditer(text):
        add(_numeric(int(match["a"]), int(match["b"]), int(match["year"])), *match.span(), False)
    for pattern in (DAY_MON_YEAR_HYPHENS, DAY_MONTH_YEAR, MONTH_DAY_YEAR):
        for match in pattern.finditer(text):
            if not free(*match.span()):
                continue
            if match["month"] in AMBIGUOUS_MONTHS:
                continue  # 'they may 5': 'may', 'mar' in lower case are no months
            month, day = MONTHS[match["month"].lower()], int(match["day"])
            if not 1 <= day <= 31:
                continue
            if match["year"]:
                add(_safe_date(int(match["year"]), month, day), *match.span(), False)
            else:
                future = _is_future(text, match.start())
                year = _year_for(month, day, published, future)
                value = _safe_date(year, month, day) if year else None
                add(value, *match.span(), True)
    for match in (*NUMERIC_DAY_RANGE.finditer(text), *NUMERIC_DAY_IN_BRACKETS.finditer(text)):
        month, day = int(match["b"]), int(match["a"])
        if 1 <= month <= 12 and 1 <= day <= 31:
            year = _year_for(month, day, published, _is_future(text, match.start()))
            add(_safe_date(year, month, day) if year else None, *match.span(), True)
    for match in BARE_WEEKDAY.finditer(text):
        future = _is_future(text, match.start())
        add(_weekday(match["weekday"], published, future), *match.span(), True)
    for match in POSSESSIVE_WEEKDAY.finditer(text):
        future = _is_future(text, match.start())
        add(_weekday(match["weekday"], published, future), *match.span(), True)
    for match in ON_WEEKDAY.finditer(text):
        if _explicit_date_follows(text, match.end()):
            continue
        future = _is_future(text, match.start())
        value = _weekday(match["weekday"], published, future)
        if value is not None and value == published and match.group().lower().startswith("last"):
            value -= timedelta(days=7)  # 'last Friday' in a release of a Friday: a week back
        add(value, *match.span(), True)
    for match in RELATIVE.finditer(text):
        if DATE_AFTER_RELATIVE.match(text, match.end()):
            continue  # 'Today, 28 February 2018, …': the written date decides
        days = RELATIVE_DAYS[match["rel"].lower()]
        add(published + timedelta(days=days) if published else None, *match.span(), True)
    for match in NEWS_WEEKDAY.finditer(text):
        if match["before"] in NOT_NEWS_WEEKDAY_BEFORE or _explicit_date_follows(text, match.end()):
            continue
        future = _is_future(text, match.start("weekday"))
        add(_weekday(match["weekday"], published, future), *match.span("weekday"), True)
    found.sort(key=lambda mention: mention.start)
    return found


def _explicit_date_follows(text: str, end: int) -> bool:
    """'on Monday 23 April', 'on Tuesday, 21 February': the written date decides, so the
    weekday is not resolved against the release date on its own."""
    return DATE_AFTER_WEEKDAY.match(text, end) is not None


SENTENCE_REACH = 600  # how far back a sentence's 'will' is looked for


def _is_future(text: str, position: int) -> bool:
    """Whether the sentence around `position` speaks of what will happen."""
    if PAST_VERB_BEFORE.search(text, max(0, position - 30), position):
        return False
    lowest = max(position - SENTENCE_REACH, 0)  # bounded: text without full stops stays linear
    start = max(text.rfind(". ", lowest, position), text.rfind("\n", lowest, position), lowest)
    reach = min(len(text), position + FUTURE_LOOKAHEAD)
    end = min(
        (
            cut
            for cut in (text.find(". ", position, reach), text.find("\n", position, reach))
            if cut >= 0
        ),
        default=reach,
    )
    # the cue may follow the date ('on Monday, the council will …'), never past the sentence
    return bool(FUTURE.search(text, start, end))
