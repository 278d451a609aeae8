using System.Net;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using OcopConnect.Tests.Support;
using OcopConnect.Web.Data.Identity;

namespace OcopConnect.Tests.Infrastructure;

/// <summary>State that must live in PostgreSQL, not in one process: keys, sessions, the first organizer's invitation.</summary>
public sealed class InstancesTests(DatabaseFixture fixture) : DatabaseTest(fixture)
{
    [Fact]
    public async Task A_cookie_and_form_token_from_one_instance_work_on_another()
    {
        await Accounts.CreateAsync(Fixture.App, "hai.phienban@example.org", Roles.Organizer);
        var onA = Fixture.App.Browser();
        var signIn = await onA.PostLoginAsync("hai.phienban@example.org", Accounts.Password);
        var cookie = signIn.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith("ocop.auth=", StringComparison.Ordinal)).Split(';')[0];

        await using var instanceB = new OcopAppFactory(Fixture.ConnectionString);
        var onB = instanceB.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = false });
        using var request = new HttpRequestMessage(HttpMethod.Get, "/account/profile");
        request.Headers.Add("Cookie", cookie);
        var response = await onB.SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("hai.phienban@example.org", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_bootstrap_setting_invites_the_first_organizer_once()
    {
        var settings = new Dictionary<string, string> { ["Bootstrap:OrganizerEmail"] = "Dau.Tien@Example.org" };
        await using (var first = new OcopAppFactory(Fixture.ConnectionString, settings: settings))
            _ = first.Server; // starting the app runs the bootstrap
        await using (var second = new OcopAppFactory(Fixture.ConnectionString, settings: settings))
            _ = second.Server;

        await using var db = Fixture.CreateDbContext();
        var invitation = await db.Invitations.SingleAsync();
        Assert.Equal(("dau.tien@example.org", Roles.Organizer), (invitation.Email, invitation.Role));
        Assert.Contains("/account/invitation?token=", (await db.EmailOutbox.SingleAsync()).Body, StringComparison.Ordinal);
    }
}
