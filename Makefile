# docparse: `make run` and `make test` set everything up first; nothing to install by hand.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
# Tesseract spawns OpenMP threads per page; docparse parallelises with processes instead.
export OMP_THREAD_LIMIT := 1

RUN_DEBS := tesseract-ocr tesseract-ocr-vie poppler-utils
# Fonts with full Vietnamese coverage (Liberation 2, not 1.07) for the letter generator; chromium for the
# review app's browser tests.
TEST_DEBS := $(RUN_DEBS) fonts-liberation2 fonts-freefont-ttf chromium

.PHONY: run test bench bench-speed ablation lint samples setup setup-test clean

run: setup
	$(BIN)/docparse batch samples --out out

test: setup-test
	$(BIN)/python -m pytest

bench: setup-test
	$(BIN)/python -m docparse.bench.accuracy
	$(BIN)/python -m docparse.bench.parser_speed

bench-speed: setup-test
	$(BIN)/python -m docparse.bench.speed

ablation: setup-test
	$(BIN)/python -m docparse.bench.ablation

samples: setup-test
	$(BIN)/python -m docparse.synth.samples samples

lint: setup-test
	$(BIN)/ruff check docparse models tests
	$(BIN)/ruff format --check docparse models tests

setup: $(VENV)/.installed
	@bash scripts/system-deps.sh $(RUN_DEBS)

setup-test: $(VENV)/.installed
	@bash scripts/system-deps.sh $(TEST_DEBS)

$(VENV)/.installed: pyproject.toml requirements.lock
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install -q --upgrade pip
	$(BIN)/python -m pip install -q -c requirements.lock -e '.[dev]'
	touch $@

clean:
	rm -rf $(VENV) out .pytest_cache
