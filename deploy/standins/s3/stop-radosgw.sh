#!/usr/bin/env bash
# Stops a cluster started by start-radosgw.sh DIR: kills the daemons by their pid files
# under DIR/run and waits until they are gone. SIGKILL at once: radosgw alone takes ~5 s to
# exit on SIGTERM; a memstore cluster is throw-away anyway, and a BlueStore one loses nothing it
# has acknowledged (BlueStore and the monitor's RocksDB are crash-consistent).
# DIR itself is left in place (logs); the caller removes it if it wants.
set -uo pipefail

if [ $# -ne 1 ]; then
  echo "usage: $0 DIR" >&2
  exit 2
fi
run_dir="$1/run"
[ -d "$run_dir" ] || exit 0

pids=()
for name in client.rgw.standin osd.0 mon.a; do
  pid_file="$run_dir/$name.pid"
  [ -f "$pid_file" ] || continue
  pid="$(cat "$pid_file")"
  # only kill the pid if it still is a Ceph daemon (guards against pid reuse)
  case "$(cat "/proc/$pid/comm" 2>/dev/null)" in
    ceph-mon | ceph-osd | radosgw) kill -KILL "$pid" && pids+=("$pid") ;;
  esac
done

# Wait until they are gone (at most 5 s). A zombie counts as gone: the daemons are
# re-parented to pid 1, which may reap late (on the project machines about every 2 s).
for _ in $(seq 50); do
  alive=0
  for pid in "${pids[@]}"; do
    state="$(ps -o stat= -p "$pid" 2>/dev/null)" || continue
    [[ "$state" == Z* ]] || alive=1
  done
  [ "$alive" = 0 ] && exit 0
  sleep 0.1
done
echo "stop-radosgw.sh: daemons in $1 still running after 5 s" >&2
exit 1
