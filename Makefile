# pressroom — `make run` (demo on the bundled samples) and `make test`; `make help` lists all.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed-$(shell cksum pyproject.toml | cut -d' ' -f1)
DATA_DIR ?= data
# make bench BENCH_N=5000: the warehouse figures at the issue's sizes (50,000 releases, about 20 minutes on an idle machine)
BENCH_N ?=
CHROMIUM := /usr/bin/chromium
TMUX := /usr/bin/tmux
# pytest-xdist: two worker processes (the suite waits on servers and subprocesses much of the
# time); the tests of a module that share an expensive fixture stay on one worker (xdist_group).
PYTEST_PARALLEL ?= -n 2 --dist loadgroup
# The suite starts some fifty Python processes: cache their bytecode even where the
# environment turns that off, or each one compiles pressroom's modules again.
TEST_ENV := PYTHONDONTWRITEBYTECODE=
EXAMPLE_QUERY := select speaker, speaker_org, count(*) as quotes from quotes where speaker is not null group by all order by quotes desc, speaker limit 10

export DO_NOT_TRACK := 1
export PREFECT_SERVER_ANALYTICS_ENABLED := false

.PHONY: help install run test lint format bench score clean chromium

help:  ## list the targets
	@grep -E '^[a-z-]+:.*## ' $(MAKEFILE_LIST) | awk -F':.*## ' '{printf "  make %-8s %s\n", $$1, $$2}'

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[dev]'
	rm -f $(VENV)/.installed-* && touch $(STAMP)

install: $(STAMP)  ## create .venv and install pressroom with its dev tools

run: $(STAMP)  ## ingest the bundled samples into ./data, run an example query, write the report
	$(BIN)/pressroom ingest --source samples --data-dir $(DATA_DIR)
	$(BIN)/pressroom sql --data-dir $(DATA_DIR) "$(EXAMPLE_QUERY)"
	$(BIN)/pressroom report --data-dir $(DATA_DIR) --out $(DATA_DIR)/report.html

test: $(STAMP) $(CHROMIUM) $(TMUX)  ## run the test suite in two processes (installs Debian's chromium and tmux for the browser and terminal tests)
	$(TEST_ENV) $(BIN)/pytest -q $(PYTEST_PARALLEL)

$(TMUX):  # the progress-bar tests read a real terminal's screen through tmux
	apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq tmux

$(CHROMIUM):  # the report's browser tests drive Debian's chromium (playwright's own browsers cannot be downloaded)
	apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium

lint: $(STAMP)  ## ruff lint and format check
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

format: $(STAMP)  ## apply ruff's fixes and formatting
	$(BIN)/ruff check --fix .
	$(BIN)/ruff format .

score: $(STAMP)  ## score the extractor on the shared dev corpus
	PATH=$(CURDIR)/$(BIN):$$PATH $(BIN)/python ../shared/eval/score.py ../shared/corpus/dev

bench: $(STAMP)  ## throughput on realistic pages beside lxml, BeautifulSoup and trafilatura, then the warehouse's scaling figures (a few minutes)
	$(BIN)/python -m pip install --quiet -e '.[bench]'
	$(BIN)/python -m benchmarks.throughput
	PRESSROOM_BENCH_N=$(BENCH_N) $(BIN)/python -m benchmarks.warehouse $(BENCH_ARGS)

chromium: $(CHROMIUM)  ## install Debian's chromium (as root) for the report's browser tests

clean:  ## remove the data dir (the warehouse)
	rm -rf $(DATA_DIR)
