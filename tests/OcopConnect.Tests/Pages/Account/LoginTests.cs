using System.Net;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using OcopConnect.Tests.Support;
using OcopConnect.Web.Data.Identity;
using OcopConnect.Web.Infrastructure.Identity;

namespace OcopConnect.Tests.Pages.Account;

public sealed class LoginTests(DatabaseFixture fixture) : DatabaseTest(fixture)
{
    private const string Email = "canbo.login@example.org";

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        await Accounts.CreateAsync(Fixture.App, Email, Roles.Organizer);
    }

    [Fact]
    public async Task A_user_signs_in_and_sees_their_account()
    {
        var client = await Fixture.App.SignedInAsync(Email);

        var profile = await client.GetDocumentAsync("/account/profile");

        Assert.Equal(Email, profile.QuerySelector("#profile-email")!.TextContent.Trim());
    }

    [Fact]
    public async Task A_wrong_password_gets_a_vietnamese_error_and_keeps_the_email()
    {
        var client = Fixture.App.Browser();

        var response = await client.PostLoginAsync(Email, "không phải mật khẩu này");
        var page = await HtmlClient.ParseAsync(await response.Content.ReadAsStringAsync());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Email hoặc mật khẩu không đúng", page.QuerySelector(".error-summary")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(Email, page.QuerySelector("input[name='Input.Email']")!.GetAttribute("value"));
        // The password is never sent back to the browser.
        Assert.True(string.IsNullOrEmpty(page.QuerySelector("input[name='Input.Password']")!.GetAttribute("value")));
    }

    [Fact]
    public async Task Empty_fields_are_refused_with_messages_not_an_error_page()
    {
        var client = Fixture.App.Browser();

        var response = await client.PostLoginAsync("", "");
        var page = await HtmlClient.ParseAsync(await response.Content.ReadAsStringAsync());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Vui lòng nhập email", page.Body!.TextContent, StringComparison.Ordinal);
        Assert.Contains("Vui lòng nhập mật khẩu", page.Body!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Five_wrong_passwords_lock_the_account_for_15_minutes()
    {
        var client = Fixture.App.Browser();
        for (var i = 0; i < 5; i++)
            await client.PostLoginAsync(Email, "sai mật khẩu lần " + i);

        var withRightPassword = await client.PostLoginAsync(Email, Accounts.Password);
        var page = await HtmlClient.ParseAsync(await withRightPassword.Content.ReadAsStringAsync());

        Assert.Equal(HttpStatusCode.OK, withRightPassword.StatusCode);
        Assert.Contains("tạm bị khóa 15 phút", page.QuerySelector(".error-summary")!.TextContent, StringComparison.Ordinal);
        await using var db = Fixture.CreateDbContext();
        var lockoutEnd = await db.Users.Where(u => u.Email == Email).Select(u => u.LockoutEnd).SingleAsync();
        Assert.InRange(lockoutEnd!.Value - DateTimeOffset.UtcNow, TimeSpan.FromMinutes(14), TimeSpan.FromMinutes(15.1));

        // Once the 15 minutes have passed, the right password works again.
        await db.Users.Where(u => u.Email == Email).ExecuteUpdateAsync(s => s.SetProperty(u => u.LockoutEnd, DateTimeOffset.UtcNow.AddSeconds(-1)));
        Assert.Equal(HttpStatusCode.Redirect, (await client.PostLoginAsync(Email, Accounts.Password)).StatusCode);
    }

    [Theory]
    [InlineData("//evil.example.com/x")]
    [InlineData("https://evil.example.com/")]
    [InlineData("/\\evil.example.com")]
    public async Task After_login_a_return_url_to_another_site_is_ignored(string returnUrl)
    {
        var response = await Fixture.App.Browser().PostLoginAsync(Email, Accounts.Password, returnUrl);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/", response.Headers.Location!.OriginalString);
    }

    [Fact]
    public async Task After_login_a_local_return_url_is_followed()
    {
        var response = await Fixture.App.Browser().PostLoginAsync(Email, Accounts.Password, "/account/profile");

        Assert.Equal("/account/profile", response.Headers.Location!.OriginalString);
    }

    [Fact]
    public async Task Too_many_sign_in_attempts_get_429_with_a_vietnamese_message()
    {
        await using var app = new OcopAppFactory(Fixture.ConnectionString, rateLimit: 3);
        var client = app.Browser();
        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 8 && !statuses.Contains(HttpStatusCode.TooManyRequests); i++)
            statuses.Add((await client.PostLoginAsync(Email, "sai " + i)).StatusCode);

        // Three per minute: the fourth is refused (a minute boundary in between can allow at most three more).
        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.OK], statuses.Take(3));
        Assert.Equal(HttpStatusCode.TooManyRequests, statuses[^1]);
        Assert.InRange(statuses.Count, 4, 7);
        var last = await client.PostLoginAsync(Email, Accounts.Password);
        Assert.Contains("quá nhiều lần", await last.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        // Reading the page is never throttled.
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/account/login")).StatusCode);
    }

    [Fact]
    public async Task A_disabled_account_cannot_sign_in()
    {
        await using (var scope = Fixture.App.Services.CreateAsyncScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
            var user = await users.FindByEmailAsync(Email);
            user!.DisabledAt = DateTimeOffset.UtcNow;
            await users.UpdateAsync(user);
        }

        var response = await Fixture.App.Browser().PostLoginAsync(Email, Accounts.Password);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Email hoặc mật khẩu không đúng", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task In_demo_mode_the_sign_in_page_lists_every_demo_account_but_no_password()
    {
        const string password = "mật khẩu demo của bài kiểm thử";
        await using var demo = new OcopAppFactory(Fixture.ConnectionString, settings: new Dictionary<string, string>
        {
            ["Demo:Enabled"] = "true",
            ["Demo:Password"] = password,
        });
        var client = demo.Browser();

        var page = await client.GetDocumentAsync("/account/login");

        var text = page.Body!.TextContent;
        Assert.All(DemoAccounts.All, a => Assert.Contains(a.Email, text, StringComparison.Ordinal));
        Assert.Contains("Cán bộ Sở Công Thương Vĩnh Long (demo)", text, StringComparison.Ordinal);
        Assert.DoesNotContain(password, page.DocumentElement.OuterHtml, StringComparison.Ordinal);
        // Every account listed is one start-up made: it signs in with the demo password.
        foreach (var account in DemoAccounts.All)
            Assert.Equal(HttpStatusCode.Redirect, (await demo.Browser().PostLoginAsync(account.Email, password)).StatusCode);
        // In English the roles and descriptions are English too.
        var english = (await client.GetDocumentAsync("/account/login?culture=en-US")).Body!.TextContent;
        Assert.All(DemoAccounts.All, a => Assert.Contains(a.Email, english, StringComparison.Ordinal));
        Assert.Contains("Vĩnh Long Department of Industry and Trade officer (demo)", english, StringComparison.Ordinal);
        Assert.DoesNotContain("Cán bộ", english, StringComparison.Ordinal);
        Assert.DoesNotContain("Đại diện", english, StringComparison.Ordinal);
        Assert.DoesNotContain("Ban tổ chức", english, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Outside_demo_mode_the_sign_in_page_lists_no_demo_account()
    {
        // Even an account that has a demo address is not listed: demo mode decides, not the accounts there are.
        await Accounts.CreateAsync(Fixture.App, DemoAccounts.All[0].Email, DemoAccounts.All[0].Role);

        var page = await Fixture.App.Browser().GetDocumentAsync("/account/login");

        Assert.All(DemoAccounts.All, a => Assert.DoesNotContain(a.Email, page.DocumentElement.OuterHtml, StringComparison.Ordinal));
    }
}
