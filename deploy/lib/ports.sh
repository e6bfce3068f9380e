# shellcheck shell=bash
# Sourced by the scripts that start servers on loopback ports:
#
#   free_port [EXCEPT...]          prints a port that nothing listens on now (nor one of EXCEPT)
#   retry_on_port_taken TRIES COMMAND...
#                                  runs COMMAND (a function may set variables) until it succeeds, at
#                                  most TRIES times; again only after it failed with status 98
#   port_taken FILE...             whether a server's output in FILE says "address already in use"
#
# A program that can bind port 0 does so (deploy/lib/listening-port.sh reads what it got): no other
# program can take a port between a pick and the bind. Where one cannot (nginx, the Ceph daemons,
# compose publishing a port), free_port picks one below Linux's ephemeral range (32768+, from which
# outgoing connections and port-0 binds get theirs) and above Ceph's own 6800-7300. Another program
# may still bind it first: the start then fails with status 98 (EADDRINUSE's number, by convention of
# these scripts), and retry_on_port_taken starts it again, on new picks.

free_port() {
  local port _
  for _ in $(seq 100); do
    port=$((20000 + RANDOM % 12000))
    if [ -z "$(ss -Hltn "sport = :$port")" ] && [[ " $* " != *" $port "* ]]; then
      echo "$port"
      return 0
    fi
  done
  echo "free_port: no free port found" >&2
  return 1
}

retry_on_port_taken() {
  local tries="$1" status
  shift
  while true; do
    "$@" && return 0
    status=$?
    tries=$((tries - 1))
    if [ "$status" != 98 ] || [ "$tries" -le 0 ]; then return "$status"; fi
    echo "$1: a port picked for it was taken before it bound it; again on new picks" >&2
  done
}

# nginx: "bind() to 127.0.0.1:8080 failed (98: Address already in use)"; Kestrel, compose and Ceph
# say "address already in use" too.
port_taken() { grep -qi "address already in use" "$@" 2>/dev/null; }
