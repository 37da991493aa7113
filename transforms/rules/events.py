"""Kinds of happenings a release reports, and the cues that place one."""

from __future__ import annotations

import re
from typing import get_args

from transforms.records import EventType
from transforms.rules import any_of

# The event types recorded, most specific first (the vocabulary is transforms.records.EventType).
EVENT_TYPES: tuple[EventType, ...] = get_args(EventType)
EVENT_TYPE = re.compile(rf"\b(?:{any_of(EVENT_TYPES)})s?\b", re.IGNORECASE)
# 'took place in', 'was held in', 'hosted in': the sentence that says where it happened.
VENUE_CUE = re.compile(
    r"\b(?:took place|was held|were held|is held|hosted|held|ceremony in|ceremonies in"
    r"|(?:launched|signed|opened|inaugurated) (?:at|in)"
    r"|(?:signing|meeting|talks|ceremony|conference|session|summit) (?:at|in))\b"
)
# The head nouns of a named venue: 'Marlborough House', 'the Foreign Affairs Ministry', 'the
# Cairns Convention Centre'.
VENUE_HEADS = (
    "Headquarters",
    "headquarters",
    "Palace",
    "Hall",
    "House",
    "Building",
    "Centre",
    "Center",
    "Hotel",
    "Ministry",
    "Secretariat",
)
# A named venue: capitalised words ending with a venue head ('Marlborough House').
VENUE = rf"(?:[A-Z][\w’'.-]*\s){{1,4}}(?:{any_of(VENUE_HEADS)})\b"
# A named venue where a happening was held, in a sentence naming no city: 'a ceremony held
# on Friday at the UN Headquarters'.
VENUE_NAME = re.compile(
    r"\b(?:held|took place|signed|signing|ceremony|meeting)\b[^.\n]{0,60}?\bat\s(?:the\s)?"
    rf"(?P<venue>{VENUE})"
)
# A named venue right after a venue cue ('… took place at the Foreign Affairs Ministry').
VENUE_AFTER_CUE = re.compile(rf"^\s(?:the\s)?(?P<venue>{VENUE})")
# The town such a venue stands in, right after it: '… at the UN House in Mishref'.
VENUE_TOWN = re.compile(r"\sin\s(?P<town>[A-Z][\w’'-]{2,30}(?:\s[A-Z][\w’'-]{2,30})?)(?![\w’'-])")
# A date that belongs to what the media carried, not to the happening reported: 'concerned
# by reports published in the media yesterday' (a body's own 'report published today' is
# the happening).
CITED_DATE_BEFORE = re.compile(
    r"\b(?:reports?|articles?|stories|allegations?|posts?)\s(?:published|issued|released|aired|"
    r"carried|posted|made)\s(?:in|by|on)\s(?:the\s)?(?:social\s)?(?:media|press|news|"
    r"newspapers?)\b[^.\n]{0,20}$",
    re.IGNORECASE,
)
# A date that bounds a period rather than dating a happening: 'effective from 1 January',
# 'valid until 30 June', 'for four years starting from 1 January 2025'.
PERIOD_BOUND_BEFORE = re.compile(
    r"\b(?:effective|starting|beginning|commencing|valid|running|with effect|as)\s(?:from|on|of|"
    r"until|till|through)\s(?:the\s)?$|\b(?:until|till|through|no later than)\s(?:the\s)?$",
    re.IGNORECASE,
)
# A date this many days or more before the release recalls history ('the first anniversary
# of the signing on 2 November 2022', 'endorsed by the Council on 9 November 2022'): it does
# not date the happening reported.
HISTORY_MIN_DAYS = 300
# A lead that dates its happening only vaguely ('signed in Nairobi last week', 'earlier this
# month'): no day is given, so none is taken from the dateline or the published date.
VAGUE_PAST = re.compile(
    r"\b(?:last|past)\s(?:week|weekend|month)\b|\bearlier\s(?:this|last)\s(?:week|month|year)\b"
    r"|\bin\srecent\s(?:days|weeks|months)\b",
    re.IGNORECASE,
)
# A clause that dates something else: 'the meeting which concluded last week', 'after talks
# last month' (the vague time is that of the clause, not of the lead's happening).
OTHER_CLAUSE = re.compile(r"\b(?:which|that|who|after|following|since)\b", re.IGNORECASE)
# The lead reports a thing done just now, with no date: 'has just issued its 2010 Report'.
# A later date in the text is then some other happening; the release's date is the event's.
JUST_DONE = re.compile(r"\b(?:has|have)\sjust\s[a-z]+(?:ed|en|t)\b")
JUST_DONE_WINDOW = 400
# Cities named in a list ('in Nairobi, Abuja and Algiers') are where something else happens,
# not the venue: what stands between two cities of one list.
CITY_LIST_JOINER = re.compile(r"^(?:,\s|\sand\s|\sor\s|,\sand\s)$")
# A daily report covers the day before it is issued ('Daily Report 221/2020 issued on 16
# September 2020' reports on 15 September): the lag, in days, from the release date.
PERIODIC_REPORT = re.compile(r"\bdaily (?:report|update)\b", re.IGNORECASE)
PERIODIC_REPORT_LAG_DAYS = 1
# 'in Pijnacker-Nootdorp near The Hague': the first place is the one meant.
NEAR = re.compile(
    r"\b(?:in|at)\s(?P<place>[A-ZÀ-ÖØ-ÞĀ-Ž][\w’'\-]{1,40}(?:\s[A-ZÀ-ÖØ-ÞĀ-Ž][\w’'\-]{1,40})?)\snear\b"
)
# Words that open a header line carrying the release date: 'Published on 07 Aug 2019'.
HEADER_DATE_LABELS = ("published", "issued", "posted")
# What may follow the date on a header line: '14.01.2016 - Press release', '4 May 2021 | News'.
HEADER_DATE_SEPARATORS = frozenset("-–—|")
# What may wrap a date on a line of its own: spaces, commas, dashes, bars, brackets, colons.
HEADER_DATE_PUNCTUATION = " \t,.-–—|()[]:"
# The name of a happening in quotes after its kind: 'a side event on “Border Safety”',
# 'a seminar entitled "Water for All"'.
EVENT_NAME = re.compile(r"^\s(?:on\s|entitled\s[^“\"\n]{0,10}?)[“\"](?P<name>[^”\"\n]{1,110})[”\"]")
# A line break inside a sentence (the next line goes on in lower case): prose, not a header.
HARD_WRAP = re.compile(r"\n[ \t]*[a-z]")
# How far into the body a date line at the top may stand to anchor relative dates.
HEADER_DAY_WINDOW = 400
# How many characters of a line-opening date make it a date line rather than prose.
HEADER_LINE_MAX = 80

# Where a visit goes, in the headline or the lead: 'paid a working visit to Luxembourg',
# 'travels to Qatar', 'visited Qatar on Sunday', 'concluded a review mission to Ghana' (a
# mission someone went on, not a standing one: 'the Monitoring Mission in Ukraine'). The place
# is tried from its longest run.
VISIT_PLACE = re.compile(
    r"\b(?:visit(?:s|ed|ing)?|trip|travel(?:s|led|ling)?|arriv(?:es|ed)|(?:concluded|completed|"
    r"ended|undertook|conducted)\s(?:a|an|its|the|their)\s(?:[a-z-]+\s){0,3}mission)\s(?:to\s|in\s)?"
    r"(?:the\s)?(?P<place>[A-Z][\w’'-]{1,30}(?:\s[A-Z][\w’'-]{1,30}){0,2})"
)
# How much of the body after the dateline is the lead that a visit is looked for in.
LEAD_WINDOW = 600
# Cities where international organisations sit and issue releases from: in a dateline of
# several cities ('Geneva/Washington (ICRC)') the other city is where things happened.
ORGANISATION_SEATS = frozenset(
    {"Geneva", "Vienna", "New York City", "Brussels", "The Hague", "Lyon", "Strasbourg", "Warsaw"}
)
# A country right after a venue cue: 'the foreign ministers' meeting in Malta'.
VENUE_COUNTRY = re.compile(
    r"\s(?:the\s)?(?P<place>[A-Z][\w’'-]{1,30}(?:\s[A-Z][\w’'-]{1,30}){0,2})"
)
# A sentence of the lead saying where the happening was: 'The meeting took place in Tallinn'.
PAST_VENUE_CUE = re.compile(
    r"\b(?:took place|was held|were held|held|was hosted|convened|gathered|met|was signed|were signed|"
    r"signed|was adopted|was launched|opened|(?:signing\s)?ceremony|summits?|conferences?|"
    r"meetings?|sessions?|forum|talks|discussions?|negotiations|consultations|lunch|dinner|"
    r"reception|events?|gathering)\s(?:in|at)\b|\bvisit\sto\b",
    re.IGNORECASE,
)
# A lead that reports a statement: a body's reaction, issued where the dateline says.
STATEMENT_LEAD = re.compile(
    r"\b(?:(?:said|says|stated)\sin\sa\s(?:written\s)?statement|issued\sa\sstatement|"
    r"(?:welcomes|condemns|deplores|regrets)\s(?:the|today|\w+['’]s?)\b)"
)
# After a venue cue, the venue and the place it is in: '[took place at] the Ministry of Planning
# in Lusaka', '[Meeting at] the bank's headquarters in Luxembourg' (no clause break between).
VENUE_THEN_IN = re.compile(r"^\s(?:the\s)?[^,.;:\n]{0,60}?\bin\s(?=[A-Z])")
# How far after the cue (or after the venue's 'in') a place may stand: right after it.
VENUE_PLACE_GAP = 5
# Words before the cue that put it in the future: 'the meeting to be held', 'will be held'.
FUTURE_VENUE = re.compile(r"\b(?:will|shall|to be|is to|are to|next|upcoming)\b")
# How many paragraphs of the body make its lead; how far after the cue the city may stand.
LEAD_PARAGRAPHS = 4
VENUE_GAP = 40
# In the dated sentence, a city right after 'in' or 'at' is where the happening was; one after
# 'from' is where someone came from ('Delegates from Geneva met in Arusha').
VENUE_BEFORE = re.compile(r"\b(?:in|at)\s(?:the\s(?:city|town|capital)(?:\sof)?\s)?$")
ORIGIN_BEFORE = re.compile(r"\bfrom\s$")
# A city that only qualifies a noun after 'the' ('the Kampala talks', 'the Accra office')
# names another happening or a seat, not where this one was.
ATTRIBUTIVE_BEFORE = re.compile(r"\b[Tt]he\s$")
ATTRIBUTIVE_AFTER = re.compile(r"\s[a-z]")
# The rank of a city named as an origin or a qualifier: last, never taken over the dateline.
ORIGIN_RANK = 2
VENUE_LOOKBACK = 24
# A written date more than this many days after the release's own day, in a sentence that
# speaks of what is to come, is a plan ('who retires on 1 July', 'will meet in Kampala on
# 2 March'), never the happening the release reports.
FUTURE_SLACK_DAYS = 2
FUTURE_DATE_CUE = re.compile(
    r"\b(?:will|shall|to be|is to|are to|next|upcoming|scheduled|planned|expected|due"
    r"|retires?|leaves?|ends?|expires?|until)\b"
)
