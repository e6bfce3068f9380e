#!/bin/bash
# The gateway container's entrypoint: nginx, plus a watch on the services' addresses.
#
# nginx resolves upstream names once, when it (re)loads its configuration (nginx before 1.27.3 has no
# `resolve` on upstream servers). A service container that is restarted or scaled comes back on
# other addresses, so every 2 s this compares what the names resolve to now and, when that changed,
# reloads nginx (SIGHUP: new workers with the new addresses, the old ones finish their requests).
set -u
# The upstreams' host names (compose: user, post, notification; Kubernetes: the headless Services).
hosts="$(awk '$1 == "server" { sub(/:[0-9]+;$/, "", $2); print $2 }' /etc/nginx/upstreams.conf | sort -u)"
addresses() { getent ahosts $hosts | awk '{ print $1 }' | sort -u; }
# nginx refuses to start while a name does not resolve (a headless Service has no ready pod yet).
trap 'exit 0' QUIT TERM INT
until getent hosts $hosts >/dev/null; do
  echo "gateway: waiting until $(echo $hosts) resolve" >&2
  sleep 2 &
  wait $!
done

nginx -e stderr &
nginx_pid=$!
# The image's stop signal (SIGQUIT: graceful) and the others reach nginx, not just this script.
trap 'kill -QUIT "$nginx_pid" 2>/dev/null' QUIT TERM INT

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
