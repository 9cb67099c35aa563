using Casework.Domain.Correspondence;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Casework.Web.Data.Configurations;

/// <summary>Scanned inbound correspondence (COR-06): the PDF's bytes live in the row (BLOB / bytea).</summary>
internal sealed class InboundDocumentConfiguration : IEntityTypeConfiguration<InboundDocument>
{
    public void Configure(EntityTypeBuilder<InboundDocument> b)
    {
        b.HasIndex(d => d.ServiceRequestReference);
        b.Property(d => d.ServiceRequestReference).HasMaxLength(20);
        b.Property(d => d.FileName).HasMaxLength(InboundDocument.FileNameMaxLength);
        b.Property(d => d.ContentType).HasMaxLength(100);
        b.Property(d => d.Sha256).HasMaxLength(64);
        b.Property(d => d.Description).HasMaxLength(InboundDocument.DescriptionMaxLength);
        b.Property(d => d.UploadedBy).HasMaxLength(200);
    }
}
