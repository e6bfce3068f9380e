#!/usr/bin/env bash
# The suites that need MongoDB and S3 (run inside deploy/standins/with-standins.sh):
#   1. integration tests: the monolith in memory, real HTTP pipeline, real MongoDB wire protocol and S3 API;
#   2. `./run.sh monolith` on a free port, then the black-box contract suite and the browser
#      end-to-end test against it.
# Prints one "suite: N passed, N failed" line per suite to $SUMMARY (a file); exits non-zero on any failure.
set -uo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
cd "$root"
summary="${SUMMARY:?SUMMARY must name a file}"
status=0

# Reads the counts from the "Passed!/Failed! - Failed: F, Passed: P, Skipped: S" line of dotnet test.
record_dotnet() {
  local name="$1" log="$2" line
  line="$(grep -E '(Passed|Failed)! +- +Failed: +[0-9]+, Passed: +[0-9]+' "$log" | tail -n 1)"
  if [ -z "$line" ]; then
    echo "$name: 0 passed, 1 failed (no test summary)" >>"$summary"
    return
  fi
  local failed passed skipped
  failed="$(sed -E 's/.*Failed: +([0-9]+).*/\1/' <<<"$line")"
  passed="$(sed -E 's/.*Passed: +([0-9]+).*/\1/' <<<"$line")"
  skipped="$(sed -E 's/.*Skipped: +([0-9]+).*/\1/' <<<"$line")"
  echo "$name: $passed passed, $failed failed, $skipped skipped" >>"$summary"
}

echo "== integration tests (step1-monolith/tests/MiniLinkedIn.Monolith.Tests)"
log="$(mktemp)"
dotnet test step1-monolith/tests/MiniLinkedIn.Monolith.Tests -c Release --no-build --nologo 2>&1 | tee "$log" || status=1
record_dotnet "integration" "$log"

port="$(node -e 'const s = require("net").createServer().listen(0, "127.0.0.1", () => { console.log(s.address().port); s.close(); })')"
base="http://127.0.0.1:$port"
echo "== ./run.sh monolith on $base"
app_log="$(mktemp)"
GATEWAY_PORT="$port" ./run.sh monolith >"$app_log" 2>&1 &
app=$!
trap 'kill -TERM "$app" 2>/dev/null; wait "$app" 2>/dev/null' EXIT
for _ in $(seq 1 240); do
  grep -q "is ready at $base" "$app_log" && break
  kill -0 "$app" 2>/dev/null || break
  sleep 0.5
done
if ! grep -q "is ready at $base" "$app_log"; then
  echo "./run.sh monolith did not become ready; its output:" >&2
  tail -n 50 "$app_log" >&2
  echo "run.sh: 0 passed, 1 failed" >>"$summary"
  exit 1
fi
grep -v '^{' "$app_log" | tail -n 1

echo "== contract suite against $base"
CONTRACT_BASE_URL="$base" dotnet test step1-monolith/tests/MiniLinkedIn.ContractTests -c Release --no-build --nologo 2>&1 | tee "$log" || status=1
record_dotnet "contract" "$log"

echo "== browser end-to-end test against $base"
(cd client-react && BASE_URL="$base" npm run --silent e2e) 2>&1 | tee "$log" || status=1
line="$(grep -E '^[0-9]+ passed, [0-9]+ failed' "$log" | tail -n 1)"
echo "e2e: ${line:-0 passed, 1 failed (no summary)}" >>"$summary"

exit "$status"
