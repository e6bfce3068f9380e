#!/usr/bin/env bash
# Installs what the local gateway needs: nginx and its njs module (for /readyz) from Debian.
set -euo pipefail
"$(dirname "${BASH_SOURCE[0]}")/../lib/apt-install.sh" nginx libnginx-mod-http-js curl
