using System.Globalization;
using Casework.Domain.Clients;

namespace Casework.Domain.Contact;

/// <summary>
/// What a client's change-of-circumstances SR knows when it is raised (CON-08): the client's role and suppression,
/// the day of the change, whether the client asked for a call, the client's other changes of the last few days and
/// the day a call falls due after a given change (the next working day in the client's region).
/// </summary>
public sealed record ChangeOfCircumstancesContext(
    ClientRole Role,
    DateOnly On,
    bool ClientAsked,
    bool ContactSuppressed,
    IReadOnlyList<ContactEvent> EarlierChanges,
    Func<DateOnly, DateOnly> CallDayAfter);

/// <summary>
/// The outbound-call decision a change-of-circumstances SR records (CON-08): whether a call is required, the rule that
/// decided it, when the call is due and the first day of the burst of changes it covers (CON-03).
/// </summary>
public sealed record OutboundCallPlan(bool Required, string Rule, DateOnly? CallDueOn, DateOnly? BurstStartedOn, bool ClientAsked = false)
{
    public string Describe() => Required
        ? $"Call due {CallDueOn?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}: {Rule}"
        : $"No call: {Rule}";
}

/// <summary>
/// CON-08: applies CON-01/02 to the change and CON-03 to the burst it joins — one call after the last of several
/// changes within <see cref="OutboundCallPlanner.BurstWindowDays"/> days, due the working day after that last change,
/// so the due date moves each time another change joins the burst. Suppressed contact (CON-04) means no call.
/// </summary>
public static class ChangeOfCircumstancesCalls
{
    public static OutboundCallPlan Decide(ContactReason reason, ChangeOfCircumstancesContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (context.ContactSuppressed)
        {
            return new(false, "CON-04: contact with this client is suppressed, so no outbound call is made.", null, null, context.ClientAsked);
        }

        var change = new ContactEvent(reason, context.On, context.ClientAsked);
        var own = OutboundCallRules.Decide(reason, context.Role, context.ClientAsked, false);
        if (OutboundCallRules.RuleFor(reason, context.Role) is not { IsChangeOfCircumstances: true })
        {
            // Not consolidated with other changes: it stands alone.
            return own.CallNeeded
                ? new(true, own.Rule, context.CallDayAfter(context.On), context.On, context.ClientAsked)
                : new(false, own.Rule, null, context.On, context.ClientAsked);
        }

        var changes = context.EarlierChanges
            .Where(e => e.On <= context.On && OutboundCallRules.RuleFor(e.Reason, context.Role) is { IsChangeOfCircumstances: true })
            .Append(change);
        var burst = OutboundCallPlanner.Bursts(changes).First(b => b.Any(e => ReferenceEquals(e, change)));
        var needing = burst.Where(e => OutboundCallRules.Decide(e.Reason, context.Role, e.ClientAsked, false).CallNeeded).ToList();
        if (needing.Count == 0)
        {
            return new(false, own.Rule, null, burst[0].On, context.ClientAsked);
        }

        var due = context.CallDayAfter(burst[^1].On);
        var rule = burst.Count == 1
            ? $"{own.Rule} The call is due on {Text(due)}, the working day after the change."
            : $"CON-03: {burst.Count} changes of circumstances from {Text(burst[0].On)} to {Text(burst[^1].On)} fall within "
              + $"{OutboundCallPlanner.BurstWindowDays} days, so one call is made after the last, due on {Text(due)}. "
              + OutboundCallRules.Decide(needing[0].Reason, context.Role, needing[0].ClientAsked, false).Rule;
        return new(true, rule, due, burst[0].On, context.ClientAsked);
    }

    private static string Text(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
