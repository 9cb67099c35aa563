using System.Net.Mail;
using Casework.Domain.Common;

namespace Casework.Web.Infrastructure;

/// <summary>Collects field errors for a request; empty means valid (API 400 / page form errors).</summary>
public sealed class Validation
{
    private readonly Dictionary<string, List<string>> _errors = new(StringComparer.Ordinal);

    public bool IsValid => _errors.Count == 0;

    public Validation Required(string field, string? value, string message)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            Add(field, message);
        }

        return this;
    }

    public Validation MaxLength(string field, string? value, int max)
    {
        if (value is not null && value.Length > max)
        {
            Add(field, $"Must be {max} characters or fewer.");
        }

        return this;
    }

    public Validation Email(string field, string? value)
    {
        if (!string.IsNullOrWhiteSpace(value) && !MailAddress.TryCreate(value, out _))
        {
            Add(field, "Enter an email address in the correct format, like name@example.com.");
        }

        return this;
    }

    public Validation Enum<TEnum>(string field, string? value, bool required, string message)
        where TEnum : struct, System.Enum
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            if (required)
            {
                Add(field, message);
            }
        }
        else if (!System.Enum.GetNames<TEnum>().Contains(value.Trim(), StringComparer.OrdinalIgnoreCase))
        {
            Add(field, $"{message} ({string.Join(", ", System.Enum.GetNames<TEnum>())}).");
        }

        return this;
    }

    public Validation Range(string field, int? value, int min, int max)
    {
        if (value is not null && (value < min || value > max))
        {
            Add(field, $"Must be between {min} and {max}.");
        }

        return this;
    }

    public Validation Check(bool ok, string field, string message)
    {
        if (!ok)
        {
            Add(field, message);
        }

        return this;
    }

    public void Add(string field, string message)
    {
        if (!_errors.TryGetValue(field, out var list))
        {
            _errors[field] = list = [];
        }

        list.Add(message);
    }

    public InvalidInput ToRefusal() => new(_errors.ToDictionary(e => e.Key, e => e.Value.ToArray(), StringComparer.Ordinal));

    /// <summary>Only names count: "1" is not a region, even though Enum.Parse would take it.</summary>
    public static TEnum ParseEnum<TEnum>(string value)
        where TEnum : struct, System.Enum => System.Enum.Parse<TEnum>(value.Trim(), ignoreCase: true);
}
