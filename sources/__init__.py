"""What reads the outside world: HTTP, robots.txt, feeds, listings, files, config, raw archive."""
