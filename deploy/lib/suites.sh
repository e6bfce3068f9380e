# shellcheck shell=bash
# Sourced by the test scripts: one summary line per suite, "NAME: P passed, F failed[, S skipped] (T s)",
# appended to the file $summary; a failure sets status=1.
#
#   . deploy/lib/suites.sh
#   run_suite NAME COMMAND...                   runs a command that prints its counts, and records them
#   dotnet_suite NAME PROJECT [ENV=VALUE ...]   runs one dotnet test project and records it
#   run_check NAME COMMAND...                   runs a command whose exit status is the verdict (1 check)
#   record_suite NAME LOG STARTED               records the counts a finished run printed to LOG

# The counts are on dotnet test's "Passed!/Failed! - Failed: F, Passed: P, Skipped: S" line, on
# Vitest's "Tests  [F failed | ]P passed (N)" line, or on the "P passed, F failed" line of the
# project's node checks (browser e2e, restart check).
record_suite() {
  local name="$1" log="$2" took="($((SECONDS - $3)) s)" line
  line="$(grep -E '(Passed|Failed)! +- +Failed: +[0-9]+, Passed: +[0-9]+' "$log" | tail -n 1)"
  if [ -n "$line" ]; then
    echo "$name: $(sed -E 's/.*Failed: +([0-9]+), Passed: +([0-9]+), Skipped: +([0-9]+).*/\2 passed, \1 failed, \3 skipped/' <<<"$line") $took" >>"$summary"
  elif line="$(sed -E 's/\x1b\[[0-9;]*m//g' "$log" | grep -E '^ +Tests +[0-9]' | tail -n 1)" && [ -n "$line" ]; then
    echo "$name: $(grep -oE '[0-9]+ passed' <<<"$line" || echo 0 passed), $(grep -oE '[0-9]+ failed' <<<"$line" || echo 0 failed) $took" >>"$summary"
  elif line="$(grep -E '^[0-9]+ passed, [0-9]+ failed' "$log" | tail -n 1)" && [ -n "$line" ]; then
    echo "$name: $line $took" >>"$summary"
  else
    status=1
    echo "$name: 0 passed, 1 failed (no test summary) $took" >>"$summary"
  fi
}

run_suite() {
  local name="$1" started=$SECONDS output
  shift
  output="$(mktemp)"
  "$@" 2>&1 | tee "$output" || status=1
  record_suite "$name" "$output" "$started"
  rm -f "$output"
}

dotnet_suite() {
  local name="$1" project="$2"
  shift 2
  echo "== $name ($project)"
  run_suite "$name" env "$@" dotnet test "$project" -c Release --no-build --nologo
}

run_check() {
  local name="$1" started=$SECONDS verdict="1 passed, 0 failed"
  shift
  echo "== $name"
  "$@" || { status=1; verdict="0 passed, 1 failed"; }
  echo "$name: $verdict ($((SECONDS - started)) s)" >>"$summary"
}
