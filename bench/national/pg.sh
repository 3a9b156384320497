#!/usr/bin/env bash
# The bench's throwaway PostgreSQL, as bin/test starts one (as root, through runuser postgres):
#   bench/national/pg.sh init|start|stop DIR [PORT]
# DIR holds the cluster (DIR/pg); PORT defaults to 55600. Durability is off: the data are generated.
set -euo pipefail
ACTION=$1 DIR=$2 PORT=${3:-${NATIONAL_PG_PORT:-55600}}
PG_BIN=$(find /usr/lib/postgresql -mindepth 2 -maxdepth 2 -name bin -type d | sort -V | tail -n 1)
as_postgres() { (cd "$DIR" && runuser -u postgres -- "$@"); }
case $ACTION in
  init)
    [ "$(id -u)" = 0 ] || { echo "run as root: PostgreSQL runs as the postgres user" >&2; exit 1; }
    mkdir -p "$DIR" && chown postgres "$DIR" && chmod 755 "$DIR"
    as_postgres "$PG_BIN/initdb" -D "$DIR/pg" -U postgres --auth-local=peer --auth-host=trust -E UTF8 --locale=C.UTF-8 >"$DIR/initdb.log"
    ;;
  start)
    as_postgres "$PG_BIN/pg_ctl" -D "$DIR/pg" -l "$DIR/postgres.log" -w -o "-p $PORT -c listen_addresses=127.0.0.1 -k $DIR \
      -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c shared_buffers=256MB -c maintenance_work_mem=256MB \
      -c work_mem=32MB -c max_wal_size=4GB -c checkpoint_timeout=30min -c max_connections=100" start >/dev/null
    ;;
  stop)
    [ -f "$DIR/pg/postmaster.pid" ] && as_postgres "$PG_BIN/pg_ctl" -D "$DIR/pg" -m fast -w stop >/dev/null || true
    ;;
  psql)
    shift 3; as_postgres "$PG_BIN/psql" -X -q -v ON_ERROR_STOP=1 -h "$DIR" -p "$PORT" -U postgres "$@"
    ;;
esac
