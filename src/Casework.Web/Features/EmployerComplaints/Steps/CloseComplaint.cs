using Casework.Domain.Common;
using Casework.Domain.EmployerComplaints;
using Casework.Web.Infrastructure;

namespace Casework.Web.Features.EmployerComplaints.Steps;

/// <summary>EC-14: every line done — Closed / Completed, the three flags Y, and CMSL8502 with the chosen paragraph.</summary>
public static class CloseComplaint
{
    public static Task<Result<EmployerComplaintDto>> RunAsync(ComplaintWork work, string reference, CloseRequest r, CancellationToken ct)
    {
        var validation = new Validation()
            .Enum<ClosureParagraph>("paragraph", r.Paragraph, required: true, "Choose PhoneOutcome or UnableToContact")
            .Required("freeText", r.FreeText, "Write the closure letter's text: the actions taken and, if needed, an explanation and apology.")
            .MaxLength("freeText", r.FreeText, 4000);
        return work.RunAsync(reference, validation, async c =>
        {
            var paragraph = Validation.ParseEnum<ClosureParagraph>(r.Paragraph!);
            return c.Complaint.Close(c.Sr, paragraph, r.FreeText!, c.By, c.At)
                ?? await work.Letters.ClosureAsync(c.Complaint, c.Sr, paragraph, r.FreeText!, c.By, ct);
        }, ct);
    }
}
