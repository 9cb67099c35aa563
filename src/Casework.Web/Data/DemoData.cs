using Casework.Domain.Common;
using Casework.Domain.Contact;
using Casework.Domain.Security;
using Casework.Domain.Organisation;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace Casework.Web.Data;

/// <summary>
/// Demo organisation and sign-ins, only when <c>Casework:DemoData</c> is true (the embedded default).
/// Production start-up never calls this.
/// </summary>
public static class DemoData
{
    public const string Password = "Casework-Demo-1!";
    public const string SegmentCode = "SEG-NORTH-WEST";

    private sealed record DemoUser(string UserName, string StaffNumber, string Name, string Team, string[] Roles);

    private static readonly DemoUser[] _users =
    [
        new("caseworker", "100001", "Carys Evans", TeamCodes.EmployerPayments, [StaffRoles.Caseworker]),
        new("caseworker2", "100002", "Dev Patel", TeamCodes.EmployerPayments, [StaffRoles.Caseworker]),
        new("teamleader", "100010", "Tom Leadbetter", TeamCodes.EmployerPayments, [StaffRoles.TeamLeader]),
        new("complaintsreview", "100020", "Rhiannon Price", TeamCodes.EscalatedComplaints, [StaffRoles.EscalatedComplaints]),
        new("accountmanager", "100030", "Alex Morgan", TeamCodes.EmployerPayments, [StaffRoles.AccountManager, StaffRoles.Caseworker]),
        new("accountmanager2", "100031", "Sam Okafor", TeamCodes.EmployerPayments, [StaffRoles.AccountManager, StaffRoles.Caseworker]),
        new("subjectaccess", "100040", "Gwen Hughes", TeamCodes.SubjectAccess, [StaffRoles.SubjectAccess]),
        new("segmentmanager", "100050", "Priya Shah", TeamCodes.EmployerPayments, [StaffRoles.Caseworker]),
    ];

    /// <summary>Each demo sign-in's roles (the demo work acts as these users).</summary>
    public static IReadOnlyDictionary<string, string[]> RolesByUser { get; } = _users.ToDictionary(u => u.UserName, u => u.Roles, StringComparer.Ordinal);

    /// <summary>Each demo member of staff's sign-in, by staff number.</summary>
    public static IReadOnlyDictionary<string, string> UserByStaffNumber { get; } = _users.ToDictionary(u => u.StaffNumber, u => u.UserName, StringComparer.Ordinal);

    /// <summary>Seeds the demo organisation once; true when it did so (a new database), false when it was already there.</summary>
    public static async Task<bool> SeedAsync(CaseworkDbContext db, UserManager<AppUser> users, RoleManager<IdentityRole> roles,
        ICallerSecretHasher hasher, DateTimeOffset at, CancellationToken ct)
    {
        if (await db.Staff.AnyAsync(ct))
        {
            return false;
        }

        foreach (var role in StaffRoles.All.Where(r => !roles.Roles.Any(x => x.Name == r)))
        {
            await roles.CreateAsync(new IdentityRole(role));
        }

        var extension = 4100;
        foreach (var u in _users)
        {
            db.Staff.Add(new Staff(u.StaffNumber, u.Name, "Bootle", u.Team, (extension++).ToString(System.Globalization.CultureInfo.InvariantCulture))
            {
                UserName = u.UserName,
            });
            var user = new AppUser { UserName = u.UserName, StaffNumber = u.StaffNumber, Email = $"{u.UserName}@casework.example" };
            Check(await users.CreateAsync(user, Password));
            Check(await users.AddToRolesAsync(user, u.Roles));
        }

        db.Segments.Add(new Segment(SegmentCode, "North West employers", "100050"));
        await db.SaveChangesAsync(ct);
        DemoParties.Add(db);
        await db.SaveChangesAsync(ct);
        DemoClients.Add(db, hasher, at);
        await db.SaveChangesAsync(ct);
        return true;
    }

    private static void Check(IdentityResult result)
    {
        if (!result.Succeeded)
        {
            throw new InvalidOperationException(string.Join("; ", result.Errors.Select(e => e.Description)));
        }
    }
}
