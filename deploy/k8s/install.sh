#!/usr/bin/env bash
# Installs what the manifest checks need: kubectl (its built-in kustomize; Debian's kubernetes-client
# unless a kubectl is there already) and the npm packages of this folder (the schema validator).
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
kubectl kustomize --help >/dev/null 2>&1 || "$here/../lib/apt-install.sh" kubernetes-client
"$here/../lib/npm-ci.sh" "$here"
