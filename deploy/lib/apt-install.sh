#!/usr/bin/env bash
# Installs the given Debian packages that are not installed yet; does nothing (but ask dpkg) when
# all are. Every script of the project installs through this one, so parallel runs take turns.
#
#   deploy/lib/apt-install.sh PACKAGE...
set -euo pipefail
missing=()
for pkg in "$@"; do
  [ "$(dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null || true)" = "install ok installed" ] || missing+=("$pkg")
done
[ ${#missing[@]} -eq 0 ] && exit 0

sudo=""
if [ "$(id -u)" != 0 ]; then sudo="sudo"; fi
# One apt at a time, also across parallel scripts; apt's own lock would fail them instead of waiting.
exec 9>"${TMPDIR:-/tmp}/mini-linkedin-apt.lock"
flock 9
echo "apt-install: installing ${missing[*]} (Debian) ..." >&2
export DEBIAN_FRONTEND=noninteractive
apt_opts=(-q -o DPkg::Lock::Timeout=300)
$sudo apt-get "${apt_opts[@]}" update >/dev/null
$sudo apt-get "${apt_opts[@]}" install -y --no-install-recommends "${missing[@]}" >/dev/null
