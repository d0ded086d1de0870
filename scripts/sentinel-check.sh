#!/usr/bin/env bash
# Checks that the test suite leaves the developer's own Redis alone: starts a
# private redis-server on a free loopback port, writes a sentinel key into
# each of its 16 databases, names it in REDIS_URL (as a developer's shell
# would) and runs `go test -count=1 ./...`. Passes when the tests pass, every
# sentinel is still there with its value, no key was added to any database,
# and no redis-server started by the tests is still running afterwards.
#
#   scripts/sentinel-check.sh             # from anywhere in the repository
#   scripts/sentinel-check.sh -run Ticket # extra arguments go to go test
#
# Needs redis-server, redis-cli and go. It stops only the server it started.
set -euo pipefail
cd "$(dirname "$0")/.."

for cmd in redis-server redis-cli go; do
  command -v "$cmd" >/dev/null || { echo "FATAL: $cmd is not installed" >&2; exit 1; }
done

port_open() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }
free_port() {
  local p
  for _ in $(seq 1 50); do
    p=$((20000 + RANDOM % 20000))
    port_open "$p" || { echo "$p"; return; }
  done
  echo "FATAL: no free port found" >&2; exit 1
}

port=$(free_port)
tmp=$(mktemp -d "${TMPDIR:-/tmp}/delegatebot-sentinel.XXXXXX")
cli() { redis-cli -h 127.0.0.1 -p "$port" "$@"; }

cleanup() {
  local rc=$?
  cli shutdown nosave >/dev/null 2>&1 || true
  for _ in $(seq 1 50); do port_open "$port" || break; sleep 0.1; done
  rm -rf "$tmp"
  exit "$rc"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

redis-server --port "$port" --bind 127.0.0.1 --save "" --appendonly no --daemonize yes \
  --dir "$tmp" --logfile "$tmp/redis.log" --pidfile "$tmp/redis.pid"
for _ in $(seq 1 50); do port_open "$port" && break; sleep 0.1; done
port_open "$port" || { echo "FATAL: private redis-server on $port did not start" >&2; exit 1; }

snapshot() { # every key and value of every database, sorted
  for db in $(seq 0 15); do
    cli -n "$db" --scan | sort | while read -r k; do
      printf '%s %s %s\n' "$db" "$k" "$(cli -n "$db" get "$k")"
    done
  done
}

for db in $(seq 0 15); do
  cli -n "$db" set "sentinel:db$db" "do-not-touch-$db-$RANDOM" >/dev/null
done
snapshot >"$tmp/before"
# A redis-server redistest started runs in its (deleted) temporary directory
# delegatebot-redistest-*. One whose test binary is gone is a leak; other
# people's servers, and those of test binaries still running, are not.
leaked_servers() {
  for pid in $(pgrep -x redis-server || true); do
    cwd=$(readlink "/proc/$pid/cwd" 2>/dev/null) || continue
    case "$cwd" in *delegatebot-redistest-*) ;; *) continue ;; esac
    ppid=$(ps -o ppid= -p "$pid" 2>/dev/null | tr -d ' ')
    case "$(ps -o comm= -p "$ppid" 2>/dev/null)" in *.test) continue ;; esac
    echo "$pid"
  done
}
leaked_before=$(leaked_servers)

echo "== private Redis on 127.0.0.1:$port with a sentinel in each of its 16 databases"
echo "== REDIS_URL=redis://127.0.0.1:$port/3 go test -count=1 ./... $*"
status=0
env -u DELEGATEBOT_TEST_REDIS_URL REDIS_URL="redis://127.0.0.1:$port/3" go test -count=1 ./... "$@" || status=$?

snapshot >"$tmp/after"
fail=""
if [ "$status" -ne 0 ]; then echo "FAIL: go test exited $status"; fail=yes; fi
if ! diff -u "$tmp/before" "$tmp/after"; then
  echo "FAIL: the private Redis named by REDIS_URL changed (diff above)"; fail=yes
else
  echo "ok: all 16 sentinels intact, no key added ($(wc -l <"$tmp/before") keys before and after)"
fi
# A server whose test binary has just exited may still be shutting down (it
# is killed when its parent dies): give it a few seconds before calling it a leak.
new_leaks() {
  for pid in $(leaked_servers); do
    case " $leaked_before " in *" $pid "*) continue ;; esac
    echo "$pid"
  done
}
for _ in $(seq 1 50); do [ -z "$(new_leaks)" ] && break; sleep 0.1; done
for pid in $(new_leaks); do
  echo "FAIL: redis-server $pid, started by a test binary that has exited, is still running"; fail=yes
done
[ -n "$fail" ] || echo "ok: no redis-server left running by the tests"
[ -z "$fail" ] || exit 1
echo "== ok"
