using Casework.Domain.Common;
using Casework.Domain.Correspondence;
using Casework.Web.Data;
using Casework.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Casework.Web.Features.Employers;

public sealed record LetterFormatRequest(string? Format);

public sealed record ContactSuppressionRequest(string? Reason);

public sealed record ContactPreferencesDto(string Ern, LetterFormat LetterFormat, string? ContactSuppressedBecause, int Version);

/// <summary>How an employer is written to: alternative format (COR-04) and contact suppression (CON-04).</summary>
public sealed class EmployerContactPreferences(CaseworkDbContext db)
{
    public async Task<Result<ContactPreferencesDto>> SetLetterFormatAsync(string ern, LetterFormatRequest request, CancellationToken ct)
    {
        var validation = new Validation().Enum<LetterFormat>("format", request.Format, required: true, "Choose Standard, LargePrint or Braille");
        if (!validation.IsValid)
        {
            return validation.ToRefusal();
        }

        return await ChangeAsync(ern, e => e.UseLetterFormat(Validation.ParseEnum<LetterFormat>(request.Format!)), ct);
    }

    public Task<Result<ContactPreferencesDto>> SetSuppressionAsync(string ern, ContactSuppressionRequest request, CancellationToken ct) =>
        request.Reason is { Length: > 400 }
            ? Task.FromResult<Result<ContactPreferencesDto>>(InvalidInput.For("reason", "Must be 400 characters or fewer."))
            : ChangeAsync(ern, e => e.SuppressContact(request.Reason), ct);

    private async Task<Result<ContactPreferencesDto>> ChangeAsync(string ern, Action<Domain.Parties.Employer> change, CancellationToken ct)
    {
        var employer = await db.Employers.FirstOrDefaultAsync(e => e.Ern == ern, ct);
        if (employer is null)
        {
            return new NotFound($"No employer has ERN {ern}.");
        }

        change(employer);
        await db.SaveChangesAsync(ct);
        return new ContactPreferencesDto(employer.Ern, employer.LetterFormat, employer.ContactSuppressedBecause, employer.Version);
    }
}
