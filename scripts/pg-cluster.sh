#!/usr/bin/env bash
# A throw-away PostgreSQL cluster for tests and CI: `start DIR PORT` initialises (when DIR is new)
# and starts a cluster in DIR listening only on 127.0.0.1:PORT and a socket in DIR, and prints its
# URL; `stop DIR` stops it fast. PostgreSQL refuses to run as root, so as root the cluster runs as
# the `postgres` user (created by Debian's package); as any other user it runs as that user.
set -euo pipefail
# Debian's binaries live outside PATH, one folder per major version: take the newest (15 or later).
BIN="${PG_BIN:-$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)}"
[ -x "$BIN/initdb" ] || { echo "no PostgreSQL server binaries (apt-get install postgresql, or set PG_BIN)" >&2; exit 1; }
cmd="${1:-}"; dir="${2:-}"; port="${3:-54329}"
[ -n "$cmd" ] && [ -n "$dir" ] || { echo "usage: $0 start|stop DIR [PORT]" >&2; exit 2; }
as_owner() {
  if [ "$(id -u)" -eq 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}
case "$cmd" in
  start)
    mkdir -p "$dir"
    if [ "$(id -u)" -eq 0 ]; then
      chown postgres: "$dir"
      runuser -u postgres -- test -w "$dir" || { echo "the postgres user cannot reach $dir: make its parent folders searchable (chmod o+x)" >&2; exit 1; }
    fi
    chmod 700 "$dir"
    if [ ! -f "$dir/PG_VERSION" ]; then
      # trust on loopback only: a private, short-lived cluster; C collation so text orders by code point as in SQLite.
      # PG_INITDB_OPTS adds initdb options (the full-disk test keeps the WAL on another volume with --waldir).
      # shellcheck disable=SC2086
      as_owner "$BIN/initdb" -D "$dir" -U corroborate --auth=trust --encoding=UTF8 --locale=C.UTF-8 ${PG_INITDB_OPTS:-} >/dev/null
    fi
    # No durability needed for a test cluster: fsync off keeps CI fast.
    as_owner "$BIN/pg_ctl" -D "$dir" -l "$dir/server.log" -w -o "-p $port -k $dir -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off" start >/dev/null
    echo "postgres://corroborate@127.0.0.1:$port/postgres"
    ;;
  stop)
    # Nothing to do for a cluster that is not running: stopping is safe to repeat (CI's exit trap).
    if [ -f "$dir/postmaster.pid" ]; then as_owner "$BIN/pg_ctl" -D "$dir" -m fast -w stop >/dev/null; fi
    ;;
  *) echo "usage: $0 start|stop DIR [PORT]" >&2; exit 2 ;;
esac
