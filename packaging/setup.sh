#!/usr/bin/env bash
# Sets up a fresh Debian 12 machine for Touchline, builds it, and then either opens it or tests it.
#   packaging/setup.sh run    install what is missing, build, open Touchline on its embedded
#                             local database with the demo flows loaded
#   packaging/setup.sh test   install what is missing, build (warnings are errors), run the tests
#   packaging/setup.sh bench  as test, then run the benchmarks and print their figures
set -euo pipefail
cd "$(dirname "$0")/.."

mode=${1:-}
case "$mode" in
run | test | bench) ;;
*)
    echo "usage: $0 run|test|bench" >&2
    exit 2
    ;;
esac

packages=(
    cmake ninja-build g++ pkg-config dpkg-dev
    qt6-base-dev libqt6opengl6-dev libqt6sql6-psql qt6-charts-dev qt6-svg-dev
    qt6-tools-dev qt6-l10n-tools qt6-qpa-plugins qtkeychain-qt6-dev libsecret-1-0
    libgraphviz-dev libcsv-dev postgresql libcurl4-openssl-dev
    python3-aiosmtpd dovecot-imapd pgbouncer
    dbus gnome-keyring xvfb xauth fonts-dejavu-core appstream
)
missing=()
for p in "${packages[@]}"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -gt 0 ]; then
    sudo=""
    [ "$(id -u)" -eq 0 ] || sudo="sudo"
    echo "installing: ${missing[*]}"
    $sudo apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}"
fi

if [ "$mode" = run ]; then
    cmake --preset dev
    # Only what it runs: the executable, not the tests and benchmarks.
    cmake --build --preset dev --target touchline
    # The embedded cluster starts on first use; the demo flows load into a new database.
    exec build/dev/app/touchline
fi

cmake --preset ci
cmake --build --preset ci
ctest --preset ci
if [ "$mode" = bench ]; then
    ctest --preset bench
fi
