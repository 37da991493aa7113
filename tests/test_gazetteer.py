"""The gazetteer's tables: built once, kept in a cache file, read back equal; a damaged,
stale or unwritable cache never changes an answer."""

from __future__ import annotations

from dataclasses import dataclass

import pytest

from transforms import places
from transforms.cache import CACHE_ENV, cache_dir
from transforms.gazetteer import cache_path, cached_tables


@dataclass(slots=True, frozen=True)
class Town:
    name: str
    population: int
    lat: float | None = None


def made_up_tables():
    """Two tables that share an entry, like the cities by name and by other spelling."""
    alpha = Town("Alpha", 12_000, 1.5)
    beta = Town("Beta", 7_000)
    return [{"alpha": [alpha], "beta": [beta, alpha]}, {"alfa": [alpha]}]


class CountingBuild:
    """A build function that says how often it ran."""

    def __init__(self):
        self.calls = 0

    def __call__(self):
        self.calls += 1
        return made_up_tables()


@pytest.fixture
def cache_home(tmp_path, monkeypatch):
    monkeypatch.setenv(CACHE_ENV, str(tmp_path / "cache"))
    return tmp_path / "cache"


@pytest.fixture
def code(tmp_path):
    """A stand-in for the module that builds the tables (its bytes key the cache)."""
    source = tmp_path / "builder.py"
    source.write_text("VERSION = 1\n")
    return source


def test_a_second_process_reads_the_tables_instead_of_building_them(cache_home, code):
    build = CountingBuild()
    first = cached_tables("towns", build, Town, [str(code)])
    second = cached_tables("towns", build, Town, [str(code)])
    assert build.calls == 1
    assert first == second == made_up_tables()
    assert len(list(cache_home.glob("gazetteer-towns-*.marshal"))) == 1


def test_an_entry_in_two_tables_is_one_object_after_reading(cache_home, code):
    cached_tables("towns", made_up_tables, Town, [str(code)])
    by_name, by_spelling = cached_tables("towns", made_up_tables, Town, [str(code)])
    assert by_name["alpha"][0] is by_name["beta"][1] is by_spelling["alfa"][0]


def test_changed_building_code_builds_the_tables_again(cache_home, code):
    build = CountingBuild()
    before = cache_path("towns", [str(code)])
    cached_tables("towns", build, Town, [str(code)])
    code.write_text("VERSION = 2\n")
    cached_tables("towns", build, Town, [str(code)])
    assert build.calls == 2
    assert cache_path("towns", [str(code)]) != before


@pytest.mark.parametrize(
    "damage",
    [
        pytest.param(b"", id="empty-file"),
        pytest.param(b"\x00\x01not marshal", id="garbage"),
        pytest.param(__import__("marshal").dumps(("rows", 3)), id="wrong-shape"),
    ],
)
def test_a_damaged_cache_file_is_built_again_and_replaced(cache_home, code, damage):
    path = cache_path("towns", [str(code)])
    path.parent.mkdir(parents=True)
    path.write_bytes(damage)
    build = CountingBuild()
    assert cached_tables("towns", build, Town, [str(code)]) == made_up_tables()
    assert build.calls == 1
    assert path.read_bytes() != damage


def test_a_cache_that_cannot_be_written_still_gives_the_tables(tmp_path, monkeypatch, code):
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder")
    monkeypatch.setenv(CACHE_ENV, str(blocker / "cache"))
    build = CountingBuild()
    assert cached_tables("towns", build, Town, [str(code)]) == made_up_tables()
    assert cached_tables("towns", build, Town, [str(code)]) == made_up_tables()
    assert build.calls == 2


def test_the_cached_gazetteer_answers_like_the_built_one():
    """The real tables, as read from the cache, against the same built from the JSON."""
    by_name, by_alias = places._cities()
    built_name, built_alias = places._built_cities()
    assert by_name == built_name and by_alias == built_alias


@pytest.mark.parametrize(
    ("env", "expected"),
    [
        pytest.param({CACHE_ENV: "/srv/cache"}, "/srv/cache", id="pressroom-cache-dir-first"),
        pytest.param({"XDG_CACHE_HOME": "/srv/xdg"}, "/srv/xdg/pressroom", id="then-xdg"),
        pytest.param({"HOME": "/home/ana"}, "/home/ana/.cache/pressroom", id="then-home"),
    ],
)
def test_where_the_cache_lives(monkeypatch, env, expected):
    for name in (CACHE_ENV, "XDG_CACHE_HOME"):
        monkeypatch.delenv(name, raising=False)
    for name, value in env.items():
        monkeypatch.setenv(name, value)
    assert str(cache_dir()) == expected
