using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using OcopConnect.Web.Domain;

namespace OcopConnect.Web.Data.Configurations;

internal sealed class DelegationConfiguration : IEntityTypeConfiguration<Delegation>
{
    public void Configure(EntityTypeBuilder<Delegation> builder)
    {
        builder.MapEditable();
        builder.Property(d => d.HeadName).HasMaxLength(SchemaLimits.Name);
        builder.Property(d => d.HeadTitle).HasMaxLength(SchemaLimits.Name);
        builder.Property(d => d.LogisticsNotes).HasMaxLength(SchemaLimits.Notes);
        builder.Property(d => d.ReturnComment).HasMaxLength(SchemaLimits.Notes);
        builder.HasIndex(d => new { d.ConferenceId, d.ProvinceId }).IsUnique();
        builder.HasOne(d => d.Conference).WithMany(c => c.Delegations).HasForeignKey(d => d.ConferenceId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(d => d.Province).WithMany().HasForeignKey(d => d.ProvinceId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class DelegationMemberConfiguration : IEntityTypeConfiguration<DelegationMember>
{
    public void Configure(EntityTypeBuilder<DelegationMember> builder)
    {
        builder.Property(m => m.Name).HasMaxLength(SchemaLimits.Name);
        builder.Property(m => m.Title).HasMaxLength(SchemaLimits.Name);
        builder.Property(m => m.Phone).HasMaxLength(SchemaLimits.Phone);
        builder.Property(m => m.Email).HasMaxLength(SchemaLimits.Email);
        builder.HasOne(m => m.Delegation).WithMany(d => d.Members).HasForeignKey(m => m.DelegationId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class DelegationEnterpriseConfiguration : IEntityTypeConfiguration<DelegationEnterprise>
{
    public void Configure(EntityTypeBuilder<DelegationEnterprise> builder)
    {
        builder.HasKey(de => new { de.DelegationId, de.EnterpriseId });
        builder.HasOne(de => de.Delegation).WithMany(d => d.Enterprises).HasForeignKey(de => de.DelegationId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne(de => de.Enterprise).WithMany().HasForeignKey(de => de.EnterpriseId).OnDelete(DeleteBehavior.Restrict);
        builder.ToTable(t => t.HasCheckConstraint("ck_delegation_enterprises_booths", "booths_requested IS NULL OR booths_requested >= 0"));
    }
}

internal sealed class ExhibitedProductConfiguration : IEntityTypeConfiguration<ExhibitedProduct>
{
    public void Configure(EntityTypeBuilder<ExhibitedProduct> builder)
    {
        builder.HasKey(ep => new { ep.DelegationId, ep.ProductId });
        builder.HasIndex(ep => ep.ProductId);
        builder.HasOne(ep => ep.Delegation).WithMany(d => d.Products).HasForeignKey(ep => ep.DelegationId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne(ep => ep.Product).WithMany().HasForeignKey(ep => ep.ProductId).OnDelete(DeleteBehavior.Restrict);
    }
}
