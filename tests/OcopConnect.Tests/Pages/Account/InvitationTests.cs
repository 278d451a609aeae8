using System.Net;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using OcopConnect.Tests.Support;
using OcopConnect.Web.Data.Identity;
using OcopConnect.Web.Data.Seed;

namespace OcopConnect.Tests.Pages.Account;

/// <summary>From an organizer's invitation to a signed-in province officer, through the outbox.</summary>
public sealed partial class InvitationTests(DatabaseFixture fixture) : DatabaseTest(fixture)
{
    private const string Organizer = "bantochuc.moi@example.org";
    private const string Invitee = "canbo.vinhlong@example.org";

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        await Accounts.CreateAsync(Fixture.App, Organizer, Roles.Organizer);
    }

    private static async Task<string> InviteOfficerAsync(HttpClient organizer)
    {
        var response = await organizer.PostWithTokenAsync("/admin/invitations", new()
        {
            ["Input.Email"] = Invitee,
            ["Input.FullName"] = "Nguyễn Thị Vĩnh Long",
            ["Input.Role"] = Roles.ProvinceOfficer,
            ["Input.ProvinceId"] = AdministrativeUnits.Ids.VinhLong.ToString(System.Globalization.CultureInfo.InvariantCulture),
        }, "/admin/invitations");
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);

        // The link is read where an organizer reads it: the outbox page.
        var outbox = await organizer.GetDocumentAsync("/admin/outbox");
        var mail = outbox.QuerySelector($"article.email[data-to='{Invitee}'] .email-body")!.TextContent;
        return new Uri(LinkPattern().Match(mail).Value).PathAndQuery;
    }

    private static Task<HttpResponseMessage> AcceptAsync(HttpClient client, string path, string password, string? confirm = null) =>
        client.PostWithTokenAsync(path, new() { ["Input.Password"] = password, ["Input.ConfirmPassword"] = confirm ?? password }, path);

    [Fact]
    public async Task An_invited_officer_sets_a_password_and_is_bound_to_the_province()
    {
        var organizer = await Fixture.App.SignedInAsync(Organizer);
        var link = await InviteOfficerAsync(organizer);

        var invitee = Fixture.App.Browser();
        var accepted = await AcceptAsync(invitee, link, "phù sa sông cửu long");

        Assert.Equal(HttpStatusCode.Redirect, accepted.StatusCode);
        var profile = await invitee.GetDocumentAsync("/account/profile");
        Assert.Equal(Invitee, profile.QuerySelector("#profile-email")!.TextContent.Trim());
        Assert.Contains("Vĩnh Long", profile.QuerySelector(".facts")!.TextContent, StringComparison.Ordinal);
        await using var db = Fixture.CreateDbContext();
        var user = await db.Users.SingleAsync(u => u.Email == Invitee);
        Assert.Equal(AdministrativeUnits.Ids.VinhLong, user.ProvinceId);
        Assert.Null(user.EnterpriseId);
    }

    [Fact]
    public async Task An_invitation_link_works_once()
    {
        var organizer = await Fixture.App.SignedInAsync(Organizer);
        var link = await InviteOfficerAsync(organizer);
        await AcceptAsync(Fixture.App.Browser(), link, "phù sa sông cửu long");

        var again = await Fixture.App.Browser().GetDocumentAsync(link);

        Assert.Contains("không hợp lệ, đã được dùng hoặc đã hết hạn", again.QuerySelector(".error-summary")!.TextContent, StringComparison.Ordinal);
        Assert.Null(again.QuerySelector("input[name='Input.Password']"));
    }

    [Fact]
    public async Task An_invitation_expires_after_7_days()
    {
        var organizer = await Fixture.App.SignedInAsync(Organizer);
        var link = await InviteOfficerAsync(organizer);

        Fixture.App.Clock.Now += TimeSpan.FromDays(7) + TimeSpan.FromMinutes(1);
        var client = Fixture.App.Browser();
        var page = await client.GetDocumentAsync(link);
        var post = await AcceptAsync(client, link, "phù sa sông cửu long");

        Assert.Contains("đã hết hạn", page.QuerySelector(".error-summary")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, post.StatusCode);
        await using var db = Fixture.CreateDbContext();
        Assert.False(await db.Users.AnyAsync(u => u.Email == Invitee));
    }

    [Theory]
    [InlineData("ngắn quá", "ít nhất 12 ký tự")]
    [InlineData("password1234", "quá phổ biến")]
    [InlineData("aaaaaaaaaaaaaaa", "quá phổ biến")]
    [InlineData("canbo.vinhlong-2026", "quá phổ biến")]
    public async Task Weak_passwords_are_refused_in_vietnamese_and_nothing_is_created(string password, string message)
    {
        var organizer = await Fixture.App.SignedInAsync(Organizer);
        var link = await InviteOfficerAsync(organizer);

        var response = await AcceptAsync(Fixture.App.Browser(), link, password);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains(message, await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        await using var db = Fixture.CreateDbContext();
        Assert.False(await db.Users.AnyAsync(u => u.Email == Invitee));
        Assert.Null(await db.Invitations.Where(i => i.Email == Invitee).Select(i => i.AcceptedAt).SingleAsync());
    }

    [Fact]
    public async Task A_mismatched_confirmation_is_refused()
    {
        var organizer = await Fixture.App.SignedInAsync(Organizer);
        var link = await InviteOfficerAsync(organizer);

        var response = await AcceptAsync(Fixture.App.Browser(), link, "phù sa sông cửu long", "phù sa sông hồng");

        Assert.Contains("không khớp", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Inviting_again_revokes_the_earlier_link_and_the_token_is_stored_only_as_a_hash()
    {
        var organizer = await Fixture.App.SignedInAsync(Organizer);
        var first = await InviteOfficerAsync(organizer);
        var second = await InviteOfficerAsync(organizer);

        var old = await Fixture.App.Browser().GetDocumentAsync(first);
        Assert.NotNull(old.QuerySelector(".error-summary"));
        var fresh = await Fixture.App.Browser().GetDocumentAsync(second);
        Assert.NotNull(fresh.QuerySelector("input[name='Input.Password']"));

        var token = second.Split("token=")[1];
        await using var db = Fixture.CreateDbContext();
        Assert.False(await db.Invitations.AnyAsync(i => i.TokenHash == token));
    }

    [Fact]
    public async Task An_officer_invites_a_representative_of_an_enterprise_of_their_province()
    {
        await using (var db = Fixture.CreateDbContext())
            await new DemoDataLoader(db, Microsoft.Extensions.Logging.Abstractions.NullLogger<DemoDataLoader>.Instance).LoadAsync();
        await Accounts.CreateAsync(Fixture.App, "canbo.travinh.moi@example.org", Roles.ProvinceOfficer, AdministrativeUnits.Ids.TraVinh);
        var officer = await Fixture.App.SignedInAsync("canbo.travinh.moi@example.org");
        int enterpriseId;
        await using (var db = Fixture.CreateDbContext())
            enterpriseId = await db.Enterprises.Where(e => e.TaxCode == "9900000202").Select(e => e.Id).SingleAsync();

        var page = await officer.GetDocumentAsync("/province/representatives");
        var response = await officer.PostFormAsync(page, "/province/representatives", new()
        {
            ["Input.EnterpriseId"] = enterpriseId.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Input.Email"] = "daidien.matdua@example.org",
            ["Input.FullName"] = "Trần Văn Mật",
        });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        // Only the enterprises of the unit a Trà Vinh officer acts for today (Vĩnh Long: Trà Vinh's and Bến Tre's) are offered.
        var offered = page.QuerySelectorAll("#enterprises tbody tr").Select(r => r.QuerySelectorAll("td")[2].TextContent.Trim()).Distinct().ToList();
        Assert.Equal(["Bến Tre", "Trà Vinh"], offered.Order(StringComparer.Ordinal));
        await using var check = Fixture.CreateDbContext();
        var invitation = await check.Invitations.SingleAsync(i => i.Email == "daidien.matdua@example.org");
        Assert.Equal((Roles.EnterpriseRep, (int?)enterpriseId, (int?)null), (invitation.Role, invitation.EnterpriseId, invitation.ProvinceId));
    }

    [GeneratedRegex(@"http://\S+/account/invitation\?token=[A-Za-z0-9_-]+")]
    private static partial Regex LinkPattern();
}
