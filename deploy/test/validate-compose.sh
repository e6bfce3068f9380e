#!/usr/bin/env bash
# Validates the compose files (schema, interpolation, depends_on conditions). There is no Docker
# engine on the build machines, so `config` is as far as compose can go here; nothing is run.
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
for file in "$root"/deploy/compose/*.yml; do
  docker-compose -f "$file" config -q
  echo "valid: ${file#"$root"/}"
done
