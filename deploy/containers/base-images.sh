#!/usr/bin/env bash
# Builds STAND-INS of the base images the project's Dockerfiles start FROM, for machines where no
# image can be pulled from a registry, and tags them with the official names, so that the real
# Dockerfiles build unchanged (with --pull=never). Stand-ins, like CongoDB for MongoDB:
#
#   Debian bookworm (minbase)          mmdebstrap, from the machine's Debian mirror
#   mcr.microsoft.com/dotnet/aspnet:*  Debian + this machine's .NET shared runtimes, user `app`
#   mcr.microsoft.com/dotnet/sdk:*     the aspnet stand-in + this machine's whole .NET SDK
#   node:*                             Debian + this machine's node and npm
#   nginx:*                            Debian's nginx + njs module, laid out like the official image
#
# The official names are read from the FROM lines of the Dockerfiles. Cached: each stand-in
# carries a label with a hash of its inputs (its Containerfile, the host's dotnet/node versions, the
# image it is built on) and is rebuilt only when that changes. Needs podman (install.sh) and
# CONTAINERS_CONF (env.sh).
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/../.." && pwd)"
files="$here/base-images"
label=org.mini-linkedin.standin-key
say() { echo "base-images: $*" >&2; }

# Serialize parallel runs (two builds of the same stand-in would race on its tags).
exec 8<"$here/base-images.sh"
flock 8

# This run's temporary folders (a build context, the Debian rootfs) go on exit, also on a failure or Ctrl-C.
context="" tmp=""
trap 'rm -rf "$context" "$tmp"' EXIT

image_key() { podman image inspect -f "{{index .Labels \"$label\"}}" "$1" 2>/dev/null || true; }
image_id() { podman image inspect -f '{{.Id}}' "$1"; }
hash() { sha256sum | cut -c1-16; }

# build NAME KEY CONTAINERFILE [podman build args...]: builds localhost/mini-linkedin-standin/NAME
# unless an image with that name and key exists already.
build() {
  local name="localhost/mini-linkedin-standin/$1" key="$2" containerfile="$3"
  shift 3
  if [ "$(image_key "$name")" = "$key" ]; then return 0; fi
  say "building $name ..."
  # An empty build context: everything a stand-in takes from the host comes in through -v.
  context="$(mktemp -d)"
  podman build --quiet --pull=never --format docker --label "$label=$key" -t "$name" \
    -f "$containerfile" "$@" "$context" >/dev/null
  rmdir "$context"
  context=""
}

# --- Debian bookworm minbase -------------------------------------------------------------
debian=localhost/mini-linkedin-standin/debian:bookworm
sources=("deb http://deb.debian.org/debian bookworm main"
  "deb http://deb.debian.org/debian bookworm-updates main"
  "deb http://deb.debian.org/debian-security bookworm-security main")
debian_key="$( (printf '%s\n' minbase "${sources[@]}"; cat "$files/docker-clean") | hash)"
if [ "$(image_key "$debian")" != "$debian_key" ]; then
  say "building $debian with mmdebstrap (about 30 s) ..."
  tmp="$(mktemp -d)"
  # Like the official slim images: no man pages, docs (but copyrights) or translations, and apt
  # keeps no downloaded packages (their /etc/apt/apt.conf.d/docker-clean).
  mmdebstrap --quiet --variant=minbase \
    --dpkgopt='path-exclude=/usr/share/man/*' --dpkgopt='path-exclude=/usr/share/locale/*' \
    --dpkgopt='path-exclude=/usr/share/doc/*' --dpkgopt='path-include=/usr/share/doc/*/copyright' \
    --customize-hook='cp "'"$files"'/docker-clean" "$1/etc/apt/apt.conf.d/" && rm -f "$1"/var/cache/apt/*.bin' \
    bookworm "$tmp/rootfs.tar" "${sources[@]}"
  podman import --quiet --change 'CMD ["bash"]' --change "LABEL $label=$debian_key" \
    "$tmp/rootfs.tar" "$debian" >/dev/null
  rm -rf "$tmp"
  tmp=""
fi
debian_id="$(image_id "$debian")"

# --- .NET: the machine's own installation ------------------------------------------------------
dotnet_root="$(dirname "$(readlink -f "$(command -v dotnet)")")"
dotnet_versions="$(ls "$dotnet_root/sdk" "$dotnet_root/shared/Microsoft.AspNetCore.App")"
build aspnet "$( (cat "$files/aspnet.Containerfile"; echo "$debian_id $dotnet_versions") | hash)" \
  "$files/aspnet.Containerfile" --build-arg "DEBIAN=$debian" -v "$dotnet_root:/host-dotnet:ro"
aspnet_id="$(image_id localhost/mini-linkedin-standin/aspnet)"
build sdk "$( (cat "$files/sdk.Containerfile"; echo "$aspnet_id $dotnet_versions") | hash)" \
  "$files/sdk.Containerfile" --build-arg "ASPNET=localhost/mini-linkedin-standin/aspnet" \
  -v "$dotnet_root:/host-dotnet:ro"

# --- node: the machine's own node and npm --------------------------------------------------------
node_prefix="$(dirname "$(dirname "$(readlink -f "$(command -v node)")")")"
build node "$( (cat "$files/node.Containerfile"; echo "$debian_id"; node --version; npm --version) | hash)" \
  "$files/node.Containerfile" --build-arg "DEBIAN=$debian" \
  -v "$node_prefix/bin/node:/host-node/bin/node:ro" \
  -v "$node_prefix/lib/node_modules/npm:/host-node/lib/node_modules/npm:ro"

# --- nginx: Debian's package -----------------------------------------------------------------
build nginx "$( (cat "$files/nginx.Containerfile"; echo "$debian_id") | hash)" \
  "$files/nginx.Containerfile" --build-arg "DEBIAN=$debian"

# --- tag them with the names the Dockerfiles use ---------------------------------------------------
# FROM lines of every Dockerfile; names of earlier build stages ("FROM build AS final") are skipped.
dockerfiles=("$root"/step1-monolith/Dockerfile "$root"/step2-microservices/Dockerfile "$root"/deploy/gateway/Dockerfile)
for dockerfile in "${dockerfiles[@]}"; do
  [ -f "$dockerfile" ] || continue
  awk 'toupper($1) == "FROM" { if (!($2 in stage)) print $2; if (toupper($3) == "AS") stage[$4] = 1 }' "$dockerfile"
done | sort -u | while read -r official; do
  case "$official" in
    mcr.microsoft.com/dotnet/aspnet:*) standin=aspnet ;;
    mcr.microsoft.com/dotnet/sdk:*) standin=sdk ;;
    node:*) standin=node ;;
    nginx:*) standin=nginx ;;
    *) say "no stand-in for the base image $official"; exit 1 ;;
  esac
  # the name Docker would use: node:20 is docker.io/library/node:20
  case "$official" in
    localhost/* | *.*/* | *:*/*) ;;
    */*) official="docker.io/$official" ;;
    *) official="docker.io/library/$official" ;;
  esac
  if [ "$(image_id "$official" 2>/dev/null || true)" != "$(image_id "localhost/mini-linkedin-standin/$standin")" ]; then
    podman tag "localhost/mini-linkedin-standin/$standin" "$official"
    say "tagged the $standin stand-in as $official"
  fi
done
