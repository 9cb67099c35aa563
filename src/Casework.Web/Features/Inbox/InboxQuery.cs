using Casework.Domain.Common;
using Casework.Domain.ServiceRequests;
using Casework.Web.Infrastructure;

namespace Casework.Web.Features.Inbox;

public enum InboxSort
{
    TargetDate,
    Age,
    Status,
}

/// <summary>
/// One page of an inbox (SR-11): whose (mine or my team's), which page, how sorted and filtered.
/// The query string is parsed here so the API and the page refuse the same bad values with the same 400.
/// </summary>
public sealed record InboxQuery(bool Team, int Page, int PageSize, InboxSort Sort, bool Overdue, ServiceRequestStatus? Status)
{
    public const int DefaultPageSize = 50;
    public const int MaxPageSize = 200;

    public static InboxQuery Default(bool team) => new(team, 1, DefaultPageSize, InboxSort.TargetDate, false, null);

    public static Result<InboxQuery> Parse(string? team, string? page, string? pageSize, string? sort, string? overdue, string? status)
    {
        var v = new Validation();
        var teamValue = Flag(v, "team", team);
        var (pageValue, sizeValue) = Paging.Read(v, page, pageSize, DefaultPageSize, MaxPageSize);
        v.Enum<InboxSort>("sort", sort, required: false, "Sort by targetDate, age or status");
        var overdueValue = Flag(v, "overdue", overdue);
        v.Enum<ServiceRequestStatus>("status", status, required: false, "Choose a status");
        v.Check(!string.Equals(status?.Trim(), nameof(ServiceRequestStatus.Closed), StringComparison.OrdinalIgnoreCase),
            "status", "An inbox holds open work only; closed service requests are not in it.");
        if (!v.IsValid)
        {
            return v.ToRefusal();
        }

        return new InboxQuery(
            teamValue,
            pageValue,
            sizeValue,
            string.IsNullOrWhiteSpace(sort) ? InboxSort.TargetDate : Validation.ParseEnum<InboxSort>(sort),
            overdueValue,
            string.IsNullOrWhiteSpace(status) ? null : Validation.ParseEnum<ServiceRequestStatus>(status));
    }

    private static bool Flag(Validation v, string field, string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return false;
        }

        v.Check(bool.TryParse(value.Trim(), out var flag), field, "Must be true or false.");
        return flag;
    }
}
