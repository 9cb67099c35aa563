using Casework.Domain.Common;
using Casework.Domain.TeamTasks;
using Casework.Web.Data;
using Casework.Web.Features.ServiceRequests;
using Casework.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Casework.Web.Features.Clients;

/// <summary>CON-07: what the client asked for.</summary>
public enum ContactArrangementKind
{
    /// <summary>A face-to-face meeting "where appropriate" (004): the team leader considers and arranges it.</summary>
    FaceToFace,

    /// <summary>An interpreter for conversations in another language.</summary>
    Interpretation,

    /// <summary>Written contact translated through the translation service.</summary>
    Translation,
}

public sealed record ContactArrangementRequest(string? Kind, string? Language, string? Note);

public sealed record ContactArrangementDto(long Id, string Kind, string? Language, string TeamCode, bool ForTeamLeader, string Reason, DateOnly DueOn);

/// <summary>
/// CON-07 (procedure 004): a client's request for a face-to-face meeting, an interpreter or translated letters becomes a
/// task in the recording caseworker's team inbox — a face-to-face request for the team leader, who decides whether it
/// is appropriate. The procedure sets no deadline, so the task is due the day it is asked for. One open (or taken)
/// request of a kind and language per client, found by the task's kind, party and language columns: asking again while
/// one waits is a 409, not a second task; once it is done the client may ask again.
/// </summary>
public sealed class ContactArrangements(CaseworkDbContext db, CurrentActor actors, TimeProvider time)
{
    public async Task<Result<ContactArrangementDto>> RequestAsync(string scin, ContactArrangementRequest r, CancellationToken ct)
    {
        var actor = await actors.RequireAsync(ct);
        var validation = new Validation()
            .Enum<ContactArrangementKind>("kind", r.Kind, required: true, "Choose FaceToFace, Interpretation or Translation")
            .Required("note", r.Note, "Say what the client asked for.")
            .MaxLength("note", r.Note, 2000)
            .MaxLength("language", r.Language, 60);
        var kind = Enum.GetNames<ContactArrangementKind>().Contains(r.Kind?.Trim(), StringComparer.OrdinalIgnoreCase)
            ? Validation.ParseEnum<ContactArrangementKind>(r.Kind!)
            : (ContactArrangementKind?)null;
        var language = string.IsNullOrWhiteSpace(r.Language) ? null : r.Language.Trim();
        validation.Check(
            language is not null || kind is not (ContactArrangementKind.Interpretation or ContactArrangementKind.Translation),
            "language", "Enter the language the client needs.");

        if (!validation.IsValid)
        {
            return validation.ToRefusal();
        }

        if (language is not null && string.Equals(language, "English", StringComparison.OrdinalIgnoreCase))
        {
            return new RuleBroken("CON-07: interpretation and translation are for a language other than English.");
        }

        var client = await db.Clients.AsNoTracking().Where(c => c.Scin == scin).Select(c => new { c.Scin, c.Name }).FirstOrDefaultAsync(ct);
        if (client is null)
        {
            return ClientHandlers.Missing(scin);
        }

        var taskKind = kind!.Value switch
        {
            ContactArrangementKind.FaceToFace => TeamTaskKind.FaceToFace,
            ContactArrangementKind.Interpretation => TeamTaskKind.Interpretation,
            _ => TeamTaskKind.Translation,
        };
        language = language is null ? null : TeamTask.NormaliseLanguage(language);
        if (await db.TeamTasks.AnyAsync(t => t.Kind == taskKind && t.PartyReference == client.Scin && t.Language == language
                && t.Status != TeamTaskStatus.Done, ct))
        {
            return new NotAllowedInState($"A {Describe(kind.Value, language)} request for {client.Name} is already waiting.");
        }

        var now = time.GetUtcNow();
        var task = TeamTask.Create(
            new NewTeamTask(taskKind, actor.TeamCode, client.Scin, client.Name, Reason(kind.Value, language, r.Note!.Trim()), UkClock.DateOf(now))
            {
                Language = language,
            },
            actor.Label, now);
        db.TeamTasks.Add(task);
        await db.SaveChangesAsync(ct);
        return new ContactArrangementDto(task.Id, kind.Value.ToString(), language, task.TeamCode, task.ForTeamLeader, task.Reason, task.DueOn);
    }

    private static string Reason(ContactArrangementKind kind, string? language, string note) => kind switch
    {
        ContactArrangementKind.FaceToFace => $"face-to-face meeting requested; consider whether it is appropriate and arrange it. {note}",
        ContactArrangementKind.Interpretation => $"book an interpreter in {language} for calls with the client. {note}",
        _ => $"send written contact through the translation service into {language}. {note}",
    };

    private static string Describe(ContactArrangementKind kind, string? language) => kind switch
    {
        ContactArrangementKind.FaceToFace => "face-to-face meeting",
        ContactArrangementKind.Interpretation => $"{language} interpretation",
        _ => $"{language} translation",
    };
}
