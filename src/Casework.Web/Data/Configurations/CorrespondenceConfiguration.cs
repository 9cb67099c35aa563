using Casework.Domain.Correspondence;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Casework.Web.Data.Configurations;

internal sealed class LetterConfiguration : IEntityTypeConfiguration<Letter>
{
    public void Configure(EntityTypeBuilder<Letter> b)
    {
        b.HasIndex(l => new { l.Status, l.Id });
        b.HasIndex(l => l.ServiceRequestReference);
        b.Property(l => l.Code).HasMaxLength(20);
        b.Property(l => l.ServiceRequestReference).HasMaxLength(20);
        b.Property(l => l.RecipientKind).HasMaxLength(20);
        b.Property(l => l.RecipientReference).HasMaxLength(20);
        b.Property(l => l.Status).HasConversion<string>().HasMaxLength(20);
        b.Property(l => l.Format).HasConversion<string>().HasMaxLength(20);
        b.Property(l => l.Language).HasConversion<string>().HasMaxLength(20);
        b.Property(l => l.BatchId).HasMaxLength(60);
        b.Property(l => l.Version).IsConcurrencyToken();
    }
}

internal sealed class JobLeaseConfiguration : IEntityTypeConfiguration<JobLease>
{
    public void Configure(EntityTypeBuilder<JobLease> b)
    {
        b.HasKey(l => l.Name);
        b.Property(l => l.Name).HasMaxLength(60);
        b.Property(l => l.Holder).HasMaxLength(120);
    }
}

internal sealed class ReferenceDataStampConfiguration : IEntityTypeConfiguration<ReferenceDataStamp>
{
    public void Configure(EntityTypeBuilder<ReferenceDataStamp> b)
    {
        b.HasKey(s => s.Name);
        b.Property(s => s.Name).HasMaxLength(60);
        b.Property(s => s.Hash).HasMaxLength(64);
    }
}
