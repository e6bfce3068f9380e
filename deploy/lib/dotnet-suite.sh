# Sourced by the test scripts: runs one `dotnet test` project and appends its summary line,
# "NAME: P passed, F failed, S skipped (T s)", to the file $summary; sets status=1 on a failure.
#
#   . deploy/lib/dotnet-suite.sh
#   dotnet_suite NAME PROJECT [ENV=VALUE ...]

dotnet_suite() {
  local name="$1" project="$2" started=$SECONDS output line
  shift 2
  echo "== $name ($project)"
  output="$(mktemp)"
  env "$@" dotnet test "$project" -c Release --no-build --nologo 2>&1 | tee "$output" || status=1
  # The counts are on dotnet test's "Passed!/Failed! - Failed: F, Passed: P, Skipped: S" line.
  line="$(grep -E '(Passed|Failed)! +- +Failed: +[0-9]+, Passed: +[0-9]+' "$output" | tail -n 1)"
  rm -f "$output"
  if [ -z "$line" ]; then
    status=1
    echo "$name: 0 passed, 1 failed (no test summary) ($((SECONDS - started)) s)" >>"$summary"
    return
  fi
  echo "$name: $(sed -E 's/.*Failed: +([0-9]+), Passed: +([0-9]+), Skipped: +([0-9]+).*/\2 passed, \1 failed, \3 skipped/' <<<"$line") ($((SECONDS - started)) s)" >>"$summary"
}
