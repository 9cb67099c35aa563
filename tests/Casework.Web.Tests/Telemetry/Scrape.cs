using System.Globalization;
using System.Net;

namespace Casework.Web.Tests.Telemetry;

/// <summary>One read of <c>GET /metrics</c> (Prometheus text format), summing the samples of a metric by labels.</summary>
public sealed class Scrape(string text)
{
    public string Text { get; } = text;

    public static async Task<Scrape> Take(HttpClient http)
    {
        using var response = await http.GetAsync("/metrics");
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"/metrics answered {(int)response.StatusCode}: {body}");
        Assert.StartsWith("text/plain", response.Content.Headers.ContentType?.MediaType, StringComparison.Ordinal);
        return new Scrape(body);
    }

    /// <summary>The sum of <paramref name="metric"/>'s samples whose labels include every one of <paramref name="labels"/> (0 when none).</summary>
    public double Sum(string metric, params string[] labels)
    {
        var total = 0d;
        foreach (var line in Text.Split('\n'))
        {
            if (line.StartsWith('#') || !line.StartsWith(metric, StringComparison.Ordinal))
            {
                continue;
            }

            var rest = line[metric.Length..];
            string labelText;
            string value;
            if (rest.StartsWith('{'))
            {
                var close = rest.LastIndexOf('}');
                labelText = rest[1..close];
                value = rest[(close + 1)..].Trim();
            }
            else if (rest.StartsWith(' '))
            {
                labelText = string.Empty;
                value = rest.Trim();
            }
            else
            {
                continue; // another metric that merely starts with the same name
            }

            if (labels.All(l => labelText.Contains(l, StringComparison.Ordinal)))
            {
                total += double.Parse(value.Split(' ')[0], CultureInfo.InvariantCulture);
            }
        }

        return total;
    }
}
