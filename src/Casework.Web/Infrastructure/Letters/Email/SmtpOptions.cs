using System.Net;

namespace Casework.Web.Infrastructure.Letters.Email;

/// <summary>Configuration section <c>Casework:Smtp</c>. With no <see cref="Host"/>, e-mails go to the outbox folder instead.</summary>
public sealed class SmtpOptions
{
    public const string Section = "Casework:Smtp";

    public string? Host { get; set; }

    public int Port { get; set; } = 25;

    /// <summary>Require STARTTLS. Unset: required except on a loopback host (a local relay or test server).</summary>
    public bool? UseStartTls { get; set; }

    public string? UserName { get; set; }

    public string? Password { get; set; }

    /// <summary>The caseworker is waiting on the phone: give up after this long rather than hang.</summary>
    public int TimeoutSeconds { get; set; } = 15;

    public bool IsConfigured => !string.IsNullOrWhiteSpace(Host);

    public bool StartTls => UseStartTls ?? !IsLoopback(Host);

    private static bool IsLoopback(string? host) =>
        string.Equals(host, "localhost", StringComparison.OrdinalIgnoreCase)
        || (IPAddress.TryParse(host, out var address) && IPAddress.IsLoopback(address));
}
