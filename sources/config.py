"""Sources and settings, read from config/sources.toml as data.

A source states only what differs from [defaults]; everything else comes from there
(the model of trafilatura's use_config).
"""

from __future__ import annotations

import os
import tomllib
from collections.abc import Iterator
from dataclasses import dataclass, field, fields
from pathlib import Path
from urllib.parse import urlsplit

PROJECT_ROOT = Path(__file__).resolve().parents[1]
DEFAULT_CONFIG = PROJECT_ROOT / "config" / "sources.toml"
SOURCE_KINDS = ("feed", "listing", "files")


class ConfigError(ValueError):
    """A sources file or a source entry that cannot be used, with a one-line reason."""


@dataclass(frozen=True, slots=True)
class Selectors:
    """CSS selectors for one site layout; None means 'use the generic extractor'."""

    title: str | None = None
    date: str | None = None
    body: str | None = None


@dataclass(frozen=True, slots=True)
class SourceConfig:
    """One configured source of releases."""

    name: str
    kind: str  # feed | listing | files
    url: str | None = None  # feed URL, or listing URL template with {page}
    path: str | None = None  # files: a file or folder, relative to the project root
    organisation: str | None = None
    allowed_hosts: tuple[str, ...] = ()
    allow_private_addresses: bool = False
    rate_limit: float = 1.0  # requests per second per host
    max_concurrency: int = 2  # simultaneous requests per host
    schedule: str | None = None  # cron
    link_selector: str | None = None  # listing: CSS selector of article links
    link_date_selector: str | None = None  # listing: CSS selector of each link's date
    first_page: int = 0  # listing: the number of its first page
    max_pages: int = 50  # listing or feed: stop after this many pages
    selectors: Selectors = field(default_factory=Selectors)
    user_agent: str = "pressroom/0.1 (+https://github.com/pressroom-data/pressroom)"
    connect_timeout: float = 5.0
    read_timeout: float = 20.0
    max_retries: int = 3
    max_body_bytes: int = 10_000_000
    max_redirects: int = 5
    respect_robots: bool = True
    backoff_base: float = 1.0  # seconds; retry waits grow as base * 2**n, with jitter
    max_retry_wait: float = 60.0  # cap on one wait; a longer Retry-After gives up instead
    max_fetch_seconds: float = 120.0  # whole download of one response, however slow it drips
    full_text_min_chars: int = 500  # feed item with less text than this: fetch its link

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


_SOURCE_FIELDS = {f.name for f in fields(SourceConfig)}


def _build_source(name: str, entry: dict, defaults: dict) -> SourceConfig:
    """Merge one [sources.NAME] entry over [defaults] and check it."""
    merged = {**defaults, **entry}
    unknown = sorted(set(merged) - _SOURCE_FIELDS)
    if unknown:
        raise ConfigError(f"source {name!r}: unknown setting(s) {', '.join(unknown)}")
    kind = merged.get("kind")
    if kind not in SOURCE_KINDS:
        raise ConfigError(f"source {name!r}: kind must be one of {', '.join(SOURCE_KINDS)}")
    if kind == "files" and not merged.get("path"):
        raise ConfigError(f"source {name!r}: a files source needs a path")
    if kind in ("feed", "listing") and not merged.get("url"):
        raise ConfigError(f"source {name!r}: a {kind} source needs a url")
    merged["selectors"] = Selectors(**merged.get("selectors", {}))
    merged["allowed_hosts"] = tuple(merged.get("allowed_hosts", ()))
    return SourceConfig(name=name, **{k: v for k, v in merged.items() if k != "name"})


def load_sources(config_path: Path, base: Path | None = None) -> dict[str, SourceConfig]:
    """Every source in a sources file, defaults applied; relative paths kept as written."""
    try:
        raw = tomllib.loads(config_path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise ConfigError(f"config file not found: {config_path}") from None
    except tomllib.TOMLDecodeError as error:
        raise ConfigError(f"{config_path}: not valid TOML ({error})") from None
    defaults = raw.get("defaults", {})
    return {
        name: _build_source(name, entry, defaults) for name, entry in raw.get("sources", {}).items()
    }


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
