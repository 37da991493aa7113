"""`pressroom report`: one offline page from the warehouse, checked as a file and in Chromium.

The browser tests open the page made from the bundled samples in Debian's headless Chromium
(driven by Playwright over the DevTools protocol) with the network cut off, and compare what
the page shows with the same SQL run through `pressroom sql`.
"""

from __future__ import annotations

import json
import os
import shutil
import time
from pathlib import Path

import lxml.html
import pytest
from typer.testing import CliRunner

from flows.api import temporary_api
from flows.cli import app
from warehouse.report import QUERIES, Scope, query_sql

REPO = Path(__file__).resolve().parents[1]
CHROMIUM = Path("/usr/bin/chromium")
DOCS_SCREENSHOT = REPO / "docs" / "report.png"
UPDATE_DOCS = "PRESSROOM_UPDATE_DOCS"  # set to 1 to rewrite docs/report.png from this run
CHROMIUM_FLAGS = [
    "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
    "--disable-background-networking", "--disable-component-update", "--disable-sync",
]  # fmt: skip
CHARTS = ("monthly", "map", "speakers", "agreements_by_year", "party_pairs", "quality", "rejects")
PAGE_TIMEOUT_MS = 20_000

runner = CliRunner()
pytestmark = pytest.mark.xdist_group("report")  # one worker: one ingest, one browser


def invoke(*args: str):
    """Run the CLI in-process."""
    return runner.invoke(app, list(args), catch_exceptions=False)


def sql_rows(data_dir: Path, sql: str) -> list[dict]:
    """Rows of a query through `pressroom sql --format json`."""
    result = invoke("sql", "--format", "json", "--data-dir", str(data_dir), sql)
    assert result.exit_code == 0, result.output
    return [json.loads(line) for line in result.stdout.splitlines() if line.strip()]


def as_cell(value) -> str:
    """How the page writes a value in a table cell."""
    if value is None:
        return ""
    if isinstance(value, float):
        return f"{value:g}"
    return str(value)


@pytest.fixture(scope="module")
def ingested(tmp_path_factory, prefect_api) -> tuple[Path, list[str]]:
    """The samples ingested through the CLI, and the report artifacts the run made.

    The run and the artifact lookup use the test process's Prefect API (the CLI finds it
    through flows.api.temporary_api, as it finds a configured one)."""
    data_dir = tmp_path_factory.mktemp("report") / "data"
    os.environ["PRESSROOM_REPORT_AFTER_RUN"] = "1"  # the rest of the suite skips the page
    try:
        with temporary_api(data_dir) as api_url:
            assert api_url == prefect_api
            result = invoke("ingest", "--source", "samples", "--data-dir", str(data_dir))
            artifacts = report_artifacts("report-samples")
    finally:
        os.environ["PRESSROOM_REPORT_AFTER_RUN"] = "0"
    assert result.exit_code == 0, result.output
    return data_dir, artifacts


def report_artifacts(key: str) -> list[str]:
    """The markdown of the artifacts under a key."""
    from prefect.client.orchestration import get_client
    from prefect.client.schemas.filters import ArtifactFilter, ArtifactFilterKey

    with get_client(sync_client=True) as client:
        found = client.read_artifacts(
            artifact_filter=ArtifactFilter(key=ArtifactFilterKey(any_=[key]))
        )
    return [artifact.data for artifact in found]


@pytest.fixture(scope="module")
def warehouse(ingested) -> Path:
    """The warehouse of the samples."""
    return ingested[0]


@pytest.fixture(scope="module")
def report_file(warehouse) -> Path:
    """The report of the samples, written by `pressroom report`."""
    out = warehouse.parent / "report.html"
    result = invoke("report", "--data-dir", str(warehouse), "--out", str(out))
    assert result.exit_code == 0, result.output
    assert str(out) in result.stdout.replace("\n", "")
    return out


class TestThePageAsAFile:
    def test_it_is_one_file_that_names_no_outside_address(self, report_file):
        tree = lxml.html.parse(str(report_file)).getroot()
        assert not tree.xpath("//script[@src] | //link[@href] | //img[@src] | //iframe")
        policy = tree.xpath("//meta[@http-equiv='Content-Security-Policy']/@content")
        assert policy and "default-src 'none'" in policy[0]

    def test_it_is_small(self, report_file):
        assert report_file.stat().st_size < 2_000_000

    def test_writing_leaves_no_partial_file(self, report_file):
        assert [p.name for p in report_file.parent.iterdir() if p.name.endswith(".part")] == []

    def test_every_picture_has_its_sql_and_numbers(self, report_file):
        tree = lxml.html.parse(str(report_file)).getroot()
        shown = set(tree.xpath("//details[@class='numbers']/@data-query"))
        assert shown == set(QUERIES)


class TestAfterAnIngestRun:
    def test_the_run_writes_the_report_and_links_it_from_an_artifact(self, ingested):
        data_dir, artifacts = ingested
        page = data_dir / "report.html"
        assert page.stat().st_size > 100_000
        assert len(artifacts) == 1 and page.as_uri() in artifacts[0]


class TestScope:
    def test_help_explains_the_command(self):
        result = invoke("report", "--help")
        text = " ".join(result.output.split())
        assert result.exit_code == 0
        assert all(flag in text for flag in ("--out", "--source", "--since", "--data-dir"))

    def test_since_after_the_newest_release_leaves_nothing_to_picture(self, warehouse):
        out = warehouse.parent / "future.html"
        result = invoke(
            "report", "--data-dir", str(warehouse), "--since", "2100-01-01", "-o", str(out)
        )
        assert result.exit_code == 0, result.output
        tree = lxml.html.parse(str(out)).getroot()
        assert tree.xpath("string(//*[@data-figure='releases'])") == "0"
        assert not tree.xpath("//div[@id='chart-monthly']")
        assert "Nothing to show yet" in out.read_text(encoding="utf-8")

    def test_a_source_narrows_every_query(self, warehouse):
        rows = sql_rows(warehouse, query_sql("totals", Scope(source="samples")))
        assert (
            rows[0]["releases"] == sql_rows(warehouse, "select count(*) as n from releases")[0]["n"]
        )
        assert sql_rows(warehouse, query_sql("totals", Scope(source="other")))[0]["releases"] == 0

    def test_a_quote_in_a_source_name_stays_inside_its_literal(self, warehouse):
        assert sql_rows(warehouse, query_sql("totals", Scope(source="o'; drop")))[0]["quotes"] == 0

    @pytest.mark.parametrize(
        ("args", "message"),
        [
            (("--source", "nowhere"), "no releases or rejects from source 'nowhere'"),
            (("--since", "2024-13-01"), "--since takes a date as YYYY-MM-DD"),
        ],
        ids=["unknown-source", "bad-date"],
    )
    def test_user_mistakes_are_one_line(self, warehouse, args, message):
        result = invoke("report", "--data-dir", str(warehouse), *args)
        assert result.exit_code == 2
        assert message in " ".join(result.output.split())

    def test_no_warehouse_says_what_to_do(self, tmp_path):
        result = invoke("report", "--data-dir", str(tmp_path / "none"))
        assert result.exit_code == 2
        assert "run `pressroom ingest` first" in " ".join(result.output.split())


# -- in the browser ----------------------------------------------------------------------------
@pytest.fixture(scope="module")
def browser_page(report_file, tmp_path_factory):
    """The report open in headless Chromium with the network cut off, charts drawn."""
    if not CHROMIUM.exists():
        pytest.skip("Debian's chromium is not installed (`make chromium` installs it)")
    from playwright.sync_api import sync_playwright

    profile = tmp_path_factory.mktemp("chromium-profile")
    events = {"console": [], "failed": [], "outside": []}
    started = time.monotonic()
    with sync_playwright() as playwright:
        context = playwright.chromium.launch_persistent_context(
            str(profile),
            executable_path=str(CHROMIUM),
            args=CHROMIUM_FLAGS,
            headless=True,
            offline=True,
            viewport={"width": 1280, "height": 2000},
        )
        context.route(
            lambda url: not url.startswith(("file:", "data:")), lambda route: route.abort()
        )
        page = context.new_page()
        page.set_default_timeout(PAGE_TIMEOUT_MS)
        page.on("console", lambda m: events["console"].append((m.type, m.text)))
        page.on("pageerror", lambda e: events["console"].append(("pageerror", str(e))))
        page.on("requestfailed", lambda r: events["failed"].append(r.url))
        page.on(
            "request",
            lambda r: (
                None if r.url.startswith(("file:", "data:")) else events["outside"].append(r.url)
            ),
        )
        page.goto(report_file.as_uri())
        page.wait_for_function("document.documentElement.dataset.chartsPending === '0'")
        events["load_seconds"] = time.monotonic() - started
        yield page, events
        context.close()


class TestInTheBrowser:
    def test_no_console_error_and_no_request_leaves_the_page(self, browser_page):
        _, events = browser_page
        errors = [text for kind, text in events["console"] if kind in ("error", "pageerror")]
        assert errors == []
        assert events["failed"] == [] and events["outside"] == []

    def test_the_browser_opens_and_draws_the_page_quickly(self, browser_page):
        _, events = browser_page
        assert events["load_seconds"] < 30

    @pytest.mark.parametrize("chart", CHARTS)
    def test_every_chart_is_drawn(self, browser_page, chart):
        page, _ = browser_page
        box = page.locator(f"#chart-{chart} svg").first
        assert box.bounding_box()["width"] > 200 and box.bounding_box()["height"] > 50
        marks = page.locator(
            f"#chart-{chart} svg .mark-rect path, #chart-{chart} svg .mark-symbol path, #chart-{chart} svg .mark-shape path"
        )
        assert marks.count() > 0

    def test_the_map_has_countries_and_circles(self, browser_page, warehouse):
        page, _ = browser_page
        places = sql_rows(warehouse, query_sql("places", Scope()))
        assert page.locator("#chart-map svg .mark-shape.role-mark path").count() > 150  # countries
        assert page.locator("#chart-map svg .mark-symbol.role-mark path").count() == len(places)

    @pytest.mark.parametrize("query", sorted(QUERIES))
    def test_numbers_equal_the_same_query_through_pressroom_sql(
        self, browser_page, warehouse, query
    ):
        page, _ = browser_page
        shown = page.evaluate(
            """(name) => {
                const box = document.querySelector(`details.numbers[data-query="${name}"]`);
                const table = box.querySelector("table");
                return {
                    sql: box.querySelector("pre.sql").textContent,
                    columns: Array.from(table.querySelectorAll("thead th"), (th) => th.textContent),
                    rows: Array.from(table.querySelectorAll("tbody tr"),
                        (tr) => Array.from(tr.querySelectorAll("td"), (td) => td.textContent)),
                };
            }""",
            query,
        )
        expected = sql_rows(warehouse, shown["sql"])
        assert shown["rows"] == [[as_cell(v) for v in row.values()] for row in expected]
        if expected:
            assert shown["columns"] == list(expected[0])

    @pytest.mark.parametrize(
        ("figure", "sql"),
        [
            ("releases", "select count(*) from releases"),
            ("quotes", "select count(*) from quotes"),
            ("speakers", "select count(distinct speaker) from quotes"),
            ("agreements", "select count(*) from agreements"),
            ("open_rejects", "select count(*) from rejects"),
        ],
        ids=["releases", "quotes", "speakers", "agreements", "open-rejects"],
    )
    def test_headline_figures_equal_plain_counts(self, browser_page, warehouse, figure, sql):
        page, _ = browser_page
        count = next(iter(sql_rows(warehouse, sql)[0].values()))
        assert page.locator(f"[data-figure='{figure}']").inner_text() == str(count)

    def test_numbers_are_one_click_away(self, browser_page):
        page, _ = browser_page
        table = page.locator("details.numbers[data-query='speakers'] table")
        assert not table.is_visible()
        page.locator("details.numbers[data-query='speakers'] summary").click()
        assert table.is_visible()
        page.locator("details.numbers[data-query='speakers'] summary").click()

    @pytest.mark.parametrize(
        "words",
        ["verhoeven", "Coast Guard", "no such words anywhere"],
        ids=["speaker", "text", "none"],
    )
    def test_the_search_box_filters_quotes(self, browser_page, warehouse, words):
        page, _ = browser_page
        pattern = f"%{words.lower()}%"
        expected = sql_rows(
            warehouse,
            "select count(*) as n from quotes where lower(concat_ws(' ', speaker, speaker_title, "
            f"speaker_org, text)) like '{pattern}'",
        )[0]["n"]
        page.fill("#quote-search", words)
        visible = page.locator("#quotes-table tbody tr:not([hidden])")
        assert visible.count() == expected
        assert page.locator("#quote-count").inner_text() == str(expected)
        if expected:
            assert words.lower() in visible.first.inner_text().lower()
        page.fill("#quote-search", "")
        assert page.locator("#quotes-table tbody tr:not([hidden])").count() == len(
            sql_rows(warehouse, query_sql("latest_quotes", Scope()))
        )

    def test_a_screenshot_shows_the_page(self, browser_page, tmp_path):
        page, _ = browser_page
        page.evaluate("window.scrollTo(0, 0)")
        shot = tmp_path / "report.png"
        page.screenshot(path=str(shot))
        assert shot.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n" and shot.stat().st_size > 50_000
        if os.environ.get(UPDATE_DOCS) == "1":
            shutil.copyfile(shot, DOCS_SCREENSHOT)
