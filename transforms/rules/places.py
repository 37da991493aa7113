"""What counts as a place name in running text, and what only looks like one."""

from __future__ import annotations

import re

from transforms.rules import any_of, words

# A capitalised run that may name a place: 'The Hague', 'Kuala Lumpur', 'Bosnia and Herzegovina',
# 'Pijnacker-Nootdorp', 'KAMENSK-SHAKHTINSKIY'. Each token bounded; the run at most six tokens.
PLACE_TOKEN = r"[A-ZÀ-ÖØ-ÞĀ-Ž][\w’'\-]{0,40}"
PLACE_RUN = re.compile(
    rf"(?<![\w’'\-]){PLACE_TOKEN}(?:\s(?:(?:and|of|on|upon|de|del|la|el|am|an der)\s)?{PLACE_TOKEN}){{0,5}}"
)
# Where a capitalised run that names no place as a whole is cut into parts:
# 'Bosnia and Herzegovina' stays whole, 'Tbilisi on Monday' gives 'Tbilisi'.
RUN_SPLIT = re.compile(r"\s(?:and|on|upon)\s")
# What stands right before such a run when it says where something is: 'in Dhaka’s …'.
IN_OR_AT_BEFORE = re.compile(r"\b(?:in|at)\s$")
# A country written right after a town, set off by a comma ('Alofi, Niue'): up to three words.
COUNTRY_AFTER = re.compile(r",\s(?P<country>(?:the\s)?[A-Z][\w’'-]+(?:\s[A-Z][\w’'-]+){0,2})")
# A district or state code written after a city ('Washington DC'): the city is the place.
CITY_CODE_SUFFIX = re.compile(r"\s(?:[A-Z]\.?){2,3}$")
# The same code right after a name: it marks the name as a place ('Washington DC said' is not
# a person).
CITY_CODE_AFTER = re.compile(r"\s(?:[A-Z]\.?){2,3}(?![\w’'\-])")
# The article a place name may carry in running text ('the Netherlands', 'The Gambia'): one
# definition for every look-up that strips it.
LEADING_THE = re.compile(r"^(?:the|The|THE)\s+")
# Words that wrap a place without being part of it ('Donetsk Oblast', 'Republic of Moldova').
PLACE_PREFIXES = re.compile(
    r"^(?:the\s|The\s)?(?:(?:Republic|Kingdom|State|Government|Federation|City|Region|Province|"
    r"Principality|Sultanate|Emirate|Municipality|Capital)\sof\s(?:the\s)?)?",
)
# Words that make a written place a region around a city ('Province of Quebec', 'Region of
# Kayes', 'Kayes Region'): where the happening was is the city, not the region.
# The nouns of a country's divisions written after a name ('Donetsk Oblast', 'Kayes Region'),
# and those also written before it with 'of' ('Province of Quebec', 'State of Lagos').
REGION_NOUNS = (
    "Oblast",
    "Region",
    "Province",
    "Governorate",
    "District",
    "County",
    "Prefecture",
    "Raion",
    "Krai",
    "Canton",
    "Department",
)
REGION_NOUNS_BEFORE_OF = ("State", "Region", "Province", "Governorate", "Prefecture", "Department")
# A written place that is a region around a city: where the happening was is the city.
REGION_WORDS = re.compile(
    rf"^(?:the\s)?(?:{any_of(REGION_NOUNS_BEFORE_OF)})\sof\s|\s(?:{any_of(REGION_NOUNS)})$",
    re.IGNORECASE,
)
PLACE_SUFFIXES = re.compile(
    rf"\s(?:{any_of([*REGION_NOUNS, 'City', 'Municipality'])})$", re.IGNORECASE
)
# A part of a country named by its direction: 'Northern Uganda', 'South-East Asia' is none.
REGION_DIRECTION = re.compile(
    r"^(?:North|South|East|West|Central|Northern|Southern|Eastern|Western|North-?East(?:ern)?|"
    r"North-?West(?:ern)?|South-?East(?:ern)?|South-?West(?:ern)?)\s(?P<country>[A-Z][\w\s'’-]{2,40})$"
)
# Place names that are also everyday or institutional words; never taken from running text.
AMBIGUOUS_PLACE_WORDS = words("""Mission Police Union Of Split Nice Mobile Reading Bath Best Hope Liberty Independence
    Victoria Florence Charlotte Elizabeth Austin Jordan Chad Georgia Marshall Wake Bar Center
    Centre Council Summit Page Grand Justice Republic Progress Unity Concord Providence Phoenix
    Eagle Mercedes Lincoln Washington Jackson Madison Troy Orange Sale Dover Deal Bolton Reform
    Normal March Mar Sun Batman Man Lot Post Bell Ball Bay Mount Rock Royal Temple Police
    Security Media Ede Bali Ho Hue Kent Essex Camp Fort Colon Cork Leader Military
    Leon Lion Marino Carmen Salvador Santiago Asia Europe Africa America Oceania Antarctica
    Forum Turkey""")
# Continents and world regions: never a city, whatever a small town of that name says
# ('took place in Asia' names no venue).
REGION_NAMES = words("""Asia Europe Africa America Americas Oceania Antarctica Eurasia Scandinavia
    Balkans Caucasus Sahel Maghreb Levant Caribbean""")
# Of the ambiguous words, these are places when the context says so ('in Georgia', 'to Geneva').
PLACE_CONTEXT = re.compile(r"(?:\b(?:in|to|from|at|near|of|across|visit(?:ed)?)\s(?:the\s)?)$")
# Words right before or after a name that make it a person's: 'said Jordan', 'Jordan said'.
PERSON_CONTEXT_BEFORE = re.compile(
    r"(?:\b(?:said|told|by|Mr\.?|Ms\.?|Mrs\.?|Dr\.?|President|Minister)\s)$"
)
PERSON_CONTEXT_AFTER = re.compile(r"^\s(?:said|says|added|noted|stressed|stated|told)\b")
# Aliases the gazetteer lacks, mapped to its country code.
COUNTRY_ALIASES = {
    "russia": "RU",
    "the russian federation": "RU",
    "moldova": "MD",
    "the republic of moldova": "MD",
    "uk": "GB",
    "united kingdom": "GB",
    "britain": "GB",
    "great britain": "GB",
    "us": "US",
    "usa": "US",
    "the united states": "US",
    "united states of america": "US",
    "the netherlands": "NL",
    "holland": "NL",
    "south korea": "KR",
    "north korea": "KP",
    "iran": "IR",
    "syria": "SY",
    "laos": "LA",
    "vietnam": "VN",
    "bolivia": "BO",
    "venezuela": "VE",
    "tanzania": "TZ",
    "czechia": "CZ",
    "czech republic": "CZ",
    "ivory coast": "CI",
    "ksa": "SA",  # the Kingdom of Saudi Arabia, as Gulf datelines write it
    "drc": "CD",
    "côte d'ivoire": "CI",
    "kosovo": "XK",
    "palestine": "PS",
    "macedonia": "MK",
    "north macedonia": "MK",
    "turkey": "TR",
    "türkiye": "TR",
    "bosnia and herzegovina": "BA",
    "bih": "BA",
    "uae": "AE",
    "the gulf": "",
}
# Towns this big are looked up for datelines only, when the cities table lacks a name.
MIN_TOWN_POPULATION = 5000
# Minimum population for a city named in running text (datelines take any size).
MIN_MENTION_POPULATION = 15000
# Alternate spellings of cities are used only for cities at least this big.
MIN_ALIAS_POPULATION = 50000
# Letters that lose no accent mark when decomposed, written plain: 'Tromsø' is found as 'Tromso'.
PLAIN_LETTERS = str.maketrans(
    {"ø": "o", "æ": "ae", "ß": "ss", "ł": "l", "đ": "d", "ı": "i", "œ": "oe", "þ": "th", "ð": "d"}
)
# What two spellings of one town name may differ in, dropped from the spelling key:
# apostrophes of every kind, and the Arabic article before the name ('Al Qamishli').
SPELLING_MARKS = re.compile(r"['’‘ʻʼ`]")
ARABIC_ARTICLE = re.compile(r"^(?:al|el|ad|an|ar|as|ash|at|az|ad)[\s-]+(?=\w{3})")
# Another name of several words is read in running text only for a city this big
# ('New York' for New York City; not the gazetteer's 'The Bend').
MIN_RUNNING_ALIAS_POPULATION = 1_000_000
# Distinct written names whose place is remembered (a page asks for each many times).
RESOLVE_CACHE_SIZE = 65536
# Capitalised only because they open a sentence: 'In Bratislava, …', 'From Kyiv …'.
SENTENCE_OPENERS = words(
    """In At On From To For By With During After Before Since Near Outside Across Inside
    Throughout Within Via"""
)
