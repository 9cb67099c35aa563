#!/usr/bin/env bash
# Issue 14, journey efficiency: PostgreSQL statements per 8-call complaint journey (log, valid, plan line, issue, agrees,
# line done, close, get), counted by pg_stat_statements while journey.py runs N journeys through a running app.
#
#   bash tools/journey-round-trips/measure.sh <database> [N] [app URL]
#
# Needs: the app running on PostgreSQL (Development, demo users) at the URL (default http://127.0.0.1:5480), and a server
# started with shared_preload_libraries=pg_stat_statements and the extension created in `postgres`. PSQL is the command
# that reaches that server as a superuser (default: the `postgres` OS user on the socket of the cluster scripts/pg.sh
# made, port CASEWORK_PG_PORT or 57432). Login happens before the counts are reset, so only the journeys are counted.
set -euo pipefail
db=$1; n=${2:-20}; url=${3:-http://127.0.0.1:5480}
here=$(cd "$(dirname "$0")" && pwd)
if [[ -z ${PSQL:-} ]]; then
  dir=$(ls -d /tmp/casework-pg.* | head -n 1)
  PSQL="runuser -u postgres -- psql -X -q -h $dir -p ${CASEWORK_PG_PORT:-57432} -U postgres -d postgres"
fi
export AFTER_LOGIN="$PSQL -c 'select pg_stat_statements_reset()' >/dev/null"
python3 "$here/journey.py" "$url" "$n"
$PSQL -c "select sum(calls) as statements, round(sum(calls)::numeric / $n, 1) as per_journey,
    round(coalesce(sum(calls) filter (where query like 'DISCARD%'), 0)::numeric / $n, 1) as discard_all
  from pg_stat_statements s join pg_database d on d.oid = s.dbid where d.datname = '$db'"
$PSQL -c "select calls, round(calls::numeric / $n, 1) as per_journey, left(regexp_replace(query, '\s+', ' ', 'g'), 110) as statement
  from pg_stat_statements s join pg_database d on d.oid = s.dbid where d.datname = '$db' order by calls desc"
