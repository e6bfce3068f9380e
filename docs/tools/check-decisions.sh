#!/usr/bin/env bash
# Checks the decision records and the links between the documents; exits 1 on any failure:
# - every docs/decisions/NNNN-*.md has its title, a Status line and the required sections;
# - docs/decisions/README.md lists every ADR file, and nothing else;
# - every relative link in README.md, docs/*.md and docs/decisions/*.md points at a file or folder
#   that exists, and a #fragment into a Markdown file at one of its headings.
#
#   docs/tools/check-decisions.sh
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
cd "$root"
decisions=docs/decisions
sections=("## Context" "## Decision" "## Alternatives weighed" "## Consequences" "## Where the code shows it")
failures=0
fail() { echo "check-decisions: $*" >&2; failures=$((failures + 1)); }

# --- each ADR: title with its own number, status, sections --------------------------------------
adrs=()
for adr in "$decisions"/[0-9][0-9][0-9][0-9]-*.md; do
  [ -e "$adr" ] || continue
  adrs+=("$(basename "$adr")")
  number="$(basename "$adr" | cut -c1-4)"
  head -n 1 "$adr" | grep -q "^# $number\. " || fail "$adr: the first line must be '# $number. <title>'"
  grep -q '^Status: ' "$adr" || fail "$adr: no 'Status: ' line"
  for section in "${sections[@]}"; do
    grep -qxF "$section" "$adr" || fail "$adr: no '$section' section"
  done
done
[ ${#adrs[@]} -gt 0 ] || fail "$decisions: no ADR"

# --- the index lists exactly the ADR files --------------------------------------------------------
listed="$(grep -oE '\]\([0-9]{4}-[^)]*\.md\)' "$decisions/README.md" | sed -E 's/^\]\(//; s/\)$//' | sort -u)"
present="$(printf '%s\n' "${adrs[@]}" | sort -u)"
while read -r name; do
  [ -n "$name" ] && fail "$decisions/README.md does not list $name"
done < <(comm -13 <(echo "$listed") <(echo "$present"))
while read -r name; do
  [ -n "$name" ] && fail "$decisions/README.md lists $name, which is not an ADR file"
done < <(comm -23 <(echo "$listed") <(echo "$present"))

# --- relative links ---------------------------------------------------------------------------------
# GitHub's anchors of a Markdown file's headings (outside code fences): lower case, punctuation
# dropped, spaces as hyphens.
anchors_of() {
  awk '/^```/ { fenced = !fenced; next } !fenced && /^#+ / { sub(/^#+ +/, ""); print }' "$1" |
    tr '[:upper:]' '[:lower:]' | sed -E 's/[^a-z0-9 _-]//g; s/ /-/g'
}

for doc in README.md docs/*.md "$decisions"/*.md; do
  dir="$(dirname "$doc")"
  # Inline links and images, outside code fences: ](target) or ](target "title").
  while read -r target; do
    case "$target" in
      http://* | https://* | mailto:*) continue ;;
    esac
    path="${target%%#*}"
    fragment=""
    [[ "$target" == *"#"* ]] && fragment="${target#*#}"
    if [ -z "$path" ]; then
      file="$doc"
    else
      file="$dir/$path"
      if [ ! -e "$file" ]; then
        fail "$doc: link to $target: no such file"
        continue
      fi
    fi
    if [ -n "$fragment" ] && [[ "$file" == *.md ]] && ! anchors_of "$file" | grep -qxF "$fragment"; then
      fail "$doc: link to $target: no heading with that anchor"
    fi
  done < <(awk '/^```/ { fenced = !fenced; next } !fenced' "$doc" |
    grep -oE '\]\([^) ]+( "[^"]*")?\)' | sed -E 's/^\]\(//; s/( "[^"]*")?\)$//' || true)
done

if [ "$failures" -gt 0 ]; then
  echo "check-decisions: $failures failure(s)" >&2
  exit 1
fi
echo "check-decisions: ${#adrs[@]} ADRs with every section, listed in the index; every relative link resolves"
