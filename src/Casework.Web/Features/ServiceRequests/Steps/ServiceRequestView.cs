using Casework.Domain.Common;
using Casework.Domain.ServiceRequests;
using Casework.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace Casework.Web.Features.ServiceRequests.Steps;

/// <summary>The service request as the API and pages answer it: party name, activities, notes, letters and the moves the viewer may make.</summary>
public sealed class ServiceRequestView(CaseworkDbContext db)
{
    public async Task<ServiceRequestDto> ToDtoAsync(ServiceRequest sr, Actor viewer, CancellationToken ct)
    {
        var partyName = sr.EmployerErn is { } ern
            ? await db.Employers.Where(e => e.Ern == ern).Select(e => e.Name).FirstOrDefaultAsync(ct)
            : sr.ClientScin is { } scin
                ? await db.Clients.Where(c => c.Scin == scin).Select(c => c.Name).FirstOrDefaultAsync(ct)
                : await db.Agents.Where(a => a.Earn == sr.AgentEarn).Select(a => a.Name).FirstOrDefaultAsync(ct);
        var letters = await db.Letters.AsNoTracking().Where(l => l.ServiceRequestReference == sr.Reference).OrderBy(l => l.Id).ToListAsync(ct);
        return new ServiceRequestDto(
            sr.Reference,
            sr.Process,
            sr.Area,
            sr.SubArea,
            sr.PartyKind,
            sr.EmployerErn,
            sr.AgentEarn,
            partyName,
            sr.RaisedBy,
            sr.Channel,
            sr.Status,
            sr.SubStatus,
            new OwnerDto(sr.OwnerKind, sr.OwnerStaffNumber, sr.OwnerName, sr.OwnerTeamCode),
            sr.AssignmentLocked,
            sr.CreatedAt,
            sr.TargetDate,
            sr.TargetRule,
            [.. sr.Activities.OrderBy(a => a.Number).Select(a => new ActivityDto(a.Number, a.Name, a.Done, a.DoneAt, a.DoneBy))],
            [.. sr.Notes.OrderBy(n => n.At).ThenBy(n => n.Id).Select(n => new NoteDto(n.Id, n.Text, n.By, n.At))],
            [.. letters.Select(Letters.LetterHandlers.ToDto)],
            [.. sr.AvailableTransitions(viewer).Select(t => new TransitionDto(t.To, t.SubStatus, t.Label))],
            sr.Version,
            sr.ClientScin,
            sr.RepresentativeTrn,
            sr.OutboundCall is { } call ? new OutboundCallDto(call.Required, call.Rule, call.CallDueOn) : null);
    }
}
