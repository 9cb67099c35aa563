using Casework.Domain.Correspondence;
using Casework.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace Casework.Web.Features.SubjectAccess;

/// <summary>What is held about one subject: rows by table name, and the letters (for their documents).</summary>
public sealed record HeldRecords(IReadOnlyDictionary<string, object> Tables, IReadOnlyList<Letter> Letters);

/// <summary>
/// Reads every table that refers to a subject (CON-05). A new table holding a SCIN or ERN must be added here; the
/// export completeness test scans the whole database for the subject's reference and fails until it is.
/// </summary>
public sealed class SubjectRecords(CaseworkDbContext db)
{
    public Task<HeldRecords> ReadAsync(Subject subject, CancellationToken ct) =>
        subject.Kind == Subject.Client ? ClientAsync(subject.Reference, ct) : EmployerAsync(subject.Reference, ct);

    private async Task<HeldRecords> ClientAsync(string scin, CancellationToken ct)
    {
        var tables = new SortedDictionary<string, object>(StringComparer.Ordinal);
        var client = await db.Clients.AsNoTracking().FirstAsync(c => c.Scin == scin, ct);
        tables["Clients"] = new[]
        {
            new
            {
                client.Scin, client.Name, client.Role, client.PreferredLanguage, client.Region,
                securitySetUp = client.Secrets is not null, client.ContactSuppressedBecause, client.RestrictsDisclosure,
                client.RiskFlags,
            },
        };
        var cases = await db.ClientCases.AsNoTracking().Where(c => c.PayingParentScin == scin || c.ReceivingParentScin == scin).ToListAsync(ct);
        tables["ClientCases"] = cases.Select(c => new
        {
            c.CaseNumber,
            role = c.PayingParentScin == scin ? "PayingParent" : "ReceivingParent",
            // The other parent is a third party: their reference is not theirs to receive.
            otherParent = "Withheld (third party)",
            c.QualifyingChildren,
            c.Owner,
        }).ToList();
        var representatives = await db.Representatives.AsNoTracking().Where(r => r.ActingForScin == scin).ToListAsync(ct);
        tables["Representatives"] = representatives.Select(Representative).ToList();
        var callers = representatives.Select(r => r.Trn).Append(scin).ToList();
        var serviceRequests = await AddCallsAsync(tables, callers, ct);
        await AddServiceRequestsAsync(tables, db.ServiceRequests.Where(s => serviceRequests.Contains(s.Reference)), ct);
        var letters = await AddLettersAsync(tables, scin, serviceRequests, ct);
        await AddContactWorkAsync(tables, scin, callers.Concat(serviceRequests), ct);
        return new HeldRecords(tables, letters);
    }

    private async Task<HeldRecords> EmployerAsync(string ern, CancellationToken ct)
    {
        var tables = new SortedDictionary<string, object>(StringComparer.Ordinal)
        {
            ["Employers"] = await db.Employers.AsNoTracking().Where(e => e.Ern == ern).ToListAsync(ct),
            ["Agents"] = await db.Agents.AsNoTracking().Where(a => a.EmployerErns.Contains(ern)).ToListAsync(ct),
            ["Deos"] = await db.Deos.AsNoTracking().Where(d => d.EmployerErn == ern).ToListAsync(ct),
            ["EmployerNotes"] = await db.EmployerNotes.AsNoTracking().Where(n => n.EmployerErn == ern).ToListAsync(ct),
            ["AccountManagerReferrals"] = await db.AccountManagerReferrals.AsNoTracking().Where(r => r.EmployerErn == ern).ToListAsync(ct),
            ["EmployerComplaints"] = await db.EmployerComplaints.AsNoTracking().Where(c => c.EmployerErn == ern).ToListAsync(ct),
        };
        var representatives = await db.Representatives.AsNoTracking().Where(r => r.EmployerErn == ern).ToListAsync(ct);
        tables["Representatives"] = representatives.Select(Representative).ToList();
        var callers = representatives.Select(r => r.Trn).Append(ern).ToList();
        var raisedOnCalls = await AddCallsAsync(tables, callers, ct);
        var serviceRequests = await AddServiceRequestsAsync(
            tables, db.ServiceRequests.Where(s => s.EmployerErn == ern || raisedOnCalls.Contains(s.Reference)), ct);
        tables["ComplaintRecords"] = await db.ComplaintRecords.AsNoTracking().Where(c => serviceRequests.Contains(c.Reference)).ToListAsync(ct);
        tables["InboundDocuments"] = await db.InboundDocuments.AsNoTracking()
            .Where(d => serviceRequests.Contains(d.ServiceRequestReference)).ToListAsync(ct);
        var letters = await AddLettersAsync(tables, ern, serviceRequests, ct);
        await AddContactWorkAsync(tables, ern, callers.Concat(serviceRequests), ct);
        return new HeldRecords(tables, letters);
    }

    /// <summary>Calls made by the subject or their representatives, and the SRs raised on them.</summary>
    private async Task<List<string>> AddCallsAsync(IDictionary<string, object> tables, List<string> callers, CancellationToken ct)
    {
        var calls = await db.Calls.AsNoTracking().Where(c => callers.Contains(c.CallerReference)).ToListAsync(ct);
        var ids = calls.Select(c => c.Id).ToList();
        var links = await db.CallServiceRequests.AsNoTracking().Where(l => ids.Contains(l.CallId)).ToListAsync(ct);
        tables["Calls"] = calls;
        tables["CallServiceRequests"] = links;
        return [.. links.Select(l => l.ServiceRequestReference)];
    }

    private static async Task<List<string>> AddServiceRequestsAsync(
        IDictionary<string, object> tables, IQueryable<Domain.ServiceRequests.ServiceRequest> query, CancellationToken ct)
    {
        var serviceRequests = await query.AsNoTracking().OrderBy(s => s.Id).ToListAsync(ct);
        tables["ServiceRequests"] = serviceRequests;
        return [.. serviceRequests.Select(s => s.Reference)];
    }

    private async Task<List<Letter>> AddLettersAsync(IDictionary<string, object> tables, string reference, List<string> serviceRequests, CancellationToken ct)
    {
        var letters = await db.Letters.AsNoTracking()
            .Where(l => l.RecipientReference == reference || (l.ServiceRequestReference != null && serviceRequests.Contains(l.ServiceRequestReference)))
            .OrderBy(l => l.Id).ToListAsync(ct);
        tables["Letters"] = letters;
        return letters;
    }

    /// <summary>SARs, contact tasks and the audit trail of everything above.</summary>
    private async Task AddContactWorkAsync(IDictionary<string, object> tables, string reference, IEnumerable<string> related, CancellationToken ct)
    {
        var sars = await db.SubjectAccessRequests.AsNoTracking().Where(s => s.SubjectReference == reference).ToListAsync(ct);
        tables["SubjectAccessRequests"] = sars;
        var tasks = await db.TeamTasks.AsNoTracking().Where(t => t.PartyReference == reference).ToListAsync(ct);
        tables["TeamTasks"] = tasks;
        var audit = new Dictionary<long, AuditEntry>();
        foreach (var key in related.Concat(sars.Select(s => s.Reference)).Concat(tasks.Select(t => t.AuditSubject)).Append(reference).Distinct(StringComparer.Ordinal))
        {
            foreach (var entry in await db.AuditEntries.AsNoTracking().Where(a => a.Subject == key || a.Subject.EndsWith(" " + key)).ToListAsync(ct))
            {
                audit[entry.Id] = entry;
            }
        }

        tables["AuditEntries"] = audit.Values.OrderBy(a => a.Id).ToList();
    }

    private static object Representative(Domain.Clients.Representative r) => new
    {
        r.Trn, r.Name, r.ActingForScin, r.PowerOfAttorney, r.EmployerErn, r.Status, r.RemovedBecause, securitySetUp = r.Secrets is not null,
    };
}
