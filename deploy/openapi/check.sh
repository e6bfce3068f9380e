#!/usr/bin/env bash
# Checks the API description of a running Mini-LinkedIn (the monolith, or the gateway of step 2):
#
#   deploy/openapi/check.sh BASE_URL NAME        e.g. deploy/openapi/check.sh http://127.0.0.1:8080 monolith
#
#   1. lint:      Spectral (deploy/openapi/.spectral.yaml: spectral:oas + project rules) on every
#                 document served at BASE_URL; any error or warning fails. Behind the gateway: the
#                 three services' documents and the gateway's merge of them (merged.spectral.yaml).
#   2. contract:  the black-box contract suite (step1-monolith/tests/MiniLinkedIn.ContractTests, built)
#                 through Stoplight Prism in proxy mode in front of BASE_URL, validating every
#                 request and response against BASE_URL's /swagger/v1/swagger.json. Two lines: the
#                 suite's tests, and Prism's verdict on the responses (any violation fails). What
#                 Prism cannot carry (image bytes, file uploads) goes around it: see prism-front.mjs.
#   3. types:     client-react/src/api/openapi.ts regenerated from BASE_URL's document must equal
#                 the committed file (generate-types.mjs --check).
#
# stdout: one line per check, "NAME: N passed, N failed (T s)"; everything else goes to stderr.
# Exits non-zero when a check fails. Installs its npm packages (deploy/openapi/package.json) if needed.
set -uo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/../.." && pwd)"
[ $# -eq 2 ] || { echo "usage: $0 BASE_URL NAME" >&2; exit 2; }
base="${1%/}"
name="$2"
exec 3>&1 1>&2
status=0
work="$(mktemp -d)"
pids=()
cleanup() {
  for pid in "${pids[@]}"; do kill -TERM "$pid" 2>/dev/null; done
  for pid in "${pids[@]}"; do wait "$pid" 2>/dev/null; done
  rm -rf "$work"
}
trap cleanup EXIT

summary=/dev/fd/3
. "$root/deploy/lib/suites.sh" # run_suite, run_check: a summary line each, to stdout (fd 3)
report() { # report CHECK PASSED FAILED STARTED_AT
  echo "$1 ($name): $2 passed, $3 failed ($((SECONDS - $4)) s)" >&3
  [ "$3" -eq 0 ] || status=1
}

started=$SECONDS
"$root/deploy/lib/npm-ci.sh" "$here" || { report "openapi tools install" 0 1 "$started"; exit 1; }

# --- the documents -------------------------------------------------------------------------------
# The whole API's document: the monolith's own, or the gateway's merge of its services' documents.
if ! curl -sSf "$base/swagger/v1/swagger.json" -o "$work/api.json"; then
  echo "check.sh: no OpenAPI document at $base/swagger/v1/swagger.json"
  report "openapi lint" 0 1 "$started"
  exit 1
fi
documents=("$work/api.json")
api_ruleset="$here/.spectral.yaml"
if curl -sf "$base/swagger/users/v1/swagger.json" -o "$work/users.json"; then
  api_ruleset="$here/merged.spectral.yaml"
  for service in users posts notifications; do
    [ -f "$work/$service.json" ] || curl -sSf "$base/swagger/$service/v1/swagger.json" -o "$work/$service.json" || true
    documents+=("$work/$service.json")
  done
fi

# --- 1. lint ---------------------------------------------------------------------------------------
echo "== openapi lint ($name): ${#documents[@]} document(s) from $base"
passed=0 failed=0
for document in "${documents[@]}"; do
  ruleset="$here/.spectral.yaml"
  [ "$document" = "$work/api.json" ] && ruleset="$api_ruleset"
  echo "-- $(basename "$document") ($(basename "$ruleset"))"
  if [ -s "$document" ] && "$here/node_modules/.bin/spectral" lint --quiet --fail-severity=warn -r "$ruleset" "$document"; then
    passed=$((passed + 1))
  else
    "$here/node_modules/.bin/spectral" lint --fail-severity=warn -r "$ruleset" "$document" || true
    failed=$((failed + 1))
  fi
done
report "openapi lint" "$passed" "$failed" "$started"

# --- 2. the contract suite through Prism ---------------------------------------------------------
started=$SECONDS
# Port 0: Prism and the front bind free ports themselves (no other program can take one between a
# pick and the bind); deploy/lib/listening-port.sh reads which from the socket table once they
# listen, which they do once ready. One that does not start leaves its port empty: the suite then
# fails, and a stopped Prism is reported below.
"$here/node_modules/.bin/prism" proxy "$work/api.json" "$base" -h 127.0.0.1 -p 0 --cors=false --errors=false -v warn \
  >"$work/prism.log" 2>&1 &
prism=$!
pids+=("$prism")
prism_port="$("$root/deploy/lib/listening-port.sh" "$prism" 180)" || prism_port=""
node "$here/prism-front.mjs" 0 "http://127.0.0.1:$prism_port" "$base" "$work/api.json" "$work/record.jsonl" &
pids+=($!)
front_port="$("$root/deploy/lib/listening-port.sh" "$!" 30)" || front_port=""
echo "== contract suite via Prism ($name): Prism on :$prism_port, its front on :$front_port, in front of $base"
: >"$work/record.jsonl"

run_suite "contract via prism ($name)" env CONTRACT_BASE_URL="http://127.0.0.1:$front_port" \
  dotnet test "$root/step1-monolith/tests/MiniLinkedIn.ContractTests" -c Release --no-build --nologo --filter "TestCategory!=NotThroughPrism"
if ! kill -0 "$prism" 2>/dev/null; then
  echo "check.sh: Prism stopped during the run; the end of its log:"
  tail -n 40 "$work/prism.log"
  report "prism stopped" 0 1 "$started"
fi

echo "== Prism's verdict on the responses ($name)"
read -r passed failed < <(node "$here/responses.mjs" "$work/record.jsonl")
[ "$passed" -gt 0 ] || failed=$((failed + 1))
report "prism responses" "$passed" "$failed" "$started"

# --- 3. the client's generated types -------------------------------------------------------------
run_check "client types ($name)" node "$here/generate-types.mjs" "$base" --check

exit "$status"
