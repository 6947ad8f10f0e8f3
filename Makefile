# The two commands of the README: `make run` and `make test`. Each creates .venv on a fresh
# machine, installs what it needs (again only when pyproject.toml changes) and runs.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
QM     := $(patsubst %.ts,%.qm,$(wildcard resources/translations/*.ts))

.PHONY: run test bench translations screenshots clean

run: $(VENV)/.run-installed translations
	$(BIN)/kakehashi

test: $(VENV)/.test-installed translations
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest

bench: $(VENV)/.test-installed
	$(BIN)/python tests/bench/run.py

translations: $(QM)

resources/translations/%.qm: resources/translations/%.ts $(VENV)/.run-installed
	$(BIN)/pyside6-lrelease -silent $< -qm $@

$(VENV)/bin/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip==25.3

$(VENV)/.run-installed: pyproject.toml | $(VENV)/bin/python
	$(BIN)/python -m pip install --quiet -e .
	touch $@

$(VENV)/.test-installed: pyproject.toml | $(VENV)/bin/python
	$(BIN)/python -m pip install --quiet -e '.[test]'
	touch $@ $(VENV)/.run-installed

screenshots: $(VENV)/.test-installed translations
	QT_QPA_PLATFORM=offscreen $(BIN)/python tools/screenshots.py

clean:
	rm -rf $(VENV) resources/translations/*.qm
