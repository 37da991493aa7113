"""Rows checked against their table's schema before they land; a release that fails is a reject.

Pure: the rules come from warehouse/schemas.py (columns, types, required columns, value sets
derived from the typed Literals of transforms/records.py) and from a few ranges below.
"""

from __future__ import annotations

import math
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime, timedelta

import pyarrow as pa

from warehouse.schemas import EARLIEST_DATE, FUTURE_YEARS, TABLES, Table

INT32 = (-(2**31), 2**31 - 1)
INT64 = (-(2**63), 2**63 - 1)
# Numbers with a meaning of their own: (table, column) -> (lowest, highest) allowed.
COLUMN_RANGES: dict[tuple[str, str], tuple[float, float]] = {
    ("locations", "lat"): (-90.0, 90.0),
    ("locations", "lon"): (-180.0, 180.0),
    ("quotes", "start_char"): (0, INT32[1]),
    ("quotes", "end_char"): (0, INT32[1]),
}
# A release cannot be published after today (two days of slack for time zones); what it
# reports (an event, an agreement's year) may be planned up to FUTURE_YEARS ahead.
PUBLISHED_SLACK = timedelta(days=2)
PUBLISHED_COLUMNS = frozenset({"published_date"})
YEAR_COLUMNS = frozenset({("agreements", "year")})
MAX_PROBLEMS_IN_REASON = 3
# Quote marks a quote's text leaves out (opening, closing, reopening a quoted paragraph).
QUOTE_MARKS = str.maketrans(dict.fromkeys('"“”„«»‹›「」', " "))


@dataclass(frozen=True, slots=True)
class Problem:
    """One value that breaks its table's schema, and where it is."""

    table: str
    row: int
    column: str | None
    what: str

    def __str__(self) -> str:
        where = f"{self.table}[{self.row}]" + (f".{self.column}" if self.column else "")
        return f"{where}: {self.what}"


def check_release(tables: dict[str, list[dict]], today: date | None = None) -> list[Problem]:
    """Every problem of one release's rows (table name -> rows); empty when they may land."""
    today = today or date.today()
    problems: list[Problem] = []
    releases = tables.get("releases", [])
    if len(releases) != 1:
        problems.append(Problem("releases", 0, None, f"{len(releases)} release rows, not 1"))
    for name, rows in tables.items():
        table = TABLES.get(name)
        if table is None:
            problems.append(Problem(name, 0, None, "no such table"))
            continue
        for index, row in enumerate(rows):
            problems += check_row(table, index, row, today)
    if len(releases) == 1 and isinstance(releases[0].get("body_text"), str):
        problems += check_quote_offsets(releases[0]["body_text"], tables.get("quotes", []))
    return problems


def check_row(table: Table, index: int, row: dict, today: date) -> list[Problem]:
    """A row's columns against the table: none missing or unknown, each value valid."""
    columns = set(table.schema.names)
    problems = [
        Problem(table.name, index, name, "not a column of this table")
        for name in sorted(set(row) - columns)
    ]
    for field in table.schema:
        if field.name not in row:
            problems.append(Problem(table.name, index, field.name, "missing"))
            continue
        what = check_value(table, field, row[field.name], today)
        if what:
            problems.append(Problem(table.name, index, field.name, what))
    return problems


def check_value(table: Table, field: pa.Field, value, today: date) -> str | None:
    """Why a value does not fit its column, or None when it does."""
    if value is None or (isinstance(value, str) and not value.strip()):
        return "required but empty" if field.name in table.required else None
    kind_problem = TYPE_CHECKS.get(str(field.type), _unknown_type)(value)
    if kind_problem:
        return kind_problem
    allowed = table.allowed.get(field.name)
    if allowed is not None and value not in allowed:
        return f"{value!r} is not one of {', '.join(allowed)}"
    if field.type == pa.date32():
        return check_date(field.name, value, today)
    if (table.name, field.name) in YEAR_COLUMNS:
        return check_year(value, today)
    bounds = COLUMN_RANGES.get((table.name, field.name))
    if bounds and not bounds[0] <= value <= bounds[1]:
        return f"{value} is outside {bounds[0]}..{bounds[1]}"
    return None


def check_date(column: str, value: date, today: date) -> str | None:
    """A date after EARLIEST_DATE, not in the future (publication) or not far in it (the rest)."""
    latest = (
        today + PUBLISHED_SLACK
        if column in PUBLISHED_COLUMNS
        else today.replace(year=today.year + FUTURE_YEARS, day=min(today.day, 28))
    )
    if not EARLIEST_DATE <= value <= latest:
        return f"{value.isoformat()} is outside {EARLIEST_DATE.isoformat()}..{latest.isoformat()}"
    return None


def check_year(value: int, today: date) -> str | None:
    """A year between EARLIEST_DATE's and FUTURE_YEARS from now."""
    low, high = EARLIEST_DATE.year, today.year + FUTURE_YEARS
    return None if low <= value <= high else f"{value} is outside {low}..{high}"


def quoted_words(text: str) -> list[str]:
    """The words of a quote: a quote's text joins its paragraphs with single spaces and drops
    the marks that reopen each paragraph, so the body's span and the text are compared so."""
    return text.translate(QUOTE_MARKS).split()


def check_quote_offsets(body: str, quotes: list[dict]) -> list[Problem]:
    """Each quote's offsets inside the body, and the body there says the quote's words."""
    problems = []
    for index, quote in enumerate(quotes):
        start, end, text = quote.get("start_char"), quote.get("end_char"), quote.get("text")
        if not (isinstance(start, int) and isinstance(end, int) and isinstance(text, str)):
            continue  # already reported by the column checks
        if not 0 <= start < end <= len(body):
            what = f"offsets {start}..{end} are not inside the body (0..{len(body)})"
            problems.append(Problem("quotes", index, "start_char", what))
        elif quoted_words(body[start:end]) != quoted_words(text):
            found = _short(body[start:end])
            what = f"body_text[{start}:{end}] is {found!r}, not the quote's text"
            problems.append(Problem("quotes", index, "text", what))
    return problems


def describe(problems: list[Problem]) -> str:
    """The reject reason: one line naming the first problems."""
    shown = "; ".join(str(problem) for problem in problems[:MAX_PROBLEMS_IN_REASON])
    more = len(problems) - MAX_PROBLEMS_IN_REASON
    return f"invalid record: {shown}" + (f" (and {more} more)" if more > 0 else "")


def _short(text: str, limit: int = 40) -> str:
    """Text cut for a one-line reason."""
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _is_int(value) -> bool:
    """An int that is not a bool (True is an int in Python, not in a column)."""
    return isinstance(value, int) and not isinstance(value, bool)


def _integer(bounds: tuple[int, int]) -> Callable[[object], str | None]:
    """A check for an integer column of the given width."""

    def check(value) -> str | None:
        if not _is_int(value):
            return f"{value!r} is not an integer"
        return None if bounds[0] <= value <= bounds[1] else f"{value} does not fit the column"

    return check


def _string(value) -> str | None:
    return None if isinstance(value, str) else f"{value!r} is not text"


def _day(value) -> str | None:
    ok = isinstance(value, date) and not isinstance(value, datetime)
    return None if ok else f"{value!r} is not a date"


def _float(value) -> str | None:
    if not (isinstance(value, float) or _is_int(value)):
        return f"{value!r} is not a number"
    return None if math.isfinite(value) else f"{value} is not a finite number"


def _bool(value) -> str | None:
    return None if isinstance(value, bool) else f"{value!r} is not true or false"


def _timestamp(value) -> str | None:
    ok = isinstance(value, datetime) and value.tzinfo is not None
    return None if ok else f"{value!r} is not a time with a time zone"


def _strings(value) -> str | None:
    ok = isinstance(value, list) and all(isinstance(item, str) and item for item in value)
    return None if ok else f"{value!r} is not a list of non-empty texts"


def _unknown_type(value) -> str | None:
    return f"{value!r} has a column type the validator does not know"


# Arrow type (as str(pa.DataType) spells it) -> the check of a value for it.
TYPE_CHECKS: dict[str, Callable[[object], str | None]] = {
    "string": _string,
    "date32[day]": _day,
    "int32": _integer(INT32),
    "int64": _integer(INT64),
    "double": _float,
    "bool": _bool,
    "timestamp[us, tz=UTC]": _timestamp,
    "list<item: string>": _strings,
}
