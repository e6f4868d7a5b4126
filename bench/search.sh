#!/usr/bin/env bash
# Issue 2, point 17: household search latency under 50 concurrent clients (wrk, from Debian), beside the same
# queries as hand-written SQL through pgbench on the same data. Usage: bench/search.sh [households] [seconds]
# (BENCH_JAVA_OPTS: extra options for the server, e.g. -Dshouwang.web.concurrent-requests=4)
set -euo pipefail
cd "$(dirname "$0")/.."
HOUSEHOLDS=${1:-300000}
SECONDS_RUN=${2:-30}
command -v wrk >/dev/null || { echo "install wrk: apt-get install wrk"; exit 1; }
./mvnw -q -o -Dskip.web=true test-compile
./mvnw -q -o -Dskip.web=true dependency:build-classpath -Dmdep.outputFile=target/bench-cp.txt -Dmdep.includeScope=test >/dev/null
: > target/bench-search.log  # emptied first: the server below opens it in the background, after grep may look
java -Xmx1g ${BENCH_JAVA_OPTS:-} -Dbench.households="$HOUSEHOLDS" -cp "target/test-classes:target/classes:$(cat target/bench-cp.txt)" \
  org.shouwang.bench.SearchServer > target/bench-search.log 2>&1 &
SERVER=$!
trap 'kill $SERVER 2>/dev/null || true' EXIT
until grep -q READY target/bench-search.log; do
  kill -0 $SERVER 2>/dev/null || { cat target/bench-search.log; exit 1; }
  sleep 2
done
grep -E "READY|共" target/bench-search.log

PSQL="psql -h localhost -p 54339 -U postgres -d shouwang -Atq"
# A sample of real names, ID numbers and villages to search for.
$PSQL -c "select substr(name,1,2) from member tablesample system (1) limit 200" > target/bench-names.txt
$PSQL -c "select id_number from member tablesample system (1) limit 200" > target/bench-ids.txt
$PSQL -c "select code from region where level >= 4 order by random() limit 200" > target/bench-regions.txt

curl -s -c target/bench-cookies -b target/bench-cookies http://localhost:8095/api/auth/csrf > /dev/null
TOKEN=$(awk '/XSRF-TOKEN/ {print $7}' target/bench-cookies)
curl -s -c target/bench-cookies -b target/bench-cookies -H "X-XSRF-TOKEN: $TOKEN" -H 'Content-Type: application/json' \
  -d '{"username":"bench","password":"bench-password"}' http://localhost:8095/api/auth/login > /dev/null
SESSION=$(awk '/JSESSIONID/ {print $7}' target/bench-cookies)

run() { # kind, file, url prefix
  local kind=$1 file=$2 prefix=$3
  {
    echo "local values = {}"
    while read -r v; do echo "values[#values+1] = \"$(python3 -c 'import sys,urllib.parse;print(urllib.parse.quote(sys.argv[1]))' "$v")\""; done < "$file"
    echo "wrk.headers[\"Cookie\"] = \"JSESSIONID=$SESSION\""
    echo "request = function() return wrk.format(\"GET\", \"$prefix\" .. values[math.random(#values)]) end"
  } > "target/bench-$kind.lua"
  wrk -t2 -c50 -d15s -s "target/bench-$kind.lua" http://localhost:8095 > /dev/null  # warm-up: JIT and caches
  echo "== HTTP search by $kind (wrk, 50 connections, 2 threads, ${SECONDS_RUN}s)"
  wrk -t2 -c50 -d"${SECONDS_RUN}s" --latency -s "target/bench-$kind.lua" http://localhost:8095 | grep -E "50%|90%|99%|Requests/sec|Non-2xx|Socket"
}
run name target/bench-names.txt "/api/households?size=20&name="
run id target/bench-ids.txt "/api/households?size=20&idNumber="
run region target/bench-regions.txt "/api/households?size=20&region="

echo "== the same statements as plain SQL (pgbench, 50 clients, 2 threads, ${SECONDS_RUN}s): the limit"
PGB=/usr/lib/postgresql/15/bin/pgbench
# The application's statement (HouseholdSearch with HouseholdMatches), prepared once per connection and run with its
# generic plan, as the application runs these three kinds (a two-character name, an ID number, a township or village).
# pgbench has no string variables: each transaction first reads one of the sampled values by its number (a primary-key
# read) into variables, which the statement then takes as parameters. The application sends a SET and runs a
# transaction around its statement; pgbench does neither.
$PSQL -c "drop table if exists bench_value" -c "create table bench_value (kind text, i int, v text, primary key (kind, i))"
for q in name id region; do
  case $q in name) file=target/bench-names.txt;; id) file=target/bench-ids.txt;; region) file=target/bench-regions.txt;; esac
  awk -v k=$q '{print k "\t" NR "\t" $0}' "$file" | $PSQL -c "\copy bench_value from stdin"
done
PAGE="select h.id, h.household_no, h.head_name, h.head_id_number, h.region_code, v.name, t.name, h.member_count,
       h.household_type, h.monitoring_category, h.per_capita_income,
       (select count(*) from (select from matches limit 10001) capped) as matches
from (select id from matches order by household_no limit 20 offset 0) p
join household h on h.id = p.id join region v on v.code = h.region_code left join region t on t.code = v.parent_code
order by h.household_no;"
SCOPE="between '341599000000' and '341599999999'"
cat > target/pgb-name.sql <<SQL
\\set i random(1, $(wc -l < target/bench-names.txt))
select v as val from bench_value where kind = 'name' and i = :i \\gset
with matches as materialized (select m.household_id as id, m.search_household_no as household_no from member m
  where m.name ~>=~ :val and m.name ~<~ (:val || chr(1114111)) and m.removed_at is null and m.search_region_code $SCOPE
  group by m.household_id, m.search_household_no)
$PAGE
SQL
cat > target/pgb-id.sql <<SQL
\\set i random(1, $(wc -l < target/bench-ids.txt))
select v as val from bench_value where kind = 'id' and i = :i \\gset
with matches as not materialized (select h.id, h.household_no from household h where h.region_code $SCOPE
  and h.id in (select household_id from member where id_number = :val and removed_at is null))
$PAGE
SQL
cat > target/pgb-region.sql <<SQL
\\set i random(1, $(wc -l < target/bench-regions.txt))
select v as lo, case when v like '%000' then substr(v, 1, 9) || '999' else v end as hi from bench_value
 where kind = 'region' and i = :i \\gset
with matches as not materialized (select h.id, h.household_no from household h where h.region_code between :lo and :hi)
$PAGE
SQL
for q in name id region; do
  echo "-- SQL by $q"
  rm -f target/pgb-"$q"-log.*
  (cd target && PGOPTIONS="-c plan_cache_mode=force_generic_plan" $PGB -h localhost -p 54339 -U postgres -n -M prepared \
    -c 50 -j 2 -T "$SECONDS_RUN" -l --log-prefix="pgb-$q-log" -f "pgb-$q.sql" shouwang 2>/dev/null | grep -E "^tps")
  # per-transaction latencies (microseconds, 3rd column of pgbench's log) -> percentiles in ms
  cat target/pgb-"$q"-log.* | awk '{print $3}' | sort -n | awk '{a[NR]=$1} END {printf "  p50 %.2f ms  p95 %.2f ms  p99 %.2f ms  (%d transactions)\n", a[int(NR*0.5)]/1000, a[int(NR*0.95)]/1000, a[int(NR*0.99)]/1000, NR}'
done
