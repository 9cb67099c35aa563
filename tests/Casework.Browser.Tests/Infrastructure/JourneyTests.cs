using System.Runtime.CompilerServices;
using Microsoft.Playwright;
using Xunit.Abstractions;

namespace Casework.Browser.Tests.Infrastructure;

/// <summary>Base of the journey classes: runs a journey and, when it fails, says where its evidence is.</summary>
[Collection(CaseworkAppCollection.Name)]
public abstract class JourneyTests(CaseworkApp app, ITestOutputHelper output)
{
    static JourneyTests() => Assertions.SetDefaultExpectTimeout(10_000);

    protected async Task RunAsync(Func<Journey, Task> steps, [CallerMemberName] string name = "")
    {
        await using var journey = new Journey(app, name);
        try
        {
            await steps(journey);
            await journey.AssertEveryPageAccessibleAsync();
        }
        catch (Exception failure)
        {
            var evidence = await journey.KeepEvidenceAsync();
            output.WriteLine("Evidence (open a trace.zip at https://trace.playwright.dev, or `pwsh bin/<Configuration>/net10.0/playwright.ps1 show-trace <zip>`):");
            foreach (var file in evidence)
            {
                output.WriteLine("  " + file);
            }

            output.WriteLine("Last lines of the app's output:");
            output.WriteLine(app.Server.RecentOutput);
            throw new JourneyFailedException($"{failure.Message}{Environment.NewLine}Evidence: {string.Join(", ", evidence)}", failure);
        }
    }
}

public sealed class JourneyFailedException(string message, Exception inner) : Exception(message, inner);
