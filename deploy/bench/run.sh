#!/usr/bin/env bash
# Benchmarks Mini-LinkedIn through its front door, step 1 against step 2, on this machine.
#
#   deploy/bench/run.sh [options] [SYSTEM...]
#
#   SYSTEM      monolith | microservices | microservices:N (N replicas of each service)
#               | both (= monolith microservices, the default) | all (= both + microservices:2)
#   --duration S      seconds of each measurement (default 5)
#   --repeat N        measurements per endpoint; the tables show their median and spread (default 3)
#   --warmup S        seconds of unmeasured load before each endpoint (default 2)
#   --connections N   concurrent connections of wrk (default 16; 2 threads)
#   --login-connections N  the same for POST /api/login (default 4: a login is one PBKDF2 hash)
#   --seed-posts N    posts created before the read benchmarks (default 300)
#   --burst N         posts of the notification-lag burst (default 2000)
#   --burst-clients N concurrent clients posting the burst (default 8)
#   --profile ROWS    e.g. notifications,feed: after its measurements, each of these rows runs once more
#                     while dotnet-trace samples every .NET process of the system (not counted in the
#                     tables); the top frames go to .data/bench/RUN/SYSTEM-ROW-PROCESS.top.txt
#   --write-doc       also write the results into docs/benchmarks.md (between its markers)
#   --telemetry       each system twice: as above (no telemetry recorded), then as ./run.sh runs it
#                     by default, with the Aspire dashboard beside it and every host exporting to it
#                     (named SYSTEM+telemetry); the report adds the cost of telemetry, on ÷ off
#
# It builds once, then for each system starts what `./run.sh monolith` or `./run.sh microservices
# --replicas N` starts, on a free port of 127.0.0.1 (only loopback traffic), registers users and seeds posts, then measures with
# wrk, in this order (writes last, so the reads see only the small seed): GET /index.html,
# GET /healthz, GET /.well-known/jwks.json, POST /api/login, GET /api/post, GET /api/notification,
# the unread badge's poll (GET /api/notification?limit=1, then the same with If-None-Match when the
# system gives ETags), then the notification lag of a burst of posts, then POST /api/post; and stops
# the system. Each measurement records the CPU time every process spent in it (/proc/PID/stat: each
# .NET process, each CongoDB, nginx) and wrk's own; the tables lead with CPU µs per request.
# The tables are printed at the end. Results and the systems' logs are kept in .data/bench/RUN/.
#
# Without Mongo__ConnectionString / S3__ServiceUrl the systems get their stand-ins (CongoDB, radosgw)
# as with ./run.sh; with them (and S3__AccessKey/S3__SecretKey) they use those. Then every
# system start gets its own Mongo__DatabasePrefix (bench_RUN_SYSTEM_) unless one is given, so runs do not
# read each other's data; those databases are left behind.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/../.." && pwd)"
command_line="deploy/bench/run.sh${*:+ $*}"

usage() { awk 'NR > 1 && /^#/ { sub(/^# ?/, ""); print; next } NR > 1 { exit }' "${BASH_SOURCE[0]}" >&2; exit 2; }

duration=5 repeat=3 warmup=2 connections=16 login_connections=4 seed_posts=300 seed_users=8 burst=2000 burst_clients=8 write_doc="" profile_rows="" telemetry=""
systems=()
while [ $# -gt 0 ]; do
  case "$1" in
    --duration) duration="${2:?}"; shift 2 ;;
    --repeat) repeat="${2:?}"; shift 2 ;;
    --warmup) warmup="${2:?}"; shift 2 ;;
    --connections) connections="${2:?}"; shift 2 ;;
    --login-connections) login_connections="${2:?}"; shift 2 ;;
    --seed-posts) seed_posts="${2:?}"; shift 2 ;;
    --burst) burst="${2:?}"; shift 2 ;;
    --burst-clients) burst_clients="${2:?}"; shift 2 ;;
    --profile) profile_rows=",${2:?},"; shift 2 ;;
    --write-doc) write_doc=1; shift ;;
    --telemetry) telemetry=1; shift ;;
    monolith|microservices) systems+=("$1"); shift ;;
    microservices:[1-9]|microservices:[1-9][0-9]) systems+=("$1"); shift ;;
    both) systems+=(monolith microservices); shift ;;
    all) systems+=(monolith microservices microservices:2); shift ;;
    -h|--help) usage ;;
    *) echo "bench: unknown argument '$1'" >&2; usage ;;
  esac
done
[ ${#systems[@]} -gt 0 ] || systems=(monolith microservices)
for n in "$duration" "$repeat" "$warmup" "$connections" "$login_connections" "$seed_posts" "$burst" "$burst_clients"; do
  [[ "$n" =~ ^[0-9]+$ ]] || { echo "bench: '$n' is not a number" >&2; exit 2; }
done

say() { echo "bench: $*" >&2; }

"$here/install.sh"
[ -z "$profile_rows" ] || dotnet_trace="$("$here/install-profiler.sh")"

run_id="$(date -u +%Y%m%dT%H%M%SZ)"
dir="$root/.data/bench/$run_id"
mkdir -p "$dir"
results="$dir/results.jsonl"
: >"$results"

real_mongo=""
if [ -n "${Mongo__ConnectionString:-}${MONGO_URL_USER:-}${MONGO_URL_POST:-}${MONGO_URL_NOTIFICATION:-}" ]; then
  real_mongo=1
  stores="MongoDB from the environment"
else
  stores="CongoDB (MongoDB stand-in)"
fi
if [ -n "${S3__ServiceUrl:-}" ]; then stores+=", S3 at \$S3__ServiceUrl"; else stores+=", radosgw (S3 stand-in)"; fi
say "data stores: $stores"

printf '{"type":"run","date":"%s","command":"%s","duration":%s,"repeat":%s,"warmup":%s,"connections":%s,"loginConnections":%s,"seedUsers":%s,"seedPosts":%s,"burst":%s,"burstClients":%s,"stores":"%s"}\n' \
  "$(date -u +'%Y-%m-%d %H:%M UTC')" "$command_line" "$duration" "$repeat" "$warmup" "$connections" "$login_connections" "$seed_users" "$seed_posts" \
  "$burst" "$burst_clients" "$stores" >>"$results"
node "$here/bench.mjs" machine >>"$results"

# --- the system under test --------------------------------------------------------------------
# Built once here; each system is then started the way ./run.sh starts it after its own build
# (run.sh builds on every start, which costs a minute or more on a busy 2-core machine):
#   monolith:          deploy/standins/with-standins.sh deploy/run/serve-monolith.sh PORT
#   microservices N:   deploy/gateway/install.sh; STANDINS_MONGO_NAMES="USER POST NOTIFICATION"
#                      deploy/standins/with-standins.sh deploy/run/serve-microservices.sh PORT N
say "building (deploy/run/build.sh)"
"$root/deploy/run/build.sh" >"$dir/build.log" 2>&1 || { tail -n 30 "$dir/build.log" >&2; exit 1; }
"$root/deploy/gateway/install.sh"

app_pid=""
stop_system() {
  [ -n "$app_pid" ] || return 0
  if kill -TERM "$app_pid" 2>/dev/null; then
    for _ in $(seq 1 600); do kill -0 "$app_pid" 2>/dev/null || break; sleep 0.1; done
    if kill -0 "$app_pid" 2>/dev/null; then
      say "the system (pid $app_pid) did not stop within 60 s; killing it"
      kill -KILL "$app_pid" 2>/dev/null || true
    fi
  fi
  wait "$app_pid" 2>/dev/null || true
  app_pid=""
}
trap stop_system EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

# start_system NAME LOG: the system on a free port; sets $base once its ready line is printed.
# Port 0: the monolith or the gateway binds a free port itself (see deploy/run/serve-*.sh), so no
# other program can take it between a pick and the bind; the ready line names it.
start_system() {
  local name="$1" log="$2" args=() ready='Mini-LinkedIn (.*) is ready at http://127\.0\.0\.1:[0-9]+ '
  case "${name%+telemetry}" in
    monolith) args=("$root/deploy/run/serve-monolith.sh" 0) ;;
    microservices) args=("$root/deploy/run/serve-microservices.sh" 0 1) ;;
    microservices:*) args=("$root/deploy/run/serve-microservices.sh" 0 "${name#*:}") ;;
  esac
  local env=(STANDINS_MONGO_NAMES="$([ "${name%+telemetry}" = monolith ] || echo "USER POST NOTIFICATION")"
    Logging__Format="${Logging__Format:-text}" # as ./run.sh sets it
    # The login benchmark measures logging in, not the limiters: lift the services' and the gateway's.
    Users__LoginAttemptsPerMinutePerEmail=10000 Users__LoginAttemptsPerMinutePerClient=100000 GATEWAY_LOGIN_RATE=100000r/s
    RUN_DIR="$dir/$name-run")
  if [ -n "$real_mongo" ] && [ -z "${Mongo__DatabasePrefix:-}" ]; then
    env+=(Mongo__DatabasePrefix="bench_${run_id//[^0-9A-Za-z]/}_${name//[^0-9A-Za-z]/}_")
  fi
  local dashboard=()
  if [[ "$name" == *+telemetry ]]; then dashboard=("$root/deploy/dashboard/with-dashboard.sh"); env+=(DASHBOARD_PORT=0); fi
  say "starting $name on a free port (log: $log)"
  env "${env[@]}" "${dashboard[@]}" "$root/deploy/standins/with-standins.sh" "${args[@]}" >"$log" 2>&1 &
  app_pid=$!
  local deadline=$((SECONDS + 600))
  until grep -qE "$ready" "$log" 2>/dev/null; do
    if ! kill -0 "$app_pid" 2>/dev/null; then
      say "$name exited before it was ready; its last lines:"; tail -n 30 "$log" >&2; exit 1
    fi
    if ((SECONDS > deadline)); then say "$name not ready within 600 s"; tail -n 30 "$log" >&2; exit 1; fi
    sleep 0.5
  done
  base="$(grep -E "$ready" "$log" | tail -n 1 | sed -E 's/.* is ready at ([^ ]+) .*/\1/')"
  say "$name is ready at $base"
}

loadavg() { cut -d' ' -f1-3 /proc/loadavg; }

# wrk stops with up to C requests in flight, which the system still works off before it is idle
# again (32 logins are many seconds of CPU here). settle WRK_OUTPUT C waits about as long as C
# requests took at the rate wrk just measured (at least 1 s, at most 30 s), so they do not land in
# the next measurement.
settle() {
  local rps
  rps="$(grep -o '"rps":[0-9.]*' <<<"$1" | tail -n 1 | cut -d: -f2)"
  sleep "$(awk -v c="$2" -v r="${rps:-0}" 'BEGIN { s = (r > 0) ? 1.2 * c / r : 30; if (s < 1) s = 1; if (s > 30) s = 30; printf "%.1f", s }')"
}

# cpu_snapshot: CPU time so far of every process of the system under test, by process (JSON, µs)
cpu_snapshot() { node "$here/bench.mjs" cpu --root "$app_pid"; }

# measure SYSTEM ROW KIND PATH EXPECT [CONNECTIONS]: a warm-up, then --repeat measured wrk runs, each
# one result line with the CPU time every process of the system spent during it and wrk's own.
measure() {
  local system="$1" row="$2" kind="$3" path="$4" expect="$5" c="${6:-$connections}" out line t=2 rep before after wrk_cpu
  [ "$c" -ge 2 ] || t=1
  local env=(BENCH_KIND="$kind" BENCH_PATH="$path" BENCH_EXPECT="$expect" BENCH_LABEL="$row" BENCH_DATA="$dir/data.lua")
  if [ "$warmup" -gt 0 ]; then
    out="$(env "${env[@]}" wrk -t"$t" -c"$c" -d"${warmup}s" --timeout 10s -s "$here/wrk/bench.lua" "$base$path")"
    settle "$out" "$c"
  fi
  for rep in $(seq 1 "$repeat"); do
    before="$(cpu_snapshot)"
    # bash's `time` reports wrk's user + system CPU seconds
    { TIMEFORMAT='%3U %3S'; time env "${env[@]}" wrk -t"$t" -c"$c" -d"${duration}s" --timeout 10s --latency -s "$here/wrk/bench.lua" "$base$path" \
      >"$dir/$system-$row-$rep.wrk.txt" 2>&1; } 2>"$dir/wrk-time.txt"
    after="$(cpu_snapshot)"
    out="$(cat "$dir/$system-$row-$rep.wrk.txt")"
    line="$(grep '^BENCH ' <<<"$out" | tail -n 1)"
    [ -n "$line" ] || { say "wrk printed no result for $row"; echo "$out" >&2; exit 1; }
    wrk_cpu="$(awk '{ printf "%d", ($1 + $2) * 1e6 }' "$dir/wrk-time.txt")"
    echo "{\"type\":\"wrk\",\"system\":\"$system\",\"row\":\"$row\",\"rep\":$rep,\"connections\":$c,\"cpuBefore\":$before,\"cpuAfter\":$after,\"wrkCpuUs\":$wrk_cpu,${line#BENCH \{}" >>"$results"
    say "$system $row #$rep: $(sed -E 's/.*"rps":([0-9.]+).*"p50_us":([0-9]+).*"p99_us":([0-9]+).*"unexpected":([0-9]+).*/\1 req\/s, p50 \2 µs, p99 \3 µs, \4 unexpected/' <<<"$line")"
    settle "$out" "$c"
  done
  if [[ "$profile_rows" == *",$row,"* ]]; then profile "$system" "$row" "$t" "$c" "$path" "${env[@]}"; fi
}

# profile SYSTEM ROW THREADS CONNECTIONS PATH ENV...: one more wrk run of the row while dotnet-trace
# samples the stacks of every .NET process (~100 Hz); prints each one's top frames into a file.
profile() {
  local system="$1" row="$2" t="$3" c="$4" path="$5" pid name traces=() names=() out
  shift 5
  while read -r pid name; do
    "$dotnet_trace" collect -p "$pid" --profile dotnet-sampled-thread-time --duration "00:00:00:$(printf %02d "$duration")" \
      -o "$dir/$system-$row-$name.nettrace" >"$dir/$system-$row-$name.trace.log" 2>&1 &
    traces+=($!) names+=("$name")
  done < <(node "$here/bench.mjs" dotnet --root "$app_pid")
  sleep 1 # the sessions attach
  out="$(env "$@" wrk -t"$t" -c"$c" -d"${duration}s" --timeout 10s -s "$here/wrk/bench.lua" "$base$path")"
  wait "${traces[@]}" || say "dotnet-trace failed for $system $row: see $dir/$system-$row-*.trace.log"
  for name in "${names[@]}"; do
    { echo "== exclusive"; "$dotnet_trace" report "$dir/$system-$row-$name.nettrace" topN -n 25
      echo "== inclusive"; "$dotnet_trace" report "$dir/$system-$row-$name.nettrace" topN -n 40 --inclusive
    } >"$dir/$system-$row-$name.top.txt" 2>&1
    say "$system $row: profile of $name in $dir/$system-$row-$name.top.txt"
  done
  settle "$out" "$c"
}

runs=()
for system in "${systems[@]}"; do
  runs+=("$system")
  [ -z "$telemetry" ] || runs+=("$system+telemetry")
done

for system in "${runs[@]}"; do
  echo "{\"type\":\"load\",\"system\":\"$system\",\"when\":\"before\",\"loadavg\":\"$(loadavg)\"}" >>"$results"
  say "== $system (load average $(loadavg))"
  start_system "$system" "$dir/$system.log"
  rm -f "$dir/data.json" "$dir/data.lua"
  node "$here/bench.mjs" seed --base "$base" --users "$seed_users" --posts "$seed_posts" --dir "$dir"

  measure "$system" static        get      /index.html           200
  measure "$system" healthz       get      /healthz              200
  measure "$system" jwks          get      /.well-known/jwks.json 200
  # Each login is one PBKDF2 hash (hundreds of ms of CPU here): at 32 connections a login waits
  # longer than a measurement lasts, so this row runs with fewer.
  measure "$system" login         login    /api/login            200 "$login_connections"
  measure "$system" feed          get-auth /api/post             200
  measure "$system" notifications get-auth /api/notification     200
  measure "$system" badge         get-auth "/api/notification?limit=1" 200
  if grep -q '"etags": \[$' "$dir/data.json"; then # the system answers conditional requests
    measure "$system" badge-unchanged get-auth-etag "/api/notification?limit=1" 304
  fi
  # What the system costs with no request at all, once warm (the outbox's polling, timers): µs of CPU per second.
  before="$(cpu_snapshot)"; sleep "$duration"; after="$(cpu_snapshot)"
  echo "{\"type\":\"idle\",\"system\":\"$system\",\"seconds\":$duration,\"cpuBefore\":$before,\"cpuAfter\":$after}" >>"$results"
  say "$system: notification lag of a burst of $burst posts"
  node "$here/bench.mjs" lag --base "$base" --dir "$dir" --posts "$burst" --clients "$burst_clients" --system "$system"
  measure "$system" post          post     /api/post             201

  echo "{\"type\":\"load\",\"system\":\"$system\",\"when\":\"after\",\"loadavg\":\"$(loadavg)\"}" >>"$results"
  stop_system
done

echo
if [ -n "$write_doc" ]; then
  node "$here/bench.mjs" report --dir "$dir" --doc "$root/docs/benchmarks.md"
else
  node "$here/bench.mjs" report --dir "$dir"
fi
say "results and logs: $dir"
