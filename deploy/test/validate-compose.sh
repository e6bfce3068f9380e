#!/usr/bin/env bash
# Validates the compose files (schema, interpolation, depends_on conditions): each deploy/compose/X.yml
# alone and together with each of its override files X.*.override.yml. `config` needs no engine;
# deploy/containers/up.sh is what runs them (with podman where there is no Docker).
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
# Any docker-compose on the PATH will do; else Debian's.
command -v docker-compose >/dev/null 2>&1 || "$root/deploy/lib/apt-install.sh" docker-compose
# The signing-key override requires this variable; any path will do for `config`.
export JWT_SIGNING_KEY_FILE="${JWT_SIGNING_KEY_FILE:-/dev/null}"
cd "$root/deploy/compose"
checked=0
for file in *.yml; do
  case "$file" in *.override.yml) continue ;; esac
  docker-compose -f "$file" config -q
  echo "valid: deploy/compose/$file"
  checked=$((checked + 1))
  for override in "${file%.yml}".*.override.yml; do
    [ -f "$override" ] || continue
    docker-compose -f "$file" -f "$override" config -q
    echo "valid: deploy/compose/$file + $override"
    checked=$((checked + 1))
  done
done
echo "$checked passed, 0 failed" # the count for ./test.sh's summary (a failure stops this script first)
