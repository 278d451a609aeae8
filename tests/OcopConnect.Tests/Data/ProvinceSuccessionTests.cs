using Microsoft.EntityFrameworkCore;
using OcopConnect.Tests.Support;
using OcopConnect.Web.Data;
using OcopConnect.Web.Data.Seed;
using OcopConnect.Web.Domain;

namespace OcopConnect.Tests.Data;

public sealed class ProvinceSuccessionTests(DatabaseFixture fixture) : DatabaseTest(fixture)
{
    private static readonly DateOnly Today = new(2026, 11, 28);
    private static readonly DateOnly BeforeMerger = new(2025, 6, 30);

    [Fact]
    public async Task There_are_34_units_today_and_63_before_the_merger()
    {
        await using var db = Fixture.CreateDbContext();
        var all = await db.Provinces.AsNoTracking().ToListAsync();

        Assert.Equal(34, all.Count(p => p.IsValidOn(Today)));
        Assert.Equal(63, all.Count(p => p.IsValidOn(BeforeMerger)));
        Assert.Equal(6, all.Count(p => p.IsValidOn(Today) && p.Kind == ProvinceKind.Municipality));
        Assert.Equal(34, all.Where(p => p.IsValidOn(Today)).Select(p => p.Code).Distinct().Count());
        Assert.Equal(63, all.Where(p => p.IsValidOn(BeforeMerger)).Select(p => p.Code).Distinct().Count());
    }

    [Fact]
    public async Task Every_former_unit_has_a_current_successor()
    {
        await using var db = Fixture.CreateDbContext();
        var former = await db.Provinces.AsNoTracking().Include(p => p.Successor).Where(p => p.ValidTo != null).ToListAsync();

        Assert.All(former, p =>
        {
            Assert.NotNull(p.Successor);
            Assert.True(p.Successor!.IsValidOn(Province.MergerDate), $"{p.NameVi} → {p.Successor.NameVi}");
        });
        // Each current unit came from one to three former units.
        Assert.All(former.GroupBy(p => p.SuccessorId), g => Assert.InRange(g.Count(), 1, 3));
    }

    [Theory]
    [InlineData("Kiên Giang", "An Giang")]
    [InlineData("Trà Vinh", "Vĩnh Long")]
    [InlineData("Bến Tre", "Vĩnh Long")]
    [InlineData("Hậu Giang", "Cần Thơ")]
    [InlineData("Sóc Trăng", "Cần Thơ")]
    [InlineData("Bà Rịa - Vũng Tàu", "Hồ Chí Minh")]
    [InlineData("Quảng Nam", "Đà Nẵng")]
    [InlineData("Hà Nội", "Hà Nội")]
    public async Task Merged_provinces_map_to_their_successor(string former, string today)
    {
        await using var db = Fixture.CreateDbContext();
        var unit = await db.Provinces.AsNoTracking().Include(p => p.Successor)
            .SingleAsync(p => p.NameVi == former && p.ValidTo != null);

        Assert.Equal(today, ProvinceQueries.TodayUnit(unit, Today).NameVi);
        Assert.Equal(former, ProvinceQueries.TodayUnit(unit, BeforeMerger).NameVi);
    }

    [Fact]
    public async Task Filtering_by_todays_province_includes_records_made_under_its_predecessors()
    {
        await using var db = Fixture.CreateDbContext();
        var inTraVinh = await TestData.EnterpriseAsync(db, AdministrativeUnits.Ids.TraVinh);
        var inBenTre = await TestData.EnterpriseAsync(db, AdministrativeUnits.Ids.BenTre);
        var inVinhLongToday = await TestData.EnterpriseAsync(db, AdministrativeUnits.Ids.VinhLong);
        var inHauGiang = await TestData.EnterpriseAsync(db, AdministrativeUnits.Ids.HauGiang);

        var vinhLong = await db.Enterprises.InProvinceToday(AdministrativeUnits.Ids.VinhLong).Select(e => e.Id).ToListAsync();
        var traVinhOnly = await db.Enterprises.InProvinceToday(AdministrativeUnits.Ids.TraVinh).Select(e => e.Id).ToListAsync();

        Assert.Equal(new[] { inTraVinh.Id, inBenTre.Id, inVinhLongToday.Id }.Order(), vinhLong.Order());
        Assert.DoesNotContain(inHauGiang.Id, vinhLong);
        Assert.Equal([inTraVinh.Id], traVinhOnly);
        // The record still says where it was made.
        Assert.Equal(AdministrativeUnits.Ids.TraVinh, (await db.Enterprises.FindAsync(inTraVinh.Id))!.ProvinceId);
        Assert.Equal(4, await db.Provinces.LineageOf(AdministrativeUnits.Ids.VinhLong).CountAsync());
    }
}
