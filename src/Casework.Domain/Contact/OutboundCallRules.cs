using Casework.Domain.Clients;

namespace Casework.Domain.Contact;

/// <summary>Why the agency might call a client (CON-01/02, procedure 004).</summary>
public enum ContactReason
{
    LiabilityOrPaymentScheduleChange,
    GatherInformation,
    Complaint,
    ServiceTypeChange,
    AnnualReviewAfterCaseworkerDecision,
    DirectNonSchemePayments,
    CallBackRequest,
    NameChange,
    AddressChange,
    BenefitTypeChange,
    ChangeRejectedForMissingInformation,
    DeoImposedForNonCompliance,
    AnnualReviewAfterAutomatedSrIntervention,
}

public enum CallRequirement
{
    Required,
    NotRequiredUnlessClientAsked,
}

/// <summary>
/// One row of the outbound-call table. <paramref name="OnlyFor"/> limits a row to one role; a change of
/// circumstances is consolidated with others close to it (CON-03).
/// </summary>
public sealed record OutboundCallRule(ContactReason Reason, CallRequirement Requirement, bool IsChangeOfCircumstances, ClientRole? OnlyFor, string Rule);

public sealed record OutboundCallDecision(bool CallNeeded, string Rule);

/// <summary>The outbound-call rules as data (CON-01/02), read by <see cref="Decide"/> and the planner.</summary>
public static class OutboundCallRules
{
    public static IReadOnlyList<OutboundCallRule> Default { get; } =
    [
        Required(ContactReason.LiabilityOrPaymentScheduleChange, true, "a change in liability or payment schedule"),
        Required(ContactReason.GatherInformation, false, "gathering information"),
        Required(ContactReason.Complaint, false, "a complaint or dissatisfaction"),
        Required(ContactReason.ServiceTypeChange, true, "a change of service type"),
        Required(ContactReason.AnnualReviewAfterCaseworkerDecision, false, "an annual review following a caseworker decision"),
        Required(ContactReason.DirectNonSchemePayments, false, "direct non-scheme payments"),
        Required(ContactReason.CallBackRequest, false, "a call-back request"),
        OnRequest(ContactReason.NameChange, true, null, "a change of name"),
        OnRequest(ContactReason.AddressChange, true, null, "a change of address"),
        OnRequest(ContactReason.BenefitTypeChange, true, null, "a change of benefit type"),
        OnRequest(ContactReason.ChangeRejectedForMissingInformation, true, null, "a change rejected because the applicant did not provide information"),
        OnRequest(ContactReason.DeoImposedForNonCompliance, false, ClientRole.PayingParent, "a DEO imposed on the paying parent for non-compliance"),
        OnRequest(ContactReason.AnnualReviewAfterAutomatedSrIntervention, false, null, "an annual review where automated SRs needed caseworker intervention"),
    ];

    /// <summary>
    /// Whether one event needs a call. Suppressed contact never does (CON-04). With no row for the reason and
    /// role, the call is made: 004 asks that clients be kept informed even where no procedure says to call.
    /// </summary>
    public static OutboundCallDecision Decide(ContactReason reason, ClientRole role, bool clientAsked, bool contactSuppressed,
        IReadOnlyList<OutboundCallRule>? rules = null)
    {
        if (contactSuppressed)
        {
            return new(false, "CON-04: contact with this client is suppressed, so no outbound call is made.");
        }

        var rule = RuleFor(reason, role, rules);
        return rule switch
        {
            null => new(true, $"004: no rule covers {reason} for a {role}, so the client is called to keep them informed."),
            { Requirement: CallRequirement.Required } => new(true, rule.Rule),
            _ when clientAsked => new(true, $"{rule.Rule} The client asked for a call, so one is made."),
            _ => new(false, rule.Rule),
        };
    }

    public static OutboundCallRule? RuleFor(ContactReason reason, ClientRole role, IReadOnlyList<OutboundCallRule>? rules = null) =>
        (rules ?? Default).FirstOrDefault(r => r.Reason == reason && (r.OnlyFor is null || r.OnlyFor == role));

    private static OutboundCallRule Required(ContactReason reason, bool changeOfCircumstances, string what) =>
        new(reason, CallRequirement.Required, changeOfCircumstances, null, $"CON-01: an outbound call is required for {what}.");

    private static OutboundCallRule OnRequest(ContactReason reason, bool changeOfCircumstances, ClientRole? onlyFor, string what) =>
        new(reason, CallRequirement.NotRequiredUnlessClientAsked, changeOfCircumstances, onlyFor,
            $"CON-02: no outbound call is needed for {what} unless the client asked for one.");
}
