using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;
using System.Text;
using MimeKit;

namespace Casework.Web.Tests.Letters.Email;

/// <summary>One message as the fake server took it: the envelope and the raw DATA (dot-stuffing undone).</summary>
public sealed record ReceivedEmail(string MailFrom, IReadOnlyList<string> Recipients, byte[] Data)
{
    public MimeMessage Parse()
    {
        using var stream = new MemoryStream(Data);
        return MimeMessage.Load(stream);
    }
}

/// <summary>
/// Just enough SMTP for the app's MailKit client, on 127.0.0.1 and a free port: 220 greeting, EHLO/HELO,
/// MAIL FROM, RCPT TO, DATA up to the lone ".", RSET, NOOP, QUIT. Every message is kept in <see cref="Received"/>.
/// <see cref="Stop"/> and <see cref="Start"/> take it down and bring it back on the same port.
/// </summary>
public sealed class FakeSmtpServer : IAsyncDisposable
{
    private static readonly Encoding _wire = Encoding.Latin1;

    private readonly ConcurrentQueue<ReceivedEmail> _received = new();
    private TcpListener? _listener;
    private CancellationTokenSource? _stop;
    private Task? _accepting;

    public FakeSmtpServer()
    {
        Port = Listen(0);
    }

    public int Port { get; }

    public IReadOnlyList<ReceivedEmail> Received => [.. _received];

    public IReadOnlyList<ReceivedEmail> SentTo(string address) =>
        [.. _received.Where(m => m.Recipients.Contains(address, StringComparer.OrdinalIgnoreCase))];

    public void Start() => Listen(Port);

    public void Stop()
    {
        _stop?.Cancel();
        _listener?.Stop();
        _accepting?.Wait(TimeSpan.FromSeconds(5));
        _stop?.Dispose();
        _listener = null;
        _stop = null;
        _accepting = null;
    }

    public ValueTask DisposeAsync()
    {
        Stop();
        return ValueTask.CompletedTask;
    }

    private int Listen(int port)
    {
        var listener = new TcpListener(IPAddress.Loopback, port);
        listener.Server.SetSocketOption(SocketOptionLevel.Socket, SocketOptionName.ReuseAddress, true);
        listener.Start();
        _listener = listener;
        _stop = new CancellationTokenSource();
        _accepting = AcceptAsync(listener, _stop.Token);
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private async Task AcceptAsync(TcpListener listener, CancellationToken ct)
    {
        while (!ct.IsCancellationRequested)
        {
            TcpClient client;
            try
            {
                client = await listener.AcceptTcpClientAsync(ct);
            }
            catch (Exception e) when (e is OperationCanceledException or ObjectDisposedException or SocketException)
            {
                return;
            }

            _ = Task.Run(() => ServeAsync(client, ct), CancellationToken.None);
        }
    }

    private async Task ServeAsync(TcpClient client, CancellationToken ct)
    {
        using (client)
        {
            try
            {
                await ConverseAsync(client.GetStream(), ct);
            }
            catch (Exception e) when (e is IOException or OperationCanceledException or ObjectDisposedException)
            {
                // The client hung up or the server is stopping.
            }
        }
    }

    private async Task ConverseAsync(NetworkStream stream, CancellationToken ct)
    {
        using var reader = new StreamReader(stream, _wire);
        await using var writer = new StreamWriter(stream, _wire) { NewLine = "\r\n", AutoFlush = true };
        await writer.WriteLineAsync("220 localhost fake ESMTP");
        string? from = null;
        var recipients = new List<string>();
        while (await reader.ReadLineAsync(ct) is { } line)
        {
            var verb = line.Length >= 4 ? line[..4].ToUpperInvariant() : line.ToUpperInvariant();
            switch (verb)
            {
                case "EHLO" or "HELO":
                    await writer.WriteLineAsync("250 localhost");
                    break;
                case "MAIL":
                    from = Address(line);
                    recipients = [];
                    await writer.WriteLineAsync("250 OK");
                    break;
                case "RCPT":
                    recipients.Add(Address(line));
                    await writer.WriteLineAsync("250 OK");
                    break;
                case "DATA":
                    await writer.WriteLineAsync("354 End data with <CR><LF>.<CR><LF>");
                    var data = await ReadDataAsync(reader, ct);
                    _received.Enqueue(new ReceivedEmail(from ?? string.Empty, recipients, data));
                    await writer.WriteLineAsync("250 OK queued");
                    break;
                case "RSET" or "NOOP":
                    await writer.WriteLineAsync("250 OK");
                    break;
                case "QUIT":
                    await writer.WriteLineAsync("221 Bye");
                    return;
                default:
                    await writer.WriteLineAsync("502 Command not implemented");
                    break;
            }
        }
    }

    private static async Task<byte[]> ReadDataAsync(StreamReader reader, CancellationToken ct)
    {
        var data = new StringBuilder();
        while (await reader.ReadLineAsync(ct) is { } line && line != ".")
        {
            data.Append(line.StartsWith("..", StringComparison.Ordinal) ? line[1..] : line).Append("\r\n");
        }

        return _wire.GetBytes(data.ToString());
    }

    private static string Address(string line)
    {
        var start = line.IndexOf('<', StringComparison.Ordinal);
        var end = line.IndexOf('>', StringComparison.Ordinal);
        return start >= 0 && end > start ? line[(start + 1)..end] : line[(line.IndexOf(':', StringComparison.Ordinal) + 1)..].Trim();
    }
}
