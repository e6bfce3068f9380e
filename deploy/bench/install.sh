#!/usr/bin/env bash
# Installs what the benchmark needs from Debian: wrk (the load generator). Idempotent: when it is
# installed this only runs dpkg-query. nginx comes with the gateway (deploy/gateway/install.sh).
set -euo pipefail
"$(dirname "${BASH_SOURCE[0]}")/../lib/apt-install.sh" wrk curl
