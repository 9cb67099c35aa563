using Casework.Domain.Calendar;
using Casework.Domain.Common;
using Casework.Domain.Parties;
using Casework.Web.Data;
using Casework.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Casework.Web.Features.Employers;

/// <summary>Employer records (P-01) and their account team (AM-01); pages and API both call these.</summary>
public sealed class EmployerHandlers(CaseworkDbContext db, ReferenceNumbers references)
{
    public const int MaxPageSize = 100;

    /// <summary>Up to this many matches a name search sorts the matches themselves rather than walking the name index.</summary>
    private const int FewMatches = 20_000;

    public async Task<Result<EmployerDto>> CreateAsync(CreateEmployerRequest request, CancellationToken ct)
    {
        var validation = Validate(request);
        if (!validation.IsValid)
        {
            return validation.ToRefusal();
        }

        var segment = await db.Segments.OrderBy(s => s.Id).FirstOrDefaultAsync(ct);
        if (segment is null)
        {
            return new RuleBroken("No segment is set up, so the employer would have no account team.");
        }

        var employer = new Employer(await references.NextErnAsync(ct), ToDetails(request), segment.Code);
        db.Employers.Add(employer);
        await db.SaveChangesAsync(ct);
        return await ToDtoAsync(employer, ct);
    }

    public async Task<Result<EmployerDto>> GetAsync(string ern, CancellationToken ct)
    {
        var employer = await db.Employers.AsNoTracking().FirstOrDefaultAsync(e => e.Ern == ern, ct);
        return employer is null ? new NotFound($"No employer has ERN {ern}.") : await ToDtoAsync(employer, ct);
    }

    public async Task<PagedDto<EmployerSummaryDto>> SearchAsync(string? search, int page, int pageSize, CancellationToken ct)
    {
        // Bounded so (page - 1) * pageSize never overflows into a negative OFFSET (a 500 on PostgreSQL).
        page = Math.Clamp(page, 1, 1_000_000);
        pageSize = Math.Clamp(pageSize, 1, MaxPageSize);
        var query = db.Employers.AsNoTracking();
        var term = search?.Trim();
        if (!string.IsNullOrEmpty(term))
        {
            var lower = term.ToLowerInvariant();
            // Translated to SQL lower(): culture overloads cannot be, and both providers' lower() agree for names.
#pragma warning disable CA1304, CA1311, CA1862
            // An ERN is all digits: look it up on its unique index alone, since an OR with the name match scans the table.
            query = term.All(char.IsAsciiDigit)
                ? query.Where(e => e.Ern == term)
                : query.Where(e => e.Name.ToLower().Contains(lower));
#pragma warning restore CA1304, CA1311, CA1862
        }

        var total = await query.CountAsync(ct);
        // PostgreSQL guesses a name match is common and walks the name index in order, filtering every row: seconds for
        // a rare name among a million (PERF-01). When the count says the matches are few, sort an expression the name
        // index cannot give, so the trigram index finds the matches and only they are sorted; when they are many, the
        // walk in name order is the quick way to the first page.
        var ordered = !string.IsNullOrEmpty(term) && total <= FewMatches
            ? query.OrderBy(e => e.Name + "").ThenBy(e => e.Ern)
            : query.OrderBy(e => e.Name).ThenBy(e => e.Ern);
        var items = await ordered
            .Skip((page - 1) * pageSize).Take(pageSize)
            .Select(e => new EmployerSummaryDto(e.Ern, e.Name, e.Region, e.PayrollAddress))
            .ToListAsync(ct);
        return new PagedDto<EmployerSummaryDto>(items, total, page, pageSize);
    }

    public async Task<AccountTeamDto> AccountTeamAsync(Employer employer, CancellationToken ct)
    {
        if (employer.AccountManagerStaffNumber is { } manager)
        {
            var name = await db.Staff.Where(s => s.StaffNumber == manager).Select(s => s.Name).FirstOrDefaultAsync(ct);
            return new AccountTeamDto("AccountManager", manager, name);
        }

        var segmentManager = await db.Segments.Where(s => s.Code == employer.SegmentCode)
            .Select(s => s.SegmentManagerStaffNumber).FirstOrDefaultAsync(ct) ?? string.Empty;
        var segmentManagerName = await db.Staff.Where(s => s.StaffNumber == segmentManager).Select(s => s.Name).FirstOrDefaultAsync(ct);
        return new AccountTeamDto("SegmentManager", segmentManager, segmentManagerName);
    }

    private async Task<EmployerDto> ToDtoAsync(Employer e, CancellationToken ct) => new(
        e.Ern, e.Name, e.Region, e.Email, e.Phones, e.PayrollAddress, e.CompanyAddress, e.Fax, e.PreferredFax,
        e.ContactNames, e.PayDay, e.PayrollCutOffDay, e.VoicemailAuthorised, e.PreferredLanguage,
        await AccountTeamAsync(e, ct), e.LetterFormat, e.ContactSuppressedBecause, e.Version);

    private static Validation Validate(CreateEmployerRequest r) => new Validation()
        .Required("name", r.Name, "Enter the employer's name.")
        .MaxLength("name", r.Name, 200)
        .Enum<Region>("region", r.Region, required: true, "Choose the employer's region")
        .Email("email", r.Email)
        .Enum<PreferredLanguage>("preferredLanguage", r.PreferredLanguage, required: false, "Choose English or Welsh")
        .Range("payDay", r.PayDay, 1, 31)
        .Range("payrollCutOffDay", r.PayrollCutOffDay, 1, 31)
        .Check(r.Phones is null || r.Phones.All(p => !string.IsNullOrWhiteSpace(p) && p.Length <= 30), "phones", "Each phone number must be filled in and at most 30 characters.")
        .MaxLength("payrollAddress", r.PayrollAddress, 400)
        .MaxLength("companyAddress", r.CompanyAddress, 400);

    private static EmployerDetails ToDetails(CreateEmployerRequest r) => new(
        r.Name!.Trim(),
        Validation.ParseEnum<Region>(r.Region!),
        Blank(r.PayrollAddress),
        Blank(r.CompanyAddress),
        r.Phones?.Select(p => p.Trim()).ToList() ?? [],
        Blank(r.Fax),
        r.PreferredFax ?? false,
        Blank(r.Email),
        r.ContactNames?.Where(c => !string.IsNullOrWhiteSpace(c)).Select(c => c.Trim()).ToList() ?? [],
        r.PayDay,
        r.PayrollCutOffDay,
        r.VoicemailAuthorised ?? false,
        string.IsNullOrWhiteSpace(r.PreferredLanguage) ? PreferredLanguage.English : Validation.ParseEnum<PreferredLanguage>(r.PreferredLanguage));

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
