using System.Globalization;
using Casework.Domain.Organisation;
using NpgsqlTypes;

namespace Casework.DataGen;

/// <summary>One SR row and its activities and notes, as the app would have written them.</summary>
internal sealed record SrRow(
    int Id, SrType Type, string PartyKind, string? Ern, string? Earn, string? Scin, string Status, string SubStatus,
    string Team, StaffMember? Owner, bool Locked, DateTimeOffset Created, DateTimeOffset? Closed, string? Workflow);

internal sealed partial class CaseloadLoader
{
    private static readonly string[] _channels = ["Phone", "Phone", "Phone", "Phone", "Phone", "Phone", "Email", "Email", "Letter", "Letter", "Referral", "Fax", "FaceToFace"];

    private void Plain(int id, SrType type, string partyKind, string? ern, string? earn, string? scin)
    {
        var open = _r.NextDouble() < OpenShare;
        var (created, closed) = Dates(open);
        var status = open ? _openStatuses[_r.Next(_openStatuses.Length)] : "Closed";
        var team = Team();
        var owner = status == "PendingAssignment" ? null : Owner(team);
        var sub = status == "Closed" ? (_r.Next(10) == 0 ? "Cancelled" : "Completed") : status;
        Sr(new SrRow(id, type, partyKind, ern, earn, scin, status, sub, team, owner, false, created, closed, null));
    }

    private void Sr(SrRow sr)
    {
        var w = _w.ServiceRequests;
        var target = AddWorkingDays(DateOnly.FromDateTime(sr.Created.UtcDateTime), sr.Type.TargetWorkingDays);
        w.StartRow();
        w.Write(sr.Id, NpgsqlDbType.Integer);
        w.Write(Reference(sr.Id), NpgsqlDbType.Text);
        w.Write(sr.Type.Process, NpgsqlDbType.Text);
        w.Write(sr.Type.Area, NpgsqlDbType.Text);
        w.Write(sr.Type.SubArea, NpgsqlDbType.Text);
        w.Write(sr.PartyKind, NpgsqlDbType.Text);
        Nullable(w, sr.Ern);
        Nullable(w, sr.Earn);
        w.Write(sr.PartyKind, NpgsqlDbType.Text);
        w.Write(_channels[_r.Next(_channels.Length)], NpgsqlDbType.Text);
        w.Write(sr.Status, NpgsqlDbType.Text);
        w.Write(sr.SubStatus, NpgsqlDbType.Text);
        w.Write(sr.Owner is null ? "Team" : "Staff", NpgsqlDbType.Text);
        Nullable(w, sr.Owner?.StaffNumber);
        Nullable(w, sr.Owner?.Name);
        w.Write(sr.Team, NpgsqlDbType.Text);
        w.Write(sr.Locked, NpgsqlDbType.Boolean);
        w.Write(sr.Created, NpgsqlDbType.TimestampTz);
        if (sr.Closed is { } closedAt)
        {
            w.Write(closedAt, NpgsqlDbType.TimestampTz);
        }
        else
        {
            w.WriteNull();
        }

        w.Write(target, NpgsqlDbType.Date);
        w.Write(string.Create(CultureInfo.InvariantCulture, $"{sr.Type.TargetWorkingDays} working days from {sr.Created:yyyy-MM-dd} (England and Wales)"), NpgsqlDbType.Text);
        w.Write(sr.Status == "Closed" ? 4 : 2, NpgsqlDbType.Integer);
        Nullable(w, sr.Workflow);
        Nullable(w, sr.Scin);
        // The nation its working days count in: the employer's, as the app sets it; clients' and agents' SRs are
        // generated in England and Wales (the generator does not keep the clients' regions).
        var employer = sr.Ern is { } ern ? int.Parse(ern, CultureInfo.InvariantCulture) - Generator.FirstErn : -1;
        w.Write(employer >= 0 && employer < regions.Length ? regions[employer].ToString() : "EnglandAndWales", NpgsqlDbType.Text);

        var by = sr.Owner?.Label ?? "System";
        var done = sr.Status == "Closed" ? sr.Type.Activities.Length : _r.Next(sr.Type.Activities.Length);
        for (var n = 0; n < sr.Type.Activities.Length; n++)
        {
            var a = _w.Activities;
            a.StartRow();
            a.Write(n + 1, NpgsqlDbType.Integer);
            a.Write(sr.Type.Activities[n], NpgsqlDbType.Text);
            a.Write(n < done, NpgsqlDbType.Boolean);
            if (n < done)
            {
                a.Write(sr.Closed ?? sr.Created.AddHours(n + 1), NpgsqlDbType.TimestampTz);
                a.Write(by, NpgsqlDbType.Text);
            }
            else
            {
                a.WriteNull();
                a.WriteNull();
            }

            a.Write(sr.Id, NpgsqlDbType.Integer);
            _activities++;
        }

        if (_r.Next(4) == 0)
        {
            var note = _w.Notes;
            note.StartRow();
            note.Write(_r.Pick(Words.NoteTexts), NpgsqlDbType.Text);
            note.Write(by, NpgsqlDbType.Text);
            note.Write(sr.Created.AddMinutes(_r.Next(5, 600)), NpgsqlDbType.TimestampTz);
            note.Write(sr.Id, NpgsqlDbType.Integer);
            _notes++;
        }
    }

    private static void Nullable(Npgsql.NpgsqlBinaryImporter w, string? value)
    {
        if (value is null)
        {
            w.WriteNull();
        }
        else
        {
            w.Write(value, NpgsqlDbType.Text);
        }
    }

    private static string TeamOf(SrType type, Random r, string[] areas) =>
        type.Team == TeamCodes.EmployerPayments && r.Next(2) == 0 ? areas[r.Next(areas.Length)] : type.Team;
}
