#!/usr/bin/env bash
# Prints the TCP port that process PID listens on, as soon as it listens:
#
#   deploy/lib/listening-port.sh PID [SECONDS]
#
# For a program started on port 0 (e.g. `dotnet App.dll --urls http://127.0.0.1:0`): it binds a
# free port itself, so no other program can take that port between a pick and the bind, and the
# port it got is read here from the kernel's socket table (ss -p), not from its log, whose level
# and format (text, JSON) may change. PID must listen on one TCP port only.
# Fails when PID exits first (a zombie counts as exited), or after SECONDS (default 120).
set -euo pipefail
pid="${1:?usage: listening-port.sh PID [SECONDS]}"
deadline=$((SECONDS + ${2:-120}))
while [[ "$(ps -o stat= -p "$pid" 2>/dev/null)" == [^Z]* ]]; do
  # "LISTEN 0 512 127.0.0.1:41234 0.0.0.0:* users:(("dotnet",pid=4102,fd=213))"
  port="$(ss -Hltnp | awk -v p="pid=$pid," '!found && index($0, p) { n = split($4, a, ":"); print a[n]; found = 1 }')"
  if [ -n "$port" ]; then
    echo "$port"
    exit 0
  fi
  if ((SECONDS >= deadline)); then
    echo "listening-port: process $pid does not listen on a TCP port after ${2:-120} s" >&2
    exit 1
  fi
  sleep 0.1
done
echo "listening-port: process $pid exited before it listened" >&2
exit 1
