using System.Net;
using Casework.Web.Tests.Infrastructure;

namespace Casework.Web.Tests.Letters.Email;

/// <summary>SEC-07 on the employer page: the "Send identity e-mail" form, its success banner and its errors.</summary>
public abstract partial class IdentityEmailTests
{
    [Fact]
    public async Task SEC07_the_employer_page_sends_the_identity_email_to_the_prefilled_address_and_says_so()
    {
        var employer = await (await app.LoginAs("caseworker")).NewEmployer("Page Send Ltd");
        var page = await PageSession.SignInAsync(app, "caseworker");
        var url = $"/Employers/{employer.Ern}";
        var html = await page.GetHtmlAsync(url);
        Assert.Contains("Send identity e-mail", html, StringComparison.Ordinal);
        Assert.Contains($"value=\"{employer.Email}\"", html, StringComparison.Ordinal);

        var response = await page.PostFormAsync(url, $"{url}?handler=IdentityEmail", new() { ["IdentityEmailAddress"] = employer.Email! });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(url, response.Headers.Location?.OriginalString);
        Assert.Contains($"Identity e-mail sent to {employer.Email}", await page.GetHtmlAsync(url), StringComparison.Ordinal);
        Assert.Equal(IdentityEmailApi.Subject, Assert.Single(app.Smtp.SentTo(employer.Email!)).Parse().Subject);
    }

    [Fact]
    public async Task SEC07_the_employer_page_shows_a_bad_address_and_a_mail_server_failure_as_errors()
    {
        var employer = await (await app.LoginAs("caseworker")).NewEmployer("Page Error Ltd");
        var page = await PageSession.SignInAsync(app, "caseworker");
        var url = $"/Employers/{employer.Ern}";
        var letters = await app.LetterCount();

        var bad = await page.PostFormAsync(url, $"{url}?handler=IdentityEmail", new() { ["IdentityEmailAddress"] = "not-an-email" });
        Assert.Equal(HttpStatusCode.OK, bad.StatusCode);
        Assert.Contains("Enter an email address in the correct format", await bad.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        app.Smtp.Stop();
        HttpResponseMessage down;
        try
        {
            down = await page.PostFormAsync(url, $"{url}?handler=IdentityEmail", new() { ["IdentityEmailAddress"] = employer.Email! });
        }
        finally
        {
            app.Smtp.Start();
        }

        Assert.Equal(HttpStatusCode.OK, down.StatusCode);
        Assert.Contains("could not be sent", WebUtility.HtmlDecode(await down.Content.ReadAsStringAsync()), StringComparison.Ordinal);
        Assert.Equal(letters, await app.LetterCount());
        Assert.Empty(app.Smtp.SentTo(employer.Email!));
    }
}
