# One command for each job.  `make demo` and `make check` set up .venv themselves.
VENV ?= .venv
PY := $(VENV)/bin/python
BIN := $(VENV)/bin

.PHONY: setup demo test test-all lint typecheck check bench clean

$(VENV)/.installed: pyproject.toml
	python3 -m venv $(VENV)
	$(PY) -m pip install -q --upgrade pip
	$(PY) -m pip install -q -e '.[dev,bench]'
	touch $@

setup: $(VENV)/.installed

demo: setup
	$(BIN)/chainlight demo

test: setup
	$(BIN)/pytest -q

# the list-scale tests (marked slow) and the checks of benchmark data, which read ../shared/data
test-all: test
	$(BIN)/pytest -q -m slow
	$(BIN)/pytest -q benchmarks/tests

lint: setup
	$(BIN)/ruff check src tests benchmarks

typecheck: setup
	$(BIN)/mypy

check: test lint typecheck

# Each benchmark prints its figures next to a peer measured in the same run (see benchmarks/README.md).
bench: setup
	$(PY) -m benchmarks.classify.run
	$(PY) -m benchmarks.extract.run
	$(PY) -m benchmarks.trace.run
	$(PY) -m benchmarks.resolve.run
	$(PY) -m benchmarks.workspace.run

clean:
	rm -rf $(VENV) demo-out chainlight.duckdb chainlight.duckdb.matcher* chainlight.duckdb.entries* .pytest_cache .mypy_cache .ruff_cache
