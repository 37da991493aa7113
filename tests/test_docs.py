"""The README's table reference matches the schemas it documents."""

from __future__ import annotations

from pathlib import Path

from warehouse.schemas import TABLES, reference_markdown

README = Path(__file__).resolve().parents[1] / "README.md"


def test_readme_table_reference_is_generated_from_the_schemas():
    text = README.read_text(encoding="utf-8")
    section = text.split("<!-- tables:start -->\n", 1)[1].split("<!-- tables:end -->", 1)[0]
    assert section.strip() == reference_markdown().strip(), (
        "README is stale: paste `python -m warehouse.schemas` between the tables markers"
    )


def test_readme_starts_with_the_two_commands():
    head = README.read_text(encoding="utf-8")[:1500]
    assert "make run" in head and "make test" in head


def test_every_table_is_documented():
    text = README.read_text(encoding="utf-8")
    assert all(f"#### `{name}`" in text for name in TABLES)
