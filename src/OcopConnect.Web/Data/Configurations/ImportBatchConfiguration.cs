using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace OcopConnect.Web.Data.Configurations;

internal sealed class ImportBatchConfiguration : IEntityTypeConfiguration<ImportBatch>
{
    public void Configure(EntityTypeBuilder<ImportBatch> builder)
    {
        builder.Property(b => b.UserId).HasMaxLength(SchemaLimits.UserId);
        builder.Property(b => b.FileName).HasMaxLength(SchemaLimits.Name);
        builder.HasIndex(b => b.CreatedAt);
    }
}
