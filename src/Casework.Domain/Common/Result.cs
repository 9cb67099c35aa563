namespace Casework.Domain.Common;

/// <summary>Either a value or the refusal that stopped it.</summary>
public readonly record struct Result<T>
{
    private Result(T? value, Refusal? refusal)
    {
        Value = value;
        Refusal = refusal;
    }

    public T? Value { get; }

    public Refusal? Refusal { get; }

    public bool IsSuccess => Refusal is null;

    public static Result<T> Ok(T value) => new(value, null);

    public static Result<T> Refused(Refusal refusal) => new(default, refusal);

    public static implicit operator Result<T>(Refusal refusal) => Refused(refusal);

    public static implicit operator Result<T>(T value) => Ok(value);
}
