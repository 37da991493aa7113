"""Prefect flows, loading and fetching, and the `pressroom` command line."""
