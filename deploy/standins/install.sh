#!/usr/bin/env bash
# Installs what the MongoDB and S3 stand-ins need (see docs/stand-ins.md):
#   - Ceph mon/osd/radosgw from Debian (S3 stand-in)
#   - CongoDB (npm @push.rocks/smartmongo 2.2.0) into mongo/node_modules (MongoDB stand-in)
# Idempotent: when everything is in place it only runs a few cheap checks. Parallel runs take
# turns inside the two helpers (deploy/lib/apt-install.sh, deploy/lib/npm-ci.sh).
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"

# Also tools the scripts use that minimal images may lack: curl (the signed S3 request
# in start-radosgw.sh), iproute2 (ss: ports in use, and which process listens on a port:
# deploy/lib/listening-port.sh), procps (ps, pgrep).
"$here/../lib/apt-install.sh" ceph-mon ceph-osd radosgw curl iproute2 procps
"$here/../lib/npm-ci.sh" "$here/mongo"
