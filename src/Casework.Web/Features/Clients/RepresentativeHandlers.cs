using Casework.Domain.Clients;
using Casework.Domain.Common;
using Casework.Domain.Contact;
using Casework.Web.Data;
using Casework.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Casework.Web.Features.Clients;

/// <summary>
/// P-05, procedure 004 "Client Representative - Set Up / Maintain / Remove". The system assigns the TRN; an individual
/// gives their own PIN, password and seven questions (hashed at once, SEC-04); an employer gives none.
/// </summary>
public sealed class RepresentativeHandlers(
    CaseworkDbContext db, CurrentActor actors, TimeProvider time, ReferenceNumbers references, ICallerSecretHasher hasher)
{
    public async Task<Result<RepresentativeDto>> SetUpAsync(string scin, SetUpRepresentativeRequest r, CancellationToken ct)
    {
        var actor = await actors.RequireAsync(ct);
        if (ClientHandlers.MayChange(actor) is { } forbidden)
        {
            return forbidden;
        }

        var isEmployer = !string.IsNullOrWhiteSpace(r.EmployerErn);
        var validation = new Validation()
            .Required("name", r.Name, "Enter the representative's name.")
            .MaxLength("name", r.Name, 200)
            .Check(r.PowerOfAttorney is not null, "powerOfAttorney", "Say whether the representative holds power of attorney.");
        if (!validation.IsValid)
        {
            return validation.ToRefusal();
        }

        if (!await db.Clients.AnyAsync(c => c.Scin == scin, ct))
        {
            return ClientHandlers.Missing(scin);
        }

        if (isEmployer && !await db.Employers.AnyAsync(e => e.Ern == r.EmployerErn!.Trim(), ct))
        {
            return InvalidInput.For("employerErn", $"No employer has ERN {r.EmployerErn!.Trim()}.");
        }

        CallerSecrets? secrets = null;
        if (SecretsOf(r, isEmployer) is { } given)
        {
            if (!given.IsSuccess)
            {
                return given.Refusal!;
            }

            secrets = given.Value;
        }

        // The domain refuses before a TRN is spent: an employer with secrets, or an individual without.
        var probe = Representative.SetUp(new(".", r.Name!, scin, r.PowerOfAttorney!.Value, r.EmployerErn), secrets, actor, time.GetUtcNow());
        if (!probe.IsSuccess)
        {
            return probe.Refusal!;
        }

        var trn = await references.NextTrnAsync(ct);
        var representative = Representative.SetUp(new(trn, r.Name!, scin, r.PowerOfAttorney.Value, r.EmployerErn), secrets, actor, time.GetUtcNow()).Value!;
        db.Representatives.Add(representative);
        await db.SaveChangesAsync(ct);
        return ClientHandlers.ToDto(representative);
    }

    public async Task<Result<RepresentativeDto>> ChangeAsync(string trn, ChangeRepresentativeRequest r, CancellationToken ct)
    {
        var validation = new Validation()
            .Required("name", r.Name, "Enter the representative's name.")
            .MaxLength("name", r.Name, 200)
            .Check(r.PowerOfAttorney is not null, "powerOfAttorney", "Say whether the representative holds power of attorney.");
        return validation.IsValid
            ? await CommandAsync(trn, (rep, by, at) => rep.Change(r.Name!, r.PowerOfAttorney!.Value, by, at), ct)
            : validation.ToRefusal();
    }

    public Task<Result<RepresentativeDto>> RemoveAsync(string trn, RemoveRepresentativeRequest r, CancellationToken ct) =>
        CommandAsync(trn, (rep, by, at) => rep.Remove(r.Reason ?? string.Empty, by, at), ct);

    private async Task<Result<RepresentativeDto>> CommandAsync(
        string trn, Func<Representative, Actor, DateTimeOffset, Refusal?> command, CancellationToken ct)
    {
        var actor = await actors.RequireAsync(ct);
        if (ClientHandlers.MayChange(actor) is { } forbidden)
        {
            return forbidden;
        }

        var representative = await db.Representatives.FirstOrDefaultAsync(x => x.Trn == trn, ct);
        if (representative is null)
        {
            return new NotFound($"No representative has TRN {trn}.");
        }

        if (command(representative, actor, time.GetUtcNow()) is { } refused)
        {
            return refused;
        }

        await db.SaveChangesAsync(ct);
        return ClientHandlers.ToDto(representative);
    }

    /// <summary>Null for an employer that gave none; an employer that gave some is refused by the domain (P-05).</summary>
    private Result<CallerSecrets>? SecretsOf(SetUpRepresentativeRequest r, bool isEmployer)
    {
        var gaveAny = r.Pin is not null || r.Password is not null || r.Questions is { Count: > 0 };
        if (isEmployer && !gaveAny)
        {
            return null;
        }

        if (!isEmployer && !gaveAny)
        {
            return InvalidInput.For("pin", "An individual representative needs their own PIN, password and seven security questions.");
        }

        return CallerSecrets.Create(
            new CallerSecretsInput(r.Pin ?? string.Empty, r.Password ?? string.Empty,
                [.. (r.Questions ?? []).Select(q => new SecurityQuestionInput(q.Question ?? string.Empty, q.Answer ?? string.Empty))]),
            hasher);
    }
}
