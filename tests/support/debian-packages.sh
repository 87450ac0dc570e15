#!/usr/bin/env bash
# Installs every Debian 12 package OpenMayor Studio needs to build, run and test.
# Fast on re-runs: when every package is already installed nothing is downloaded.
# Runs as root, or through sudo otherwise. Usage: tests/support/debian-packages.sh
set -euo pipefail

packages=(
    # Build: Qt 6.4 modules, tools, compiler
    qt6-base-dev libqt6opengl6-dev qt6-charts-dev qt6-svg-dev qt6-5compat-dev
    qt6-tools-dev qt6-l10n-tools qtkeychain-qt6-dev libical-dev
    cmake ninja-build g++ pkg-config
    # Build: LLVM's linker, which run-all-tests.sh links with (several times faster than ld)
    lld
    # Run: SQL drivers, SVG widgets, platform plugins, Korean fonts
    libqt6sql6-sqlite libqt6sql6-psql libqt6sql6-mysql libqt6svgwidgets6
    qt6-qpa-plugins fonts-nanum
    # Test: headless X, throwaway servers and the tools the scripts and tests call
    xvfb xauth postgresql-15 nginx libnginx-mod-http-dav-ext
    poppler-utils sqlite3 python3 curl openssl ca-certificates
    # Test: the independent iCalendar parser that checks our .ics export
    python3-icalendar
)

missing=()
for p in "${packages[@]}"; do
    status=$(dpkg-query -W -f='${db:Status-Abbrev}' "$p" 2>/dev/null || true)
    [[ $status == ii* ]] || missing+=("$p")
done

if ((${#missing[@]} == 0)); then
    echo "debian-packages: all ${#packages[@]} packages already installed"
    exit 0
fi

sudo=()
if ((EUID != 0)); then
    command -v sudo >/dev/null || { echo "debian-packages: not root and no sudo" >&2; exit 1; }
    sudo=(sudo)
fi

echo "debian-packages: installing ${missing[*]}"
export DEBIAN_FRONTEND=noninteractive
"${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get update -q
"${sudo[@]}" env DEBIAN_FRONTEND=noninteractive \
    apt-get install -y -q --no-install-recommends "${missing[@]}"
