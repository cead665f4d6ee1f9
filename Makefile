# Two commands do all set-up on a fresh machine with only python3:
#   make demo   — open the review app on the bundled example article and claims.db
#   make test   — run the whole test suite
PYTHON ?= python3
VENV   ?= .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed

.PHONY: demo test lint check eval eval-ci bench fuzz screenshots db clean

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[test]'
	touch $(STAMP)

demo: $(STAMP)
	$(BIN)/factcheck review examples/summit-call.txt

# the gates CI runs besides the tests: lint and format over the whole tree, types over factcheck/ (see [tool.mypy])
lint: $(STAMP)
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/mypy

check: $(STAMP)
	$(BIN)/factcheck check examples/summit-call.txt

test: $(STAMP)
	sh scripts/install-chromium.sh
	$(BIN)/python -m pytest

# The dev set lives beside the project (../shared/eval); a fresh clone without it scores the bundled set,
# tests/accuracy, against its own floor. EVAL_DIR=path overrides both.
EVAL_DIR   ?= $(if $(wildcard ../shared/eval/gold.json),../shared/eval,tests/accuracy)
EVAL_FLOOR ?= $(if $(filter ../shared/eval,$(EVAL_DIR)),accuracy-floor.json,tests/accuracy/floor.json)

eval: $(STAMP)
	@echo "scoring $(EVAL_DIR)"
	$(BIN)/factcheck eval $(EVAL_DIR)

# CI: fail when any figure drops below the floor (raise it with --update-floor)
eval-ci: $(STAMP)
	@echo "scoring $(EVAL_DIR) against $(EVAL_FLOOR)"
	$(BIN)/factcheck eval $(EVAL_DIR) --floor $(EVAL_FLOOR)

bench: $(STAMP)
	$(BIN)/python benchmarks/run.py

# hostile input through the engine, db import and the review app, 10,000 cases each (not part of make test)
fuzz: $(STAMP)
	$(BIN)/python scripts/fuzz.py --target all -n 10000

screenshots: $(STAMP)
	$(BIN)/python scripts/screenshots.py

db: $(STAMP)
	$(BIN)/factcheck db build --force

clean:
	rm -rf $(VENV) build *.egg-info .pytest_cache
