#!/usr/bin/env bash
# Generates the national dataset (issue 17) into a throwaway PostgreSQL, repeatably from a seed.
#   bench/national/generate.sh [--scale 0.1|1] [--seed N]      (as root, from anywhere)
# The database is left in /var/tmp/national-SCALE (NATIONAL_DIR overrides) for load.sh, stopped.
# Steps: initdb; the app's own Flyway migrations (the jar started once with the production profile,
# no demo data); generate.sql in one psql session (setseed, generate_series); a second start of the
# jar so its mass indexer builds the outputs' search index.
set -euo pipefail
cd "$(dirname "$0")/../.."
SCALE=1 SEED=17
while [ $# -gt 0 ]; do
  case $1 in --scale) SCALE=$2; shift 2 ;; --seed) SEED=$2; shift 2 ;; *) echo "usage: $0 [--scale 0.1|1] [--seed N]" >&2; exit 2 ;; esac
done
DIR=${NATIONAL_DIR:-/var/tmp/national-$SCALE}
PORT=${NATIONAL_PG_PORT:-55600}
APP_PORT=${NATIONAL_APP_PORT:-18617}
PG="bench/national/pg.sh"
[ -f target/practice-exchange.jar ] || ./mvnw -q -B -ntp -DskipTests package
[ -d "$DIR/pg" ] && { $PG stop "$DIR" "$PORT"; rm -rf "$DIR"; }
APP=
trap '[ -n "$APP" ] && kill "$APP" 2>/dev/null; $PG stop "$DIR" "$PORT"' EXIT
started=$(date +%s)
$PG init "$DIR" "$PORT"
$PG start "$DIR" "$PORT"
$PG psql "$DIR" "$PORT" -c "create role exchange login password 'national-bench'" -c "create database exchange owner exchange"
mkdir -p "$DIR/app"

app() { # the jar with production settings on this database
  java -Xmx1g -jar target/practice-exchange.jar --spring.profiles.active=prod --server.port="$APP_PORT" \
    --spring.datasource.url="jdbc:postgresql://127.0.0.1:$PORT/exchange" --spring.datasource.username=exchange \
    --spring.datasource.password=national-bench --exchange.data-dir="$DIR/app" --server.servlet.session.cookie.secure=false \
    >>"$DIR/app.log" 2>&1 &
  APP=$!
}
wait_for() { # URL [grep pattern]
  until curl -fs "$1" 2>/dev/null | grep -q "${2:-.}"; do
    kill -0 "$APP" 2>/dev/null || { tail -40 "$DIR/app.log"; exit 1; }
    sleep 1
  done
}
stop_app() { kill "$APP"; wait "$APP" 2>/dev/null || true; APP=; }

echo "1. schema through the app's Flyway migrations"
app; wait_for "http://127.0.0.1:$APP_PORT/ping"; stop_app
migrated=$(date +%s)
echo "2. generate.sql (scale $SCALE, seed $SEED)"
$PG psql "$DIR" "$PORT" -d exchange -v scale="$SCALE" -v seed="$SEED" -f "$PWD/bench/national/generate.sql"
loaded=$(date +%s)
echo "3. search index (the app's mass indexer at start-up)"
PUBLISHED=$($PG psql "$DIR" "$PORT" -d exchange -At -c "select count(*) from output where status = 'PUBLISHED'")
app; wait_for "http://127.0.0.1:$APP_PORT/api/resources?size=1" "^{\"total\":$PUBLISHED,"; stop_app
indexed=$(date +%s)
$PG psql "$DIR" "$PORT" -d exchange -At -c "select 'rows: ' || string_agg(t || ' ' || n, ', ') from (
  select 'organisation' t, count(*) n from organisation union all select 'person', count(*) from person union all
  select 'programme', count(*) from programme union all select 'project', count(*) from project union all
  select 'inquiry', count(*) from inquiry union all select 'report', count(*) from report union all
  select 'output', count(*) from output union all select 'cascade_record', count(*) from cascade_record union all
  select 'proposal', count(*) from proposal union all select 'conference_edition', count(*) from conference_edition union all
  select 'consultation_response', count(*) from consultation_response union all select 'consultation_answer', count(*) from consultation_answer) c" \
  | tee "$DIR/generated"
echo "times: migrations $((migrated - started)) s, SQL load $((loaded - migrated)) s, indexing start $((indexed - loaded)) s, total $((indexed - started)) s" \
  | tee -a "$DIR/generated"
echo "scale $SCALE seed $SEED in $DIR (PostgreSQL port $PORT, stopped); load.sh --scale $SCALE measures it"
