using Casework.Domain.Common;
using Casework.Domain.Correspondence;
using Casework.Domain.EmployerComplaints;
using Casework.Domain.ServiceRequests;
using Casework.Web.Infrastructure;
using Casework.Web.Infrastructure.Letters;
using Casework.Web.Infrastructure.Letters.Templates;

namespace Casework.Web.Features.EmployerComplaints;

/// <summary>
/// The three letters of procedure 000, queued in the caller's unit of work: CMSL8500 (acknowledgement, all system
/// fields), CMSL8501 (the plan, with TM_01545_E when the employer could not be reached by phone, and free text),
/// CMSL8502 (closure, with the chosen paragraph and free text). A refusal (e.g. contact suppressed) stops the command.
/// </summary>
public sealed class ComplaintCorrespondence(EmployerReads employers, LetterOutbox outbox)
{
    public async Task<Refusal?> AcknowledgeAsync(EmployerComplaint c, ServiceRequest sr, Actor by, CancellationToken ct) =>
        await QueueAsync(ComplaintLetters.Acknowledgement, c, sr, [], null, by, ct);

    public async Task<Refusal?> PlanAsync(EmployerComplaint c, ServiceRequest sr, bool unableToReach, string? freeText, Actor by, CancellationToken ct) =>
        await QueueAsync(
            ComplaintLetters.Plan, c, sr, unableToReach ? [ComplaintLetters.UnableToReachParagraph] : [],
            string.IsNullOrWhiteSpace(freeText) ? null : freeText.Trim(), by, ct);

    public async Task<Refusal?> ClosureAsync(EmployerComplaint c, ServiceRequest sr, ClosureParagraph paragraph, string freeText, Actor by, CancellationToken ct) =>
        await QueueAsync(ComplaintLetters.Closure, c, sr, [ComplaintLetters.ParagraphFor(paragraph)], freeText.Trim(), by, ct);

    /// <summary>
    /// Procedure 000 asks the caseworker to write the nature of the complaint and the date the corrective action will
    /// be done; when the API caller gives no text, the date is written from the record so the letter is never blank.
    /// Nothing the caseworker typed for the record (the issue, the description) goes in: that is written for staff.
    /// </summary>
    public static string DefaultPlanText(EmployerComplaint c, LetterLanguage language) => language == LetterLanguage.Welsh
        ? $"Rydym yn bwriadu cwblhau'r camau hyn erbyn {LetterDates.Format(c.CloseBy, language)}."
        : $"We plan to complete these actions by {LetterDates.Format(c.CloseBy, language)}.";

    private async Task<Refusal?> QueueAsync(
        string code, EmployerComplaint c, ServiceRequest sr, IReadOnlyList<string> paragraphs, string? freeText, Actor by, CancellationToken ct)
    {
        // The employer is read once for the recipient and the letter's fields (issue 14).
        var employer = await employers.FindAsync(c.EmployerErn, ct);
        var recipient = LetterRecipients.ForEmployer(employer, c.EmployerErn);
        if (!recipient.IsSuccess)
        {
            return recipient.Refusal;
        }

        var fields = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["employerName"] = employer!.Name,
            ["complaintReference"] = c.Reference,
            ["caseworkerName"] = sr.OwnerKind == OwnerKind.Staff && sr.OwnerName is { } owner ? owner : by.Name,
        };
        if (code == ComplaintLetters.Plan)
        {
            fields["planLines"] = string.Join('\n', PlanSentences.For(c.ActiveLines, recipient.Value!.Language));
            freeText ??= DefaultPlanText(c, recipient.Value!.Language);
        }

        return outbox.Queue(code, recipient.Value!, c.Reference, fields, paragraphs, freeText, by).Refusal;
    }
}
