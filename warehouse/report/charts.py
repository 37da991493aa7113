"""The report's pictures as Vega-Lite specs, built and validated by Altair from the query rows."""

from __future__ import annotations

import altair as alt

from warehouse.report.queries import MAP_ROLES

WIDTH = "container"
MAX_TICKS = 5


def _count_axis(rows: list[dict], field: str, by: str | None = None) -> alt.Axis:
    """An axis of whole counts: no more ticks than the largest (stacked) count."""
    totals: dict = {}
    for row in rows:
        key = row[by] if by else id(row)
        totals[key] = totals.get(key, 0) + (row[field] or 0)
    largest = max(totals.values(), default=1)
    return alt.Axis(format="d", tickCount=max(1, min(MAX_TICKS, int(largest))))


COUNTRIES = "countries"  # the named dataset of country shapes
ROLE_COLOURS = dict(zip(MAP_ROLES, ("#d62728", "#1f77b4"), strict=True))


def _data(rows: list[dict]) -> alt.Data:
    """Rows inlined into the spec (dates as ISO text)."""
    return alt.Data(values=[{k: _plain(v) for k, v in row.items()} for row in rows])


def _plain(value):
    """A JSON-ready value."""
    return value.isoformat() if hasattr(value, "isoformat") else value


def releases_over_time(rows: list[dict]) -> dict:
    """Releases per month, stacked by organisation."""
    chart = (
        alt.Chart(_data(rows), width=WIDTH, height=260)
        .mark_bar()
        .encode(
            x=alt.X("month:T", timeUnit="yearmonth", title="month"),
            y=alt.Y(
                "sum(releases):Q", title="releases", axis=_count_axis(rows, "releases", "month")
            ),
            color=alt.Color("organisation:N", legend=alt.Legend(orient="bottom", columns=3)),
            tooltip=["month:N", "organisation:N", "releases:Q"],
        )
    )
    return chart.to_dict()


def world_map(rows: list[dict], shapes: dict) -> dict:
    """Countries in grey, circles for event places and datelines sized by releases."""
    land = (
        alt.Chart(alt.NamedData(name=COUNTRIES))
        .mark_geoshape(fill="#e6e6e6", stroke="#ffffff", strokeWidth=0.5)
        .encode(tooltip=[alt.Tooltip("properties.name:N", title="country")])
    )
    places = (
        alt.Chart(_data(rows))
        .mark_circle(opacity=0.65, stroke="#333333", strokeWidth=0.5)
        .encode(
            longitude="lon:Q",
            latitude="lat:Q",
            size=alt.Size("releases:Q", scale=alt.Scale(range=[30, 900]), title="releases"),
            color=alt.Color(
                "role:N",
                scale=alt.Scale(domain=list(ROLE_COLOURS), range=list(ROLE_COLOURS.values())),
                title="place of",
            ),
            tooltip=["name:N", "country_code:N", "role:N", "releases:Q"],
        )
    )
    chart = alt.layer(land, places, width=WIDTH, height=460).project("equalEarth")
    spec = chart.to_dict()  # the shapes join after validation: Altair would walk every point
    spec.setdefault("datasets", {})[COUNTRIES] = shapes["features"]
    return spec


def top_speakers(rows: list[dict]) -> dict:
    """Speakers by number of quotes."""
    chart = (
        alt.Chart(_data(rows), width=WIDTH, height=max(120, 22 * len(rows)))
        .mark_bar(color="#4c78a8")
        .encode(
            x=alt.X("quotes:Q", title="quotes", axis=_count_axis(rows, "quotes")),
            y=alt.Y("speaker:N", sort="-x", title=None),
            tooltip=["speaker:N", "title:N", "organisation:N", "quotes:Q", "releases:Q"],
        )
    )
    return chart.to_dict()


def agreements_by_year(rows: list[dict]) -> dict:
    """Agreements per year, stacked by kind."""
    chart = (
        alt.Chart(_data(rows), width=WIDTH, height=240)
        .mark_bar()
        .encode(
            x=alt.X("year:O", title="year"),
            y=alt.Y(
                "sum(agreements):Q",
                title="agreements",
                axis=_count_axis(rows, "agreements", "year"),
            ),
            color=alt.Color("kind:N", legend=alt.Legend(orient="bottom", columns=2)),
            tooltip=["year:O", "kind:N", "agreements:Q"],
        )
    )
    return chart.to_dict()


def party_pairs(rows: list[dict]) -> dict:
    """The pairs of parties that sign together most often."""
    data = [{**row, "pair": f"{row['party_a']} + {row['party_b']}"} for row in rows]
    chart = (
        alt.Chart(_data(data), width=WIDTH, height=max(120, 22 * len(rows)))
        .mark_bar(color="#72b7b2")
        .encode(
            x=alt.X(
                "agreements:Q",
                title="agreements signed together",
                axis=_count_axis(rows, "agreements"),
            ),
            y=alt.Y("pair:N", sort="-x", title=None, axis=alt.Axis(labelLimit=360)),
            tooltip=["party_a:N", "party_b:N", "agreements:Q"],
        )
    )
    return chart.to_dict()


def quality(rows: list[dict]) -> dict:
    """Share of releases (or quotes) that carry each extracted field."""
    chart = (
        alt.Chart(_data(rows), width=WIDTH, height=180)
        .mark_bar(color="#54a24b")
        .encode(
            x=alt.X(
                "share:Q", title="share", scale=alt.Scale(domain=[0, 1]), axis=alt.Axis(format="%")
            ),
            y=alt.Y("measure:N", sort=None, title=None, axis=alt.Axis(labelLimit=240)),
            tooltip=[
                "measure:N",
                "numerator:Q",
                "denominator:Q",
                alt.Tooltip("share:Q", format=".1%"),
            ],
        )
    )
    return chart.to_dict()


def rejects(rows: list[dict]) -> dict:
    """Open rejects per stage, split by reason."""
    chart = (
        alt.Chart(_data(rows), width=WIDTH, height=160)
        .mark_bar()
        .encode(
            x=alt.X(
                "sum(rejects):Q", title="open rejects", axis=_count_axis(rows, "rejects", "stage")
            ),
            y=alt.Y("stage:N", title="stage"),
            color=alt.Color("reason:N", legend=alt.Legend(orient="bottom", labelLimit=400)),
            tooltip=["stage:N", "reason:N", "rejects:Q"],
        )
    )
    return chart.to_dict()
