using System.Globalization;
using Npgsql;

namespace Casework.BareJourney;

public sealed record LogRequest(string? EmployerErn, string? RaisedBy, string? Channel, string? Issue, string? Description, DateOnly? ReceivedOn);

/// <summary>
/// POST /api/employer-complaints, Resolution stage: in one transaction, hold the employer's row (as the app does, so two
/// complaints about one issue cannot both be Resolution), read its complaints for the six-month rule, take the next SR
/// reference from the counter, and write the complaint, its SR, the SR's four activities and the two audit rows.
/// </summary>
public static class LogComplaint
{
    private static readonly string[] _channels = ["Phone", "Letter", "Fax", "Email", "Referral", "FaceToFace"];
    private static readonly string[] _raisedBy = ["Employer", "Agent", "Client", "Representative"];

    public static async Task<IResult> RunAsync(
        LogRequest r, NpgsqlDataSource db, Actor by, ActivityTemplate template, bool counterOwnTransaction, CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(r.EmployerErn) || string.IsNullOrWhiteSpace(r.Issue) || string.IsNullOrWhiteSpace(r.Description)
            || r.ReceivedOn is not { } received || !_channels.Contains(r.Channel) || !_raisedBy.Contains(r.RaisedBy))
        {
            return Results.Problem("employerErn, raisedBy, channel, issue, description and receivedOn are required.", statusCode: 400);
        }

        var ern = r.EmployerErn.Trim();
        var now = DateTimeOffset.UtcNow;
        await using var conn = await db.OpenConnectionAsync(ct);
        await using var tx = await conn.BeginTransactionAsync(ct);
        string region;
        var related = new List<object>();
        var sameIssue = false;
        await using (var batch = new NpgsqlBatch(conn, tx)
        {
            BatchCommands =
            {
                Sql.Cmd("""UPDATE "Employers" SET "Version" = "Version" WHERE "Ern" = $1 RETURNING "Region" """, ern),
                Sql.Cmd("""
                    SELECT c."Reference", c."Issue", c."ReceivedOn", s."Status" <> 'Closed', c."CompensationPaid"
                    FROM "EmployerComplaints" c JOIN "ServiceRequests" s ON s."Reference" = c."Reference"
                    WHERE c."EmployerErn" = $1 ORDER BY c."ReceivedOn" DESC
                    """, ern),
            },
        })
        {
            await using var reader = await batch.ExecuteReaderAsync(ct);
            if (!await reader.ReadAsync(ct))
            {
                return Results.Problem($"No employer has ERN {ern}.", statusCode: 400);
            }

            region = reader.GetString(0);
            await reader.NextResultAsync(ct);
            var issue = Normalise(r.Issue);
            while (await reader.ReadAsync(ct))
            {
                var (reference, text, on, open) = (reader.GetString(0), reader.GetString(1), reader.GetFieldValue<DateOnly>(2), reader.GetBoolean(3));
                related.Add(new { reference, issue = text, receivedOn = on });
                sameIssue |= string.Equals(Normalise(text), issue, StringComparison.OrdinalIgnoreCase)
                    && (open || reader.GetBoolean(4) || (on >= received.AddMonths(-6) && on <= received));
            }
        }

        if (sameIssue)
        {
            // EC-02 would log it at Review (or refuse it, EC-13): not a path of the W1 journey, so not in the baseline.
            return Results.Problem("The baseline logs Resolution-stage complaints only.", statusCode: 422);
        }

        const string next = """UPDATE "Counters" SET "Value" = "Value" + 1 WHERE "Name" = 'SR' RETURNING "Value" """;
        // The app before the journey branch took the counter in the log's transaction (its row lock held to commit); the
        // journey branch takes it in its own short transaction on another connection. CounterOwnTransaction follows either.
        await using var own = counterOwnTransaction ? db.CreateCommand(next) : null;
        await using var inside = counterOwnTransaction ? null : new NpgsqlCommand(next, conn, tx);
        var number = (long)(await (own ?? inside)!.ExecuteScalarAsync(ct))!;
        var sr = "SR" + number.ToString("D8", CultureInfo.InvariantCulture);
        var regionName = WorkingDays.RegionName(region);
        var acknowledgeBy = WorkingDays.Add(received, 2, region);
        var closeBy = WorkingDays.Add(received, 20, region);
        var day = received.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        var acknowledgeRule = $"2 working days of receipt ({day}), {regionName} bank holidays";
        var closeRule = $"20 working days of receipt ({day}), {regionName} bank holidays";
        var source = r.Channel switch
        {
            "Phone" => "Employer helpline call",
            "Letter" => "Letter",
            "Email" => "E-mail",
            "Referral" => "Team leader referral",
            "Fax" => "Fax",
            _ => "Face to face",
        };
        await Sql.WriteAsync(conn, tx,
        [
            Sql.Cmd("""
                INSERT INTO "EmployerComplaints" ("AcknowledgeBy", "AcknowledgeRule", "AcknowledgementBreached", "CloseBreached", "CloseBy", "CloseRule",
                    "CompensationPaid", "Description", "EmployerErn", "Issue", "IssueClosureLetterFlag", "IssuePlanFlag", "LoggedAt", "LoggedBy",
                    "PlanAgreedFlag", "ReceivedOn", "Reference", "ReferralSource", "Region", "Revision", "RevisionSealed", "Stage", "Version")
                VALUES ($1, $2, false, false, $3, $4, false, $5, $6, $7, false, false, $8, $9, false, $10, $11, $12, $13, 1, false, 'Resolution', 1)
                """,
                acknowledgeBy, acknowledgeRule, closeBy, closeRule, r.Description, ern, r.Issue, now, by.Display, received, sr, source, region),
            Sql.Cmd("""
                WITH sr AS (
                    INSERT INTO "ServiceRequests" ("Area", "AssignmentLocked", "Channel", "CreatedAt", "EmployerErn", "OwnerKind", "OwnerName",
                        "OwnerStaffNumber", "OwnerTeamCode", "PartyKind", "Process", "RaisedBy", "Reference", "Status", "SubArea", "SubStatus",
                        "TargetDate", "TargetRule", "Version", "Workflow", "Region")
                    VALUES ('Complaints', false, $1, $2, $3, 'Staff', $4, $5, $6, 'Employer', 'Employer', $7, $8, 'Open', 'Resolution', 'Open',
                        $9, $10, 1, 'EmployerComplaint', $12)
                    RETURNING "Id")
                INSERT INTO "Activity" ("Done", "Name", "Number", "ServiceRequestId")
                SELECT false, a.name, a.number, sr."Id" FROM sr, unnest($11::text[]) WITH ORDINALITY AS a(name, number)
                """,
                r.Channel, now, ern, by.Name, by.StaffNumber, by.TeamCode, r.RaisedBy, sr, closeBy, closeRule, template.Names, region),
            Audit.Insert(sr, now, by, "Raised", null,
                $"Employer / Complaints / Resolution; owner {by.Display}; target {closeBy.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}"),
            Audit.Insert(sr, now, by, "Employer complaint logged", null, $"Resolution: {r.Issue}; received {day}"),
        ], ct);
        await tx.CommitAsync(ct);
        return Results.Created($"/api/employer-complaints/{sr}", new { reference = sr, stage = "Resolution", status = "Open", subStatus = "Open", relatedComplaints = related });
    }

    private static string Normalise(string text) => string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
}

/// <summary>The Resolution SR type's activities, read once at start (reference data).</summary>
public sealed record ActivityTemplate(string[] Names)
{
    public static async Task<ActivityTemplate> LoadAsync(NpgsqlDataSource db)
    {
        await using var cmd = db.CreateCommand("""
            SELECT "ActivityTemplate" FROM "ServiceRequestTypes" WHERE "Process" = 'Employer' AND "Area" = 'Complaints' AND "SubArea" = 'Resolution'
            """);
        return new ActivityTemplate((string[])(await cmd.ExecuteScalarAsync() ?? throw new InvalidOperationException("No Employer / Complaints / Resolution type.")));
    }
}

/// <summary>One audit row, as the app writes them.</summary>
public static class Audit
{
    public static NpgsqlBatchCommand Insert(string subject, DateTimeOffset at, Actor by, string action, string? before, string? after) =>
        Sql.Cmd("""INSERT INTO "AuditEntries" ("Action", "After", "At", "Before", "By", "Subject") VALUES ($1, $2, $3, $4, $5, $6)""",
            action, after, at, before, by.Display, subject);
}
