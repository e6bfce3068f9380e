#!/usr/bin/env bash
# Installs dotnet-trace (a .NET global tool from NuGet, pinned) into .data/tools for
# deploy/bench/run.sh --profile, and prints its path. Idempotent: an installed one is reused.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
tools="$root/.data/tools"
version=10.0.750501
if ! "$tools/dotnet-trace" --version 2>/dev/null | grep -q "^$version"; then
  dotnet tool update dotnet-trace --version "$version" --tool-path "$tools" >&2
fi
echo "$tools/dotnet-trace"
