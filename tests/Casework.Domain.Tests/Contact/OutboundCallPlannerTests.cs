using Casework.Domain.Clients;
using Casework.Domain.Contact;
using CsCheck;

namespace Casework.Domain.Tests.Contact;

/// <summary>CON-03: changes of circumstances within three days need one call, after the last of them.</summary>
public sealed class OutboundCallPlannerTests
{
    private static readonly DateOnly _monday = new(2026, 3, 2);

    [Fact]
    public void CON03_three_changes_within_three_days_need_one_call_on_the_day_of_the_last()
    {
        ContactEvent[] changes =
        [
            new(ContactReason.LiabilityOrPaymentScheduleChange, _monday, false),
            new(ContactReason.AddressChange, _monday.AddDays(1), false),
            new(ContactReason.ServiceTypeChange, _monday.AddDays(2), false),
        ];

        var call = Assert.Single(OutboundCallPlanner.Plan(changes, ClientRole.ReceivingParent, false));

        Assert.Equal(_monday.AddDays(2), call.On);
        Assert.Equal(3, call.Covers.Count);
        Assert.StartsWith("CON-03", call.Rule, StringComparison.Ordinal);
    }

    [Fact]
    public void CON03_a_change_after_the_window_starts_a_new_burst_and_its_own_call()
    {
        ContactEvent[] changes =
        [
            new(ContactReason.LiabilityOrPaymentScheduleChange, _monday, false),
            new(ContactReason.LiabilityOrPaymentScheduleChange, _monday.AddDays(3), false),
        ];

        Assert.Equal([_monday, _monday.AddDays(3)], OutboundCallPlanner.Plan(changes, ClientRole.PayingParent, false).Select(c => c.On));
    }

    [Fact]
    public void CON03_the_call_waits_for_a_last_change_that_alone_would_need_none()
    {
        ContactEvent[] changes =
        [
            new(ContactReason.LiabilityOrPaymentScheduleChange, _monday, false),
            new(ContactReason.NameChange, _monday.AddDays(2), false),
        ];

        Assert.Equal(_monday.AddDays(2), Assert.Single(OutboundCallPlanner.Plan(changes, ClientRole.PayingParent, false)).On);
    }

    [Fact]
    public void CON02_a_burst_of_changes_the_client_did_not_ask_about_needs_no_call() =>
        Assert.Empty(OutboundCallPlanner.Plan(
            [new(ContactReason.NameChange, _monday, false), new(ContactReason.AddressChange, _monday.AddDays(1), false)],
            ClientRole.PayingParent, false));

    [Fact]
    public void CON03_a_call_back_request_is_not_held_back_by_a_burst()
    {
        ContactEvent[] events =
        [
            new(ContactReason.LiabilityOrPaymentScheduleChange, _monday, false),
            new(ContactReason.CallBackRequest, _monday, true),
            new(ContactReason.AddressChange, _monday.AddDays(2), false),
        ];

        Assert.Equal([_monday, _monday.AddDays(2)], OutboundCallPlanner.Plan(events, ClientRole.ReceivingParent, false).Select(c => c.On));
    }

    [Fact]
    public void CON04_suppressed_contact_plans_no_calls() =>
        Assert.Empty(OutboundCallPlanner.Plan([new(ContactReason.CallBackRequest, _monday, true)], ClientRole.ReceivingParent, true));

    private static readonly Gen<ContactEvent> _event = Gen.Select(
        Gen.Enum<ContactReason>(), Gen.Int[0, 30].Select(d => _monday.AddDays(d)), Gen.Bool,
        (reason, on, asked) => new ContactEvent(reason, on, asked));

    [Fact]
    public void CON03_each_burst_gets_at_most_one_call_after_its_last_change_and_every_needed_change_is_covered_once() =>
        Gen.Select(_event.Array[0, 12], Gen.Enum<ClientRole>()).Sample((events, role) =>
        {
            var calls = OutboundCallPlanner.Plan(events, role, false);
            var changes = events.Where(IsChange(role)).ToArray();
            var bursts = OutboundCallPlanner.Bursts(changes);
            var burstCalls = calls.Where(c => c.Covers.Any(IsChange(role))).ToArray();
            var neededChanges = changes.Where(e => Needed(e, role)).ToArray();
            return bursts.All(b => b[^1].On <= b[0].On.AddDays(2))
                && bursts.Zip(bursts.Skip(1)).All(p => p.Second[0].On > p.First[0].On.AddDays(2))
                && burstCalls.All(c => c.On == c.Covers.Max(e => e.On) && c.Covers.All(IsChange(role)))
                && burstCalls.Length == bursts.Count(b => b.Any(e => Needed(e, role)))
                && neededChanges.All(e => burstCalls.Count(c => c.Covers.Contains(e)) == 1)
                && calls.Where(c => !c.Covers.Any(IsChange(role))).All(c => c.Covers.Count == 1 && c.On == c.Covers[0].On)
                && calls.Select(c => c.On).SequenceEqual(calls.Select(c => c.On).Order());
        });

    [Fact]
    public void CON04_whatever_happened_a_suppressed_client_gets_no_call() =>
        Gen.Select(_event.Array[0, 12], Gen.Enum<ClientRole>()).Sample((events, role) =>
            OutboundCallPlanner.Plan(events, role, contactSuppressed: true).Count == 0);

    private static Func<ContactEvent, bool> IsChange(ClientRole role) =>
        e => OutboundCallRules.RuleFor(e.Reason, role) is { IsChangeOfCircumstances: true };

    private static bool Needed(ContactEvent e, ClientRole role) =>
        OutboundCallRules.Decide(e.Reason, role, e.ClientAsked, false).CallNeeded;
}
