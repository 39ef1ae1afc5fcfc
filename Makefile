# Two commands for a fresh Debian machine: `make run` and `make test`.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: run test lint bench system-deps clean

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

run: $(STAMP) system-deps
	$(BIN)/grantbot run

test: $(STAMP) system-deps
	$(BIN)/python -m pytest

lint: $(STAMP)
	$(BIN)/ruff check .
	$(BIN)/mypy

bench: $(STAMP) system-deps
	for b in bench/*.py; do $(BIN)/python $$b || exit 1; done

clean:
	rm -rf $(VENV) build *.egg-info .pytest_cache .mypy_cache .ruff_cache
