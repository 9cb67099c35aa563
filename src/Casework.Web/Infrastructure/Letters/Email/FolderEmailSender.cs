using System.Globalization;
using Microsoft.Extensions.Options;

namespace Casework.Web.Infrastructure.Letters.Email;

/// <summary>
/// Used when no SMTP host is configured: each e-mail becomes an RFC 5322 <c>.eml</c> file in the letters
/// outbox folder (written then renamed, so it appears whole) plus a line in <see cref="ManifestName"/>.
/// </summary>
public sealed class FolderEmailSender(IOptions<LettersOptions> options, IHostEnvironment environment, TimeProvider time) : IEmailSender
{
    public const string ManifestName = "email-manifest.tsv";

    private readonly string _folder = Path.GetFullPath(options.Value.OutboxFolder, environment.ContentRootPath);
    private readonly Lock _manifestLock = new();

    public string Folder => _folder;

    public async Task SendAsync(OutgoingEmail email, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(email);
        var name = string.Create(
            CultureInfo.InvariantCulture, $"email-{time.GetUtcNow():yyyyMMddHHmmss}-{Guid.NewGuid():N}.eml");
        var final = Path.Combine(_folder, name);
        try
        {
            Directory.CreateDirectory(_folder);
            using var message = email.ToMime();
            var temp = final + ".partial";
            await using (var stream = new FileStream(temp, FileMode.CreateNew, FileAccess.Write, FileShare.None))
            {
                await message.WriteToAsync(stream, ct);
                stream.Flush(flushToDisk: true);
            }

            File.Move(temp, final, overwrite: false);
            var line = string.Join('\t', name, email.Code, email.RecipientReference, email.To, email.Subject) + "\n";
            lock (_manifestLock)
            {
                // One line per e-mail; the lock keeps concurrent sends from interleaving their appends.
                File.AppendAllText(Path.Combine(_folder, ManifestName), line);
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new EmailNotSentException($"The e-mail could not be written to the outbox folder {_folder}: {e.Message}", e);
        }
    }
}
