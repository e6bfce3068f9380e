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
log="$(mktemp)"
trap 'rm -f "$summary" "$log"' EXIT # also on a failure or Ctrl-C
status=0

deploy/test/install-browser.sh || exit 1
echo "== build (client + .NET, warnings are errors)"
deploy/run/build.sh || exit 1

echo "== client: lint, typecheck, unit tests"
started=$SECONDS
(cd client-react && npm run --silent lint && npm run --silent typecheck && npm test 2>&1) | tee "$log" || status=1
counts="$(sed -E 's/\x1b\[[0-9;]*m//g' "$log" | grep -E '^ +Tests +' | tail -n 1)"
passed="$(grep -oE '[0-9]+ passed' <<<"$counts" | grep -oE '[0-9]+' || echo 0)"
failed="$(grep -oE '[0-9]+ failed' <<<"$counts" | grep -oE '[0-9]+' || echo 0)"
[ -n "$counts" ] || failed=1
echo "client unit: $passed passed, $failed failed ($((SECONDS - started)) s)" >>"$summary"

echo "== compose files"
started=$SECONDS
if deploy/test/validate-compose.sh; then
  echo "compose config: $(ls deploy/compose/*.yml | wc -l) passed, 0 failed ($((SECONDS - started)) s)" >>"$summary"
else
  status=1
  echo "compose config: 0 passed, 1 failed ($((SECONDS - started)) s)" >>"$summary"
fi

echo "== gateway configuration (both renders, nginx -t)"
started=$SECONDS
if deploy/gateway/check.sh; then
  echo "gateway config: 1 passed, 0 failed ($((SECONDS - started)) s)" >>"$summary"
else
  status=1
  echo "gateway config: 0 passed, 1 failed ($((SECONDS - started)) s)" >>"$summary"
fi

echo "== docs generated from the code"
started=$SECONDS
if docs/tools/step-changes.sh --check && docs/tools/check-decisions.sh; then
  echo "docs: 1 passed, 0 failed ($((SECONDS - started)) s)" >>"$summary"
else
  status=1
  echo "docs: 0 passed, 1 failed ($((SECONDS - started)) s)" >>"$summary"
fi

# The fast tier: module boundaries and pure rules, no database, no server (seconds).
. deploy/lib/suites.sh
dotnet_suite "fast: architecture + unit (step 1)" step1-monolith/tests/MiniLinkedIn.UnitTests
dotnet_suite "fast: architecture (step 2)" step2-microservices/tests/MiniLinkedIn.Services.ArchitectureTests
# Offline: hostile clients at the gateway's real nginx; the Kubernetes manifests rendered and checked.
started=$SECONDS; node deploy/gateway/front-door-check.mjs | tee "$log" || status=1; record_suite "gateway front door" "$log" "$started"
started=$SECONDS; deploy/k8s/check.sh | tee "$log" || status=1; record_suite "kubernetes manifests" "$log" "$started"

SUMMARY="$summary" deploy/standins/with-standins.sh deploy/test/system-tests.sh || status=1

# The real Dockerfiles and compose files, run with podman (or Docker when an engine is present).
SUMMARY="$summary" deploy/containers/system-tests.sh || status=1

echo
echo "== summary"
cat "$summary"
awk -F'[:,]' '{ for (i = 2; i <= NF; i++) { if ($i ~ / passed/) p += $i; if ($i ~ / failed/) f += $i } } END { printf "%d passed, %d failed", p, f }' "$summary"
echo " in $((SECONDS / 60)) min $((SECONDS % 60)) s"
[ "$status" -eq 0 ] && ! grep -qE ' [1-9][0-9]* failed' "$summary"
