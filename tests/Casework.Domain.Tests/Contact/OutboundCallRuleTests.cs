using Casework.Domain.Clients;
using Casework.Domain.Contact;

namespace Casework.Domain.Tests.Contact;

/// <summary>CON-01/02/04: the outbound-call table and the decision read from it.</summary>
public sealed class OutboundCallRuleTests
{
    [Theory]
    [InlineData(ContactReason.LiabilityOrPaymentScheduleChange)]
    [InlineData(ContactReason.GatherInformation)]
    [InlineData(ContactReason.Complaint)]
    [InlineData(ContactReason.ServiceTypeChange)]
    [InlineData(ContactReason.AnnualReviewAfterCaseworkerDecision)]
    [InlineData(ContactReason.DirectNonSchemePayments)]
    [InlineData(ContactReason.CallBackRequest)]
    public void CON01_these_reasons_always_need_a_call(ContactReason reason)
    {
        var decision = OutboundCallRules.Decide(reason, ClientRole.ReceivingParent, clientAsked: false, contactSuppressed: false);

        Assert.True(decision.CallNeeded);
        Assert.StartsWith("CON-01", decision.Rule, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(ContactReason.NameChange)]
    [InlineData(ContactReason.AddressChange)]
    [InlineData(ContactReason.BenefitTypeChange)]
    [InlineData(ContactReason.ChangeRejectedForMissingInformation)]
    [InlineData(ContactReason.AnnualReviewAfterAutomatedSrIntervention)]
    public void CON02_these_reasons_need_a_call_only_when_the_client_asked(ContactReason reason)
    {
        Assert.False(OutboundCallRules.Decide(reason, ClientRole.PayingParent, false, false).CallNeeded);
        Assert.True(OutboundCallRules.Decide(reason, ClientRole.PayingParent, true, false).CallNeeded);
    }

    [Fact]
    public void CON02_a_deo_imposed_for_non_compliance_is_on_request_for_the_paying_parent_only()
    {
        Assert.False(OutboundCallRules.Decide(ContactReason.DeoImposedForNonCompliance, ClientRole.PayingParent, false, false).CallNeeded);
        var receiving = OutboundCallRules.Decide(ContactReason.DeoImposedForNonCompliance, ClientRole.ReceivingParent, false, false);
        Assert.True(receiving.CallNeeded);
        Assert.Contains("keep them informed", receiving.Rule, StringComparison.Ordinal);
    }

    [Fact]
    public void CON04_suppressed_contact_never_needs_a_call() =>
        Assert.All(Enum.GetValues<ContactReason>(), reason =>
            Assert.False(OutboundCallRules.Decide(reason, ClientRole.ReceivingParent, true, contactSuppressed: true).CallNeeded));

    [Fact]
    public void CON01_every_reason_has_exactly_one_row_per_role() =>
        Assert.All(Enum.GetValues<ContactReason>(), reason =>
            Assert.Single(OutboundCallRules.Default, r => r.Reason == reason));

    [Fact]
    public void CON01_the_table_is_data_a_different_table_changes_the_decision()
    {
        IReadOnlyList<OutboundCallRule> rules = [new(ContactReason.NameChange, CallRequirement.Required, true, null, "Local rule.")];

        Assert.Equal(new OutboundCallDecision(true, "Local rule."),
            OutboundCallRules.Decide(ContactReason.NameChange, ClientRole.PayingParent, false, false, rules));
    }
}
