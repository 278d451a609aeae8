using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using OcopConnect.Web.Data.Identity;
using OcopConnect.Web.Domain;

namespace OcopConnect.Web.Data.Configurations;

internal sealed class AppUserConfiguration : IEntityTypeConfiguration<AppUser>
{
    public void Configure(EntityTypeBuilder<AppUser> builder)
    {
        builder.Property(u => u.FullName).HasMaxLength(SchemaLimits.Name);
        builder.HasOne<Province>().WithMany().HasForeignKey(u => u.ProvinceId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Enterprise>().WithMany().HasForeignKey(u => u.EnterpriseId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Domain.PartnerOrganisation>().WithMany().HasForeignKey(u => u.PartnerId).OnDelete(DeleteBehavior.Restrict);
        builder.ToTable("users", t => t.HasCheckConstraint("ck_users_one_scope", "num_nonnulls(province_id, enterprise_id, partner_id) <= 1"));
    }
}

internal sealed class InvitationConfiguration : IEntityTypeConfiguration<Invitation>
{
    public void Configure(EntityTypeBuilder<Invitation> builder)
    {
        builder.Property(i => i.Email).HasMaxLength(SchemaLimits.Email);
        builder.Property(i => i.FullName).HasMaxLength(SchemaLimits.Name);
        builder.Property(i => i.Role).HasMaxLength(SchemaLimits.EnumText);
        builder.Property(i => i.TokenHash).HasMaxLength(64);
        builder.Property(i => i.CreatedBy).HasMaxLength(SchemaLimits.UserId);
        builder.Property(i => i.AcceptedUserId).HasMaxLength(SchemaLimits.UserId);
        builder.HasIndex(i => i.TokenHash).IsUnique();
        builder.HasIndex(i => i.Email);
        builder.HasOne<Province>().WithMany().HasForeignKey(i => i.ProvinceId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Enterprise>().WithMany().HasForeignKey(i => i.EnterpriseId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Domain.PartnerOrganisation>().WithMany().HasForeignKey(i => i.PartnerId).OnDelete(DeleteBehavior.Restrict);
        builder.ToTable(t => t.HasCheckConstraint("ck_invitations_one_scope", "num_nonnulls(province_id, enterprise_id, partner_id) <= 1"));
    }
}

internal sealed class EmailMessageConfiguration : IEntityTypeConfiguration<EmailMessage>
{
    public void Configure(EntityTypeBuilder<EmailMessage> builder)
    {
        builder.ToTable("email_outbox");
        builder.Property(m => m.To).HasMaxLength(SchemaLimits.Email);
        builder.Property(m => m.Subject).HasMaxLength(SchemaLimits.Name);
        builder.Property(m => m.LastError).HasMaxLength(SchemaLimits.Notes);
        builder.HasIndex(m => m.CreatedAt);
        // The delivery loop looks only at what is still to send.
        builder.HasIndex(m => m.Id).HasFilter("sent_at IS NULL").HasDatabaseName("ix_email_outbox_pending");
    }
}

internal sealed class UserSessionConfiguration : IEntityTypeConfiguration<UserSession>
{
    public void Configure(EntityTypeBuilder<UserSession> builder)
    {
        builder.Property(s => s.Id).HasMaxLength(64);
        builder.Property(s => s.UserId).HasMaxLength(SchemaLimits.UserId);
        builder.HasIndex(s => s.UserId);
        builder.HasOne<AppUser>().WithMany().HasForeignKey(s => s.UserId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class AuditEntryConfiguration : IEntityTypeConfiguration<AuditEntry>
{
    public void Configure(EntityTypeBuilder<AuditEntry> builder)
    {
        builder.Property(a => a.UserId).HasMaxLength(SchemaLimits.UserId);
        builder.Property(a => a.EntityType).HasMaxLength(SchemaLimits.ShortText);
        builder.Property(a => a.EntityId).HasMaxLength(SchemaLimits.ShortText);
        builder.Property(a => a.Action).HasMaxLength(SchemaLimits.EnumText);
        builder.Property(a => a.Changes).HasColumnType("jsonb");
        builder.HasIndex(a => a.At);
        builder.HasIndex(a => new { a.EntityType, a.EntityId });
    }
}

internal sealed class RoleConfiguration : IEntityTypeConfiguration<Microsoft.AspNetCore.Identity.IdentityRole>
{
    public void Configure(EntityTypeBuilder<Microsoft.AspNetCore.Identity.IdentityRole> builder)
    {
        // Roles are reference data: fixed ids and stamps so the migration is stable.
        builder.HasData(Roles.All.Select(role => new Microsoft.AspNetCore.Identity.IdentityRole
        {
            Id = "role-" + role.ToLowerInvariant(),
            Name = role,
            NormalizedName = role.ToUpperInvariant(),
            ConcurrencyStamp = "seed-" + role.ToLowerInvariant(),
        }));
    }
}
