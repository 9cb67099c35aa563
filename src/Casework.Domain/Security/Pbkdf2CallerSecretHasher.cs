using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace Casework.Domain.Security;

/// <summary>
/// <see cref="ICallerSecretHasher"/> on the BCL alone. PIN digits: HMAC-SHA256 keyed with a secret supplied by the
/// host (kept outside the database, DESIGN "Secrets of callers") over the identity's salt, the position and the
/// digit — without the key, the ten possible values per position cannot be tried offline. Passwords and answers:
/// PBKDF2-SHA256 with a 16-byte salt, stored as <c>v1.{iterations}.{salt}.{hash}</c> so the cost can rise later
/// without invalidating what is held.
/// </summary>
public sealed class Pbkdf2CallerSecretHasher : ICallerSecretHasher
{
    public const int DefaultIterations = 100_000;
    public const int MinimumKeyBytes = 32;

    private const int SaltBytes = 16;
    private const int HashBytes = 32;
    private const string Format = "v1";

    private readonly byte[] _pinKey;
    private readonly int _iterations;

    public Pbkdf2CallerSecretHasher(byte[] pinKey, int iterations = DefaultIterations)
    {
        ArgumentNullException.ThrowIfNull(pinKey);
        ArgumentOutOfRangeException.ThrowIfLessThan(pinKey.Length, MinimumKeyBytes, nameof(pinKey));
        ArgumentOutOfRangeException.ThrowIfLessThan(iterations, 1_000);
        _pinKey = [.. pinKey];
        _iterations = iterations;
    }

    public PinHash HashPin(string pin)
    {
        if (pin.Length != CallerSecrets.PinLength || !pin.All(char.IsAsciiDigit))
        {
            throw new ArgumentException($"A PIN is {CallerSecrets.PinLength} digits.", nameof(pin));
        }

        var salt = RandomNumberGenerator.GetBytes(SaltBytes);
        return new PinHash(
            Convert.ToBase64String(salt),
            [.. pin.Select((digit, index) => Convert.ToBase64String(DigitHash(salt, index + 1, digit)))]);
    }

    public bool VerifyPinDigit(PinHash stored, int position, char digit)
    {
        if (position < 1 || position > stored.DigitHashes.Count || !char.IsAsciiDigit(digit))
        {
            return false;
        }

        return Bytes(stored.DigitHashes[position - 1]) is { } expected && Bytes(stored.Salt) is { } salt
            && CryptographicOperations.FixedTimeEquals(expected, DigitHash(salt, position, digit));
    }

    public string HashPassword(string normalisedPassword) => Slow(normalisedPassword);

    public bool VerifyPassword(string storedHash, string normalisedAttempt) => VerifySlow(storedHash, normalisedAttempt);

    public string HashAnswer(string normalisedAnswer) => Slow(normalisedAnswer);

    public bool VerifyAnswer(string storedHash, string normalisedAttempt) => VerifySlow(storedHash, normalisedAttempt);

    private byte[] DigitHash(byte[] salt, int position, char digit)
    {
        byte[] data = [.. salt, (byte)position, (byte)digit];
        return HMACSHA256.HashData(_pinKey, data);
    }

    private string Slow(string secret)
    {
        var salt = RandomNumberGenerator.GetBytes(SaltBytes);
        var hash = Derive(secret, salt, _iterations);
        return string.Join('.', Format, _iterations.ToString(CultureInfo.InvariantCulture), Convert.ToBase64String(salt), Convert.ToBase64String(hash));
    }

    private static bool VerifySlow(string storedHash, string attempt)
    {
        var parts = storedHash.Split('.');
        if (parts.Length != 4 || !string.Equals(parts[0], Format, StringComparison.Ordinal)
            || !int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var iterations) || iterations < 1)
        {
            return false;
        }

        return Bytes(parts[2]) is { } salt && Bytes(parts[3]) is { } expected
            && CryptographicOperations.FixedTimeEquals(expected, Derive(attempt, salt, iterations));
    }

    // A stored value that is not what this class wrote is a mismatch, not a crash in the middle of a call.
    private static byte[]? Bytes(string base64)
    {
        var buffer = new byte[base64.Length];
        return Convert.TryFromBase64String(base64, buffer, out var written) ? buffer[..written] : null;
    }

    // Normalised again here so that a caller who forgot still gets the SEC-04 comparison; it is idempotent.
    private static byte[] Derive(string secret, byte[] salt, int iterations) =>
        Rfc2898DeriveBytes.Pbkdf2(Encoding.UTF8.GetBytes(SecretNormalisation.Answer(secret)), salt, iterations, HashAlgorithmName.SHA256, HashBytes);
}
