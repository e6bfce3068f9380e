#!/usr/bin/env bash
# Container fault tests against a running `deploy/containers/up.sh microservices --replicas 2` (or
# more) stack, through its published gateway only:
#
#   deploy/containers/fault-tests.sh http://127.0.0.1:PORT
#
#   1. /internal/* is 404 through the gateway, and 401 without the credential from inside the network
#   2. a post-service container crashes (its main process SIGKILLed from the host) while 4 clients
#      read the feed for 8 s: no failed read, and the restart policy brings the container back
#   3. the notification service's containers are stopped, posts are made, they are started again:
#      every post is notified exactly once
#
# Prints PASS/FAIL per test and "N passed, N failed" last; exits non-zero on a failure.
# Uses podman (env.sh) or docker, whichever runs the stack. Needs curl and jq.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
base="${1:?usage: fault-tests.sh http://127.0.0.1:PORT}"
project="${COMPOSE_PROJECT_NAME:-mini-linkedin}" # the compose project of the stack
if docker info >/dev/null 2>&1; then engine=docker; else engine=podman; source "$here/env.sh"; fi
passed=0 failed=0
pass() { echo "PASS $1"; passed=$((passed + 1)); }
fail() { echo "FAIL $1: $2"; failed=$((failed + 1)); }
containers() { $engine ps -q --filter "label=com.docker.compose.project=$project" --filter "label=com.docker.compose.service=$1"; }
wait_ready() { # wait_ready SECONDS
  for _ in $(seq 1 "$1"); do curl -fsS -o /dev/null "$base/readyz" 2>/dev/null && return 0; sleep 1; done
  return 1
}

# A user (its token) for this run.
session() { # session NAME → prints a token
  local email="$1-$RANDOM$RANDOM@example.com"
  curl -fsS -o /dev/null -H 'Content-Type: application/json' \
    -d "{\"email\":\"$email\",\"password\":\"password123\"}" "$base/api/register"
  curl -fsS -H 'Content-Type: application/json' -d "{\"email\":\"$email\",\"password\":\"password123\"}" \
    "$base/api/login" | jq -r .accessToken
}
wait_ready 60 || { echo "fault-tests.sh: $base/readyz does not answer 200" >&2; exit 1; }
author="$(session author)"
reader="$(session reader)"

# --- 1. /internal/ ---------------------------------------------------------------------------------
through_gateway="$(curl -s -o /dev/null -w '%{http_code}' "$base/internal/posts/6b0c1719bd1e90f4e171af55")"
# from the gateway container (no curl in the images: bash's /dev/tcp) straight to a post replica
direct="$($engine exec "$(containers gateway | head -n 1)" bash -c \
  'exec 3<>/dev/tcp/post/8080 && printf "GET /internal/posts/6b0c1719bd1e90f4e171af55 HTTP/1.0\r\nHost: post\r\n\r\n" >&3 && head -n 1 <&3' |
  awk '{print $2}')"
if [ "$through_gateway" = 404 ] && [ "$direct" = 401 ]; then pass "internal endpoints: 404 through the gateway, 401 without the credential"
else fail "internal endpoints" "gateway $through_gateway (want 404), direct $direct (want 401)"; fi

# --- 2. a post replica crashes while the feed is read ------------------------------------------------
mapfile -t posts < <(containers post)
if [ ${#posts[@]} -lt 2 ]; then
  fail "post replica crash" "run the stack with --replicas 2 or more (found ${#posts[@]} post containers)"
else
  victim="${posts[0]}"
  pid="$($engine inspect -f '{{.State.Pid}}' "$victim")"
  statuses="$(mktemp)"
  trap 'rm -f "$statuses"' EXIT # also when this script fails or is interrupted
  for _ in 1 2 3 4; do
    (
      end=$((SECONDS + 8))
      while [ "$SECONDS" -lt "$end" ]; do
        curl -s -o /dev/null -w '%{http_code}\n' -H "Authorization: Bearer $reader" "$base/api/post?limit=5" >>"$statuses"
      done
    ) &
  done
  sleep 2
  kill -KILL "$pid" # a crash: `podman/docker kill` would count as a manual stop, never restarted
  wait
  reads="$(wc -l <"$statuses")"
  bad="$(grep -vc '^200$' "$statuses" || true)"
  rm -f "$statuses"
  back=""
  for _ in $(seq 1 60); do
    state="$($engine inspect -f '{{.State.Running}} {{.State.Pid}}' "$victim")"
    if [ "${state% *}" = true ] && [ "${state#* }" != "$pid" ]; then back=yes && break; fi
    sleep 0.5
  done
  if [ "$bad" = 0 ] && [ "$reads" -gt 20 ] && [ -n "$back" ] && wait_ready 90; then
    pass "post replica crash: $reads feed reads, none failed; the container was restarted"
  else
    fail "post replica crash" "$bad of $reads reads failed; restarted: ${back:-no}"
  fi
fi

# --- 3. posts made while the notification service is stopped ------------------------------------------
mapfile -t notifications < <(containers notification)
$engine stop "${notifications[@]}" >/dev/null 2>&1 # (podman: systemd notices on stderr)
count=5 ids=()
for i in $(seq 1 $count); do
  ids+=("$(curl -fsS -H "Authorization: Bearer $author" -H 'Content-Type: application/json' \
    -d "{\"text\":\"made while notifications are down $i\"}" "$base/api/post" | jq -r .id)")
done
$engine start "${notifications[@]}" >/dev/null 2>&1
wait_ready 90 || true
want="$(printf '%s\n' "${ids[@]}" | sort)"
notified() { # the reader's notifications of this test's posts, one post id per notification
  curl -fsS -H "Authorization: Bearer $reader" "$base/api/notification?limit=100" 2>/dev/null |
    jq -r '.items[].postId' | grep -Fx -f <(printf '%s\n' "${ids[@]}") | sort || true
}
got=""
for _ in $(seq 1 90); do
  got="$(notified)"
  [ "$got" = "$want" ] && break
  sleep 1
done
sleep 5 && [ "$got" = "$want" ] && got="$(notified)" # and no duplicate comes later
if [ "$got" = "$want" ]; then pass "notification service stopped: each of $count posts notified exactly once"
else fail "notification service stopped" "want each of ${ids[*]} once, got: $(echo "$got" | tr '\n' ' ')"; fi

echo "$passed passed, $failed failed"
[ "$failed" = 0 ]
