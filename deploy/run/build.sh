#!/usr/bin/env bash
# Builds what ./run.sh serves: the React client (into client-react/dist) and the .NET solution (Release).
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"

if [ -f "$root/client-react/package.json" ]; then
  "$root/deploy/lib/npm-ci.sh" "$root/client-react"
  (cd "$root/client-react" && npm run --silent build >/dev/null)
fi

dotnet build "$root/MiniLinkedIn.slnx" -c Release --nologo -v q -clp:ErrorsOnly
