#!/usr/bin/env bash
# The suites that need MongoDB and S3 (run inside deploy/standins/with-standins.sh):
#   1. integration: the monolith in memory (real HTTP pipeline, MongoDB wire protocol, S3 API);
#   2. services: the three step-2 services in memory, calling each other over HTTP;
#   3. against `./run.sh monolith` and `./run.sh microservices --replicas 2` (each on a free port,
#      GATEWAY_PORT=0: bound by the app or gateway itself, read from run.sh's ready line):
#      the black-box contract suite, the browser end-to-end test, and the OpenAPI checks (Spectral
#      lint, the contract suite through a validating Prism proxy, drift of the client's generated types);
#      and on each: one click is one trace in the Aspire dashboard that ./run.sh starts, and the
#      delivery-lag histogram has a sample there (deploy/test/trace-check.mjs: the dashboard's
#      telemetry API, and its metrics page in Chromium);
#   4. fault: processes of a third `./run.sh microservices --replicas 2` are killed while clients use it.
# Appends one "suite (target): N passed, N failed, N skipped (T s)" line per suite to $SUMMARY (a
# file); exits non-zero on any failure. The running systems get their stand-ins from with-standins.sh.
set -uo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
cd "$root" || exit 1
summary="${SUMMARY:?SUMMARY must name a file}"
status=0
log="$(mktemp)"
app_log="$(mktemp)" # the output of the ./run.sh running now
app="" data="" run_dir=""
dashboard_key="$(od -An -N16 -tx1 /dev/urandom | tr -d ' \n')"
# Also on a failure or Ctrl-C: the running system is stopped, then the temporary files go.
trap '[ -z "$app" ] || stop_system; rm -rf "$log" "$app_log" "$data" "$run_dir"' EXIT

. deploy/lib/suites.sh # run_suite, dotnet_suite: one summary line per suite

# start_system TARGET ARGS...: `./run.sh ARGS...` on a free port; sets $base and $app (its pid).
# GATEWAY_PORT=0: the monolith or the gateway binds a free port itself (see deploy/run/serve-*.sh),
# so no other program can take it between a pick and the bind; its ready line names it.
start_system() {
  local target="$1" ready='Mini-LinkedIn (.*) is ready at http://127\.0\.0\.1:[0-9]+ '
  shift
  echo "== ./run.sh $* on a free port"
  : >"$app_log"
  (
    # Step 2 gets MongoDB stand-ins of its own, one per service, as ./run.sh starts them; S3 is
    # shared, unless the stand-ins must keep their data (the restart test): then all are its own.
    if [ "$1" = microservices ]; then unset Mongo__ConnectionString; fi
    if [ "$target" = restart ]; then unset S3__ServiceUrl S3__AccessKey S3__SecretKey; fi
    # The dashboard (where ./run.sh starts one) on a free port too, its API key known here.
    GATEWAY_PORT=0 DASHBOARD_PORT=0 DASHBOARD_API_KEY="$dashboard_key" STANDINS_DATA_DIR="${STANDINS_DATA_DIR:-}" exec ./run.sh "$@"
  ) >"$app_log" 2>&1 &
  app=$!
  for _ in $(seq 1 360); do
    grep -qE "$ready" "$app_log" && break
    kill -0 "$app" 2>/dev/null || break
    sleep 0.5
  done
  base="$(grep -E "$ready" "$app_log" | tail -n 1 | sed -E 's/.* is ready at ([^ ]+) .*/\1/')"
  if [ -z "$base" ]; then
    echo "./run.sh $* did not become ready; its output:" >&2
    tail -n 50 "$app_log" >&2
    echo "run.sh ($target): 0 passed, 1 failed" >>"$summary"
    stop_system
    return 1
  fi
  grep -E "$ready" "$app_log" | tail -n 1
}

stop_system() {
  kill -TERM "$app" 2>/dev/null
  wait "$app" 2>/dev/null
  app=""
}

# black_box TARGET: the contract suite, the browser test and the API description checks against $base.
black_box() {
  dotnet_suite "contract ($1)" step1-monolith/tests/MiniLinkedIn.ContractTests CONTRACT_BASE_URL="$base"
  echo "== browser end-to-end test ($1) against $base"
  run_suite "e2e ($1)" env -C client-react BASE_URL="$base" npm run --silent e2e
  echo "== OpenAPI: lint, contract suite through a validating proxy, client types drift ($1)"
  deploy/openapi/check.sh "$base" "$1" >>"$summary" || status=1
}

dotnet_suite "integration (monolith in memory)" step1-monolith/tests/MiniLinkedIn.Monolith.Tests
dotnet_suite "services (step 2 in memory)" step2-microservices/tests/MiniLinkedIn.Services.Tests

# telemetry TARGET: one click is one trace in the dashboard ./run.sh started, and the delivery-lag
# histogram has a sample there; the trace's screenshot goes to client-react/test-artifacts/.
telemetry() {
  echo "== telemetry: one click, one trace in the dashboard ($1)"
  local started=$SECONDS
  DASHBOARD_API_KEY="$dashboard_key" node deploy/test/trace-check.mjs "$base" \
    "$(grep -oE 'dashboard: [^ )]+' "$app_log" | tail -n 1 | cut -d' ' -f2)" "client-react/test-artifacts/dashboard-trace-$2.png" 2>&1 | tee "$log" || status=1
  record_suite "telemetry ($1)" "$log" "$started"
}

if start_system monolith monolith; then
  black_box monolith
  telemetry monolith monolith
  stop_system
else
  status=1
fi

if start_system microservices microservices --replicas 2; then
  black_box "microservices x2"
  telemetry "microservices x2" microservices
  stop_system
else
  status=1
fi

# Data survives a restart: `./run.sh` on kept stand-ins (their own, in a temporary folder), stopped
# with SIGTERM and started again.
restart_test() {
  local state started=$SECONDS seeded
  data="$(mktemp -d)"
  state="$data/made.json"
  echo "== restart: ./run.sh keeps accounts, posts, images, notifications, read marks and the signing key"
  if STANDINS_DATA_DIR="$data" Users__DataFolder="$data/user" start_system restart microservices --no-dashboard; then
    node deploy/test/restart-check.mjs seed "$base" "$state" | tee "$log"
    seeded="$(grep -E '^[0-9]+ passed' "$log")"
    stop_system
    if STANDINS_DATA_DIR="$data" Users__DataFolder="$data/user" start_system restart microservices --no-dashboard; then
      node deploy/test/restart-check.mjs verify "$base" "$state" | tee -a "$log" || status=1
      stop_system
    else
      status=1
    fi
  else
    status=1
  fi
  local line
  line="$(grep -E '^[0-9]+ passed, [0-9]+ failed' "$log" | awk '{ p += $1; f += $3 } END { if (NR == 2) printf "%d passed, %d failed", p, f }')"
  echo "restart (microservices): ${line:-0 passed, 1 failed (${seeded:-no seed})} ($((SECONDS - started)) s)" >>"$summary"
  rm -rf "$data"
}
restart_test

# Its own system: the fault tests kill processes and exhaust the login limit. A low per-client
# limit keeps the spoofing test short.
run_dir="$(mktemp -d)"
if RUN_DIR="$run_dir" Users__LoginAttemptsPerMinutePerClient=20 start_system "fault" microservices --replicas 2 --no-dashboard; then
  dotnet_suite "fault (microservices x2)" step2-microservices/tests/MiniLinkedIn.FaultTests \
    FAULT_GATEWAY_URL="$base" FAULT_RUN_DIR="$run_dir"
  stop_system
else
  status=1
fi
rm -rf "$run_dir"

exit "$status"
