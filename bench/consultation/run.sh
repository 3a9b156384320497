#!/usr/bin/env bash
# Generates N consultation responses (default 100000) into a demo database and times the analysis
# page, the matrix page and the app's plain-text /ping in the same run. Usage:
#   bench/consultation/run.sh [RESPONSES]
# BENCH_DATA=DIR keeps the database in DIR: a second run with the same DIR skips the generation and
# only measures. BENCH_PORT changes the port; BENCH_SKIP_BUILD=1 reuses target/practice-exchange.jar.
set -euo pipefail
cd "$(dirname "$0")/../.."
RESPONSES=${1:-100000}
PORT=${BENCH_PORT:-18080}
if [ -n "${BENCH_DATA:-}" ]; then DATA=$BENCH_DATA; KEEP=1; mkdir -p "$DATA"; else DATA=$(mktemp -d); KEEP=0; fi
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
stop() { if [ -f "$DATA/pid" ]; then kill "$(cat "$DATA/pid")" 2>/dev/null || true; wait "$(cat "$DATA/pid")" 2>/dev/null || true; rm -f "$DATA/pid"; fi; }
cleanup() { stop; [ "$KEEP" = 1 ] || rm -rf "$DATA"; }
trap cleanup EXIT
if [ ! -f "$DATA/generated" ]; then
  start; stop                    # migrations and demo data (the demo consultation is the first)
  java -cp "$H2" bench/consultation/Generate.java "$URL" sa "" "$RESPONSES" | tee "$DATA/generated.log"
  mv "$DATA/generated.log" "$DATA/generated"
else
  echo "reusing the database in $DATA: $(tail -2 "$DATA/generated" | tr '\n' ' ')"
fi
ID=$(java -cp "$H2" bench/consultation/FirstId.java "$URL")
start
# Sign in once with the form (as a person would) and reuse the session: HTTP Basic would hash the
# password on every request and time BCrypt rather than the page.
JAR="$DATA/cookies"
TOKEN=$(curl -s -c "$JAR" -b "$JAR" "http://localhost:$PORT/login" | grep -o 'name="_csrf" value="[^"]*"' | head -1 | sed 's/.*value="//;s/"//')
curl -s -o /dev/null -c "$JAR" -b "$JAR" --data-urlencode "username=manager@demo.test" --data-urlencode "password=exchange-demo" \
  --data-urlencode "_csrf=$TOKEN" "http://localhost:$PORT/login"
time_it() { # label url
  for i in 1 2 3 4 5 6 7 8 9 10; do
    curl -s -o /dev/null -b "$JAR" -w "$1 run $i: %{http_code} %{time_total}s\n" "$2"
  done
}
time_it ping "http://localhost:$PORT/ping"
time_it analysis "http://localhost:$PORT/manage/consultations/$ID/analysis"
time_it matrix "http://localhost:$PORT/manage/consultations/$ID/matrix"
time_it answers "http://localhost:$PORT/manage/consultations/$ID/answers"
time_it "answers page 200" "http://localhost:$PORT/manage/consultations/$ID/answers?page=200"
time_it "answers search (common word)" "http://localhost:$PORT/manage/consultations/$ID/answers?q=mentoring"
time_it "answers search (no match)" "http://localhost:$PORT/manage/consultations/$ID/answers?q=timetable"
# A 1,000-row matrix import through the API, on a new draft, with the session and its CSRF header.
curl -s -o /dev/null -b "$JAR" -c "$JAR" "http://localhost:$PORT/manage/consultations"
CSRF=$(awk '$6 == "PXCSRF" { print $7 }' "$JAR" | tail -1)
DRAFT=$(curl -s -b "$JAR" -H "X-CSRF-TOKEN: $CSRF" -H 'Content-Type: application/json' -d '{"title":"Benchmark import"}' \
  "http://localhost:$PORT/api/consultations" | grep -o '"id":[0-9]*' | head -1 | cut -d: -f2)
{ printf 'Recommendation\tITE\tCPD\tL&M\n'; for i in $(seq 1 1000); do printf '%d. Recommendation %d\tX\t?\t\n' "$i" "$i"; done; } >"$DATA/table.tsv"
for i in 1 2 3 4 5 6 7 8 9 10; do
  curl -s -o /dev/null -b "$JAR" -X PUT -H "X-CSRF-TOKEN: $CSRF" -H 'Content-Type: text/tab-separated-values' \
    --data-binary @"$DATA/table.tsv" -w "import of 1,000 rows run $i: %{http_code} %{time_total}s\n" \
    "http://localhost:$PORT/api/consultations/$DRAFT/recommendations"
done
echo "RSS (kB): $(ps -o rss= -p "$(cat "$DATA/pid")")"
echo "load average: $(cut -d' ' -f1-3 /proc/loadavg)"
