-- EXPLAIN (ANALYZE, BUFFERS) of the W5 request kinds with the worst p99 (issue 14), as the app issues them (shapes from
-- the EF Core SQL log), on the PERF-01 data; read-only. Run:
--   psql "$CONN" -f tools/Casework.LoadBench/explain.sql > docs/benchmarks-w5-explain.txt
\pset pager off
\timing on
\echo '== my inbox, sort=age: ORDER BY Id over the caseworker''s open SRs (no index in that order)'
EXPLAIN (ANALYZE, BUFFERS) SELECT s."Reference", s."Process", s."Area", s."SubArea", s."EmployerErn", s."AgentEarn", s."Status", s."SubStatus", s."OwnerKind", s."OwnerStaffNumber", s."OwnerName", s."OwnerTeamCode", s."AssignmentLocked", s."CreatedAt", s."TargetDate", s."Workflow"
  FROM "ServiceRequests" s WHERE s."Status" <> 'Closed' AND s."OwnerStaffNumber" = '100001' ORDER BY s."Id" LIMIT 50 OFFSET 50;
\echo '== my inbox, sort=status: ORDER BY Status, TargetDate, Id (no owner index in that order)'
EXPLAIN (ANALYZE, BUFFERS) SELECT s."Reference", s."Process", s."Area", s."SubArea", s."EmployerErn", s."AgentEarn", s."Status", s."SubStatus", s."OwnerKind", s."OwnerStaffNumber", s."OwnerName", s."OwnerTeamCode", s."AssignmentLocked", s."CreatedAt", s."TargetDate", s."Workflow"
  FROM "ServiceRequests" s WHERE s."Status" <> 'Closed' AND s."OwnerStaffNumber" = '100001' ORDER BY s."Status", s."TargetDate", s."Id" LIMIT 50 OFFSET 50;
\echo '== team inbox: the exact total on every page'
EXPLAIN (ANALYZE, BUFFERS) SELECT count(*)::int FROM "ServiceRequests" s WHERE s."Status" <> 'Closed' AND s."OwnerTeamCode" = 'EMPLOYER-PAYMENTS';
\echo '== team inbox, sort=age: ORDER BY Id'
EXPLAIN (ANALYZE, BUFFERS) SELECT s."Reference", s."Process", s."Area", s."SubArea", s."EmployerErn", s."AgentEarn", s."Status", s."SubStatus", s."OwnerKind", s."OwnerStaffNumber", s."OwnerName", s."OwnerTeamCode", s."AssignmentLocked", s."CreatedAt", s."TargetDate", s."Workflow"
  FROM "ServiceRequests" s WHERE s."Status" <> 'Closed' AND s."OwnerTeamCode" = 'EMPLOYER-PAYMENTS' ORDER BY s."Id" LIMIT 50 OFFSET 50;
\echo '== client search by name (a first name and two letters, as the driver types): count and page'
EXPLAIN (ANALYZE, BUFFERS) SELECT count(*)::int FROM "Clients" c WHERE lower(c."Name") LIKE '%owen kh%';
EXPLAIN (ANALYZE, BUFFERS) SELECT c."Scin", c."Name", c."Role" FROM "Clients" c WHERE lower(c."Name") LIKE '%owen kh%' ORDER BY c."Name", c."Scin" LIMIT 20;
\echo '== client search by a whole SCIN: a trigram LIKE, not the unique index'
EXPLAIN (ANALYZE, BUFFERS) SELECT count(*)::int FROM "Clients" c WHERE c."Scin" LIKE '%600123466%';
EXPLAIN (ANALYZE, BUFFERS) SELECT count(*)::int FROM "Clients" c WHERE c."Scin" = '600123466';
\echo '== employer search by name (two words): count and page'
EXPLAIN (ANALYZE, BUFFERS) SELECT count(*)::int FROM "Employers" e WHERE lower(e."Name") LIKE '%kestrel dairies%';
EXPLAIN (ANALYZE, BUFFERS) SELECT e."Ern", e."Name", e."Region", e."PayrollAddress" FROM "Employers" e WHERE lower(e."Name") LIKE '%kestrel dairies%' ORDER BY e."Name" || '', e."Ern" LIMIT 20;
\echo '== the SR counter taken by every new SR (complaint log): which backends wait on it now'
SELECT wait_event_type, wait_event, left(query, 60) AS query, count(*) FROM pg_stat_activity
  WHERE datname = current_database() AND state = 'active' AND pid <> pg_backend_pid() GROUP BY 1, 2, 3;
