#!/bin/bash
# The gateway container's entrypoint: nginx, plus a watch on the services' addresses.
#
# nginx resolves upstream names once, when it (re)loads its configuration (nginx before 1.27.3 has no
# `resolve` on upstream servers). A service container that is restarted or scaled comes back on
# other addresses, so every 2 s this compares what the names resolve to now and, when that changed,
# reloads nginx (SIGHUP: new workers with the new addresses, the old ones finish their requests).
set -u
nginx -e stderr &
nginx_pid=$!
# The image's stop signal (SIGQUIT: graceful) and the others reach nginx, not just this script.
trap 'kill -QUIT "$nginx_pid" 2>/dev/null' QUIT TERM INT

addresses() { getent ahosts user post notification | awk '{ print $1 }' | sort -u; }

known="$(addresses)"
while kill -0 "$nginx_pid" 2>/dev/null; do
  sleep 2 &
  wait $! # interruptible by the traps above
  now="$(addresses)"
  if [ -n "$now" ] && [ "$now" != "$known" ]; then
    echo "gateway: the services' addresses changed; reloading nginx" >&2
    kill -HUP "$nginx_pid" 2>/dev/null
    known="$now"
  fi
done
wait "$nginx_pid"
