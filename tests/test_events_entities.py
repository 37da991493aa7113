"""The principal event (date, place) and the people and organisations of a release."""

from __future__ import annotations

from datetime import date

import pytest

from transforms.records import SourceDocument
from transforms.release import extract


def run(text: str, published: str | None = "2019-12-05", title: str | None = "Headline"):
    return extract(SourceDocument(source="test", text=text, published=published, title=title))


@pytest.mark.parametrize(
    ("text", "when", "where"),
    [
        pytest.param(
            "VIENNA, Austria – A side event was held today in Vienna.",
            date(2019, 12, 5),
            "Vienna",
            id="today-dateline",
        ),
        pytest.param(
            "Headline\n\n5 December 2019 - Media release\n\nThe minister met police "
            "chiefs on Monday in Lyon.",
            date(2019, 12, 2),
            "Lyon",
            id="header-date-skipped",
        ),
        pytest.param(
            "The briefing was held on 3 November 2019 at the centre in "
            "Pijnacker-Nootdorp near The Hague.",
            date(2019, 11, 3),
            "Pijnacker-Nootdorp",
            id="place-near-place",
        ),
        pytest.param(
            "The president will travel to Kuala Lumpur, Malaysia on 26 and 27 December "
            "to attend the summit.",
            date(2019, 12, 26),
            "Kuala Lumpur",
            id="future-trip",
        ),
        pytest.param(
            "The ministers signed the declaration. The signing ceremony took place at "
            "the headquarters in Brussels.",
            date(2019, 12, 5),
            "Brussels",
            id="took-place-in",
        ),
        pytest.param(
            "GENEVA – The agencies announced a new envoy.",
            date(2019, 12, 5),
            "Geneva",
            id="fallback-dateline-and-published",
        ),
    ],
)
def test_principal_event(text, when, where):
    event = run(text).events[0]
    assert event.date == when
    assert event.location == where


def test_event_type_and_name():
    event = run(
        "A high-level side event on “Border Safety and Counter-Terrorism” was held today."
    ).events[0]
    assert event.type == "side event"
    assert event.name == "Border Safety and Counter-Terrorism"


def test_people_with_titles_and_organisations():
    result = run(
        "INTERPOL Secretary General Jürgen Stock said: “We share data every day with partners.”"
    )
    (person,) = [e for e in result.entities if e.kind == "person"]
    assert (person.name, person.title, person.organisation) == (
        "Jürgen Stock",
        "Secretary General",
        "INTERPOL",
    )


def test_organisations_with_acronyms():
    result = run("The Central Bureau of Investigation (CBI) met the OSCE and Europol.")
    orgs = {e.acronym: e.name for e in result.entities if e.kind == "organisation"}
    assert orgs["CBI"] == "Central Bureau of Investigation"
    assert orgs["OSCE"] == "Organization for Security and Co-operation in Europe"
    assert "Europol" in orgs


def test_locations_have_roles():
    result = run(
        "BRATISLAVA, Slovakia – The panel met today in Bratislava. Experts from Vienna joined."
    )
    roles = {(loc.name, loc.role) for loc in result.locations}
    assert ("Bratislava", "dateline") in roles
    assert ("Bratislava", "event") in roles
    assert ("Vienna", "mentioned") in roles
    vienna = next(loc for loc in result.locations if loc.name == "Vienna")
    assert vienna.country_code == "AT" and vienna.lat is not None


def test_published_from_feed_date_and_html_input():
    doc = SourceDocument(
        source="t",
        html="<html><body><article><h1>Title</h1><p>LYON, France "
        "– The agency met today.</p></article></body></html>",
        published="Thu, 05 Dec 2019 10:00:00 +0000",
    )
    result = extract(doc)
    assert result.release.published == date(2019, 12, 5)
    assert result.release.dateline.cities == ["Lyon"]
    assert result.release.language == "en"


def test_published_falls_back_to_dateline_date():
    result = run("VIENNA, 7 November 2019 – The office opened.", published=None)
    assert result.release.published == date(2019, 11, 7)


# The date and place of the happening: weekday cuts, venue cues, lists of cities, named venues.
@pytest.mark.parametrize(
    ("text", "title", "published", "when", "where"),
    [
        pytest.param(
            "The Deputy Secretary General travelled to Tbilisi on Monday for talks.",
            "Headline",
            "2017-10-18",
            date(2017, 10, 16),
            "Tbilisi",
            id="city-run-cut-at-on-weekday",
        ),
        pytest.param(
            "A new project will help clear mines, NATO announced on Wednesday.\n\n"
            "The project was launched at a ceremony in Skopje attended by ministers.",
            "Headline",
            "2023-04-26",
            date(2023, 4, 26),
            "Skopje",
            id="ceremony-in-is-a-venue-cue",
        ),
        pytest.param(
            "LYON (France) – The two bodies signed an arrangement.\n\n"
            "Signed yesterday, it provides for courses in Nairobi, Abuja and Algiers.",
            "Headline",
            "2021-06-17",
            date(2021, 6, 16),
            "Lyon",
            id="listed-cities-are-not-the-venue",
        ),
        pytest.param(
            "The Mission recorded two ceasefire violations in the region.",
            "Monitoring Mission Daily Report 101/2020 issued on 16 September 2020",
            "2020-09-16",
            date(2020, 9, 15),
            None,
            id="daily-report-covers-the-day-before",
        ),
        pytest.param(
            "The Mission recorded two ceasefire violations in the region.",
            "Monitoring Mission Weekly Update issued on 16 September 2020",
            "2020-09-16",
            date(2020, 9, 16),
            None,
            id="weekly-update-keeps-its-date",
        ),
        pytest.param(
            "Rome – The agency is alarmed by reports published in the media yesterday of fraud "
            "in a food programme.\n\nIts director is ordering an audit of the programme.",
            "Headline",
            "2021-03-10",
            date(2021, 3, 10),
            "Rome",
            id="date-of-media-reports-is-not-the-event",
        ),
        pytest.param(
            "The agency and the league will sign a memorandum today.\n\nThe signing in "
            "Tunis, Tunisia, will be followed by a press conference.",
            "Headline",
            "2021-03-10",
            date(2021, 3, 10),
            "Tunis",
            id="signing-in-is-a-venue-cue",
        ),
        pytest.param(
            "The envoy signed the memorandum with the league in Tunis, Tunisia, Tuesday, a "
            "statement said.",
            "Headline",
            "2021-03-10",
            date(2021, 3, 9),
            "Tunis",
            id="place-of-bare-weekday-sentence",
        ),
        pytest.param(
            "Geneva – The Board this week (8-10/3) held its spring session.",
            "Headline",
            "2021-03-12",
            date(2021, 3, 8),
            "Geneva",
            id="session-range-starts-on-first-day",
        ),
        pytest.param(
            "UNICEF and the league will today sign\na cooperation memorandum in Nairobi on\n"
            "school meals for the region.\n\nThe league has ten members.",
            "Headline",
            "2021-03-10",
            date(2021, 3, 10),
            "Nairobi",
            id="hard-wrapped-lines-are-one-sentence",
        ),
        pytest.param(
            "The agency has just published its yearly survey of seed prices, which covers "
            "farms in forty countries.\n\n"
            "On 2 March, ministers from Rome discussed an early draft.",
            "Headline",
            "2021-03-10",
            date(2021, 3, 10),
            None,
            id="has-just-published-is-the-release-date",
        ),
        pytest.param(
            "Lima, June 3:\n\nA cooperation memorandum has been signed on the water plan.\n\n"
            "At a short ceremony held on Tuesday at the WHO Headquarters, the two envoys "
            "signed it.",
            "Headline",
            "2021-06-03",
            date(2021, 6, 1),
            "WHO Headquarters",
            id="named-venue-without-a-city",
        ),
    ],
)
def test_event_date_and_place_cues(text, title, published, when, where):
    event = run(text, published=published, title=title).events[0]
    assert event.date == when
    assert event.location == where


# A visit or a second dateline city beats the organisation's seat in the dateline.
@pytest.mark.parametrize(
    ("text", "title", "where"),
    [
        pytest.param(
            "Geneva (ICRC) – The head of the ICRC visited Kenya on Tuesday to discuss the "
            "drought in Somalia and Ethiopia.",
            "ICRC head travels to Kenya",
            "Kenya",
            id="visit-destination-beats-seat-dateline",
        ),
        pytest.param(
            "Geneva / Nairobi (ICRC) – The ICRC president is on his way to Nairobi for a "
            "two-day visit.",
            "ICRC president in Nairobi",
            "Nairobi",
            id="second-dateline-city-named-again",
        ),
        pytest.param(
            "Mombasa / Geneva (ICRC) – The ICRC today flew ten people from Mombasa to their "
            "homes; all were in the ICRC's care in Mombasa.",
            "Ten people flown home",
            "Mombasa",
            id="first-dateline-city-named-again-stays",
        ),
        pytest.param(
            "On 7 March 2019, the High Commissioner paid a working visit to Denmark.",
            "Working visit of the High Commissioner",
            "Denmark",
            id="visit-without-dateline",
        ),
        pytest.param(
            "NAIROBI, Kenya – The minister visited Kenya on Monday for talks on trade.",
            "Minister in Kenya",
            "Nairobi",
            id="dateline-in-visited-country-stays",
        ),
        pytest.param(
            "Geneva (ICRC) – The head of operations wrapped up a visit to Kenya's capital, "
            "Nairobi, on Friday.",
            "Head of operations completes visit",
            "Nairobi",
            id="city-of-the-visited-country-in-the-same-sentence",
        ),
        pytest.param(
            "ST GALLEN, Switzerland – The assembly closed today with a vote.",
            "Assembly closes",
            "St Gallen",
            id="dateline-city-as-written-not-gazetteer-spelling",
        ),
        pytest.param(
            "Geneva/Nairobi (ICRC) – The ICRC president completed talks today with senior "
            "officials of the government.",
            "ICRC president completes talks",
            "Nairobi",
            id="seat-then-another-city-in-dateline",
        ),
        pytest.param(
            "The ministers discussed trade with the region.\n\nThe minister spoke to the press "
            "after the informal ministers' meeting in Cyprus.",
            "Ministers discuss trade",
            "Cyprus",
            id="venue-cue-followed-by-a-country",
        ),
        pytest.param(
            "BRUSSELS – EU ministers adopted a plan for the fishing fleets.\n\nThe meeting "
            "took place in Tallinn, at the invitation of the Estonian government.",
            "Ministers adopt plan",
            "Tallinn",
            id="venue-sentence-beats-dateline",
        ),
        pytest.param(
            "BRUSSELS – EU ministers adopted a plan for the fishing fleets.\n\nThe next "
            "meeting will be held in Tallinn in the spring.",
            "Ministers adopt plan",
            "Brussels",
            id="future-venue-does-not-beat-dateline",
        ),
        pytest.param(
            "Geneva (ICRC) – The head of operations visited Ghana on Tuesday for talks. In "
            "Kumasi, she met farmers hit by the floods.",
            "Head of operations travels to Ghana",
            "Kumasi",
            id="city-of-the-visited-country-named-as-venue-in-the-lead",
        ),
        pytest.param(
            "Geneva (ICRC) – The head of operations visited Ghana on Tuesday. Flights from "
            "Kumasi were cancelled.",
            "Head of operations travels to Ghana",
            "Ghana",
            id="a-city-named-otherwise-leaves-the-country",
        ),
        pytest.param(
            "GENEVA – The minister paid a visit to the ILO on Monday.",
            "Minister visits the ILO",
            "Geneva",
            id="a-visit-to-a-body-is-no-visit-to-a-place-of-its-letters",
        ),
        pytest.param(
            "GENEVA/KIEV (ICRC) – The president held talks with the authorities on Tuesday.",
            "President holds talks",
            "Kiev",
            id="the-second-dateline-city-keeps-the-datelines-spelling",
        ),
        pytest.param(
            "WASHINGTON – A staff team concluded a review mission to Ghana on Tuesday. The team "
            "met officials in Kumasi.",
            "Staff team ends mission",
            "Kumasi",
            id="a-mission-someone-went-on-is-a-visit",
        ),
        pytest.param(
            "VIENNA – The Monitoring Mission in Ghana closed its office on Tuesday.",
            "Mission closes office",
            "Vienna",
            id="a-standing-mission-is-no-visit",
        ),
    ],
)
def test_visit_or_second_dateline_city_beats_the_seat(text, title, where):
    assert run(text, title=title).events[0].location == where


@pytest.mark.parametrize(
    ("text", "published", "when"),
    [
        pytest.param(
            "OSLO, 4 March 2020 – The council met today to adopt its budget.",
            "2020-03-06",
            date(2020, 3, 4),
            id="today-is-the-dateline-day-not-the-publication-day",
        ),
        pytest.param(
            "The council met today to adopt its budget.",
            "2020-03-06",
            date(2020, 3, 6),
            id="today-is-the-publication-day-without-a-dated-dateline",
        ),
    ],
)
def test_relative_date_reference(text, published, when):
    assert run(text, published=published).events[0].date == when


@pytest.mark.parametrize(
    ("text", "where"),
    [
        pytest.param(
            "The two ministers pledged closer ties after signing a new cooperation accord at "
            "WHO headquarters on 3 March 2021.",
            "WHO headquarters",
            id="venue-lower-case-headquarters-after-signing",
        ),
        pytest.param(
            "The envoy ended a three-day visit to the United States capital, Washington DC, "
            "on 3 March 2021.",
            "Washington",
            id="city-with-district-code-beats-country",
        ),
    ],
)
def test_event_place_from_venue(text, where):
    event = run(text).events[0]
    assert where in (event.location or "")


@pytest.mark.parametrize(
    ("text", "published", "when"),
    [
        pytest.param(
            "ACCRA, 3 May 2021 – The two bodies signed a grant, effective from 1 January 2022, "
            "for clinics.\n\nThe ministers met yesterday to prepare it.",
            "2021-05-03",
            date(2021, 5, 2),
            id="period-start-is-no-happening",
        ),
        pytest.param(
            "The fund runs until 30 June 2023. The board approved it on Monday.",
            "2021-05-05",
            date(2021, 5, 3),
            id="period-end-is-no-happening",
        ),
        pytest.param(
            "3 May 2021, Accra: On the second anniversary of the treaty signed on 2 May 2019 "
            "in Lome, the chair praised both parties.",
            "2021-05-03",
            date(2021, 5, 3),
            id="anniversary-recalls-an-old-date",
        ),
        pytest.param(
            "The chair recalled the charter adopted on 4 April 2018 and opened the new "
            "office on Tuesday.",
            "2021-05-06",
            date(2021, 5, 4),
            id="a-date-years-back-is-history",
        ),
        pytest.param(
            "OSLO, 3 May 2021 – The director, who retires on 1 July 2021, opened the port.",
            "2021-05-03",
            date(2021, 5, 3),
            id="a-date-to-come-is-a-plan",
        ),
        pytest.param(
            "The board will meet next in Bergen on 2 March 2022. Today it adopted the plan.",
            "2021-11-02",
            date(2021, 11, 2),
            id="a-future-meeting-is-no-happening",
        ),
        pytest.param(
            "OSLO, 20 May 2021 – The two ports signed an accord in Bergen earlier this month.",
            "2021-05-20",
            None,
            id="a-vaguely-dated-lead-takes-no-day-from-the-dateline",
        ),
        pytest.param(
            "OSLO, 20 May 2021 – Pilots met to discuss the summit which ended in Bergen last week.",
            "2021-05-20",
            date(2021, 5, 20),
            id="a-vague-time-in-a-clause-of-its-own-dates-that-clause-only",
        ),
    ],
)
def test_dates_that_do_not_date_the_happening(text, published, when):
    assert run(text, published=published).events[0].date == when


def test_invisible_marks_hide_no_dateline():
    release = run("Mombasa,\u200b 3 May 2021 – The port reopened today.").release
    assert release.dateline is not None
    assert release.dateline.cities == ["Mombasa"]


@pytest.mark.parametrize(
    ("text", "where"),
    [
        pytest.param(
            "OSLO – The Board approved the new grant rules on Tuesday. The Board met in Bergen "
            "for its spring session.",
            "Bergen",
            id="venue-in-the-lead-beats-the-dateline-in-the-dated-sentence",
        ),
        pytest.param(
            "OSLO – The two funds agreed on shared rules on Tuesday. The accord was signed in "
            "Tromso after two days of talks.",
            "Tromso",
            id="signed-in-names-the-venue",
        ),
        pytest.param(
            "OSLO – The Council welcomes the truce agreed by the parties, its spokesperson said "
            "in a statement.\n\nOn Friday, the two sides met in Bergen to sign the truce.",
            "Oslo",
            id="a-statement-is-issued-where-the-dateline-says",
        ),
        pytest.param(
            "OSLO – The Council held talks on fisheries on Tuesday with ministers of the region.",
            "Oslo",
            id="dateline-city-stays-without-a-venue-elsewhere",
        ),
        pytest.param(
            "Delegates from Tromso met in Bergen on 4 May 2021 to agree the quotas.",
            "Bergen",
            id="venue-after-in-beats-an-origin-after-from",
        ),
        pytest.param(
            "The fund's Tromso office signed the grant in Bergen on 4 May 2021.",
            "Bergen",
            id="venue-after-in-beats-a-city-naming-an-office",
        ),
        pytest.param(
            "OSLO – The two funds signed a grant on Tuesday.\n\nAt a ceremony in Bergen, the "
            "minister thanked the donors.",
            "Bergen",
            id="ceremony-in-names-the-venue-in-the-lead",
        ),
        pytest.param(
            "OSLO, Norway, 4 May 2021 – The two funds renewed their grant in the coastal town, "
            "Bergen, on Tuesday.",
            "Bergen",
            id="a-city-the-dated-sentence-names-beats-the-dateline-opening-it",
        ),
        pytest.param(
            "OSLO, Norway, 4 May 2021 – The fund signed a grant with the Province of Quebec on "
            "Tuesday.",
            "Oslo",
            id="a-region-named-in-the-dated-sentence-does-not-beat-the-dateline",
        ),
        pytest.param(
            "OSLO – The two funds renewed their grant.\n\nThe renewal was signed on the margins "
            "of the fisheries summit held in Bergen.",
            "Bergen",
            id="held-in-names-the-venue-in-the-lead",
        ),
        pytest.param(
            "The fund signed the grant on 3 May 2021 at the ministry in Dhaka’s Gulshan district.",
            "Dhaka",
            id="in-a-city-owning-its-district-is-in-the-city",
        ),
        pytest.param(
            "OSLO – The fund signed a loan for Nairobi’s Water Company on Tuesday.",
            "Oslo",
            id="a-city-owning-what-the-money-is-for-is-no-venue",
        ),
        pytest.param(
            "The ministers met at the ministry in Addis Ababa Ethiopia on 3 May 2021.",
            "Addis Ababa",
            id="a-city-and-its-country-without-a-comma",
        ),
        pytest.param(
            "Leaders met in Alofi, Niue Island's capital, on 3 May 2021.",
            "Alofi",
            id="a-small-town-named-with-its-own-country",
        ),
        pytest.param(
            "The leaders signed the declaration in Funafuti on 3 May 2021.",
            "Funafuti",
            id="a-small-capital-is-read-in-running-text",
        ),
        pytest.param(
            "The accord was signed in Ulaanbaatar on 3 May 2021.",
            "Ulaanbaatar",
            id="a-capital-by-the-spelling-of-the-country-table",
        ),
        pytest.param(
            "The Board approved ten loans today. The Board met in Bergen for its spring session.",
            "Bergen",
            id="venue-in-the-lead-without-a-dateline",
        ),
        pytest.param(
            "The Board approved ten loans today. It will meet in Bergen in the autumn.",
            None,
            id="a-venue-to-come-is-no-venue-without-a-dateline",
        ),
        pytest.param(
            "OSLO – The fund signed the grant on Tuesday. The signing took place at the Ministry "
            "of Planning and Finance in Bergen.",
            "Bergen",
            id="the-city-a-named-venue-is-in",
        ),
        pytest.param(
            "The Board approved ten loans today. Meeting at the bank's headquarters in "
            "Luxembourg, the directors also set the budget.",
            "Luxembourg",
            id="the-country-a-venue-is-in-without-a-dateline",
        ),
        pytest.param(
            "OSLO – The fund approved new grants on Tuesday. The meeting in Sweden last year "
            "had asked for them.",
            "Oslo",
            id="a-country-in-the-lead-does-not-beat-the-dateline",
        ),
        pytest.param(
            "The two leaders agreed to work together during a working lunch at Lancaster House.",
            "Lancaster House",
            id="a-named-venue-without-a-city-or-a-dateline",
        ),
        pytest.param(
            "NAIROBI – The accord was signed on Tuesday.\n\nThe signing ceremony took place at "
            "the Foreign Affairs Ministry.",
            "Nairobi",
            id="a-named-venue-without-a-city-does-not-beat-the-dateline",
        ),
        pytest.param(
            "LUSAKA – The two funds signed an accord on Tuesday. The signing took place at the "
            "Planning Ministry in Kabwata.",
            "Kabwata",
            id="a-town-the-gazetteer-lacks-after-a-named-venue",
        ),
        pytest.param(
            "LUSAKA – The two funds signed an accord on Tuesday. The signing took place at the "
            "Planning Ministry in March.",
            "Lusaka",
            id="a-month-after-a-named-venue-is-no-town",
        ),
        pytest.param(
            "The UN refugee agency and the ministry signed the accord in the capital on 3 May "
            "2021.",
            None,
            id="the-un-is-a-body-not-a-town",
        ),
        pytest.param(
            "NAIROBI – The envoy, who arrived from Kampala on Monday, met the president.",
            "Nairobi",
            id="a-city-someone-came-from-does-not-beat-the-dateline",
        ),
        pytest.param(
            "NAIROBI – On Monday, the envoy briefed the council on the Kampala talks.",
            "Nairobi",
            id="a-city-qualifying-another-happening-does-not-beat-the-dateline",
        ),
        pytest.param(
            "The ministers' meeting was held in Malta.\n\nDelegates gathered in Valletta for two "
            "days.",
            "Valletta",
            id="the-city-of-a-venue-country-the-lead-names-beats-the-country",
        ),
        pytest.param(
            "The ministers' meeting was held in Malta.\n\nDelegates flew home to Rome.",
            "Malta",
            id="a-venue-country-stays-without-a-city-of-it",
        ),
        pytest.param(
            "The staff and the authorities reached an agreement.\n\n“The board will approve "
            "it soon,” the envoy said after the discussions in Bergen.",
            "Bergen",
            id="a-plan-in-the-quoted-words-does-not-make-the-narrated-venue-one",
        ),
    ],
)
def test_event_place_where_the_text_says_it_happened(text, where):
    assert run(text, published="2021-05-07").events[0].location == where


@pytest.mark.parametrize(
    ("text", "published", "when"),
    [
        pytest.param(
            "Fund opens\n\n3 May 2021\n\nThe fund opened yesterday in Accra.",
            "2021-05-10",
            date(2021, 5, 2),
            id="yesterday-against-the-date-line-at-the-top",
        ),
        pytest.param(
            "The fund opened on Monday, 3 May 2021, in Accra.",
            "2021-05-14",
            date(2021, 5, 3),
            id="weekday-with-its-date-after-a-comma",
        ),
        pytest.param(
            "Today, 3 May 2021, the fund opened its office in Accra.",
            "2021-05-04",
            date(2021, 5, 3),
            id="today-with-its-written-date-set-off-takes-the-written-date",
        ),
        pytest.param(
            "The fund opened its office in Accra yesterday (Monday 3 May).",
            "2021-05-05",
            date(2021, 5, 3),
            id="yesterday-with-its-written-date-in-brackets-takes-the-written-date",
        ),
        pytest.param(
            "Today, 20 countries joined the fund in Accra.",
            "2021-05-04",
            date(2021, 5, 4),
            id="a-number-after-today-is-no-date",
        ),
        pytest.param(
            "DODOMA, 6 May 2021 – The minister held talks Thursday in Dodoma with the envoy. "
            "The office had moved back to the city on 2 January 2021.",
            "2021-05-07",
            date(2021, 5, 6),
            id="news-style-weekday-after-a-word-dates-the-happening",
        ),
        pytest.param(
            "The clinic in Dodoma opens every Monday. It was inaugurated on 3 May 2021.",
            "2021-05-07",
            date(2021, 5, 3),
            id="every-monday-is-a-habit-not-a-day",
        ),
        pytest.param(
            "Fund opens clinic\n\nPhoto: the old clinic in Accra, 12 April 2021\n\nThe fund "
            "opened its new clinic yesterday in Accra.",
            "2021-05-04",
            date(2021, 5, 3),
            id="a-dated-caption-at-the-top-is-no-anchor-for-yesterday",
        ),
        pytest.param(
            "Fund opens clinic\n\nThursday, 6 May 2021\n\nThe fund opened its clinic "
            "yesterday in Accra.",
            "2021-05-10",
            date(2021, 5, 5),
            id="a-date-line-with-its-weekday-anchors-yesterday",
        ),
        pytest.param(
            "The fund opened a new office in Juba last Friday, officials said.",
            "2021-05-07",
            date(2021, 4, 30),
            id="last-friday-in-a-release-of-a-friday-is-a-week-back",
        ),
    ],
)
def test_relative_dates_take_the_right_anchor(text, published, when):
    assert run(text, published=published).events[0].date == when


@pytest.mark.parametrize(
    "text",
    [
        "Joint operations against smuggling rings continue across the region.",
        "The agreements on police training were approved by the ministers.",
    ],
    ids=["operations", "agreements"],
)
def test_event_type_is_singular_when_no_date_names_the_event(text):
    """Without a dated sentence the type comes from the opening text, still in the singular."""
    event = run(text, published=None).events[0]
    assert event.type in ("operation", "agreement")
    assert not event.type.endswith("s")


@pytest.mark.parametrize(
    ("text", "title", "when"),
    [
        pytest.param(
            "The council condemns the attack on the depot and calls for an inquiry.",
            "Statement on the attack of 2 May 2021",
            date(2021, 5, 2),
            id="headline-dates-the-happening-when-the-body-does-not",
        ),
        pytest.param(
            "The council met on Monday and condemned the attack.",
            "Statement on the attack of 2 May 2021",
            date(2021, 5, 3),
            id="the-body-date-comes-first",
        ),
        pytest.param(
            "The council condemns the attack and calls for an inquiry.",
            "Statement issued today",
            date(2021, 5, 5),
            id="relative-word-in-the-headline-is-no-date",
        ),
    ],
)
def test_headline_date_as_a_fallback(text, title, when):
    assert run(text, published="2021-05-05", title=title).events[0].date == when


# Titles written before or after a name (made-up people and offices).
@pytest.mark.parametrize(
    ("text", "name", "title"),
    [
        pytest.param(
            "The signers were Supreme Maritime Commander North U.S. Navy Adm. Carl T. Brook and "
            "others.",
            "Carl T. Brook",
            "Supreme Maritime Commander North U.S. Navy Adm.",
            id="long-title-with-rank-and-dotted-country",
        ),
        pytest.param(
            "Today the new Director-General of the United Nations Office at Lagos (UNOL) and "
            "Executive Director of the UN Office for Fisheries Control and Coastal Protection "
            "(UNFC), Mr. Paolo Maria Verdi said that the work goes on.",
            "Paolo Maria Verdi",
            "Director-General of the United Nations Office at Lagos (UNOL) and Executive "
            "Director of the UN Office for Fisheries Control and Coastal Protection (UNFC)",
            id="two-offices-with-acronyms-before-a-comma",
        ),
        pytest.param(
            "The Director met Anna Berg, head of the regional office in Tarvia, on Monday.",
            "Anna Berg",
            "head of the regional office in Tarvia",
            id="lower-case-apposition-after-name",
        ),
        pytest.param(
            "“We will help,” said Anh Le, Chief of Mission at the Office in Tarvia.",
            "Anh Le",
            "Chief of Mission at the Office in Tarvia",
            id="apposition-ending-the-sentence",
        ),
        pytest.param(
            "BERN, 2 May 2014 - Lena Holm, Danish Trade Minister and Chair of the Forum, "
            "has welcomed the deal.",
            "Lena Holm",
            "Danish Trade Minister and Chair of the Forum",
            id="apposition-opening-on-a-nationality",
        ),
        pytest.param(
            "For his part, the Permanent Representative of Costa Rica to the OAS, Ivo Lind, "
            "said that the mission is welcome.",
            "Ivo Lind",
            "Permanent Representative of Costa Rica to the OAS",
            id="role-set-before-the-name-by-a-comma-with-a-country-of-given-names",
        ),
        pytest.param(
            "The head of the Harbour Office, Ivo Lind, opened the dock.",
            "Ivo Lind",
            "head of the Harbour Office",
            id="lower-case-head-word-opening-a-role-before-the-name",
        ),
        pytest.param(
            "In a statement via spokesperson Ivo Lind, the agency welcomed the deal.",
            "Ivo Lind",
            "spokesperson",
            id="lower-case-spokesperson-before-the-name",
        ),
        pytest.param(
            "“Every child counts.”\n\nDr Lea Moss | Secretary-General | CARICOM\n\nMonday",
            "Lea Moss",
            "Secretary-General, CARICOM",
            id="signature-line-with-pipes",
        ),
        pytest.param(
            "“We build,” said Mr Tanaka. Deputy Head Lio Marsh added: “So do we.”",
            "Lio Marsh",
            "Deputy Head",
            id="title-stops-at-the-full-stop-of-the-sentence-before",
        ),
        pytest.param(
            "The news came as Finance Minister Lio Marsh told reporters.",
            "Lio Marsh",
            "Finance Minister",
            id="a-field-before-the-title-word-stays-in-the-title",
        ),
        pytest.param(
            "“We build,” said Eri Vale, Officer-in-Charge of the Harbour Office.",
            "Eri Vale",
            "Officer-in-Charge of the Harbour Office",
            id="hyphenated-title-word-opening-an-apposition",
        ),
        pytest.param(
            "The Outgoing Chair and Prime Minister of Tarvia, Hon. Dr Lio Marsh, spoke.",
            "Lio Marsh",
            "Outgoing Chair and Prime Minister of Tarvia",
            id="two-courtesy-words-between-the-role-and-the-name",
        ),
        pytest.param(
            "Ana Ruiz, Regional Director for the South said: “We are grateful.”",
            "Ana Ruiz",
            "Regional Director for the South",
            id="apposition-closed-by-a-verb-that-opens-a-quote",
        ),
        pytest.param(
            "In a speech read by Minister Ana Ruiz, the Tarvian President expressed hope.",
            "Ana Ruiz",
            "Minister",
            id="a-subject-after-a-comma-is-no-apposition",
        ),
    ],
)
def test_titles_near_names(text, name, title):
    from transforms.entities import people_in

    found = {m.name: m.title for m in people_in(text)}
    assert found.get(name) == title, found


def test_undotted_rank_before_a_known_surname():
    from transforms.entities import people_in, resolve_speaker

    text = "Signers included Fleet Commander Gen. Tom K. Vale.\n“We sign today,” Gen Vale said."
    assert resolve_speaker("Gen Vale", 60, people_in(text)).name == "Tom K. Vale"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param("President Olsa thanked the crew.", [("Olsa", "President")], id="office-name"),
        pytest.param(
            "“Growth will slow,” said Dr Lin Vo, Chief Economist, today.",
            [("Lin Vo", "Chief Economist")],
            id="a-field-after-chief-is-no-name",
        ),
        pytest.param(
            "Ambassador Extraordinary and Plenipotentiary Lea Moss arrived.",
            [("Lea Moss", "Ambassador Extraordinary and Plenipotentiary")],
            id="words-of-the-office-are-no-name",
        ),
        pytest.param("Minister Kenya spoke.", [], id="a-country-is-no-family-name"),
    ],
)
def test_an_office_before_a_family_name_names_a_person(text, expected):
    from transforms.entities import people_in

    assert [(m.name, m.title) for m in people_in(text)] == expected


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("Doctors of the Johns Hopkins University met the team.", id="university"),
        pytest.param("The Tarvia Ports Authority reopened the quays.", id="authority"),
        pytest.param("Staff of the Mombasa Infectious Diseases Hospital met.", id="hospital"),
        pytest.param("Harbour Police Signs Working Arrangement With Tarvia", id="instrument"),
    ],
)
def test_a_name_before_a_bodys_head_word_is_no_person(text):
    from transforms.entities import people_in

    assert people_in(text) == []
