using Casework.Domain.Clients;
using Casework.Domain.Common;
using Casework.Domain.Contact;
using Casework.Domain.Security;
using Casework.Web.Data;
using Casework.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Casework.Web.Features.Representatives;

/// <summary>
/// Client representatives (P-05, 004 "Client Representative – Set Up / Maintain / Remove"): load, call one domain
/// method, save. The TRN is assigned by the system. An employer acting as representative has no security of its own.
/// </summary>
public sealed class RepresentativeHandlers(
    CaseworkDbContext db,
    CurrentActor actors,
    TimeProvider time,
    ReferenceNumbers references,
    ICallerSecretHasher hasher)
{
    public async Task<Result<RepresentativeDto>> SetUpAsync(SetUpRepresentativeRequest r, CancellationToken ct)
    {
        var validation = new Validation()
            .Required("name", r.Name, "Enter the representative's name.")
            .MaxLength("name", r.Name, 200)
            .Required("actingForScin", r.ActingForScin, "Enter the SCIN of the client represented.");
        if (!validation.IsValid)
        {
            return validation.ToRefusal();
        }

        if (!await db.Clients.AnyAsync(c => c.Scin == r.ActingForScin!.Trim(), ct))
        {
            return InvalidInput.For("actingForScin", $"No client has SCIN {r.ActingForScin!.Trim()}.");
        }

        var employerErn = string.IsNullOrWhiteSpace(r.EmployerErn) ? null : r.EmployerErn.Trim();
        if (employerErn is not null && !await db.Employers.AnyAsync(e => e.Ern == employerErn, ct))
        {
            return InvalidInput.For("employerErn", $"No employer has ERN {employerErn}.");
        }

        var address = PostalAddress.From(r.AddressLine1, r.Postcode);
        if (!address.IsSuccess)
        {
            return address.Refusal!;
        }

        CallerSecrets? secrets = null;
        if (r.Security is not null)
        {
            var created = Secrets(r.Security);
            if (!created.IsSuccess)
            {
                return created.Refusal!;
            }

            secrets = created.Value;
        }

        var actor = await actors.RequireAsync(ct);
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        var setUp = Representative.SetUp(
            new SetUpRepresentative(await references.NextTrnAsync(ct), r.Name!, r.ActingForScin!, r.PowerOfAttorney ?? false, employerErn, address.Value),
            secrets, actor, time.GetUtcNow());
        if (!setUp.IsSuccess)
        {
            return setUp.Refusal!;
        }

        db.Representatives.Add(setUp.Value!);
        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
        return Dto(setUp.Value!);
    }

    public async Task<Result<RepresentativeDto>> GetAsync(string trn, CancellationToken ct) =>
        await db.Representatives.AsNoTracking().FirstOrDefaultAsync(x => x.Trn == trn, ct) is { } representative
            ? Dto(representative)
            : Missing(trn);

    public Task<Result<RepresentativeDto>> ChangeAsync(string trn, ChangeRepresentativeRequest r, CancellationToken ct)
    {
        var keepAddress = r.AddressLine1 is null && r.Postcode is null;
        var address = PostalAddress.From(r.AddressLine1, r.Postcode);
        return address.IsSuccess
            ? ApplyAsync(trn, (rep, by, at) => rep.Change(
                r.Name ?? string.Empty, r.PowerOfAttorney ?? rep.PowerOfAttorney, keepAddress ? rep.Address : address.Value, by, at), ct)
            : Task.FromResult<Result<RepresentativeDto>>(address.Refusal!);
    }

    public Task<Result<RepresentativeDto>> RemoveAsync(string trn, RemoveRepresentativeRequest r, CancellationToken ct) =>
        ApplyAsync(trn, (rep, by, at) => rep.Remove(r.Reason ?? string.Empty, by, at), ct);

    public Task<Result<RepresentativeDto>> ChangeSecurityAsync(string trn, SecuritySetUpInput r, CancellationToken ct)
    {
        var secrets = Secrets(r);
        return secrets.IsSuccess
            ? ApplyAsync(trn, (rep, by, at) => rep.ChangeSecurity(secrets.Value!, by, at), ct)
            : Task.FromResult<Result<RepresentativeDto>>(secrets.Refusal!);
    }

    private async Task<Result<RepresentativeDto>> ApplyAsync(string trn, Func<Representative, Actor, DateTimeOffset, Refusal?> change, CancellationToken ct)
    {
        var representative = await db.Representatives.FirstOrDefaultAsync(x => x.Trn == trn, ct);
        if (representative is null)
        {
            return Missing(trn);
        }

        if (change(representative, await actors.RequireAsync(ct), time.GetUtcNow()) is { } refusal)
        {
            return refusal;
        }

        await db.SaveChangesAsync(ct);
        return Dto(representative);
    }

    private Result<CallerSecrets> Secrets(SecuritySetUpInput input) => CallerSecrets.Create(
        new CallerSecretsInput(input.Pin ?? string.Empty, input.Password ?? string.Empty,
            [.. (input.Questions ?? []).Select(q => new SecurityQuestionInput(q?.Question ?? string.Empty, q?.Answer ?? string.Empty))]),
        hasher);

    private static RepresentativeDto Dto(Representative r) => new(
        r.Trn, r.Name, r.ActingForScin, r.PowerOfAttorney, r.EmployerErn, r.Status.ToString(), r.RemovedBecause,
        r.Secrets is not null, [.. r.Secrets?.Questions.Select(q => q.Question) ?? []], r.Version,
        r.Address is { } a ? new Clients.AddressDto(a.Line1, a.Postcode) : null);

    private static NotFound Missing(string trn) => new($"No representative has TRN {trn}.");
}
