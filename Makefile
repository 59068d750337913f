# Two commands for a new machine: `make run` and `make test`. `make install` is the shared first step.
SHELL := /bin/bash
VENV := .venv
BIN := $(VENV)/bin
HEARD := $(BIN)/heard
VENDOR := static/vendor
SODIUM := node_modules/libsodium-wrappers-sumo/dist/modules-sumo-esm/libsodium-wrappers.mjs
CATALOGS := $(wildcard locales/*/LC_MESSAGES/messages.po)

.PHONY: install run test soak bench messages

# Where `heard` looks for them by default (HEARD_MODELS_DIR, else the data dir's models/).
MODELS := $(or $(HEARD_MODELS_DIR),$(or $(HEARD_DATA_DIR),.heard)/models)

install: $(HEARD) $(VENDOR)/libsodium-wrappers.mjs $(CATALOGS:.po=.mo) $(MODELS)/meta.json

$(HEARD): pyproject.toml
	test -d $(VENV) || python3 -m venv $(VENV)
	$(BIN)/pip install --quiet --disable-pip-version-check -e '.[test]'
	touch $(HEARD)

$(SODIUM): package.json package-lock.json
	npm ci --no-audit --no-fund --loglevel=error
	touch $(SODIUM)

# Served from our own origin with no bundler: point the module's bare import at its sibling file.
$(VENDOR)/libsodium-wrappers.mjs: $(SODIUM)
	mkdir -p $(VENDOR)
	cp node_modules/libsodium-sumo/dist/modules-sumo-esm/libsodium-sumo.mjs $(VENDOR)/libsodium.mjs
	sed 's|from"libsodium-sumo"|from"./libsodium.mjs"|' $(SODIUM) > $@

# The on-prem tagger's pipelines, trained from nlp/data when missing or older than the data.
$(MODELS)/meta.json: $(HEARD) $(shell find nlp -name '*.py' -o -name '*.jsonl')
	$(HEARD) nlp train --out $(MODELS)

%.mo: %.po $(HEARD)
	$(BIN)/pybabel compile --use-fuzzy -i $< -o $@

# Re-extract messages after changing strings; every catalog gets the new ones, untranslated.
messages: $(HEARD)
	$(BIN)/pybabel extract -F babel.cfg -k _l -o locales/messages.pot \
		--no-location --omit-header --sort-output --no-wrap feedback templates
	$(BIN)/pybabel update -i locales/messages.pot -d locales \
		--no-fuzzy-matching --no-wrap --ignore-obsolete

run: install
	$(HEARD) run

# The whole suite on the embedded default, then again on PostgreSQL + Redis, leaving out the
# tests that touch no database or queue (they ran in the first pass).
NO_BACKEND := --ignore=tests/nlp --ignore=tests/test_i18n.py --ignore=tests/test_crypto.py

# The services install with apt while `make install` builds; both must succeed.
test:
	bash tests/services.sh & services=$$!; \
		$(MAKE) --no-print-directory install && wait $$services
	$(BIN)/ruff check .
	HEARD_TEST_MODELS=$(MODELS) HEARD_TEST_BACKEND=sqlite $(BIN)/pytest -n 4 --dist loadscope --durations=15
	HEARD_TEST_MODELS=$(MODELS) HEARD_TEST_BACKEND=postgres $(BIN)/pytest -n 4 --dist loadscope --durations=15 $(NO_BACKEND)
	$(MAKE) --no-print-directory soak

# The load test: 10,000 sealed submissions at concurrency 50, two web processes, two workers on
# PostgreSQL + Redis; it prints p50 and p99. (The restart fault tests are in the suite itself.)
soak: install
	bash tests/services.sh
	HEARD_TEST_MODELS=$(MODELS) HEARD_TEST_BACKEND=postgres $(BIN)/pytest -m soak -s tests/test_soak.py

# Every benchmark, each writing its figures to bench/out/, then bench/results.md from them.
# growth.py (intake, aggregates and memory from 10k to 1M submissions) takes most of the time.
bench: install
	bash tests/services.sh
	rm -rf bench/out
	$(BIN)/python bench/pages.py --json bench/out/pages.json
	$(BIN)/python bench/tagging.py --json bench/out/tagging.json
	$(BIN)/python bench/worker.py --json bench/out/worker.json
	$(BIN)/python bench/growth.py --full --json bench/out/growth.json
	$(BIN)/python bench/report.py bench/out bench/results.md
