using Casework.Domain.Clients;
using Casework.Domain.Common;
using Casework.Domain.Contact;
using Casework.Web.Data;
using Casework.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Casework.Web.Features.Contact;

/// <summary>
/// "Is an outbound call required?" (CON-01/02/03/04): the rules table decides each change, the planner turns the
/// changes into calls — one after the last of several changes within three days — and suppression stops them all.
/// </summary>
public sealed class OutboundCallDecisions(CaseworkDbContext db)
{
    public const int MaxChanges = 50;

    public static IReadOnlyList<OutboundCallRuleDto> Rules() =>
        [.. OutboundCallRules.Default.Select(r => new OutboundCallRuleDto(r.Reason.ToString(), r.Requirement.ToString(), r.IsChangeOfCircumstances, r.OnlyFor?.ToString(), r.Rule))];

    public async Task<Result<OutboundCallDecisionDto>> DecideAsync(OutboundCallDecisionRequest request, CancellationToken ct)
    {
        var changes = request.Changes ?? [];
        var validation = new Validation()
            .Check(string.IsNullOrWhiteSpace(request.Scin) != string.IsNullOrWhiteSpace(request.Role), "scin", "Give the client's SCIN or their role, not both.")
            .Enum<ClientRole>("role", request.Role, required: false, "Choose the role")
            .Check(changes.Count is > 0 and <= MaxChanges, "changes", $"List between 1 and {MaxChanges} changes.");
        for (var i = 0; i < changes.Count && i < MaxChanges; i++)
        {
            validation
                .Enum<ContactReason>($"changes[{i}].reason", changes[i]?.Reason, required: true, "Choose what changed")
                .Check(changes[i]?.On is not null, $"changes[{i}].on", "Give the date the change was completed.");
        }

        if (!validation.IsValid)
        {
            return validation.ToRefusal();
        }

        ClientRole role;
        var suppressed = false;
        if (!string.IsNullOrWhiteSpace(request.Scin))
        {
            var client = await db.Clients.AsNoTracking().Where(c => c.Scin == request.Scin.Trim())
                .Select(c => new { c.Role, c.ContactSuppressedBecause }).FirstOrDefaultAsync(ct);
            if (client is null)
            {
                return new NotFound($"No client has SCIN {request.Scin.Trim()}.");
            }

            (role, suppressed) = (client.Role, client.ContactSuppressedBecause is not null);
        }
        else
        {
            role = Validation.ParseEnum<ClientRole>(request.Role!);
        }

        var events = changes.Select(c => new ContactEvent(Validation.ParseEnum<ContactReason>(c.Reason!), c.On!.Value, c.ClientAsked ?? false)).ToList();
        var calls = OutboundCallPlanner.Plan(events, role, suppressed);
        var each = events.Select(e => (e, d: OutboundCallRules.Decide(e.Reason, role, e.ClientAsked, suppressed)))
            .Select(x => new ChangeDecisionDto(x.e.Reason.ToString(), x.e.On, x.d.CallNeeded, x.d.Rule)).ToList();
        return new OutboundCallDecisionDto(
            calls.Count > 0,
            role.ToString(),
            suppressed,
            [.. calls.Select(c => new PlannedCallDto(c.On, [.. c.Covers.Select(Dto)], c.Rule))],
            each);
    }

    private static ContactChangeDto Dto(ContactEvent e) => new(e.Reason.ToString(), e.On, e.ClientAsked);
}
