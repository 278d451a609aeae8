using System.Globalization;
using System.Net;
using System.Text.RegularExpressions;
using AngleSharp.Dom;
using Microsoft.EntityFrameworkCore;
using OcopConnect.Tests.Support;
using OcopConnect.Web.Data.Identity;
using OcopConnect.Web.Data.Seed;

namespace OcopConnect.Tests.Pages.Delegations;

/// <summary>
/// Every email the portal writes carries one link, and that link opens, for its recipient, the page where
/// the thing the email asks for is done: the organizer's review of the submitted delegation, the officer's
/// own delegation when it was approved or returned, the place to start one when invited or registration opens.
/// </summary>
public sealed partial class NotificationLinkTests(DatabaseFixture fixture) : DatabaseTest(fixture)
{
    private RegistrationWorld _world = null!;

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        _world = await RegistrationWorld.ArrangeAsync(Fixture);
    }

    private static string Inv(int value) => value.ToString(CultureInfo.InvariantCulture);

    [GeneratedRegex(@"https?://\S+")]
    private static partial Regex Link();

    /// <summary>The one email to this address whose subject starts so, and the path of its only link.</summary>
    private async Task<string> LinkInMailAsync(string to, string subjectStart)
    {
        await using var db = Fixture.CreateDbContext();
        var mail = await db.EmailOutbox.Where(m => m.To == to).ToListAsync();
        var body = Assert.Single(mail, m => m.Subject.StartsWith(subjectStart, StringComparison.Ordinal)).Body;
        var link = Assert.Single(Link().Matches(body)).Value;
        return new Uri(link).PathAndQuery + new Uri(link).Fragment;
    }

    private static async Task<IDocument> OpenAsync(HttpClient client, string path)
    {
        var response = await client.GetAsync(path);
        var html = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"GET {path} answered {(int)response.StatusCode}");
        return await HtmlClient.ParseAsync(html);
    }

    private async Task<string> VersionOfAsync(int delegation)
    {
        await using var db = Fixture.CreateDbContext();
        return (await db.Delegations.Where(d => d.Id == delegation).Select(d => d.Version).SingleAsync()).ToString(CultureInfo.InvariantCulture);
    }

    [Fact]
    public async Task A_submitted_delegation_email_opens_the_organizers_review_of_that_delegation()
    {
        var officer = await Fixture.App.SignedInAsync(RegistrationWorld.AnGiangOfficer);
        var edit = await officer.GetDocumentAsync($"/delegations/{_world.AnGiang}");
        var submitted = await officer.PostFormAsync(edit, $"/delegations/{_world.AnGiang}?handler=Submit", new() { ["version"] = await VersionOfAsync(_world.AnGiang) });
        Assert.Equal(HttpStatusCode.Redirect, submitted.StatusCode);

        var path = await LinkInMailAsync(RegistrationWorld.Organizer, "Đoàn An Giang đã gửi đăng ký");
        var page = await OpenAsync(await Fixture.App.SignedInAsync(RegistrationWorld.Organizer), path);

        Assert.StartsWith($"/organize/conferences/{_world.Conference}/delegations", path, StringComparison.Ordinal);
        var fragment = new Uri(new Uri("http://x"), path).Fragment.TrimStart('#');
        var section = page.GetElementById(fragment);
        Assert.NotNull(section);
        Assert.Equal(Inv(_world.AnGiang), section.QuerySelector("form input[name=delegationId]")?.GetAttribute("value"));
        Assert.NotNull(section.QuerySelector("form[action*='handler=Approve']"));
    }

    [Fact]
    public async Task An_approved_delegation_email_opens_the_officers_delegation()
    {
        var organizer = await Fixture.App.SignedInAsync(RegistrationWorld.Organizer);
        var review = await organizer.GetDocumentAsync($"/organize/conferences/{_world.Conference}/delegations");
        var approved = await organizer.PostFormAsync(review, $"/organize/conferences/{_world.Conference}/delegations?handler=Approve", new()
        {
            ["delegationId"] = Inv(_world.CanTho), ["version"] = await VersionOfAsync(_world.CanTho),
        });
        Assert.Equal(HttpStatusCode.Redirect, approved.StatusCode);

        var path = await LinkInMailAsync(RegistrationWorld.CanThoOfficer, "Đoàn đã được duyệt");
        var page = await OpenAsync(await Fixture.App.SignedInAsync(RegistrationWorld.CanThoOfficer), path);

        Assert.Equal($"/delegations/{_world.CanTho}", path);
        Assert.Equal("Approved", page.GetElementById("delegation-status")?.GetAttribute("data-status"));
    }

    [Fact]
    public async Task A_returned_delegation_email_opens_the_officers_delegation_with_the_comment_and_its_forms()
    {
        var organizer = await Fixture.App.SignedInAsync(RegistrationWorld.Organizer);
        var review = await organizer.GetDocumentAsync($"/organize/conferences/{_world.Conference}/delegations");
        var returned = await organizer.PostFormAsync(review, $"/organize/conferences/{_world.Conference}/delegations?handler=Return", new()
        {
            ["delegationId"] = Inv(_world.CanTho), ["version"] = await VersionOfAsync(_world.CanTho), ["comment"] = "Bổ sung số điện thoại trưởng đoàn.",
        });
        Assert.Equal(HttpStatusCode.Redirect, returned.StatusCode);

        var path = await LinkInMailAsync(RegistrationWorld.CanThoOfficer, "Đoàn được trả lại để sửa");
        var page = await OpenAsync(await Fixture.App.SignedInAsync(RegistrationWorld.CanThoOfficer), path);

        Assert.Equal($"/delegations/{_world.CanTho}", path);
        Assert.Equal("Returned", page.GetElementById("delegation-status")?.GetAttribute("data-status"));
        Assert.Contains("Bổ sung số điện thoại trưởng đoàn.", page.Body!.TextContent, StringComparison.Ordinal);
        // The comment is something to fix: shown as a warning, not in the green box of a success.
        var comment = page.GetElementById("return-comment");
        Assert.NotNull(comment);
        Assert.Contains("Bổ sung số điện thoại trưởng đoàn.", comment.TextContent, StringComparison.Ordinal);
        Assert.True(comment.ClassList.Contains("warning") && !comment.ClassList.Contains("notice"), comment.ClassName);
        var summary = await OpenAsync(await Fixture.App.SignedInAsync(RegistrationWorld.CanThoOfficer), path + "/summary");
        Assert.True(summary.GetElementById("return-comment")?.ClassList.Contains("warning"), "summary: the return comment is a warning");
        Assert.NotNull(page.QuerySelector("form[action*='handler=Submit']"));
    }

    [Fact]
    public async Task A_conference_invitation_email_opens_the_place_to_start_the_delegation()
    {
        const string officerEmail = "canbo.hochiminh.moi@example.org";
        await Accounts.CreateAsync(Fixture.App, officerEmail, Roles.ProvinceOfficer, AdministrativeUnits.Ids.HoChiMinh);
        var organizer = await Fixture.App.SignedInAsync(RegistrationWorld.Organizer);
        var url = $"/organize/conferences/{_world.Conference}";
        var invited = await organizer.PostWithTokenAsync(url + "?handler=Invite", new() { ["provinceId"] = Inv(AdministrativeUnits.Ids.HoChiMinh) }, url);
        Assert.Equal(HttpStatusCode.Redirect, invited.StatusCode);

        var path = await LinkInMailAsync(officerEmail, "Thư mời tham dự");
        var page = await OpenAsync(await Fixture.App.SignedInAsync(officerEmail), path);

        var card = page.QuerySelector($"[data-conference='{_world.Conference}'][data-province='{AdministrativeUnits.Ids.HoChiMinh}']");
        Assert.NotNull(card);
        Assert.NotNull(card.QuerySelector("form[action*='handler=Start']"));
    }

    [Fact]
    public async Task A_registration_opened_email_opens_the_provinces_draft_or_the_place_to_start_one()
    {
        var organizer = await Fixture.App.SignedInAsync(RegistrationWorld.Organizer);
        var url = $"/organize/conferences/{_world.Conference}";
        Assert.Equal(HttpStatusCode.Redirect, (await organizer.PostWithTokenAsync(url + "?handler=Status", new() { ["to"] = "Closed" }, url)).StatusCode);
        var reopened = await organizer.PostWithTokenAsync(url + "?handler=Status", new() { ["to"] = "OpenForRegistration", ["reason"] = "Gia hạn cho tỉnh Đồng Tháp" }, url);
        Assert.Equal(HttpStatusCode.Redirect, reopened.StatusCode);

        // Vĩnh Long has a draft: its officer (of the former Trà Vinh) lands on it.
        var traVinh = await LinkInMailAsync(RegistrationWorld.TraVinhOfficer, "Mở đăng ký đoàn");
        var draft = await OpenAsync(await Fixture.App.SignedInAsync(RegistrationWorld.TraVinhOfficer), traVinh);
        Assert.Equal($"/delegations/{_world.VinhLong}", traVinh);
        Assert.Equal("Draft", draft.GetElementById("delegation-status")?.GetAttribute("data-status"));

        // Đồng Tháp has not started: its officer lands where the delegation is started.
        var dongThap = await LinkInMailAsync(RegistrationWorld.DongThapOfficer, "Mở đăng ký đoàn");
        var list = await OpenAsync(await Fixture.App.SignedInAsync(RegistrationWorld.DongThapOfficer), dongThap);
        var card = list.QuerySelector($"[data-conference='{_world.Conference}'][data-province='{AdministrativeUnits.Ids.DongThap}']");
        Assert.NotNull(card?.QuerySelector("form[action*='handler=Start']"));
    }

    [Fact]
    public async Task An_account_invitation_email_opens_the_set_password_form()
    {
        const string invitee = "canbo.soctrang.moi@example.org";
        var organizer = await Fixture.App.SignedInAsync(RegistrationWorld.Organizer);
        var sent = await organizer.PostWithTokenAsync("/admin/invitations", new()
        {
            ["Input.Email"] = invitee, ["Input.FullName"] = "Lý Thị Sóc", ["Input.Role"] = Roles.ProvinceOfficer,
            ["Input.ProvinceId"] = Inv(AdministrativeUnits.Ids.CanTho),
        }, "/admin/invitations");
        Assert.True(sent.StatusCode is HttpStatusCode.Redirect or HttpStatusCode.OK);

        var path = await LinkInMailAsync(invitee, "Lời mời tham gia OcopConnect");
        var page = await OpenAsync(Fixture.App.Browser(), path);

        Assert.NotNull(page.QuerySelector("input[name='Input.Password']"));
    }

    [Fact]
    public async Task A_password_reset_email_opens_the_new_password_form()
    {
        var client = Fixture.App.Browser();
        await client.PostWithTokenAsync("/account/forgot-password", new() { ["Input.Email"] = RegistrationWorld.CanThoOfficer }, "/account/forgot-password");

        var path = await LinkInMailAsync(RegistrationWorld.CanThoOfficer, "Đặt lại mật khẩu");
        var page = await OpenAsync(Fixture.App.Browser(), path);

        Assert.NotNull(page.QuerySelector("input[name='Input.NewPassword']"));
    }
}
