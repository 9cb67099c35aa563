using Casework.Domain.Common;
using Casework.Domain.Parties;
using Casework.Web.Data;
using Casework.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Casework.Web.Features.Employers;

/// <summary>Agent records (P-02).</summary>
public sealed class AgentHandlers(CaseworkDbContext db, ReferenceNumbers references)
{
    public async Task<Result<AgentDto>> CreateAsync(CreateAgentRequest r, CancellationToken ct)
    {
        var validation = new Validation()
            .Required("name", r.Name, "Enter the agent's company name.")
            .MaxLength("name", r.Name, 200)
            .Required("addressLine1", r.AddressLine1, "Enter the first line of the company address.")
            .Required("postcode", r.Postcode, "Enter the postcode.")
            .MaxLength("postcode", r.Postcode, 10)
            .Email("email", r.Email);
        if (!validation.IsValid)
        {
            return validation.ToRefusal();
        }

        var agent = new Agent(await references.NextEarnAsync(ct), r.Name!, r.AddressLine1!, r.Postcode!, r.Phone?.Trim(), r.Email?.Trim());
        db.Agents.Add(agent);
        await db.SaveChangesAsync(ct);
        return ToDto(agent);
    }

    public async Task<Result<AgentDto>> GetAsync(string earn, CancellationToken ct)
    {
        var agent = await db.Agents.AsNoTracking().FirstOrDefaultAsync(a => a.Earn == earn, ct);
        return agent is null ? new NotFound($"No agent has EARN {earn}.") : ToDto(agent);
    }

    public static AgentDto ToDto(Agent a) => new(a.Earn, a.Name, a.AddressLine1, a.Postcode, a.Phone, a.Email, a.EmployerErns);
}
