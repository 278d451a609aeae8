using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging.Abstractions;
using OcopConnect.Tests.Support;
using OcopConnect.Web.Data.Seed;
using OcopConnect.Web.Domain;

namespace OcopConnect.Tests.Data;

public sealed class DemoDataLoaderTests(DatabaseFixture fixture) : DatabaseTest(fixture)
{
    private async Task LoadAsync()
    {
        await using var db = Fixture.CreateDbContext();
        await new DemoDataLoader(db, NullLogger<DemoDataLoader>.Instance).LoadAsync();
    }

    [Fact]
    public async Task Loading_the_demo_twice_changes_nothing()
    {
        await LoadAsync();
        var before = await DatabaseFingerprint.TakeAsync(Fixture.ConnectionString);

        await LoadAsync();
        var after = await DatabaseFingerprint.TakeAsync(Fixture.ConnectionString);

        Assert.Equal(before, after);
    }

    [Fact]
    public async Task A_deleted_demo_row_comes_back_and_nothing_is_duplicated()
    {
        await LoadAsync();
        await using (var db = Fixture.CreateDbContext())
            await db.Mous.Where(m => m.Number == "KNGT-PQ-2023-004").ExecuteDeleteAsync();

        await LoadAsync();

        await using var check = Fixture.CreateDbContext();
        Assert.Equal(DemoStory.Mous().Count, await check.Mous.CountAsync());
        Assert.Equal(DemoStory.ProductSpecs().Count, await check.Products.CountAsync());
    }

    [Fact]
    public async Task The_demo_holds_the_seed_story()
    {
        await LoadAsync();
        await using var db = Fixture.CreateDbContext();

        var conference = await db.Conferences.Include(c => c.Provinces).SingleAsync(c => c.Slug == DemoStory.ConferenceSlug);
        Assert.Equal(ConferenceStatus.Held, conference.Status);
        Assert.Equal(AdministrativeUnits.Ids.KienGiang, conference.HostProvinceId);
        Assert.Contains("Phú Quốc", conference.Venue, StringComparison.Ordinal);
        Assert.Equal(
            new[] { AdministrativeUnits.Ids.KienGiang, AdministrativeUnits.Ids.TraVinh, AdministrativeUnits.Ids.BenTre, AdministrativeUnits.Ids.HauGiang }.Order(),
            conference.Provinces.Select(p => p.ProvinceId).Order());

        var stats = await db.ReportedStatistics.ToDictionaryAsync(s => s.ProvinceId);
        var traVinh = stats[AdministrativeUnits.Ids.TraVinh];
        Assert.Equal((184, (int?)null, (int?)62, (int?)3), (traVinh.TotalProducts, traVinh.ThreeStarProducts, traVinh.FourStarProducts, traVinh.FiveStarProducts));
        var benTre = stats[AdministrativeUnits.Ids.BenTre];
        Assert.Equal((200, (int?)110, (int?)90, (int?)77), (benTre.TotalProducts, benTre.ThreeStarProducts, benTre.FourStarProducts, benTre.Producers));
        var hauGiang = stats[AdministrativeUnits.Ids.HauGiang];
        Assert.Equal((175, (int?)107, (int?)68), (hauGiang.TotalProducts, hauGiang.ThreeStarProducts, hauGiang.FourStarProducts));

        Assert.All(await db.Delegations.Where(d => d.ConferenceId == conference.Id).ToListAsync(), d => Assert.Equal(DelegationStatus.Approved, d.Status));
        Assert.True(await db.Mous.AnyAsync(m => m.CounterpartyPartner!.Kind == PartnerKind.Supermarket));
        Assert.True(await db.Mous.AnyAsync(m => m.CounterpartyPartner!.Kind == PartnerKind.Distributor));
        Assert.True(await db.Mous.AnyAsync(m => m.CounterpartyEnterpriseId != null));
        // Story products, one per province at least.
        foreach (var name in new[] { "Nước mắm truyền thống Phú Quốc", "Gạo ST25 Lúa Vàng", "Kẹo dừa sữa lá dứa", "Khóm Cầu Đúc" })
            Assert.True(await db.Products.AnyAsync(p => p.NameVi == name), name);
        // Every demo enterprise is fictional: its tax code uses a prefix no tax office issues.
        Assert.All(await db.Enterprises.ToListAsync(), e => Assert.StartsWith("99", e.TaxCode, StringComparison.Ordinal));
    }
}
