using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Npgsql;
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
        if (!settings.Migrate && !settings.LoadDemoData && string.IsNullOrWhiteSpace(app.Configuration["Bootstrap:OrganizerEmail"]))
            return;
        // Instances starting together take turns (decision 0019): EF Core's own migration lock comes
        // after our history-table check, which two instances on an empty database would otherwise race,
        // and the bootstrap invitation must be made once. The first migrates; the others find nothing to do.
        await using var lockConnection = await app.Services.GetRequiredService<NpgsqlDataSource>().OpenConnectionAsync();
        // No timeout: waiting for another instance's migration is the point.
        await using (var take = new NpgsqlCommand($"SELECT pg_advisory_lock({StartupLockKey})", lockConnection) { CommandTimeout = 0 })
            await take.ExecuteNonQueryAsync(app.Lifetime.ApplicationStopping);
        try
        {
            await InitialiseUnderLockAsync(app, settings);
        }
        finally
        {
            await using var release = new NpgsqlCommand($"SELECT pg_advisory_unlock({StartupLockKey})", lockConnection);
            await release.ExecuteNonQueryAsync();
        }
    }

    private const long StartupLockKey = 0x0C0F_5747;

    private static async Task InitialiseUnderLockAsync(WebApplication app, DatabaseSettings settings)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<OcopDbContext>();
        if (settings.Migrate)
        {
            // EF Core reads its history table before creating it and logs that read as an error on an
            // empty database; creating the table first keeps a new user's first start free of alarms.
            await db.GetService<Microsoft.EntityFrameworkCore.Migrations.IHistoryRepository>().CreateIfNotExistsAsync();
            await db.Database.MigrateAsync();
            app.Logger.LogInformation("Database migrated");
        }
        if (settings.LoadDemoData)
        {
            await scope.ServiceProvider.GetRequiredService<DemoDataLoader>().LoadAsync();
            var configured = app.Configuration["Demo:Password"];
            var password = string.IsNullOrEmpty(configured) ? DemoAccounts.RandomPassword() : configured;
            await scope.ServiceProvider.GetRequiredService<DemoAccounts>().EnsureAsync(password);
            // The console only: demo passwords are not for the structured log sinks. A configured one is never
            // printed; the line names the environment variable it was set in instead.
            Console.WriteLine(
                $"Demo accounts: {string.Join(", ", DemoAccounts.All.Select(a => a.Email))} — password: " +
                (string.IsNullOrEmpty(configured) ? password : "the one set in the environment variable Demo__Password"));
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
