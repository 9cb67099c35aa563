using Casework.Domain.Common;
using Casework.Domain.Compliments;
using Casework.Web.Data;
using Casework.Web.Features.ComplaintOutcomes;
using Casework.Web.Features.ServiceRequests;
using Casework.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Casework.Web.Features.Compliments;

/// <summary>OUT-06: record a compliment against a client or a member of staff, and list them. A refusal saves nothing.</summary>
public sealed class ComplimentHandlers(CaseworkDbContext db, CurrentActor actors, TimeProvider time)
{
    public async Task<Result<ComplimentDto>> RecordAsync(RecordComplimentRequest r, CancellationToken ct)
    {
        var validation = new Validation()
            .Enum<ComplimentAgainst>("against", r.Against, required: true, "Choose whether the compliment is recorded against the Client or a member of Staff")
            .Required("subject", r.Subject, "Enter what the compliment was about.")
            .MaxLength("subject", r.Subject, 200)
            .MaxLength("details", r.Details, 2000)
            .MaxLength("clientScin", r.ClientScin, 20)
            .MaxLength("staffNumber", r.StaffNumber, 20)
            .Check(r.ReceivedOn is not null, "receivedOn", "Enter the date the compliment was received.");
        var against = validation.IsValid ? Validation.ParseEnum<ComplimentAgainst>(r.Against!) : (ComplimentAgainst?)null;
        if (against == ComplimentAgainst.Staff)
        {
            validation.Required("staffNumber", r.StaffNumber, "Enter the staff number of the member of staff complimented.")
                .Check(string.IsNullOrWhiteSpace(r.ClientScin), "clientScin", "A compliment against staff has no client SCIN.");
        }
        else if (against == ComplimentAgainst.Client)
        {
            validation.Required("clientScin", r.ClientScin, "Enter the SCIN of the client the compliment is recorded against.")
                .Check(string.IsNullOrWhiteSpace(r.StaffNumber), "staffNumber", "A compliment against a client has no staff number.");
        }

        if (!validation.IsValid)
        {
            return validation.ToRefusal();
        }

        var by = await actors.RequireAsync(ct);
        var at = time.GetUtcNow();
        var today = UkClock.Today(time);
        Result<Compliment> recorded;
        if (against == ComplimentAgainst.Staff)
        {
            var staff = await StaffReferences.FindAsync(db, r.StaffNumber!, ct);
            if (!staff.IsSuccess)
            {
                return staff.Refusal!;
            }

            recorded = Compliment.AgainstStaff(staff.Value!, r.Subject!, r.Details, r.ReceivedOn!.Value, by, at, today);
        }
        else
        {
            recorded = Compliment.AgainstClient(r.ClientScin!, r.Subject!, r.Details, r.ReceivedOn!.Value, by, at, today);
        }

        if (!recorded.IsSuccess)
        {
            return recorded.Refusal!;
        }

        db.Compliments.Add(recorded.Value!);
        await db.SaveChangesAsync(ct);
        return ComplimentDto.Of(recorded.Value!);
    }

    public async Task<Result<ComplimentDto>> GetAsync(int id, CancellationToken ct) =>
        await db.Compliments.AsNoTracking().FirstOrDefaultAsync(c => c.Id == id, ct) is { } compliment
            ? ComplimentDto.Of(compliment)
            : new NotFound($"There is no compliment {id}.");

    /// <summary>Newest first; <paramref name="subject"/> matches any part of what the compliment was about, ignoring case.</summary>
    public async Task<List<ComplimentDto>> ListAsync(string? staffNumber, string? clientScin, string? subject, CancellationToken ct)
    {
        var query = db.Compliments.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(staffNumber))
        {
            var number = staffNumber.Trim();
            query = query.Where(c => c.StaffNumber == number);
        }

        if (!string.IsNullOrWhiteSpace(clientScin))
        {
            var scin = clientScin.Trim();
            query = query.Where(c => c.ClientScin == scin);
        }

        if (!string.IsNullOrWhiteSpace(subject))
        {
            var lower = subject.Trim().ToLowerInvariant();
            // Translated to SQL lower(), as the employer search does: culture overloads cannot be.
#pragma warning disable CA1304, CA1311, CA1862
            query = query.Where(c => c.Subject.ToLower().Contains(lower));
#pragma warning restore CA1304, CA1311, CA1862
        }

        var rows = await query.OrderByDescending(c => c.ReceivedOn).ThenByDescending(c => c.Id).Take(500).ToListAsync(ct);
        return rows.Select(ComplimentDto.Of).ToList();
    }
}
