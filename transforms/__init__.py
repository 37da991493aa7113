"""Pure transforms: a release's markup or text in, typed records out. No I/O, no Prefect."""
