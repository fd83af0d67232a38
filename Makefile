# girok: `make demo` runs the main job on the bundled examples; `make test` passes the tests.
VENV   := .venv
PY     := $(VENV)/bin/python
GIROK  := $(VENV)/bin/girok
STAMP  := $(VENV)/.installed
SHARED := ../shared

.PHONY: install demo test lint eval golden bench clean

$(STAMP): pyproject.toml
	test -x $(PY) || python3 -m venv $(VENV)
	$(PY) -m pip install --quiet --disable-pip-version-check --upgrade pip
	$(PY) -m pip install --quiet --disable-pip-version-check -e '.[dev]'
	touch $(STAMP)

install: $(STAMP)

demo: install
	rm -f girok.db girok.db-wal girok.db-shm
	$(GIROK) ingest --collection examples examples/reports
	@echo
	@echo "== girok search \"political prison camp\" --limit 5"
	@$(GIROK) search "political prison camp" --limit 5
	@echo
	@echo "The record is in ./girok.db. Next: .venv/bin/girok search QUERY, .venv/bin/girok show ID,"
	@echo ".venv/bin/girok verify; .venv/bin/girok --help lists every command."

test: install
	$(PY) -m pytest

lint: install
	$(VENV)/bin/ruff check src tests benchmarks
	$(VENV)/bin/mypy

# Score the extractor on the shared dev set and on the project's own annotated examples.
eval: install
	@mkdir -p build
	@echo "== dev set ($(SHARED)/eval/dev)"
	@$(GIROK) extract --format jsonl --jobs 1 $(SHARED)/eval/dev/*.txt > build/eval-dev.jsonl
	@$(PY) $(SHARED)/eval/score.py $(SHARED)/eval/dev build/eval-dev.jsonl
	@echo "== project set (eval/examples, gold for the reports in examples/reports)"
	@$(GIROK) extract --format jsonl --jobs 1 examples/reports > build/eval-examples.jsonl
	@$(PY) $(SHARED)/eval/score.py eval/examples build/eval-examples.jsonl

# Regenerate the extraction golden files after an intended change; review the diff.
golden: install
	GIROK_UPDATE_GOLDEN=1 $(PY) -m pytest -q tests/extract/test_golden.py

bench: install
	$(PY) benchmarks/bench_extract.py
	$(PY) benchmarks/bench_long.py

clean:
	rm -rf $(VENV) girok.db girok.db-wal girok.db-shm .pytest_cache .mypy_cache .hypothesis
