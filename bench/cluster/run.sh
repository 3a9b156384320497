#!/usr/bin/env bash
# Two app nodes on one throwaway PostgreSQL behind HAProxy, a load of signed-in people through the
# balancer, one node killed with kill -9 mid-load and started again. Reports acknowledged writes present
# exactly once, people still signed in, mail sent once, errors during the kill and throughput with two
# nodes against one. Run as root from anywhere (installs postgresql and haproxy from Debian if missing):
#
#   bench/cluster/run.sh                    about 4 minutes
#   BENCH_SECONDS=20 BENCH_WORKERS=8 bench/cluster/run.sh
#   EXCHANGE_SEARCH="--spring.jpa.properties.hibernate.search.backend.type=elasticsearch ..." bench/cluster/run.sh
#
# EXCHANGE_SEARCH holds extra arguments passed on to both nodes (search on OpenSearch; without them each node
# keeps its own Lucene index, so a search on one node does not find what was written through the other).
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/../.."

SECONDS_PER_PHASE=${BENCH_SECONDS:-30}
WORKERS=${BENCH_WORKERS:-8}
LB_PORT=${BENCH_LB_PORT:-18090}
NODE_PORTS=(8081 8082)
PG_PORT=${BENCH_PG_PORT:-55480}
SMTP_PORT=${BENCH_SMTP_PORT:-18025}
JAR=target/practice-exchange.jar
WORK=$(mktemp -d /tmp/exchange-cluster.XXXXXX)
chmod 755 "$WORK"
PIDS=()
NODE_PID=()

say() { printf '\n==> %s\n' "$*"; }
port_in_use() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }

cleanup() {
	for pid in "${NODE_PID[@]}" "${PIDS[@]}"; do
		kill -9 "$pid" 2>/dev/null || true
	done
	if [[ -n ${PG_BIN:-} && -f $WORK/pg/data/postmaster.pid ]]; then
		(cd "$WORK" && runuser -u postgres -- "$PG_BIN/pg_ctl" -D "$WORK/pg/data" -m immediate -w stop >/dev/null 2>&1) || true
	fi
	[[ -n ${BENCH_KEEP:-} ]] && echo "Kept $WORK" || rm -rf "$WORK"
}
trap cleanup EXIT

[[ $(id -u) -eq 0 ]] || { echo "Run as root: PostgreSQL is started as the postgres user" >&2; exit 1; }
missing=()
dpkg -s postgresql >/dev/null 2>&1 || missing+=(postgresql)
command -v haproxy >/dev/null 2>&1 || missing+=(haproxy)
command -v python3 >/dev/null 2>&1 || missing+=(python3)
if ((${#missing[@]})); then
	say "Installing ${missing[*]} from Debian"
	DEBIAN_FRONTEND=noninteractive apt-get update -qq </dev/null
	DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" </dev/null >/dev/null
fi
for port in "$LB_PORT" "${NODE_PORTS[@]}" "$PG_PORT" "$SMTP_PORT"; do
	! port_in_use "$port" || { echo "Port $port is in use: set BENCH_*_PORT" >&2; exit 1; }
done

# Built when missing or older than the sources (a fresh clone, or a stale jar from an earlier checkout).
if [[ ! -f $JAR || -n $(find src pom.xml -newer "$JAR" -type f -print -quit) ]]; then
	say "Building $JAR"
	./mvnw -q -B -ntp package -DskipTests
fi

# ---------------------------------------------------------------- PostgreSQL, as bin/test starts it
PG_BIN=$(find /usr/lib/postgresql -mindepth 2 -maxdepth 2 -name bin -type d | sort -V | tail -n 1)
mkdir -p "$WORK/pg" && chown postgres "$WORK/pg"
as_postgres() { (cd "$WORK/pg" && runuser -u postgres -- "$@"); }
DB_PASSWORD=$(od -An -N16 -tx1 /dev/urandom | tr -d ' \n')
od -An -N16 -tx1 /dev/urandom | tr -d ' \n' >"$WORK/pg/superuser-password"
chown postgres "$WORK/pg/superuser-password" && chmod 600 "$WORK/pg/superuser-password"
say "Starting a throwaway PostgreSQL on 127.0.0.1:$PG_PORT"
as_postgres "$PG_BIN/initdb" -D "$WORK/pg/data" -U postgres --auth-local=peer --auth-host=scram-sha-256 \
	-E UTF8 --locale=C.UTF-8 --pwfile="$WORK/pg/superuser-password" >"$WORK/pg/initdb.log" 2>&1 \
	|| { cat "$WORK/pg/initdb.log" >&2; exit 1; }
# Durable on purpose (fsync on): the run checks that acknowledged writes survive.
as_postgres "$PG_BIN/pg_ctl" -D "$WORK/pg/data" -l "$WORK/pg/postgres.log" -w \
	-o "-p $PG_PORT -c listen_addresses=127.0.0.1 -k $WORK/pg -c max_connections=100" start >/dev/null \
	|| { cat "$WORK/pg/postgres.log" >&2; exit 1; }
sql() { as_postgres "$PG_BIN/psql" -X -q -A -t -v ON_ERROR_STOP=1 -h "$WORK/pg" -p "$PG_PORT" -U postgres -d "${DB:-postgres}" "$@"; }
sql -c "create role exchange login password '$DB_PASSWORD'" -c "create database exchange owner exchange encoding 'UTF8'"

# ---------------------------------------------------------------- SMTP sink, nodes, balancer
python3 bench/cluster/smtp_sink.py "$SMTP_PORT" "$WORK/mail.log" &
PIDS+=($!)
touch "$WORK/mail.log"

start_node() { # index
	local i=$1 port=${NODE_PORTS[$1]}
	mkdir -p "$WORK/node$i"
	# shellcheck disable=SC2086
	SPRING_DATASOURCE_URL="jdbc:postgresql://127.0.0.1:$PG_PORT/exchange" SPRING_DATASOURCE_USERNAME=exchange \
		SPRING_DATASOURCE_PASSWORD="$DB_PASSWORD" \
		java -Xmx512m -jar "$JAR" --server.port="$port" --exchange.cluster=true --exchange.files.store=database \
		--exchange.demo=true --exchange.data-dir="$WORK/node$i" --spring.mail.host=127.0.0.1 --spring.mail.port="$SMTP_PORT" --exchange.demo-mail-viewer=false \
		--exchange.consultation.responses-per-address-per-hour=1000000 --exchange.mail.retry-interval=5s \
		--logging.level.root=WARN --logging.level.org.practiceexchange.PracticeExchangeApplication=INFO ${EXCHANGE_SEARCH:-} >>"$WORK/node$i.log" 2>&1 &
	NODE_PID[$i]=$!
}
await_node() { # index
	local i=$1 until=$((SECONDS + ${BENCH_START_TIMEOUT:-600}))
	until curl -fs "http://127.0.0.1:${NODE_PORTS[$i]}/actuator/health" | grep -q '"UP"'; do
		kill -0 "${NODE_PID[$i]}" 2>/dev/null || { tail -50 "$WORK/node$i.log" >&2; exit 1; }
		((SECONDS < until)) || { echo "node $i did not start in ${BENCH_START_TIMEOUT:-600} s" >&2; tail -50 "$WORK/node$i.log" >&2; exit 1; }
		sleep 0.5
	done
}

say "Starting two nodes at once on the empty database (demo data on both)"
t0=$SECONDS
start_node 0
start_node 1
await_node 0
await_node 1
echo "both nodes up after $((SECONDS - t0)) s"

cat >"$WORK/haproxy.cfg" <<CFG
global
    maxconn 2000
defaults
    mode http
    timeout connect 2s
    timeout client 60s
    timeout server 60s
    retries 3
    option redispatch
    retry-on conn-failure empty-response response-timeout
frontend exchange
    bind 127.0.0.1:$LB_PORT
    default_backend nodes
backend nodes
    balance roundrobin
    option httpchk GET /actuator/health
    http-check expect status 200
    default-server inter 1s fall 2 rise 2
    server node1 127.0.0.1:${NODE_PORTS[0]} check
    server node2 127.0.0.1:${NODE_PORTS[1]} check
CFG
haproxy -c -q -f "$WORK/haproxy.cfg"
haproxy -f "$WORK/haproxy.cfg" -db >"$WORK/haproxy.log" 2>&1 &
PIDS+=($!)
BASE="http://127.0.0.1:$LB_PORT"
until curl -fs "$BASE/actuator/health" >/dev/null; do sleep 0.2; done

DB=exchange
CONSULTATION=$(DB=exchange sql -c "select id from consultation where status = 'OPEN' order by id limit 1" 2>/dev/null || true)
[[ -n $CONSULTATION ]] || CONSULTATION=$(DB=exchange sql -c "select min(id) from consultation")
INQUIRY=$(DB=exchange sql -c "select i.id from inquiry i join person p on p.id = i.practitioner_id where p.email = 'practitioner@demo.test' order by (select count(*) from inquiry_log l where l.inquiry_id = i.id) desc, i.id limit 1")
echo "consultation $CONSULTATION, inquiry $INQUIRY (practitioner@demo.test's)"

load() { # name seconds
	python3 bench/cluster/load.py "$BASE" "$2" "$WORKERS" "$WORK/$1.json" "$CONSULTATION" "$INQUIRY"
}
figure() { # file expression
	python3 -c "import json,sys; d=json.load(open('$1')); print($2)"
}

say "Warm-up (10 s), then two nodes for $SECONDS_PER_PHASE s"
load warmup 10
load two "$SECONDS_PER_PHASE"

KILL_SECONDS=$((SECONDS_PER_PHASE * 3))
say "Two nodes for $KILL_SECONDS s; node 1 killed with kill -9 at 10 s and started again at once"
load kill "$KILL_SECONDS" &
LOAD=$!
sleep 10
kill -9 "${NODE_PID[0]}"
killed_at=$SECONDS
echo "node 1 killed"
start_node 0
await_node 0
echo "node 1 up again after $((SECONDS - killed_at)) s"
wait "$LOAD"

say "One node for $SECONDS_PER_PHASE s (node 2 stopped)"
kill -TERM "${NODE_PID[1]}"
wait "${NODE_PID[1]}" 2>/dev/null || true
sleep 3 # the balancer's health check marks it down
load one "$SECONDS_PER_PHASE"

# A message the killed node had claimed but not sent stays claimed for five minutes (OutboxDelivery.CLAIM),
# then another node sends it: wait for that too, or the run would count it lost.
say "Waiting for the outbox to empty (at most ${BENCH_MAIL_WAIT:-360} s)"
for _ in $(seq "${BENCH_MAIL_WAIT:-360}"); do
	[[ $(sql -c "select count(*) from mail_outbox where sent_at is null") == 0 ]] && break
	sleep 1
done

say "Checking"
python3 - "$WORK" <<'PY' >"$WORK/acked.tsv"
import json, sys
for phase in ("warmup", "two", "kill", "one"):
    d = json.load(open(f"{sys.argv[1]}/{phase}.json"))
    for marker in d["log_entries"]:
        print(f"log\t{marker}")
    for token in d["responses"]:
        print(f"response\t{token}")
PY
chmod 644 "$WORK/acked.tsv"
sql -c "create temporary table acked (kind varchar(20), key varchar(80))" -c "\\copy acked from '$WORK/acked.tsv'" \
	-c "select 'acknowledged log entries: ' || count(*) from acked where kind = 'log'" \
	-c "select 'acknowledged log entries missing: ' || count(*) from acked a where kind = 'log' and not exists (select 1 from inquiry_log l where l.done = a.key)" \
	-c "select 'acknowledged log entries present more than once: ' || count(*) from (select l.done from inquiry_log l join acked a on a.key = l.done group by l.done having count(*) > 1) t" \
	-c "select 'acknowledged responses: ' || count(*) from acked where kind = 'response'" \
	-c "select 'acknowledged responses missing or not submitted: ' || count(*) from acked a where kind = 'response' and not exists (select 1 from consultation_response r where r.token = a.key and r.status = 'SUBMITTED')" \
	-c "select 'acknowledged responses present more than once: ' || count(*) from (select r.token from consultation_response r join acked a on a.key = r.token group by r.token having count(*) > 1) t" \
	-c "select 'demo accounts (expect 8, once each): ' || count(*) || ' rows, ' || count(distinct lower(email)) || ' distinct' from person where email like '%@demo.test'" \
	-c "select 'outbox: ' || count(*) || ' messages, ' || count(sent_at) || ' sent, ' || count(*) filter (where attempts > 1) || ' tried more than once' from mail_outbox" \
	-c "select 'files in the database store: ' || count(*) from stored_file" \
	>"$WORK/checks.txt"
DB=exchange
cat "$WORK/checks.txt"
# Mail: what the outbox holds (recipient and subject of each message) against what reached the sink.
sql -c "\\copy (select recipient, regexp_replace(subject, '\\s+', ' ', 'g'), sent_at is not null from mail_outbox) to '$WORK/pg/outbox.tsv'"
python3 - "$WORK/pg/outbox.tsv" "$WORK/mail.log" <<'PY'
import collections, email.utils, sys
queued, sent = collections.Counter(), collections.Counter()
for line in open(sys.argv[1], encoding="utf-8"):
    to, subject, done = line.rstrip("\n").split("\t")
    to = email.utils.parseaddr(to)[1]
    queued[(to.lower(), subject.strip())] += 1
    if done == "t":
        sent[(to.lower(), subject.strip())] += 1
received = collections.Counter()
for line in open(sys.argv[2], encoding="utf-8"):
    to, _, subject = line.rstrip("\n").partition("\t")
    received[(to.lower(), subject.strip())] += 1
twice = sum(max(0, n - queued[key]) for key, n in received.items())
lost = sum(max(0, n - received[key]) for key, n in queued.items())
unsent = sum(queued.values()) - sum(sent.values())
print(f"mail: {sum(queued.values())} messages in the outbox, {sum(sent.values())} marked sent, {unsent} not sent; "
      f"{sum(received.values())} received by the SMTP sink; received more often than queued (sent twice): {twice}; "
      f"queued but never received (lost): {lost}")
PY
for phase in two kill one; do
	figure "$WORK/$phase.json" "'$phase: %d requests in %.0f s = %.1f req/s; errors %d, refused %d, sent to sign-in %d; log entries %d, responses %d; still signed in at the end %d of %d' % (d['requests'], d['seconds'], d['throughput'], d['errors'], d['refused'], d['signed_out'], len(d['log_entries']), len(d['responses']), sum(1 for p in d['signed_in_at_end'] if p['still_signed_in']), len(d['signed_in_at_end']))"
done
echo "errors by second of the kill phase (node 1 killed at 10 s): $(figure "$WORK/kill.json" "d['by_second']")"
echo "samples: $(figure "$WORK/kill.json" "d['error_samples'][:8]")"
echo "ratio two nodes / one node: $(figure "$WORK/two.json" "round(d['throughput'] / json.load(open('$WORK/one.json'))['throughput'], 2)")"
echo "java: $(java -version 2>&1 | head -1); $(nproc) cores; -Xmx512m per node; $WORKERS workers"
