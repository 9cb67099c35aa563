-- EXPLAIN (ANALYZE, BUFFERS) of each W2 list and search as the app issues it (shapes taken from the EF Core SQL),
-- on the PERF-01 data. Run: psql "$CONN" -f tools/Casework.ScaleBench/explain.sql > explain.txt
\pset pager off
\echo '== inbox: count of my open SRs (caseworker 100001)'
EXPLAIN (ANALYZE, BUFFERS) SELECT count(*) FROM "ServiceRequests" s WHERE s."Status" <> 'Closed' AND s."OwnerStaffNumber" = '100001';
\echo '== inbox: first page, target date order'
EXPLAIN (ANALYZE, BUFFERS) SELECT s."Reference", s."Process", s."Area", s."SubArea", s."EmployerErn", s."AgentEarn", s."Status", s."SubStatus", s."OwnerKind", s."OwnerStaffNumber", s."OwnerName", s."OwnerTeamCode", s."AssignmentLocked", s."CreatedAt", s."TargetDate", s."Workflow"
  FROM "ServiceRequests" s WHERE s."Status" <> 'Closed' AND s."OwnerStaffNumber" = '100001' ORDER BY s."TargetDate", s."Id" LIMIT 50;
\echo '== inbox: by age, overdue'
EXPLAIN (ANALYZE, BUFFERS) SELECT s."Reference" FROM "ServiceRequests" s WHERE s."Status" <> 'Closed' AND s."OwnerStaffNumber" = '100001' AND s."TargetDate" < DATE '2026-12-05' ORDER BY s."Id" LIMIT 50;
\echo '== team inbox: count'
EXPLAIN (ANALYZE, BUFFERS) SELECT count(*) FROM "ServiceRequests" s WHERE s."Status" <> 'Closed' AND s."OwnerTeamCode" = 'EMPLOYER-PAYMENTS';
\echo '== team inbox: page 100, target date order'
EXPLAIN (ANALYZE, BUFFERS) SELECT s."Reference" FROM "ServiceRequests" s WHERE s."Status" <> 'Closed' AND s."OwnerTeamCode" = 'EMPLOYER-PAYMENTS' ORDER BY s."TargetDate", s."Id" LIMIT 50 OFFSET 4950;
\echo '== team inbox: by age'
EXPLAIN (ANALYZE, BUFFERS) SELECT s."Reference" FROM "ServiceRequests" s WHERE s."Status" <> 'Closed' AND s."OwnerTeamCode" = 'EMPLOYER-PAYMENTS' ORDER BY s."Id" LIMIT 50;
\echo '== team inbox: status Wait, by status'
EXPLAIN (ANALYZE, BUFFERS) SELECT s."Reference" FROM "ServiceRequests" s WHERE s."Status" <> 'Closed' AND s."OwnerTeamCode" = 'EMPLOYER-PAYMENTS' AND s."Status" = 'Wait' ORDER BY s."Status", s."TargetDate", s."Id" LIMIT 50;
\echo '== employer by ERN'
EXPLAIN (ANALYZE, BUFFERS) SELECT e."Ern", e."Name", e."Region", e."PayrollAddress" FROM "Employers" e WHERE e."Ern" = '20500001' ORDER BY e."Name", e."Ern" LIMIT 20;
\echo '== employer by name: count and page'
EXPLAIN (ANALYZE, BUFFERS) SELECT count(*) FROM "Employers" e WHERE lower(e."Name") LIKE '%kestrel dairies%';
EXPLAIN (ANALYZE, BUFFERS) SELECT e."Ern", e."Name", e."Region", e."PayrollAddress" FROM "Employers" e WHERE lower(e."Name") LIKE '%kestrel dairies%' ORDER BY e."Name" || '', e."Ern" LIMIT 20;
\echo '== SR by reference'
EXPLAIN (ANALYZE, BUFFERS) SELECT * FROM "ServiceRequests" s LEFT JOIN "Activity" a ON a."ServiceRequestId" = s."Id" WHERE s."Reference" = 'SR03500000';
\echo '== SR search by ERN (largest employer): count and page'
EXPLAIN (ANALYZE, BUFFERS) SELECT count(*) FROM "ServiceRequests" s WHERE s."EmployerErn" = '20000001';
EXPLAIN (ANALYZE, BUFFERS) SELECT s."Reference", s."Process", s."Area", s."SubArea", s."Status", s."TargetDate" FROM "ServiceRequests" s WHERE s."EmployerErn" = '20000001' ORDER BY s."Id" DESC LIMIT 20;
\echo '== SR search by SCIN'
EXPLAIN (ANALYZE, BUFFERS) SELECT s."Reference" FROM "ServiceRequests" s WHERE s."ClientScin" = '600123466' ORDER BY s."Id" DESC LIMIT 20;
\echo '== client search by name: count and page'
EXPLAIN (ANALYZE, BUFFERS) SELECT count(*) FROM "Clients" c WHERE lower(c."Name") LIKE '%owen kh%';
EXPLAIN (ANALYZE, BUFFERS) SELECT c."Scin", c."Name", c."Role" FROM "Clients" c WHERE lower(c."Name") LIKE '%owen kh%' ORDER BY c."Name", c."Scin" LIMIT 20;
\echo '== client search by SCIN'
EXPLAIN (ANALYZE, BUFFERS) SELECT c."Scin", c."Name", c."Role" FROM "Clients" c WHERE c."Scin" LIKE '%600123456%' ORDER BY c."Name", c."Scin" LIMIT 20;
\echo '== report work-in-progress (one pass)'
EXPLAIN (ANALYZE, BUFFERS) SELECT s."OwnerTeamCode", count(*), count(*) FILTER (WHERE s."TargetDate" < DATE '2026-12-05'),
  count(*) FILTER (WHERE s."CreatedAt" >= CASE WHEN e."Region" = 'Scotland' THEN timestamptz '2026-11-27' WHEN e."Region" = 'NorthernIreland' THEN timestamptz '2026-11-27' ELSE timestamptz '2026-11-28' END)
  FROM "ServiceRequests" s LEFT JOIN "Employers" e ON s."EmployerErn" = e."Ern"
  WHERE s."Status" <> 'Closed' AND s."CreatedAt" >= '2025-12-01' AND s."CreatedAt" < '2026-12-01' GROUP BY s."OwnerTeamCode";
\echo '== report timeliness'
EXPLAIN (ANALYZE, BUFFERS) SELECT s."OwnerTeamCode", date_part('year', c."ReceivedOn"), date_part('month', c."ReceivedOn"), count(*), count(*) FILTER (WHERE c."AcknowledgedOn" IS NOT NULL)
  FROM "EmployerComplaints" c JOIN "ServiceRequests" s ON c."Reference" = s."Reference" WHERE c."ReceivedOn" >= '2025-12-01' AND c."ReceivedOn" <= '2026-11-30' GROUP BY 1, 2, 3;
\echo '== report outcomes (issue mix per complaint record)'
EXPLAIN (ANALYZE, BUFFERS) SELECT EXISTS (SELECT 1 FROM "ComplaintIssues" i WHERE r."Id" = i."ComplaintRecordId" AND i."Outcome" IS NULL),
  EXISTS (SELECT 1 FROM "ComplaintIssues" i WHERE r."Id" = i."ComplaintRecordId" AND i."Outcome" = 'Upheld')
  FROM "ComplaintRecords" r WHERE r."Reference" IN (SELECT c."Reference" FROM "EmployerComplaints" c WHERE c."ReceivedOn" >= '2025-12-01' AND c."ReceivedOn" <= '2026-11-30');
