"""Places: gazetteer-backed, with codes and coordinates; no places made of people or bodies."""

from __future__ import annotations

import pytest

from transforms.places import (
    city,
    country,
    find_places,
    region_countries,
    resolve,
    without_the,
)


def names(text: str, people=()):
    return [m.place.name for m in find_places(text, tuple(people))]


def test_city_has_code_and_coordinates():
    vienna = city("Vienna")
    assert vienna.country_code == "AT"
    assert 48.0 < vienna.lat < 48.4 and 16.2 < vienna.lon < 16.6


@pytest.mark.parametrize(
    ("written", "code"),
    [
        pytest.param("the Netherlands", "NL", id="country-with-article"),
        pytest.param("Russian Federation", "RU", id="iso-name"),
        pytest.param("Moldova", "MD", id="common-name"),
        pytest.param("Bosnia and Herzegovina", "BA", id="with-and"),
    ],
)
def test_countries(written, code):
    assert country(written).country_code == code


def test_alternate_spelling_only_when_asked():
    assert resolve("Lyons", aliases=True).name == "Lyon"
    assert city("Lyons") is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "The meeting took place in Kuala Lumpur, Malaysia.",
            ["Kuala Lumpur", "Malaysia"],
            id="city-and-country",
        ),
        pytest.param("In Bratislava, the council met.", ["Bratislava"], id="sentence-opener"),
        pytest.param(
            "The towns of Kramatorsk and Luhansk were hit.",
            ["Kramatorsk", "Luhansk"],
            id="split-on-and",
        ),
        pytest.param("The conflict in Georgia goes on.", ["Georgia"], id="country-in-context"),
        pytest.param("Jordan Peters said the plan works.", [], id="first-name-not-place"),
        pytest.param("The talks were chaired by Chad.", [], id="surname-after-by"),
        pytest.param("Georgia Mills will attend.", [], id="person-georgia"),
        pytest.param("The OSCE Mission and the Police Academy met.", [], id="institution-words"),
        pytest.param("The Slovak and German delegations met.", [], id="adjectives"),
        pytest.param("Delegates of PACE met.", [], id="acronym-not-a-city"),
        pytest.param("The Sudan Revolutionary Front signed.", [], id="organisation-name"),
        pytest.param("The forum took place in Asia this spring.", [], id="continent-is-no-city"),
        pytest.param(
            "The envoys met at the UN in New York on Monday.",
            ["New York City"],
            id="big-city-by-its-other-name-of-two-words",
        ),
        pytest.param(
            "Flights from Debre Zeyt resumed.", [], id="other-name-of-a-smaller-city-is-not-read"
        ),
        pytest.param(
            "Mali and the Bank signed the grant in Bamako.",
            ["Mali", "Bamako"],
            id="an-organisation-word-is-no-place",
        ),
    ],
)
def test_mentions(text, expected):
    assert names(text) == expected


def test_known_people_are_no_places():
    assert names("Talks with Victoria Nuland and Florence Mills.", ["Florence Mills"]) == []


@pytest.mark.parametrize(
    "written",
    [
        pytest.param("N’Djamena", id="curly-apostrophe-in-text"),
        pytest.param("N'Djamena", id="straight-apostrophe-in-text"),
    ],
)
def test_either_apostrophe_finds_the_city(written):
    place = city(written, aliases=True)
    assert place is not None and place.country_code == "TD"


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("The talks went on in Washington DC all week.", id="district-code-dc"),
        pytest.param("Delegates met in Washington DC on Monday.", id="district-code-before-date"),
    ],
)
def test_city_with_district_code(text):
    assert "Washington" in [m.place.name for m in find_places(text)]


@pytest.mark.parametrize(
    ("written", "code"),
    [
        pytest.param("Ohio", "US", id="state"),
        pytest.param("OH", "US", id="state-code"),
        pytest.param("Maharashtra", "IN", id="folded-accents"),
        pytest.param("Western Kenya", "KE", id="direction-and-country"),
    ],
)
def test_regions_know_their_country(written, code):
    assert code in region_countries(written)


@pytest.mark.parametrize("written", ["Kenya", "South Sudan", "Springfield", ""])
def test_countries_and_cities_are_no_regions(written):
    assert region_countries(written) == frozenset()


def test_resolve_gives_the_same_place_every_time():
    first = resolve("Kuala Lumpur")
    assert resolve("Kuala Lumpur") is first
    assert first.country_code == "MY"


@pytest.mark.parametrize(
    ("written", "name"),
    [
        pytest.param("Tromso", "Tromsø", id="letter-without-a-mark-to-drop"),
        pytest.param("Bogota", "Bogotá", id="accent-dropped"),
        pytest.param("Sao Paulo", "São Paulo", id="tilde-dropped"),
    ],
)
def test_city_written_without_its_accents(written, name):
    assert city(written).name == name


@pytest.mark.parametrize(
    ("written", "bare"),
    [
        ("the Netherlands", "Netherlands"),
        ("THE GAMBIA", "GAMBIA"),
        ("Thessaloniki", "Thessaloniki"),
    ],
)
def test_leading_article_is_dropped_once(written, bare):
    assert without_the(written) == bare


@pytest.mark.parametrize(
    ("written", "code"),
    [
        pytest.param("Port Vila", "VU", id="space-for-the-gazetteer-hyphen"),
        pytest.param("Nukualofa", "TO", id="apostrophe-left-out"),
        pytest.param("Qamishli", "SY", id="arabic-article-left-out"),
    ],
)
def test_other_spellings_of_a_town_when_asked(written, code):
    assert city(written, aliases=True).country_code == code
    assert city(written) is None or city(written).country_code == code


@pytest.mark.parametrize(
    ("written", "name"),
    [
        pytest.param("Naypyidaw", "Nay Pyi Taw", id="a-capital-by-another-spelling"),
        pytest.param("Bombay", "Mumbai", id="a-city-of-millions-by-its-old-name"),
    ],
)
def test_capitals_and_big_cities_by_any_spelling(written, name):
    from transforms.places import find_places

    found = find_places(f"The ministers met in {written} on Monday.")
    assert [m.place.name for m in found] == [name]


def test_other_names_of_cities_neither_capital_nor_of_millions_are_not_read():
    from transforms.places import resolve

    assert resolve("Lyons") is None  # Lyon's old English name, taken only when asked


@pytest.mark.parametrize("text", ["Elections are set for March 2009.", "We met on Monday in Rome."])
def test_months_and_weekdays_are_no_towns(text):
    from transforms.places import find_places

    assert all(m.written not in ("March", "Monday") for m in find_places(text))
