using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using OcopConnect.Web.Data.Identity;
using OcopConnect.Web.Domain;

namespace OcopConnect.Web.Data;

/// <summary>The one database context: domain, Identity accounts, sessions, outbox, audit trail and Data Protection keys.</summary>
public sealed class OcopDbContext(DbContextOptions<OcopDbContext> options) : IdentityDbContext<AppUser>(options), IDataProtectionKeyContext
{
    public DbSet<Invitation> Invitations => Set<Invitation>();
    public DbSet<EmailMessage> EmailOutbox => Set<EmailMessage>();
    public DbSet<UserSession> UserSessions => Set<UserSession>();
    public DbSet<AuditEntry> AuditEntries => Set<AuditEntry>();
    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();
    public DbSet<StoredFile> StoredFiles => Set<StoredFile>();
    public DbSet<ImportBatch> ImportBatches => Set<ImportBatch>();
    public DbSet<ExportJob> ExportJobs => Set<ExportJob>();

    public DbSet<Province> Provinces => Set<Province>();
    public DbSet<ProductGroup> ProductGroups => Set<ProductGroup>();
    public DbSet<Enterprise> Enterprises => Set<Enterprise>();
    public DbSet<Product> Products => Set<Product>();
    public DbSet<ProductPhoto> ProductPhotos => Set<ProductPhoto>();
    public DbSet<OcopCertificate> Certificates => Set<OcopCertificate>();
    public DbSet<ReportedOcopStatistics> ReportedStatistics => Set<ReportedOcopStatistics>();
    public DbSet<Conference> Conferences => Set<Conference>();
    public DbSet<ConferenceProvince> ConferenceProvinces => Set<ConferenceProvince>();
    public DbSet<AgendaItem> AgendaItems => Set<AgendaItem>();
    public DbSet<ConferenceStatusChange> ConferenceStatusChanges => Set<ConferenceStatusChange>();
    public DbSet<Booth> Booths => Set<Booth>();
    public DbSet<Delegation> Delegations => Set<Delegation>();
    public DbSet<DelegationMember> DelegationMembers => Set<DelegationMember>();
    public DbSet<DelegationEnterprise> DelegationEnterprises => Set<DelegationEnterprise>();
    public DbSet<ExhibitedProduct> ExhibitedProducts => Set<ExhibitedProduct>();
    public DbSet<PartnerOrganisation> Partners => Set<PartnerOrganisation>();
    public DbSet<BuyerDemand> BuyerDemands => Set<BuyerDemand>();
    public DbSet<B2BMeeting> Meetings => Set<B2BMeeting>();
    public DbSet<MeetingSlot> MeetingSlots => Set<MeetingSlot>();
    public DbSet<SlotUnavailability> SlotUnavailabilities => Set<SlotUnavailability>();
    public DbSet<TradeMou> Mous => Set<TradeMou>();
    public DbSet<MouProduct> MouProducts => Set<MouProduct>();
    public DbSet<MouFollowUp> MouFollowUps => Set<MouFollowUp>();

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        // Identity names its tables explicitly ("AspNetUsers"); give them the snake_case names of the rest.
        builder.Entity<AppUser>().ToTable("users");
        builder.Entity<Microsoft.AspNetCore.Identity.IdentityRole>().ToTable("roles");
        builder.Entity<Microsoft.AspNetCore.Identity.IdentityUserRole<string>>().ToTable("user_roles");
        builder.Entity<Microsoft.AspNetCore.Identity.IdentityUserClaim<string>>().ToTable("user_claims");
        builder.Entity<Microsoft.AspNetCore.Identity.IdentityUserLogin<string>>().ToTable("user_logins");
        builder.Entity<Microsoft.AspNetCore.Identity.IdentityUserToken<string>>().ToTable("user_tokens");
        builder.Entity<Microsoft.AspNetCore.Identity.IdentityRoleClaim<string>>().ToTable("role_claims");
        builder.ApplyConfigurationsFromAssembly(typeof(OcopDbContext).Assembly);
        builder.HasDbFunction(typeof(Infrastructure.Search.SearchFunctions).GetMethod(nameof(Infrastructure.Search.SearchFunctions.WordSimilarity))!)
            .HasName("word_similarity").IsBuiltIn();
    }

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        // Enums are stored as readable strings (eShop's habit): reports and ad-hoc SQL stay legible.
        configurationBuilder.Properties<Enum>().HaveConversion<string>().HaveMaxLength(SchemaLimits.EnumText);
    }
}
