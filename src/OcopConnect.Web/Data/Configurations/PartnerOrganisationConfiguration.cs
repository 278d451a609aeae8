using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using OcopConnect.Web.Domain;

namespace OcopConnect.Web.Data.Configurations;

internal sealed class PartnerOrganisationConfiguration : IEntityTypeConfiguration<PartnerOrganisation>
{
    public void Configure(EntityTypeBuilder<PartnerOrganisation> builder)
    {
        builder.ToTable("partner_organisations", t =>
            t.HasCheckConstraint("ck_partner_organisations_tax_code", "tax_code ~ '^[0-9]{10}(-[0-9]{3})?$'"));
        builder.MapEditable();
        builder.Property(p => p.Name).HasMaxLength(SchemaLimits.Name);
        builder.Property(p => p.TaxCode).HasMaxLength(SchemaLimits.TaxCode);
        builder.HasIndex(p => p.TaxCode).IsUnique();
        builder.HasOne(p => p.Province).WithMany().HasForeignKey(p => p.ProvinceId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class BuyerDemandConfiguration : IEntityTypeConfiguration<BuyerDemand>
{
    public void Configure(EntityTypeBuilder<BuyerDemand> builder)
    {
        builder.MapEditable();
        builder.Property(d => d.Title).HasMaxLength(SchemaLimits.Name);
        builder.Property(d => d.Keywords).HasMaxLength(SchemaLimits.Notes);
        builder.Property(d => d.Volume).HasMaxLength(SchemaLimits.ShortText);
        builder.Property(d => d.Notes).HasMaxLength(SchemaLimits.Notes);
        builder.HasIndex(d => new { d.ConferenceId, d.PartnerId });
        builder.HasOne(d => d.Partner).WithMany().HasForeignKey(d => d.PartnerId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(d => d.Conference).WithMany().HasForeignKey(d => d.ConferenceId).OnDelete(DeleteBehavior.Restrict);
        builder.ToTable(t => t.HasCheckConstraint("ck_buyer_demands_min_stars", "min_stars IS NULL OR min_stars BETWEEN 3 AND 5"));
    }
}

internal sealed class B2BMeetingConfiguration : IEntityTypeConfiguration<B2BMeeting>
{
    public void Configure(EntityTypeBuilder<B2BMeeting> builder)
    {
        builder.ToTable("b2b_meetings", t => t.HasCheckConstraint("ck_b2b_meetings_table", "\"table\" IS NULL OR \"table\" >= 1"));
        builder.MapEditable();
        builder.Property(m => m.Message).HasMaxLength(SchemaLimits.Notes);
        builder.Property(m => m.OutcomeNote).HasMaxLength(SchemaLimits.Notes);
        builder.HasIndex(m => new { m.ConferenceId, m.EnterpriseId, m.PartnerId });
        // The database holds the line too: one meeting per table per slot.
        builder.HasIndex(m => new { m.SlotId, m.Table }).IsUnique().HasFilter("slot_id IS NOT NULL AND \"table\" IS NOT NULL");
        builder.HasOne(m => m.Conference).WithMany().HasForeignKey(m => m.ConferenceId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(m => m.Enterprise).WithMany().HasForeignKey(m => m.EnterpriseId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(m => m.Partner).WithMany().HasForeignKey(m => m.PartnerId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(m => m.Slot).WithMany().HasForeignKey(m => m.SlotId).OnDelete(DeleteBehavior.SetNull);
    }
}

internal sealed class MeetingSlotConfiguration : IEntityTypeConfiguration<MeetingSlot>
{
    public void Configure(EntityTypeBuilder<MeetingSlot> builder)
    {
        builder.HasIndex(s => new { s.ConferenceId, s.Day, s.StartsAt }).IsUnique();
        builder.HasOne(s => s.Conference).WithMany().HasForeignKey(s => s.ConferenceId).OnDelete(DeleteBehavior.Cascade);
        builder.ToTable(t => t.HasCheckConstraint("ck_meeting_slots_times", "starts_at < ends_at"));
    }
}

internal sealed class SlotUnavailabilityConfiguration : IEntityTypeConfiguration<SlotUnavailability>
{
    public void Configure(EntityTypeBuilder<SlotUnavailability> builder)
    {
        builder.HasIndex(u => new { u.SlotId, u.EnterpriseId, u.PartnerId }).IsUnique();
        builder.HasOne(u => u.Slot).WithMany().HasForeignKey(u => u.SlotId).OnDelete(DeleteBehavior.Cascade);
        builder.ToTable(t => t.HasCheckConstraint("ck_slot_unavailabilities_one_side", "(enterprise_id IS NULL) <> (partner_id IS NULL)"));
    }
}
