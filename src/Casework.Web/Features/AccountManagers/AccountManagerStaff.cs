using Casework.Domain.Common;
using Casework.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace Casework.Web.Features.AccountManagers;

public sealed record AccountManagerContact(string StaffNumber, string Name, string TeamCode, string Phone);

/// <summary>Finds members of staff who hold the AccountManager role: only they may be given an employer's account.</summary>
public sealed class AccountManagerStaff(CaseworkDbContext db)
{
    /// <summary>
    /// The public line letters print with the account manager's extension (CMSL8003/8005/8006 "contact them on …");
    /// employers dial it and key the extension.
    /// </summary>
    public const string EmployerLine = "0800 171 2345";

    public Task<bool> ExistsAsync(string staffNumber, CancellationToken ct) => db.Staff.AnyAsync(s => s.StaffNumber == staffNumber, ct);

    /// <summary>The account manager with this staff number, or null when the person is unknown or lacks the role.</summary>
    public async Task<AccountManagerContact?> FindAsync(string staffNumber, CancellationToken ct)
    {
        var row = await (
                from s in db.Staff
                where s.StaffNumber == staffNumber
                join u in db.Users on s.UserName equals u.UserName
                join ur in db.UserRoles on u.Id equals ur.UserId
                join r in db.Roles on ur.RoleId equals r.Id
                where r.Name == StaffRoles.AccountManager
                select new { s.StaffNumber, s.Name, s.TeamCode, s.Extension })
            .FirstOrDefaultAsync(ct);
        return row is null ? null : new AccountManagerContact(row.StaffNumber, row.Name, row.TeamCode, $"{EmployerLine} extension {row.Extension}");
    }

    /// <summary>Resolves a chosen staff number: 400 when nobody has it, 422 when they are not an account manager.</summary>
    public async Task<Result<AccountManagerContact>> RequireAsync(string field, string staffNumber, CancellationToken ct)
    {
        if (await FindAsync(staffNumber, ct) is { } manager)
        {
            return manager;
        }

        return await ExistsAsync(staffNumber, ct)
            ? new RuleBroken($"Staff member {staffNumber} is not an account manager.")
            : InvalidInput.For(field, $"No member of staff has staff number {staffNumber}.");
    }
}
