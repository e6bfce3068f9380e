namespace MiniLinkedIn.BuildingBlocks.UseCases;

/// <summary>Why a use case refused a request, in the module's words; the API maps each to one status code.</summary>
public enum RejectionKind
{
    /// <summary>The input breaks a rule; <see cref="Rejection.Errors"/> names the fields.</summary>
    Invalid,

    /// <summary>The credentials are wrong.</summary>
    Unauthenticated,

    /// <summary>The thing exists but belongs to somebody else.</summary>
    Forbidden,

    NotFound,

    /// <summary>It exists already (an email that is taken).</summary>
    Conflict,

    /// <summary>An upload is over its size limit.</summary>
    TooLarge,

    /// <summary>An upload is not of a type that is accepted.</summary>
    UnsupportedType,

    /// <summary>Too many attempts; <see cref="Rejection.RetryAfter"/> says when to try again.</summary>
    TooManyAttempts,
}
