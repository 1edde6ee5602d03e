# The two commands a newcomer needs: `make demo` and `make test`. Both build the
# virtual environment first, so they work on a fresh machine.
PY ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed-stamp
SHARED ?= ../shared

.PHONY: demo test eval gsr bench clean

$(STAMP): pyproject.toml
	test -x $(BIN)/python || $(PY) -m venv $(VENV)
	$(BIN)/pip install -q --upgrade pip
	$(BIN)/pip install -q -e '.[dev]'
	touch $(STAMP)

# The examples are short articles the team wrote about real 2024-2025 events. The JSONL
# records carry their publication dates (so "on Friday" resolves); the .txt files give
# their dates in full. Exit status 1 (some document failed) still fails the demo. The
# articles are then ingested into an SQLite database and summarised (events by type,
# top dyads, pledges).
demo: $(STAMP)
	$(BIN)/diplograph extract examples/*.jsonl --format table
	$(BIN)/diplograph extract examples/*.txt --format table
	mkdir -p build && rm -f build/demo.db
	$(BIN)/diplograph ingest examples --db build/demo.db --quiet
	$(BIN)/diplograph summary --db build/demo.db

test: $(STAMP)
	$(BIN)/python -m pytest -q

eval: $(STAMP)
	@if [ -f $(SHARED)/devset/articles.jsonl ]; then \
	  mkdir -p build && \
	  $(BIN)/diplograph extract $(SHARED)/devset/articles.jsonl -o build/dev-events.jsonl && \
	  $(BIN)/python $(SHARED)/tools/score_events.py --gold $(SHARED)/devset/gold --system build/dev-events.jsonl --show-errors; \
	else echo "skipping eval: $(SHARED)/devset not found"; fi

# Two figures: the default reading (events with a foreign actor only, as the project's
# coding rules say) and --domestic (also events inside one state, as CAMEO/PLOVER code
# them; many GSR sentences are domestic).
gsr: $(STAMP)
	@if [ -f $(SHARED)/datasets/plover-gsr-dev/records.jsonl ]; then \
	  mkdir -p build && \
	  $(BIN)/python $(SHARED)/tools/gsr_eval.py articles $(SHARED)/datasets/plover-gsr-dev/records.jsonl > build/gsr-articles.jsonl && \
	  $(BIN)/diplograph extract build/gsr-articles.jsonl -o build/gsr-events.jsonl && \
	  $(BIN)/diplograph extract build/gsr-articles.jsonl --domestic -o build/gsr-events-domestic.jsonl && \
	  echo "default (foreign actor required):" && \
	  $(BIN)/python $(SHARED)/tools/gsr_eval.py score $(SHARED)/datasets/plover-gsr-dev/records.jsonl build/gsr-events.jsonl && \
	  echo "--domestic (events inside one state too):" && \
	  $(BIN)/python $(SHARED)/tools/gsr_eval.py score $(SHARED)/datasets/plover-gsr-dev/records.jsonl build/gsr-events-domestic.jsonl; \
	else echo "skipping gsr: $(SHARED)/datasets/plover-gsr-dev not found"; fi

bench: $(STAMP)
	$(BIN)/python -m bench

clean:
	rm -rf $(VENV) build
