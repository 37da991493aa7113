"""Grids of made-up forms: each way of writing one part of a dateline or an attribution is
tried with every way of writing the others, so that a shape learnt for one release holds in
every combination (a mechanism), not just in the one it was seen in."""

from __future__ import annotations

import itertools
from datetime import date

import pytest

from tests.test_quotes import quotes
from transforms.datelines import find_dateline

BODY = "The port reopened after the storm, and the ships came back to every quay of the bay."
PUBLISHED = date(2021, 5, 5)

# (as written, the cities read)
PLACES = [
    ("Mombasa", ["Mombasa"]),
    ("MOMBASA", ["Mombasa"]),
    ("Mombasa, Kenya", ["Mombasa"]),
    ("MOMBASA, Kenya", ["Mombasa"]),
    ("Accra/Lomé", ["Accra", "Lomé"]),
    ("ACCRA/LOMÉ", ["Accra", "Lomé"]),
    ("ACCRA/UNITED NATIONS, New York", ["Accra", "New York"]),
    ("Accra and New York", ["Accra", "New York"]),
]
# (as written, the date read)
DATES = [
    ("3 May 2021", date(2021, 5, 3)),
    ("May 3, 2021", date(2021, 5, 3)),
    ("Monday, 3 May 2021", date(2021, 5, 3)),
    ("03.05.2021", date(2021, 5, 3)),
    ("Sept. 3, 2021", date(2021, 9, 3)),
]
SEPARATORS = [" – ", " — ", "—", " - ", " -- ", ": ", "\n\n"]


def _id(value: str) -> str:
    return value.replace("\n", "⏎").strip() or "space"


@pytest.mark.parametrize(
    ("place", "cities", "written", "when", "separator"),
    [
        pytest.param(place, cities, written, when, sep, id=f"{place}|{written}|{_id(sep)}")
        for (place, cities), (written, when), sep in itertools.product(PLACES, DATES, SEPARATORS)
    ],
)
def test_every_place_date_and_separator_together(place, cities, written, when, separator):
    body = f"{place}, {written}{separator}{BODY}"
    dateline, places = find_dateline(body, "Headline", PUBLISHED)
    assert dateline is not None
    assert (dateline.cities, dateline.date) == (cities, when)
    assert len(places) == len(cities)
    assert body[dateline.end :].lstrip().startswith("The port")


@pytest.mark.parametrize(
    ("place", "cities", "written", "when", "shape"),
    [
        pytest.param(place, cities, written, when, shape, id=f"{shape}|{place}|{written}")
        for (place, cities), (written, when), shape in itertools.product(
            PLACES,
            DATES,
            ["({head}) {body}", "({head}) – {body}", "({head}):\n\n{body}", "[{head}]\n\n{body}"],
        )
    ],
)
def test_every_place_and_date_in_brackets(place, cities, written, when, shape):
    body = shape.format(head=f"{place}, {written}", body=BODY)
    dateline, _ = find_dateline(body, "Headline", PUBLISHED)
    assert dateline is not None
    assert (dateline.cities, dateline.date) == (cities, when)


SAID = "Lea Moss"
# How the speaker may be written after or before the quote.
AFTER = [
    ", said Lea Moss, the harbour master.",
    ", Lea Moss said.",
    ", the harbour master, Lea Moss, said.",
    ", said Ms Moss.",
    " – Lea Moss, harbour master",
]
BEFORE = [
    "Lea Moss, the harbour master, said: ",
    "Harbour master Lea Moss said ",
    "In a statement, Lea Moss said: ",
    "Lea Moss, speaking on behalf of Minister Tom Vale, said: ",
]
# Quote marks as releases write them: (opening, closing).
MARKS = [("“", "”"), ('"', '"'), ("‘", "’"), ("« ", " »"), ("''", "''")]
WORDS = "Every berth in the bay is full and the pilots’ boats are ready"
INTRO = "Lea Moss took over the port authority in 2019. "


@pytest.mark.parametrize(
    ("opening", "closing", "after"),
    [
        pytest.param(o, c, a, id=f"{o.strip()}{c.strip()}|{a.strip()}")
        for (o, c), a in itertools.product(MARKS, AFTER)
    ],
)
def test_every_mark_with_every_attribution_after(opening, closing, after):
    punctuation = "" if after.startswith(" –") else ","
    ending = "." if after.startswith(" –") else ""
    body = f"{INTRO}{opening}{WORDS}{punctuation or ending}{closing}{after.lstrip(',')}"
    (quote,) = quotes(body)
    assert quote.text.startswith("Every berth")
    assert quote.speaker == SAID


@pytest.mark.parametrize(
    ("opening", "closing", "before"),
    [
        pytest.param(o, c, b, id=f"{o.strip()}{c.strip()}|{b.strip()}")
        for (o, c), b in itertools.product(MARKS, BEFORE)
    ],
)
def test_every_mark_with_every_attribution_before(opening, closing, before):
    (quote,) = quotes(f"{INTRO}{before}{opening}{WORDS}.{closing}")
    assert quote.text.startswith("Every berth")
    assert quote.speaker == SAID
