#!/usr/bin/env bash
# Starts the built monolith on 127.0.0.1:PORT, prints one line once /readyz answers, and stops it
# on SIGINT/SIGTERM. Expects Mongo__ConnectionString and S3__* in the environment (with-standins.sh).
# PORT 0: the monolith binds a free port itself (so no other program can take it between a pick
# and the bind); the ready line tells which ("... is ready at http://127.0.0.1:PORT").
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
port="${1:?usage: serve-monolith.sh PORT}"
project="$root/step1-monolith/src/MiniLinkedIn.Monolith"
url="http://127.0.0.1:$port"

if [ -z "${ClientApp__RootPath:-}" ] && [ -f "$root/client-react/dist/index.html" ]; then
  export ClientApp__RootPath="$root/client-react/dist"
fi
export Users__DataFolder="${Users__DataFolder:-$root/.data/monolith}"

dotnet "$project/bin/Release/net10.0/MiniLinkedIn.Monolith.dll" --urls "$url" --contentRoot "$project" &
app=$!
trap 'kill -TERM "$app" 2>/dev/null || true; wait "$app" 2>/dev/null || true' EXIT
trap 'exit 130' INT
trap 'exit 143' TERM
if [ "$port" = 0 ]; then
  port="$("$root/deploy/lib/listening-port.sh" "$app")" || { echo "The monolith exited before it listened." >&2; exit 1; }
  url="http://127.0.0.1:$port"
fi

for _ in $(seq 1 240); do
  if curl -fsS -o /dev/null "$url/readyz" 2>/dev/null; then
    echo "Mini-LinkedIn (monolith) is ready at $url  (Swagger UI: $url/swagger${DASHBOARD_URL:+; dashboard: $DASHBOARD_URL})"
    wait "$app"
    exit $?
  fi
  if ! kill -0 "$app" 2>/dev/null; then
    echo "The monolith exited before it was ready." >&2
    exit 1
  fi
  sleep 0.5
done
echo "The monolith did not become ready at $url/readyz within 120 s." >&2
exit 1
