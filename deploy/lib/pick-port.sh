#!/usr/bin/env bash
# Prints a TCP port that nothing on this machine listens on now, below Linux's ephemeral range
# (32768+, from which outgoing connections and port-0 binds get theirs), other than EXCEPT:
#
#   deploy/lib/pick-port.sh [EXCEPT...]
#
# Only for programs that cannot bind port 0 themselves or whose port others must know before they
# start (nginx, the dashboard's OTLP endpoint): another program may still take the port before the
# bind, so the caller must handle "address already in use".
set -euo pipefail
for _ in $(seq 100); do
  p=$((20000 + RANDOM % 12000))
  if [ -z "$(ss -Hltn "sport = :$p")" ] && [[ " $* " != *" $p "* ]]; then echo "$p"; exit 0; fi
done
echo "pick-port: no free port found" >&2
exit 1
