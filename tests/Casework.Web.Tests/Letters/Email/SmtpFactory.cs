using System.Globalization;
using Casework.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Hosting;

namespace Casework.Web.Tests.Letters.Email;

/// <summary>The app with <c>Casework:Smtp</c> pointing at a <see cref="FakeSmtpServer"/> of its own on 127.0.0.1.</summary>
public class SmtpFactory(DatabaseProvider provider) : CaseworkFactory(provider)
{
    public FakeSmtpServer Smtp { get; } = new();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("Casework:Smtp:Host", "127.0.0.1");
        builder.UseSetting("Casework:Smtp:Port", Smtp.Port.ToString(CultureInfo.InvariantCulture));
        builder.UseSetting("Casework:Smtp:TimeoutSeconds", "5");
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        await Smtp.DisposeAsync();
        GC.SuppressFinalize(this);
    }
}

public sealed class SmtpSqliteFactory() : SmtpFactory(DatabaseProvider.Sqlite);

public sealed class SmtpPostgresFactory() : SmtpFactory(DatabaseProvider.Postgres);
