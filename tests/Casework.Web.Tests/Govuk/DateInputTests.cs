using Casework.Web.Infrastructure.Govuk;

namespace Casework.Web.Tests.Govuk;

/// <summary>The GOV.UK date input's rules: what the three boxes make, and the GOV.UK words when they make no date.</summary>
public sealed class DateInputTests
{
    [Theory]
    [InlineData("27", "3", "2026", 2026, 3, 27)]
    [InlineData(" 1 ", "01", "2024", 2024, 1, 1)]
    [InlineData("29", "2", "2024", 2024, 2, 29)]
    public void Three_boxes_that_make_a_real_date_give_that_date_and_no_problem(string day, string month, string year, int y, int m, int d)
    {
        var input = new DateInput(day, month, year);

        Assert.Null(input.Problem("Date received"));
        Assert.Equal(new DateOnly(y, m, d), input.Date);
    }

    [Theory]
    [InlineData("31", "2", "2026", "Date received must be a real date")]
    [InlineData("29", "2", "2025", "Date received must be a real date")]
    [InlineData("0", "3", "2026", "Date received must be a real date")]
    [InlineData("27", "13", "2026", "Date received must be a real date")]
    [InlineData("x", "3", "2026", "Date received must be a real date")]
    [InlineData("27", "3", "26", "Date received must include a year with 4 numbers, like 2026")]
    [InlineData("", "3", "2026", "Date received must include a day")]
    [InlineData("27", "", "", "Date received must include a month and year")]
    [InlineData(null, null, "2026", "Date received must include a day and month")]
    public void Boxes_that_make_no_date_say_what_is_wrong_and_give_no_date(string? day, string? month, string? year, string problem)
    {
        var input = new DateInput(day, month, year);

        Assert.Equal(problem, input.Problem("Date received"));
        Assert.Null(input.Date);
    }

    [Fact]
    public void Empty_boxes_are_no_date_and_no_problem_whether_a_date_is_required_is_the_forms_rule()
    {
        var input = new DateInput(" ", "", null);

        Assert.True(input.IsEmpty);
        Assert.Null(input.Problem("Date received"));
        Assert.Null(input.Date);
    }

    [Fact]
    public void A_date_shown_back_fills_the_boxes_without_leading_zeros()
    {
        Assert.Equal(new DateInput("2", "3", "2026"), DateInput.From(new DateOnly(2026, 3, 2)));
        Assert.Equal(DateInput.Empty, DateInput.From(null));
    }

    [Fact]
    public void One_iso_value_as_an_api_client_posts_it_binds_to_the_same_date()
    {
        Assert.Equal(new DateOnly(2026, 3, 27), DateInput.FromIso("2026-03-27").Date);
        Assert.Equal("Date received must be a real date", DateInput.FromIso("2026-02-31").Problem("Date received"));
    }
}
