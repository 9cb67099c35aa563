namespace Casework.Web.Features.Reports;

/// <summary>RPT-01: complaints received per month and issue category (the code; "Uncategorised" when logged without one).</summary>
public sealed record TrendRowDto(string Month, string IssueCategory, int Count);

/// <summary>RPT-01: two or more complaints of one employer in one category received within six months of each other.</summary>
public sealed record RepeatComplaintDto(string EmployerErn, string IssueCategory, IReadOnlyList<string> References);

public sealed record ComplaintTrendsDto(IReadOnlyList<TrendRowDto> Rows, IReadOnlyList<RepeatComplaintDto> RepeatComplaints);

/// <summary>RPT-02: per owning team and month of receipt; definitions on the report page and in ComplaintReports.</summary>
public sealed record TimelinessRowDto(
    string Team, string Month, int Logged, int Acknowledged, int AcknowledgedInTime, int Closed, int ClosedInTime, int Breached);

public sealed record TimelinessDto(IReadOnlyList<TimelinessRowDto> Rows);

/// <summary>RPT-03: derived complaint outcomes (OUT-03) and the money in done plan lines (EC-13).</summary>
public sealed record OutcomesDto(IReadOnlyDictionary<string, int> Outcomes, decimal RefundTotal, decimal RedressTotal);

public sealed record WorkInProgressTeamDto(string Team, int Open, int Overdue, IReadOnlyDictionary<string, int> Ageing);

public sealed record WorkInProgressDto(IReadOnlyList<WorkInProgressTeamDto> Teams);
