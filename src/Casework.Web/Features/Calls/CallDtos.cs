namespace Casework.Web.Features.Calls;

public sealed record StartCallRequest(string? CallerType, string? Reference);

/// <summary>A question the caseworker reads out: never an answer, never an account value (SEC-06).</summary>
public sealed record SecurityQuestionDto(string Id, string Prompt);

public sealed record CallStartedDto(int Id, IReadOnlyList<SecurityQuestionDto> Questions);

public sealed record SecurityAnswerInput(string? Id, string? Answer);

public sealed record SecurityAnswersRequest(IReadOnlyList<SecurityAnswerInput>? Answers);

/// <summary>COR-05: a Welsh speaker who passed security gets a call-back from the Welsh language unit.</summary>
public sealed record WelshCallBackDto(string Team, string Reason);

public sealed record SecurityAnswersResultDto(bool Passed, string? TransferTo, DateTimeOffset? LockedUntil, WelshCallBackDto? WelshCallBack = null);

/// <summary>The call record: who was checked, what was asked, the outcome and the SRs raised on the call.</summary>
public sealed record CallDto(
    int Id,
    string CallerType,
    string Reference,
    string Status,
    IReadOnlyList<SecurityQuestionDto> Questions,
    string StartedBy,
    DateTimeOffset StartedAt,
    DateTimeOffset? AnsweredAt,
    string? TransferTo,
    DateTimeOffset? LockedUntil,
    IReadOnlyList<string> ServiceRequests);
