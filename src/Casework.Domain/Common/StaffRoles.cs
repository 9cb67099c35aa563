namespace Casework.Domain.Common;

/// <summary>The role names of API.md; Identity roles use these exact strings.</summary>
public static class StaffRoles
{
    public const string Caseworker = nameof(Caseworker);
    public const string TeamLeader = nameof(TeamLeader);
    public const string EscalatedComplaints = nameof(EscalatedComplaints);
    public const string AccountManager = nameof(AccountManager);
    public const string SubjectAccess = nameof(SubjectAccess);

    public static readonly IReadOnlyList<string> All =
        [Caseworker, TeamLeader, EscalatedComplaints, AccountManager, SubjectAccess];
}
