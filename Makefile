# Two commands for a fresh Debian machine: `make run` and `make test`.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: run test lint docs bench system-deps browser-deps clean

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e '.[dev]'
	touch $(STAMP)

# tesseract-ocr with Polish data is a Debian package, not a pip one.
system-deps:
	@if command -v tesseract >/dev/null 2>&1 && tesseract --list-langs 2>/dev/null | grep -qx pol; then \
		:; \
	elif [ "$$(id -u)" = "0" ]; then \
		echo "Instaluję tesseract-ocr i tesseract-ocr-pol (apt-get)…"; \
		apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq tesseract-ocr tesseract-ocr-pol >/dev/null; \
	else \
		echo "Brak tesseract-ocr z językiem polskim. Zainstaluj jako root: apt-get install tesseract-ocr tesseract-ocr-pol" >&2; \
		exit 1; \
	fi

# Debian's chromium drives the web panel's end-to-end tests (Playwright from PyPI, no browser download).
browser-deps:
	@if command -v chromium >/dev/null 2>&1; then \
		:; \
	elif [ "$$(id -u)" = "0" ]; then \
		echo "Instaluję chromium do testów panelu (apt-get)…"; \
		apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null; \
	else \
		echo "Brak chromium: testy panelu www zostaną pominięte. Zainstaluj jako root: apt-get install chromium" >&2; \
	fi

run: $(STAMP) system-deps
	$(BIN)/grantbot run

test: $(STAMP) system-deps browser-deps
	$(BIN)/python -m pytest

# What CI gates on besides the tests (.ci/run runs `make lint` before `make test`).
lint: $(STAMP)
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/mypy

# The documentation as a site (MkDocs, Material theme) in site/; links are also checked by a test.
docs: $(STAMP)
	$(BIN)/pip install --quiet -e '.[docs]'
	NO_MKDOCS_2_WARNING=1 $(BIN)/mkdocs build --strict

bench: $(STAMP) system-deps
	$(BIN)/pip install --quiet -e '.[dev,bench]'
	for b in bench/*.py; do case $$b in */stempel_stemmer.py) continue;; esac; $(BIN)/python $$b || exit 1; done

clean:
	rm -rf $(VENV) build site *.egg-info .pytest_cache .mypy_cache .ruff_cache
