# VanPhong — developer commands. `make run` and `make test` bootstrap .venv themselves.
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed

DIST_STAMP := $(VENV)/.installed-dist
PYI_FLAGS := --noconfirm --distpath dist --workpath .pyinstaller

.PHONY: venv run test lint bench dist dist-bundle dist-test translations clean

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

# -- packaging (build/): PyInstaller bundle, .tar.gz and .deb; work files in .pyinstaller/ --
$(DIST_STAMP): $(STAMP)
	$(PY) -m pip install --quiet -e '.[dev,dist]'
	touch $(DIST_STAMP)

dist-bundle: $(DIST_STAMP)
	QT_QPA_PLATFORM=offscreen $(PY) build/render_icon.py .pyinstaller/icons
	$(PY) -m PyInstaller build/vanphong.spec $(PYI_FLAGS)

dist: dist-bundle
	build/linux/make_deb.sh

# the frozen app's own commands (tests/e2e/test_frozen.py), after a full `make dist`
dist-test: dist
	VANPHONG_FROZEN_TEST=1 VANPHONG_FROZEN_BIN=dist/vanphong/vanphong $(PY) -m pytest -q -m frozen tests/e2e/test_frozen.py

clean:
	rm -rf .pyinstaller dist .pytest_cache
