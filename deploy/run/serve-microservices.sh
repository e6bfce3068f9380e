#!/usr/bin/env bash
# Runs step 2 on http://127.0.0.1:PORT: REPLICAS replicas of each service behind the nginx gateway.
#
#   serve-microservices.sh PORT [REPLICAS]       (./run.sh runs it inside with-standins.sh)
#
# Expects MONGO_URL_USER, MONGO_URL_POST, MONGO_URL_NOTIFICATION (or one Mongo__ConnectionString
# for all) and S3__* in the environment, and passes the rest of its environment to every service.
# Every replica and the gateway's internal listener get a free loopback port (see "ports" below);
# PORT 0 gives the gateway's public listener one too. Like compose's `restart: unless-stopped`, a
# replica (or nginx) that dies is started again on the same port. Prints one line once the
# gateway's /readyz answers 200 ("... is ready at http://127.0.0.1:PORT"); SIGINT/SIGTERM stop everything.
#
# The run directory (RUN_DIR, default .data/run/PORT, or .data/run/0-PID for PORT 0, PID being this
# script's) holds logs/SERVICE-N.log (one per replica),
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
if [ "$port" != 0 ] && (: >"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then
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
if [ -z "${RUN_DIR:-}" ] && [ "$port" = 0 ]; then run_dir="$root/.data/run/0-$$"; fi
state="$run_dir/processes"
rm -rf "$run_dir/logs" "$run_dir/gateway" "$state" "$run_dir"/hold-*
mkdir -p "$run_dir/logs"

# --- ports ---------------------------------------------------------------------------------------
# No port is picked, let go and handed on, where another program could bind it in between:
#   - a replica starts on port 0: Kestrel binds a free port itself, and the port it got is read
#     from the socket table (deploy/lib/listening-port.sh), then rendered into the gateway's upstreams;
#   - nginx cannot bind port 0, and the services need its internal URL when they start: so the
#     gateway starts first, on ports that nothing listens on when picked; if another program binds
#     one before nginx does, nginx fails with "Address already in use" and starts again on new
#     picks (up to 5 tries). Its upstreams are placeholders until the replicas have bound their
#     ports; then it is rendered again and reloaded (SIGHUP);
#   - a replica that dies is started again on its port (the gateway knows that one); if that start
#     fails with "address already in use" (taken while it was down), the next start binds port 0,
#     and the gateway is rendered again and reloaded. The gateway's own ports cannot change (the
#     services know the internal one): a gateway restart that cannot bind them is retried (back-off).
keys=(gateway/1)            # one key per supervised process: NAME/REPLICA
declare -A proc_port=([gateway/1]="$port")
for service in "${services[@]}"; do
  for i in $(seq 1 "$replicas"); do
    keys+=("$service/$i")
    proc_port[$service/$i]=0
  done
done

# pick_port: a port that nothing listens on now, below Linux's ephemeral range (32768+, from which
# outgoing connections and port-0 binds get theirs)
pick_port() {
  local p
  for _ in $(seq 100); do
    p=$((20000 + RANDOM % 12000))
    if [ -z "$(ss -Hltn "sport = :$p")" ] && [ "$p" != "$port" ]; then echo "$p"; return 0; fi
  done
  echo "serve-microservices: no free port found" >&2
  return 1
}

client="$root/client-react/dist"
[ -f "$client/index.html" ] || echo "serve-microservices: $client/index.html is missing: no client at /" >&2
render_gateway() { # with the replicas' ports; port 1 (nothing listens there) for one not known yet
  local service i list args=()
  for service in "${services[@]}"; do
    list=""
    for i in $(seq 1 "$replicas"); do list+="${list:+,}$((proc_port[$service/$i] > 0 ? proc_port[$service/$i] : 1))"; done
    args+=("$service=$list")
  done
  "$root/deploy/gateway/render.sh" local "$run_dir/gateway" "$port" "$internal_port" "$client" "${args[@]}"
}

# --- starting, watching and stopping the processes -----------------------------------------------
declare -A pid started delay due log_from # due: when a dead process is started again ("" = it runs)

start() { # start NAME/REPLICA
  local key="$1" name="${1%/*}" i="${1#*/}"
  if [ "$name" = gateway ]; then
    nginx -c "$run_dir/gateway/nginx.conf" -e stderr </dev/null 2>>"$run_dir/gateway/error.log" &
  else
    local dir="$root/step2-microservices/src/${project[$name]}" log="$run_dir/logs/$name-$i.log"
    log_from[$key]="$(stat -c %s "$log" 2>/dev/null || echo 0)" # where this start's output begins
    Mongo__ConnectionString="${mongo_url[$name]}" \
      dotnet "$dir/bin/Release/net10.0/${project[$name]}.dll" --urls "http://127.0.0.1:${proc_port[$key]}" --contentRoot "$dir" \
      </dev/null >>"$log" 2>&1 &
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
        # Its port was taken while it was down: the next start binds a new one (see "ports").
        if [ "${key%/*}" != gateway ] &&
          grep -qi "address already in use" < <(tail -c "+$((log_from[$key] + 1))" "$run_dir/logs/${key%/*}-${key#*/}.log"); then
          proc_port[$key]=0
        fi
      else
        delay[$key]=0
      fi
      due[$key]=$((SECONDS + delay[$key]))
      echo "serve-microservices: ${key%/*} replica ${key#*/} (pid ${pid[$key]}) exited with status $status" >&2
    fi
    if ((SECONDS >= due[$key])) && [ ! -e "$run_dir/hold-${key%/*}" ]; then
      start "$key"
      changed=1
      if [ "${proc_port[$key]}" = 0 ]; then
        # On port 0: the gateway learns its new port (if it dies first, the next round sees that).
        proc_port[$key]="$("$root/deploy/lib/listening-port.sh" "${pid[$key]}" 60 || echo 0)"
        if [ "${proc_port[$key]}" != 0 ] && render_gateway; then kill -HUP "${pid[gateway/1]}" 2>/dev/null || true; fi
      fi
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

# The gateway first, with placeholder upstreams, until it has bound its ports (see "ports"): nginx
# writes its pid file once it listens, or exits when a bind fails (after about 2.5 s of retries).
pick_public=""
if [ "$port" = 0 ]; then pick_public=1; fi
for attempt in 1 2 3 4 5; do
  if [ -n "$pick_public" ]; then port="$(pick_port)"; proc_port[gateway/1]="$port"; fi
  internal_port="$(pick_port)"
  rm -rf "$run_dir/gateway"
  render_gateway
  nginx -t -q -c "$run_dir/gateway/nginx.conf" -e stderr
  start gateway/1
  until [ "$(cat "$run_dir/gateway/nginx.pid" 2>/dev/null)" = "${pid[gateway/1]}" ]; do
    if ! kill -0 "${pid[gateway/1]}" 2>/dev/null; then
      wait "${pid[gateway/1]}" 2>/dev/null || true
      if [ "$attempt" -lt 5 ] && { grep -qF "bind() to 127.0.0.1:$internal_port failed (98" "$run_dir/gateway/error.log" ||
        { [ -n "$pick_public" ] && grep -qF "bind() to 127.0.0.1:$port failed (98" "$run_dir/gateway/error.log"; }; }; then
        echo "serve-microservices: a port picked for the gateway was taken meanwhile; picking again" >&2
        continue 2
      fi
      echo "serve-microservices: nginx did not start; $run_dir/gateway/error.log:" >&2
      tail -n 20 "$run_dir/gateway/error.log" >&2
      exit 1
    fi
    sleep 0.05
  done
  break
done
url="http://127.0.0.1:$port"

# --- what every service gets on top of this script's environment ---------------------------------
internal_url="http://127.0.0.1:$internal_port"
export ServiceUrls__Users="$internal_url" ServiceUrls__Posts="$internal_url" ServiceUrls__Notifications="$internal_url"
# A fresh service credential per run unless one is given (tests may pass their own).
export InternalApi__Key="${InternalApi__Key:-$(od -An -N32 -tx1 /dev/urandom | tr -d ' \n')}"
# Only the gateway (loopback) may set X-Forwarded-*; an explicitly empty value (trust nobody) is kept.
export ForwardedHeaders__TrustedNetworks="${ForwardedHeaders__TrustedNetworks-127.0.0.1/32}"
export Users__DataFolder="${Users__DataFolder:-$root/.data/microservices/user}"

# The replicas, on port 0; then the gateway with the ports they bound (see "ports").
deadline=$((SECONDS + 120))
for key in "${keys[@]:1}"; do start "$key"; done
for key in "${keys[@]:1}"; do
  if ! proc_port[$key]="$("$root/deploy/lib/listening-port.sh" "${pid[$key]}" $((deadline - SECONDS)))"; then
    echo "serve-microservices: ${key%/*} replica ${key#*/} did not start; the end of $run_dir/logs/${key%/*}-${key#*/}.log:" >&2
    tail -n 20 "$run_dir/logs/${key%/*}-${key#*/}.log" >&2
    exit 1
  fi
done
render_gateway
kill -HUP "${pid[gateway/1]}" 2>/dev/null || true # (if it died meanwhile, supervise starts it on this render)
write_state
echo "serve-microservices: $replicas replica(s) per service; logs and the process table in $run_dir" >&2

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
