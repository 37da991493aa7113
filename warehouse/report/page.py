"""One self-contained HTML page from the warehouse: queries, charts, tables and scripts inlined."""

from __future__ import annotations

import json
import os
import re
import tempfile
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

import jinja2

from warehouse.query import open_for_query
from warehouse.report import charts
from warehouse.report.assets import vega_javascript, world_shapes
from warehouse.report.queries import QUERIES, TOP_ORGANISATIONS, Scope, query_sql, run_all

TEMPLATES = Path(__file__).parent / "templates"
CLOSING_SCRIPT = re.compile(r"</(script)", re.IGNORECASE)
SIZE_LIMIT = 5_000_000  # bytes: the page stays under this for 10,000 releases


@dataclass(frozen=True, slots=True)
class Written:
    """Where the page went and how big it is."""

    path: Path
    size: int


@dataclass(frozen=True, slots=True)
class Figure:
    """A picture with the numbers behind it: its chart spec, its rows and its query."""

    name: str
    title: str
    spec: dict | None
    table: str  # the query whose rows are the numbers


REPORT_THREADS = 1


def build_html(data_dir: Path, scope: Scope) -> str:
    """The page's HTML for the warehouse at data_dir."""
    con = open_for_query(data_dir)
    try:
        # small aggregates: one thread is as quick and keeps the end of an ingest 13 MB lower
        con.execute(f"set threads = {REPORT_THREADS}")
        rows = run_all(con, scope)
    finally:
        con.close()
    figures = _figures(rows)
    environment = jinja2.Environment(
        loader=jinja2.FileSystemLoader(TEMPLATES),
        autoescape=jinja2.select_autoescape(["html"]),
        undefined=jinja2.StrictUndefined,
    )
    environment.filters["href"] = _href
    environment.filters["cell"] = _cell
    return environment.get_template("report.html").render(
        scope=scope.describe(),
        top_organisations=TOP_ORGANISATIONS,
        generated=datetime.now(UTC).strftime("%Y-%m-%d %H:%M UTC"),
        totals=rows["totals"][0],
        rows=rows,
        sql={name: query_sql(name, scope) for name in QUERIES},
        figures={figure.name: figure for figure in figures},
        specs_json=_json_in_script({f.name: f.spec for f in figures if f.spec}),
        vega_js=_javascript_in_script(vega_javascript()),
    )


def _figures(rows: dict[str, list[dict]]) -> list[Figure]:
    """Every picture of the page; one with no rows has no chart, only its (empty) table."""
    plans = [
        ("monthly", "Releases per month", charts.releases_over_time, "monthly"),
        ("map", "Event places and datelines", None, "places"),
        ("speakers", "Top speakers", charts.top_speakers, "speakers"),
        (
            "agreements_by_year",
            "Agreements per year",
            charts.agreements_by_year,
            "agreements_by_year",
        ),
        ("party_pairs", "Parties that sign together", charts.party_pairs, "party_pairs"),
        ("quality", "Extraction coverage", charts.quality, "quality"),
        ("rejects", "Open rejects", charts.rejects, "rejects"),
    ]
    figures = []
    for name, title, make, table in plans:
        data = rows[table]
        if not data:
            spec = None
        elif name == "map":
            spec = charts.world_map(data, world_shapes())
        else:
            spec = make(data)
        figures.append(Figure(name, title, spec, table))
    return figures


def _json_in_script(value) -> str:
    """JSON that cannot close the <script> element it is inlined in ('<' as its escape)."""
    return json.dumps(value, separators=(",", ":")).replace("<", "\\u003c")


def _javascript_in_script(code: str) -> str:
    """Script text that cannot close its <script> element ('</script' written '<\\/script')."""
    return CLOSING_SCRIPT.sub(r"<\\/\1", code)


def _href(url: str | None) -> str:
    """A link for a release: its web address, or its local file."""
    if not url:
        return ""
    if url.startswith(("http://", "https://")):
        return url
    return Path(url).as_uri() if os.path.isabs(url) else url


def _cell(value) -> str:
    """A table cell's text."""
    if value is None:
        return ""
    if isinstance(value, float):
        return f"{value:g}"
    return str(value)


def write_report(data_dir: Path, out: Path, source: str | None = None, since=None) -> Written:
    """Write the page atomically (a reader never sees half a file) and say how big it is."""
    html = build_html(Path(data_dir), Scope(source=source, since=since))
    out = Path(out).resolve()
    out.parent.mkdir(parents=True, exist_ok=True)
    with tempfile.NamedTemporaryFile(
        "w", encoding="utf-8", dir=out.parent, delete=False, prefix=f".{out.name}.", suffix=".part"
    ) as handle:
        handle.write(html)
    os.replace(handle.name, out)
    return Written(out, out.stat().st_size)
