using Casework.Domain.Clients;
using Casework.Web.Tests.Calls;
using Casework.Web.Tests.Infrastructure;

namespace Casework.Web.Tests.Contact;

/// <summary>SEC-04: what a caller says is compared and forgotten — it is in no log line, at any level.</summary>
public abstract class SecretLoggingTests(LoggingFactory app)
{
    [Fact]
    public async Task SEC04_no_log_line_at_any_level_holds_a_pin_password_or_answer_given_on_a_call()
    {
        var http = await app.LoginAs("caseworker");
        await app.AddClient("700800001", ClientRole.PayingParent);
        var before = app.Logs.Lines.Count;

        await http.Answer(await http.StartCall("PayingParent", "700800001"), DemoSecrets.RightAnswer);
        await http.Answer(await http.StartCall("PayingParent", "700800001"), id => id == "Password" ? DemoSecrets.Answers[2] : DemoSecrets.Password);

        // The capture works: the calls were logged (requests, SQL), just not what the caller said.
        Assert.True(app.Logs.Lines.Count > before, "Nothing was logged, so the test proves nothing.");
        Assert.Contains(app.Logs.Lines, l => l.Contains("security-answers", StringComparison.Ordinal));
        Assert.Contains(app.Logs.Lines, l => l.Contains("UPDATE \"Calls\"", StringComparison.Ordinal));
        string[] secrets = [DemoSecrets.Pin, DemoSecrets.Password, .. DemoSecrets.Answers];
        var leaks = app.Logs.Lines.Where(l => secrets.Any(s => l.Contains(s, StringComparison.OrdinalIgnoreCase))).ToList();
        Assert.True(leaks.Count == 0, string.Join(Environment.NewLine, leaks));
    }
}

public sealed class SecretLoggingTests_Sqlite(LoggingSqliteFactory app) : SecretLoggingTests(app), IClassFixture<LoggingSqliteFactory>;

public sealed class SecretLoggingTests_Postgres(LoggingPostgresFactory app) : SecretLoggingTests(app), IClassFixture<LoggingPostgresFactory>;
