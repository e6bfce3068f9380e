#!/usr/bin/env bash
# Installs what running the project's containers WITHOUT a Docker engine needs (Debian packages):
# podman and its helpers, the CNI dnsname plugin (containers reach each other by service name),
# mmdebstrap (stand-in base images are built from Debian, see base-images.sh) and docker-compose 1.29,
# which talks to podman's Docker API socket. Idempotent: installs only what is missing.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"

# Serialize parallel runs: apt-get must not run twice at the same time.
exec 9<"$here/install.sh"
flock 9

packages=(podman runc uidmap slirp4netns fuse-overlayfs golang-github-containernetworking-plugin-dnsname
  mmdebstrap docker-compose curl iproute2)
missing=()
for pkg in "${packages[@]}"; do
  [ "$(dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null || true)" = "install ok installed" ] || missing+=("$pkg")
done
[ ${#missing[@]} -eq 0 ] && exit 0

sudo=""
if [ "$(id -u)" != 0 ]; then sudo="sudo"; fi
echo "containers/install.sh: installing ${missing[*]} (Debian) ..." >&2
export DEBIAN_FRONTEND=noninteractive
apt_opts=(-q -o DPkg::Lock::Timeout=300) # wait for a dpkg lock held by someone else
$sudo apt-get "${apt_opts[@]}" update >/dev/null
$sudo apt-get "${apt_opts[@]}" install -y --no-install-recommends "${missing[@]}" >/dev/null
