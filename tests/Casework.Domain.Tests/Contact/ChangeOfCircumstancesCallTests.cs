using Casework.Domain.Clients;
using Casework.Domain.Contact;
using CsCheck;

namespace Casework.Domain.Tests.Contact;

/// <summary>CON-08: a change-of-circumstances SR decides its own outbound call (CON-01/02/03/04).</summary>
public sealed class ChangeOfCircumstancesCallTests
{
    private static readonly DateOnly _monday = new(2026, 3, 2);

    private static readonly ContactReason[] _changes =
    [
        ContactReason.LiabilityOrPaymentScheduleChange, ContactReason.ServiceTypeChange, ContactReason.NameChange,
        ContactReason.AddressChange, ContactReason.BenefitTypeChange,
    ];

    // The day after, skipping nothing: the property holds for any calendar that moves forward.
    private static DateOnly NextDay(DateOnly d) => d.AddDays(1);

    private static OutboundCallPlan Decide(ContactReason reason, DateOnly on, IReadOnlyList<ContactEvent> earlier, bool suppressed = false, bool asked = false) =>
        ChangeOfCircumstancesCalls.Decide(reason, new ChangeOfCircumstancesContext(ClientRole.PayingParent, on, asked, suppressed, earlier, NextDay));

    [Fact]
    public void CON01_a_payment_schedule_change_alone_needs_a_call_the_day_after()
    {
        var plan = Decide(ContactReason.LiabilityOrPaymentScheduleChange, _monday, []);

        Assert.True(plan.Required);
        Assert.Equal(_monday.AddDays(1), plan.CallDueOn);
        Assert.Contains("CON-01", plan.Rule, StringComparison.Ordinal);
    }

    [Fact]
    public void CON02_an_address_change_needs_no_call_unless_the_client_asked()
    {
        Assert.False(Decide(ContactReason.AddressChange, _monday, []).Required);
        Assert.True(Decide(ContactReason.AddressChange, _monday, [], asked: true).Required);
    }

    [Fact]
    public void CON03_a_change_two_days_later_moves_the_one_call_after_it()
    {
        var earlier = new ContactEvent(ContactReason.LiabilityOrPaymentScheduleChange, _monday, false);

        var plan = Decide(ContactReason.AddressChange, _monday.AddDays(2), [earlier]);

        Assert.True(plan.Required);
        Assert.Equal(_monday.AddDays(3), plan.CallDueOn);
        Assert.Equal(_monday, plan.BurstStartedOn);
        Assert.Contains("CON-03", plan.Rule, StringComparison.Ordinal);
    }

    [Fact]
    public void CON03_a_change_after_the_three_day_window_starts_a_new_burst()
    {
        var earlier = new ContactEvent(ContactReason.LiabilityOrPaymentScheduleChange, _monday, false);

        var plan = Decide(ContactReason.AddressChange, _monday.AddDays(3), [earlier]);

        Assert.False(plan.Required);
        Assert.Equal(_monday.AddDays(3), plan.BurstStartedOn);
    }

    [Fact]
    public void CON04_suppressed_contact_means_no_call_whatever_changed()
    {
        var plan = Decide(ContactReason.LiabilityOrPaymentScheduleChange, _monday, [], suppressed: true);

        Assert.False(plan.Required);
        Assert.Null(plan.CallDueOn);
        Assert.Contains("CON-04", plan.Rule, StringComparison.Ordinal);
    }

    [Fact]
    public void CON08_changes_fed_one_by_one_plan_the_same_calls_as_the_planner_each_due_after_its_last_change()
    {
        Gen.Select(Gen.Int[0, _changes.Length - 1], Gen.Int[0, 6], Gen.Bool).Array[1, 8].Sample(picks =>
        {
            var events = picks.Select(p => new ContactEvent(_changes[p.Item1], _monday.AddDays(p.Item2), p.Item3)).OrderBy(e => e.On).ToList();
            var plans = new List<OutboundCallPlan>();
            for (var i = 0; i < events.Count; i++)
            {
                plans.Add(Decide(events[i].Reason, events[i].On, events.Take(i).ToList(), asked: events[i].ClientAsked));
            }

            // The last plan of each burst is the call that stands; earlier ones were moved by it.
            var standing = plans.Where(p => p.Required).GroupBy(p => p.BurstStartedOn).Select(g => g.Last().CallDueOn!.Value).Order().ToList();
            var planned = OutboundCallPlanner.Plan(events, ClientRole.PayingParent, false).Select(c => NextDay(c.On)).Order().ToList();
            Assert.Equal(planned, standing);
            Assert.All(plans.Where(p => p.Required), p => Assert.True(p.CallDueOn > p.BurstStartedOn));
        });
    }

    [Fact]
    public void CON04_property_suppressed_never_needs_a_call()
    {
        Gen.Select(Gen.Int[0, _changes.Length - 1], Gen.Int[0, 6], Gen.Bool).Sample(p =>
            Assert.False(Decide(_changes[p.Item1], _monday.AddDays(p.Item2), [], suppressed: true, asked: p.Item3).Required));
    }
}
