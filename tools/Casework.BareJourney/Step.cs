using Npgsql;

namespace Casework.BareJourney;

/// <summary>What a step decided: refused (nothing written), or the writes to make and the answer to give.</summary>
public sealed record Outcome(IResult? Refused, IReadOnlyList<NpgsqlBatchCommand> Writes, IResult? Answer)
{
    public static Outcome Refuse(int status, string detail) => new(Results.Problem(detail, statusCode: status), [], null);

    public static Outcome Write(IReadOnlyList<NpgsqlBatchCommand> writes, IResult answer) => new(null, writes, answer);
}

/// <summary>What a step needs read besides the complaint and its SR.</summary>
[Flags]
public enum Needs
{
    None = 0,
    Lines = 1,
    Activities = 2,
    Employer = 4,
}

/// <summary>
/// One complaint step, one transaction, three round trips: lock and read the complaint and its SR (with what else the step
/// needs) in one batch; the step's writes in a second batch; commit.
/// </summary>
public static class Step
{
    private static readonly TimeZoneInfo _uk = TimeZoneInfo.FindSystemTimeZoneById("Europe/London");

    public static DateOnly Today(DateTimeOffset at) => DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(at, _uk).DateTime);

    public static async Task<IResult> RunAsync(
        NpgsqlDataSource db, string reference, Needs needs, Func<Loaded, DateTimeOffset, Outcome> act, CancellationToken ct)
    {
        await using var conn = await db.OpenConnectionAsync(ct);
        await using var tx = await conn.BeginTransactionAsync(ct);
        var loaded = await Loaded.LockAsync(
            conn, tx, reference, needs.HasFlag(Needs.Lines), needs.HasFlag(Needs.Activities), needs.HasFlag(Needs.Employer), ct);
        if (loaded is null)
        {
            return Results.Problem($"No employer complaint has reference {reference}.", statusCode: 404);
        }

        var outcome = act(loaded, DateTimeOffset.UtcNow);
        if (outcome.Refused is { } refused)
        {
            await tx.RollbackAsync(ct);
            return refused;
        }

        await Sql.WriteAsync(conn, tx, outcome.Writes, ct);
        await tx.CommitAsync(ct);
        return outcome.Answer!;
    }

    public static NpgsqlBatchCommand ActivityDone(Loaded c, int number, DateTimeOffset at, Actor by) =>
        Sql.Cmd("""UPDATE "Activity" SET "Done" = true, "DoneAt" = $1, "DoneBy" = $2 WHERE "ServiceRequestId" = $3 AND "Number" = $4""",
            at, by.Name, c.SrId, number);

    public static NpgsqlBatchCommand Note(Loaded c, string text, DateTimeOffset at, Actor by) =>
        Sql.Cmd("""INSERT INTO "Note" ("At", "By", "ServiceRequestId", "Text") VALUES ($1, $2, $3, $4)""", at, by.Name, c.SrId, text);

    public static NpgsqlBatchCommand Revision(Loaded c, string evt, bool? agrees, string? note, DateTimeOffset at, Actor by) =>
        Sql.Cmd("""
            INSERT INTO "ResolutionPlanRevisions" ("At", "By", "EmployerAgrees", "EmployerComplaintId", "Event", "Lines", "Note", "Number", "Snapshot")
            VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)
            """,
            at, by.Display, agrees, c.ComplaintId, evt, c.PlanText, note, c.Revision,
            System.Text.Json.JsonSerializer.Serialize(c.Lines.Where(l => l.Active).Select(l => new
            {
                number = l.Number,
                resolutionType = l.ResolutionType,
                description = l.Description,
                kind = (string?)null,
                amount = (decimal?)null,
                holdToOffset = false,
            })));

    public static IResult State(Loaded c, string status, string subStatus) =>
        Results.Ok(new { reference = c.Reference, stage = c.Stage, status, subStatus });
}
