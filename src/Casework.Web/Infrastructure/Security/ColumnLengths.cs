using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;

namespace Casework.Web.Infrastructure.Security;

/// <summary>Text longer than its column's max length in the model: a 400 naming the field on every provider.</summary>
public sealed class TooLongForColumnException(IReadOnlyDictionary<string, string[]> errors)
    : Exception("A value is longer than its column allows.")
{
    public IReadOnlyDictionary<string, string[]> Errors { get; } = errors;
}

/// <summary>
/// The one length check against the EF model: before saving, every added or changed string is compared with its
/// property's max length, so PostgreSQL never answers 22001 and SQLite never silently stores more than the model says.
/// </summary>
public static class ColumnLengths
{
    public static void Check(ChangeTracker tracker)
    {
        Dictionary<string, string[]>? errors = null;
        foreach (var entry in tracker.Entries())
        {
            if (entry.State is not (EntityState.Added or EntityState.Modified))
            {
                continue;
            }

            foreach (var property in entry.Properties)
            {
                if (property.CurrentValue is string text
                    && property.Metadata.GetMaxLength() is { } max
                    && text.Length > max
                    && (entry.State == EntityState.Added || property.IsModified))
                {
                    errors ??= new Dictionary<string, string[]>(StringComparer.Ordinal);
                    errors.TryAdd(JsonNamingPolicy.CamelCase.ConvertName(property.Metadata.Name), [$"Must be {max} characters or fewer."]);
                }
            }
        }

        if (errors is not null)
        {
            throw new TooLongForColumnException(errors);
        }
    }
}
