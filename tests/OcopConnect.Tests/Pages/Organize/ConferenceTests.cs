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

    [Theory]
    [InlineData("Input.HostProvinceId")]
    [InlineData("Input.CoOrganiserIds")]
    public async Task A_2027_conference_cannot_take_a_unit_abolished_on_1_july_2025(string field)
    {
        var organizer = await Fixture.App.SignedInAsync(RegistrationWorld.Organizer);
        var form = await organizer.GetDocumentAsync("/organize/conferences/new");
        var fields = Valid();
        fields[field] = Inv(AdministrativeUnits.Ids.HauGiang);
        var count = await ConferenceCountAsync();

        var response = await organizer.PostFormAsync(form, "/organize/conferences/new", fields);
        var page = await HtmlClient.ParseAsync(await response.Content.ReadAsStringAsync());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Hậu Giang đã nhập vào Cần Thơ từ ngày 01/07/2025, trước ngày khai mạc 10/03/2027",
            page.QuerySelector($"[data-valmsg-for='{field}']")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(count, await ConferenceCountAsync());
    }

    [Fact]
    public async Task In_english_the_abolished_unit_is_explained_in_english()
    {
        var organizer = await Fixture.App.SignedInAsync(RegistrationWorld.Organizer);
        var form = await organizer.GetDocumentAsync("/organize/conferences/new?culture=en-US");
        var fields = Valid();
        fields["Input.HostProvinceId"] = Inv(AdministrativeUnits.Ids.HauGiang);

        var response = await organizer.PostFormAsync(form, "/organize/conferences/new?culture=en-US", fields);
        var page = await HtmlClient.ParseAsync(await response.Content.ReadAsStringAsync());

        var message = page.QuerySelector("[data-valmsg-for='Input.HostProvinceId']")!.TextContent;
        Assert.Contains("Hậu Giang merged into Cần Thơ on 01/07/2025, before the opening day 10/03/2027", message, StringComparison.Ordinal);
        Assert.DoesNotContain("đã nhập vào", message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_2023_conference_cannot_take_a_unit_created_on_1_july_2025_but_its_former_units_are_accepted()
    {
        var organizer = await Fixture.App.SignedInAsync(RegistrationWorld.Organizer);
        var form = await organizer.GetDocumentAsync("/organize/conferences/new");
        var fields = Valid();
        (fields["Input.StartDate"], fields["Input.EndDate"], fields["Input.RegistrationOpensOn"], fields["Input.RegistrationClosesOn"]) =
            ("2023-10-05", "2023-10-06", "2023-08-01", "2023-09-20");
        var count = await ConferenceCountAsync();

        var refused = await organizer.PostFormAsync(form, "/organize/conferences/new", fields);
        var page = await HtmlClient.ParseAsync(await refused.Content.ReadAsStringAsync());

        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        Assert.Contains("Vĩnh Long chỉ có từ ngày 01/07/2025, sau ngày khai mạc 05/10/2023",
            page.QuerySelector("[data-valmsg-for='Input.HostProvinceId']")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("Cần Thơ chỉ có từ ngày 01/07/2025", page.QuerySelector("[data-valmsg-for='Input.CoOrganiserIds']")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(count, await ConferenceCountAsync());

        // The re-shown form offers the units of 2023 only, so the former ones can be picked.
        Assert.All(Options(page, "Input.HostProvinceId"), o => Assert.True(o.Id > AdministrativeUnits.FormerIdOffset, o.Name));
        fields["Input.HostProvinceId"] = Inv(AdministrativeUnits.Ids.TraVinh);
        fields["Input.CoOrganiserIds"] = Inv(AdministrativeUnits.Ids.HauGiang);
        var accepted = await organizer.PostFormAsync(page, "/organize/conferences/new", fields);
        Assert.Equal(HttpStatusCode.Redirect, accepted.StatusCode);
        Assert.Equal(count + 1, await ConferenceCountAsync());
    }

    [Fact]
    public async Task The_province_lists_offer_only_the_units_that_exist_on_the_conferences_date()
    {
        var organizer = await Fixture.App.SignedInAsync(RegistrationWorld.Organizer);
        var blank = await organizer.GetDocumentAsync("/organize/conferences/new");
        var created = await organizer.PostFormAsync(blank, "/organize/conferences/new", Valid());
        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);

        var edit = await organizer.GetDocumentAsync(created.Headers.Location!.OriginalString);
        int heldId;
        await using (var db = Fixture.CreateDbContext())
            heldId = await db.Conferences.Where(c => c.Slug == DemoStory.ConferenceSlug).Select(c => c.Id).SingleAsync();
        var held = await organizer.GetDocumentAsync($"/organize/conferences/{heldId}");

        // A new conference is planned from today's 34 units; a 2027 one, too; the 2023 one from the 63 of then.
        foreach (var page in new[] { blank, edit })
        {
            Assert.Equal(34, Options(page, "Input.HostProvinceId").Count);
            Assert.Equal(34, Options(page, "Input.CoOrganiserIds").Count);
            Assert.DoesNotContain(Options(page, "Input.HostProvinceId"), o => o.Name.Contains("trước 1/7/2025", StringComparison.Ordinal));
        }
        Assert.All(Options(edit, "provinceId"), o => Assert.True(o.Id < AdministrativeUnits.FormerIdOffset, o.Name));
        Assert.DoesNotContain(Options(edit, "provinceId"), o => o.Id is var id && (id == AdministrativeUnits.Ids.VinhLong || id == AdministrativeUnits.Ids.CanTho));
        Assert.Equal(63, Options(held, "Input.HostProvinceId").Count);
        Assert.Equal(Inv(AdministrativeUnits.Ids.KienGiang), held.QuerySelector("select[name='Input.HostProvinceId'] option[selected]")!.GetAttribute("value"));
    }

    [Fact]
    public async Task Inviting_a_unit_that_does_not_exist_on_the_conferences_date_is_refused()
    {
        var organizer = await Fixture.App.SignedInAsync(RegistrationWorld.Organizer);
        var blank = await organizer.GetDocumentAsync("/organize/conferences/new");
        var url = (await organizer.PostFormAsync(blank, "/organize/conferences/new", Valid())).Headers.Location!.OriginalString;
        await Accounts.CreateAsync(Fixture.App, "canbo.soctrang@example.org", OcopConnect.Web.Data.Identity.Roles.ProvinceOfficer, AdministrativeUnits.FormerId("94"));

        var response = await organizer.PostWithTokenAsync(url + "?handler=Invite", new() { ["provinceId"] = Inv(AdministrativeUnits.FormerId("94")) }, url);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Sóc Trăng đã nhập vào Cần Thơ từ ngày 01/07/2025", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        await using var db = Fixture.CreateDbContext();
        Assert.False(await db.ConferenceProvinces.AnyAsync(cp => cp.ProvinceId == AdministrativeUnits.FormerId("94")));
        Assert.False(await db.EmailOutbox.AnyAsync(m => m.To == "canbo.soctrang@example.org"));
    }

    [Fact]
    public async Task Moving_a_conference_to_before_the_merger_is_refused_while_it_invites_todays_units()
    {
        var organizer = await Fixture.App.SignedInAsync(RegistrationWorld.Organizer);
        var blank = await organizer.GetDocumentAsync("/organize/conferences/new");
        var url = (await organizer.PostFormAsync(blank, "/organize/conferences/new", Valid())).Headers.Location!.OriginalString;
        Assert.Equal(HttpStatusCode.Redirect, (await organizer.PostWithTokenAsync(url + "?handler=Invite", new() { ["provinceId"] = Inv(AdministrativeUnits.Ids.AnGiang) }, url)).StatusCode);
        var page = await organizer.GetDocumentAsync(url);
        var fields = Valid();
        fields.Remove("Input.CoOrganiserIds");
        (fields["Input.HostProvinceId"], fields["Input.StartDate"], fields["Input.EndDate"], fields["Input.RegistrationOpensOn"], fields["Input.RegistrationClosesOn"]) =
            (Inv(AdministrativeUnits.Ids.TraVinh), "2024-10-05", "2024-10-06", "2024-08-01", "2024-09-20");
        fields["Input.Version"] = page.QuerySelector("#details input[name='Input.Version']")!.GetAttribute("value")!;

        var response = await organizer.PostFormAsync(page, url, fields);
        var shown = await HtmlClient.ParseAsync(await response.Content.ReadAsStringAsync());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("An Giang chỉ có từ ngày 01/07/2025, sau ngày khai mạc 05/10/2024", shown.QuerySelector("[data-valmsg-for='Input.StartDate']")!.TextContent, StringComparison.Ordinal);
        await using var db = Fixture.CreateDbContext();
        Assert.Equal(new DateOnly(2027, 3, 10), await db.Conferences.Where(c => c.TitleVi == "Hội nghị kết nối cung cầu OCOP Vĩnh Long 2027").Select(c => c.StartDate).SingleAsync());
    }

    private async Task<int> ConferenceCountAsync()
    {
        await using var db = Fixture.CreateDbContext();
        return await db.Conferences.CountAsync();
    }

    private static List<(int Id, string Name)> Options(AngleSharp.Dom.IDocument page, string select) =>
        page.QuerySelectorAll($"select[name='{select}'] option").Where(o => o.GetAttribute("value") is { Length: > 0 })
            .Select(o => (int.Parse(o.GetAttribute("value")!, CultureInfo.InvariantCulture), o.TextContent.Trim())).ToList();

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
        await Accounts.CreateAsync(Fixture.App, "canbo.hochiminh.moi@example.org", OcopConnect.Web.Data.Identity.Roles.ProvinceOfficer, AdministrativeUnits.Ids.HoChiMinh);
        var organizer = await Fixture.App.SignedInAsync(RegistrationWorld.Organizer);
        var url = $"/organize/conferences/{_world.Conference}";

        var response = await organizer.PostWithTokenAsync(url + "?handler=Invite", new() { ["provinceId"] = Inv(AdministrativeUnits.Ids.HoChiMinh) }, url);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        await using var db = Fixture.CreateDbContext();
        Assert.True(await db.ConferenceProvinces.AnyAsync(cp => cp.ConferenceId == _world.Conference && cp.ProvinceId == AdministrativeUnits.Ids.HoChiMinh && cp.Role == ConferenceRole.Invited));
        var mail = await db.EmailOutbox.SingleAsync(m => m.To == "canbo.hochiminh.moi@example.org");
        Assert.StartsWith("Thư mời tham dự", mail.Subject, StringComparison.Ordinal);
        Assert.False(await db.EmailOutbox.AnyAsync(m => m.To == RegistrationWorld.CanThoOfficer && m.Subject.StartsWith("Thư mời")));
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

        var response = await organizer.PostWithTokenAsync(url + "?handler=AssignBooth", new() { ["delegationId"] = Inv(_world.CanTho), ["number"] = Inv(number) }, url);

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
            await db.Delegations.Where(d => d.Id == _world.VinhLong).ExecuteUpdateAsync(s => s.SetProperty(d => d.Status, DelegationStatus.Submitted));

        var first = await organizer.PostWithTokenAsync(url + "?handler=AssignBooth", new() { ["delegationId"] = Inv(_world.CanTho), ["number"] = "40" }, url);
        var second = await organizer.PostWithTokenAsync(url + "?handler=AssignBooth", new() { ["delegationId"] = Inv(_world.VinhLong), ["number"] = "40" }, url);
        var draft = await organizer.PostWithTokenAsync(url + "?handler=AssignBooth", new() { ["delegationId"] = Inv(_world.AnGiang), ["number"] = "5" }, url);

        Assert.Equal(HttpStatusCode.Redirect, first.StatusCode);
        Assert.Contains("Gian hàng số 40 đã được giao", await second.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Contains("Chỉ giao gian hàng cho đoàn đã gửi hoặc đã duyệt", await draft.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        var list = await organizer.GetDocumentAsync($"/organize/conferences/{_world.Conference}/booths");
        Assert.Equal(40, list.QuerySelectorAll("#booths tbody tr").Length);
        Assert.Contains("Cần Thơ", list.QuerySelector("#booths tr[data-number='40']")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("(trống)", list.QuerySelector("#booths tr[data-number='39']")!.TextContent, StringComparison.Ordinal);
        var officer = await Fixture.App.SignedInAsync(RegistrationWorld.CanThoOfficer);
        Assert.Contains("40", (await officer.GetDocumentAsync($"/delegations/{_world.CanTho}/summary")).Body!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Returning_needs_a_comment_and_only_a_submitted_delegation_can_be_approved()
    {
        var organizer = await Fixture.App.SignedInAsync(RegistrationWorld.Organizer);
        var url = $"/organize/conferences/{_world.Conference}/delegations";

        var noComment = await organizer.PostWithTokenAsync(url + "?handler=Return", new() { ["delegationId"] = Inv(_world.CanTho), ["version"] = "0", ["comment"] = " " }, url);
        var approveDraft = await organizer.PostWithTokenAsync(url + "?handler=Approve", new() { ["delegationId"] = Inv(_world.VinhLong), ["version"] = "0" }, url);

        Assert.Contains("Vui lòng ghi nhận xét", await noComment.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Contains("chưa gửi đăng ký nên chưa thể duyệt", await approveDraft.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        await using var db = Fixture.CreateDbContext();
        Assert.Equal([DelegationStatus.Draft, DelegationStatus.Submitted],
            await db.Delegations.Where(d => d.Id == _world.VinhLong || d.Id == _world.CanTho).OrderBy(d => d.ProvinceId == AdministrativeUnits.Ids.BenTre).Select(d => d.Status).ToListAsync());
    }
}
