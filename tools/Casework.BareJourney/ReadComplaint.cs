using Npgsql;

namespace Casework.BareJourney;

/// <summary>
/// GET /api/employer-complaints/{ref}: the fields API.md lists (stage, status, sub-status, resolution code, plan with
/// lines, flags, deadlines, outcome) in one round trip of two statements, no transaction.
/// </summary>
public static class ReadComplaint
{
    public static async Task<IResult> RunAsync(string reference, NpgsqlDataSource db, CancellationToken ct)
    {
        await using var conn = await db.OpenConnectionAsync(ct);
        await using var batch = new NpgsqlBatch(conn)
        {
            BatchCommands =
            {
                Sql.Cmd("""
                    SELECT c."Reference", c."EmployerErn", e."Name", c."Stage", s."Status", s."SubStatus", c."ResolutionCode", c."Revision",
                           c."EmployerAgrees", c."TlApproval", c."IssuePlanFlag", c."PlanAgreedFlag", c."IssueClosureLetterFlag",
                           c."AcknowledgeBy", c."CloseBy", c."WaitUntil", c."AcknowledgedOn", c."Issue", c."Description", c."ReceivedOn",
                           s."OwnerKind", s."OwnerStaffNumber", s."OwnerName", s."OwnerTeamCode", c."Version",
                           EXISTS (SELECT 1 FROM "ComplaintRecords" r WHERE r."Reference" = c."Reference")
                    FROM "EmployerComplaints" c
                    JOIN "ServiceRequests" s ON s."Reference" = c."Reference"
                    JOIN "Employers" e ON e."Ern" = c."EmployerErn"
                    WHERE c."Reference" = $1
                    """, reference),
                Sql.Cmd("""
                    SELECT l."Number", l."ResolutionType", l."Description", l."Status", l."FinancialKind", l."FinancialAmount", l."DoneAt", l."DoneBy"
                    FROM "ResolutionPlanLines" l JOIN "EmployerComplaints" c ON c."Id" = l."EmployerComplaintId"
                    WHERE c."Reference" = $1 ORDER BY l."Number"
                    """, reference),
            },
        };
        await using var r = await batch.ExecuteReaderAsync(ct);
        if (!await r.ReadAsync(ct))
        {
            return Results.Problem($"No employer complaint has reference {reference}.", statusCode: 404);
        }

        T? Get<T>(int i) => r.IsDBNull(i) ? default : r.GetFieldValue<T>(i);
        var head = new
        {
            reference = r.GetString(0),
            employerErn = r.GetString(1),
            employerName = r.GetString(2),
            stage = r.GetString(3),
            status = r.GetString(4),
            subStatus = r.GetString(5),
            resolutionCode = Get<string>(6),
            revision = r.GetInt32(7),
            employerAgrees = Get<bool?>(8),
            tlApproval = Get<string>(9),
            flags = new { issuePlan = r.GetBoolean(10), planAgreed = r.GetBoolean(11), issueClosureLetter = r.GetBoolean(12) },
            deadlines = new { acknowledgeBy = r.GetFieldValue<DateOnly>(13), closeBy = r.GetFieldValue<DateOnly>(14), waitUntil = Get<DateOnly?>(15), acknowledgedOn = Get<DateOnly?>(16) },
            issue = r.GetString(17),
            description = r.GetString(18),
            receivedOn = r.GetFieldValue<DateOnly>(19),
            owner = new { kind = r.GetString(20), staffNumber = Get<string>(21), name = Get<string>(22), team = r.GetString(23) },
            version = r.GetInt32(24),
            hasOutcomeRecord = r.GetBoolean(25),
        };
        await r.NextResultAsync(ct);
        var lines = new List<object>();
        while (await r.ReadAsync(ct))
        {
            lines.Add(new
            {
                id = r.GetInt32(0),
                resolutionType = r.GetString(1),
                description = r.GetString(2),
                status = r.GetString(3),
                financial = r.IsDBNull(4) ? null : new { kind = r.GetString(4), amount = r.GetDecimal(5) },
                doneAt = Get<DateTimeOffset?>(6),
                doneBy = Get<string>(7),
            });
        }

        return Results.Ok(new
        {
            head.reference,
            head.employerErn,
            head.employerName,
            head.stage,
            head.status,
            head.subStatus,
            head.resolutionCode,
            plan = new { head.revision, lines, head.employerAgrees, head.tlApproval },
            head.flags,
            head.deadlines,
            head.issue,
            head.description,
            head.receivedOn,
            head.owner,
            head.version,
            outcome = (string?)null,
        });
    }
}
