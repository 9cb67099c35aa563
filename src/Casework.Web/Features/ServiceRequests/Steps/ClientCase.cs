using System.Globalization;
using Casework.Domain.Clients;
using Casework.Domain.Common;
using Casework.Domain.Contact;
using Casework.Domain.ServiceRequests;
using Casework.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Casework.Web.Features.ServiceRequests.Steps;

/// <summary>What a client's SR needs from the client's cases: its owner (SEC-08) and the client's recent changes of circumstances (CON-08).</summary>
public static class ClientCase
{
    /// <summary>SEC-08's owner rule: the owner of the client's case; with several, the case named, else the type's team queue.</summary>
    public static async Task<Result<Owner>> OwnerAsync(ServiceRequestWork work, string scin, string? caseNumber, ServiceRequestType type, CancellationToken ct)
    {
        var cases = await work.Db.ClientCases.AsNoTracking()
            .Where(k => k.PayingParentScin == scin || k.ReceivingParentScin == scin).OrderBy(k => k.CaseNumber).ToListAsync(ct);
        if (!string.IsNullOrWhiteSpace(caseNumber))
        {
            var chosen = cases.FirstOrDefault(k => k.CaseNumber == caseNumber.Trim());
            return chosen is null ? InvalidInput.For("caseNumber", $"Client {scin} is not on case {caseNumber.Trim()}.") : chosen.Owner;
        }

        return cases.Count == 1 ? cases[0].Owner : Owner.ForTeam(type.DefaultTeamCode);
    }

    /// <summary>CON-08: the client's other changes of circumstances close enough to share one outbound call (CON-03).</summary>
    public static async Task<ChangeOfCircumstancesContext> ChangeContextAsync(ServiceRequestWork work, Client client, DateOnly today, bool clientAsked, CancellationToken ct)
    {
        var since = new DateTimeOffset(today.AddDays(-OutboundCallPlanner.BurstWindowDays).ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
        var recent = await work.Db.ServiceRequests.AsNoTracking().IgnoreAutoIncludes()
            .Where(s => s.ClientScin == client.Scin && s.CreatedAt >= since && s.SubStatus != SubStatuses.Cancelled && s.OutboundCall != null)
            .Select(s => new { s.Process, s.Area, s.SubArea, s.CreatedAt, s.OutboundCall!.ClientAsked })
            .ToListAsync(ct);
        var types = await work.Db.ServiceRequestTypes.AsNoTracking().Where(t => t.ChangeOfCircumstances != null).ToListAsync(ct);
        var earlier = recent
            .Select(s => (type: types.FirstOrDefault(t => t.Matches(s.Process, s.Area, s.SubArea)), s.CreatedAt, s.ClientAsked))
            .Where(x => x.type is not null)
            .Select(x => new ContactEvent(x.type!.ChangeOfCircumstances!.Value, UkClock.DateOf(x.CreatedAt), x.ClientAsked))
            .ToList();
        return new ChangeOfCircumstancesContext(client.Role, today, clientAsked, client.ContactSuppressed, earlier,
            day => work.Calendar.AddWorkingDays(day, 1, client.Region));
    }
}
