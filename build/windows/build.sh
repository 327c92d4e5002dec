#!/usr/bin/env bash
# Build VanPhong's Windows installer on Linux, under Wine (run by `make dist-windows`):
#
#   build/windows/build.sh [prepare|bundle|all]   (default all)
#       ->  dist/windows/vanphong/ (the bundle), dist/windows/VanPhong-<version>-setup.exe
#
# `prepare` does steps 1-2 (no Linux .venv needed, so .ci/run starts it before the tests),
# `bundle` steps 3-4 (so two bundles, e.g. this version and the previous one for the upgrade
# test, can be built side by side after one prepare). The icons come from build/render_icon.py
# (`make` renders them; `bundle` renders them itself when they are missing).
#
# 1. tools.sh: Wine, the Windows CPython, Inno Setup's compiler, the prefix (cached, once);
# 2. the app's dependencies, PyInstaller and psycopg[binary] as Windows wheels, installed by
#    the Windows pip under Wine into the cached CPython (again only when pyproject changes);
# 3. PyInstaller under Wine with build/vanphong.spec, the same spec as on Linux;
# 4. ISCC.exe under Wine with build/windows/vanphong.iss, the script that ships.
#
# Environment: SRC (the source tree to freeze, default: this repository), OUT (default
# dist/windows), VERSION (default from SRC/app/__init__.py), PY (a Linux Python with
# PySide6, for the icons; default .venv/bin/python).
set -euo pipefail
HERE=$(cd "$(dirname "$0")" && pwd)
# shellcheck source=env.sh
source "$HERE/env.sh"
SRC=$(cd "${SRC:-$ROOT}" && pwd)
OUT=${OUT:-$ROOT/dist/windows}
PY=${PY:-$ROOT/.venv/bin/python}
VERSION=${VERSION:-$(sed -n 's/^__version__ = "\(.*\)"$/\1/p' "$SRC/app/__init__.py")}
[ -n "$VERSION" ] || fail "no __version__ in $SRC/app/__init__.py"
WORK=$SRC/.pyinstaller/windows
started=$(date +%s)
step() { echo "build.sh [$(( $(date +%s) - started ))s] $*"; }
what=${1:-all}
case $what in prepare|bundle|all) ;; *) fail "usage: build.sh [prepare|bundle|all]";; esac

prepare() {
"$HERE/tools.sh"

# -- 2. Windows wheels --------------------------------------------------------------------------
# The project's own ranges (pyproject: dependencies + the dist and postgres extras), resolved
# by the Windows pip for win_amd64 / CPython 3.11; the stamp holds the list, so a change of
# pyproject reinstalls. The pip cache stays in .cache so a rebuilt prefix downloads nothing.
requirements=$(python3 - "$ROOT/pyproject.toml" <<'PY'
import sys, tomllib
project = tomllib.load(open(sys.argv[1], "rb"))["project"]
extras = project["optional-dependencies"]
print("\n".join([*project["dependencies"], *extras["dist"], *extras["postgres"]]))
PY
)
stamp=$WINPY_DIR/.vanphong-requirements
if [ "$(cat "$stamp" 2>/dev/null)" != "$requirements" ]; then
    step "installing the Windows wheels (pip under Wine)"
    printf '%s\n' "$requirements" >"$CACHE/requirements-windows.txt"
    mkdir -p "$CACHE/pip"
    env -u PIP_FIND_LINKS -u PIP_CONFIG_FILE -u SSL_CERT_DIR -u REQUESTS_CA_BUNDLE -u CURL_CA_BUNDLE \
        PIP_CERT="$(winpath /etc/ssl/certs/ca-certificates.crt)" \
        SSL_CERT_FILE="$(winpath /etc/ssl/certs/ca-certificates.crt)" \
        PIP_CACHE_DIR="$(winpath "$CACHE/pip")" PIP_DISABLE_PIP_VERSION_CHECK=1 \
        bash -c "source '$HERE/env.sh'; wine_run '$WINPY' -m pip install --quiet --no-warn-script-location \
            --only-binary :all: -r '$(winpath "$CACHE/requirements-windows.txt")'" \
        | grep -v -E '^\s*$' || true
    [ "${PIPESTATUS[0]}" = 0 ] || fail "the Windows pip could not install the wheels in $CACHE/requirements-windows.txt"
    printf '%s' "$requirements" >"$stamp"
fi

}

bundle() {
# -- 3. the bundle --------------------------------------------------------------------------------
[ -f "$WINPY_DIR/.vanphong-requirements" ] && [ -f "$ISCC" ] || fail "run build/windows/build.sh prepare first"
if [ ! -f "$ROOT/.pyinstaller/icons/vanphong.ico" ]; then
    step "icons"
    QT_QPA_PLATFORM=offscreen "$PY" "$ROOT/build/render_icon.py" "$ROOT/.pyinstaller/icons" >/dev/null \
        || fail "could not render the icons (build/render_icon.py)"
fi
step "PyInstaller under Wine (a few minutes)"
mkdir -p "$OUT" "$WORK"
rm -rf "$OUT/vanphong"
log=$WORK/pyinstaller.log
if ! (cd "$SRC" && wine_run "$WINPY" -m PyInstaller "$(winpath "$SRC/build/vanphong.spec")" --noconfirm \
        --distpath "$(winpath "$OUT")" --workpath "$(winpath "$WORK")") >"$log" 2>&1; then
    grep -v "api-ms-win-crt" "$log" | tail -30 >&2
    fail "PyInstaller failed under Wine (log: $log)"
fi
for exe in vanphong.exe vanphong-cli.exe; do
    [ -f "$OUT/vanphong/$exe" ] || fail "PyInstaller made no $exe (log: $log)"
done
for stub in icuuc.dll bcryptprimitives.dll; do  # the test prefix's stand-ins must not ship
    if find "$OUT/vanphong" -iname "$stub" | grep -q .; then fail "the bundle picked up the test stub $stub"; fi
done
step "bundle: $(du -sm "$OUT/vanphong" | cut -f1) MB, $(find "$OUT/vanphong" -type f | wc -l) files"

# -- 4. the installer ------------------------------------------------------------------------------
step "Inno Setup compiler under Wine"
setup="$OUT/VanPhong-$VERSION-setup.exe"
rm -f "$setup"
if ! wine_run "$ISCC" /Q "/DAppVersion=$VERSION" "/DBundleDir=$(winpath "$OUT/vanphong")" \
        "/DIconFile=$(winpath "$ROOT/.pyinstaller/icons/vanphong.ico")" ${ISCC_DEFINES:-} "/DOutputDir=$(winpath "$OUT")" \
        "$(winpath "$ROOT/build/windows/vanphong.iss")" >"$WORK/iscc.log" 2>&1; then
    tail -20 "$WORK/iscc.log" >&2
    fail "ISCC could not compile build/windows/vanphong.iss (log: $WORK/iscc.log)"
fi
[ -f "$setup" ] || fail "ISCC made no $setup"
step "$setup: $(du -m "$setup" | cut -f1) MB"
}

[ "$what" = bundle ] || prepare
[ "$what" = prepare ] || bundle
