#!/usr/bin/env bash
# S3 stand-in: starts a throw-away one-node Ceph cluster (1 monitor, 1 in-memory OSD,
# radosgw) that lives entirely under DIR, and creates an S3 user with the given keys.
#
#   usage: start-radosgw.sh DIR PORT ACCESS_KEY SECRET_KEY
#          PORT 0 = pick a free port. The daemons run in the background; on success
#          the last stdout line is:  radosgw ready http://127.0.0.1:PORT
#   stop:  stop-radosgw.sh DIR
#
# Data is kept in RAM (memstore, capped by RGW_MEMSTORE_BYTES, default 1 GiB) and is
# gone when the cluster stops. Nothing is written to /etc/ceph or /var/lib/ceph.
# Settings and why they are needed: see shared docs/stand-ins.md.
set -euo pipefail

if [ $# -ne 4 ]; then
  echo "usage: $0 DIR PORT ACCESS_KEY SECRET_KEY" >&2
  exit 2
fi
mkdir -p "$1"
dir="$(cd "$1" && pwd)"
port="$2" access_key="$3" secret_key="$4"
memstore_bytes="${RGW_MEMSTORE_BYTES:-1073741824}"
timeout_s="${RGW_START_TIMEOUT:-60}"

if [ -e "$dir/ceph.conf" ]; then
  echo "start-radosgw.sh: $dir already holds a cluster; stop it and use an empty DIR" >&2
  exit 1
fi

port_in_use() { ss -Hltn "sport = :$1" | grep -q .; }
free_port() {
  local p
  for _ in $(seq 100); do
    # below Linux's ephemeral range (32768+) and above Ceph's own 6800-7300
    p=$((20000 + RANDOM % 12000))
    if ! port_in_use "$p"; then echo "$p"; return 0; fi
  done
  echo "start-radosgw.sh: no free port found" >&2
  return 1
}

if [ "$port" = 0 ]; then port="$(free_port)"; fi
if port_in_use "$port"; then
  echo "start-radosgw.sh: port $port is already in use" >&2
  exit 1
fi
mon_port="$(free_port)"

fsid="$(cat /proc/sys/kernel/random/uuid)"
osd_uuid="$(cat /proc/sys/kernel/random/uuid)"
conf="$dir/ceph.conf"
mkdir -p "$dir/run" "$dir/log" "$dir/mon" "$dir/osd" "$dir/rgw" "$dir/crash"

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
osd objectstore = memstore
memstore device bytes = $memstore_bytes

[client.rgw.standin]
rgw data = $dir/rgw
# without tcp_nodelay each small GET takes ~45 ms
rgw frontends = beast endpoint=127.0.0.1:$port tcp_nodelay=1
EOF

fail() {
  echo "start-radosgw.sh: $*; logs in $dir/log" >&2
  "$(dirname "${BASH_SOURCE[0]}")/stop-radosgw.sh" "$dir" >/dev/null 2>&1 || true
  exit 1
}
trap 'fail "interrupted"' HUP INT TERM

# 1. monitor
monmaptool --create --fsid "$fsid" --addv a "[v2:127.0.0.1:$mon_port]" "$dir/monmap" >/dev/null
ceph-mon -c "$conf" -i a --mkfs --monmap "$dir/monmap" || fail "ceph-mon --mkfs failed"
ceph-mon -c "$conf" -i a || fail "ceph-mon did not start"

# 2. in-memory OSD
osd_id="$(ceph -c "$conf" --connect-timeout "$timeout_s" osd new "$osd_uuid")" || fail "ceph osd new failed"
mkdir -p "$dir/osd/ceph-$osd_id"
ceph-osd -c "$conf" -i "$osd_id" --mkfs --osd-uuid "$osd_uuid" >/dev/null 2>&1 || fail "ceph-osd --mkfs failed"
ceph-osd -c "$conf" -i "$osd_id" >/dev/null 2>&1 || fail "ceph-osd did not start"

# 3. radosgw (creates its pools, then opens the S3 port)
radosgw -c "$conf" -n client.rgw.standin || fail "radosgw did not start"
deadline=$((SECONDS + timeout_s))
until port_in_use "$port"; do
  [ "$SECONDS" -lt "$deadline" ] || fail "radosgw did not open port $port within ${timeout_s}s"
  sleep 0.1
done

# 4. the S3 user of the application, then one signed request (ListBuckets) to prove
#    that the port is ours and the keys work (curl needs the content-sha256 header for s3)
radosgw-admin -c "$conf" user create --uid=app --display-name=app \
  --access-key="$access_key" --secret-key="$secret_key" >/dev/null || fail "radosgw-admin user create failed"
curl -fsS -o /dev/null --aws-sigv4 "aws:amz:us-east-1:s3" --user "$access_key:$secret_key" \
  -H "x-amz-content-sha256: UNSIGNED-PAYLOAD" "http://127.0.0.1:$port/" || fail "signed S3 request failed"

echo "radosgw ready http://127.0.0.1:$port"
