using Microsoft.EntityFrameworkCore;
using OcopConnect.Web.Data.Identity;
using OcopConnect.Web.Data.Seed;

namespace OcopConnect.Tests.Support;

/// <summary>The demo story plus three accounts: an organizer, Trà Vinh's officer and the representative of a Trà Vinh cooperative.</summary>
public sealed record ManageWorld(int OwnEnterprise, int OtherEnterprise, int OwnProduct, int OtherProduct)
{
    public const string Organizer = "bantochuc.quanly@example.org";
    public const string Officer = "canbo.travinh.quanly@example.org";
    public const string Rep = "daidien.luavang@example.org";

    /// <summary>Made once per run and copied back for each later test (<see cref="DatabaseFixture.ArrangeOnceAsync"/>).</summary>
    public static Task<ManageWorld> ArrangeAsync(DatabaseFixture fixture)
    {
        ArgumentNullException.ThrowIfNull(fixture);
        return fixture.ArrangeOnceAsync(nameof(ManageWorld), async () =>
        {
            await fixture.LoadDemoAsync();
            await using var db = fixture.CreateDbContext();
            var own = await db.Enterprises.Where(e => e.TaxCode == "9900000201").Select(e => e.Id).SingleAsync();
            var other = await db.Enterprises.Where(e => e.TaxCode == "9900000301").Select(e => e.Id).SingleAsync();
            await Accounts.CreateAsync(fixture.App, Organizer, Roles.Organizer);
            await Accounts.CreateAsync(fixture.App, Officer, Roles.ProvinceOfficer, AdministrativeUnits.Ids.TraVinh);
            await Accounts.CreateAsync(fixture.App, Rep, Roles.EnterpriseRep, enterpriseId: own);
            return new ManageWorld(own, other,
                await db.Products.Where(p => p.NameVi == "Gạo ST25 Lúa Vàng").Select(p => p.Id).SingleAsync(),
                await db.Products.Where(p => p.NameVi == "Kẹo dừa sữa lá dứa").Select(p => p.Id).SingleAsync());
        });
    }
}
