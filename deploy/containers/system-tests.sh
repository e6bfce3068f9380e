#!/usr/bin/env bash
# The suites that run against the CONTAINER stacks (deploy/containers/up.sh), for ./test.sh:
#
#   deploy/containers/system-tests.sh [monolith] [microservices]      (default: both, in this order)
#
#   monolith:                    contract suite, browser e2e
#   microservices, 2 replicas:   contract suite, browser e2e, and the fault suite (FaultTests, the same
#                                scenarios as against ./run.sh; here a crash is a SIGKILL of a
#                                container's main process)
# Each stack on a free port, in a compose project of its own (COMPOSE_PROJECT_NAME, default
# mini-linkedin-test-PID-MODE), from empty volumes, taken down afterwards. Prints one
# "suite (target, containers): N passed, N failed" line per suite to $SUMMARY (a file); exits non-zero
# on any failure. Expects the .NET test projects built (Release) and the client's node_modules.
set -uo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
cd "$root" || exit 1
summary="${SUMMARY:?SUMMARY must name a file}"
status=0
app="" app_log="$(mktemp)"
trap '[ -z "$app" ] || stop_stack; rm -f "$app_log"' EXIT # also on a failure or Ctrl-C
project="${COMPOSE_PROJECT_NAME:-}"

. deploy/lib/suites.sh     # run_suite, dotnet_suite: one summary line per suite
. deploy/lib/ports.sh      # free_port, retry_on_port_taken, port_taken
. deploy/containers/env.sh # $engine, as up.sh picks it

# start_stack ARGS...: `up.sh ARGS... --fresh` on a free port; sets $base and $app (its pid) once ready.
# Compose publishes the gateway on a port picked here (nothing binds port 0 and reports it back
# through compose): if another program binds it first, the start fails with status 98.
start_stack() {
  local port dashboard_port
  port="$(free_port)" && dashboard_port="$(free_port "$port")" || return 1
  base="http://127.0.0.1:$port"
  echo "== deploy/containers/up.sh $* on $base (compose project $COMPOSE_PROJECT_NAME)"
  GATEWAY_PORT="$port" DASHBOARD_PORT="$dashboard_port" deploy/containers/up.sh "$@" --fresh >"$app_log" 2>&1 &
  app=$!
  for _ in $(seq 1 1200); do # a cold build of every image takes minutes
    grep -q "is ready at $base" "$app_log" && return 0
    kill -0 "$app" 2>/dev/null || break
    sleep 0.5
  done
  stop_stack
  if port_taken "$app_log"; then return 98; fi
  echo "up.sh $* did not become ready; its output:" >&2
  tail -n 50 "$app_log" >&2
  return 1
}

stop_stack() {
  kill -TERM "$app" 2>/dev/null
  wait "$app" 2>/dev/null
  app=""
}

modes=("$@")
[ $# -gt 0 ] || modes=(monolith microservices)
for mode in "${modes[@]}"; do
  target="$mode, containers"
  export COMPOSE_PROJECT_NAME="${project:-mini-linkedin-test-$$-$mode}"
  args=("$mode")
  [ "$mode" = monolith ] || args+=(--replicas 2)
  if ! retry_on_port_taken 3 start_stack "${args[@]}"; then
    echo "up.sh ($target): 0 passed, 1 failed" >>"$summary"
    status=1
    continue
  fi
  dotnet_suite "contract ($target)" step1-monolith/tests/MiniLinkedIn.ContractTests CONTRACT_BASE_URL="$base"
  echo "== browser end-to-end test against $base"
  run_suite "e2e ($target)" env -C client-react BASE_URL="$base" npm run --silent e2e
  if [ "$mode" = microservices ]; then
    dotnet_suite "fault ($target)" step2-microservices/tests/MiniLinkedIn.FaultTests \
      FAULT_GATEWAY_URL="$base" FAULT_COMPOSE_PROJECT="$COMPOSE_PROJECT_NAME" FAULT_CONTAINER_ENGINE="$engine"
  fi
  stop_stack
done
exit "$status"
