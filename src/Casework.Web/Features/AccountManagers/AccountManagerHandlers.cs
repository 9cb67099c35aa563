using Casework.Domain.Common;
using Casework.Web.Data;
using Casework.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Casework.Web.Features.AccountManagers;

/// <summary>An account manager's allocation (003 steps 10–16): the employers they manage, and moving them all at once.</summary>
public sealed class AccountManagerHandlers(CaseworkDbContext db, AccountManagerStaff managers)
{
    public async Task<Result<IReadOnlyList<ManagedEmployerDto>>> EmployersAsync(string staffNumber, CancellationToken ct)
    {
        if (!await managers.ExistsAsync(staffNumber, ct))
        {
            return new NotFound($"No member of staff has staff number {staffNumber}.");
        }

        return await db.Employers.AsNoTracking()
            .Where(e => e.AccountManagerStaffNumber == staffNumber)
            .OrderBy(e => e.Name).ThenBy(e => e.Ern)
            .Select(e => new ManagedEmployerDto(e.Ern, e.Name, e.Region))
            .ToListAsync(ct);
    }

    /// <summary>
    /// Leave cover (003 "Changing an Account Manager … due to leave"): the whole allocation moves in one save.
    /// No letter goes out — it is a workload change (003 step 17).
    /// </summary>
    public async Task<Result<ReassignedDto>> ReassignAsync(string fromStaffNumber, ReassignRequest request, CancellationToken ct)
    {
        if (!await managers.ExistsAsync(fromStaffNumber, ct))
        {
            return new NotFound($"No member of staff has staff number {fromStaffNumber}.");
        }

        if (string.IsNullOrWhiteSpace(request.ToStaffNumber))
        {
            return InvalidInput.For("toStaffNumber", "Choose the account manager to move the employers to.");
        }

        var to = await managers.RequireAsync("toStaffNumber", request.ToStaffNumber.Trim(), ct);
        if (!to.IsSuccess)
        {
            return to.Refusal!;
        }

        if (to.Value!.StaffNumber == fromStaffNumber)
        {
            return new RuleBroken($"The employers are already with {fromStaffNumber}: choose another account manager.");
        }

        var employers = await db.Employers.Where(e => e.AccountManagerStaffNumber == fromStaffNumber).OrderBy(e => e.Ern).ToListAsync(ct);
        foreach (var employer in employers)
        {
            employer.AssignAccountManager(to.Value.StaffNumber);
        }

        await db.SaveChangesAsync(ct);
        return new ReassignedDto(fromStaffNumber, to.Value.StaffNumber, [.. employers.Select(e => e.Ern)]);
    }
}
