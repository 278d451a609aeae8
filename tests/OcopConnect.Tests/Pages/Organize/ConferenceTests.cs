using System.Globalization;
using System.Net;
using Microsoft.EntityFrameworkCore;
using OcopConnect.Tests.Support;
using OcopConnect.Web.Data.Seed;
using OcopConnect.Web.Domain;

namespace OcopConnect.Tests.Pages.Organize;

/// <summary>Organizers run a conference: create, invite, move its status forward, review delegations, give booths.</summary>
public sealed class ConferenceTests(DatabaseFixture fixture) : DatabaseTest(fixture)
{
    private RegistrationWorld _world = null!;

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        _world = await RegistrationWorld.ArrangeAsync(Fixture);
    }

    private static string Inv(int value) => value.ToString(CultureInfo.InvariantCulture);

    private static Dictionary<string, string> Valid() => new()
    {
        ["Input.TitleVi"] = "Hội nghị kết nối cung cầu OCOP Vĩnh Long 2027",
        ["Input.HostDepartment"] = "Sở Công Thương tỉnh Vĩnh Long",
        ["Input.HostProvinceId"] = Inv(AdministrativeUnits.Ids.VinhLong),
        ["Input.CoOrganiserIds"] = Inv(AdministrativeUnits.Ids.CanTho),
        ["Input.Venue"] = "Trung tâm Hội nghị tỉnh Vĩnh Long",
        ["Input.StartDate"] = "2027-03-10",
        ["Input.EndDate"] = "2027-03-11",
        ["Input.RegistrationOpensOn"] = "2027-01-05",
        ["Input.RegistrationClosesOn"] = "2027-02-20",
        ["Input.BoothCapacity"] = "30",
    };

    [Fact]
    public async Task An_organizer_creates_a_draft_with_host_and_co_organiser()
    {
        var organizer = await Fixture.App.SignedInAsync(RegistrationWorld.Organizer);
        var form = await organizer.GetDocumentAsync("/organize/conferences/new");

        var response = await organizer.PostFormAsync(form, "/organize/conferences/new", Valid());

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        await using var db = Fixture.CreateDbContext();
        var created = await db.Conferences.Include(c => c.Provinces).SingleAsync(c => c.TitleVi == "Hội nghị kết nối cung cầu OCOP Vĩnh Long 2027");
        Assert.Equal((ConferenceStatus.Draft, "hoi-nghi-ket-noi-cung-cau-ocop-vinh-long-2027"), (created.Status, created.Slug));
        Assert.Equal([(AdministrativeUnits.Ids.VinhLong, ConferenceRole.Host), (AdministrativeUnits.Ids.CanTho, ConferenceRole.CoOrganiser)],
            created.Provinces.OrderBy(p => p.Role).Select(p => (p.ProvinceId, p.Role)));
    }

    [Theory]
    [InlineData("Input.TitleVi", "", "Vui lòng nhập tên hội nghị")]
    [InlineData("Input.EndDate", "2027-03-09", "Ngày bế mạc không được trước ngày khai mạc")]
    [InlineData("Input.RegistrationClosesOn", "2027-03-10", "Hạn đăng ký phải trước ngày khai mạc")]
    [InlineData("Input.RegistrationOpensOn", "2027-02-25", "Hạn đăng ký không được trước ngày mở đăng ký")]
    [InlineData("Input.BoothCapacity", "-3", "Số gian hàng từ 0 đến 2000")]
    [InlineData("Input.BoothCapacity", "nhiều", "không hợp lệ")]
    [InlineData("Input.HostProvinceId", "4242", "Tỉnh đăng cai không có trong danh mục")]
    [InlineData("Input.StartDate", "not-a-date", "không hợp lệ")]
    public async Task Bad_conference_input_is_explained_kept_and_saves_nothing(string field, string value, string message)
    {
        var organizer = await Fixture.App.SignedInAsync(RegistrationWorld.Organizer);
        var form = await organizer.GetDocumentAsync("/organize/conferences/new");
        var fields = Valid();
        fields[field] = value;
        await using var before = Fixture.CreateDbContext();
        var count = await before.Conferences.CountAsync();

        var response = await organizer.PostFormAsync(form, "/organize/conferences/new", fields);
        var page = await HtmlClient.ParseAsync(await response.Content.ReadAsStringAsync());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains(message, page.Body!.TextContent, StringComparison.Ordinal);
        Assert.Equal("Trung tâm Hội nghị tỉnh Vĩnh Long", page.QuerySelector("input[name='Input.Venue']")!.GetAttribute("value"));
        await using var after = Fixture.CreateDbContext();
        Assert.Equal(count, await after.Conferences.CountAsync());
    }

    [Fact]
    public async Task Status_only_moves_forward_and_reopening_needs_a_reason()
    {
        var organizer = await Fixture.App.SignedInAsync(RegistrationWorld.Organizer);
        var url = $"/organize/conferences/{_world.Conference}";
        async Task<(HttpStatusCode, string)> MoveAsync(string to, string? reason = null)
        {
            var fields = new Dictionary<string, string> { ["to"] = to };
            if (reason is not null)
                fields["reason"] = reason;
            var response = await organizer.PostWithTokenAsync(url + "?handler=Status", fields, url);
            return (response.StatusCode, await response.Content.ReadAsStringAsync());
        }
        async Task<ConferenceStatus> StatusAsync()
        {
            await using var db = Fixture.CreateDbContext();
            return await db.Conferences.Where(c => c.Id == _world.Conference).Select(c => c.Status).SingleAsync();
        }

        var (skip, skipBody) = await MoveAsync("Held");
        Assert.Equal((HttpStatusCode.OK, ConferenceStatus.OpenForRegistration), (skip, await StatusAsync()));
        Assert.Contains("chỉ chuyển tiếp từng bước", skipBody, StringComparison.Ordinal);

        Assert.Equal(HttpStatusCode.Redirect, (await MoveAsync("Closed")).Item1);
        var (noReason, noReasonBody) = await MoveAsync("OpenForRegistration");
        Assert.Contains("cần ghi lý do", noReasonBody, StringComparison.Ordinal);
        Assert.Equal(ConferenceStatus.Closed, await StatusAsync());

        Assert.Equal(HttpStatusCode.Redirect, (await MoveAsync("OpenForRegistration", "Gia hạn theo đề nghị của tỉnh Kiên Giang")).Item1);
        Assert.Equal(ConferenceStatus.OpenForRegistration, await StatusAsync());
        await using var db = Fixture.CreateDbContext();
        var history = await db.ConferenceStatusChanges.Where(s => s.ConferenceId == _world.Conference).OrderBy(s => s.Id).ToListAsync();
        Assert.Equal([(ConferenceStatus.OpenForRegistration, ConferenceStatus.Closed, (string?)null), (ConferenceStatus.Closed, ConferenceStatus.OpenForRegistration, "Gia hạn theo đề nghị của tỉnh Kiên Giang")],
            history.Select(h => (h.From, h.To, h.Reason)));
        Assert.True(await db.AuditEntries.AnyAsync(a => a.EntityType == "Conference" && a.Action == "Modified"));
    }

    [Fact]
    public async Task Inviting_a_province_tells_its_officers_by_email()
    {
        await Accounts.CreateAsync(Fixture.App, "canbo.vinhlong.moi@example.org", OcopConnect.Web.Data.Identity.Roles.ProvinceOfficer, AdministrativeUnits.Ids.VinhLong);
        var organizer = await Fixture.App.SignedInAsync(RegistrationWorld.Organizer);
        var url = $"/organize/conferences/{_world.Conference}";

        var response = await organizer.PostWithTokenAsync(url + "?handler=Invite", new() { ["provinceId"] = Inv(AdministrativeUnits.Ids.VinhLong) }, url);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        await using var db = Fixture.CreateDbContext();
        Assert.True(await db.ConferenceProvinces.AnyAsync(cp => cp.ConferenceId == _world.Conference && cp.ProvinceId == AdministrativeUnits.Ids.VinhLong && cp.Role == ConferenceRole.Invited));
        var mail = await db.EmailOutbox.SingleAsync(m => m.To == "canbo.vinhlong.moi@example.org");
        Assert.StartsWith("Thư mời tham dự", mail.Subject, StringComparison.Ordinal);
        Assert.False(await db.EmailOutbox.AnyAsync(m => m.To == RegistrationWorld.BenTreOfficer && m.Subject.StartsWith("Thư mời")));
    }

    [Fact]
    public async Task An_agenda_item_outside_the_conference_days_is_refused()
    {
        var organizer = await Fixture.App.SignedInAsync(RegistrationWorld.Organizer);
        var url = $"/organize/conferences/{_world.Conference}";
        var outside = _world.StartsOn.AddDays(5).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

        var response = await organizer.PostWithTokenAsync(url + "?handler=AddAgenda", new()
        {
            ["Agenda.Kind"] = "B2BSession", ["Agenda.Day"] = outside, ["Agenda.StartsAt"] = "14:00", ["Agenda.EndsAt"] = "13:00", ["Agenda.TitleVi"] = "Giao thương chiều",
        }, url);
        var body = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Ngày phải nằm trong thời gian hội nghị", body, StringComparison.Ordinal);
        Assert.Contains("Giờ kết thúc phải sau giờ bắt đầu", body, StringComparison.Ordinal);
        await using var db = Fixture.CreateDbContext();
        Assert.Equal(4, await db.AgendaItems.CountAsync(a => a.ConferenceId == _world.Conference));
    }

    [Theory]
    [InlineData(0, "Số gian hàng phải từ 1 đến 40")]
    [InlineData(41, "Số gian hàng phải từ 1 đến 40")]
    public async Task Booth_numbers_stay_within_capacity(int number, string message)
    {
        var organizer = await Fixture.App.SignedInAsync(RegistrationWorld.Organizer);
        var url = $"/organize/conferences/{_world.Conference}/delegations";

        var response = await organizer.PostWithTokenAsync(url + "?handler=AssignBooth", new() { ["delegationId"] = Inv(_world.BenTre), ["number"] = Inv(number) }, url);

        Assert.Contains(message, await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        await using var db = Fixture.CreateDbContext();
        Assert.False(await db.Booths.AnyAsync());
    }

    [Fact]
    public async Task The_last_booth_can_be_given_once_and_the_printable_list_shows_it()
    {
        var organizer = await Fixture.App.SignedInAsync(RegistrationWorld.Organizer);
        var url = $"/organize/conferences/{_world.Conference}/delegations";
        await using (var db = Fixture.CreateDbContext())
            await db.Delegations.Where(d => d.Id == _world.TraVinh).ExecuteUpdateAsync(s => s.SetProperty(d => d.Status, DelegationStatus.Submitted));

        var first = await organizer.PostWithTokenAsync(url + "?handler=AssignBooth", new() { ["delegationId"] = Inv(_world.BenTre), ["number"] = "40" }, url);
        var second = await organizer.PostWithTokenAsync(url + "?handler=AssignBooth", new() { ["delegationId"] = Inv(_world.TraVinh), ["number"] = "40" }, url);
        var draft = await organizer.PostWithTokenAsync(url + "?handler=AssignBooth", new() { ["delegationId"] = Inv(_world.HauGiang), ["number"] = "5" }, url);

        Assert.Equal(HttpStatusCode.Redirect, first.StatusCode);
        Assert.Contains("Gian hàng số 40 đã được giao", await second.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Contains("Chỉ giao gian hàng cho đoàn đã gửi hoặc đã duyệt", await draft.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        var list = await organizer.GetDocumentAsync($"/organize/conferences/{_world.Conference}/booths");
        Assert.Equal(40, list.QuerySelectorAll("#booths tbody tr").Length);
        Assert.Contains("Bến Tre", list.QuerySelector("#booths tr[data-number='40']")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("(trống)", list.QuerySelector("#booths tr[data-number='39']")!.TextContent, StringComparison.Ordinal);
        var officer = await Fixture.App.SignedInAsync(RegistrationWorld.BenTreOfficer);
        Assert.Contains("40", (await officer.GetDocumentAsync($"/delegations/{_world.BenTre}/summary")).Body!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Returning_needs_a_comment_and_only_a_submitted_delegation_can_be_approved()
    {
        var organizer = await Fixture.App.SignedInAsync(RegistrationWorld.Organizer);
        var url = $"/organize/conferences/{_world.Conference}/delegations";

        var noComment = await organizer.PostWithTokenAsync(url + "?handler=Return", new() { ["delegationId"] = Inv(_world.BenTre), ["version"] = "0", ["comment"] = " " }, url);
        var approveDraft = await organizer.PostWithTokenAsync(url + "?handler=Approve", new() { ["delegationId"] = Inv(_world.TraVinh), ["version"] = "0" }, url);

        Assert.Contains("Vui lòng ghi nhận xét", await noComment.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Contains("chưa gửi đăng ký nên chưa thể duyệt", await approveDraft.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        await using var db = Fixture.CreateDbContext();
        Assert.Equal([DelegationStatus.Draft, DelegationStatus.Submitted],
            await db.Delegations.Where(d => d.Id == _world.TraVinh || d.Id == _world.BenTre).OrderBy(d => d.ProvinceId == AdministrativeUnits.Ids.BenTre).Select(d => d.Status).ToListAsync());
    }
}
