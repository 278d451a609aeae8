using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using OcopConnect.Web.Domain;

namespace OcopConnect.Web.Data.Configurations;

internal sealed class TradeMouConfiguration : IEntityTypeConfiguration<TradeMou>
{
    public void Configure(EntityTypeBuilder<TradeMou> builder)
    {
        builder.ToTable("trade_mous", t =>
        {
            t.HasCheckConstraint("ck_trade_mous_one_counterparty",
                "(counterparty_enterprise_id IS NULL) <> (counterparty_partner_id IS NULL)");
            t.HasCheckConstraint("ck_trade_mous_not_self", "counterparty_enterprise_id IS NULL OR counterparty_enterprise_id <> supplier_enterprise_id");
            t.HasCheckConstraint("ck_trade_mous_value", "estimated_value IS NULL OR estimated_value >= 0");
            t.HasCheckConstraint("ck_trade_mous_term", "term_months IS NULL OR term_months > 0");
        });
        builder.MapEditable();
        builder.Property(m => m.Number).HasMaxLength(SchemaLimits.DecisionNumber);
        builder.Property(m => m.Notes).HasMaxLength(SchemaLimits.Notes);
        builder.Property(m => m.ScanKey).HasMaxLength(SchemaLimits.FileKey);
        builder.HasIndex(m => m.Number).IsUnique();
        builder.HasIndex(m => m.ConferenceId);
        builder.HasOne(m => m.Conference).WithMany().HasForeignKey(m => m.ConferenceId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(m => m.SupplierEnterprise).WithMany().HasForeignKey(m => m.SupplierEnterpriseId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(m => m.CounterpartyEnterprise).WithMany().HasForeignKey(m => m.CounterpartyEnterpriseId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(m => m.CounterpartyPartner).WithMany().HasForeignKey(m => m.CounterpartyPartnerId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class MouProductConfiguration : IEntityTypeConfiguration<MouProduct>
{
    public void Configure(EntityTypeBuilder<MouProduct> builder)
    {
        builder.HasKey(mp => new { mp.MouId, mp.ProductId });
        builder.HasOne(mp => mp.Mou).WithMany(m => m.Products).HasForeignKey(mp => mp.MouId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne(mp => mp.Product).WithMany().HasForeignKey(mp => mp.ProductId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class MouFollowUpConfiguration : IEntityTypeConfiguration<MouFollowUp>
{
    public void Configure(EntityTypeBuilder<MouFollowUp> builder)
    {
        builder.Property(f => f.Note).HasMaxLength(SchemaLimits.Notes);
        builder.Property(f => f.CreatedBy).HasMaxLength(SchemaLimits.UserId);
        builder.HasIndex(f => new { f.MouId, f.On });
        builder.HasOne(f => f.Mou).WithMany(m => m.FollowUps).HasForeignKey(f => f.MouId).OnDelete(DeleteBehavior.Cascade);
    }
}
