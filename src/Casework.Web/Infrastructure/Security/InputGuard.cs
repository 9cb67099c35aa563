using System.Text.Json;

namespace Casework.Web.Infrastructure.Security;

/// <summary>
/// Refuses, before any handler runs, text no field may hold: control characters (U+0000 and the rest of C0/C1, DEL;
/// tab, CR and LF are allowed for multi-line text), unpaired surrogates, and any one value longer than
/// <see cref="MaxValueLength"/>. Checks every query value, every form field and every string (and property name) in a
/// JSON body, so SQLite and PostgreSQL (which cannot store U+0000) give the same 400 naming the field.
/// </summary>
public static class InputGuard
{
    /// <summary>No single field of this app is longer; the model's own column lengths are checked on save.</summary>
    public const int MaxValueLength = 20_000;

    /// <summary>A JSON body is scanned only up to this size; bigger ones are refused.</summary>
    public const int MaxJsonBody = 2 * 1024 * 1024;

    public static IApplicationBuilder UseInputGuard(this IApplicationBuilder app) => app.Use(async (context, next) =>
    {
        var errors = new Dictionary<string, string[]>(StringComparer.Ordinal);
        foreach (var (key, values) in context.Request.Query)
        {
            Check(key, values, errors);
        }

        var request = context.Request;
        if (errors.Count == 0 && request.HasJsonContentType() && request.ContentLength is not 0)
        {
            await CheckJsonAsync(context, errors);
        }
        else if (errors.Count == 0 && request.HasFormContentType)
        {
            await CheckFormAsync(context, errors);
        }

        if (errors.Count > 0)
        {
            await TypedResults.ValidationProblem(errors, detail: "The request holds characters or lengths no field accepts.").ExecuteAsync(context);
            return;
        }

        await next(context);
    });

    /// <summary>Null when <paramref name="value"/> may be stored; otherwise why not.</summary>
    public static string? Problem(string? value)
    {
        if (value is null)
        {
            return null;
        }

        if (value.Length > MaxValueLength)
        {
            return $"Must be {MaxValueLength} characters or fewer.";
        }

        for (var i = 0; i < value.Length; i++)
        {
            var c = value[i];
            if (char.IsControl(c) && c is not ('\r' or '\n' or '\t'))
            {
                return $"Must not contain control characters (found U+{(int)c:X4}).";
            }

            if (char.IsHighSurrogate(c) && i + 1 < value.Length && char.IsLowSurrogate(value[i + 1]))
            {
                i++;
            }
            else if (char.IsSurrogate(c))
            {
                return "Must not contain an unpaired surrogate.";
            }
        }

        return null;
    }

    private static void Check(string field, IEnumerable<string?> values, Dictionary<string, string[]> errors)
    {
        if (Problem(field) is { } bad)
        {
            errors.TryAdd("field name", [bad]);
            return;
        }

        foreach (var value in values)
        {
            if (Problem(value) is { } problem)
            {
                errors.TryAdd(field, [problem]);
                return;
            }
        }
    }

    private static async Task CheckFormAsync(HttpContext context, Dictionary<string, string[]> errors)
    {
        IFormCollection form;
        try
        {
            form = await context.Request.ReadFormAsync(context.RequestAborted);
        }
        catch (Exception e) when (e is InvalidDataException or IOException or BadHttpRequestException)
        {
            // A form that cannot be read is the endpoint's to refuse, with its own field names.
            return;
        }

        foreach (var (key, values) in form)
        {
            Check(key, values, errors);
        }
    }

    private static async Task CheckJsonAsync(HttpContext context, Dictionary<string, string[]> errors)
    {
        var request = context.Request;
        if (request.ContentLength > MaxJsonBody)
        {
            errors["body"] = [$"The body must be smaller than {MaxJsonBody / 1024 / 1024} MB."];
            return;
        }

        request.EnableBuffering();
        using var buffer = new MemoryStream();
        await request.Body.CopyToAsync(buffer, context.RequestAborted);
        request.Body.Position = 0;
        if (buffer.Length > MaxJsonBody)
        {
            errors["body"] = [$"The body must be smaller than {MaxJsonBody / 1024 / 1024} MB."];
            return;
        }

        try
        {
            Scan(buffer.GetBuffer().AsSpan(0, (int)buffer.Length), errors);
        }
        catch (Exception e) when (e is JsonException or InvalidOperationException)
        {
            // Malformed JSON, or a string JSON cannot even decode: binding refuses it as a 400 with its own reason.
            errors.Clear();
        }
    }

    private static void Scan(ReadOnlySpan<byte> json, Dictionary<string, string[]> errors)
    {
        var reader = new Utf8JsonReader(json, new JsonReaderOptions { CommentHandling = JsonCommentHandling.Skip, MaxDepth = 64 });
        var path = new List<string>();
        string? property = null;
        while (reader.Read())
        {
            switch (reader.TokenType)
            {
                case JsonTokenType.PropertyName:
                    property = reader.GetString();
                    if (Problem(property) is { } badName)
                    {
                        errors.TryAdd("body", [badName]);
                    }

                    break;
                case JsonTokenType.StartObject or JsonTokenType.StartArray:
                    path.Add(property ?? string.Empty);
                    property = null;
                    break;
                case JsonTokenType.EndObject or JsonTokenType.EndArray:
                    path.RemoveAt(path.Count - 1);
                    property = null;
                    break;
                case JsonTokenType.String:
                    if (Problem(reader.GetString()) is { } problem)
                    {
                        errors.TryAdd(FieldName(path, property), [problem]);
                    }

                    property = null;
                    break;
                default:
                    property = null;
                    break;
            }
        }
    }

    /// <summary>The field as the API names it: <c>text</c>, or <c>fields.name</c> inside an object.</summary>
    private static string FieldName(List<string> path, string? property)
    {
        var parts = path.Where(p => p.Length > 0).Append(property ?? string.Empty).Where(p => p.Length > 0).ToList();
        return parts.Count == 0 ? "body" : string.Join('.', parts);
    }
}
