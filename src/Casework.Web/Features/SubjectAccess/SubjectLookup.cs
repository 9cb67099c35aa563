using Casework.Domain.Calendar;
using Casework.Domain.Parties;
using Casework.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace Casework.Web.Features.SubjectAccess;

/// <summary>A party found by reference: a client (SCIN) or an employer (ERN) — whom a SAR is about, whom a Welsh call-back is for.</summary>
public sealed record Subject(string Kind, string Reference, string Name, Region Region, PreferredLanguage Language)
{
    public const string Client = "Client";
    public const string Employer = "Employer";
}

/// <summary>Finds a client or employer by reference; a SCIN is tried first, then an ERN.</summary>
public sealed class SubjectLookup(CaseworkDbContext db)
{
    public async Task<Subject?> FindAsync(string reference, CancellationToken ct)
    {
        var client = await db.Clients.AsNoTracking().Where(c => c.Scin == reference)
            .Select(c => new { c.Scin, c.Name, c.Region, c.PreferredLanguage }).FirstOrDefaultAsync(ct);
        if (client is not null)
        {
            return new Subject(Subject.Client, client.Scin, client.Name, client.Region, client.PreferredLanguage);
        }

        var employer = await db.Employers.AsNoTracking().Where(e => e.Ern == reference)
            .Select(e => new { e.Ern, e.Name, e.Region, e.PreferredLanguage }).FirstOrDefaultAsync(ct);
        return employer is null ? null : new Subject(Subject.Employer, employer.Ern, employer.Name, employer.Region, employer.PreferredLanguage);
    }
}
