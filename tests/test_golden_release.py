"""The release this project started from (first line of the dev corpus), end to end.

Reads ../shared at run time; skips cleanly when it is absent.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from sources.files import iter_documents
from transforms.release import extract

SHARED = Path(__file__).resolve().parents[2] / "shared"
RELEASES = SHARED / "corpus" / "dev" / "releases.jsonl"

pytestmark = pytest.mark.skipif(not RELEASES.exists(), reason="../shared corpus is absent")


@pytest.fixture(scope="module")
def result():
    doc = next(iter_documents(RELEASES, "dev"))  # the loader `pressroom extract --jsonl` uses
    return extract(doc)


def test_exactly_four_quotes_with_their_speakers(result):
    speakers = [q.speaker for q in result.quotes]
    assert speakers == ["Lukáš Parízek", "Thomas Greminger", "Thomas Greminger", "Jürgen Stock"]
    assert result.quotes[1].text == "a great model to tackle such complex challenges"
    assert result.quotes[3].speaker_title == "Secretary General"
    assert result.quotes[3].speaker_org == "INTERPOL"
    for quote in result.quotes:
        assert result.release.body_text[quote.start : quote.end] == quote.text


def test_dateline(result):
    dateline = result.release.dateline
    assert (dateline.cities, dateline.country, dateline.country_code) == (
        ["Bratislava"],
        "Slovakia",
        "SK",
    )


def test_agreements(result):
    found = [(a.type, a.year, a.action, a.duration) for a in result.agreements]
    assert found == [
        ("Joint Action Plan", 2017, "adopted", "three-year"),
        ("Memorandum of Understanding", 2014, "signed", None),
    ]
    assert sorted(result.agreements[0].parties) == ["INTERPOL", "OSCE"]


@pytest.mark.xfail(
    strict=True, reason="the parties of an agreement named in a 'preceded by' clause are missed"
)
def test_parties_of_the_earlier_memorandum(result):
    assert sorted(result.agreements[1].parties) == ["INTERPOL", "OSCE"]


def test_principal_event(result):
    event = result.events[0]
    assert (event.type, event.date, event.location) == (
        "side event",
        date(2019, 12, 5),
        "Bratislava",
    )
    assert event.name == "Border Security and Counter-Terrorism"
