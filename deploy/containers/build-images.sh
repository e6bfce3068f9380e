#!/usr/bin/env bash
# Builds the project's images with podman from the REAL Dockerfiles, offline, on a machine without a
# Docker engine (see docs/deployment.md):
#
#   deploy/containers/build-images.sh monolith        mini-linkedin/monolith
#   deploy/containers/build-images.sh microservices   mini-linkedin/{user,post,notification}-service, mini-linkedin/gateway
#   (both: the stand-ins of mongo and minio/minio, localhost/mini-linkedin-standin/{mongo,minio},
#   and of mcr.microsoft.com/dotnet/aspire-dashboard, under that name)
#
# The base images are local stand-ins (base-images.sh). HTTPS to the package registries does not
# work from inside a container here, so the machine's package caches are mounted into the build
# (~/.nuget/packages, ~/.npm) and restores run offline: the Dockerfiles take NPM_CI_FLAGS and
# RESTORE_FLAGS for that (empty in a normal Docker build). docker-compose's own `build:` cannot
# mount anything, which is why the images are built here and compose runs with --no-build.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/../.." && pwd)"
source "$here/env.sh"
mode="${1:?usage: build-images.sh monolith|microservices}"

"$here/base-images.sh"

# The restores inside the builds are offline: fill the machine's caches first, the way the project's
# own build does, when a project or lock file changed since the last time.
stamp="$root/.data/containers/caches-filled"
inputs=("$root"/Directory.*.props "$root"/step*/src/*/*.csproj "$root"/client-react/package-lock.json
  "$root"/deploy/standins/mongo/package-lock.json)
if [ ! -f "$stamp" ] || [ -n "$(find "${inputs[@]}" -newer "$stamp" 2>/dev/null)" ]; then
  echo "build-images: filling the NuGet and npm caches ..." >&2
  dotnet restore "$root/MiniLinkedIn.slnx" --nologo -v q >/dev/null
  dotnet restore "$root/deploy/dashboard/AspireDashboard.proj" --nologo -v q -p:NuGetAudit=false >/dev/null
  # npm ci in a throw-away copy, so that a node_modules in use by a running process is not touched.
  # Not deploy/lib/npm-ci.sh: this run only fills ~/.npm (the images' offline `npm ci` reads it)
  # and throws its node_modules away, so there is no node_modules to keep a stamp in; whether it
  # is needed is decided by $stamp above, for the NuGet cache too.
  tmp=""
  trap 'rm -rf "$tmp"' EXIT # also on a failed npm ci or Ctrl-C
  for dir in client-react deploy/standins/mongo; do
    tmp="$(mktemp -d)"
    cp "$root/$dir/package.json" "$root/$dir/package-lock.json" "$tmp/"
    if [ -d "$root/$dir/stubs" ]; then cp -r "$root/$dir/stubs" "$tmp/"; fi # local packages of "overrides"
    (cd "$tmp" && npm ci --prefer-offline --ignore-scripts --no-audit --no-fund --loglevel=error >/dev/null)
    rm -rf "$tmp"
    tmp=""
  done
  mkdir -p "$(dirname "$stamp")" && touch "$stamp"
fi

# A rebuild with nothing changed still takes podman several seconds per image (it checks every
# layer), so each image carries a label with a hash of all its inputs and is skipped when that
# matches: the files the Dockerfiles copy (the folders below, less what git ignores), the
# arguments and the base image stand-ins. A Dockerfile that copies more must be added here.
inputs=(Directory.Build.props Directory.Packages.props step1-monolith/Dockerfile step1-monolith/src
  step2-microservices/Dockerfile step2-microservices/src client-react deploy/gateway deploy/standins
  deploy/lib/ports.sh deploy/containers/standins)
inputs_hash="$( (cd "$root" && git ls-files -co --exclude-standard -z -- "${inputs[@]}" | sort -z | xargs -0 sha256sum
  podman image inspect -f '{{.Id}}' localhost/mini-linkedin-standin/{debian:bookworm,aspnet,sdk,node,nginx}) |
  sha256sum | cut -c1-16)"
label=org.mini-linkedin.inputs

build() { # build IMAGE DOCKERFILE [more podman build args]
  local image="$1" dockerfile="$2" key
  shift 2
  key="$(echo "$inputs_hash $image $dockerfile $*" | sha256sum | cut -c1-16)"
  if [ "$(podman image inspect -f "{{index .Labels \"$label\"}}" "$image" 2>/dev/null || true)" = "$key" ]; then
    return 0
  fi
  echo "build-images: $image (from $dockerfile) ..." >&2
  # --format docker keeps HEALTHCHECK (the OCI image format has no such field)
  podman build --quiet --pull=never --format docker --layers --label "$label=$key" \
    -v "$HOME/.nuget/packages:/root/.nuget/packages" -v "$HOME/.npm:/root/.npm" \
    --build-arg NPM_CI_FLAGS=--offline --build-arg RESTORE_FLAGS=-p:NuGetAudit=false \
    -f "$root/$dockerfile" -t "$image" "$@" "$root" >/dev/null
}

# Stand-ins for the `mongo` and `minio/minio` images (compose/*.standins.override.yml swaps them in).
build localhost/mini-linkedin-standin/mongo deploy/containers/standins/mongo.Containerfile
build localhost/mini-linkedin-standin/minio deploy/containers/standins/minio.Containerfile
# ... and for the dashboard's image, under its official name (the compose files use it as is).
dashboard_version="$(sed -n 's:.*<AspireDashboardVersion>\(.*\)</AspireDashboardVersion>.*:\1:p' "$root/Directory.Packages.props")"
build "mcr.microsoft.com/dotnet/aspire-dashboard:$dashboard_version" deploy/containers/standins/aspire-dashboard.Containerfile \
  --build-arg "VERSION=$dashboard_version"

case "$mode" in
  monolith)
    build mini-linkedin/monolith step1-monolith/Dockerfile
    ;;
  microservices)
    for service in user post notification; do
      build "mini-linkedin/$service-service" step2-microservices/Dockerfile \
        --build-arg "SERVICE=${service^}Service"
    done
    build mini-linkedin/gateway deploy/gateway/Dockerfile
    ;;
  *) echo "usage: build-images.sh monolith|microservices" >&2; exit 2 ;;
esac
