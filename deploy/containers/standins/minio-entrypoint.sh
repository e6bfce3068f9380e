#!/usr/bin/env bash
# Main process of the S3 stand-in container: starts a fresh one-node Ceph cluster with radosgw on
# port 9000 and the S3 user MINIO_ROOT_USER / MINIO_ROOT_PASSWORD, then lives as long as radosgw.
# Arguments (MinIO's "server /data ...") are ignored. SIGTERM stops the daemons.
set -euo pipefail
: "${MINIO_ROOT_USER:?}" "${MINIO_ROOT_PASSWORD:?}"
dir=/tmp/radosgw
rm -rf "$dir" # a restarted container starts a new cluster (data in RAM is gone anyway)
/radosgw/standins/s3/start-radosgw.sh "$dir" 9000 "$MINIO_ROOT_USER" "$MINIO_ROOT_PASSWORD"
trap '/radosgw/standins/s3/stop-radosgw.sh "$dir"; exit 0' TERM INT
pid="$(cat "$dir/run/client.rgw.standin.pid")"
while kill -0 "$pid" 2>/dev/null; do sleep 1 & wait $!; done
echo "radosgw exited; its last log lines:" >&2
tail -n 20 "$dir/log/client.rgw.standin.log" >&2
exit 1
