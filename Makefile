# VanPhong — developer commands. `make run` and `make test` bootstrap .venv themselves.
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed

DIST_STAMP := $(VENV)/.installed-dist
PYI_FLAGS := --noconfirm --distpath dist --workpath .pyinstaller

.PHONY: venv run test test-postgres test-office lint bench bench-readme dist dist-bundle dist-test icons translations clean screenshots \
	windows-prepare dist-windows windows-previous dist-windows-test

venv: $(STAMP)

$(STAMP): pyproject.toml
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e '.[dev]'
	touch $(STAMP)

# the schema a new SQLite file is created with, instead of replaying every migration (db/schema_image.py):
# build output, written again whenever a migration script is newer
IMAGE := db/migrations/head.sql

$(IMAGE): $(STAMP) db/schema_image.py $(wildcard db/migrations/versions/*.py)
	$(PY) -m db.schema_image

run: venv $(IMAGE)
	$(PY) -m app $(ARGS)

lint: venv
	$(PY) -m ruff check .
	$(VENV)/bin/lint-imports
	$(PY) -m mypy

test: lint $(IMAGE)
	$(PY) -m pytest -q

# The PostgreSQL mode against a throwaway server (tests/e2e/test_postgres.py); needs the
# PostgreSQL server binaries (Debian: apt-get install postgresql). About half a minute.
PG_STAMP := $(VENV)/.installed-postgres

$(PG_STAMP): $(STAMP)
	$(PY) -m pip install --quiet -e '.[dev,postgres]'
	touch $(PG_STAMP)

test-postgres: $(PG_STAMP)
	$(PY) -m pytest -q -m postgres tests/e2e/test_postgres.py

# The week's DOCX/XLSX and the balances XLSX opened by LibreOffice (soffice --headless, converted
# to PDF) against the PDF printout: pages, text, signer kept together (tests/office). Needs
# LibreOffice Writer and Calc (Debian: libreoffice-writer libreoffice-calc) and poppler-utils.
test-office: venv
	$(PY) -m pytest -q -m office tests/office

# writes bench.json and prints each figure with its ratio to the bare window and ✔/✘ per budget
bench: venv $(IMAGE)
	$(PY) -m tests.bench.run $(ARGS)

# README.md's performance table from bench.json
bench-readme: venv
	$(PY) -m tests.bench.readme_table

# Vietnamese is the source language. lupdate adds new strings to the .ts as unfinished;
# translate them (pyside6-linguist, or any editor) and run the target again to build the .qm.
TS := resources/translations/vanphong_en.ts
QM := resources/translations/vanphong_en.qm
# Qt's own texts in Vietnamese (Qt ships none): hand-written, not produced by lupdate
QT_TS := resources/translations/qtbase_vi.ts
QT_QM := resources/translations/qtbase_vi.qm

translations: venv
	$(VENV)/bin/pyside6-lupdate -no-obsolete -source-language vi_VN -target-language en_US \
		$$(find ui -name '*.py' | LC_ALL=C sort) -ts $(TS)
	@unfinished=$$(grep -c 'type="unfinished"' $(TS)); \
	if [ "$$unfinished" -ne 0 ]; then \
		echo "$(TS): $$unfinished unfinished message(s). Translate them" \
			"($(VENV)/bin/pyside6-linguist $(TS)), then run 'make translations' again." >&2; \
		exit 1; \
	fi
	$(VENV)/bin/pyside6-lrelease $(TS) -qm $(QM)
	$(VENV)/bin/pyside6-lrelease $(QT_TS) -qm $(QT_QM)

# The panes' screenshots of the README and the user guide (resources/guide), from a fresh demo
# office by the app's own screenshot command; committed in docs/screenshots (en/: English UI).
# run with a throwaway home folder holding the database where the app keeps it on Linux, so the
# status bar shows "~/.local/share/VanPhong/vanphong.sqlite3", not this checkout's path
SHOTS_HOME := $(CURDIR)/.pyinstaller/screenshots
SHOTS_DB := $(SHOTS_HOME)/.local/share/VanPhong/vanphong.sqlite3
SHOT := HOME=$(SHOTS_HOME) $(VENV)/bin/vanphong
screenshots: venv $(IMAGE)
	rm -rf $(SHOTS_HOME) && mkdir -p $(dir $(SHOTS_DB)) docs/screenshots/en
	$(SHOT) --db $(SHOTS_DB) demo
	$(SHOT) --db $(SHOTS_DB) screenshot orgchart --tab tree -o docs/screenshots/orgchart.png
	$(SHOT) --db $(SHOTS_DB) screenshot orgchart --tab chart -o docs/screenshots/orgchart-chart.png
	$(SHOT) --db $(SHOTS_DB) screenshot calendar -o docs/screenshots/calendar-week.png
	$(SHOT) --db $(SHOTS_DB) screenshot meetings -o docs/screenshots/meetings-pane.png
	$(SHOT) --db $(SHOTS_DB) screenshot leave -o docs/screenshots/leave-pane.png
	$(SHOT) --db $(SHOTS_DB) screenshot my_work -o docs/screenshots/my-work.png
	for pane in orgchart calendar meetings leave my_work; do \
		$(SHOT) --lang en --db $(SHOTS_DB) screenshot $$pane -o docs/screenshots/en/$$pane.png || exit 1; \
	done

# -- packaging (build/): PyInstaller bundle, .tar.gz and .deb; work files in .pyinstaller/ --
$(DIST_STAMP): $(STAMP)
	$(PY) -m pip install --quiet -e '.[dev,dist]'
	touch $(DIST_STAMP)

# the app's icon as PNGs and a Windows .ico (the .deb, the Windows executables and setup)
ICON := .pyinstaller/icons/vanphong.ico
$(ICON): resources/icons/vanphong.svg build/render_icon.py $(STAMP)
	QT_QPA_PLATFORM=offscreen $(PY) build/render_icon.py .pyinstaller/icons

icons: $(ICON)

dist-bundle: $(DIST_STAMP) $(ICON) $(IMAGE)
	$(PY) -m PyInstaller build/vanphong.spec $(PYI_FLAGS)

dist: dist-bundle
	build/linux/make_deb.sh

# the frozen app's own commands (tests/e2e/test_frozen.py), after a full `make dist`
dist-test: dist
	VANPHONG_FROZEN_TEST=1 VANPHONG_FROZEN_BIN=dist/vanphong/vanphong $(PY) -m pytest -q -m frozen tests/e2e/test_frozen.py

# -- the Windows installer, built on Linux under Wine (build/windows/, README "Windows") ----------
# Wine, the Windows CPython and Inno Setup's compiler are installed once (build/windows/tools.sh,
# as root) and cached in .wine/ and .cache/windows/; `make clean` keeps them.
WIN_PREVIOUS ?= c29e9fb
WIN_VERSION := $(shell sed -n 's/^__version__ = "\(.*\)"$$/\1/p' app/__init__.py)
WIN_SETUP := dist/windows/VanPhong-$(WIN_VERSION)-setup.exe
# what the setup is made of: rebuilt only when one of these is newer than it
WIN_INPUTS := pyproject.toml $(ICON) build/vanphong.spec build/launcher.py \
	$(wildcard build/windows/*.iss build/windows/*.isl build/windows/*.txt build/windows/share_pyz.py \
		build/windows/build.sh build/windows/env.sh) \
	$(shell find app ui db resources docs/screenshots -type f -not -path '*/__pycache__/*' -not -name '*.pyc' 2>/dev/null)

# the tools, the Windows wheels and the Wine prefix (no Linux .venv needed: .ci/run starts it early)
windows-prepare:
	build/windows/build.sh prepare

# dist/windows/VanPhong-<version>-setup.exe (and the bundle dist/windows/vanphong/)
dist-windows: $(WIN_SETUP)

# a setup half-written by a failed or interrupted build is removed, never taken as up to date
.DELETE_ON_ERROR:

$(WIN_SETUP): $(WIN_INPUTS) $(IMAGE) | windows-prepare
	build/windows/build.sh bundle

# the previous version's setup for the upgrade test (.cache/windows/previous/, built once)
windows-previous: $(ICON) | windows-prepare
	build/windows/previous.sh $(WIN_PREVIOUS)

# build both setups side by side (each is a no-op when up to date), then install, run, upgrade
# and uninstall under Wine
dist-windows-test: $(STAMP)
	$(MAKE) -j2 dist-windows windows-previous
	VANPHONG_WIN_PREVIOUS=$(WIN_PREVIOUS) $(PY) -m pytest -q -m windows tests/e2e/test_windows.py

clean:
	rm -rf .pyinstaller dist .pytest_cache
