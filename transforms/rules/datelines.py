"""The shapes of the place line that opens a release body.

BRATISLAVA, Slovakia –            VIENNA, 5 December 2019 –       WARSAW/VIENNA, 31 October 2022 –
Strasbourg, 01.08.2014 -          LYON (France) –                 THE HAGUE, Netherlands—14 November 2023—
TUNIS, Sept 18 (KUNA) --          VIENNA, 7 November (UN Information Service) --
New Delhi: The ...                Kamensk-Shakhtinskiy, Russian Federation. The ...   Kathmandu, July 21:  (a line of its own)
The Hague, the Netherlands        (a line of its own under the date line)
"""

from __future__ import annotations

import re

from transforms.rules import any_of, words
from transforms.rules.dates import MONTHS
from transforms.rules.text import ARTICLE_PREFIX, DASHES, HYPHENS

# The head (place, country, date) ends at the first dash: a hyphen needs a space before it
# or after it ('Geneva- The …', '18 April 2020- We …'), an en or em dash may stand tight
# ('Netherlands—14 November 2023—').
# After an agency's closing bracket a hyphen may stand tight too: 'London, Dec. 6 (Agency)-The …',
# or after a full stop, as EFE writes it: 'Lima, May 3 (EFE).- The …'.
# A double hyphen stands for a dash, tight or not, as newswires write it: 'OSLO--(Harbour Wire)--',
# 'Oslo--Mar 3--Harbour Wire' (never read as part of the city's name).
DASH_END = re.compile(
    rf"^(?P<head>[^\n]{{2,120}}?)(?:\s+(?:--|[{HYPHENS}{DASHES}])|\s*[{DASHES}]|--"
    rf"|[{HYPHENS}](?=[ \t\u00a0])|(?<=\))\.?[{HYPHENS}])[ \t\u00a0]*"
)
# A date first, then the place in brackets, then a colon or a dash: 'Wednesday, 5 May 2021
# (Secretariat, Borough, Greater Accra): The …'; the last city of the brackets is the place.
DATE_THEN_PLACE = re.compile(
    rf"^(?P<date>[^()\n]{{6,40}}?)\s*\((?P<place>[^()\n]{{2,80}})\)\s*(?::|--|[{DASHES}]|"
    rf"[{HYPHENS}](?=\s))[ \t\u00a0]*"
)
# A whole dateline in brackets, then a colon or a dash, alone on its line, or with the first
# sentence right after it: '(New York/Geneva, 4 March 2021) –', '(Geneva, 4 March 2021)' above
# the first paragraph, '(Oslo, 4 March 2021) The …'; square brackets are read as round ones.
BRACKETED_HEAD = re.compile(
    rf"^\((?P<head>[^()\n]{{2,80}})\)(?:\s*(?::|--|[{DASHES}]|[{HYPHENS}](?=\s))[ \t\u00a0]*"
    rf"|[ \t\u00a0]*$|[ \t\u00a0]+(?=[A-Z“\"‘]))"
)
# A whole head in square brackets opening a line, read as one in round brackets.
SQUARE_BRACKETED_HEAD = re.compile(r"^\[(?P<head>[^\[\]()\n]{2,80})\]")
# A headquarters named before its city: 'UNITED NATIONS, New York, 4 March 2021 –' (also as
# mistyped without its last letter: 'UNITED NATION, New York').
HEADQUARTERS_PART = re.compile(r"^(?:United Nations?|UN Headquarters)$", re.IGNORECASE)
# Words before a city that name the area around it: 'Greater Accra' is read as Accra.
CITY_AREA_PREFIX = re.compile(r"^(?:Greater|Metro|Metropolitan)\s")
# The head ends at an agency in brackets, with no dash after it: 'GENEVA, October 2 (UNHCR) UN …',
# 'MOSCOW (Tarvia News / Agency - 18th September, 2019) The …' (the date inside the brackets).
AGENCY_END = re.compile(
    r"^(?P<head>[^\n()]{2,60}\((?P<agency>[^()\n]{2,60})\))[ \t\u00a0]+(?=[A-Z])"
)
# A news agency's tag written after the city without brackets: 'Addis Ababa, SPA:'.
AGENCY_ACRONYM = re.compile(r"^[A-Z]{2,6}$")
# A head ends at a full stop, a colon or a semicolon; the full stop of a month's abbreviation
# or between the numbers of a date is part of the date: 'Oslo, Oct. 9, 2025:', 'Oslo, 09.10.2025:'.
# (Runs of plain characters, never given back, with such a full stop between them: the engine
# scans the runs at full speed; the head's length is checked in the code: MAX_HEAD.)
MONTH_ABBREVIATION_STOP = "|".join(
    rf"(?<=\b(?i:{any_of(name for name in MONTHS if len(name) == width)}))\.(?=[ \t]\d)"
    for width in (3, 4)
)
HEAD = rf"(?P<head>[^\n.:;]++(?:(?:(?<=\d)\.(?=\d)|{MONTH_ABBREVIATION_STOP})[^\n.:;]*+)*)"
COLON_END = re.compile(rf"^{HEAD}:[ \t\u00a0]+(?=\S)")
# A place and date on a line of their own, ended by a colon: 'Kathmandu, July 21:'.
COLON_LINE = re.compile(rf"^{HEAD}:[ \t\u00a0]*$")
PERIOD_END = re.compile(rf"^{HEAD}\.[ \t\u00a0]+(?=[A-Z0-9])")
WHOLE_LINE = re.compile(rf"^{HEAD}$")
# How long such a head may be (a head ended by a full stop may run longer).
MIN_HEAD = 2
MAX_HEAD = 60
MAX_PERIOD_HEAD = 80
# A place and date on a line of their own with the hour after them, and maybe the room: a
# speech's header ('Oslo, 5 May 2022, 11.00, Harbour Hall', 'Oslo, 5 May 2022, 10:30 a.m.'), a
# news service's line ('Oslo, Sep 15 2006 7:00PM').
PLACE_DATE_TIME_LINE = re.compile(
    r"^(?P<head>[^\n:;]{2,60}?)(?:,[ \t]*|[ \t]+)\d{1,2}[.:h]\d{2}"
    r"(?:[ \t]*(?:[ap]\.m\.|[AaPp][Mm]|hrs|GMT|UTC))?(?![\w.])(?:,[ \t]*[^\n,.;:]{2,60})?[ \t]*$"
)
# A date written right after the first dash, closed by a second: '—14 November 2023—'.
DATE_THEN_DASH = re.compile(rf"(?P<date>[^\n{DASHES}]{{4,30}}?)\s*(?:--|[{DASHES}])[ \t\u00a0]*")
# Brackets in the head: a country '(France)' or an agency '(KUNA)', '(UN Information Service)';
# a wire may set the country in square brackets: 'Oslo [Norway], May 3 (Agency):'.
PAREN = re.compile(r"\((?P<inner>[^()\n]{1,60})\)|\[(?P<square>[^\[\]\n]{1,40})\]")
# A city as datelines write it: capitalised words, 'THE HAGUE', 'Kamensk-Shakhtinskiy', with
# the lower-case particles of names ('Dar es Salaam', 'Port of Spain', 'al-Hasakah').
CITY_PARTICLES = words("""de del la las los le les du des da das do dos di el al es ed of upon sur
    am an der y""")
CITY_WORD = rf"{ARTICLE_PREFIX}[A-ZÀ-ÖØ-ÞĀ-Ž][\w’'.\-]{{0,30}}"
CITY_SHAPE = re.compile(
    rf"^{CITY_WORD}(?:\s(?:(?:{any_of(CITY_PARTICLES)})\s){{0,2}}{CITY_WORD}){{0,3}}$"
)
# What joins the last two cities of a head: 'Geneva and New York –', 'Dakar & Abuja –' (capitals
# after it are that city, no dateline joined to a headline: 'BRUSSELS and UNITED NATIONS, …').
CITY_JOINER = re.compile(r"\s(?:and|AND|&)\s")
# A part of the head that names a region, not a country: 'Donetsk Oblast'.
REGION_SHAPE = re.compile(
    r"^[A-Z][\w’'\-]+(?:\s[A-Z][\w’'\-]+)?\s(?:Oblast|Region|Province|Governorate|District|"
    r"County|State|Prefecture|Canton)$"
)
# A publisher's tag before the dateline: '(MENAFN- Kuwait News Agency (KUNA)) LONDON, …'.
PUBLISHER_PREFIX = re.compile(r"^\((?:[^()\n]|\([^()\n]{0,40}\)){1,100}\)[ \t\u00a0]+(?=[A-Z])")
# An agency tag in slashes after the head: 'VIENNA, October 26. /TASS/. Secretary …',
# read as the bracketed '(TASS)' the other shapes know. It stands apart (after a full stop or
# a space, nothing glued after it): 'ROME/NAIROBI/DAKAR' lists cities, it tags no agency. The
# white space before it keeps the bracketed tag as long as what it replaces.
SLASH_AGENCY = re.compile(
    r"(?:\.[ \t\u00a0]*|[ \t\u00a0]+)/(?P<agency>[A-Z][A-Za-z-]{1,15})/(?![\w/])\.?"
)
# An agency tag in slashes glued to the date, as wire services write it: 'ABIDJAN, Côte
# d'Ivoire, 3 May 2025/African Development Bank (AfDB)/ -- The …', '…, May 3, 2025/APO Group/ --'.
DATE_SLASH_AGENCY = re.compile(
    rf"(?<=\d)/(?P<agency>[A-Z][^/\n]{{1,60}}?)/(?=[ \t\u00a0]*(?:--|[{HYPHENS}{DASHES}]))"
)
# A hyphen between two cities of a head ('Brussels-New York, 3 May 2004 –').
HYPHEN_JOIN = re.compile(r"-(?=[A-ZÀ-ÖØ-ÞĀ-Ž])")
# A colon or a dash inside a bracketed dateline parts the place from the date.
BRACKET_HEAD_BREAK = re.compile(rf"\s*(?::|[{DASHES}]|\s-)\s*")
# A line that ends on a dash: a dateline whose body starts on the next line, no address.
LINE_ENDS_ON_DASH = re.compile(rf"(?:--|[{DASHES}])[ \t\u00a0]*$")
# Where one city-and-country pair of a head ends and the next begins: 'ABIDJAN, Côte
# d'Ivoire / BERNE, Switzerland', 'BRUSSELS, Belgium & NEW YORK, USA'.
PAIR_JOIN = re.compile(r"[ \t]*(?:/|[ \t]&[ \t]|[ \t](?:and|AND)[ \t])[ \t]*(?=[A-ZÀ-ÖØ-ÞĀ-Ž])")
# A date glued to the city before it: 'ROME/NAIROBI/DAKAR12 March 2021 –' (a space goes in).
LETTER_THEN_DIGIT = re.compile(r"(?<=[^\W\d_])(?=\d)")
# Brackets a date stood in, left empty once the date is taken out.
EMPTY_BRACKETS = re.compile(r"\([ \t,]*\)")
# A district written as initials after the city: 'WASHINGTON, D.C.,'.
INITIALS_REGION = re.compile(r"^(?:[A-Z]\.){2,3}$")
# A dateline in capitals glued to what stands before it on the line (a photo caption, a
# document code): '… 17 June 2024LUXEMBOURG, 18 June 2024 –', '(Reissued.)VIENNA, 18 March'.
GLUED_CAPS_CITY = re.compile(
    r"(?<=[a-z\d.)\]])(?=[A-Z][A-Z’'\-]{2,}(?:\s[A-Z][A-Z’'\-]+){0,3}\s?[,/(])"
    # or in title case right after a digit or a bracket: '… 17 June 2024Accra, 18 June 2024 –'
    r"|(?<=[\d)\]])(?=[A-Z][a-zà-ÿ’'\-]{2,}(?:\s[A-Z][a-zà-ÿ’'\-]+){0,3}\s?[,/(])"
)
# A dateline in capitals after a space, on the line of the headline it was joined to:
# 'Schools reopen in the north NAIROBI, 3 May 2021 – The …' (taken only with a date); never
# the second word of a name in capitals ('NEW YORK').
INLINE_CAPS_CITY = re.compile(
    r"(?<=\s)(?<![A-Z][ \t])(?=[A-Z][A-Z’'\-]{2,}(?:[\s/][A-Z][A-Z’'\-]+){0,3}\s?[,(])"
)
# A whole dateline in brackets after a headline run into it on one line: '… TO HELP 45 MILLION
# PEOPLE (New York: 18 November 2003): The …' (taken only with its date, like the others).
INLINE_BRACKETED_HEAD = re.compile(rf"(?<=\s)(?=\([A-Z][^()\n]{{2,80}}\)\s*(?::|--|[{DASHES}]))")
# Words that lead into a place in running text: capitals after them are no joined dateline.
PLACE_LEAD_WORDS = words("in at of from to the for near into via across")
# How far into its line such a joined dateline may start.
MAX_INLINE_AT = 200
# Where a dateline may stand: among the first lines of the body. Lines this short (the labels
# and values of a page's metadata block: 'Source', 'Posted', '15 Jan 2025') are not counted.
MAX_LINES = 15
MAX_OFFSET = 1500
SHORT_HEADER_LINE = 24
# A head may list this many cities with commas: 'Dakar, Ndjamena, Abuja —'.
MAX_LISTED_CITIES = 5
# Lower-case words of a city name when it is written in capitals ('THE HAGUE' -> 'The Hague').
LOWER_IN_NAMES = CITY_PARTICLES | {"on", "and"}
# Words that mark a head as a header label, never part of a town's name: a town the gazetteer
# lacks is taken on the word of the country after it only without them
# ('PRESS RELEASE Nairobi, Kenya' is no town 'Press Release Nairobi').
NOT_TOWN_WORDS = words("""press release releases news statement statements media advisory update
    photo photos video communique communiqué bulletin briefing note headline story feature""")
# A town the gazetteer lacks is taken on the country's word when it has at most this many words.
MAX_UNKNOWN_TOWN_WORDS = 3
# A line of a postal or contact address: a place line next to one is the organisation's
# address, not a dateline ('Via Roma 12' / 'Geneva, Switzerland' / 'Tel: +41 …').
ADDRESS_LINE = re.compile(
    r"\b(?:Tel|Tél|Phone|Telephone|Fax|E-?mail|P\.?\s?O\.?\s?Box|Postfach|Case postale|"
    r"Casilla|Apartado)\b|@|\bwww\.|https?://|"
    # a postal code beside a town ('1211 Geneva', 'Geneva 1211', 'NY 10017'), not a '/2021/' code
    r"(?<![/\d])\b\d{4,6}\s[A-Z][a-zà-ÿ]+|\b[A-Z][a-zà-ÿ]+\s\d{4,6}\b(?![/.\d])|"
    r"\b[A-Z]{2}\s\d{5}\b|"
    r"\b\d{1,4}\s(?:[A-Z][\w'’-]{1,40}\s){1,3}(?:Street|St\.?|Avenue|Ave\.?|Road|Rd\.?|Boulevard|"
    r"Blvd\.?|Plaza|Square|Lane|Drive|Place)\b|"
    r"\b(?:Rue|Via|Viale|Avenida|Avenue|Calle|Route|Chemin|Strasse|Straße|Jalan)\s(?:de\s|du\s)?[A-Z0-9]"
)
# A place line standing after a paragraph of this many characters (with a sentence break in
# it) is a contact block, not a dateline: a dateline comes before the prose.
PROSE_MIN_CHARS = 200
SENTENCE_BREAK = re.compile(r"[a-z)][.!?][\"”’]?\s+[A-Z“\"]")
# A place line of a city and its region or country beside a date line ('Washington, D.C.') is at
# most this long.
MAX_PLACE_LINE = 60
# A statement may close on its place and date instead ('… for all of us.\n\nGeneva, 5 May
# 2021'): the last line is looked at when none stands at the top, or the last one before the
# trailer lines a page prints after a release (contacts, an end mark), at most this many.
CLOSING_LINES = 1
MAX_TRAILER_LINES = 4
# A trailer line after a release: whom to ask, an end mark ('***', 'ENDS', '-30-', '###'), or a
# line of a contact's address (ADDRESS_LINE).
TRAILER_LINE = re.compile(
    r"^\s*(?:(?:for\s(?:more|further)\sinformation|media\scontacts?|press\scontacts?|contacts?"
    r"|notes?\sto\seditors?)\b.*|[*#=_~\s-]{3,}|ends|end|-30-)\s*$",
    re.IGNORECASE,
)
# A line with a place, a date and labels set off by bars is at most this long.
MAX_PIPED_LINE = 120
# A dateline whose dash the page lost: the place, then a sentence opening with an acronym or
# a word that opens sentences ('Nouakchott WFP appeals …', 'Jeddah, Saudi Arabia A Saudi …').
SENTENCE_OPENING_WORDS = words("""The A An This These Those Some Many More Most Over Nearly Almost
    About Around With In On At After Before As Following Despite Amid During Since Today Yesterday
    Two Three Four Five Six Seven Eight Nine Ten Hundreds Thousands Millions Heavy New Senior""")
# (never one that ends on a slash or an ampersand: the list of cities goes on,
# 'OSLO / UNITED NATIONS, New York').
UNMARKED_HEAD = re.compile(
    r"^[A-ZÀ-ÖØ-ÞĀ-Ž][^\n,.;:()]{1,40}(?:,\s[A-Z0-9][^\n,.;:()]{1,30}){0,2}(?<![/&])$"
)
# (a number may follow a word that opens sentences: 'Ljubljana Over 100,000 children …').
UNMARKED_NEXT = re.compile(
    rf"\s(?=(?:{any_of(SENTENCE_OPENING_WORDS)})\s[A-Za-z0-9]|[A-Z]{{2,8}}\s[A-Za-z])"
)
# How far into the line such a head may end.
UNMARKED_MAX = 70
