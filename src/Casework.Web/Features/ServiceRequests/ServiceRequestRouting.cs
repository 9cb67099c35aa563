using Casework.Domain.Common;
using Casework.Domain.Parties;
using Casework.Domain.ServiceRequests;
using Casework.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace Casework.Web.Features.ServiceRequests;

/// <summary>Decides who owns a new SR.</summary>
public sealed class ServiceRequestRouting(CaseworkDbContext db)
{
    public async Task<Owner> OwnerForAsync(ServiceRequestType type, Employer? employer, Actor raisedBy, CancellationToken ct)
    {
        if (employer?.AccountManagerStaffNumber is { } manager)
        {
            // SR-07 / AM-05: an employer with an account manager has every new SR routed to them.
            var staff = await db.Staff.AsNoTracking().FirstOrDefaultAsync(s => s.StaffNumber == manager, ct);
            if (staff is not null)
            {
                return Owner.ForStaff(staff.StaffNumber, staff.Name, staff.TeamCode);
            }
        }

        // The caseworker on the call keeps work of their own team; other work waits in the owning team's queue.
        return raisedBy.TeamCode == type.DefaultTeamCode
            ? Owner.ForStaff(raisedBy.StaffNumber, raisedBy.Name, raisedBy.TeamCode)
            : Owner.ForTeam(type.DefaultTeamCode);
    }
}
