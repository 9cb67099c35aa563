using Casework.Domain.AccountManagers;
using Casework.Domain.Calendar;
using Casework.Domain.Common;
using Casework.Domain.Parties;
using Casework.Domain.ServiceRequests;
using Casework.Web.Data;
using Casework.Web.Features.ServiceRequests;
using Casework.Web.Infrastructure;
using Casework.Web.Infrastructure.Telemetry;
using Microsoft.EntityFrameworkCore;

namespace Casework.Web.Features.AccountManagers;

/// <summary>
/// Account manager referrals (AM-02/03/04): each command loads what it needs, calls the domain and saves once,
/// so the referral, its SR, the employer's account team and any letter change together or not at all.
/// </summary>
public sealed partial class ReferralHandlers(
    CaseworkDbContext db,
    CurrentActor actors,
    TimeProvider time,
    IWorkingDayCalendar calendar,
    ReferenceNumbers references,
    AccountManagerStaff managers,
    ReferralLetters letters,
    CaseworkMetrics metrics)
{
    public const string Process = "Employer";
    public const string Area = "Account Manager";

    public async Task<Result<ReferralDto>> RaiseAsync(RaiseReferralRequest r, CancellationToken ct)
    {
        var validation = new Validation()
            .Required("employerErn", r.EmployerErn, "Enter the employer's ERN.")
            .Enum<ReferralKind>("kind", r.Kind, required: true, "Choose Allocate, Change or Remove")
            .Required("reason", r.Reason, "Enter the reason for the referral.")
            .MaxLength("reason", r.Reason, 2000);
        if (!validation.IsValid)
        {
            return validation.ToRefusal();
        }

        var employer = await db.Employers.AsNoTracking().FirstOrDefaultAsync(e => e.Ern == r.EmployerErn!.Trim(), ct);
        if (employer is null)
        {
            return InvalidInput.For("employerErn", $"No employer has ERN {r.EmployerErn}.");
        }

        var kind = Validation.ParseEnum<ReferralKind>(r.Kind!);
        var type = (await db.ServiceRequestTypes.AsNoTracking().Where(t => t.Process == Process && t.Area == Area).ToListAsync(ct))
            .FirstOrDefault(t => t.Matches(Process, Area, kind.ToString()));
        if (type is null)
        {
            return new RuleBroken($"{Process} / {Area} / {kind} is missing from the service request catalogue.");
        }

        var actor = await actors.RequireAsync(ct);
        var now = time.GetUtcNow();
        var criteria = await CriteriaAsync(employer.Ern, r.Complex ?? false, now, ct);
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        // The reference is taken only once the SR and the referral are accepted, so a refused referral leaves no gap.
        var made = await references.WithNextServiceRequestReferenceAsync<(ServiceRequest Sr, AccountManagerReferral Referral)>(
            reference =>
            {
                var sr = ServiceRequest.Raise(
                    new RaiseServiceRequest(
                        reference, type, PartyKind.Employer, employer.Ern, null,
                        RaisedBy.Employer, Channel.Referral,
                        // A referral is the caseworker's own request to their team leader, not employer work, so SR-07 routing
                        // to the account manager does not apply: the account manager must not hold the referral about themselves.
                        Owner.ForStaff(actor.StaffNumber, actor.Name, actor.TeamCode),
                        Target(type, employer.Region, now),
                        employer.Region),
                    actor,
                    now);
                if (!sr.IsSuccess)
                {
                    return sr.Refusal!;
                }

                var circumstances = new ReferralCircumstances(r.RequestedByEmployer ?? false, r.DiscussedByPhone ?? false, r.ForWorkload ?? false);
                var referral = AccountManagerReferral.Raise(
                    new RaiseReferral(sr.Value!.Reference, employer.Ern, kind, r.Reason!, circumstances, criteria),
                    employer.AccountManagerStaffNumber, actor, now);
                if (!referral.IsSuccess)
                {
                    return referral.Refusal!;
                }

                return ReferralServiceRequest.SendToTeamLeader(sr.Value, referral.Value!.Reason, actor, now) is { } refused
                    ? refused
                    : (sr.Value, referral.Value);
            },
            ct);
        if (!made.IsSuccess)
        {
            return made.Refusal!;
        }

        var (sr, referral) = made.Value;
        db.ServiceRequests.Add(sr);
        db.AccountManagerReferrals.Add(referral);
        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
        metrics.ServiceRequestRaised(sr);
        return ToDto(referral);
    }

    public async Task<Result<ReferralDto>> GetAsync(string reference, CancellationToken ct)
    {
        var referral = await db.AccountManagerReferrals.AsNoTracking().FirstOrDefaultAsync(x => x.Reference == reference, ct);
        return referral is null ? Missing(reference) : ToDto(referral);
    }

    /// <summary>AM-02: the criteria facts — active DEOs, the caseworker's complexity flag, complaints SRs in the last six months.</summary>
    private async Task<ReferralCriteria> CriteriaAsync(string ern, bool complex, DateTimeOffset now, CancellationToken ct)
    {
        var activeDeos = await db.Deos.CountAsync(d => d.EmployerErn == ern && d.Status == DeoStatus.Active, ct);
        var since = now.AddMonths(-6);
        var complaints = await db.ServiceRequests.IgnoreAutoIncludes()
            .Where(s => s.EmployerErn == ern && s.Area == "Complaints")
            .Select(s => s.CreatedAt)
            .ToListAsync(ct);
        // Counted in memory: SQLite cannot compare DateTimeOffset values in SQL, and an employer has few complaints.
        return new ReferralCriteria(activeDeos, complex, complaints.Count(at => at >= since));
    }

    private Deadline Target(ServiceRequestType type, Region region, DateTimeOffset now)
    {
        var today = UkClock.DateOf(now);
        return new Deadline(
            calendar.AddWorkingDays(today, type.TargetWorkingDays, region),
            $"{type.TargetWorkingDays} working days from {Display.Date(today)} ({Display.Region(region)} bank holidays)");
    }

    internal static ReferralDto ToDto(AccountManagerReferral r) => new(
        r.Reference, r.EmployerErn, r.Kind, r.Status, r.Reason, r.RequestedByEmployer, r.DiscussedByPhone, r.ForWorkload,
        new CriteriaDto(r.ActiveDeos, r.Complex, r.RecentComplaints), r.AccountManagerWhenRaised, r.RaisedBy, r.RaisedAt,
        r.IsDecided ? new DecisionDto(r.Status == ReferralStatus.Approved, r.DecidedBy!, r.DecidedAt!.Value, r.DecisionReason!, r.ChosenAccountManager, r.LetterDue) : null,
        r.Version);

    private static NotFound Missing(string reference) => new($"No account manager referral has reference {reference}.");
}
