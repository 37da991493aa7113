"""Datelines: every shape the releases use, and lines that only look like one."""

from __future__ import annotations

from datetime import date

import pytest

from transforms.datelines import find_dateline

PUBLISHED = date(2019, 12, 5)

DATELINES = [
    pytest.param(
        "BRATISLAVA, Slovakia – A panel met.",
        ["Bratislava"],
        "Slovakia",
        "SK",
        None,
        id="caps-city-country-en-dash",
    ),
    pytest.param(
        "VIENNA, 5 December 2019 – The council met.",
        ["Vienna"],
        None,
        "AT",
        date(2019, 12, 5),
        id="city-date",
    ),
    pytest.param(
        "WARSAW/VIENNA, 31 October 2022 – Talks ended.",
        ["Warsaw", "Vienna"],
        None,
        "PL",
        date(2022, 10, 31),
        id="two-cities",
    ),
    pytest.param(
        "Strasbourg, 01.08.2014 - The Assembly met.",
        ["Strasbourg"],
        None,
        "FR",
        date(2014, 8, 1),
        id="numeric-date-hyphen",
    ),
    pytest.param(
        "LYON (France) – Police chiefs met.",
        ["Lyon"],
        "France",
        "FR",
        None,
        id="country-in-brackets",
    ),
    pytest.param(
        "THE HAGUE, Netherlands—14 November 2023—The secretariat met.",
        ["The Hague"],
        "Netherlands",
        "NL",
        date(2023, 11, 14),
        id="tight-em-dashes",
    ),
    pytest.param(
        "TUNIS, Sept 18 (KUNA) -- Ministers met.",
        ["Tunis"],
        None,
        "TN",
        date(2019, 9, 18),
        id="agency-double-hyphen",
    ),
    pytest.param(
        "VIENNA, 7 November (UN Information Service) -- A new office opened.",
        ["Vienna"],
        None,
        "AT",
        date(2019, 11, 7),
        id="agency-long-name",
    ),
    pytest.param(
        "VIENNA (TASS): The chair announced that the mission will close soon enough for everyone.",
        ["Vienna"],
        None,
        "AT",
        None,
        id="agency-colon",
    ),
    pytest.param(
        "Headline\n2013/6/28\nThe Hague, the Netherlands\nPolice held a day of action.",
        ["The Hague"],
        "Netherlands",
        "NL",
        None,
        id="place-line-of-its-own",
    ),
    pytest.param(
        "Kamensk-Shakhtinskiy, Russian Federation. The observers continue.",
        ["Kamensk-Shakhtinskiy"],
        "Russian Federation",
        "RU",
        None,
        id="full-stop-ends-dateline",
    ),
    pytest.param(
        "Kramatorsk, Donetsk Oblast, September 15, 2020 – Respirators arrived.",
        ["Kramatorsk"],
        None,
        "UA",
        date(2020, 9, 15),
        id="region-and-us-date",
    ),
    pytest.param(
        "Erbil \u2014 The report shows damage.",
        ["Erbil"],
        None,
        "IQ",
        None,
        id="title-case-em-dash",
    ),
    pytest.param(
        "Geneva\u00a0\u2013\u00a0The agencies met.",
        ["Geneva"],
        None,
        "CH",
        None,
        id="no-break-spaces",
    ),
    pytest.param(
        "Rome- The agencies opened a depot.",
        ["Rome"],
        None,
        "IT",
        None,
        id="hyphen-tight-after-city",
    ),
    pytest.param(
        "VIENNA, March 3 (UNIS) The panel met again.",
        ["Vienna"],
        None,
        "AT",
        date(2019, 3, 3),
        id="agency-in-brackets-no-dash",
    ),
    pytest.param(
        "Nairobi, June 4: The agencies and the ministry agreed on a shared plan for the dry season.",
        ["Nairobi"],
        None,
        "KE",
        date(2019, 6, 4),
        id="city-month-day-colon",
    ),
    pytest.param(
        "Water tanks reach the camps\n\nNairobi, June 4:\n\nThe agencies and the ministry agreed "
        "on a shared plan for the dry season.",
        ["Nairobi"],
        None,
        "KE",
        date(2019, 6, 4),
        id="city-month-day-colon-on-its-own-line",
    ),
    pytest.param(
        "Nairobi, Kampala, Kigali — The three governments opened a joint border post.",
        ["Nairobi", "Kampala", "Kigali"],
        None,
        "KE",
        None,
        id="several-cities-with-commas",
    ),
    pytest.param(
        "Kampala and Nairobi – The two offices opened a shared hotline.",
        ["Kampala", "Nairobi"],
        None,
        "UG",
        None,
        id="two-cities-joined-by-and",
    ),
    pytest.param(
        "Kigali, 14 July 2021. The two ministries opened a shared hotline.",
        ["Kigali"],
        None,
        "RW",
        date(2021, 7, 14),
        id="city-and-date-ended-by-full-stop",
    ),
]


@pytest.mark.parametrize(("body", "cities", "country", "code", "when"), DATELINES)
def test_datelines(body, cities, country, code, when):
    dateline, places = find_dateline(body, "Headline", PUBLISHED)
    assert dateline is not None
    assert dateline.cities == cities
    assert dateline.country == country
    assert dateline.country_code == code
    assert dateline.date == when
    assert len(places) == len(cities)
    assert body[dateline.end :].lstrip()[:1].isupper()


NOT_DATELINES = [
    pytest.param(
        "UNITED NATIONS NATIONS UNIES Embargoed until 11 a.m. The council met on the plan.",
        id="the-headquarters-in-a-letterhead-without-a-date",
    ),
    pytest.param(
        "Ports reopen across the coast, Kenya/NEW YORK, USA, 3 May 2021 – The port reopened.",
        id="the-second-word-of-a-city-in-capitals-opens-no-dateline",
    ),
    pytest.param(
        "Press statement on Vienna\n\n14.01.2016 - Press release\n\nThe minister went.",
        id="date-press-release-line",
    ),
    pytest.param(
        "20 February 2012 - Media release\n\nThe minister met police.", id="date-media-release"
    ),
    pytest.param(
        "25 May 2011 - At their first meeting the two discussed threats.",
        id="date-only-before-dash",
    ),
    pytest.param(
        "In Bratislava, a two-day meeting of the council was concluded.",
        id="place-in-first-sentence",
    ),
    pytest.param(
        "OSCE - Tue, 01/23/2024 - 12:08\n\nThe mission condemned the attack.",
        id="organisation-feed-line",
    ),
    pytest.param(
        "Ukraine: Press statement after the meeting of the contact group in Minsk.",
        id="country-headline-colon",
    ),
    pytest.param("Summary\nThe mission recorded no violations.", id="section-heading"),
    pytest.param("Headline – A summit in Vienna", id="headline-dash-not-a-place"),
    pytest.param(
        "5 June 2019 - A meeting (UNIS) Opened today in Vienna.", id="date-and-agency-no-place"
    ),
    pytest.param("Switzerland - The council concluded yesterday.", id="country-only-hyphen"),
    pytest.param("Media contact:\n\nAnna Berg, press office", id="contact-line-colon-no-date"),
    pytest.param(
        "Nairobi, Kampala and Kigali agreed a plan - The ministers met.",
        id="cities-in-a-sentence-before-hyphen",
    ),
    pytest.param("Peace and Security – The council met.", id="words-joined-by-and-no-cities"),
    pytest.param(
        "In Vienna, on 5 June 2019 the council met. The chair spoke.",
        id="sentence-with-city-and-date-is-no-dateline",
    ),
]


@pytest.mark.parametrize("body", NOT_DATELINES)
def test_never_invented(body):
    assert find_dateline(body, "Press statement on Vienna", PUBLISHED) == (None, [])


def test_headline_equal_to_title_is_skipped():
    body = "GENEVA – Talks resume\nThe agencies met today."
    assert find_dateline(body, "GENEVA – Talks resume", PUBLISHED) == (None, [])


def cities_of(body: str) -> list[str] | None:
    """The dateline cities found in a made-up body, or None when there is no dateline."""
    dateline, places = find_dateline(body, "Headline", PUBLISHED)
    if dateline is None:
        return None
    assert len(places) == len(dateline.cities)
    return dateline.cities


@pytest.mark.parametrize(
    ("body", "cities"),
    [
        pytest.param(
            "MINSK, June 4. /BELTA/. The envoy arrived for talks.",
            ["Minsk"],
            id="slash-agency-tag-after-date",
        ),
        pytest.param(
            "(NEWSWIRE- Gulf Press Agency (GPA)) OSLO, Mar 2 (GPA) -- The ministers met.",
            ["Oslo"],
            id="publisher-prefix-before-dateline",
        ),
        pytest.param(
            "OSLO (Nordic Wire / Harbour Press - 18th September, 2019) The ministers met to "
            "agree on a plan for every port of the coast.",
            ["Oslo"],
            id="agencies-and-the-date-inside-one-long-bracket",
        ),
    ],
)
def test_agency_and_publisher_tags_are_read_past(body, cities):
    assert cities_of(body) == cities


@pytest.mark.parametrize(
    ("body", "cities"),
    [
        pytest.param(
            "Oslo--Mar 3--Harbour Wire (Norway)\nThe port reopened after a week of repairs.",
            ["Oslo"],
            id="city-date-and-distributor-parted-by-tight-double-hyphens",
        ),
        pytest.param(
            "OSLO--(HARBOUR WIRE)--The port reopened after a week of repairs.",
            ["Oslo"],
            id="city-then-a-wire-in-brackets-after-a-tight-double-hyphen",
        ),
    ],
)
def test_tight_double_hyphen_is_a_dash(body, cities):
    assert cities_of(body) == cities


@pytest.mark.parametrize(
    ("body", "cities"),
    [
        pytest.param(
            "Lima, May 3 (Harbour Wire).- The port reopened.",
            ["Lima"],
            id="agency-bracket-then-a-full-stop-and-a-hyphen",
        ),
        pytest.param(
            "LIMA (Harbour Wire).-The port reopened.", ["Lima"], id="tight-after-the-stop"
        ),
        pytest.param(
            "The plan (draft).- The port reopened.", None, id="words-in-brackets-name-no-place"
        ),
    ],
)
def test_full_stop_and_hyphen_after_an_agency(body, cities):
    assert cities_of(body) == cities


@pytest.mark.parametrize(
    ("body", "cities"),
    [
        pytest.param(
            "Port news\n\nMombasa, HPA:\nThe port reopened after a week.",
            ["Mombasa"],
            id="city-and-an-agency-tag-on-a-line-ended-by-a-colon",
        ),
        pytest.param(
            "Mombasa, KPA – The port reopened.",
            ["Mombasa"],
            id="city-and-an-agency-tag-before-a-dash",
        ),
        pytest.param("Contact, HPA:\nJane Roe", None, id="a-contact-label-and-a-tag-name-no-city"),
    ],
)
def test_agency_tag_without_brackets_after_the_city(body, cities):
    assert cities_of(body) == cities


@pytest.mark.parametrize(
    ("body", "cities", "country"),
    [
        pytest.param(
            "Oslo [Norway], May 3 (Harbour Wire): The port reopened today after a week of "
            "repairs to the quay and the cranes.",
            ["Oslo"],
            "Norway",
            id="wire-form-with-the-country-and-the-agency-before-a-colon",
        ),
        pytest.param(
            "MOMBASA [Kenya], 3 May 2021 – The port reopened.",
            ["Mombasa"],
            "Kenya",
            id="capitals-then-the-country-in-square-brackets",
        ),
    ],
)
def test_country_in_square_brackets(body, cities, country):
    dateline, _ = find_dateline(body, "Headline", PUBLISHED)
    assert dateline is not None
    assert (dateline.cities, dateline.country) == (cities, country)


@pytest.mark.parametrize(
    ("body", "cities"),
    [
        pytest.param(
            "Oslo/Mombasa. The two ports signed a plan.",
            ["Oslo", "Mombasa"],
            id="slashed-cities-ended-by-a-full-stop",
        ),
        pytest.param(
            "Dar es Salaam/Oslo. Agreement reached on the port plan; the next meeting in May",
            ["Dar es Salaam", "Oslo"],
            id="slashed-cities-of-several-words-before-a-summary",
        ),
        pytest.param(
            "Oslo. The port reopened.", None, id="one-city-and-a-full-stop-is-no-dateline"
        ),
        pytest.param(
            "Sales/Marketing. The two teams met.", None, id="slashed-words-that-are-no-cities"
        ),
        pytest.param(
            "Oslo/Texas. The film opened.", None, id="a-slashed-list-with-a-state-is-no-city-list"
        ),
    ],
)
def test_slashed_cities_need_no_country(body, cities):
    assert cities_of(body) == cities


@pytest.mark.parametrize(
    ("body", "cities"),
    [
        pytest.param(
            "Oslo- Mombasa, 22 November (Harbour Service) On 28 November the ports will sign.",
            ["Oslo", "Mombasa"],
            id="hyphen-and-space-join-a-city-to-the-dated-dateline-after-it",
        ),
        pytest.param("Oslo- The port reopened.", ["Oslo"], id="hyphen-and-space-before-the-body"),
        pytest.param(
            "Oslo- Mombasa is a port.", ["Oslo"], id="a-city-opening-the-body-is-no-second-city"
        ),
    ],
)
def test_cities_joined_by_a_hyphen_and_a_space(body, cities):
    assert cities_of(body) == cities


@pytest.mark.parametrize(
    ("body", "cities"),
    [
        pytest.param(
            "Port reopens\n\nBaltimore, Md.\n\nMay 3, 2021\n\nJane Roe\n\nThe port reopened.",
            ["Baltimore"],
            id="city-and-region-initials-over-a-date-line",
        ),
        pytest.param(
            "Port reopens\n\n3 May 2021\n\nPeace, Security\n\nThe port reopened.",
            None,
            id="words-and-a-comma-by-a-date-line-are-no-place",
        ),
    ],
)
def test_city_with_its_region_beside_a_date_line(body, cities):
    assert cities_of(body) == cities


@pytest.mark.parametrize(
    ("body", "cities"),
    [
        pytest.param(
            "Port speech\n\nOslo, 5 May 2022, 11.00, Harbour Hall\n\nMinisters,\nWelcome.",
            ["Oslo"],
            id="speech-header-with-the-hour-and-the-room",
        ),
        pytest.param(
            "Oslo, 5 May 2022, 10:30 a.m.\n\nThe port reopened.",
            ["Oslo"],
            id="place-date-and-hour-on-a-line-of-their-own",
        ),
        pytest.param(
            "Port news\n\nOslo, Sep 15 2006 7:00PM\n\nThe port reopened.",
            ["Oslo"],
            id="hour-after-the-date-without-a-comma",
        ),
        pytest.param(
            "Harbour Hall, 11.00\n\nThe port reopened.", None, id="a-room-and-an-hour-name-no-place"
        ),
        pytest.param(
            "Oslo, 11.00\n\nThe port reopened.", None, id="a-city-and-an-hour-without-a-date"
        ),
    ],
)
def test_place_date_and_hour_lines(body, cities):
    assert cities_of(body) == cities


CAPTION = (
    "Families wait by the quay. Many have slept in the open for a week, and the shelters are "
    "full, so the port opened its warehouses to them at night while the repairs to the quay "
    "and the cranes go on."
)


@pytest.mark.parametrize(
    ("body", "cities"),
    [
        pytest.param(
            f"Port reopens\n\n{CAPTION} Photo: Harbour Agency\n\nBriefing by the harbour "
            "master\n\nMombasa, 4 September 2024\n\nThe port reopened.",
            ["Mombasa"],
            id="place-and-date-line-under-a-photo-caption",
        ),
        pytest.param(
            f"Port reopens\n\n{CAPTION} The authority thanked the crews.\n\nMedia contact\n"
            "Mombasa, Kenya",
            None,
            id="place-line-after-prose-without-a-credit-stays-a-contact-block",
        ),
    ],
)
def test_photo_caption_is_no_prose(body, cities):
    assert cities_of(body) == cities


@pytest.mark.parametrize(
    ("body", "cities", "country"),
    [
        pytest.param(
            "MOMBASA Kenya August 27 2015/Harbour Press (HP)/ -- The port reopened.",
            ["Mombasa"],
            "Kenya",
            id="wire-copy-that-dropped-the-commas",
        ),
        pytest.param(
            "Dar es Salaam Tanzania – The port reopened.",
            ["Dar es Salaam"],
            "Tanzania",
            id="city-of-several-words-then-its-country",
        ),
        pytest.param(
            "Nairobi Uganda – The port reopened.", None, None, id="city-of-another-country"
        ),
        pytest.param("Kenya Airways – The airline grew.", None, None, id="country-then-a-word"),
    ],
)
def test_country_after_the_city_without_a_comma(body, cities, country):
    dateline, _ = find_dateline(body, "Headline", PUBLISHED)
    found = None if dateline is None else (dateline.cities, dateline.country)
    assert found == (None if cities is None else (cities, country))


@pytest.mark.parametrize(
    ("body", "cities"),
    [
        pytest.param(
            "Tue. Mar 5th, 2019\n\nLisbon, 4 March 2019\n\nThe council adopted a plan.",
            ["Lisbon"],
            id="city-and-date-on-a-line-of-their-own",
        ),
        pytest.param(
            "OSLO/ROME (4 March 2019) – The two agencies opened a joint office.",
            ["Oslo", "Rome"],
            id="date-in-brackets-after-cities",
        ),
    ],
)
def test_place_and_date_lines(body, cities):
    assert cities_of(body) == cities


@pytest.mark.parametrize(
    ("body", "cities"),
    [
        pytest.param(
            "LIMA/QUITO/BOGOTA, 3 May 2021 – The three offices appealed for funds.",
            ["Lima", "Quito", "Bogota"],
            id="three-slashed-cities-are-no-agency-tag",
        ),
        pytest.param(
            "Lima/Quito/Bogota3 May 2021 – The three offices appealed for funds.",
            ["Lima", "Quito", "Bogota"],
            id="date-glued-to-the-last-slashed-city",
        ),
        pytest.param(
            "OSLO/ROME/ACCRA 3 May 2021 – The three offices appealed for funds.",
            ["Oslo", "Rome", "Accra"],
            id="slashed-cities-then-date-without-comma",
        ),
        pytest.param(
            "ACCRA, NEW YORK, ROME, 3 May 2021 – The three offices appealed for funds.",
            ["Accra", "New York", "Rome"],
            id="cities-listed-with-commas-one-named-like-a-state",
        ),
        pytest.param(
            "Accra and New York, 3 May 2021 – The two offices appealed for funds.",
            ["Accra", "New York"],
            id="two-cities-joined-by-and-the-second-named-like-a-state",
        ),
        pytest.param(
            "Washington DC / Accra, 3 May 2021 – The two offices appealed for funds.",
            ["Washington", "Accra"],
            id="district-code-dropped-from-a-slashed-city",
        ),
    ],
)
def test_slashed_cities(body, cities):
    assert cities_of(body) == cities


@pytest.mark.parametrize(
    ("body", "cities"),
    [
        pytest.param(
            "WASHINGTON, D.C., March 4, 2019 – The bank approved a loan.",
            ["Washington"],
            id="district-initials-after-city",
        ),
        pytest.param(
            "DAYTON, Ohio – The agency opened a regional office.",
            ["Dayton"],
            id="us-state-after-city-is-no-second-city",
        ),
        pytest.param(
            "Tucson, Arizona, May 3, 2021 – The agency opened a regional office.",
            ["Tucson"],
            id="us-state-and-us-date",
        ),
        pytest.param(
            "Orlando, FL, May 3, 2021 – The agency opened a regional office.",
            ["Orlando"],
            id="us-state-code",
        ),
        pytest.param(
            "Pune, Maharashtra, 3 May 2021 – The agency opened a regional office.",
            ["Pune"],
            id="state-written-without-its-accents",
        ),
        pytest.param(
            "Lira, Northern Uganda, 3 May 2021 – The agency opened a regional office.",
            ["Lira"],
            id="country-with-a-direction",
        ),
        pytest.param(
            "Ukunda, Kwale, Kenya – The agency opened a regional office.",
            ["Ukunda"],
            id="town-district-and-the-country-stated",
        ),
        pytest.param(
            "Makati City, Metro Manila – The agency opened a regional office.",
            ["Makati City"],
            id="city-then-the-metro-area-around-a-city",
        ),
    ],
)
def test_region_after_the_city_is_no_city(body, cities):
    assert cities_of(body) == cities


@pytest.mark.parametrize(
    ("body", "cities"),
    [
        pytest.param("DADAAB – The camp reopened.", ["Dadaab"], id="small-town-in-capitals"),
        pytest.param(
            "Dadaab, 3 May 2021 – The camp reopened.", ["Dadaab"], id="small-town-with-its-date"
        ),
    ],
)
def test_small_towns_in_datelines(body, cities):
    assert cities_of(body) == cities


@pytest.mark.parametrize(
    "body",
    [
        pytest.param("Dadaab – The camp reopened.", id="small-town-in-title-case-without-date"),
        pytest.param("MEDIA – The camp reopened.", id="header-word-that-names-a-small-town"),
    ],
)
def test_small_towns_need_capitals_or_a_date(body):
    assert find_dateline(body, "Headline", PUBLISHED) == (None, [])


@pytest.mark.parametrize(
    ("body", "cities"),
    [
        pytest.param(
            "Dar es Salaam, 3 May 2021 – The port reopened.",
            ["Dar es Salaam"],
            id="lower-case-particle-in-title-case",
        ),
        pytest.param(
            "PORT OF SPAIN, Trinidad and Tobago – The port reopened.",
            ["Port of Spain"],
            id="particle-in-capitals",
        ),
        pytest.param(
            "al-Hasakah, Syria – The port reopened.", ["al-Hasakah"], id="lower-case-article"
        ),
        pytest.param(
            "AL MUKALLA, Yemen – The port reopened.", ["Al Mukalla"], id="article-as-a-word"
        ),
        pytest.param(
            "Kuala Lumpur, 3 May 2021 – The port reopened.", ["Kuala Lumpur"], id="two-words"
        ),
    ],
)
def test_cities_of_several_words(body, cities):
    assert cities_of(body) == cities


@pytest.mark.parametrize(
    ("body", "cities"),
    [
        pytest.param(
            "Accra, Friday 7 May 2021 – The port reopened.",
            ["Accra"],
            id="weekday-before-the-date",
        ),
        pytest.param(
            "BALTIMORE MD, May 3, 2021 – The port reopened.",
            ["Baltimore"],
            id="state-code-glued-to-the-city",
        ),
        pytest.param(
            "Yamoussoukro, Côte d’Ivoire, May 3, 2021 — The port reopened.",
            ["Yamoussoukro"],
            id="country-with-a-curly-apostrophe",
        ),
        pytest.param(
            "NEWS RELEASE Mombasa, Kenya – The port reopened.",
            ["Mombasa"],
            id="label-before-the-city-is-dropped",
        ),
        pytest.param(
            "Mombasa, Kenya | 3 May 2021\n\nThe port reopened.",
            ["Mombasa"],
            id="place-and-date-set-off-by-a-bar",
        ),
        pytest.param(
            "3 May 2021 | Press release | Mombasa\n\nThe port reopened.",
            ["Mombasa"],
            id="date-label-and-place-set-off-by-bars",
        ),
        pytest.param(
            "Lusaka, May 3, 2021 (Wire)-The port reopened.",
            ["Lusaka"],
            id="tight-hyphen-after-an-agency-tag",
        ),
        pytest.param(
            "Monday, 3 May 2021 (Port Authority, Tema, Greater Accra): The port reopened.",
            ["Greater Accra"],
            id="date-first-then-place-in-brackets",
        ),
        pytest.param(
            "3 May 2021 (Head Office, Mombasa, Kenya) – The port reopened.",
            ["Mombasa"],
            id="date-first-then-city-and-country-in-brackets",
        ),
        pytest.param(
            "(Mombasa/Nairobi, 3 May 2021): The port reopened.",
            ["Mombasa", "Nairobi"],
            id="whole-dateline-in-brackets",
        ),
        pytest.param(
            "Port reopens\n\n(Mombasa, 3 May 2021)\n\nThe port reopened after a week of repairs.",
            ["Mombasa"],
            id="whole-dateline-in-brackets-alone-on-its-line",
        ),
        pytest.param(
            "3 May 2021 – MOMBASA – The port reopened.",
            ["Mombasa"],
            id="date-first-then-a-dash-then-the-city",
        ),
        pytest.param(
            "May 3, 2021 - Mombasa, Kenya: The port reopened after the repairs to the quay and the cranes.",
            ["Mombasa"],
            id="us-date-first-then-city-and-country-and-colon",
        ),
        pytest.param(
            "UNITED NATIONS, New York, 3 May 2021 – The port reopened.",
            ["New York"],
            id="headquarters-before-its-city",
        ),
        pytest.param(
            "Mombasa, 3rd of May 2021 – The port reopened.",
            ["Mombasa"],
            id="day-of-month-date",
        ),
        pytest.param(
            "Mombasa, May 3, 2021\nREF/2021/117\n\nThe port reopened.",
            ["Mombasa"],
            id="reference-code-below-is-no-postal-code",
        ),
        pytest.param(
            "Port reopens\n\nMombasa\n3 May 2021\n\nThe port reopened.",
            ["Mombasa"],
            id="city-alone-above-a-date-line",
        ),
        pytest.param(
            "Port reopens\n3 May 2021\nMombasa\n\nThe port reopened.",
            ["Mombasa"],
            id="city-alone-below-a-date-line",
        ),
        pytest.param(
            "Port reopens\n\n3 May 2021\n\nMombasa, Kenya\n\nThe port reopened.",
            ["Mombasa"],
            id="place-line-after-a-headline-and-a-date-line",
        ),
        pytest.param(
            "(Mombasa: 7 February 2007): The port reopened after a week of repairs to the "
            "quay and the cranes.",
            ["Mombasa"],
            id="bracketed-place-and-date-parted-by-a-colon",
        ),
        pytest.param(
            "UNITED NATIONS, Dec 4 (Harbour Press) - The council met.",
            ["United Nations"],
            id="the-headquarters-alone-as-the-place",
        ),
        pytest.param(
            "Mombasa, Kenya. 3 March 2019. The port reopened after a week of repairs.",
            ["Mombasa"],
            id="city-country-full-stop-then-the-date",
        ),
        pytest.param(
            "Mombasa, Kenya | 3 May 2019 – The port reopened.",
            ["Mombasa"],
            id="a-bar-parts-the-place-from-the-date-before-a-dash",
        ),
        pytest.param(
            "Mombasa, Kenya, May 3, 2019/ -- The port reopened.",
            ["Mombasa"],
            id="a-slash-after-the-date-before-the-dash",
        ),
        pytest.param(
            "MOMBASA, Kenya, 3 May 2025/Coast Development Fund (CDF)/ -- The fund said.",
            ["Mombasa"],
            id="a-wire-agency-tag-in-slashes-glued-to-the-date",
        ),
        pytest.param(
            "MOMBASA, Kenya / OSLO, Norway, 3 June 2021 – The two ports signed.",
            ["Mombasa", "Oslo"],
            id="two-city-and-country-pairs-parted-by-a-slash",
        ),
        pytest.param(
            "OSLO, Norway & MOMBASA, Kenya, 3 June 2021 – The two ports signed.",
            ["Oslo", "Mombasa"],
            id="two-city-and-country-pairs-joined-by-an-ampersand",
        ),
        pytest.param(
            "3 May 2004, Oslo/Mombasa – The two ports signed.",
            ["Oslo", "Mombasa"],
            id="date-first-then-slashed-cities-is-no-pair",
        ),
        pytest.param(
            "OSLO-MOMBASA, 3 June 2021 – The two ports signed.",
            ["Oslo", "Mombasa"],
            id="two-cities-joined-by-a-hyphen",
        ),
        pytest.param(
            "Port-au-Prince, 3 June 2021 – The port reopened.",
            ["Port-au-Prince"],
            id="a-hyphenated-city-stays-whole",
        ),
        pytest.param(
            "(Mombasa, Kenya – 25 June 2025) – The port reopened after a week of repairs.",
            ["Mombasa"],
            id="bracketed-place-and-date-parted-by-a-dash",
        ),
        pytest.param(
            "Port reopens\n\nThe talks covered the first draft of the plan, prepared by the fund "
            "for the port, and the report on the last plan of the years before this one\n\n"
            "MOMBASA, Kenya, August 1, 2022/Coast Wire/ — \n\nThe fund and the port began talks.",
            ["Mombasa"],
            id="a-dateline-line-ending-on-its-dash-after-a-standfirst",
        ),
        pytest.param(
            "Port reopens\nMombasa,\nOctober 9, 2019\nPR/2019/837\nThe port reopened today.",
            ["Mombasa"],
            id="city-with-a-comma-over-its-date-line",
        ),
        pytest.param(
            "OSLO, Norway/MOMBASA/DAKAR, 9 October 2017 – The ports signed a plan.",
            ["Oslo", "Mombasa", "Dakar"],
            id="city-and-country-then-slashed-cities",
        ),
        pytest.param(
            "Jeddah, KSA, 26.06.2014 – The bank signed new agreements.",
            ["Jeddah"],
            id="country-written-as-its-initials",
        ),
        pytest.param(
            "PORT REOPENS AFTER THE STORM (Mombasa: 18 November 2003): The port reopened "
            "after a week of repairs.",
            ["Mombasa"],
            id="bracketed-dateline-run-into-the-headline-on-one-line",
        ),
        pytest.param(
            "\n".join(["Ref. PR/1999/1", "Press Release", "Port reopens", "23 November 1999"] * 3)
            + "\nMOMBASA, 23 November (Coast Information Service) -- The port reopened.",
            ["Mombasa"],
            id="a-dateline-under-a-dozen-header-lines",
        ),
        pytest.param(
            "Harbour Digest: news from every port, every day\n\nKenya + 2 more\n\n"
            + "\n".join(
                [
                    "Format",
                    "Press Release",
                    "Source",
                    "Port Authority",
                    "Posted",
                    "3 May 2021",
                    "Originally published",
                    "3 May 2021",
                    "Origin",
                    "View original",
                    "Language",
                    "English",
                    "Attachments",
                ]
            )
            + "\n\nMombasa, 3 May 2021\n\nThe port reopened after a week of repairs.",
            ["Mombasa"],
            id="short-lines-of-a-metadata-block-are-not-counted",
        ),
    ],
)
def test_place_and_date_line_forms(body, cities):
    assert cities_of(body) == cities


@pytest.mark.parametrize(
    "body",
    [
        pytest.param(
            "Harbour Authority\nHarbour Road 12\nMombasa, Kenya\nTel: +254 000 000\n\n"
            "The port reopened.",
            id="place-line-of-a-postal-address",
        ),
        pytest.param(
            "The port reopened on Monday after the repairs to the quay and the cranes were "
            "finished. Ships queued for a day. The authority thanked the crews for their "
            "patience and the engineers for their work through the night.\n\n"
            "Media contact\nMombasa, Kenya",
            id="place-line-after-the-prose-is-a-contact-block",
        ),
        pytest.param(
            "Home | News | Mombasa\n\nThe port reopened.", id="breadcrumb-of-bars-without-a-date"
        ),
        pytest.param(
            "WEEKLY NEWS DIGEST, Kenya – The port reopened.",
            id="unknown-town-of-header-words-is-not-vouched-for",
        ),
        pytest.param(
            "(Port Authority of Mombasa) – The port reopened.",
            id="body-in-brackets-without-a-date",
        ),
        pytest.param(
            "Port reopens\n\n(Port Authority of Mombasa)\n\nThe port reopened.",
            id="name-in-brackets-alone-on-its-line",
        ),
        pytest.param(
            "Port reopens\n\n(Photo: Harbour Wire, 3 May 2021)\n\nThe port reopened.",
            id="credit-in-brackets-with-a-date",
        ),
        pytest.param(
            "3 May 2021 – The port reopened in Mombasa, Kenya.",
            id="date-first-then-a-sentence",
        ),
        pytest.param(
            "Monday, 3 May 2021 (Port Authority): The port reopened.",
            id="date-first-then-a-body-in-brackets",
        ),
        pytest.param(
            "Port reopens\n\nMombasa\n\nThe port reopened.", id="city-alone-without-a-date"
        ),
        pytest.param(
            "\n".join(f"Item {n}: the harbour works of the week, in brief" for n in range(16))
            + "\nMombasa, 3 May 2021\nThe port reopened.",
            id="a-place-line-under-sixteen-long-lines",
        ),
        pytest.param("3 May 2021\n\nKenya\n\nThe port reopened.", id="country-alone-by-a-date"),
        pytest.param(
            "Talks of the Week, Kenya – The port reopened.",
            id="words-with-a-particle-are-no-unknown-town",
        ),
    ],
)
def test_address_and_header_lines_are_no_datelines(body):
    assert find_dateline(body, "Headline", PUBLISHED) == (None, [])


@pytest.mark.parametrize(
    ("body", "cities"),
    [
        pytest.param(
            "Lusaka UNDP opened a new office for the region.", ["Lusaka"], id="city-then-acronym"
        ),
        pytest.param(
            "Mombasa Over 100,000 tonnes of cargo passed through the port.",
            ["Mombasa"],
            id="city-then-an-opening-word-and-a-number",
        ),
        pytest.param(
            "Bergen, Norway A fishing fleet returned to port.",
            ["Bergen"],
            id="city-and-country-then-an-article",
        ),
        pytest.param(
            "KUALA LUMPUR Three agencies opened a shared depot.",
            ["Kuala Lumpur"],
            id="capitals-then-a-number-word",
        ),
        pytest.param(
            "Lusaka, 3 May 2021 As prepared for delivery, the minister spoke.",
            ["Lusaka"],
            id="city-and-date-then-a-sentence",
        ),
    ],
)
def test_dateline_whose_dash_was_lost(body, cities):
    assert cities_of(body) == cities


@pytest.mark.parametrize(
    "body",
    [
        pytest.param("Lusaka Declaration was adopted by the ministers.", id="city-in-a-name"),
        pytest.param("Mission The team arrived in the capital.", id="ambiguous-place-word"),
        pytest.param("Ghana The drought worsened in the north.", id="country-alone"),
        pytest.param(
            "Paris COP 21 talks open\n\nThe talks opened.", id="city-acronym-and-a-number"
        ),
    ],
)
def test_words_after_a_city_without_a_dash_are_no_dateline(body):
    assert find_dateline(body, "Headline", PUBLISHED) == (None, [])


@pytest.mark.parametrize(
    ("body", "cities"),
    [
        pytest.param(
            "The minister and the mayor at the depot, 2 May 2021ACCRA, 3 May 2021 – The depot opened.",
            ["Accra"],
            id="glued-to-a-photo-caption",
        ),
        pytest.param(
            "20210504 (Reissued as received.)OSLO, 3 May (News Service) -- The depot opened.",
            ["Oslo"],
            id="glued-to-a-document-code",
        ),
        pytest.param(
            "The minister at the depot, 2 May 2021Accra, 3 May 2021 – The depot opened.",
            ["Accra"],
            id="title-case-city-glued-to-a-date",
        ),
        pytest.param(
            "Depot opens in the north ACCRA, 3 May 2021 – The depot opened.",
            ["Accra"],
            id="joined-to-its-headline-after-a-space",
        ),
    ],
)
def test_dateline_glued_to_text_before_it(body, cities):
    assert cities_of(body) == cities


@pytest.mark.parametrize(
    "body",
    [
        pytest.param(
            "The minister visited the ACCRA depot, where the staff met. The depot opened.",
            id="capitals-in-running-text-without-a-date",
        ),
        pytest.param(
            "Talks with the minister.OSLO – The depot opened.", id="glued-capitals-without-a-date"
        ),
        pytest.param(
            "The depot office in ACCRA, 3 May 2021 – a day of rain.",
            id="capitals-led-into-by-a-preposition",
        ),
    ],
)
def test_glued_capitals_without_a_date_are_no_dateline(body):
    assert find_dateline(body, "Headline", PUBLISHED) == (None, [])


@pytest.mark.parametrize(
    "body",
    [
        pytest.param("Talks in Lisbon\n\nThe council adopted a plan.", id="headline-with-city"),
        pytest.param("(Reuters) The council met in Oslo.", id="publisher-tag-then-sentence"),
    ],
)
def test_headlines_and_tags_alone_are_no_datelines(body):
    assert find_dateline(body, "Headline", PUBLISHED) == (None, [])


STATEMENT = (
    "The port reopened after the storm, and the Board thanks the crews and the engineers who "
    "worked through the night to make it safe again for every ship and every family. "
) * 12


@pytest.mark.parametrize(
    ("closing", "cities"),
    [
        pytest.param("Mombasa, 3 May 2021", ["Mombasa"], id="place-and-date-closing-a-statement"),
        pytest.param("(Mombasa, 3 May 2021)", ["Mombasa"], id="in-brackets"),
        pytest.param("Media contact: Port Office, Mombasa, +254 000 000", None, id="contact-line"),
        pytest.param("Mombasa", None, id="a-place-without-its-date"),
        pytest.param("Published 3 May 2021", None, id="a-date-without-a-place"),
    ],
)
def test_a_statement_may_close_on_its_place_and_date(closing, cities):
    dateline, places = find_dateline(f"{STATEMENT}\n\n{closing}", "Headline", PUBLISHED)
    assert ([p.name for p in places] if dateline else None) == cities


@pytest.mark.parametrize(
    ("body", "cities", "when"),
    [
        pytest.param(
            "(Mombasa, 3 May 2021) The port reopened after the storm.",
            ["Mombasa"],
            date(2021, 5, 3),
            id="bracketed-dateline-then-the-first-sentence",
        ),
        pytest.param(
            "(Accra/Lomé, 3 May 2021) “We are ready,” the two offices said.",
            ["Accra", "Lomé"],
            date(2021, 5, 3),
            id="bracketed-dateline-then-a-quote",
        ),
        pytest.param(
            "[Mombasa, 3 May 2021]\n\nThe port reopened after the storm.",
            ["Mombasa"],
            date(2021, 5, 3),
            id="square-bracketed-dateline-on-its-line",
        ),
        pytest.param(
            "[MOMBASA, Kenya, 3 May 2021] – The port reopened after the storm.",
            ["Mombasa"],
            date(2021, 5, 3),
            id="square-bracketed-dateline-then-a-dash",
        ),
        pytest.param(
            "(Harbour Wire) MOMBASA, 3 May 2021 – The port reopened after the storm.",
            ["Mombasa"],
            date(2021, 5, 3),
            id="a-publishers-tag-in-brackets-before-the-dateline",
        ),
    ],
)
def test_whole_dateline_in_brackets(body, cities, when):
    dateline, _ = find_dateline(body, "Headline", PUBLISHED)
    assert dateline is not None
    assert (dateline.cities, dateline.date) == (cities, when)
    assert body[dateline.end :].lstrip()[:1] in {"T", "“"}


@pytest.mark.parametrize(
    "body",
    [
        pytest.param("(Updated) The port reopened after the storm.", id="a-label-in-brackets"),
        pytest.param("(Photo: Mombasa harbour) The port reopened.", id="a-caption-without-date"),
        pytest.param("[Mombasa] The port reopened after the storm.", id="a-city-without-date"),
        pytest.param("(3 May 2021) The port reopened after the storm.", id="a-date-without-city"),
    ],
)
def test_brackets_without_a_place_and_date_are_no_dateline(body):
    assert find_dateline(body, "Headline", PUBLISHED) == (None, [])


@pytest.mark.parametrize(
    ("head", "when"),
    [
        pytest.param("Mombasa, Oct. 9, 2025: ", date(2025, 10, 9), id="abbreviated-month-colon"),
        pytest.param("Mombasa, Sept. 9, 2025\n\n", date(2025, 9, 9), id="abbreviated-month-line"),
        pytest.param("MOMBASA, 09.10.2025: ", date(2025, 10, 9), id="numeric-date-colon"),
        pytest.param("MOMBASA, 09.10.2025. ", date(2025, 10, 9), id="numeric-date-full-stop"),
    ],
)
def test_full_stop_inside_the_date_does_not_end_the_head(head, when):
    body = head + "The port reopened after the storm, and the ships came back to the quays."
    dateline, _ = find_dateline(body, "Headline", PUBLISHED)
    assert dateline is not None
    assert (dateline.cities, dateline.date) == (["Mombasa"], when)
    assert body[dateline.end :].lstrip().startswith("The port")


@pytest.mark.parametrize(
    ("body", "cities"),
    [
        pytest.param(
            "OSLO/UNITED NATIONS, New York, 3 May 2021 – The two offices appealed for funds.",
            ["Oslo", "New York"],
            id="headquarters-slashed-after-a-city-then-its-own-city",
        ),
        pytest.param(
            "OSLO and UNITED NATIONS, New York, 3 May 2021 – The two offices appealed for funds.",
            ["Oslo", "New York"],
            id="headquarters-joined-by-and-then-its-own-city",
        ),
        pytest.param(
            "OSLO / UNITED NATIONS, NEW YORK, 3 May 2021\n\nThe two offices appealed for funds.",
            ["Oslo", "New York"],
            id="headquarters-in-capitals-on-a-line-of-its-own",
        ),
        pytest.param(
            "ACCRA/UNITED NATIONS, 3 May 2021 – The two offices appealed for funds.",
            ["Accra", "United Nations"],
            id="headquarters-among-the-cities-with-a-date",
        ),
        pytest.param(
            "ACCRA, GHANA AND NAIROBI, KENYA, 3 May 2021 – The two offices appealed for funds.",
            ["Accra", "Nairobi"],
            id="pairs-of-city-and-country-joined-by-and-in-capitals",
        ),
        pytest.param(
            "ACCRA – NAIROBI, 3 May 2021 – The two offices appealed for funds.",
            ["Accra", "Nairobi"],
            id="a-spaced-dash-joins-a-city-to-the-dated-dateline-after-it",
        ),
        pytest.param(
            "ACCRA – NAIROBI – The two offices appealed for funds.",
            ["Accra", "Nairobi"],
            id="a-spaced-dash-joins-two-known-cities-without-a-date",
        ),
        pytest.param(
            "ACCRA – 3 May 2021 – The office appealed for funds.",
            ["Accra"],
            id="a-date-between-two-dashes-stays-the-date",
        ),
    ],
)
def test_lists_of_cities(body, cities):
    dateline, places = find_dateline(body, "Headline", PUBLISHED)
    assert dateline is not None
    assert dateline.cities == cities
    assert len(places) == len(cities)
    assert body[dateline.end :].lstrip().startswith("The ")


@pytest.mark.parametrize(
    ("body", "cities"),
    [
        pytest.param(
            "ACCRA – Paris Agreement talks resumed on Monday with new pledges.",
            ["Accra"],
            id="a-named-agreement-after-the-dash-is-no-second-city",
        ),
        pytest.param(
            "Funds for Ghana and NAIROBI, 3 May 2021 – The office appealed.",
            None,
            id="capitals-after-and-are-the-next-city-of-a-list-not-a-joined-dateline",
        ),
    ],
)
def test_what_is_no_second_city(body, cities):
    dateline, _ = find_dateline(body, "Headline", PUBLISHED)
    assert (dateline.cities if dateline else None) == cities


@pytest.mark.parametrize(
    ("trailer", "cities"),
    [
        pytest.param("***", ["Mombasa"], id="an-end-mark"),
        pytest.param(
            "ENDS\n\nFor more information: press@harbour.example",
            ["Mombasa"],
            id="ends-then-contact",
        ),
        pytest.param(
            "Media contact: Lea Moss, +254 700 000 000", ["Mombasa"], id="a-media-contact"
        ),
        pytest.param(
            "The Board meets again in June to review the plan for the quays.",
            None,
            id="a-paragraph-after-the-place-line-is-no-trailer",
        ),
    ],
)
def test_a_closing_place_and_date_before_a_pages_trailer(trailer, cities):
    body = f"{STATEMENT}\n\nMombasa, 3 May 2021\n\n{trailer}"
    dateline, places = find_dateline(body, "Headline", PUBLISHED)
    assert ([p.name for p in places] if dateline else None) == cities


def test_a_headquarters_mistyped_without_its_last_letter():
    body = "UNITED NATION, New York - The fund released its yearly report on the ports today."
    dateline, _ = find_dateline(body, "Headline", PUBLISHED)
    assert dateline is not None and dateline.cities == ["New York"]
