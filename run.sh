#!/usr/bin/env bash
# Runs Mini-LinkedIn on http://127.0.0.1:${GATEWAY_PORT:-8080}.
#
#   ./run.sh                                   step 2: the three services behind the nginx gateway
#   ./run.sh microservices [--replicas N]      the same, N replicas of each service (default 1)
#   ./run.sh monolith                          step 1: the modular monolith
#
# Installs what it needs, starts local stand-ins for MongoDB (one per service in step 2) and S3
# unless Mongo__ConnectionString / S3__ServiceUrl are set, and passes its whole environment to the
# app (e.g. Notifications__Retention=00:00:05 ./run.sh monolith). Ctrl-C or SIGTERM stops everything
# it started. Step 2 restarts a service replica that dies (see deploy/run/serve-microservices.sh).
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")"

# Readable one-line logs on a terminal; JSON lines stay the default elsewhere (containers, tests).
export Logging__Format="${Logging__Format:-text}"

usage() { echo "usage: $0 [microservices [--replicas N] | monolith]" >&2; exit 2; }

mode="${1:-microservices}"
[ $# -eq 0 ] || shift
case "$mode" in
  monolith)
    [ $# -eq 0 ] || usage
    deploy/run/build.sh
    exec deploy/standins/with-standins.sh deploy/run/serve-monolith.sh "${GATEWAY_PORT:-8080}"
    ;;
  microservices)
    replicas=1
    while [ $# -gt 0 ]; do
      case "$1" in
        --replicas) [ $# -ge 2 ] || usage; replicas="$2"; shift 2 ;;
        --replicas=*) replicas="${1#*=}"; shift ;;
        *) usage ;;
      esac
    done
    [[ "$replicas" =~ ^[1-9][0-9]?$ ]] || { echo "$0: --replicas takes 1 to 99" >&2; exit 2; }
    deploy/run/build.sh
    deploy/gateway/install.sh
    # One MongoDB stand-in per service, exported as MONGO_URL_USER, _POST, _NOTIFICATION.
    export STANDINS_MONGO_NAMES="USER POST NOTIFICATION"
    exec deploy/standins/with-standins.sh deploy/run/serve-microservices.sh "${GATEWAY_PORT:-8080}" "$replicas"
    ;;
  *) usage ;;
esac
