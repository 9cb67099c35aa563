using Casework.Domain.Common;
using Casework.Domain.Organisation;
using Casework.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace Casework.Web.Features.ComplaintOutcomes;

/// <summary>OUT-05: a member of staff as records refer to them: first name, site, team (by name) and extension, now.</summary>
public static class StaffReferences
{
    public static async Task<Result<StaffReference>> FindAsync(CaseworkDbContext db, string staffNumber, CancellationToken ct)
    {
        var number = staffNumber.Trim();
        var row = await (
                from s in db.Staff.AsNoTracking()
                where s.StaffNumber == number
                join t in db.Teams on s.TeamCode equals t.Code into teams
                from t in teams.DefaultIfEmpty()
                select new { Staff = s, TeamName = t == null ? null : t.Name })
            .FirstOrDefaultAsync(ct);
        return row is null
            ? new NotFound($"No member of staff has staff number {number}.")
            : StaffReference.Of(row.Staff, row.TeamName ?? row.Staff.TeamCode);
    }
}
