# warmap: the two commands a newcomer runs are `make demo` and `make test`.
PYTHON ?= python3
VENV   ?= .venv
BIN     = $(VENV)/bin
DB     ?= warmap.duckdb
OUT    ?= out

.PHONY: install demo test test-all bench clean

install: $(VENV)/.installed

$(VENV)/.installed: pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e '.[dev]'
	@# Front-end libraries for the map page, pinned by web/package-lock.json (copies are also committed).
	@if command -v npm >/dev/null 2>&1; then \
	  (cd web && npm ci --silent --no-audit --no-fund && node copy-vendor.mjs) \
	  || echo "npm step failed: using the committed copies in src/warmap/web/static/vendor"; \
	else echo "npm not found: using the committed copies in src/warmap/web/static/vendor"; fi
	touch $@

## Ingest the bundled sample corpus into ./warmap.duckdb, print the events, write the exports.
demo: install
	$(BIN)/warmap --db $(DB) ingest samples/corpus
	$(BIN)/warmap --db $(DB) events
	$(BIN)/warmap --db $(DB) export --format jsonl -o $(OUT)/events.jsonl
	$(BIN)/warmap --db $(DB) export --format csv -o $(OUT)/events.csv
	$(BIN)/warmap --db $(DB) export --format geojson -o $(OUT)/events.geojson
	$(BIN)/warmap --db $(DB) export --format parquet -o $(OUT)/events.parquet
	$(BIN)/warmap --db $(DB) eval tests/gold | tail -n +1 | head -40

## The test suite (what CI runs); browser tests are marked slow and included.
test: install
	$(BIN)/pytest -q

bench: install
	$(BIN)/python bench/bench_ingest.py
	$(BIN)/python bench/bench_gazetteer.py
	$(BIN)/python bench/bench_lookups.py
	$(BIN)/python bench/bench_merge.py
	@$(BIN)/python -c "import torch" 2>/dev/null && $(BIN)/python bench/bench_learned.py \
	  || echo "bench_learned.py skipped: needs the [learned] extra (pip install -e '.[learned]')"
	$(BIN)/python bench/bench_api.py

clean:
	rm -rf $(VENV) $(OUT) $(DB) $(DB).wal
