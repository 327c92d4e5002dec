#!/usr/bin/env bash
# Package the PyInstaller bundle (dist/vanphong) as a .deb and a .tar.gz.
#
#   build/linux/make_deb.sh            (run by `make dist` after the bundle is built)
#
# .deb: /opt/vanphong/ (the bundle), /usr/bin/vanphong -> /opt/vanphong/vanphong,
#       /usr/share/applications/vanphong.desktop, hicolor icons (SVG + PNGs from
#       build/render_icon.py). The user's data (~/.local/share/VanPhong) is never touched.
# .tar.gz: vanphong-VERSION/ = the bundle, plus the .desktop file and a PNG icon.
# Environment: BUNDLE, ICONS, OUT, VERSION override the defaults below.
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
HERE="$ROOT/build/linux"
BUNDLE=${BUNDLE:-$ROOT/dist/vanphong}
ICONS=${ICONS:-$ROOT/.pyinstaller/icons}
OUT=${OUT:-$ROOT/dist}
VERSION=${VERSION:-$(sed -n 's/^__version__ = "\(.*\)"$/\1/p' "$ROOT/app/__init__.py")}
ARCH=$(dpkg --print-architecture)
STAGE="$ROOT/.pyinstaller/deb/vanphong_${VERSION}_${ARCH}"

test -x "$BUNDLE/vanphong" || { echo "make_deb.sh: no bundle at $BUNDLE (run PyInstaller first)" >&2; exit 1; }
test -n "$VERSION" || { echo "make_deb.sh: no version in app/__init__.py" >&2; exit 1; }
test -f "$ICONS/vanphong-256.png" || { echo "make_deb.sh: no icons in $ICONS (run build/render_icon.py)" >&2; exit 1; }

rm -rf "$STAGE"
mkdir -p "$STAGE/DEBIAN" "$STAGE/opt" "$STAGE/usr/bin" "$STAGE/usr/share/applications" \
         "$STAGE/usr/share/doc/vanphong" "$STAGE/usr/share/icons/hicolor/scalable/apps"
cp -a "$BUNDLE" "$STAGE/opt/vanphong"
ln -s /opt/vanphong/vanphong "$STAGE/usr/bin/vanphong"
install -m 644 "$HERE/vanphong.desktop" "$STAGE/usr/share/applications/vanphong.desktop"
install -m 644 "$HERE/copyright" "$STAGE/usr/share/doc/vanphong/copyright"
install -m 644 "$ROOT/resources/icons/vanphong.svg" "$STAGE/usr/share/icons/hicolor/scalable/apps/vanphong.svg"
for size in 16 24 32 48 64 128 256; do
    mkdir -p "$STAGE/usr/share/icons/hicolor/${size}x${size}/apps"
    install -m 644 "$ICONS/vanphong-$size.png" "$STAGE/usr/share/icons/hicolor/${size}x${size}/apps/vanphong.png"
done
chmod -R u+rwX,go+rX,go-w "$STAGE"

INSTALLED_SIZE=$(du -sk --exclude=DEBIAN "$STAGE" | cut -f1)
sed -e "s/@VERSION@/$VERSION/" -e "s/@ARCH@/$ARCH/" -e "s/@INSTALLED_SIZE@/$INSTALLED_SIZE/" \
    "$HERE/control.in" > "$STAGE/DEBIAN/control"

mkdir -p "$OUT"
DEB="$OUT/vanphong_${VERSION}_${ARCH}.deb"
dpkg-deb --root-owner-group -Zxz --build "$STAGE" "$DEB" >/dev/null
echo "$DEB"

TARBALL="$OUT/vanphong-${VERSION}-linux-$(uname -m).tar.gz"
TARDIR="$ROOT/.pyinstaller/tar/vanphong-$VERSION"
rm -rf "$(dirname "$TARDIR")" && mkdir -p "$(dirname "$TARDIR")"
cp -al "$BUNDLE" "$TARDIR" 2>/dev/null || cp -a "$BUNDLE" "$TARDIR"  # hard links: no second copy
install -m 644 "$HERE/vanphong.desktop" "$TARDIR/vanphong.desktop"
install -m 644 "$ICONS/vanphong-256.png" "$TARDIR/vanphong.png"
tar --owner=0 --group=0 -czf "$TARBALL" -C "$(dirname "$TARDIR")" "vanphong-$VERSION"
echo "$TARBALL"
rm -rf "$(dirname "$STAGE")" "$(dirname "$TARDIR")"
