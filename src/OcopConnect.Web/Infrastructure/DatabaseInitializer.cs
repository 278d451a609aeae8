using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using OcopConnect.Web.Data;
using OcopConnect.Web.Data.Identity;
using OcopConnect.Web.Data.Seed;
using OcopConnect.Web.Infrastructure.Identity;

namespace OcopConnect.Web.Infrastructure;

public static class DatabaseInitializer
{
    /// <summary>Applies migrations and loads the demo data when the settings ask for it, before the first request.</summary>
    public static async Task InitialiseDatabaseAsync(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        var settings = app.Services.GetRequiredService<DatabaseSettings>();
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<OcopDbContext>();
        if (settings.Migrate)
        {
            // EF Core reads its history table before creating it and logs that read as an error on an
            // empty database; creating the table first keeps a new user's first start free of alarms.
            await db.GetService<Microsoft.EntityFrameworkCore.Migrations.IHistoryRepository>().CreateIfNotExistsAsync();
            // EF Core takes a database lock while migrating, so instances starting together migrate once.
            await db.Database.MigrateAsync();
            app.Logger.LogInformation("Database migrated");
        }
        if (settings.LoadDemoData)
        {
            await scope.ServiceProvider.GetRequiredService<DemoDataLoader>().LoadAsync();
            var configured = app.Configuration["Demo:Password"];
            var password = string.IsNullOrEmpty(configured) ? DemoAccounts.RandomPassword() : configured;
            await scope.ServiceProvider.GetRequiredService<DemoAccounts>().EnsureAsync(password);
            // The console only: demo passwords are not for the structured log sinks.
            Console.WriteLine(
                $"Demo accounts: {DemoAccounts.OrganizerEmail}, {DemoAccounts.OfficerEmail}, {string.Join(", ", DemoAccounts.OtherOfficers.Select(o => o.Email))}, {DemoAccounts.RepEmail}, {DemoAccounts.BuyerEmail} — password: " +
                (string.IsNullOrEmpty(configured) ? password : "(Demo:Password)"));
        }
        await BootstrapOrganizerAsync(app, scope.ServiceProvider);
    }

    /// <summary>
    /// Bootstrap:OrganizerEmail: while the portal has no organizer and no open invitation for that
    /// address, start-up creates one and prints its link.
    /// </summary>
    private static async Task BootstrapOrganizerAsync(WebApplication app, IServiceProvider services)
    {
        var email = app.Configuration["Bootstrap:OrganizerEmail"]?.Trim().ToLowerInvariant();
        if (string.IsNullOrWhiteSpace(email))
            return;
        var db = services.GetRequiredService<OcopDbContext>();
        var hasOrganizer = await db.UserRoles.AnyAsync(ur => db.Roles.Any(r => r.Id == ur.RoleId && r.Name == Roles.Organizer));
        var now = services.GetRequiredService<TimeProvider>().GetUtcNow();
        var pending = await db.Invitations.AnyAsync(i => i.Email == email && i.Role == Roles.Organizer && i.AcceptedAt == null && i.RevokedAt == null && i.ExpiresAt > now);
        if (hasOrganizer || pending)
            return;
        var created = await services.GetRequiredService<Invitations>()
            .CreateAsync(email, "Ban tổ chức", Roles.Organizer, null, null, null, app.Configuration["App:PublicUrl"] ?? "http://127.0.0.1:5095");
        Console.WriteLine($"Organizer invitation for {email}: {created.Link}");
    }
}
