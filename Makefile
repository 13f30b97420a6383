# sitrep: the two commands of the quickstart, and the tools around them.
# `make demo` and `make test` each set up the virtual environment they need.

PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: demo test lint format typecheck bench gate clean setup web

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e '.[dev]'
	touch $(STAMP)

setup: $(STAMP)

## Build the dashboard's front end (libraries come from the npm registry, never the repo).
web:
	cd web && npm ci --no-audit --no-fund && npm run build

## Run sitrep on the bundled demo articles, store them in SQLite, print the events.
demo: $(STAMP)
	$(BIN)/sitrep demo --db sitrep-demo.sqlite

## Run the whole test suite (what CI runs): lint, format, types, then the tests.
test: $(STAMP) web
	$(BIN)/ruff check src tests benchmarks training
	$(BIN)/ruff format --check src tests benchmarks training
	$(BIN)/mypy
	$(BIN)/pytest
	$(MAKE) gate

## The quality gate: fast benchmark subsets against the floors in benchmarks/floors.toml.
## Needs the reference data in ../shared/data; skipped (with a message) without it.
gate: $(STAMP)
	@if [ -d ../shared/data ]; then \
		$(BIN)/python benchmarks/gate.py; \
	else \
		echo "gate skipped: ../shared/data not found (the benchmarks need the reference data)"; \
	fi

lint: $(STAMP)
	$(BIN)/ruff check src tests benchmarks training
	$(BIN)/ruff format --check src tests benchmarks training

format: $(STAMP)
	$(BIN)/ruff format src tests benchmarks training
	$(BIN)/ruff check --fix src tests benchmarks training

typecheck: $(STAMP)
	$(BIN)/mypy

bench: $(STAMP)
	$(BIN)/python benchmarks/ner.py --limit 200
	$(BIN)/python benchmarks/time.py --limit 50
	$(BIN)/python benchmarks/geo.py --limit 50
	$(BIN)/python benchmarks/events.py --limit 100
	$(BIN)/python benchmarks/worked_example.py

clean:
	rm -rf $(VENV) build dist *.egg-info .pytest_cache .mypy_cache .ruff_cache sitrep-demo.sqlite* \
		web/node_modules src/sitrep/serve/static
