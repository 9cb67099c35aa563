using Casework.Domain.Common;
using Casework.Domain.ServiceRequests;

namespace Casework.Domain.AccountManagers;

/// <summary>
/// Moves a referral's SR through the ordinary SR status machine, so its plan and trail read like any other SR.
/// Raised: the reason is recorded (activity 1) and the SR waits in Pending Approval / Pending Approval TL,
/// owned by the caseworker, so the team leader sees it in the team's inbox.
/// Decided: the decision is noted, the remaining activities are done and the SR is Closed / Completed —
/// for a rejection too, because a rejected referral is the team leader's finished decision, not withdrawn work.
/// </summary>
public static class ReferralServiceRequest
{
    public static Refusal? SendToTeamLeader(ServiceRequest sr, string reason, Actor by, DateTimeOffset at) =>
        sr.AddNote($"Referral to team leader: {reason}", by, at)
        ?? CompleteOpenActivities(sr, by, at, upTo: 1)
        ?? sr.ChangeStatus(ServiceRequestStatus.InProgress, SubStatuses.InProgress, by, at)
        ?? sr.ChangeStatus(ServiceRequestStatus.PendingApproval, SubStatuses.PendingApprovalTL, by, at);

    public static Refusal? Close(ServiceRequest sr, AccountManagerReferral referral, Actor by, DateTimeOffset at)
    {
        if (sr.IsClosed)
        {
            return new NotAllowedInState($"Service request {sr.Reference} is already closed.");
        }

        var verdict = referral.Status == ReferralStatus.Approved ? "approved" : "rejected";
        var letter = referral.LetterDue is { } code ? $" Letter {code} queued." : " No letter is due.";
        return sr.AddNote($"Team leader {verdict} the referral: {referral.DecisionReason?.TrimEnd('.')}.{letter}", by, at)
            ?? BackToWork(sr, by, at)
            ?? CompleteOpenActivities(sr, by, at, upTo: int.MaxValue)
            ?? sr.ChangeStatus(ServiceRequestStatus.Closed, SubStatuses.Completed, by, at, $"Team leader {verdict} the referral");
    }

    private static Refusal? BackToWork(ServiceRequest sr, Actor by, DateTimeOffset at) => sr.Status switch
    {
        ServiceRequestStatus.InProgress => null,
        ServiceRequestStatus.Open or ServiceRequestStatus.PendingApproval or ServiceRequestStatus.Wait or ServiceRequestStatus.PendingAssignment =>
            sr.ChangeStatus(ServiceRequestStatus.InProgress, SubStatuses.InProgress, by, at),
        _ => new NotAllowedInState($"Service request {sr.Reference} is {sr.Status}."),
    };

    private static Refusal? CompleteOpenActivities(ServiceRequest sr, Actor by, DateTimeOffset at, int upTo)
    {
        foreach (var activity in sr.Activities.Where(a => !a.Done && a.Number <= upTo).OrderBy(a => a.Number).ToList())
        {
            if (sr.CompleteActivity(activity.Number, by, at) is { } refusal)
            {
                return refusal;
            }
        }

        return null;
    }
}
