namespace Casework.ScaleBench;

/// <summary>
/// One W2 measurement: an API call as a signed-in user, and its baseline — the same rows fetched by bare SQL over
/// Npgsql (what the endpoint cannot avoid doing), timed in the same run, interleaved call by call.
/// </summary>
internal sealed record Scenario(string Name, string User, string Path, params string[] Sql);

internal static class Scenarios
{
    /// <summary>The W2 list: inboxes, searches, an SR and the four reports (RPT-06). Terms are the generator's (PERF-01).</summary>
    public static IReadOnlyList<Scenario> All(string from, string to) =>
    [
        new("inbox (caseworker, 1st page)", "caseworker", "/api/inbox",
            """SELECT count(*) FROM "ServiceRequests" WHERE "Status" <> 'Closed' AND "OwnerStaffNumber" = '100001'""",
            """SELECT "Reference", "Process", "Area", "SubArea", "EmployerErn", "Status", "TargetDate" FROM "ServiceRequests" WHERE "Status" <> 'Closed' AND "OwnerStaffNumber" = '100001' ORDER BY "TargetDate", "Id" LIMIT 50"""),
        new("inbox (caseworker, page 100)", "caseworker", "/api/inbox?page=100",
            """SELECT count(*) FROM "ServiceRequests" WHERE "Status" <> 'Closed' AND "OwnerStaffNumber" = '100001'""",
            """SELECT "Reference", "Process", "Area", "SubArea", "EmployerErn", "Status", "TargetDate" FROM "ServiceRequests" WHERE "Status" <> 'Closed' AND "OwnerStaffNumber" = '100001' ORDER BY "TargetDate", "Id" OFFSET 4950 LIMIT 50"""),
        new("inbox (caseworker, by age, overdue)", "caseworker", "/api/inbox?sort=age&overdue=true",
            """SELECT count(*) FROM "ServiceRequests" WHERE "Status" <> 'Closed' AND "OwnerStaffNumber" = '100001' AND "TargetDate" < current_date""",
            """SELECT "Reference", "Process", "Area", "SubArea", "EmployerErn", "Status", "TargetDate" FROM "ServiceRequests" WHERE "Status" <> 'Closed' AND "OwnerStaffNumber" = '100001' AND "TargetDate" < current_date ORDER BY "Id" LIMIT 50"""),
        new("team inbox (1st page)", "teamleader", "/api/inbox?team=true",
            """SELECT count(*) FROM "ServiceRequests" WHERE "Status" <> 'Closed' AND "OwnerTeamCode" = 'EMPLOYER-PAYMENTS'""",
            """SELECT "Reference", "Process", "Area", "SubArea", "EmployerErn", "Status", "TargetDate" FROM "ServiceRequests" WHERE "Status" <> 'Closed' AND "OwnerTeamCode" = 'EMPLOYER-PAYMENTS' ORDER BY "TargetDate", "Id" LIMIT 50"""),
        new("team inbox (by status, Wait)", "teamleader", "/api/inbox?team=true&sort=status&status=Wait",
            """SELECT count(*) FROM "ServiceRequests" WHERE "Status" <> 'Closed' AND "OwnerTeamCode" = 'EMPLOYER-PAYMENTS' AND "Status" = 'Wait'""",
            """SELECT "Reference", "Process", "Area", "SubArea", "EmployerErn", "Status", "TargetDate" FROM "ServiceRequests" WHERE "Status" <> 'Closed' AND "OwnerTeamCode" = 'EMPLOYER-PAYMENTS' AND "Status" = 'Wait' ORDER BY "Status", "TargetDate", "Id" LIMIT 50"""),
        new("team inbox (by age)", "teamleader", "/api/inbox?team=true&sort=age",
            """SELECT count(*) FROM "ServiceRequests" WHERE "Status" <> 'Closed' AND "OwnerTeamCode" = 'EMPLOYER-PAYMENTS'""",
            """SELECT "Reference", "Process", "Area", "SubArea", "EmployerErn", "Status", "TargetDate" FROM "ServiceRequests" WHERE "Status" <> 'Closed' AND "OwnerTeamCode" = 'EMPLOYER-PAYMENTS' ORDER BY "Id" LIMIT 50"""),
        new("employer by ERN", "caseworker", "/api/employers?search=20500001",
            """SELECT "Ern", "Name", "Region", "PayrollAddress" FROM "Employers" WHERE "Ern" = '20500001'"""),
        new("employer by name", "caseworker", "/api/employers?search=kestrel%20dairies",
            """SELECT count(*) FROM "Employers" WHERE lower("Name") LIKE '%kestrel dairies%'""",
            """SELECT "Ern", "Name", "Region", "PayrollAddress" FROM "Employers" WHERE lower("Name") LIKE '%kestrel dairies%' ORDER BY "Name" || '', "Ern" LIMIT 20"""),
        new("employer page", "caseworker", "/api/employers/20000001",
            """SELECT * FROM "Employers" WHERE "Ern" = '20000001'"""),
        new("SR by reference", "caseworker", "/api/service-requests/SR03500000",
            """SELECT * FROM "ServiceRequests" WHERE "Reference" = 'SR03500000'""",
            """SELECT a.* FROM "Activity" a JOIN "ServiceRequests" s ON s."Id" = a."ServiceRequestId" WHERE s."Reference" = 'SR03500000'"""),
        new("SR search (reference)", "caseworker", "/api/service-requests?search=SR03500000",
            """SELECT "Reference", "Process", "Area", "SubArea", "Status", "TargetDate" FROM "ServiceRequests" WHERE "Reference" = 'SR03500000'"""),
        new("SR search (ERN, largest employer)", "caseworker", "/api/service-requests?search=20000001",
            """SELECT count(*) FROM "ServiceRequests" WHERE "EmployerErn" = '20000001'""",
            """SELECT "Reference", "Process", "Area", "SubArea", "Status", "TargetDate" FROM "ServiceRequests" WHERE "EmployerErn" = '20000001' ORDER BY "Id" DESC LIMIT 20"""),
        new("SR search (SCIN)", "caseworker", "/api/service-requests?search=600123466",
            """SELECT count(*) FROM "ServiceRequests" WHERE "ClientScin" = '600123466'""",
            """SELECT "Reference", "Process", "Area", "SubArea", "Status", "TargetDate" FROM "ServiceRequests" WHERE "ClientScin" = '600123466' ORDER BY "Id" DESC LIMIT 20"""),
        new("client search (name)", "caseworker", "/api/clients?search=owen%20kh",
            """SELECT count(*) FROM "Clients" WHERE lower("Name") LIKE '%owen kh%'""",
            """SELECT "Scin", "Name", "Role" FROM "Clients" WHERE lower("Name") LIKE '%owen kh%' ORDER BY "Name", "Scin" LIMIT 20"""),
        new("client search (SCIN)", "caseworker", "/api/clients?search=600123466",
            """SELECT "Scin", "Name", "Role" FROM "Clients" WHERE "Scin" LIKE '%600123456%' ORDER BY "Name", "Scin" LIMIT 20"""),
        new("report complaint-trends", "teamleader", $"/api/reports/complaint-trends?from={from}&to={to}",
            $"""SELECT extract(year FROM "ReceivedOn"), extract(month FROM "ReceivedOn"), "IssueCategory", count(*) FROM "EmployerComplaints" WHERE "ReceivedOn" BETWEEN '{from}' AND '{to}' GROUP BY 1, 2, 3"""),
        new("report timeliness", "teamleader", $"/api/reports/timeliness?from={from}&to={to}",
            $"""SELECT s."OwnerTeamCode", extract(month FROM c."ReceivedOn"), count(*), count(c."AcknowledgedOn"), count(c."ClosedAt") FROM "EmployerComplaints" c JOIN "ServiceRequests" s ON s."Reference" = c."Reference" AND s."Area" = 'Complaints' WHERE c."ReceivedOn" BETWEEN '{from}' AND '{to}' GROUP BY 1, 2"""),
        new("report outcomes", "teamleader", $"/api/reports/outcomes?from={from}&to={to}",
            $"""SELECT i."Outcome", count(*) FROM "ComplaintIssues" i JOIN "ComplaintRecords" r ON r."Id" = i."ComplaintRecordId" JOIN "EmployerComplaints" c ON c."Reference" = r."Reference" WHERE c."ReceivedOn" BETWEEN '{from}' AND '{to}' GROUP BY 1"""),
        new("report work-in-progress", "teamleader", $"/api/reports/work-in-progress?from={from}&to={to}",
            $"""
            SELECT "OwnerTeamCode", count(*), count(*) FILTER (WHERE "TargetDate" < current_date),
              count(*) FILTER (WHERE "CreatedAt" >= CASE "Region" WHEN 'Scotland' THEN now() - interval '7 days' WHEN 'NorthernIreland' THEN now() - interval '8 days' ELSE now() - interval '7 days' END),
              count(*) FILTER (WHERE "CreatedAt" >= CASE "Region" WHEN 'Scotland' THEN now() - interval '14 days' WHEN 'NorthernIreland' THEN now() - interval '15 days' ELSE now() - interval '14 days' END),
              count(*) FILTER (WHERE "CreatedAt" >= CASE "Region" WHEN 'Scotland' THEN now() - interval '28 days' WHEN 'NorthernIreland' THEN now() - interval '29 days' ELSE now() - interval '28 days' END)
            FROM "ServiceRequests" WHERE "Status" <> 'Closed' AND "CreatedAt" >= '{from}' AND "CreatedAt" < '{to}'::date + 1 GROUP BY 1
            """),
    ];
}
