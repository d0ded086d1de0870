#!/usr/bin/env bash
# Runs the storage package's Redis Cluster tests against a throwaway
# three-master cluster on 127.0.0.1:7001-7003 (no replicas, no persistence),
# which it always shuts down and deletes, whatever happens.
#
#   scripts/cluster-test.sh            # from anywhere in the repository
#   CLUSTER_BASE_PORT=7101 scripts/cluster-test.sh   # other ports
#
# Needs redis-server and redis-cli (5.0 or later) and go. Fails loudly when
# something is missing, a port is taken or the cluster does not come up.
set -euo pipefail
cd "$(dirname "$0")/.."

base=${CLUSTER_BASE_PORT:-7001}
ports=("$base" "$((base + 1))" "$((base + 2))")

for cmd in redis-server redis-cli go; do
  command -v "$cmd" >/dev/null || { echo "FATAL: $cmd is not installed" >&2; exit 1; }
done

port_open() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }

for p in "${ports[@]}"; do
  if port_open "$p"; then
    echo "FATAL: 127.0.0.1:$p is already in use; set CLUSTER_BASE_PORT" >&2
    exit 1
  fi
done

ok=""
tmp=$(mktemp -d "${TMPDIR:-/tmp}/delegatebot-cluster.XXXXXX")
started=()

# cleanup stops exactly the nodes this script started (by their port, which
# it checked was free) and removes their directory.
cleanup() {
  local rc=$?
  for p in "${started[@]}"; do
    redis-cli -h 127.0.0.1 -p "$p" shutdown nosave >/dev/null 2>&1 || true
  done
  for p in "${started[@]}"; do
    for _ in $(seq 1 50); do port_open "$p" || break; sleep 0.1; done
  done
  if [ "$rc" -ne 0 ] && [ -z "$ok" ] && [ -d "$tmp" ]; then
    for f in "$tmp"/node-*.log; do [ -f "$f" ] && { echo "--- $f" >&2; tail -n 5 "$f" >&2; }; done
  fi
  rm -rf "$tmp"
  exit "$rc"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

for i in 0 1 2; do
  p=${ports[$i]}
  redis-server --port "$p" --bind 127.0.0.1 --cluster-enabled yes \
    --cluster-config-file "$tmp/nodes-$p.conf" --cluster-node-timeout 5000 \
    --save "" --appendonly no --daemonize yes --dir "$tmp" \
    --logfile "$tmp/node-$p.log" --pidfile "$tmp/node-$p.pid"
  started+=("$p")
done
for p in "${ports[@]}"; do
  for _ in $(seq 1 50); do port_open "$p" && break; sleep 0.1; done
  port_open "$p" || { echo "FATAL: redis-server on port $p did not start" >&2; exit 1; }
done

echo "== creating the cluster on ports ${ports[*]}"
redis-cli --cluster create "127.0.0.1:${ports[0]}" "127.0.0.1:${ports[1]}" "127.0.0.1:${ports[2]}" \
  --cluster-replicas 0 --cluster-yes >"$tmp/create.log" 2>&1 \
  || { cat "$tmp/create.log" >&2; echo "FATAL: redis-cli --cluster create failed" >&2; exit 1; }

for _ in $(seq 1 100); do
  state=$(for p in "${ports[@]}"; do redis-cli -h 127.0.0.1 -p "$p" cluster info | tr -d '\r' | grep '^cluster_state:'; done | sort -u)
  if [ "$state" = "cluster_state:ok" ]; then ok=yes; break; fi
  sleep 0.1
done
[ -n "$ok" ] || { echo "FATAL: the cluster did not reach cluster_state:ok" >&2; exit 1; }
echo "== cluster_state:ok"

export DELEGATEBOT_TEST_CLUSTER_URL="redis://127.0.0.1:${ports[0]}?cluster=true&addr=127.0.0.1:${ports[1]}&addr=127.0.0.1:${ports[2]}"
go test ./storage -run Cluster -count=1 -v
