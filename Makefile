# sphinx-shownotes: `make html` builds the site, `make test` runs the tests.
# Each target creates .venv on first use and re-installs when pyproject.toml changes.

SHELL := /bin/bash
# Sphinx 9.2 (the site's pin) needs Python 3.13: use it where pyenv or the system has it.
PYTHON ?= $(shell for p in python3.13 "$$(pyenv root 2>/dev/null)"/versions/3.13*/bin/python3.13 python3; do \
            "$$p" -c 'import sys; assert sys.version_info >= (3, 11)' >/dev/null 2>&1 && { echo "$$p"; break; }; done)
VENV    := .venv
BIN     := $(VENV)/bin
STAMP   := $(VENV)/.installed
SPHINX  := $(BIN)/python -m sphinx -T -W --keep-going -n -d _build/doctrees -D language=en
PYTEST_ARGS ?=

.PHONY: html dirhtml singlehtml epub text latex pdf live test test-slow test-min lint bench bench-import \
        bench-exports bench-pyvideo dist clean locale

$(STAMP): pyproject.toml
	@test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[docs,live,test]'
	@touch $@

html dirhtml singlehtml epub text: $(STAMP)
	$(SPHINX) -b $@ . _build/$@
	@echo "Built: $(CURDIR)/_build/$@/$(if $(filter html dirhtml singlehtml,$@),index.html,)"

latex: $(STAMP)
	$(BIN)/python -m sphinx -T -b latex -d _build/doctrees -D language=en . _build/latex

pdf: latex
	cd _build/latex && latexmk -r latexmkrc -pdf -f -dvi- -ps- -interaction=nonstopmode -halt-on-error \
	  -jobname=sphinx-shownotes >/dev/null 2>&1 </dev/null || { tail -40 sphinx-shownotes.log; exit 1; }
	@echo "Built: $(CURDIR)/_build/latex/sphinx-shownotes.pdf"

live: $(STAMP)
	$(BIN)/sphinx-autobuild --watch _ext -d _build/doctrees . _build/live

# `make test` leaves out the long tests marked slow (under 10 minutes on 2 cores); CI runs them
# too, with `make test-slow` (.ci/run).
test: $(STAMP)
	$(BIN)/ruff check _ext tests bench docs/_ext
	$(BIN)/mypy
	$(BIN)/python -m pytest -m "not slow" $(PYTEST_ARGS)

test-slow: $(STAMP)
	$(BIN)/python -m pytest -m slow $(PYTEST_ARGS)

# The extension against the lowest supported Sphinx, on the machine's python3 (3.11 here).
MIN_VENV := .venv-min
$(MIN_VENV)/.installed: pyproject.toml
	@test -x $(MIN_VENV)/bin/python || python3 -m venv $(MIN_VENV)
	$(MIN_VENV)/bin/python -m pip install --quiet --upgrade pip
	$(MIN_VENV)/bin/python -m pip install --quiet -e '.[test]' 'sphinx==8.2.3' 'myst-parser==4.0.1' \
	  'sphinx-design==0.6.1' 'sphinxcontrib-bibtex==2.6.3' 'sphinx-copybutton==0.5.2' 'furo==2025.12.19'
	@touch $@

test-min: $(MIN_VENV)/.installed
	$(MIN_VENV)/bin/python -m pytest -m "not latex and not browser and not slow and not site" $(PYTEST_ARGS)

lint: $(STAMP)
	$(BIN)/ruff check _ext tests bench docs/_ext
	$(BIN)/mypy

bench: $(STAMP)
	$(BIN)/python -m pip install --quiet -e '.[docs,bench]'
	$(BIN)/python bench/run.py $(BENCH_ARGS)

# The UI words' catalogues: extract them from the code (Babel), merge them into each language's
# .po (new words come in untranslated, fuzzy matches are marked), and compile the .mo files.
LOCALE    := _ext/shownotes/locale
LANGUAGES := ja de fr
locale: $(STAMP)
	$(BIN)/pybabel extract --project=sphinx-shownotes --no-location --sort-output \
	  --add-comments=Translators: --msgid-bugs-address= --copyright-holder="sphinx-shownotes contributors" \
	  -o $(LOCALE)/shownotes.pot _ext/shownotes
	for lang in $(LANGUAGES); do \
	  $(BIN)/pybabel update -D shownotes -i $(LOCALE)/shownotes.pot -d $(LOCALE) -l $$lang \
	    --init-missing --ignore-obsolete || exit 1; \
	done
	$(BIN)/pybabel compile -D shownotes -d $(LOCALE) --statistics

# axe-core (accessibility checks of the browser tests), from the npm registry as package-lock.json pins it.
node_modules: package.json package-lock.json
	npm ci --no-audit --no-fund
	@touch $@

# How fast `shownotes import` reads the whole pyvideo catalogue and the largest real export.
bench-import: $(STAMP)
	$(BIN)/python bench/import_speed.py $(BENCH_ARGS)

# What the exports (calendar, frab JSON/XML, shownotes.json) cost in an HTML build (issue 12).
bench-exports: $(STAMP)
	$(BIN)/python bench/export_cost.py $(BENCH_ARGS)

# The whole pyvideo catalogue as one site, with shownotes and as plain MyST (issue 16);
# BENCH_ARGS="--talks 3000" for a subset (about 15 minutes on 2 cores).
bench-pyvideo: $(STAMP)
	$(BIN)/python -m pip install --quiet -e '.[docs,bench]'
	$(BIN)/python bench/pyvideo.py $(BENCH_ARGS)

# The sdist and wheel PyPI would get, checked as PyPI checks them.
dist: $(STAMP)
	rm -rf dist
	$(BIN)/python -m build --outdir dist .
	$(BIN)/twine check --strict dist/*

clean:
	rm -rf _build dist
