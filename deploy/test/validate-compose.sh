#!/usr/bin/env bash
# Validates the compose files (schema, interpolation, depends_on conditions): each deploy/compose/X.yml
# alone and together with each of its override files X.*.override.yml. `config` needs no engine;
# deploy/containers/up.sh is what runs them (with podman where there is no Docker).
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
if ! command -v docker-compose >/dev/null 2>&1; then
  sudo=""
  if [ "$(id -u)" != 0 ]; then sudo="sudo"; fi
  echo "validate-compose.sh: installing docker-compose (Debian) ..." >&2
  export DEBIAN_FRONTEND=noninteractive
  $sudo apt-get -q -o DPkg::Lock::Timeout=300 update >/dev/null
  $sudo apt-get -q -o DPkg::Lock::Timeout=300 install -y --no-install-recommends docker-compose >/dev/null
fi
# The signing-key override requires this variable; any path will do for `config`.
export JWT_SIGNING_KEY_FILE="${JWT_SIGNING_KEY_FILE:-/dev/null}"
cd "$root/deploy/compose"
for file in *.yml; do
  case "$file" in *.override.yml) continue ;; esac
  docker-compose -f "$file" config -q
  echo "valid: deploy/compose/$file"
  for override in "${file%.yml}".*.override.yml; do
    [ -f "$override" ] || continue
    docker-compose -f "$file" -f "$override" config -q
    echo "valid: deploy/compose/$file + $override"
  done
done
