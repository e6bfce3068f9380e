#!/usr/bin/env bash
# Runs Mini-LinkedIn on http://127.0.0.1:${GATEWAY_PORT:-8080}.
#
#   ./run.sh              the modular monolith (step 1)
#   ./run.sh monolith     the same
#
# Installs what it needs, starts local stand-ins for MongoDB and S3 unless Mongo__ConnectionString /
# S3__ServiceUrl are set, and passes its whole environment to the app (e.g.
# Notifications__Retention=00:00:05 ./run.sh monolith). Ctrl-C or SIGTERM stops everything it started.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")"

mode="${1:-monolith}"
case "$mode" in
  monolith) ;;
  *) echo "usage: $0 [monolith]" >&2; exit 2 ;;
esac

deploy/run/build.sh
exec deploy/standins/with-standins.sh deploy/run/serve-monolith.sh "${GATEWAY_PORT:-8080}"
