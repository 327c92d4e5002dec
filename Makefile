# VanPhong — developer commands. `make run` and `make test` bootstrap .venv themselves.
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed

.PHONY: venv run test lint bench dist dist-test translations clean

venv: $(STAMP)

$(STAMP): pyproject.toml
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e '.[dev]'
	touch $(STAMP)

run: venv
	$(PY) -m app $(ARGS)

lint: venv
	$(PY) -m ruff check .
	$(VENV)/bin/lint-imports

test: lint
	$(PY) -m pytest -q

bench: venv
	$(PY) -m tests.bench.run

translations: venv
	$(VENV)/bin/pyside6-lupdate $$(find ui -name '*.py') -ts resources/translations/vanphong_en.ts
	$(VENV)/bin/pyside6-lrelease resources/translations/vanphong_en.ts -qm resources/translations/vanphong_en.qm

clean:
	rm -rf .pyinstaller dist .pytest_cache
