using System.Net;
using Microsoft.EntityFrameworkCore;
using OcopConnect.Tests.Support;
using OcopConnect.Web.Data.Identity;

namespace OcopConnect.Tests.Pages.Account;

/// <summary>Sessions live on the server: idle and absolute expiry, logout and disabling end them.</summary>
public sealed class SessionTests(DatabaseFixture fixture) : DatabaseTest(fixture)
{
    private const string Organizer = "bantochuc.session@example.org";
    private const string Officer = "canbo.session@example.org";

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        await Accounts.CreateAsync(Fixture.App, Organizer, Roles.Organizer);
        await Accounts.CreateAsync(Fixture.App, Officer, Roles.ProvinceOfficer, OcopConnect.Web.Data.Seed.AdministrativeUnits.Ids.TraVinh);
    }

    private static async Task<bool> IsSignedInAsync(HttpClient client) =>
        (await client.GetAsync("/account/profile")).StatusCode == HttpStatusCode.OK;

    [Fact]
    public async Task Thirty_idle_minutes_end_the_session()
    {
        var client = await Fixture.App.SignedInAsync(Officer);
        Fixture.App.Clock.Now += TimeSpan.FromMinutes(29);
        Assert.True(await IsSignedInAsync(client));

        Fixture.App.Clock.Now += TimeSpan.FromMinutes(31);

        var response = await client.GetAsync("/account/profile");
        Assert.True(response.IsLoginRedirect());
    }

    [Fact]
    public async Task A_session_ends_8_hours_after_sign_in_even_when_active()
    {
        var client = await Fixture.App.SignedInAsync(Officer);
        for (var elapsed = TimeSpan.Zero; elapsed < TimeSpan.FromHours(7.5); elapsed += TimeSpan.FromMinutes(20))
        {
            Fixture.App.Clock.Now += TimeSpan.FromMinutes(20);
            Assert.True(await IsSignedInAsync(client), $"still signed in after {elapsed}");
        }

        Fixture.App.Clock.Now += TimeSpan.FromMinutes(45);

        Assert.True((await client.GetAsync("/account/profile")).IsLoginRedirect());
    }

    [Fact]
    public async Task Logout_kills_the_cookie_on_the_server()
    {
        var client = Fixture.App.Browser();
        var signIn = await client.PostLoginAsync(Officer, Accounts.Password);
        var cookie = signIn.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith("ocop.auth=", StringComparison.Ordinal)).Split(';')[0];

        var logout = await client.PostWithTokenAsync("/account/logout", []);
        Assert.Equal(HttpStatusCode.Redirect, logout.StatusCode);

        // Someone who copied the cookie before logout gets nothing with it.
        var replay = Fixture.App.Browser();
        using var request = new HttpRequestMessage(HttpMethod.Get, "/account/profile");
        request.Headers.Add("Cookie", cookie);
        Assert.True((await replay.SendAsync(request)).IsLoginRedirect());
        await using var db = Fixture.CreateDbContext();
        Assert.Equal(0, await db.UserSessions.CountAsync());
    }

    [Fact]
    public async Task A_disabled_user_is_signed_out_at_once()
    {
        var officer = await Fixture.App.SignedInAsync(Officer);
        var organizer = await Fixture.App.SignedInAsync(Organizer);
        await using var db = Fixture.CreateDbContext();
        var officerId = await db.Users.Where(u => u.Email == Officer).Select(u => u.Id).SingleAsync();

        var disable = await organizer.PostWithTokenAsync($"/admin/users?handler=Disable&id={officerId}", [], "/admin/users");

        Assert.Equal(HttpStatusCode.Redirect, disable.StatusCode);
        Assert.True((await officer.GetAsync("/account/profile")).IsLoginRedirect());
        Assert.NotNull(await db.Users.Where(u => u.Email == Officer).Select(u => u.DisabledAt).SingleAsync());
    }
}
