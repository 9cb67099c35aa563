using Casework.Domain.Parties;

namespace Casework.Domain.Security;

/// <summary>The agent account fields a caller may be asked about (SEC-02, procedure 001 "Contact received").</summary>
public sealed record AgentSecurityFacts(string Earn, string? AddressLine1, string? Postcode, string? Phone, string? Email)
{
    public const string Rule = "SEC-02";

    public static AgentSecurityFacts From(Agent agent) =>
        new(agent.Earn, agent.AddressLine1, agent.Postcode, agent.Phone, agent.Email);

    public AccountAnswerKey AnswerKey() => new($"Agent {Earn}", Rule,
    [
        AccountField.Text("Earn", "The employer agent reference number (EARN)", Earn),
        AccountField.Text("AddressLine1", "The first line of the company address", AddressLine1),
        AccountField.Text("Postcode", "The postcode", Postcode),
        AccountField.Phone("Phone", "The telephone number", Phone),
        AccountField.Email("Email", "The e-mail address", Email),
    ]);
}
