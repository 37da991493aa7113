"""config/sources.toml is checked before anything is fetched: every mistake, one line each."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from flows.cli import app
from sources.config import DEFAULT_CONFIG, ConfigError, load_sources

sys.path.insert(0, str(Path(__file__).resolve().parent / "fixtures" / "sites"))
from loopback import SiteServer

GOOD_FEED = 'kind = "feed"\nurl = "https://news.example.org/rss"\n'


def mistakes(tmp_path: Path, text: str) -> list[str]:
    """The lines of the ConfigError a sources file raises."""
    path = tmp_path / "sources.toml"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(ConfigError) as caught:
        load_sources(path)
    return str(caught.value).splitlines()


@pytest.mark.parametrize(
    ("entry", "line"),
    [
        pytest.param(
            'allowed_hosts = "example.org"',
            "source 'x': allowed_hosts = 'example.org': expected a list, e.g. [\"www.example.org\"]",
            id="hosts-as-a-string",
        ),
        pytest.param(
            'rate_limit = "fast"',
            "source 'x': rate_limit = 'fast': expected a number",
            id="rate-limit-as-a-word",
        ),
        pytest.param(
            'rate_limit = "2"',
            "source 'x': rate_limit = '2': expected a number",
            id="number-in-quotes-is-not-coerced",
        ),
        pytest.param(
            "rate_limit = 0",
            "source 'x': rate_limit = 0: expected a number greater than 0",
            id="rate-limit-zero",
        ),
        pytest.param(
            "max_retries = 1.5",
            "source 'x': max_retries = 1.5: expected a whole number",
            id="fraction-of-a-retry",
        ),
        pytest.param(
            'respect_robots = "yes"',
            "source 'x': respect_robots = 'yes': expected true or false",
            id="boolean-as-a-word",
        ),
        pytest.param(
            "max_page = 3",
            "source 'x': unknown setting max_page = 3: expected a known setting (did you mean max_pages?)",
            id="misspelt-setting",
        ),
        pytest.param(
            '[sources.x.selectors]\nbody = "div["',
            "source 'x': selectors.body = 'div[': expected a CSS selector cssselect reads",
            id="bad-css",
        ),
    ],
)  # fmt: skip
def test_each_mistake_names_source_key_given_and_expected(tmp_path, entry, line):
    assert mistakes(tmp_path, f"[sources.x]\n{GOOD_FEED}{entry}\n") == [f"sources.toml: {line}"]


def test_every_mistake_of_the_file_is_reported_at_once(tmp_path):
    text = (
        '[defaults]\nread_timeout = "long"\n'
        '[sources.a]\nkind = "rss"\n'
        '[sources.b]\nkind = "listing"\nurl = "ftp://news.example.org/"\n'
        '[sources.c]\nkind = "files"\n'
    )
    assert mistakes(tmp_path, text) == [
        "sources.toml: source 'a': kind = 'rss': expected one of feed, listing, files",
        "sources.toml: [defaults]: read_timeout = 'long': expected a number",
        "sources.toml: source 'b': url = 'ftp://news.example.org/': expected an http(s) URL",
        "sources.toml: source 'b': link_selector missing: expected the CSS selector of links",
        "sources.toml: source 'c': path missing: expected the file or folder a files source reads",
    ]


def test_the_bundled_config_is_valid():
    assert "samples" in load_sources(DEFAULT_CONFIG)


def test_a_bad_config_stops_the_cli_before_any_request(tmp_path):
    with SiteServer() as server:
        server.robots()
        server.page("/rss", "<rss version='2.0'><channel><title>t</title></channel></rss>")
        config = tmp_path / "sources.toml"
        config.write_text(
            f'[sources.local]\nkind = "feed"\nurl = "{server.url("/rss")}"\n'
            'allow_private_addresses = true\nrate_limit = "fast"\n',
            encoding="utf-8",
        )
        result = CliRunner().invoke(
            app,
            ["ingest", "--source", "local", "--config", str(config), "--data-dir", str(tmp_path)],
        )
        assert result.exit_code == 2
        assert "source 'local': rate_limit = 'fast': expected a number" in result.output
        assert "Traceback" not in result.output
        assert server.log == []
