using System.Text.RegularExpressions;

namespace Casework.Web.Tests.Features;

/// <summary>
/// The README's procedure-to-page and requirement-family tables stay true: every page they name is a Razor page, every
/// Razor page is named, every requirement family has a row and every folder a row names exists.
/// </summary>
public sealed partial class ReadmeTablesTests
{
    private static readonly DirectoryInfo _root = RepositoryRoot();

    [Fact]
    public void Every_page_the_procedure_table_names_is_a_razor_page_and_every_page_is_named()
    {
        var named = Rows("## Procedure to page").Select(r => PagePath().Match(r)).Where(m => m.Success).Select(m => m.Groups["page"].Value).ToList();
        var features = Path.Combine(_root.FullName, "src", "Casework.Web", "Features");

        Assert.NotEmpty(named);
        Assert.Equal(named.Count, named.Distinct(StringComparer.Ordinal).Count());
        foreach (var page in named)
        {
            var file = Path.Combine(features, page);
            Assert.True(File.Exists(file), $"README names {page}, which is not under src/Casework.Web/Features.");
            Assert.True(File.ReadLines(file).Any(l => l.StartsWith("@page", StringComparison.Ordinal)), $"{page} is not a Razor page (no @page).");
        }

        var pages = Directory.EnumerateFiles(features, "*.cshtml", SearchOption.AllDirectories)
            .Where(f => File.ReadLines(f).Any(l => l.StartsWith("@page", StringComparison.Ordinal)))
            .Select(f => Path.GetRelativePath(features, f).Replace('\\', '/'));
        Assert.Empty(pages.Except(named, StringComparer.Ordinal));
    }

    [Fact]
    public void Every_requirement_family_has_a_folder_row_and_every_folder_it_names_exists()
    {
        var requirements = Path.Combine(_root.FullName, "..", "shared", "spec", "REQUIREMENTS.md");
        Assert.True(File.Exists(requirements), $"No {requirements} beside the repository.");
        var families = File.ReadLines(requirements).Select(l => Family().Match(l)).Where(m => m.Success).Select(m => m.Groups["family"].Value).ToList();
        var rows = Rows("## Requirement family to folder").Where(r => !r.StartsWith("| family", StringComparison.Ordinal)).ToList();

        Assert.NotEmpty(families);
        foreach (var family in families)
        {
            Assert.Single(rows, r => r.StartsWith($"| {family} – ", StringComparison.Ordinal));
        }

        foreach (var folder in rows.SelectMany(r => Folder().Matches(r)).Select(m => m.Groups["path"].Value))
        {
            var path = folder.StartsWith("Domain/", StringComparison.Ordinal)
                ? Path.Combine(_root.FullName, "src", "Casework." + folder)
                : folder.StartsWith("tools/", StringComparison.Ordinal) || folder.StartsWith("docs/", StringComparison.Ordinal)
                    ? Path.Combine(_root.FullName, folder)
                    : Path.Combine(_root.FullName, "src", "Casework.Web", folder);
            Assert.True(Directory.Exists(path) || File.Exists(path), $"README names {folder}, which does not exist.");
        }
    }

    private static List<string> Rows(string heading)
    {
        var lines = File.ReadAllLines(Path.Combine(_root.FullName, "README.md"));
        var start = Array.IndexOf(lines, heading);
        Assert.True(start >= 0, $"README has no '{heading}' section.");
        return [.. lines.Skip(start + 1).TakeWhile(l => !l.StartsWith("## ", StringComparison.Ordinal))
            .Where(l => l.StartsWith("| ", StringComparison.Ordinal) && !l.StartsWith("|---", StringComparison.Ordinal))];
    }

    private static DirectoryInfo RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Casework.slnx")))
            {
                return dir;
            }
        }

        throw new InvalidOperationException($"No Casework.slnx above {AppContext.BaseDirectory}.");
    }

    [GeneratedRegex(@"^\| `(?<page>[\w/]+\.cshtml)` \|")]
    private static partial Regex PagePath();

    [GeneratedRegex(@"^## (?<family>[A-Z]+) – ")]
    private static partial Regex Family();

    [GeneratedRegex(@"`(?<path>(?:Domain|Features|Infrastructure|Data|Fonts|tools|docs)(?:/[\w.-]+)*)`")]
    private static partial Regex Folder();
}
