#!/bin/sh
# Runs a test with an unlocked throwaway keyring; call it inside `dbus-run-session --`.
# The daemon ends with the private bus.
set -e
XDG_DATA_HOME=$(mktemp -d)
export XDG_DATA_HOME
printf %s touchline-test | gnome-keyring-daemon --unlock --components=secrets >/dev/null
"$@"
status=$?
rm -rf "$XDG_DATA_HOME"
exit $status
