using System.Globalization;
using Casework.Domain.Calendar;
using Casework.Domain.Common;
using Casework.Domain.ComplaintOutcomes;
using Casework.Web.Features.Reports;
using Casework.Web.Infrastructure;

namespace Casework.Web.Features.ServiceRequests;

/// <summary>What a complaint figure counts (RPT-02, RPT-03); the list keeps the complaints the figure counted.</summary>
public enum ComplaintMeasure
{
    Acknowledged,
    AcknowledgedInTime,
    Closed,
    ClosedInTime,
    Breached,
    Refund,
    Redress,
}

/// <summary>
/// RPT-05's drill-down: the SRs behind a report figure, as query parameters of <c>GET /api/service-requests</c> and
/// the <c>/ServiceRequests</c> list. SR filters: <c>team</c> (owning team), <c>status</c> (<c>open</c> or
/// <c>closed</c>), <c>region</c> (the employer's; England and Wales includes SRs without an employer),
/// <c>createdFrom</c>/<c>createdTo</c> (UK days), <c>overdue=true</c> (open, target date before today), <c>age</c>
/// (a work-in-progress band of working days). Complaint filters, any of which keeps only employer complaints:
/// <c>receivedFrom</c>/<c>receivedTo</c>, <c>category</c> (or <c>Uncategorised</c>), <c>complaintRegion</c>,
/// <c>measure</c> and <c>outcome</c> (derived as OUT-03 says).
/// </summary>
public sealed record ServiceRequestFilter(
    string? Team, bool? Open, Region? Region, DateOnly? CreatedFrom, DateOnly? CreatedTo, bool Overdue, string? Age,
    DateOnly? ReceivedFrom, DateOnly? ReceivedTo, string? Category, Region? ComplaintRegion, ComplaintMeasure? Measure, ComplaintOutcome? Outcome)
{
    /// <summary>The working days ahead that "at risk this week" looks (the team leader's home page).</summary>
    public const int AtRiskWorkingDays = 5;

    /// <summary><c>atRisk=true</c>: open, with a target date from today to <see cref="AtRiskWorkingDays"/> working days ahead in the employer's nation.</summary>
    public bool AtRisk { get; init; }

    public static readonly IReadOnlyList<string> Keys =
    [
        "team", "status", "region", "createdFrom", "createdTo", "overdue", "age",
        "receivedFrom", "receivedTo", "category", "complaintRegion", "measure", "outcome", "atRisk",
    ];

    private static readonly string[] _dateKeys = ["createdFrom", "createdTo", "receivedFrom", "receivedTo"];

    public bool IsComplaintFilter => ReceivedFrom is not null || ReceivedTo is not null || Category is not null
        || ComplaintRegion is not null || Measure is not null || Outcome is not null;

    /// <summary>True when the query names any filter (the API then lists instead of searching).</summary>
    public static bool AnyIn(Func<string, string?> query) => Keys.Any(k => !string.IsNullOrWhiteSpace(query(k)));

    public static Result<ServiceRequestFilter> Parse(Func<string, string?> query)
    {
        string? Text(string key) => string.IsNullOrWhiteSpace(query(key)) ? null : query(key)!.Trim();
        var v = new Validation()
            .MaxLength("team", Text("team"), 40)
            .MaxLength("category", Text("category"), 60)
            .Enum<Region>("region", Text("region"), required: false, "Choose a region")
            .Enum<Region>("complaintRegion", Text("complaintRegion"), required: false, "Choose a region")
            .Enum<ComplaintMeasure>("measure", Text("measure"), required: false, "Choose what the complaints were counted for")
            .Enum<ComplaintOutcome>("outcome", Text("outcome"), required: false, "Choose an outcome")
            .Check(Text("status") is null or "open" or "closed", "status", "Choose open or closed.")
            .Check(Text("overdue") is null or "true" or "false", "overdue", "Say true or false.")
            .Check(Text("atRisk") is null or "true" or "false", "atRisk", "Say true or false.")
            .Check(Text("age") is null || WorkInProgressReport.Bands.Contains(Text("age")), "age", $"Choose an age band: {string.Join(", ", WorkInProgressReport.Bands)}.");
        var dates = _dateKeys.ToDictionary(k => k, k => Date(v, k, Text(k)), StringComparer.Ordinal);
        v.Check(!(dates["createdFrom"] > dates["createdTo"]), "createdTo", "The last date must be on or after the first date.")
            .Check(!(dates["receivedFrom"] > dates["receivedTo"]), "receivedTo", "The last date must be on or after the first date.");
        if (!v.IsValid)
        {
            return v.ToRefusal();
        }

        Region? RegionOf(string key) => Text(key) is { } r ? Validation.ParseEnum<Region>(r) : null;
        return new ServiceRequestFilter(
            Text("team"), Text("status") switch { "open" => true, "closed" => false, _ => null }, RegionOf("region"),
            dates["createdFrom"], dates["createdTo"], Text("overdue") == "true", Text("age"),
            dates["receivedFrom"], dates["receivedTo"], Text("category"), RegionOf("complaintRegion"),
            Text("measure") is { } m ? Validation.ParseEnum<ComplaintMeasure>(m) : null,
            Text("outcome") is { } o ? Validation.ParseEnum<ComplaintOutcome>(o) : null)
        {
            AtRisk = Text("atRisk") == "true",
        };
    }

    /// <summary>The filters as a query string, in the order of <see cref="Keys"/> (what the report links carry).</summary>
    public string ToQuery()
    {
        var parts = new List<string>();
        void Add(string key, string? value)
        {
            if (value is not null)
            {
                parts.Add($"{key}={Uri.EscapeDataString(value)}");
            }
        }

        Add("team", Team);
        Add("status", Open switch { true => "open", false => "closed", null => null });
        Add("region", Region?.ToString());
        Add("createdFrom", Iso(CreatedFrom));
        Add("createdTo", Iso(CreatedTo));
        Add("overdue", Overdue ? "true" : null);
        Add("age", Age);
        Add("receivedFrom", Iso(ReceivedFrom));
        Add("receivedTo", Iso(ReceivedTo));
        Add("category", Category);
        Add("complaintRegion", ComplaintRegion?.ToString());
        Add("measure", Measure?.ToString());
        Add("outcome", Outcome?.ToString());
        Add("atRisk", AtRisk ? "true" : null);
        return string.Join('&', parts);
    }

    public static ServiceRequestFilter None { get; } = new(null, null, null, null, null, false, null, null, null, null, null, null, null);

    private static string? Iso(DateOnly? d) => d?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static DateOnly? Date(Validation v, string field, string? text)
    {
        if (text is null)
        {
            return null;
        }

        if (DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d) && d.Year is >= 2000 and <= 2100)
        {
            return d;
        }

        v.Add(field, "Enter a real date as yyyy-MM-dd, between 2000 and 2100.");
        return null;
    }
}
