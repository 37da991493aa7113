"""Sources and settings, read from config/sources.toml as data and checked before any fetch.

A source states only what differs from [defaults]; everything else comes from there
(the model of trafilatura's use_config). pydantic checks every value against the field's
type (no coercion from strings: `rate_limit = "fast"` and `allowed_hosts = "example.org"`
are mistakes), and every mistake of the file is reported at once, one line each, naming
the source, the key, what was given and what is expected.
"""

from __future__ import annotations

import difflib
import os
import tomllib
from collections.abc import Iterator
from dataclasses import dataclass, field, fields
from pathlib import Path
from typing import Annotated, Literal, get_args
from urllib.parse import urlsplit

from pydantic import ConfigDict, Field, Strict, TypeAdapter, ValidationError

PROJECT_ROOT = Path(__file__).resolve().parents[1]
DEFAULT_CONFIG = PROJECT_ROOT / "config" / "sources.toml"
SourceKind = Literal["feed", "listing", "files"]
SOURCE_KINDS = get_args(SourceKind)

# Field types: TOML already has numbers, booleans and strings, so nothing is coerced.
Text = Annotated[str, Strict()]
Flag = Annotated[bool, Strict()]
Positive = Annotated[float, Strict(), Field(gt=0)]  # strict floats accept integers
Count = Annotated[int, Strict(), Field(ge=0)]
AtLeastOne = Annotated[int, Strict(), Field(ge=1)]
STRICT_FIELDS = ConfigDict(extra="forbid")


class ConfigError(ValueError):
    """A sources file or a source entry that cannot be used: one line per mistake."""


@dataclass(frozen=True, slots=True)
class Selectors:
    """CSS selectors for one site layout; None means 'use the generic extractor'."""

    __pydantic_config__ = STRICT_FIELDS

    title: Text | None = None
    date: Text | None = None
    body: Text | None = None


@dataclass(frozen=True, slots=True)
class SourceConfig:
    """One configured source of releases."""

    __pydantic_config__ = STRICT_FIELDS

    name: Text
    kind: SourceKind
    url: Text | None = None  # feed URL, or listing URL template with {page}
    path: Text | None = None  # files: a file or folder, relative to the project root
    organisation: Text | None = None
    allowed_hosts: tuple[Text, ...] = ()
    allow_private_addresses: Flag = False
    rate_limit: Positive = 1.0  # requests per second per host
    max_concurrency: AtLeastOne = 2  # simultaneous requests per host
    schedule: Text | None = None  # cron
    link_selector: Text | None = None  # listing: CSS selector of article links
    link_date_selector: Text | None = None  # listing: CSS selector of each link's date
    first_page: Count = 0  # listing: the number of its first page
    max_pages: AtLeastOne = 50  # listing or feed: stop after this many pages
    selectors: Selectors = field(default_factory=Selectors)
    user_agent: Text = "pressroom/0.1 (+https://github.com/pressroom-data/pressroom)"
    connect_timeout: Positive = 5.0
    read_timeout: Positive = 20.0
    max_retries: Count = 3
    max_body_bytes: AtLeastOne = 10_000_000
    max_redirects: Count = 5
    respect_robots: Flag = True
    backoff_base: Positive = 1.0  # seconds; retry waits grow as base * 2**n, with jitter
    max_retry_wait: Positive = 60.0  # cap on one wait; a longer Retry-After gives up instead
    max_fetch_seconds: Positive = 120.0  # whole download of one response, however slow it drips
    full_text_min_chars: Count = 500  # feed item with less text than this: fetch its link

    @property
    def hosts(self) -> tuple[str, ...]:
        """Hosts this source may fetch from: as configured, else the host of its URL."""
        if self.allowed_hosts:
            return self.allowed_hosts
        host = urlsplit(self.url or "").hostname
        return (host,) if host else ()

    def page_urls(self) -> Iterator[str]:
        """The listing or feed pages: {page} numbered from first_page, at most max_pages."""
        if "{page}" not in (self.url or ""):
            yield self.url or ""
            return
        for number in range(self.first_page, self.first_page + self.max_pages):
            yield self.url.replace("{page}", str(number))

    def resolved_path(self, base: Path = PROJECT_ROOT) -> Path:
        """The files source's path, relative paths taken from the config's project root."""
        if not self.path:
            raise ConfigError(f"source {self.name!r} has no path")
        path = Path(self.path).expanduser()
        return path if path.is_absolute() else base / path


@dataclass(frozen=True, slots=True)
class Settings:
    """Where the config and the warehouse are."""

    config_path: Path
    data_dir: Path
    sources: dict[str, SourceConfig]


SOURCE_FIELDS = tuple(f.name for f in fields(SourceConfig))
SELECTOR_FIELDS = tuple(f.name for f in fields(Selectors))
_SOURCE_ADAPTER = TypeAdapter(SourceConfig)
# What a value of each kind of mistake should have been, in a user's words.
EXPECTED = {
    "string_type": "text in quotes",
    "bool_type": "true or false",
    "int_type": "a whole number",
    "float_type": "a number",
    "tuple_type": 'a list, e.g. ["www.example.org"]',
    "dataclass_type": "a table of title, date and body selectors",
    "literal_error": "one of " + ", ".join(SOURCE_KINDS),
}


def _expected(error: dict) -> str:
    """What the value should have been, from one pydantic error."""
    kind, ctx = error["type"], error.get("ctx") or {}
    if kind == "greater_than":
        return f"a number greater than {ctx['gt']:g}"
    if kind == "greater_than_equal":
        return f"a number of at least {ctx['ge']:g}"
    if kind == "unexpected_keyword_argument":
        known = SELECTOR_FIELDS if len(error["loc"]) > 1 else SOURCE_FIELDS
        close = difflib.get_close_matches(str(error["loc"][-1]), known, n=1)
        return f"a known setting{f' (did you mean {close[0]}?)' if close else ''}"
    return EXPECTED.get(kind) or error["msg"].removeprefix("Input should be ")


def _mistake(where: str, error: dict) -> str:
    """One line: where, which key, what was given, what is expected."""
    key = ".".join(str(part) for part in error["loc"])
    if error["type"] == "unexpected_keyword_argument":
        return f"{where}: unknown setting {key} = {error['input']!r}: expected {_expected(error)}"
    return f"{where}: {key} = {error['input']!r}: expected {_expected(error)}"


def _kind_mistakes(where: str, merged: dict) -> list[str]:
    """What a source's kind requires: a path for files, an http(s) URL for feeds and listings."""
    kind, url = merged.get("kind"), merged.get("url")
    mistakes = []
    if kind == "files" and not merged.get("path"):
        mistakes.append(f"{where}: path missing: expected the file or folder a files source reads")
    if kind in ("feed", "listing") and not url:
        mistakes.append(f"{where}: url missing: expected the {kind}'s http(s) URL")
    elif kind in ("feed", "listing") and urlsplit(str(url)).scheme not in ("http", "https"):
        mistakes.append(f"{where}: url = {url!r}: expected an http(s) URL")
    if kind == "listing" and not merged.get("link_selector"):
        mistakes.append(f"{where}: link_selector missing: expected the CSS selector of links")
    return mistakes


def _selector_mistakes(where: str, merged: dict) -> list[str]:
    """Selectors cssselect cannot read, named by key."""
    from transforms.html import css_to_xpath

    page = merged.get("selectors")
    named = {
        "link_selector": merged.get("link_selector"),
        "link_date_selector": merged.get("link_date_selector"),
        **{f"selectors.{key}": value for key, value in (page or {}).items()},
    }
    mistakes = []
    for key, css in named.items():
        try:
            if isinstance(css, str) and css:
                css_to_xpath(css)
        except ValueError:
            mistakes.append(f"{where}: {key} = {css!r}: expected a CSS selector cssselect reads")
    return mistakes


def check_source(name: str, entry: dict, defaults: dict) -> tuple[SourceConfig | None, list[str]]:
    """One [sources.NAME] entry merged over [defaults]: the source, or every mistake in it."""
    where = f"source {name!r}"
    if not isinstance(entry, dict):
        return None, [f"{where}: {entry!r}: expected a [sources.{name}] table"]
    merged = {**defaults, **entry, "name": name}
    if isinstance(merged.get("allowed_hosts"), list):
        merged["allowed_hosts"] = tuple(merged["allowed_hosts"])
    mistakes = []
    try:
        source = _SOURCE_ADAPTER.validate_python(merged)
    except ValidationError as error:
        source = None
        for problem in error.errors(include_url=False):
            key = problem["loc"][0] if problem["loc"] else None
            origin = "[defaults]" if key in defaults and key not in entry else where
            mistakes.append(_mistake(origin, problem))
    mistakes += _kind_mistakes(where, merged)
    if isinstance(merged.get("selectors", {}), dict):
        mistakes += _selector_mistakes(where, merged)
    return (None if mistakes else source), mistakes


def load_sources(config_path: Path, base: Path | None = None) -> dict[str, SourceConfig]:
    """Every source in a sources file, defaults applied; ConfigError lists every mistake."""
    try:
        raw = tomllib.loads(config_path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise ConfigError(f"config file not found: {config_path}") from None
    except tomllib.TOMLDecodeError as error:
        raise ConfigError(f"{config_path}: not valid TOML ({error})") from None
    defaults = raw.get("defaults", {})
    sources, mistakes = {}, []
    for name, entry in raw.get("sources", {}).items():
        source, found = check_source(name, entry, defaults)
        mistakes += found
        if source is not None:
            sources[name] = source
    if mistakes:
        lines = dict.fromkeys(mistakes)  # a mistake in [defaults] is said once
        raise ConfigError("\n".join(f"{config_path.name}: {line}" for line in lines))
    return sources


def load_settings(config: Path | str | None = None, data_dir: Path | str | None = None) -> Settings:
    """Settings from flags, then PRESSROOM_CONFIG / PRESSROOM_DATA_DIR, then defaults."""
    config_path = Path(config or os.environ.get("PRESSROOM_CONFIG") or DEFAULT_CONFIG)
    data_path = Path(data_dir or os.environ.get("PRESSROOM_DATA_DIR") or "data")
    return Settings(
        config_path=config_path.resolve(),
        data_dir=data_path.resolve(),
        sources=load_sources(config_path),
    )


def config_root(settings: Settings) -> Path:
    """Relative source paths are taken from the folder above config/ (the project root)."""
    parent = settings.config_path.parent
    return parent.parent if parent.name == "config" else parent


def get_source(settings: Settings, name: str) -> SourceConfig:
    """One source by name, or a one-line error that lists the known ones."""
    try:
        return settings.sources[name]
    except KeyError:
        known = ", ".join(sorted(settings.sources)) or "none"
        raise ConfigError(f"unknown source {name!r} (configured: {known})") from None
