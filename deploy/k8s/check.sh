#!/usr/bin/env bash
# Checks the Kubernetes manifests offline, with no cluster: `kubectl kustomize` renders every overlay,
# then check.mjs validates every object against the Kubernetes schema, applies the policy and
# compares each service's settings with compose. Prints "N passed, N failed".
#
#   deploy/k8s/check.sh [OUTDIR]     (OUTDIR: keep the rendered overlays there)
#
# The secrets are never committed: on a clone without them, the render uses a copy of this folder
# with base/secrets.env.example as secrets.env and a throw-away signing key (this script only).
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
"$here/install.sh"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
out="${1:-$work/rendered}"
mkdir -p "$out"

cp -r "$here/base" "$here/overlays" "$work/"
[ -f "$work/base/secrets.env" ] || cp "$work/base/secrets.env.example" "$work/base/secrets.env"
[ -f "$work/base/jwt-signing-key.pem" ] || openssl genpkey -algorithm RSA -pkeyopt rsa_keygen_bits:2048 -out "$work/base/jwt-signing-key.pem" 2>/dev/null

args=()
for overlay in "$here"/overlays/*/; do
  name="$(basename "$overlay")"
  # Newer kustomize warns that bases/patchesStrategicMerge are deprecated: kept for Debian's v2.0.3.
  kubectl kustomize "$work/overlays/$name" >"$out/$name.yaml" 2> >(grep -v 'is deprecated' >&2)
  args+=("$name=$out/$name.yaml")
done
echo "rendered with $(kubectl version --client 2>/dev/null | grep -oE 'Kustomize Version: v[0-9.]+|GitVersion:"v[0-9.]+"' | head -n 1)"
node "$here/check.mjs" "${args[@]}"
