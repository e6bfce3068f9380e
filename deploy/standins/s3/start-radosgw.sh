#!/usr/bin/env bash
# S3 stand-in: starts a one-node Ceph cluster (1 monitor, 1 OSD, radosgw) that lives
# entirely under DIR, and creates an S3 user with the given keys.
#
#   usage: start-radosgw.sh DIR PORT ACCESS_KEY SECRET_KEY
#          PORT 0 = pick a free port. The daemons run in the background; on success
#          the last stdout line is:  radosgw ready http://127.0.0.1:PORT
#          A port picked here (the S3 one, the monitor's of a new cluster) is one that nothing
#          listens on when picked (free_port); the Ceph daemons cannot bind port 0 and report it.
#          If another program binds it before they do, the start fails with status 98 and the
#          caller starts again on new picks: with-standins.sh does (retry_on_port_taken).
#   stop:  stop-radosgw.sh DIR
#
#   RGW_OBJECTSTORE=memstore (default): objects in RAM (capped by RGW_MEMSTORE_BYTES,
#          default 1 GiB), gone when the cluster stops; DIR must not hold a cluster yet.
#   RGW_OBJECTSTORE=bluestore: objects on disk in DIR, in a sparse file (RGW_BLUESTORE_BYTES,
#          default 10 GiB), kept across restarts: when DIR already holds a bluestore cluster
#          made by this script, that cluster is started again with its buckets, objects and
#          users (the monitor keeps its port, the S3 port may change). An S3 PUT is answered
#          only once BlueStore has committed it, and BlueStore and the monitor's RocksDB are
#          crash-consistent, so even a SIGKILL of the daemons loses no acknowledged upload.
#
# Nothing is written to /etc/ceph or /var/lib/ceph.
# Settings and why they are needed: see docs/stand-ins.md.
set -euo pipefail
. "$(dirname "${BASH_SOURCE[0]}")/../../lib/ports.sh" # free_port, port_taken

if [ $# -ne 4 ]; then
  echo "usage: $0 DIR PORT ACCESS_KEY SECRET_KEY" >&2
  exit 2
fi
mkdir -p "$1"
dir="$(cd "$1" && pwd)"
port="$2" access_key="$3" secret_key="$4"
objectstore="${RGW_OBJECTSTORE:-memstore}"
memstore_bytes="${RGW_MEMSTORE_BYTES:-1073741824}"
bluestore_bytes="${RGW_BLUESTORE_BYTES:-10737418240}"
timeout_s="${RGW_START_TIMEOUT:-60}"
conf="$dir/ceph.conf"

case "$objectstore" in
  memstore | bluestore) ;;
  *) echo "start-radosgw.sh: RGW_OBJECTSTORE must be memstore or bluestore, not '$objectstore'" >&2; exit 2 ;;
esac

# Whether a Ceph daemon of DIR's pid files runs (a zombie counts as stopped, as in stop-radosgw.sh).
cluster_running() {
  local pid_file pid
  for pid_file in "$dir"/run/*.pid; do
    [ -f "$pid_file" ] || continue
    pid="$(cat "$pid_file")"
    if [[ "$(cat "/proc/$pid/comm" 2>/dev/null)" =~ ^(ceph-mon|ceph-osd|radosgw)$ ]] \
      && [[ "$(ps -o stat= -p "$pid" 2>/dev/null)" != Z* ]]; then
      return 0
    fi
  done
  return 1
}

# An existing cluster is started again only if it keeps its data (bluestore), was ready once
# (the file DIR/objectstore is written last) and is not running. A bluestore cluster whose first
# start failed half-way never served anything: it is made again from scratch.
restart=0
if [ -e "$conf" ] && cluster_running; then
  echo "start-radosgw.sh: the cluster in $dir is running already (stop it with stop-radosgw.sh $dir)" >&2
  exit 1
fi
if [ -e "$conf" ] && [ "$objectstore" = bluestore ] && [ ! -e "$dir/objectstore" ]; then
  find "$dir" -mindepth 1 -delete
fi
if [ -e "$conf" ]; then
  if [ "$objectstore" != bluestore ] || [ "$(cat "$dir/objectstore")" != bluestore ]; then
    echo "start-radosgw.sh: $dir already holds a cluster; stop it and use an empty DIR" >&2
    exit 1
  fi
  restart=1
fi

port_in_use() { [ -n "$(ss -Hltn "sport = :$1")" ]; }
if [ "$port" = 0 ]; then port="$(free_port)"; fi
if port_in_use "$port"; then
  echo "start-radosgw.sh: port $port is already in use" >&2
  exit 1
fi

if [ "$restart" = 1 ]; then
  # The monitor's address is part of its stored map, so it keeps its port; radosgw's port is
  # only in ceph.conf and may change from run to run.
  mon_port="$(sed -n 's/^mon host = v2:127\.0\.0\.1:\([0-9]*\)$/\1/p' "$conf")"
  if [ -z "$mon_port" ] || port_in_use "$mon_port"; then
    echo "start-radosgw.sh: the monitor's port ${mon_port:-?} (kept in $conf) is in use by another process" >&2
    exit 1
  fi
  sed -i "s|^rgw frontends = .*|rgw frontends = beast endpoint=127.0.0.1:$port tcp_nodelay=1|" "$conf"
else
  mon_port="$(free_port "$port")"
  fsid="$(cat /proc/sys/kernel/random/uuid)"
  mkdir -p "$dir/run" "$dir/log" "$dir/mon" "$dir/osd" "$dir/rgw" "$dir/crash"
  if [ "$objectstore" = bluestore ]; then
    # BlueStore on a sparse file in the OSD's folder, made by --mkfs. Small caches: a
    # development stand-in that shares the machine with the app (defaults take GiBs).
    osd_store="osd objectstore = bluestore
bluestore block create = true
bluestore block size = $bluestore_bytes
bluestore cache autotune = false
bluestore cache size = 67108864
osd memory target = 939524096"
  else
    osd_store="osd objectstore = memstore
memstore device bytes = $memstore_bytes"
  fi

  cat >"$conf" <<EOF
[global]
fsid = $fsid
mon host = v2:127.0.0.1:$mon_port
mon initial members = a
public network = 127.0.0.0/8

run dir = $dir/run
pid file = $dir/run/\$name.pid
admin socket = $dir/run/\$name.asok
log file = $dir/log/\$name.log
crash dir = $dir/crash
log to stderr = false
err to stderr = false
keyring = $dir/keyring

# No cephx. With auth off every messenger mode must be crc, else radosgw loops
# on "get_initial_auth_request returned -13".
auth cluster required = none
auth service required = none
auth client required = none
ms mon client mode = crc
ms mon service mode = crc
ms mon cluster mode = crc
ms client mode = crc
ms service mode = crc
ms cluster mode = crc

# One OSD: replicas of 1, no host-level spreading, few PGs.
osd pool default size = 1
osd pool default min size = 1
mon allow pool size one = true
mon warn on pool no redundancy = false
osd crush chooseleaf type = 0
osd pool default pg num = 8
osd pool default pgp num = 8
osd pool default pg autoscale mode = off

# radosgw creates ~7 pools on first start; the default interval makes that ~12 s.
paxos propose interval = 0.05

[mon]
mon data = $dir/mon/\$cluster-\$id

[osd]
osd data = $dir/osd/\$cluster-\$id
$osd_store

[client.rgw.standin]
rgw data = $dir/rgw
# without tcp_nodelay each small GET takes ~45 ms
rgw frontends = beast endpoint=127.0.0.1:$port tcp_nodelay=1
EOF
fi

fail() {
  echo "start-radosgw.sh: $*; logs in $dir/log" >&2
  "$(dirname "${BASH_SOURCE[0]}")/stop-radosgw.sh" "$dir" >/dev/null 2>&1 || true
  if port_taken "$dir"/log/*.log; then exit 98; fi # a port picked here was taken first (see PORT 0)
  exit 1
}
trap 'fail "interrupted"' HUP INT TERM

# 1. monitor (made once)
if [ "$restart" = 0 ]; then
  monmaptool --create --fsid "$fsid" --addv a "[v2:127.0.0.1:$mon_port]" "$dir/monmap" >/dev/null
  ceph-mon -c "$conf" -i a --mkfs --monmap "$dir/monmap" || fail "ceph-mon --mkfs failed"
fi
ceph-mon -c "$conf" -i a || fail "ceph-mon did not start"

# 2. OSD (made once)
if [ "$restart" = 0 ]; then
  osd_uuid="$(cat /proc/sys/kernel/random/uuid)"
  osd_id="$(ceph -c "$conf" --connect-timeout "$timeout_s" osd new "$osd_uuid")" || fail "ceph osd new failed"
  mkdir -p "$dir/osd/ceph-$osd_id"
  ceph-osd -c "$conf" -i "$osd_id" --mkfs --osd-uuid "$osd_uuid" >/dev/null 2>&1 || fail "ceph-osd --mkfs failed"
  echo "$osd_id" >"$dir/osd-id"
fi
osd_id="$(cat "$dir/osd-id")"
ceph-osd -c "$conf" -i "$osd_id" >/dev/null 2>&1 || fail "ceph-osd did not start"

# On a restart, the application's S3 user exists: its keys are set again (they may be other
# keys than last time) before radosgw runs. Without a running radosgw, and with the cache off,
# radosgw-admin notifies nobody; else it waits ~30 s on the killed radosgw's stale watch.
if [ "$restart" = 1 ]; then
  radosgw-admin -c "$conf" --rgw-cache-enabled=false key create --uid=app --key-type=s3 \
    --access-key="$access_key" --secret-key="$secret_key" >/dev/null || fail "radosgw-admin key create failed"
fi

# 3. radosgw (creates its pools on the first start, then opens the S3 port). Ready once radosgw
#    itself listens on the port (ss -p): a listener of another program, which took the port since
#    it was picked, is not taken for it (radosgw then fails to bind and exits, and so does this
#    start). Where ss cannot see which process listens, any listener counts.
rgw_pid_file="$dir/run/client.rgw.standin.pid"
rm -f "$rgw_pid_file" # a killed run's one would name a stale pid
radosgw -c "$conf" -n client.rgw.standin || fail "radosgw did not start"
deadline=$((SECONDS + timeout_s))
rgw_pid=""
while true; do
  [ -n "$rgw_pid" ] || rgw_pid="$(cat "$rgw_pid_file" 2>/dev/null || true)"
  listener="$(ss -Hltnp "sport = :$port")"
  if [ -n "$rgw_pid" ] && [[ "$listener" == *"pid=$rgw_pid,"* ]]; then break; fi
  if [ -n "$listener" ] && [[ "$listener" != *"users:"* ]]; then break; fi
  if [ -n "$rgw_pid" ] && ! kill -0 "$rgw_pid" 2>/dev/null; then fail "radosgw exited before it listened on port $port"; fi
  [ "$SECONDS" -lt "$deadline" ] || fail "radosgw did not open port $port within ${timeout_s}s"
  sleep 0.1
done

# 4. the S3 user of the application (made once), then one signed request (ListBuckets) to
#    prove that the port is ours and the keys work (curl needs the content-sha256 header for s3)
if [ "$restart" = 0 ]; then
  radosgw-admin -c "$conf" user create --uid=app --display-name=app \
    --access-key="$access_key" --secret-key="$secret_key" >/dev/null || fail "radosgw-admin user create failed"
fi
curl -fsS -o /dev/null --aws-sigv4 "aws:amz:us-east-1:s3" --user "$access_key:$secret_key" \
  -H "x-amz-content-sha256: UNSIGNED-PAYLOAD" "http://127.0.0.1:$port/" || fail "signed S3 request failed"

# The cluster was ready once: from now on a bluestore one is started again, not made anew.
echo "$objectstore" >"$dir/objectstore"
echo "radosgw ready http://127.0.0.1:$port"
