#!/usr/bin/env bash
# Installs the npm packages of DIR with `npm ci`, only when they may be stale; does nothing (but
# hash two files) when they are not. Every script of the project installs npm packages through
# this one, with one rule:
#
#   deploy/lib/npm-ci.sh DIR
#
#   `npm ci` runs when DIR/node_modules is missing, or when the checksum of DIR/package.json +
#   DIR/package-lock.json differs from the stamp DIR/node_modules/.mini-linkedin-ci-stamp, written
#   after the last successful `npm ci` (npm ci empties node_modules first, so a failed or
#   interrupted one leaves no stamp, and the next run installs again).
#
# Parallel runs for the same DIR take turns: the lock is held on DIR/package.json itself (no lock
# file is left behind), and the stamp is checked again once the lock is held.
set -euo pipefail
dir="$(cd "${1:?usage: npm-ci.sh DIR}" && pwd)"
stamp="$dir/node_modules/.mini-linkedin-ci-stamp"

if ! command -v npm >/dev/null; then
  echo "npm-ci: node and npm are required (for $dir)" >&2
  exit 1
fi
want="$(cd "$dir" && sha256sum package.json package-lock.json)"
up_to_date() { [ -d "$dir/node_modules" ] && [ -f "$stamp" ] && [ "$(cat "$stamp")" = "$want" ]; }
up_to_date && exit 0

exec 9<"$dir/package.json"
flock 9
up_to_date && exit 0 # another run installed them while this one waited
echo "npm-ci: npm ci in $dir ..." >&2
(cd "$dir" && npm ci --no-audit --no-fund --loglevel=error >&2)
printf '%s\n' "$want" >"$stamp"
