"""Month and weekday names and the date shapes releases and feeds write."""

from __future__ import annotations

import re

from transforms.rules import any_of, words

MONTHS = {
    "january": 1,
    "jan": 1,
    "february": 2,
    "feb": 2,
    "march": 3,
    "mar": 3,
    "april": 4,
    "apr": 4,
    "may": 5,
    "june": 6,
    "jun": 6,
    "july": 7,
    "jul": 7,
    "august": 8,
    "aug": 8,
    "september": 9,
    "sept": 9,
    "sep": 9,
    "october": 10,
    "oct": 10,
    "november": 11,
    "nov": 11,
    "december": 12,
    "dec": 12,
    # French and German names, for date lines of bilingual releases.
    "janvier": 1,
    "février": 2,
    "fevrier": 2,
    "mars": 3,
    "avril": 4,
    "mai": 5,
    "juin": 6,
    "juillet": 7,
    "août": 8,
    "aout": 8,
    "septembre": 9,
    "octobre": 10,
    "novembre": 11,
    "décembre": 12,
    "decembre": 12,
    "januar": 1,
    "februar": 2,
    "märz": 3,
    "juni": 6,
    "juli": 7,
    "oktober": 10,
    "dezember": 12,
}
WEEKDAYS = {
    "monday": 0,
    "mon": 0,
    "tuesday": 1,
    "tue": 1,
    "tues": 1,
    "wednesday": 2,
    "wed": 2,
    "thursday": 3,
    "thu": 3,
    "thurs": 3,
    "friday": 4,
    "fri": 4,
    "saturday": 5,
    "sat": 5,
    "sunday": 6,
    "sun": 6,
}
# Month names that are everyday words when written in lower case.
AMBIGUOUS_MONTHS = frozenset({"may", "mar", "jan", "sun", "sat", "dec", "aug"})
# Words that place a happening relative to the release date (days added).
RELATIVE_DAYS = {"today": 0, "yesterday": -1, "tomorrow": 1, "tonight": 0}

MONTH = rf"(?P<month>{any_of(MONTHS)})\.?"
DAY = r"(?P<day>[0-3]?\d)(?:st|nd|rd|th)?"
YEAR = r"(?P<year>(?:19|20)\d\d)"
WEEKDAY = rf"(?P<weekday>{any_of(w for w in WEEKDAYS if len(w) > 3)})"
# A second day of a range: '5-6 December', '26 and 27 October', '27 November – 1 December'.
RANGE_DAY = r"(?:\s?(?:-|–|—|and|to)\s?[0-3]?\d(?:st|nd|rd|th)?)?"

# Day-level dates written in words, most specific first.
# ('4th of March 2021' too)
DAY_MONTH_YEAR = re.compile(
    rf"\b{DAY}{RANGE_DAY}\s(?:of\s)?{MONTH}(?:,?\s{{1,2}}{YEAR})?\b", re.IGNORECASE
)
MONTH_DAY_YEAR = re.compile(rf"\b{MONTH}\s{DAY}(?:{RANGE_DAY})?(?:,?\s{YEAR})?\b", re.IGNORECASE)
# Numeric dates: 05.12.2019, 6.12.2019, 24/10/2025, 2013/6/28, 2019-12-05.
NUMERIC_DMY = re.compile(r"\b(?P<a>[0-3]?\d)[./](?P<b>[01]?\d)[./](?P<year>(?:19|20)\d\d)\b")
NUMERIC_YMD = re.compile(r"\b(?P<year>(?:19|20)\d\d)[-/.](?P<b>[01]?\d)[-/.](?P<a>[0-3]?\d)\b")
# 'on Monday', 'on Thursday (24 May)', 'held on Tuesday'.
ON_WEEKDAY = re.compile(rf"\b(?:on|last|this|next)\s{WEEKDAY}\b", re.IGNORECASE)
# 'Tuesday’s meeting': a weekday owning the happening.
POSSESSIVE_WEEKDAY = re.compile(rf"\b{WEEKDAY}(?=[’']s\s)", re.IGNORECASE)
# A written date right after a weekday, which then decides: 'on Monday 23 April', 'on
# Wednesday (24 May 2017)', 'on Tuesday, 21 February 2012', 'on Tuesday, February 21'.
DATE_AFTER_WEEKDAY = re.compile(rf"\s?,?\s?\(?\s?(?:[0-3]?\d\b|{MONTH}\s[0-3]?\d\b)", re.IGNORECASE)
# News style 'signed in Astana, Kazakhstan, Tuesday, according to ...': a bare weekday
# set off by commas after the place.
BARE_WEEKDAY = re.compile(rf"(?<=,\s){WEEKDAY}(?=[,.;])", re.IGNORECASE)
# News style 'held discussions Thursday in Brazzaville', 'signed the accord Tuesday': a weekday
# written in full and capitalised right after a word in lower case ('Good Friday' is none).
NEWS_WEEKDAY = re.compile(
    rf"\b(?P<before>[a-z]+)\s(?P<weekday>{'|'.join(w.title() for w in WEEKDAYS if len(w) > 4)})\b"
    r"(?![’'-]|\s(?:and|or|to|through|until)\b)"
)
# Words before such a weekday that make it a span or a habit, not a day: 'every Monday',
# 'from Monday', 'until Friday', 'Monday and Tuesday'.
NOT_NEWS_WEEKDAY_BEFORE = words(
    "every each until till through since from to and or by before after between during"
)
# A day range with a numeric month and no year: 'this week (27-30/11)'; the first day counts.
NUMERIC_DAY_RANGE = re.compile(
    r"(?<![\d/.])(?P<a>[0-3]?\d)\s?[-–]\s?[0-3]?\d/(?P<b>[01]?\d)(?![\d/.]|\.\d)"
)
# A single day with a numeric month in brackets, no year: 'inaugurated a centre (30/01)'.
NUMERIC_DAY_IN_BRACKETS = re.compile(r"(?<=\()(?P<a>[0-3]?\d)/(?P<b>[01]?\d)(?=\))")
RELATIVE = re.compile(rf"\b(?P<rel>{any_of(RELATIVE_DAYS)})(?:’s|'s)?\b", re.IGNORECASE)
# A written day and month set off right after 'today' or 'yesterday', which then decides:
# 'Today, 28 February 2018, the two sides signed', 'yesterday (Monday 3 May)'. A bare number
# is no date here ('today, 20 countries signed').
DATE_AFTER_RELATIVE = re.compile(
    rf"\s?,?\s?\(?\s?(?:(?:{any_of(WEEKDAYS)}),?\s)?"
    rf"(?:[0-3]?\d(?:st|nd|rd|th)?\s(?:of\s)?(?:{any_of(MONTHS)})|(?:{any_of(MONTHS)})\.?\s[0-3]?\d)\b",
    re.IGNORECASE,
)
# A verb in the past right before a date ('met on Monday', 'released on Tuesday'): the date
# is past whatever the rest of the sentence says ('… who met on Monday, will meet again'),
# unless 'be' makes it passive and maybe future ('to be signed on Monday').
PAST_VERB_BEFORE = re.compile(
    r"(?<!be\s)(?<!been\s)\b(?:[a-z]{2,}ed|met|held|took|signed|said|told|spoke|began|gave|made|won|sent|went|came|"
    r"left|saw|brought|set|put|hit|chose|wrote|drove|rose|fell|led|paid|sold|struck)\s+$"
)
# Words that make a sentence speak of the future ('will hold', 'is to attend').
# How far after a date a future cue may stand (within its sentence).
FUTURE_LOOKAHEAD = 40
FUTURE = re.compile(r"\b(?:will|shall|is to|are to|to be held|scheduled|upcoming|next)\b")
# Input dates: an ISO date opening the value ('2019-12-05T10:00'), and the clock time of an
# RFC 822 date ('Thu, 05 Dec 2019 10:00:00 +0100') that sends a value to the e-mail parser.
ISO_PREFIX = re.compile(r"^\s*(\d{4})-(\d{2})-(\d{2})")
RFC822_TIME = re.compile(r"\d\d:\d\d(:\d\d)?\s*(?:[+-]\d{4}|GMT|UTC|[A-Z]{3})")
# A day, a month's short name and a year joined by hyphens: '03-Oct-2019'.
DAY_MON_YEAR_HYPHENS = re.compile(rf"\b(?P<day>[0-3]?\d)-{MONTH}-{YEAR}\b", re.IGNORECASE)
