# wirescope — the two set-up commands are `make demo` and `make test`.
PY ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
DATASETS ?= ../shared/datasets

.PHONY: demo test bench install clean model

$(STAMP): pyproject.toml
	$(PY) -m venv $(VENV)
	$(BIN)/pip install -q --upgrade pip
	$(BIN)/pip install -q -e '.[test]'
	touch $(STAMP)

install: $(STAMP)

demo: $(STAMP)  ## ingest samples/ into out/wirescope.db and write out/brief.html
	mkdir -p out
	$(BIN)/wirescope run samples/ --db out/wirescope.db --brief out/brief.html

test: $(STAMP)  ## run the test suite
	$(BIN)/python -m pytest tests

$(VENV)/.bench-installed: $(STAMP)
	$(BIN)/pip install -q -e '.[bench]'
	touch $@

bench: $(VENV)/.bench-installed  ## quality and speed against peers, recorded in bench/RESULTS.md
	$(BIN)/python -m bench.run --datasets $(DATASETS) --record

model: $(STAMP)  ## train the packaged NER model, the common-word list and the story-boundary model from GUM (../shared/datasets)
	OMP_NUM_THREADS=1 WIRESCOPE_DATASETS=$(DATASETS) $(BIN)/python scripts/train_ner.py --out src/wirescope/models/ner-en
	WIRESCOPE_DATASETS=$(DATASETS) $(BIN)/python scripts/build_lexicon.py
	OMP_NUM_THREADS=1 WIRESCOPE_DATASETS=$(DATASETS) $(BIN)/python scripts/train_split.py

clean:
	rm -rf $(VENV) out build *.egg-info
