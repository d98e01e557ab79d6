#!/usr/bin/env bash
# A throw-away PostgreSQL cluster for tests and CI: `start DIR PORT` initialises (when DIR is new)
# and starts a cluster in DIR listening only on 127.0.0.1:PORT and a socket in DIR, and prints its
# URL; `stop DIR` stops it fast. PostgreSQL refuses to run as root, so as root the cluster runs as
# the `postgres` user (created by Debian's package); as any other user it runs as that user.
set -euo pipefail
BIN="${PG_BIN:-/usr/lib/postgresql/15/bin}"
cmd="${1:-}"; dir="${2:-}"; port="${3:-54329}"
[ -n "$cmd" ] && [ -n "$dir" ] || { echo "usage: $0 start|stop DIR [PORT]" >&2; exit 2; }
as_owner() {
  if [ "$(id -u)" -eq 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}
case "$cmd" in
  start)
    mkdir -p "$dir"
    [ "$(id -u)" -eq 0 ] && chown postgres: "$dir"
    chmod 700 "$dir"
    if [ ! -f "$dir/PG_VERSION" ]; then
      # trust on loopback only: a private, short-lived cluster; C collation so text orders by code point as in SQLite.
      as_owner "$BIN/initdb" -D "$dir" -U corroborate --auth=trust --encoding=UTF8 --locale=C.UTF-8 >/dev/null
    fi
    # No durability needed for a test cluster: fsync off keeps CI fast.
    as_owner "$BIN/pg_ctl" -D "$dir" -l "$dir/server.log" -w -o "-p $port -k $dir -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off" start >/dev/null
    echo "postgres://corroborate@127.0.0.1:$port/postgres"
    ;;
  stop)
    [ -f "$dir/postmaster.pid" ] && as_owner "$BIN/pg_ctl" -D "$dir" -m fast -w stop >/dev/null
    ;;
  *) echo "usage: $0 start|stop DIR [PORT]" >&2; exit 2 ;;
esac
