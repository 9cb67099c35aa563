using Casework.Domain.Common;
using Casework.Domain.Contact;
using Casework.Domain.TeamTasks;
using Casework.Web.Data;
using Casework.Web.Features.ServiceRequests;
using Casework.Web.Features.SubjectAccess;
using Casework.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Casework.Web.Features.Clients;

public sealed record WelshCallBackRequest(string? PartyReference);

/// <summary>
/// COR-05 (001): a Welsh-speaking employer or client is called back by the Welsh language unit. One open call-back per
/// caller: a second request while one is open is refused (409) rather than queuing the same call twice.
/// </summary>
public sealed class WelshCallBacks(CaseworkDbContext db, CurrentActor actors, TimeProvider time, SubjectLookup parties)
{
    public async Task<Result<CallBackTaskDto>> RequestAsync(WelshCallBackRequest r, CancellationToken ct)
    {
        var actor = await actors.RequireAsync(ct);
        var validation = new Validation().Required("partyReference", r.PartyReference, "Enter the caller's SCIN or ERN.");
        if (!validation.IsValid)
        {
            return validation.ToRefusal();
        }

        var reference = r.PartyReference!.Trim();
        var party = await parties.FindAsync(reference, ct);
        if (party is null)
        {
            return InvalidInput.For("partyReference", $"No client or employer has reference {reference}.");
        }

        if (WelshLanguageCallBack.For(party.Language, reference) is not { } task)
        {
            return new RuleBroken($"COR-05: {party.Name} has not asked to be dealt with in Welsh, so no Welsh call-back is due.");
        }

        if (await db.TeamTasks.AnyAsync(t => t.Kind == TeamTaskKind.WelshCallBack && t.PartyReference == reference && t.Status != TeamTaskStatus.Done, ct))
        {
            return new NotAllowedInState($"A Welsh call-back for {party.Name} is already waiting with the Welsh language unit.");
        }

        var added = Add(task, party.Name, actor, null);
        await db.SaveChangesAsync(ct);
        return new CallBackTaskDto(added.Id, added.TeamCode, added.PartyReference, added.PartyName, added.Reason, added.DueOn);
    }

    /// <summary>Adds the call-back to the unit of work (not saved) for a Welsh speaker without an open one; for the call being taken.</summary>
    public async Task AddForCallerAsync(string reference, int callId, Actor by, CancellationToken ct)
    {
        if (await parties.FindAsync(reference, ct) is { } party && WelshLanguageCallBack.For(party.Language, reference) is { } task
            && !await db.TeamTasks.AnyAsync(t => t.Kind == TeamTaskKind.WelshCallBack && t.PartyReference == reference && t.Status != TeamTaskStatus.Done, ct))
        {
            Add(task, party.Name, by, callId);
        }
    }

    private TeamTask Add(CallBackTask task, string name, Actor by, int? callId)
    {
        var now = time.GetUtcNow();
        var added = TeamTask.Create(
            new NewTeamTask(TeamTaskKind.WelshCallBack, task.TeamCode, task.PartyReference, name, task.Reason, UkClock.DateOf(now)) { CallId = callId },
            by.Label, now);
        db.TeamTasks.Add(added);
        return added;
    }
}
