#!/usr/bin/env bash
# Generates N consultation responses (default 100000) into a demo database and times the analysis
# page, the matrix page and the app's plain-text /ping in the same run. Usage:
#   bench/consultation/run.sh [RESPONSES]
set -euo pipefail
cd "$(dirname "$0")/../.."
RESPONSES=${1:-100000}
PORT=${BENCH_PORT:-18080}
DATA=$(mktemp -d)
H2=$(ls ~/.m2/repository/com/h2database/h2/*/h2-*.jar | sort -V | tail -1)
URL="jdbc:h2:file:$DATA/db/exchange;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH"
[ "${BENCH_SKIP_BUILD:-}" = 1 ] || ./mvnw -B -q -DskipTests package
if curl -fs "http://localhost:$PORT/ping" >/dev/null 2>&1; then echo "port $PORT is in use: set BENCH_PORT"; exit 1; fi
start() {
  EXCHANGE_DATA_DIR=$DATA java -Xmx1g -jar target/practice-exchange.jar --server.port=$PORT --exchange.demo=true \
    >"$DATA/app.log" 2>&1 & echo $! >"$DATA/pid"
  # the web server answers before the demo data are loaded: wait for the demo consultation
  for _ in $(seq 1 600); do
    curl -fs "http://localhost:$PORT/consultations" 2>/dev/null | grep -q "Developing the adult learning workforce" && return
    sleep 1
  done
  echo "app did not start"; tail -50 "$DATA/app.log"; exit 1
}
stop() { [ -f "$DATA/pid" ] && kill "$(cat "$DATA/pid")" 2>/dev/null; wait "$(cat "$DATA/pid")" 2>/dev/null || true; rm -f "$DATA/pid"; }
trap 'stop; rm -rf "$DATA"' EXIT
start; stop                      # migrations and demo data (the demo consultation is the first)
java -cp "$H2" bench/consultation/Generate.java "$URL" sa "" "$RESPONSES"
ID=$(java -cp "$H2" bench/consultation/FirstId.java "$URL")
start
AUTH="manager@demo.test:exchange-demo"
time_it() { # label url
  for i in 1 2 3 4 5; do
    curl -s -o /dev/null -u "$AUTH" -w "$1 run $i: %{http_code} %{time_total}s\n" "$2"
  done
}
time_it ping "http://localhost:$PORT/ping"
time_it analysis "http://localhost:$PORT/manage/consultations/$ID/analysis"
time_it matrix "http://localhost:$PORT/manage/consultations/$ID/matrix"
echo "RSS (kB): $(ps -o rss= -p "$(cat "$DATA/pid")")"
