using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Casework.Web.Data.Configurations;

internal sealed class AccessLogConfiguration : IEntityTypeConfiguration<AccessLogEntry>
{
    public void Configure(EntityTypeBuilder<AccessLogEntry> b)
    {
        b.ToTable("AccessLog");
        // "Who looked at this subject", newest first.
        b.HasIndex(a => new { a.Subject, a.Id });
        b.Property(a => a.By).HasMaxLength(256);
        b.Property(a => a.ByName).HasMaxLength(200);
        b.Property(a => a.What).HasMaxLength(40);
        b.Property(a => a.Subject).HasMaxLength(40);
        b.Property(a => a.Item).HasMaxLength(40);
        b.Property(a => a.Route).HasMaxLength(400);
    }
}
