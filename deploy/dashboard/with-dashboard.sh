#!/usr/bin/env bash
# Runs a command with the Aspire dashboard beside it, every host of the command exporting its
# OpenTelemetry traces, metrics and logs there:
#
#   deploy/dashboard/with-dashboard.sh COMMAND [ARGS...]
#
# The dashboard is the NuGet package Aspire.Dashboard.Sdk.linux-x64 (a self-contained program,
# restored by AspireDashboard.proj at the version in Directory.Packages.props), bound to 127.0.0.1.
# It starts while COMMAND starts (it needs a few seconds): its ports are chosen first, so COMMAND gets
#   OTEL_EXPORTER_OTLP_ENDPOINT, OTEL_EXPORTER_OTLP_PROTOCOL  where the hosts export (OTLP/HTTP, unsecured: loopback only)
#   OTEL_METRIC_EXPORT_INTERVAL, OTEL_BSP_SCHEDULE_DELAY, OTEL_BLRP_SCHEDULE_DELAY  every second, as
#                       an Aspire app host sets them for its dashboard (the defaults: metrics every 60 s,
#                       spans and logs every 5 s), so what was just clicked is there to see
#   DASHBOARD_URL       its login URL with the browser token, for the ready line
#   DASHBOARD_API_URL   its telemetry API (/api/telemetry/traces, ...; header x-api-key: $DASHBOARD_API_KEY)
# DASHBOARD_PORT: the UI's port (default 18888; 0: a free one). DASHBOARD_TOKEN, DASHBOARD_API_KEY:
# random unless given. Its log is in $DASHBOARD_LOG (default: a temporary file). On exit, Ctrl-C or
# SIGTERM the command and the dashboard are stopped; the exit code is the command's.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
. "$root/deploy/lib/ports.sh" # free_port
[ $# -gt 0 ] || { echo "usage: $0 COMMAND [ARGS...]" >&2; exit 2; }

version="$(sed -n 's:.*<AspireDashboardVersion>\(.*\)</AspireDashboardVersion>.*:\1:p' "$root/Directory.Packages.props")"
program="${NUGET_PACKAGES:-$HOME/.nuget/packages}/aspire.dashboard.sdk.linux-x64/$version/tools/Aspire.Dashboard"
if [ ! -x "$program" ]; then
  echo "with-dashboard: restoring Aspire.Dashboard.Sdk.linux-x64 $version" >&2
  dotnet restore "$root/deploy/dashboard/AspireDashboard.proj" -p:NuGetAudit=false >&2
fi

ui_port="${DASHBOARD_PORT:-18888}"
if [ "$ui_port" = 0 ]; then
  ui_port="$(free_port)"
elif (: >"/dev/tcp/127.0.0.1/$ui_port") 2>/dev/null; then
  echo "with-dashboard: port $ui_port of 127.0.0.1 is taken (DASHBOARD_PORT=... picks another, 0 any)" >&2
  exit 1
fi
otlp_port="$(free_port "$ui_port")"
token="${DASHBOARD_TOKEN:-$(od -An -N16 -tx1 /dev/urandom | tr -d ' \n')}"
api_key="${DASHBOARD_API_KEY:-$(od -An -N16 -tx1 /dev/urandom | tr -d ' \n')}"
log="${DASHBOARD_LOG:-$(mktemp -t aspire-dashboard.XXXXXX)}"

ASPNETCORE_URLS="http://127.0.0.1:$ui_port" \
  ASPIRE_DASHBOARD_OTLP_HTTP_ENDPOINT_URL="http://127.0.0.1:$otlp_port" \
  Dashboard__Frontend__AuthMode=BrowserToken Dashboard__Frontend__BrowserToken="$token" \
  Dashboard__Otlp__AuthMode=Unsecured \
  Dashboard__Api__AuthMode=ApiKey Dashboard__Api__PrimaryApiKey="$api_key" \
  "$program" </dev/null >"$log" 2>&1 &
dashboard=$!

export OTEL_EXPORTER_OTLP_ENDPOINT="http://127.0.0.1:$otlp_port"
export OTEL_EXPORTER_OTLP_PROTOCOL=http/protobuf
export OTEL_METRIC_EXPORT_INTERVAL=1000 OTEL_BSP_SCHEDULE_DELAY=1000 OTEL_BLRP_SCHEDULE_DELAY=1000
export DASHBOARD_URL="http://127.0.0.1:$ui_port/login?t=$token"
export DASHBOARD_API_URL="http://127.0.0.1:$ui_port" DASHBOARD_API_KEY="$api_key"

command_pid=""
# The command stops first (its hosts' last export still reaches the dashboard). A second Ctrl-C or
# SIGTERM meanwhile ends the wait, and must not leave the dashboard running on its port.
cleanup() {
  trap 'kill -TERM "$dashboard" 2>/dev/null; exit 130' INT
  trap 'kill -TERM "$dashboard" 2>/dev/null; exit 143' TERM
  [ -z "$command_pid" ] || kill -TERM "$command_pid" 2>/dev/null || true
  [ -z "$command_pid" ] || wait "$command_pid" 2>/dev/null || true
  kill -TERM "$dashboard" 2>/dev/null || true
  wait "$dashboard" 2>/dev/null || true
  [ -n "${DASHBOARD_LOG:-}" ] || rm -f "$log"
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

# In the background and waited for, so that SIGTERM/Ctrl-C reach the traps at once.
"$@" &
command_pid=$!
# A dashboard that could not start (its port taken in the meantime) costs the telemetry, not the run.
( for _ in $(seq 1 120); do
    grep -q "OTLP/HTTP listening" "$log" 2>/dev/null && exit 0
    kill -0 "$dashboard" 2>/dev/null || break
    sleep 0.5
  done
  echo "with-dashboard: the dashboard did not start; its log:" >&2
  tail -n 20 "$log" >&2 ) &
status=0
wait "$command_pid" || status=$?
command_pid=""
exit "$status"
