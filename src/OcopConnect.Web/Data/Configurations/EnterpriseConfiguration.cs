using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using OcopConnect.Web.Domain;

namespace OcopConnect.Web.Data.Configurations;

internal sealed class EnterpriseConfiguration : IEntityTypeConfiguration<Enterprise>
{
    public void Configure(EntityTypeBuilder<Enterprise> builder)
    {
        builder.MapEditable();
        builder.Property(e => e.Slug).HasMaxLength(SchemaLimits.Slug);
        builder.Property(e => e.Name).HasMaxLength(SchemaLimits.Name);
        builder.Property(e => e.TaxCode).HasMaxLength(SchemaLimits.TaxCode);
        builder.Property(e => e.Address).HasMaxLength(SchemaLimits.Address);
        builder.Property(e => e.Phone).HasMaxLength(SchemaLimits.Phone);
        builder.Property(e => e.Email).HasMaxLength(SchemaLimits.Email);
        builder.Property(e => e.Website).HasMaxLength(SchemaLimits.Url);
        builder.Property(e => e.DescriptionVi).HasMaxLength(SchemaLimits.Description);
        builder.Property(e => e.DescriptionEn).HasMaxLength(SchemaLimits.Description);
        builder.Property(e => e.LogoKey).HasMaxLength(SchemaLimits.FileKey);
        builder.HasIndex(e => e.Slug).IsUnique();
        builder.Property(e => e.NameFolded).HasComputedColumnSql("lower(public.f_unaccent(name))", stored: true);
        builder.HasIndex(e => e.NameFolded).HasMethod("gin").HasOperators("gin_trgm_ops");
        builder.HasIndex(e => e.TaxCode).IsUnique();
        builder.HasIndex(e => e.ProvinceId);
        builder.HasOne(e => e.Province).WithMany().HasForeignKey(e => e.ProvinceId).OnDelete(DeleteBehavior.Restrict);
        builder.ToTable(t => t.HasCheckConstraint("ck_enterprises_tax_code", "tax_code ~ '^[0-9]{10}(-[0-9]{3})?$'"));
    }
}
