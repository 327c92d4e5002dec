#!/usr/bin/env bash
# The Debian/Ubuntu system libraries VanPhong needs on Linux, for a new user (`make run`)
# and for CI (.ci/run) alike: what Qt's xcb and offscreen platforms load (the window, the
# offscreen tests), fonts, PDF tools for the tests, and make + venv to build .venv.
# Run as root (or with sudo). With --ci it also installs what CI alone needs (binutils for the
# packaging test, icu-devtools for the bundle's ICU trim, the PostgreSQL server for
# `make test-postgres`).
set -euo pipefail

packages=(
    make python3-venv
    libegl1 libgl1 libxkbcommon0 libxkbcommon-x11-0 libfontconfig1 libfreetype6
    libglib2.0-0 libdbus-1-3 libx11-xcb1 libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1
    libxcb-image0 libxcb-randr0 libxcb-render-util0 libxcb-render0 libxcb-shape0
    libxcb-shm0 libxcb-sync1 libxcb-util1 libxcb-xfixes0 libxcb-xkb1
    poppler-utils fonts-dejavu-core
    # Liberation 2 (full Vietnamese): where Debian's older fonts-liberation 1.07 is present
    # (pulled in by LibreOffice, Wine or Chromium), Qt would otherwise take its "Liberation
    # Sans", which lacks precomposed Vietnamese letters, over the bundled one
    fonts-liberation2
)
if [[ "${1:-}" == "--ci" ]]; then
    packages+=(binutils icu-devtools postgresql libreoffice-writer libreoffice-calc
               # what the frozen app's relinked PostgreSQL driver and Pillow load from the
               # system, as the .deb's Depends say (build/vanphong.spec: SYSTEM_TWINS)
               libssl3 libgssapi-krb5-2 libcrypt1 libtiff6 libopenjp2-7 libcups2)
fi

if ! command -v apt-get >/dev/null 2>&1; then
    echo "apt-get not found: install the equivalents of: ${packages[*]}" >&2
    exit 1
fi
sudo=""
if [[ "$(id -u)" != 0 ]]; then
    sudo="sudo"
fi
export DEBIAN_FRONTEND=noninteractive
$sudo apt-get update -qq || echo "apt-get update failed: installing from the package lists already here" >&2
$sudo apt-get install -y -qq --no-install-recommends "${packages[@]}" >/dev/null
echo "System libraries for VanPhong installed."
