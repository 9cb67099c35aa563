using Casework.Domain.ServiceRequests;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Casework.Web.Data.Configurations;

internal sealed class ServiceRequestTypeConfiguration : IEntityTypeConfiguration<ServiceRequestType>
{
    public void Configure(EntityTypeBuilder<ServiceRequestType> b)
    {
        b.HasIndex(t => new { t.Process, t.Area, t.SubArea }).IsUnique();
        b.Property(t => t.Process).HasMaxLength(60);
        b.Property(t => t.Area).HasMaxLength(60);
        b.Property(t => t.SubArea).HasMaxLength(80);
        b.PrimitiveCollection(t => t.PartyKinds).ElementType(e => e.HasConversion<string>());
        b.Property(t => t.ChangeOfCircumstances).HasConversion<string>().HasMaxLength(60);
    }
}

internal sealed class ServiceRequestConfiguration : IEntityTypeConfiguration<ServiceRequest>
{
    private const string OpenFilter = "\"Status\" <> 'Closed'";

    public void Configure(EntityTypeBuilder<ServiceRequest> b)
    {
        b.HasIndex(s => s.Reference).IsUnique();
        // SR-11: the inboxes read open SRs by owner or team in target-date order; partial indexes on the open ones
        // (the same filter the inbox query has) serve the count and the page without reading closed history.
        // The filter's quoting works on both providers.
        b.HasIndex(s => new { s.OwnerStaffNumber, s.TargetDate, s.Id }, "IX_ServiceRequests_Open_Owner").HasFilter(OpenFilter);
        b.HasIndex(s => new { s.OwnerTeamCode, s.TargetDate, s.Id }, "IX_ServiceRequests_Open_Team").HasFilter(OpenFilter);
        b.HasIndex(s => new { s.OwnerTeamCode, s.Status, s.TargetDate, s.Id }, "IX_ServiceRequests_Open_Team_Status").HasFilter(OpenFilter);
        // SR-10: a party's SRs newest first.
        b.HasIndex(s => new { s.EmployerErn, s.Id });
        b.HasIndex(s => new { s.AgentEarn, s.Id });
        // RPT-04 (RPT-06): work in progress reads open SRs by status, team, creation and target date from the index alone.
        b.HasIndex(s => new { s.Status, s.OwnerTeamCode, s.CreatedAt, s.TargetDate });
        // RPT-04 (RPT-06), one pass: open SRs by creation time with every column the report reads (team, target date,
        // the nation its working days count in), so PostgreSQL counts from the index alone, with no join to employers.
        b.HasIndex(s => new { s.CreatedAt, s.OwnerTeamCode, s.TargetDate, s.Region }, "IX_ServiceRequests_Open_Created").HasFilter(OpenFilter);
        b.Property(s => s.Region).HasConversion<string>().HasMaxLength(20);
        // RPT-02 (RPT-06): a complaint's owning team by its SR reference, from a small index of complaint SRs alone.
        b.HasIndex(s => new { s.Reference, s.OwnerTeamCode }, "IX_ServiceRequests_Complaints_Team").HasFilter("\"Area\" = 'Complaints'");
        // SR-09 / SR-10: a client's SRs are found by SCIN, a plain column like the ERN.
        b.HasIndex(s => s.ClientScin);
        b.Property(s => s.ClientScin).HasMaxLength(20);
        b.Property(s => s.RepresentativeTrn).HasMaxLength(20);
        b.OwnsOne(s => s.OutboundCall, o =>
        {
            o.Property(x => x.Required).HasColumnName("OutboundCallRequired");
            o.Property(x => x.Rule).HasColumnName("OutboundCallRule").HasMaxLength(1000);
            o.Property(x => x.CallDueOn).HasColumnName("OutboundCallDueOn");
            o.Property(x => x.BurstStartedOn).HasColumnName("OutboundCallBurstStartedOn");
            o.Property(x => x.ClientAsked).HasColumnName("OutboundCallClientAsked");
        });
        b.Property(s => s.Reference).HasMaxLength(20);
        b.Property(s => s.Status).HasConversion<string>().HasMaxLength(30);
        b.Property(s => s.SubStatus).HasMaxLength(30);
        b.Property(s => s.PartyKind).HasConversion<string>().HasMaxLength(20);
        b.Property(s => s.RaisedBy).HasConversion<string>().HasMaxLength(20);
        b.Property(s => s.Channel).HasConversion<string>().HasMaxLength(20);
        b.Property(s => s.OwnerKind).HasConversion<string>().HasMaxLength(10);
        b.Property(s => s.Version).IsConcurrencyToken();
        b.Ignore(s => s.Owner);
        b.Ignore(s => s.PendingAudit);

        b.HasMany(s => s.Activities).WithOne().HasForeignKey("ServiceRequestId").OnDelete(DeleteBehavior.Cascade);
        b.Navigation(s => s.Activities).UsePropertyAccessMode(PropertyAccessMode.Field).AutoInclude();
        b.HasMany(s => s.Notes).WithOne().HasForeignKey("ServiceRequestId").OnDelete(DeleteBehavior.Cascade);
        b.Navigation(s => s.Notes).UsePropertyAccessMode(PropertyAccessMode.Field).AutoInclude();
    }
}
