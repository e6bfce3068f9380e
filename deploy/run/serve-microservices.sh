#!/usr/bin/env bash
# Runs step 2 on http://127.0.0.1:PORT: REPLICAS replicas of each service behind the nginx gateway.
#
#   serve-microservices.sh PORT [REPLICAS]       (./run.sh runs it inside with-standins.sh)
#
# Expects MONGO_URL_USER, MONGO_URL_POST, MONGO_URL_NOTIFICATION (or one Mongo__ConnectionString
# for all) and S3__* in the environment, and passes the rest of its environment to every service.
# Every replica and the gateway's internal listener get a free loopback port. Like compose's
# `restart: unless-stopped`, a replica (or nginx) that dies is started again on the same port.
# Prints one line once the gateway's /readyz answers 200; SIGINT/SIGTERM stop everything.
#
# The run directory (RUN_DIR, default .data/run/PORT) holds logs/SERVICE-N.log (one per replica),
# gateway/ (the rendered nginx configuration, access.log, error.log) and `processes`, rewritten
# whenever a pid changes and removed at the end, one line per process:
#     # name replica port pid
#     gateway 1 8080 4100
#     gateway-internal 1 39117 4100
#     user 1 39121 4102
#     post 2 39133 4107
# A file hold-NAME there (e.g. hold-post, made by the fault tests) keeps the supervisor from
# restarting NAME's processes that die, until the file is removed.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/../.." && pwd)"
port="${1:?usage: serve-microservices.sh PORT [REPLICAS]}"
replicas="${2:-1}"
if ! [[ "$replicas" =~ ^[1-9][0-9]?$ ]]; then
  echo "serve-microservices: REPLICAS must be 1 to 99, not '$replicas'" >&2
  exit 2
fi
url="http://127.0.0.1:$port"
if (: >"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then
  echo "serve-microservices: port $port of 127.0.0.1 is taken (GATEWAY_PORT=... picks another)" >&2
  exit 1
fi

services=(user post notification)
declare -A project=([user]=MiniLinkedIn.UserService [post]=MiniLinkedIn.PostService
                    [notification]=MiniLinkedIn.NotificationService)
declare -A mongo_url=([user]="${MONGO_URL_USER:-${Mongo__ConnectionString:-}}"
                      [post]="${MONGO_URL_POST:-${Mongo__ConnectionString:-}}"
                      [notification]="${MONGO_URL_NOTIFICATION:-${Mongo__ConnectionString:-}}")
for service in "${services[@]}"; do
  dll="$root/step2-microservices/src/${project[$service]}/bin/Release/net10.0/${project[$service]}.dll"
  if [ ! -f "$dll" ]; then
    echo "serve-microservices: $dll is missing (deploy/run/build.sh builds it)" >&2
    exit 1
  fi
  if [ -z "${mongo_url[$service]}" ]; then
    echo "serve-microservices: no MongoDB for the $service service (MONGO_URL_${service^^})" >&2
    exit 1
  fi
done

run_dir="${RUN_DIR:-$root/.data/run/$port}"
state="$run_dir/processes"
rm -rf "$run_dir/logs" "$run_dir/gateway" "$state" "$run_dir"/hold-*
mkdir -p "$run_dir/logs"

# --- ports: the internal listener first, then every replica ----------------------------------------
count=$((1 + ${#services[@]} * replicas))
mapfile -t free < <("$here/free-ports.sh" "$count")
[ ${#free[@]} -eq "$count" ] || { echo "serve-microservices: could not pick $count free ports" >&2; exit 1; }
internal_port="${free[0]}"
keys=(gateway/1)            # one key per supervised process: NAME/REPLICA
declare -A proc_port=([gateway/1]="$port")
upstream_args=()
next=1
for service in "${services[@]}"; do
  list=""
  for i in $(seq 1 "$replicas"); do
    keys+=("$service/$i")
    proc_port[$service/$i]="${free[$next]}"
    list+="${list:+,}${free[$next]}"
    next=$((next + 1))
  done
  upstream_args+=("$service=$list")
done

client="$root/client-react/dist"
[ -f "$client/index.html" ] || echo "serve-microservices: $client/index.html is missing: no client at /" >&2
"$root/deploy/gateway/render.sh" local "$run_dir/gateway" "$port" "$internal_port" "$client" "${upstream_args[@]}"
nginx -t -q -c "$run_dir/gateway/nginx.conf" -e stderr

# --- what every service gets on top of this script's environment ---------------------------------
internal_url="http://127.0.0.1:$internal_port"
export ServiceUrls__Users="$internal_url" ServiceUrls__Posts="$internal_url" ServiceUrls__Notifications="$internal_url"
# A fresh service credential per run unless one is given (tests may pass their own).
export InternalApi__Key="${InternalApi__Key:-$(od -An -N32 -tx1 /dev/urandom | tr -d ' \n')}"
# Only the gateway (loopback) may set X-Forwarded-*; an explicitly empty value (trust nobody) is kept.
export ForwardedHeaders__TrustedNetworks="${ForwardedHeaders__TrustedNetworks-127.0.0.1/32}"
export OpenApi__GatewayDocuments="${OpenApi__GatewayDocuments:-true}"
export Users__DataFolder="${Users__DataFolder:-$root/.data/microservices/user}"

# --- starting, watching and stopping the processes -----------------------------------------------
declare -A pid started delay due # due: when a dead process is started again ("" = it runs)

start() { # start NAME/REPLICA
  local key="$1" name="${1%/*}" i="${1#*/}"
  if [ "$name" = gateway ]; then
    nginx -c "$run_dir/gateway/nginx.conf" -e stderr </dev/null 2>>"$run_dir/gateway/error.log" &
  else
    local dir="$root/step2-microservices/src/${project[$name]}"
    Mongo__ConnectionString="${mongo_url[$name]}" \
      dotnet "$dir/bin/Release/net10.0/${project[$name]}.dll" --urls "http://127.0.0.1:${proc_port[$key]}" --contentRoot "$dir" \
      </dev/null >>"$run_dir/logs/$name-$i.log" 2>&1 &
  fi
  pid[$key]=$!
  started[$key]=$SECONDS
  due[$key]=""
}

write_state() { # written whole, then renamed: a reader never sees half a file
  {
    echo "# name replica port pid"
    echo "gateway 1 $port ${pid[gateway/1]}"
    echo "gateway-internal 1 $internal_port ${pid[gateway/1]}"
    for key in "${keys[@]:1}"; do echo "${key%/*} ${key#*/} ${proc_port[$key]} ${pid[$key]}"; done
  } >"$state.tmp"
  mv "$state.tmp" "$state"
}

# Restarts what has died, unless a hold-NAME file says not yet. One that dies within 10 s of its
# start waits 1, 2, 4 ... 30 s before the next try (as compose backs off), so a replica that
# cannot start does not spin.
supervise() {
  local key status changed=""
  for key in "${keys[@]}"; do
    if [ -z "${due[$key]}" ]; then
      kill -0 "${pid[$key]}" 2>/dev/null && continue
      status=0
      wait "${pid[$key]}" 2>/dev/null || status=$?
      if ((SECONDS - started[$key] < 10)); then
        delay[$key]=$(( ${delay[$key]:-0} == 0 ? 1 : (delay[$key] >= 15 ? 30 : delay[$key] * 2) ))
      else
        delay[$key]=0
      fi
      due[$key]=$((SECONDS + delay[$key]))
      echo "serve-microservices: ${key%/*} replica ${key#*/} (pid ${pid[$key]}) exited with status $status" >&2
    fi
    if ((SECONDS >= due[$key])) && [ ! -e "$run_dir/hold-${key%/*}" ]; then
      start "$key"
      changed=1
      echo "restarted ${key%/*} replica ${key#*/} on port ${proc_port[$key]}" >&2
    fi
  done
  if [ -n "$changed" ]; then write_state; fi
}

stop() {
  local key p pids=() running=()
  for key in "${keys[@]}"; do
    if [ -n "${pid[$key]:-}" ] && [ -z "${due[$key]:-}" ]; then pids+=("${pid[$key]}"); fi
  done
  [ ${#pids[@]} -eq 0 ] || kill -TERM "${pids[@]}" 2>/dev/null || true
  # A graceful stop takes a moment; whatever still runs after 10 s is killed.
  for _ in $(seq 1 100); do
    running=()
    for p in "${pids[@]}"; do if kill -0 "$p" 2>/dev/null; then running+=("$p"); fi; done
    [ ${#running[@]} -gt 0 ] || break
    sleep 0.1
  done
  [ ${#running[@]} -eq 0 ] || kill -KILL "${running[@]}" 2>/dev/null || true
  wait 2>/dev/null || true
  rm -f "$state" "$state.tmp"
}
trap stop EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

for key in "${keys[@]}"; do start "$key"; done
write_state
echo "serve-microservices: $replicas replica(s) per service; logs and the process table in $run_dir" >&2

deadline=$((SECONDS + 120))
ready=""
while true; do
  supervise
  if [ -z "$ready" ]; then
    if curl -fsS -o /dev/null --max-time 2 "$url/readyz" 2>/dev/null; then
      echo "Mini-LinkedIn (microservices) is ready at $url  (Swagger UI: $url/swagger)"
      ready=1
    elif ((SECONDS > deadline)); then
      echo "serve-microservices: $url/readyz did not answer 200 within 120 s; logs in $run_dir" >&2
      curl -sS --max-time 2 "$url/readyz" >&2 || true
      exit 1
    fi
  fi
  # sleep in the background + wait: a signal interrupts the wait at once and runs its trap
  sleep 0.5 &
  wait $! 2>/dev/null || true
done
