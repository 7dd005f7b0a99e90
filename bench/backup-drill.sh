#!/usr/bin/env bash
# Backup and restore drill (docs/operations.md), not part of the test suite:
#   bash bench/backup-drill.sh
# Starts a throwaway PostgreSQL 15 cluster (Debian's, installed if missing; the same major
# version as Debian's pg_dump), fills a database with Relais' demo data by the README's run
# command pointed at it, backs it up with pg_dump, restores the backup into a new database with
# pg_restore and compares the row count of every table. Exit status 1 on any difference.
set -euo pipefail
cd "$(dirname "$0")/.."
PG=/usr/lib/postgresql/15/bin
if [ ! -x "$PG/initdb" ]; then
  echo "Installing Debian's PostgreSQL 15 server…"
  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql-15 >/dev/null
fi
dir="$(pwd)/target/backup-drill"
rm -rf "$dir" && mkdir -p "$dir" && chown postgres "$dir"
as_postgres() { runuser -u postgres -- "$@"; }
port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("",0)); print(s.getsockname()[1])')
web=$(python3 -c 'import socket; s=socket.socket(); s.bind(("",0)); print(s.getsockname()[1])')
as_postgres "$PG/initdb" -D "$dir/data" -A trust -U postgres >/dev/null
as_postgres "$PG/pg_ctl" -D "$dir/data" -o "-p $port -k $dir" -l "$dir/postgres.log" -w start >/dev/null
app=""
cleanup() {
  [ -n "$app" ] && kill -- -"$app" 2>/dev/null || true
  as_postgres "$PG/pg_ctl" -D "$dir/data" -m fast -w stop >/dev/null 2>&1 || true
}
trap cleanup EXIT
psql_() { "$PG/psql" -h localhost -p "$port" -U postgres -v ON_ERROR_STOP=1 -qAt "$@"; }
psql_ -c "CREATE DATABASE relais_demo" -d postgres

echo "Filling relais_demo with the demo data (mvn -Prun against it)…"
set -m
RELAIS_DB_URL="jdbc:postgresql://localhost:$port/relais_demo" RELAIS_DB_USER=postgres RELAIS_DB_PASSWORD=unused \
  RELAIS_PORT="$web" mvn -q -B -Prun >"$dir/relais.log" 2>&1 &
app=$!
set +m
for _ in $(seq 1 180); do
  if curl -sf "http://localhost:$web/health/ready" >/dev/null 2>&1 \
     && [ "$(psql_ -d relais_demo -c "SELECT count(*) FROM information_schema.tables WHERE table_name = 'survey_response'")" = 1 ] \
     && [ "$(psql_ -d relais_demo -c 'SELECT count(*) FROM survey_response')" -gt 0 ]; then
    break
  fi
  sleep 2
done
sleep 5
kill -- -"$app" 2>/dev/null || true
wait "$app" 2>/dev/null || true
app=""

start=$(date +%s.%N)
"$PG/pg_dump" -h localhost -p "$port" -U postgres -Fc -f "$dir/relais.dump" relais_demo
dumped=$(date +%s.%N)
psql_ -c "CREATE DATABASE relais_restored" -d postgres
"$PG/pg_restore" -h localhost -p "$port" -U postgres --no-owner --exit-on-error -d relais_restored "$dir/relais.dump"
restored=$(date +%s.%N)

counts() {
  psql_ -d "$1" -c "SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' AND table_type = 'BASE TABLE' ORDER BY 1" |
    while read -r table; do echo "$table $(psql_ -d "$1" -c "SELECT count(*) FROM \"$table\"")"; done
}
counts relais_demo >"$dir/before.txt"
counts relais_restored >"$dir/after.txt"
printf '%-28s %10s %10s\n' table backed-up restored
join "$dir/before.txt" "$dir/after.txt" | awk '{ printf "%-28s %10s %10s%s\n", $1, $2, $3, ($2 == $3 ? "" : "  <-- DIFFERENT") }'
tables=$(wc -l <"$dir/before.txt")
rows=$(awk '{ s += $2 } END { print s }' "$dir/before.txt")
printf 'PostgreSQL %s, %s tables, %s rows, dump %s KB; pg_dump %.1f s, pg_restore %.1f s\n' \
  "$(psql_ -d postgres -c 'SHOW server_version')" "$tables" "$rows" "$(( $(stat -c %s "$dir/relais.dump") / 1024 ))" \
  "$(echo "$dumped - $start" | bc)" "$(echo "$restored - $dumped" | bc)"
if diff -q "$dir/before.txt" "$dir/after.txt" >/dev/null; then
  echo "RESULT: every table restored with the same number of rows"
else
  echo "RESULT: FAILED, row counts differ"; exit 1
fi
