using Microsoft.EntityFrameworkCore;
using OcopConnect.Web.Data;
using OcopConnect.Web.Data.Seed;

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
            // EF Core takes a database lock while migrating, so instances starting together migrate once.
            await db.Database.MigrateAsync();
            app.Logger.LogInformation("Database migrated");
        }
        if (settings.LoadDemoData)
            await scope.ServiceProvider.GetRequiredService<DemoDataLoader>().LoadAsync();
    }
}
