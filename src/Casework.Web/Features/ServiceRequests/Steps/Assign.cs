using Casework.Domain.Common;
using Casework.Domain.ServiceRequests;
using Microsoft.EntityFrameworkCore;

namespace Casework.Web.Features.ServiceRequests.Steps;

/// <summary>A team leader assigns the SR to a member of staff or a team that exists.</summary>
public static class Assign
{
    public static async Task<Result<ServiceRequestDto>> RunAsync(ServiceRequestWork work, string reference, AssignRequest request, CancellationToken ct)
    {
        Owner? owner = null;
        if (!string.IsNullOrWhiteSpace(request.StaffNumber))
        {
            var staff = await work.Db.Staff.AsNoTracking().FirstOrDefaultAsync(s => s.StaffNumber == request.StaffNumber, ct);
            owner = staff is null ? null : Owner.ForStaff(staff.StaffNumber, staff.Name, staff.TeamCode);
        }
        else if (!string.IsNullOrWhiteSpace(request.TeamCode) && await work.Db.Teams.AnyAsync(t => t.Code == request.TeamCode, ct))
        {
            owner = Owner.ForTeam(request.TeamCode);
        }

        if (owner is null)
        {
            return InvalidInput.For(
                string.IsNullOrWhiteSpace(request.TeamCode) ? "staffNumber" : "teamCode",
                "Choose a member of staff or a team that exists.");
        }

        return await work.RunAsync(reference, request.Version, (sr, by, at) => sr.AssignTo(owner, by, at), ct);
    }
}
