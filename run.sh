#!/usr/bin/env bash
# Runs Mini-LinkedIn on http://127.0.0.1:${GATEWAY_PORT:-8080} (GATEWAY_PORT=0: on a free port,
# bound by the app or gateway itself and named in the ready line; not with --containers).
#
#   ./run.sh                                   step 2: the three services behind the nginx gateway
#   ./run.sh microservices [--replicas N]      the same, N replicas of each service (default 1)
#   ./run.sh monolith                          step 1: the modular monolith
#   ./run.sh ... --no-dashboard                without the Aspire dashboard (OpenTelemetry) beside it
#   ./run.sh [monolith|microservices] --containers [--fresh]
#                                              the same from the real Dockerfiles and compose files
#                                              (Docker, or podman when there is no Docker engine)
#
# Installs what it needs, starts local stand-ins for MongoDB (one per service in step 2) and S3
# unless Mongo__ConnectionString / S3__ServiceUrl are set, and passes its whole environment to the
# app (e.g. Notifications__Retention=00:00:05 ./run.sh monolith). Ctrl-C or SIGTERM stops everything
# it started. Step 2 restarts a service replica that dies (see deploy/run/serve-microservices.sh).
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")"

# Readable one-line logs on a terminal; JSON lines stay the default elsewhere (containers, tests).
export Logging__Format="${Logging__Format:-text}"

usage() { echo "usage: $0 [microservices [--replicas N] | monolith] [--containers] [--fresh] [--no-dashboard]" >&2; exit 2; }

mode=microservices replicas=1 containers=false fresh=false dashboard=true
while [ $# -gt 0 ]; do
  case "$1" in
    monolith | microservices) mode="$1"; shift ;;
    --replicas) [ $# -ge 2 ] || usage; replicas="$2"; shift 2 ;;
    --replicas=*) replicas="${1#*=}"; shift ;;
    --containers) containers=true; shift ;;
    --fresh) fresh=true; shift ;;
    --no-dashboard) dashboard=false; shift ;;
    *) usage ;;
  esac
done
[[ "$replicas" =~ ^[1-9][0-9]?$ ]] || { echo "$0: --replicas takes 1 to 99" >&2; exit 2; }
if [ "$mode" = monolith ] && [ "$replicas" != 1 ]; then usage; fi

if $containers; then
  [ "${GATEWAY_PORT:-}" != 0 ] || { echo "$0: GATEWAY_PORT=0 is not supported with --containers" >&2; exit 2; }
  # The real Dockerfiles and compose files (Docker when there is an engine, podman otherwise).
  args=("$mode")
  [ "$mode" = monolith ] || args+=(--replicas "$replicas")
  ! $fresh || args+=(--fresh)
  exec deploy/containers/up.sh "${args[@]}"
fi

# With the stand-ins, data survives a restart: they keep it in .data/standins/MODE
# (STANDINS_DATA_DIR; empty means throw-away data, as the test suites use), and the development
# signing key stays in .data/MODE. A SIGKILL of the whole run loses at most about the last second
# of MongoDB writes, no acknowledged image, nothing saved before. --fresh forgets this mode's data.
if $fresh; then rm -rf ".data/standins/$mode" ".data/$mode"; fi
export STANDINS_DATA_DIR="${STANDINS_DATA_DIR-$PWD/.data/standins/$mode}"

deploy/run/build.sh
# Every host exports its telemetry to the Aspire dashboard, started beside it (its URL is on the ready line).
with_dashboard=()
if $dashboard; then with_dashboard=(deploy/dashboard/with-dashboard.sh); fi
case "$mode" in
  monolith)
    exec "${with_dashboard[@]}" deploy/standins/with-standins.sh deploy/run/serve-monolith.sh "${GATEWAY_PORT:-8080}"
    ;;
  microservices)
    deploy/gateway/install.sh
    # One MongoDB stand-in per service, exported as MONGO_URL_USER, _POST, _NOTIFICATION.
    export STANDINS_MONGO_NAMES="USER POST NOTIFICATION"
    exec "${with_dashboard[@]}" deploy/standins/with-standins.sh deploy/run/serve-microservices.sh "${GATEWAY_PORT:-8080}" "$replicas"
    ;;
esac
