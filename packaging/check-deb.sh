#!/usr/bin/env bash
# CI: builds the Debian package from the ci build, checks its metadata, installs it on this
# machine with its declared dependencies and runs the installed program.
set -euo pipefail
cd "$(dirname "$0")/.."

appstreamcli validate --no-net packaging/io.touchline.Touchline.metainfo.xml
(cd build/ci && cpack -G DEB)
deb=$(ls -t build/ci/touchline_*.deb | head -n1)
echo "package: $deb"
dpkg-deb --info "$deb" | sed -n '/Depends/p'
sudo=""
[ "$(id -u)" -eq 0 ] || sudo="sudo"
DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "./$deb"
/usr/bin/touchline --version
home=$(mktemp -d /tmp/touchline-deb.XXXXXX)
chmod 755 "$home"
TOUCHLINE_HOME="$home" TOUCHLINE_DB= /usr/bin/touchline db init
TOUCHLINE_HOME="$home" TOUCHLINE_DB= /usr/bin/touchline db status
