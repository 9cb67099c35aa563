namespace Casework.Domain.Security;

/// <summary>
/// Turns a caller's PIN, password and security answers into what may be stored, and checks an attempt against it
/// (SEC-04). Nothing stored can be shown back. A single PIN digit has ten values, so a digit hash must be keyed
/// with a secret held outside the database (DESIGN "Secrets of callers"); passwords and answers use a salted slow
/// hash. The domain normalises passwords and answers (<see cref="SecretNormalisation.Answer"/>) before calling;
/// an implementation may normalise again, since normalisation is idempotent.
/// </summary>
public interface ICallerSecretHasher
{
    /// <summary>A fresh per-identity salt and one keyed hash per position of the seven-digit PIN.</summary>
    PinHash HashPin(string pin);

    /// <summary>Whether <paramref name="digit"/> is the PIN's digit at <paramref name="position"/> (1 to 7).</summary>
    bool VerifyPinDigit(PinHash stored, int position, char digit);

    string HashPassword(string normalisedPassword);

    bool VerifyPassword(string storedHash, string normalisedAttempt);

    string HashAnswer(string normalisedAnswer);

    bool VerifyAnswer(string storedHash, string normalisedAttempt);
}
