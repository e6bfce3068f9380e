#!/usr/bin/env bash
# Installs what the benchmark needs from Debian: wrk (the load generator). Idempotent: when it is
# installed this only runs dpkg-query. nginx comes with the gateway (deploy/gateway/install.sh).
set -euo pipefail

packages=(wrk curl)
missing=()
for pkg in "${packages[@]}"; do
  status="$(dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null || true)"
  [ "$status" = "install ok installed" ] || missing+=("$pkg")
done
[ ${#missing[@]} -eq 0 ] && exit 0

sudo=""
if [ "$(id -u)" != 0 ]; then sudo="sudo"; fi
echo "bench/install.sh: installing ${missing[*]} (Debian) ..." >&2
export DEBIAN_FRONTEND=noninteractive
apt_opts=(-q -o DPkg::Lock::Timeout=300)
$sudo apt-get "${apt_opts[@]}" update >/dev/null
$sudo apt-get "${apt_opts[@]}" install -y --no-install-recommends "${missing[@]}" >/dev/null
