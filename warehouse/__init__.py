"""The warehouse: Parquet tables written atomically, queried through DuckDB views."""
