using System.Net;
using Microsoft.EntityFrameworkCore;
using OcopConnect.Tests.Support;
using OcopConnect.Web.Data.Identity;

namespace OcopConnect.Tests.Pages.Account;

public sealed class ProfileTests(DatabaseFixture fixture) : DatabaseTest(fixture)
{
    private const string Email = "hoso@example.org";

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        await Accounts.CreateAsync(Fixture.App, Email, Roles.Organizer);
    }

    [Fact]
    public async Task Name_and_phone_are_saved()
    {
        var client = await Fixture.App.SignedInAsync(Email);
        var page = await client.GetDocumentAsync("/account/profile");

        var response = await client.PostFormAsync(page, "/account/profile?handler=Details", new()
        {
            ["Details.FullName"] = "Lê Thị Hồ Sơ",
            ["Details.PhoneNumber"] = "0297 3862 111",
            ["Details.Stamp"] = page.QuerySelector("input[name='Details.Stamp']")!.GetAttribute("value")!,
        });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        await using var db = Fixture.CreateDbContext();
        var user = await db.Users.SingleAsync(u => u.Email == Email);
        Assert.Equal(("Lê Thị Hồ Sơ", "0297 3862 111"), (user.FullName, user.PhoneNumber));
    }

    [Fact]
    public async Task A_save_from_a_stale_page_is_refused_and_says_what_changed()
    {
        var client = await Fixture.App.SignedInAsync(Email);
        var stale = await client.GetDocumentAsync("/account/profile");
        var fresh = await client.GetDocumentAsync("/account/profile");
        await client.PostFormAsync(fresh, "/account/profile?handler=Details", new()
        {
            ["Details.FullName"] = "Tên mới ở tab khác",
            ["Details.Stamp"] = fresh.QuerySelector("input[name='Details.Stamp']")!.GetAttribute("value")!,
        });

        var response = await client.PostFormAsync(stale, "/account/profile?handler=Details", new()
        {
            ["Details.FullName"] = "Tên cũ",
            ["Details.Stamp"] = stale.QuerySelector("input[name='Details.Stamp']")!.GetAttribute("value")!,
        });
        var page = await HtmlClient.ParseAsync(await response.Content.ReadAsStringAsync());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Tên mới ở tab khác", page.QuerySelector(".error-summary")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("Tên cũ", page.QuerySelector("input[name='Details.FullName']")!.GetAttribute("value")); // the user's input is kept
        await using var db = Fixture.CreateDbContext();
        Assert.Equal("Tên mới ở tab khác", await db.Users.Where(u => u.Email == Email).Select(u => u.FullName).SingleAsync());
    }

    [Fact]
    public async Task A_bad_phone_number_is_refused_with_a_vietnamese_message()
    {
        var client = await Fixture.App.SignedInAsync(Email);
        var page = await client.GetDocumentAsync("/account/profile");

        var response = await client.PostFormAsync(page, "/account/profile?handler=Details", new()
        {
            ["Details.FullName"] = "Lê Thị Hồ Sơ",
            ["Details.PhoneNumber"] = "<script>alert(1)</script>",
            ["Details.Stamp"] = page.QuerySelector("input[name='Details.Stamp']")!.GetAttribute("value")!,
        });
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Số điện thoại chỉ gồm chữ số", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<script>alert(1)</script>", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Changing_the_password_needs_the_current_one_and_ends_other_sessions()
    {
        var other = await Fixture.App.SignedInAsync(Email);
        var client = await Fixture.App.SignedInAsync(Email);
        var page = await client.GetDocumentAsync("/account/profile");

        var wrong = await client.PostFormAsync(page, "/account/profile?handler=Password", new()
        {
            ["Password.Current"] = "không đúng đâu nhé",
            ["Password.New"] = "mùa nước nổi an giang",
            ["Password.Confirm"] = "mùa nước nổi an giang",
        });
        Assert.Contains("Mật khẩu hiện tại không đúng", await wrong.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        var right = await client.PostFormAsync(page, "/account/profile?handler=Password", new()
        {
            ["Password.Current"] = Accounts.Password,
            ["Password.New"] = "mùa nước nổi an giang",
            ["Password.Confirm"] = "mùa nước nổi an giang",
        });

        Assert.Equal(HttpStatusCode.Redirect, right.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/account/profile")).StatusCode);
        Assert.True((await other.GetAsync("/account/profile")).IsLoginRedirect());
    }
}
