#!/usr/bin/env bash
# Builds what ./run.sh serves: the React client (into client-react/dist) and the .NET solution (Release).
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"

if [ -f "$root/client-react/package.json" ]; then
  (
    cd "$root/client-react"
    # npm ci only when the lock file changed since the last install.
    if [ ! -f node_modules/.package-lock.json ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
      npm ci --no-audit --no-fund --loglevel=error
    fi
    npm run --silent build >/dev/null
  )
fi

dotnet build "$root/MiniLinkedIn.slnx" -c Release --nologo -v q -clp:ErrorsOnly
