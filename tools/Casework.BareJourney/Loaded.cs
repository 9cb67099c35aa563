using Npgsql;

namespace Casework.BareJourney;

public sealed record PlanLine(int Number, string ResolutionType, string Description, string Status)
{
    public bool Active => Status != "Withdrawn";

    /// <summary>"1. CorrectDeductionSchedule: Send a corrected schedule." as the app's audit and plan history write it.</summary>
    public override string ToString() => $"{Number}. {ResolutionType}: {Description}";
}

/// <summary>
/// A complaint and its SR as a step needs them, read and locked (<c>FOR UPDATE</c>) in the step's first round trip,
/// with its plan lines, its activities and its employer when the step needs them.
/// </summary>
public sealed record Loaded(
    string Reference, int ComplaintId, string Stage, int Revision, bool RevisionSealed, DateOnly? AcknowledgedOn, DateOnly AcknowledgeBy,
    bool? EmployerAgrees, bool IssuePlanFlag, bool PlanAgreedFlag, int SrId, string Status, string SubStatus, string? OwnerName,
    Recipient? Employer)
{
    public List<PlanLine> Lines { get; } = [];

    public List<bool> ActivitiesDone { get; } = [];

    public string PlanText => string.Join('\n', Lines.Where(l => l.Active));

    public static async Task<Loaded?> LockAsync(
        NpgsqlConnection conn, NpgsqlTransaction tx, string reference, bool lines, bool activities, bool employer, CancellationToken ct)
    {
        await using var batch = new NpgsqlBatch(conn, tx);
        batch.BatchCommands.Add(Sql.Cmd($"""
            SELECT c."Id", c."Stage", c."Revision", c."RevisionSealed", c."AcknowledgedOn", c."AcknowledgeBy", c."EmployerAgrees",
                   c."IssuePlanFlag", c."PlanAgreedFlag", s."Id", s."Status", s."SubStatus", s."OwnerName"{(employer ? ", " + Recipient.Columns : "")}
            FROM "EmployerComplaints" c JOIN "ServiceRequests" s ON s."Reference" = c."Reference"
            {(employer ? """JOIN "Employers" e ON e."Ern" = c."EmployerErn" """ : "")}
            WHERE c."Reference" = $1
            FOR UPDATE OF c, s
            """, reference));
        if (lines)
        {
            batch.BatchCommands.Add(Sql.Cmd("""
                SELECT "Number", "ResolutionType", "Description", "Status" FROM "ResolutionPlanLines"
                WHERE "EmployerComplaintId" = (SELECT "Id" FROM "EmployerComplaints" WHERE "Reference" = $1) ORDER BY "Number"
                """, reference));
        }

        if (activities)
        {
            batch.BatchCommands.Add(Sql.Cmd("""
                SELECT "Done" FROM "Activity" WHERE "ServiceRequestId" = (SELECT "Id" FROM "ServiceRequests" WHERE "Reference" = $1) ORDER BY "Number"
                """, reference));
        }

        await using var r = await batch.ExecuteReaderAsync(ct);
        if (!await r.ReadAsync(ct))
        {
            return null;
        }

        var loaded = new Loaded(
            reference, r.GetInt32(0), r.GetString(1), r.GetInt32(2), r.GetBoolean(3), r.IsDBNull(4) ? null : r.GetFieldValue<DateOnly>(4),
            r.GetFieldValue<DateOnly>(5), r.IsDBNull(6) ? null : r.GetBoolean(6), r.GetBoolean(7), r.GetBoolean(8), r.GetInt32(9), r.GetString(10),
            r.GetString(11), r.IsDBNull(12) ? null : r.GetString(12), employer ? Recipient.Read(r, 13) : null);
        if (lines)
        {
            await r.NextResultAsync(ct);
            while (await r.ReadAsync(ct))
            {
                loaded.Lines.Add(new PlanLine(r.GetInt32(0), r.GetString(1), r.GetString(2), r.GetString(3)));
            }
        }

        if (activities)
        {
            await r.NextResultAsync(ct);
            while (await r.ReadAsync(ct))
            {
                loaded.ActivitiesDone.Add(r.GetBoolean(0));
            }
        }

        return loaded;
    }
}
