using System.Net;
using System.Text.RegularExpressions;
using Casework.Web.Tests.Infrastructure;
using Casework.Web.Tests.Letters.Email;
using Casework.Web.Tests.SubjectAccess;

namespace Casework.Web.Tests.Govuk;

/// <summary>
/// The GOV.UK date input on a real form (CON-05's log page): the binder reads day, month and year; an impossible date is
/// refused with the GOV.UK words, linked from the error summary to the day box and described on the field; nothing is logged.
/// </summary>
public abstract partial class DateInputPageTests(CaseworkFactory app)
{
    [Fact]
    public async Task CON05_day_month_and_year_boxes_bind_to_the_date_received()
    {
        var employer = await (await app.LoginAs("caseworker")).CreateEmployer("Date Boxes Ltd");
        var caseworker = await PageSession.SignInAsync(app, "caseworker");
        var received = app.Today().AddDays(-3);

        var logged = await caseworker.PostFormAsync("/SubjectAccess/Log", "/SubjectAccess/Log", new()
        {
            ["SubjectReference"] = employer.Ern, ["ReceivedInWriting"] = "true",
            ["receivedOn.Day"] = received.Day.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["receivedOn.Month"] = received.Month.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["receivedOn.Year"] = received.Year.ToString(System.Globalization.CultureInfo.InvariantCulture),
        });

        Assert.Equal(HttpStatusCode.Redirect, logged.StatusCode);
        var page = await caseworker.GetHtmlAsync(logged.Headers.Location!.OriginalString);
        Assert.Contains(received.ToString("d MMMM yyyy", System.Globalization.CultureInfo.GetCultureInfo("en-GB")), page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task CON05_an_impossible_date_is_refused_in_govuk_words_linked_to_the_day_box_and_nothing_is_logged()
    {
        var caseworker = await PageSession.SignInAsync(app, "caseworker");
        var before = await app.SarCount();

        var refused = await caseworker.PostFormAsync("/SubjectAccess/Log", "/SubjectAccess/Log", new()
        {
            ["SubjectReference"] = "10000001", ["ReceivedInWriting"] = "true",
            ["receivedOn.Day"] = "31", ["receivedOn.Month"] = "2", ["receivedOn.Year"] = "2026",
        });

        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        var html = WebUtility.HtmlDecode(await refused.Content.ReadAsStringAsync());
        Assert.Contains("<a href=\"#receivedOn\">Date received must be a real date</a>", html, StringComparison.Ordinal);
        Assert.Matches(Fieldset("receivedOn-hint receivedOn-error"), html);
        Assert.Contains("<p class=\"govuk-error-message\" id=\"receivedOn-error\">", html, StringComparison.Ordinal);
        // The day box is what the summary links to; the boxes keep what was typed.
        Assert.Matches(Box("receivedOn", "receivedOn.Day", "31"), html);
        Assert.Matches(Box("receivedOn-month", "receivedOn.Month", "2"), html);
        Assert.Matches(Box("receivedOn-year", "receivedOn.Year", "2026"), html);
        Assert.Equal(before, await app.SarCount());
    }

    [Fact]
    public async Task EC01_the_error_summary_lists_errors_in_the_order_of_the_fields_on_the_form()
    {
        var caseworker = await PageSession.SignInAsync(app, "caseworker");
        var url = $"/EmployerComplaints/Log?ern={ApiClient.DemoErn}";

        // The handler checks the issue before its category; the form asks for the category first. Fields go in the
        // order the browser posts them: the page's order.
        var refused = await caseworker.PostFormAsync(url, url + "&handler=Log", new()
        {
            ["RaisedBy"] = "Employer", ["Channel"] = "Phone", ["IssueCategory"] = "NoSuchCategory", ["Issue"] = "", ["Description"] = "Two deductions.",
            ["ReceivedOn.Day"] = "2", ["ReceivedOn.Month"] = "3", ["ReceivedOn.Year"] = "2026", ["ReferralReason"] = "", ["StageChoice"] = "",
        });

        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        var html = WebUtility.HtmlDecode(await refused.Content.ReadAsStringAsync());
        var start = html.IndexOf("govuk-error-summary__list", StringComparison.Ordinal);
        Assert.True(start >= 0, "No error summary.");
        var summary = html[start..html.IndexOf("</ul>", start, StringComparison.Ordinal)];
        var category = summary.IndexOf("href=\"#IssueCategory\"", StringComparison.Ordinal);
        var issue = summary.IndexOf("href=\"#Issue\"", StringComparison.Ordinal);
        Assert.True(category >= 0 && issue > category, $"Summary out of field order:\n{summary}");
    }

    private static Regex Fieldset(string describedBy) =>
        new($"<fieldset class=\"govuk-fieldset\" role=\"group\" aria-describedby=\"{Regex.Escape(describedBy)}\">");

    private static Regex Box(string id, string name, string value) =>
        new($"<input class=\"[^\"]*govuk-input--error\" id=\"{Regex.Escape(id)}\" name=\"{Regex.Escape(name)}\" type=\"text\" inputmode=\"numeric\" value=\"{value}\" />");

    [Fact]
    public async Task CON03_rows_of_date_boxes_bind_only_the_rows_posted_and_the_decision_is_shown()
    {
        var caseworker = await PageSession.SignInAsync(app, "caseworker");
        var form = new Dictionary<string, string> { ["Scin"] = "700000002" };
        (string Reason, int Day)[] changes = [("AddressChange", 2), ("LiabilityOrPaymentScheduleChange", 3), ("NameChange", 4)];
        for (var i = 0; i < changes.Length; i++)
        {
            form[$"Changes[{i}].Reason"] = changes[i].Reason;
            form[$"Changes[{i}].On.Day"] = changes[i].Day.ToString(System.Globalization.CultureInfo.InvariantCulture);
            form[$"Changes[{i}].On.Month"] = "3";
            form[$"Changes[{i}].On.Year"] = "2026";
        }

        // Before: the date binder bound empty rows for ever (MvcOptions.MaxModelBindingCollectionSize, a 500).
        var decided = await caseworker.PostFormAsync("/Contact/OutboundCall", "/Contact/OutboundCall", form);

        Assert.Equal(HttpStatusCode.OK, decided.StatusCode);
        Assert.Contains("Make 1 outbound call.", WebUtility.HtmlDecode(await decided.Content.ReadAsStringAsync()), StringComparison.Ordinal);
    }
}

public sealed class DateInputPageTests_Sqlite(SqliteFactory app) : DateInputPageTests(app), IClassFixture<SqliteFactory>;

public sealed class DateInputPageTests_Postgres(PostgresFactory app) : DateInputPageTests(app), IClassFixture<PostgresFactory>;
