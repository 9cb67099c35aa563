namespace Casework.Web.Infrastructure.Govuk;

/// <summary>
/// GOV.UK form fields rendered by the <c>_Field*.cshtml</c> partials, so the error markup (error class, message,
/// <c>aria-describedby</c> naming the hint and the error) is written once. <see cref="Name"/> is the posted name; the
/// id is derived from it the way <c>_ErrorSummary</c> links to it, unless <see cref="FieldId"/> names the error key's id.
/// </summary>
public abstract record FormField(string Name, string Label, string? Error, string? Hint)
{
    /// <summary>The id when the error key differs from the posted name (e.g. errors under "Compliment.receivedOn").</summary>
    public string? FieldId { get; init; }

    public string Id => FieldId ?? Name.Replace('.', '_').Replace('[', '_').Replace(']', '_');

    public string? DescribedBy => string.Join(' ', new[] { Hint is null ? null : Id + "-hint", Error is null ? null : Id + "-error" }
        .Where(id => id is not null)) is { Length: > 0 } ids ? ids : null;
}

/// <summary>A textarea; <paramref name="LabelClass"/> e.g. "govuk-label--m" when the label is the question.</summary>
public sealed record TextareaField(string Name, string Label, string? Value, string? Error, string? Hint = null, int Rows = 4, string LabelClass = "")
    : FormField(Name, Label, Error, Hint)
{
    public int? MaxLength { get; init; }
}

/// <summary>A text input; <paramref name="Width"/> e.g. "govuk-input--width-10".</summary>
public sealed record InputField(string Name, string Label, string? Value, string? Error, string? Hint = null, string Width = "", string Type = "text", string? InputMode = null, string? Prefix = null)
    : FormField(Name, Label, Error, Hint)
{
    /// <summary>"govuk-label--s" when the label is a small heading.</summary>
    public string LabelClass { get; init; } = "";

    /// <summary>"off" for a reference or address typed while on a call (with <see cref="NoSpellcheck"/>).</summary>
    public string? Autocomplete { get; init; }

    public bool NoSpellcheck { get; init; }

    public int? MaxLength { get; init; }
}

/// <summary>One checkbox that must be ticked to go on (a confirmation).</summary>
public sealed record ConfirmField(string Name, string Label, bool Checked, string? Error, string? Hint = null)
    : FormField(Name, Label, Error, Hint);

/// <summary>
/// The GOV.UK date input: day, month and year boxes posted as <c>{Name}.Day</c>, <c>.Month</c>, <c>.Year</c> and bound
/// to a <see cref="DateInput"/>. The day box has the field's id, so the error summary's link lands in the first box.
/// </summary>
public sealed record DateField(string Name, string Legend, string? Day, string? Month, string? Year, string? Error, string? Hint = "For example, 27 3 2026")
    : FormField(Name, Legend, Error, Hint)
{
    public DateField(string name, string legend, DateInput? value, string? error, string? hint = "For example, 27 3 2026")
        : this(name, legend, value?.Day, value?.Month, value?.Year, error, hint)
    {
    }

    /// <summary>"govuk-fieldset__legend--s" when the legend is a small heading, like the labels around it.</summary>
    public string LegendClass { get; init; } = "";
}

/// <summary>A GOV.UK select; an empty <paramref name="Prompt"/> adds a first option with no value.</summary>
public sealed record SelectField(string Name, string Label, string? Value, string? Error, IReadOnlyList<(string Value, string Label)> Options, string? Hint = null, string? Prompt = null)
    : FormField(Name, Label, Error, Hint)
{
    /// <summary>"govuk-label--m" when the label is the page's question; "govuk-visually-hidden" in a table cell.</summary>
    public string LabelClass { get; init; } = "";

    /// <summary>Extra classes on the form group, e.g. "govuk-!-margin-bottom-2" in a table cell.</summary>
    public string GroupClass { get; init; } = "";
}

/// <summary>GOV.UK radios in a fieldset; the first radio's id is <see cref="FormField.Id"/> so the error summary links to it.</summary>
public sealed record RadiosField(string Name, string Legend, string? Value, string? Error, IReadOnlyList<(string Value, string Label)> Options, string? Hint = null, bool Inline = false)
    : FormField(Name, Legend, Error, Hint)
{
    /// <summary>"govuk-fieldset__legend--m" when the legend is the page's question.</summary>
    public string LegendClass { get; init; } = "govuk-fieldset__legend--s";

    /// <summary>Small radios (govuk-radios--small), e.g. a yes/no question inside a conditional reveal.</summary>
    public bool Small { get; init; }

    /// <summary>The id of every radio but the first (a yes/no's "No" is "{Id}-no"); by default "{Id}-{value}".</summary>
    public Func<string, string>? OtherId { get; init; }

    public string IdOf(int index, string value) => index == 0 ? Id : OtherId?.Invoke(value) ?? $"{Id}-{value}";
}
