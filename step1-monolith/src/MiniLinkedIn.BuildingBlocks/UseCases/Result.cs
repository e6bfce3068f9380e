using System.Diagnostics.CodeAnalysis;

namespace MiniLinkedIn.BuildingBlocks.UseCases;

/// <summary>What a use case returns: its value, or the <see cref="Rejection"/> that explains why there is none.</summary>
public sealed class Result<T>
    where T : notnull
{
    private Result(T? value, Rejection? rejection)
    {
        Value = value;
        Rejection = rejection;
    }

    public T? Value { get; }

    public Rejection? Rejection { get; }

    [MemberNotNullWhen(true, nameof(Rejection))]
    [MemberNotNullWhen(false, nameof(Value))]
    public bool IsRejected => Rejection is not null;

    public static implicit operator Result<T>(T value) => new(value, null);

    public static implicit operator Result<T>(Rejection rejection) => new(default, rejection);
}
