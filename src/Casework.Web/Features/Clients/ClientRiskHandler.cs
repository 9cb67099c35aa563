using Casework.Domain.Clients;
using Casework.Domain.Common;
using Casework.Domain.TeamTasks;
using Casework.Web.Data;
using Casework.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Casework.Web.Features.Clients;

/// <summary>
/// CON-06 risk flags: each threat is recorded with its note. A threat of suicide is referred to the team leader at
/// once — a task in the team leader's inbox, saved with the flag — and domestic violence restricts disclosure.
/// </summary>
public sealed class ClientRiskHandler(CaseworkDbContext db, CurrentActor actors, TimeProvider time)
{
    public async Task<Result<RiskRecordedDto>> RecordAsync(string scin, RecordRiskRequest r, CancellationToken ct)
    {
        var validation = new Validation()
            .Enum<RiskKind>("kind", r.Kind, required: true, "Choose the risk: ThreatOfSuicide or DomesticViolence")
            .Required("note", r.Note, "Describe what was said or seen.")
            .MaxLength("note", r.Note, 2000);
        if (!validation.IsValid)
        {
            return validation.ToRefusal();
        }

        var client = await db.Clients.FirstOrDefaultAsync(c => c.Scin == scin, ct);
        if (client is null)
        {
            return ClientHandlers.Missing(scin);
        }

        var actor = await actors.RequireAsync(ct);
        var now = time.GetUtcNow();
        var outcome = client.RecordRisk(Validation.ParseEnum<RiskKind>(r.Kind!), r.Note!, actor, now);
        if (!outcome.IsSuccess)
        {
            return outcome.Refusal!;
        }

        var flag = client.RiskFlags[^1];
        if (outcome.Value!.ReferToTeamLeaderNow)
        {
            db.TeamTasks.Add(TeamTask.Create(
                new NewTeamTask(TeamTaskKind.RiskReferral, actor.TeamCode, client.Scin, client.Name,
                    $"{outcome.Value.Rule} Recorded by {flag.RecordedBy}: {flag.Note}", ServiceRequests.UkClock.DateOf(now)),
                flag.RecordedBy, now));
        }

        await db.SaveChangesAsync(ct);
        return new RiskRecordedDto(
            new RiskFlagDto(flag.Kind, flag.Note, flag.RecordedAt, flag.RecordedBy), outcome.Value.ReferToTeamLeaderNow,
            client.RestrictsDisclosure, outcome.Value.Rule);
    }
}
