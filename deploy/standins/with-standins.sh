#!/usr/bin/env bash
# Runs a command with a MongoDB and an S3 endpoint in its environment, starting local
# stand-ins for the ones not given (no Docker needed; see docs/stand-ins.md):
#
#   deploy/standins/with-standins.sh COMMAND [ARGS...]
#
#   Mongo__ConnectionString  unset: starts CongoDB (in-memory) on a free port and exports
#                            mongodb://127.0.0.1:PORT/?directConnection=true
#   STANDINS_DATA_DIR        unset or empty: the stand-ins' data is thrown away when they stop.
#                            A folder: they keep it there across runs, CongoDB in
#                            DIR/mongo-<VARIABLE> (BSON snapshots, see mongo/snapshot.mjs) and
#                            radosgw on BlueStore in DIR/s3. One run per folder at a time.
#   STANDINS_MONGO_NAMES     e.g. "USER POST NOTIFICATION": one CongoDB per name instead, each
#                            exported as MONGO_URL_<NAME> (the step-2 services have a database
#                            server each). A MONGO_URL_<NAME> already set is kept; with
#                            Mongo__ConnectionString set, every unset MONGO_URL_<NAME> is that one.
#   S3__ServiceUrl           unset: starts Ceph radosgw (data in RAM) on a free port and exports
#                            S3__ServiceUrl=http://127.0.0.1:PORT, S3__AccessKey, S3__SecretKey
#                            (the keys from the environment if set, else dev defaults below)
#
# A variable that is already set is used as is, and no stand-in is started for it.
# On exit, Ctrl-C or SIGTERM only what this run started is stopped; the exit code is the
# command's. Parallel runs are independent (own ports, own temp dir).
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
. "$here/../lib/ports.sh" # retry_on_port_taken
if [ $# -eq 0 ]; then
  echo "usage: $0 COMMAND [ARGS...]" >&2
  exit 2
fi
say() { echo "with-standins: $*" >&2; }

"$here/install.sh"

# Everything this run starts is recorded under $work: congodb-VAR.pid and radosgw-N/ (with
# the Ceph daemons' pid files), so that cleanup stops exactly that and nothing else.
work="$(mktemp -d "${TMPDIR:-/tmp}/standins.XXXXXX")"

# wait_exit PID: waits until PID has exited; works for children and (as in the watchdog
# below) for other processes, where a zombie counts as exited.
wait_exit() {
  wait "$1" 2>/dev/null || true
  while [[ "$(ps -o stat= -p "$1" 2>/dev/null)" == [^Z]* ]]; do sleep 0.05; done
}

stop_standins() {
  local file pid dir
  # SIGTERM first to the ones still running: CongoDB, and start-radosgw.sh if it is
  # interrupted half-way (it then stops the daemons it has started so far).
  for file in "$work"/congodb-*.pid "$work/radosgw-start.pid"; do
    if [ -f "$file" ]; then
      pid="$(cat "$file")"
      if kill -TERM "$pid" 2>/dev/null; then wait_exit "$pid"; fi
    fi
  done
  for dir in "$work"/radosgw-*/; do
    if [ -d "$dir" ]; then "$here/s3/stop-radosgw.sh" "$dir" || true; fi
  done
  if [ -f "$work/radosgw-kept" ]; then "$here/s3/stop-radosgw.sh" "$(cat "$work/radosgw-kept")" || true; fi
  rm -rf "$work"
}

# If this shell dies without running its traps (SIGKILL, SIGPIPE, ...), this watchdog
# stops the stand-ins within a second.
(
  while kill -0 $$ 2>/dev/null; do sleep 1; done
  stop_standins
) </dev/null >/dev/null 2>&1 &
watchdog_pid=$!

cleanup() {
  kill "$watchdog_pid" 2>/dev/null || true
  stop_standins
}
trap cleanup EXIT
trap 'exit 129' HUP
trap 'exit 130' INT
trap 'exit 143' TERM

# --- MongoDB: started first, in the background; the ready lines are read further down ---
# mongo_vars: the variables to fill, Mongo__ConnectionString or one MONGO_URL_<NAME> per name.
mongo_vars=(Mongo__ConnectionString)
if [ -n "${STANDINS_MONGO_NAMES:-}" ]; then
  mongo_vars=()
  for name in $STANDINS_MONGO_NAMES; do
    var="MONGO_URL_$name"
    if [ -z "${!var:-}" ] && [ -n "${Mongo__ConnectionString:-}" ]; then export "$var=$Mongo__ConnectionString"; fi
    mongo_vars+=("$var")
  done
fi
for var in "${mongo_vars[@]}"; do
  if [ -z "${!var:-}" ]; then
    : >"$work/congodb-$var.log" # exists before the loop below reads it
    # Port 0: CongoDB binds a free port itself and reports it in its ready line.
    node "$here/mongo/start-congodb.mjs" 0 ${STANDINS_DATA_DIR:+"$STANDINS_DATA_DIR/mongo-$var"} >"$work/congodb-$var.log" 2>&1 &
    echo $! >"$work/congodb-$var.pid"
  fi
done

# --- S3 ----------------------------------------------------------------------
if [ -z "${S3__ServiceUrl:-}" ]; then
  keys="keys from the environment"
  if [ -z "${S3__AccessKey:-}" ] || [ -z "${S3__SecretKey:-}" ]; then
    # Development-only defaults for the throw-away local S3 (never for a real endpoint).
    export S3__AccessKey="standin-dev-access-key" S3__SecretKey="standin-dev-secret-key"
    keys="dev keys"
  fi
  # The Ceph daemons cannot bind port 0: start-radosgw.sh picks free ports, and fails with status 98
  # when another program (e.g. a parallel run) binds one before they do; then again on new picks.
  objectstore=memstore
  if [ -n "${STANDINS_DATA_DIR:-}" ]; then objectstore=bluestore; fi
  attempt=0
  start_s3() {
    attempt=$((attempt + 1))
    rgw_dir="$work/radosgw-$attempt"
    if [ -n "${STANDINS_DATA_DIR:-}" ]; then rgw_dir="$STANDINS_DATA_DIR/s3"; fi
    # in the background + wait, so that signals reach the traps at once (see the command below)
    RGW_OBJECTSTORE="$objectstore" "$here/s3/start-radosgw.sh" "$rgw_dir" 0 "$S3__AccessKey" "$S3__SecretKey" >"$work/radosgw.out" &
    echo $! >"$work/radosgw-start.pid"
    wait $!
    local status=$?
    rm "$work/radosgw-start.pid"
    return "$status"
  }
  if ! retry_on_port_taken 3 start_s3; then
    say "radosgw did not start; its last log lines:"
    tail -n 20 "$rgw_dir"/log/*.log >&2 || true
    exit 1
  fi
  # A kept cluster lives outside $work: noted only once this run has started it, so that
  # stop_standins never stops another run's cluster.
  if [ "$objectstore" = bluestore ]; then echo "$rgw_dir" >"$work/radosgw-kept"; fi
  S3__ServiceUrl="$(sed -n 's/^radosgw ready //p' "$work/radosgw.out")"
  export S3__ServiceUrl
  say "started radosgw (S3 stand-in): $S3__ServiceUrl ($keys; data and logs in $rgw_dir)"
else
  say "S3__ServiceUrl is set: using $S3__ServiceUrl, no S3 stand-in"
fi

# --- MongoDB: wait for the ready lines --------------------------------------------
for var in "${mongo_vars[@]}"; do
  if [ ! -f "$work/congodb-$var.pid" ]; then
    say "$var is set: using it, no MongoDB stand-in"
    continue
  fi
  ready=""
  deadline=$((SECONDS + 30))
  while [ "$SECONDS" -lt "$deadline" ]; do
    ready="$(sed -n 's/^congodb ready //p' "$work/congodb-$var.log")"
    if [ -n "$ready" ] || ! kill -0 "$(cat "$work/congodb-$var.pid")" 2>/dev/null; then break; fi
    sleep 0.05
  done
  if [ -z "$ready" ]; then
    say "CongoDB did not start:"
    cat "$work/congodb-$var.log" >&2
    exit 1
  fi
  export "$var=$ready"
  say "started CongoDB (MongoDB stand-in): $var=$ready"
done

# --- the command -------------------------------------------------------------
# Run in the background and wait, so that SIGTERM/Ctrl-C reach this shell's traps at
# once (a foreground command would delay them until it ends). Commands started in the
# background by a script ignore SIGINT, so both signals are passed on as SIGTERM, to the
# command and all its descendants (e.g. the dotnet process of a wrapped run.sh).
# The parent hears first, so that a supervisor (serve-microservices.sh) is stopping when its
# children go, instead of restarting them; its children are listed before it can exit.
kill_tree() { # kill_tree SIGNAL PID
  local child children
  children="$(pgrep -P "$2" || true)"
  kill "-$1" "$2" 2>/dev/null || true
  for child in $children; do kill_tree "$1" "$child"; done
}
{ true <&0; } 2>/dev/null || exec </dev/null # stdin closed: give the command an empty one
"$@" <&0 &
cmd_pid=$!
trap 'kill_tree TERM "$cmd_pid"' HUP INT TERM
set +e
wait "$cmd_pid"
rc=$?
# wait also returns when a trapped signal arrives; then wait for the command's real end
while kill -0 "$cmd_pid" 2>/dev/null; do
  wait "$cmd_pid"
  rc=$?
done
exit "$rc"
