# The two commands a newcomer needs: `make demo` and `make test`. Both build the
# virtual environment first, so they work on a fresh machine.
PY ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed-stamp
SHARED ?= ../shared

.PHONY: demo test eval holdout gsr factrueval bench clean

$(STAMP): pyproject.toml
	test -x $(BIN)/python || $(PY) -m venv $(VENV)
	$(BIN)/pip install -q --upgrade pip
	$(BIN)/pip install -q -e '.[dev,batch]'
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

# Every dev set: the seed articles in $(SHARED)/devset and the sets the team wrote in
# tests/fixtures/*_dev, *_dev2 ... (articles.jsonl + gold/), each read by `extract` and scored by
# $(SHARED)/tools/score_events.py. One summary line per set; the errors of each set are
# in build/eval-NAME.txt (EVAL_ERRORS=1 prints them too). Skips cleanly without $(SHARED).
DEV_SETS = $(SHARED)/devset $(wildcard tests/fixtures/*_dev tests/fixtures/*_dev[0-9]*)
eval: $(STAMP)
	@if [ ! -f $(SHARED)/tools/score_events.py ]; then echo "skipping eval: $(SHARED)/tools not found"; exit 0; fi; \
	mkdir -p build; \
	for set in $(DEV_SETS); do \
	  [ -f $$set/articles.jsonl ] || { echo "skipping $$set: no articles.jsonl"; continue; }; \
	  name=$$(basename $$set); [ "$$set" = "$(SHARED)/devset" ] && name=seed; \
	  $(BIN)/diplograph extract $$set/articles.jsonl -o build/eval-$$name.jsonl 2>build/eval-$$name.log || { cat build/eval-$$name.log; exit 1; }; \
	  $(BIN)/python $(SHARED)/tools/score_events.py --gold $$set/gold --system build/eval-$$name.jsonl --show-errors > build/eval-$$name.txt || exit 1; \
	  [ -n "$(EVAL_ERRORS)" ] && cat build/eval-$$name.txt; \
	  printf '%-8s %s  (%s)\n' $$name "$$(tail -n 1 build/eval-$$name.txt)" "$$(grep '^articles' build/eval-$$name.txt)"; \
	done

# The held-out sets (tests/holdout/*: scored, never tuned on; see tests/holdout/README.md).
holdout: $(STAMP)
	@if [ ! -f $(SHARED)/tools/score_events.py ]; then echo "skipping holdout: $(SHARED)/tools not found"; exit 0; fi; \
	mkdir -p build; \
	for set in tests/holdout/*/; do \
	  name=$$(basename $$set); \
	  $(BIN)/diplograph extract $$set/articles.jsonl -o build/holdout-$$name.jsonl 2>build/holdout-$$name.log || { cat build/holdout-$$name.log; exit 1; }; \
	  printf '%-8s %s\n' $$name "$$($(BIN)/python $(SHARED)/tools/score_events.py --gold $$set/gold --system build/holdout-$$name.jsonl | tail -n 1)"; \
	done

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

# FactRuEval 2016 dev (Russian): Meeting and Deal facts between two countries' actors
# that the reader finds (tools/factrueval.py says how they are counted).
factrueval: $(STAMP)
	$(BIN)/python tools/factrueval.py $(SHARED)/datasets/factrueval2016-dev/devset

bench: $(STAMP)
	$(BIN)/python -m bench $(BENCH)

clean:
	rm -rf $(VENV) build
