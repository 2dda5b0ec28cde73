#!/usr/bin/env bash
# Warta's edge cache: Varnish 7 + xkey in front of one or more Warta instances.
#
#   deploy/edge.sh install                 apt-get install varnish varnish-modules (Debian 12)
#   deploy/edge.sh start [options]         write the configuration and start varnishd
#   deploy/edge.sh run [options]           the same in the foreground (process managers, tests)
#   deploy/edge.sh stop [--workdir DIR]    stop it
#   deploy/edge.sh status [--workdir DIR]  "running" or "stopped"
#
# start options:
#   --listen [HOST:]PORT   where readers connect (default 8080; production: 80 behind TLS termination)
#   --backend HOST:PORT    a Warta instance; repeat for several (default 127.0.0.1:3000)
#   --workdir DIR          configuration, pid file and shared memory (default .data/edge)
#   --memory SIZE          cache size (default 256m)
# The purge secret comes from EDGE_PURGE_SECRET (the same value the application has);
# purges are also accepted only from the loopback interface.
set -euo pipefail
cd "$(dirname "$0")/.."

command=${1:-}
shift || true
listen=8080
backends=()
workdir=.data/edge
memory=256m
while [ $# -gt 0 ]; do
  case "$1" in
    --listen) listen=$2; shift 2 ;;
    --backend) backends+=("$2"); shift 2 ;;
    --workdir) workdir=$2; shift 2 ;;
    --memory) memory=$2; shift 2 ;;
    *) echo "edge.sh: unknown option $1" >&2; exit 2 ;;
  esac
done
[ ${#backends[@]} -gt 0 ] || backends=(127.0.0.1:3000)
mkdir -p "$workdir"
workdir=$(cd "$workdir" && pwd)
pidfile=$workdir/varnishd.pid

is_running() { [ -s "$pidfile" ] && kill -0 "$(cat "$pidfile")" 2>/dev/null; }

write_config() {
  if [ -z "${EDGE_PURGE_SECRET:-}" ] || [ ${#EDGE_PURGE_SECRET} -lt 16 ]; then
    echo "edge.sh: set EDGE_PURGE_SECRET (16+ characters, the same value as the application's)" >&2
    exit 2
  fi
  if [[ ! "$EDGE_PURGE_SECRET" =~ ^[A-Za-z0-9._~+/=-]+$ ]]; then
    echo "edge.sh: EDGE_PURGE_SECRET may contain letters, digits and ._~+/=- only" >&2
    exit 2
  fi
  is_running && { echo "edge.sh: already running (pid $(cat "$pidfile"))" >&2; exit 1; }
  {
    echo "vcl 4.1;"
    echo "import directors;"
    i=0
    for backend in "${backends[@]}"; do
      host=${backend%:*}; port=${backend##*:}
      cat <<VCL
backend warta$i {
  .host = "$host";
  .port = "$port";
  .connect_timeout = 1s;
  .first_byte_timeout = 15s;
  .between_bytes_timeout = 10s;
  .probe = {
    .url = "/api/health";
    .interval = 2s;
    .timeout = 1s;
    .window = 3;
    .threshold = 2;
  }
}
VCL
      i=$((i + 1))
    done
    echo "sub warta_init_backends {"
    echo "  new warta = directors.round_robin();"
    for ((j = 0; j < i; j++)); do echo "  warta.add_backend(warta$j);"; done
    echo "}"
    echo "sub warta_pick_backend { set req.backend_hint = warta.backend(); }"
  } > "$workdir/backends.vcl"
  umask 077
  cat > "$workdir/purge-secret.vcl" <<VCL
vcl 4.1;
sub warta_check_purge_secret {
  if (req.http.X-Purge-Secret != "$EDGE_PURGE_SECRET") {
    return (synth(403, "Forbidden"));
  }
}
VCL
  umask 022
  # varnishd compiles the VCL as its own unprivileged user.
  if [ "$(id -u)" = 0 ] && getent group varnish >/dev/null; then
    chgrp varnish "$workdir/purge-secret.vcl" && chmod 640 "$workdir/purge-secret.vcl"
  fi
  cp deploy/varnish/warta.vcl "$workdir/warta.vcl"
}

case "$command" in
  install)
    if command -v varnishd >/dev/null && ls /usr/lib/*/varnish/vmods/libvmod_xkey.so >/dev/null 2>&1; then
      echo "varnish and xkey are installed"
    else
      apt-get update -qq
      DEBIAN_FRONTEND=noninteractive apt-get install -y -qq varnish varnish-modules >/dev/null
    fi
    # Debian starts a varnishd on port 6081 after installing; Warta runs its own.
    systemctl disable --now varnish >/dev/null 2>&1 || pkill -f '^/usr/sbin/varnishd .*-a :6081' || true
    ;;
  start | run)
    write_config
    case "$listen" in *:*) address=$listen ;; *) address=":$listen" ;; esac
    if [ "$command" = run ]; then
      exec varnishd -F -n "$workdir/varnish" -a "$address" -f "$workdir/warta.vcl" -s "malloc,$memory" \
        -p vcl_path="$workdir" -T 127.0.0.1:0 -p feature=+http2
    fi
    varnishd -n "$workdir/varnish" -a "$address" -f "$workdir/warta.vcl" -s "malloc,$memory" \
      -P "$pidfile" -p vcl_path="$workdir" -T 127.0.0.1:0 -p feature=+http2
    for _ in $(seq 1 50); do is_running && break; sleep 0.1; done
    is_running || { echo "edge.sh: varnishd did not start" >&2; exit 1; }
    echo "edge cache on $address → ${backends[*]} (pid $(cat "$pidfile"))"
    ;;
  stop)
    if is_running; then
      kill "$(cat "$pidfile")"
      for _ in $(seq 1 50); do is_running || break; sleep 0.1; done
    fi
    rm -f "$pidfile"
    ;;
  status)
    if is_running; then echo running; else echo stopped; exit 3; fi
    ;;
  *)
    sed -n '2,17p' "$0" | sed 's/^# \{0,1\}//'
    exit 2
    ;;
esac
