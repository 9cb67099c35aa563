using Casework.Domain.Calendar;
using Casework.Domain.Common;
using Casework.Domain.EmployerComplaints;
using Casework.Web.Features.ServiceRequests;
using Casework.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Casework.Web.Features.EmployerComplaints.Steps;

/// <summary>EC-02 (procedure 000 step 1): the employer's complaints and the stage a new one would be logged at.</summary>
public static class ProposeStage
{
    public static async Task<Result<StageProposalDto>> RunAsync(
        ComplaintWork work, string? ern, string? issue, DateOnly? receivedOn, string? issueCategory, CancellationToken ct)
    {
        var validation = new Validation()
            .Required("employerErn", ern, "Enter the employer's ERN.")
            .Required("issue", issue, "Enter the complaint's issue.")
            .Check(issueCategory is null || ComplaintIssueCategories.Find(issueCategory) is not null, "issueCategory",
                "Choose an issue category from GET /api/complaint-issue-categories.");
        if (!validation.IsValid)
        {
            return validation.ToRefusal();
        }

        if (!await work.Db.Employers.AnyAsync(e => e.Ern == ern!.Trim(), ct))
        {
            return InvalidInput.For("employerErn", $"No employer has ERN {ern}.");
        }

        var received = receivedOn ?? UkClock.Today(work.Time);
        if (received.Year < UkWorkingDayCalendar.FirstSupportedYear || received.Year > UkWorkingDayCalendar.LastSupportedYear)
        {
            return InvalidInput.For("receivedOn", $"Enter a date from {UkWorkingDayCalendar.FirstSupportedYear} to {UkWorkingDayCalendar.LastSupportedYear}.");
        }

        var related = await work.View.RelatedAsync(ern!.Trim(), null, ct);
        var category = ComplaintIssueCategories.Find(issueCategory)?.Code;
        var stage = ComplaintStageRule.Propose(category, issue!, received, related);
        return new StageProposalDto(stage.IsSuccess ? stage.Value : null, stage.Refusal?.Reason, ComplaintView.ToDtos(related, category, issue!));
    }

    /// <summary>EC-02: the employer's complaints, newest first, as the log page lists them before an issue is entered.</summary>
    public static async Task<IReadOnlyList<RelatedComplaintDto>> RelatedToAsync(ComplaintWork work, string ern, string? issue, string? issueCategory, CancellationToken ct) =>
        ComplaintView.ToDtos(await work.View.RelatedAsync(ern.Trim(), null, ct), ComplaintIssueCategories.Find(issueCategory)?.Code, issue ?? string.Empty);
}
