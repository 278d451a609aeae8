using System.Globalization;
using System.Net;
using Microsoft.EntityFrameworkCore;
using OcopConnect.Tests.Support;
using OcopConnect.Web.Data.Identity;
using OcopConnect.Web.Data.Seed;
using OcopConnect.Web.Domain;

namespace OcopConnect.Tests.Pages.Delegations;

/// <summary>
/// An officer of a unit abolished on 1 July 2025 acts for the unit it merged into from that day: a Trà Vinh
/// officer registers Vĩnh Long's delegation to a 2027 conference, but at the 2023 conference is still Trà Vinh's.
/// </summary>
public sealed class SuccessorTests(DatabaseFixture fixture) : DatabaseTest(fixture)
{
    private const string TraVinhOfficer = "canbo.travinh.saunhap@example.org";
    private const string VinhLongOfficer = "canbo.vinhlong.saunhap@example.org";
    private int _conference;
    private int _canThoDraft;

    private static string Inv(int value) => value.ToString(CultureInfo.InvariantCulture);

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        await Fixture.LoadDemoAsync(Fixture.App.Clock);
        await using var db = Fixture.CreateDbContext();
        await Accounts.CreateAsync(Fixture.App, TraVinhOfficer, Roles.ProvinceOfficer, AdministrativeUnits.Ids.TraVinh);
        await Accounts.CreateAsync(Fixture.App, VinhLongOfficer, Roles.ProvinceOfficer, AdministrativeUnits.Ids.VinhLong);
        // Open today (the test clock's 28 November 2026), held in March 2027: today's units only.
        var conference = new Conference
        {
            Slug = "hoi-nghi-sau-sap-nhap-2027", TitleVi = "Hội nghị sau sáp nhập 2027", HostDepartment = "Sở Công Thương tỉnh An Giang",
            HostProvinceId = AdministrativeUnits.Ids.AnGiang, Venue = "Rạch Giá", StartDate = new(2027, 3, 10), EndDate = new(2027, 3, 11),
            RegistrationOpensOn = new(2026, 11, 1), RegistrationClosesOn = new(2027, 2, 20), Status = ConferenceStatus.OpenForRegistration,
        };
        conference.Provinces.Add(new ConferenceProvince { ProvinceId = AdministrativeUnits.Ids.AnGiang, Role = ConferenceRole.Host });
        conference.Provinces.Add(new ConferenceProvince { ProvinceId = AdministrativeUnits.Ids.VinhLong, Role = ConferenceRole.Invited });
        conference.Provinces.Add(new ConferenceProvince { ProvinceId = AdministrativeUnits.Ids.CanTho, Role = ConferenceRole.Invited });
        db.Conferences.Add(conference);
        await db.SaveChangesAsync();
        var canTho = new Delegation { ConferenceId = conference.Id, ProvinceId = AdministrativeUnits.Ids.CanTho, Status = DelegationStatus.Draft, HeadName = "Trưởng đoàn Cần Thơ" };
        db.Delegations.Add(canTho);
        await db.SaveChangesAsync();
        (_conference, _canThoDraft) = (conference.Id, canTho.Id);
    }

    [Fact]
    public async Task A_tra_vinh_officer_sees_starts_and_edits_vinh_longs_delegation_to_a_2027_conference()
    {
        var officer = await Fixture.App.SignedInAsync(TraVinhOfficer);

        var list = await officer.GetDocumentAsync("/delegations");
        var card = list.QuerySelector($"#registrations [data-conference='{_conference}'][data-province='{AdministrativeUnits.Ids.VinhLong}']");
        Assert.NotNull(card);
        Assert.Null(list.QuerySelector($"#registrations [data-conference='{_conference}'][data-province='{AdministrativeUnits.Ids.CanTho}']"));

        var start = await officer.PostFormAsync(list, "/delegations?handler=Start", new()
        {
            ["conferenceId"] = Inv(_conference), ["provinceId"] = Inv(AdministrativeUnits.Ids.VinhLong),
        });
        Assert.Equal(HttpStatusCode.Redirect, start.StatusCode);
        var id = int.Parse(start.Headers.Location!.OriginalString.Split('/')[^1], CultureInfo.InvariantCulture);

        var page = await officer.GetDocumentAsync($"/delegations/{id}");
        var added = await officer.PostFormAsync(page, $"/delegations/{id}?handler=AddMember", new()
        {
            ["Member.Name"] = "Kim Thị Sa Ry", ["version"] = page.QuerySelector("input[name=version]")!.GetAttribute("value")!,
        });
        Assert.Equal(HttpStatusCode.Redirect, added.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await officer.GetAsync($"/delegations/{id}/summary")).StatusCode);
        await using var db = Fixture.CreateDbContext();
        var delegation = await db.Delegations.Include(d => d.Members).SingleAsync(d => d.Id == id);
        Assert.Equal((AdministrativeUnits.Ids.VinhLong, "Kim Thị Sa Ry"), (delegation.ProvinceId, delegation.Members.Single().Name));
    }

    [Fact]
    public async Task A_tra_vinh_officer_still_cannot_touch_can_thos_delegation()
    {
        var officer = await Fixture.App.SignedInAsync(TraVinhOfficer);
        var before = await DatabaseFingerprint.TakeAsync(Fixture.ConnectionString);

        var responses = new List<HttpStatusCode>
        {
            (await officer.GetAsync($"/delegations/{_canThoDraft}")).StatusCode,
            (await officer.GetAsync($"/delegations/{_canThoDraft}/summary")).StatusCode,
            (await officer.PostWithTokenAsync($"/delegations/{_canThoDraft}", new() { ["Details.HeadName"] = "Sửa trộm", ["version"] = "0" })).StatusCode,
            (await officer.PostWithTokenAsync("/delegations?handler=Start", new() { ["conferenceId"] = Inv(_conference), ["provinceId"] = Inv(AdministrativeUnits.Ids.CanTho) })).StatusCode,
        };

        Assert.All(responses, status => Assert.Equal(HttpStatusCode.Forbidden, status));
        var after = await DatabaseFingerprint.TakeAsync(Fixture.ConnectionString);
        Assert.Equal(before.Where(kv => kv.Key != "user_sessions"), after.Where(kv => kv.Key != "user_sessions"));
    }

    [Fact]
    public async Task At_the_2023_conference_a_tra_vinh_officer_still_acts_for_tra_vinh()
    {
        await using var db = Fixture.CreateDbContext();
        var held = await db.Delegations.Where(d => d.Conference!.Slug == DemoStory.ConferenceSlug).ToDictionaryAsync(d => d.ProvinceId, d => d.Id);
        var heldConference = await db.Conferences.Where(c => c.Slug == DemoStory.ConferenceSlug).Select(c => c.Id).SingleAsync();
        var officer = await Fixture.App.SignedInAsync(TraVinhOfficer);

        var list = await officer.GetDocumentAsync("/delegations");
        var cards = list.QuerySelectorAll($"#registrations [data-conference='{heldConference}']").Select(c => c.GetAttribute("data-province")).ToList();

        Assert.Equal([Inv(AdministrativeUnits.Ids.TraVinh)], cards);
        Assert.Equal(HttpStatusCode.OK, (await officer.GetAsync($"/delegations/{held[AdministrativeUnits.Ids.TraVinh]}")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await officer.GetAsync($"/delegations/{held[AdministrativeUnits.Ids.BenTre]}")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await officer.GetAsync($"/delegations/{held[AdministrativeUnits.Ids.BenTre]}/summary")).StatusCode);

        // An officer of today's Vĩnh Long answers for both units it absorbed, then as now (decision 0004).
        var vinhLong = await Fixture.App.SignedInAsync(VinhLongOfficer);
        Assert.Equal(HttpStatusCode.OK, (await vinhLong.GetAsync($"/delegations/{held[AdministrativeUnits.Ids.BenTre]}")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await vinhLong.GetAsync($"/delegations/{held[AdministrativeUnits.Ids.TraVinh]}")).StatusCode);
    }

    [Fact]
    public async Task Today_a_tra_vinh_officer_manages_every_producer_of_vinh_long_but_not_can_thos()
    {
        await using var db = Fixture.CreateDbContext();
        var benTre = await db.Enterprises.Where(e => e.TaxCode == "9900000301").Select(e => e.Id).SingleAsync();
        var hauGiang = await db.Enterprises.Where(e => e.TaxCode == "9900000401").Select(e => e.Id).SingleAsync();
        var officer = await Fixture.App.SignedInAsync(TraVinhOfficer);

        Assert.Equal(HttpStatusCode.OK, (await officer.GetAsync($"/manage/enterprises/{benTre}")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await officer.GetAsync($"/manage/enterprises/{hauGiang}")).StatusCode);
        var listed = (await officer.GetDocumentAsync("/manage")).Body!.TextContent;
        Assert.Contains("Công ty TNHH Kẹo dừa Mỏ Cày Xanh", listed, StringComparison.Ordinal);
        Assert.DoesNotContain("Hợp tác xã Khóm Hỏa Tiến", listed, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_invitation_to_vinh_long_reaches_the_officers_of_the_units_it_absorbed()
    {
        await Accounts.CreateAsync(Fixture.App, "canbo.cantho.saunhap@example.org", Roles.ProvinceOfficer, AdministrativeUnits.Ids.CanTho);
        await Accounts.CreateAsync(Fixture.App, "bantochuc.saunhap@example.org", Roles.Organizer);
        await using (var db = Fixture.CreateDbContext())
            await db.ConferenceProvinces.Where(cp => cp.ConferenceId == _conference && cp.ProvinceId == AdministrativeUnits.Ids.VinhLong).ExecuteDeleteAsync();
        var organizer = await Fixture.App.SignedInAsync("bantochuc.saunhap@example.org");
        var url = $"/organize/conferences/{_conference}";

        var response = await organizer.PostWithTokenAsync(url + "?handler=Invite", new() { ["provinceId"] = Inv(AdministrativeUnits.Ids.VinhLong) }, url);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        await using var check = Fixture.CreateDbContext();
        var invited = await check.EmailOutbox.Where(m => m.Subject.StartsWith("Thư mời tham dự")).Select(m => m.To).ToListAsync();
        Assert.Equal(new[] { TraVinhOfficer, VinhLongOfficer }.Order(), invited.Order());
    }
}
