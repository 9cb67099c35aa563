using System.Globalization;
using Casework.Domain.Correspondence;
using Microsoft.Extensions.Options;

namespace Casework.Web.Infrastructure.Letters;

/// <summary>Where sent letters go. Delivery must be idempotent: the batch may deliver a letter again after a crash.</summary>
public interface ILetterDeliveryTarget
{
    Task DeliverAsync(Letter letter, LetterDocument document, CancellationToken ct);
}

/// <summary>
/// The default target: one file per letter (named by letter id) plus a manifest line. The file appears
/// atomically (write then rename); a letter whose file already exists was delivered by a run that died
/// before recording it, so only a missing manifest line is added — never a second file or line.
/// </summary>
public sealed class FolderDeliveryTarget(IOptions<LettersOptions> options, IHostEnvironment environment) : ILetterDeliveryTarget
{
    public const string ManifestName = "manifest.tsv";

    private readonly string _folder = Path.GetFullPath(options.Value.OutboxFolder, environment.ContentRootPath);

    public string Folder => _folder;

    public async Task DeliverAsync(Letter letter, LetterDocument document, CancellationToken ct)
    {
        Directory.CreateDirectory(_folder);
        var final = Path.Combine(_folder, document.FileName);
        var line = string.Join('\t',
            letter.Id.ToString(CultureInfo.InvariantCulture), letter.Code, letter.RecipientReference, letter.RecipientName,
            letter.Format, letter.Language, document.FileName) + "\n";
        var manifest = Path.Combine(_folder, ManifestName);
        if (File.Exists(final))
        {
            var lines = File.Exists(manifest) ? await File.ReadAllLinesAsync(manifest, ct) : [];
            if (!lines.Contains(line.TrimEnd('\n')))
            {
                await File.AppendAllTextAsync(manifest, line, ct);
            }

            return;
        }

        var temp = final + ".partial";
        await using (var stream = new FileStream(temp, FileMode.Create, FileAccess.Write, FileShare.None))
        {
            await stream.WriteAsync(document.Bytes, ct);
            stream.Flush(flushToDisk: true);
        }

        File.Move(temp, final, overwrite: false);
        await File.AppendAllTextAsync(manifest, line, ct);
    }
}
