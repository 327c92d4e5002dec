#!/usr/bin/env bash
# The previous version's installer, for the upgrade test of `make dist-windows-test`:
#
#   build/windows/previous.sh [COMMIT]     (default: $WIN_PREVIOUS, else c29e9fb)
#   -> .cache/windows/previous/<commit>/VanPhong-<its version>-setup.exe
#
# The app's code at COMMIT (git archive), frozen with today's spec, launcher and share_pyz.py
# (the older spec predates the UTF-8 fix) by the same cached Windows CPython and wheels, and packed by
# today's vanphong.iss (the same AppId: the older script used {autopf}, which Wine 8 cannot
# expand per-user). Kept in the cache: built once per machine. Run `build.sh prepare` first.
set -euo pipefail
HERE=$(cd "$(dirname "$0")" && pwd)
# shellcheck source=env.sh
source "$HERE/env.sh"
COMMIT=${1:-${WIN_PREVIOUS:-c29e9fb}}
full=$(git -C "$ROOT" rev-parse --verify --quiet "$COMMIT^{commit}") \
    || fail "previous version $COMMIT is not in this clone's history (git fetch --unshallow?)"
short=${full:0:7}
OUT=$CACHE/previous/$short
if compgen -G "$OUT/VanPhong-*-setup.exe" >/dev/null; then
    echo "previous.sh: $(ls "$OUT"/VanPhong-*-setup.exe) (cached)"
    exit 0
fi
SRC=$CACHE/previous/src-$short
rm -rf "$SRC" "$OUT" && mkdir -p "$SRC" "$OUT"
git -C "$ROOT" archive "$full" app db ui resources build pyproject.toml | tar x -C "$SRC"
cp "$ROOT/build/vanphong.spec" "$ROOT/build/launcher.py" "$SRC/build/"
# the spec's helpers, which the older source may predate (elf_needed, trim_icu)
mkdir -p "$SRC/build/linux" && cp "$ROOT"/build/linux/*.py "$SRC/build/linux/"
mkdir -p "$SRC/build/windows" && cp "$ROOT/build/windows/share_pyz.py" "$SRC/build/windows/"
mkdir -p "$SRC/.pyinstaller" && cp -r "$ROOT/.pyinstaller/icons" "$SRC/.pyinstaller/"
# a quicker compression: this setup only feeds the test
SRC=$SRC OUT=$OUT ISCC_DEFINES=/DCompression=lzma2/fast "$HERE/build.sh" bundle
rm -rf "$OUT/vanphong" "$SRC/.pyinstaller/windows"
echo "previous.sh: $(ls "$OUT"/VanPhong-*-setup.exe)"
