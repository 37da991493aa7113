"""A release's language (input, markup, else py3langid) and its metadata dates in any language."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest

from transforms.html import metadata_date
from transforms.language import detect_language
from transforms.records import SourceDocument
from transforms.release import extract
from warehouse.rows import release_rows
from warehouse.schemas import RELEASES

GERMAN = (
    "Die Ministerin hat heute in Berlin ein Abkommen über die Zusammenarbeit bei der "
    "Grenzsicherung unterzeichnet. Das Abkommen tritt im nächsten Jahr in Kraft."
)
FRENCH = (
    "Le ministre a signé aujourd'hui à Paris un accord sur la coopération en matière de "
    "sécurité des frontières. L'accord entrera en vigueur l'année prochaine."
)


def page(body: str, lang: str | None = None) -> str:
    attribute = f' lang="{lang}"' if lang else ""
    return f"<html{attribute}><head><title>T</title></head><body><article><p>{body}</p></article></body></html>"


@pytest.mark.parametrize(
    ("document", "expected"),
    [
        pytest.param(SourceDocument(source="s", html=page(GERMAN)), ("de", "detected"), id="page-without-lang-is-detected"),
        pytest.param(SourceDocument(source="s", text=FRENCH), ("fr", "detected"), id="text-without-language-is-detected"),
        pytest.param(SourceDocument(source="s", html=page(GERMAN, "de-AT")), ("de", "markup"), id="html-lang"),
        pytest.param(SourceDocument(source="s", html=page(GERMAN), text=GERMAN), ("de", "detected"), id="selector-text-without-lang"),
        pytest.param(SourceDocument(source="s", html=page(FRENCH, "fr"), text=FRENCH), ("fr", "markup"), id="selector-text-keeps-page-lang"),
        pytest.param(SourceDocument(source="s", text=GERMAN, language="de"), ("de", "input"), id="input-says-so"),
        pytest.param(SourceDocument(source="s", text="Vienna, 5 May."), (None, None), id="too-short-to-tell"),
    ],
)  # fmt: skip
def test_language_and_where_it_came_from(document, expected):
    release = extract(document).release
    assert (release.language, release.language_source) == expected


@pytest.mark.parametrize(
    ("text", "code"),
    [
        pytest.param(GERMAN, "de", id="german"),
        pytest.param(FRENCH, "fr", id="french"),
        pytest.param("12 34 56 78 90 — 2024-05-05", None, id="no-letters"),
    ],
)
def test_detect_language(text, code):
    assert detect_language(text) == code


def test_the_releases_table_stores_where_the_language_came_from():
    extraction = extract(SourceDocument(source="s", url="https://x.test/a", html=page(GERMAN)))
    rows = release_rows("r1", "s", extraction, "h", "run", datetime.now(UTC))
    (row,) = rows.tables["releases"]
    assert (row["language"], row["language_source"]) == ("de", "detected")
    assert "language_source" in RELEASES.schema.names


@pytest.mark.parametrize(
    ("written", "language", "expected"),
    [
        pytest.param("5. Dezember 2019", "de", date(2019, 12, 5), id="german-long"),
        pytest.param("5 déc. 2019", "fr", date(2019, 12, 5), id="french-abbreviated"),
        pytest.param("5 de diciembre de 2019", None, date(2019, 12, 5), id="spanish-language-unknown"),
        pytest.param("2019-12-05T10:00:00+01:00", None, date(2019, 12, 5), id="iso-stays-on-the-fast-path"),
        pytest.param("gestern", "de", None, id="relative-is-not-a-date"),
        pytest.param("Dezember 2019", "de", None, id="no-day-no-date"),
        pytest.param("Pressemitteilung", "de", None, id="no-year-no-parse"),
    ],
)  # fmt: skip
def test_metadata_dates_in_other_languages(written, language, expected):
    assert metadata_date(written, language) == expected


def test_a_german_page_date_becomes_the_published_date():
    html = page(GERMAN, "de").replace(
        "<head>", '<head><meta property="article:published_time" content="5. Dezember 2019">'
    )
    assert extract(SourceDocument(source="s", html=html)).release.published == date(2019, 12, 5)
