using System.Globalization;
using System.Reflection;
using System.Text.Json;
using System.Text.RegularExpressions;
using Casework.Domain.ServiceRequests;
using Casework.Web.Features.EmployerComplaints;

namespace Casework.Web.Features;

/// <summary>One audit entry as a person reads it: words, not codes; the rule ids it cited as a small hint.</summary>
public sealed record AuditLine(DateTimeOffset At, string By, string What, string? Before, string? After, IReadOnlyList<string> Rules)
{
    public string RuleHint => string.Join(", ", Rules);
}

/// <summary>
/// Turns the codes in audit entries and history (SR-08, EC-12) into the words the procedures use: statuses
/// ("PendingApproval / PendingApprovalTL" → "Pending approval"), team names ("team EMPLOYER-PAYMENTS" → "Employer
/// payments team"), resolution types and issue categories by their labels, ISO dates as UK dates, Y/N as yes/no.
/// Rule ids ("SEC-05", "CON-01/02") are taken out of the text and handed back as <see cref="AuditLine.Rules"/>,
/// for the page to show as a hint. Every page that shows an audit trail or history reads it through this class;
/// the stored entries keep what was written.
/// </summary>
public sealed partial class AuditWords
{
    private static readonly Lazy<AuditWords> _seeded = new(() => new AuditWords(LoadTeams()));

    private readonly Dictionary<string, string> _teamNames;
    private readonly IReadOnlyList<(Regex Pattern, string Name)> _teams;
    private readonly Dictionary<string, string> _words;

    /// <param name="teamNames">Team code → name (P-06), e.g. <c>EMPLOYER-PAYMENTS</c> → <c>Employer payments</c>.</param>
    public AuditWords(IReadOnlyDictionary<string, string> teamNames)
    {
        ArgumentNullException.ThrowIfNull(teamNames);
        _teamNames = new Dictionary<string, string>(teamNames, StringComparer.OrdinalIgnoreCase);
        _teams = [.. teamNames.OrderByDescending(t => t.Key.Length)
            .Select(t => (new Regex($@"(?<![\w-])(?:(?<team>team) )?{Regex.Escape(t.Key)}(?![\w-])", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1)), t.Value))];
        _words = Vocabulary();
    }

    /// <summary>The teams of <c>Data/Seed/teams.json</c> — the teams every environment has.</summary>
    public static AuditWords Seeded => _seeded.Value;

    /// <summary>"EMPLOYER-PAYMENTS" reads "Employer payments"; a team this class does not know keeps its code.</summary>
    public string TeamName(string? code) =>
        code is null ? string.Empty : _teamNames.GetValueOrDefault(code.Trim()) ?? code;

    public AuditLine Read(DateTimeOffset at, string by, string action, string? before, string? after)
    {
        var rules = new List<string>();
        return new AuditLine(at, Text(by, rules) ?? by, Text(action, rules) ?? action, Text(before, rules), Text(after, rules), rules);
    }

    public AuditLine Read(Data.AuditEntry entry)
    {
        ArgumentNullException.ThrowIfNull(entry);
        return Read(entry.At, entry.By, entry.Action, entry.Before, entry.After);
    }

    public AuditLine Read(ServiceRequests.AuditEntryDto entry)
    {
        ArgumentNullException.ThrowIfNull(entry);
        return Read(entry.At, entry.By, entry.Action, entry.Before, entry.After);
    }

    /// <summary>The text in words, with its rule ids left out (they are added to <paramref name="rules"/>).</summary>
    public string? Text(string? text, ICollection<string>? rules = null)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return text;
        }

        var words = TakeOutRules(text, rules ?? []);
        words = StatusPair().Replace(words, m => StatusWords(m) ?? m.Value);
        words = PlanLine().Replace(words, m => m.Groups["number"].Value + ". " + (ResolutionTypes.Find(m.Groups["code"].Value)?.Label ?? Display.Words(m.Groups["code"].Value)) + ":");
        foreach (var (pattern, name) in _teams)
        {
            words = pattern.Replace(words, m => m.Groups["team"].Success ? name + " team" : name);
        }

        words = Pascal().Replace(words, m => _words.TryGetValue(m.Value, out var w) ? w : m.Value);
        words = IsoDate().Replace(words, m => IsoDateWords(m));
        words = YesNo().Replace(words, m => m.Value is "Y" or "True" ? "yes" : "no");
        words = TeamLeader().Replace(words, "team leader");
        words = Tidy().Replace(words, " ").Trim();
        // A sentence made of our words starts with a capital; what a person typed (a file name, a note) keeps its own.
        var typed = text.TrimStart();
        return words.Length == 0 || (typed.Length > 0 && words[0] == typed[0])
            ? words
            : char.ToUpper(words[0], CultureInfo.InvariantCulture) + words[1..];
    }

    private static string TakeOutRules(string text, ICollection<string> rules)
    {
        void Add(string group)
        {
            foreach (Match id in RuleId().Matches(group))
            {
                var expanded = id.Groups["more"].Success
                    ? id.Groups["more"].Captures.Select(c => $"{id.Groups["family"].Value}-{c.Value}").Prepend($"{id.Groups["family"].Value}-{id.Groups["number"].Value}")
                    : [id.Value];
                foreach (var rule in expanded.Where(r => !rules.Contains(r)))
                {
                    rules.Add(rule);
                }
            }
        }

        // "(SEC-05)", "SEC-08 / AM-05: …", "CON-01/02: …", and a rule id anywhere else.
        var left = RuleGroupInBrackets().Replace(text, m => { Add(m.Value); return string.Empty; });
        left = RuleGroupLeading().Replace(left, m => { Add(m.Value); return string.Empty; });
        left = RuleGroup().Replace(left, m => { Add(m.Value); return string.Empty; });
        return left;
    }

    private string? StatusWords(Match m)
    {
        var (status, sub) = (m.Groups["status"].Value, m.Groups["sub"].Value);
        if (!Enum.TryParse<ServiceRequestStatus>(status, out _)
            || typeof(SubStatuses).GetField(sub, BindingFlags.Public | BindingFlags.Static) is null)
        {
            return null;
        }

        var words = Display.Words(status);
        return string.Equals(status, sub, StringComparison.Ordinal) ? words : $"{words} – {_words.GetValueOrDefault(sub, sub)}";
    }

    private static string IsoDateWords(Match m)
    {
        if (m.Groups["time"].Success
            && DateTimeOffset.TryParse(m.Value, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var at))
        {
            return Display.DateTime(at);
        }

        return DateOnly.TryParseExact(m.Groups["date"].Value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
            ? Display.Date(date)
            : m.Value;
    }

    /// <summary>Every code-like word of more than one word the domain writes: enum members, sub-statuses, issue categories.</summary>
    private static Dictionary<string, string> Vocabulary()
    {
        var words = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var type in typeof(ServiceRequestStatus).Assembly.GetTypes().Where(t => t.IsEnum && t.IsPublic))
        {
            foreach (var name in Enum.GetNames(type))
            {
                words.TryAdd(name, Lower(Display.Words(name)));
            }
        }

        foreach (var sub in typeof(SubStatuses).GetFields(BindingFlags.Public | BindingFlags.Static))
        {
            words.TryAdd(sub.Name, Lower(Display.Words(sub.Name)));
        }

        words[SubStatuses.PendingApprovalTL] = "pending team leader approval";
        foreach (var category in ComplaintIssueCategories.All)
        {
            words[category.Code] = category.Name;
        }

        return words;
    }

    /// <summary>"In progress" → "in progress", but "Welsh" and "TL" keep their capitals.</summary>
    private static string Lower(string words) =>
        words.Length > 1 && char.IsUpper(words[0]) && !char.IsUpper(words[1]) && words is not ("Welsh" or "English")
            ? char.ToLowerInvariant(words[0]) + words[1..]
            : words;

    private static Dictionary<string, string> LoadTeams()
    {
        using var stream = File.OpenRead(Path.Combine(AppContext.BaseDirectory, "Data", "Seed", "teams.json"));
        return (JsonSerializer.Deserialize<List<TeamEntry>>(stream, Infrastructure.Letters.LetterOutbox.Json) ?? [])
            .ToDictionary(t => t.Code, t => t.Name, StringComparer.OrdinalIgnoreCase);
    }

    private sealed record TeamEntry(string Code, string Name);

    private const string Rule = @"(?<family>P|SEC|SR|EC|OUT|AM|COR|CON|CAL|RPT|OPS|PERF)-(?<number>\d{2})(?:/(?<more>\d{2}))*";

    [GeneratedRegex($@"(?<![\w-]){Rule}(?![\w-])", RegexOptions.CultureInvariant)]
    private static partial Regex RuleId();

    [GeneratedRegex($@"\s*\(\s*{Rule}(?:\s*[,/]\s*{Rule})*\s*\)", RegexOptions.CultureInvariant)]
    private static partial Regex RuleGroupInBrackets();

    [GeneratedRegex($@"(?:^|(?<=[:;]\s))\s*{Rule}(?:\s*[,/]\s*{Rule})*\s*[:–—-]\s*", RegexOptions.CultureInvariant)]
    private static partial Regex RuleGroupLeading();

    [GeneratedRegex($@"(?<![\w-]){Rule}(?:\s*[,/]\s*{Rule})*(?![\w-])", RegexOptions.CultureInvariant)]
    private static partial Regex RuleGroup();

    [GeneratedRegex(@"\b(?<status>[A-Z][A-Za-z]+) / (?<sub>[A-Z][A-Za-z]+)\b", RegexOptions.CultureInvariant)]
    private static partial Regex StatusPair();

    [GeneratedRegex(@"(?<=^|\n)(?<number>\d+)\. (?<code>[A-Z][A-Za-z]+):", RegexOptions.CultureInvariant)]
    private static partial Regex PlanLine();

    [GeneratedRegex(@"\b[A-Z][a-z]+(?:[A-Z][a-z]*)+[A-Z]*\b", RegexOptions.CultureInvariant)]
    private static partial Regex Pascal();

    [GeneratedRegex(@"\b(?<date>\d{4}-\d{2}-\d{2})(?<time>T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:\d{2})?)?", RegexOptions.CultureInvariant)]
    private static partial Regex IsoDate();

    [GeneratedRegex(@"(?<![\w'’-])(?:Y|N|True|False)(?![\w'’-])", RegexOptions.CultureInvariant)]
    private static partial Regex YesNo();

    [GeneratedRegex(@"(?<![\w-])TL(?![\w-])", RegexOptions.CultureInvariant)]
    private static partial Regex TeamLeader();

    [GeneratedRegex(@"[ \t]{2,}", RegexOptions.CultureInvariant)]
    private static partial Regex Tidy();
}
