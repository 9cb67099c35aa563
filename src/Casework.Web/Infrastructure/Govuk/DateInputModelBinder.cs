using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace Casework.Web.Infrastructure.Govuk;

/// <summary>
/// Binds <see cref="DateInput"/> from the three boxes <c>{name}.Day</c>, <c>{name}.Month</c>, <c>{name}.Year</c> (or one ISO
/// value under <c>{name}</c>) and, when they do not make a real date, adds the GOV.UK error under <c>{name}</c>, worded
/// with the property's display name ("Date received must be a real date"). Empty boxes bind to <see cref="DateInput.Empty"/>
/// with no error: whether the date is required is the form's rule.
/// </summary>
public sealed class DateInputModelBinder : IModelBinder
{
    public Task BindModelAsync(ModelBindingContext bindingContext)
    {
        ArgumentNullException.ThrowIfNull(bindingContext);
        var name = bindingContext.ModelName;
        var values = bindingContext.ValueProvider;
        if (!values.ContainsPrefix(name))
        {
            // Nothing posted for it: no result, so a list of rows holding a date (OutboundCall's Changes[i].On) ends
            // at the last row posted instead of binding empty rows up to MvcOptions.MaxModelBindingCollectionSize.
            return Task.CompletedTask;
        }

        string? Part(string part) => values.GetValue($"{name}.{part}").FirstValue;

        var (day, month, year) = (Part("Day"), Part("Month"), Part("Year"));
        var input = day is null && month is null && year is null && values.GetValue(name).FirstValue is { Length: > 0 } iso
            ? DateInput.FromIso(iso)
            : new DateInput(day, month, year);

        if (input.IsEmpty)
        {
            bindingContext.Result = ModelBindingResult.Success(DateInput.Empty);
            return Task.CompletedTask;
        }

        var attempted = string.Join('-', input.Year, input.Month, input.Day);
        bindingContext.ModelState.SetModelValue(name, new ValueProviderResult(attempted), attempted);
        var label = bindingContext.ModelMetadata.DisplayName ?? "The date";
        if (input.Problem(label) is { } problem)
        {
            bindingContext.ModelState.TryAddModelError(name, problem);
        }

        bindingContext.Result = ModelBindingResult.Success(input);
        return Task.CompletedTask;
    }
}
