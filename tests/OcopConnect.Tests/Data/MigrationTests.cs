using Microsoft.EntityFrameworkCore;
using OcopConnect.Tests.Support;

namespace OcopConnect.Tests.Data;

[Collection(DatabaseCollection.Name)]
public sealed class MigrationTests(DatabaseFixture fixture)
{
    [Fact]
    public async Task Migrations_apply_to_an_empty_database_and_seed_the_reference_data()
    {
        var connectionString = await fixture.CreateScratchDatabaseAsync();
        await using var db = fixture.CreateDbContext(connectionString);

        Assert.NotEmpty(db.Database.GetMigrations());
        await db.Database.MigrateAsync();

        Assert.Empty(await db.Database.GetPendingMigrationsAsync());
        Assert.Equal(db.Database.GetMigrations(), await db.Database.GetAppliedMigrationsAsync());
        Assert.Equal(97, await db.Provinces.CountAsync());
        Assert.True(await db.ProductGroups.CountAsync(g => g.ParentId == null && g.Criteria == OcopConnect.Web.Domain.CriteriaVersion.Ocop2023) == 6);
        Assert.Equal(OcopConnect.Web.Data.Identity.Roles.All.Order(), (await db.Roles.Select(r => r.Name!).ToListAsync()).Order());
    }

    [Fact]
    public async Task The_model_has_no_changes_missing_from_the_migrations()
    {
        await using var db = fixture.CreateDbContext();
        Assert.False(db.Database.HasPendingModelChanges(), "Run `dotnet ef migrations add` for the model changes.");
    }
}
