#!/usr/bin/env bash
# Benchmark of the foundation: cold start, resident memory, and throughput/p95 of the catalogue
# page and API against the app's own plain-text endpoint (/ping) in the same run.
# Usage: bench/run.sh [duration-seconds]   (from the project root; installs wrk if missing)
set -euo pipefail
cd "$(dirname "$0")/.."
DURATION=${1:-20}
CONNECTIONS=32
THREADS=2
PORT=${BENCH_PORT:-18080}
HEAP=${BENCH_HEAP:-512m}

command -v wrk >/dev/null || { apt-get update -qq && apt-get install -y -qq wrk >/dev/null; }
[ -f target/practice-exchange.jar ] || ./mvnw -q -B package -DskipTests

DATA=$(mktemp -d)
trap 'kill "$APP" 2>/dev/null || true; wait "$APP" 2>/dev/null || true; rm -rf "$DATA"' EXIT

start=$(date +%s%N)
java -Xmx"$HEAP" -jar target/practice-exchange.jar --server.port="$PORT" --exchange.data-dir="$DATA" \
  --logging.level.root=WARN >"$DATA/app.log" 2>&1 &
APP=$!
until curl -fs "http://127.0.0.1:$PORT/actuator/health" | grep -q '"UP"'; do
  kill -0 "$APP" 2>/dev/null || { cat "$DATA/app.log"; exit 1; }
  sleep 0.1
done
ready=$(( ($(date +%s%N) - start) / 1000000 ))
rss() { awk '/VmRSS/ {printf "%.0f", $2/1024}' "/proc/$APP/status"; }
rss_idle=$(rss)

echo "java: $(java -version 2>&1 | head -1); heap -Xmx$HEAP; $(nproc) cores; wrk -t$THREADS -c$CONNECTIONS -d${DURATION}s"
echo "cold start to health UP (first run, creates the database and demo data): ${ready} ms; RSS idle: ${rss_idle} MiB"
for path in /ping /programmes /api/programmes; do
  # warm up the JIT and caches, then measure
  wrk -t$THREADS -c$CONNECTIONS -d5s "http://127.0.0.1:$PORT$path" >/dev/null
  line=$(wrk -t$THREADS -c$CONNECTIONS -d"${DURATION}"s -s bench/latency.lua "http://127.0.0.1:$PORT$path" | grep RESULT)
  printf '%-16s %s\n' "$path" "${line#RESULT }"
done
echo "RSS after load: $(rss) MiB"
