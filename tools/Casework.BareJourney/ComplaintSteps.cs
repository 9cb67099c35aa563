using System.Globalization;
using Npgsql;

namespace Casework.BareJourney;

public sealed record LineRequest(string? ResolutionType, string? Description, object? Financial);

public sealed record IssueRequest(bool? ReachedByPhone);

public sealed record ResponseRequest(bool? Agrees, string? Note);

public sealed record CloseRequest(string? Paragraph, string? FreeText);

/// <summary>
/// The W1 steps after logging, each writing the rows the app writes for it (complaint, SR, activities, plan lines and
/// revisions, notes, letters, audit rows). Paths the journey does not take (a line with money, a plan not discussed by
/// phone, an employer who disagrees) answer 422: they are not part of the baseline.
/// </summary>
public static class ComplaintSteps
{
    private static string Day(DateOnly d) => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static Task<IResult> ValidAsync(string reference, NpgsqlDataSource db, Actor by, ActivityTemplate template, CancellationToken ct) =>
        Step.RunAsync(db, reference, Needs.Employer, (c, at) =>
        {
            if (c.Stage != "Resolution" || c.Status != "Open" || c.AcknowledgedOn is not null)
            {
                return Outcome.Refuse(409, $"Complaint {reference} is {c.Status}; only an open Resolution complaint can be accepted as valid.");
            }

            if (c.Employer!.SuppressedBecause is { } why)
            {
                return Outcome.Refuse(422, $"No letter can go to {c.Employer.Name}: contact is suppressed ({why}).");
            }

            var today = Step.Today(at);
            return Outcome.Write(
            [
                Sql.Cmd("""UPDATE "EmployerComplaints" SET "AcknowledgedOn" = $1, "Version" = "Version" + 1 WHERE "Id" = $2""", today, c.ComplaintId),
                Sql.Cmd("""UPDATE "ServiceRequests" SET "Status" = 'InProgress', "SubStatus" = 'InProgress', "Version" = "Version" + 2 WHERE "Id" = $1""", c.SrId),
                Step.ActivityDone(c, 1, at, by),
                Audit.Insert(reference, at, by, "Complaint accepted as valid", null, $"Acknowledged {Day(today)} (due {Day(c.AcknowledgeBy)})"),
                Audit.Insert(reference, at, by, "Status changed", "Open / Open", "InProgress / InProgress"),
                Audit.Insert(reference, at, by, "Activity done", template.Names[0], "Done"),
                Letters.Acknowledgement(c.Employer, reference, c.OwnerName ?? by.Name, by, at),
            ], Step.State(c, "InProgress", "InProgress"));
        }, ct);

    public static Task<IResult> AddLineAsync(string reference, LineRequest r, NpgsqlDataSource db, Actor by, CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(r.ResolutionType) || r.ResolutionType.Length > 60 || string.IsNullOrWhiteSpace(r.Description) || r.Description.Length > 2000)
        {
            return Task.FromResult(Results.Problem("resolutionType and description are required.", statusCode: 400));
        }

        return r.Financial is not null
            ? Task.FromResult(Results.Problem("The baseline adds lines without money only.", statusCode: 422))
            : Step.RunAsync(db, reference, Needs.Lines, (c, at) =>
            {
                if (c.Status != "InProgress" || c.RevisionSealed)
                {
                    return Outcome.Refuse(409, $"Complaint {reference} takes no new plan line now.");
                }

                var line = new PlanLine(c.Lines.Count == 0 ? 1 : c.Lines.Max(l => l.Number) + 1, r.ResolutionType.Trim(), r.Description.Trim(), "Open");
                return Outcome.Write(
                [
                    Audit.Insert(reference, at, by, "Resolution plan line added", null, line.ToString()),
                    Sql.Cmd("""UPDATE "EmployerComplaints" SET "Version" = "Version" + 1 WHERE "Id" = $1""", c.ComplaintId),
                    Sql.Cmd("""
                        INSERT INTO "ResolutionPlanLines" ("AddedInRevision", "Description", "EmployerComplaintId", "Number", "ResolutionType", "Status")
                        VALUES ($1, $2, $3, $4, $5, 'Open')
                        """, c.Revision, line.Description, c.ComplaintId, line.Number, line.ResolutionType),
                ], Results.Created($"/api/employer-complaints/{reference}", new
                {
                    id = line.Number,
                    resolutionType = line.ResolutionType,
                    description = line.Description,
                    status = line.Status,
                    financial = (object?)null,
                    addedInRevision = c.Revision,
                }));
            }, ct);
    }

    public static Task<IResult> IssueAsync(string reference, IssueRequest r, NpgsqlDataSource db, Actor by, CancellationToken ct) =>
        r.ReachedByPhone is not true
            ? Task.FromResult(Results.Problem("The baseline issues plans discussed by phone only (reachedByPhone: true).", statusCode: 422))
            : Step.RunAsync(db, reference, Needs.Lines, (c, at) =>
                c.Status != "InProgress" || c.RevisionSealed || !c.Lines.Any(l => l.Active)
                    ? Outcome.Refuse(409, $"Complaint {reference} has no unissued plan with lines.")
                    : Outcome.Write(
                    [
                        Audit.Insert(reference, at, by, "Resolution plan issued", null, $"Revision {c.Revision} by phone"),
                        Sql.Cmd("""UPDATE "EmployerComplaints" SET "RevisionSealed" = true, "Version" = "Version" + 1 WHERE "Id" = $1""", c.ComplaintId),
                        Step.Revision(c, "Discussed with the employer by phone", null, null, at, by),
                    ], Step.State(c, c.Status, c.SubStatus)), ct);

    public static Task<IResult> RespondAsync(string reference, ResponseRequest r, NpgsqlDataSource db, Actor by, ActivityTemplate template, CancellationToken ct) =>
        r.Agrees is not true
            ? Task.FromResult(Results.Problem("The baseline records an employer who agrees only (agrees: true).", statusCode: 422))
            : Step.RunAsync(db, reference, Needs.Lines, (c, at) =>
            {
                if (c.Status != "InProgress" || !c.RevisionSealed || c.EmployerAgrees is not null)
                {
                    return Outcome.Refuse(409, $"Complaint {reference} has no issued plan waiting for the employer's answer.");
                }

                var note = string.IsNullOrWhiteSpace(r.Note) ? null : r.Note.Trim();
                var text = note is null ? "Employer agrees the resolution plan" : $"Employer agrees the resolution plan: {note}";
                return Outcome.Write(
                [
                    Step.ActivityDone(c, 2, at, by),
                    Audit.Insert(reference, at, by, "Employer agrees plan", "Not answered", "Y"),
                    Audit.Insert(reference, at, by, "Note added", null, text),
                    Audit.Insert(reference, at, by, "Activity done", template.Names[1], "Done"),
                    Sql.Cmd("""
                        UPDATE "EmployerComplaints" SET "EmployerAgrees" = true, "IssuePlanFlag" = true, "PlanAgreedFlag" = true, "Version" = "Version" + 1
                        WHERE "Id" = $1
                        """, c.ComplaintId),
                    Step.Note(c, text, at, by),
                    Step.Revision(c, "Agreed by the employer", true, note, at, by),
                    Sql.Cmd("""UPDATE "ServiceRequests" SET "Version" = "Version" + 2 WHERE "Id" = $1""", c.SrId),
                ], Step.State(c, c.Status, c.SubStatus));
            }, ct);

    public static Task<IResult> LineDoneAsync(string reference, int id, NpgsqlDataSource db, Actor by, ActivityTemplate template, CancellationToken ct) =>
        Step.RunAsync(db, reference, Needs.Lines, (c, at) =>
        {
            if (c.Lines.FirstOrDefault(l => l.Number == id) is not { Status: "Open" } line || c.EmployerAgrees is not true || c.Status != "InProgress")
            {
                return Outcome.Refuse(409, $"Line {id} of complaint {reference} is not an open line of an agreed plan.");
            }

            List<NpgsqlBatchCommand> writes =
            [
                Sql.Cmd("""
                    UPDATE "ResolutionPlanLines" SET "DoneAt" = $1, "DoneBy" = $2, "Status" = 'Done' WHERE "EmployerComplaintId" = $3 AND "Number" = $4
                    """, at, by.Display, c.ComplaintId, id),
                Audit.Insert(reference, at, by, "Resolution plan line done", line.ToString(), "Done"),
            ];
            if (!c.Lines.Any(l => l.Active && l.Number != id && l.Status != "Done"))
            {
                writes.Add(Step.ActivityDone(c, 3, at, by));
                writes.Add(Audit.Insert(reference, at, by, "Activity done", template.Names[2], "Done"));
            }

            writes.Add(Sql.Cmd("""UPDATE "EmployerComplaints" SET "Version" = "Version" + 1 WHERE "Id" = $1""", c.ComplaintId));
            writes.Add(Sql.Cmd("""UPDATE "ServiceRequests" SET "Version" = "Version" + 1 WHERE "Id" = $1""", c.SrId));
            return Outcome.Write(writes, Step.State(c, c.Status, c.SubStatus));
        }, ct);

    public static Task<IResult> CloseAsync(string reference, CloseRequest r, NpgsqlDataSource db, Actor by, ActivityTemplate template, CancellationToken ct)
    {
        if (r.Paragraph is not ("PhoneOutcome" or "UnableToContact") || string.IsNullOrWhiteSpace(r.FreeText) || r.FreeText.Length > 4000)
        {
            return Task.FromResult(Results.Problem("paragraph (PhoneOutcome or UnableToContact) and freeText are required.", statusCode: 400));
        }

        var freeText = r.FreeText.Trim();
        return Step.RunAsync(db, reference, Needs.Lines | Needs.Activities | Needs.Employer, (c, at) =>
        {
            if (c.Status != "InProgress" || c.Lines.Any(l => l.Active && l.Status != "Done") || c.ActivitiesDone.Take(3).Any(done => !done))
            {
                return Outcome.Refuse(409, $"Complaint {reference} still has an open plan line or activity.");
            }

            if (c.Employer!.SuppressedBecause is { } why)
            {
                return Outcome.Refuse(422, $"No letter can go to {c.Employer.Name}: contact is suppressed ({why}).");
            }

            var note = $"Complaint closed ({r.Paragraph}): {freeText}";
            return Outcome.Write(
            [
                Step.ActivityDone(c, 4, at, by),
                Audit.Insert(reference, at, by, "Complaint closed", null,
                    $"Issue plan {(c.IssuePlanFlag ? "Y" : "N")}, plan agreed {(c.PlanAgreedFlag ? "Y" : "N")}, issue closure letter Y"),
                Audit.Insert(reference, at, by, "Note added", null, note),
                Audit.Insert(reference, at, by, "Activity done", template.Names[3], "Done"),
                Audit.Insert(reference, at, by, "Status changed", $"{c.Status} / {c.SubStatus}", "Closed / Completed"),
                Sql.Cmd("""
                    UPDATE "EmployerComplaints" SET "ClosedAt" = $1, "IssueClosureLetterFlag" = true, "ResolutionCode" = 'Resolved', "Version" = "Version" + 1
                    WHERE "Id" = $2
                    """, at, c.ComplaintId),
                Letters.Closure(c.Employer, reference, r.Paragraph == "PhoneOutcome", freeText, c.OwnerName ?? by.Name, by, at),
                Step.Note(c, note, at, by),
                Sql.Cmd("""
                    UPDATE "ServiceRequests" SET "ClosedAt" = $1, "Status" = 'Closed', "SubStatus" = 'Completed', "Version" = "Version" + 3 WHERE "Id" = $2
                    """, at, c.SrId),
            ], Step.State(c, "Closed", "Completed"));
        }, ct);
    }
}
