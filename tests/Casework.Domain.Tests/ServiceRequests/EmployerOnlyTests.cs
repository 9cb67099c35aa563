using Casework.Domain.Common;
using Casework.Domain.ServiceRequests;
using Casework.Domain.Tests.Builders;
using static Casework.Domain.Tests.Builders.ServiceRequestBuilder;

namespace Casework.Domain.Tests.ServiceRequests;

/// <summary>SR-03: some combinations may be raised only for an employer, never an agent; SR-01 party identifiers.</summary>
public sealed class EmployerOnlyTests
{
    public static TheoryData<bool, bool> AgentInvolved() => new()
    {
        { true, false },
        { false, true },
        { true, true },
    };

    [Theory]
    [MemberData(nameof(AgentInvolved))]
    public void SR03_employer_only_type_is_refused_for_an_agent_with_a_reason(bool forAgent, bool raisedByAgent)
    {
        var builder = AServiceRequest().OfType(CatalogueTypes.EmployerOnly());
        builder = forAgent ? builder.ForAgent() : builder.ForEmployer();
        builder = raisedByAgent ? builder.RaisedByAgent() : builder;

        var refused = Assert.IsType<RuleBroken>(builder.TryRaise().Refusal);

        Assert.Contains("employer", refused.Reason, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("Link Agent", refused.Reason, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(AgentInvolved))]
    public void SR03_a_type_open_to_agents_may_be_raised_by_or_for_an_agent(bool forAgent, bool raisedByAgent)
    {
        var builder = AServiceRequest().OfType(CatalogueTypes.WithActivities(3));
        builder = forAgent ? builder.ForAgent() : builder.ForEmployer();
        builder = raisedByAgent ? builder.RaisedByAgent() : builder;

        var sr = builder.Raise();

        Assert.Equal(forAgent ? PartyKind.Agent : PartyKind.Employer, sr.PartyKind);
        Assert.Equal(raisedByAgent ? RaisedBy.Agent : RaisedBy.Employer, sr.RaisedBy);
    }

    [Fact]
    public void SR03_employer_only_type_raised_by_an_employer_for_itself_is_accepted()
    {
        var sr = AServiceRequest().OfType(CatalogueTypes.EmployerOnly()).ForEmployer().Raise();

        Assert.Equal(("Employer", "Update Details", "Link Agent"), (sr.Process, sr.Area, sr.SubArea));
        Assert.Equal(EmployerErn, sr.EmployerErn);
    }

    [Fact]
    public void SR03_employer_only_type_is_refused_for_a_client()
    {
        var result = AServiceRequest().OfType(CatalogueTypes.EmployerOnly()).ForClient().TryRaise();

        Assert.IsType<RuleBroken>(result.Refusal);
    }

    [Fact]
    public void SR01_an_employer_request_needs_the_ern()
    {
        var command = AServiceRequest().ForEmployer().Command with { EmployerErn = "" };

        var refused = Assert.IsType<RuleBroken>(ServiceRequest.Raise(command, Actors.Caseworker, RaisedAt).Refusal);

        Assert.Contains("ERN", refused.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void SR01_an_agent_request_needs_the_earn()
    {
        var command = AServiceRequest().ForAgent().Command with { AgentEarn = null };

        var refused = Assert.IsType<RuleBroken>(ServiceRequest.Raise(command, Actors.Caseworker, RaisedAt).Refusal);

        Assert.Contains("EARN", refused.Reason, StringComparison.Ordinal);
    }
}
