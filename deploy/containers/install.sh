#!/usr/bin/env bash
# Installs what running the project's containers WITHOUT a Docker engine needs (Debian packages):
# podman and its helpers, the CNI dnsname plugin (containers reach each other by service name),
# mmdebstrap (stand-in base images are built from Debian, see base-images.sh), docker-compose 1.29,
# which talks to podman's Docker API socket, and curl + jq for the scripts. Idempotent.
set -euo pipefail
"$(dirname "${BASH_SOURCE[0]}")/../lib/apt-install.sh" podman runc uidmap slirp4netns fuse-overlayfs \
  golang-github-containernetworking-plugin-dnsname mmdebstrap docker-compose curl jq
