# Sourced by the test scripts: one summary line per suite, "NAME: P passed, F failed[, S skipped] (T s)",
# appended to the file $summary; a failure sets status=1.
#
#   . deploy/lib/suites.sh
#   dotnet_suite NAME PROJECT [ENV=VALUE ...]   runs one dotnet test project and records it
#   record_suite NAME LOG STARTED               records the counts a finished run printed to LOG

# The counts are on dotnet test's "Passed!/Failed! - Failed: F, Passed: P, Skipped: S" line, or on
# the "P passed, F failed" line of the project's node checks (browser e2e, restart check).
record_suite() {
  local name="$1" log="$2" took="($((SECONDS - $3)) s)" line
  line="$(grep -E '(Passed|Failed)! +- +Failed: +[0-9]+, Passed: +[0-9]+' "$log" | tail -n 1)"
  if [ -n "$line" ]; then
    echo "$name: $(sed -E 's/.*Failed: +([0-9]+), Passed: +([0-9]+), Skipped: +([0-9]+).*/\2 passed, \1 failed, \3 skipped/' <<<"$line") $took" >>"$summary"
  elif line="$(grep -E '^[0-9]+ passed, [0-9]+ failed' "$log" | tail -n 1)" && [ -n "$line" ]; then
    echo "$name: $line $took" >>"$summary"
  else
    status=1
    echo "$name: 0 passed, 1 failed (no test summary) $took" >>"$summary"
  fi
}

dotnet_suite() {
  local name="$1" project="$2" started=$SECONDS output
  shift 2
  echo "== $name ($project)"
  output="$(mktemp)"
  env "$@" dotnet test "$project" -c Release --no-build --nologo 2>&1 | tee "$output" || status=1
  record_suite "$name" "$output" "$started"
  rm -f "$output"
}
