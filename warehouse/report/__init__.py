"""`pressroom report`: one offline HTML page that pictures the warehouse (reads it only)."""

from warehouse.report.page import SIZE_LIMIT, Written, build_html, write_report
from warehouse.report.queries import QUERIES, Scope, query_sql

__all__ = ["QUERIES", "SIZE_LIMIT", "Scope", "Written", "build_html", "query_sql", "write_report"]
