#!/usr/bin/env bash
# Installs what the MongoDB and S3 stand-ins need (see docs/stand-ins.md):
#   - Ceph mon/osd/radosgw from Debian (S3 stand-in)
#   - CongoDB (npm @push.rocks/smartmongo 2.2.0) into mongo/node_modules (MongoDB stand-in)
# Idempotent: when everything is in place it only runs a few cheap checks.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"

# Serialize parallel runs (e.g. two with-standins.sh at once on a fresh machine):
# apt-get and npm ci in the same folder must not run twice at the same time.
exec 9<"$here/install.sh"
flock 9

sudo=""
if [ "$(id -u)" != 0 ]; then sudo="sudo"; fi

# --- Debian packages -------------------------------------------------------
# also tools the scripts use that minimal images may lack: curl (the signed S3 request
# in start-radosgw.sh), iproute2 (ss, free ports), procps (ps, pgrep)
apt_packages=(ceph-mon ceph-osd radosgw curl iproute2 procps)
missing=()
for pkg in "${apt_packages[@]}"; do
  status="$(dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null || true)"
  [ "$status" = "install ok installed" ] || missing+=("$pkg")
done
if [ ${#missing[@]} -gt 0 ]; then
  echo "install.sh: installing ${missing[*]} (Debian) ..." >&2
  export DEBIAN_FRONTEND=noninteractive
  # Wait for a dpkg lock held by someone else instead of failing at once.
  apt_opts=(-q -o DPkg::Lock::Timeout=300)
  $sudo apt-get "${apt_opts[@]}" update >/dev/null
  $sudo apt-get "${apt_opts[@]}" install -y --no-install-recommends "${apt_packages[@]}" >/dev/null
fi

# --- npm packages (CongoDB) ------------------------------------------------
if ! command -v node >/dev/null || ! command -v npm >/dev/null; then
  echo "install.sh: node and npm are required for the MongoDB stand-in" >&2
  exit 1
fi
mongo_dir="$here/mongo"
# Stamp = checksum of package.json + package-lock.json at the last successful npm ci;
# a different checksum (or no node_modules) means node_modules is stale.
stamp_file="$mongo_dir/node_modules/.standins-stamp"
want_stamp="$(cd "$mongo_dir" && sha256sum package.json package-lock.json)"
if [ ! -f "$stamp_file" ] || [ "$(cat "$stamp_file")" != "$want_stamp" ]; then
  echo "install.sh: npm ci in $mongo_dir ..." >&2
  (cd "$mongo_dir" && npm ci --no-audit --no-fund --loglevel=error >/dev/null)
  printf '%s\n' "$want_stamp" >"$stamp_file"
fi
