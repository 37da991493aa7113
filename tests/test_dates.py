"""Dates: input formats, and relative dates resolved against the published date."""

from __future__ import annotations

from datetime import date

import pytest

from transforms.dates import find_dates, parse_date


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        pytest.param("2019-12-05", date(2019, 12, 5), id="iso"),
        pytest.param("2019-12-05T09:30:00Z", date(2019, 12, 5), id="iso-datetime"),
        pytest.param("Thu, 05 Dec 2019 10:00:00 +0000", date(2019, 12, 5), id="rfc822"),
        pytest.param("5 December 2019", date(2019, 12, 5), id="day-month-year"),
        pytest.param("December 5, 2019", date(2019, 12, 5), id="month-day-year"),
        pytest.param("05.12.2019", date(2019, 12, 5), id="dotted"),
        pytest.param("24/10/2025 14:12", date(2025, 10, 24), id="slashed-day-first"),
        pytest.param("Wed, 09/19/2018 - 11:19", date(2018, 9, 19), id="slashed-us-order"),
        pytest.param("2013/6/28", date(2013, 6, 28), id="year-first-slashes"),
        pytest.param("26th March 2001", date(2001, 3, 26), id="ordinal-day"),
        pytest.param("26 mars 2001", date(2001, 3, 26), id="french-month"),
        pytest.param("", None, id="empty"),
        pytest.param("no date here", None, id="no-date"),
        pytest.param("31.02.2019", None, id="impossible-day"),
    ],
)
def test_parse_date(value, expected):
    assert parse_date(value) == expected


PUBLISHED = date(2019, 12, 5)  # a Thursday


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param("The event was held today.", date(2019, 12, 5), id="today"),
        pytest.param("The talks ended yesterday.", date(2019, 12, 4), id="yesterday"),
        pytest.param("The council met on Monday.", date(2019, 12, 2), id="past-weekday"),
        pytest.param("The council will meet on Monday.", date(2019, 12, 9), id="future-weekday"),
        pytest.param("The panel met on 23 September.", date(2019, 9, 23), id="day-month"),
        pytest.param("It will meet on 5-6 December.", date(2019, 12, 5), id="day-range"),
        pytest.param("He will travel on 26 and 27 December.", date(2019, 12, 26), id="and-range"),
        pytest.param(
            "A press conference on Wednesday (24 May 2017).",
            date(2017, 5, 24),
            id="weekday-with-date",
        ),
        pytest.param(
            "A meeting on Monday 23 April 2007 in Vienna.",
            date(2007, 4, 23),
            id="weekday-then-date",
        ),
        pytest.param(
            "The report was released on 28 November.", date(2019, 11, 28), id="recent-day"
        ),
        pytest.param(
            "The Board met in Rome this week (2-4/12) to review the budget.",
            date(2019, 12, 2),
            id="numeric-day-range-first-day",
        ),
        pytest.param(
            "The mayor opened a new school (28/11) near the river.",
            date(2019, 11, 28),
            id="numeric-day-month-in-brackets",
        ),
        pytest.param(
            "The minister signed the accord in Quito, Ecuador, Tuesday, officials said.",
            date(2019, 12, 3),
            id="bare-weekday-after-place",
        ),
    ],
)
def test_relative_dates(text, expected):
    mentions = [m for m in find_dates(text, PUBLISHED) if m.value]
    assert mentions[0].value == expected


def test_relative_dates_without_published_stay_unknown():
    (mention,) = find_dates("It was signed yesterday.", None)
    assert mention.value is None and mention.relative


def test_lower_case_may_is_no_month():
    assert find_dates("Members may 5 times a year meet.", PUBLISHED) == []


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("Paid on 12/10/2019 as agreed.", id="full-numeric-date-is-not-a-range"),
        pytest.param("Tuesday, the team rested.", id="weekday-opening-a-sentence"),
    ],
)
def test_no_numeric_range_or_bare_weekday(text):
    values = [m.value for m in find_dates(text, PUBLISHED)]
    assert date(2019, 1, 3) not in values and date(2019, 12, 3) not in values


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "The fund opened on Monday, 18 November.", date(2019, 11, 18), id="comma-then-day"
        ),
        pytest.param(
            "The fund opened on Monday, November 18, 2019.",
            date(2019, 11, 18),
            id="comma-then-us-date",
        ),
        pytest.param(
            "Tuesday’s vote passed the budget.", date(2019, 12, 3), id="possessive-weekday"
        ),
    ],
)
def test_weekday_and_the_written_date_after_it(text, expected):
    values = [m.value for m in find_dates(text, PUBLISHED) if m.value]
    assert values[0] == expected


def test_day_short_month_and_year_joined_by_hyphens():
    assert [m.value for m in find_dates("03-Oct-2019 - The board met.", PUBLISHED)] == [
        date(2019, 10, 3)
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "The envoys, who met on Tuesday, will meet again in May.",
            date(2019, 12, 3),
            id="past-verb-before-the-weekday-beats-a-later-will",
        ),
        pytest.param(
            "The charter, to be signed on Tuesday, will open the fund.",
            date(2019, 12, 10),
            id="to-be-signed-stays-future",
        ),
        pytest.param("The board will meet on Tuesday.", date(2019, 12, 10), id="will-meet"),
    ],
)
def test_weekday_tense(text, expected):
    assert next(m.value for m in find_dates(text, PUBLISHED)) == expected


def test_future_cue_in_the_next_sentence_does_not_move_the_weekday():
    text = "The two bodies signed the grant on Tuesday. The next review is due in May."
    assert next(m.value for m in find_dates(text, PUBLISHED)) == date(2019, 12, 3)
