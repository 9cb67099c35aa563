using Casework.Domain.Parties;
using Casework.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace Casework.Web.Infrastructure;

/// <summary>
/// Issue 14: the employers a request reads, read once per request (scoped) rather than once by each part of it — the
/// complaint's answer, its letter's recipient and the letter's fields all name the same employer. Read-only (no
/// tracking); a handler that changes an employer loads it tracked itself.
/// </summary>
public sealed class EmployerReads(CaseworkDbContext db)
{
    private readonly Dictionary<string, Employer?> _employers = new(StringComparer.Ordinal);

    /// <summary>The employer with ERN <paramref name="ern"/>, or null when there is none.</summary>
    public async Task<Employer?> FindAsync(string ern, CancellationToken ct)
    {
        if (!_employers.TryGetValue(ern, out var employer))
        {
            employer = await db.Employers.AsNoTracking().FirstOrDefaultAsync(e => e.Ern == ern, ct);
            _employers[ern] = employer;
        }

        return employer;
    }

    /// <summary>The employer's name, or null when there is none (one read with <see cref="FindAsync"/>).</summary>
    public async Task<string?> NameAsync(string ern, CancellationToken ct) => (await FindAsync(ern, ct))?.Name;
}
