using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace OcopConnect.Web.Data.Configurations;

internal sealed class StoredFileConfiguration : IEntityTypeConfiguration<StoredFile>
{
    public void Configure(EntityTypeBuilder<StoredFile> builder)
    {
        // Office types are long ("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet").
        builder.Property(f => f.ContentType).HasMaxLength(100);
        builder.Property(f => f.Sha256).HasMaxLength(64);
        builder.ToTable(t => t.HasCheckConstraint("ck_stored_files_length", "length = octet_length(content)"));
    }
}
