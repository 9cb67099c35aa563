using Casework.Domain.Clients;
using Casework.Domain.Contact;
using Casework.Domain.Security;
using Casework.Web.Tests.Calls;
using Casework.Web.Tests.Infrastructure;

namespace Casework.Web.Tests.Contact;

/// <summary>SEC-04: after clients and representatives have set up security and answered calls, no table holds a secret in clear.</summary>
public abstract class SecretStorageTests(CaseworkFactory app)
{
    [Fact]
    public async Task SEC04_no_text_column_of_any_table_holds_a_demo_pin_password_or_answer()
    {
        var http = await app.LoginAs("caseworker");
        await app.AddClient("700200001", ClientRole.PayingParent);
        foreach (var (type, reference) in new[] { ("PayingParent", "700200001"), ("Representative", "55500001"), ("ReceivingParent", "700000001") })
        {
            // Right answers and wrong ones (the real secret typed against the wrong question) both pass through.
            await http.Answer(await http.StartCall(type, reference), DemoSecrets.RightAnswer);
            await http.Answer(await http.StartCall(type, reference), id => id == "Password" ? DemoSecrets.Answers[0] : DemoSecrets.Password);
        }

        var cells = await DatabaseText.ReadAllAsync(app);

        // The scan reads what it should: the clients' rows and their hashes are there.
        Assert.Contains(cells, c => c.Table == "Clients" && c.Value == "Jamie Clarke");
        Assert.Contains(cells, c => c.Table == "Clients" && c.Column == "SecretHashes" && c.Value.Contains("v1.", StringComparison.Ordinal));
        Assert.Contains(cells, c => c.Table == "Calls" && c.Value.Contains("Password", StringComparison.Ordinal));
        string[] secrets =
        [
            DemoSecrets.Pin,
            DemoSecrets.Password,
            SecretNormalisation.Answer(DemoSecrets.Password),
            .. DemoSecrets.Answers,
            .. DemoSecrets.Answers.Select(SecretNormalisation.Answer),
        ];
        var found = cells.SelectMany(c => secrets.Where(s => c.Value.Contains(s, StringComparison.OrdinalIgnoreCase)).Select(s => $"{s} in {c.Table}.{c.Column}")).ToList();
        Assert.True(found.Count == 0, string.Join("; ", found));
    }
}

public sealed class SecretStorageTests_Sqlite(SqliteFactory app) : SecretStorageTests(app), IClassFixture<SqliteFactory>;

public sealed class SecretStorageTests_Postgres(PostgresFactory app) : SecretStorageTests(app), IClassFixture<PostgresFactory>;
