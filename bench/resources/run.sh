#!/usr/bin/env bash
# Search benchmark of the outputs repository: loads BENCH_OUTPUTS published outputs (default
# 50,000, each with a file's extracted text) into a fresh H2 database, lets the app rebuild the
# Lucene index with the mass indexer at start-up, then measures /api/resources searches (full text,
# facets, sorting, paging) against /ping in the same run.
# Usage: bench/resources/run.sh [duration-seconds]   (from the project root)
set -euo pipefail
cd "$(dirname "$0")/../.."
DURATION=${1:-20}
OUTPUTS=${BENCH_OUTPUTS:-50000}
CONNECTIONS=${BENCH_CONNECTIONS:-4}
PORT=${BENCH_PORT:-18081}
HEAP=${BENCH_HEAP:-768m}

command -v wrk >/dev/null || { apt-get update -qq && apt-get install -y -qq wrk >/dev/null; }
[ -f target/practice-exchange.jar ] || ./mvnw -q -B package -DskipTests
H2_JAR=$(ls ~/.m2/repository/com/h2database/h2/"$(./mvnw -q -B help:evaluate -Dexpression=h2.version -DforceStdout)"/h2-*.jar | head -1)

DATA=$(mktemp -d)
APP=
trap '[ -n "$APP" ] && { kill "$APP" 2>/dev/null || true; wait "$APP" 2>/dev/null || true; }; rm -rf "$DATA"' EXIT

start_app() {
  java -Xmx"$HEAP" -jar target/practice-exchange.jar --server.port="$PORT" --exchange.data-dir="$DATA" \
    --logging.level.root=WARN --logging.level.org.practiceexchange.resource=INFO >>"$DATA/app.log" 2>&1 &
  APP=$!
}
wait_for_outputs() { # until the API finds at least $1 outputs
  until [ "$(curl -fs "http://127.0.0.1:$PORT/api/resources?size=1" 2>/dev/null | sed -n 's/^{"total":\([0-9]*\).*/\1/p')" -ge "$1" ] 2>/dev/null; do
    kill -0 "$APP" 2>/dev/null || { cat "$DATA/app.log"; exit 1; }
    sleep 0.5
  done
}

# 1. create the schema and the demo data, then stop
start_app; wait_for_outputs 1; kill "$APP"; wait "$APP" || true
# 2. bulk-load the outputs with SQL
sed "s/\${outputs}/$OUTPUTS/" bench/resources/generate.sql >"$DATA/generate.sql"
load=$(date +%s%N)
java -cp "$H2_JAR" org.h2.tools.RunScript -url "jdbc:h2:file:$DATA/db/exchange;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE" \
  -user sa -script "$DATA/generate.sql"
echo "bulk load of $OUTPUTS outputs: $(( ($(date +%s%N) - load) / 1000000 )) ms"
# 3. restart: the index no longer matches the database, so the mass indexer rebuilds it
index=$(date +%s%N)
start_app; wait_for_outputs "$OUTPUTS"
echo "start-up with mass indexing of $OUTPUTS+ outputs: $(( ($(date +%s%N) - index) / 1000000 )) ms"
echo "java: $(java -version 2>&1 | head -1); heap -Xmx$HEAP; $(nproc) cores; wrk -t1 with 1 and $CONNECTIONS connections, ${DURATION}s each"
# 4. measure
wrk -t1 -c"$CONNECTIONS" -d5s -s bench/resources/search.lua "http://127.0.0.1:$PORT/api/resources" >/dev/null
for connections in 1 "$CONNECTIONS"; do
  for target in ping search; do
    if [ $target = ping ]; then
      line=$(wrk -t1 -c"$connections" -d"${DURATION}"s -s bench/latency.lua "http://127.0.0.1:$PORT/ping" | grep RESULT)
    else
      line=$(wrk -t1 -c"$connections" -d"${DURATION}"s -s bench/resources/search.lua "http://127.0.0.1:$PORT/api/resources" | grep RESULT)
    fi
    printf '%-8s c=%-3s %s\n' "/$target" "$connections" "${line#RESULT }"
  done
done
echo "RSS after load: $(awk '/VmRSS/ {printf "%.0f", $2/1024}' "/proc/$APP/status") MiB"
