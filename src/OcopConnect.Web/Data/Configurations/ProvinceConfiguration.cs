using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using OcopConnect.Web.Data.Seed;
using OcopConnect.Web.Domain;

namespace OcopConnect.Web.Data.Configurations;

internal sealed class ProvinceConfiguration : IEntityTypeConfiguration<Province>
{
    public void Configure(EntityTypeBuilder<Province> builder)
    {
        builder.Property(p => p.Id).ValueGeneratedNever();
        builder.Property(p => p.Code).HasMaxLength(SchemaLimits.Code);
        builder.Property(p => p.NameVi).HasMaxLength(SchemaLimits.ShortText);
        builder.Property(p => p.NameEn).HasMaxLength(SchemaLimits.ShortText);
        builder.HasIndex(p => new { p.Code, p.ValidFrom }).IsUnique().AreNullsDistinct(false);
        builder.HasOne(p => p.Successor).WithMany(p => p.Predecessors).HasForeignKey(p => p.SuccessorId).OnDelete(DeleteBehavior.Restrict);
        builder.Ignore(p => p.FullNameVi);
        builder.ToTable(t => t.HasCheckConstraint("ck_provinces_validity", "valid_from IS NULL OR valid_to IS NULL OR valid_from <= valid_to"));
        builder.HasData(AdministrativeUnits.All());
    }
}
