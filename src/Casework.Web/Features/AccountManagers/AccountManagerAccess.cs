using Casework.Web.Infrastructure.Access;
using static Casework.Domain.Common.StaffRoles;

namespace Casework.Web.Features.AccountManagers;

/// <summary>Who may use the account manager routes and pages (SEC-10); enforced by the framework, walked by Security/AccessMatrixTests.</summary>
public static class AccountManagerAccess
{
    public static AccessTable Table { get; } = new()
    {
        // 003 step 3: the caseworker refers to their team leader; the team leader decides, never refers.
        { "POST /api/account-manager-referrals", Who.Only(Caseworker) },
        { "GET /api/account-manager-referrals/{reference}", Who.AnyStaff },
        { "POST /api/account-manager-referrals/{reference}/decision", Who.Only(TeamLeader) },
        { "GET /api/account-managers/{staffNumber}/employers", Who.AnyStaff },
        { "POST /api/account-managers/{staffNumber}/reassign", Who.Only(TeamLeader) },
        { "PAGE /AccountManagers/Refer", Who.AnyStaff },
        { "POST /AccountManagers/Refer", Who.Only(Caseworker) },
        { "PAGE /AccountManagers/Referral", Who.AnyStaff },
        { "POST /AccountManagers/Referral", Who.Only(TeamLeader) },
        { "PAGE /AccountManagers/Employers", Who.AnyStaff },
        { "POST /AccountManagers/Employers", Who.Only(TeamLeader) },
        { "PAGE /AccountManagers/Mine", Who.AnyStaff },
    };
}
