#!/usr/bin/env bash
# Checks the gateway configuration without starting anything: renders it for compose, Kubernetes and
# the local run, proves they differ only in nginx.conf (listeners, paths) and upstreams.conf (server
# lists), and runs `nginx -t` on the local render (the others name hosts only compose or a cluster
# knows).
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT

"$here/install.sh"
"$here/render.sh" compose "$tmp/compose"
"$here/render.sh" cluster "$tmp/cluster"
"$here/render.sh" local "$tmp/local" 8080 8081 "$tmp/client" user=5001,5002 post=5003 notification=5004
for pair in "compose local nginx.conf upstreams.conf" "compose cluster upstreams.conf"; do
  read -r a b expected <<<"$pair"
  different="$( (diff -rq "$tmp/$a" "$tmp/$b" || true) | awk '{ print $2 }' | xargs -n1 basename | sort | xargs)"
  if [ "$different" != "$expected" ]; then
    echo "check.sh: the $a and $b renders differ in '$different', not just in '$expected'" >&2
    exit 1
  fi
done
nginx -t -q -c "$tmp/local/nginx.conf" -e stderr
echo "gateway config: the compose, cluster and local renders share every route file; nginx -t passes"
