using System.Globalization;
using Casework.Domain.Organisation;
using NpgsqlTypes;

namespace Casework.DataGen;

internal sealed partial class CaseloadLoader
{
    /// <summary>The codes of Data/Seed/complaint-issue-categories.json (EC-16) with their names.</summary>
    private static readonly (string Code, string Name)[] _categories =
    [
        ("DeductionsWrong", "Wrong amount deducted"), ("DeductionsTwice", "Deduction taken twice"),
        ("PaymentMisallocated", "Payment misallocated or not recorded"), ("RefundDelay", "Refund late or missing"),
        ("DeoIncorrect", "Deduction from earnings order incorrect"), ("LetterError", "Letter wrong, unclear or sent to the wrong place"),
        ("ContactDelay", "Delay in contacting or replying to the employer"), ("StaffConduct", "Staff conduct or call handling"),
        ("EmployerRecord", "Employer record wrong"), ("Other", "Other"),
    ];

    private enum Step { Logged, Invalid, Accepted, Issued, Agreed, PendingApproval, Approved, Resolved, Review }

    private static readonly Step[] _openSteps = [Step.Logged, Step.Accepted, Step.Accepted, Step.Issued, Step.Agreed, Step.PendingApproval, Step.Approved];

    /// <summary>An employer complaint SR (procedure 000) and its complaint at one of its steps.</summary>
    private void Complaint(int id, int employer, SrType type)
    {
        var open = _r.NextDouble() < OpenShare * 1.5;
        var (created, closed) = Dates(open);
        var stage = type.SubArea == "Review" ? "Review" : "Resolution";
        var step = stage == "Review" ? Step.Review : open ? _openSteps[_r.Next(_openSteps.Length)] : _r.Next(5) == 0 ? Step.Invalid : Step.Resolved;
        var team = stage == "Review" ? TeamCodes.EscalatedComplaints : TeamOf(type, _r, _areaTeams);
        var owner = step == Step.Review && open ? null : Owner(team);
        var status = (open, step) switch
        {
            (false, _) => "Closed",
            (_, Step.Review) => "PendingAssignment",
            (_, Step.Logged) => "Open",
            (_, Step.Issued) => "Wait",
            (_, Step.PendingApproval) => "PendingApproval",
            _ => "InProgress",
        };
        var sub = status switch { "Closed" => step == Step.Invalid ? "Cancelled" : "Completed", "PendingApproval" => "PendingApprovalTL", _ => status };
        var ern = (Generator.FirstErn + employer).ToString(CultureInfo.InvariantCulture);
        Sr(new SrRow(id, type, "Employer", ern, null, null, status, sub, team, owner, step == Step.PendingApproval, created, closed,
            stage == "Resolution" ? "EmployerComplaint" : null));
        EmployerComplaint(Reference(id), ern, employer, stage, step, created, closed, owner);
    }

    private void EmployerComplaint(string reference, string ern, int employer, string stage, Step step, DateTimeOffset created, DateTimeOffset? closed, StaffMember? owner)
    {
        var complaintId = (int)++_complaints;
        var received = DateOnly.FromDateTime(created.UtcDateTime);
        var category = _r.Next(12) == 0 ? ((string Code, string Name)?)null : _r.Pick(_categories);
        var acknowledgeBy = AddWorkingDays(received, 2);
        var closeBy = AddWorkingDays(received, 20);
        var accepted = step is not (Step.Logged or Step.Invalid or Step.Review);
        // Most are acknowledged in time; one in eight a working day or two late.
        DateOnly? acknowledged = accepted ? AddWorkingDays(received, _r.Next(8) == 0 ? 3 + _r.Next(2) : _r.Next(3)) : null;
        var issued = step is Step.Issued or Step.Agreed or Step.PendingApproval or Step.Approved or Step.Resolved;
        var agreed = step is Step.Agreed or Step.PendingApproval or Step.Approved or Step.Resolved;
        var logger = owner?.Label ?? "Rhiannon Price (100020)";
        var today = _today;
        var ackBreached = acknowledged is { } a ? a > acknowledgeBy : step != Step.Invalid && closed is null && today > acknowledgeBy && step != Step.Review;
        var closeBreached = closed is { } c ? DateOnly.FromDateTime(c.UtcDateTime) > closeBy : today > closeBy && stage == "Resolution";

        var w = _w.Complaints;
        w.StartRow();
        w.Write(complaintId, NpgsqlDbType.Integer);
        w.Write(reference, NpgsqlDbType.Text);
        w.Write(ern, NpgsqlDbType.Text);
        w.Write(employer < regions.Length ? regions[employer].ToString() : "EnglandAndWales", NpgsqlDbType.Text);
        w.Write(stage, NpgsqlDbType.Text);
        w.Write(category?.Name ?? "Deductions not as expected", NpgsqlDbType.Text);
        w.Write("The employer says the deductions and payments do not match what they were told.", NpgsqlDbType.Text);
        w.Write(received, NpgsqlDbType.Date);
        w.Write("Phone", NpgsqlDbType.Text);
        w.WriteNull();
        w.Write(logger, NpgsqlDbType.Text);
        w.Write(created, NpgsqlDbType.TimestampTz);
        Nullable(w, step switch { Step.Invalid => "Invalid", Step.Resolved => "Resolved", _ => null });
        Date(w, acknowledged);
        w.Write(issued ? 1 : 0, NpgsqlDbType.Integer);
        w.Write(issued, NpgsqlDbType.Boolean);
        if (agreed)
        {
            w.Write(true, NpgsqlDbType.Boolean);
        }
        else
        {
            w.WriteNull();
        }

        var approved = step is Step.Approved || (step is Step.Resolved && _r.Next(3) == 0);
        Nullable(w, step == Step.PendingApproval ? "Pending" : approved ? "Approved" : null);
        if (approved)
        {
            w.Write(1, NpgsqlDbType.Integer);
        }
        else
        {
            w.WriteNull();
        }

        w.WriteNull();
        w.Write(issued, NpgsqlDbType.Boolean);
        w.Write(agreed, NpgsqlDbType.Boolean);
        w.Write(step == Step.Resolved, NpgsqlDbType.Boolean);
        w.Write(acknowledgeBy, NpgsqlDbType.Date);
        w.Write(string.Create(CultureInfo.InvariantCulture, $"2 working days from {received:yyyy-MM-dd}"), NpgsqlDbType.Text);
        w.Write(closeBy, NpgsqlDbType.Date);
        w.Write(string.Create(CultureInfo.InvariantCulture, $"20 working days from {received:yyyy-MM-dd}"), NpgsqlDbType.Text);
        if (step == Step.Issued)
        {
            var waitUntil = AddWorkingDays(acknowledged ?? received, 7);
            w.Write(waitUntil, NpgsqlDbType.Date);
            w.Write("7 working days for the employer to respond", NpgsqlDbType.Text);
        }
        else
        {
            w.WriteNull();
            w.WriteNull();
        }

        w.Write(ackBreached, NpgsqlDbType.Boolean);
        w.Write(closeBreached, NpgsqlDbType.Boolean);
        var lines = accepted ? 1 + _r.Next(3) : 0;
        var paid = PlanLines(complaintId, lines, step == Step.Resolved, closed, owner?.Label ?? logger);
        w.Write(paid, NpgsqlDbType.Boolean);
        if (closed is { } closedAt)
        {
            w.Write(closedAt, NpgsqlDbType.TimestampTz);
        }
        else
        {
            w.WriteNull();
        }

        w.Write(3 + lines, NpgsqlDbType.Integer);
        Nullable(w, category?.Code);
        w.WriteNull();

        if (step == Step.Resolved || (accepted && _r.Next(3) == 0))
        {
            Record(reference, stage, step == Step.Resolved, closed ?? created.AddDays(3), owner?.Label ?? logger, category?.Name ?? "Other");
        }
    }

    /// <summary>Plan lines; a quarter carry money (refund or redress). True when money was paid on a done line.</summary>
    private bool PlanLines(int complaintId, int count, bool done, DateTimeOffset? closed, string by)
    {
        var paid = false;
        for (var n = 1; n <= count; n++)
        {
            var type = _r.Pick(Words.ResolutionTypes);
            var money = type is "Refund" or "FinancialRedress" || _r.Next(8) == 0;
            var kind = type == "FinancialRedress" ? "Redress" : "Refund";
            var w = _w.PlanLines;
            w.StartRow();
            w.Write(n, NpgsqlDbType.Integer);
            w.Write(type, NpgsqlDbType.Text);
            w.Write("As agreed with the employer.", NpgsqlDbType.Text);
            if (money)
            {
                w.Write(kind, NpgsqlDbType.Text);
                w.Write(Math.Round(_r.Next(1000, kind == "Redress" ? 50000 : 40000) / 100m, 2), NpgsqlDbType.Numeric);
                w.Write(kind == "Refund" && _r.Next(5) == 0, NpgsqlDbType.Boolean);
                w.Write("Payment history checked", NpgsqlDbType.Text);
            }
            else
            {
                w.WriteNull();
                w.WriteNull();
                w.WriteNull();
                w.WriteNull();
            }

            w.Write(done ? "Done" : "Open", NpgsqlDbType.Text);
            w.Write(1, NpgsqlDbType.Integer);
            w.WriteNull();
            w.WriteNull();
            if (done && closed is { } at)
            {
                w.Write(at, NpgsqlDbType.TimestampTz);
                w.Write(by, NpgsqlDbType.Text);
                paid |= money;
            }
            else
            {
                w.WriteNull();
                w.WriteNull();
            }

            w.Write(complaintId, NpgsqlDbType.Integer);
        }

        return paid;
    }

    /// <summary>The complaint record (procedure 002) with one to three issues; final outcomes once resolved.</summary>
    private void Record(string reference, string stage, bool final, DateTimeOffset at, string by, string category)
    {
        var recordId = (int)++_records;
        var w = _w.Records;
        w.StartRow();
        w.Write(recordId, NpgsqlDbType.Integer);
        w.Write(reference, NpgsqlDbType.Text);
        w.Write(stage == "Review" ? 2 : 1, NpgsqlDbType.Integer);
        Nullable(w, final ? _r.Pick(Words.Remedies) : null);
        w.Write(2, NpgsqlDbType.Integer);

        var issues = 1 + _r.Next(3);
        for (var n = 1; n <= issues; n++)
        {
            var outcome = !final && _r.Next(2) == 0 ? null : _r.Next(100) switch { < 35 => "Upheld", < 80 => "NotUpheld", < 90 => "Withdrawn", _ => "Escalated" };
            var i = _w.Issues;
            i.StartRow();
            i.Write(n, NpgsqlDbType.Integer);
            i.Write(n == 1 ? category : _r.Pick(_categories).Name, NpgsqlDbType.Text);
            i.Write("What the employer raised, in their words.", NpgsqlDbType.Text);
            Nullable(i, outcome);
            Nullable(i, outcome is null ? null : by);
            if (outcome is null)
            {
                i.WriteNull();
            }
            else
            {
                i.Write(at, NpgsqlDbType.TimestampTz);
            }

            i.Write(recordId, NpgsqlDbType.Integer);
        }
    }

    private static void Date(Npgsql.NpgsqlBinaryImporter w, DateOnly? value)
    {
        if (value is { } d)
        {
            w.Write(d, NpgsqlDbType.Date);
        }
        else
        {
            w.WriteNull();
        }
    }
}
