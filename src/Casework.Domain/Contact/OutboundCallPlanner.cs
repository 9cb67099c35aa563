using System.Globalization;
using Casework.Domain.Clients;

namespace Casework.Domain.Contact;

/// <summary>Something that happened on a client's case that may need an outbound call.</summary>
public sealed record ContactEvent(ContactReason Reason, DateOnly On, bool ClientAsked);

/// <summary>A call to make on <paramref name="On"/>, the events it tells the client about, and why.</summary>
public sealed record PlannedCall(DateOnly On, IReadOnlyList<ContactEvent> Covers, string Rule);

/// <summary>
/// CON-03: changes of circumstances completed within a three-day window need one call, made when the last of
/// them is done. The window starts at the first change of a burst and covers that day and the next two, so a
/// stream of changes cannot put the call off for ever; a change after the window starts a new burst. Other
/// reasons (a complaint, a call-back request) are never held back: each gets its own call on its day.
/// </summary>
public static class OutboundCallPlanner
{
    public const int BurstWindowDays = 3;

    public static IReadOnlyList<PlannedCall> Plan(IEnumerable<ContactEvent> events, ClientRole role, bool contactSuppressed,
        IReadOnlyList<OutboundCallRule>? rules = null)
    {
        if (contactSuppressed)
        {
            return [];
        }

        var calls = new List<PlannedCall>();
        var changes = new List<ContactEvent>();
        foreach (var e in events)
        {
            if (OutboundCallRules.RuleFor(e.Reason, role, rules) is { IsChangeOfCircumstances: true })
            {
                changes.Add(e);
                continue;
            }

            var decision = OutboundCallRules.Decide(e.Reason, role, e.ClientAsked, false, rules);
            if (decision.CallNeeded)
            {
                calls.Add(new PlannedCall(e.On, [e], decision.Rule));
            }
        }

        foreach (var burst in Bursts(changes))
        {
            // The call follows the last change even when that change alone would not need one: it tells the
            // client about the whole burst.
            if (burst.Any(e => OutboundCallRules.Decide(e.Reason, role, e.ClientAsked, false, rules).CallNeeded))
            {
                calls.Add(new PlannedCall(burst[^1].On, burst, Why(burst)));
            }
        }

        return [.. calls.OrderBy(c => c.On)];
    }

    /// <summary>Changes grouped into windows of <see cref="BurstWindowDays"/> days, each starting at its first change.</summary>
    public static IReadOnlyList<IReadOnlyList<ContactEvent>> Bursts(IEnumerable<ContactEvent> changes)
    {
        var bursts = new List<IReadOnlyList<ContactEvent>>();
        List<ContactEvent>? current = null;
        foreach (var change in changes.OrderBy(c => c.On))
        {
            if (current is null || change.On > current[0].On.AddDays(BurstWindowDays - 1))
            {
                current = [];
                bursts.Add(current);
            }

            current.Add(change);
        }

        return bursts;
    }

    private static string Why(IReadOnlyList<ContactEvent> burst) => burst.Count == 1
        ? $"CON-01/02: one change of circumstances ({burst[0].Reason}) on {Text(burst[0].On)} needs a call."
        : $"CON-03: {burst.Count} changes of circumstances from {Text(burst[0].On)} to {Text(burst[^1].On)} fall within {BurstWindowDays} days, so one call is made after the last.";

    private static string Text(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
