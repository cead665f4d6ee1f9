# Two commands do all set-up on a fresh machine with only python3:
#   make demo   — open the review app on the bundled example article and claims.db
#   make test   — run the whole test suite
PYTHON ?= python3
VENV   ?= .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed

.PHONY: demo test check eval eval-ci bench screenshots db clean

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[test]'
	touch $(STAMP)

demo: $(STAMP)
	$(BIN)/factcheck review examples/summit-call.txt

check: $(STAMP)
	$(BIN)/factcheck check examples/summit-call.txt

test: $(STAMP)
	sh scripts/install-chromium.sh
	$(BIN)/python -m pytest

eval: $(STAMP)
	$(BIN)/factcheck eval ../shared/eval

# CI: fail when any figure drops below accuracy-floor.json (raise it with --update-floor)
eval-ci: $(STAMP)
	$(BIN)/factcheck eval ../shared/eval --floor accuracy-floor.json

bench: $(STAMP)
	$(BIN)/python benchmarks/run.py

screenshots: $(STAMP)
	$(BIN)/python scripts/screenshots.py

db: $(STAMP)
	$(BIN)/factcheck db build --force

clean:
	rm -rf $(VENV) build *.egg-info .pytest_cache
