#!/usr/bin/env bash
# Warta as several instances on one machine: Redis (started if it is not answering), N
# production servers on consecutive ports, and the edge cache (Varnish, deploy/edge.sh)
# balancing across them round robin. For trying out and testing a multi-instance setup;
# on several machines, run `npm start` on each with the same DATABASE_URL, REDIS_URL and
# media storage, and put the edge or any load balancer in front.
#
#   deploy/cluster.sh start [options]      start Redis if needed, the instances and the edge
#   deploy/cluster.sh stop [--workdir DIR] stop the edge and the instances (a Redis it started too)
#   deploy/cluster.sh status [--workdir DIR]
#
# start options:
#   --instances N      how many instances (default 2)
#   --port PORT        the first instance's port; the others follow (default 3001)
#   --listen [H:]PORT  where readers connect, the edge (default 8080)
#   --workdir DIR      pid files and logs (default .data/cluster)
#
# Needs a production build (npm run build) and, from the environment: DATABASE_URL (a
# Postgres server: the embedded database cannot be shared), AUTH_SECRET, and optionally
# REDIS_URL (default redis://127.0.0.1:6379), EDGE_PURGE_SECRET (made up and kept in the
# workdir when unset), SITE_URL (default the edge's address), MEDIA_DIR or MEDIA_STORAGE=s3.
set -euo pipefail
cd "$(dirname "$0")/.."

command=${1:-}
shift || true
instances=2
first_port=3001
listen=8080
workdir=.data/cluster
while [ $# -gt 0 ]; do
  case "$1" in
    --instances) instances=$2; shift 2 ;;
    --port) first_port=$2; shift 2 ;;
    --listen) listen=$2; shift 2 ;;
    --workdir) workdir=$2; shift 2 ;;
    *) echo "cluster.sh: unknown option $1" >&2; exit 2 ;;
  esac
done
mkdir -p "$workdir"
workdir=$(cd "$workdir" && pwd)

is_alive() { [ -s "$1" ] && kill -0 "$(cat "$1")" 2>/dev/null; }

redis_url=${REDIS_URL:-redis://127.0.0.1:6379}
redis_port() { local rest=${redis_url#*://}; rest=${rest#*@}; rest=${rest%%/*}; echo "${rest##*:}"; }
redis_host() { local rest=${redis_url#*://}; rest=${rest#*@}; rest=${rest%%/*}; echo "${rest%:*}"; }
redis_answers() { redis-cli -u "$redis_url" ping 2>/dev/null | grep -q PONG; }

start_redis() {
  redis_answers && return 0
  case "$(redis_host)" in
    127.0.0.1 | localhost) ;;
    *) echo "cluster.sh: Redis at $(redis_host) does not answer; start it, or unset REDIS_URL" >&2; exit 1 ;;
  esac
  command -v redis-server >/dev/null || { echo "cluster.sh: install redis-server (apt-get install redis-server)" >&2; exit 1; }
  # Nothing to keep on disk: the stream of cache invalidations is rebuilt by the instances.
  redis-server --daemonize yes --bind 127.0.0.1 --port "$(redis_port)" --save "" --appendonly no \
    --dir "$workdir" --pidfile "$workdir/redis.pid" --logfile "$workdir/redis.log"
  for _ in $(seq 1 50); do redis_answers && break; sleep 0.1; done
  redis_answers || { echo "cluster.sh: redis-server did not start" >&2; exit 1; }
  echo "redis on $(redis_host):$(redis_port) (started here)"
}

wait_healthy() {
  local port=$1
  for _ in $(seq 1 120); do
    curl -fsS -o /dev/null "http://127.0.0.1:$port/api/health" 2>/dev/null && return 0
    is_alive "$workdir/instance-$port.pid" || return 1
    sleep 0.5
  done
  return 1
}

case "$command" in
  start)
    [ -n "${DATABASE_URL:-}" ] || { echo "cluster.sh: set DATABASE_URL (a Postgres server all instances share)" >&2; exit 2; }
    [ -n "${AUTH_SECRET:-}" ] || { echo "cluster.sh: set AUTH_SECRET (the same for every instance)" >&2; exit 2; }
    [ -f .next/BUILD_ID ] || { echo "cluster.sh: build first (npm run build)" >&2; exit 2; }
    if [ -z "${EDGE_PURGE_SECRET:-}" ]; then
      [ -s "$workdir/purge-secret" ] || (umask 077 && openssl rand -hex 24 > "$workdir/purge-secret")
      EDGE_PURGE_SECRET=$(cat "$workdir/purge-secret")
    fi
    export EDGE_PURGE_SECRET
    start_redis
    case "$listen" in *:*) edge_host=${listen%:*}; edge_port=${listen##*:} ;; *) edge_host=127.0.0.1; edge_port=$listen ;; esac
    backends=()
    for ((i = 0; i < instances; i++)); do
      port=$((first_port + i))
      pidfile=$workdir/instance-$port.pid
      if is_alive "$pidfile"; then echo "cluster.sh: an instance already runs on $port" >&2; exit 1; fi
      PORT=$port HOSTNAME=127.0.0.1 NODE_ENV=production REDIS_URL=$redis_url \
        TRUSTED_PROXIES=${TRUSTED_PROXIES:-127.0.0.1} SITE_URL=${SITE_URL:-http://$edge_host:$edge_port} \
        EDGE_PURGE_URLS=${EDGE_PURGE_URLS:-http://127.0.0.1:$edge_port} \
        nohup node server/index.mjs > "$workdir/instance-$port.log" 2>&1 &
      echo $! > "$pidfile"
      backends+=(--backend "127.0.0.1:$port")
    done
    for ((i = 0; i < instances; i++)); do
      port=$((first_port + i))
      wait_healthy "$port" || { echo "cluster.sh: the instance on $port did not start; see $workdir/instance-$port.log" >&2; exit 1; }
      echo "instance on 127.0.0.1:$port (log: $workdir/instance-$port.log)"
    done
    bash deploy/edge.sh start --listen "$listen" "${backends[@]}" --workdir "$workdir/edge"
    ;;
  stop)
    bash deploy/edge.sh stop --workdir "$workdir/edge" 2>/dev/null || true
    for pidfile in "$workdir"/instance-*.pid; do
      [ -e "$pidfile" ] || continue
      # SIGTERM: each instance drains its requests and closes its connections.
      if is_alive "$pidfile"; then
        pid=$(cat "$pidfile")
        kill "$pid"
        for _ in $(seq 1 150); do kill -0 "$pid" 2>/dev/null || break; sleep 0.1; done
      fi
      rm -f "$pidfile"
    done
    if is_alive "$workdir/redis.pid"; then kill "$(cat "$workdir/redis.pid")"; fi
    rm -f "$workdir/redis.pid"
    echo "stopped"
    ;;
  status)
    for pidfile in "$workdir"/instance-*.pid; do
      [ -e "$pidfile" ] || continue
      port=${pidfile##*instance-}; port=${port%.pid}
      if is_alive "$pidfile"; then echo "instance $port: running"; else echo "instance $port: stopped"; fi
    done
    echo "edge: $(bash deploy/edge.sh status --workdir "$workdir/edge" || true)"
    ;;
  *)
    sed -n '2,22p' "$0" | sed 's/^# \{0,1\}//'
    exit 2
    ;;
esac
