#!/usr/bin/env bash
# Installs Debian's Chromium for the client's browser end-to-end test (playwright-core drives it;
# Playwright's own browser download cannot be used on a closed network).
set -euo pipefail
"$(dirname "${BASH_SOURCE[0]}")/../lib/apt-install.sh" chromium fonts-liberation
