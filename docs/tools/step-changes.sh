#!/usr/bin/env bash
# Writes the "What changed between the steps" table of docs/architecture.md from the code itself:
# every project of both steps, its lines of C#, and which step uses it.
#
#   docs/tools/step-changes.sh           rewrites the table between its two marker lines
#   docs/tools/step-changes.sh --check   exits 1 when the table in the document is out of date
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
doc="$root/docs/architecture.md"
begin='<!-- step-changes:begin (docs/tools/step-changes.sh) -->'
end='<!-- step-changes:end -->'

lines_of() { # C# lines (non-blank) of a project folder, bin/ and obj/ left out
  find "$1" -name '*.cs' -not -path '*/bin/*' -not -path '*/obj/*' -print0 | xargs -0 cat | grep -cv '^[[:space:]]*$' || true
}

# Projects referenced (directly or through another project) by the step-2 services.
used_by_step2() {
  local queue=("$root"/step2-microservices/src/*Service/*.csproj) seen="" project dir ref
  while [ ${#queue[@]} -gt 0 ]; do
    project="${queue[0]}"
    queue=("${queue[@]:1}")
    case " $seen " in *" $project "*) continue ;; esac
    seen+=" $project"
    dir="$(dirname "$project")"
    while read -r ref; do
      queue+=("$(realpath -m "$dir/${ref//\\//}")")
    done < <(sed -nE 's/.*ProjectReference Include="([^"]+)".*/\1/p' "$project")
  done
  echo "$seen"
}

table() {
  local used project name step1_total=0 step2_total=0 reused_total=0 n
  used="$(used_by_step2)"
  echo "| project | lines of C# | step 1 | step 2 |"
  echo "|---|---:|:---:|:---:|"
  for project in "$root"/step1-monolith/src/*/*.csproj; do
    name="$(basename "$project" .csproj)"
    n="$(lines_of "$(dirname "$project")")"
    step1_total=$((step1_total + n))
    if [[ " $used " == *" $project "* ]]; then
      reused_total=$((reused_total + n))
      echo "| \`$name\` | $n | ✔ | ✔ the same project |"
    else
      echo "| \`$name\` | $n | ✔ | |"
    fi
  done
  for project in "$root"/step2-microservices/src/*/*.csproj; do
    name="$(basename "$project" .csproj)"
    n="$(lines_of "$(dirname "$project")")"
    step2_total=$((step2_total + n))
    echo "| \`$name\` | $n | | ✔ added |"
  done
  echo
  echo "Step 2 reuses $reused_total of step 1's $step1_total lines of C# as the same projects, and adds $step2_total lines" \
       "(hosts, HTTP adapters, and the service credential, clients and signing-key fetch they share in \`MiniLinkedIn.ServiceCalls\`); the gateway and the containers are configuration, under \`deploy/\`."
}

current="$(awk -v b="$begin" -v e="$end" '$0 == e { inside = 0 } inside { print } $0 == b { inside = 1 }' "$doc")"
wanted="$(table)"
if [ "${1:-}" = --check ]; then
  if [ "$current" != "$wanted" ]; then
    echo "docs/architecture.md: the step-changes table is out of date; run docs/tools/step-changes.sh" >&2
    diff <(echo "$current") <(echo "$wanted") >&2 || true
    exit 1
  fi
  exit 0
fi
awk -v b="$begin" -v e="$end" -v table="$wanted" '
  $0 == b { print; print table; skipping = 1; next }
  $0 == e { skipping = 0 }
  !skipping { print }' "$doc" >"$doc.tmp"
mv "$doc.tmp" "$doc"
