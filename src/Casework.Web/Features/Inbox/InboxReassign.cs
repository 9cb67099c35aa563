using Casework.Domain.Common;
using Casework.Domain.ServiceRequests;
using Casework.Web.Data;
using Casework.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Casework.Web.Features.Inbox;

public sealed record ReassignRequest(IReadOnlyList<string>? References, string? ToStaffNumber);

public sealed record ReassignRefusalDto(string Reference, string Reason);

public sealed record ReassignResultDto(int Moved, IReadOnlyList<ReassignRefusalDto> Refused);

/// <summary>
/// A team leader moves many SRs to one member of staff at once (SR-11). Each SR is assigned by the same domain
/// method as a single reassignment, so it is audited the same way; one that is refused (assignment locked, closed,
/// already theirs, no such reference) stays where it is and is listed with the reason. All moves save together.
/// </summary>
public sealed class InboxReassign(CaseworkDbContext db, CurrentActor actors, TimeProvider time)
{
    public const int MaxReferences = InboxQuery.MaxPageSize;

    public async Task<Result<ReassignResultDto>> ReassignAsync(ReassignRequest request, CancellationToken ct)
    {
        var references = (request.References ?? []).Where(r => !string.IsNullOrWhiteSpace(r)).Select(r => r.Trim())
            .Distinct(StringComparer.Ordinal).ToList();
        var v = new Validation()
            .Check(references.Count > 0, "references", "Choose at least one service request to reassign.")
            .Check(references.Count <= MaxReferences, "references", $"Reassign at most {MaxReferences} service requests at once.")
            .Required("toStaffNumber", request.ToStaffNumber, "Choose who to reassign them to.");
        var staff = string.IsNullOrWhiteSpace(request.ToStaffNumber) ? null
            : await db.Staff.AsNoTracking().FirstOrDefaultAsync(s => s.StaffNumber == request.ToStaffNumber.Trim(), ct);
        v.Check(string.IsNullOrWhiteSpace(request.ToStaffNumber) || staff is not null, "toStaffNumber", "Choose a member of staff who exists.");
        if (!v.IsValid)
        {
            return v.ToRefusal();
        }

        var actor = await actors.RequireAsync(ct);
        var owner = Owner.ForStaff(staff!.StaffNumber, staff.Name, staff.TeamCode);
        var found = await db.ServiceRequests.IgnoreAutoIncludes().Where(s => references.Contains(s.Reference))
            .ToDictionaryAsync(s => s.Reference, StringComparer.Ordinal, ct);
        var at = time.GetUtcNow();
        var refused = new List<ReassignRefusalDto>();
        var moved = 0;
        foreach (var reference in references)
        {
            var refusal = found.TryGetValue(reference, out var sr)
                ? sr.AssignTo(owner, actor, at)
                : new NotFound($"No service request has reference {reference}.");
            if (refusal is null)
            {
                moved++;
            }
            else
            {
                refused.Add(new ReassignRefusalDto(reference, refusal.Reason));
            }
        }

        if (moved > 0)
        {
            await db.SaveChangesAsync(ct);
        }

        return new ReassignResultDto(moved, refused);
    }
}
