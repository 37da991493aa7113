"""Imports go down only: flows -> sources / warehouse -> transforms, never back up.

sources/ and warehouse/ sit beside each other and import nothing of each other: the raw
archive (sources/archive.py) belongs to fetching and reprocessing, the warehouse to landing
and querying; only flows/ joins them. Every module is read as source (its AST), so a lazy
import inside a function counts as much as one at the top.
"""

from __future__ import annotations

import ast
import tomllib
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
LAYERS = ("flows", "sources", "warehouse", "transforms")
# What each layer must never import.
FORBIDDEN = {
    "transforms": ("flows", "sources", "warehouse"),
    "sources": ("flows", "warehouse"),
    "warehouse": ("flows", "sources"),
    "flows": (),
}


def imported_packages(path: Path) -> set[str]:
    """The first-party top-level packages a module imports, wherever the import statement is."""
    return imported_modules(path) & set(LAYERS)


def imported_modules(path: Path) -> set[str]:
    """Every top-level package a module imports, wherever the import statement is."""
    found = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            found.update(alias.name.split(".")[0] for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
            found.add(node.module.split(".")[0])
    return found


def modules(layer: str) -> list[Path]:
    return sorted((REPO / layer).rglob("*.py"))


@pytest.mark.parametrize("layer", LAYERS)
def test_a_layer_imports_nothing_above_or_beside_it(layer):
    wrong = {
        str(path.relative_to(REPO)): sorted(imported_packages(path) & set(FORBIDDEN[layer]))
        for path in modules(layer)
    }
    assert {module: bad for module, bad in wrong.items() if bad} == {}


def test_flows_holds_no_fetching_or_loading():
    """What reads the outside world lives in sources/, not beside the Prefect code."""
    names = {path.stem for path in modules("flows")}
    assert not names & {"fetch", "web", "load", "config", "feeds", "archive"}


def test_the_check_sees_a_lazy_import(tmp_path):
    module = tmp_path / "lazy.py"
    module.write_text("def f():\n    from flows.cli import app\n    import warehouse.store\n")
    assert imported_packages(module) == {"flows", "warehouse"}


def test_beautifulsoup_is_only_the_benchmarks_dependency():
    """lxml parses; BeautifulSoup is timed beside it in `make bench` and nowhere else."""
    project = tomllib.loads((REPO / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    assert not any(dep.startswith("beautifulsoup4") for dep in project["dependencies"])
    assert any(
        dep.startswith("beautifulsoup4") for dep in project["optional-dependencies"]["bench"]
    )
    users = {
        str(path.relative_to(REPO))
        for layer in LAYERS
        for path in modules(layer)
        if "bs4" in imported_modules(path)
    }
    assert users == set()
