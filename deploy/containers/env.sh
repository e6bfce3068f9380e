# shellcheck shell=bash
# Sourced by the scripts of this folder: podman with the project's own settings (containers.conf;
# /etc is never edited).
export CONTAINERS_CONF
CONTAINERS_CONF="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)/containers.conf"
