namespace Casework.Web.Features.Contact;

/// <summary>One change or event on the client's case: what it was, the day it was completed, whether the client asked for a call.</summary>
public sealed record ContactChangeInput(string? Reason, DateOnly? On, bool? ClientAsked);

/// <summary>The client by SCIN (their role and suppression are read from the record), or a role when no record is named.</summary>
public sealed record OutboundCallDecisionRequest(string? Scin, string? Role, IReadOnlyList<ContactChangeInput>? Changes);

public sealed record ContactChangeDto(string Reason, DateOnly On, bool ClientAsked);

public sealed record ChangeDecisionDto(string Reason, DateOnly On, bool CallNeeded, string Rule);

public sealed record PlannedCallDto(DateOnly On, IReadOnlyList<ContactChangeDto> Covers, string Rule);

/// <summary>Whether an outbound call is required (CON-01/02), and when: one call after the last of a burst (CON-03); none when suppressed (CON-04).</summary>
public sealed record OutboundCallDecisionDto(
    bool CallNeeded,
    string Role,
    bool ContactSuppressed,
    IReadOnlyList<PlannedCallDto> Calls,
    IReadOnlyList<ChangeDecisionDto> Changes);

public sealed record OutboundCallRuleDto(string Reason, string Requirement, bool IsChangeOfCircumstances, string? OnlyFor, string Rule);
