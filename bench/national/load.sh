#!/usr/bin/env bash
# Load bench on the national dataset (issue 17): starts PostgreSQL and the jar (-Xmx1g, production
# profile) on the database generate.sh left, measures the start (launch → first page served), signs
# in through the real form as a person of each role (GET /login for the CSRF token, POST, keep the
# session cookie), then runs wrk (-c32) against every page that role's navigation lists, a sample
# of record pages, the public pages and /ping (at the start, in the middle and at the end: the
# baseline is their mean). Prints a markdown table and writes it to DIR/results-*.md.
#   bench/national/load.sh [--scale 0.1|1] [--duration SECONDS]     (as root, from anywhere)
set -euo pipefail
cd "$(dirname "$0")/../.."
SCALE=1 DURATION=${NATIONAL_DURATION:-5}
while [ $# -gt 0 ]; do
  case $1 in --scale) SCALE=$2; shift 2 ;; --duration) DURATION=$2; shift 2 ;; *) echo "usage: $0 [--scale 0.1|1] [--duration S]" >&2; exit 2 ;; esac
done
DIR=${NATIONAL_DIR:-/var/tmp/national-$SCALE}
PORT=${NATIONAL_PG_PORT:-55600}
APP_PORT=${NATIONAL_APP_PORT:-18617}
CONNECTIONS=${NATIONAL_CONNECTIONS:-32}
BASE="http://127.0.0.1:$APP_PORT"
PG="bench/national/pg.sh"
[ -f "$DIR/generated" ] || { echo "no dataset in $DIR: run bench/national/generate.sh --scale $SCALE first" >&2; exit 1; }
command -v wrk >/dev/null || { apt-get update -qq && apt-get install -y -qq wrk >/dev/null; }
[ -f target/practice-exchange.jar ] || ./mvnw -q -B -ntp -DskipTests package
APP=
trap '[ -n "$APP" ] && { kill "$APP" 2>/dev/null; wait "$APP" 2>/dev/null; }; $PG stop "$DIR" "$PORT"' EXIT
$PG start "$DIR" "$PORT"
sql() { $PG psql "$DIR" "$PORT" -d exchange -At -c "$1" | tr '\n' ' '; }

launched=$(date +%s%N)
java -Xmx1g -jar target/practice-exchange.jar --spring.profiles.active=prod --server.port="$APP_PORT" \
  --spring.datasource.url="jdbc:postgresql://127.0.0.1:$PORT/exchange" --spring.datasource.username=exchange \
  --spring.datasource.password=national-bench --exchange.data-dir="$DIR/app" --server.servlet.session.cookie.secure=false \
  >"$DIR/load-app.log" 2>&1 &
APP=$!
until [ "$(curl -s -o /dev/null -w '%{http_code}' "$BASE/programmes")" = 200 ]; do
  kill -0 "$APP" 2>/dev/null || { tail -40 "$DIR/load-app.log"; exit 1; }
  sleep 0.1
done
START_MS=$(( ($(date +%s%N) - launched) / 1000000 ))
echo "start on the existing database: launch → first page served (/programmes) in $START_MS ms"

sign_in() { # email → "PXSESSION=..."
  local jar; jar=$(mktemp)
  local token; token=$(curl -s -c "$jar" -b "$jar" "$BASE/login" | grep -o 'name="_csrf" value="[^"]*"' | head -1 | sed 's/.*value="//;s/"//')
  curl -s -o /dev/null -c "$jar" -b "$jar" --data-urlencode "username=$1" --data-urlencode "password=national-bench" \
    --data-urlencode "_csrf=$token" "$BASE/login"
  awk '$6 == "PXSESSION" {print "PXSESSION=" $7}' "$jar"; rm -f "$jar"
}
ids() { sql "$1" | sed 's/ *$//'; } # space-separated ids
prefix() { local p=$1; shift; for i in $*; do printf '%s%s ' "$p" "$i"; done; }

# Who signs in, per role: people with records of each kind (ids from the generator's layout).
REPORT=$(ids "select min(id) from report where status = 'SIGNED_OFF'")
PRACTITIONER=$(ids "select author_id from report where id = $REPORT")
MENTOR=$(ids "select p.mentor_id from report r join project p on p.id = r.project_id where r.id = $REPORT")
VALIDATOR=$(ids "select p.validator_id from report r join project p on p.id = r.project_id where r.id = $REPORT")
LEAD=$(ids "select lead_person_id from proposal where status = 'SUBMITTED' order by id limit 1")
REVIEWER=$(ids "select reviewer_id from review_assignment where status = 'SUBMITTED' order by id limit 1")
MANAGER=$(ids "select min(person_id) from person_role where role = 'PROGRAMME_MANAGER'")
spread() { # table [where]: five ids spread over the table
  ids "select min(id) from (select id, ntile(5) over (order by id) t from $1 ${2:-}) x group by t order by 1"
}

ROWS=()   # "label|role|cookie|paths"
add() { ROWS+=("$1|$2|$3|$4"); }
# Public pages, anonymous
add "catalogue /programmes" public "" "/programmes"
add "programme pages" public "" "$(prefix /programmes/ $(spread programme))"
add "outputs search (no query)" public "" "/outputs"
add "outputs search (words, filters, pages)" public "" "/outputs?q=dyslexia /outputs?q=maths+anxiety /outputs?q=digital+framework&sort=newest /outputs?page=20 /outputs?q=behaviour+tutors"
add "output pages" public "" "$(prefix /outputs/ $(spread output "where status = 'PUBLISHED'"))"
add "API outputs search" public "" "/api/resources?q=dyslexia /api/resources?q=maths+anxiety /api/resources?type=DELIVERY_GUIDE&licence=CC_BY_4_0 /api/resources?sort=title&page=10"
add "conferences" public "" "/conferences"
add "conference pages" public "" "$(prefix /conferences/ $(spread conference_edition))"
add "consultations" public "" "/consultations"
add "consultation page" public "" "/consultations/1"

declare -A COOKIE
for role in PRACTITIONER MENTOR VALIDATOR LEAD REVIEWER MANAGER; do
  person=${!role}
  COOKIE[$role]=$(sign_in "person$person@national.test")
  [ -n "${COOKIE[$role]}" ] || { echo "could not sign in as person$person@national.test" >&2; exit 1; }
  nav=$(curl -s -b "${COOKIE[$role]}" "$BASE/home" | grep -o 'class="govuk-service-navigation__link" href="[^"]*"' | sed 's/.*href="//;s/"$//' | sort -u)
  echo "$role: person$person@national.test; navigation: $(echo $nav)"
  for path in /home $nav; do add "$path" "$role" "${COOKIE[$role]}" "$path"; done
done
P=$PRACTITIONER
add "project pages (own)" PRACTITIONER "${COOKIE[PRACTITIONER]}" "$(prefix /projects/ $(ids "select project_id from project_member where person_id = $P"))"
add "inquiry pages (own)" PRACTITIONER "${COOKIE[PRACTITIONER]}" "$(prefix /inquiries/ $(ids "select id from inquiry where practitioner_id = $P"))"
add "report pages (own)" PRACTITIONER "${COOKIE[PRACTITIONER]}" "$(prefix /reports/ $(ids "select id from report where author_id = $P"))"
add "project pages (mentored)" MENTOR "${COOKIE[MENTOR]}" "$(prefix /projects/ $(ids "select id from project where mentor_id = $MENTOR order by id limit 5"))"
add "inquiry pages (mentored)" MENTOR "${COOKIE[MENTOR]}" "$(prefix /inquiries/ $(ids "select i.id from inquiry i join project p on p.id = i.project_id where p.mentor_id = $MENTOR order by i.id limit 5"))"
add "report pages (validated)" VALIDATOR "${COOKIE[VALIDATOR]}" "$(prefix /reports/ $(ids "select r.id from report r join project p on p.id = r.project_id where p.validator_id = $VALIDATOR order by r.id limit 5"))"
add "proposal pages (own)" LEAD "${COOKIE[LEAD]}" "$(prefix /proposals/ $(ids "select id from proposal where lead_person_id = $LEAD order by id limit 5"))"
add "review pages" REVIEWER "${COOKIE[REVIEWER]}" "$(prefix /reviews/ $(ids "select id from review_assignment where reviewer_id = $REVIEWER order by id limit 5"))"
add "project pages" MANAGER "${COOKIE[MANAGER]}" "$(prefix /projects/ $(spread project))"
add "inquiry pages" MANAGER "${COOKIE[MANAGER]}" "$(prefix /inquiries/ $(spread inquiry))"
add "report pages" MANAGER "${COOKIE[MANAGER]}" "$(prefix /reports/ $(spread report))"
add "proposal pages" MANAGER "${COOKIE[MANAGER]}" "$(prefix /proposals/ $(spread proposal "where status = 'SUBMITTED'"))"
add "output pages" MANAGER "${COOKIE[MANAGER]}" "$(prefix /outputs/ $(spread output))"
add "consultation analysis" MANAGER "${COOKIE[MANAGER]}" "/manage/consultations/1/analysis"

run() { # cookie paths → RESULT line
  COOKIE="$1" PATHS="$2" wrk -t2 -c"$CONNECTIONS" -d"${DURATION}"s --timeout 10s -s bench/national/page.lua "$BASE" | grep RESULT
}
field() { sed -n "s/.* $2=\([^ ]*\).*/\1/p" <<<"$1"; }
echo "checking every page once (status of the first request), then warming up"
for row in "${ROWS[@]}"; do
  IFS='|' read -r label role cookie paths <<<"$row"
  for path in $paths; do
    code=$(curl -s -o /dev/null -w '%{http_code}' -b "$cookie" "$BASE$path")
    [ "$code" = 200 ] || echo "  $role $path answered $code"
  done
done
wrk -t2 -c"$CONNECTIONS" -d10s -s bench/national/page.lua "$BASE" >/dev/null   # JIT warm-up on /ping
for row in "${ROWS[@]}"; do IFS='|' read -r label role cookie paths <<<"$row"; COOKIE="$cookie" PATHS="$paths" wrk -t1 -c4 -d1s -s bench/national/page.lua "$BASE" >/dev/null; done

declare -a RESULTS
PINGS=()
PINGS+=("$(run "" /ping)")
half=$(( ${#ROWS[@]} / 2 ))
for n in "${!ROWS[@]}"; do
  [ "$n" = "$half" ] && PINGS+=("$(run "" /ping)")
  IFS='|' read -r label role cookie paths <<<"${ROWS[$n]}"
  RESULTS[$n]=$(run "$cookie" "$paths")
  echo "  $role $label: ${RESULTS[$n]#RESULT }"
done
PINGS+=("$(run "" /ping)")
PING_RPS=$(for p in "${PINGS[@]}"; do field "$p" rps; done | awk '{s += $1} END {printf "%.1f", s / NR}')
ANALYSIS=$(for i in 1 2 3 4 5 6 7 8 9 10; do curl -s -o /dev/null -b "${COOKIE[MANAGER]}" -w '%{time_total}\n' "$BASE/manage/consultations/1/analysis"; done \
  | sort -n | awk '{t[NR] = $1 * 1000} END {printf "median %.0f ms, slowest %.0f ms", (t[5] + t[6]) / 2, t[NR]}')
RSS=$(awk '/VmRSS/ {printf "%.0f", $2 / 1024}' "/proc/$APP/status")

OUT="$DIR/results-$(date +%Y%m%d-%H%M).md"
{
  echo "scale $SCALE ($(head -1 "$DIR/generated" | cut -c1-400)); $(date -u '+%Y-%m-%d %H:%M UTC'); wrk -t2 -c$CONNECTIONS -d${DURATION}s per row;"
  echo "load average at the end $(cut -d' ' -f1-3 /proc/loadavg); start (launch → first page) $START_MS ms; RSS after the run $RSS MiB;"
  echo "consultation analysis one request at a time (10 in a row): $ANALYSIS"
  echo
  echo "| page | role | req/s | p50 ms | p95 ms | p99 ms | errors (non-2xx + socket) | vs /ping |"
  echo "|---|---|---|---|---|---|---|---|"
  for p in "${PINGS[@]}"; do
    echo "| /ping | public | $(field "$p" rps) | $(field "$p" p50) | $(field "$p" p95) | $(field "$p" p99) | $(( $(field "$p" non2xx) + $(field "$p" errors) )) | $(awk -v a="$(field "$p" rps)" -v b="$PING_RPS" 'BEGIN {printf "%.2f", a / b}') |"
  done
  for n in "${!ROWS[@]}"; do
    IFS='|' read -r label role cookie paths <<<"${ROWS[$n]}"
    r=${RESULTS[$n]}
    echo "| $label | $role | $(field "$r" rps) | $(field "$r" p50) | $(field "$r" p95) | $(field "$r" p99) | $(( $(field "$r" non2xx) + $(field "$r" errors) )) | $(awk -v a="$(field "$r" rps)" -v b="$PING_RPS" 'BEGIN {printf "%.2f", a / b}') |"
  done
} | tee "$OUT"
echo "written to $OUT"
