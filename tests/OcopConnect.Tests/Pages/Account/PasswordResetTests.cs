using System.Net;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using OcopConnect.Tests.Support;
using OcopConnect.Web.Data.Identity;

namespace OcopConnect.Tests.Pages.Account;

public sealed partial class PasswordResetTests(DatabaseFixture fixture) : DatabaseTest(fixture)
{
    private const string Email = "quenmatkhau@example.org";

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        await Accounts.CreateAsync(Fixture.App, Email, Roles.ProvinceOfficer, OcopConnect.Web.Data.Seed.AdministrativeUnits.Ids.BenTre);
    }

    [Fact]
    public async Task A_forgotten_password_is_reset_through_the_emailed_link_and_old_sessions_end()
    {
        var oldSession = await Fixture.App.SignedInAsync(Email);
        var client = Fixture.App.Browser();
        var asked = await client.PostWithTokenAsync("/account/forgot-password", new() { ["Input.Email"] = Email }, "/account/forgot-password");
        Assert.Contains("Nếu email này có tài khoản", await asked.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        string link;
        await using (var db = Fixture.CreateDbContext())
            link = ResetLink().Match((await db.EmailOutbox.SingleAsync(m => m.To == Email)).Body).Value;
        var path = new Uri(link).PathAndQuery;
        var reset = await client.PostWithTokenAsync(path, new()
        {
            ["Input.Email"] = Email,
            ["Input.Token"] = System.Web.HttpUtility.ParseQueryString(new Uri(link).Query)["token"]!,
            ["Input.NewPassword"] = "dừa xiêm bến tre ngọt lịm",
            ["Input.ConfirmPassword"] = "dừa xiêm bến tre ngọt lịm",
        }, path);

        Assert.Equal(HttpStatusCode.Redirect, reset.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await Fixture.App.Browser().PostLoginAsync(Email, "dừa xiêm bến tre ngọt lịm")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await Fixture.App.Browser().PostLoginAsync(Email, Accounts.Password)).StatusCode);
        Assert.True((await oldSession.GetAsync("/account/profile")).IsLoginRedirect());
    }

    [Fact]
    public async Task An_unknown_address_gets_the_same_answer_and_no_email()
    {
        var response = await Fixture.App.Browser().PostWithTokenAsync("/account/forgot-password", new() { ["Input.Email"] = "khongco@example.org" }, "/account/forgot-password");

        Assert.Contains("Nếu email này có tài khoản", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        await using var db = Fixture.CreateDbContext();
        Assert.Equal(0, await db.EmailOutbox.CountAsync());
    }

    [Fact]
    public async Task A_forged_token_is_refused()
    {
        var client = Fixture.App.Browser();
        var response = await client.PostWithTokenAsync("/account/reset-password", new()
        {
            ["Input.Email"] = Email,
            ["Input.Token"] = "bm90LWEtcmVhbC10b2tlbg",
            ["Input.NewPassword"] = "dừa xiêm bến tre ngọt lịm",
            ["Input.ConfirmPassword"] = "dừa xiêm bến tre ngọt lịm",
        }, "/account/reset-password");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Liên kết không hợp lệ hoặc đã hết hạn", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, (await Fixture.App.Browser().PostLoginAsync(Email, Accounts.Password)).StatusCode);
    }

    [GeneratedRegex(@"http://\S+/account/reset-password\?\S+")]
    private static partial Regex ResetLink();
}
