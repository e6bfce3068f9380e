#!/usr/bin/env bash
# Renders the gateway's nginx configuration into OUTDIR, for compose, Kubernetes or the local run:
#
#   render.sh compose OUTDIR
#       listeners 8080 (public) and 8081 (internal), upstreams user:8080, post:8080,
#       notification:8080 (service names; a scaled service's name resolves to every replica),
#       client in /usr/share/nginx/html, logs to stdout/stderr, pid and temp files in /tmp.
#   render.sh cluster OUTDIR [NAMESPACE]
#       the same, with the headless Services of deploy/k8s as upstreams:
#       user-service.NAMESPACE.svc.cluster.local:8080, ... (NAMESPACE: mini-linkedin).
#   render.sh local OUTDIR PUBLIC_PORT INTERNAL_PORT CLIENT_DIR user=P,P.. post=P,P.. notification=P,P..
#       listeners and replicas on 127.0.0.1 ports, logs, pid and temp files in OUTDIR.
#
# All renders copy the same route files (public.conf, internal.conf, ...) unchanged; only the
# @PLACEHOLDERS@ of nginx.conf.in and the server lists of upstreams.conf differ, so they can
# never route differently. NGINX_MODULES_DIR / NGINX_MIME_TYPES override where the njs module and
# mime.types are (the Debian package and the official image both use the defaults below).
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
usage() { sed -n '2,12p' "${BASH_SOURCE[0]}" >&2; exit 2; }

mode="${1:-}"
out="${2:-}"
[ -n "$out" ] || usage
mkdir -p "$out"
out="$(cd "$out" && pwd)"

declare -A servers # upstream name -> its "server ...;" lines
case "$mode" in
  compose | cluster)
    [ $# -eq 2 ] || { [ "$mode" = cluster ] && [ $# -eq 3 ]; } || usage
    public_listen=8080 internal_listen=8081 client_root=/usr/share/nginx/html run_dir=/tmp
    access_log=/dev/stdout error_log=stderr
    for service in user post notification; do
      host=$service
      [ "$mode" = cluster ] && host="$service-service.${3:-mini-linkedin}.svc.cluster.local"
      servers[$service]="    server $host:8080;"
    done
    ;;
  local)
    [ $# -eq 8 ] || usage
    public_listen="127.0.0.1:$3" internal_listen="127.0.0.1:$4" client_root="$5" run_dir="$out"
    access_log="$out/access.log" error_log="$out/error.log"
    for arg in "$6" "$7" "$8"; do
      service="${arg%%=*}"
      ports="${arg#*=}"
      [ -n "$ports" ] && [ "$service" != "$arg" ] || usage
      for port in ${ports//,/ }; do
        servers[$service]+="    server 127.0.0.1:$port;"$'\n'
      done
    done
    ;;
  *) usage ;;
esac

# Keepalive: idle connections to the replicas stay open for the next request (per worker).
for service in user post notification; do
  [ -n "${servers[$service]:-}" ] || { echo "render.sh: no replica of the $service service" >&2; exit 2; }
  # zone: every worker shares one view of which replica failed; without it a worker that saw a
  # replica refuse connections (e.g. while starting) keeps avoiding it after another worker saw it recover.
  printf 'upstream %s {\n    zone %s 64k;\n%s\n    keepalive 16;\n}\n' "$service" "$service" "${servers[$service]%$'\n'}"
done >"$out/upstreams.conf"

cp "$here"/{http,public,internal,problems,security-headers}.conf "$here/gateway.js" "$out/"
# The edge limit of POST /api/login and /api/register per client address; a benchmark that logs in
# from one address raises it (GATEWAY_LOGIN_RATE=1000r/s).
sed -e "s|@LOGIN_RATE@|${GATEWAY_LOGIN_RATE:-10r/s}|" "$here/front-door.conf" >"$out/front-door.conf"
sed -e "s|@MODULES_DIR@|${NGINX_MODULES_DIR:-/usr/lib/nginx/modules}|" \
    -e "s|@MIME_TYPES@|${NGINX_MIME_TYPES:-/etc/nginx/mime.types}|" \
    -e "s|@RUN_DIR@|$run_dir|g" \
    -e "s|@ERROR_LOG@|$error_log|" \
    -e "s|@ACCESS_LOG@|$access_log|" \
    -e "s|@PUBLIC_LISTEN@|$public_listen|" \
    -e "s|@INTERNAL_LISTEN@|$internal_listen|" \
    -e "s|@CLIENT_ROOT@|$client_root|" \
    "$here/nginx.conf.in" >"$out/nginx.conf"
if grep -n '^[^#]*@[A-Z_]\+@' "$out/nginx.conf" "$out/front-door.conf" >&2; then
  echo "render.sh: placeholder left in $out" >&2
  exit 1
fi
