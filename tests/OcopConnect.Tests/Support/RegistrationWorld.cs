using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging.Abstractions;
using OcopConnect.Web.Data.Identity;
using OcopConnect.Web.Data.Seed;

namespace OcopConnect.Tests.Support;

/// <summary>
/// The demo's upcoming conference (loaded on the app's clock, so its window is counted from the test's
/// "today"), its delegations (Trà Vinh drafting, Bến Tre submitted, Hậu Giang returned, Kiên Giang not
/// started) and an account for the organizer and each province's officer.
/// </summary>
public sealed record RegistrationWorld(int Conference, int TraVinh, int BenTre, int HauGiang, DateOnly ClosesOn, DateOnly StartsOn)
{
    public const string Organizer = "bantochuc.dangky@example.org";
    public const string TraVinhOfficer = "canbo.travinh.dangky@example.org";
    public const string TraVinhColleague = "dongnghiep.travinh.dangky@example.org";
    public const string BenTreOfficer = "canbo.bentre.dangky@example.org";
    public const string HauGiangOfficer = "canbo.haugiang.dangky@example.org";
    public const string KienGiangOfficer = "canbo.kiengiang.dangky@example.org";

    public static async Task<RegistrationWorld> ArrangeAsync(DatabaseFixture fixture)
    {
        ArgumentNullException.ThrowIfNull(fixture);
        await using var db = fixture.CreateDbContext();
        await new DemoDataLoader(db, NullLogger<DemoDataLoader>.Instance, fixture.App.Clock).LoadAsync();
        await Accounts.CreateAsync(fixture.App, Organizer, Roles.Organizer);
        await Accounts.CreateAsync(fixture.App, TraVinhOfficer, Roles.ProvinceOfficer, AdministrativeUnits.Ids.TraVinh);
        await Accounts.CreateAsync(fixture.App, TraVinhColleague, Roles.ProvinceOfficer, AdministrativeUnits.Ids.TraVinh);
        await Accounts.CreateAsync(fixture.App, BenTreOfficer, Roles.ProvinceOfficer, AdministrativeUnits.Ids.BenTre);
        await Accounts.CreateAsync(fixture.App, HauGiangOfficer, Roles.ProvinceOfficer, AdministrativeUnits.Ids.HauGiang);
        await Accounts.CreateAsync(fixture.App, KienGiangOfficer, Roles.ProvinceOfficer, AdministrativeUnits.Ids.KienGiang);
        var conference = await db.Conferences.SingleAsync(c => c.Slug == DemoStory.UpcomingSlug);
        async Task<int> Of(int province) => await db.Delegations.Where(d => d.ConferenceId == conference.Id && d.ProvinceId == province).Select(d => d.Id).SingleAsync();
        return new RegistrationWorld(conference.Id, await Of(AdministrativeUnits.Ids.TraVinh), await Of(AdministrativeUnits.Ids.BenTre),
            await Of(AdministrativeUnits.Ids.HauGiang), conference.RegistrationClosesOn!.Value, conference.StartDate);
    }
}
