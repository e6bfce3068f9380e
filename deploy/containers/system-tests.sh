#!/usr/bin/env bash
# The suites that run against the CONTAINER stacks (deploy/containers/up.sh), for ./test.sh:
#   1. monolith stack:                  contract suite, browser e2e
#   2. microservices stack, 2 replicas:  contract suite, browser e2e, container fault tests
# Each stack on a free port, from empty volumes, taken down afterwards. Prints one
# "suite (target, containers): N passed, N failed" line per suite to $SUMMARY (a file); exits non-zero
# on any failure. Expects the .NET test projects built (Release) and the client's node_modules.
set -uo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
cd "$root" || exit 1
summary="${SUMMARY:?SUMMARY must name a file}"
status=0
log="$(mktemp)"
app_log=""
trap 'rm -f "$log" "$app_log"' EXIT # also on a failure or Ctrl-C

# dotnet_suite, record_suite: one summary line per suite.
. deploy/lib/suites.sh

run_stack() { # run_stack MODE [up.sh args]: starts the stack, runs the suites, stops it
  local mode="$1" port dashboard_port app base target
  target="$mode, containers"
  shift
  app_log="$(mktemp)"
  # Compose publishes the gateway on a port picked here: nothing binds port 0 and reports it back
  # through compose. If another program binds the port before the stack does, up.sh fails with
  # "address already in use", and the stack is started again on a new pick (up to 3 tries).
  for attempt in 1 2 3; do
    port="$(node -e 'const s = require("net").createServer().listen(0, "127.0.0.1", () => { console.log(s.address().port); s.close(); })')"
    dashboard_port="$(node -e 'const s = require("net").createServer().listen(0, "127.0.0.1", () => { console.log(s.address().port); s.close(); })')"
    base="http://127.0.0.1:$port"
    echo "== deploy/containers/up.sh $* on $base"
    GATEWAY_PORT="$port" DASHBOARD_PORT="$dashboard_port" deploy/containers/up.sh "$@" --fresh >"$app_log" 2>&1 &
    app=$!
    for _ in $(seq 1 1200); do # a cold build of every image takes minutes
      grep -q "is ready at $base" "$app_log" && break
      kill -0 "$app" 2>/dev/null || break
      sleep 0.5
    done
    if [ "$attempt" -lt 3 ] && ! kill -0 "$app" 2>/dev/null && grep -qi "address already in use" "$app_log"; then
      wait "$app" 2>/dev/null
      echo "up.sh: port $port was taken before the stack bound it; again on a new pick" >&2
      continue
    fi
    break
  done
  if ! grep -q "is ready at $base" "$app_log"; then
    echo "up.sh $* did not become ready; its output:" >&2
    tail -n 50 "$app_log" >&2
    echo "up.sh ($target): 0 passed, 1 failed" >>"$summary"
    kill -TERM "$app" 2>/dev/null; wait "$app" 2>/dev/null
    rm -f "$app_log"
    status=1
    return
  fi

  dotnet_suite "contract ($target)" step1-monolith/tests/MiniLinkedIn.ContractTests CONTRACT_BASE_URL="$base"

  echo "== browser end-to-end test against $base"
  started=$SECONDS
  (cd client-react && BASE_URL="$base" npm run --silent e2e) 2>&1 | tee "$log" || status=1
  record_suite "e2e ($target)" "$log" "$started"

  if [ "$mode" = microservices ]; then
    echo "== container fault tests against $base"
    started=$SECONDS
    deploy/containers/fault-tests.sh "$base" 2>&1 | tee "$log" || status=1
    record_suite "fault ($target)" "$log" "$started"
  fi

  kill -TERM "$app" 2>/dev/null
  wait "$app" 2>/dev/null
  rm -f "$app_log"
}

run_stack monolith monolith
run_stack microservices microservices --replicas 2
exit "$status"
