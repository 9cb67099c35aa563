using Casework.Domain.Parties;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Casework.Web.Data.Configurations;

internal sealed class EmployerNoteConfiguration : IEntityTypeConfiguration<EmployerNote>
{
    public void Configure(EntityTypeBuilder<EmployerNote> b)
    {
        // The employer page lists an employer's notes, newest first.
        b.HasIndex(n => new { n.EmployerErn, n.Id });
        b.Property(n => n.EmployerErn).HasMaxLength(20);
        b.Property(n => n.Text).HasMaxLength(EmployerNote.MaxTextLength);
        b.Property(n => n.ByStaffNumber).HasMaxLength(20);
        b.Property(n => n.ByName).HasMaxLength(200);
    }
}
