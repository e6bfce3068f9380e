#!/usr/bin/env bash
# Checks the gateway configuration without starting anything: renders it for compose and for the
# local run, proves the two differ only in nginx.conf (listeners, paths) and upstreams.conf (server
# lists), and runs `nginx -t` on the local render (the compose one names hosts only compose knows).
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT

"$here/install.sh"
"$here/render.sh" compose "$tmp/compose"
"$here/render.sh" local "$tmp/local" 8080 8081 "$tmp/client" user=5001,5002 post=5003 notification=5004
different="$( (diff -rq "$tmp/compose" "$tmp/local" || true) | awk '{ print $2 }' | xargs -n1 basename | sort | tr '\n' ' ')"
if [ "$different" != "nginx.conf upstreams.conf " ]; then
  echo "check.sh: the renders differ in more than nginx.conf and upstreams.conf: $different" >&2
  exit 1
fi
nginx -t -q -c "$tmp/local/nginx.conf" -e stderr
echo "gateway config: both renders share every route file; nginx -t passes"
