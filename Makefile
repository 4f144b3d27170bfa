# cmgui — set-up, run, test, bench. Every target does its own set-up on a fresh Debian machine.
SHELL := /bin/bash
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed
SYSDEPS_STAMP := $(VENV)/.sysdeps
export QT_QPA_PLATFORM ?= offscreen

# Debian packages Qt needs: what `ldd` of PySide6's Qt libraries and its xcb, offscreen and
# Wayland platform plugins resolves to on Debian 12 (checked with dpkg -S), libdbus-1-3 that QtDBus
# loads at run time, and one font (offscreen Qt warns without any, and Qt warnings fail tests).
QT_DEBS := libgl1 libegl1 libglx0 libx11-6 libx11-xcb1 libdbus-1-3 libfontconfig1 libfreetype6 \
	libglib2.0-0 libxkbcommon0 libxkbcommon-x11-0 libxcb1 libxcb-cursor0 libxcb-glx0 \
	libxcb-icccm4 libxcb-image0 libxcb-keysyms1 libxcb-randr0 libxcb-render0 \
	libxcb-render-util0 libxcb-shape0 libxcb-shm0 libxcb-sync1 libxcb-util1 libxcb-xfixes0 \
	libxcb-xkb1 libwayland-client0 fonts-dejavu-core
# xvfb and xdotool for real windows, screenshots and the end-to-end test; dbus-daemon for the
# D-Bus tests; the rest builds dbus-python (python-dbusmock needs it; PyPI has no wheel).
TEST_DEBS := xvfb xauth xdotool dbus gcc pkg-config libdbus-1-dev libglib2.0-dev python3-dev python3-venv chromium \
	postgresql

.PHONY: setup sysdeps bytecode run test lint typecheck pytest bench translations clean package

setup: $(STAMP) $(SYSDEPS_STAMP)

# Installs with apt only what is missing; a no-op on non-Debian systems.
$(SYSDEPS_STAMP): packaging/linux/install-debian-deps.sh
	@bash packaging/linux/install-debian-deps.sh $(QT_DEBS) $(TEST_DEBS)
	@mkdir -p $(VENV) && touch $@

# The install is the build: it compiles translations/*.ts into cmgui/translations (setup.py).
$(STAMP): pyproject.toml setup.py $(wildcard translations/*.ts) $(SYSDEPS_STAMP)
	@test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e '.[test]'
	@touch $@

# The package's bytecode, as an installed copy has it (pip compiles it, the bundle carries it):
# without it each start compiles every module from source again when PYTHONDONTWRITEBYTECODE is
# set, a third of the start-up (bench/README.md). Only what changed is compiled again.
bytecode: setup
	@$(PY) -m compileall -q cmgui >/dev/null

run: setup bytecode
	$(VENV)/bin/cmgui $(ARGS)

lint: setup
	$(VENV)/bin/ruff check cmgui tests tools $(wildcard bench)
	$(PY) tools/layers.py

typecheck: setup
	$(VENV)/bin/mypy

# CMGUI_PACKAGE=1 builds the packages first and runs the packaging tests (docs/packaging.md).
pytest: setup $(if $(filter 1,$(CMGUI_PACKAGE)),package)
	$(PY) -m pytest -q $(PYTEST_ARGS)

test: lint typecheck pytest

bench: setup bytecode
	@bash packaging/linux/install-debian-deps.sh gammu
	$(PY) -m pip install --quiet -e '.[bench]'
	@for b in bench/bench_*.py; do echo "== $$b"; $(PY) $$b || exit 1; done

# Wheel, sdist, the frozen Linux bundle and its .deb into dist/, and the NSIS installer script
# compiled against a dummy payload; minutes of CPU, so `make test` runs it only with
# CMGUI_PACKAGE=1 (docs/packaging.md). The packaging tools come from apt and the `package` extra.
PACKAGE_DEBS := lintian desktop-file-utils appstream nsis debootstrap binutils fakeroot dpkg-dev \
	patchelf
PACKAGE_STAMP := $(VENV)/.package-installed

$(PACKAGE_STAMP): $(STAMP)
	@bash packaging/linux/install-debian-deps.sh $(PACKAGE_DEBS)
	$(PY) -m pip install --quiet -e '.[test,package]'
	@touch $@

package: $(PACKAGE_STAMP)
	rm -rf dist build/pyinstaller build/deb build/nsis
	$(PY) -m build --no-isolation --outdir dist .
	$(PY) tools/check_dist.py dist/*.whl dist/*.tar.gz
	$(VENV)/bin/pyinstaller --noconfirm --log-level WARN --distpath dist \
		--workpath build/pyinstaller packaging/pyinstaller/cmgui-linux.spec
	bash packaging/debian/build-deb.sh dist/cmgui dist
	bash packaging/windows/check-nsis.sh build/nsis

# Strings from the code into translations/*.ts, then compiled as the build does.
translations: setup
	@$(PY) -m cmgui.i18n_build --update translations
	@$(PY) -m cmgui.i18n_build translations --out cmgui/translations

clean:
	rm -rf $(VENV) build dist *.egg-info
