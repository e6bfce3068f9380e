# shellcheck shell=bash
# Sourced by the scripts of this folder: $engine, the container engine that runs the stacks (docker
# when a Docker engine answers, else podman), and podman's settings for these machines
# (containers.conf, through CONTAINERS_CONF; /etc is never edited).
if docker info >/dev/null 2>&1; then engine=docker; else engine=podman; fi
export CONTAINERS_CONF
CONTAINERS_CONF="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)/containers.conf"
