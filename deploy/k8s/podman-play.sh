#!/usr/bin/env bash
# Plays the app tier of the dev overlay (the three services and the gateway, as Deployments) with
# `podman kube play` on this machine, in front of stand-in MongoDBs and S3, and runs the contract
# suite through its gateway on 127.0.0.1. Not part of ./test.sh (it builds images: minutes).
#
#   deploy/k8s/podman-play.sh            (needs the images of deploy/containers/build-images.sh microservices)
#
# What podman 4.3 cannot play, and what stands in for it, is in podman-play.mjs. Everything it
# creates carries the prefix mlk8s-PID- and is removed at the end.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/../.." && pwd)"
source "$root/deploy/containers/env.sh"
"$root/deploy/lib/apt-install.sh" catatonit # podman builds its pause image with it
prefix="mlk8s-$$-"
work="$(mktemp -d)"
network="${prefix}net"

cleanup() {
  podman kube down "$work/play.yaml" >/dev/null 2>&1 || true
  podman volume rm $(podman volume ls --format '{{.Name}}' | grep "^$prefix") >/dev/null 2>&1 || true
  podman rm -f "${prefix}user-mongo" "${prefix}post-mongo" "${prefix}notification-mongo" "${prefix}minio" >/dev/null 2>&1 || true
  podman secret rm "${prefix}mini-linkedin-secrets" "${prefix}mini-linkedin-signing-key" >/dev/null 2>&1 || true
  podman network rm "$network" >/dev/null 2>&1 || true
  rm -rf "$work"
}
trap cleanup EXIT

# The gateway image for Kubernetes (TARGET=cluster) and the release tag the manifests name.
podman build --quiet --pull=never --format docker -v "$HOME/.npm:/root/.npm" --build-arg NPM_CI_FLAGS=--offline \
  --build-arg TARGET=cluster -f "$root/deploy/gateway/Dockerfile" -t mini-linkedin/gateway-cluster:1.0.0 "$root" >/dev/null
for service in user post notification; do
  podman tag "mini-linkedin/$service-service" "mini-linkedin/$service-service:1.0.0"
done

"$here/check.sh" "$work" >/dev/null # renders the overlays (with the example secrets) into $work
port="$(node -e 'const s = require("net").createServer().listen(0, "127.0.0.1", () => { console.log(s.address().port); s.close(); })')"
node "$here/podman-play.mjs" "$work/dev.yaml" "$work" "$prefix" "$port"
"$root/deploy/gateway/render.sh" cluster "$work/gateway" >/dev/null
sed -E "s/server ([a-z]+-service)\.mini-linkedin\.svc\.cluster\.local:/server $prefix\1-pod-0:/" "$work/gateway/upstreams.conf" >"$work/upstreams.conf"
chmod a+r "$work/upstreams.conf" && chmod a+rx "$work"

podman network create "$network" >/dev/null
for name in mini-linkedin-secrets mini-linkedin-signing-key; do
  podman secret create "$prefix$name" "$work/secret-$name.json" >/dev/null
done
s3_user="$(node -e 'console.log(Buffer.from(require(process.argv[1]).MINIO_ROOT_USER, "base64").toString())' "$work/secret-mini-linkedin-secrets.json")"
s3_password="$(node -e 'console.log(Buffer.from(require(process.argv[1]).MINIO_ROOT_PASSWORD, "base64").toString())' "$work/secret-mini-linkedin-secrets.json")"
for name in user-mongo post-mongo notification-mongo; do
  podman run -d --name "$prefix$name" --network "$network" localhost/mini-linkedin-standin/mongo >/dev/null
done
podman run -d --name "${prefix}minio" --network "$network" -e MINIO_ROOT_USER="$s3_user" -e MINIO_ROOT_PASSWORD="$s3_password" \
  localhost/mini-linkedin-standin/minio >/dev/null

echo "podman-play: podman kube play $(grep -c '^kind: Deployment' "$work/play.yaml") Deployments of the dev overlay ..."
podman kube play --network "$network" "$work/play.yaml"
for _ in $(seq 120); do
  curl -fsS -o /dev/null "http://127.0.0.1:$port/readyz" 2>/dev/null && break
  sleep 1
done
curl -sS "http://127.0.0.1:$port/readyz"; echo
podman ps --filter "name=$prefix" --format '{{.Names}} {{.Status}}'
# what podman made of the pod specs: the user, the read-only root, the memory limit
for container in $(podman ps --filter "name=$prefix.*-pod-0-" --format '{{.Names}}'); do
  podman inspect -f '{{.Name}}: user {{.Config.User}}, read-only root {{.HostConfig.ReadonlyRootfs}}, memory limit {{.HostConfig.Memory}}' "$container"
done
CONTRACT_BASE_URL="http://127.0.0.1:$port" dotnet test "$root/step1-monolith/tests/MiniLinkedIn.ContractTests" -c Release --no-build --nologo
