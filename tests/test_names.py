"""What a person's name looks like and what is not one (made-up names and phrases)."""

from __future__ import annotations

import pytest

from transforms.names import (
    family_name_first,
    gender_of,
    given_names,
    is_given_name,
    is_nationality,
    is_person_name,
    not_name_reason,
)
from transforms.spans import without_the


def test_given_names_come_from_a_maintained_list_of_many_countries():
    names = given_names()
    assert len(names) > 30_000
    assert {"heidi", "zbigniew", "tae-ho", "yury"} <= names


@pytest.mark.parametrize(
    "name",
    [
        pytest.param("Anna Berg", id="given-and-family"),
        pytest.param("Daniel B. Carter", id="initial-in-the-middle"),
        pytest.param("Clara M. Osei", id="initial-that-is-also-a-courtesy-word"),
        pytest.param("René van der Linden", id="particles-between"),
        pytest.param("Abdelaziz El Hilu", id="capitalised-particle"),
        pytest.param("TAN Wei Ming", id="family-name-first-in-capitals"),
        pytest.param("Kim Tae-ho", id="family-name-first-hyphenated-given-name"),
        pytest.param("Georgia Whitby-Lane", id="given-name-that-is-a-country"),
        pytest.param("Kwame Owusu Mensah", id="given-name-missing-from-the-list"),
        pytest.param("Jesus ESPIGARES MIRA", id="family-names-in-capitals-after-given-name"),
        pytest.param("QU Dongyu", id="short-family-name-in-capitals-first"),
        pytest.param("Anh Le", id="family-name-that-is-a-particle-elsewhere"),
        pytest.param("Marta River", id="family-name-that-is-a-word-after-a-given-name"),
        pytest.param("Omar al-Harbi", id="family-name-after-the-arabic-article"),
    ],
)
def test_personal_names(name):
    assert is_person_name(name)


@pytest.mark.parametrize(
    "phrase",
    [
        pytest.param("Congratulating Sweden", id="participle-and-country"),
        pytest.param("Swedish Presidency", id="nationality-and-noun"),
        pytest.param("Ukrainian Ombudsman", id="nationality-grown-from-country-name"),
        pytest.param("Nairobi Summit", id="city-and-event-word"),
        pytest.param("Kenya Police", id="country-and-organisation-word"),
        pytest.param("Lima Peru", id="city-and-its-country"),
        pytest.param("Saint Lucia", id="country-made-of-given-names"),
        pytest.param("TCG Talks", id="unknown-acronym"),
        pytest.param("OSCE Berg", id="known-acronym"),
        pytest.param("Welcomed Delegates", id="past-form"),
        pytest.param("Anna Berg Torp Lind Holm Vik", id="too-long"),
        pytest.param("van Berg", id="opens-on-lower-case-particle"),
        pytest.param("Fifteenth Congress", id="ordinal-and-a-body"),
        pytest.param("Lake Marta", id="a-word-surname-opening-is-a-lake"),
        pytest.param("Jordan River", id="a-given-name-that-is-a-place-before-a-word-surname"),
        pytest.param("Twenty-first Meeting", id="hyphenated-ordinal"),
        pytest.param("Hon", id="courtesy-word-alone"),
        pytest.param("Diplomatic Corps", id="adjective-and-a-collective-body"),
        pytest.param("Harbour Foundation", id="a-foundation"),
        pytest.param("Tarvia Port Authority", id="an-authority"),
        pytest.param("Regional Forum", id="a-forum"),
        pytest.param("Practical Arrangement", id="an-instrument-named-by-its-kind"),
        pytest.param("Jobs Pact", id="a-pact"),
    ],
)
def test_what_is_not_a_name(phrase):
    assert not is_person_name(phrase)


@pytest.mark.parametrize(
    ("token", "reason"),
    [
        ("Mr.", "honorific"),
        ("Ambassador", "title"),
        ("Council", "organisation or function word"),
        ("Omani", "nationality"),
        ("Norwegian", "nationality"),
        ("Addressing", "verb"),
        ("UNHCR", "acronym"),
        ("Berg’s", "shape"),
        ("Heidi", None),
        ("Fifteenth", "ordinal"),
        ("Hon.", "honorific"),
        pytest.param("HB-President", "title", id="acronym-joined-to-a-title"),
        pytest.param("Smith-Jones", None, id="double-barrelled-family-name"),
        pytest.param("HB-Berg", None, id="acronym-joined-to-no-title"),
    ],
)
def test_why_a_word_is_no_name_word(token, reason):
    assert not_name_reason(token) == reason


@pytest.mark.parametrize(
    ("word", "expected"),
    [
        ("Chinese", True),
        ("Americans", True),
        ("Roman", False),  # 'Roma' does not make Romania
        ("Christian", False),  # 'Christ' does not make Christmas Island
        ("Adrian", False),
    ],
)
def test_nationality_adjectives_grow_from_country_names(word, expected):
    assert is_nationality(word) is expected


def test_given_names_excuse_words_ending_like_verbs():
    assert is_given_name("Mildred") and is_person_name("Mildred Osei")


def test_verb_form_inside_a_name_is_a_family_name():
    assert is_person_name("Melinda Golding") and not is_person_name("Golding Sweden")


def test_bare_first_word_of_a_name_written_family_name_first():
    from transforms.entities import people_in
    from transforms.quotes import find_quotes

    text = "Director-General Qu Dongyu opened the session.\n\n“Harvests will grow,” Mr. Qu said."
    assert [q.speaker for q in find_quotes(text, people_in(text))] == ["Qu Dongyu"]


@pytest.mark.parametrize(
    ("tokens", "expected"),
    [(["TAN", "Wei", "Ming"], True), (["Ban", "Ki-moon"], True), (["Anna", "Berg"], False)],
)
def test_family_name_first(tokens, expected):
    assert family_name_first(tokens) is expected


@pytest.mark.parametrize(
    ("phrase", "expected"),
    [
        ("the Secretary General", "Secretary General"),
        ("The Hague Office", "Hague Office"),
        ("Theodor Berg", "Theodor Berg"),
    ],
)
def test_without_the_drops_only_a_leading_article(phrase, expected):
    assert without_the(phrase) == expected


@pytest.mark.parametrize("module", ["quotes", "entities", "names"])
def test_patterns_live_in_rules_not_in_code(module):
    """Rules are named data in transforms/rules/: the code that applies them writes none
    (patterns built from a text's own names at run time are no rules)."""
    import re
    from pathlib import Path

    source = (Path(__file__).parents[1] / "transforms" / f"{module}.py").read_text()
    literal = re.compile(r"re\.(?:compile|search|match|fullmatch|split|findall|sub)\(\s*r?f?[\"']")
    assert literal.findall(source) == []


@pytest.mark.parametrize(
    ("name", "gender"),
    [
        pytest.param("Karin Holm", "F", id="a-womans-given-name"),
        pytest.param("Tom Vale", "M", id="a-mans-given-name"),
        pytest.param("Andrea Berg", None, id="a-name-given-to-both"),
        pytest.param("Vale Holmberg", None, id="no-given-name-known"),
    ],
)
def test_gender_only_when_the_dictionary_is_sure(name, gender):
    assert gender_of(name) == gender
