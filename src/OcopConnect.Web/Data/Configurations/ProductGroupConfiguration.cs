using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using OcopConnect.Web.Data.Seed;
using OcopConnect.Web.Domain;

namespace OcopConnect.Web.Data.Configurations;

internal sealed class ProductGroupConfiguration : IEntityTypeConfiguration<ProductGroup>
{
    public void Configure(EntityTypeBuilder<ProductGroup> builder)
    {
        builder.Property(g => g.Id).ValueGeneratedNever();
        builder.Property(g => g.Code).HasMaxLength(SchemaLimits.Code);
        builder.Property(g => g.NameVi).HasMaxLength(SchemaLimits.Name);
        builder.Property(g => g.NameEn).HasMaxLength(SchemaLimits.Name);
        builder.HasIndex(g => new { g.Criteria, g.Code }).IsUnique();
        builder.HasOne(g => g.Parent).WithMany(g => g.Children).HasForeignKey(g => g.ParentId).OnDelete(DeleteBehavior.Restrict);
        builder.HasData(ProductGroups.All());
    }
}
