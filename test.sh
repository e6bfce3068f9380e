#!/usr/bin/env bash
# Installs what the tests need and runs every test of Mini-LinkedIn; exits non-zero on any failure.
#
#   ./test.sh
#
# On a fresh Debian machine with the .NET 10 SDK and Node 20 it installs, when missing, Ceph radosgw,
# Chromium and docker-compose (apt), the npm packages of the stand-in and of the client, and the NuGet
# packages. Local stand-ins for MongoDB and S3 are started and stopped here, unless
# Mongo__ConnectionString / S3__ServiceUrl point at real servers.
set -uo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")"
summary="$(mktemp)"
trap 'rm -f "$summary"' EXIT # also on a failure or Ctrl-C
status=0
. deploy/lib/suites.sh # run_suite, run_check, dotnet_suite: one summary line each

deploy/test/install-browser.sh || exit 1
echo "== build (client + .NET, warnings are errors)"
deploy/run/build.sh || exit 1

echo "== client: lint, typecheck, unit tests"
run_suite "client unit" env -C client-react sh -c 'npm run --silent lint && npm run --silent typecheck && npm test'
run_suite "compose config" deploy/test/validate-compose.sh
run_check "gateway config" deploy/gateway/check.sh
run_check "docs" sh -c 'docs/tools/step-changes.sh --check && docs/tools/check-decisions.sh'

# The fast tier: module boundaries and pure rules, no database, no server (seconds).
dotnet_suite "fast: architecture + unit (step 1)" step1-monolith/tests/MiniLinkedIn.UnitTests
dotnet_suite "fast: architecture (step 2)" step2-microservices/tests/MiniLinkedIn.Services.ArchitectureTests
# Offline: hostile clients at the gateway's real nginx; the Kubernetes manifests rendered and checked.
run_suite "gateway front door" node deploy/gateway/front-door-check.mjs
run_suite "kubernetes manifests" deploy/k8s/check.sh

SUMMARY="$summary" deploy/standins/with-standins.sh deploy/test/system-tests.sh || status=1

# The real Dockerfiles and compose files, run with podman (or Docker when an engine is present).
SUMMARY="$summary" deploy/containers/system-tests.sh || status=1

echo
echo "== summary"
cat "$summary"
awk -F'[:,]' '{ for (i = 2; i <= NF; i++) { if ($i ~ / passed/) p += $i; if ($i ~ / failed/) f += $i } } END { printf "%d passed, %d failed", p, f }' "$summary"
echo " in $((SECONDS / 60)) min $((SECONDS % 60)) s"
[ "$status" -eq 0 ] && ! grep -qE ' [1-9][0-9]* failed' "$summary"
