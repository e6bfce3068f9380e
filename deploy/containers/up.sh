#!/usr/bin/env bash
# Runs Mini-LinkedIn in containers from the real Dockerfiles and compose files:
#
#   deploy/containers/up.sh [monolith|microservices] [--replicas N] [--fresh]
#
#   monolith        deploy/compose/monolith.yml  (the monolith, MongoDB, MinIO)
#   microservices   deploy/compose/services.yml  (gateway, user/post/notification services, their
#                   MongoDBs, MinIO); --replicas N runs N containers of each service (default 1)
#   --fresh         start from empty volumes, and remove them again at the end
#
# It publishes the front door on http://127.0.0.1:${GATEWAY_PORT:-8080}, prints
# "Mini-LinkedIn (<mode>, containers) is ready at <url>" once /readyz answers, then follows the
# logs; Ctrl-C or SIGTERM takes the stack down (containers and network; volumes are kept). A
# SIGTERM that comes while images are built or containers created acts when that step ends.
# Compose project: mini-linkedin or mini-linkedin-monolith (COMPOSE_PROJECT_NAME overrides it).
#
# With a Docker engine it uses Docker and the official images (`docker compose up --build`).
# Without one it uses podman (installed if missing) behind its Docker API socket and Debian's
# docker-compose, with stand-ins of the base images, of mongo and of minio/minio (see README.md).
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/../.." && pwd)"

mode=microservices replicas=1 fresh=false
while [ $# -gt 0 ]; do
  case "$1" in
    monolith | microservices) mode="$1" ;;
    --replicas) replicas="${2:?--replicas needs a number}"; shift ;;
    --fresh) fresh=true ;;
    *) echo "usage: $0 [monolith|microservices] [--replicas N] [--fresh]" >&2; exit 2 ;;
  esac
  shift
done
[[ "$replicas" =~ ^[1-9][0-9]*$ ]] || { echo "up.sh: --replicas must be a positive number" >&2; exit 2; }
say() { echo "up.sh: $*" >&2; }

port="${GATEWAY_PORT:-8080}"
export GATEWAY_PORT="$port"
url="http://127.0.0.1:$port"
if [ "$mode" = monolith ]; then
  compose_file=monolith.yml
  project="${COMPOSE_PROJECT_NAME:-mini-linkedin-monolith}"
  scale=()
else
  compose_file=services.yml
  project="${COMPOSE_PROJECT_NAME:-mini-linkedin}"
  scale=(--scale "user=$replicas" --scale "post=$replicas" --scale "notification=$replicas")
fi
files=(-f "$root/deploy/compose/$compose_file")
work="$(mktemp -d "${TMPDIR:-/tmp}/mini-linkedin-up.XXXXXX")"
# Until cleanup (below) takes over: an exit (a failed build, Ctrl-C) stops the podman service
# started in $work and removes $work.
trap '[ ! -f "$work/podman-service.pid" ] || kill "$(cat "$work/podman-service.pid")" 2>/dev/null; rm -rf "$work"' EXIT

source "$here/env.sh" # $engine: docker or podman
if [ "$engine" = docker ]; then
  # --- a real Docker engine: the official images, compose builds ----------------------------
  if docker compose version >/dev/null 2>&1; then compose=(docker compose); else compose=(docker-compose); fi
  build=(--build)
else
  # --- podman behind its Docker API socket ------------------------------------------------------
  "$here/install.sh"
  # The podman API service runs in its own session, so that a Ctrl-C in the terminal does not
  # stop it before the stack is taken down.
  export DOCKER_HOST="unix://$work/podman.sock"
  setsid podman system service --time=0 "$DOCKER_HOST" >"$work/podman-service.log" 2>&1 &
  echo $! >"$work/podman-service.pid"
  "$here/build-images.sh" "$mode"
  for _ in $(seq 1 100); do [ -S "$work/podman.sock" ] && break; sleep 0.1; done
  [ -S "$work/podman.sock" ] || { say "podman system service did not start:"; cat "$work/podman-service.log" >&2; exit 1; }
  compose=(docker-compose)
  files+=(-f "$root/deploy/compose/${compose_file%.yml}.standins.override.yml")
  build=(--no-build)
fi
compose+=(-p "$project" "${files[@]}")

background=() # what this script started in the background, stopped at the end
cleanup() {
  trap '' INT TERM
  if [ ${#background[@]} -gt 0 ]; then kill "${background[@]}" 2>/dev/null || true; fi
  say "taking the stack down ..."
  if [ "$fresh" = true ]; then "${compose[@]}" down -v --remove-orphans >/dev/null 2>&1 || true
  else "${compose[@]}" down --remove-orphans >/dev/null 2>&1 || true; fi
  if [ "$engine" = podman ]; then
    # A container that was restarting (restart policy) while compose removed the others can
    # outlive `down` with podman: remove what is left of the project.
    podman ps -aq --filter "label=com.docker.compose.project=$project" | xargs -r podman rm -f >/dev/null 2>&1 || true
    kill "$(cat "$work/podman-service.pid")" 2>/dev/null || true
  fi
  rm -rf "$work"
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM
# If this script dies without its traps (SIGKILL), this watchdog takes the stack down within a second.
(
  trap '' INT TERM
  while kill -0 $$ 2>/dev/null; do sleep 1; done
  cleanup
) </dev/null >/dev/null 2>&1 &
background+=($!)

if [ "$engine" = podman ]; then
  # podman runs HEALTHCHECKs from systemd timers, and there is no systemd here: run them for this
  # stack's containers ourselves (compose waits for "healthy" in depends_on). Every 2 s while a
  # container is starting or unhealthy, every 10 s once it is healthy (each run costs a podman call).
  (
    tick=0
    while kill -0 $$ 2>/dev/null && sleep 2; do # ends with this script, even after a SIGKILL
      tick=$((tick + 1))
      podman ps --filter "label=com.docker.compose.project=$project" --format '{{.ID}} {{.Status}}' |
        while read -r id status; do
          case "$status" in
            *"(healthy)"*) [ $((tick % 5)) -eq 0 ] || continue ;;
            *"(starting)"* | *"(unhealthy)"*) ;;
            *) continue ;; # no health check
          esac
          podman healthcheck run "$id" >/dev/null 2>&1 || true
        done
    done
  ) </dev/null >/dev/null 2>&1 &
  background+=($!)
fi

if [ "$fresh" = true ]; then "${compose[@]}" down -v --remove-orphans >/dev/null 2>&1 || true; fi
say "starting the $mode stack with $engine (project $project) ..."
"${compose[@]}" up -d "${build[@]}" "${scale[@]}"

for _ in $(seq 1 300); do
  if curl -fsS -o /dev/null "$url/readyz" 2>/dev/null; then
    # The dashboard's browser token, from its log (the image makes a new one at each start).
    login="$("${compose[@]}" logs --no-color aspire-dashboard 2>/dev/null | grep -o 'login?t=[0-9A-Za-z]*' | tail -n 1 || true)"
    echo "Mini-LinkedIn ($mode, containers) is ready at $url  (Swagger UI: $url/swagger${login:+; dashboard: http://127.0.0.1:${DASHBOARD_PORT:-18888}/$login})"
    # Follow the logs until Ctrl-C/SIGTERM (compose would end a quiet log stream after 60 s).
    COMPOSE_HTTP_TIMEOUT=31536000 "${compose[@]}" logs -f --no-color --tail=0 &
    background+=($!)
    # short sleeps, so that nothing is left behind if this script is SIGKILLed
    while true; do sleep 1 & wait $!; done
  fi
  sleep 1
done
say "the stack did not become ready at $url/readyz within 300 s; its state and last logs:"
"${compose[@]}" ps >&2 || true
"${compose[@]}" logs --tail=30 >&2 || true
exit 1
