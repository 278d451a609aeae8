using Microsoft.EntityFrameworkCore;
using OcopConnect.Web.Data.Identity;
using OcopConnect.Web.Data.Seed;

namespace OcopConnect.Tests.Support;

/// <summary>
/// The demo's upcoming conference (loaded on the app's clock, so its window is counted from the test's
/// "today"), its delegations (Vĩnh Long drafting, Cần Thơ submitted, An Giang returned, Đồng Tháp not
/// started) and an account for the organizer and each unit's officer. Vĩnh Long's officers have accounts of
/// the former Trà Vinh, which acts for Vĩnh Long since 1 July 2025 (decision 0022).
/// </summary>
public sealed record RegistrationWorld(int Conference, int VinhLong, int CanTho, int AnGiang, DateOnly ClosesOn, DateOnly StartsOn)
{
    public const string Organizer = "bantochuc.dangky@example.org";
    public const string TraVinhOfficer = "canbo.travinh.dangky@example.org";
    public const string TraVinhColleague = "dongnghiep.travinh.dangky@example.org";
    public const string CanThoOfficer = "canbo.cantho.dangky@example.org";
    public const string AnGiangOfficer = "canbo.angiang.dangky@example.org";
    public const string DongThapOfficer = "canbo.dongthap.dangky@example.org";

    /// <summary>Made once per run and app clock, and copied back for each later test (<see cref="DatabaseFixture.ArrangeOnceAsync"/>).</summary>
    public static Task<RegistrationWorld> ArrangeAsync(DatabaseFixture fixture)
    {
        ArgumentNullException.ThrowIfNull(fixture);
        return fixture.ArrangeOnceAsync(nameof(RegistrationWorld), async () =>
        {
            await fixture.LoadDemoAsync(fixture.App.Clock);
            await using var db = fixture.CreateDbContext();
            await Accounts.CreateAsync(fixture.App, Organizer, Roles.Organizer);
            await Accounts.CreateAsync(fixture.App, TraVinhOfficer, Roles.ProvinceOfficer, AdministrativeUnits.Ids.TraVinh);
            await Accounts.CreateAsync(fixture.App, TraVinhColleague, Roles.ProvinceOfficer, AdministrativeUnits.Ids.TraVinh);
            await Accounts.CreateAsync(fixture.App, CanThoOfficer, Roles.ProvinceOfficer, AdministrativeUnits.Ids.CanTho);
            await Accounts.CreateAsync(fixture.App, AnGiangOfficer, Roles.ProvinceOfficer, AdministrativeUnits.Ids.AnGiang);
            await Accounts.CreateAsync(fixture.App, DongThapOfficer, Roles.ProvinceOfficer, AdministrativeUnits.Ids.DongThap);
            var conference = await db.Conferences.SingleAsync(c => c.Slug == DemoStory.UpcomingSlug);
            async Task<int> Of(int province) => await db.Delegations.Where(d => d.ConferenceId == conference.Id && d.ProvinceId == province).Select(d => d.Id).SingleAsync();
            return new RegistrationWorld(conference.Id, await Of(AdministrativeUnits.Ids.VinhLong), await Of(AdministrativeUnits.Ids.CanTho),
                await Of(AdministrativeUnits.Ids.AnGiang), conference.RegistrationClosesOn!.Value, conference.StartDate);
        });
    }
}
