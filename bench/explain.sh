#!/usr/bin/env bash
# Issue 3, point 14: "why is this household flagged?" (GET /api/households/{id}/explanation) under 50 concurrent
# clients (wrk), beside reading the same household's rows with hand-written SQL (pgbench) on the same data: the limit.
# Usage: bench/explain.sh [households] [seconds]
set -euo pipefail
cd "$(dirname "$0")/.."
HOUSEHOLDS=${1:-300000}
SECONDS_RUN=${2:-30}
command -v wrk >/dev/null || { echo "install wrk: apt-get install wrk"; exit 1; }
./mvnw -q -o -Dskip.web=true test-compile
./mvnw -q -o -Dskip.web=true dependency:build-classpath -Dmdep.outputFile=target/bench-cp.txt -Dmdep.includeScope=test >/dev/null
: > target/bench-explain.log  # emptied first: the server below opens it in the background, after grep may look
java -Xmx1g ${BENCH_JAVA_OPTS:-} -Dbench.households="$HOUSEHOLDS" -cp "target/test-classes:target/classes:$(cat target/bench-cp.txt)" \
  org.shouwang.bench.ExplanationServer > target/bench-explain.log 2>&1 &
SERVER=$!
trap 'kill $SERVER 2>/dev/null || true' EXIT
until grep -q READY target/bench-explain.log; do
  kill -0 $SERVER 2>/dev/null || { cat target/bench-explain.log; exit 1; }
  sleep 2
done
grep -E "READY|共|Recorded" target/bench-explain.log

PSQL="psql -h localhost -p 54340 -U postgres -d shouwang -Atq"
$PSQL -c "select id from household tablesample system (1) limit 500" > target/bench-explain-ids.txt

curl -s -c target/bench-ecookies -b target/bench-ecookies http://localhost:8096/api/auth/csrf > /dev/null
TOKEN=$(awk '/XSRF-TOKEN/ {print $7}' target/bench-ecookies)
curl -s -c target/bench-ecookies -b target/bench-ecookies -H "X-XSRF-TOKEN: $TOKEN" -H 'Content-Type: application/json' \
  -d '{"username":"bench","password":"bench-password"}' http://localhost:8096/api/auth/login > /dev/null
SESSION=$(awk '/JSESSIONID/ {print $7}' target/bench-ecookies)
{
  echo "local ids = {}"
  while read -r v; do echo "ids[#ids+1] = \"$v\""; done < target/bench-explain-ids.txt
  echo "wrk.headers[\"Cookie\"] = \"JSESSIONID=$SESSION\""
  echo "request = function() return wrk.format(\"GET\", \"/api/households/\" .. ids[math.random(#ids)] .. \"/explanation\") end"
} > target/bench-explain.lua
# warm-up (JIT, caches; the throughput still climbs over the first minute), then the measured run
wrk -t2 -c50 -d30s -s target/bench-explain.lua http://localhost:8096 > /dev/null  # the JIT settles after some 30,000 requests
echo "== HTTP explanation (wrk, 50 connections, 2 threads, ${SECONDS_RUN}s)"
wrk -t2 -c50 -d"${SECONDS_RUN}s" --latency -s target/bench-explain.lua http://localhost:8096 | grep -E "50%|75%|90%|99%|Requests/sec|Non-2xx|Socket"

echo "== the household's rows by hand-written SQL (pgbench, 50 clients, 2 threads, ${SECONDS_RUN}s): the limit"
$PSQL -c "drop table if exists bench_ids; create table bench_ids (i int, id bigint)"
awk '{printf "%d\t%s\n", NR, $0}' target/bench-explain-ids.txt | $PSQL -c "copy bench_ids from stdin"
cat > target/bench-explain.sql <<SQL
\set n random(1, $(wc -l < target/bench-explain-ids.txt))
select h.region_code, h.household_type, h.monitoring_status,
       (select json_agg(m) from member m where m.household_id = h.id and m.removed_at is null),
       (select json_agg(i) from income_statement i where i.household_id = h.id),
       (select json_agg(f) from risk_fact f where f.household_id = h.id)
  from household h where h.id = (select id from bench_ids where i = :n);
SQL
rm -f target/pgb-explain.*
(cd target && /usr/lib/postgresql/15/bin/pgbench -h localhost -p 54340 -U postgres -n -c 50 -j 2 -T "$SECONDS_RUN" -l \
  --log-prefix=pgb-explain -f bench-explain.sql shouwang 2>/dev/null | grep -E "tps")
cat target/pgb-explain.* | awk '{print $3}' | sort -n | awk '{a[NR]=$1} END {printf "  p50 %.2f ms  p95 %.2f ms  p99 %.2f ms  (%d transactions)\n", a[int(NR*0.5)]/1000, a[int(NR*0.95)]/1000, a[int(NR*0.99)]/1000, NR}'
