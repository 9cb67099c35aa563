using Casework.Domain.Common;
using Casework.Domain.Contact;
using Casework.Domain.Parties;
using Casework.Web.Data;
using Casework.Web.Features.ServiceRequests;
using Casework.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Casework.Web.Features.Clients;

public sealed record WelshCallBackRequest(string? PartyReference);

/// <summary>
/// COR-05 (001): a Welsh-speaking employer or client is called back by the Welsh language unit. One open call-back per
/// caller: a second request while one is open is refused (409) rather than queuing the same call twice.
/// </summary>
public sealed class WelshCallBacks(CaseworkDbContext db, CurrentActor actors, TimeProvider time)
{
    public async Task<Result<CallBackTaskDto>> RequestAsync(WelshCallBackRequest r, CancellationToken ct)
    {
        var actor = await actors.RequireAsync(ct);
        if (ClientHandlers.MayChange(actor) is { } forbidden)
        {
            return forbidden;
        }

        var validation = new Validation().Required("partyReference", r.PartyReference, "Enter the caller's SCIN or ERN.");
        if (!validation.IsValid)
        {
            return validation.ToRefusal();
        }

        var reference = r.PartyReference!.Trim();
        var party = await PartyAsync(reference, ct);
        if (party is null)
        {
            return InvalidInput.For("partyReference", $"No client or employer has reference {reference}.");
        }

        if (WelshLanguageCallBack.For(party.Value.Language, reference) is not { } task)
        {
            return new RuleBroken($"COR-05: {party.Value.Name} has not asked to be dealt with in Welsh, so no Welsh call-back is due.");
        }

        if (await db.TeamTasks.AnyAsync(t => t.Kind == TeamTaskKind.WelshCallBack && t.PartyReference == reference && t.DoneAt == null, ct))
        {
            return new NotAllowedInState($"A Welsh call-back for {party.Value.Name} is already waiting with the Welsh language unit.");
        }

        var added = Add(task, party.Value.Name, actor);
        await db.SaveChangesAsync(ct);
        return new CallBackTaskDto(added.Id, added.TeamCode, added.PartyReference, added.PartyName, added.Reason, added.DueOn);
    }

    /// <summary>Adds the call-back to the unit of work (not saved) for a Welsh speaker without an open one; for a call being taken.</summary>
    public async Task AddForCallerAsync(string reference, Actor by, CancellationToken ct)
    {
        if (await PartyAsync(reference, ct) is { } party && WelshLanguageCallBack.For(party.Language, reference) is { } task
            && !await db.TeamTasks.AnyAsync(t => t.Kind == TeamTaskKind.WelshCallBack && t.PartyReference == reference && t.DoneAt == null, ct))
        {
            Add(task, party.Name, by);
        }
    }

    private TeamTask Add(CallBackTask task, string name, Actor by)
    {
        var now = time.GetUtcNow();
        var added = new TeamTask
        {
            Kind = TeamTaskKind.WelshCallBack,
            TeamCode = task.TeamCode,
            PartyReference = task.PartyReference,
            PartyName = name,
            Reason = task.Reason,
            CreatedAt = now,
            CreatedBy = $"{by.Name} ({by.StaffNumber})",
            DueOn = UkClock.DateOf(now),
        };
        db.TeamTasks.Add(added);
        return added;
    }

    private async Task<(string Name, PreferredLanguage Language)?> PartyAsync(string reference, CancellationToken ct)
    {
        var client = await db.Clients.AsNoTracking().Where(c => c.Scin == reference).Select(c => new { c.Name, c.PreferredLanguage }).FirstOrDefaultAsync(ct);
        if (client is not null)
        {
            return (client.Name, client.PreferredLanguage);
        }

        var employer = await db.Employers.AsNoTracking().Where(e => e.Ern == reference).Select(e => new { e.Name, e.PreferredLanguage }).FirstOrDefaultAsync(ct);
        return employer is null ? null : (employer.Name, employer.PreferredLanguage);
    }
}
