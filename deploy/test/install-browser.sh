#!/usr/bin/env bash
# Installs Debian's Chromium for the client's browser end-to-end test (playwright-core drives it;
# Playwright's own browser download cannot be used on a closed network). Idempotent.
set -euo pipefail
if command -v chromium >/dev/null 2>&1; then
  exit 0
fi
sudo=""
if [ "$(id -u)" != 0 ]; then sudo="sudo"; fi
echo "install-browser.sh: installing chromium (Debian) ..." >&2
export DEBIAN_FRONTEND=noninteractive
$sudo apt-get -q -o DPkg::Lock::Timeout=300 update >/dev/null
$sudo apt-get -q -o DPkg::Lock::Timeout=300 install -y --no-install-recommends chromium fonts-liberation >/dev/null
